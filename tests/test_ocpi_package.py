"""The public face of ``ocpkit.ocpi``: every exported name resolves, and importing a version
package loads nothing heavy (the generated models and pydantic load on first use)."""

import subprocess
import sys

import pytest

import ocpkit.ocpi
from ocpkit.ocpi import v211, v221, v230


@pytest.mark.parametrize("name", ocpkit.ocpi.__all__)
def test_every_exported_name_resolves(name: str) -> None:
    assert getattr(ocpkit.ocpi, name) is not None
    assert name in dir(ocpkit.ocpi)


def test_an_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no attribute 'Locaton'"):
        getattr(ocpkit.ocpi, "Locaton")  # noqa: B009


@pytest.mark.parametrize("package", [v211, v221, v230])
def test_every_definition_of_a_version_is_exported(package: object) -> None:
    definitions = getattr(package, "DEFINITIONS")  # noqa: B009
    for name in definitions:
        assert getattr(package, name) is not None, name


def test_importing_a_version_package_loads_neither_pydantic_nor_the_models() -> None:
    code = (
        "import sys, ocpkit.ocpi.v221; "
        "print('pydantic' in sys.modules, 'ocpkit.ocpi.v221._generated.objects' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.split() == ["False", "False"]

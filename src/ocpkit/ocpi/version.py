"""The OCPI versions ocpkit implements."""

from enum import StrEnum

__all__ = ["OcpiVersion"]


class OcpiVersion(StrEnum):
    """An OCPI version, as written in version lists and URLs."""

    V211 = "2.1.1"
    V221 = "2.2.1"
    V230 = "2.3.0"

    @property
    def module(self) -> str:
        """The name of this version's package under :mod:`ocpkit.ocpi` (``v221``)."""
        return "v" + self.value.replace(".", "")

"""The OCPP versions ocpkit speaks."""

from enum import StrEnum

__all__ = ["OcppVersion"]


class OcppVersion(StrEnum):
    """An OCPP version, by the number its specification carries."""

    V16 = "1.6"
    V201 = "2.0.1"
    V21 = "2.1"

    @classmethod
    def parse(cls, text: str) -> "OcppVersion":
        """Read ``"1.6"``, ``"2.0.1"``, ``"2.1"`` (also ``"201"``, ``"ocpp2.0.1"``, ...)."""
        wanted = text.strip().lower().removeprefix("ocpp").replace(".", "")
        for version in cls:
            if version.value.replace(".", "") == wanted:
                return version
        raise ValueError(f"unknown OCPP version {text!r}; expected one of 1.6, 2.0.1, 2.1")

"""ocpkit: a typed, fast, exact SDK for the EV-charging protocols OCPP and OCPI.

Start with :mod:`ocpkit.ocpp` and the per-version packages :mod:`ocpkit.ocpp.v16`,
:mod:`ocpkit.ocpp.v201` and :mod:`ocpkit.ocpp.v21`; for OCPI with :mod:`ocpkit.ocpi` and
:mod:`ocpkit.ocpi.v211`, :mod:`ocpkit.ocpi.v221` and :mod:`ocpkit.ocpi.v230`.
"""

from ocpkit._errors import OcpkitError

__version__ = "0.1.0.dev0"

__all__ = ["OcpkitError", "__version__"]

"""The programs behind ``ocpkit csms``, ``ocpkit charger``, ``ocpkit call``, ``ocpkit ocpi
cpo|emsp``, ``ocpkit probe`` and ``ocpkit demo`` (``--ocpi`` too).

* :mod:`~ocpkit.tools.answers`: a valid answer to any call of any version.
* :mod:`~ocpkit.tools.trace`: a frame tracer for the ``on_frame`` hook (each frame in wire order,
  with the action of the call it answers) and routers that answer every call and report it.
* :mod:`~ocpkit.tools.output`: JSON lines and readable frames.
* :mod:`~ocpkit.tools.csms`: a CSMS that answers every charging station.
* :mod:`~ocpkit.tools.charger`: a simulated charging station that plays a charge session.
* :mod:`~ocpkit.tools.demo`: both in one process.
* :mod:`~ocpkit.tools.call`: one CSMS-initiated call through a cluster on NATS (extra ``nats``).
* :mod:`~ocpkit.tools.probe`: ``ocpkit probe``, checks of a CSMS, a charging station or an OCPI
  peer against the specifications, with text, JSON and JUnit reports.

OCPI (extra ``fastapi``):

* :mod:`~ocpkit.tools.ocpi_data`: generated, strictly valid Locations, Tariffs, Sessions, CDRs
  and Tokens per version; :mod:`~ocpkit.tools.ocpi_store`: an in-memory store with date-window
  pages and pre-encoded items.
* :mod:`~ocpkit.tools.ocpi_serving`: uvicorn on 127.0.0.1 inside a running event loop.
* :mod:`~ocpkit.tools.ocpi_cpo`: a simulated CPO; :mod:`~ocpkit.tools.ocpi_emsp`: an eMSP that
  registers with any CPO, crawls it, pushes a Token and sends a command;
  :mod:`~ocpkit.tools.ocpi_demo`: both in one process; :mod:`~ocpkit.tools.ocpi_output`: their
  JSON lines and readable exchanges.

The command line (:mod:`ocpkit.cli`) only parses arguments and calls the ``run_*`` functions;
a failure it should report in one line, without a traceback, is a :class:`ToolError`.
"""

from ocpkit._errors import OcpkitError

__all__ = ["ToolError"]


class ToolError(OcpkitError):
    """A failure the command reports as one line, with exit status ``status`` (1: the tool
    failed at its task; 2: the arguments cannot work)."""

    def __init__(self, message: str, *, status: int = 1) -> None:
        super().__init__(message)
        self.status = status

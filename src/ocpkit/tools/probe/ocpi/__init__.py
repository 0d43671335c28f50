"""``ocpkit probe ocpi``: read-only checks of an OCPI peer (a CPO), starting from its versions URL.

The probe only ever sends GET requests: it never registers, pushes or deletes anything, so it
can be pointed at a production peer with the credentials token an eMSP already holds. It reads
the versions list, picks a version (the one asked for, or the highest both ocpkit and the peer
speak), reads that version's details, then walks every list the peer sends (``locations``,
``sessions``, ``cdrs``, ``tariffs``, ``tokens``, ``hubclientinfo``; in 2.1.1, which has no
roles, the four a CPO sends), at most :attr:`OcpiProbeSettings.max_pages` pages each.

Each check (:func:`catalogue`) judges what it needs, fetching it on first use and sharing it
through :class:`OcpiContext`: one walk per module serves the checks on links, counts, limits and
objects. A check whose prerequisite could not be had (no versions list, no details, a module that
answered with an error) does not apply; the check of that prerequisite is the one that fails.
Every request runs under :attr:`~OcpiProbeSettings.timeout` for its whole reply and every check
under a deadline, so a peer that stalls costs checks, never the run.

=================================  ===============================================================
check                              what it looks at
=================================  ===============================================================
``versions.list``                  the versions URL's reply: a success envelope listing versions
``versions.details``               the chosen version's details: a success envelope, endpoints
``authorization.encoding``         the details URL with the token as the version writes it
``authorization.other-encoding``   the other form (plain / Base64): reported, never judged
``authorization.missing``          versions, details and one list URL without a token: 401
``authorization.wrong-token``      the same with a token of no party: 401, 2xxx if an envelope
``modules.list``                   the first page of each list: HTTP 200, success, a list
``pagination.headers``             X-Total-Count and X-Limit on every page of the walks
``pagination.link``                next links only where objects remain (the page after the
                                   last one is asked for, and must be empty)
``pagination.total-count``         X-Total-Count against the objects of a complete walk
``pagination.x-limit``             no page over its X-Limit
``pagination.limit-capped``        a GET with ``limit`` one above the X-Limit seen
``pagination.offset``              a GET with ``offset=k&limit=2`` against the walk's k-th object
``pagination.date-from``           a walk with ``date_from`` set to a median ``last_updated``
``objects.valid``                  every object of every page walked, against the version's model
``request-ids.echoed``             every reply from the version's endpoints (2.2.1 on)
``envelope.shape``                 every 2xx reply: status_code, UTC timestamp, data's shape
``envelope.clock``                 every reply's timestamp against the probe's clock
=================================  ===============================================================

Versions and modules ocpkit does not know are kept out of the way, never held against the peer.
"""

from ._catalogue import CHECKS, catalogue
from ._context import OcpiContext
from ._run import probe_ocpi
from ._settings import OcpiProbeSettings
from ._settings import version_asked as version_asked  # for the command line

__all__ = ["CHECKS", "OcpiContext", "OcpiProbeSettings", "catalogue", "probe_ocpi"]

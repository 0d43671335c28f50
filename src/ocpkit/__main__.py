"""``python -m ocpkit``: the ``ocpkit`` command (see :mod:`ocpkit.cli`)."""

import sys

from ocpkit.cli import main

if __name__ == "__main__":
    sys.exit(main())

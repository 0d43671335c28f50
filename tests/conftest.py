"""Test configuration: Hypothesis profiles.

``ci`` (used when ``CI`` is set) keeps the whole suite inside CI's time budget; ``dev`` (the
default) runs more examples; ``thorough`` is for a long local run
(``HYPOTHESIS_PROFILE=thorough pytest``).
"""

import os

from hypothesis import HealthCheck, settings

settings.register_profile(
    "base",
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
_BASE = settings.get_profile("base")
settings.register_profile("ci", _BASE, max_examples=8, derandomize=True, print_blob=True)
settings.register_profile("dev", _BASE, max_examples=25)
settings.register_profile("thorough", _BASE, max_examples=300)
_DEFAULT = "ci" if os.environ.get("CI") else "dev"
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE") or _DEFAULT)

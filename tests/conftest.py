"""Test configuration: Hypothesis profiles.

``ci`` (used when ``CI`` is set) keeps the whole suite inside CI's time budget; ``dev`` (the
default) runs more examples; ``thorough`` is for a long local run
(``HYPOTHESIS_PROFILE=thorough pytest``).
"""

import os

from hypothesis import HealthCheck, settings

_COMMON = {
    "deadline": None,
    "suppress_health_check": [HealthCheck.too_slow, HealthCheck.data_too_large],
}
settings.register_profile("ci", max_examples=8, derandomize=True, print_blob=True, **_COMMON)
settings.register_profile("dev", max_examples=25, **_COMMON)
settings.register_profile("thorough", max_examples=300, **_COMMON)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE") or ("ci" if os.environ.get("CI") else "dev"))

"""The check of every object walked against the version's model: ``objects.valid``."""

from ocpkit.ocpi.reading import read_items

from .._runner import CheckFailedError, NotApplicableError
from ._context import OcpiContext
from ._details import _model
from ._exchange import _some, _violations
from ._lists import _read
from ._pages import _identity, _named


async def _objects_valid(ctx: OcpiContext) -> None:
    version = ctx.require_versions()
    problems: list[str] = []
    judged = 0
    for walk in await ctx.walks():
        model = _model(version, walk.module)
        pages = _read(walk)
        if model is None or not pages:
            continue
        judged += 1
        invalid: list[str] = []
        for page in pages:
            listed = read_items(model, list(page.items))
            for item in listed.invalid:
                name = _named(_identity(walk.module, item.raw))
                invalid.append(
                    f"#{page.position + item.index} {name}: {_violations(item.violations, 2)}"
                )
        if invalid:
            problems.append(
                f"{walk.module}: {len(invalid)} of {len(walk.objects)} object(s) invalid for "
                f"{model.__name__} {version.value}: {_some(invalid)}"
            )
    if problems:
        raise CheckFailedError(" | ".join(problems))
    if not judged:
        raise NotApplicableError("no list could be read (see modules.list)")

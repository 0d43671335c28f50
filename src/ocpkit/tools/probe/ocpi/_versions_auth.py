"""The checks of the versions list, the version details and the token: ``versions.*`` and
``authorization.*``."""

from ocpkit.ocpi.headers import CredentialsToken, default_token_encoding, new_unique_id

from .._runner import CheckFailedError, NotApplicableError
from ._context import _FORMS, OcpiContext, _other
from ._exchange import Reply, _some

# -- versions ------------------------------------------------------------------------------------


async def _versions_list(ctx: OcpiContext) -> None:
    if ctx.list_problems:
        raise CheckFailedError(_some(ctx.list_problems))


async def _versions_details(ctx: OcpiContext) -> None:
    if not ctx.list_usable:
        raise NotApplicableError("needs the versions list, which could not be read")
    if ctx.choice_problem is not None:
        raise CheckFailedError(f"no version to probe: {ctx.choice_problem}")
    details = await ctx.details()
    if details.problems:
        raise CheckFailedError(_some(details.problems))


# -- authorization --------------------------------------------------------------------------------


async def _encoding_accepted(ctx: OcpiContext) -> None:
    version = ctx.require_versions()
    own = default_token_encoding(version)
    reply = await ctx.accepts(own)
    if reply.status is None:
        raise CheckFailedError(f"{reply.exchange.what}: {reply.exchange.error}")
    if reply.status in (401, 403):
        other = await ctx.accepts(_other(own))
        also = (
            f" (sent {_FORMS[_other(own)]} it is accepted)"
            if other.status is not None and other.status not in (401, 403)
            else ""
        )
        raise CheckFailedError(
            f"the token sent {_FORMS[own]} gets HTTP {reply.status} at the details URL{also}"
        )


async def _other_encoding(ctx: OcpiContext) -> None:
    version = ctx.require_versions()
    other = _other(default_token_encoding(version))
    reply = await ctx.accepts(other)
    if reply.status is None:
        seen = f"no answer ({reply.exchange.error})"
    elif reply.status in (401, 403):
        seen = f"refused (HTTP {reply.status})"
    else:
        seen = f"accepted (HTTP {reply.status})"
    raise NotApplicableError(
        f"reported only, no rule requires either: the token sent {_FORMS[other]} is {seen}"
    )


async def _protected_urls(ctx: OcpiContext) -> list[tuple[str, str]]:
    """The URLs whose answer to a request without a valid token is judged: the versions URL,
    and when known the details URL and the first list's URL."""
    urls = [(ctx.settings.versions_url, "versions")]
    if ctx.details_url is not None and ctx.choice_problem is None:
        urls.append((ctx.details_url, "details"))
        try:
            module, url = (await ctx.lists())[0]
        except NotApplicableError:
            pass
        else:
            urls.append((ctx.list_url(module, url), "page"))
    return urls


async def _refused(ctx: OcpiContext, token: CredentialsToken | None, label: str) -> None:
    problems: list[str] = []
    for url, kind in await _protected_urls(ctx):
        reply = await ctx.get(url, kind, auth=None if token is None else ctx.encoding, token=token)
        what = f"{reply.exchange.what} {label}"
        if reply.status is None:
            problems.append(f"{what}: {reply.exchange.error}")
        elif reply.status != 401:
            problems.append(f"{what}: HTTP {reply.status}, not 401")
        else:
            problem = _error_envelope(reply)
            if problem is not None:
                problems.append(f"{what}: {problem}")
    if problems:
        raise CheckFailedError(_some(problems))


def _error_envelope(reply: Reply) -> str | None:
    """What is wrong with the envelope of a 401, if it sends one: its status must be a client
    error (2xxx)."""
    if reply.envelope is None:
        return None  # no envelope sent: the HTTP status says it all
    code = int(reply.envelope.status_code)
    if not 2000 <= code <= 2999:
        return f"HTTP 401 with OCPI status_code {code}, not a client error (2xxx)"
    return None


async def _missing(ctx: OcpiContext) -> None:
    await _refused(ctx, None, "without Authorization")


async def _wrong_token(ctx: OcpiContext) -> None:
    stranger = CredentialsToken(f"ocpkit-probe-{new_unique_id()}")
    await _refused(ctx, stranger, "with an unknown token")

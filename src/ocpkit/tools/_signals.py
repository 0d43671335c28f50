"""How the long-running tools (``ocpkit csms``, ``ocpkit ocpi cpo``) learn they should stop."""

import asyncio
import contextlib
import signal
from collections.abc import Iterator

__all__ = ["stop_signals"]


@contextlib.contextmanager
def stop_signals() -> Iterator["asyncio.Future[int]"]:
    """A future that gets the number of the first SIGINT or SIGTERM received meanwhile.

    Where the loop cannot catch signals (Windows, a thread), SIGINT still interrupts the
    command as a ``KeyboardInterrupt``.
    """
    loop = asyncio.get_running_loop()
    received: asyncio.Future[int] = loop.create_future()

    def catch(number: int) -> None:
        if not received.done():
            received.set_result(number)

    installed = []
    for number in (signal.SIGINT, signal.SIGTERM):
        with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):
            loop.add_signal_handler(number, catch, number)
            installed.append(number)
    try:
        yield received
    finally:
        for number in installed:
            loop.remove_signal_handler(number)

"""An async OCPI client for one peer, over httpx (extra ``ocpkit[httpx]``)."""

from ._exchange import DEFAULT_EXCHANGE_TIMEOUT, run_exchange
from ._urls import is_web_url

__all__ = ["DEFAULT_EXCHANGE_TIMEOUT", "is_web_url", "run_exchange"]

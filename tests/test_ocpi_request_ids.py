"""OCPI X-Request-ID / X-Correlation-ID: making, echoing, forwarding and reading the ids,
tested rule by rule and with properties."""

import uuid
from collections.abc import Iterator

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from ocpkit.ocpi.headers import (
    MAX_REQUEST_ID_LENGTH,
    X_CORRELATION_ID,
    X_REQUEST_ID,
    HeaderUsageError,
    IdFactory,
    IdProblem,
    RequestIdError,
    RequestIds,
    new_unique_id,
    read_request_ids,
    request_ids_defined,
)


def counter(prefix: str = "id") -> Iterator[str]:
    n = 0
    while True:
        n += 1
        yield f"{prefix}-{n}"


def factory(prefix: str = "id") -> IdFactory:
    return counter(prefix).__next__


# -- request and correlation ids ----------------------------------------------------------


@pytest.mark.parametrize(
    ("version", "defined"), [("2.1.1", False), ("2.2.1", True), ("2.3.0", True)]
)
def test_request_ids_exist_from_2_2_1(version: str, defined: bool) -> None:
    assert request_ids_defined(version) is defined  # type: ignore[arg-type]


def test_new_unique_id_is_a_uuid4() -> None:
    value = new_unique_id()
    assert str(uuid.UUID(value)) == value
    assert uuid.UUID(value).version == 4
    assert new_unique_id() != value


def test_new_request_gets_a_new_request_id_then_a_new_correlation_id() -> None:
    ids = RequestIds.new(factory())
    assert ids == RequestIds(request_id="id-1", correlation_id="id-2")


def test_response_echoes_both_ids() -> None:
    ids = RequestIds(request_id="r1", correlation_id="c1")
    assert ids.for_response() == ids


def test_onward_request_keeps_the_correlation_id_with_a_new_request_id() -> None:
    ids = RequestIds(request_id="r1", correlation_id="c1")
    assert ids.for_onward_request(factory("fwd")) == RequestIds(
        request_id="fwd-1", correlation_id="c1"
    )


def test_ids_are_written_as_their_two_headers() -> None:
    ids = RequestIds(request_id="r1", correlation_id="c1")
    assert ids.to_headers() == {X_REQUEST_ID: "r1", X_CORRELATION_ID: "c1"}


def test_received_ids_are_kept_and_header_names_ignore_case() -> None:
    received = read_request_ids({"x-request-id": "r1", "X-CORRELATION-ID": "c1"}, "2.2.1")
    assert received.ids == RequestIds(request_id="r1", correlation_id="c1")
    assert not received.replaced


# (request id headers, problem): every IdProblem has a row
BAD_IDS: list[tuple[list[tuple[str, str]], IdProblem]] = [
    ([], IdProblem.MISSING),
    ([(X_REQUEST_ID, "a"), (X_REQUEST_ID, "b")], IdProblem.REPEATED),
    ([(X_REQUEST_ID, "a"), ("x-request-id", "a")], IdProblem.REPEATED),
    ([(X_REQUEST_ID, "a" * (MAX_REQUEST_ID_LENGTH + 1))], IdProblem.TOO_LONG),
    ([(X_REQUEST_ID, "a" * 1_000_000)], IdProblem.TOO_LONG),
    ([(X_REQUEST_ID, "r1\r\nSet-Cookie: x=1")], IdProblem.BAD_CHARACTER),
    ([(X_REQUEST_ID, "")], IdProblem.BAD_CHARACTER),
    ([(X_REQUEST_ID, " r1")], IdProblem.BAD_CHARACTER),
    ([(X_REQUEST_ID, "r\u00e9")], IdProblem.BAD_CHARACTER),
]


@pytest.mark.parametrize(("pairs", "problem"), BAD_IDS)
def test_bad_received_id_is_replaced_and_reported(
    pairs: list[tuple[str, str]], problem: IdProblem
) -> None:
    received = read_request_ids([*pairs, (X_CORRELATION_ID, "c1")], "2.2.1", new_id=factory())
    assert received.ids == RequestIds(request_id="id-1", correlation_id="c1")
    assert received.request_id_problem is problem
    assert received.correlation_id_problem is None
    assert received.replaced


@pytest.mark.parametrize(("pairs", "problem"), BAD_IDS)
def test_strict_reading_refuses_a_bad_id_with_2001(
    pairs: list[tuple[str, str]], problem: IdProblem
) -> None:
    with pytest.raises(RequestIdError) as caught:
        read_request_ids([*pairs, (X_CORRELATION_ID, "c1")], "2.3.0", strict=True)
    assert caught.value.problem is problem
    assert caught.value.header == X_REQUEST_ID
    assert caught.value.status_code == 2001
    assert "Set-Cookie" not in str(caught.value)


def test_missing_ids_get_new_ones_request_id_first() -> None:
    received = read_request_ids({}, "2.2.1", new_id=factory())
    assert received.ids == RequestIds(request_id="id-1", correlation_id="id-2")
    assert received.correlation_id_problem is IdProblem.MISSING


def test_strict_reading_of_2_1_1_still_replaces_since_2_1_1_has_no_ids() -> None:
    received = read_request_ids({}, "2.1.1", strict=True, new_id=factory())
    assert received.ids == RequestIds(request_id="id-1", correlation_id="id-2")


@given(st.text(max_size=300), st.text(max_size=300))
@example("r1\r\nX-Evil: 1", "c1")
@example("", " ")
def test_read_ids_are_always_safe_to_echo(request_id: str, correlation_id: str) -> None:
    headers = [(X_REQUEST_ID, request_id), (X_CORRELATION_ID, correlation_id)]
    ids = read_request_ids(headers, "2.2.1").ids
    for value in (ids.request_id, ids.correlation_id):
        assert 1 <= len(value) <= MAX_REQUEST_ID_LENGTH
        assert all(" " <= ch <= "~" for ch in value)
        assert value == value.strip()


def test_an_id_factory_that_makes_unsendable_ids_is_a_usage_error() -> None:
    with pytest.raises(HeaderUsageError):
        read_request_ids({}, "2.2.1", new_id=lambda: "bad\nid")
    with pytest.raises(HeaderUsageError):
        RequestIds.new(lambda: "")
    with pytest.raises(HeaderUsageError):
        RequestIds(request_id="r1", correlation_id="c1").for_onward_request(lambda: "x" * 300)

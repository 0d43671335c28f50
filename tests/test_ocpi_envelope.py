"""The OCPI response envelope: building, reading pages item by item, error replies."""

import json
from datetime import UTC, datetime
from typing import Any

import pytest

from ocpkit.ocpi import v221
from ocpkit.ocpi.envelope import (
    EnvelopeError,
    Response,
    error_response,
    parse_response,
    read_page,
    read_single,
    success,
)
from ocpkit.ocpi.reading import InvalidObjectError
from ocpkit.ocpi.status import (
    InvalidStatusCode,
    OcpiError,
    UnknownLocation,
    UnsupportedVersion,
)

NOW = datetime(2024, 3, 1, 10, 20, 30, 250000, tzinfo=UTC)
STAMP = "2024-03-01T10:20:30.250Z"


def _text(number: int) -> dict[str, Any]:
    return {"language": "en", "text": f"text {number}"}


def _envelope(data: Any = None, **fields: Any) -> str:
    body: dict[str, Any] = {"status_code": 1000, "timestamp": STAMP, **fields}
    if data is not None:
        body["data"] = data
    return json.dumps(body)


def test_success_encodes_data_code_and_timestamp_in_z() -> None:
    items = [v221.DisplayText(language="en", text="a"), v221.DisplayText(language="nl", text="b")]
    reply = json.loads(success(items, now=NOW).to_json())
    assert reply == {
        "data": [{"language": "en", "text": "a"}, {"language": "nl", "text": "b"}],
        "status_code": 1000,
        "timestamp": STAMP,
    }


def test_success_takes_plain_json_data_and_a_message() -> None:
    reply = json.loads(success({"k": [1]}, now=NOW, status_message="ok").to_json())
    assert reply == {
        "data": {"k": [1]},
        "status_code": 1000,
        "status_message": "ok",
        "timestamp": STAMP,
    }


def test_success_refuses_an_error_code() -> None:
    with pytest.raises(InvalidStatusCode):
        success(None, now=NOW, status_code=2001)


def test_an_error_reply_has_no_data_and_carries_the_code_and_message() -> None:
    reply = json.loads(error_response(UnknownLocation("no such location"), now=NOW).to_json())
    assert reply == {"status_code": 2003, "status_message": "no such location", "timestamp": STAMP}


def test_an_error_reply_without_data_parses() -> None:
    envelope = parse_response('{"status_code": 3002, "timestamp": "2024-03-01T10:20:30Z"}')
    assert envelope.data is None
    assert envelope.status_code == 3002
    assert not envelope.is_success
    with pytest.raises(UnsupportedVersion):
        envelope.raise_for_status()


def test_unknown_and_custom_codes_are_kept() -> None:
    for code in (1999, 2999, 4999, 5000, 42):
        envelope = parse_response(json.dumps({"status_code": code, "timestamp": STAMP}))
        assert envelope.status_code == code
    with pytest.raises(OcpiError) as caught:
        parse_response(json.dumps({"status_code": 2950, "timestamp": STAMP})).raise_for_status()
    assert caught.value.status_code == 2950


@pytest.mark.parametrize(
    ("text", "paths"),
    [
        ("nope", ["$"]),
        ("[]", ["$"]),
        ('{"timestamp": "2024-03-01T10:20:30Z"}', ["$.status_code"]),
        ('{"status_code": 1000}', ["$.timestamp"]),
        ('{"status_code": "1000", "timestamp": "2024-03-01T10:20:30Z"}', ["$.status_code"]),
        ('{"status_code": true, "timestamp": "2024-03-01T10:20:30Z"}', ["$.status_code"]),
        ('{"status_code": 1000, "timestamp": "yesterday"}', ["$.timestamp"]),
        ('{"status_code": 1000, "timestamp": 1709288430}', ["$.timestamp"]),
        (
            '{"status_code": 1000, "timestamp": "2024-03-01T10:20:30Z", "status_message": 5}',
            ["$.status_message"],
        ),
    ],
)
def test_a_broken_envelope_is_one_typed_error_with_paths(text: str, paths: list[str]) -> None:
    with pytest.raises(EnvelopeError) as caught:
        parse_response(text)
    assert [v.path for v in caught.value.violations] == paths


def test_a_timestamp_with_an_offset_is_forgiven_unless_strict() -> None:
    text = '{"status_code": 1000, "timestamp": "2024-03-01T11:20:30+01:00"}'
    assert parse_response(text).timestamp == datetime(2024, 3, 1, 10, 20, 30, tzinfo=UTC)
    with pytest.raises(EnvelopeError):
        parse_response(text, strict=True)


def test_strict_envelope_reports_undefined_fields() -> None:
    text = _envelope(None, extra=1)
    assert parse_response(text).status_code == 1000
    with pytest.raises(EnvelopeError) as caught:
        parse_response(text, strict=True)
    assert [v.path for v in caught.value.violations] == ["$.extra"]


def test_read_page_types_every_item_of_a_clean_page() -> None:
    page = read_page(v221.DisplayText, _envelope([_text(i) for i in range(3)]))
    assert page.status_code == 1000
    assert page.timestamp == NOW
    assert page.data is not None
    assert [t.text for t in page.data.items] == ["text 0", "text 1", "text 2"]
    assert page.data.all_valid


def test_read_page_never_fails_on_bad_items() -> None:
    items = [_text(0), {"language": "english", "text": "x"}, _text(2), 7]
    page = read_page(v221.DisplayText, _envelope(items))
    assert page.data is not None
    assert [t.text for t in page.data.items] == ["text 0", "text 2"]
    assert [(bad.index, [v.path for v in bad.violations]) for bad in page.data.invalid] == [
        (1, ["$.language"]),
        (3, ["$"]),
    ]


def test_read_page_of_an_error_reply_is_an_empty_list() -> None:
    page = read_page(v221.DisplayText, '{"status_code": 2001, "timestamp": "2024-03-01T10:20:30Z"}')
    assert page.data is not None
    assert len(page.data) == 0
    assert page.status_code == 2001


def test_read_page_refuses_data_that_is_not_a_list() -> None:
    with pytest.raises(EnvelopeError) as caught:
        read_page(v221.DisplayText, _envelope(_text(1)))
    assert [v.path for v in caught.value.violations] == ["$.data"]


def test_read_page_with_a_broken_envelope_is_an_envelope_error() -> None:
    with pytest.raises(EnvelopeError):
        read_page(v221.DisplayText, json.dumps({"data": [_text(1)], "timestamp": STAMP}))


def test_read_single_types_the_object_and_reports_paths_under_data() -> None:
    single = read_single(v221.DisplayText, _envelope(_text(1)))
    assert single.data == v221.DisplayText(language="en", text="text 1")
    with pytest.raises(InvalidObjectError) as caught:
        read_single(v221.DisplayText, _envelope({"language": "en"}))
    assert [v.path for v in caught.value.violations] == ["$.data.text"]
    error = read_single(
        v221.DisplayText, '{"status_code": 2003, "timestamp": "2024-03-01T10:20:30Z"}'
    )
    assert error.data is None


def test_a_page_written_by_success_reads_back_equal() -> None:
    items = [v221.DisplayText(language="en", text=str(i)) for i in range(50)]
    text = success(items, now=NOW).to_json()
    page = read_page(v221.DisplayText, text)
    assert page.data is not None
    assert list(page.data.items) == items
    assert page == Response(status_code=1000, timestamp=NOW, data=page.data)


def test_response_needs_an_aware_timestamp() -> None:
    with pytest.raises(ValueError, match="aware"):
        Response(status_code=1000, timestamp=datetime(2024, 1, 1))


def test_a_page_as_read_writes_back_its_invalid_items_in_their_places() -> None:
    items = [_text(0), {"language": "english"}, _text(2), 7]
    text = _envelope(items)
    page = read_page(v221.DisplayText, text)
    assert json.loads(page.to_json()) == json.loads(text)


def test_read_single_forgives_what_parse_response_forgives_and_reports_under_data() -> None:
    offset = "2024-03-01T11:20:30+01:00"
    single = read_single(v221.DisplayText, _envelope(_text(1), timestamp=offset))
    assert single.data == v221.DisplayText(language="en", text="text 1")
    with pytest.raises(InvalidObjectError) as caught:
        read_single(v221.DisplayText, _envelope({"language": "en"}, timestamp=offset))
    assert [v.path for v in caught.value.violations] == ["$.data.text"]


def test_a_page_with_an_item_nested_too_deep_is_still_read() -> None:
    deep: Any = []
    for _ in range(300):
        deep = [deep]
    page = read_page(v221.DisplayText, _envelope([_text(0), {**_text(1), "x": deep}]))
    assert page.data is not None
    assert [t.text for t in page.data.items] == ["text 0"]
    assert [bad.index for bad in page.data.invalid] == [1]


def test_a_credentials_token_never_shows_in_a_repr_or_a_validation_error() -> None:
    secret = "s3cr3t-token-value-0123456789"
    credentials = v221.Credentials.from_json(
        json.dumps(
            {
                "token": secret,
                "url": "https://example.com/ocpi/versions",
                "roles": [
                    {
                        "role": "CPO",
                        "business_details": {"name": "X"},
                        "party_id": "ABC",
                        "country_code": "NL",
                    }
                ],
            }
        )
    )
    assert credentials.token == secret
    assert secret not in repr(credentials)
    with pytest.raises(ValueError, match="token") as caught:  # too long: 3 x 29 > 64
        v221.Credentials.from_json(json.dumps({"token": secret * 3, "url": 5, "roles": [1]}))
    assert secret not in str(caught.value)

"""OCPI status codes per version, their HTTP statuses, and the exceptions that carry them.

The expected tables below are read from the "Status codes" chapter of OCPI 2.1.1, 2.2.1 and 2.3.0
and from the HTTP rules in "Transport and format", credentials and tokens; the module's own tables
are checked against them row by row.
"""

import json
from collections.abc import Callable
from enum import StrEnum

import orjson
import pydantic
import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from ocpkit.ocpi.status import (
    MAX_STATUS_MESSAGE_LENGTH,
    VERSIONS,
    AccessDenied,
    AlreadyRegistered,
    AuthenticationFailed,
    ConnectionProblem,
    InvalidJsonBody,
    InvalidOrMissingParameters,
    InvalidStatusCode,
    MethodNotAllowed,
    NoMatchingEndpoints,
    NotEnoughInformation,
    NotFound,
    NotRegistered,
    OcpiClientError,
    OcpiError,
    OcpiHubError,
    OcpiServerError,
    OcpiVersionText,
    RegistrationRequired,
    StatusCategory,
    StatusCode,
    TimeoutOnForwardedRequest,
    UnableToUseClientApi,
    UnknownLocation,
    UnknownOcpiVersion,
    UnknownReceiver,
    UnknownToken,
    UnsupportedVersion,
    cap_status_message,
    custom_ranges,
    error_from_code,
    http_status_for,
    known_codes,
)
from ocpkit.ocpi.version import OcpiVersion

_V211_CODES = {1000, 2000, 2001, 2002, 2003, 3000, 3001, 3002, 3003}
_V22X_CODES = _V211_CODES | {2004, 4000, 4001, 4002, 4003}
SPEC_CODES: dict[OcpiVersionText, set[int]] = {
    "2.1.1": _V211_CODES,
    "2.2.1": _V22X_CODES,
    "2.3.0": _V22X_CODES,
}
ALL_DEFINED = _V22X_CODES

NAMES = {
    1000: "SUCCESS",
    2000: "GENERIC_CLIENT_ERROR",
    2001: "INVALID_OR_MISSING_PARAMETERS",
    2002: "NOT_ENOUGH_INFORMATION",
    2003: "UNKNOWN_LOCATION",
    2004: "UNKNOWN_TOKEN",
    3000: "GENERIC_SERVER_ERROR",
    3001: "UNABLE_TO_USE_CLIENT_API",
    3002: "UNSUPPORTED_VERSION",
    3003: "NO_MATCHING_ENDPOINTS",
    4000: "GENERIC_HUB_ERROR",
    4001: "UNKNOWN_RECEIVER",
    4002: "TIMEOUT_ON_FORWARDED_REQUEST",
    4003: "CONNECTION_PROBLEM",
}

# Every defined code goes with HTTP 200 (the request reached the OCPI layer), except 2004: the
# tokens module answers a real-time authorization of an unknown token with 404 and 2004.
HTTP_ROWS = [
    (version, code, 404 if code == 2004 else 200)
    for version in VERSIONS
    for code in sorted(SPEC_CODES[version])
]

CUSTOM_HUNDREDS: dict[OcpiVersionText, set[int]] = {
    "2.1.1": set(),
    "2.2.1": {19, 29, 39, 49},
    "2.3.0": {19, 29, 39, 49},
}

# class, code, HTTP status, family class
NAMED_ERRORS: list[tuple[type[OcpiError], int, int, type[OcpiError]]] = [
    (OcpiClientError, 2000, 200, OcpiClientError),
    (InvalidOrMissingParameters, 2001, 200, OcpiClientError),
    (NotEnoughInformation, 2002, 200, OcpiClientError),
    (UnknownLocation, 2003, 200, OcpiClientError),
    (UnknownToken, 2004, 404, OcpiClientError),
    (OcpiServerError, 3000, 200, OcpiServerError),
    (UnableToUseClientApi, 3001, 200, OcpiServerError),
    (UnsupportedVersion, 3002, 200, OcpiServerError),
    (NoMatchingEndpoints, 3003, 200, OcpiServerError),
    (OcpiHubError, 4000, 200, OcpiHubError),
    (UnknownReceiver, 4001, 200, OcpiHubError),
    (TimeoutOnForwardedRequest, 4002, 200, OcpiHubError),
    (ConnectionProblem, 4003, 200, OcpiHubError),
]

# failures on the HTTP layer: class, HTTP status, what the spec says
HTTP_LAYER_ERRORS: list[tuple[type[OcpiClientError], int]] = [
    (InvalidJsonBody, 400),  # status codes: body not valid JSON
    (AuthenticationFailed, 401),  # transport: header missing or token of no known party
    (RegistrationRequired, 401),  # transport (2.2.1+): token A outside credentials/versions
    (AccessDenied, 403),  # prescribed nowhere; local policy
    (NotFound, 404),  # status codes: GET of a missing resource; transport: other party's object
    (MethodNotAllowed, 405),
    (AlreadyRegistered, 405),  # credentials: POST when registered
    (NotRegistered, 405),  # credentials: PUT or DELETE when not registered
]

_version = st.sampled_from(VERSIONS)


class _Version(StrEnum):
    V221 = "2.2.1"


class _Envelope(pydantic.BaseModel):
    status_code: StatusCode


# --- the codes each version defines --------------------------------------------------------------


@pytest.mark.parametrize("version", VERSIONS)
def test_each_version_defines_exactly_the_codes_of_its_status_chapter(
    version: OcpiVersionText,
) -> None:
    assert set(known_codes(version)) == SPEC_CODES[version]
    assert list(known_codes(version)) == sorted(SPEC_CODES[version])
    for code in range(0, 10000):
        assert StatusCode(code).is_known(version) is (code in SPEC_CODES[version])


@pytest.mark.parametrize(("code", "name"), sorted(NAMES.items()))
def test_each_defined_code_has_its_name_and_a_class_attribute(code: int, name: str) -> None:
    assert StatusCode(code).name == name
    constant = getattr(StatusCode, name)
    assert type(constant) is StatusCode
    assert constant == code


def test_2004_and_the_hub_family_are_unknown_to_2_1_1() -> None:
    for code in (2004, 4000, 4001, 4002, 4003):
        assert not StatusCode(code).is_known("2.1.1")
        assert StatusCode(code).is_known("2.2.1")
        assert StatusCode(code).is_known("2.3.0")


@pytest.mark.parametrize(
    ("code", "category"),
    [
        (1000, StatusCategory.SUCCESS),
        (1999, StatusCategory.SUCCESS),
        (2000, StatusCategory.CLIENT_ERROR),
        (2999, StatusCategory.CLIENT_ERROR),
        (3000, StatusCategory.SERVER_ERROR),
        (3950, StatusCategory.SERVER_ERROR),
        (4000, StatusCategory.HUB_ERROR),
        (4999, StatusCategory.HUB_ERROR),
        (0, None),
        (42, None),
        (999, None),
        (5000, None),
        (9999, None),
    ],
)
def test_category_follows_the_thousands_digit(code: int, category: StatusCategory | None) -> None:
    assert StatusCode(code).category is category
    assert StatusCode(code).is_success is (category is StatusCategory.SUCCESS)


# --- custom ranges -------------------------------------------------------------------------------


@pytest.mark.parametrize("version", VERSIONS)
def test_custom_ranges_are_the_x9xx_hundreds_of_each_family(version: OcpiVersionText) -> None:
    expected = [range(h * 100, h * 100 + 100) for h in sorted(CUSTOM_HUNDREDS[version])]
    assert list(custom_ranges(version)) == expected


@given(code=st.integers(0, 9999), version=_version)
@example(code=1900, version="2.2.1")
@example(code=1999, version="2.3.0")
@example(code=2899, version="2.2.1")
@example(code=2900, version="2.2.1")
@example(code=4999, version="2.3.0")
@example(code=5900, version="2.3.0")
@example(code=2950, version="2.1.1")
def test_custom_range_detection_per_version(code: int, version: OcpiVersionText) -> None:
    is_custom = code < 5000 and code // 100 in CUSTOM_HUNDREDS[version]
    assert StatusCode(code).is_custom(version) is is_custom
    if is_custom:
        assert not StatusCode(code).is_known(version)


# --- parsing and serialising ---------------------------------------------------------------------


@given(code=st.integers(1000, 4999))
@example(code=1000)
@example(code=1900)
@example(code=2999)
@example(code=4999)
def test_any_code_of_the_four_families_parses_and_round_trips_as_itself(code: int) -> None:
    parsed = StatusCode.parse(code)
    assert type(parsed) is StatusCode
    assert parsed == code
    assert hash(parsed) == hash(code)
    assert int(parsed) == code
    assert str(parsed) == str(code)
    assert orjson.dumps(parsed) == str(code).encode()
    assert json.dumps({"status_code": parsed}) == json.dumps({"status_code": code})
    assert StatusCode.parse(orjson.loads(orjson.dumps(parsed))) == code
    envelope = _Envelope.model_validate_json(f'{{"status_code": {code}}}')
    assert type(envelope.status_code) is StatusCode
    assert envelope.status_code == code
    assert envelope.model_dump_json() == f'{{"status_code":{code}}}'


@given(code=st.integers(0, 9999).filter(lambda c: c not in ALL_DEFINED), version=_version)
@example(code=2999, version="2.3.0")
@example(code=5000, version="2.2.1")
@example(code=42, version="2.1.1")
@example(code=0, version="2.1.1")
@example(code=9999, version="2.3.0")
@example(code=2005, version="2.3.0")
def test_codes_no_version_defines_are_kept_as_they_are(code: int, version: OcpiVersionText) -> None:
    status = StatusCode.parse(code)
    assert status == code
    assert status.name is None
    assert not status.is_known(version)
    assert error_from_code(code).status_code == code
    assert http_status_for(code, version) == 200


@pytest.mark.parametrize(
    "value",
    [-1, -1000, 10000, 2**63, 1000.0, 2001.5, True, False, "2001", None, [2001], {"code": 2001}],
)
def test_values_that_cannot_be_a_status_code_are_a_typed_error(value: object) -> None:
    with pytest.raises(InvalidStatusCode) as caught:
        StatusCode.parse(value)
    assert caught.value.value is value
    assert repr(value) not in str(caught.value)


@pytest.mark.parametrize("value", [-1, 10000])
def test_out_of_range_codes_are_refused_everywhere(value: int) -> None:
    with pytest.raises(InvalidStatusCode):
        StatusCode(value)
    with pytest.raises(InvalidStatusCode):
        error_from_code(value)
    with pytest.raises(InvalidStatusCode):
        http_status_for(value, "2.3.0")
    with pytest.raises(pydantic.ValidationError):
        _Envelope.model_validate_json(f'{{"status_code": {value}}}')


@pytest.mark.parametrize("text", ["2001.0", '"2001"', "true", "null"])
def test_a_pydantic_envelope_refuses_a_status_code_that_is_not_a_json_integer(text: str) -> None:
    with pytest.raises(pydantic.ValidationError):
        _Envelope.model_validate_json(f'{{"status_code": {text}}}')


def test_status_code_repr_names_the_type_and_str_is_the_digits() -> None:
    assert repr(StatusCode(2001)) == "StatusCode(2001)"
    assert str(StatusCode(2001)) == "2001"
    assert f"{StatusCode(2001)}" == "2001"


# --- HTTP status per version ---------------------------------------------------------------------


@pytest.mark.parametrize(("version", "code", "http"), HTTP_ROWS)
def test_http_status_of_each_defined_code(version: OcpiVersionText, code: int, http: int) -> None:
    assert http_status_for(code, version) == http


@pytest.mark.parametrize("version", VERSIONS)
def test_a_success_that_created_an_object_is_201_and_errors_ignore_created(
    version: OcpiVersionText,
) -> None:
    assert http_status_for(1000, version, created=True) == 201
    assert http_status_for(1901, version, created=True) == 201
    assert http_status_for(2001, version, created=True) == 200
    assert http_status_for(3000, version, created=True) == 200


def test_2004_under_2_1_1_follows_the_general_rule() -> None:
    # 2.1.1 does not define 2004, so its tokens-module 404 pairing does not apply there
    assert http_status_for(2004, "2.1.1") == 200
    assert http_status_for(2004, "2.2.1") == 404


# --- exceptions ----------------------------------------------------------------------------------


@pytest.mark.parametrize(("cls", "code", "http", "family"), NAMED_ERRORS)
def test_each_code_has_its_exception_class(
    cls: type[OcpiError], code: int, http: int, family: type[OcpiError]
) -> None:
    error = cls("safe text")
    assert error.status_code == code
    assert type(error.status_code) is StatusCode
    assert error.http_status == http
    assert error.status_message == "safe text"
    assert isinstance(error, family)
    assert type(error_from_code(code, "safe text")) is cls


@pytest.mark.parametrize(("cls", "code", "http", "family"), NAMED_ERRORS)
def test_exception_http_status_agrees_with_every_version_that_defines_its_code(
    cls: type[OcpiError], code: int, http: int, family: type[OcpiError]
) -> None:
    for version in VERSIONS:
        if StatusCode(code).is_known(version):
            assert cls.default_http_status == http_status_for(code, version)


@pytest.mark.parametrize(("cls", "http"), HTTP_LAYER_ERRORS)
def test_http_layer_failures_carry_their_http_status_and_a_client_error_code(
    cls: type[OcpiClientError], http: int
) -> None:
    error = cls()
    assert error.http_status == http
    assert error.status_code == 2000
    assert isinstance(error, OcpiClientError)
    assert cls(status_code=2950).status_code == 2950


def test_registration_token_misuse_is_caught_as_an_authentication_failure() -> None:
    assert issubclass(RegistrationRequired, AuthenticationFailed)
    assert issubclass(AlreadyRegistered, MethodNotAllowed)
    assert issubclass(NotRegistered, MethodNotAllowed)


def test_base_error_defaults_to_the_generic_server_error_and_takes_any_code() -> None:
    assert OcpiError().status_code == 3000
    assert OcpiError(status_code=1000).status_code == 1000
    assert OcpiError(status_code=42).status_code == 42


@pytest.mark.parametrize(
    ("code", "cls"),
    [
        (1000, OcpiError),
        (1901, OcpiError),
        (42, OcpiError),
        (5000, OcpiError),
        (2005, OcpiClientError),
        (2950, OcpiClientError),
        (3999, OcpiServerError),
        (4004, OcpiHubError),
        (4950, OcpiHubError),
    ],
)
def test_undefined_codes_get_their_familys_class(code: int, cls: type[OcpiError]) -> None:
    error = error_from_code(code)
    assert type(error) is cls
    assert error.status_code == code


@given(code=st.integers(0, 9999), message=st.text(max_size=400))
@example(code=1000, message="")
@example(code=2004, message="")
@example(code=4003, message="x" * 1000)
@example(code=0, message="\n\r\t")
@example(code=9999, message="")
def test_error_from_code_always_carries_exactly_the_input_code(code: int, message: str) -> None:
    error = error_from_code(code, message)
    assert isinstance(error, OcpiError)
    assert error.status_code == code
    assert len(error.status_message) <= MAX_STATUS_MESSAGE_LENGTH
    assert error.status_message.isprintable()


def test_received_http_status_is_kept() -> None:
    error = error_from_code(2001, "bad", http_status=400)
    assert type(error) is InvalidOrMissingParameters
    assert error.http_status == 400
    assert InvalidOrMissingParameters(http_status=404).http_status == 404


@pytest.mark.parametrize(
    ("cls", "code"),
    [
        (InvalidOrMissingParameters, 2002),
        (UnknownToken, 2000),
        (UnknownReceiver, 4901),
        (OcpiClientError, 3001),
        (OcpiServerError, 2001),
        (OcpiHubError, 1000),
        (NotFound, 4001),
    ],
)
def test_a_class_refuses_a_code_it_cannot_stand_for(cls: type[OcpiError], code: int) -> None:
    with pytest.raises(InvalidStatusCode):
        cls(status_code=code)


def test_error_str_and_repr_name_the_code_and_the_message() -> None:
    error = UnknownLocation("no such location")
    assert str(error) == "2003 UNKNOWN_LOCATION: no such location"
    assert str(OcpiClientError(status_code=2950)) == "2950 client_error"
    assert str(error_from_code(42)) == "42 UNKNOWN"
    assert repr(error) == (
        "UnknownLocation(status_code=2003, http_status=200, status_message='no such location')"
    )


# --- status messages -----------------------------------------------------------------------------


def test_status_message_has_control_characters_replaced_and_is_capped() -> None:
    error = InvalidOrMissingParameters("line one\r\nline two\x00" + "y" * 1000)
    assert error.status_message.startswith("line one  line two ")
    assert len(error.status_message) == MAX_STATUS_MESSAGE_LENGTH
    assert error.status_message.endswith("...")


def test_a_subclass_can_lower_the_message_cap() -> None:
    class TerseError(OcpiClientError):
        max_message_length = 10

    assert TerseError("0123456789abc").status_message == "0123456..."
    assert TerseError("0123456789").status_message == "0123456789"


@given(text=st.text(max_size=300), limit=st.integers(-5, 300))
@example(text="abcdef", limit=3)
@example(text="abcdef", limit=0)
@example(text="abcdef", limit=-1)
@example(text="abc", limit=3)
def test_capped_message_is_printable_and_within_the_limit(text: str, limit: int) -> None:
    capped = cap_status_message(text, limit)
    assert capped.isprintable()
    assert len(capped) <= max(limit, 0)
    if text.isprintable() and len(text) <= limit:
        assert capped == text


# --- versions ------------------------------------------------------------------------------------


def test_a_str_valued_version_enum_is_accepted() -> None:
    version: OcpiVersionText = _Version.V221  # type: ignore[assignment]
    assert StatusCode(2004).is_known(version)
    assert http_status_for(2004, version) == 404


@pytest.mark.parametrize(
    ("version", "text"),
    [(OcpiVersion.V211, "2.1.1"), (OcpiVersion.V221, "2.2.1"), (OcpiVersion.V230, "2.3.0")],
)
def test_the_packages_version_enum_answers_as_its_text(
    version: OcpiVersion, text: OcpiVersionText
) -> None:
    assert version == text
    assert known_codes(version) == known_codes(text)
    assert custom_ranges(version) == custom_ranges(text)
    for code in (1000, 2004, 2950, 3999, 4001):
        assert StatusCode(code).is_known(version) is StatusCode(code).is_known(text)
        assert StatusCode(code).is_custom(version) is StatusCode(code).is_custom(text)
        for created in (False, True):
            assert http_status_for(code, version, created=created) == http_status_for(
                code, text, created=created
            )


@pytest.mark.parametrize("version", ["2.2", "2.0", "", "2.1.1 "])
def test_an_unknown_version_text_is_a_typed_error(version: str) -> None:
    calls: list[Callable[[], object]] = [
        lambda: StatusCode(2001).is_known(version),  # type: ignore[arg-type]
        lambda: StatusCode(2001).is_custom(version),  # type: ignore[arg-type]
        lambda: known_codes(version),  # type: ignore[arg-type]
        lambda: custom_ranges(version),  # type: ignore[arg-type]
        lambda: http_status_for(2001, version),  # type: ignore[arg-type]
    ]
    for call in calls:
        with pytest.raises(UnknownOcpiVersion):
            call()

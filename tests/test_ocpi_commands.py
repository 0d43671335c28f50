"""OCPI commands and charging profiles, the tables and the receiver's side: request objects
per command, reading a command, immediate answers, results POSTed to the response_url, and
charging-profile requests read from their URL."""

from typing import Any
from urllib.parse import parse_qsl, urlsplit

import orjson
import pytest

from ocpkit.ocpi import v211, v221, v230
from ocpkit.ocpi.commands import (
    COMMAND_FLOWS,
    COMMAND_REQUESTS,
    PROFILE_OPERATIONS,
    PROFILE_VERSIONS,
    ClearProfileRequest,
    CommandUsageError,
    GetActiveProfileRequest,
    InvalidPayload,
    PayloadNotJson,
    ProfileOperation,
    SetProfileRequest,
    UnknownCommand,
    command_request_type,
    command_response,
    command_result,
    command_result_post,
    command_url,
    parse_command_request,
    profile_result_post,
)
from ocpkit.ocpi.version import OcpiVersion
from tests._ocpi_commands_support import (
    BASE,
    T0,
    V211,
    V221,
    V230,
    VERSIONS,
    profile_request,
    request_wire,
)

# -- the tables --------------------------------------------------------------------------------


@pytest.mark.parametrize("version", VERSIONS)
def test_every_command_type_of_a_version_has_a_request_object(version: OcpiVersion) -> None:
    enum = {V211: v211.CommandType, V221: v221.CommandType, V230: v230.CommandType}[version]
    listed = {command for v, command, _ in COMMAND_REQUESTS if v is version}
    assert listed == {member.value for member in enum}


@pytest.mark.parametrize(("version", "command", "name"), COMMAND_REQUESTS)
def test_each_command_maps_to_the_object_the_spec_names(
    version: OcpiVersion, command: str, name: str
) -> None:
    found = command_request_type(version, command)
    assert found is not None
    assert found.__name__ == name
    assert found.__module__.startswith(f"ocpkit.ocpi.{version.module}.")


def test_the_request_type_is_exact_for_a_command_type_member() -> None:
    version = OcpiVersion("2.2.1")  # not a literal: the member's class says the version
    # checked by mypy: the overloads give the exact class, not the union
    start: type[v221.StartSession] = command_request_type(version, v221.CommandType.START_SESSION)
    unlock: type[v211.UnlockConnector] = command_request_type(
        V211, v211.CommandType.UNLOCK_CONNECTOR
    )
    assert start is v221.StartSession
    assert unlock is v211.UnlockConnector


def test_a_command_type_member_of_another_version_is_refused() -> None:
    with pytest.raises(CommandUsageError):
        command_request_type(V230, v221.CommandType.START_SESSION)
    assert command_request_type(V230, "START_SESSION") is v230.StartSession


@pytest.mark.parametrize("version", VERSIONS)
def test_the_flow_table_names_the_answer_and_result_objects(version: OcpiVersion) -> None:
    flow = COMMAND_FLOWS[version]
    assert type(command_response(version, "ACCEPTED", timeout=5)).__name__ == flow.response
    assert type(command_result(version, "ACCEPTED")).__name__ == flow.result
    answer = command_response(version, "ACCEPTED", timeout=5).to_wire()
    assert ("timeout" in answer) is flow.response_has_timeout


@pytest.mark.parametrize(("operation", "method", "name"), PROFILE_OPERATIONS)
@pytest.mark.parametrize("version", PROFILE_VERSIONS)
def test_each_profile_operation_has_its_method_and_result_object(
    version: OcpiVersion, operation: ProfileOperation, method: str, name: str
) -> None:
    request = profile_request(version, operation, "https://emsp.example.com/r/1")
    assert request.method == method
    post = profile_result_post(version, request, "ACCEPTED")
    assert type(post.result).__name__ == name
    assert type(post.result).__module__.startswith(f"ocpkit.ocpi.{version.module}.")


# -- receiver side: reading a command ----------------------------------------------------------


@pytest.mark.parametrize(
    ("version", "command"),
    [
        (V211, "SELF_DESTRUCT"),
        (V221, "SELF_DESTRUCT"),
        (V221, "start_session"),  # values are case-sensitive
        (V230, ""),  # 2.3.0 keeps other values, but an empty segment is no command
        (V230, "BAD\nLINE"),
    ],
)
def test_a_command_the_version_does_not_define_is_a_2001_that_does_not_quote_it(
    version: OcpiVersion, command: str
) -> None:
    with pytest.raises(UnknownCommand) as caught:
        parse_command_request(version, command, b"{}")
    assert caught.value.status_code == 2001
    assert caught.value.http_status == 200
    assert caught.value.command == command
    assert (command or "\x00") not in str(caught.value)


def test_cancel_reservation_is_not_a_2_1_1_command() -> None:
    with pytest.raises(UnknownCommand):
        parse_command_request(V211, "CANCEL_RESERVATION", b'{"response_url": "x"}')


@pytest.mark.parametrize(("version", "kept"), [(V211, False), (V221, False), (V230, True)])
def test_a_custom_command_is_kept_as_str_in_2_3_0_only(version: OcpiVersion, kept: bool) -> None:
    if not kept:
        with pytest.raises(UnknownCommand):
            parse_command_request(version, "VENDOR_REBOOT", b"{}")
        return
    received = parse_command_request(version, "VENDOR_REBOOT", b"not even json")
    assert received.command == "VENDOR_REBOOT"
    assert type(received.command) is str
    assert received.request is None
    assert not received.known
    assert command_request_type(version, "VENDOR_REBOOT") is None


def test_a_known_command_comes_back_as_the_versions_enum_member() -> None:
    received = parse_command_request(
        V230, "STOP_SESSION", orjson.dumps(request_wire(V230, "STOP_SESSION", BASE + "/a"))
    )
    assert received.command is v230.CommandType.STOP_SESSION
    assert received.known


def test_an_invalid_command_body_is_a_2001_listing_the_violations() -> None:
    body = orjson.dumps({"response_url": BASE + "/a", "location_id": "LOC1"})
    with pytest.raises(InvalidPayload) as caught:
        parse_command_request(V221, "UNLOCK_CONNECTOR", body)
    assert caught.value.status_code == 2001
    assert {v.path for v in caught.value.violations} == {"$.evse_uid", "$.connector_id"}
    assert "LOC1" not in str(caught.value)


def test_a_command_body_that_is_not_json_is_answered_with_http_400() -> None:
    with pytest.raises(PayloadNotJson) as caught:
        parse_command_request(V221, "STOP_SESSION", b"{nope")
    assert caught.value.http_status == 400
    assert caught.value.status_code == 2000


def test_strict_reading_refuses_fields_the_spec_does_not_define() -> None:
    body = orjson.dumps({**request_wire(V221, "STOP_SESSION", BASE + "/a"), "extra": 1})
    assert parse_command_request(V221, "STOP_SESSION", body).request is not None
    with pytest.raises(InvalidPayload) as caught:
        parse_command_request(V221, "STOP_SESSION", body, strict=True)
    assert [v.kind for v in caught.value.violations] == ["extra_forbidden"]


def test_command_url_joins_the_endpoint_and_command_with_one_slash() -> None:
    assert command_url("https://cpo.example.com/ocpi/2.2.1/commands", "START_SESSION") == (
        "https://cpo.example.com/ocpi/2.2.1/commands/START_SESSION"
    )
    assert command_url("https://cpo.example.com/commands/", "STOP_SESSION") == (
        "https://cpo.example.com/commands/STOP_SESSION"
    )


# -- receiver side: answers and results --------------------------------------------------------


def test_a_2_1_1_answer_has_no_timeout_field_and_refuses_a_message() -> None:
    assert command_response(V211, "ACCEPTED", timeout=30).to_wire() == {"result": "ACCEPTED"}
    text = v211.DisplayText(language="en", text="hello")
    with pytest.raises(CommandUsageError):
        command_response(V211, "ACCEPTED", timeout=30, message=[text])
    with pytest.raises(CommandUsageError):
        command_result(V211, "ACCEPTED", message=[text])


def test_a_2_2_1_answer_carries_timeout_and_message_of_any_versions_display_text() -> None:
    text = v230.DisplayText(language="en", text="queued")
    answer = command_response(V221, "ACCEPTED", timeout=30, message=[text])
    assert answer.to_wire() == {
        "result": "ACCEPTED",
        "timeout": 30,
        "message": [{"language": "en", "text": "queued"}],
    }
    assert answer.message is not None
    assert type(answer.message[0]) is v221.DisplayText


@pytest.mark.parametrize(
    ("version", "value", "allowed_now", "allowed_later"),
    [
        (V211, "TIMEOUT", True, True),  # 2.1.1 has one enum for both, TIMEOUT included
        (V221, "TIMEOUT", False, True),
        (V221, "EVSE_OCCUPIED", False, True),
        (V230, "UNKNOWN_SESSION", True, False),
        (V221, "accepted", False, False),
    ],
)
def test_answer_and_result_values_are_checked_against_the_version(
    version: OcpiVersion, value: str, allowed_now: bool, allowed_later: bool
) -> None:
    for build, allowed in (
        (lambda: command_response(version, value, timeout=1), allowed_now),
        (lambda: command_result(version, value), allowed_later),
    ):
        if allowed:
            build()
        else:
            with pytest.raises(CommandUsageError):
                build()


@pytest.mark.parametrize("timeout", [-1, True, 1.5])
def test_a_timeout_must_be_whole_seconds_zero_or_more(timeout: Any) -> None:
    with pytest.raises(CommandUsageError):
        command_response(V221, "ACCEPTED", timeout=timeout)


@pytest.mark.parametrize("version", VERSIONS)
def test_the_result_post_is_the_bare_object_to_the_requests_url(version: OcpiVersion) -> None:
    request = v221.StopSession(response_url=BASE + "/x1", session_id="S1")
    post = command_result_post(version, request, "REJECTED")
    assert post.method == "POST"
    assert post.url == BASE + "/x1"
    assert orjson.loads(post.body) == {"result": "REJECTED"}  # no data/status_code/timestamp
    assert post.body == post.result.to_json()
    assert command_result_post(version, BASE + "/x2", "REJECTED").url == BASE + "/x2"


# -- receiver side: charging-profile requests and their results --------------------------------


def test_get_active_puts_duration_and_response_url_in_the_query() -> None:
    request = GetActiveProfileRequest(
        session_id="S 1", duration=900, response_url="https://emsp.example.com/r/5678?x=1"
    )
    assert request.method == "GET"
    assert request.content() is None
    url = request.url("https://cpo.example.com/ocpi/2.2.1/chargingprofiles/")
    parts = urlsplit(url)
    assert parts.path == "/ocpi/2.2.1/chargingprofiles/S%201"
    assert parse_qsl(parts.query) == [
        ("duration", "900"),
        ("response_url", "https://emsp.example.com/r/5678?x=1"),
    ]


@pytest.mark.parametrize(
    ("query", "paths"),
    [
        ([("response_url", "https://e.com/r")], {"duration"}),
        ([("duration", "900")], {"response_url"}),
        ([("duration", "-1"), ("response_url", "https://e.com/r")], {"duration"}),
        ([("duration", "\uff11\uff12"), ("response_url", "https://e.com/r")], {"duration"}),
        ([("duration", "9"), ("duration", "9"), ("response_url", "https://e.com/r")], {"duration"}),
        ([("duration", "9"), ("response_url", "https://e.com/" + "r" * 300)], {"response_url"}),
    ],
)
def test_a_get_active_query_missing_or_breaking_a_parameter_is_a_2001(
    query: list[tuple[str, str]], paths: set[str]
) -> None:
    with pytest.raises(InvalidPayload) as caught:
        GetActiveProfileRequest.from_query("SESSION1", query)
    assert caught.value.status_code == 2001
    assert {v.path for v in caught.value.violations} == paths


def test_profile_requests_check_the_session_id() -> None:
    with pytest.raises(InvalidPayload):
        ClearProfileRequest.from_query("S" * 37, {"response_url": "https://e.com/r"})
    with pytest.raises(InvalidPayload):
        SetProfileRequest.read(V221, "", b"{}")
    with pytest.raises(CommandUsageError):
        ClearProfileRequest(session_id="", response_url="https://e.com/r")
    assert ClearProfileRequest.from_query(
        "S1", {"response_url": "https://e.com/r", "other": "kept out"}
    ) == ClearProfileRequest(session_id="S1", response_url="https://e.com/r")


def test_only_an_active_profile_result_carries_a_profile() -> None:
    active = v221.ActiveChargingProfile(
        start_date_time=T0,
        charging_profile=v221.ChargingProfile(charging_rate_unit=v221.ChargingRateUnit.W),
    )
    clear = ClearProfileRequest(session_id="S1", response_url="https://e.com/r")
    with pytest.raises(CommandUsageError):
        profile_result_post(V221, clear, "ACCEPTED", profile=active)
    get = GetActiveProfileRequest(session_id="S1", duration=60, response_url="https://e.com/r")
    post = profile_result_post(V230, get, "ACCEPTED", profile=active)  # another version's twin
    assert type(post.result) is v230.ActiveChargingProfileResult
    assert orjson.loads(post.body)["profile"]["start_date_time"] == "2024-05-01T12:00:00Z"

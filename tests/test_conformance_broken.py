"""Payloads broken in exactly one rule, for every rule site of every message of every version.

``_conformance_support.broken_cases`` walks each official schema and, for every rule it finds
(each required property, each ``maxLength``, ``enum``, ``minimum``, ``maximum``, ``multipleOf``,
``minItems``, ``maxItems``, ``format: date-time``, each typed property, each object closed by
``additionalProperties: false``), builds a payload that breaks that rule and nothing else. Each
test below takes one rule and, per message, checks every site of it:

(a) the reference (``jsonschema`` over the official schema) rejects the payload, and the same
    payload unbroken is accepted (``test_unbroken_payloads_...``): the break is real and single;
(b) ``decode_strict`` rejects it with exactly one violation, at the JSON path of the broken
    property, and answers with the code the version spells for that rule (table below).

Tolerant mode is checked on the same cases: what it forgives (over-long strings, unknown enum
values, unknown properties, date-times without offset) is accepted and reported once at the
right path; everything else is refused with the strict code.
"""

import json
from collections.abc import Callable, Mapping
from typing import Any, Final

import pytest

from ocpkit.ocpp.errors import PayloadValidationError
from ocpkit.ocpp.validation import decode_strict, decode_tolerant
from ocpkit.ocpp.version import OcppVersion
from tests import reference
from tests._conformance_support import (
    MESSAGES,
    BrokenCase,
    Message,
    Rule,
    broken_cases,
    canonical,
    limit_cases,
    message_id,
    schema_valid,
)
from tests.reference import Kind

# The OCPP-J tables (1.6 section 4.2.3, 2.0.1/2.1 part 4 section 4.3), spelt per version.
SPELLING: Final[Mapping[OcppVersion, Mapping[str, str]]] = {
    OcppVersion.V16: {
        "format": "FormationViolation",
        "occurrence": "OccurenceConstraintViolation",  # sic, as 1.6 spells it
        "type": "TypeConstraintViolation",
        "property": "PropertyConstraintViolation",
    },
    OcppVersion.V201: {
        "format": "FormatViolation",
        "occurrence": "OccurrenceConstraintViolation",
        "type": "TypeConstraintViolation",
        "property": "PropertyConstraintViolation",
    },
    OcppVersion.V21: {
        "format": "FormatViolation",
        "occurrence": "OccurrenceConstraintViolation",
        "type": "TypeConstraintViolation",
        "property": "PropertyConstraintViolation",
    },
}

# Schema violation -> error code (DESIGN.md, "Protocol facts that must be exact").
EXPECTED: Final[Mapping[Rule, str]] = {
    Rule.MISSING_REQUIRED: "occurrence",
    Rule.TOO_FEW_ITEMS: "occurrence",
    Rule.TOO_MANY_ITEMS: "occurrence",
    Rule.WRONG_TYPE: "type",
    Rule.NULL_FOR_OPTIONAL: "type",
    Rule.TOO_LONG: "property",
    Rule.BELOW_MINIMUM: "property",
    Rule.ABOVE_MAXIMUM: "property",
    Rule.NOT_MULTIPLE_OF: "property",
    Rule.NOT_IN_ENUM: "property",
    Rule.MALFORMED_DATE_TIME: "property",
    Rule.UNKNOWN_PROPERTY: "format",
    Rule.NOT_AN_OBJECT: "format",
    Rule.NOT_JSON: "format",
}

Select = Callable[[BrokenCase], bool]
SHOWN: Final = 12  # failures listed per test


def _selected(message: Message, rule: Rule, select: Select | None) -> list[BrokenCase]:
    return [
        case
        for case in broken_cases(*message)
        if case.rule is rule and (select is None or select(case))
    ]


def _messages_with(rule: Rule, select: Select | None = None) -> list[Any]:
    """The messages with at least one site of ``rule`` (so that no test runs on nothing)."""
    return [
        pytest.param(*message, id=message_id(message))
        for message in MESSAGES
        if _selected(message, rule, select)
    ]


def _top_level(case: BrokenCase) -> bool:
    return len(case.loc) == 1


def _nested(case: BrokenCase) -> bool:
    return len(case.loc) > 1


def _naive(case: BrokenCase) -> bool:
    return case.variant == "naive"


def _report(failures: list[str], total: int) -> str:
    more = f"\n... and {len(failures) - SHOWN} more" if len(failures) > SHOWN else ""
    return f"{len(failures)} of {total} cases failed:\n" + "\n".join(failures[:SHOWN]) + more


def _strict_problem(version: OcppVersion, action: str, kind: Kind, case: BrokenCase) -> str:
    """What is wrong with how the reference and ``decode_strict`` judge ``case`` ('' if nothing)."""
    if case.rule is Rule.NOT_JSON:
        try:
            reference.load_json(case.text)
        except json.JSONDecodeError:
            pass
        else:
            return "the reference reads it as JSON: the test's break is wrong"
    elif schema_valid(version, action, kind, case.text):
        return "the reference accepts it: the test's break is wrong"
    expected = SPELLING[version][EXPECTED[case.rule]]
    model = reference.model_for(version, action, kind)
    try:
        decode_strict(model, case.text)
    except PayloadValidationError as error:
        code = str(error.code(version))
        found = [(v.path, v.reason, str(v.code(version))) for v in error.violations]
        if code != expected:
            return f"answered {code}, expected {expected}; violations {found}"
        if [path for path, _, _ in found] != [case.path]:
            return f"violations {found}, expected exactly one at {case.path}"
        return ""
    except Exception as error:
        return f"crashed: {error!r}"
    return "accepted"


def _assert_strict_rejects(
    version: OcppVersion, action: str, kind: Kind, rule: Rule, select: Select | None = None
) -> None:
    cases = _selected((version, action, kind), rule, select)
    assert cases
    failures = []
    for case in cases:
        problem = _strict_problem(version, action, kind, case)
        if problem:
            failures.append(f"{case.path} ({case.detail}): {problem}\n    payload: {case.text}")
    assert not failures, _report(failures, len(cases))


# --- the coverage of the walk itself -----------------------------------------------------------

# Rules absent from a version's schemas: 1.6 has no minimum, maximum or maxItems; only 1.6
# has multipleOf (charging limits, 0.1).
ABSENT: Final[Mapping[OcppVersion, frozenset[Rule]]] = {
    OcppVersion.V16: frozenset({Rule.BELOW_MINIMUM, Rule.ABOVE_MAXIMUM, Rule.TOO_MANY_ITEMS}),
    OcppVersion.V201: frozenset({Rule.NOT_MULTIPLE_OF}),
    OcppVersion.V21: frozenset({Rule.NOT_MULTIPLE_OF}),
}


@pytest.mark.parametrize("version", list(OcppVersion), ids=str)
def test_schema_walk_finds_every_rule_the_version_uses(version: OcppVersion) -> None:
    found = {case.rule for m in MESSAGES if m[0] is version for case in broken_cases(*m)}
    assert found == set(Rule) - ABSENT[version]


@pytest.mark.parametrize(("version", "action", "kind"), MESSAGES, ids=map(message_id, MESSAGES))
def test_unbroken_payloads_are_schema_valid_and_accepted(
    version: OcppVersion, action: str, kind: Kind
) -> None:
    """Every broken payload differs from a valid one in the broken value only."""
    model = reference.model_for(version, action, kind)
    unbroken = sorted({case.unbroken for case in broken_cases(version, action, kind)})
    failures = []
    for text in unbroken:
        if not schema_valid(version, action, kind, text):
            failures.append(f"reference rejects {text}")
            continue
        try:
            encoded = decode_strict(model, text).to_json()
        except PayloadValidationError as error:
            failures.append(f"ocpkit rejects {text}: {error}")
            continue
        if canonical(version, action, kind, encoded) != canonical(version, action, kind, text):
            failures.append(f"{text} re-encoded as {encoded!r}")
    assert not failures, _report(failures, len(unbroken))


@pytest.mark.parametrize(
    ("version", "action", "kind"),
    [pytest.param(*m, id=message_id(m)) for m in MESSAGES if limit_cases(*m)],
)
def test_values_exactly_at_their_limits_are_accepted(
    version: OcppVersion, action: str, kind: Kind
) -> None:
    """maxLength (in characters, with two-byte "é"), minimum, maximum, minItems, maxItems and a
    multiple of multipleOf (161 x 0.1 = 16.1) are inclusive limits."""
    model = reference.model_for(version, action, kind)
    cases = limit_cases(version, action, kind)
    failures = []
    for case in cases:
        assert schema_valid(version, action, kind, case.text), case
        try:
            encoded = decode_strict(model, case.text).to_json()
        except PayloadValidationError as error:
            failures.append(f"{case.detail}: rejected: {error}\n    payload: {case.text}")
            continue
        if canonical(version, action, kind, encoded) != canonical(version, action, kind, case.text):
            failures.append(f"{case.detail}: {case.text} re-encoded as {encoded!r}")
    assert not failures, _report(failures, len(cases))


# --- strict mode: one test per rule ------------------------------------------------------------


@pytest.mark.parametrize(("version", "action", "kind"), _messages_with(Rule.MISSING_REQUIRED))
def test_missing_required_property_is_occurrence_violation(
    version: OcppVersion, action: str, kind: Kind
) -> None:
    _assert_strict_rejects(version, action, kind, Rule.MISSING_REQUIRED)


@pytest.mark.parametrize(("version", "action", "kind"), _messages_with(Rule.TOO_FEW_ITEMS))
def test_array_with_fewer_than_min_items_is_occurrence_violation(
    version: OcppVersion, action: str, kind: Kind
) -> None:
    _assert_strict_rejects(version, action, kind, Rule.TOO_FEW_ITEMS)


@pytest.mark.parametrize(("version", "action", "kind"), _messages_with(Rule.TOO_MANY_ITEMS))
def test_array_with_more_than_max_items_is_occurrence_violation(
    version: OcppVersion, action: str, kind: Kind
) -> None:
    _assert_strict_rejects(version, action, kind, Rule.TOO_MANY_ITEMS)


@pytest.mark.parametrize(("version", "action", "kind"), _messages_with(Rule.WRONG_TYPE))
def test_wrong_json_type_is_type_constraint_violation(
    version: OcppVersion, action: str, kind: Kind
) -> None:
    """Number or boolean for a string, string or fraction or boolean for an integer, string for an
    object or array, ..., and ``null`` for a required property."""
    _assert_strict_rejects(version, action, kind, Rule.WRONG_TYPE)


@pytest.mark.parametrize(("version", "action", "kind"), _messages_with(Rule.NULL_FOR_OPTIONAL))
def test_null_for_optional_property_is_type_constraint_violation(
    version: OcppVersion, action: str, kind: Kind
) -> None:
    _assert_strict_rejects(version, action, kind, Rule.NULL_FOR_OPTIONAL)


@pytest.mark.parametrize(("version", "action", "kind"), _messages_with(Rule.TOO_LONG))
def test_string_one_over_max_length_is_property_constraint_violation(
    version: OcppVersion, action: str, kind: Kind
) -> None:
    _assert_strict_rejects(version, action, kind, Rule.TOO_LONG)


@pytest.mark.parametrize(("version", "action", "kind"), _messages_with(Rule.BELOW_MINIMUM))
def test_number_below_minimum_is_property_constraint_violation(
    version: OcppVersion, action: str, kind: Kind
) -> None:
    _assert_strict_rejects(version, action, kind, Rule.BELOW_MINIMUM)


@pytest.mark.parametrize(("version", "action", "kind"), _messages_with(Rule.ABOVE_MAXIMUM))
def test_number_above_maximum_is_property_constraint_violation(
    version: OcppVersion, action: str, kind: Kind
) -> None:
    _assert_strict_rejects(version, action, kind, Rule.ABOVE_MAXIMUM)


@pytest.mark.parametrize(("version", "action", "kind"), _messages_with(Rule.NOT_MULTIPLE_OF))
def test_number_not_multiple_of_step_is_property_constraint_violation(
    version: OcppVersion, action: str, kind: Kind
) -> None:
    _assert_strict_rejects(version, action, kind, Rule.NOT_MULTIPLE_OF)


@pytest.mark.parametrize(("version", "action", "kind"), _messages_with(Rule.NOT_IN_ENUM))
def test_value_not_in_enum_is_property_constraint_violation(
    version: OcppVersion, action: str, kind: Kind
) -> None:
    """A near miss (``AcceptedX``) and a letter-case variant (``aCCEPTED``)."""
    _assert_strict_rejects(version, action, kind, Rule.NOT_IN_ENUM)


@pytest.mark.parametrize(("version", "action", "kind"), _messages_with(Rule.MALFORMED_DATE_TIME))
def test_malformed_date_time_is_property_constraint_violation(
    version: OcppVersion, action: str, kind: Kind
) -> None:
    """No offset, a space for ``T``, date only, month 13, 30 February, hour 24, ``+0100``, prose."""
    _assert_strict_rejects(version, action, kind, Rule.MALFORMED_DATE_TIME)


@pytest.mark.parametrize(
    ("version", "action", "kind"), _messages_with(Rule.UNKNOWN_PROPERTY, _top_level)
)
def test_unknown_top_level_property_is_format_violation(
    version: OcppVersion, action: str, kind: Kind
) -> None:
    _assert_strict_rejects(version, action, kind, Rule.UNKNOWN_PROPERTY, _top_level)


@pytest.mark.parametrize(
    ("version", "action", "kind"), _messages_with(Rule.UNKNOWN_PROPERTY, _nested)
)
def test_unknown_nested_property_is_format_violation(
    version: OcppVersion, action: str, kind: Kind
) -> None:
    """In every nested object the schema closes with ``additionalProperties: false``."""
    _assert_strict_rejects(version, action, kind, Rule.UNKNOWN_PROPERTY, _nested)


@pytest.mark.parametrize(("version", "action", "kind"), _messages_with(Rule.NOT_AN_OBJECT))
def test_payload_not_an_object_is_format_violation(
    version: OcppVersion, action: str, kind: Kind
) -> None:
    _assert_strict_rejects(version, action, kind, Rule.NOT_AN_OBJECT)


@pytest.mark.parametrize(("version", "action", "kind"), _messages_with(Rule.NOT_JSON))
def test_payload_not_json_is_format_violation(
    version: OcppVersion, action: str, kind: Kind
) -> None:
    _assert_strict_rejects(version, action, kind, Rule.NOT_JSON)


# --- tolerant mode on the same cases -----------------------------------------------------------


def _at(wire: Any, loc: tuple[str | int, ...]) -> Any:
    for step in loc:
        wire = wire[step]
    return wire


FORGIVEN_REASON: Final[Mapping[Rule, str]] = {
    Rule.TOO_LONG: "string_too_long",
    Rule.NOT_IN_ENUM: "enum",
    Rule.UNKNOWN_PROPERTY: "extra_forbidden",
    Rule.MALFORMED_DATE_TIME: "string_pattern_mismatch",
}


def _tolerant_problem(version: OcppVersion, action: str, kind: Kind, case: BrokenCase) -> str:
    """What is wrong with how ``decode_tolerant`` forgives ``case`` ('' if nothing)."""
    model = reference.model_for(version, action, kind)
    try:
        decoded = decode_tolerant(model, case.text)
    except PayloadValidationError as error:
        return f"refused: {error}"
    found = [(v.path, v.reason) for v in decoded.forgiven]
    if found != [(case.path, FORGIVEN_REASON[case.rule])]:
        return f"forgiven {found}, expected one {FORGIVEN_REASON[case.rule]} at {case.path}"
    wire = decoded.message.to_wire()
    if case.rule is Rule.UNKNOWN_PROPERTY:
        # dropped: the message is the payload without it
        encoded = decoded.message.to_json()
        if canonical(version, action, kind, encoded) != canonical(
            version, action, kind, case.unbroken
        ):
            return f"kept as {encoded!r}"
        return ""
    sent = _at(reference.load_json(case.text), case.loc)
    kept = _at(wire, case.loc)
    if case.rule is Rule.MALFORMED_DATE_TIME:
        # read as UTC: the same wall-clock time with offset Z
        sent = sent + "Z"
        if kept not in (sent, sent.replace("Z", "+00:00")):
            return f"read as {kept!r}, expected {sent!r}"
        return ""
    if kept != sent:
        return f"kept as {kept!r}, expected {sent!r} untouched"
    return ""


def _assert_tolerant_forgives(
    version: OcppVersion, action: str, kind: Kind, rule: Rule, select: Select | None = None
) -> None:
    cases = _selected((version, action, kind), rule, select)
    assert cases
    failures = []
    for case in cases:
        problem = _tolerant_problem(version, action, kind, case)
        if problem:
            failures.append(f"{case.path} ({case.detail}): {problem}\n    payload: {case.text}")
    assert not failures, _report(failures, len(cases))


@pytest.mark.parametrize(("version", "action", "kind"), _messages_with(Rule.TOO_LONG))
def test_tolerant_mode_accepts_over_long_string_whole_and_reports_it(
    version: OcppVersion, action: str, kind: Kind
) -> None:
    _assert_tolerant_forgives(version, action, kind, Rule.TOO_LONG)


@pytest.mark.parametrize(("version", "action", "kind"), _messages_with(Rule.NOT_IN_ENUM))
def test_tolerant_mode_accepts_unknown_enum_value_as_is_and_reports_it(
    version: OcppVersion, action: str, kind: Kind
) -> None:
    _assert_tolerant_forgives(version, action, kind, Rule.NOT_IN_ENUM)


@pytest.mark.parametrize(("version", "action", "kind"), _messages_with(Rule.UNKNOWN_PROPERTY))
def test_tolerant_mode_drops_unknown_property_top_level_or_nested_and_reports_it(
    version: OcppVersion, action: str, kind: Kind
) -> None:
    _assert_tolerant_forgives(version, action, kind, Rule.UNKNOWN_PROPERTY)


@pytest.mark.parametrize(
    ("version", "action", "kind"), _messages_with(Rule.MALFORMED_DATE_TIME, _naive)
)
def test_tolerant_mode_reads_date_time_without_offset_as_utc_and_reports_it(
    version: OcppVersion, action: str, kind: Kind
) -> None:
    _assert_tolerant_forgives(version, action, kind, Rule.MALFORMED_DATE_TIME, _naive)


def _assert_tolerant_refuses(version: OcppVersion, action: str, kind: Kind, select: Select) -> None:
    model = reference.model_for(version, action, kind)
    cases = [case for case in broken_cases(version, action, kind) if select(case)]
    assert cases
    failures = []
    for case in cases:
        expected = SPELLING[version][EXPECTED[case.rule]]
        try:
            decoded = decode_tolerant(model, case.text)
        except PayloadValidationError as error:
            if str(error.code(version)) != expected:
                failures.append(
                    f"{case.path} ({case.detail}): {error.code(version)}, not {expected}"
                )
            continue
        except Exception as error:
            failures.append(f"{case.path} ({case.detail}): crashed: {error!r}")
            continue
        failures.append(f"{case.path} ({case.detail}): accepted, forgiving {decoded.forgiven}")
    assert not failures, _report(failures, len(cases))


@pytest.mark.parametrize(("version", "action", "kind"), _messages_with(Rule.MISSING_REQUIRED))
def test_tolerant_mode_still_refuses_missing_required_property(
    version: OcppVersion, action: str, kind: Kind
) -> None:
    _assert_tolerant_refuses(version, action, kind, lambda c: c.rule is Rule.MISSING_REQUIRED)


@pytest.mark.parametrize(("version", "action", "kind"), _messages_with(Rule.WRONG_TYPE))
def test_tolerant_mode_still_refuses_wrong_json_type(
    version: OcppVersion, action: str, kind: Kind
) -> None:
    _assert_tolerant_refuses(version, action, kind, lambda c: c.rule is Rule.WRONG_TYPE)


_UNFORGIVABLE: Final = frozenset(
    {
        Rule.TOO_FEW_ITEMS,
        Rule.TOO_MANY_ITEMS,
        Rule.NULL_FOR_OPTIONAL,
        Rule.BELOW_MINIMUM,
        Rule.ABOVE_MAXIMUM,
        Rule.NOT_MULTIPLE_OF,
        Rule.NOT_AN_OBJECT,
        Rule.NOT_JSON,
    }
)


def _other_unforgivable(case: BrokenCase) -> bool:
    if case.rule is Rule.MALFORMED_DATE_TIME:
        return case.variant != "naive"
    return case.rule in _UNFORGIVABLE


@pytest.mark.parametrize(("version", "action", "kind"), MESSAGES, ids=map(message_id, MESSAGES))
def test_tolerant_mode_still_refuses_items_count_range_null_and_bad_date_time(
    version: OcppVersion, action: str, kind: Kind
) -> None:
    """Too few/many items, out of range, not a multiple, null, a date-time that is not one, a
    payload that is not a JSON object: refused with the strict code."""
    _assert_tolerant_refuses(version, action, kind, _other_unforgivable)

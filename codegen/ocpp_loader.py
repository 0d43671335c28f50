"""Read the facts-only OCPP schemas of one version into the IR.

Type names: a ``definitions`` entry keeps its schema name less the ``Type`` suffix
(``ChargingStationType`` -> ``ChargingStation``); an inline object or enum (OCPP 1.6 has no
definitions) takes the name the specification gives that type, from :data:`INLINE_NAMES`, or else
its property name in PascalCase. A name used twice must mean the same structure in every file of
the version (that is how shared types are deduplicated); otherwise the load fails and the table
below must name them apart.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any, Final, Literal

import attrs

from codegen import ir, ocpp_directions
from codegen.naming import enum_member, pascal_case, snake_case, strip_type_suffix
from codegen.ocpp_ir import Action, Message, MessageKind, OcppPackage
from codegen.paths import OCPP_SCHEMAS, SCHEMAS


@attrs.frozen
class VersionLayout:
    """Where a version's schema files live and how its files are named."""

    version: str
    module: str
    folders: tuple[str, ...]
    request_suffix: str  # "" for 1.6 ("Authorize.json"), "Request" for 2.x
    directions: Mapping[str, ocpp_directions.Initiator]


VERSIONS: Final = {
    "1.6": VersionLayout("1.6", "v16", ("1.6", "1.6-security"), "", ocpp_directions.V16),
    "2.0.1": VersionLayout("2.0.1", "v201", ("2.0.1",), "Request", ocpp_directions.V201),
    "2.1": VersionLayout("2.1", "v21", ("2.1",), "Request", ocpp_directions.V21),
}

# OCPP 1.6 writes nested types and enums inline; these are the type names the 1.6 specification
# gives them (less the "Type" suffix, as for 2.x), keyed by the property that holds them or by
# "<owner>.<property>" where the owner is the message or object the property belongs to.
INLINE_NAMES: Final[dict[str, dict[str, str]]] = {
    "1.6": {
        "idTagInfo": "IdTagInfo",
        "meterValue": "MeterValue",
        "transactionData": "MeterValue",
        "sampledValue": "SampledValue",
        "csChargingProfiles": "ChargingProfile",
        "chargingProfile": "ChargingProfile",
        "chargingSchedule": "ChargingSchedule",
        "chargingSchedulePeriod": "ChargingSchedulePeriod",
        "configurationKey": "KeyValue",
        "localAuthorizationList": "AuthorizationData",
        "IdTagInfo.status": "AuthorizationStatus",
        "BootNotificationResponse.status": "RegistrationStatus",
        "CancelReservationResponse.status": "CancelReservationStatus",
        "ChangeAvailabilityRequest.type": "AvailabilityType",
        "ChangeAvailabilityResponse.status": "AvailabilityStatus",
        "ChangeConfigurationResponse.status": "ConfigurationStatus",
        "ClearCacheResponse.status": "ClearCacheStatus",
        "ClearChargingProfileRequest.chargingProfilePurpose": "ChargingProfilePurpose",
        "ClearChargingProfileResponse.status": "ClearChargingProfileStatus",
        "DataTransferResponse.status": "DataTransferStatus",
        "DiagnosticsStatusNotificationRequest.status": "DiagnosticsStatus",
        "FirmwareStatusNotificationRequest.status": "FirmwareStatus",
        "GetCompositeScheduleRequest.chargingRateUnit": "ChargingRateUnit",
        "GetCompositeScheduleResponse.status": "GetCompositeScheduleStatus",
        "ChargingSchedule.chargingRateUnit": "ChargingRateUnit",
        "SampledValue.context": "ReadingContext",
        "SampledValue.format": "ValueFormat",
        "SampledValue.measurand": "Measurand",
        "SampledValue.phase": "Phase",
        "SampledValue.location": "Location",
        "SampledValue.unit": "UnitOfMeasure",
        "ChargingProfile.chargingProfilePurpose": "ChargingProfilePurpose",
        "ChargingProfile.chargingProfileKind": "ChargingProfileKind",
        "ChargingProfile.recurrencyKind": "RecurrencyKind",
        "RemoteStartTransactionResponse.status": "RemoteStartStopStatus",
        "RemoteStopTransactionResponse.status": "RemoteStartStopStatus",
        "ReserveNowResponse.status": "ReservationStatus",
        "ResetRequest.type": "ResetType",
        "ResetResponse.status": "ResetStatus",
        "SendLocalListRequest.updateType": "UpdateType",
        "SendLocalListResponse.status": "UpdateStatus",
        "SetChargingProfileResponse.status": "ChargingProfileStatus",
        "StatusNotificationRequest.errorCode": "ChargePointErrorCode",
        "StatusNotificationRequest.status": "ChargePointStatus",
        "StopTransactionRequest.reason": "Reason",
        "TriggerMessageRequest.requestedMessage": "MessageTrigger",
        "TriggerMessageResponse.status": "TriggerMessageStatus",
        "UnlockConnectorResponse.status": "UnlockStatus",
    },
    "2.0.1": {},
    "2.1": {},
}


class SchemaError(Exception):
    """The schemas cannot be turned into the IR as they are (a name conflict, an unknown form)."""


@attrs.define
class _Collector:
    version: str
    definitions: dict[str, Any] = attrs.field(factory=dict)
    enums: dict[str, ir.Enum] = attrs.field(factory=dict)
    models: dict[str, ir.Model] = attrs.field(factory=dict)
    origin: dict[str, str] = attrs.field(factory=dict)

    def add_enum(self, enum: ir.Enum, where: str) -> ir.EnumRef:
        self._check_name(enum.name, where)
        known = self.enums.get(enum.name)
        if known is None:
            members = [enum_member(v) for v in enum.values]
            if len(set(members)) != len(members):
                raise SchemaError(f"{where}: enum {enum.name} has colliding member names {members}")
            self.enums[enum.name] = enum
            self.origin[enum.name] = where
        elif known != enum:
            raise SchemaError(
                f"{where}: enum {enum.name} differs from the one in {self.origin[enum.name]}:"
                f" {known.values} vs {enum.values}"
            )
        return ir.EnumRef(enum.name)

    def add_model(self, model: ir.Model, where: str) -> ir.ModelRef:
        self._check_name(model.name, where)
        known = self.models.get(model.name)
        if known is None:
            self.models[model.name] = model
            self.origin[model.name] = where
        elif known != model:
            raise SchemaError(
                f"{where}: type {model.name} differs from the one in {self.origin[model.name]}"
            )
        return ir.ModelRef(model.name)

    def _check_name(self, name: str, where: str) -> None:
        if name in self.enums and name in self.models:
            raise SchemaError(f"{where}: {name} names both an enum and an object")


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _original_sums() -> dict[str, str]:
    sums: dict[str, str] = {}
    for line in (SCHEMAS / "SHA256SUMS").read_text(encoding="utf-8").splitlines():
        digest, _, name = line.partition("  ")
        sums[name] = digest
    return sums


def load(version: str) -> OcppPackage:
    """Load every message of ``version`` ("1.6", "2.0.1" or "2.1") into an :class:`OcppPackage`."""
    layout = VERSIONS[version]
    sums = _original_sums()
    collector = _Collector(version)
    messages: list[tuple[ir.Model, Message]] = []
    actions: dict[str, dict[str, str]] = {}
    digest = hashlib.sha256()
    for folder in layout.folders:
        for path in sorted((OCPP_SCHEMAS / folder).glob("*.json")):
            rel = f"ocpp/{folder}/{path.name}"
            original = sums[rel]
            digest.update(f"{original}  {rel}\n".encode())
            action, kind = _classify(path.stem, layout)
            schema = json.loads(path.read_text(encoding="utf-8"))
            class_name = action if kind == "send" else f"{action}{kind.capitalize()}"
            collector.definitions = schema.get("definitions", {})
            fields = _fields(schema, collector, message=class_name, where=rel)
            extra = _extra(schema)
            model = ir.Model(
                class_name,
                fields,
                extra,
                schema_name=schema.get("title") or path.stem,
                source=f"{folder}/{path.name}",
                source_sha256=original,
            )
            messages.append((model, Message(class_name, kind, action)))
            actions.setdefault(action, {})[kind] = class_name
    messages.sort(key=lambda pair: (pair[1].action, pair[1].kind != "response"))
    package = ir.Package(
        protocol="ocpp",
        version=version,
        module=layout.module,
        enums=tuple(sorted(collector.enums.values(), key=lambda e: e.name)),
        models=tuple(sorted(collector.models.values(), key=lambda m: m.name))
        + tuple(model for model, _ in messages),
        source_digest=digest.hexdigest(),
    )
    return OcppPackage(
        package, tuple(message for _, message in messages), tuple(_actions(actions, layout))
    )


def _extra(schema: Mapping[str, Any]) -> Literal["forbid", "allow"]:
    return "forbid" if schema.get("additionalProperties") is False else "allow"


def _classify(stem: str, layout: VersionLayout) -> tuple[str, MessageKind]:
    if stem.endswith("Response"):
        return stem[: -len("Response")], "response"
    if layout.request_suffix and stem.endswith(layout.request_suffix):
        return stem[: -len(layout.request_suffix)], "request"
    if layout.request_suffix:
        return stem, "send"
    return stem, "request"


def _actions(found: dict[str, dict[str, str]], layout: VersionLayout) -> list[Action]:
    missing = set(found) ^ set(layout.directions)
    if missing:
        raise SchemaError(f"{layout.version}: direction table and schemas disagree on {missing}")
    actions = []
    for name in sorted(found):
        kinds = found[name]
        if "send" in kinds:
            actions.append(Action(name, kinds["send"], None, layout.directions[name]))
        else:
            actions.append(
                Action(name, kinds["request"], kinds["response"], layout.directions[name])
            )
    return actions


def _fields(
    schema: Mapping[str, Any], collector: _Collector, *, message: str, where: str
) -> tuple[ir.Field, ...]:
    required = set(schema.get("required", ()))
    fields = []
    names: set[str] = set()
    for wire_name, prop in schema.get("properties", {}).items():
        name = snake_case(wire_name)
        if name in names:
            raise SchemaError(f"{where}: two properties become the Python name {name}")
        names.add(name)
        type_ = _type(prop, collector, prop_name=wire_name, message=message, where=where)
        fields.append(
            ir.Field(name, wire_name, type_, "required" if wire_name in required else "omittable")
        )
    unknown = required - set(schema.get("properties", {}))
    if unknown:
        raise SchemaError(f"{where}: required but not defined: {sorted(unknown)}")
    return tuple(fields)


def _type(
    prop: Mapping[str, Any], collector: _Collector, *, prop_name: str, message: str, where: str
) -> ir.TypeExpr:
    if "$ref" in prop:
        return _ref(prop["$ref"], collector, where)
    kind = prop.get("type")
    if kind is None:
        return ir.AnyJsonType()
    if kind == "string":
        if "enum" in prop:
            name = _inline_name(collector.version, message, prop_name)
            return collector.add_enum(ir.Enum(name, tuple(prop["enum"])), where)
        if prop.get("format") == "date-time":
            return ir.DateTimeType()
        return ir.StringType(prop.get("maxLength"))
    if kind == "integer":
        return ir.IntegerType(prop.get("minimum"), prop.get("maximum"))
    if kind == "number":
        return ir.NumberType(prop.get("minimum"), prop.get("maximum"), prop.get("multipleOf"))
    if kind == "boolean":
        return ir.BooleanType()
    if kind == "array":
        items = _type(prop["items"], collector, prop_name=prop_name, message=message, where=where)
        return ir.ArrayType(items, prop.get("minItems"), prop.get("maxItems"))
    if kind == "object":
        name = _inline_name(collector.version, message, prop_name)
        return _object(name, prop, collector, where)
    raise SchemaError(f"{where}: property {prop_name} has unsupported type {kind!r}")


def _inline_name(version: str, message: str, prop_name: str) -> str:
    names = INLINE_NAMES[version]
    return names.get(f"{message}.{prop_name}") or names.get(prop_name) or pascal_case(prop_name)


def _object(
    name: str,
    schema: Mapping[str, Any],
    collector: _Collector,
    where: str,
    schema_name: str | None = None,
) -> ir.ModelRef:
    fields = _fields(schema, collector, message=name, where=where)
    extra = _extra(schema)
    return collector.add_model(ir.Model(name, fields, extra, schema_name=schema_name), where)


def _ref(ref: str, collector: _Collector, where: str) -> ir.TypeExpr:
    prefix = "#/definitions/"
    if not ref.startswith(prefix):
        raise SchemaError(f"{where}: unsupported $ref {ref}")
    definition_name = ref[len(prefix) :]
    definition = collector.definitions[definition_name]
    name = strip_type_suffix(definition_name)
    if definition.get("type") == "string" and "enum" in definition:
        enum = ir.Enum(name, tuple(definition["enum"]), definition_name)
        return collector.add_enum(enum, where)
    if definition.get("type") == "object":
        return _object(name, definition, collector, where, definition_name)
    raise SchemaError(f"{where}: definition {definition_name} is neither an enum nor an object")

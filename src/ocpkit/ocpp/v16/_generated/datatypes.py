"""Object types shared by the messages of OCPP 1.6, generated from the official JSON schemas.

Do not edit: written by ``python -m codegen generate`` from ``schemas/ocpp/1.6*/``
(combined sha256 of the original files: ``b9cdc26b37fa103c31dbd252ad66c9e3c8b5af4ed3a1611edf4d035a92ae5486``).
"""

from typing import Annotated

from pydantic import Field

from ocpkit._base import DateTime, DecimalStep, OcppModel, Omittable

from .enums import (
    AuthorizationStatus,
    ChargingProfileKind,
    ChargingProfilePurpose,
    ChargingRateUnit,
    HashAlgorithmEnum,
    Location,
    Measurand,
    Phase,
    ReadingContext,
    RecurrencyKind,
    UnitOfMeasure,
    ValueFormat,
)

__all__ = [
    "IdTagInfo",
    "AuthorizationData",
    "CertificateHashData",
    "ChargingSchedulePeriod",
    "ChargingSchedule",
    "ChargingProfile",
    "Firmware",
    "KeyValue",
    "LogParameters",
    "SampledValue",
    "MeterValue",
]


class IdTagInfo(OcppModel):
    """OCPP 1.6 object (inline in the schemas)."""

    expiry_date: Omittable[DateTime] = Field(
        default=None, validation_alias="expiryDate", serialization_alias="expiryDate"
    )
    parent_id_tag: Omittable[str] = Field(
        default=None,
        validation_alias="parentIdTag",
        serialization_alias="parentIdTag",
        max_length=20,
    )
    status: AuthorizationStatus


class AuthorizationData(OcppModel):
    """OCPP 1.6 object (inline in the schemas)."""

    id_tag: str = Field(validation_alias="idTag", serialization_alias="idTag", max_length=20)
    id_tag_info: Omittable[IdTagInfo] = Field(
        default=None, validation_alias="idTagInfo", serialization_alias="idTagInfo"
    )


class CertificateHashData(OcppModel):
    """OCPP 1.6 object ``CertificateHashDataType``."""

    hash_algorithm: HashAlgorithmEnum = Field(
        validation_alias="hashAlgorithm", serialization_alias="hashAlgorithm"
    )
    issuer_name_hash: str = Field(
        validation_alias="issuerNameHash", serialization_alias="issuerNameHash", max_length=128
    )
    issuer_key_hash: str = Field(
        validation_alias="issuerKeyHash", serialization_alias="issuerKeyHash", max_length=128
    )
    serial_number: str = Field(
        validation_alias="serialNumber", serialization_alias="serialNumber", max_length=40
    )


class ChargingSchedulePeriod(OcppModel):
    """OCPP 1.6 object (inline in the schemas)."""

    start_period: int = Field(validation_alias="startPeriod", serialization_alias="startPeriod")
    limit: Annotated[float, DecimalStep("0.1")]
    number_phases: Omittable[int] = Field(
        default=None, validation_alias="numberPhases", serialization_alias="numberPhases"
    )


class ChargingSchedule(OcppModel):
    """OCPP 1.6 object (inline in the schemas)."""

    duration: Omittable[int] = None
    start_schedule: Omittable[DateTime] = Field(
        default=None, validation_alias="startSchedule", serialization_alias="startSchedule"
    )
    charging_rate_unit: ChargingRateUnit = Field(
        validation_alias="chargingRateUnit", serialization_alias="chargingRateUnit"
    )
    charging_schedule_period: list[ChargingSchedulePeriod] = Field(
        validation_alias="chargingSchedulePeriod", serialization_alias="chargingSchedulePeriod"
    )
    min_charging_rate: Omittable[Annotated[float, DecimalStep("0.1")]] = Field(
        default=None, validation_alias="minChargingRate", serialization_alias="minChargingRate"
    )


class ChargingProfile(OcppModel):
    """OCPP 1.6 object (inline in the schemas)."""

    charging_profile_id: int = Field(
        validation_alias="chargingProfileId", serialization_alias="chargingProfileId"
    )
    transaction_id: Omittable[int] = Field(
        default=None, validation_alias="transactionId", serialization_alias="transactionId"
    )
    stack_level: int = Field(validation_alias="stackLevel", serialization_alias="stackLevel")
    charging_profile_purpose: ChargingProfilePurpose = Field(
        validation_alias="chargingProfilePurpose", serialization_alias="chargingProfilePurpose"
    )
    charging_profile_kind: ChargingProfileKind = Field(
        validation_alias="chargingProfileKind", serialization_alias="chargingProfileKind"
    )
    recurrency_kind: Omittable[RecurrencyKind] = Field(
        default=None, validation_alias="recurrencyKind", serialization_alias="recurrencyKind"
    )
    valid_from: Omittable[DateTime] = Field(
        default=None, validation_alias="validFrom", serialization_alias="validFrom"
    )
    valid_to: Omittable[DateTime] = Field(
        default=None, validation_alias="validTo", serialization_alias="validTo"
    )
    charging_schedule: ChargingSchedule = Field(
        validation_alias="chargingSchedule", serialization_alias="chargingSchedule"
    )


class Firmware(OcppModel):
    """OCPP 1.6 object ``FirmwareType``."""

    location: str = Field(max_length=512)
    retrieve_date_time: DateTime = Field(
        validation_alias="retrieveDateTime", serialization_alias="retrieveDateTime"
    )
    install_date_time: Omittable[DateTime] = Field(
        default=None, validation_alias="installDateTime", serialization_alias="installDateTime"
    )
    signing_certificate: str = Field(
        validation_alias="signingCertificate",
        serialization_alias="signingCertificate",
        max_length=5500,
    )
    signature: str = Field(max_length=800)


class KeyValue(OcppModel):
    """OCPP 1.6 object (inline in the schemas)."""

    key: str = Field(max_length=50)
    readonly: bool
    value: Omittable[str] = Field(default=None, max_length=500)


class LogParameters(OcppModel):
    """OCPP 1.6 object ``LogParametersType``."""

    remote_location: str = Field(
        validation_alias="remoteLocation", serialization_alias="remoteLocation", max_length=512
    )
    oldest_timestamp: Omittable[DateTime] = Field(
        default=None, validation_alias="oldestTimestamp", serialization_alias="oldestTimestamp"
    )
    latest_timestamp: Omittable[DateTime] = Field(
        default=None, validation_alias="latestTimestamp", serialization_alias="latestTimestamp"
    )


class SampledValue(OcppModel):
    """OCPP 1.6 object (inline in the schemas)."""

    value: str
    context: Omittable[ReadingContext] = None
    format: Omittable[ValueFormat] = None
    measurand: Omittable[Measurand] = None
    phase: Omittable[Phase] = None
    location: Omittable[Location] = None
    unit: Omittable[UnitOfMeasure] = None


class MeterValue(OcppModel):
    """OCPP 1.6 object (inline in the schemas)."""

    timestamp: DateTime
    sampled_value: list[SampledValue] = Field(
        validation_alias="sampledValue", serialization_alias="sampledValue"
    )

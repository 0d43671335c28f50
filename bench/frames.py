"""The OCPP-J CALL frames the codec benchmark decodes and encodes, as a station sends them.

Both are periodic meter readings of a 3-phase AC session at 16 A (about 11 kW), the message a CSMS
receives most often. Run ``python bench/frames.py`` from the repository root (test extras
installed) to check both payloads against the official schema with ``tests/reference.py``.
"""

from typing import Final, NamedTuple

__all__ = ["FRAMES", "METER_VALUES_16", "TRANSACTION_EVENT_201", "Frame"]


class Frame(NamedTuple):
    """One benchmark frame: its OCPP version, action and wire text."""

    name: str
    version: str  # "1.6" or "2.0.1", as PyPI ``ocpp`` spells it
    action: str
    text: str


TRANSACTION_EVENT_201: Final = Frame(
    name="2.0.1 TransactionEvent",
    version="2.0.1",
    action="TransactionEvent",
    text=(
        '[2,"8f3c2a9e-5b1d-4c7e-9a60-2d4e8b1f7c35","TransactionEvent",'
        '{"eventType":"Updated","timestamp":"2024-05-14T09:21:07.512Z",'
        '"triggerReason":"MeterValuePeriodic","seqNo":17,'
        '"transactionInfo":{"transactionId":"f3a1c2d4-5e6f-4a7b-8c9d-0e1f2a3b4c5d",'
        '"chargingState":"Charging"},'
        '"evse":{"id":1,"connectorId":1},'
        '"idToken":{"idToken":"04A2B3C4D5E680","type":"ISO14443"},'
        '"meterValue":[{"timestamp":"2024-05-14T09:21:07Z","sampledValue":['
        '{"value":7.25,"context":"Sample.Periodic","measurand":"Energy.Active.Import.Register",'
        '"location":"Outlet","unitOfMeasure":{"unit":"kWh","multiplier":0}},'
        '{"value":11040,"context":"Sample.Periodic","measurand":"Power.Active.Import",'
        '"unitOfMeasure":{"unit":"W"}},'
        '{"value":16.1,"context":"Sample.Periodic","measurand":"Current.Import","phase":"L1",'
        '"unitOfMeasure":{"unit":"A"}},'
        '{"value":16.05,"context":"Sample.Periodic","measurand":"Current.Import","phase":"L2",'
        '"unitOfMeasure":{"unit":"A"}},'
        '{"value":15.9,"context":"Sample.Periodic","measurand":"Current.Import","phase":"L3",'
        '"unitOfMeasure":{"unit":"A"}},'
        '{"value":230.4,"context":"Sample.Periodic","measurand":"Voltage","phase":"L1-N",'
        '"unitOfMeasure":{"unit":"V"}},'
        '{"value":54,"context":"Sample.Periodic","measurand":"SoC","location":"EV",'
        '"unitOfMeasure":{"unit":"Percent"}}'
        "]}]}]"
    ),
)

METER_VALUES_16: Final = Frame(
    name="1.6 MeterValues",
    version="1.6",
    action="MeterValues",
    text=(
        '[2,"2f6d0b7a-91c4-4e38-b5a2-7c0e3d9f1a64","MeterValues",'
        '{"connectorId":1,"transactionId":4711,"meterValue":['
        '{"timestamp":"2024-05-14T09:21:07Z","sampledValue":['
        '{"value":"7250.4","context":"Sample.Periodic","format":"Raw",'
        '"measurand":"Energy.Active.Import.Register","location":"Outlet","unit":"Wh"},'
        '{"value":"11040","context":"Sample.Periodic","format":"Raw",'
        '"measurand":"Power.Active.Import","location":"Outlet","unit":"W"},'
        '{"value":"16.1","context":"Sample.Periodic","format":"Raw",'
        '"measurand":"Current.Import","phase":"L1","location":"Outlet","unit":"A"},'
        '{"value":"16.05","context":"Sample.Periodic","format":"Raw",'
        '"measurand":"Current.Import","phase":"L2","location":"Outlet","unit":"A"},'
        '{"value":"15.9","context":"Sample.Periodic","format":"Raw",'
        '"measurand":"Current.Import","phase":"L3","location":"Outlet","unit":"A"},'
        '{"value":"230.4","context":"Sample.Periodic","format":"Raw",'
        '"measurand":"Voltage","phase":"L1-N","location":"Outlet","unit":"V"}'
        "]}]}]"
    ),
)

FRAMES: Final = (TRANSACTION_EVENT_201, METER_VALUES_16)


def check_against_reference() -> list[str]:
    """Check each frame's payload with the official schema; return one line per frame.

    Needs the repository root on ``sys.path`` and the test extras (``jsonschema``,
    ``rfc3339-validator``) installed. Raises ``AssertionError`` if a payload is invalid.
    """
    from ocpkit.ocpp.version import OcppVersion
    from tests import reference

    versions = {"1.6": OcppVersion.V16, "2.0.1": OcppVersion.V201}
    lines = []
    for frame in FRAMES:
        payload = reference.load_json(frame.text)[3]  # numbers with a fraction as Decimal
        valid = reference.is_valid(versions[frame.version], frame.action, "request", payload)
        if not valid:
            raise AssertionError(f"{frame.name}: payload is not valid per the official schema")
        lines.append(f"{frame.name}: valid per the official schema")
    return lines


if __name__ == "__main__":
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    for line in check_against_reference():
        print(line)

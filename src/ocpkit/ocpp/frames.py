"""OCPP-J RPC frames: the JSON arrays that carry every OCPP message over a WebSocket.

==========  ========================================  =========================  ===========
type id     frame                                     class                      versions
==========  ========================================  =========================  ===========
2           ``[2, id, action, payload]``              :class:`Call`              all
3           ``[3, id, payload]``                      :class:`CallResult`        all
4           ``[4, id, code, description, details]``   :class:`CallError`         all
5           ``[5, id, code, description, details]``   :class:`CallResultError`   2.1
6           ``[6, id, action, payload]``              :class:`Send`              2.1
==========  ========================================  =========================  ===========

:func:`parse_frame` reads one frame for a version and raises :class:`FrameError` -- and nothing
else -- for any input that is not a well-formed frame of that version. The error carries the
reply the version prescribes (:meth:`FrameError.reply`):

=============================================  ====================  ==================  =========
what is wrong                                  2.0.1 / 2.1 code      1.6 code            answered
=============================================  ====================  ==================  =========
not JSON, not an array, message type id not    RpcFrameworkError     ProtocolError       yes [1]_
an integer, message id not a string of at
most 36 characters, CALL action not a string
unknown message type number                    MessageTypeNot-       --                  2.0.1 only
                                               Supported (2.0.1)
wrong number of elements; payload, error       FormatViolation       FormationViolation  see [2]_
details not a JSON object; error code or
description not a string; description longer
than 255 characters (2.x)
=============================================  ====================  ==================  =========

.. [1] with ``"-1"`` as the message id when the id cannot be read (2.x rule; ocpkit applies it to
   1.6 too). A SEND is never answered, however broken.
.. [2] only a CALL is answered with a CALLERROR; on 2.1 a broken CALLRESULT is answered with a
   CALLRESULTERROR; broken CALLERROR, CALLRESULTERROR and SEND frames are never answered.

OCPP 1.6 has no ``RpcFrameworkError``. Its ``FormationViolation`` is defined on an action's
payload ("syntactically incorrect or not conform the PDU structure for Action"), while a frame
whose envelope cannot be read has no action yet, so ocpkit answers envelope breakage with the
generic ``ProtocolError`` and keeps ``FormationViolation`` for a badly shaped payload -- the same
split 2.x makes between ``RpcFrameworkError`` and ``FormatViolation``.

Neither the exception text nor a reply ever quotes the offending input: they name the element
that is wrong and what was expected.

Frames are read with orjson, and what orjson refuses only for the size of a number (an integer
of 400 digits, ``1e400``) with pydantic's own JSON reader (``pydantic_core.from_json``), the one
that reads the payloads into the models: a frame is JSON exactly when one of the two reads it.
What neither reads is "not JSON": nesting deeper than 1,024 levels, integers of more than 4,300
digits (Python's limit), ``NaN`` and ``Infinity``. A float literal beyond a double's range
(``1e400``) is JSON, which the payload's schema then refuses (see :mod:`ocpkit.ocpp.errors` for
the number policy). orjson reads integers past 64 bits as floats, so such a message type id is
"not an integer", and the payload dicts of :func:`parse_frame`'s frames hold them as floats;
error details are read again exactly when they are not empty, and :func:`read_frame` hands a
payload on as the text received, so no number changes on the way to its model.

:func:`read_frame` is what a receiver uses: it reads a plainly written CALL, CALLRESULT or SEND
by its head alone and hands the payload on as text (an :class:`Envelope`), so that the payload's
model parses it once; anything else goes through :func:`parse_frame`. The envelope diagnoses its
frame in full only when asked (:meth:`Envelope.diagnose`), which a receiver does when it is about
to refuse the frame: the verdict is then the same as if :func:`parse_frame` had read it first.
"""

import json
import re
from enum import IntEnum, StrEnum
from typing import Any, ClassVar, Final, NamedTuple, TypeAlias

import attrs
import orjson
from pydantic_core import from_json

from ocpkit._json_value import JsonObject
from ocpkit.ocpp.errors import (
    ErrorKind,
    OcppError,
    error_code,
    parse_error_code,
    wire_details,
)
from ocpkit.ocpp.version import OcppVersion

__all__ = [
    "MAX_DESCRIPTION_LENGTH",
    "MAX_MESSAGE_ID_LENGTH",
    "UNKNOWN_MESSAGE_ID",
    "Call",
    "CallError",
    "CallResult",
    "CallResultError",
    "Envelope",
    "Frame",
    "FrameError",
    "FrameProblem",
    "MessageType",
    "PayloadSlice",
    "Send",
    "call_error_for",
    "encode_call",
    "encode_result",
    "encode_send",
    "message_types",
    "parse_frame",
    "read_frame",
    "read_head",
    "result_error_for",
    "serialize",
    "split_frame",
]

MAX_MESSAGE_ID_LENGTH: Final = 36
"""The longest message id OCPP-J allows (all versions)."""

MAX_DESCRIPTION_LENGTH: Final = 255
"""The longest CALLERROR description OCPP-J 2.x allows (1.6 sets no limit)."""

UNKNOWN_MESSAGE_ID: Final = "-1"
"""The message id of a reply to a frame whose own id cannot be read."""


class MessageType(IntEnum):
    """The message type ids of OCPP-J (the first element of every frame)."""

    CALL = 2
    CALLRESULT = 3
    CALLERROR = 4
    CALLRESULTERROR = 5
    SEND = 6


_TYPES: Final[dict[OcppVersion, frozenset[int]]] = {
    OcppVersion.V16: frozenset({2, 3, 4}),
    OcppVersion.V201: frozenset({2, 3, 4}),
    OcppVersion.V21: frozenset({2, 3, 4, 5, 6}),
}


def message_types(version: OcppVersion) -> frozenset[int]:
    """The message type ids ``version`` defines."""
    return _TYPES[version]


def _check_id(_instance: object, _attribute: object, value: Any) -> None:
    if type(value) is not str or len(value) > MAX_MESSAGE_ID_LENGTH:
        raise ValueError(f"message id must be a str of at most {MAX_MESSAGE_ID_LENGTH} characters")


def _check_object(_instance: object, attribute: "attrs.Attribute[Any]", value: Any) -> None:
    if type(value) is not dict:
        raise TypeError(f"{attribute.name} must be a dict (a JSON object)")


def _check_str(_instance: object, attribute: "attrs.Attribute[Any]", value: Any) -> None:
    if type(value) is not str:
        raise TypeError(f"{attribute.name} must be a str")


@attrs.frozen(slots=True)
class Call:
    """A request that expects an answer: ``[2, message_id, action, payload]``."""

    message_type_id: ClassVar[MessageType] = MessageType.CALL

    message_id: str = attrs.field(validator=_check_id)
    action: str = attrs.field(validator=_check_str)
    payload: JsonObject = attrs.field(validator=_check_object)


@attrs.frozen(slots=True)
class CallResult:
    """The answer to a :class:`Call`: ``[3, message_id, payload]``."""

    message_type_id: ClassVar[MessageType] = MessageType.CALLRESULT

    message_id: str = attrs.field(validator=_check_id)
    payload: JsonObject = attrs.field(validator=_check_object)


@attrs.frozen(slots=True, kw_only=True)
class _ErrorFrame:
    """The fields CALLERROR and CALLRESULTERROR share: ``[type, id, code, description, details]``.

    ``error_code`` is kept as received (any spelling, even a code no version defines); read it
    with :attr:`kind`.
    """

    message_id: str = attrs.field(validator=_check_id)
    error_code: str = attrs.field(validator=_check_str)
    error_description: str = attrs.field(default="", validator=_check_str)
    error_details: JsonObject = attrs.field(factory=dict, validator=_check_object)

    @property
    def kind(self) -> ErrorKind | None:
        """The error code read in either version's spelling; ``None`` if it is no OCPP code."""
        return parse_error_code(self.error_code)


@attrs.frozen(slots=True, kw_only=True)
class CallError(_ErrorFrame):
    """A :class:`Call` that failed: ``[4, message_id, error_code, error_description, details]``."""

    message_type_id: ClassVar[MessageType] = MessageType.CALLERROR


@attrs.frozen(slots=True, kw_only=True)
class CallResultError(_ErrorFrame):
    """OCPP 2.1: a :class:`CallResult` the receiver could not accept: ``[5, id, code, ...]``."""

    message_type_id: ClassVar[MessageType] = MessageType.CALLRESULTERROR


@attrs.frozen(slots=True)
class Send:
    """OCPP 2.1: a message that is never answered: ``[6, message_id, action, payload]``."""

    message_type_id: ClassVar[MessageType] = MessageType.SEND

    message_id: str = attrs.field(validator=_check_id)
    action: str = attrs.field(validator=_check_str)
    payload: JsonObject = attrs.field(validator=_check_object)


Frame: TypeAlias = Call | CallResult | CallError | CallResultError | Send
"""Any OCPP-J frame."""


class FrameProblem(StrEnum):
    """Which rule of the frame format an input broke (the ``problem`` of a :class:`FrameError`)."""

    NOT_JSON = "not_json"
    NOT_ARRAY = "not_array"
    BAD_MESSAGE_TYPE = "bad_message_type"
    UNKNOWN_MESSAGE_TYPE = "unknown_message_type"
    BAD_MESSAGE_ID = "bad_message_id"
    BAD_LENGTH = "bad_length"
    BAD_ACTION = "bad_action"
    BAD_PAYLOAD = "bad_payload"
    BAD_ERROR_CODE = "bad_error_code"
    BAD_ERROR_DESCRIPTION = "bad_error_description"
    BAD_ERROR_DETAILS = "bad_error_details"


class FrameError(OcppError):
    """An input that is not a well-formed frame of the version, and what to answer to it.

    Attributes:

    * ``kind`` -- the error to answer with (spelt for the version by :meth:`code`; for a
      message type the version ignores it is ``GenericError`` and never sent);
    * ``message_id`` -- the id to answer to: the frame's own id, or ``"-1"`` when it cannot be
      read (``id_read`` tells the two apart);
    * ``reply_due`` -- whether the version's rules say to answer at all (:meth:`reply` builds the
      answer);
    * ``problem`` -- which rule broke (:class:`FrameProblem`); ``index`` -- the position in the
      frame array of the element at fault (``None``: the frame as a whole);
    * ``message_type_id`` and ``action`` -- as far as they could be read, else ``None``.
    """

    def __init__(
        self,
        description: str,
        *,
        version: OcppVersion,
        kind: ErrorKind,
        problem: FrameProblem,
        message_id: str | None = None,
        message_type_id: int | None = None,
        action: str | None = None,
        index: int | None = None,
        reply_as: MessageType | None = MessageType.CALLERROR,
    ) -> None:
        super().__init__(description, kind=kind)
        self.version = version
        self.problem = problem
        self.id_read: bool = message_id is not None
        self.message_id: str = UNKNOWN_MESSAGE_ID if message_id is None else message_id
        self.message_type_id = message_type_id
        self.action = action
        self.index = index
        self._reply_as = reply_as

    @property
    def reply_due(self) -> bool:
        """Whether the receiver must answer this frame (with :meth:`reply`)."""
        return self._reply_as is not None

    def reply(self) -> CallError | CallResultError | None:
        """The frame to answer with (CALLERROR, or CALLRESULTERROR on 2.1), or ``None``."""
        if self._reply_as is None:
            return None
        if self._reply_as is MessageType.CALLRESULTERROR:
            return result_error_for(self, self.message_id, self.version)
        return call_error_for(self, self.message_id, self.version)


def _error_fields(error: OcppError, version: OcppVersion) -> tuple[str, str, JsonObject]:
    """Code, description and details of the error frame that reports ``error`` -- the one place
    they are built, so every reply and every trace of it says the same."""
    try:
        code = str(error.code(version))
    except ValueError:  # a 2.x-only kind on 1.6
        code = str(error_code(ErrorKind.GENERIC, version))
    # The details are in wire form already (OcppError keeps them so); applied again in case they
    # were changed in place since.
    return code, error.description[:MAX_DESCRIPTION_LENGTH], wire_details(error.details)


def call_error_for(error: OcppError, message_id: str, version: OcppVersion) -> CallError:
    """The CALLERROR that answers the CALL ``message_id`` failing with ``error``.

    The code is spelt for ``version`` (a 2.x-only kind becomes ``GenericError`` on 1.6); the
    description is cut to 255 characters; the details are ``error.details``, which are in the
    form they go out in (:func:`~ocpkit.ocpp.errors.wire_details`). For a :class:`FrameError`,
    use :meth:`FrameError.reply`, which also knows whether to answer at all.
    """
    code, description, details = _error_fields(error, version)
    return CallError(
        message_id=message_id,
        error_code=code,
        error_description=description,
        error_details=details,
    )


def result_error_for(error: OcppError, message_id: str, version: OcppVersion) -> CallResultError:
    """OCPP 2.1: the CALLRESULTERROR that refuses the CALLRESULT ``message_id`` (built as
    :func:`call_error_for` builds a CALLERROR)."""
    code, description, details = _error_fields(error, version)
    return CallResultError(
        message_id=message_id,
        error_code=code,
        error_description=description,
        error_details=details,
    )


def _framing(version: OcppVersion) -> ErrorKind:
    """The kind that answers a frame whose envelope cannot be read (see the module docstring)."""
    return ErrorKind.PROTOCOL if version is OcppVersion.V16 else ErrorKind.RPC_FRAMEWORK


def _json_type(value: object) -> str:
    if value is None:
        return "null"
    if type(value) is bool:
        return "boolean"
    if type(value) is int or type(value) is float:
        return "number"
    if type(value) is str:
        return "string"
    if type(value) is list:
        return "array"
    return "object"


# Plain ints and module-level names on the hot path: attribute access on an enum class costs
# more than the rest of a well-formed frame's checks together (CPython 3.11).
_CALL: Final = 2
_CALLRESULT: Final = 3
_CALLERROR: Final = 4
_SEND: Final = 6
_MAX_ID: Final = MAX_MESSAGE_ID_LENGTH
_LENGTHS: Final[dict[int, int]] = {2: 4, 3: 3, 4: 5, 5: 5, 6: 4}
_V16: Final = OcppVersion.V16
_V21: Final = OcppVersion.V21
_NOT_JSON: Final = object()


def _read_json(data: str | bytes | bytearray) -> tuple[Any, str]:
    """The JSON value of ``data`` and ``""``, or ``_NOT_JSON`` and why not."""
    try:
        return orjson.loads(data), ""
    except orjson.JSONDecodeError as error:
        # Kept out of the handler's scope so the reader's copy of the input is not kept as context.
        reason = f"{error.msg[:80]} at character {error.pos}"
    # orjson stops at numbers a double cannot hold; the payload's reader does not, and a frame
    # must not be "not JSON" on one path and read on the other. Only failures pay for this.
    try:
        return from_json(data, allow_inf_nan=False), ""
    except (ValueError, TypeError):  # TypeError: a str with a lone surrogate (no UTF-8 form)
        return _NOT_JSON, reason


def _maybe_wide(value: object) -> bool:
    """Whether ``value`` holds a float that may have been an integer past 64 bits."""
    if type(value) is float:
        return not -_WIDE < value < _WIDE
    if type(value) is dict:
        return any(_maybe_wide(item) for item in value.values())
    if type(value) is list:
        return any(_maybe_wide(item) for item in value)
    return False


_WIDE: Final = 2.0**63


def _exact_details(data: str | bytes | bytearray, details: JsonObject) -> JsonObject:
    """Error details with every integer as written (orjson turns those past 64 bits into floats):
    free-form data keeps its numbers. Read again only when a float that large is there."""
    if not details or not _maybe_wide(details):
        return details
    exact = from_json(data, allow_inf_nan=False)[4]
    return exact if type(exact) is dict else details


# parse_frame has checked every field already, so it builds frames without the validators: that
# halves the cost of a frame object (attrs' frozen __init__ sets each field through
# object.__setattr__ and then runs the validators). Fields are set through the slot descriptors,
# as a frozen slotted class does itself; test_frames checks the result equals the normal one.
_new = object.__new__
_call_id, _call_action, _call_payload = (
    Call.__dict__[name].__set__ for name in ("message_id", "action", "payload")
)
_result_id, _result_payload = (
    CallResult.__dict__[name].__set__ for name in ("message_id", "payload")
)
_send_id, _send_action, _send_payload = (
    Send.__dict__[name].__set__ for name in ("message_id", "action", "payload")
)


def _unchecked_call(message_id: str, action: str, payload: JsonObject) -> Call:
    frame = _new(Call)
    _call_id(frame, message_id)
    _call_action(frame, action)
    _call_payload(frame, payload)
    return frame


def _unchecked_result(message_id: str, payload: JsonObject) -> CallResult:
    frame = _new(CallResult)
    _result_id(frame, message_id)
    _result_payload(frame, payload)
    return frame


def _unchecked_send(message_id: str, action: str, payload: JsonObject) -> Send:
    frame = _new(Send)
    _send_id(frame, message_id)
    _send_action(frame, action)
    _send_payload(frame, payload)
    return frame


def _reply_as(type_id: int, version: OcppVersion) -> MessageType | None:
    """How a malformed frame of a known type with a readable id is answered (if at all)."""
    if type_id == _CALL:
        return MessageType.CALLERROR
    if type_id == _CALLRESULT and version is _V21:
        return MessageType.CALLRESULTERROR
    return None


def parse_frame(data: str | bytes | bytearray, version: OcppVersion) -> Frame:
    """Read one OCPP-J frame of ``version``.

    Raises :class:`FrameError` for anything that is not a well-formed frame of that version
    (see the module docstring for the rules); the payload's content is not checked here.
    """
    frame, reason = _read_json(data)
    if type(frame) is list and len(frame) > 2:
        type_id = frame[0]
        message_id = frame[1]
        size = len(frame)
        if (
            type(message_id) is str
            and len(message_id) <= _MAX_ID
            and type(type_id) is int
            # 2..4 everywhere, 5 and 6 on 2.1: a comparison, cheaper than a set lookup
            and _CALL <= type_id <= (_SEND if version is _V21 else _CALLERROR)
            and _LENGTHS[type_id] == size
        ):
            if type_id == _CALL:
                action, payload = frame[2], frame[3]
                if type(action) is str and type(payload) is dict:
                    return _unchecked_call(message_id, action, payload)
            elif type_id == _CALLRESULT:
                payload = frame[2]
                if type(payload) is dict:
                    return _unchecked_result(message_id, payload)
            elif type_id == _SEND:
                action, payload = frame[2], frame[3]
                if type(action) is str and type(payload) is dict:
                    return _unchecked_send(message_id, action, payload)
            else:
                return _error_frame(frame, type_id, message_id, version, data)
    raise _diagnose(frame, reason, version)


def _diagnose(frame: Any, reason: str, version: OcppVersion) -> FrameError:
    """The error for a frame the fast path refused (kept apart to keep that path short)."""
    if frame is _NOT_JSON:
        return FrameError(
            f"frame is not valid JSON ({reason})",
            version=version,
            kind=_framing(version),
            problem=FrameProblem.NOT_JSON,
        )
    if type(frame) is not list:
        return FrameError(
            f"frame must be a JSON array, not {_json_type(frame)}",
            version=version,
            kind=_framing(version),
            problem=FrameProblem.NOT_ARRAY,
        )
    size = len(frame)
    message_id = frame[1] if size > 1 else None
    if type(message_id) is not str or len(message_id) > _MAX_ID:
        message_id = None
    type_id = frame[0] if size else None
    if type(type_id) is not int:
        return FrameError(
            "message type id must be an integer",
            version=version,
            kind=_framing(version),
            problem=FrameProblem.BAD_MESSAGE_TYPE,
            message_id=message_id,
            index=0,
        )
    if type_id not in _TYPES[version]:
        known = ", ".join(str(t) for t in sorted(_TYPES[version]))
        # The peer chose that number; only a short one goes into the text.
        shown = type_id if -1000 < type_id < 1000 else "(out of range)"
        if version is OcppVersion.V201:
            kind, reply_as = ErrorKind.MESSAGE_TYPE_NOT_SUPPORTED, MessageType.CALLERROR
        else:
            # 1.6 and 2.1 ignore the frame: no reply, so the kind is never spelt on the wire.
            kind, reply_as = ErrorKind.GENERIC, None
        return FrameError(
            f"message type {shown} is not one of OCPP {version}'s ({known})",
            version=version,
            kind=kind,
            problem=FrameProblem.UNKNOWN_MESSAGE_TYPE,
            message_id=message_id,
            message_type_id=type_id,
            index=0,
            reply_as=reply_as,
        )
    if message_id is None:
        if size < 2:
            found = "missing"
        elif type(frame[1]) is str:
            found = "longer"
        else:
            found = f"a JSON {_json_type(frame[1])}"
        return FrameError(
            f"message id must be a string of at most {_MAX_ID} characters; it is {found}",
            version=version,
            kind=_framing(version),
            problem=FrameProblem.BAD_MESSAGE_ID,
            message_type_id=type_id,
            index=1,
            # A frame whose id cannot be read is answered with "-1", whatever its type (2.x
            # rule); only a SEND is never answered.
            reply_as=None if type_id == _SEND else MessageType.CALLERROR,
        )
    reply_as = _reply_as(type_id, version)
    expected = _LENGTHS[type_id]
    if size != expected:
        return FrameError(
            f"a {MessageType(type_id).name} frame has {expected} elements, not {size}",
            version=version,
            kind=ErrorKind.FORMAT,
            problem=FrameProblem.BAD_LENGTH,
            message_id=message_id,
            message_type_id=type_id,
            reply_as=reply_as,
        )
    action: str | None = None
    if type_id in (_CALL, _SEND):
        action = frame[2]
        if type(action) is not str:
            return FrameError(
                f"action must be a string, not {_json_type(action)}",
                version=version,
                kind=_framing(version),
                problem=FrameProblem.BAD_ACTION,
                message_id=message_id,
                message_type_id=type_id,
                index=2,
                reply_as=reply_as,
            )
    index = size - 1  # CALL, CALLRESULT, SEND: the payload is the last element
    return FrameError(
        f"payload must be a JSON object, not {_json_type(frame[index])}",
        version=version,
        kind=ErrorKind.FORMAT,
        problem=FrameProblem.BAD_PAYLOAD,
        message_id=message_id,
        message_type_id=type_id,
        action=action,
        index=index,
        reply_as=reply_as,
    )


def _error_frame(
    frame: list[Any],
    type_id: int,
    message_id: str,
    version: OcppVersion,
    data: str | bytes | bytearray,
) -> CallError | CallResultError:
    code, description, details = frame[2], frame[3], frame[4]
    problem: FrameProblem | None = None
    if type(code) is not str:
        problem, index, text = FrameProblem.BAD_ERROR_CODE, 2, "error code must be a string"
    elif type(description) is not str:
        problem, index = FrameProblem.BAD_ERROR_DESCRIPTION, 3
        text = "error description must be a string"
    elif len(description) > MAX_DESCRIPTION_LENGTH and version is not _V16:
        problem, index = FrameProblem.BAD_ERROR_DESCRIPTION, 3
        text = f"error description must be at most {MAX_DESCRIPTION_LENGTH} characters long"
    elif type(details) is not dict:
        problem, index = FrameProblem.BAD_ERROR_DETAILS, 4
        text = f"error details must be a JSON object, not {_json_type(details)}"
    if problem is not None:
        raise FrameError(
            text,
            version=version,
            kind=ErrorKind.FORMAT,
            problem=problem,
            message_id=message_id,
            message_type_id=type_id,
            index=index,
            reply_as=None,  # an error is never answered
        )
    details = _exact_details(data, details)
    if type_id == _CALLERROR:
        return CallError(
            message_id=message_id,
            error_code=code,
            error_description=description,
            error_details=details,
        )
    return CallResultError(
        message_id=message_id, error_code=code, error_description=description, error_details=details
    )


def serialize(frame: Frame) -> bytes:
    """The wire form of ``frame`` (compact JSON, UTF-8)."""
    if isinstance(frame, Call):
        return orjson.dumps([2, frame.message_id, frame.action, frame.payload])
    if isinstance(frame, CallResult):
        return orjson.dumps([3, frame.message_id, frame.payload])
    if isinstance(frame, Send):
        return orjson.dumps([6, frame.message_id, frame.action, frame.payload])
    return orjson.dumps(
        [
            int(frame.message_type_id),
            frame.message_id,
            frame.error_code,
            frame.error_description,
            frame.error_details,
        ]
    )


# -- the fast path for well-formed messages ---------------------------------------------------
#
# A CSMS spends its time on well-formed CALLs and CALLRESULTs. Parsing the whole frame into
# Python objects and dumping the payload again only to hand it to the payload's validator costs
# more than the rest of the frame handling, so :func:`split_frame` reads just the head of the
# frame with a strict pattern and returns the payload's text as it came. Whatever the pattern
# does not cover (odd spacing is covered; escapes in the id, non-object payloads, other message
# types) returns ``None`` and goes through :func:`parse_frame`. The payload text is not known to
# be JSON, so when its validator refuses it the frame goes through :func:`parse_frame` too, which
# tells a broken frame (not JSON at all: say ``NaN``, which pydantic's parser would read) from a
# payload that breaks its schema. Valid messages, the common case, are read once.

_WS = rb"[ \t\r\n]*"
_HEAD = (
    rb"\A" + _WS + rb"\[" + _WS + rb"([236])" + _WS + rb"," + _WS
    + rb'"([^"\\\x00-\x1f]{0,144})"' + _WS + rb","  # 36 characters: up to 144 UTF-8 bytes
    + rb"(?:" + _WS + rb'"([A-Za-z0-9]{1,64})"' + _WS + rb",)?" + _WS
)  # fmt: skip
_HEAD_BYTES: Final = re.compile(_HEAD)
_HEAD_TEXT: Final = re.compile(_HEAD.decode("ascii"))
_SURROGATE: Final = re.compile("[\ud800-\udfff]")


class PayloadSlice(NamedTuple):
    """A CALL, CALLRESULT or SEND read by :func:`split_frame`: head fields and the payload's
    JSON text, not yet parsed. (A named tuple: it is built once per received message.)"""

    message_type_id: MessageType
    message_id: str
    action: str | None
    payload: str | bytes


_BLANKS: Final = frozenset(" \t\r\n") | frozenset(b" \t\r\n")
_SLICE_TYPES: Final = {2: MessageType.CALL, 3: MessageType.CALLRESULT, 6: MessageType.SEND}
_new_slice = tuple.__new__


def _head(data: str | bytes | bytearray) -> tuple[int, str, str | None, int] | None:
    """Type id, message id, action and where the payload starts, of a plainly written head."""
    if isinstance(data, str):
        head = _HEAD_TEXT.match(data)
        if head is None:
            return None
        type_id, message_id, action = int(head.group(1)), head.group(2), head.group(3)
        if not message_id.isascii() and _SURROGATE.search(message_id):
            return None  # not UTF-8-encodable: parse_frame refuses the frame
        end = head.end()
    else:
        head_bytes = _HEAD_BYTES.match(data)
        if head_bytes is None:
            return None
        try:
            message_id = head_bytes.group(2).decode("utf-8")
        except UnicodeDecodeError:
            return None
        type_id = head_bytes.group(1)[0] - 0x30
        action_bytes = head_bytes.group(3)
        action = action_bytes.decode("ascii") if action_bytes is not None else None
        end = head_bytes.end()
    if len(message_id) > _MAX_ID or (action is None) != (type_id == _CALLRESULT):
        return None
    return type_id, message_id, action, end


def _slice(
    data: str | bytes | bytearray, version: OcppVersion
) -> tuple[int, str, str | None, str | bytes] | None:
    """Type id, message id, action and payload text of a plainly written message frame."""
    head = _head(data)
    if head is None:
        return None
    type_id, message_id, action, start = head
    if type_id == 6 and version is not _V21:
        return None
    end = len(data) - 1
    while end > start and data[end] in _BLANKS:
        end -= 1
    payload = data[start:end]
    if isinstance(payload, str):
        payload = payload.rstrip(" \t\r\n")
        if data[end] != "]" or payload[:1] != "{" or payload[-1:] != "}":
            return None
    else:
        if data[end] != 0x5D or payload[:1] != b"{":  # "]"
            return None
        payload = bytes(payload).rstrip(b" \t\r\n")
        if payload[-1:] != b"}":
            return None
    return type_id, message_id, action, payload


def split_frame(data: str | bytes | bytearray, version: OcppVersion) -> PayloadSlice | None:
    """Read the head of a well-formed CALL, CALLRESULT or (2.1) SEND and slice out its payload.

    Returns ``None`` when the frame is anything else or not plainly written; then use
    :func:`parse_frame`. The payload text is only known to start with ``{`` and end with ``}``:
    the caller validates it (a :class:`~ocpkit._base.OcppModel` parses it) and, when validation
    fails, calls :func:`parse_frame` to learn whether the frame itself is broken (a
    :class:`FrameError`) or only the payload breaks its schema. :func:`read_frame` does both.
    """
    sliced = _slice(data, version)
    if sliced is None:
        return None
    type_id, message_id, action, payload = sliced
    return _new_slice(PayloadSlice, (_SLICE_TYPES[type_id], message_id, action, payload))


class Envelope(NamedTuple):
    """A CALL, CALLRESULT or (2.1) SEND as :func:`read_frame` hands it on: the head's fields and
    the payload's JSON text, for the payload's model to parse.

    ``unverified`` is the frame as received when only its head was read (the fast path), else
    ``None`` (the whole frame was read and is sound). A named tuple: one is made per message.
    """

    message_type_id: MessageType
    message_id: str
    action: str | None
    payload: str | bytes
    version: OcppVersion
    unverified: str | bytes | bytearray | None = None

    def diagnose(self) -> "FrameError | None":
        """What is wrong with the frame itself, or ``None`` if it is a sound frame.

        Computed on each call, and only then: a frame read by its head alone is parsed in full
        here (a payload its model refused may not be JSON at all, say ``NaN``). A receiver asks
        before it refuses a frame, so a broken frame is answered as a broken frame whichever
        path read it.
        """
        if self.unverified is None:
            return None
        try:
            parse_frame(self.unverified, self.version)
        except FrameError as error:
            return error
        return None


_WS_TEXT: Final = "[ \t\r\n]*"
_STRING_TEXT: Final = r'"[^"\\]*(?:\\.[^"\\]*)*"'  # unrolled: no alternation per character
_LOOSE_TEXT: Final = (
    r"\A" + _WS_TEXT + r"\[" + _WS_TEXT + "[0-9]+" + _WS_TEXT + "," + _WS_TEXT + _STRING_TEXT
    + _WS_TEXT + "," + _WS_TEXT
)  # fmt: skip
_LOOSE_ACTION_TEXT: Final = _LOOSE_TEXT + _STRING_TEXT + _WS_TEXT + "," + _WS_TEXT
# Where the payload of a frame parse_frame accepted starts: any spelling of the id and action.
_PAYLOAD_START: Final[dict[tuple[bool, type], re.Pattern[Any]]] = {
    (False, str): re.compile(_LOOSE_TEXT, re.DOTALL),
    (True, str): re.compile(_LOOSE_ACTION_TEXT, re.DOTALL),
    (False, bytes): re.compile(_LOOSE_TEXT.encode("ascii"), re.DOTALL),
    (True, bytes): re.compile(_LOOSE_ACTION_TEXT.encode("ascii"), re.DOTALL),
}


def _payload_text(data: str | bytes | bytearray, frame: Call | CallResult | Send) -> str | bytes:
    """The payload's text as received, out of a frame :func:`parse_frame` read in full."""
    with_action = not isinstance(frame, CallResult)
    if isinstance(data, str):
        start = _PAYLOAD_START[(with_action, str)].match(data)
        end = data.rfind("]")
        if start is not None and end > start.end():
            return data[start.end() : end].rstrip(" \t\r\n")
    else:
        raw = data if isinstance(data, bytes) else bytes(data)
        start_bytes = _PAYLOAD_START[(with_action, bytes)].match(raw)
        end = raw.rfind(b"]")
        if start_bytes is not None and end > start_bytes.end():
            return raw[start_bytes.end() : end].rstrip(b" \t\r\n")
    # Not reached for a frame parse_frame accepted (the patterns take any JSON spelling of the
    # head); kept so that a gap in them costs exactness, not a crash.
    return json.dumps(frame.payload, separators=(",", ":"))


def read_frame(
    data: str | bytes | bytearray, version: OcppVersion
) -> Envelope | CallError | CallResultError:
    """Read one received frame of ``version`` the way a receiver needs it.

    A CALL, CALLRESULT or SEND comes back as an :class:`Envelope` (its payload as text, to be
    parsed by its model); a CALLERROR or CALLRESULTERROR as its frame. Raises
    :class:`FrameError` for a frame that is broken in a way seen without parsing the payload
    (and for every broken frame that is not plainly written); for a plainly written one whose
    payload is refused, :meth:`Envelope.diagnose` says whether the frame itself is broken.
    """
    sliced = _slice(data, version)
    if sliced is not None:
        type_id, message_id, action, payload = sliced
        return _new_slice(
            Envelope, (_SLICE_TYPES[type_id], message_id, action, payload, version, data)
        )
    frame = parse_frame(data, version)
    if isinstance(frame, CallError | CallResultError):
        return frame
    action = None if isinstance(frame, CallResult) else frame.action
    return _new_slice(
        Envelope,
        (
            frame.message_type_id,
            frame.message_id,
            action,
            _payload_text(data, frame),
            version,
            None,
        ),
    )


def encode_call(message_id: str, action: str, payload: bytes) -> bytes:
    """``[2, id, action, payload]`` around an already encoded payload (``model.to_json()``)."""
    return b"[2," + orjson.dumps(message_id) + b"," + orjson.dumps(action) + b"," + payload + b"]"


def encode_result(message_id: str, payload: bytes) -> bytes:
    """``[3, id, payload]`` around an already encoded payload."""
    return b"[3," + orjson.dumps(message_id) + b"," + payload + b"]"


def encode_send(message_id: str, action: str, payload: bytes) -> bytes:
    """OCPP 2.1 ``[6, id, action, payload]`` around an already encoded payload."""
    return b"[6," + orjson.dumps(message_id) + b"," + orjson.dumps(action) + b"," + payload + b"]"


def read_head(data: str | bytes | bytearray) -> tuple[MessageType, str, str | None] | None:
    """Message type, id and action of a plainly written CALL, CALLRESULT or SEND, read from the
    first bytes only (for frames too large to parse); ``None`` if the head is not plain."""
    head = _head(data[:256])
    return None if head is None else (_SLICE_TYPES[head[0]], head[1], head[2])

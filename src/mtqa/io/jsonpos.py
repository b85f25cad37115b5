"""JSON with the position of every string, for JSONL rows and resource files.

The standard library's decoder gives values but no positions; this walker uses its own pieces
(``json.decoder.scanstring`` for strings, ``JSONDecoder.raw_decode`` for numbers and literals), so
it accepts what ``json`` accepts, and records where each string's quoted text is. Two extensions of
Python's are refused, since JSON has neither: ``NaN``/``Infinity``, and integers too long for Python
to read (over 4,300 digits), with a message instead of the interpreter's advice.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from json import decoder as _decoder
from typing import TypeAlias

from mtqa.errors import InputError
from mtqa.io.decoding import lone_surrogate

_WS = re.compile(r"[ \t\n\r]*")
# Python reads integers of at most this many digits (sys.get_int_max_str_digits); a longer one is
# refused here in words a user can act on, not with the interpreter's advice to raise the limit.
_MAX_DIGITS = 4300


def _integer(digits: str) -> int:
    if len(digits.lstrip("-")) > _MAX_DIGITS:
        raise ValueError(f"a number of {len(digits.lstrip('-')):,} digits (at most {_MAX_DIGITS:,} are read)")
    return int(digits)


def _constant(name: str) -> float:
    # Python's json reads NaN and Infinity, which JSON does not have: a file holding them is not JSON.
    raise ValueError(f"{name} is not a JSON value")


_DECODER = json.JSONDecoder(parse_int=_integer, parse_constant=_constant)
# Public in the module, absent from its type stubs.
scanstring: Callable[[str, int], tuple[str, int]] = _decoder.scanstring  # type: ignore[attr-defined]


@dataclass(frozen=True)
class JString:
    value: str
    start: int  # offset of the opening quote
    end: int  # offset just after the closing quote


@dataclass(frozen=True)
class JNumber:
    """A number as the file writes it ("1.50", "1e400", 20 digits): read as text, it is kept as text,
    not turned into a float and printed again ("1.5", "inf", "1.2345678901234567e+19")."""

    text: str
    start: int
    end: int

    def __str__(self) -> str:
        return self.text


class JObject(dict[str, "JValue"]):
    """A JSON object, and the keys it gives more than once (``json`` keeps the last value without a
    word): a merge gone wrong in a resource file, a field given twice in a JSONL row."""

    duplicates: list[str]

    def __init__(self) -> None:
        super().__init__()
        self.duplicates = []


JValue: TypeAlias = JString | JNumber | JObject | dict[str, "JValue"] | list["JValue"] | bool | None


def loads(text: str, name: str, start: int = 0) -> tuple[JValue, int]:
    """The value at ``start`` and the offset after it; errors become one-line InputErrors."""
    try:
        return _value(text, _WS.match(text, start).end())  # type: ignore[union-attr]
    except RecursionError:
        raise InputError(f"{name}: JSON nested too deeply") from None
    except (json.JSONDecodeError, ValueError) as error:
        raise InputError(f"{name}: not valid JSON: {error}") from None


def _value(text: str, pos: int) -> tuple[JValue, int]:
    char = text[pos : pos + 1]
    if char == '"':
        value, end = scanstring(text, pos + 1)
        lone = lone_surrogate(value)  # json accepts "\ud800" alone
        if lone:
            raise ValueError(f"the string at offset {pos} {lone}")
        return JString(value, pos, end), end
    if char == "{":
        return _object(text, pos + 1)
    if char == "[":
        return _array(text, pos + 1)
    scalar, end = _DECODER.raw_decode(text, pos)  # validates: NaN, over-long integers are refused
    if isinstance(scalar, dict | list | str):  # pragma: no cover - handled above
        raise ValueError("unexpected value")
    if isinstance(scalar, int | float) and not isinstance(scalar, bool):
        return JNumber(text[pos:end], pos, end), end
    return scalar, end


def _skip(text: str, pos: int) -> int:
    return _WS.match(text, pos).end()  # type: ignore[union-attr]


def _object(text: str, pos: int) -> tuple[JValue, int]:
    result = JObject()
    pos = _skip(text, pos)
    if text[pos : pos + 1] == "}":
        return result, pos + 1
    while True:
        if text[pos : pos + 1] != '"':
            raise ValueError(f"expected a property name at offset {pos}")
        key, pos = scanstring(text, pos + 1)
        pos = _skip(text, pos)
        if text[pos : pos + 1] != ":":
            raise ValueError(f"expected ':' at offset {pos}")
        value, pos = _value(text, _skip(text, pos + 1))
        if key in result:
            result.duplicates.append(key)
        result[key] = value
        closed, pos = _next_item(text, pos, "}")
        if closed:
            return result, pos


def _array(text: str, pos: int) -> tuple[JValue, int]:
    result: list[JValue] = []
    pos = _skip(text, pos)
    if text[pos : pos + 1] == "]":
        return result, pos + 1
    while True:
        value, pos = _value(text, pos)
        result.append(value)
        closed, pos = _next_item(text, pos, "]")
        if closed:
            return result, pos


def _next_item(text: str, pos: int, close: str) -> tuple[bool, int]:
    """After a member: (True, offset after ``close``) or (False, offset of the next member)."""
    pos = _skip(text, pos)
    char = text[pos : pos + 1]
    if char == close:
        return True, pos + 1
    if char != ",":
        raise ValueError(f"expected ',' or '{close}' at offset {pos}")
    return False, _skip(text, pos + 1)


def parse_document(text: str, name: str) -> JValue:
    """A whole JSON document (nothing but white space after the value)."""
    value, end = loads(text, name)
    if _skip(text, end) != len(text):
        raise InputError(f"{name}: not valid JSON: extra data at offset {end}")
    return value

"""Parsers for the values of ``<meta>`` elements, as the HTML specification and browsers read them, and the
``<meta>`` elements of a page that take effect."""

from __future__ import annotations

import re

from .dom import digits_value

_ASCII_WHITESPACE = "\t\n\x0c\r "
_VIEWPORT_SEPARATORS = re.compile(r"[\s,;]+")
# CSS Device Adaptation's translation of viewport keywords to numbers.
_VIEWPORT_KEYWORDS = {"yes": 1.0, "no": 0.0, "device-width": 10.0, "device-height": 10.0}


def refresh_delay(content: str) -> int | None:
    """Seconds before a ``<meta http-equiv="refresh">`` reloads or redirects, or None when its content is
    not valid (HTML's "shared declarative refresh steps": ``"0: url"``, ``"+5"``, ``"; 30"`` are invalid)."""
    position = 0
    length = len(content)
    while position < length and content[position] in _ASCII_WHITESPACE:
        position += 1
    start = position
    while position < length and content[position].isascii() and content[position].isdigit():
        position += 1
    digits = content[start:position]
    if not digits and (position >= length or content[position] != "."):
        return None
    delay = digits_value(digits) if digits else 0
    while position < length and (content[position] == "." or (content[position].isascii()
                                                                and content[position].isdigit())):
        position += 1
    if position < length and content[position] not in ";," + _ASCII_WHITESPACE:
        return None
    return delay


def first_refresh(ctx):
    """(meta element, delay) of the first valid refresh of the page, or None."""
    for meta in ctx.select("meta[http-equiv]"):
        if meta.get("http-equiv", "").strip().lower() != "refresh" or meta.get("content") is None:
            continue
        delay = refresh_delay(meta.get("content"))
        if delay is not None:
            return meta, delay
    return None


def viewport_properties(content: str) -> dict[str, str]:
    """``width=device-width, maximum-scale=1`` -> {"width": "device-width", "maximum-scale": "1"}."""
    properties = {}
    for item in _VIEWPORT_SEPARATORS.split(content.replace(" = ", "=").replace(" =", "=").replace("= ", "=")):
        if "=" in item:
            key, _, value = item.partition("=")
            properties[key.strip().lower()] = value.strip().lower()
    return properties


def viewport_number(value: str) -> float:
    """A viewport value as a number, translated as CSS Device Adaptation says: ``yes`` 1, ``no`` 0,
    ``device-width`` and ``device-height`` 10, a number as itself, any other word 0."""
    if value in _VIEWPORT_KEYWORDS:
        return _VIEWPORT_KEYWORDS[value]
    match = re.match(r"[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?", value)
    return float(match.group(0)) if match else 0.0

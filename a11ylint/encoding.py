"""Bytes to text by the WHATWG encoding sniffing algorithm.

Order: byte order mark, then the transport charset (HTTP header, WARC record or ``--encoding``), then the
``<meta>`` prescan, then a fallback. Labels resolve through the WHATWG label table (``webencodings``, which
html5lib already depends on), with the decoders WHATWG specifies: ``gb2312`` and ``gbk`` decode as GB18030,
``iso-8859-1`` and ``ascii`` as windows-1252. Undecodable bytes become U+FFFD and are counted, never raised.
"""

from __future__ import annotations

import codecs
import re
import threading
from dataclasses import dataclass

import webencodings

PRESCAN_LIMIT = 1024
# Browsers honour a <meta charset> the parser meets after the first 1024 bytes by re-parsing the page.
# We approximate that by prescanning further, up to the first <body> or this many bytes.
LATE_META_LIMIT = 65536

# WHATWG encoding name -> the Python codec that implements the WHATWG decoder for it.
_PYTHON_CODECS = {
    "gbk": "gb18030",  # WHATWG's GBK decoder is the GB18030 decoder
    "gb18030": "gb18030",
    "utf-16le": "utf-16-le",
    "utf-16be": "utf-16-be",
}

# The WHATWG "legacy single-byte encodings".
_SINGLE_BYTE = frozenset(
    ["ibm866", "koi8-r", "koi8-u", "macintosh", "windows-874", "x-mac-cyrillic"]
    + [f"iso-8859-{n}" for n in (2, 3, 4, 5, 6, 7, 8, 10, 13, 14, 15, 16)] + ["iso-8859-8-i"]
    + [f"windows-{n}" for n in range(1250, 1259)]
)

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_BE, "utf-16be"),
    (codecs.BOM_UTF16_LE, "utf-16le"),
)

_ASCII_WHITESPACE = b"\t\n\x0c\r "
_ASCII_LETTERS = frozenset(b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")


@dataclass(frozen=True)
class DecodedText:
    """The result of decoding one page."""

    text: str
    encoding: str  # WHATWG canonical name, e.g. "utf-8", "gbk", "windows-1252"
    source: str  # "bom" | "transport" | "meta" | "late-meta" | "fallback"
    declared: str | None  # the label that decided it (the prescan lowercases it), when there was one
    replaced_bytes: int  # byte sequences that could not be decoded and became U+FFFD
    first_replacement: int | None  # offset in ``text`` of the first such U+FFFD


class UnknownEncodingError(ValueError):
    """An encoding label given by the user is not a WHATWG label."""


def lookup(label: str | None) -> str | None:
    """WHATWG canonical encoding name for ``label``, or None when it is not a known label."""
    if not label:
        return None
    found = webencodings.lookup(label.strip())
    return found.name if found is not None else None


def decode_html(data: bytes, transport_encoding: str | None = None) -> DecodedText:
    """Decode a page's bytes the way a browser would.

    ``transport_encoding`` is a charset label from outside the document (HTTP ``Content-Type``, a WARC
    record, the ``--encoding`` option). An unknown transport label is ignored, as browsers do; the CLI
    checks user-given labels itself with :func:`lookup`.
    """
    for bom, name in _BOMS:
        if data.startswith(bom):
            return _decode(data[len(bom):], name, "bom", None)
    transport = lookup(transport_encoding)
    if transport is not None:
        return _decode(data, transport, "transport", transport_encoding)
    label = prescan(data[:PRESCAN_LIMIT])
    source = "meta"
    if label is None and len(data) > PRESCAN_LIMIT:
        label = prescan(_head_region(data))
        source = "late-meta"
    if label is not None:
        encoding = _meta_encoding(label)
        if encoding is not None:
            return _decode(data, encoding, source, label)
    return _decode(data, _guess(data), "fallback", None)


def _head_region(data: bytes) -> bytes:
    window = data[:LATE_META_LIMIT]
    body = re.search(rb"<body[\s>/]", window, re.IGNORECASE)
    return window[: body.start()] if body else window


def _meta_encoding(label: str) -> str | None:
    encoding = lookup(label)
    if encoding in ("utf-16be", "utf-16le"):
        return "utf-8"  # a page that could read its own meta as ASCII is not UTF-16
    if encoding == "x-user-defined":
        return "windows-1252"
    return encoding


def _guess(data: bytes) -> str:
    """Fallback when nothing declares an encoding: UTF-8 if the bytes are (nearly all) UTF-8, then GBK if they
    decode cleanly as GB18030 with Chinese text in them (the pages we lint are often Chinese), else
    windows-1252, the WHATWG default for most locales."""
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        pass
    # A UTF-8 page damaged in a few places is still UTF-8: decoding it as anything else garbles it all.
    as_utf8 = data.decode("utf-8", "replace")
    damaged = as_utf8.count("\ufffd")
    multibyte = sum(1 for ch in as_utf8 if ch > "\x7f") - damaged
    if multibyte >= 4 * damaged:
        return "utf-8"
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        return "windows-1252"
    cjk = sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff")
    high = sum(1 for byte in data if byte >= 0x80)
    return "gbk" if cjk * 2 >= high * 0.8 else "windows-1252"


# --- decoding with counted replacements ---------------------------------------------------------------

_errors = threading.local()


def _record_and_replace(exc: UnicodeDecodeError) -> tuple[str, int]:
    log = _errors.log
    log.append(exc.start)
    return "\ufffd", exc.end


def _single_byte_holes(exc: UnicodeDecodeError) -> tuple[str, int]:
    # Python's windows-125x and windows-874 codecs leave some of 0x80-0x9F undefined (0x81, 0x8D, ... in
    # windows-1252); WHATWG's indexes map each of them to the C1 control of the same number.
    byte = exc.object[exc.start]
    if 0x80 <= byte <= 0x9F:
        return chr(byte), exc.start + 1
    return _record_and_replace(exc)


def _gb18030_euro(exc: UnicodeDecodeError) -> tuple[str, int]:
    if exc.object[exc.start] == 0x80:  # WHATWG's GBK decoder reads a lone 0x80 as the euro sign
        return "\u20ac", exc.start + 1
    return _record_and_replace(exc)


codecs.register_error("a11ylint-replace", _record_and_replace)
codecs.register_error("a11ylint-single-byte", _single_byte_holes)
codecs.register_error("a11ylint-gb18030", _gb18030_euro)


def _decode(data: bytes, encoding: str, source: str, declared: str | None) -> DecodedText:
    if encoding == "replacement":
        # Encodings such as ISO-2022-KR are unsafe on the web; WHATWG decodes them to one U+FFFD.
        text = "\ufffd" if data else ""
        return DecodedText(text, encoding, source, declared, 1 if data else 0, 0 if data else None)
    if encoding == "x-user-defined":
        text = "".join(chr(b) if b < 0x80 else chr(0xF780 + b - 0x80) for b in data)
        return DecodedText(text, encoding, source, declared, 0, None)
    codec = _PYTHON_CODECS.get(encoding) or webencodings.lookup(encoding).codec_info.name
    if encoding in _SINGLE_BYTE:
        errors = "a11ylint-single-byte"
    elif codec == "gb18030":
        errors = "a11ylint-gb18030"
    else:
        errors = "a11ylint-replace"
    _errors.log = []
    try:
        text = data.decode(codec, errors)
        starts = _errors.log
    finally:
        _errors.log = []
    first = None
    if starts:
        first = len(data[: starts[0]].decode(codec, "replace"))
    return DecodedText(text, encoding, source, declared, len(starts), first)


# --- the WHATWG prescan ("prescan a byte stream to determine its encoding") -----------------------------


def prescan(data: bytes) -> str | None:
    """Return the charset label a ``<meta>`` in ``data`` declares, or None."""
    position = 0
    end = len(data)
    while position < end:
        if data.startswith(b"<!--", position):
            close = data.find(b"-->", position + 2)
            if close < 0:
                return None
            position = close + 3
            continue
        if data[position : position + 5].lower() == b"<meta" and position + 5 < end and (
            data[position + 5] in _ASCII_WHITESPACE or data[position + 5] == 0x2F
        ):
            position += 5
            label, position = _meta_charset(data, position)
            if label is not None:
                return label
            continue
        if data[position] == 0x3C and position + 1 < end:
            nxt = data[position + 1]
            if nxt in _ASCII_LETTERS or (nxt == 0x2F and position + 2 < end and data[position + 2] in _ASCII_LETTERS):
                position += 2 if nxt != 0x2F else 3
                while position < end and data[position] not in _ASCII_WHITESPACE and data[position] != 0x3E:
                    position += 1
                while True:
                    attribute, position = _get_attribute(data, position)
                    if attribute is None:
                        break
                continue
            if nxt in (0x21, 0x2F, 0x3F):  # "<!", "</", "<?"
                close = data.find(b">", position + 2)
                if close < 0:
                    return None
                position = close + 1
                continue
        position += 1
    return None


def _meta_charset(data: bytes, position: int) -> tuple[str | None, int]:
    seen: set[bytes] = set()
    got_pragma = False
    need_pragma: bool | None = None
    charset: str | None = None
    while True:
        attribute, position = _get_attribute(data, position)
        if attribute is None:
            break
        name, value = attribute
        if name in seen:
            continue
        seen.add(name)
        if name == b"http-equiv":
            if value == b"content-type":
                got_pragma = True
        elif name == b"content":
            if charset is None:
                found = _charset_from_content(value)
                if found is not None:
                    charset = found
                    need_pragma = True
        elif name == b"charset":
            charset = value.decode("ascii", "replace")
            need_pragma = False
    if need_pragma is None or (need_pragma and not got_pragma) or charset is None:
        return None, position
    if lookup(charset) is None:
        return None, position
    return charset, position


def _get_attribute(data: bytes, position: int) -> tuple[tuple[bytes, bytes] | None, int]:
    end = len(data)
    while position < end and (data[position] in _ASCII_WHITESPACE or data[position] == 0x2F):
        position += 1
    if position >= end or data[position] == 0x3E:
        return None, position
    name = bytearray()
    value = bytearray()
    while True:
        if position >= end:
            return None, position
        byte = data[position]
        if byte == 0x3D and name:
            position += 1
            break
        if byte in _ASCII_WHITESPACE:
            while position < end and data[position] in _ASCII_WHITESPACE:
                position += 1
            if position >= end:
                return None, position
            if data[position] != 0x3D:
                return (bytes(name), b""), position
            position += 1
            break
        if byte in (0x2F, 0x3E):
            return (bytes(name), b""), position
        name.append(byte + 0x20 if 0x41 <= byte <= 0x5A else byte)
        position += 1
    while position < end and data[position] in _ASCII_WHITESPACE:
        position += 1
    if position >= end:
        return None, position
    byte = data[position]
    if byte in (0x22, 0x27):
        quote = byte
        position += 1
        while True:
            if position >= end:
                return None, position
            byte = data[position]
            position += 1
            if byte == quote:
                return (bytes(name), bytes(value)), position
            value.append(byte + 0x20 if 0x41 <= byte <= 0x5A else byte)
    if byte == 0x3E:
        return (bytes(name), b""), position
    value.append(byte + 0x20 if 0x41 <= byte <= 0x5A else byte)
    position += 1
    while True:
        if position >= end:
            return None, position
        byte = data[position]
        if byte in _ASCII_WHITESPACE or byte == 0x3E:
            return (bytes(name), bytes(value)), position
        value.append(byte + 0x20 if 0x41 <= byte <= 0x5A else byte)
        position += 1


_CHARSET_IN_CONTENT = re.compile(rb"charset[\t\n\x0c\r ]*=[\t\n\x0c\r ]*", re.IGNORECASE)


def _charset_from_content(value: bytes) -> str | None:
    """The WHATWG "extracting a character encoding from a meta element" algorithm."""
    match = _CHARSET_IN_CONTENT.search(value)
    if match is None:
        return None
    position = match.end()
    rest = value[position:]
    if not rest:
        return None
    if rest[:1] in (b'"', b"'"):
        close = rest.find(rest[:1], 1)
        if close < 0:
            return None
        return rest[1:close].decode("ascii", "replace")
    token = re.match(rb"[^\t\n\x0c\r ;]+", rest)
    return token.group(0).decode("ascii", "replace") if token else None

"""HTTP bodies, whether read from a WARC record or fetched: media type, HTML sniffing, and undoing
``Content-Encoding`` without letting a small compressed body grow past a size cap."""

from __future__ import annotations

import itertools
import re
import zlib
from email.message import Message
from typing import Iterable

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
SNIFF_BYTES = 512

# The WHATWG MIME sniffing "HTML" patterns: one of these tags, after optional whitespace, followed by a
# space or ">" (https://mimesniff.spec.whatwg.org/#identifying-a-resource-with-an-unknown-mime-type).
_HTML_START = re.compile(
    rb"[\t\n\x0c\r ]*<(?:!doctype html|html|head|script|iframe|h1|div|font|table|a|style|title|b|body|br|p|!--)"
    rb"[ >]",
    re.IGNORECASE,
)


class BodyTooLarge(ValueError):
    """The body (after decompression) is bigger than the cap."""


class BodyError(ValueError):
    """The body cannot be decoded (corrupt or unsupported compression)."""


def parse_content_type(value: str | None) -> tuple[str | None, str | None]:
    """``(media type, charset)`` of a ``Content-Type`` header value, lower-cased; None for what is missing."""
    if not value or not value.strip():
        return None, None
    header = Message()
    header["Content-Type"] = value
    media_type = header.get_content_type() if "/" in value.split(";", 1)[0] else None
    charset = header.get_param("charset")
    if isinstance(charset, tuple):  # RFC 2231 form: (charset, language, value)
        charset = charset[2]
    return media_type, (charset.strip().strip("'\"") or None) if isinstance(charset, str) else None


def looks_like_html(data: bytes) -> bool:
    """Whether a body with no declared type starts the way HTML does (the WHATWG sniffing rule)."""
    head = data[:SNIFF_BYTES]
    if head.startswith(b"\xef\xbb\xbf"):
        head = head[3:]
    return _HTML_START.match(head) is not None


def is_html(media_type: str | None, data: bytes | None = None) -> bool:
    """An HTML page: declared as HTML, or undeclared with a body that looks like HTML."""
    if media_type is not None:
        return media_type in HTML_TYPES
    return data is not None and looks_like_html(data)


def decoded_body(chunks: Iterable[bytes], content_encoding: str | None, limit: int) -> bytes:
    """Join ``chunks`` and undo ``content_encoding`` (gzip, deflate), never holding more than ``limit`` + 1
    decompressed bytes. Raises :class:`BodyTooLarge` or :class:`BodyError`.

    A body declared compressed that does not start as compressed data is taken as it is: some crawlers store
    the decoded body but keep the header, and browsers cope with that too.
    """
    encoding = (content_encoding or "identity").strip().lower()
    if encoding in ("identity", ""):
        return _joined(chunks, limit)
    if encoding in ("gzip", "x-gzip"):
        return _inflate(chunks, limit, (zlib.MAX_WBITS | 16,))
    if encoding == "deflate":  # servers send both zlib-wrapped and raw deflate under this name
        return _inflate(chunks, limit, (zlib.MAX_WBITS, -zlib.MAX_WBITS))
    raise BodyError(f"Content-Encoding '{content_encoding}' is not supported")


def _joined(chunks: Iterable[bytes], limit: int) -> bytes:
    out = bytearray()
    for chunk in chunks:
        out += chunk
        if len(out) > limit:
            raise BodyTooLarge(f"body larger than {limit} bytes")
    return bytes(out)


def _inflate(chunks: Iterable[bytes], limit: int, window_bits: tuple[int, ...]) -> bytes:
    chunks = iter(chunks)
    start = b""
    for chunk in chunks:
        start += chunk
        if len(start) >= SNIFF_BYTES:
            break
    if not start:
        return b""
    decompressor = _first_working(start, window_bits)
    if decompressor is None:
        return _joined(itertools.chain([start], chunks), limit)
    out = bytearray()
    for chunk in itertools.chain([start], chunks):
        decompressor = _feed(decompressor, chunk, out, limit, window_bits)
    if not decompressor.eof:
        raise BodyError("compressed body ends early")
    return bytes(out)


def _first_working(start: bytes, window_bits: tuple[int, ...]):
    """A fresh decompressor for the first ``window_bits`` that can read ``start``, or None."""
    for bits in window_bits:
        probe = zlib.decompressobj(bits)
        try:
            probe.decompress(start, 1)
        except zlib.error:
            continue
        return zlib.decompressobj(bits)
    return None


def _feed(decompressor, data: bytes, out: bytearray, limit: int, window_bits: tuple[int, ...]):
    """Decompress ``data`` into ``out``; returns the decompressor to use next (a new one per gzip member)."""
    while data:
        if decompressor.eof:
            if not data.startswith(b"\x1f\x8b"):
                return decompressor  # padding after the last member: ignored, as browsers do
            decompressor = zlib.decompressobj(window_bits[0])
        try:
            # max_length keeps a compression bomb from expanding past the cap in one call.
            out += decompressor.decompress(data, limit + 1 - len(out))
        except zlib.error as exc:
            raise BodyError(f"corrupt compressed body ({exc})") from None
        if len(out) > limit:
            raise BodyTooLarge(f"body larger than {limit} bytes")
        data = decompressor.unused_data if decompressor.eof else decompressor.unconsumed_tail
    return decompressor

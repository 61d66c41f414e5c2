"""WARC inputs (``.warc``, ``.warc.gz``): one page per HTTP response record, read a record at a time.

Only ``response`` records count; request, metadata, warcinfo, resource and revisit records are skipped, and so
are 2xx responses that are not HTML (images, CSS, PDF). Redirects and error statuses are yielded whatever their
type, without a body, so that site-level checks see every broken URL.

The key is the record's WARC-Target-URI. A URI captured more than once keeps its first record, except that a
2xx page after non-2xx captures (a retried 503, say) is yielded too, under ``URI (2)``: first-come order in the
file decides, so the same file always gives the same keys.
"""

from __future__ import annotations

import os
import zlib
from dataclasses import dataclass, replace
from typing import Iterator
from urllib.parse import urljoin

from warcio.archiveiterator import ArchiveIterator
from warcio.bufferedreaders import ChunkedDataReader
from warcio.limitreader import LimitReader

from .bodies import HTML_TYPES, BodyError, BodyTooLarge, decoded_body, looks_like_html, parse_content_type
from .keys import UniqueKeys
from .model import PageInput
from .options import SourceOptions

_CHUNK = 64 * 1024


class _QuietArchiveIterator(ArchiveIterator):
    # warcio prints a warning to stderr when a record's Content-Length looks wrong; we report that ourselves,
    # as one error entry, when the next record cannot be read.
    INC_RECORD = ""


@dataclass(frozen=True)
class _Damage:
    offset: int
    uri: str | None
    reason: str | None  # None: the file ends inside the record


def iter_warc(path: str, options: SourceOptions) -> Iterator[PageInput]:
    """The pages of one WARC file. A truncated or corrupt record ends the file with one error entry."""
    keys = UniqueKeys()
    captured: dict[str, bool] = {}  # target URI -> whether a lintable page of it was yielded
    try:
        handle = open(path, "rb")
    except OSError as exc:
        yield PageInput(key=path, error=f"cannot read WARC file: {exc.strerror or exc}", source=path)
        return
    # Each page is held until the record after it has been read: only then is it known that the gzip
    # member it came in was not cut off at the end of the file.
    held: tuple[int, PageInput] | None = None
    with handle:
        for item in _records(handle, path, options):
            if isinstance(item, _Damage):
                if held is not None and held[0] != item.offset:
                    yield held[1]
                error = f"truncated WARC record at offset {item.offset}" if item.reason is None else \
                    f"corrupt WARC record at offset {item.offset}: {item.reason}"
                yield PageInput(key=keys.unique(f"{path}@{item.offset}"), url=item.uri, error=error, source=path)
                return
            offset, uri, page = item
            if uri not in captured:
                captured[uri] = page.lintable
            elif not captured[uri] and page.lintable:
                captured[uri] = True
            else:
                continue
            if held is not None:
                yield held[1]
            held = (offset, replace(page, key=keys.unique(uri)))
    if held is not None:
        yield held[1]


def _records(handle, path: str, options: SourceOptions):
    """``(offset, uri, page)`` for each record that stands for a page, then a :class:`_Damage` if the file
    is damaged. Never raises: warcio raises many kinds of exception on damaged input, and any of them ends
    the file."""
    size = os.fstat(handle.fileno()).st_size
    gzipped = handle.read(2) == b"\x1f\x8b"
    handle.seek(0)
    records = _QuietArchiveIterator(handle)
    stream = iter(records)
    last_offset = None
    while True:
        try:
            record = next(stream)
        except StopIteration:
            # warcio ends quietly when the file stops inside a record's header (bytes are left over), or
            # inside the gzip trailer of the last record (nothing is left over, but the member is cut).
            if records.offset < size:
                yield _Damage(records.offset, None, None)
            elif gzipped and last_offset is not None and not _gzip_member_complete(handle, last_offset):
                yield _Damage(last_offset, None, None)
            return
        except Exception as exc:
            cut = _cut_short(handle, records.offset, gzipped, size)
            yield _Damage(records.offset, None, None if cut else _first_line(exc))
            return
        offset = last_offset = records.offset
        uri = record.rec_headers.get_header("WARC-Target-URI")
        try:
            page = _page_of(record, uri, path, options)
            complete = _read_to_end(record)
        except Exception as exc:
            yield _Damage(offset, uri, _first_line(exc))
            return
        if not complete:
            yield _Damage(offset, uri, None)
            return
        if page is not None:
            yield offset, uri, page


def _page_of(record, uri: str | None, path: str, options: SourceOptions) -> PageInput | None:
    """The page a record stands for, or None when the record is not one to yield."""
    if record.rec_type != "response" or not uri or not uri.lower().startswith(("http://", "https://")):
        return None
    http = record.http_headers
    if http is None:  # e.g. a dns: or whois: response, or a bare resource stored as a response
        return None
    page = PageInput(key=uri, url=uri, source=path)
    try:
        status = int(http.get_statuscode())
    except (TypeError, ValueError):
        return replace(page, error=f"unreadable HTTP status line {http.statusline!r}")
    media_type, charset = parse_content_type(http.get_header("Content-Type"))
    page = replace(page, status=status, content_type=media_type)
    if 300 <= status < 400:
        location = http.get_header("Location")
        return replace(page, redirect_to=urljoin(uri, location.strip()) if location else None)
    if not 200 <= status < 300:
        return page
    if media_type is not None and media_type not in HTML_TYPES:
        return None
    body_stream = record.raw_stream
    if "chunked" in (http.get_header("Transfer-Encoding") or "").lower():
        body_stream = ChunkedDataReader(record.raw_stream)  # no decomp_type: decompressing is ours, capped
    chunks = iter(lambda: body_stream.read(_CHUNK), b"")
    try:
        data = decoded_body(chunks, http.get_header("Content-Encoding"), options.max_bytes)
    except BodyTooLarge:
        return replace(page, error=f"page body larger than {options.max_bytes} bytes")
    except BodyError as exc:
        return replace(page, error=str(exc))
    if media_type is None and not looks_like_html(data):
        return None
    return replace(page, data=data, transport_encoding=charset)


def _read_to_end(record) -> bool:
    """Read what is left of the record; False when the file ends before the record's Content-Length, or the
    header has none (the file stopped inside the header)."""
    declared = (record.rec_headers.get_header("Content-Length") or "").strip()
    stream = record.raw_stream
    while stream.read(_CHUNK):
        pass
    return declared.isdigit() and isinstance(stream, LimitReader) and stream.limit == 0


def _cut_short(handle, offset: int, gzipped: bool, size: int) -> bool:
    """Whether the record at ``offset`` that warcio could not read is cut off by the end of the file (rather
    than damaged in the middle): its gzip member, or its header block, does not end before the file does."""
    if gzipped:
        return not _gzip_member_complete(handle, offset)
    handle.seek(offset)
    head = handle.read(_CHUNK)
    return b"\r\n\r\n" not in head and offset + len(head) >= size


def _gzip_member_complete(handle, offset: int) -> bool:
    """Whether the gzip member at ``offset`` ends with its trailer (its output is read and dropped)."""
    handle.seek(offset)
    decompressor = zlib.decompressobj(zlib.MAX_WBITS | 16)
    while not decompressor.eof:
        data = handle.read(_CHUNK)
        if not data:
            return False
        while data and not decompressor.eof:
            try:
                decompressor.decompress(data, _CHUNK)
            except zlib.error:
                return False
            data = decompressor.unconsumed_tail
    return True


def _first_line(exc: BaseException) -> str:
    lines = [line.strip() for line in str(exc).splitlines() if line.strip()]
    return lines[0] if lines else type(exc).__name__

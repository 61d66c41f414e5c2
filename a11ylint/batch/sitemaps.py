"""Sitemap inputs (``sitemap.xml``, ``.xml.gz``, local or http(s)), sitemap indexes included: the ``<loc>``
URLs as pages to fetch, streamed in document order, child sitemaps read depth first where they appear.

The XML is untrusted. lxml parses it with entities unresolved, no DTD loading and no network, and any
document that has a ``<!DOCTYPE>`` at all is refused: a sitemap never needs one, and every entity attack
(billion laughs, external entities) needs one.
"""

from __future__ import annotations

import gzip
import io
import os
import zlib
from typing import BinaryIO, Iterator
from urllib.parse import urldefrag, urljoin, urlsplit

from lxml import etree

from .fetch import FetchError, download
from .keys import UniqueKeys
from .model import PageInput
from .options import SourceOptions

# Which element holds the <loc> in each kind of sitemap. Other <loc>s (image:loc, video:loc) are not pages.
_ENTRY = {"urlset": "url", "sitemapindex": "sitemap"}


class SitemapError(Exception):
    """One sitemap cannot be read; the message says why."""


def is_url(location: str) -> bool:
    return urlsplit(location).scheme.lower() in ("http", "https")


def iter_sitemap(location: str, options: SourceOptions) -> Iterator[PageInput]:
    """The pages a sitemap (or sitemap index) lists; problems become error entries, never exceptions."""
    return _SitemapWalk(location, options).pages(location, 0)


class _SitemapWalk:
    """The state one sitemap input shares across its child sitemaps: keys, sitemaps read, URLs counted."""

    def __init__(self, spec: str, options: SourceOptions):
        self.spec = spec
        self.options = options
        self.keys = UniqueKeys()
        self.read: set[str] = set()
        self.locs = 0
        self.stopped = False

    def pages(self, location: str, depth: int) -> Iterator[PageInput]:
        if location in self.read:  # a sitemap listed twice, or an index that lists itself: read once
            return
        self.read.add(location)
        try:
            stream = self._open(location)
        except SitemapError as exc:
            yield self._error(location, str(exc))
            return
        with stream:
            try:
                yield from self._entries(stream, location, depth)
            except etree.XMLSyntaxError as exc:
                yield self._error(location, f"not well-formed XML: {exc}")
            except SitemapError as exc:
                yield self._error(location, str(exc))
            except (OSError, EOFError, zlib.error) as exc:  # a damaged .gz shows up while parsing
                yield self._error(location, f"cannot read: {getattr(exc, 'strerror', None) or exc}")

    def _entries(self, stream: BinaryIO, location: str, depth: int) -> Iterator[PageInput]:
        events = etree.iterparse(stream, events=("start", "end"), resolve_entities=False, no_network=True,
                                 load_dtd=False, huge_tree=False, remove_comments=True, remove_pis=True)
        entry = None
        for event, element in events:
            if entry is None:  # the root element's start
                if element.getroottree().docinfo.doctype:
                    yield self._error(location, "the sitemap has a <!DOCTYPE>, which sitemaps never need; "
                                                "refused, as it can carry XML entity attacks")
                    return
                kind = etree.QName(element).localname
                if kind not in _ENTRY:
                    yield self._error(location, f"not a sitemap: the root element is <{kind}>, "
                                                "not <urlset> or <sitemapindex>")
                    return
                entry = _ENTRY[kind]
                continue
            if event != "end" or not isinstance(element.tag, str):
                continue
            name = etree.QName(element).localname
            parent = element.getparent()
            if name == "loc" and parent is not None and etree.QName(parent).localname == entry \
                    and parent.getparent() is not None and parent.getparent().getparent() is None:
                self.locs += 1
                if self.locs > self.options.max_sitemap_urls:
                    self.stopped = True
                    yield self._error(f"{location}:{element.sourceline}",
                                      f"stopped after {self.options.max_sitemap_urls} sitemap entries "
                                      "(the max_sitemap_urls limit)")
                    return
                text = (element.text or "").strip()
                if entry == "url":
                    page = self._page(text, location, element.sourceline)
                    if page is not None:
                        yield page
                else:
                    yield from self._child(text, location, element.sourceline, depth)
                    if self.stopped:
                        return
            elif name == entry:
                element.clear()  # keep memory flat: drop entries already handled
                while element.getprevious() is not None:
                    del parent[0]

    def _page(self, text: str, location: str, line: int) -> PageInput | None:
        url = urljoin(location, text) if is_url(location) else text
        if not is_url(url) or not urlsplit(url).hostname:
            return self._error(f"{location}:{line}", f"<loc> {text!r} is not an http or https URL")
        url = urldefrag(url)[0]
        if not self.keys.claim(url):
            return None  # listed before: one page per URL
        return PageInput(key=url, url=url, source=self.spec)

    def _child(self, text: str, location: str, line: int, depth: int) -> Iterator[PageInput]:
        if depth + 1 > self.options.max_sitemap_depth:
            yield self._error(f"{location}:{line}", f"sitemap {text!r} is nested more than "
                                                    f"{self.options.max_sitemap_depth} levels deep; not read")
            return
        scheme = urlsplit(text).scheme.lower()
        if is_url(location) or scheme in ("http", "https"):
            child = urljoin(location, text) if is_url(location) else text
            if not is_url(child):
                yield self._error(f"{location}:{line}", f"sitemap <loc> {text!r} is not an http or https URL")
                return
        elif scheme and len(scheme) > 1:  # "file:", "ftp:" (a one-letter scheme is a Windows drive)
            yield self._error(f"{location}:{line}", f"sitemap <loc> {text!r} is not an http or https URL")
            return
        else:  # a local index may name its children by path, relative to its own folder
            child = os.path.join(os.path.dirname(location), text)
        yield from self.pages(child, depth + 1)

    def _open(self, location: str) -> _CappedReader:
        limit = self.options.max_sitemap_bytes
        if is_url(location):
            try:
                response = download(location, self.options, limit, lambda media_type: True)
            except FetchError as exc:
                raise SitemapError(f"cannot fetch: {exc}") from None
            if not 200 <= response.status < 300 or response.body is None:
                raise SitemapError(f"cannot fetch: HTTP status {response.status}")
            raw: BinaryIO = io.BytesIO(response.body)
        else:
            try:
                raw = open(location, "rb")
            except OSError as exc:
                raise SitemapError(f"cannot read: {exc.strerror or exc}") from None
        if raw.read(2) == b"\x1f\x8b":  # .xml.gz, or a gzip body: the file itself, not a Content-Encoding
            raw.seek(0)
            return _CappedReader(gzip.GzipFile(fileobj=raw, mode="rb"), limit, raw)
        raw.seek(0)
        return _CappedReader(raw, limit)

    def _error(self, key: str, reason: str) -> PageInput:
        return PageInput(key=self.keys.unique(key), error=reason, source=self.spec)


class _CappedReader:
    """A binary reader that fails once more than ``limit`` bytes have come out (a gzip bomb stops here)."""

    def __init__(self, stream, limit: int, *also_close) -> None:
        self._stream = stream
        self._limit = limit
        self._count = 0
        self._also_close = also_close

    def read(self, size: int = -1) -> bytes:
        data = self._stream.read(self._limit + 1 - self._count if size is None or size < 0 else size)
        self._count += len(data)
        if self._count > self._limit:
            raise SitemapError(f"larger than {self._limit} bytes (the max_sitemap_bytes limit)")
        return data

    def __enter__(self) -> _CappedReader:
        return self

    def __exit__(self, *exc_info) -> None:
        self._stream.close()
        for stream in self._also_close:
            stream.close()

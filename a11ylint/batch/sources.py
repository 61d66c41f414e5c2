"""Batch inputs as the user types them on ``a11ylint batch INPUT...``: what kind each is, and its pages.

Kinds: a folder (a ``wget --mirror`` tree, say), a WARC file, a sitemap or sitemap index (local, or an
http(s) URL whose last segment ends in ``.xml``/``.xml.gz`` or contains "sitemap"), a URL list, a single
http(s) URL, and a single HTML file. :func:`check_spec` tells the kind, or raises
:class:`~a11ylint.files.InputError`, without reading past the start of a file, so the CLI can check every
input before the first page is linted. :func:`iter_inputs` yields the pages lazily, in the same order on
every run (the runner resumes by it), with keys unique within the input. Problems inside an input (a cut
WARC record, a bad sitemap, a bad line) are pages with ``error``, never exceptions.
"""

from __future__ import annotations

import fnmatch
import os
import re
import zlib
from pathlib import Path
from typing import Iterator
from urllib.parse import urldefrag, urlsplit

from ..config import Config
from ..files import InputError, discover
from .bodies import looks_like_html
from .fetch import fetch, needs_fetch
from .folders import first_file, iter_folder
from .model import PageInput
from .options import SourceOptions
from .sitemaps import iter_sitemap
from .urllists import iter_url_list
from .warc import iter_warc

__all__ = ["KINDS", "SourceOptions", "check_spec", "fetch", "iter_inputs", "needs_fetch"]

KINDS = ("folder", "warc", "sitemap", "url-list", "url", "page")
SNIFF_BYTES = 65536  # how much of a file (after gunzip) is read to tell its kind
_URL_LIKE = re.compile(r"[a-z][a-z0-9+.-]*://", re.IGNORECASE)
_SITEMAP_ROOT = re.compile(rb"<(?:[\w.-]+:)?(?:urlset|sitemapindex)[\s>/]")


def check_spec(spec: str, config: Config) -> str:
    """The kind of input ``spec`` is (one of :data:`KINDS`), or :class:`InputError` naming it and the reason."""
    if _URL_LIKE.match(spec):
        return _url_kind(spec)
    path = Path(spec)
    if path.is_dir():
        if not os.access(path, os.R_OK | os.X_OK):
            raise InputError(f"{spec}: permission denied")
        if first_file(spec, config) is None:
            raise InputError(f"{spec}: no files matching {', '.join(config.include)} in this folder")
        return "folder"
    if not path.exists():
        raise InputError(f"{spec}: no such file or folder")
    if not path.is_file():
        raise InputError(f"{spec}: not a regular file or folder")
    try:
        with open(path, "rb") as handle:
            head = handle.read(SNIFF_BYTES)
    except OSError as exc:
        raise InputError(f"{spec}: cannot read it ({exc.strerror or exc})") from None
    return _file_kind(spec, head, config)


def iter_inputs(spec: str, config: Config, options: SourceOptions = SourceOptions()) -> Iterator[PageInput]:
    """The pages of one input. Checks ``spec`` now (raising :class:`InputError`) and reads it lazily."""
    kind = check_spec(spec, config)
    if kind == "folder":
        return iter_folder(spec, config)
    if kind == "warc":
        return iter_warc(spec, options)
    if kind == "sitemap":
        return iter_sitemap(spec, options)
    if kind == "url-list":
        return iter_url_list(spec)
    if kind == "url":
        url = urldefrag(spec)[0]
        return iter([PageInput(key=url, url=url, source=spec)])
    return (PageInput(key=path, path=path, source=spec) for path in discover([spec], config))


def _url_kind(spec: str) -> str:
    try:
        parts = urlsplit(spec)
        parts.port  # noqa: B018 - raises ValueError for a port that is not a number
    except ValueError as exc:
        raise InputError(f"{spec}: invalid URL ({exc})") from None
    if parts.scheme.lower() not in ("http", "https"):
        raise InputError(f"{spec}: only http and https URLs can be fetched")
    if not parts.hostname:
        raise InputError(f"{spec}: invalid URL: it has no host name")
    # A URL is read as a sitemap when its name says so; any other URL is a page to fetch.
    name = parts.path.lower().rsplit("/", 1)[-1]
    return "sitemap" if name.endswith((".xml", ".xml.gz")) or "sitemap" in name else "url"


def _file_kind(spec: str, head: bytes, config: Config) -> str:
    name = Path(spec).name.lower()
    if not head:
        raise InputError(f"{spec}: empty file")
    gzipped = head.startswith(b"\x1f\x8b")
    content = head
    if gzipped:
        try:
            content = zlib.decompressobj(zlib.MAX_WBITS | 16).decompress(head, SNIFF_BYTES)
        except zlib.error as exc:
            raise InputError(f"{spec}: corrupt gzip data ({exc})") from None
    if content.startswith(b"WARC/"):
        return "warc"
    if name.endswith((".warc", ".warc.gz")):
        raise InputError(f"{spec}: not a WARC file: it does not start with a WARC/1.x record header")
    if _SITEMAP_ROOT.search(content):
        return "sitemap"
    if name.endswith((".xml", ".xml.gz")):
        raise InputError(f"{spec}: not a sitemap: no <urlset> or <sitemapindex> element near its start")
    if gzipped:
        raise InputError(f"{spec}: a gzip file that holds neither a WARC file nor a sitemap")
    if looks_like_html(content) or any(fnmatch.fnmatch(name, pattern.lower()) for pattern in config.include):
        return "page"
    if name.endswith(".txt") or _starts_with_url(content):
        return "url-list"
    raise InputError(f"{spec}: not a folder, WARC file, sitemap, URL list or HTML page")


def _starts_with_url(content: bytes) -> bool:
    """Whether the first line that is not blank or a ``#`` comment is a URL."""
    for line in content.decode("utf-8", "replace").lstrip("\ufeff").splitlines():
        text = line.strip()
        if text and not text.startswith("#"):
            return _URL_LIKE.match(text) is not None
    return False

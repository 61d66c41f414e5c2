"""Folder inputs, such as a ``wget --mirror`` tree: the files ``a11ylint check`` would take from the folder,
in its order, each with the URL it was saved from when the tree says so."""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Iterator
from urllib.parse import quote

from ..config import Config
from ..files import walk  # discover's own walk: the same include/exclude globs, hidden folders and order
from .keys import UniqueKeys
from .model import PageInput

# A file saved as ``news/index.html`` was the folder URL ``news/`` (wget's default name for it).
INDEX_FILES = frozenset({"index.html", "index.htm"})
# Characters a URL path segment may hold as they are (RFC 3986 pchar); "%" keeps escapes wget wrote.
_SEGMENT_SAFE = "!$&'()*+,;=:@~%"
_HOST_NAME = re.compile(
    r"(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})(?::[0-9]{1,5})?", re.IGNORECASE)
_IPV4_HOST = re.compile(r"[0-9]{1,3}(?:\.[0-9]{1,3}){3}(?::[0-9]{1,5})?")
# Names that end like a host name but are files or folders named after a file type.
_NOT_TOP_LEVEL_DOMAINS = frozenset({"html", "htm", "shtml", "xhtml", "php", "asp", "aspx", "jsp", "cgi", "xml",
                                    "txt", "json", "css", "js", "pdf", "bak", "old", "orig", "tmp", "backup"})


def looks_like_host(name: str) -> bool:
    """Whether a folder name is a host name (``www.city.gov.cn``, ``10.0.0.5:8080``), as wget names them."""
    if _IPV4_HOST.fullmatch(name):
        return True
    if not _HOST_NAME.fullmatch(name):
        return False
    return name.split(":", 1)[0].rsplit(".", 1)[-1].lower() not in _NOT_TOP_LEVEL_DOMAINS


def first_file(folder: str, config: Config) -> str | None:
    """The first file the walk takes, or None; stops at the first, so a big tree is not walked twice."""
    return next(walk(Path(folder), config), None)


def mirror_url(folder: str, path: str) -> str | None:
    """The URL a mirrored file was saved from: the first folder below ``folder`` (or ``folder`` itself)
    names the host, the rest is the URL path. None when no folder looks like a host name.

    wget does not record the scheme, so the URL is http. A ``?`` in the file name starts the query.
    """
    parts = list(Path(os.path.relpath(path, folder)).parts)
    if len(parts) >= 2 and looks_like_host(parts[0]):
        host, rest = parts[0], parts[1:]
    elif looks_like_host(Path(folder).resolve().name):
        host, rest = Path(folder).resolve().name, parts
    else:
        return None
    query = ""
    if "?" in rest[-1]:
        rest[-1], query = rest[-1].split("?", 1)
        query = "?" + quote(query, safe=_SEGMENT_SAFE + "/?")
    if rest[-1].lower() in INDEX_FILES and not query:
        rest[-1] = ""
    return f"http://{host.lower()}/" + "/".join(quote(part, safe=_SEGMENT_SAFE) for part in rest) + query


def iter_folder(folder: str, config: Config) -> Iterator[PageInput]:
    """One page per file; the key is the URL, or the path when there is no URL or another file has that
    URL already (``news/index.html`` and ``news/index.htm`` are both ``news/``)."""
    keys = UniqueKeys()
    for path in walk(Path(folder), config):
        url = mirror_url(folder, path)
        key = url if url is not None and keys.claim(url) else keys.unique(path)
        yield PageInput(key=key, url=url, path=path, source=folder)

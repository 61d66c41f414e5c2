"""URL list inputs: a text file of one URL per line; blank lines and lines starting with ``#`` are skipped."""

from __future__ import annotations

from typing import Iterator
from urllib.parse import urldefrag, urlsplit

from .keys import UniqueKeys
from .model import PageInput

MAX_LINE = 65536  # characters; a longer "line" is not a URL (a binary file named .txt, say)


def iter_url_list(path: str) -> Iterator[PageInput]:
    """One page to fetch per http(s) URL, in file order, each URL once; any other line is an error entry
    keyed ``FILE:LINE``."""
    keys = UniqueKeys()
    try:
        handle = open(path, encoding="utf-8-sig", errors="replace", newline=None)
    except OSError as exc:
        yield PageInput(key=path, error=f"cannot read URL list: {exc.strerror or exc}", source=path)
        return
    with handle:
        number = 0
        for line in _lines(handle):
            number += 1
            text = line.strip()
            if not text or text.startswith("#"):
                continue
            if len(line.rstrip("\r\n")) > MAX_LINE:
                yield _bad_line(keys, path, number, f"line longer than {MAX_LINE} characters")
                continue
            reason = _not_fetchable(text)
            if reason is not None:
                yield _bad_line(keys, path, number, reason)
                continue
            url = urldefrag(text)[0]
            if keys.claim(url):
                yield PageInput(key=url, url=url, source=path)


def _lines(handle) -> Iterator[str]:
    """The file's lines, each read at most MAX_LINE + 1 characters at a time; an over-long line comes back as
    one string just over MAX_LINE long (the rest of it is skipped), so memory stays bounded."""
    while True:
        line = handle.readline(MAX_LINE + 1)
        if not line:
            return
        if len(line) > MAX_LINE and not line.endswith("\n"):
            while True:  # skip to the end of this line
                rest = handle.readline(MAX_LINE)
                if not rest or rest.endswith("\n"):
                    break
        yield line


def _not_fetchable(text: str) -> str | None:
    try:
        parts = urlsplit(text)
        parts.port  # noqa: B018 - raises ValueError for a port that is not a number
    except ValueError as exc:
        return f"invalid URL {text!r}: {exc}"
    if parts.scheme.lower() not in ("http", "https"):
        return f"{text!r} is not an http or https URL; only those are fetched"
    if not parts.hostname:
        return f"{text!r} has no host name"
    return None


def _bad_line(keys: UniqueKeys, path: str, number: int, reason: str) -> PageInput:
    return PageInput(key=keys.unique(f"{path}:{number}"), error=reason, source=path)

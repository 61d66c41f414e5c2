"""What a batch input yields for each page, and the record a batch writes for it."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import islice


@dataclass(frozen=True)
class PageInput:
    """One page of a batch input, before linting.

    A folder input gives ``path`` (read in the worker); a WARC record or a fetched URL gives ``data``.
    Records that are not pages to lint (a 404, a redirect) are yielded too, with their ``status``, so
    that site-level checks know which URLs are broken; ``lintable`` says whether to lint the page.
    """

    key: str  # unique and stable within the batch: the URL when known, else the path
    url: str | None = None
    path: str | None = None
    data: bytes | None = None
    transport_encoding: str | None = None  # the charset of the HTTP Content-Type, for the decoder
    status: int | None = None  # HTTP status; None for local files
    content_type: str | None = None
    redirect_to: str | None = None  # the Location of a 3xx response
    error: str | None = None  # why the record could not be read (truncated, corrupt); then nothing is linted
    source: str = ""  # the input it came from (a folder, a WARC file, a sitemap), for messages

    @property
    def lintable(self) -> bool:
        if self.error is not None:
            return False
        if self.status is not None and not 200 <= self.status < 300:
            return False
        return self.path is not None or self.data is not None


def chunked(pages: Iterable, size: int) -> Iterator[list]:
    """Lists of ``size`` items (the last one shorter), read lazily from ``pages``."""
    iterator = iter(pages)
    while chunk := list(islice(iterator, size)):
        yield chunk

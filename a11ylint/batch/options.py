"""The limits every batch source and the fetcher obey."""

from __future__ import annotations

from dataclasses import dataclass

MEGABYTE = 1024 * 1024


@dataclass(frozen=True)
class SourceOptions:
    """How far a batch input may go: sizes, time, politeness and which hosts it may reach."""

    max_bytes: int = 20 * MEGABYTE  # one page body, after undoing gzip; a bigger page becomes an error entry
    timeout: float = 20.0  # seconds for one HTTP request, from connecting to the last body byte
    delay_per_host: float = 1.0  # seconds between two requests to the same host, within this process
    allow_private: bool = False  # fetch from loopback, private and link-local addresses too
    max_sitemap_depth: int = 3  # sitemap index -> child sitemap nesting; the protocol itself allows 1
    max_sitemap_urls: int = 100_000  # <loc> entries read from one sitemap input, child sitemaps included
    max_sitemap_bytes: int = 50 * MEGABYTE  # one sitemap after gunzip: the sitemap protocol's own limit

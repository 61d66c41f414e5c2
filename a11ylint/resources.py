"""Local files a page refers to (style sheets), found without touching the network."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import unquote, urlsplit

MAX_RESOURCE_BYTES = 2_000_000


def local_loader(page_path: str, web_root: Path | None):
    """A ``load(href)`` for the CSS resolver: relative hrefs resolve against the page's folder, root-relative
    ones (``/css/site.css``) against ``web_root``. Remote URLs, missing files and files over
    ``MAX_RESOURCE_BYTES`` give None, which the resolver records as an unknown source."""
    page = Path(page_path)
    if not page.is_file():
        return None
    page_dir = page.resolve().parent

    def load(href: str) -> bytes | None:
        parts = urlsplit(href.strip())
        if parts.scheme or parts.netloc or not parts.path:
            return None
        path = unquote(parts.path)
        if path.startswith("/"):
            if web_root is None:
                return None
            target = (web_root / path.lstrip("/")).resolve()
        else:
            target = (page_dir / path).resolve()
        try:
            if not target.is_file() or target.stat().st_size > MAX_RESOURCE_BYTES:
                return None
            return target.read_bytes()
        except OSError:
            return None

    return load

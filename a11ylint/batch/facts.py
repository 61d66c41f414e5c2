"""What a page tells the site-level checks: its title, where its links go, its navigation and footer links.

Read from the rule context after the rules ran (``Linter.lint_bytes(observe=...)``), so the page is
parsed once. Kept small: a batch record carries these facts for every page.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import unquote, urldefrag, urljoin, urlsplit

from ..dom import normalize_space
from ..footer import footer_area
from ..links import link_href, links

MAX_LINKS = 500  # internal links kept per page: enough for any navigation, bounded for link farms


def _target(href: str, page_url: str | None, page_path: str | None) -> str | None:
    """Where an internal link leads: an absolute http(s) URL on the page's host, or (a page known only by
    its file) the local file it names; None for other sites, other schemes and in-page anchors."""
    href = href.strip()
    if not href or href.startswith("#") or ":" in href.split("/", 1)[0] and not href.lower().startswith("http"):
        return None  # in-page, javascript:, mailto:, tel:, …
    if page_url:
        absolute, _ = urldefrag(urljoin(page_url, href))
        target, page = urlsplit(absolute), urlsplit(page_url)
        if target.scheme not in ("http", "https") or target.hostname != page.hostname:
            return None
        return absolute
    if page_path is None or urlsplit(href).scheme or href.startswith("//"):
        return None
    path = unquote(urlsplit(href).path)
    if not path or path.startswith("/"):
        return None  # root-relative: the site root of a bare folder is unknown
    return str((Path(page_path).parent / path).resolve())


def page_facts(ctx, page_url: str | None, page_path: str | None) -> dict:
    titles = [normalize_space("".join(element.itertext())) for element in ctx.select("title")]
    targets: list[str] = []
    for element, _ in links(ctx):
        href = link_href(element)
        target = _target(href, page_url, page_path) if href else None
        if target and target not in targets:
            targets.append(target)
            if len(targets) >= MAX_LINKS:
                break
    navigation = []
    for element in ctx.select("nav, [role=navigation]"):
        navigation = [name for link, name in links(ctx) if element in link.iterancestors() and name]
        if navigation:
            break
    footer = [normalize_space("".join(link.itertext())) for link in footer_area(ctx).links]
    return {
        "title": titles[0] if titles else None,
        "links": targets,
        "navigation": navigation[:60],
        "footer_links": [text for text in footer if text][:60],
    }

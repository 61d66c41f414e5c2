"""What a page tells the site-level checks: its title, where its links go, its navigation and footer links.

Read from the rule context after the rules ran (``Linter.lint_bytes(observe=...)``), so the page is
parsed once. Kept small: a batch record carries these facts for every page.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from urllib.parse import unquote, urldefrag, urljoin, urlsplit

from ..data import load
from ..dom import normalize_space
from ..footer import footer_area
from ..links import link_href, links
from ..policylinks import name_matches

MAX_LINKS = 500  # internal links kept per page: enough for any navigation, bounded for link farms
# Help mechanisms WCAG 3.2.6 names: human contact details or a contact mechanism, self-help, a chat.
# Matched like the policy links: English names as whole words, Chinese ones anywhere.
HELP_NAMES = ("contact us", "contact", "help", "faq", "frequently asked questions", "get help",
              "联系我们", "联系方式", "帮助", "常见问题", "在线咨询", "咨询", "留言")


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
    area = footer_area(ctx)
    footer = [normalize_space("".join(link.itertext())) for link in area.links]
    statement_names = _statement_names()
    help_regions, statements = [], []
    for element, name in links(ctx):
        lowered = normalize_space(name).lower()
        if name_matches(lowered, HELP_NAMES):
            region = "footer" if area.contains(element, ctx) else _region(element)
            if region not in help_regions:
                help_regions.append(region)
        if name_matches(lowered, statement_names) and link_href(element):
            href = link_href(element).strip()
            statements.append(urljoin(page_url, href) if page_url else href)
    return {
        "title": titles[0] if titles else None,
        "links": targets,
        "navigation": navigation[:60],
        "footer_links": [text for text in footer if text][:60],
        "help": help_regions,
        "statement_links": sorted(set(statements))[:5],
    }


def _region(element) -> str:
    """Where a link sits: in the page header or navigation, or in the content."""
    for ancestor in element.iterancestors():
        if ancestor.tag in ("header", "nav") or ancestor.get("role") in ("banner", "navigation"):
            return "header"
    return "content"


@lru_cache(maxsize=1)
def _statement_names() -> tuple[str, ...]:
    data = load("policy-links")
    return tuple(dict.fromkeys(name for jurisdiction in ("uk", "eu", "us") for name in
                               data[jurisdiction]["links"]["accessibility"]["names"]))

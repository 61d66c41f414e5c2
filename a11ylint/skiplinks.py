"""Skip links: same-page links that let keyboard users jump past blocks repeated on every page, and whether
their targets exist and are rendered."""

from __future__ import annotations

import re
from urllib.parse import unquote

SKIP_TEXT = re.compile(
    r"\bskip\b|\bjump to\b|\bbypass\b|go to (?:the )?(?:main )?content|^main content$|"
    r"跳过|跳到|跳至|跳转到?(?:主要|正文|内容|主体)|直达(?:正文|主要内容|内容)|转到(?:正文|主要内容)|"
    r"zum (?:haupt)?inhalt|direkt zum (?:haupt)?inhalt|inhalt springen|"
    r"(?:aller|passer|accéder|acceder) au contenu|contenu principal|saltar al contenido|ir al contenido",
    re.IGNORECASE,
)


def fragment_target(link, ctx):
    """(fragment, target element or None) for a same-page link (``href="#x"``), else None."""
    href = (link.get("href") or "").strip()
    if not href.startswith("#") or len(href) < 2:
        return None
    fragment = unquote(href[1:])
    targets = ctx.ids().get(fragment) or ctx.ids().get(href[1:]) or []
    if not targets:
        targets = [anchor for anchor in ctx.select("a[name]") if anchor.get("name") == fragment]
    return fragment, (targets[0] if targets else None)


def skip_links(ctx):
    """(link, name, fragment, target or None) for every skip-like same-page link, in document order.
    Hidden skip links count: they are usually shown on focus."""
    memo = ctx.memo("a11ylint.skiplinks.skip_links")
    if "value" not in memo:
        memo["value"] = _skip_links_uncached(ctx)
    return memo["value"]


def _skip_links_uncached(ctx):
    found = []
    for link in ctx.select("a[href]"):
        resolved = fragment_target(link, ctx)
        if resolved is None:
            continue
        name = ctx.accessible_name(link) or ctx.text(link)
        if not SKIP_TEXT.search(name or ""):
            continue
        found.append((link, name, resolved[0], resolved[1]))
    return found


def broken(fragment: str, target, ctx) -> bool:
    """True when a skip link's target is missing or not rendered (``#top`` always works)."""
    if fragment.lower() == "top":
        return False  # HTML scrolls to the top of the page for "#top"
    return target is None or ctx.is_invisible(target)

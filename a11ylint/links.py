"""Links as assistive technology lists them: which elements are links, their names and addresses, generic link
texts ("click here", "更多") and the programmatically determined context around a link."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from urllib.parse import urljoin

from .aria import is_a
from .dom import is_html, normalize_space
from .roles import SVG_LINK, XLINK_HREF

GENERIC_LINK_TEXT = frozenset(item.strip() for item in """
    here|click here|click|click this|click here for more|click for more|click this link|this|this link|this page|
    more|read more|learn more|see more|view more|show more|find out more|more info|more information|
    more details|details|detail|full details|full story|read the full story|continue|continue reading|go|go here|
    go to|open|view|see|visit|download here|download now|click here to download|
    更多|更多信息|更多内容|查看更多|了解更多|阅读更多|浏览更多|更 多|详细|详情|详细信息|详细内容|查看详情|查看详细|
    查看|点击|点击这里|点击此处|点此|点这里|点击查看|点击进入|点击下载|立即下载|这里|此处|进入|阅读全文|全文|
    阅读原文|原文|
    hier|hier klicken|mehr|mehr erfahren|mehr lesen|weiter|weiterlesen|details ansehen|
    ici|cliquez ici|cliquer ici|plus|en savoir plus|lire la suite|la suite|suite|détails|voir plus
""".split("|")) - {""}

# Characters stripped from both ends before the comparison: arrows, brackets, dots, quotes.
_EDGES = " \t\r\n.:;,!?…·•>»›→⇒⟩<«‹←+*-–—_~|/\\[](){}【】〔〕［］（）「」『』《》〈〉\"'“”‘’。：，！？、"


def normalized(name: str) -> str:
    return normalize_space(name).strip(_EDGES).lower()


@lru_cache(maxsize=4096)  # a page repeats its link names ("更多" in every box, the same menu in header and footer)
def is_generic(name: str) -> bool:
    """True when the name says nothing about the destination: a generic phrase, or only symbols."""
    text = normalize_space(name)
    if not text:
        return False
    core = text.strip(_EDGES).lower()
    if not core:
        return True  # only arrows or punctuation, such as ">>"
    if all(unicodedata.category(char)[0] in "PSZ" for char in core):
        return True
    return core in GENERIC_LINK_TEXT


# Elements that may be links; rules that select them use this same text, so the page selects them once.
LINK_CANDIDATES = "a[href], area[href], [role], svg|a"


def links(ctx):
    """(link, name) of every link exposed to assistive technology, in document order."""
    memo = ctx.memo("a11ylint.links.links")
    if "value" not in memo:
        memo["value"] = _links_uncached(ctx)
    return memo["value"]


def _links_uncached(ctx):
    found = []
    for element in ctx.select(LINK_CANDIDATES):
        if element.tag == SVG_LINK:
            if element.get("href") is None and element.get(XLINK_HREF) is None:
                continue
        else:
            role = ctx.role(element)
            if role is None or not is_a(role, "link"):
                continue
        if ctx.is_hidden(element):
            continue
        found.append((element, link_name(element, ctx)))
    return found


def link_name(link, ctx) -> str:
    name = ctx.accessible_name(link)
    if not name and link.tag == SVG_LINK:
        name = ctx.text(link)  # SVG-AAM: an SVG link takes its name from its content
    return name


def link_href(link) -> str | None:
    return link.get("href") if link.get("href") is not None else link.get(XLINK_HREF)


_CONTEXT_TAGS = frozenset(("p", "li", "td", "th", "dd", "dt"))
_CONTEXT_ROLES = frozenset(("paragraph", "listitem", "cell", "gridcell", "rowheader", "columnheader"))
_HAS_WORDS = re.compile(r"\w", re.UNICODE)


def link_context(link, ctx, name: str) -> str:
    """Programmatically determined context of a link, as text: what the nearest paragraph, list item or
    table cell (and its header cells) with other words says besides the link, ``aria-describedby`` and
    ``title``. "" when none."""
    parts = []
    ids = ctx.ids()
    for reference in (link.get("aria-describedby") or "").split():
        target = (ids.get(reference) or [None])[0]
        if target is not None:
            parts.append(ctx.text(target))
    title = normalize_space(link.get("title") or "")
    if title and title.lower() != normalize_space(name).lower():
        parts.append(title)
    own = ctx.text(link)
    for ancestor in link.iterancestors():
        if not isinstance(ancestor.tag, str):
            continue
        if ancestor.tag in ("body", "html"):
            break
        if not (is_html(ancestor) and ancestor.tag in _CONTEXT_TAGS) and ancestor.get("role") not in _CONTEXT_ROLES:
            continue
        whole = ctx.text(ancestor)
        text = whole.replace(own, " … ", 1) if own else whole
        if ancestor.tag in ("td", "th"):
            parts.extend(_header_text(ancestor, ctx))
        if _HAS_WORDS.search(normalized(text.replace("…", ""))):
            parts.append(normalize_space(text)[:200])
            break
    return normalize_space(" ".join(part for part in parts if part))


def _header_text(cell, ctx) -> list[str]:
    table = next(cell.iterancestors("table"), None)
    if table is None:
        return []
    model = ctx.table(table).by_element.get(cell)
    if model is None:
        return []
    return [ctx.text(header.element) for header in model.headers if header.element is not cell]


# --- addresses -----------------------------------------------------------------------------------------

_PAGE = "http://page.invalid/dir/page.html"  # stands for the page's own address when resolving relative links


def base_url(ctx) -> str:
    """The document base URL: the first ``<base href>``, resolved against a stand-in page address."""
    for base in ctx.select("base[href]"):
        return urljoin(_PAGE, base.get("href").strip())
    return _PAGE


def shown(address: str, base: str) -> str:
    """A destination as the page wrote it, for messages."""
    if address.startswith(("script:", "href:")):
        return address.split(":", 1)[1][:60] or "?"
    return address.replace(base.rsplit("/", 1)[0] + "/", "").replace("http://page.invalid", "")[:80]

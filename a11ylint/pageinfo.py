"""What a page says about itself: its named metadata, its own address and host, the site domains it names,
and whether it is a site's home page.

A page states its address in several ways: a canonical link, ``og:url`` / ``twitter:url`` / ``Url`` metadata,
the "saved from url" comment browsers add to saved pages, the ``<text id="URL">`` wrapper of crawl datasets,
and an absolute ``<base href>``. Only absolute http(s) addresses count, and a malformed one
(``https://[x``) is ignored, never an error. Everything is computed once per page (``ctx.memo``).
"""

from __future__ import annotations

import posixpath
import re
from urllib.parse import SplitResult, urlsplit

from .dom import normalize_space

_MEMO = "a11ylint.pageinfo"
_SAVED_FROM = re.compile(r"saved from url=\(\d+\)(\S+?)\s*-->", re.IGNORECASE)
_ABSOLUTE_HTTP = re.compile(r"^\s*https?://[^/\s]", re.IGNORECASE)
_ADDRESS_PROPERTIES = ("og:url", "twitter:url")
_HOME_NAMES = frozenset(("", "index.html", "index.htm", "index.shtml", "index.php", "index.jsp", "index.asp",
                         "index.aspx", "default.asp", "default.aspx", "default.htm", "default.html", "main.htm"))
_HOME_COLUMNS = frozenset(("首页", "网站首页", "门户首页", "主页"))


def metas(ctx, name: str) -> list:
    """``(element, content)`` of every ``<meta name>`` with this name (case-insensitive), in document order."""
    wanted = name.lower()
    return [(meta, normalize_space(meta.get("content") or "")) for meta in ctx.select("meta[name]")
            if (meta.get("name") or "").strip().lower() == wanted]


def meta_value(ctx, name: str) -> str | None:
    """The first non-empty content of a named meta; "" when it exists but is empty; None when absent."""
    found = metas(ctx, name)
    if not found:
        return None
    return next((content for _, content in found if content), "")


def split_url(address: str | None) -> SplitResult | None:
    """The parts of an address, or None when it is missing or malformed (``urlsplit`` raises on
    ``https://[x``)."""
    if not address:
        return None
    try:
        return urlsplit(address.strip())
    except ValueError:
        return None


def stated_urls(ctx, include_base: bool = True) -> list[str]:
    """Every absolute http(s) address the page gives as its own, most telling first: canonical link,
    ``og:url`` / ``twitter:url`` property, ``Url`` meta, "saved from url" comment, ``<text id>`` wrapper,
    then (with ``include_base``) ``<base href>``, which names the site but not always the page."""
    memo = ctx.memo(_MEMO)
    key = ("urls", include_base)
    if key not in memo:
        candidates = []
        for link in ctx.select("link[rel][href]"):
            if "canonical" in (link.get("rel") or "").lower().split():
                candidates.append(link.get("href"))
        for meta in ctx.select("meta[property]"):
            if (meta.get("property") or "").strip().lower() in _ADDRESS_PROPERTIES:
                candidates.append(meta.get("content"))
        candidates.extend(content for _, content in metas(ctx, "url"))
        saved = _SAVED_FROM.search(ctx.document.text[:4000])
        if saved:
            candidates.append(saved.group(1))
        candidates.extend(element.get("id") for element in ctx.select("text[id]"))
        if include_base:
            candidates.extend(base.get("href") for base in ctx.select("base[href]"))
        memo[key] = [candidate.strip() for candidate in candidates
                     if candidate and _ABSOLUTE_HTTP.match(candidate) and split_url(candidate) is not None]
    return memo[key]


def page_url(ctx, include_base: bool = True) -> str | None:
    """The page's own absolute address when the page says it (the first of :func:`stated_urls`)."""
    return next(iter(stated_urls(ctx, include_base)), None)


def host_of(address: str | None) -> str:
    """The lower-case host of an address ("" when it has none); accepts a bare host such as www.x.gov.cn."""
    if not address:
        return ""
    address = address.strip()
    if "://" not in address and not address.startswith("//"):
        address = "//" + address
    parts = split_url(address)
    return ((parts.hostname if parts else None) or "").rstrip(".").lower()


def site_domains(ctx) -> list[str]:
    """Hosts named by the ``SiteDomain`` meta (several may be listed, separated by commas)."""
    value = meta_value(ctx, "SiteDomain") or ""
    return [host for host in (host_of(part) for part in re.split(r"[,，;；\s]+", value) if part) if host]


def page_host(ctx) -> str:
    return host_of(page_url(ctx))


def page_is_https(ctx) -> bool:
    """True when the page's address, or failing that its ``SiteDomain``, says https."""
    url = page_url(ctx)
    if url:
        return url.lower().startswith("https:")
    return any(part.strip().lower().startswith("https:") for _, part in metas(ctx, "SiteDomain"))


def host_matches(host: str, suffixes) -> bool:
    """True when ``host`` is one of ``suffixes`` or (for entries that start with a dot) ends with one."""
    host = host.lower()
    for suffix in suffixes:
        suffix = suffix.lower()
        if host == suffix.lstrip(".") or (suffix.startswith(".") and host.endswith(suffix)):
            return True
    return False


def is_home_page(ctx, is_article=None) -> bool:
    """A site's home page: the page's own address is the site root or an index.* / default.* file in it.
    When the page does not say its address (a ``<base href>`` names the site, not the page): a
    ``ColumnName`` meta of 首页, else a file named index.* or default.*, unless ``is_article(ctx)`` says the
    page is an article (content systems publish articles as …/index.html too)."""
    url = page_url(ctx, include_base=False)
    if url:
        path = split_url(url).path or "/"
        return posixpath.dirname(path) in ("", "/") and posixpath.basename(path).lower() in _HOME_NAMES
    if (meta_value(ctx, "ColumnName") or "") in _HOME_COLUMNS:
        return True
    if is_article is not None and is_article(ctx):
        return False
    return posixpath.basename(ctx.path.replace("\\", "/")).lower() in _HOME_NAMES

"""Links must not rely on generic text such as "click here" or "more" without context.

## What it checks
Links (`<a href>`, `<area href>`, `role="link"`, SVG `<a>`) exposed to assistive technology whose accessible
name is only a generic phrase — "click here", "here", "more", "read more", "details", "link", "更多",
"详细", "点击这里", "查看详情", "mehr", "en savoir plus"…, or only symbols such as `>>` — **and** that
have no programmatically determined link context: no other text in the same paragraph, list item or
table cell (or its header cells), no `aria-describedby` or `title`, and no heading anywhere before the
link (WCAG technique H80 accepts a preceding heading as context). Generic links that do have such context
are left to a person (`link-purpose-review`), since only a reader can tell whether the context makes the
destination clear.

## Why it matters
Screen reader users often list a page's links, or tab from link to link, and hear only the link text. Ten
links called "更多" (more) on a portal page are indistinguishable.

## How to fix
Put the destination in the link text: "More notices", "更多通知公告", "Read the 2024 budget report". If the
visual design needs the short text, add the rest for screen readers with `aria-label` (starting with the
visible text) or visually hidden text inside the link.

## Failing example
```html
<a href="/notices/">更多>></a>
```

```html
<div><a href="/report.pdf">Click here</a></div>
```

## Passing example
```html
<a href="/notices/">More notices</a>
```

```html
<p>The 2024 budget report is now online. <a href="/report.pdf">Read more</a></p>
```

## References
- WCAG SC 2.4.4 Link Purpose (In Context): https://www.w3.org/WAI/WCAG22/Understanding/link-purpose-in-context.html
- ACT rule 5effbb, Link in context is descriptive: https://www.w3.org/WAI/standards-guidelines/act/rules/5effbb/
- WCAG failure F63 (link context not programmatically determined):
  https://www.w3.org/WAI/WCAG22/Techniques/failures/F63
- WCAG technique H80 (link text combined with the preceding heading):
  https://www.w3.org/WAI/WCAG22/Techniques/html/H80
"""

import re
import unicodedata

from a11ylint.aria import is_a
from a11ylint.dom import SVG_NAMESPACE, is_html, normalize_space
from a11ylint.rule import Fail, Text, rule

_SVG_A = "{%s}a" % SVG_NAMESPACE
_XLINK_HREF = "{http://www.w3.org/1999/xlink}href"

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


def is_generic(name: str) -> bool:
    """True when the name says nothing about the destination: a generic phrase, or only symbols."""
    text = normalize_space(name)
    if not text:
        return False
    core = normalized(text)
    if not core:
        return True  # only arrows or punctuation, such as ">>"
    if all(unicodedata.category(char)[0] in "PSZ" for char in core):
        return True
    return core in GENERIC_LINK_TEXT


def links(ctx):
    """(link, name) of every link exposed to assistive technology, in document order."""
    found = []
    for element in ctx.select("a[href], area[href], [role], svg|a"):
        if element.tag == _SVG_A:
            if element.get("href") is None and element.get(_XLINK_HREF) is None:
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
    if not name and link.tag == _SVG_A:
        name = ctx.text(link)  # SVG-AAM: an SVG link takes its name from its content
    return name


def link_href(link) -> str | None:
    return link.get("href") if link.get("href") is not None else link.get(_XLINK_HREF)


_CONTEXT_TAGS = frozenset(("p", "li", "td", "th", "dd", "dt"))
_CONTEXT_ROLES = frozenset(("paragraph", "listitem", "cell", "gridcell", "rowheader", "columnheader"))
_HAS_WORDS = re.compile(r"\w", re.UNICODE)


def link_context(link, ctx, name: str, texts: dict | None = None) -> str:
    """Programmatically determined context of a link, as text: what the nearest paragraph, list item or
    table cell (and its header cells) with other words says besides the link, ``aria-describedby`` and
    ``title``. "" when none. ``texts`` caches element texts across calls on one page."""
    texts = {} if texts is None else texts
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
        whole = texts.get(ancestor)
        if whole is None:
            whole = texts[ancestor] = ctx.text(ancestor)
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


def first_heading_offset(ctx) -> int | None:
    """Source offset of the first heading exposed to assistive technology, or None."""
    for element in ctx.select("h1, h2, h3, h4, h5, h6, [role=heading]"):
        if ctx.role(element) == "heading" and not ctx.is_hidden(element) and ctx.accessible_name(element):
            return ctx.document.offset(element)
    return None


@rule(
    code="LNK002",
    name="link-purpose",
    title=Text('Links must not rely on generic text such as "click here" or "more" without context',
               "链接不得在没有上下文的情况下只使用“点击这里”“更多”等泛泛文字"),
    messages={"generic": Text('Link text "{name}" does not say where the link goes and nothing around it does; '
                              'name the destination, e.g. "More notices"',
                              "链接文字“{name}”未说明链接去向，周围也没有说明；请写明目标，如“更多通知公告”")},
    selector=":root",
    wcag=("2.4.4",),
    level="A",
    act=("5effbb",),
    standards=("EN-301-549:9.2.4.4", "Section-508:E205.4"),
    tags=("cat.name-role-value", "links"),
    severity="error",
    impact="serious",
)
def check(root, ctx):
    heading = None
    texts: dict = {}
    for link, name in links(ctx):
        if not is_generic(name):
            continue
        if heading is None:
            heading = first_heading_offset(ctx)
            heading = -1 if heading is None else heading
        if 0 <= heading < ctx.document.offset(link):
            continue  # a preceding heading may give the context (H80): left to link-purpose-review
        if link_context(link, ctx, name, texts):
            continue
        yield Fail("generic", element=link, name=name[:60])

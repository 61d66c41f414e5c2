"""The page footer: where government sites put their policy links, site marks and contact details.

The footer is, in order of preference: the page's ``contentinfo`` landmark (a ``<footer>`` that is not
inside an article or section, or ``role="contentinfo"``); else the elements whose id or class names a
footer (``footer``, ``foot``, ``bottom``, ``copyright``, ``bq`` — Chinese templates' 版权区) in the
second half of the page; else the end of the page: everything after the point where 85 % of the body's
text has gone by. Rules read it through :func:`footer_area`, computed once per page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .dom import normalize_space

_FOOTER_NAME = re.compile(r"(?:^|[-_\s])(?:foot(?:er)?|bottom|copyright|copy|bq|banquan|ft)(?:[-_\s\d]|$)|^foot",
                          re.IGNORECASE)
END_OF_PAGE_SHARE = 0.85


@dataclass
class FooterArea:
    """Where the footer is (``kind``: contentinfo, named, end-of-page or none), its text and its links."""

    kind: str
    elements: list  # the footer elements (empty for the end-of-page fallback)
    start: int  # source offset where the footer begins (end-of-page: the 85 % point)
    text: str  # the footer's visible text, whitespace collapsed
    links: list  # <a> elements in the footer, in document order

    def contains(self, element, ctx) -> bool:
        if self.elements:
            return any(element is area or any(ancestor is area for ancestor in element.iterancestors())
                       for area in self.elements)
        return self.kind == "end-of-page" and ctx.document.offset(element) >= self.start


def footer_area(ctx) -> FooterArea:
    memo = ctx.memo("a11ylint.footer")
    if "area" not in memo:
        memo["area"] = _find(ctx)
    return memo["area"]


def _find(ctx) -> FooterArea:
    landmarks = [element for element in ctx.select("footer, [role]")
                 if ctx.role(element) == "contentinfo" and not ctx.is_invisible(element)]
    if landmarks:
        return _area("contentinfo", _outermost(landmarks), ctx)
    halfway = len(ctx.document.text) // 2
    named = [element for element in ctx.select("body [id], body [class]")
             if ctx.document.offset(element) >= halfway and _names_footer(element) and not ctx.is_invisible(element)]
    if named:
        return _area("named", _outermost(named), ctx)
    return _end_of_page(ctx)


def _names_footer(element) -> bool:
    return bool(_FOOTER_NAME.search(element.get("id") or "")) or any(
        _FOOTER_NAME.search(token) for token in (element.get("class") or "").split())


def _outermost(elements: list) -> list:
    chosen = set(elements)
    return [element for element in elements if not any(ancestor in chosen for ancestor in element.iterancestors())]


def _area(kind: str, elements: list, ctx) -> FooterArea:
    text = normalize_space(" ".join(ctx.text(element) for element in elements))
    links = [link for element in elements for link in element.iter("a")]
    start = min(ctx.document.offset(element) for element in elements)
    return FooterArea(kind, elements, start, text, links)


def _end_of_page(ctx) -> FooterArea:
    body = next(iter(ctx.select("body")), None)
    if body is None:
        return FooterArea("none", [], 0, "", [])
    pieces = []  # (offset, text) of every visible text run of the body, in document order
    for element in body.iter():
        if not isinstance(element.tag, str) or ctx.is_invisible(element):
            continue
        if element.text and element.text.strip():
            pieces.append((ctx.document.offset(element), element.text))
        for child in element:
            if child.tail and child.tail.strip():
                pieces.append((ctx.document.offset(child), child.tail))
    if not pieces:
        return FooterArea("end-of-page", [], ctx.document.offset(body), "", [])
    total = sum(len(text) for _, text in pieces)
    cut = int(total * END_OF_PAGE_SHARE)
    seen = 0
    start = pieces[-1][0]
    tail_parts = []
    for offset, text in pieces:
        if seen + len(text) > cut:
            if not tail_parts:
                start = offset
                tail_parts.append(text[max(0, cut - seen):])  # a long run is cut where the last 15 % begins
            else:
                tail_parts.append(text)
        seen += len(text)
    links = [link for link in body.iter("a") if ctx.document.offset(link) >= start]
    return FooterArea("end-of-page", [], start, normalize_space(" ".join(tail_parts)), links)

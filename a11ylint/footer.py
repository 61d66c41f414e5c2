"""The page footer: where government sites put their policy links, site marks and contact details.

The footer is, in order of preference: the page's ``contentinfo`` landmark (a ``<footer>`` that is not
inside an article or section, or ``role="contentinfo"``); else the elements whose id or class names a
footer and that are at the end of the page — they begin in the second half of the body's readable text, or
after its first quarter and run into its last 15 % — with the named elements right before them (nothing to
read in between); else the end of the page: everything after the point where 85 % of the body's readable
text has gone by. A name that holds ``foot`` names a footer (``footer``, ``g_foot_box``,
``mfooter``, ``xiafoot`` — 下 foot, ``divFooterInner``) unless it is another word (``footnote``,
``footable``); so do ``bottom``, ``copyright``, ``copy``, ``ft``, ``bq`` and ``banquan`` (Chinese templates'
版权区) as a part of a name between dashes, underscores or digits, and ``Bottom`` and ``Copyright`` in a
camelCase name (``divBottomOuter``).

A landmark or named footer with nothing to read — ``<div id="footer"></div>`` that a script fills, a
``div.bottom`` that holds only an iframe — is passed over for the next choice, and kept in
``empty_containers``: rules that look for marks there can tell "the footer is written by a script" from
"the page has no footer". Positions and text are those of the readable text (:mod:`a11ylint.pagetext`), so
scripts and styles neither count as footer text nor push a footer out of the second half of the page.
Rules read the footer through :func:`footer_area`, computed once per page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .dom import local_name
from .html_elements import VOID
from .pagetext import body_text, text_of

# "foot" anywhere in a name (footer, g_foot_box, mfooter, xiafoot, divFooterInner), unless another word.
_FOOT = re.compile(r"foot(?!note|print|ball|age|step|path|wear|hold|able)", re.IGNORECASE)
# Other words name a footer as a part of the name between separators or digits (copyright_info, main-bottom,
# ft2), or as a part of a camelCase name (divBottomOuter) — "copy" not there: copyLink is a share button.
_SEPARATED_WORDS = frozenset(("bottom", "copyright", "copy", "bq", "banquan", "ft"))
_CAMEL_CASE_WORDS = frozenset(("bottom", "copyright"))
_NAME_SEPARATORS = re.compile(r"[-_\s\d]+")
_CAMEL_CASE_PARTS = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")
NAMED_FOOTER_FROM = 0.5  # a named footer begins in the second half of the body's readable text …
NAMED_FOOTER_EARLIEST = 0.25  # … or, when it runs into the end-of-page area, after its first quarter
END_OF_PAGE_SHARE = 0.85
BOTTOM_SHARE = 0.8


@dataclass
class FooterArea:
    """Where the footer is (``kind``: contentinfo, named, end-of-page or none), its text and its links."""

    kind: str
    elements: list  # the footer elements (empty for the end-of-page fallback)
    start: int  # source offset where the footer begins (end-of-page: the 85 % point)
    text: str  # the footer's readable text (scripts and hidden elements left out), whitespace collapsed
    links: list  # <a> elements in the footer, in document order
    # Footer elements the page names but leaves without readable text (filled by a script or an iframe),
    # when no footer element has text.
    empty_containers: list

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
    empty = []
    for kind, candidates in (("contentinfo", _outermost(landmarks)), ("named", _named_footer(ctx))):
        filled = [element for element in candidates if text_of([element], ctx).text.strip()]
        if filled:
            return _area(kind, filled, ctx, [])
        empty.extend(candidates)
    empty = _outermost(list(dict.fromkeys(empty)))  # a <footer class="footer"> is both
    end = _end_of_page(ctx, empty)
    if end.text or not empty:
        return end
    # Nothing on the page has text: the empty footer elements are all the footer there is.
    return _area("contentinfo" if landmarks else "named", empty, ctx, empty)


def _named_footer(ctx) -> list:
    """The outermost elements named as a footer that are at the end of the page (:func:`_at_the_end`), with
    the named elements right before them, nothing to read in between: the first parts of a footer that is
    most of a short page (``<span class="footer_links">…<br><span class="footer_text">…``)."""
    text = body_text(ctx)
    verdicts = {}  # a page repeats a few hundred names over thousands of elements: each is decided once
    named = [(text.index_of(element), element) for element in ctx.select("body [id], body [class]")
             if _names_footer(element, verdicts) and local_name(element) not in VOID and not ctx.is_invisible(element)]
    named = [(start, element) for start, element in named if start is not None]
    at_end = [_at_the_end(start, element, text, ctx) for start, element in named]
    footer = _outermost([element for (_, element), late in zip(named, at_end) if late])
    if not footer:
        return []
    first = text.index_of(footer[0])
    earlier = _outermost([element for (start, element), late in zip(named, at_end) if not late and start < first])
    before = []
    for element in reversed(earlier):
        if any(ancestor is element for ancestor in footer[0].iterancestors()):
            continue  # a wrapper that holds the footer and more before it
        start = text.index_of(element)
        between = text.text[start:first].replace(" ", "")
        if len(between) > len(text_of([element], ctx).text.replace(" ", "")):
            break
        before.insert(0, element)
        first = start
    return before + footer


def _at_the_end(start: int, element, text, ctx) -> bool:
    """True when a named element begins in the second half of the body's readable text, or begins after its
    first quarter and runs into the end-of-page area (a footer followed by a print-only copy of itself)."""
    length = len(text.text)
    if start >= length * NAMED_FOOTER_FROM:
        return True
    if start < length * NAMED_FOOTER_EARLIEST:
        return False
    return start + len(text_of([element], ctx).text.strip()) >= length * END_OF_PAGE_SHARE


def _names_footer(element, verdicts: dict) -> bool:
    """True when the element's id or one of its classes names a footer; ``verdicts`` holds each name's answer."""
    for name in [element.get("id") or "", *(element.get("class") or "").split()]:
        verdict = verdicts.get(name)
        if verdict is None:
            verdict = verdicts[name] = _is_footer_name(name)
        if verdict:
            return True
    return False


def _is_footer_name(name: str) -> bool:
    if _FOOT.search(name):
        return True
    if any(part.lower() in _SEPARATED_WORDS for part in _NAME_SEPARATORS.split(name)):
        return True
    return any(part.lower() in _CAMEL_CASE_WORDS for part in _CAMEL_CASE_PARTS.findall(name))


def _outermost(elements: list) -> list:
    chosen = set(elements)
    return [element for element in elements if not any(ancestor in chosen for ancestor in element.iterancestors())]


def _area(kind: str, elements: list, ctx, empty_containers: list) -> FooterArea:
    links = [link for element in elements for link in element.iter("a")]
    start = min(ctx.document.offset(element) for element in elements)
    return FooterArea(kind, elements, start, text_of(elements, ctx).text, links, empty_containers)


def _end_of_page(ctx, empty_containers: list) -> FooterArea:
    body = next(iter(ctx.select("body")), None)
    if body is None:
        return FooterArea("none", [], 0, "", [], empty_containers)
    text = body_text(ctx)
    if not text.text:
        return FooterArea("end-of-page", [], ctx.document.offset(body), "", [], empty_containers)
    cut = int(len(text.text) * END_OF_PAGE_SHARE)
    start = text.offset_at(cut)
    links = [link for link in body.iter("a") if ctx.document.offset(link) >= start]
    return FooterArea("end-of-page", [], start, text.since(cut).text, links, empty_containers)


# --- the page bottom and where findings point ------------------------------------------------------------

def bottom_text(ctx) -> str:
    """The text from where the footer starts, or from where the last fifth of the page's text starts if that is
    earlier, to the end: the page-bottom function area, also when the footer detection found only a part of it
    (a 主办 line in a sibling block after the named footer)."""
    return _bottom(ctx)[0]


def bottom_links(ctx) -> list:
    """The visible links in the page-bottom area (:func:`bottom_text`), in document order."""
    start = _bottom(ctx)[1]
    return [link for link in ctx.select("a[href]") if ctx.document.offset(link) >= start and not ctx.is_hidden(link)]


def _bottom(ctx) -> tuple[str, int]:
    """(text, source offset) of the page-bottom area."""
    memo = ctx.memo("a11ylint.footer")
    if "bottom" not in memo:
        text = body_text(ctx)
        area = footer_area(ctx)
        index = int(len(text.text) * BOTTOM_SHARE)
        footer_starts = [text.index_of(element) for element in area.elements]
        index = min([index] + [start for start in footer_starts if start is not None])
        start = text.offset_at(index) if text.text else 0
        if area.elements or area.kind == "end-of-page":
            start = min(start, area.start)
        memo["bottom"] = (text.since(index).text, start)
    return memo["bottom"]


def footer_anchor(ctx):
    """Where a page-level finding about the footer points: the footer, else the footer element a script
    fills, else the element where the last part of the page begins, else the body (or the root)."""
    area = footer_area(ctx)
    if area.elements:
        return area.elements[0]
    if area.empty_containers:
        return area.empty_containers[0]
    if area.kind == "end-of-page":
        element = ctx.element_at(area.start)
        if element is not None and element is not ctx.root and local_name(element) not in ("html", "head"):
            return element
    return next(iter(ctx.select("body")), ctx.root)

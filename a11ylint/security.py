"""Shared helpers for the defacement and SEO-spam rules (SEC001-SEC006, research/COMPLIANCE.md §6).

The vocabularies and thresholds are declarative data in ``rules/data/security.toml``; the rules take them
as option defaults, so users change them in their config, never in the data file. Everything computed
from the page is memoised on the rule context (``ctx.memo``) and read by the rules that need it:

* :func:`junk_runs` walks the body once and returns the runs of empty, id-only elements (SEC001);
* :func:`inline_scripts` lists the inline scripts and their code (SEC003, SEC004);
* :func:`text_chunks` lists the body's text nodes outside scripts and styles, with the element that holds
  each one (SEC005, SEC006);
* :func:`concealment` tells whether and how an element is hidden from sight (SEC002, SEC005);
* :func:`page_hosts` and :func:`link_host` tell links to other hosts from links to the site (SEC002, SEC005).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import etree

from .data import load
from .dom import is_html
from .html_elements import CONFORMING, OBSOLETE, is_valid_custom_element_name
from .pageinfo import host_of, site_domains, stated_urls
from .textstyle import visually_hidden


def data() -> dict:
    """The parsed ``rules/data/security.toml``."""
    return load("security")


# --- lists in messages --------------------------------------------------------------------------------


def listing(items, lang: str, limit: int = 6, quote: str = "", unit: str = "个") -> str:
    """``a, b, c and 4 more`` / ``a、b、c 等 7 个``: at most ``limit`` items, in the message language
    (``unit`` is the Chinese measure word: 个, 种, 处)."""
    items = [f"{quote}{item}{quote}" for item in items]
    shown = items[:limit]
    rest = len(items) - len(shown)
    if lang == "zh":
        text = "、".join(shown)
        return f"{text} 等 {len(items)} {unit}" if rest else text
    text = ", ".join(shown)
    return f"{text} and {rest} more" if rest else text


# --- SEC001: runs of empty, id-only elements -----------------------------------------------------------

# Elements whose content the parser keeps as text: junk written inside them ("<style><q id=x></q></style>")
# arrives as markup-looking text, which is no content.
RAW_TEXT = frozenset(("style", "script", "xmp", "iframe", "noembed", "noframes", "textarea", "title", "plaintext"))
_MARKUP = re.compile(r"<[^<>]*>")
# iterwalk reports comments and processing instructions only when asked; their tails are text of the page.
_EVENTS = ("start", "end", "comment", "pi")
_NEVER_JUNK = frozenset(("html", "head", "body", "template", "script"))


@dataclass
class JunkRun:
    """Consecutive empty elements whose only attribute is ``id``, with nothing but whitespace or a few
    characters ("•", "1.") between them."""

    elements: list = field(default_factory=list)  # in document order of their start tags


def junk_kind(tag: str, rare: frozenset) -> str | None:
    """"unknown", "obsolete" or "rare" for a tag of the junk vocabulary, else None."""
    if tag in OBSOLETE:
        return "obsolete"
    if tag not in CONFORMING and not is_valid_custom_element_name(tag):
        return "unknown"
    if tag in rare:
        return "rare"
    return None


def junk_runs(ctx, max_gap: int) -> list[JunkRun]:
    """The runs of the page, computed by one walk over the body (memoised per ``max_gap``).

    An element joins the current run when it was written in the source with ``id`` as its only attribute;
    it is counted when its end is reached before anything breaks the run. An element without attributes
    (or one the parser made up) is neutral. Anything else breaks the run: another element with attributes,
    or a text node with more than ``max_gap`` characters besides whitespace (markup-looking text inside
    raw-text elements such as ``<style>`` or ``<noframes>`` does not count).
    """
    memo = ctx.memo("a11ylint.security.junk")
    if max_gap in memo:
        return memo[max_gap]
    document = ctx.document
    body = next(iter(ctx.select("body")), None)
    runs: list[JunkRun] = []
    current: JunkRun | None = None
    started: set = set()

    def close():
        nonlocal current
        if current is not None and len(current.elements) >= 2:
            runs.append(current)
        current = None
        started.clear()

    def text_breaks(text, raw: bool) -> bool:
        if not text:
            return False
        if raw:
            text = _MARKUP.sub("", text)
        return len("".join(text.split())) > max_gap

    if body is not None:
        walker = etree.iterwalk(body, events=_EVENTS)
        for event, node in walker:
            tag = node.tag
            if not isinstance(tag, str):  # a comment or processing instruction: only its tail matters
                if text_breaks(node.tail, False):
                    close()
                continue
            if event == "start":
                if node is not body:
                    attributes = node.attrib
                    if not is_html(node) or tag == "template":  # SVG, MathML, inert template content
                        close()
                        walker.skip_subtree()
                        continue
                    if (len(attributes) == 1 and attributes.get("id", "").strip() and tag not in _NEVER_JUNK
                            and not document.is_implied(node)):
                        if current is None:
                            current = JunkRun()
                        started.add(node)
                    elif attributes and not document.is_implied(node):
                        close()
                if text_breaks(node.text, tag in RAW_TEXT):
                    close()
            else:
                if node is body:
                    break
                if node in started and current is not None:
                    current.elements.append(node)
                if text_breaks(node.tail, False):
                    close()
        close()
    offsets = document.offset
    for run in runs:
        run.elements.sort(key=offsets)
    memo[max_gap] = runs
    return runs


# --- inline scripts -------------------------------------------------------------------------------------

_SCRIPT_TYPES = re.compile(r"^\s*(?:|(?:text|application)/(?:x-)?(?:java|ecma)script|module|text/jscript|"
                           r"text/livescript)\s*(?:;.*)?$", re.IGNORECASE)


def inline_scripts(ctx) -> list[tuple]:
    """(element, code) of every inline script that a browser runs, in document order."""
    memo = ctx.memo("a11ylint.security.scripts")
    if "list" not in memo:
        found = []
        for script in ctx.select("script"):
            if script.get("src") is not None or not _SCRIPT_TYPES.match(script.get("type") or ""):
                continue
            code = script.text or ""
            if code.strip():
                found.append((script, code))
        memo["list"] = found
    return memo["list"]


# --- text of the body -----------------------------------------------------------------------------------

_NO_TEXT = frozenset(("script", "style", "template", "noscript", "textarea", "title", "iframe", "noembed",
                      "noframes", "xmp", "plaintext"))


def text_chunks(ctx) -> list[tuple]:
    """(element, text) for every non-blank text node of the body, in document order, leaving out scripts,
    styles, templates and ``<noscript>`` fallbacks; ``element`` is the element that holds the text."""
    memo = ctx.memo("a11ylint.security.text")
    if "list" not in memo:
        found = []
        body = next(iter(ctx.select("body")), None)
        if body is not None:
            walker = etree.iterwalk(body, events=_EVENTS)
            for event, node in walker:
                if not isinstance(node.tag, str):
                    if node.tail and node.tail.strip():
                        found.append((node.getparent(), node.tail))
                elif event == "start":
                    if node.tag in _NO_TEXT:
                        walker.skip_subtree()
                    elif node.text and node.text.strip():
                        found.append((node, node.text))
                elif node is not body and node.tail and node.tail.strip():
                    found.append((node.getparent(), node.tail))
        memo["list"] = found
    return memo["list"]


# --- hosts ----------------------------------------------------------------------------------------------

_ABSOLUTE = re.compile(r"^\s*(?:https?:)?//", re.IGNORECASE)
_SECOND_LEVEL = frozenset(("com", "net", "org", "gov", "edu", "ac", "co", "mil", "govt", "gv", "or", "ne", "go",
                           "gob", "gouv", "nic", "int"))


def link_host(href: str | None) -> str | None:
    """The lower-case host of an absolute http(s) or protocol-relative address, else None."""
    if not href or not _ABSOLUTE.match(href):
        return None
    return host_of(href) or None


def site_of(host: str) -> str:
    """The registrable part of a host, approximately: ``www.bjft.gov.cn`` -> ``bjft.gov.cn``."""
    labels = host.split(".")
    if len(labels) >= 3 and len(labels[-1]) == 2 and labels[-2] in _SECOND_LEVEL:
        return ".".join(labels[-3:])
    return ".".join(labels[-2:])


def host_matches(host: str, suffixes) -> bool:
    """True when ``host`` is one of ``suffixes`` or a subdomain of one (``gov.cn`` covers ``www.bj.gov.cn``)."""
    return any(host == suffix or host.endswith("." + suffix) for suffix in suffixes)


def page_hosts(ctx) -> frozenset:
    """The sites (registrable parts) the page says it belongs to: every address it gives as its own
    (:func:`a11ylint.pageinfo.stated_urls`: canonical link, ``og:url``, ``Url`` meta, saved-from comment,
    ``<base>``…) and the hosts of its ``SiteDomain`` meta."""
    memo = ctx.memo("a11ylint.security.hosts")
    if "page" not in memo:
        hosts = [host_of(url) for url in stated_urls(ctx)] + site_domains(ctx)
        memo["page"] = frozenset(site_of(host) for host in hosts if host)
    return memo["page"]


# --- concealment ----------------------------------------------------------------------------------------


def concealment(element, ctx) -> str | None:
    """How the element is kept out of sight although it is in the page, or None when it can be seen:
    "not rendered" (``display:none``, ``visibility:hidden``, the ``hidden`` attribute), "visually hidden"
    (off-screen, clipped, zero-sized with hidden overflow, font-size 0, pushed away by text-indent,
    transparent) or "same colour" (text in the colour of its background)."""
    memo = ctx.memo("a11ylint.security.concealment")
    if element in memo:
        return memo[element]
    if ctx.is_invisible(element):
        result = "not rendered"
    elif visually_hidden(element, ctx):
        result = "visually hidden"
    elif same_colour(element, ctx):
        result = "same colour"
    else:
        result = None
    memo[element] = result
    return result


def same_colour(element, ctx) -> bool:
    """True when the element's text colour equals the background colour behind it (both known, opaque)."""
    styles = ctx.styles
    colour = styles.value(element, "color")
    if not isinstance(colour, tuple) or colour[3] < 1:
        return False
    node = element
    while node is not None and isinstance(node.tag, str):
        background = styles.value(node, "background-color")
        if not isinstance(background, tuple):
            return False
        if background[3] >= 1:
            return tuple(round(channel) for channel in background[:3]) == tuple(round(c) for c in colour[:3])
        if background[3] > 0:
            return False
        image = styles.value(node, "background-image")
        if image != "none":
            return False
        node = node.getparent()
    # Nothing paints a background: the canvas is white, unless a style sheet we could not read says otherwise.
    return colour[:3] == (255, 255, 255) and not styles.unknown_sources

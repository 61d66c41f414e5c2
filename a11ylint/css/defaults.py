"""What applies below author style sheets: the browser's default style sheet and HTML presentational hints.

Both are plain Python lookups per element (no selector matching), so a page without CSS costs nothing more
than these table reads.

* User-agent defaults (from the HTML rendering section): ``display`` per element and for ``[hidden]``,
  heading sizes and weights, ``small``/``big``/``sub``/``sup``, link colour and underline, ``u``/``ins``/
  ``s``/``del`` decorations, ``mark`` colours, and the quirks-mode table font reset.
* Presentational hints (author level, before every style sheet, specificity 0): ``<font color size>``,
  ``bgcolor``, ``<body text link>``, ``width``/``height`` attributes, and SVG presentation attributes.
"""

from __future__ import annotations

import re
from functools import lru_cache

import tinycss2

from ..dom import SVG_NAMESPACE
from .values import legacy_color

_BLOCK = """html body address blockquote center dialog div figure figcaption footer form header hr legend listing
main p plaintext pre search xmp article aside h1 h2 h3 h4 h5 h6 hgroup nav section dir dd dl dt menu ol ul
details fieldset optgroup frameset frame""".split()
_NONE = """area base basefont datalist head link meta noembed noframes param rp script style template title
noscript""".split()
UA_DISPLAY = {name: "block" for name in _BLOCK}
UA_DISPLAY.update({name: "none" for name in _NONE})
UA_DISPLAY.update({
    "li": "list-item", "summary": "list-item", "table": "table", "caption": "table-caption",
    "colgroup": "table-column-group", "col": "table-column", "thead": "table-header-group",
    "tbody": "table-row-group", "tfoot": "table-footer-group", "tr": "table-row", "td": "table-cell",
    "th": "table-cell", "input": "inline-block", "button": "inline-block", "select": "inline-block",
    "textarea": "inline-block", "meter": "inline-block", "progress": "inline-block", "marquee": "inline-block",
    "ruby": "ruby", "rt": "ruby-text", "img": "inline", "iframe": "inline", "video": "inline",
})
_HEADING_SIZES = {"h1": "2em", "h2": "1.5em", "h3": "1.17em", "h5": "0.83em", "h6": "0.67em"}
_DECORATIONS = {"u": "underline", "ins": "underline", "s": "line-through", "strike": "line-through",
                "del": "line-through"}
_LINK_COLOR = "#0000ee"
_FONT_SIZES = {1: "x-small", 2: "small", 3: "medium", 4: "large", 5: "x-large", 6: "xx-large", 7: "xxx-large"}
_BACKGROUND_IMAGE_ELEMENTS = frozenset(("body", "table", "thead", "tbody", "tfoot", "tr", "td", "th"))
_BGCOLOR_ELEMENTS = frozenset(("body", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "marquee"))
_WIDTH_ELEMENTS = frozenset(("img", "table", "td", "th", "col", "colgroup", "iframe", "embed", "object", "video",
                             "canvas", "hr", "marquee", "applet", "image"))
_HEIGHT_ELEMENTS = frozenset(("img", "table", "td", "th", "tr", "iframe", "embed", "object", "video", "canvas",
                              "marquee", "applet", "image"))
_SVG_PRESENTATION = ("display", "visibility", "opacity", "color", "font-size", "font-weight", "letter-spacing",
                     "word-spacing", "text-decoration", "transform", "overflow", "clip", "clip-path")
_DIMENSION = re.compile(r"[ \t\n\f\r]*(\d+(?:\.\d+)?)(%?)")


@lru_cache(maxsize=4096)
def tokens(text: str) -> list:
    """Significant tokens of a short CSS value (cached: these come from a small set of texts)."""
    return [token for token in tinycss2.parse_component_value_list(text) if token.type not in ("whitespace",
                                                                                                  "comment")]


def user_agent(element, quirks: bool) -> dict[str, str]:
    """The browser's default declarations for the element, as {property: CSS text}."""
    tag = element.tag
    if not isinstance(tag, str) or tag[0] == "{":
        return {}
    result: dict[str, str] = {}
    display = UA_DISPLAY.get(tag)
    if display is not None:
        result["display"] = display
    if tag == "input" and (element.get("type") or "").strip().lower() == "hidden":
        result["display"] = "none"
    elif tag == "dialog" and "open" not in element.attrib:
        result["display"] = "none"
    if "hidden" in element.attrib and tag != "embed" and (element.get("hidden") or "").strip().lower() != \
            "until-found":
        result["display"] = "none"
    if tag in _HEADING_SIZES:
        result["font-size"] = _HEADING_SIZES[tag]
    if tag in ("h1", "h2", "h3", "h4", "h5", "h6", "th"):
        result["font-weight"] = "bold"
    elif tag in ("b", "strong"):
        result["font-weight"] = "bolder"
    elif tag in ("small", "sub", "sup"):
        result["font-size"] = "smaller"
    elif tag == "big":
        result["font-size"] = "larger"
    elif tag in ("a", "area") and "href" in element.attrib:
        result["color"] = _LINK_COLOR
        result["text-decoration-line"] = "underline"
    elif tag in _DECORATIONS:
        result["text-decoration-line"] = _DECORATIONS[tag]
    elif tag in ("abbr", "acronym") and "title" in element.attrib:
        result["text-decoration-line"] = "underline"
    elif tag == "mark":
        result["color"] = "black"
        result["background-color"] = "yellow"
    elif tag == "table" and quirks:
        result["font-size"] = "initial"
        result["line-height"] = "initial"
        result["font-weight"] = "initial"
    return result


def user_agent_key(element) -> tuple:
    """Everything :func:`user_agent` reads of an element: elements with equal keys get equal declarations."""
    attributes = element.attrib
    return (element.tag, attributes.get("type"), "open" in attributes, attributes.get("hidden"),
            "href" in attributes, "title" in attributes)


def presentational_hints(element, body_link: str | None = None) -> dict[str, str | list]:
    """Author-level declarations from presentational attributes, as {property: CSS text}.

    ``body_link``: the ``link`` attribute of the document's ``<body>`` (the colour of unvisited links)."""
    tag = element.tag
    if not isinstance(tag, str):
        return {}
    attrib = element.attrib
    if not attrib:
        return {}
    result: dict = {}
    if tag[0] == "{":
        if tag.startswith("{" + SVG_NAMESPACE + "}"):
            for name in _SVG_PRESENTATION:
                value = attrib.get(name)
                if value is not None and value.strip():
                    result[name] = value.strip()
        return result
    if tag == "font":
        color = _legacy(attrib.get("color"))
        if color:
            result["color"] = color
        size = _font_size_attribute(attrib.get("size"))
        if size:
            result["font-size"] = size
    elif tag == "body":
        color = _legacy(attrib.get("text"))
        if color:
            result["color"] = color
    elif tag in ("a", "area") and "href" in attrib and body_link is not None:
        color = _legacy(body_link)
        if color:
            result["color"] = color
    if tag in _BGCOLOR_ELEMENTS:
        color = _legacy(attrib.get("bgcolor"))
        if color:
            result["background-color"] = color
        image = (attrib.get("background") or "").strip()
        if image and tag in _BACKGROUND_IMAGE_ELEMENTS:
            result["background-image"] = f'url("{_css_string(image)}")'

    if tag in _WIDTH_ELEMENTS or tag == "input" and (attrib.get("type") or "").strip().lower() == "image":
        width = _dimension(attrib.get("width"))
        if width:
            result["width"] = width
    if tag in _HEIGHT_ELEMENTS or tag == "input" and (attrib.get("type") or "").strip().lower() == "image":
        height = _dimension(attrib.get("height"))
        if height:
            result["height"] = height
    return result


def _css_string(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ")


def _legacy(value: str | None) -> str | None:
    if value is None:
        return None
    color = legacy_color(value)
    if color is None:
        return None
    red, green, blue, _ = color
    return f"rgb({int(red)}, {int(green)}, {int(blue)})"


def _font_size_attribute(value: str | None) -> str | None:
    """HTML's ``<font size>``: 1-7, or relative to 3 with a sign."""
    if value is None:
        return None
    match = re.match(r"[ \t\n\f\r]*([+-]?)(\d+)", value)
    if match is None:
        return None
    sign, digits = match.groups()
    number = int(digits[:4])
    if sign == "+":
        number = 3 + number
    elif sign == "-":
        number = 3 - number
    return _FONT_SIZES[min(max(number, 1), 7)]


def _dimension(value: str | None) -> str | None:
    if value is None:
        return None
    match = _DIMENSION.match(value)
    if match is None:
        return None
    number, percent = match.groups()
    if float(number) == 0 and not percent:
        return None
    return f"{number}%" if percent else f"{number}px"


def detect_quirks(root) -> bool:
    """Whether the document renders in quirks mode, from its doctype (a close reading of the HTML spec's
    main cases: no doctype, a doctype not named html, and the old public identifiers)."""
    try:
        docinfo = root.getroottree().docinfo
        doctype = docinfo.doctype or ""
        public = (docinfo.public_id or "").lower()
        system = docinfo.system_url
    except Exception:  # noqa: BLE001
        return False
    if not doctype:
        return True
    if not doctype.lower().startswith("<!doctype html"):
        return True
    if not public:
        return False
    quirky_prefixes = ("-//w3c//dtd html 3", "-//w3c//dtd html 4.0 transitional//", "-//ietf//dtd html",
                       "-//w3o//dtd w3 html", "-//w3c//dtd w3 html", "-//netscape comm. corp.//",
                       "-//microsoft//dtd internet explorer", "-//w3c//dtd html experimental")
    if public.startswith(quirky_prefixes) or public in ("-//w3o//dtd w3 html strict 3.0//en//",
                                                        "-/w3c/dtd html 4.0 transitional/en", "html"):
        return True
    if not system and public.startswith(("-//w3c//dtd html 4.01 frameset//",
                                          "-//w3c//dtd html 4.01 transitional//")):
        return True
    return False

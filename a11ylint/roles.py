"""ARIA roles of elements: the explicit ``role`` attribute with fallbacks, else the HTML-AAM implicit role."""

from __future__ import annotations

from . import aria
from .dom import SVG_NAMESPACE, is_html
from .focus import is_focusable

# Concrete roles of WAI-ARIA 1.2, DPUB-ARIA 1.1 and Graphics-ARIA (abstract roles are not valid in markup).
ARIA_ROLES = aria.CONCRETE_ROLES

# Roles whose accessible name may come from their content (accname 1.2, "name from: contents").
NAME_FROM_CONTENT = frozenset(name for name in aria.CONCRETE_ROLES if "contents" in aria.ROLES[name].name_from)

SVG_ROOT = f"{{{SVG_NAMESPACE}}}svg"
SVG_LINK = f"{{{SVG_NAMESPACE}}}a"
XLINK_HREF = "{http://www.w3.org/1999/xlink}href"

_INPUT_ROLES = {
    "button": "button", "image": "button", "reset": "button", "submit": "button",
    "checkbox": "checkbox", "radio": "radio", "range": "slider", "number": "spinbutton",
    "search": "searchbox", "email": "textbox", "tel": "textbox", "text": "textbox", "url": "textbox",
}

_INPUTS_WITHOUT_ROLE = frozenset(
    ("hidden", "file", "color", "date", "datetime-local", "month", "time", "week", "password")
)

_TAG_ROLES = {
    "article": "article", "aside": "complementary", "blockquote": "blockquote", "button": "button",
    "caption": "caption", "code": "code", "datalist": "listbox", "del": "deletion", "details": "group",
    "dialog": "dialog", "dfn": "term", "em": "emphasis", "fieldset": "group", "figure": "figure",
    "form": "form", "h1": "heading", "h2": "heading", "h3": "heading", "h4": "heading", "h5": "heading",
    "h6": "heading", "hr": "separator", "ins": "insertion", "li": "listitem", "main": "main",
    "math": "math", "menu": "list", "meter": "meter", "nav": "navigation", "ol": "list",
    "optgroup": "group", "option": "option", "output": "status", "p": "paragraph", "progress": "progressbar",
    "search": "search", "strong": "strong", "sub": "subscript", "sup": "superscript", "table": "table",
    "tbody": "rowgroup", "tfoot": "rowgroup", "thead": "rowgroup", "textarea": "textbox", "time": "time",
    "tr": "row", "ul": "list",
}

_SECTIONING = frozenset(("article", "aside", "main", "nav", "section"))


def explicit_role(element) -> str | None:
    """The first token of ``role`` that names a known role (ARIA's fallback list), or None."""
    value = element.get("role")
    if not value:
        return None
    for token in value.lower().split():
        if token in ARIA_ROLES:
            return token
    return None


def implicit_role(element) -> str | None:
    """The role HTML-AAM gives the element when it has no explicit role."""
    if not is_html(element):
        if element.tag == SVG_LINK:
            has_href = element.get("href") is not None or element.get(XLINK_HREF) is not None
            return "link" if has_href else "group"
        return "graphics-document" if element.tag == SVG_ROOT else None
    name = element.tag
    if name in ("a", "area"):
        return "link" if element.get("href") is not None else ("generic" if name == "a" else None)
    if name == "img":
        alt = element.get("alt")
        if alt is not None and alt == "" and not _has_global_aria(element):
            return "presentation"
        return "img"
    if name == "input":
        kind = (element.get("type") or "text").strip().lower()
        if kind in ("text", "search", "email", "tel", "url") and element.get("list") is not None:
            return "combobox"
        if kind in _INPUTS_WITHOUT_ROLE:
            return None
        return _INPUT_ROLES.get(kind, "textbox")
    if name == "select":
        multiple = element.get("multiple") is not None
        size = element.get("size")
        if not multiple and (size is None or not (size.strip().isascii() and size.strip().isdigit()) or int(size) <= 1):
            return "combobox"
        return "listbox"
    if name == "section":
        return "region" if _has_author_name(element) else "generic"
    if name in ("header", "footer"):
        inside = any(ancestor.tag in _SECTIONING for ancestor in element.iterancestors())
        if inside:
            return "generic"
        return "banner" if name == "header" else "contentinfo"
    if name in ("td",):
        return "cell"
    if name == "th":
        return "rowheader" if (element.get("scope") or "").lower() in ("row", "rowgroup") else "columnheader"
    if name in ("div", "span", "b", "i", "u", "s", "small", "bdi", "bdo", "data", "samp", "q", "pre",
                "address", "hgroup"):
        return "generic" if name not in ("address",) else "group"
    return _TAG_ROLES.get(name)


def role(element) -> str | None:
    """The element's effective role: explicit when valid, else implicit.

    ``none``/``presentation`` is ignored (the implicit role stays) when the element is focusable or has
    global ARIA attributes, as ARIA's presentational roles conflict resolution says.
    """
    explicit = explicit_role(element)
    if explicit in ("none", "presentation"):
        if _has_global_aria(element) or is_focusable(element):
            return implicit_role(element)
        return "presentation"
    return explicit or implicit_role(element)


def _has_author_name(element) -> bool:
    return bool((element.get("aria-label") or "").strip() or (element.get("aria-labelledby") or "").strip()
                or (element.get("title") or "").strip())


_GLOBAL_ARIA = aria.GLOBAL_ATTRIBUTES | aria.DEPRECATED_GLOBAL_ATTRIBUTES


def _has_global_aria(element) -> bool:
    return any(name in _GLOBAL_ARIA for name in element.attrib)

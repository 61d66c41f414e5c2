"""Which elements can take keyboard focus, and which are in the sequential (Tab) order, from markup alone."""

from __future__ import annotations

from .dom import digits_value, is_html

_DISABLEABLE = frozenset(("button", "input", "select", "textarea", "optgroup", "option", "fieldset"))
_EDITABLE = frozenset(("", "true", "plaintext-only"))


def tabindex(element) -> int | None:
    """The parsed ``tabindex``, or None when absent or not a valid integer (HTML's rules for integers)."""
    value = element.get("tabindex")
    if value is None:
        return None
    value = value.strip()
    sign = 1
    if value.startswith(("-", "+")):
        sign = -1 if value[0] == "-" else 1
        value = value[1:]
    digits = ""
    for char in value:
        if not char.isascii() or not char.isdigit():
            break
        digits += char
    return sign * digits_value(digits) if digits else None


def is_disabled(element) -> bool:
    """Disabled form controls, including those inside a disabled fieldset (but not in its first legend)."""
    if not is_html(element) or element.tag not in _DISABLEABLE:
        return False
    if element.get("disabled") is not None:
        return True
    for ancestor in element.iterancestors("fieldset", "optgroup"):
        if ancestor.get("disabled") is None:
            continue
        if ancestor.tag == "optgroup":
            return element.tag == "option"
        legend = next((child for child in ancestor if child.tag == "legend"), None)
        if legend is None or not any(node is legend for node in element.iterancestors("legend")):
            return True
    return False


def natively_focusable(element) -> bool:
    """Focusable without a tabindex: links, form controls, media with controls, the summary of a details
    element, editing hosts. (An iframe's content takes focus, not the iframe itself.)"""
    if not is_html(element):
        tag = element.tag
        return tag.endswith("}a") and (element.get("href") is not None
                                       or element.get("{http://www.w3.org/1999/xlink}href") is not None)
    name = element.tag
    if is_disabled(element):
        return False
    if name in ("a", "area"):
        return element.get("href") is not None
    if name == "input":
        return (element.get("type") or "").strip().lower() != "hidden"
    if name in ("button", "select", "textarea"):
        return True
    if name in ("audio", "video"):
        return element.get("controls") is not None
    if name == "summary":
        parent = element.getparent()
        return parent is not None and parent.tag == "details" and next(
            (child for child in parent if child.tag == "summary"), None) is element
    editable = element.get("contenteditable")
    return editable is not None and editable.strip().lower() in _EDITABLE


def is_focusable(element) -> bool:
    """Can receive focus (by click, script or Tab), ignoring CSS that hides it."""
    if is_disabled(element):
        return False
    return tabindex(element) is not None or natively_focusable(element)


def in_tab_order(element) -> bool:
    """Reached by sequential focus navigation (Tab), ignoring CSS that hides it."""
    if not is_focusable(element):
        return False
    index = tabindex(element)
    return index is None or index >= 0

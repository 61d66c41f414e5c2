"""Shared helpers for the CSS-based text rules (TXT, CLR, LBL, ORI, FOC): which elements hold visible text,
whether text is hidden visually (off-screen, clipped, zero-sized), and small CSS value readers.

Not a rule module (the leading underscore keeps it out of ``get_rules``). Everything is memoised per page:
caches live in a weak dictionary keyed by the rule context, so they vanish with the page.
"""

from __future__ import annotations

import re
import unicodedata

import tinycss2

from a11ylint.css import DEFAULT_LIMITS, UNKNOWN, Unresolved, parse_declarations
from a11ylint.dom import is_html, on_self_or_ancestor

# Elements with a text node child, in document order (the body and everything in it).
TEXT_ELEMENTS = "xpath://body/descendant-or-self::*[text()[normalize-space()]]"

# Elements whose text is drawn by the operating system or never as text of the page.
_NOT_TEXT_HOLDERS = frozenset(("option", "optgroup", "select", "script", "style", "template", "noscript",
                               "title", "textarea", "iframe", "object", "canvas", "video", "audio"))


def own_text(element) -> str:
    """The text of the element's own text node children (not of its descendants)."""
    parts = [element.text or ""]
    for child in element:
        if child.tail:
            parts.append(child.tail)
    return "".join(parts)


def has_letters(text: str) -> bool:
    """True when the text holds a letter or a digit (not only punctuation, symbols or icon-font glyphs)."""
    for char in text:
        category = unicodedata.category(char)
        if category[0] in "LN":
            return True
    return False


def is_number(value) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


# --- which properties a page declares at all ---------------------------------------------------------------

_STYLE_NAMES = re.compile(r"(?:^|[;{\s])(-?[a-zA-Z][-a-zA-Z0-9]*)\s*:")
_COMMENTS = re.compile(r"/\*.*?(?:\*/|$)", re.DOTALL)
_EXTRA_COVERS = {"inset": ("top", "right", "bottom", "left"), "all": ()}


def declared_names(ctx) -> frozenset:
    """Every property name the page's style sheets and ``style`` attributes declare (shorthand and longhand
    names, lower-case). Lets rules skip asking about properties nobody sets."""
    cache = ctx.memo("declared-names")
    names = cache.get("names")
    if names is None:
        found = set()
        for style_rule in ctx.styles.rules:
            for declaration in style_rule.declarations:
                found.add(declaration.property)
                found.add(declaration.declared)
        for element in ctx.select("[style]"):
            found.update(_style_attribute_names(element.get("style") or ""))
        for shorthand, longhands in _EXTRA_COVERS.items():
            if shorthand in found:
                found.update(longhands)
        names = cache["names"] = frozenset(found)
    return names


def _style_attribute_names(style: str) -> set[str]:
    """The property names a ``style`` attribute declares. The quick pattern serves unless a comment or an
    escape could hide a name from it (``/* x */outline: none``, ``outl\\69 ne: none``): then the
    declarations are read as the cascade reads them."""
    if "\\" in style:
        if len(style) > DEFAULT_LIMITS.max_style_attribute_chars:
            return {"all"}  # the cascade does not read it either: anything may be declared
        names = set()
        for declaration in parse_declarations(style):
            names.add(declaration.property)
            names.add(declaration.declared)
        return names
    if "/*" in style:
        style = _COMMENTS.sub(" ", style)
    return {name.lower() for name in _STYLE_NAMES.findall(style)}


def maybe_declared(ctx, prop: str) -> bool:
    """False when no style sheet or ``style`` attribute of the page can set ``prop`` (so its value is the
    initial or inherited default everywhere); True otherwise."""
    return declared_properties(ctx)[prop]


class _MaybeDeclared(dict):
    """{property: whether the page may set it}, filled on first question."""

    def __init__(self, names: frozenset):
        super().__init__()
        self._names = names

    def __missing__(self, prop: str) -> bool:
        names = self._names
        parts = prop.split("-")
        known = self[prop] = "all" in names or prop in names or any("-".join(parts[:end]) in names
                                                                    for end in range(len(parts) - 1, 0, -1))
        return known


def declared_properties(ctx) -> _MaybeDeclared:
    """:func:`maybe_declared` for many questions: ``declared[prop]`` is one dictionary lookup."""
    cache = ctx.memo("maybe-declared")
    found = cache.get("map")
    if found is None:
        found = cache["map"] = _MaybeDeclared(declared_names(ctx))
    return found


# --- lengths written as text (properties the resolver keeps as declared text: top, left, max-height) ------


def length_px(text, font_size=None):
    """A length written as CSS text in px, or None when it is not a plain absolute/em length."""
    if not isinstance(text, str):
        return None
    tokens = [token for token in tinycss2.parse_component_value_list(text)
              if token.type not in ("whitespace", "comment")]
    if len(tokens) != 1:
        return None
    token = tokens[0]
    if token.type == "number" and token.value == 0:
        return 0.0
    if token.type != "dimension":
        return None
    unit = token.lower_unit
    factors = {"px": 1.0, "pt": 4 / 3, "pc": 16.0, "in": 96.0, "cm": 96 / 2.54, "mm": 96 / 25.4, "rem": 16.0}
    if unit in factors:
        return float(token.value) * factors[unit]
    if unit == "em":
        return float(token.value) * (font_size if is_number(font_size) else 16.0)
    return None


_NUMBERS = re.compile(r"-?\d*\.?\d+")


def _collapsed_clip(clip) -> bool:
    """``clip: rect(0 0 0 0)``, ``rect(1px, 1px, 1px, 1px)``: a rectangle with no area."""
    if not isinstance(clip, str) or not clip.lower().startswith("rect"):
        return False
    numbers = [float(number) for number in _NUMBERS.findall(clip)]
    if len(numbers) != 4:
        return False
    top, right, bottom, left = numbers
    return right - left <= 1 and bottom - top <= 1


def _collapsed_clip_path(value) -> bool:
    if not isinstance(value, str):
        return False
    text = value.strip().lower().replace(" ", "")
    return text in ("inset(50%)", "inset(100%)", "circle(0)", "circle(0px)", "circle(0%)", "polygon(0000)") or \
        text.startswith("inset(50%") or text.startswith("inset(100%")


# --- visibility beyond display and visibility -----------------------------------------------------------


def _box_hidden(node, ctx, declared) -> bool:
    """CSS on this node alone hides its whole box visually: off-screen, clipped away, zero-sized with hidden
    overflow, or fully transparent. ``declared``: :func:`declared_properties`."""
    styles = ctx.styles
    if declared["opacity"]:
        opacity = styles.value(node, "opacity")
        if is_number(opacity) and opacity == 0:
            return True
    if declared["clip-path"] and _collapsed_clip_path(styles.value(node, "clip-path")):
        return True
    position = styles.value(node, "position") if declared["position"] else "static"
    if position is UNKNOWN or position not in ("absolute", "fixed"):
        overflow_small = False
    else:
        if _collapsed_clip(styles.value(node, "clip")):
            return True
        font_size = styles.value(node, "font-size")
        for side in ("top", "left"):
            offset = length_px(styles.value(node, side), font_size)
            if offset is not None and offset <= -999:
                return True
        for side in ("right",):
            offset = length_px(styles.value(node, side), font_size)
            if offset is not None and offset >= 9999:
                return True
        overflow_small = True
    if not declared["overflow-x"]:
        return False
    overflow = styles.value(node, "overflow-x"), styles.value(node, "overflow-y")
    if not all(isinstance(value, str) and value in ("hidden", "clip") for value in overflow):
        return False
    limit = 1 if overflow_small else 0
    height = styles.value(node, "height")
    if is_number(height) and height <= limit:
        return True
    width = styles.value(node, "width")
    return is_number(width) and width <= limit


def visually_hidden(element, ctx) -> bool:
    """True when the element's own text cannot be seen although it is rendered: the box or an ancestor's is
    off-screen, clipped or collapsed, or the text is sized 0, pushed away by ``text-indent``, or transparent.
    (``display``/``visibility`` are :meth:`ctx.is_invisible`'s business.)"""
    declared = declared_properties(ctx)
    # _box_hidden needs one of these properties: most pages without them skip the walk up
    if (declared["opacity"] or declared["clip-path"] or declared["position"] or declared["overflow-x"]) and \
            on_self_or_ancestor(element, ctx.memo("box-hidden"), lambda node: _box_hidden(node, ctx, declared)):
        return True
    styles = ctx.styles
    size = styles.value(element, "font-size")
    if is_number(size) and size < 1:
        return True
    if declared["text-indent"]:
        indent = styles.value(element, "text-indent")
        if is_number(indent) and indent <= -999:
            return True
    color = styles.value(element, "color")
    if isinstance(color, tuple) and color[3] == 0:
        return True
    return False


def text_elements(ctx) -> list:
    """HTML elements in the body with a visible text node child holding a letter or digit, in document
    order: rendered (not ``display:none``/``visibility:hidden``) and not hidden visually."""
    cache = ctx.memo("text-elements")
    found = cache.get("list")
    if found is None:
        found = []
        for element in ctx.select(TEXT_ELEMENTS):
            if not is_html(element) or element.tag in _NOT_TEXT_HOLDERS:
                continue
            if not has_letters(own_text(element)):
                continue
            if ctx.is_invisible(element) or visually_hidden(element, ctx):
                continue
            found.append(element)
        cache["list"] = found
    return found


def is_text_element(element, ctx) -> bool:
    cache = ctx.memo("text-elements")
    members = cache.get("set")
    if members is None:
        members = cache["set"] = set(text_elements(ctx))
    return element in members


def viewport_only(value) -> bool:
    return isinstance(value, Unresolved) and value.viewport_only

"""Shared logic of the three "important text spacing in style attributes" rules (TXT001-TXT003, WCAG 1.4.12).

A user's style sheet (or a bookmarklet) can widen letter, word and line spacing, except where the author
declared the property ``!important`` in a ``style`` attribute: nothing outranks that. The ACT rules
24afc2, 9e45ec and 78fd32 ask, for each element with visible text, whether the computed value of the
property comes from such a declaration (on the element, or inherited from an ancestor's) and, if so,
whether it is at least the WCAG minimum.
"""

from __future__ import annotations

from a11ylint.css import UNKNOWN, Number

from .rule import Fail, Review
from .textstyle import is_number, own_text, text_elements


def _keyword(declaration) -> str | None:
    tokens = [token for token in (declaration.value or ()) if token.type not in ("whitespace", "comment")]
    if len(tokens) == 1 and tokens[0].type == "ident":
        return tokens[0].lower_value
    return None


def important_source(element, prop: str, ctx):
    """Where the element's computed ``prop`` comes from, following inheritance up the tree.

    Returns ``(node, cascaded, certain)`` when the value is set by an important declaration in ``node``'s
    ``style`` attribute (``certain`` is False when a style rule that may or may not apply, or a style sheet
    that could not be read, could override it on the way), or None when it is not.
    """
    styles = ctx.styles
    unknown_sheets = bool(styles.unknown_sources)
    certain = True
    node = element
    while node is not None and isinstance(node.tag, str):
        cascaded = styles.cascaded(node, prop)
        if cascaded is UNKNOWN:
            certain = False
            node = node.getparent()
            continue
        if cascaded is None or _keyword(cascaded.declaration) in ("inherit", "unset"):
            if unknown_sheets:
                certain = False  # an unreadable sheet could declare the property on this node
            node = node.getparent()
            continue
        if cascaded.origin == "style-attribute" and cascaded.important:
            return node, cascaded, certain
        return None
    return None


def _em_factor(cascaded) -> float | None:
    """The value of a declaration written in ``em`` (or ``%`` for line-height), else None."""
    tokens = [token for token in (cascaded.declaration.value or ()) if token.type not in ("whitespace", "comment")]
    if len(tokens) != 1:
        return None
    token = tokens[0]
    if token.type == "dimension" and token.lower_unit == "em":
        return float(token.value)
    if token.type == "percentage":
        return float(token.value) / 100
    if token.type == "number":
        return float(token.value)
    return None


def spacing_ratio(element, prop: str, ctx):
    """``(ratio to the font size, text of the declaration, node, certain)`` for an element whose ``prop`` comes
    from an important ``style`` attribute declaration; None when the rule does not apply. The ratio is None
    when it cannot be computed. ``line-height: normal`` gives ratio 0 ("about 1.2", below any minimum)."""
    found = important_source(element, prop, ctx)
    if found is None:
        return None
    node, cascaded, certain = found
    styles = ctx.styles
    value = styles.value(element, prop)
    size = styles.value(element, "font-size")
    text = cascaded.declaration.text
    if prop == "line-height":
        if value == "normal":
            return 0.0, text, node, certain
        if isinstance(value, Number):
            return value.value, text, node, certain
    elif is_number(value) and value <= 0:
        return 0.0, text, node, certain
    if is_number(value) and is_number(size) and size > 0:
        if ctx.styles.unknown_sources and node is not element:
            certain = False
        return value / size, text, node, certain
    if node is element:
        factor = _em_factor(cascaded)
        if factor is not None and (prop == "line-height" or _is_em(cascaded)):
            return factor, text, node, certain
    return None, text, node, False


def _is_em(cascaded) -> bool:
    tokens = [token for token in (cascaded.declaration.value or ()) if token.type not in ("whitespace", "comment")]
    return len(tokens) == 1 and tokens[0].type == "dimension" and tokens[0].lower_unit == "em"


_CJK_RANGES = ((0x1100, 0x11FF), (0x2E80, 0xA4CF), (0xAC00, 0xD7A3), (0xF900, 0xFAFF), (0xFE30, 0xFE4F),
               (0xFF00, 0xFF60), (0xFFE0, 0xFFE6), (0x20000, 0x3FFFD))


def _em_width(text: str) -> float:
    """A generous estimate of the text's width in em (wide characters 1em, others 0.6em)."""
    width = 0.0
    for char in " ".join(text.split()):
        code = ord(char)
        width += 1.0 if any(low <= code <= high for low, high in _CJK_RANGES) else 0.6
    return width


def may_wrap(element, ctx) -> bool:
    """Whether the element's text may break across lines: not ``white-space: nowrap``/``pre``, and not a
    fixed-width box wider than its whole text."""
    styles = ctx.styles
    white_space = styles.value(element, "white-space")
    if isinstance(white_space, str) and white_space.strip().lower() in ("nowrap", "pre"):
        return False
    if len(element):
        return True  # child elements: their text joins this one's on the same lines
    width = styles.value(element, "width")
    size = styles.value(element, "font-size")
    if is_number(width) and is_number(size) and _em_width(own_text(element)) * size <= width:
        return False
    return True


def _important_styles(ctx) -> list[str]:
    """The page's ``style`` attributes (lower-case) that hold ``important``, read once for the three rules."""
    memo = ctx.memo("a11ylint.textspacing")
    styles = memo.get("important-styles")
    if styles is None:
        lowered = (element.get("style", "").lower() for element in ctx.select("[style]"))
        styles = memo["important-styles"] = [style for style in lowered if "important" in style]
    return styles


def spacing_outcomes(ctx, prop: str, minimum: float):
    """``(element, "fail"|"review", data)`` for each text element of the page whose ``prop`` fails or needs
    review, in document order."""
    # Nothing to check unless some style attribute declares the property !important.
    if not any(prop in style for style in _important_styles(ctx)):
        return
    for element in text_elements(ctx):
        found = spacing_ratio(element, prop, ctx)
        if found is None:
            continue
        ratio, text, _, certain = found
        if prop == "line-height" and not may_wrap(element, ctx):
            continue
        if ratio is None:
            yield element, "review", {"value": text, "minimum": _format(minimum)}
        elif ratio < minimum - 1e-6:
            data = {"value": text, "ratio": _format(ratio), "minimum": _format(minimum)}
            yield element, "fail" if certain else "review", data


def spacing_results(ctx, prop: str, minimum: float, message_of=lambda data: "narrow"):
    """The rules' results: a review "unknown" for a value that could not be compared with the font size, else
    ``message_of(data)`` as a failure (a review when an unreadable style sheet may change the value)."""
    for element, kind, data in spacing_outcomes(ctx, prop, minimum):
        if "ratio" not in data:
            yield Review("unknown", element=element, **data)
        else:
            yield (Fail if kind == "fail" else Review)(message_of(data), element=element, **data)


def _format(number: float) -> str:
    return f"{number:.2f}".rstrip("0").rstrip(".") if number else "0"


"""Headings as assistive technology exposes them: screen reader users jump from heading to heading to find
the main content, and a preceding heading can give a link its context."""

from __future__ import annotations

_HEADINGS = "h1, h2, h3, h4, h5, h6, [role=heading]"


def _is_visible_heading(element, ctx) -> bool:
    """A heading exposed to assistive technology, with a name."""
    return ctx.role(element) == "heading" and not ctx.is_hidden(element) and bool(ctx.accessible_name(element))


def visible_headings(ctx) -> list:
    """Every heading exposed to assistive technology that has a name, in document order."""
    memo = ctx.memo("a11ylint.headings.visible")
    if "value" not in memo:
        memo["value"] = _visible_headings_uncached(ctx)
    return memo["value"]


def _visible_headings_uncached(ctx):
    return [element for element in ctx.select(_HEADINGS) if _is_visible_heading(element, ctx)]


def first_heading_offset(ctx) -> int | None:
    """Source offset of the first heading exposed to assistive technology, or None."""
    for element in ctx.select(_HEADINGS):
        if _is_visible_heading(element, ctx):
            return ctx.document.offset(element)
    return None

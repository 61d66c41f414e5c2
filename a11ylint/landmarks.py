"""Landmark regions of a page, starting with the main landmark that bypass mechanisms lead to."""

from __future__ import annotations


def main_landmarks(ctx):
    """Elements with the main role that are exposed to assistive technology and hold some content."""
    memo = ctx.memo("a11ylint.landmarks.main")
    if "value" not in memo:
        memo["value"] = _main_landmarks_uncached(ctx)
    return memo["value"]


def _main_landmarks_uncached(ctx):
    return [element for element in ctx.select("main, [role]")
            if ctx.role(element) == "main" and not ctx.is_hidden(element)
            and (ctx.text(element) or element.find(".//img") is not None)]

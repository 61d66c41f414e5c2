"""Landmark regions of a page, starting with the main landmark that bypass mechanisms lead to."""

from __future__ import annotations


def main_landmarks(ctx):
    """Elements with the main role that are exposed to assistive technology and hold some content."""
    return [element for element in ctx.select("main, [role]")
            if ctx.role(element) == "main" and not ctx.is_hidden(element)
            and (ctx.text(element) or element.find(".//img") is not None)]

"""Event-handler scripts in markup, read as text for the keyboard rules: blur handlers, and code that puts
focus back on the element it runs on."""

from __future__ import annotations

import re

from .dom import normalize_space

# ``this.focus()``: the handler moves focus back onto its own element.
REFOCUS_SELF = re.compile(r"\bthis\s*\.\s*focus\s*\(\s*\)")
# Code that branches or returns early, so a refocus may happen only sometimes.
CONDITIONAL = re.compile(r"\bif\b|\?|&&|\|\||\breturn\b|\bswitch\b|\bcatch\b")
BLUR_HANDLERS = ("onblur", "onfocusout")


def handler(element) -> tuple[str, str] | None:
    """(attribute, code) of the element's first blur handler, or None."""
    for attribute in BLUR_HANDLERS:
        code = element.get(attribute)
        if code is not None and code.strip():
            return attribute, normalize_space(code)
    return None

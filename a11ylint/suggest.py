"""Spelling suggestions for unknown names (config keys, rule selectors, ARIA attributes)."""

from __future__ import annotations

import difflib
from collections.abc import Iterable


def closest(word: str, candidates: Iterable[str], cutoff: float = 0.6) -> str | None:
    """The candidate most like ``word``, or None when none is as close as ``cutoff`` (0 to 1)."""
    found = difflib.get_close_matches(word, list(candidates), n=1, cutoff=cutoff)
    return found[0] if found else None


def did_you_mean(word: str, candidates: Iterable[str]) -> str:
    """`` (did you mean 'x'?)`` or an empty string."""
    close = closest(word, candidates)
    return f" (did you mean {close!r}?)" if close else ""

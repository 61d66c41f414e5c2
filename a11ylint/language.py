"""BCP 47 language tags, checked against the IANA Language Subtag Registry (the copy ``langcodes`` ships), and
the language a page declares."""

from __future__ import annotations

import importlib.util
import re
from functools import lru_cache
from pathlib import Path


_LANGUAGE_RECORD = re.compile(r"^Type: language\nSubtag: ([a-z]{2,8})$", re.M)  # ranges (qaa..qtz) don't match


@lru_cache(maxsize=1)
def registered_languages() -> frozenset[str]:
    """Every subtag of Type "language" in the registry."""
    # find_spec locates the package without running it: importing langcodes loads ~40 ms of data tables.
    package = Path(importlib.util.find_spec("langcodes").submodule_search_locations[0])
    text = (package / "data" / "language-subtag-registry.txt").read_text(encoding="utf-8")
    return frozenset(_LANGUAGE_RECORD.findall(text.replace("\r\n", "\n")))


def primary_language(tag: str) -> str:
    return tag.strip().split("-", 1)[0].lower()


def primary_language_is_valid(tag: str) -> bool:
    """True when the tag's first subtag is a language subtag of the IANA registry.

    That is the test WCAG's Language of Page needs (ACT rule bf051a): ``en-US-GB`` passes, because a
    screen reader can still pick English; ``cn``, ``eng`` (ISO 639-2, not registered), ``zh_CN`` and the
    grandfathered ``i-lux`` fail.
    """
    return primary_language(tag) in registered_languages()


def page_language(ctx):
    """(html element, its lang) when the page declares a valid language, else None."""
    root = ctx.root
    if root.tag != "html":
        return None
    lang = (root.get("lang") or "").strip()
    if not lang or not primary_language_is_valid(lang):
        return None
    return root, lang

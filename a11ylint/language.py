"""BCP 47 language tags, checked against the IANA Language Subtag Registry (the copy ``langcodes`` ships), and
the language a page declares."""

from __future__ import annotations

from functools import lru_cache
from importlib.resources import files


@lru_cache(maxsize=1)
def registered_languages() -> frozenset[str]:
    """Every subtag of Type "language" in the registry (ranges such as qaa..qtz left out)."""
    text = files("langcodes").joinpath("data/language-subtag-registry.txt").read_text(encoding="utf-8")
    subtags = set()
    for record in text.split("\n%%\n"):
        fields = dict(line.split(": ", 1) for line in record.splitlines() if ": " in line and line[:1] != " ")
        if fields.get("Type") == "language" and ".." not in fields.get("Subtag", ".."):
            subtags.add(fields["Subtag"].lower())
    return frozenset(subtags)


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

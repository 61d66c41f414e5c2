"""BCP 47 language tags: well-formedness by the RFC 5646 grammar, subtags checked against the IANA
Language Subtag Registry (shipped by ``langcodes``)."""

from __future__ import annotations

import re
from functools import lru_cache

_LANGTAG = re.compile(
    r"""^(?P<language>[a-z]{2,3}(?:-[a-z]{3}){0,3}|[a-z]{4}|[a-z]{5,8})
    (?:-[a-z]{4})?                              # script
    (?:-(?:[a-z]{2}|[0-9]{3}))?                 # region
    (?:-(?:[a-z0-9]{5,8}|[0-9][a-z0-9]{3}))*    # variants
    (?:-[0-9a-wy-z](?:-[a-z0-9]{2,8})+)*        # extensions
    (?:-x(?:-[a-z0-9]{1,8})+)?$                 # private use
    """,
    re.IGNORECASE | re.VERBOSE,
)
_GRANDFATHERED = frozenset(
    """en-gb-oed i-ami i-bnn i-default i-enochian i-hak i-klingon i-lux i-mingo i-navajo i-pwn i-tao i-tay
    i-tsu sgn-be-fr sgn-be-nl sgn-ch-de art-lojban cel-gaulish no-bok no-nyn zh-guoyu zh-hakka zh-min
    zh-min-nan zh-xiang""".split()
)


@lru_cache(maxsize=512)
def primary_language_is_valid(tag: str) -> bool:
    """True when ``tag`` is well-formed BCP 47 and its primary language subtag is registered."""
    tag = tag.strip()
    if tag.lower() in _GRANDFATHERED:
        return True
    match = _LANGTAG.match(tag)
    if match is None:
        return False
    primary = match.group("language").split("-")[0].lower()
    if len(primary) == 4:
        return False  # reserved for future use
    import langcodes  # imported on first use: it loads the subtag registry

    return langcodes.tag_is_valid(primary)

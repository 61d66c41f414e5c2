"""Declarative data shipped with the rules (``rules/data/*.toml``): compliance profiles, link dictionaries,
identifier patterns and keyword lists. Users extend or override it through rule options in their config,
never by editing these files."""

from __future__ import annotations

import sys
from functools import lru_cache
from importlib.resources import files

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib


@lru_cache(maxsize=None)
def load(name: str) -> dict:
    """The parsed ``rules/data/<name>.toml``."""
    text = files("a11ylint.rules").joinpath("data", f"{name}.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)


def profiles() -> dict:
    return load("profiles")

"""Report writers. Each is a pure function ``render(run, context) -> str`` over the one result model."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass

from a11ylint.results import RunResult

# format name -> module that defines render(); imported only when the format is used.
FORMATS = {"text": "text", "json": "json"}


@dataclass(frozen=True)
class ReportContext:
    """What a writer needs besides the findings."""

    lang: str = "en"
    statistics: bool = False
    rules: tuple = ()  # the Rule objects of the registry, for titles and docs


def get_writer(name: str) -> Callable[[RunResult, ReportContext], str]:
    if name not in FORMATS:
        raise ValueError(f"unknown format {name!r}; formats: {', '.join(FORMATS)}")
    return importlib.import_module(f"{__name__}.{FORMATS[name]}").render

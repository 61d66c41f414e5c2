"""Report writers. Each is a pure function ``render(run, context) -> str`` over the one result model."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass

from a11ylint.results import RunResult

# format name -> module that defines render(); imported only when the format is used.
FORMATS = {
    "text": "text",
    "json": "json",
    "html": "html",
    "sarif": "sarif",
    "junit": "junit",
    "csv": "csv",
    "github": "github",
    "gitlab": "gitlab",
}


@dataclass(frozen=True)
class ReportContext:
    """What a writer needs besides the findings."""

    lang: str = "en"
    statistics: bool = False
    rules: tuple = ()  # the Rule objects of the registry, for titles and docs
    root: str = "."  # the folder that relative file URIs (SARIF, GitLab) are relative to

    def rule_map(self) -> dict:
        return {rule.code: rule for rule in self.rules}


def default_format(environ) -> str:
    """``github`` inside a GitHub Actions job, so that findings become annotations; else ``text``."""
    return "github" if environ.get("GITHUB_ACTIONS") == "true" else "text"


def get_writer(name: str) -> Callable[[RunResult, ReportContext], str]:
    if name not in FORMATS:
        raise ValueError(f"unknown format {name!r}; formats: {', '.join(FORMATS)}")
    return importlib.import_module(f"{__name__}.{FORMATS[name]}").render

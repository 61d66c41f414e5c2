"""Machine-readable results, validated by ``a11ylint/schemas/results.schema.json``."""

from __future__ import annotations

import json

from a11ylint import __version__
from a11ylint.results import SCHEMA_VERSION, RunResult

from .safetext import without_surrogates


def to_document(run: RunResult) -> dict:
    return {
        "schema_version": SCHEMA_VERSION,
        "tool": {"name": "a11ylint", "version": __version__},
        "files": [result.to_dict() for result in run.files],
        "summary": run.summary(),
    }


def render(run: RunResult, context) -> str:
    # ensure_ascii=False keeps CJK readable; lone surrogates from broken pages would not encode as UTF-8.
    return without_surrogates(json.dumps(to_document(run), ensure_ascii=False, indent=2)) + "\n"

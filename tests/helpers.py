"""Small helpers shared by the tests."""

from __future__ import annotations


def lint(html: str, **config):
    """Findings for an HTML string, with config keys as keyword arguments."""
    from a11ylint import Config, Linter

    return Linter(Config(**config)).lint_text(html, "page.html").findings


def codes(html: str, **config) -> list[str]:
    return [finding.code for finding in lint(html, **config) if not finding.suppressed]


def run_cli(*arguments: str):
    """``python -m a11ylint ARGUMENTS`` in a subprocess: the CompletedProcess, with text stdout and stderr."""
    import subprocess
    import sys

    return subprocess.run([sys.executable, "-m", "a11ylint", *arguments], capture_output=True, text=True)

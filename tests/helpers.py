"""Small helpers shared by the tests."""

from __future__ import annotations


def lint(html: str, **config):
    """Findings for an HTML string, with config keys as keyword arguments."""
    from a11ylint import Config, Linter

    return Linter(Config(**config)).lint_text(html, "page.html").findings


def codes(html: str, **config) -> list[str]:
    return [finding.code for finding in lint(html, **config) if not finding.suppressed]

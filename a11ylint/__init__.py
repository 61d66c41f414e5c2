"""a11ylint: accessibility and compliance linter for government web pages.

The public API::

    from a11ylint import lint_bytes, lint_text, lint_paths, load_config

    result = lint_text("<img src=logo.png>", path="inline.html")
    for finding in result.findings:
        print(finding.line, finding.column, finding.code, finding.message)

Every function takes an optional :class:`Config` (defaults, or ``load_config()`` for the nearest
``pyproject.toml``). For many pages, build a :class:`Linter` once and call its methods, so that rules
load and selectors compile once.
"""

from __future__ import annotations

from pathlib import Path

__version__ = "0.1.0"

# In a source checkout, rules/ and reports/ sit beside this package; installed, they are its subpackages.
_here = Path(__file__).resolve().parent
if not (_here / "rules").is_dir() and (_here.parent / "rules" / "__init__.py").is_file():
    __path__.append(str(_here.parent))  # noqa: F821 - __path__ is defined for packages

from .config import Config, ConfigError, load_config  # noqa: E402
from .engine import Linter  # noqa: E402
from .results import FileResult, Finding, RunResult  # noqa: E402

__all__ = [
    "Config",
    "ConfigError",
    "FileResult",
    "Finding",
    "Linter",
    "RunResult",
    "__version__",
    "lint_bytes",
    "lint_paths",
    "lint_text",
    "load_config",
]


def lint_text(text: str, path: str = "<text>", config: Config | None = None) -> FileResult:
    """Lint decoded HTML text."""
    return Linter(config).lint_text(text, path)


def lint_bytes(data: bytes, path: str = "<bytes>", config: Config | None = None,
               transport_encoding: str | None = None) -> FileResult:
    """Lint raw page bytes; they are decoded as a browser would (BOM, ``transport_encoding``, meta)."""
    return Linter(config).lint_bytes(data, path, transport_encoding)


def lint_paths(paths, config: Config | None = None) -> RunResult:
    """Lint files (not folders; see :func:`a11ylint.files.discover` for those)."""
    return Linter(config).lint_paths(paths)

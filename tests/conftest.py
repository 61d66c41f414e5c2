"""Shared fixtures. Tests that read ../shared skip cleanly when it is absent."""

from __future__ import annotations

from pathlib import Path

import pytest

try:
    import a11ylint  # noqa: F401
    import lxml  # noqa: F401
except ImportError as missing:
    # One clear line instead of an import error per test module when the package is not installed.
    raise pytest.UsageError(f"{missing}: install a11ylint with its test dependencies first, as the README's test "
                            "command does: python3 -m venv .venv && . .venv/bin/activate && pip install '.[test]' "
                            "&& pytest") from None

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
SEED = SHARED / "seed" / "000_2e049e708bd8707d.txt"
CORPUS = SHARED / "corpus"


@pytest.fixture(scope="session")
def registry():
    from a11ylint.registry import load_registry

    return load_registry()


@pytest.fixture(scope="session")
def seed_path():
    if not SEED.is_file():
        pytest.skip("../shared/seed is not available")
    return SEED


@pytest.fixture(scope="session")
def corpus_dir():
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is not available")
    return CORPUS


@pytest.fixture(autouse=True)
def _outside_github_actions(monkeypatch):
    """Tests expect the text report by default; inside a GitHub Actions job the CLI would pick ``github``."""
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)

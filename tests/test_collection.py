"""Runs raise the garbage collector's thresholds while they lint, and put the caller's back."""

from __future__ import annotations

import gc

from a11ylint.batch.pages import lint_pages
from a11ylint.batch.model import PageInput
from a11ylint.collection import LINTING_THRESHOLDS, fewer_collections
from a11ylint.config import Config


def test_thresholds_are_raised_inside_and_restored_after():
    before = gc.get_threshold()
    with fewer_collections():
        assert gc.get_threshold() == LINTING_THRESHOLDS
    assert gc.get_threshold() == before


def test_restored_when_the_run_fails():
    before = gc.get_threshold()
    try:
        with fewer_collections():
            raise ValueError("a page went wrong")
    except ValueError:
        pass
    assert gc.get_threshold() == before


def test_batch_pages_run_with_the_raised_thresholds(tmp_path, monkeypatch):
    seen = []
    import a11ylint.batch.pages as pages

    original = pages._linter

    def spying_linter(config):
        seen.append(gc.get_threshold())
        return original(config)

    monkeypatch.setattr(pages, "_linter", spying_linter)
    page = tmp_path / "page.html"
    page.write_text("<!doctype html><html lang=en><title>t</title><p>x</p>", encoding="utf-8")
    before = gc.get_threshold()
    records = lint_pages(Config(), [PageInput(key="page.html", path=str(page))])
    assert len(records) == 1 and seen == [LINTING_THRESHOLDS] and gc.get_threshold() == before

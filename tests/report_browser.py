"""Headless Chromium for the report tests, driven by Playwright.

The tests skip when Chromium, Playwright or axe-core is missing, unless A11YLINT_REQUIRE_BROWSER=1 (set by
.ci/run, which installs them): then a missing browser fails the run instead of hiding the tests.
"""

from __future__ import annotations

import os
import shutil
from contextlib import contextmanager
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
_AXE_CANDIDATES = (
    os.environ.get("A11YLINT_AXE_JS", ""),
    str(REPO / ".ci" / "node_modules" / "axe-core" / "axe.min.js"),
    str(REPO.parent / "shared" / "peers" / "node_modules" / "axe-core" / "axe.min.js"),
)


def _unavailable(reason: str):
    if os.environ.get("A11YLINT_REQUIRE_BROWSER") == "1":
        pytest.fail(f"{reason} (A11YLINT_REQUIRE_BROWSER=1)")
    pytest.skip(reason)


def chromium_path() -> str:
    for candidate in (os.environ.get("CHROMIUM", ""), "/usr/bin/chromium", shutil.which("chromium") or "",
                      shutil.which("chromium-browser") or "", shutil.which("google-chrome") or ""):
        if candidate and Path(candidate).is_file():
            return candidate
    _unavailable("no Chromium (apt-get install chromium)")


def axe_script() -> Path:
    for candidate in _AXE_CANDIDATES:
        if candidate and Path(candidate).is_file():
            return Path(candidate)
    _unavailable("no axe-core (npm install axe-core, or set A11YLINT_AXE_JS)")


@contextmanager
def browser_page(bypass_csp: bool = False):
    """A fresh page, recording console messages, page errors, dialogs and requests."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("playwright is not installed (pip install '.[test]')")
    executable = chromium_path()
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, args=["--no-sandbox"])
        try:
            context = browser.new_context(bypass_csp=bypass_csp)
            page = context.new_page()
            page.events = {"console": [], "errors": [], "dialogs": [], "requests": []}
            page.on("console", lambda message: page.events["console"].append((message.type, message.text)))
            page.on("pageerror", lambda error: page.events["errors"].append(str(error)))
            page.on("request", lambda request: page.events["requests"].append(request.url))

            def dismiss(dialog):
                page.events["dialogs"].append(dialog.message)
                dialog.dismiss()

            page.on("dialog", dismiss)
            yield page
        finally:
            browser.close()

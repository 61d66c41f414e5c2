"""The README's picture of the HTML report: the seed-like example page's report, shot by headless Chromium.

Needs Chromium and, for the Chinese text, a CJK font (Debian: apt-get install chromium fonts-noto-cjk).

    python bench/report_screenshot.py [--out docs/report-screenshot.png]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

from a11ylint.cli import main as a11ylint

REPO = Path(__file__).resolve().parent.parent


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(REPO / "docs" / "report-screenshot.png"))
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    parser.add_argument("--lang", default="en", choices=("en", "zh"))
    args = parser.parse_args(argv)
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as folder:
        report = Path(folder) / "report.html"
        os.chdir(REPO)  # the report shows the path as a user types it
        a11ylint(["check", "--isolated", "--profile", "gov-cn", "--lang", args.lang, "--format", "html",
                  "-o", str(report), "examples/county-notice.html"])
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=args.chromium, args=["--no-sandbox"])
            page = browser.new_page(viewport={"width": 1000, "height": 1500}, device_scale_factor=1)
            page.goto(report.as_uri())
            page.evaluate("document.getElementById('page-1-heading').scrollIntoView()")
            page.evaluate("window.scrollBy(0, -16)")
            page.screenshot(path=args.out)
            browser.close()
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

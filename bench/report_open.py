"""How big the HTML report of a large batch gets, and how fast headless Chromium opens it.

    python bench/report_open.py [FOLDER] [--pages 2000,10000] [--preset recommended] [--runs 3]

Lints FOLDER (default ../shared/corpus) once, then repeats its pages' results under new paths (spread over
sites of 50 pages) until each batch size is reached, writes the HTML report as one file and as a folder
(index plus one report per site), and opens the file and the folder's index in headless
Chromium (Playwright + /usr/bin/chromium) ``--runs`` times: the figure is the median time from navigation
until the report's script has run (the filter status is filled in), and the time to unpack one page's
findings. Prints a markdown table.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from a11ylint import Config, Linter, RunResult
from a11ylint.files import discover
from a11ylint.reports import ReportContext, get_writer
from a11ylint.reports.html import render_folder
from a11ylint.results import FileResult

SITE_SIZE = 50


def batch(results: list[FileResult], pages: int) -> RunResult:
    files = []
    for index in range(pages):
        source = results[index % len(results)]
        path = f"site{index // SITE_SIZE:04d}.example.gov/{index:06d}-{Path(source.path).name}"
        files.append(replace(source, path=path))
    return RunResult(files)


def open_times(report: Path, runs: int, chromium: str) -> tuple[float, float]:
    from playwright.sync_api import sync_playwright

    opened, unpacked = [], []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, args=["--no-sandbox"])
        for _ in range(runs):
            page = browser.new_page()
            start = time.perf_counter()
            page.goto(report.as_uri(), wait_until="load", timeout=120_000)
            page.wait_for_function("document.getElementById('filter-status').textContent !== ''",
                                   timeout=120_000)
            opened.append(time.perf_counter() - start)
            button = page.locator("button.load").first
            if button.count():
                start = time.perf_counter()
                button.click()
                page.wait_for_selector("#detail-1 li.finding, #detail-1 p", timeout=60_000)
                unpacked.append(time.perf_counter() - start)
            page.close()
        browser.close()
    return statistics.median(opened), (statistics.median(unpacked) if unpacked else 0.0)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"
    parser.add_argument("folder", nargs="?", default=str(default))
    parser.add_argument("--pages", default="2000,10000", help="comma-separated batch sizes (default 2000,10000)")
    parser.add_argument("--preset", default="recommended")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--chromium", default="/usr/bin/chromium")
    args = parser.parse_args(argv)
    if not Path(args.folder).is_dir():
        print(f"report_open.py: {args.folder}: no such folder", file=sys.stderr)
        return 2
    if not Path(args.chromium).is_file():
        print(f"report_open.py: {args.chromium}: no Chromium (apt-get install chromium)", file=sys.stderr)
        return 2
    config = Config(preset=args.preset)
    linter = Linter(config)
    results = [linter.lint_path(path) for path in discover([args.folder], config)]
    context = ReportContext(rules=tuple(linter.registry.rules))
    render = get_writer("html")
    print(f"{len(results)} pages of {args.folder} linted with --preset {args.preset}; "
          f"median of {args.runs} opens in {args.chromium}\n")
    print("| pages | findings | form | largest file | all files | render | open in Chromium | unpack one page |")
    print("|---:|---:|---|---:|---:|---:|---:|---:|")
    with tempfile.TemporaryDirectory() as folder:
        for pages in (int(value) for value in args.pages.split(",")):
            run = batch(results, pages)
            findings = sum(len(result.findings) for result in run.files)
            for form in ("one file", "folder"):
                start = time.perf_counter()
                if form == "one file":
                    files = {f"report-{pages}.html": render(run, context)}
                else:
                    files = {f"folder-{pages}/{name}": text for name, text in render_folder(run, context).items()}
                rendered = time.perf_counter() - start
                sizes = []
                for name, text in files.items():
                    target = Path(folder) / name
                    target.parent.mkdir(parents=True, exist_ok=True)
                    target.write_text(text, encoding="utf-8")
                    sizes.append(target.stat().st_size)
                first = Path(folder) / next(iter(files)) if form == "one file" else \
                    Path(folder) / f"folder-{pages}/index.html"
                opened, unpacked = open_times(first, args.runs, args.chromium)
                print(f"| {pages:,} | {findings:,} | {form} | {max(sizes) / 1e6:.1f} MB | {sum(sizes) / 1e6:.1f} MB | "
                      f"{rendered:.1f} s | {opened:.2f} s | {f'{unpacked * 1000:.0f} ms' if unpacked else '–'} |",
                      flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

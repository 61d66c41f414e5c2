"""Benchmark a11ylint's own pipeline on a folder of pages: decode, parse, rules and report, per page.

    python bench/run.py [FOLDER] [--repeat N] [--preset NAME]

FOLDER defaults to ../shared/corpus. Times are CPU time of this process on one core (process_time), so
other load on the machine matters less; wall time is printed beside. Prints a markdown table.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import sys
import time
from pathlib import Path

from a11ylint import Config, Linter, RunResult
from a11ylint.encoding import decode_html
from a11ylint.parse import parse_html
from a11ylint.reports import ReportContext, get_writer
from a11ylint.results import FileResult

STAGES = ("decode", "parse", "rules", "report")


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(fraction * (len(ordered) - 1))))
    return ordered[index]


def measure(pages: list[Path], linter: Linter, repeat: int) -> dict:
    render = get_writer("json")
    context = ReportContext()
    per_stage = {stage: [] for stage in STAGES}
    totals = []
    wall_start = time.perf_counter()
    for page in pages:
        data = page.read_bytes()
        best = None
        for _ in range(repeat):
            marks = [time.process_time()]
            decoded = decode_html(data)
            marks.append(time.process_time())
            document = parse_html(decoded.text)
            marks.append(time.process_time())
            findings = linter.lint_document(document, str(page))
            marks.append(time.process_time())
            render(RunResult([FileResult(str(page), decoded.encoding, decoded.source, findings)]), context)
            marks.append(time.process_time())
            spans = [after - before for before, after in zip(marks, marks[1:])]
            if best is None or sum(spans) < sum(best):
                best = spans
        for stage, span in zip(STAGES, best):
            per_stage[stage].append(span * 1000)
        totals.append(sum(best) * 1000)
    wall = time.perf_counter() - wall_start
    size = sum(page.stat().st_size for page in pages)
    cpu_seconds = sum(totals) / 1000
    return {
        "pages": len(pages),
        "megabytes": size / 1e6,
        "pages_per_s": len(pages) / cpu_seconds,
        "mb_per_s": size / 1e6 / cpu_seconds,
        "total_p50": statistics.median(totals),
        "total_p95": percentile(totals, 0.95),
        "stages": {stage: (statistics.median(values), percentile(values, 0.95), sum(values) / len(values))
                   for stage, values in per_stage.items()},
        "wall_s": wall,
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"
    parser.add_argument("folder", nargs="?", default=str(default))
    parser.add_argument("--repeat", type=int, default=1, help="runs per page; the fastest counts (default 1)")
    parser.add_argument("--preset", default="all", help="rule preset to run (default: all)")
    args = parser.parse_args(argv)
    folder = Path(args.folder)
    pages = sorted(path for path in folder.rglob("*") if path.suffix.lower() in (".html", ".htm"))
    if not pages:
        print(f"bench: no .html/.htm pages under {folder}", file=sys.stderr)
        return 2
    linter = Linter(Config(preset=args.preset))
    result = measure(pages, linter, args.repeat)
    print(f"a11ylint pipeline on {result['pages']} pages ({result['megabytes']:.1f} MB) from {folder}, "
          f"preset {args.preset}, {len(linter.selected)} rules, one core, CPU time:\n")
    print("| stage | p50 ms/page | p95 ms/page | mean ms/page |")
    print("|---|---:|---:|---:|")
    for stage, (p50, p95, mean) in result["stages"].items():
        print(f"| {stage} | {p50:.1f} | {p95:.1f} | {mean:.1f} |")
    print(f"| **total** | **{result['total_p50']:.1f}** | **{result['total_p95']:.1f}** | "
          f"**{1000 / result['pages_per_s']:.1f}** |")
    print(f"\n{result['pages_per_s']:.1f} pages/s, {result['mb_per_s']:.2f} MB/s per core; "
          f"wall {result['wall_s']:.1f} s; peak RSS {result['peak_rss_mb']:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())

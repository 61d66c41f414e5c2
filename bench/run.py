"""Benchmark a11ylint's own pipeline on a folder of pages: decode, parse, rules and report, per page.

    python bench/run.py [FOLDER] [--repeat N] [--preset NAME] [--parser fast|python|html5lib]
                        [--peers html-validate,vnu-http[,axe]]

FOLDER defaults to ../shared/corpus. Times are CPU time of this process on one core (process_time), so
other load on the machine matters less; wall time is printed beside. Prints a markdown table.

``--peers`` runs the peer tools on the same pages in the same run, through ``run_peers.sh`` of
``--peers-dir`` (default ../shared/peers, which its ``setup.sh`` must have set up; a set-up copy works
too), and prints each one's steady-state median ms/page (its own per-page wall time in a warm process,
start-up excluded) beside a11ylint's median wall ms/page, with the ratios.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from a11ylint import Config, Linter, RunResult
from a11ylint.collection import fewer_collections
from a11ylint.config import PARSERS
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
    parser = linter.config.parser
    render = get_writer("json")
    context = ReportContext()
    per_stage = {stage: [] for stage in STAGES}
    totals, walls = [], []
    builders = {}
    wall_start = time.perf_counter()
    with fewer_collections():  # as the a11ylint command runs
        for page in pages:
            data = page.read_bytes()
            best = None
            best_wall = None
            for _ in range(repeat):
                wall_mark = time.perf_counter()
                marks = [time.process_time()]
                decoded = decode_html(data)
                marks.append(time.process_time())
                document = parse_html(decoded.text, parser)
                marks.append(time.process_time())
                findings = linter.lint_document(document, str(page))
                marks.append(time.process_time())
                render(RunResult([FileResult(str(page), decoded.encoding, decoded.source, findings)]), context)
                marks.append(time.process_time())
                spans = [after - before for before, after in zip(marks, marks[1:])]
                wall_span = time.perf_counter() - wall_mark
                if best is None or sum(spans) < sum(best):
                    best = spans
                best_wall = wall_span if best_wall is None else min(best_wall, wall_span)
            builders[document.tree_builder] = builders.get(document.tree_builder, 0) + 1
            for stage, span in zip(STAGES, best):
                per_stage[stage].append(span * 1000)
            totals.append(sum(best) * 1000)
            walls.append(best_wall * 1000)
    wall = time.perf_counter() - wall_start
    size = sum(page.stat().st_size for page in pages)
    cpu_seconds = sum(totals) / 1000
    return {
        "pages": len(pages),
        "megabytes": size / 1e6,
        "pages_per_s": len(pages) / cpu_seconds,
        "mb_per_s": size / 1e6 / cpu_seconds,
        "total_p50": statistics.median(totals),
        "wall_p50": statistics.median(walls),
        "total_p95": percentile(totals, 0.95),
        "stages": {stage: (statistics.median(values), percentile(values, 0.95), sum(values) / len(values))
                   for stage, values in per_stage.items()},
        "wall_s": wall,
        "tree_builders": builders,
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"
    parser.add_argument("folder", nargs="?", default=str(default))
    parser.add_argument("--repeat", type=int, default=1, help="runs per page; the fastest counts (default 1)")
    parser.add_argument("--preset", default="all", help="rule preset to run (default: all)")
    parser.add_argument("--extend-select", default="", help="comma-separated selectors added to the preset, "
                                                              "e.g. html for issue 8's 'wcag21aa plus the HTML rules'")
    parser.add_argument("--parser", default="fast", choices=PARSERS, help="parser (default: fast)")
    parser.add_argument("--peers", default="", help="comma-separated peer tools to run on the same pages: "
                                                    "html-validate, vnu-http, vnu, axe, ibm-ace, pa11y")
    parser.add_argument("--peers-dir", default=str(default.parent / "peers"))
    args = parser.parse_args(argv)
    folder = Path(args.folder)
    pages = sorted(path for path in folder.rglob("*") if path.suffix.lower() in (".html", ".htm"))
    if not pages:
        print(f"bench: no .html/.htm pages under {folder}", file=sys.stderr)
        return 2
    extra = tuple(part for part in args.extend_select.split(",") if part)
    linter = Linter(Config(preset=args.preset, extend_select=extra, parser=args.parser))
    result = measure(pages, linter, args.repeat)
    print(f"a11ylint pipeline on {result['pages']} pages ({result['megabytes']:.1f} MB) from {folder}, "
          f"preset {args.preset}{' + ' + args.extend_select if extra else ''}, {len(linter.selected)} rules, "
          f"{args.parser} parser, one core, CPU time:\n")
    print("| stage | p50 ms/page | p95 ms/page | mean ms/page |")
    print("|---|---:|---:|---:|")
    for stage, (p50, p95, mean) in result["stages"].items():
        print(f"| {stage} | {p50:.1f} | {p95:.1f} | {mean:.1f} |")
    print(f"| **total** | **{result['total_p50']:.1f}** | **{result['total_p95']:.1f}** | "
          f"**{1000 / result['pages_per_s']:.1f}** |")
    print(f"| total, wall time | {result['wall_p50']:.1f} | | |")
    stages = result["stages"]
    built = ", ".join(f"{name} {count}" for name, count in sorted(result["tree_builders"].items()))
    print(f"\nrules ÷ parse at the median: {stages['rules'][0] / stages['parse'][0]:.2f}; trees built by {built}")
    print(f"{result['pages_per_s']:.1f} pages/s, {result['mb_per_s']:.2f} MB/s per core; "
          f"wall {result['wall_s']:.1f} s; peak RSS {result['peak_rss_mb']:.0f} MB")
    if args.peers:
        return compare_peers(folder, Path(args.peers_dir), args.peers.split(","), result["wall_p50"])
    return 0


def compare_peers(folder: Path, peers_dir: Path, tools: list[str], ours_ms: float) -> int:
    """Run the peers on the same pages and print their steady-state medians beside ours."""
    script = peers_dir / "run_peers.sh"
    if not script.exists():
        print(f"bench: {script}: not found (set up ../shared/peers, or pass --peers-dir)", file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as out:
        done = subprocess.run(["bash", str(script), str(folder), out, *tools], capture_output=True, text=True,
                              env={**os.environ, "EXTS": ".html,.htm"})
        if done.returncode != 0:
            print(f"bench: run_peers.sh failed: {done.stderr.strip()[-500:]}", file=sys.stderr)
            return 2
        rows = []
        for tool in tools:
            summary = json.loads((Path(out) / f"{tool}.summary.json").read_text(encoding="utf-8"))
            per_page = summary["per_page_ms"]
            rows.append((tool, per_page["median"], per_page["p90"], summary.get("peak_rss_mb_process_tree")))
    print("\nSame pages, same run, steady state (start-up excluded), median wall ms/page:\n")
    print("| tool | median ms/page | p90 ms/page | peak RSS | a11ylint ÷ tool |")
    print("|---|---:|---:|---:|---:|")
    print(f"| a11ylint | {ours_ms:.1f} | | | 1.00 |")
    for tool, median, p90, rss in rows:
        rss_text = f"{rss:.0f} MB" if rss else ""
        print(f"| {tool} | {median:.1f} | {p90:.1f} | {rss_text} | {ours_ms / median:.2f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())

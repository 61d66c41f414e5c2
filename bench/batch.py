"""Batch throughput and memory: `a11ylint batch --jobs N` over the corpus repeated to 500 and 2,000 pages.

    python bench/batch.py [FOLDER] [--pages 500,2000] [--jobs 2] [--preset recommended]

The pages are links to FOLDER's pages (default ../shared/corpus) in a mirror-like tree of sites of 50
pages. Each size runs in a fresh process; peak RSS is the largest sum of the resident memory of the batch
process and its workers, sampled every 50 ms from /proc. Prints a markdown table; memory must not grow
with the number of pages.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SITE_SIZE = 50


def tree_rss(pid: int) -> int:
    """Resident bytes of a process and all its descendants."""
    total, stack = 0, [pid]
    while stack:
        current = stack.pop()
        try:
            with open(f"/proc/{current}/status", encoding="ascii") as status:
                for line in status:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1]) * 1024
            for task in os.listdir(f"/proc/{current}/task"):
                with open(f"/proc/{current}/task/{task}/children", encoding="ascii") as children:
                    stack.extend(int(child) for child in children.read().split())
        except (OSError, ValueError):
            continue
    return total


def build(folder: Path, source: list[Path], pages: int) -> None:
    for index in range(pages):
        site = folder / f"www.site{index // SITE_SIZE:03d}.gov.example" / "pages"
        site.mkdir(parents=True, exist_ok=True)
        original = source[index % len(source)]
        (site / f"{index:05d}-{original.name}").symlink_to(original.resolve())


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"
    parser.add_argument("folder", nargs="?", default=str(default))
    parser.add_argument("--pages", default="500,2000")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--preset", default="recommended")
    parser.add_argument("--no-html", action="store_true", help="leave out report/, the HTML report folder")
    args = parser.parse_args(argv)
    source = sorted(Path(args.folder).rglob("*.html"))
    if not source:
        print(f"batch.py: {args.folder}: no .html pages", file=sys.stderr)
        return 2
    print(f"a11ylint batch --jobs {args.jobs} --preset {args.preset}{' --no-html' if args.no_html else ''}, "
          f"pages of {args.folder} repeated\n")
    print("| pages | MB | wall | pages/s | MB/s | peak RSS (all processes) | page errors |")
    print("|---:|---:|---:|---:|---:|---:|---:|")
    for pages in (int(value) for value in args.pages.split(",")):
        with tempfile.TemporaryDirectory() as work:
            tree, out = Path(work) / "crawl", Path(work) / "out"
            build(tree, source, pages)
            size = sum(path.stat().st_size for path in tree.rglob("*.html"))
            command = [sys.executable, "-m", "a11ylint", "batch", "--isolated", "--preset", args.preset,
                       "--jobs", str(args.jobs), "--out", str(out), str(tree)] + (["--no-html"] if args.no_html else [])
            start = time.perf_counter()
            process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
            peak = 0
            while process.poll() is None:
                peak = max(peak, tree_rss(process.pid))
                time.sleep(0.05)
            wall = time.perf_counter() - start
            if process.returncode not in (0, 1):
                print(process.stderr.read().decode(errors="replace"), file=sys.stderr)
                return 2
            errors = sum(1 for line in (out / "pages.jsonl").open(encoding="utf-8") if '"error": null' not in line)
            print(f"| {pages:,} | {size / 1e6:.0f} | {wall:.0f} s | {pages / wall:.1f} | {size / 1e6 / wall:.2f} | "
                  f"{peak / 1e6:.0f} MB | {errors} |", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

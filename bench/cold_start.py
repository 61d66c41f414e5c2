"""Cold start: the wall time of linting one small page in a fresh process, beside html-validate and vnu.

    python bench/cold_start.py [PAGE] [--runs 15] [--peers DIR]

PAGE defaults to bench/pages/council-news-5k.html (5 KB). Each tool runs ``--runs`` times, one after the
other, on the same page; the table gives the median and the 90th percentile of the wall time of the whole
process, and each tool's median as a multiple of a11ylint's. The peers are the ones of
``../shared/peers`` (html-validate 10.9 on Node.js, with the peers' recommended + a11y config; the Nu
validator's vnu.jar on Java): that folder must have been set up with its ``setup.sh``, or ``--peers``
names a set-up copy of it. Peers that are not installed are left out of the table.

Byte code: an installed a11ylint has its ``.pyc`` files (pip compiles them); a source checkout run with
PYTHONDONTWRITEBYTECODE would recompile every module on every run, so the a11ylint package is compiled
once before measuring.
"""

from __future__ import annotations

import argparse
import compileall
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_PAGE = REPO / "bench" / "pages" / "council-news-5k.html"
DEFAULT_PEERS = REPO.parent / "shared" / "peers"


def timed(command: list[str], runs: int) -> list[float]:
    subprocess.run(command, capture_output=True, check=False)  # warm the OS file cache, not the process
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        done = subprocess.run(command, capture_output=True, check=False)
        times.append(time.perf_counter() - start)
        if done.returncode not in (0, 1):
            raise RuntimeError(f"{command[0]} exited {done.returncode}: {done.stderr.decode(errors='replace')[:300]}")
    return times


def commands(page: Path, peers: Path) -> dict[str, list[str]]:
    a11ylint = shutil.which("a11ylint", path=str(Path(sys.executable).parent)) or shutil.which("a11ylint")
    found = {"a11ylint check": [a11ylint, "check", str(page)]}
    html_validate = peers / "node_modules" / ".bin" / "html-validate"
    if html_validate.exists():
        found["html-validate"] = [str(html_validate), "--config", str(peers / "htmlvalidate.json"), str(page)]
    vnu = peers / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
    if vnu.exists() and shutil.which("java"):
        found["vnu (Nu validator)"] = ["java", "-Xss8m", "-jar", str(vnu), "--exit-zero-always", str(page)]
    return found


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("page", nargs="?", default=str(DEFAULT_PAGE))
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--peers", default=str(DEFAULT_PEERS))
    args = parser.parse_args(argv)
    page = Path(args.page)
    if not page.is_file():
        print(f"cold_start.py: {page}: no such file", file=sys.stderr)
        return 2
    import a11ylint

    for folder in (Path(a11ylint.__file__).parent, *map(Path, a11ylint.__path__[1:])):
        compileall.compile_dir(str(folder), quiet=1)
    found = commands(page, Path(args.peers))
    if len(found) == 1:
        print(f"cold_start.py: no peers installed in {args.peers} (run its setup.sh); measuring a11ylint only",
              file=sys.stderr)
    medians = {}
    rows = []
    for name, command in found.items():
        times = timed(command, args.runs)
        medians[name] = statistics.median(times)
        rows.append((name, medians[name], percentile(times, 0.9)))
    ours = medians["a11ylint check"]
    print(f"{page.name} ({page.stat().st_size / 1000:.1f} kB), {args.runs} cold runs each\n")
    print("| tool | median | p90 | × a11ylint |")
    print("|---|---:|---:|---:|")
    for name, median, p90 in rows:
        print(f"| {name} | {median * 1000:.0f} ms | {p90 * 1000:.0f} ms | {median / ours:.2f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())

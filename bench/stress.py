"""Hostile and oversized pages, one fresh process each: what a11ylint reports, CPU time and peak RSS.

    python bench/stress.py [STRESS_FOLDER] [--preset NAME]

STRESS_FOLDER defaults to ../shared/peers/stress. Besides its files, the script generates in a temporary
folder: a 20 MB page (a 200,000-row notice list), checked twice, with the default max-bytes (it is over
it) and with max-bytes raised so that the element limit applies; and 100,000-deep nesting. Prints a
markdown table: for each page, its size, the SYS findings (limits, crashes), the number of other
findings, CPU seconds (user + system of the child) and peak RSS.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROW = '<tr><td><a href="/n/{0}.html">关于做好第{0}号通知的公告</a></td><td>2026-11-29</td></tr>\n'
HEAD = ('<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>通知公告</title></head><body><main>'
        "<h1>通知公告</h1><table><caption>列表</caption><tr><th>标题</th><th>日期</th></tr>\n")


def generate(folder: Path) -> list[tuple[Path, list[str]]]:
    big = folder / "generated-20mb.html"
    with big.open("w", encoding="utf-8") as out:
        out.write(HEAD)
        size, index = len(HEAD.encode()), 0
        while size < 20 * 1024 * 1024:
            row = ROW.format(index)
            out.write(row)
            size += len(row.encode())
            index += 1
        out.write("</table></main></body></html>")
    deep = folder / "generated-100k-deep.html"
    deep.write_text('<!doctype html><html lang="en"><title>deep</title><body>' + "<div>" * 100_000 + "x"
                    + "</div>" * 100_000, encoding="utf-8")
    return [(big, []), (big, ["--max-bytes", "30000000"]), (deep, [])]


def run(page: Path, options: list[str], preset: str) -> dict:
    command = [sys.executable, "-m", "a11ylint", "check", "--isolated", "--preset", preset, "--format", "json",
               *options, str(page)]
    with tempfile.TemporaryFile() as errors:
        process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=errors)
        output = process.stdout.read().decode("utf-8")
        _, status, usage = os.wait4(process.pid, 0)  # this child's own CPU time and peak RSS
        process.returncode = os.waitstatus_to_exitcode(status)
        errors.seek(0)
        stderr = errors.read().decode("utf-8", "replace")
    row = {"page": page.name + (" " + " ".join(options) if options else ""), "bytes": page.stat().st_size,
           "exit": process.returncode, "cpu_s": usage.ru_utime + usage.ru_stime,
           "peak_rss_mb": usage.ru_maxrss / 1024, "system": "", "findings": 0, "error": ""}
    if "Traceback" in stderr:
        row["error"] = "traceback"
    try:
        findings = json.loads(output)["files"][0]["findings"]
    except (ValueError, KeyError, IndexError):
        row["error"] = row["error"] or stderr.strip()[:80]
        return row
    system = sorted({finding["code"] for finding in findings if finding["code"].startswith("SYS")})
    row["system"] = ", ".join(system)
    row["findings"] = sum(1 for finding in findings if not finding["code"].startswith("SYS"))
    return row


def measured(page: Path, options: list[str], preset: str) -> dict:
    """``run`` in a fresh helper process. Linux gives a child the peak RSS its parent had when it forked, and
    this process grows while it reads big JSON reports: the helper is small when it starts a11ylint."""
    done = subprocess.run([sys.executable, __file__, "--one", json.dumps([str(page), options, preset])],
                          capture_output=True, text=True)
    if done.returncode != 0:
        return {"page": page.name, "bytes": page.stat().st_size, "exit": "", "cpu_s": 0.0, "peak_rss_mb": 0.0,
                "system": "", "findings": 0, "error": done.stderr.strip()[-80:]}
    return json.loads(done.stdout)


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--one"]:
        page, options, preset = json.loads(argv[1])
        print(json.dumps(run(Path(page), options, preset)))
        return 0
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default = Path(__file__).resolve().parent.parent.parent / "shared" / "peers" / "stress"
    parser.add_argument("folder", nargs="?", default=str(default))
    parser.add_argument("--preset", default="recommended")
    args = parser.parse_args(argv)
    folder = Path(args.folder)
    pages = [(path, []) for path in sorted(folder.rglob("*")) if path.is_file()] if folder.is_dir() else []
    if not pages:
        print(f"stress: no files under {folder}; only the generated pages run", file=sys.stderr)
    with tempfile.TemporaryDirectory() as scratch:
        pages += generate(Path(scratch))
        rows = [measured(page, options, args.preset) for page, options in pages]
    print(f"Preset {args.preset}, one process per page (peak RSS is that process's), 2-core machine:\n")
    print("| page | size | exit | SYS findings | other findings | CPU s | peak RSS MB | problem |")
    print("|---|---:|---:|---|---:|---:|---:|---|")
    for row in rows:
        print(f"| {row['page']} | {row['bytes']:,} | {row['exit']} | {row['system']} | {row['findings']:,} | "
              f"{row['cpu_s']:.1f} | {row['peak_rss_mb']:.0f} | {row['error']} |")
    return 1 if any(row["error"] or row["exit"] == 2 for row in rows) else 0


if __name__ == "__main__":
    sys.exit(main())

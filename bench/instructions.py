"""Rule-side cost of code revisions in CPU instructions (valgrind), for A/B tests on a noisy machine.

    python bench/instructions.py [REV_OR_DIR ...] [--folder FOLDER] [--every 12] [--offset 0]
                                 [--preset wcag21aa] [--extend-select html]

Timings on a shared virtual machine move 10-20 % between runs; instruction counts under callgrind repeat to
0.01 % with the same code, input and hash seed, whatever else the machine does. For each revision (a git
revision, checked out in a temporary worktree, or a folder holding a checkout), every EVERY-th page of FOLDER
(default ../shared/corpus) is parsed, and then parsed and linted, in a fresh Python under
``valgrind --tool=callgrind``; the difference is what the rules cost. Default revisions: HEAD~1 and HEAD.
Needs valgrind (Debian package ``valgrind``); about a minute per revision for 15 pages.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

# Run inside callgrind with the revision's folder first on sys.path; "lint" also runs the rules.
_WORKLOAD = """
import sys, warnings
tree, folder, every, offset, preset, extend, mode = sys.argv[1:8]
sys.path.insert(0, tree)
warnings.simplefilter("ignore")
from pathlib import Path
from a11ylint import Config, Linter
from a11ylint.collection import fewer_collections
from a11ylint.encoding import decode_html
from a11ylint.parse import parse_html
pages = sorted(p for p in Path(folder).rglob("*") if p.suffix.lower() in (".html", ".htm"))[int(offset)::int(every)]
linter = Linter(Config(preset=preset, extend_select=tuple(s for s in extend.split(",") if s)))
documents = [(str(page), parse_html(decode_html(page.read_bytes()).text)) for page in pages]
findings = 0
if mode == "lint":
    with fewer_collections():
        for name, document in documents:
            findings += len(linter.lint_document(document, name))
print(len(pages), findings)
"""
_COLLECTED = re.compile(r"Collected\s*:\s*(\d+)")


def _instructions(tree: Path, args, mode: str) -> tuple[int, str]:
    command = ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", sys.executable, "-c", _WORKLOAD,
               str(tree), str(args.folder), str(args.every), str(args.offset), args.preset, args.extend_select, mode]
    env = dict(os.environ, PYTHONHASHSEED="0")
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    done = subprocess.run(command, capture_output=True, text=True, env=env)
    found = _COLLECTED.search(done.stderr)
    if done.returncode != 0 or found is None:
        raise RuntimeError(f"{tree}: the workload failed:\n{done.stderr[-2000:]}")
    return int(found.group(1)), done.stdout.strip()


def _checkout(revision: str, scratch: Path) -> Path:
    folder = Path(revision)
    if folder.is_dir():
        return folder.resolve()
    target = scratch / re.sub(r"[^\w.-]", "_", revision)
    subprocess.run(["git", "-C", str(REPO), "worktree", "add", "--detach", "-q", str(target), revision], check=True)
    return target


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("revisions", nargs="*", default=["HEAD~1", "HEAD"])
    parser.add_argument("--folder", default=str(REPO.parent / "shared" / "corpus"))
    parser.add_argument("--every", type=int, default=12, help="take every N-th page (default 12)")
    parser.add_argument("--offset", type=int, default=0, help="start at this page (default 0)")
    parser.add_argument("--preset", default="wcag21aa")
    parser.add_argument("--extend-select", default="html")
    args = parser.parse_args(argv)
    if shutil.which("valgrind") is None:
        print("instructions.py: valgrind is not installed (apt-get install valgrind)", file=sys.stderr)
        return 2
    if not any(Path(args.folder).rglob("*.htm*")):
        print(f"instructions.py: no .html/.htm pages under {args.folder}", file=sys.stderr)
        return 2
    scratch = Path(tempfile.mkdtemp(prefix="a11ylint-instructions-"))
    rows = []
    try:
        for revision in args.revisions:
            tree = _checkout(revision, scratch)
            # compiled once, so that no revision pays for compiling its modules inside the measurement
            subprocess.run([sys.executable, "-m", "compileall", "-q", "a11ylint", "rules", "reports"], cwd=tree,
                           check=True, stdout=subprocess.DEVNULL)
            parse, _ = _instructions(tree, args, "parse")
            lint, output = _instructions(tree, args, "lint")
            rows.append((revision, parse, lint, output))
    except (RuntimeError, subprocess.CalledProcessError) as error:
        print(f"instructions.py: {error}", file=sys.stderr)
        return 2
    finally:
        for tree in scratch.iterdir():
            subprocess.run(["git", "-C", str(REPO), "worktree", "remove", "--force", str(tree)], check=False)
        shutil.rmtree(scratch, ignore_errors=True)
    pages = rows[0][3].split()[0]
    print(f"Instructions (millions), {pages} pages of {args.folder} (every {args.every}th from {args.offset}), "
          f"preset {args.preset} + {args.extend_select or 'nothing'}:\n")
    print("| revision | import + parse | rules | rules vs first | findings |")
    print("|---|---:|---:|---:|---:|")
    first_rules = rows[0][2] - rows[0][1]
    for revision, parse, lint, output in rows:
        rules = lint - parse
        print(f"| {revision} | {parse / 1e6:,.0f} | {rules / 1e6:,.0f} | {100 * (rules / first_rules - 1):+.1f} % | "
              f"{output.split()[1]} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())

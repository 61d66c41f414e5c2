"""The files git reports as changed since a ref, for ``a11ylint check --changed-since REF``.

Changed means: added, copied, modified or renamed between REF and the working tree (so commits after
REF, staged and unstaged edits all count), plus untracked files that ``.gitignore`` does not hide.
Deleted files are not linted. git runs with a list argv, never through a shell. A missing git, a folder
outside a work tree or an unknown ref raises :class:`GitError`, which the CLI reports in one line with
exit code 2.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from .config import Config
from .files import InputError, discover_among


class GitError(InputError):
    """git cannot tell which files changed; the message says why."""


def changed_paths(paths: list[str], config: Config, ref: str) -> list[str]:
    """The files that ``discover(paths, config)`` would lint and that changed since ``ref``."""
    if not ref or ref.startswith("-"):
        raise GitError(f"--changed-since: {ref!r} is not a git ref")
    changed: set[Path] = set()
    roots: set[Path] = set()
    for raw in paths:
        path = Path(raw)
        folder = path if path.is_dir() else path.parent
        if not folder.is_dir():
            continue  # discover_among names the missing path
        root = repo_root(folder)
        if root not in roots:
            roots.add(root)
            changed.update(changed_since(root, ref))
    return discover_among(paths, config, changed)


def repo_root(folder: Path) -> Path:
    """The top folder of the git work tree that holds ``folder``."""
    output = _git(["rev-parse", "--show-toplevel"], folder,
                  f"--changed-since: {folder} is not inside a git work tree")
    return Path(output.rstrip("\n")).resolve()


def changed_since(root: Path, ref: str) -> list[Path]:
    """Absolute paths of the files of the work tree at ``root`` changed since ``ref``, and untracked files."""
    commit = _git(["rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}"], root,
                  f"--changed-since: unknown git ref {ref!r} in {root}").strip()
    # Run at the top folder: paths come relative to it, whatever diff.relative or the caller's cwd say.
    diff = _git(["diff", "--name-only", "-z", "--diff-filter=ACMR", commit, "--"], root,
                f"--changed-since: git diff {ref} failed in {root}")
    untracked = _git(["ls-files", "--others", "--exclude-standard", "-z"], root,
                     f"--changed-since: git ls-files failed in {root}")
    names = [name for name in (diff + "\0" + untracked).split("\0") if name]
    return [root / name for name in dict.fromkeys(names)]


def _git(args: list[str], cwd: Path, failure: str) -> str:
    try:
        completed = subprocess.run(["git", *args], cwd=cwd, stdin=subprocess.DEVNULL, capture_output=True,
                                   check=False)
    except FileNotFoundError:
        raise GitError("--changed-since needs git, and no git command was found") from None
    except OSError as error:
        raise GitError(f"--changed-since: cannot run git: {error.strerror or error}") from None
    if completed.returncode != 0:
        detail = os.fsdecode(completed.stderr).strip().splitlines()
        raise GitError(failure + (f" ({detail[-1]})" if detail else ""))
    return os.fsdecode(completed.stdout)

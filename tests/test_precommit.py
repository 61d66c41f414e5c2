"""The pre-commit hook of .pre-commit-hooks.yaml, run by the real pre-commit tool on real commits.

Slow (about a minute): pre-commit builds the hook's environment by pip-installing this checkout, which
needs the package index. Deselect it with ``--deselect tests/test_precommit.py`` (or ``-k "not
precommit"``). It skips when git or pre-commit is missing, unless A11YLINT_REQUIRE_PRECOMMIT=1.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
INSTALL_TIMEOUT = 900  # seconds: the first commit builds the hook environment

PAGE = ('<!DOCTYPE html>\n<html lang="en">\n<head><meta charset="utf-8"><title>Opening hours</title></head>\n'
        '<body><main><h1>Opening hours</h1>\n<img src="seal.png"{alt}>\n</main></body>\n</html>\n')
BAD_PAGE = PAGE.format(alt="")
GOOD_PAGE = PAGE.format(alt=' alt="County seal"')


def _unavailable(reason: str):
    if os.environ.get("A11YLINT_REQUIRE_PRECOMMIT") == "1":
        pytest.fail(f"{reason} (A11YLINT_REQUIRE_PRECOMMIT=1)")
    pytest.skip(reason)


def _pre_commit() -> list[str]:
    if importlib.util.find_spec("pre_commit") is not None:
        return [sys.executable, "-m", "pre_commit"]
    found = shutil.which("pre-commit")
    if found is None:
        _unavailable("pre-commit is not installed (pip install 'pre-commit>=3')")
    return [found]


@pytest.fixture
def env(tmp_path):
    """The environment of every command: a fresh PRE_COMMIT_HOME, no user or system git configuration."""
    if shutil.which("git") is None:
        _unavailable("git is not installed")
    environ = {key: value for key, value in os.environ.items()
               if not key.startswith(("GIT_", "PRE_COMMIT")) and key not in ("GITHUB_ACTIONS", "SKIP")}
    environ.update(PRE_COMMIT_HOME=str(tmp_path / "pre-commit-home"), GIT_CONFIG_GLOBAL=os.devnull,
                   GIT_CONFIG_NOSYSTEM="1", GIT_CEILING_DIRECTORIES=str(tmp_path))
    return environ


def run(argv, cwd, env, timeout=120, check=True):
    result = subprocess.run(argv, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)
    if check and result.returncode != 0:
        pytest.fail(f"{' '.join(map(str, argv))} exited {result.returncode}:\n{result.stdout}\n{result.stderr}")
    return result


def new_repo(path: Path, env) -> Path:
    path.mkdir(parents=True)
    run(["git", "init", "-q"], path, env)
    run(["git", "config", "user.email", "test@example.gov"], path, env)
    run(["git", "config", "user.name", "Test"], path, env)
    return path


def snapshot_of_this_checkout(target: Path, env) -> str:
    """Commit this checkout as it is on disk (tracked and untracked files, .gitignore respected) to a new
    repository, so that the hook under test is the working copy's; on a clean CI clone that is HEAD."""
    listed = run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"], REPO, env, check=False)
    if listed.returncode != 0:
        _unavailable(f"{REPO} is not a git checkout, and pre-commit installs hooks from git repositories")
    new_repo(target, env)
    for name in filter(None, listed.stdout.split("\0")):
        source = REPO / name
        if source.is_file():  # tracked files deleted in the working copy are left out
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)
    run(["git", "add", "--all", "."], target, env)  # target is the new temporary repository
    run(["git", "commit", "-q", "--no-verify", "-m", "snapshot"], target, env)
    return run(["git", "rev-parse", "HEAD"], target, env).stdout.strip()


def commit(site: Path, env, message: str):
    result = run(["git", "commit", "-m", message], site, env, timeout=INSTALL_TIMEOUT, check=False)
    return result.returncode, result.stdout + result.stderr


def commit_count(site: Path, env) -> int:
    return int(run(["git", "rev-list", "--count", "HEAD"], site, env).stdout)


def test_hook_blocks_a_commit_with_an_image_without_alt_then_passes(tmp_path, env):
    pre_commit = _pre_commit()
    hook_repo = tmp_path / "a11ylint"
    rev = snapshot_of_this_checkout(hook_repo, env)

    site = new_repo(tmp_path / "site", env)
    # The project's own config: messages in Chinese, vendor pages excluded. The hook must honour both.
    (site / "pyproject.toml").write_text('[tool.a11ylint]\nlang = "zh"\nexclude = ["vendor/**"]\n', encoding="utf-8")
    (site / ".pre-commit-config.yaml").write_text(
        f"repos:\n  - repo: {hook_repo.as_posix()}\n    rev: {rev}\n    hooks:\n      - id: a11ylint\n",
        encoding="utf-8")
    run(["git", "add", "pyproject.toml", ".pre-commit-config.yaml"], site, env)
    run(["git", "commit", "-q", "-m", "config"], site, env)
    run([*pre_commit, "install"], site, env)

    (site / "index.html").write_text(BAD_PAGE, encoding="utf-8")
    (site / "vendor").mkdir()
    (site / "vendor" / "widget.html").write_text(BAD_PAGE, encoding="utf-8")  # staged, excluded by config
    (site / "draft.html").write_text(BAD_PAGE, encoding="utf-8")              # not staged: not linted
    run(["git", "add", "index.html", "vendor/widget.html"], site, env)

    code, output = commit(site, env, "add the opening hours page")
    assert code != 0, output
    assert "index.html:5:1 IMG001 image-alt" in output, output
    assert "缺少 alt 属性" in output, output  # lang = "zh" from the project's pyproject.toml
    assert "draft.html" not in output and "vendor/widget.html" not in output, output
    assert commit_count(site, env) == 1

    (site / "index.html").write_text(GOOD_PAGE, encoding="utf-8")
    run(["git", "add", "index.html"], site, env)
    code, output = commit(site, env, "add the opening hours page")
    assert code == 0, output
    assert "a11ylint" in output and "Passed" in output, output
    assert commit_count(site, env) == 2

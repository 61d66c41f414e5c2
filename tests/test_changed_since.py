"""``a11ylint check --changed-since REF``: only the pages git reports as changed, in a temporary repository."""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest

from a11ylint.cli import main

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")

BAD = '<!DOCTYPE html><html lang="en"><title>T</title><main><img src="seal.png"></main></html>\n'


@pytest.fixture
def repo(tmp_path, monkeypatch):
    """An empty git repository as the current folder, away from the user's git configuration."""
    monkeypatch.setenv("GIT_CONFIG_GLOBAL", "/dev/null")
    monkeypatch.setenv("GIT_CONFIG_NOSYSTEM", "1")
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path))
    root = tmp_path / "site"
    root.mkdir()
    git(root, "init", "-q")
    git(root, "config", "user.email", "test@example.gov")
    git(root, "config", "user.name", "Test")
    monkeypatch.chdir(root)
    return root


def git(root, *args) -> str:
    return subprocess.run(["git", *args], cwd=root, check=True, capture_output=True, text=True).stdout.strip()


def write(root, name, text=BAD):
    path = root / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def commit(root, message="commit") -> str:
    git(root, "add", "--all", ".")  # inside the temporary repository only
    git(root, "commit", "-q", "-m", message)
    return git(root, "rev-parse", "HEAD")


def linted(capsys, *argv):
    """Exit code and the paths of the files the JSON report covers."""
    code = main(["check", "--select", "IMG001", "--format", "json", *argv])
    captured = capsys.readouterr()
    paths = [file["path"] for file in json.loads(captured.out)["files"]] if captured.out else None
    return code, paths, captured.err


def test_only_modified_and_untracked_pages_are_linted(repo, capsys):
    write(repo, "edit.html")
    write(repo, "gone.html")
    write(repo, "keep.html")
    base = commit(repo)
    write(repo, "edit.html", BAD + "<p>changed</p>\n")
    (repo / "gone.html").unlink()
    write(repo, "new.html")
    code, paths, _ = linted(capsys, "--changed-since", base)
    assert code == 1
    assert paths == ["./edit.html", "./new.html"]  # named as a walk of "." names them


def test_commits_after_ref_staged_files_and_config_globs(repo, capsys):
    write(repo, "pyproject.toml", '[tool.a11ylint]\nexclude = ["vendor/**"]\ninclude = ["*.html", "*.htm", "*.shtml"]\n')
    write(repo, ".gitignore", "build/\n")
    write(repo, "old.html")
    write(repo, "notes.txt", "x")
    base = commit(repo, "base")
    write(repo, "later.html")
    commit(repo, "after the ref")
    write(repo, "staged.shtml")
    git(repo, "add", "staged.shtml")
    write(repo, "notes.txt", "changed, but not a page")
    write(repo, "vendor/widget.html")      # excluded by the project's config
    write(repo, ".drafts/hidden.html")     # a folder walk skips hidden folders; so does --changed-since
    write(repo, "build/out.html")          # ignored by git
    write(repo, "sub/deep/page.htm")
    code, paths, _ = linted(capsys, "--changed-since", base)
    assert code == 1
    assert paths == ["./later.html", "./staged.shtml", "./sub/deep/page.htm"]


def test_paths_restrict_the_changed_files(repo, capsys):
    write(repo, "a.html")
    write(repo, "sub/b.html")
    write(repo, "sub/c.html")
    commit(repo)
    for name in ("a.html", "sub/b.html"):
        write(repo, name, BAD + "<p>changed</p>\n")
    assert linted(capsys, "--changed-since", "HEAD", "sub")[1] == ["sub/b.html"]
    assert linted(capsys, "--changed-since", "HEAD", "sub/c.html", "a.html")[1] == ["a.html"]


def test_from_a_subfolder_the_default_is_that_folder(repo, capsys, monkeypatch):
    write(repo, "a.html")
    write(repo, "sub/b.html")
    commit(repo)
    write(repo, "a.html", BAD + "<p>changed</p>\n")
    write(repo, "sub/b.html", BAD + "<p>changed</p>\n")
    monkeypatch.chdir(repo / "sub")
    assert linted(capsys, "--changed-since", "HEAD")[1] == ["./b.html"]
    assert linted(capsys, "--changed-since", "HEAD", "..")[1] == ["../a.html", "../sub/b.html"]


def test_nothing_changed_is_a_clean_run_that_still_writes_the_report(repo, capsys, tmp_path):
    write(repo, "a.html")
    write(repo, "notes.txt", "x")
    commit(repo)
    write(repo, "notes.txt", "y")
    report = tmp_path / "report.sarif"
    code = main(["check", "--changed-since", "HEAD", "--format", "sarif", "-o", str(report)])
    assert code == 0
    assert "No changed HTML files since HEAD." in capsys.readouterr().err
    assert json.loads(report.read_text(encoding="utf-8"))["runs"][0]["results"] == []


@pytest.mark.parametrize("argv, message", [
    (["--changed-since", "no-such-branch"], "unknown git ref 'no-such-branch'"),
    (["--changed-since=--output=x"], "is not a git ref"),  # never passed on to git as an option
    (["--changed-since", "HEAD", "-"], "standard input cannot be combined with --changed-since"),
    (["--changed-since", "HEAD", "missing.html"], "missing.html: no such file or folder"),
])
def test_bad_refs_and_inputs_exit_2(repo, capsys, argv, message):
    write(repo, "a.html")
    commit(repo)
    code = main(["check", *argv])
    err = capsys.readouterr().err
    assert code == 2
    assert err.startswith("a11ylint: error: ") and message in err and len(err.splitlines()) == 1


def test_outside_a_git_repository_exits_2(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("GIT_CEILING_DIRECTORIES", str(tmp_path))
    write(tmp_path, "a.html")
    monkeypatch.chdir(tmp_path)
    assert main(["check", "--changed-since", "HEAD"]) == 2
    assert "is not inside a git work tree" in capsys.readouterr().err


def test_without_git_exits_2(repo, capsys, monkeypatch, tmp_path):
    write(repo, "a.html")
    commit(repo)
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    assert main(["check", "--changed-since", "HEAD"]) == 2
    assert "no git command was found" in capsys.readouterr().err

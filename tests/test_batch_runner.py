"""The batch runner: chunks, limits, checkpoints, resume after kill -9, the local pool and Dask."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from a11ylint import Config
from a11ylint.batch.model import PageInput
from a11ylint.batch.pages import PageLimits, lint_pages
from a11ylint.batch.runner import BatchOptions, run_batch
from a11ylint.config import ConfigError

REPO = Path(__file__).resolve().parent.parent


def _site(folder: Path, pages: int) -> Path:
    """A mirror-like tree: www.county.gov.cn/news/NNN.html, each page with its own problems."""
    root = folder / "www.county.gov.cn" / "news"
    root.mkdir(parents=True)
    for index in range(pages):
        images = "".join(f'<img src="/p/{index}-{n}.jpg">' for n in range(index % 4))
        (root / f"{index:03d}.html").write_text(
            f"<!DOCTYPE html><html lang=zh-CN><title>通知 {index}</title><body><main><h1>通知 {index}</h1>"
            f"<p>正文 {index}</p>{images}</main></body></html>", encoding="utf-8")
    return folder


def _pages(folder: Path) -> list[PageInput]:
    return [PageInput(key=str(path), path=str(path), source=str(folder)) for path in sorted(folder.rglob("*.html"))]


def _lines(out: Path) -> list[str]:
    return (out / "pages.jsonl").read_text(encoding="utf-8").splitlines()


def test_every_page_once_in_input_order_with_site_counts(tmp_path):
    site = _site(tmp_path / "site", 7)
    summary = run_batch([str(site)], _pages(site), Config(), BatchOptions(out=tmp_path / "out", chunk_size=3))
    records = [json.loads(line) for line in _lines(tmp_path / "out")]
    assert [record["key"] for record in records] == [page.key for page in _pages(site)]
    assert summary.pages == 7 and summary.errors == 0
    assert sorted(path.name for path in (tmp_path / "out" / "chunks").iterdir()) == [
        "00000000.jsonl", "00000001.jsonl", "00000002.jsonl"]
    images = sum(index % 4 for index in range(7))
    assert sum(1 for record in records for finding in record["file"]["findings"]
               if finding["code"] == "IMG001") == images
    sites = json.loads((tmp_path / "out" / "sites.json").read_text(encoding="utf-8"))["sites"]
    assert list(sites) == ["www.county.gov.cn"] and sites["www.county.gov.cn"]["counts"]["pages"] == 7


def test_a_page_over_a_limit_becomes_an_error_entry_and_the_others_go_on(tmp_path):
    big = tmp_path / "big.html"
    big.write_text("<p>" + "x" * 5000 + "</p>", encoding="utf-8")
    slow = tmp_path / "slow.html"
    slow.write_text("<div>" * 3000 + "<img src=a.png>", encoding="utf-8")
    fine = tmp_path / "fine.html"
    fine.write_text("<html lang=en><title>t</title><main><p>ok</p></main></html>", encoding="utf-8")
    missing = PageInput(key="gone.html", path=str(tmp_path / "gone.html"))
    pages = [PageInput(key=path.name, path=str(path)) for path in (big, fine)] + [missing]
    records = lint_pages(Config(), pages, PageLimits(max_bytes=4000))
    assert [record["error"] is not None for record in records] == [True, False, True]
    assert "4,000-byte limit" in records[0]["error"] and "cannot read" in records[2]["error"]
    assert [[finding["code"] for finding in record["file"]["findings"]] for record in records[::2]] == [
        ["SYS006"], ["SYS006"]]
    timed = lint_pages(Config(), [PageInput(key="slow.html", path=str(slow))], PageLimits(seconds=0.02))
    assert "CPU-time limit" in timed[0]["error"]


def test_a_page_that_waits_is_given_up_by_wall_time(tmp_path, monkeypatch):
    """The limit counts CPU time; a page that waits without using any (a stalled read) has three times as long
    in wall time."""
    import time

    from a11ylint.batch import pages
    from a11ylint.engine import Linter

    page = tmp_path / "page.html"
    page.write_text("<p>x</p>", encoding="utf-8")
    monkeypatch.setattr(Linter, "lint_bytes", lambda *args, **kwargs: time.sleep(5))
    monkeypatch.setattr(pages, "WALL_TIME_MINIMUM", 0.0)
    started = time.perf_counter()
    records = lint_pages(Config(), [PageInput(key="page.html", path=str(page))], PageLimits(seconds=0.1))
    assert time.perf_counter() - started < 4
    assert records[0]["error"] == "did not finish within 0.3 seconds of wall time"


def test_not_found_and_redirects_are_recorded_not_linted(tmp_path):
    pages = [PageInput(key="https://a.gov/x", url="https://a.gov/x", status=404, source="crawl.warc"),
             PageInput(key="https://a.gov/y", url="https://a.gov/y", status=301, redirect_to="https://a.gov/z"),
             PageInput(key="https://a.gov/z", url="https://a.gov/z", status=200, data=b"<p>z</p>")]
    records = lint_pages(Config(), pages)
    assert [(record["status"], record["file"] is None) for record in records] == [(404, True), (301, True),
                                                                                (200, False)]
    assert records[1]["redirect_to"] == "https://a.gov/z" and records[0]["site"] == "a.gov"


def test_an_existing_batch_needs_resume_with_the_same_settings(tmp_path):
    site = _site(tmp_path / "site", 2)
    out = tmp_path / "out"
    run_batch([str(site)], _pages(site), Config(), BatchOptions(out=out))
    with pytest.raises(ConfigError, match="add --resume"):
        run_batch([str(site)], _pages(site), Config(), BatchOptions(out=out))
    with pytest.raises(ConfigError, match="other inputs or settings"):
        run_batch([str(site)], _pages(site), Config(lang="zh"), BatchOptions(out=out, resume=True))
    again = run_batch([str(site)], _pages(site), Config(), BatchOptions(out=out, resume=True))
    assert again.skipped_chunks == 1 and again.pages == 2


def test_runs_pool_and_dask_give_byte_identical_outputs(tmp_path):
    pytest.importorskip("dask.distributed")
    site = _site(tmp_path / "site", 12)
    results = {}
    runs = {"serial": {}, "serial-again": {}, "pool": {"jobs": 2}, "dask": {"jobs": 2, "dask": "local[2]"}}
    for name, options in runs.items():
        out = tmp_path / name
        run_batch([str(site)], _pages(site), Config(), BatchOptions(out=out, chunk_size=4, **options))
        results[name] = [(out / output).read_bytes() for output in ("pages.jsonl", "sites.jsonl", "sites.json")]
    assert results["serial"] == results["serial-again"] == results["pool"] == results["dask"]  # byte for byte
    assert len(results["serial"][0].splitlines()) == 12


@pytest.fixture(scope="module")
def whole_batch(tmp_path_factory):
    """An 80-page site and the pages.jsonl of an uninterrupted batch over it."""
    root = tmp_path_factory.mktemp("whole")
    site = _site(root / "site", 80)
    whole = root / "out"
    assert subprocess.run([*_batch_command(site), "--out", str(whole)], capture_output=True,
                          cwd=REPO).returncode == 1
    return site, _lines(whole)


def _batch_command(site) -> list[str]:
    return [sys.executable, "-m", "a11ylint", "batch", "--isolated", str(site), "--jobs", "1", "--chunk-size", "2"]


@pytest.mark.parametrize("kill_after_chunks", [0, 5, 40], ids=["at-start", "midway", "after-the-last-chunk"])
def test_a_killed_batch_resumes_without_losing_or_repeating_pages(tmp_path, whole_batch, kill_after_chunks):
    """kill -9 as soon as the batch has started (no chunk written), midway, and once every chunk is written
    (while pages.jsonl and the report are being put together)."""
    site, whole = whole_batch
    killed = tmp_path / "killed"
    process = subprocess.Popen([*_batch_command(site), "--out", str(killed)], cwd=REPO, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and process.poll() is None and not (
            (killed / "batch.json").exists()
            and len(list((killed / "chunks").glob("*.jsonl"))) >= kill_after_chunks):
        time.sleep(0.002)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    finished = len(list((killed / "chunks").glob("*.jsonl")))
    if kill_after_chunks < 40:
        assert kill_after_chunks <= finished < 40, "the batch should be killed before it finished"
        assert not (killed / "pages.jsonl").exists()
    done = subprocess.run([*_batch_command(site), "--out", str(killed), "--resume"], capture_output=True, text=True,
                          cwd=REPO)
    assert done.returncode in (0, 1), done.stderr
    lines = _lines(killed)
    keys = [json.loads(line)["key"] for line in lines]
    assert len(keys) == len(set(keys)) == 80
    assert lines == whole


def test_a_page_named_by_two_inputs_is_linted_once(tmp_path):
    site = _site(tmp_path / "site", 3)
    out = tmp_path / "out"
    done = subprocess.run([sys.executable, "-m", "a11ylint", "batch", "--isolated", "--jobs", "1", "--no-html",
                           str(site), str(site / "www.county.gov.cn"), "--out", str(out)],
                          capture_output=True, text=True, cwd=REPO)
    assert done.returncode == 1, done.stderr
    keys = [json.loads(line)["key"] for line in _lines(out)]
    assert len(keys) == len(set(keys)) == 3
    assert not (out / "report").exists()


def test_progress_line_shows_rate_errors_and_eta(monkeypatch):
    import io

    from a11ylint.batch.progress import progress_printer
    from a11ylint.batch.runner import BatchSummary

    class Terminal(io.StringIO):
        def isatty(self):
            return True

    monkeypatch.delenv("CI", raising=False)
    terminal = Terminal()
    show = progress_printer(total=100, stream=terminal)
    show(BatchSummary(pages=25, errors=2))
    line = terminal.getvalue()
    assert line.startswith("\r25/100 pages") and "pages/s" in line and "2 errors" in line and "ETA" in line
    assert progress_printer(stream=io.StringIO()) is None  # not a terminal: quiet

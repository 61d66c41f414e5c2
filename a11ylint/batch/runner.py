"""Running a batch: inputs streamed in chunks to a pool of workers, each finished chunk written atomically.

The output folder holds ``chunks/NNNNNNNN.jsonl`` (one per finished chunk: its checkpoint), then, when the
run ends, ``pages.jsonl`` (every page once, in input order) and ``sites.json`` (per-site counts).
``--resume`` replays the inputs, which always yield the same pages in the same order, and skips the chunks
whose file exists: a run killed at any moment (even ``kill -9``) loses at most the chunks in flight, and
no page is counted twice, because a chunk file appears whole (``os.replace``) or not at all.

Memory stays flat: inputs are generators, at most ``2 × jobs`` chunks are in flight, and the final files
are written by streaming the chunk files.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

from ..config import Config, ConfigError
from .model import PageInput
from .pages import PageLimits, lint_pages

MANIFEST = "batch.json"
CHUNKS = "chunks"


@dataclass(frozen=True)
class BatchOptions:
    out: Path
    jobs: int = 1
    chunk_size: int = 25
    resume: bool = False
    limits: PageLimits = field(default_factory=PageLimits)
    fetch_options: object = None
    dask: str | None = None  # "local[N]" or a scheduler address
    html: bool = True  # write report/ (an HTML report folder: index and one report per site)


@dataclass
class BatchSummary:
    pages: int = 0  # records written, this run and resumed ones
    linted: int = 0
    errors: int = 0
    skipped_chunks: int = 0
    findings: int = 0
    by_severity: dict = field(default_factory=dict)  # active failures by severity
    seconds: float = 0.0


def chunked(pages: Iterable[PageInput], size: int) -> Iterator[list[PageInput]]:
    iterator = iter(pages)
    while chunk := list(islice(iterator, size)):
        yield chunk


def _chunk_path(out: Path, index: int) -> Path:
    return out / CHUNKS / f"{index:08d}.jsonl"


def _write_atomically(path: Path, text: str) -> None:
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    with open(temporary, "w", encoding="utf-8", newline="\n") as stream:
        stream.write(text)
        stream.flush()
        os.fsync(stream.fileno())
    os.replace(temporary, path)


def _manifest(specs: list[str], config: Config, options: BatchOptions) -> dict:
    # What must not change between a run and its resumption, or chunk numbers would mean other pages.
    settings = repr((config, options.chunk_size, options.limits))
    return {"version": 1, "inputs": specs, "settings": hashlib.sha256(settings.encode()).hexdigest()}


def _prepare(out: Path, specs: list[str], config: Config, options: BatchOptions) -> None:
    (out / CHUNKS).mkdir(parents=True, exist_ok=True)
    for leftover in (out / CHUNKS).glob(".*.tmp"):  # a chunk being written when the last run was killed
        leftover.unlink()
    manifest = _manifest(specs, config, options)
    path = out / MANIFEST
    if path.exists():
        try:
            previous = json.loads(path.read_text(encoding="utf-8"))
        except ValueError:
            previous = None
        if not options.resume:
            raise ConfigError(f"{out}: holds a batch already; add --resume to continue it, or choose another --out")
        if previous != manifest:
            raise ConfigError(f"{out}: the batch there used other inputs or settings; --resume needs the same ones")
    elif any((out / CHUNKS).iterdir()):
        raise ConfigError(f"{out}: has chunk files but no {MANIFEST}; choose an empty --out folder")
    _write_atomically(path, json.dumps(manifest, indent=2) + "\n")


def _lines(records: list[dict]) -> str:
    return "".join(json.dumps(item, ensure_ascii=False, sort_keys=False) + "\n" for item in records)


class _LocalPool:
    """A process pool that survives a worker dying (a segfault, the OOM killer) on one page."""

    def __init__(self, jobs: int):
        self.jobs = jobs
        self._executor = ProcessPoolExecutor(max_workers=jobs)

    def submit(self, function, *args):
        return self._executor.submit(function, *args)

    def wait_first(self, futures):
        return wait(futures, return_when=FIRST_COMPLETED).done

    def restart(self) -> None:
        self._executor.shutdown(wait=False, cancel_futures=True)
        self._executor = ProcessPoolExecutor(max_workers=self.jobs)

    def close(self) -> None:
        self._executor.shutdown(wait=True, cancel_futures=True)


def _isolate(pool: _LocalPool, config, chunk, limits, fetch_options) -> list[dict]:
    """Lint a chunk whose worker died page by page, so that only the page that kills a worker is lost."""
    from .pages import record

    records = []
    for page in chunk:
        try:
            records.extend(pool.submit(lint_pages, config, [page], limits, fetch_options).result())
        except BrokenProcessPool:
            pool.restart()
            records.append(record(page, None, "the worker process died on this page"))
    return records


def run_batch(specs: list[str], pages: Iterable[PageInput], config: Config, options: BatchOptions,
              progress: Callable[[BatchSummary], None] | None = None) -> BatchSummary:
    """Lint every page of ``pages`` (the inputs ``specs`` name, already validated) into ``options.out``."""
    out = options.out
    _prepare(out, specs, config, options)
    summary = BatchSummary()
    start = time.perf_counter()
    if options.dask:
        from .cluster import DaskPool

        pool = DaskPool(options.dask)
    elif options.jobs > 1:
        pool = _LocalPool(options.jobs)
    else:
        pool = None
    in_flight = {}

    def finish(future, index, chunk):
        try:
            records = future.result()
        except BrokenProcessPool:
            pool.restart()
            records = _isolate(pool, config, chunk, options.limits, options.fetch_options)
        _write_atomically(_chunk_path(out, index), _lines(records))
        _count(summary, records)
        if progress:
            progress(summary)

    try:
        for index, chunk in enumerate(chunked(pages, options.chunk_size)):
            if options.resume and _chunk_path(out, index).exists():
                summary.skipped_chunks += 1
                continue
            if pool is None:
                records = lint_pages(config, chunk, options.limits, options.fetch_options)
                _write_atomically(_chunk_path(out, index), _lines(records))
                _count(summary, records)
                if progress:
                    progress(summary)
                continue
            future = pool.submit(lint_pages, config, chunk, options.limits, options.fetch_options)
            in_flight[future] = (index, chunk)
            while len(in_flight) >= 2 * max(options.jobs, 1):
                for future in pool.wait_first(in_flight):
                    finish(future, *in_flight.pop(future))
        while in_flight:
            for future in pool.wait_first(in_flight):
                finish(future, *in_flight.pop(future))
    finally:
        if pool is not None:
            pool.close()
    totals = merge(out, config.lang, _statement_required(config))
    if options.html:
        write_html(out, config.lang)
    summary.pages, summary.errors, summary.findings = (totals.get(key, 0) for key in ("pages", "page_errors",
                                                                                      "findings"))
    summary.by_severity = {severity: totals.get(severity, 0) for severity in ("error", "warning", "info")}
    summary.seconds = time.perf_counter() - start
    return summary


def _statement_required(config: Config) -> bool:
    """True when the run checks a jurisdiction that requires an accessibility statement (UK, EU, US)."""
    from ..registry import load_registry
    from ..selection import select_rules

    registry = load_registry()
    selected = select_rules(registry.rules, preset=config.preset,
                            select=list(config.select) if config.select is not None else None,
                            extend_select=list(config.extend_select), ignore=list(config.ignore))
    return any(code in selected for code in ("UK001", "EU001", "US001"))


def _count(summary: BatchSummary, records: list[dict]) -> None:
    for item in records:
        summary.pages += 1
        if item["error"]:
            summary.errors += 1
        if item["file"] is not None:
            summary.linted += 1


def merge(out: Path, lang: str = "en", statement_required: bool = False) -> dict:
    """Write ``pages.jsonl`` from the chunk files (streaming), then ``sites.jsonl`` and ``sites.json`` with
    each site's counts and site-level findings; returns the totals."""
    sites: dict[str, Counter] = defaultdict(Counter)
    totals = Counter()
    temporary = out / ".pages.jsonl.tmp"
    with open(temporary, "w", encoding="utf-8", newline="\n") as target:
        for chunk in sorted((out / CHUNKS).glob("*.jsonl")):
            with open(chunk, encoding="utf-8") as source:
                for line in source:
                    target.write(line)
                    item = json.loads(line)
                    counts = sites[item["site"]]
                    counts["pages"] += 1
                    totals["pages"] += 1
                    if item["error"]:
                        counts["page_errors"] += 1
                        totals["page_errors"] += 1
                    if item["status"] is not None and not 200 <= item["status"] < 300:
                        counts[f"status {item['status']}"] += 1
                    for finding in (item["file"] or {}).get("findings", []):
                        if not finding["suppressed"]:
                            kind = finding["severity"] if finding["outcome"] == "fail" else "needs-review"
                            counts[kind] += 1
                            counts["findings"] += 1
                            totals["findings"] += 1
                            totals[kind] += 1
    os.replace(temporary, out / "pages.jsonl")
    from .sitecheck import site_findings

    findings = site_findings(out / "pages.jsonl", lang, statement_required)
    entries = [{"site": site, "counts": dict(sorted(counts.items())), "findings": findings.get(site, [])}
               for site, counts in sorted(sites.items())]
    _write_atomically(out / "sites.jsonl", "".join(json.dumps(entry, ensure_ascii=False) + "\n"
                                                   for entry in entries))
    document = {"sites": {entry["site"]: {"counts": entry["counts"], "findings": entry["findings"]}
                          for entry in entries}}
    _write_atomically(out / "sites.json", json.dumps(document, ensure_ascii=False, indent=2) + "\n")
    totals["site_findings"] = sum(len(entry["findings"]) for entry in entries)
    return dict(totals)


def write_html(out: Path, lang: str) -> None:
    """``report/``: the HTML report folder of the batch, site findings under their sites.

    Streamed like the rest: one pass over ``pages.jsonl`` fills the index counters and a small row per page
    and sorts the pages into one temporary file per site; each site's report is then rendered from its
    own file, at most ``FOLDER_PAGES`` pages at a time."""
    from ..registry import load_registry
    from ..reports import ReportContext
    from ..reports.html import FOLDER_PAGES, page_row, render, render_index, site_file_stems
    from ..reports.summary import Totals, site_of
    from ..results import FileResult, RunResult
    from .sitecheck import read_records

    sorting = out / ".report-sites"
    sorting.mkdir(exist_ok=True)
    totals, order = Totals(), {}
    for item in read_records(out / "pages.jsonl"):
        if item["file"] is None:
            continue
        totals.add(FileResult.from_dict(item["file"]))
        site = site_of(item["file"]["path"])
        order.setdefault(site, len(order))
        with open(sorting / f"{order[site]}.jsonl", "a", encoding="utf-8") as stream:
            stream.write(json.dumps(item["file"], ensure_ascii=False) + "\n")
    registry = load_registry()
    context = ReportContext(lang=lang, rules=tuple(registry.by_codes(set(totals.used_codes))), root=str(out))
    sites = json.loads((out / "sites.json").read_text(encoding="utf-8"))["sites"]
    findings = {site: entry["findings"] for site, entry in sites.items()}
    stems = site_file_stems(order)
    rows = []
    for site, number in order.items():
        with open(sorting / f"{number}.jsonl", encoding="utf-8") as stream:
            lines = iter(stream)
            for part, chunk in enumerate(chunked((FileResult.from_dict(json.loads(line)) for line in lines),
                                                 FOLDER_PAGES), start=1):
                name = f"sites/{stems[site]}-{part}.html"
                run = RunResult(chunk)
                target = out / "report" / name
                target.parent.mkdir(parents=True, exist_ok=True)
                _write_atomically(target, render(run, context, {site: findings.get(site, [])} if part == 1 else {}))
                rows.extend(page_row(len(rows) + 1, result, f"{name}#page-{index}")
                            for index, result in enumerate(run.files, start=1))
        (sorting / f"{number}.jsonl").unlink()
    sorting.rmdir()
    _write_atomically(out / "report" / "index.html", render_index(totals, rows, context, findings))


def progress_printer(total: int | None = None, stream=sys.stderr) -> Callable[[BatchSummary], None] | None:
    """A one-line progress display on a terminal (pages, pages/s, errors, and the ETA when the number of
    pages is known in advance); None (quiet) when stderr is not a terminal or in CI."""
    if not stream.isatty() or os.environ.get("CI"):
        return None
    start = time.perf_counter()

    def show(summary: BatchSummary) -> None:
        elapsed = max(time.perf_counter() - start, 1e-9)
        rate = summary.pages / elapsed
        done = f"{summary.pages:,}/{total:,}" if total else f"{summary.pages:,}"
        eta = ""
        if total and rate > 0:
            eta = f"  ETA {max(total - summary.pages, 0) / rate:,.0f} s"  # resumed pages count as still to do
        stream.write(f"\r{done} pages  {rate:.1f} pages/s  {summary.errors:,} errors{eta} ")
        stream.flush()

    return show

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
import time
from collections.abc import Callable, Iterable
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path

from ..config import Config, ConfigError
from .files import write_atomically
from .model import PageInput, chunked
from .outputs import CHUNKS, merge, write_html
from .pages import PageLimits, lint_pages
from .pool import LocalPool, isolate

MANIFEST = "batch.json"


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


def _chunk_path(out: Path, index: int) -> Path:
    return out / CHUNKS / f"{index:08d}.jsonl"


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
    write_atomically(path, json.dumps(manifest, indent=2) + "\n")


def _lines(records: list[dict]) -> str:
    return "".join(json.dumps(item, ensure_ascii=False, sort_keys=False) + "\n" for item in records)


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
        pool = LocalPool(options.jobs)
    else:
        pool = None
    in_flight = {}

    def finish(future, index, chunk):
        try:
            records = future.result()
        except BrokenProcessPool:
            pool.restart()
            records = isolate(pool, config, chunk, options.limits, options.fetch_options)
        write_atomically(_chunk_path(out, index), _lines(records))
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
                write_atomically(_chunk_path(out, index), _lines(records))
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



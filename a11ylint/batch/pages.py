"""Linting the pages of a batch: the function every worker runs, locally or on a cluster.

A chunk of :class:`PageInput`s goes in, one JSON-ready record per page comes out. Whatever happens to one
page (too big, too slow, unreadable, a parser crash) becomes that page's ``error`` and the others go on.
"""

from __future__ import annotations

import signal
import threading
from contextlib import contextmanager
from dataclasses import dataclass
from urllib.parse import urlsplit

from ..collection import fewer_collections
from ..config import Config
from ..engine import Linter
from ..system import PAGE_NOT_CHECKED
from .facts import page_facts
from .model import PageInput

DEFAULT_MAX_BYTES = 20_000_000
DEFAULT_PAGE_SECONDS = 60.0
WALL_TIME_FACTOR = 3  # a page may wait this many times its CPU-time limit (and at least WALL_TIME_MINIMUM
WALL_TIME_MINIMUM = 10.0  # seconds) before it is given up: a loaded machine stretches wall time


@dataclass(frozen=True)
class PageLimits:
    max_bytes: int = DEFAULT_MAX_BYTES
    seconds: float = DEFAULT_PAGE_SECONDS  # CPU time for one page's decode, parse and rules


class PageTimeout(BaseException):
    """Not an Exception: the engine turns a rule's exceptions into SYS002 findings, and this must get out."""


_linters: dict[int, Linter] = {}  # per worker process: one Linter per configuration, built on first use


def _linter(config: Config) -> Linter:
    key = hash(repr(config))
    linter = _linters.get(key)
    if linter is None:
        linter = _linters[key] = Linter(config)
    return linter


def site_of(page: PageInput) -> str:
    """The host of the page's URL, else what its path says (a mirror tree's host folder, else its folder)."""
    if page.url:
        host = urlsplit(page.url).hostname
        if host:
            return host.lower()
    from ..reports.summary import site_of as site_of_path

    return site_of_path(page.path or page.key)


@contextmanager
def _time_limit(seconds: float):
    """Interrupt a page that uses more than ``seconds`` of CPU time, or that waits (on a stalled local style
    sheet, say) three times as long in wall time, and at least ten seconds. Signals reach only the main thread of a process: in
    threaded workers (Dask's) the limit is not enforced."""
    if seconds <= 0 or threading.current_thread() is not threading.main_thread():
        yield
        return

    def expire(signum, frame):
        raise PageTimeout(signum)

    previous = {number: signal.signal(number, expire) for number in (signal.SIGPROF, signal.SIGALRM)}
    signal.setitimer(signal.ITIMER_PROF, seconds)  # CPU time of this process, user + system
    signal.setitimer(signal.ITIMER_REAL, _wall_limit(seconds))
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.setitimer(signal.ITIMER_REAL, 0)
        for number, handler in previous.items():
            signal.signal(number, handler)


def _wall_limit(seconds: float) -> float:
    return max(seconds * WALL_TIME_FACTOR, WALL_TIME_MINIMUM)


def _timeout_message(timeout: PageTimeout, seconds: float) -> str:
    if timeout.args and timeout.args[0] == signal.SIGALRM:
        return f"did not finish within {_wall_limit(seconds):g} seconds of wall time"
    return f"took more than the {seconds:g}-second CPU-time limit"


def record(page: PageInput, file: dict | None, error: str | None, facts: dict | None = None) -> dict:
    """The JSON line of one page; ``file`` has the shape of a file of ``check --format json``, ``facts``
    what the site-level checks need (:mod:`a11ylint.batch.facts`)."""
    return {
        "key": page.key,
        "url": page.url,
        "site": site_of(page),
        "source": page.source,
        "status": page.status,
        "redirect_to": page.redirect_to,
        "error": error,
        "file": file,
        "facts": facts,
    }


def error_record(config: Config, page: PageInput, reason: str) -> dict:
    """The record of a page that could not be checked: the reason in ``error``, and a SYS006 finding in
    ``file`` so that reports and the exit code count the page."""
    file = _linter(config).failed_file(page.key, PAGE_NOT_CHECKED, "not-checked", reason=reason)
    return record(page, file.to_dict(), reason)


def _read(page: PageInput, limits: PageLimits, fetch_options) -> tuple[PageInput, bytes | None, str | None]:
    """The page's bytes, fetching it if it is a bare URL; or why there are none."""
    if page.data is None and page.path is None and page.url and page.status is None and page.error is None:
        from .sources import fetch

        page = fetch(page, fetch_options)
    if page.error is not None:
        return page, None, page.error
    if not page.lintable:
        return page, None, None
    if page.data is not None:
        data = page.data
    else:
        try:
            with open(page.path, "rb") as stream:
                data = stream.read(limits.max_bytes + 1)
        except OSError as error:
            return page, None, f"cannot read {page.path}: {error.strerror or error}"
    if len(data) > limits.max_bytes:
        return page, None, f"larger than the {limits.max_bytes:,}-byte limit"
    return page, data, None


def lint_pages(config: Config, pages: list[PageInput], limits: PageLimits = PageLimits(),
               fetch_options=None) -> list[dict]:
    """One record per page, in order. Runs in worker processes and on Dask workers alike."""
    with fewer_collections():
        return _lint_pages(config, pages, limits, fetch_options)


def _lint_pages(config: Config, pages: list[PageInput], limits: PageLimits, fetch_options) -> list[dict]:
    linter = _linter(config)
    records = []
    for page in pages:
        page, data, error = _read(page, limits, fetch_options)
        if data is None:
            records.append(error_record(config, page, error) if error else record(page, None, None))
            continue
        facts = {}

        def observe(ctx, page=page, facts=facts):
            facts.update(page_facts(ctx, page.url, page.path))

        try:
            with _time_limit(limits.seconds):
                result = linter.lint_bytes(data, page.key, page.transport_encoding, observe=observe)
        except PageTimeout as timeout:
            records.append(error_record(config, page, _timeout_message(timeout, limits.seconds)))
            continue
        except (RecursionError, MemoryError) as problem:  # the engine catches the rest as SYS002
            records.append(error_record(config, page, f"could not be linted: {type(problem).__name__}"))
            continue
        records.append(record(page, result.to_dict(), None, facts or None))
    return records

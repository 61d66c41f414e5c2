"""The local process pool of a batch, which survives a worker dying on one page."""

from __future__ import annotations

from concurrent.futures import FIRST_COMPLETED, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool

from .pages import error_record, lint_pages


class LocalPool:
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


def isolate(pool: LocalPool, config, chunk, limits, fetch_options) -> list[dict]:
    """Lint a chunk whose worker died page by page, so that only the page that kills a worker is lost."""
    records = []
    for page in chunk:
        try:
            records.extend(pool.submit(lint_pages, config, [page], limits, fetch_options).result())
        except BrokenProcessPool:
            pool.restart()
            records.append(error_record(config, page, "the worker process died on this page"))
    return records

"""The progress line of a batch on a terminal."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable


def progress_printer(total: int | None = None, stream=sys.stderr) -> Callable[[object], None] | None:
    """A one-line progress display on a terminal (pages, pages/s, errors, and the ETA when the number of
    pages is known in advance); None (quiet) when stderr is not a terminal or in CI."""
    if not stream.isatty() or os.environ.get("CI"):
        return None
    start = time.perf_counter()

    def show(summary) -> None:
        elapsed = max(time.perf_counter() - start, 1e-9)
        rate = summary.pages / elapsed
        done = f"{summary.pages:,}/{total:,}" if total else f"{summary.pages:,}"
        eta = ""
        if total and rate > 0:
            eta = f"  ETA {max(total - summary.pages, 0) / rate:,.0f} s"  # resumed pages count as still to do
        stream.write(f"\r{done} pages  {rate:.1f} pages/s  {summary.errors:,} errors{eta} ")
        stream.flush()

    return show

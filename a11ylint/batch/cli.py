"""``a11ylint batch``: from the parsed command line to a finished batch and its exit code."""

from __future__ import annotations

import sys
from itertools import chain
from pathlib import Path

from ..config import Config, ConfigError
from ..rule import SEVERITIES
from .pages import PageLimits
from .progress import progress_printer
from .runner import BatchOptions, run_batch

_DONE = {
    "en": "{pages:,} pages in {seconds:.1f} s ({rate:.1f} pages/s): {findings:,} findings, {errors:,} pages "
          "could not be linted; results in {out}",
    "zh": "{pages:,} 个页面，用时 {seconds:.1f} 秒（每秒 {rate:.1f} 个页面）：{findings:,} 个问题，{errors:,} 个页面"
          "无法检查；结果在 {out}",
}


def _first_of_each_key(pages):
    """Pages in order, leaving out a page whose key (its URL or path) an earlier input already gave."""
    seen = set()
    for page in pages:
        if page.key not in seen:
            seen.add(page.key)
            yield page


def _known_total(specs: list[str], config: Config) -> int | None:
    """The number of pages when every input is a folder (cheap to count); else None (streams, sitemaps)."""
    if not all(Path(spec).is_dir() for spec in specs):
        return None
    from ..files import walk

    return sum(1 for spec in specs for _ in walk(Path(spec), config))


def run(args, config: Config) -> int:
    from .sources import SourceOptions, check_spec, iter_inputs

    specs = args.paths or ["."]
    for spec in specs:
        check_spec(spec, config)  # every input is checked before the first page runs
    if args.host_delay < 0:
        raise ConfigError(f"--host-delay must be 0 or more, not {args.host_delay:g}")
    source_options = SourceOptions(max_bytes=args.max_bytes, allow_private=args.allow_private,
                                   timeout=float(args.fetch_timeout), delay_per_host=args.host_delay,
                                   max_sitemap_urls=args.max_sitemap_urls)
    pages = _first_of_each_key(chain.from_iterable(iter_inputs(spec, config, source_options) for spec in specs))
    options = BatchOptions(
        out=Path(args.out), jobs=args.jobs, chunk_size=args.chunk_size, resume=args.resume,
        limits=PageLimits(max_bytes=args.max_bytes, seconds=float(args.page_timeout)),
        fetch_options=source_options, dask=args.dask, html=not args.no_html,
    )
    progress = progress_printer(_known_total(specs, config))
    summary = run_batch(specs, pages, config, options, progress)
    if progress:
        sys.stderr.write("\n")
    rate = summary.linted / summary.seconds if summary.seconds else 0.0
    print(_DONE.get(config.lang, _DONE["en"]).format(pages=summary.pages, seconds=summary.seconds, rate=rate,
                                                     findings=summary.findings, errors=summary.errors,
                                                     out=args.out))
    threshold = SEVERITIES.index(config.fail_on)
    failing = sum(summary.by_severity.get(severity, 0) for severity in SEVERITIES[: threshold + 1])
    return 1 if failing else 0

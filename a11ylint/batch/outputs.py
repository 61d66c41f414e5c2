"""The files a batch leaves when it ends: pages.jsonl, sites.jsonl, sites.json and the HTML report folder,
each written by streaming the finished chunks."""

from __future__ import annotations

import json
import os
from collections import Counter, defaultdict
from pathlib import Path

from .files import write_atomically
from .model import chunked

CHUNKS = "chunks"


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
    write_atomically(out / "sites.jsonl", "".join(json.dumps(entry, ensure_ascii=False) + "\n"
                                                   for entry in entries))
    document = {"sites": {entry["site"]: {"counts": entry["counts"], "findings": entry["findings"]}
                          for entry in entries}}
    write_atomically(out / "sites.json", json.dumps(document, ensure_ascii=False, indent=2) + "\n")
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
                write_atomically(target, render(run, context, {site: findings.get(site, [])} if part == 1 else {}))
                rows.extend(page_row(len(rows) + 1, result, f"{name}#page-{index}")
                            for index, result in enumerate(run.files, start=1))
        (sorting / f"{number}.jsonl").unlink()
    sorting.rmdir()
    write_atomically(out / "report" / "index.html", render_index(totals, rows, context, findings))

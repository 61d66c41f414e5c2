"""Baseline files: the findings a team has accepted for now, so that CI fails on new problems only.

A baseline entry is keyed by (page path, fingerprint) and counts how many findings share that key, so a
page that had two identical findings and now has three has one new one. Paths are the pages' report
paths (relative to the current folder, forward slashes), so a baseline written on Linux matches on
Windows. The fingerprint (``a11ylint.fingerprint``) leaves out line numbers, so edits elsewhere in a page,
reindentation and attribute reordering keep a finding matched.

Everything here is pure except ``load`` and ``write``, which only read or atomically replace the file.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from .config import ConfigError
from .fingerprint import fingerprint
from .reports.paths import is_pseudo_path, report_path
from .results import FileResult, RunResult
from .system import INTERNAL_ERROR

BASELINE_VERSION = 1
DEFAULT_BASELINE = "a11ylint-baseline.json"
ENTRY_KEYS = ("path", "code", "name", "fingerprint", "count", "message", "snippet")

_WORDS = {
    "en": {
        "matched": "a11ylint: {count} finding(s) matched the baseline {file} and are not reported.",
        "written": "{file}: recorded {count} finding(s) ({entries} distinct).",
        "pruned": "{file}: dropped {dropped} finding(s) no longer found; {remaining} remain.",
    },
    "zh": {
        "matched": "a11ylint：{count} 个问题与基线 {file} 一致，未报告。",
        "written": "{file}：已记录 {count} 个问题（{entries} 种不同）。",
        "pruned": "{file}：删除 {dropped} 个已不存在的问题，剩余 {remaining} 个。",
    },
}


class BaselineError(ConfigError):
    """The baseline file cannot be used; the message starts with its name."""


@dataclass(frozen=True)
class Entry:
    """``count`` findings of one rule on one element of one page. ``name``, ``message`` and ``snippet``
    are there for reviewers reading the file; only ``path`` and ``fingerprint`` are matched."""

    path: str
    code: str
    name: str
    fingerprint: str
    count: int
    message: str
    snippet: str

    @property
    def key(self) -> tuple[str, str]:
        return (self.path, self.fingerprint)

    def sort_key(self):
        return (self.path, self.code, self.fingerprint)


def summary_line(key: str, lang: str, **values) -> str:
    """A one-line summary for the terminal, in English or Chinese."""
    return _WORDS.get(lang, _WORDS["en"])[key].format(**values)


def _baselinable(result: FileResult):
    # A crash (SYS002) must keep failing the run with exit 2: it is never accepted into a baseline.
    return [finding for finding in result.active() if finding.code != INTERNAL_ERROR]


def entries_from_run(run: RunResult, root: str) -> list[Entry]:
    """The run's active findings as baseline entries, sorted; ``root`` is the folder paths are relative to."""
    counts: Counter = Counter()
    first = {}
    for result in run.files:
        path = report_path(result.path, root)
        for finding in _baselinable(result):
            key = (path, fingerprint(finding))
            counts[key] += 1
            first.setdefault(key, finding)  # findings are in source order: keep the first one's text
    entries = [Entry(key[0], first[key].code, first[key].name, key[1], count, first[key].message,
                     first[key].snippet) for key, count in counts.items()]
    return sorted(entries, key=Entry.sort_key)


def dumps(entries: list[Entry]) -> str:
    """The file's text: keys in a fixed order, entries sorted, no timestamps, so that a rewrite changes
    only what changed and reviewers can read the diff."""
    document = {
        "version": BASELINE_VERSION,
        "tool": "a11ylint",
        "entries": [{key: getattr(entry, key) for key in ENTRY_KEYS}
                    for entry in sorted(entries, key=Entry.sort_key)],
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def parse(text: str, source: str) -> list[Entry]:
    """Validate a baseline document strictly; errors name ``source`` and the entry at fault."""
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        raise BaselineError(f"{source}: not valid JSON: {error.msg} at line {error.lineno} column {error.colno}") \
            from None
    if not isinstance(document, dict):
        raise BaselineError(f"{source}: not an a11ylint baseline: expected a JSON object")
    if document.get("version") != BASELINE_VERSION:
        raise BaselineError(f"{source}: unsupported baseline version {document.get('version')!r} "
                            f"(expected {BASELINE_VERSION}); rewrite it with 'a11ylint baseline write'")
    unknown = sorted(set(document) - {"version", "tool", "entries"})
    if unknown:
        raise BaselineError(f"{source}: unknown key {unknown[0]!r}")
    if document.get("tool") != "a11ylint" or not isinstance(document.get("entries"), list):
        raise BaselineError(f"{source}: not an a11ylint baseline: expected \"tool\": \"a11ylint\" and a list "
                            "of \"entries\"")
    entries = [_entry(raw, number, source) for number, raw in enumerate(document["entries"], 1)]
    seen = set()
    for number, entry in enumerate(entries, 1):
        if entry.key in seen:
            raise BaselineError(f"{source}: entry {number}: duplicate path and fingerprint; "
                                "merge them into one entry with the summed count")
        seen.add(entry.key)
    return entries


def _entry(raw, number: int, source: str) -> Entry:
    where = f"{source}: entry {number}"
    if not isinstance(raw, dict):
        raise BaselineError(f"{where}: expected a JSON object")
    for key in ENTRY_KEYS:
        if key not in raw:
            raise BaselineError(f"{where}: missing key {key!r}")
    unknown = sorted(set(raw) - set(ENTRY_KEYS))
    if unknown:
        raise BaselineError(f"{where}: unknown key {unknown[0]!r}")
    for key in ENTRY_KEYS:
        if key != "count" and not isinstance(raw[key], str):
            raise BaselineError(f"{where}: {key!r} must be a string")
    count = raw["count"]
    if isinstance(count, bool) or not isinstance(count, int) or count < 1:
        raise BaselineError(f"{where}: 'count' must be a whole number of at least 1")
    return Entry(**{key: raw[key] for key in ENTRY_KEYS})


def load(file: str) -> list[Entry]:
    try:
        text = Path(file).read_text(encoding="utf-8-sig")  # an editor's byte order mark is harmless
    except FileNotFoundError:
        raise BaselineError(f"{file}: no such baseline file; create it with 'a11ylint baseline write'") from None
    except UnicodeDecodeError:
        raise BaselineError(f"{file}: not valid JSON: the file is not UTF-8") from None
    except OSError as error:
        raise BaselineError(f"{file}: cannot read baseline: {error.strerror or error}") from None
    return parse(text, file)


def write(file: str, entries: list[Entry]) -> None:
    """Replace ``file`` atomically: a crash or a full disk leaves the old baseline whole."""
    target = Path(file)
    # Lone surrogates (undecodable file names, broken page text) can only occur inside JSON strings, where
    # backslashreplace writes them as \uDC80-style escapes that json.loads reads back to the same string.
    data = dumps(entries).encode("utf-8", "backslashreplace")
    try:
        mode = target.stat().st_mode & 0o777 if target.exists() else 0o666 & ~_umask()
        handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
        try:
            with os.fdopen(handle, "wb") as stream:
                stream.write(data)
            os.chmod(temporary, mode)  # mkstemp makes the file private; a baseline is shared in the repo
            os.replace(temporary, target)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
            raise
    except OSError as error:
        raise BaselineError(f"{file}: cannot write baseline: {error.strerror or error}") from None


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


def match(run: RunResult, entries: list[Entry], root: str) -> tuple[RunResult, int]:
    """The run without its baselined findings, and how many were taken out.

    Each entry absorbs up to ``count`` active findings with its key, in source order, so when a page has
    more findings with one key than the baseline holds, the later ones are reported as new.
    """
    allowance = Counter({entry.key: entry.count for entry in entries})
    matched = 0
    files = []
    for result in run.files:
        path = report_path(result.path, root)
        kept = []
        for finding in result.findings:
            if not finding.suppressed and finding.code != INTERNAL_ERROR:
                key = (path, fingerprint(finding))
                if allowance[key] > 0:
                    allowance[key] -= 1
                    matched += 1
                    continue
            kept.append(finding)
        files.append(FileResult(result.path, result.encoding, result.encoding_source, kept))
    return RunResult(files), matched


def prune(entries: list[Entry], current: list[Entry], scope: set[str]) -> tuple[list[Entry], int]:
    """Entries cut down to what still occurs, and how many findings were dropped.

    ``current`` are the entries of a fresh run; ``scope`` the paths that run covered (the pages linted, and
    baselined pages that no longer exist). Entries of pages outside the scope are kept as they are, so
    pruning one folder leaves the rest of the site's baseline alone.
    """
    now = {entry.key: entry.count for entry in current}
    kept, dropped = [], 0
    for entry in entries:
        count = entry.count if entry.path not in scope else min(entry.count, now.get(entry.key, 0))
        dropped += entry.count - count
        if count:
            kept.append(Entry(entry.path, entry.code, entry.name, entry.fingerprint, count, entry.message,
                              entry.snippet))
    return sorted(kept, key=Entry.sort_key), dropped


def prune_scope(run: RunResult, entries: list[Entry], root: str) -> set[str]:
    """The paths a prune may cut: the pages this run linted, and baselined pages that no longer exist."""
    linted = {report_path(result.path, root) for result in run.files}
    gone = {entry.path for entry in entries
            if not is_pseudo_path(entry.path) and not os.path.lexists(os.path.join(root, entry.path))}
    return linted | gone


def total(entries: list[Entry]) -> int:
    """How many findings the entries stand for."""
    return sum(entry.count for entry in entries)

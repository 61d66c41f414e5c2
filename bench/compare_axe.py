"""a11ylint's failures beside axe-core's violations, page by page and rule by rule.

    python bench/compare_axe.py [--corpus ../shared/corpus] [--axe ../shared/peers/results-corpus/axe.jsonl]
                                [--preset wcag21aa] [--write docs/axe-comparison.md]

axe-core's results come from ``../shared/peers/run_peers.sh CORPUS OUT axe`` (axe-core in headless
Chromium); the shared folder keeps a run over the corpus, and ``--axe`` takes any other run's
``axe.jsonl``. Rules are paired through their common ACT rule or their known equivalence. A rule where
a11ylint fails more nodes than axe on a page is a place to look for false positives (or for axe's gaps).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

from a11ylint import Config, Linter

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"

# axe-core rule -> the a11ylint rule that checks the same requirement.
AXE_TO_A11YLINT = {
    "area-alt": "IMG002", "aria-allowed-attr": "ARIA003", "aria-hidden-focus": "ARIA009",
    "aria-input-field-name": "FRM001", "aria-prohibited-attr": "ARIA008", "aria-required-attr": "ARIA005",
    "aria-required-children": "ARIA006", "aria-required-parent": "ARIA007", "aria-roles": "ARIA001",
    "aria-toggle-field-name": "FRM001", "aria-valid-attr": "ARIA002", "aria-valid-attr-value": "ARIA004",
    "autocomplete-valid": "FRM002", "blink": "ANM001", "button-name": "BTN001", "document-title": "DOC001",
    "empty-heading": "HDG001", "empty-table-header": "TBL003", "frame-title": "IFR001",
    "frame-title-unique": "IFR010", "heading-order": "HDG003", "html-has-lang": "LNG001",
    "html-lang-valid": "LNG002", "image-alt": "IMG001", "input-button-name": "BTN001",
    "input-image-alt": "IMG003", "label": "FRM001", "label-title-only": "FRM010", "landmark-one-main": "LMK001",
    "landmark-unique": "LMK002", "landmark-banner-is-top-level": "LMK003",
    "landmark-contentinfo-is-top-level": "LMK003", "landmark-main-is-top-level": "LMK003",
    "landmark-no-duplicate-banner": "LMK003", "landmark-no-duplicate-contentinfo": "LMK003",
    "listitem": "LST001", "dlitem": "LST001", "definition-list": "LST002", "link-name": "LNK001",
    "list": "ARIA006", "color-contrast": "CLR001", "color-contrast-enhanced": "CLR002",
    "label-content-name-mismatch": "LBL001", "link-in-text-block": "LNK010", "skip-link": "NAV002",
    "video-caption": "MED001", "aria-hidden-body": "ARIA009", "marquee": "ANM001", "meta-refresh": "DOC003",
    "meta-viewport": "DOC002", "nested-interactive": ("BTN004", "ARIA010"), "object-alt": "IMG004",
    "presentation-role-conflict": "ARIA011", "role-img-alt": "IMG001", "scope-attr-valid": "TBL004",
    "select-name": "FRM001", "summary-name": "BTN002", "svg-img-alt": "IMG005", "tabindex": "KBD010",
    "accesskeys": "KBD011", "td-headers-attr": "TBL002", "th-has-data-cells": "TBL001", "valid-lang": "LNG003",
    "duplicate-id": "HTM003", "duplicate-id-aria": "HTM003", "duplicate-id-active": "HTM003",
}


def load_axe(path: Path) -> dict[str, Counter]:
    pages = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        entry = json.loads(line)
        counts = Counter(finding["rule"] for finding in entry.get("findings", []) if finding.get("kind") == "violation")
        pages[entry["file"]] = counts
    return pages


def run(corpus: Path, axe_path: Path, preset: str) -> dict:
    axe = load_axe(axe_path)
    linter = Linter(Config(preset=preset))
    selected = linter.selected
    per_rule = defaultdict(lambda: {"a11ylint": 0, "axe": 0, "pages_more": [], "pages_fewer": 0})
    per_page = []
    for relative in sorted(axe):
        result = linter.lint_path(corpus / relative)
        ours = Counter(f.code for f in result.findings if f.outcome == "fail" and not f.suppressed
                       and not f.code.startswith("SYS"))
        theirs = axe[relative]
        paired_theirs = Counter()
        for rule, count in theirs.items():
            key = _key(AXE_TO_A11YLINT.get(rule), selected)
            if key:
                paired_theirs[key] += count
        ours = _regroup(ours, selected)
        for code in set(ours) | set(paired_theirs):
            entry = per_rule[code]
            entry["a11ylint"] += ours[code]
            entry["axe"] += paired_theirs[code]
            if ours[code] > paired_theirs[code]:
                entry["pages_more"].append((relative, ours[code], paired_theirs[code]))
            elif ours[code] < paired_theirs[code]:
                entry["pages_fewer"] += 1
        per_page.append((relative, sum(ours.values()), sum(theirs.values()), sum(paired_theirs.values())))
    return {"per_rule": per_rule, "per_page": per_page, "unpaired_axe": Counter(
        rule for counts in axe.values() for rule, count in counts.items() for _ in range(count)
        if not _key(AXE_TO_A11YLINT.get(rule), selected))}


def _codes(mapped) -> tuple[str, ...]:
    if mapped is None:
        return ()
    return mapped if isinstance(mapped, tuple) else (mapped,)


def _key(mapped, selected) -> str | None:
    """The comparison key of an axe rule: the selected a11ylint codes it pairs with, joined by '+'."""
    codes = [code for code in _codes(mapped) if code in selected]
    return "+".join(codes) or None


def _group_of(code: str):
    """The axe pairing an a11ylint code belongs to, so that several codes compare as one."""
    for mapped in AXE_TO_A11YLINT.values():
        if code in _codes(mapped) and len(_codes(mapped)) > 1:
            return mapped
    return code


def _regroup(counts: Counter, selected) -> Counter:
    grouped = Counter()
    for code, count in counts.items():
        grouped[_key(_group_of(code), selected) or code] += count
    return grouped


def markdown(data: dict, preset: str) -> str:
    lines = [
        f"# a11ylint ({preset}) beside axe-core on ../shared/corpus",
        "",
        "Generated by `python bench/compare_axe.py --write docs/axe-comparison.md`. a11ylint counts `fail` findings "
        f"of the `{preset}` preset; axe counts `violation` nodes from `../shared/peers/results-corpus/axe.jsonl` "
        "(axe-core 4.14.1 in Chromium, WCAG A/AA and best-practice rules).",
        "",
        "## By rule (paired rules only)",
        "",
        "| a11ylint rule | a11ylint fails | axe violations | pages where a11ylint fails more | pages where axe fails more |",
        "|---|---:|---:|---:|---:|",
    ]
    paired = {"+".join(_codes(mapped)) for mapped in AXE_TO_A11YLINT.values()} | {
        code for mapped in AXE_TO_A11YLINT.values() for code in _codes(mapped)}
    for code, entry in sorted(data["per_rule"].items()):
        if code not in paired:
            continue
        lines.append(f"| {code} | {entry['a11ylint']} | {entry['axe']} | {len(entry['pages_more'])} | "
                     f"{entry['pages_fewer']} |")
    unpaired_ours = sorted((code, entry["a11ylint"]) for code, entry in data["per_rule"].items() if code not in paired)
    lines += ["", "a11ylint rules with no axe-core counterpart (fails): "
              + ", ".join(f"{code} {count}" for code, count in unpaired_ours) + "."]
    totals = [sum(row[i] for row in data["per_page"]) for i in (1, 2, 3)]
    lines += [
        "",
        f"Totals over {len(data['per_page'])} pages: a11ylint {totals[0]} fails; axe {totals[1]} violations, "
        f"of which {totals[2]} in rules paired with a selected a11ylint rule.",
        "",
        "axe violations with no selected a11ylint counterpart: " + ", ".join(
            f"{rule} {count}" for rule, count in data["unpaired_axe"].most_common()) + ".",
        "",
        "## Pages where a11ylint fails more nodes than axe, by rule",
        "",
        "Each rule's documentation (`a11ylint rule CODE`, section \"Compared with axe-core\") explains the "
        "difference.",
        "",
    ]
    for code, entry in sorted(data["per_rule"].items()):
        if entry["pages_more"] and code in paired:
            lines.append(f"- **{code}**: " + "; ".join(f"{page} ({ours} vs {theirs})"
                                                      for page, ours, theirs in entry["pages_more"][:8])
                         + (" …" if len(entry["pages_more"]) > 8 else ""))
    lines += ["", "## Per page", "", "| page | a11ylint fails | axe violations (all) | axe (paired rules) |",
              "|---|---:|---:|---:|"]
    for page, ours, theirs, paired in data["per_page"]:
        lines.append(f"| {page} | {ours} | {theirs} | {paired} |")
    return "\n".join(lines) + "\n"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", default=str(SHARED / "corpus"))
    parser.add_argument("--axe", default=str(SHARED / "peers" / "results-corpus" / "axe.jsonl"))
    parser.add_argument("--preset", default="wcag21aa")
    parser.add_argument("--write", metavar="FILE")
    args = parser.parse_args(argv)
    if not Path(args.axe).is_file() or not Path(args.corpus).is_dir():
        print("compare_axe: corpus or axe results not found", file=sys.stderr)
        return 2
    text = markdown(run(Path(args.corpus), Path(args.axe), args.preset), args.preset)
    if args.write:
        Path(args.write).write_text(text, encoding="utf-8")
    sys.stdout.write(text.split("## Per page")[0])
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The W3C ACT Rules yardstick: no rule's verdict may get worse than the committed baseline.

Regenerate the baseline (after an improvement) with
``python bench/act_conformance.py --write docs/act-conformance.md --json tests/data/act-verdicts.json``.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
ACT_DIR = REPO.parent / "shared" / "act-rules"
BASELINE = Path(__file__).resolve().parent / "data" / "act-verdicts.json"
RANK = {"inconsistent": 0, "partial": 1, "complete": 2}


@pytest.fixture(scope="module")
def scored():
    if not (ACT_DIR / "testcases.json").is_file():
        pytest.skip("../shared/act-rules is not available")
    spec = importlib.util.spec_from_file_location("act_conformance", REPO / "bench" / "act_conformance.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.score(ACT_DIR)["rules"]


def test_no_verdict_gets_worse(scored):
    baseline = json.loads(BASELINE.read_text(encoding="utf-8"))
    worse = [f"{act_id}: {entry['verdict']} -> {scored.get(act_id, {}).get('verdict', 'not implemented')}"
             for act_id, entry in baseline.items()
             if RANK[scored.get(act_id, {}).get("verdict", "inconsistent")] < RANK[entry["verdict"]]]
    assert worse == []


def test_no_current_rule_is_inconsistent(scored):
    inconsistent = {act_id: (entry["false_positives"], entry["false_negatives"])
                    for act_id, entry in scored.items() if entry["verdict"] == "inconsistent"}
    assert inconsistent == {}


def test_every_static_act_rule_is_complete(scored):
    rules = json.loads((ACT_DIR / "rules.json").read_text(encoding="utf-8"))
    static = [rule["rule_id"] for rule in rules if rule["static_class"] == "static" and not rule["deprecated"]]
    assert {act_id: scored.get(act_id, {}).get("verdict") for act_id in static
            if scored.get(act_id, {}).get("verdict") != "complete"} == {}

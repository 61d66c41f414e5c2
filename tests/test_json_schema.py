"""JSON output validates against the committed schema: for examples/, hostile input and the whole corpus."""

from __future__ import annotations

import json
from importlib.resources import files

import pytest

from a11ylint import Config, Linter, RunResult
from a11ylint.cli import main

jsonschema = pytest.importorskip("jsonschema")

EXAMPLES = __import__("pathlib").Path(__file__).resolve().parent.parent / "examples"


@pytest.fixture(scope="module")
def validator():
    schema = json.loads(files("a11ylint").joinpath("schemas/results.schema.json").read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def _errors(validator, document):
    return [f"{'/'.join(map(str, error.absolute_path))}: {error.message}" for error in validator.iter_errors(document)]


def test_examples_output_validates(validator, capsys):
    main(["check", "--format", "json", "--select", "ALL", str(EXAMPLES)])
    document = json.loads(capsys.readouterr().out)
    assert document["files"], "examples/ holds pages"
    assert _errors(validator, document) == []


def test_hostile_input_output_validates(validator):
    from a11ylint.reports.json import to_document

    linter = Linter(Config(select=("ALL",)))
    pages = [
        b"",
        b"\x00\x01\x02<\xff\xfe<<<>>>",
        "<p title='\u0012\ud800'>\u0000</p><!-- a11ylint-disable x -->".encode("utf-8", "surrogatepass"),
        b"<html lang=''><img src=x alt alt>" * 50,
    ]
    run = RunResult([linter.lint_bytes(page, f"page{index}.html") for index, page in enumerate(pages)])
    document = json.loads(json.dumps(to_document(run)))
    assert _errors(validator, document) == []


def test_whole_corpus_validates_with_no_internal_errors(validator, corpus_dir):
    from a11ylint.reports.json import to_document

    pages = sorted(path for path in corpus_dir.rglob("*") if path.suffix.lower() in (".html", ".htm"))
    assert len(pages) >= 100
    linter = Linter(Config(select=("ALL",)))
    run = RunResult([linter.lint_path(page) for page in pages])
    document = to_document(run)
    assert _errors(validator, document) == []
    internal = [(result.path, finding.message) for result, finding in run.findings() if finding.code == "SYS002"]
    assert internal == []

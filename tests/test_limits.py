"""Resource limits on hostile pages: size (SYS004), nesting depth and element count (SYS005). A page past a
limit gets a clean finding that says where checking stopped, never a RecursionError or a traceback."""

from __future__ import annotations

import pytest
from helpers import run_cli

from a11ylint import Config, Linter
from a11ylint.config import PARSERS
from a11ylint.parse import parse_html

HEAD = '<!doctype html><html lang="en"><head><title>t</title></head><body><main>'


def codes(result) -> list[str]:
    return [finding.code for finding in result.findings]


@pytest.mark.parametrize("parser", PARSERS)
def test_100000_deep_nesting_is_checked_up_to_the_depth_limit(parser):
    page = HEAD + '<img src="a.png">' + "<div>" * 100_000 + '<img src="b.png">' + "</div>" * 100_000
    result = Linter(Config(parser=parser)).lint_text(page, "deep.html")
    limit = [finding for finding in result.findings if finding.code == "SYS005"]
    assert len(limit) == 1
    assert "deeper than 1,024 levels" in limit[0].message
    # body and main are open around the divs, so the 1,022nd <div> is the first one too deep
    assert limit[0].column == len(HEAD) + len('<img src="a.png">') + 1021 * len("<div>") + 1
    assert "line 1, column" in limit[0].message
    assert codes(result).count("IMG001") == 1  # a.png, before the cut; b.png lies past it


def test_max_depth_is_configurable_and_both_parsers_stop_at_the_same_place():
    page = "<ul>" + "<li><ul>" * 40 + "</ul></li>" * 40 + "</ul>"
    documents = [parse_html(page, parser, max_depth=30) for parser in PARSERS]
    assert {document.limit for document in documents} == {documents[0].limit}
    assert documents[0].limit.kind == "depth" and documents[0].limit.limit == 30
    assert parse_html(page, "fast", max_depth=1000).limit is None


def test_the_element_limit_cuts_the_page_where_it_is_reached():
    rows = "".join(f'<tr><td><img src="{index}.png"></td></tr>' for index in range(3000))
    page = HEAD + "<table>" + rows + "</table></main></body></html>"
    result = Linter(Config(max_elements=1000)).lint_text(page, "rows.html")
    limit = [finding for finding in result.findings if finding.code == "SYS005"]
    assert len(limit) == 1 and "more than 1,000 elements" in limit[0].message
    images = codes(result).count("IMG001")
    assert 300 < images < 340  # about a third of the rows (three elements each) fit under the limit
    unlimited = codes(Linter(Config()).lint_text(page, "rows.html"))
    assert unlimited.count("IMG001") == 3000 and "SYS005" not in unlimited


def test_a_page_over_max_bytes_is_reported_not_read(tmp_path):
    page = tmp_path / "big.html"
    with page.open("w", encoding="utf-8") as out:
        row = "<tr><td><a href='/n/1.html'>关于做好通知的公告</a></td><td>2026-11-29</td></tr>\n"
        out.write(HEAD + "<table>" + row * (21 * 1024 * 1024 // len(row.encode())) + "</table>")
    assert page.stat().st_size > 20_000_000
    result = Linter(Config()).lint_path(page)
    assert codes(result) == ["SYS004"]


@pytest.mark.parametrize("option, value", [("--max-depth", "0"), ("--max-elements", "x")])
def test_bad_limit_options_are_usage_errors(tmp_path, option, value):
    page = tmp_path / "p.html"
    page.write_text("<p>x</p>", encoding="utf-8")
    done = run_cli("check", "--isolated", option, value, str(page))
    assert done.returncode == 2 and option in done.stderr and "Traceback" not in done.stderr


def test_limit_keys_in_the_config_file(tmp_path):
    config = tmp_path / "a11ylint.toml"
    config.write_text("max-depth = 20\nmax-elements = 0\n", encoding="utf-8")
    page = tmp_path / "p.html"
    page.write_text("<p>x</p>", encoding="utf-8")
    done = run_cli("check", "--config", str(config), str(page))
    assert done.returncode == 2
    assert "'max-elements' must be a whole number of at least 1" in done.stderr
    config.write_text("max-depth = 3\n", encoding="utf-8")
    page.write_text('<html lang="en"><title>t</title><main><div><div><p>deep</p></div></div></main>',
                    encoding="utf-8")
    done = run_cli("check", "--config", str(config), str(page))
    assert done.returncode == 1 and "SYS005" in done.stdout and "deeper than 3 levels" in done.stdout


def test_every_stress_page_gets_a_result(corpus_dir):
    stress = corpus_dir.parent / "peers" / "stress"
    if not stress.is_dir():
        pytest.skip("../shared/peers/stress is not available")
    pages = sorted(path for path in stress.rglob("*") if path.is_file())
    assert len(pages) >= 8
    linter = Linter(Config(preset="all"))
    for page in pages:
        result = linter.lint_path(page)
        assert "SYS002" not in codes(result), (page.name, result.findings)
    deep = linter.lint_path(stress / "f_deep.html")
    assert "SYS005" in codes(deep)


def test_every_rule_runs_on_a_3000_deep_styled_page_when_the_limit_is_raised():
    """No RecursionError in rules, the accessible-name computation or the CSS cascade (inheritance walks up
    the whole ancestor chain here)."""
    depth = 1500
    page = ('<!doctype html><html lang="en"><head><title>t</title><style>div { color: #777 } .x { background: #888 }'
            '</style></head><body class="x"><main>' + '<div><span lang="fr" aria-label="a" title="b">' * depth
            + '<a href="#">text</a><img src="x.png"><table><tr><td>cell</td></tr></table>' + "</span></div>" * depth)
    result = Linter(Config(preset="all", max_depth=10_000)).lint_text(page, "deep.html")
    found = codes(result)
    assert "SYS002" not in found and "SYS005" not in found
    assert {"IMG001", "CLR001"} <= set(found)

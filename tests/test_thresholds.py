"""--fail-on, --max-warnings, --exit-zero and --statistics: the exit-code table of the README."""

from __future__ import annotations

import pytest

from a11ylint.cli import main

# One error (IMG001) and one warning (LMK001: no main landmark) on an English page.
PAGE = "<!DOCTYPE html><html lang=en><title>Opening hours</title><body><img src=a.png><p>Open 9-5</p></body></html>"
WARNING_ONLY = "<!DOCTYPE html><html lang=en><title>Opening hours</title><body><p>Open 9-5</p></body></html>"


@pytest.fixture
def page(tmp_path):
    def write(text):
        path = tmp_path / "page.html"
        path.write_text(text, encoding="utf-8")
        return str(path)
    return write


@pytest.mark.parametrize("options, text, expected", [
    ([], PAGE, 1),
    ([], WARNING_ONLY, 0),
    (["--fail-on", "warning"], WARNING_ONLY, 1),
    (["--max-warnings", "0"], WARNING_ONLY, 1),
    (["--max-warnings", "1"], WARNING_ONLY, 0),
    (["--exit-zero"], PAGE, 0),
    (["--exit-zero", "--max-warnings", "0"], WARNING_ONLY, 0),
])
def test_exit_codes(page, capsys, options, text, expected):
    assert main(["check", "--isolated", *options, page(text)]) == expected


def test_max_warnings_says_why_the_run_failed(page, capsys):
    assert main(["check", "--isolated", "--max-warnings", "0", page(WARNING_ONLY)]) == 1
    assert "1 warnings, more than --max-warnings 0" in capsys.readouterr().err


def test_max_warnings_from_config(page, tmp_path):
    config = tmp_path / "a11ylint.toml"
    config.write_text("max-warnings = 0\n", encoding="utf-8")
    assert main(["check", "--config", str(config), page(WARNING_ONLY)]) == 1
    config.write_text("max-warnings = -1\n", encoding="utf-8")
    assert main(["check", "--config", str(config), page(WARNING_ONLY)]) == 2


def test_bad_max_warnings_is_a_usage_error(page, capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["check", "--isolated", "--max-warnings", "many", page(PAGE)])
    assert exit_.value.code == 2
    assert "--max-warnings: expected a whole number" in capsys.readouterr().err


def test_statistics_count_findings_per_rule(page, capsys):
    main(["check", "--isolated", "--statistics", page(PAGE)])
    output = capsys.readouterr().out
    assert "Findings by rule:" in output
    assert "     1  IMG001  image-alt" in output and "     1  LMK001  one-main" in output


def test_a_file_over_max_bytes_is_reported_and_not_read(page, capsys, tmp_path):
    big = page("<p>x</p>" * 400)
    assert main(["check", "--isolated", "--max-bytes", "1000", big]) == 1
    output = capsys.readouterr().out
    assert "SYS004 page-too-large The file is 3,200 bytes, over the 1,000-byte limit" in output
    assert main(["check", "--isolated", "--max-bytes", "5000", "--select", "SYS", big]) == 0
    config = tmp_path / "limits.toml"
    config.write_text("max-bytes = 1000\n", encoding="utf-8")
    assert main(["check", "--config", str(config), big]) == 1


def test_bytes_over_the_limit_from_stdin_or_the_api():
    from a11ylint import Config, Linter

    result = Linter(Config(max_bytes=10)).lint_bytes(b"<p>more than ten bytes</p>", "page.html")
    assert [(finding.code, finding.line, finding.column) for finding in result.findings] == [("SYS004", 1, 1)]

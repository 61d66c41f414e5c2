"""A plain wheel install works in a fresh virtual environment, and a third-party plugin registers through
the same entry point as the built-in rules."""

from __future__ import annotations

import shutil
import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
_SKIP = shutil.ignore_patterns(".git", ".venv", "venv", "build", "dist", "*.egg-info", "__pycache__",
                               ".pytest_cache")


def _run(*command, cwd=None):
    # Run outside the checkout, so that its a11ylint/ folder cannot shadow the installed package.
    return subprocess.run(command, capture_output=True, text=True, cwd=cwd or "/", timeout=600)


@pytest.fixture(scope="module")
def installed(tmp_path_factory):
    """A new venv holding the a11ylint wheel and the example plugin wheel (dependencies come from the
    environment running the tests, through a .pth file, so the test needs no network for them)."""
    root = tmp_path_factory.mktemp("packaging")
    source = root / "src"
    shutil.copytree(REPO, source, ignore=_SKIP)
    wheels = root / "wheels"
    for project in (source, source / "examples" / "plugin"):
        built = _run(sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(wheels), str(project))
        if built.returncode != 0:
            pytest.fail(f"building a wheel of {project.name} failed:\n{built.stdout}\n{built.stderr}")
    environment = root / "venv"
    venv.EnvBuilder(with_pip=True).create(environment)
    python = environment / "bin" / "python"
    purelib = _run(str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])").stdout.strip()
    # The dependencies come from the environment running the tests, minus any a11ylint installed there,
    # so that pip installs (and the venv imports) the wheel under test.
    dependencies = root / "dependencies"
    dependencies.mkdir()
    for site_dir in {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}:
        for entry in Path(site_dir).iterdir():
            if entry.name.lower().startswith(("a11ylint", "__editable__")) or entry.suffix == ".pth":
                continue
            if not (dependencies / entry.name).exists():
                (dependencies / entry.name).symlink_to(entry)
    Path(purelib, "outer-dependencies.pth").write_text(f"{dependencies}\n", encoding="utf-8")
    install = _run(str(python), "-m", "pip", "install", "--no-deps", "--no-index", "--quiet",
                   *map(str, sorted(wheels.glob("*.whl"))))
    if install.returncode != 0:
        pytest.fail(f"installing the wheels failed:\n{install.stdout}\n{install.stderr}")
    return environment, wheels


def test_wheel_ships_engine_rules_reports_and_schema(installed):
    _, wheels = installed
    wheel = next(wheels.glob("a11ylint-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    assert "a11ylint/engine.py" in names
    assert "a11ylint/schemas/results.schema.json" in names
    assert "a11ylint/css/cascade.py" in names
    assert "a11ylint/reports/json.py" in names and "a11ylint/reports/text.py" in names
    rule_files = {f"a11ylint/rules/{path.name}" for path in (REPO / "rules").glob("*.py")}
    data_files = {f"a11ylint/rules/data/{path.name}" for path in (REPO / "rules" / "data").glob("*.toml")}
    catalog = {"a11ylint/rules/catalog.json"}
    assert {name for name in names if name.startswith("a11ylint/rules/")} == rule_files | data_files | catalog
    templates = {f"a11ylint/reports/templates/{path.name}" for path in (REPO / "reports" / "templates").iterdir()}
    assert templates <= names and "a11ylint/reports/templates/report.html.j2" in templates
    entry_points = next(name for name in names if name.endswith("entry_points.txt"))
    text = zipfile.ZipFile(wheel).read(entry_points).decode()
    assert "[a11ylint.rules]" in text and "builtin = a11ylint.rules:get_rules" in text


def test_installed_console_script_lints_a_page(installed, tmp_path):
    environment, _ = installed
    where = _run(str(environment / "bin" / "python"), "-c", "import a11ylint; print(a11ylint.__file__)")
    assert where.stdout.strip().startswith(str(environment)), where.stdout + where.stderr
    page = tmp_path / "page.html"
    page.write_text('<html lang="en"><title>t</title>\n<img src="a.png"></html>', encoding="utf-8")
    done = _run(str(environment / "bin" / "a11ylint"), "check", str(page))
    assert done.returncode == 1, done.stdout + done.stderr
    assert f"{page}:2:1 IMG001 image-alt" in done.stdout
    assert _run(str(environment / "bin" / "python"), "-m", "a11ylint", "check", str(page)).returncode == 1
    report = tmp_path / "report.html"
    done = _run(str(environment / "bin" / "a11ylint"), "check", "--format", "html", "-o", str(report), str(page))
    assert done.returncode == 1 and report.read_text(encoding="utf-8").startswith("<!DOCTYPE html>"), done.stderr


def test_example_plugin_registers_and_runs(installed, tmp_path):
    environment, _ = installed
    listing = _run(str(environment / "bin" / "a11ylint"), "rules")
    assert "EXT001" in listing.stdout and "new-window-warning" in listing.stdout
    page = tmp_path / "page.html"
    page.write_text('<html lang="en"><title>t</title><a href="/x" target="_blank">Report</a></html>',
                    encoding="utf-8")
    done = _run(str(environment / "bin" / "a11ylint"), "check", "--select", "EXT001", str(page))
    assert done.returncode != 2, done.stderr
    assert "EXT001 new-window-warning" in done.stdout
    origin = _run(str(environment / "bin" / "a11ylint"), "rules", "--format", "json")
    assert '"origin": "plugin example"' in origin.stdout

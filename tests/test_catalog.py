"""rules/catalog.json: the built-in rules' metadata, so that a run imports only the rule modules it selects."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

from a11ylint import catalog, rules
from a11ylint.catalog import CatalogRule

REPO = Path(__file__).resolve().parent.parent


def test_catalog_is_current():
    expected = catalog.dumps(catalog.entries(rules.modules_and_rules()))
    actual = (Path(rules.__file__).parent / catalog.CATALOG_NAME).read_text(encoding="utf-8")
    assert actual == expected, "rules/catalog.json is out of date: run python -m a11ylint.catalog"


def test_builtin_rules_come_from_the_catalog(registry):
    builtin = [rule for rule in registry.rules if rule.origin == "builtin"]
    assert builtin and all(isinstance(rule, CatalogRule) for rule in builtin)
    image_alt = registry.get("image-alt")
    assert image_alt.title.en.startswith("Images must have")  # read from the module on demand
    assert image_alt.load() is image_alt.load()


def test_a_stale_catalog_falls_back_to_importing_every_rule(tmp_path):
    package_dir = Path(rules.__file__).parent
    names = set(rules._module_names())
    assert catalog.load(package_dir, rules.__name__, names) is not None
    assert catalog.load(package_dir, rules.__name__, names | {"zzz999_new_rule"}) is None
    assert catalog.load(tmp_path, rules.__name__, names) is None  # no catalog file


def test_a_run_imports_only_the_selected_rule_modules(tmp_path):
    page = tmp_path / "page.html"
    page.write_text("<html lang=en><title>t</title><main><img src=a.png></main></html>", encoding="utf-8")
    probe = (
        "import sys\n"
        "from a11ylint.cli import main\n"
        f"main(['check', '--isolated', '--select', 'IMG001', {str(page)!r}])\n"
        "print(sorted(name.rsplit('.', 1)[1] for name in sys.modules if name.startswith('a11ylint.rules.')))\n"
        "print('a11ylint.cnmarks' in sys.modules, 'langcodes' in sys.modules)\n"
    )
    output = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=REPO, check=False)
    lines = output.stdout.strip().splitlines()
    imported = ast.literal_eval(lines[-2])
    assert [name for name in imported if not name.startswith("sys")] == ["img001_image_alt"], output.stderr
    assert lines[-1] == "False False"

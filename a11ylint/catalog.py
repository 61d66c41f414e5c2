"""The built-in rules' metadata, read without importing their modules, so that a run imports only the rules
it selects (a cold ``a11ylint check page.html`` skips the Chinese, US, UK and EU rule families and the
shared modules they pull in).

``rules/catalog.json`` is generated from the rules themselves::

    python -m a11ylint.catalog           # rewrite rules/catalog.json after adding or changing a rule

and a test fails when it is out of date. When the rule modules on disk are not the ones the catalog lists
(a rule added without regenerating it), every rule is imported instead, so nothing is ever missed.
"""

from __future__ import annotations

import json
import sys
from importlib import import_module
from pathlib import Path

from .rule import Rule

CATALOG_NAME = "catalog.json"
# Everything selection, presets, severities and the registry need; the rest (title, docs, check, options)
# is read from the module when the rule runs or is shown.
FIELDS = ("code", "name", "aliases", "wcag", "level", "act", "standards", "tags", "severity", "impact",
          "status", "best_practice", "jurisdiction", "requirements")
_TUPLES = {"aliases", "wcag", "act", "standards", "tags", "jurisdiction", "requirements"}


class CatalogRule:
    """A built-in rule known by its metadata; its module is imported on first use of anything else."""

    origin = "builtin"

    def __init__(self, entry: dict, package: str):
        for name in FIELDS:
            value = entry[name]
            setattr(self, name, tuple(value) if name in _TUPLES else value)
        self.module = f"{package}.{entry['module']}"
        self._rule: Rule | None = None

    def load(self) -> Rule:
        if self._rule is None:
            module = import_module(self.module)
            found = [value for value in vars(module).values() if isinstance(value, Rule) and value.code == self.code]
            if not found:
                raise LookupError(f"{self.module} defines no rule {self.code}; run python -m a11ylint.catalog")
            self._rule = found[0]
        return self._rule

    def __getattr__(self, name):  # only called for what the catalog does not hold
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(self.load(), name)

    def __call__(self, element, ctx):
        return self.load()(element, ctx)

    def __repr__(self) -> str:
        return f"<rule {self.code} {self.name} ({self.module})>"


def entries(rules_with_modules) -> list[dict]:
    """Catalog entries for (module name, Rule) pairs, sorted by code."""
    found = []
    for module, rule in rules_with_modules:
        entry = {"module": module}
        for name in FIELDS:
            value = getattr(rule, name)
            entry[name] = list(value) if name in _TUPLES else value
        found.append(entry)
    return sorted(found, key=lambda entry: entry["code"])


def dumps(catalog: list[dict]) -> str:
    """One rule a line, so that a diff shows which rules changed."""
    lines = ",\n".join(json.dumps(entry, ensure_ascii=False) for entry in catalog)
    return '{"version": 1, "rules": [\n' + lines + "\n]}\n"


def load(package_dir: Path, package: str, module_names: set[str]) -> list[CatalogRule] | None:
    """The catalog's rules, or None when it is missing or does not list exactly ``module_names``."""
    try:
        document = json.loads((package_dir / CATALOG_NAME).read_text(encoding="utf-8"))
        catalog = document["rules"]
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if {entry.get("module") for entry in catalog} != module_names:
        return None
    try:
        return [CatalogRule(entry, package) for entry in catalog]
    except (KeyError, TypeError):
        return None


def main() -> int:
    from a11ylint import rules

    package_dir = Path(rules.__file__).parent
    path = package_dir / CATALOG_NAME
    path.write_text(dumps(entries(rules.modules_and_rules())), encoding="utf-8")
    print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

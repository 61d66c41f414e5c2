"""The built-in rules, one module per rule. Registered through the ``a11ylint.rules`` entry point."""

from __future__ import annotations

import importlib
import pkgutil
from pathlib import Path


def _module_names() -> list[str]:
    return sorted(info.name for info in pkgutil.iter_modules(__path__)
                  if not info.name.startswith("_") and not info.ispkg)


def modules_and_rules():
    """(module name, Rule) for every rule of every rule module, importing them all."""
    from a11ylint.rule import Rule

    for name in _module_names():
        module = importlib.import_module(f"{__name__}.{name}")
        for value in vars(module).values():
            if isinstance(value, Rule):
                yield name, value


def get_rules():
    """Every built-in rule: from the catalog, so that modules are imported only when their rule is used;
    all modules imported at once when the catalog does not match the modules on disk."""
    from a11ylint import catalog

    listed = catalog.load(Path(__file__).parent, __name__, set(_module_names()))
    if listed is not None:
        return listed
    return [rule for _, rule in modules_and_rules()]

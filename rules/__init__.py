"""The built-in rules, one module per rule. Registered through the ``a11ylint.rules`` entry point."""

from __future__ import annotations

import importlib
import pkgutil


def get_rules():
    """Every built-in rule. Modules are imported here, not at package import, to keep start-up cheap."""
    from a11ylint.rule import Rule

    found = []
    for module_info in sorted(pkgutil.iter_modules(__path__), key=lambda info: info.name):
        if module_info.name.startswith("_") or module_info.ispkg:
            continue
        module = importlib.import_module(f"{__name__}.{module_info.name}")
        found.extend(value for value in vars(module).values() if isinstance(value, Rule))
    return found

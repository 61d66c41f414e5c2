"""Rule discovery through the ``a11ylint.rules`` entry-point group (built-ins use it like any plugin)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from importlib.metadata import entry_points

from .catalog import CatalogRule
from .rule import Rule

ENTRY_POINT_GROUP = "a11ylint.rules"


class RegistryError(ValueError):
    """Two rules claim the same code or name."""


@dataclass
class Registry:
    rules: list[Rule]
    plugin_errors: list[str] = field(default_factory=list)

    def __post_init__(self):
        self.rules.sort(key=lambda rule: rule.code)
        self._by_key: dict[str, Rule] = {}
        for rule in self.rules:
            for key in (rule.code, rule.name, *rule.aliases):
                other = self._by_key.get(key)
                if other is not None and other is not rule:
                    raise RegistryError(
                        f"rule {rule.code} ({rule.origin}) and rule {other.code} ({other.origin}) both claim {key!r}"
                    )
                self._by_key[key] = rule

    def get(self, key: str) -> Rule | None:
        """A rule by code, name or alias."""
        return self._by_key.get(key) or self._by_key.get(key.upper())

    def by_codes(self, codes) -> list[Rule]:
        return [rule for rule in self.rules if rule.code in codes]


def _collect(provider, origin: str) -> list[Rule]:
    produced = provider()
    rules = []
    for item in produced:
        if isinstance(item, CatalogRule) and origin == "builtin":  # checked when the catalog was made
            rules.append(item)
            continue
        if not isinstance(item, Rule):
            raise TypeError(f"get_rules() returned {type(item).__name__}, not a Rule")
        problems = item.problems()
        if problems:
            raise ValueError(f"rule {item.code}: {'; '.join(problems)}")
        rules.append(item if item.origin == origin else replace(item, origin=origin))
    return rules


def load_registry(extra_providers=()) -> Registry:
    """Load every installed rule provider. A provider that fails to load is recorded, not fatal."""
    rules: list[Rule] = []
    errors: list[str] = []
    seen_builtin = False
    for entry in sorted(entry_points(group=ENTRY_POINT_GROUP), key=lambda ep: (ep.name != "builtin", ep.name)):
        if entry.name == "builtin":
            if seen_builtin:
                continue  # the same distribution installed twice (an editable install beside a wheel)
            seen_builtin = True
        try:
            rules.extend(_collect(entry.load(), "builtin" if entry.name == "builtin" else f"plugin {entry.name}"))
        except Exception as error:  # a broken plugin must not take the linter down
            errors.append(f"plugin {entry.name!r} ({entry.value}) failed to load: {type(error).__name__}: {error}")
    if not seen_builtin:
        from .rules import get_rules  # running from a source tree that was never installed

        rules.extend(_collect(get_rules, "builtin"))
    for name, provider in extra_providers:
        try:
            rules.extend(_collect(provider, f"plugin {name}"))
        except Exception as error:
            errors.append(f"plugin {name!r} failed to load: {type(error).__name__}: {error}")
    return Registry(rules, errors)

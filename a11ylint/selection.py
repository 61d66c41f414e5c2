"""Which rules run: presets computed from rule metadata, and rule selectors.

A selector is ``ALL``; a rule code (``IMG001``) or name (``image-alt``) or alias; a code prefix (``IMG``,
``HTM00``); or a metadata selector: ``wcag:1.1.1``, ``level:AA``, ``act:23a2a8``, ``std:EN-301-549``,
``tag:html`` (a bare tag such as ``best-practice`` works too). Where ``select`` and ``ignore`` both match
a rule, the more specific selector wins; on a tie, ``ignore`` wins.
"""

from __future__ import annotations

from collections.abc import Iterable

from .rule import Rule
from .data import profiles
from .suggest import did_you_mean
from .standards import SUCCESS_CRITERIA, WCAG_VERSIONS, level_at_most

DEFAULT_PRESET = "recommended"

# Specificity of each kind of selector; prefixes rank by their length in between.
_PRESET = -1  # membership of the preset loses to any matching ignore selector
_ALL = 0
_METADATA = 1
_PREFIX_BASE = 10
_EXACT = 1000


class SelectionError(ValueError):
    """A selector or preset that names nothing."""


def _wcag_preset(version: str, ceiling: str):
    def member(rule: Rule) -> bool:
        if rule.best_practice or rule.status != "stable" or not rule.wcag or MANUAL_REVIEW in rule.tags:
            return False
        return any(
            SUCCESS_CRITERIA[sc].in_version(version) and level_at_most(SUCCESS_CRITERIA[sc].level, ceiling)
            for sc in rule.wcag
        )

    return member


MANUAL_REVIEW = "manual-review"  # tag of rules that list things for a person to judge, and never fail alone


def _recommended(rule: Rule) -> bool:
    """Stable rules of level A/AA and best practices, not the review checklists, and not the rules of one
    jurisdiction (which the compliance profiles add)."""
    return (rule.status == "stable" and rule.level != "AAA" and MANUAL_REVIEW not in rule.tags
            and not rule.jurisdiction)


PRESETS = {
    "all": lambda rule: True,
    "recommended": _recommended,
    "audit": lambda rule: rule.status == "stable",
    "html": lambda rule: "html" in rule.tags,
    "best-practice": lambda rule: rule.best_practice,
}
for _version in WCAG_VERSIONS:
    _short = _version.replace(".", "").replace("20", "2")
    for _level in ("A", "AA", "AAA"):
        PRESETS[f"wcag{_short}{_level.lower()}"] = _wcag_preset(_version, _level)


def is_system(rule: Rule) -> bool:
    return "system" in rule.tags


def _profile_member(name: str):
    profile = profiles()[name]
    wcag = PRESETS[profile["wcag"]]
    jurisdictions = set(profile.get("jurisdictions", ()))
    tags = set(profile.get("tags", ()))

    def member(rule: Rule) -> bool:
        if rule.status != "stable" or MANUAL_REVIEW in rule.tags:
            return False
        return wcag(rule) or bool(jurisdictions & set(rule.jurisdiction)) or bool(tags & set(rule.tags))

    return member


def preset_names() -> list[str]:
    """Presets and compliance profiles (a profile works wherever a preset does)."""
    return sorted(PRESETS) + sorted(profiles())


def preset_codes(preset: str, rules: Iterable[Rule]) -> set[str]:
    member = PRESETS.get(preset)
    if member is None and preset in profiles():
        member = _profile_member(preset)
    if member is None:
        raise SelectionError(f"unknown preset or profile {preset!r}{did_you_mean(preset, preset_names())}; "
                             f"presets: {', '.join(sorted(PRESETS))}; profiles: {', '.join(sorted(profiles()))}")
    return {rule.code for rule in rules if member(rule) or is_system(rule)}


def specificity(selector: str, rule: Rule) -> int | None:
    """How specifically ``selector`` names ``rule``, or None when it does not match it."""
    if selector == "ALL":
        return _ALL
    if selector in (rule.code, rule.name) or selector in rule.aliases:
        return _EXACT
    if ":" in selector:
        kind, _, value = selector.partition(":")
        values = {
            "wcag": rule.wcag,
            "level": (rule.level,) if rule.level else (),
            "act": rule.act,
            "std": rule.standards + tuple(standard.split(":", 1)[0] for standard in rule.standards),
            "tag": rule.tags,
            "jur": rule.jurisdiction,
            "req": rule.requirements,
        }.get(kind)
        return _METADATA if values is not None and value in values else None
    if selector.isupper() and rule.code.startswith(selector):
        return _PREFIX_BASE + len(selector)
    if selector in rule.tags:
        return _METADATA
    return None


def check_selectors(selectors: Iterable[str], rules: list[Rule], where: str) -> None:
    """Raise :class:`SelectionError` for the first selector that matches no rule."""
    for selector in selectors:
        if not any(specificity(selector, rule) is not None for rule in rules):
            known = [rule.code for rule in rules] + [rule.name for rule in rules]
            raise SelectionError(f"unknown rule selector {selector!r} in {where}{did_you_mean(selector, known)}")


def select_rules(
    rules: list[Rule],
    *,
    preset: str | None,
    select: list[str] | None,
    extend_select: list[str],
    ignore: list[str],
) -> set[str]:
    """The codes of the rules to run."""
    # The engine's own SYS rules report on the run itself, so they stay on unless a selector ignores them.
    preset_members = {rule.code for rule in rules if is_system(rule)}
    if select is None:
        preset_members |= preset_codes(preset or DEFAULT_PRESET, rules)
    chosen = set()
    for rule in rules:
        scores = [_best((select or []) + extend_select, rule)]
        if rule.code in preset_members:
            scores.append(_PRESET)
        scores = [score for score in scores if score is not None]
        if not scores:
            continue
        ignored = _best(ignore, rule)
        if ignored is not None and ignored >= max(scores):
            continue
        chosen.add(rule.code)
    return chosen


def _best(selectors: list[str], rule: Rule) -> int | None:
    scores = [score for score in (specificity(selector, rule) for selector in selectors) if score is not None]
    return max(scores) if scores else None

"""Configuration: ``[tool.a11ylint]`` in the nearest ``pyproject.toml``, or ``--config FILE.toml``.

Keys are kebab-case. Reading is strict: an unknown key, a value of the wrong type, an unknown rule
selector or an unknown rule option is an error that names the file and the key, never a silent default.
"""

from __future__ import annotations

import fnmatch
import re
import sys
from dataclasses import dataclass, field, replace
from pathlib import Path, PurePosixPath
from typing import Any

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

from .rule import SEVERITIES
from .suggest import did_you_mean

LANGUAGES = ("en", "zh")
PARSERS = ("fast", "python", "html5lib")  # ways of a11ylint.parse.parse_html; the same tree, "html5lib" is the reference
DEFAULT_INCLUDE = ("*.html", "*.htm")


class ConfigError(ValueError):
    """The configuration cannot be used; the message names the file and the key."""


@dataclass(frozen=True)
class Config:
    """Resolved settings for a run. Build one with :func:`load_config` or directly."""

    preset: str | None = None
    select: tuple[str, ...] | None = None
    extend_select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    per_file_ignores: dict[str, tuple[str, ...]] = field(default_factory=dict)
    severity: dict[str, str] = field(default_factory=dict)
    rule_options: dict[str, dict[str, Any]] = field(default_factory=dict)
    include: tuple[str, ...] = DEFAULT_INCLUDE
    exclude: tuple[str, ...] = ()
    fail_on: str = "error"
    max_warnings: int | None = None  # more active warnings than this fail the run too
    max_bytes: int = 20_000_000  # a larger file is reported (SYS004) and not checked
    parser: str = "fast"
    max_depth: int = 1024  # parsing stops at an element nested deeper (SYS005); see a11ylint.parse
    max_elements: int = 200_000  # parsing stops at this many elements (SYS005)
    lang: str = "en"
    require_suppression_reason: bool = False
    encoding: str | None = None
    web_root: Path | None = None
    base_dir: Path = field(default_factory=Path.cwd)
    source: str = "defaults"

    def merged(self, **overrides: Any) -> Config:
        """A copy with the given fields replaced; None values are left as they were."""
        return replace(self, **{key: value for key, value in overrides.items() if value is not None})

    def ignored_for(self, path: str) -> tuple[str, ...]:
        """The per-file-ignores selectors that apply to ``path``."""
        found: list[str] = []
        for pattern, selectors in self.per_file_ignores.items():
            if path_matches(path, pattern, self.base_dir):
                found.extend(selectors)
        return tuple(found)

    def is_excluded(self, path: str) -> bool:
        return any(path_matches(path, pattern, self.base_dir) for pattern in self.exclude)


def _string_list(value: Any, key: str, where: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise ConfigError(f"{where}: '{key}' must be a list of strings, got {value!r}")
    return tuple(value)


def _one_of(value: Any, choices: tuple[str, ...], key: str, where: str) -> str:
    if value not in choices:
        raise ConfigError(f"{where}: '{key}' must be one of {', '.join(choices)}, got {value!r}")
    return value


def _parse_per_file_ignores(value, where):
    if not isinstance(value, dict):
        raise ConfigError(f"{where}: 'per-file-ignores' must be a table of glob = [selectors]")
    return {pattern: _string_list(selectors, f"per-file-ignores.{pattern}", where)
            for pattern, selectors in value.items()}


def _parse_severity(value, where):
    if not isinstance(value, dict):
        raise ConfigError(f"{where}: 'severity' must be a table of selector = severity")
    return {selector: _one_of(level, SEVERITIES, f"severity.{selector}", where) for selector, level in value.items()}


def _parse_rule_options(value, where):
    if not isinstance(value, dict) or not all(isinstance(options, dict) for options in value.values()):
        raise ConfigError(f"{where}: 'rules' must hold one table per rule, e.g. [tool.a11ylint.rules.image-alt]")
    return {name: dict(options) for name, options in value.items()}


def _parse_bool(value, key, where):
    if not isinstance(value, bool):
        raise ConfigError(f"{where}: '{key}' must be true or false, got {value!r}")
    return value


def _parse_str(value, key, where):
    if not isinstance(value, str):
        raise ConfigError(f"{where}: '{key}' must be a string, got {value!r}")
    return value


def _whole_number(minimum: int):
    """A parser for a whole-number key of at least ``minimum``."""

    def parse(value: Any, key: str, where: str) -> int:
        if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
            raise ConfigError(f"{where}: '{key}' must be a whole number of at least {minimum}, not {value!r}")
        return value

    return parse


# key -> (Config field, parser(value, key, where))
_KEYS = {
    "preset": ("preset", _parse_str),
    "profile": ("preset", _parse_str),
    "select": ("select", _string_list),
    "extend-select": ("extend_select", _string_list),
    "ignore": ("ignore", _string_list),
    "per-file-ignores": ("per_file_ignores", lambda value, key, where: _parse_per_file_ignores(value, where)),
    "severity": ("severity", lambda value, key, where: _parse_severity(value, where)),
    "rules": ("rule_options", lambda value, key, where: _parse_rule_options(value, where)),
    "include": ("include", _string_list),
    "exclude": ("exclude", _string_list),
    "fail-on": ("fail_on", lambda value, key, where: _one_of(value, SEVERITIES, key, where)),
    "max-warnings": ("max_warnings", _whole_number(0)),
    "max-bytes": ("max_bytes", _whole_number(0)),
    "lang": ("lang", lambda value, key, where: _one_of(value, LANGUAGES, key, where)),
    "max-depth": ("max_depth", _whole_number(1)),
    "max-elements": ("max_elements", _whole_number(1)),
    "parser": ("parser", lambda value, key, where: _one_of(value, PARSERS, key, where)),
    "require-suppression-reason": ("require_suppression_reason", _parse_bool),
    "encoding": ("encoding", _parse_str),
    "web-root": ("web_root", _parse_str),
}


def config_from_table(table: dict, base_dir: Path, where: str) -> Config:
    """Build a :class:`Config` from a ``[tool.a11ylint]`` table."""
    values: dict[str, Any] = {}
    for key, value in table.items():
        if key not in _KEYS:
            raise ConfigError(f"{where}: unknown key '{key}'{did_you_mean(key, _KEYS)}; "
                              f"known keys: {', '.join(_KEYS)}")
        name, parse = _KEYS[key]
        values[name] = parse(value, key, where)
    if "web_root" in values:
        values["web_root"] = (base_dir / values["web_root"]).resolve()
    return Config(base_dir=base_dir, source=where, **values)


def read_config_file(path: Path) -> Config:
    """Read ``--config FILE.toml`` (top-level keys, or a ``[tool.a11ylint]`` table) or a pyproject.toml."""
    where = str(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{where}: config file not found") from None
    except (OSError, UnicodeDecodeError) as error:
        raise ConfigError(f"{where}: cannot read config file: {error}") from None
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{where}: invalid TOML: {error}") from None
    table = data.get("tool", {}).get("a11ylint") if "tool" in data else None
    if path.name == "pyproject.toml":
        table = table or {}
        where = f"{where} [tool.a11ylint]"
    elif table is None:
        table = data
    else:
        where = f"{where} [tool.a11ylint]"
    return config_from_table(table, path.resolve().parent, where)


def find_pyproject(start: Path) -> Path | None:
    """The nearest pyproject.toml at or above ``start`` that has a ``[tool.a11ylint]`` table."""
    start = start.resolve()
    for directory in (start, *start.parents):
        candidate = directory / "pyproject.toml"
        if candidate.is_file():
            try:
                text = candidate.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError):
                continue
            if re.search(r"^\s*\[\s*tool\s*\.\s*a11ylint\b", text, re.MULTILINE):
                return candidate
    return None


def load_config(config_file: str | Path | None = None, start: str | Path | None = None) -> Config:
    """The config from ``config_file``, or from the nearest pyproject.toml above ``start`` (default: cwd)."""
    if config_file is not None:
        return read_config_file(Path(config_file))
    found = find_pyproject(Path(start) if start is not None else Path.cwd())
    return read_config_file(found) if found is not None else Config()


# --- globs -------------------------------------------------------------------------------------------


def _glob_regex(pattern: str) -> re.Pattern:
    parts = []
    index = 0
    while index < len(pattern):
        if pattern.startswith("**/", index):
            parts.append("(?:.*/)?")
            index += 3
        elif pattern.startswith("**", index):
            parts.append(".*")
            index += 2
        elif pattern[index] == "*":
            parts.append("[^/]*")
            index += 1
        elif pattern[index] == "?":
            parts.append("[^/]")
            index += 1
        else:
            parts.append(re.escape(pattern[index]))
            index += 1
    return re.compile("".join(parts) + r"\Z")


def path_matches(path: str, pattern: str, base_dir: Path) -> bool:
    """Match a path against a glob. A pattern without ``/`` matches the file name in any folder; one with
    ``/`` matches the path relative to ``base_dir`` (``**`` spans folders)."""
    posix = PurePosixPath(Path(path).as_posix())
    if "/" not in pattern:
        return fnmatch.fnmatchcase(posix.name, pattern)
    try:
        relative = Path(path).resolve().relative_to(base_dir.resolve()).as_posix()
    except ValueError:
        relative = posix.as_posix()
    return bool(_glob_regex(pattern.lstrip("/")).match(relative))

"""Turn the paths a user gives into the files to lint."""

from __future__ import annotations

import fnmatch
import os
from pathlib import Path

from .config import Config


class InputError(ValueError):
    """A path the user named cannot be linted; the message names it."""


def discover(paths: list[str], config: Config) -> list[str]:
    """Files to lint, in a stable order.

    A file named explicitly is linted whatever its extension (unless excluded). A folder is walked
    recursively for files matching ``include`` (default ``*.html``, ``*.htm``) and not ``exclude``.
    """
    found: list[str] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            matches = list(walk(path, config))
            if not matches:
                raise InputError(f"{raw}: no files matching {', '.join(config.include)} in this folder")
            candidates = matches
        elif path.exists():
            if not os.access(path, os.R_OK):
                raise InputError(f"{raw}: permission denied")
            if not path.is_file():
                raise InputError(f"{raw}: not a regular file")
            candidates = [] if config.is_excluded(raw) else [raw]
        else:
            raise InputError(f"{raw}: no such file or folder")
        found.extend(candidates)
    return list(dict.fromkeys(found))  # a file named twice (or inside two named folders) is linted once


def discover_among(paths: list[str], config: Config, candidates) -> list[str]:
    """The files of ``candidates`` (absolute paths, e.g. from git) that :func:`discover` would lint for
    ``paths``, named the same way and without walking the folders. An empty result is not an error."""
    existing = {Path(candidate) for candidate in candidates if Path(candidate).is_file()}
    found: list[str] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            top = path.resolve()
            inside = []
            for candidate in existing:
                try:
                    inside.append(candidate.relative_to(top).parts)
                except ValueError:
                    continue
            picked = [name for parts in sorted(inside, key=lambda parts: (parts[:-1], parts[-1]))
                      if (name := _walk_takes(str(path), parts, config)) is not None]
        elif path.exists():
            taken = path.parent.resolve() / path.name in existing and not config.is_excluded(raw)
            picked = [raw] if taken else []
        else:
            raise InputError(f"{raw}: no such file or folder")
        found.extend(picked)
    return list(dict.fromkeys(found))


def _walk_takes(folder: str, parts: tuple[str, ...], config: Config) -> str | None:
    """The name :func:`walk` gives ``folder/parts…``, or None when the walk would not take that file."""
    directory = folder
    for name in parts[:-1]:
        if name.startswith(".") or config.is_excluded(os.path.join(directory, name) + "/") \
                or config.is_excluded(os.path.join(directory, name)):
            return None
        directory = os.path.join(directory, name)
    if not any(fnmatch.fnmatch(parts[-1].lower(), pattern.lower()) for pattern in config.include):
        return None
    candidate = os.path.join(directory, parts[-1])
    return None if config.is_excluded(candidate) else candidate


def walk(folder: Path, config: Config):
    for directory, subdirectories, files in os.walk(folder):
        subdirectories[:] = sorted(
            name for name in subdirectories
            if not name.startswith(".") and not config.is_excluded(os.path.join(directory, name) + "/")
            and not config.is_excluded(os.path.join(directory, name))
        )
        for name in sorted(files):
            if not any(fnmatch.fnmatch(name.lower(), pattern.lower()) for pattern in config.include):
                continue
            candidate = os.path.join(directory, name)
            if not config.is_excluded(candidate):
                yield candidate

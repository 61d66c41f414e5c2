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
    seen: set[str] = set()
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            matches = list(_walk(path, config))
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
        for candidate in candidates:
            if candidate not in seen:
                seen.add(candidate)
                found.append(candidate)
    return found


def _walk(folder: Path, config: Config):
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

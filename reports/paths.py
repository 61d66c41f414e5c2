"""Where a report points: page paths relative to the project root, and SARIF artifact URIs.

CI services match annotations to files by repository-relative paths with forward slashes, so pages under
``context.root`` are reported relative to it; pages elsewhere keep an absolute path (file: URI in SARIF).
Names such as ``<stdin>`` are not files and pass through as they are.
"""

from __future__ import annotations

import os
from pathlib import PurePath
from urllib.parse import quote


def is_pseudo_path(path: str) -> bool:
    """``<stdin>``, ``<text>`` and the like: input that has no file."""
    return path.startswith("<") and path.endswith(">")


def relative_to_root(path: str, root: str) -> str | None:
    """``path`` relative to ``root`` with forward slashes, or None when it is not inside ``root``."""
    if is_pseudo_path(path):
        return None
    base = os.path.abspath(root)
    try:
        relative = os.path.relpath(os.path.abspath(os.path.join(base, path)), base)
    except ValueError:  # another drive (Windows)
        return None
    if relative == os.pardir or relative.startswith(os.pardir + os.sep):
        return None
    return PurePath(relative).as_posix()


def report_path(path: str, root: str) -> str:
    """The path to show in CI annotations: relative to ``root`` when inside it, else as given."""
    relative = relative_to_root(path, root)
    if relative is not None:
        return relative
    return path if is_pseudo_path(path) else PurePath(os.path.abspath(path)).as_posix()


def _quote(text: str, safe: str = "/") -> str:
    # File names the OS could not decode arrive with surrogate escapes; give back their original bytes.
    try:
        data = text.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:
        data = text.encode("utf-8", "replace")
    return quote(data, safe=safe)


def _file_uri(absolute: str) -> str:
    posix = PurePath(absolute).as_posix()  # "/srv/site" or, on Windows, "C:/site"
    # A colon is data in an absolute path; in a relative URI (see _quote) it would read as a scheme.
    return "file://" + _quote(posix if posix.startswith("/") else "/" + posix, safe="/:")


def artifact_location(path: str, root: str) -> dict:
    """A SARIF artifactLocation: relative to ``%SRCROOT%`` when inside ``root``, else a file: URI."""
    relative = relative_to_root(path, root)
    if relative is not None:
        return {"uri": _quote(relative), "uriBaseId": "%SRCROOT%"}
    if is_pseudo_path(path):
        return {"uri": _quote(path)}
    return {"uri": _file_uri(os.path.abspath(path))}


def root_uri(root: str) -> str:
    """The file: URI of ``root``, ending in a slash as SARIF requires of a base URI."""
    uri = _file_uri(os.path.abspath(root))
    return uri if uri.endswith("/") else uri + "/"


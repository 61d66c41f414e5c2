"""A finding's identity that survives edits elsewhere in the page: for SARIF, GitLab and baselines.

The fingerprint hashes the rule code, the element's structural path (the CSS selector, with its ``#id`` and
``:nth-of-type`` steps as they are) and the element's start tag, normalised. It leaves out the line and
column, so lines inserted above keep it, and the message, which may quote positions ("already used at 14:1").
Normalising the start tag (whitespace collapsed, attribute names lower-cased, attributes sorted, quotes
dropped) keeps it through reindentation and attribute reordering. Snippets are not always start tags
(comments, source lines of parse errors, text clipped with "…"): those are only whitespace-collapsed.
"""

from __future__ import annotations

import hashlib
import re

from .results import Finding

FINGERPRINT_KEY = "a11ylint/v1"  # the SARIF partialFingerprints key; bump it when the recipe changes

_START_TAG = re.compile(r"<([A-Za-z][^\s/>]*)(.*)", re.S)
# name, then an optional value: double-quoted, single-quoted (either maybe cut short by clipping) or bare.
_ATTRIBUTE = re.compile(r"""([^\s=/>"'][^\s=/>"']*)(?:\s*=\s*("[^"]*"?|'[^']*'?|[^\s>]*))?""")


def normalized_snippet(snippet: str) -> str:
    """The snippet with whitespace collapsed and, when it is a start tag, its attributes sorted."""
    text = " ".join(snippet.split())
    tag = _START_TAG.match(text)
    if tag is None:  # a comment, a text line, or nothing
        return text
    rest = tag.group(2)
    clipped = rest.endswith("\u2026")
    if clipped:
        rest = rest[:-1]
    attributes = sorted(_attribute(found.group(1), found.group(2)) for found in _ATTRIBUTE.finditer(rest))
    return "<" + " ".join([tag.group(1).lower(), *attributes]) + ("\u2026" if clipped else "") + ">"


def _attribute(name: str, value: str | None) -> str:
    if value is None:
        return name.lower()
    unquoted = value.strip("\"'")
    return f'{name.lower()}="{unquoted}"'


def fingerprint(finding: Finding) -> str:
    """Hex SHA-256 of the rule code, selector and normalised snippet of ``finding``."""
    key = "\0".join((finding.code, finding.selector, normalized_snippet(finding.snippet)))
    # Page text may hold lone surrogates; surrogatepass still gives every string its own bytes.
    return hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()

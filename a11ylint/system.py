"""Findings the engine itself emits: unreadable input, internal errors, encoding damage, suppressions.

They are rules like the others (codes, names, docs, selection, severity overrides), declared in
``rules/sys*.py``, but no selector drives them: the engine emits them.
"""

from __future__ import annotations

from .rule import Rule

UNREADABLE_FILE = "SYS001"
INTERNAL_ERROR = "SYS002"
ENCODING_ERROR = "SYS003"
PAGE_TOO_LARGE = "SYS004"
PAGE_TOO_COMPLEX = "SYS005"
PAGE_NOT_CHECKED = "SYS006"
UNUSED_SUPPRESSION = "SYS100"
INVALID_SUPPRESSION = "SYS101"
SUPPRESSION_WITHOUT_REASON = "SYS102"


def system_rule(doc: str, **metadata) -> Rule:
    """Declare an engine-emitted rule. ``doc`` is the declaring module's docstring."""
    metadata.setdefault("tags", ("system",))
    metadata.setdefault("impact", "moderate")
    return Rule(check=None, doc=(doc or "").strip(), selector="", **metadata)

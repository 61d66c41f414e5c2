"""Inline suppressions in HTML comments, one grammar::

    <!-- a11ylint-disable-next IMG001 -- decorative, described by the caption -->
    <!-- a11ylint-disable-block LNK001, image-alt -- vendor widget, ticket GOV-123 -->
    <!-- a11ylint-disable HTM002 -- legacy template -->  ...  <!-- a11ylint-enable HTM002 -->

``disable-next`` covers the next element and its content; ``disable-block`` covers the rest of the
enclosing element; ``disable`` covers everything up to the matching ``enable`` (or the end of the page).
Codes (or rule names) are required; the reason after ``--`` is optional unless the config requires it.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

_PREFIX = re.compile(r"^\s*a11ylint-", re.IGNORECASE)
_DIRECTIVE = re.compile(r"^\s*a11ylint-(?P<action>disable-next|disable-block|disable|enable)(?=\s|$)(?P<rest>.*)$",
                        re.DOTALL)
_REASON_SEPARATOR = re.compile(r"(?:^|\s)--")
_CODE_SPLIT = re.compile(r"[\s,]+")
_CODE_TOKEN = re.compile(r"^[A-Za-z][A-Za-z0-9-]*$")


@dataclass
class Directive:
    action: str
    codes: tuple[str, ...]  # resolved rule codes
    reason: str | None
    comment: object  # the comment node
    offset: int
    used: set = field(default_factory=set)


@dataclass(frozen=True)
class DirectiveProblem:
    kind: str  # "invalid" | "missing-reason"
    detail: str
    comment: object
    offset: int


def parse_directives(document, resolve_code) -> tuple[list[Directive], list[DirectiveProblem]]:
    """Read the a11ylint comments of a page. ``resolve_code`` maps a code or name to a code, or None."""
    directives: list[Directive] = []
    problems: list[DirectiveProblem] = []
    for comment in document.comments():
        text = document.comment_text(comment)
        if not _PREFIX.match(text):
            continue
        offset = document.offset(comment)
        match = _DIRECTIVE.match(text)
        if match is None:
            problems.append(DirectiveProblem("invalid", f"cannot read {text.strip()!r}", comment, offset))
            continue
        codes_part, *reason_part = _REASON_SEPARATOR.split(match.group("rest"), maxsplit=1)
        raw_codes = [code for code in _CODE_SPLIT.split(codes_part) if code]
        malformed = [code for code in raw_codes if not _CODE_TOKEN.match(code)]
        if malformed:
            problems.append(DirectiveProblem("invalid", f"cannot read rule code {malformed[0]!r}", comment, offset))
            continue
        if not raw_codes:
            problems.append(DirectiveProblem("invalid", f"a11ylint-{match.group('action')} needs rule codes",
                                             comment, offset))
            continue
        codes = []
        for raw in raw_codes:
            code = resolve_code(raw)
            if code is None:
                problems.append(DirectiveProblem("invalid", f"unknown rule {raw!r}", comment, offset))
            else:
                codes.append(code)
        if not codes:
            continue
        reason = reason_part[0].strip() if reason_part and reason_part[0].strip() else None
        directives.append(Directive(match.group("action"), tuple(codes), reason, comment, offset))
    return directives, problems


class Suppressor:
    """Decides, for a finding at an element, which directive suppresses it."""

    def __init__(self, document, directives: list[Directive]):
        self._document = document
        self._directives = directives
        self._ranges: list[tuple[Directive, str, int]] = []  # (disable directive, code, end offset)
        self._problems: list[DirectiveProblem] = []
        self._next_targets: dict[int, object] = {}
        self._pair_ranges()
        if any(d.action == "disable-next" for d in directives):
            elements = [element for element in document.elements_in_source_order()
                        if not document.is_implied(element)]
            offsets = [document.offset(element) for element in elements]
            for directive in directives:
                if directive.action == "disable-next":
                    index = bisect_right(offsets, directive.offset)
                    if index < len(elements):
                        self._next_targets[id(directive)] = elements[index]

    @property
    def problems(self) -> list[DirectiveProblem]:
        return self._problems

    def _pair_ranges(self) -> None:
        open_ranges: dict[str, Directive] = {}
        end = len(self._document.text) + 1
        for directive in sorted(self._directives, key=lambda d: d.offset):
            if directive.action == "disable":
                for code in directive.codes:
                    open_ranges.setdefault(code, directive)
            elif directive.action == "enable":
                for code in directive.codes:
                    opener = open_ranges.pop(code, None)
                    if opener is None:
                        self._problems.append(DirectiveProblem(
                            "invalid", f"a11ylint-enable {code} without an earlier a11ylint-disable {code}",
                            directive.comment, directive.offset))
                    else:
                        self._ranges.append((opener, code, directive.offset))
                directive.used.update(directive.codes)  # an enable is never "unused"
        for code, opener in open_ranges.items():
            self._ranges.append((opener, code, end))

    def match(self, code: str, element, offset: int) -> Directive | None:
        """The directive that suppresses a finding of ``code`` at ``element`` (starting at ``offset``)."""
        for directive in self._directives:
            if code not in directive.codes:
                continue
            if directive.action == "disable-next":
                target = self._next_targets.get(id(directive))
                if target is not None and element is not None and _within(element, target):
                    directive.used.add(code)
                    return directive
            elif directive.action == "disable-block":
                parent = directive.comment.getparent()
                if (parent is not None and element is not None and offset > directive.offset
                        and _within(element, parent) and element is not parent):
                    directive.used.add(code)
                    return directive
        for opener, range_code, end in self._ranges:
            if range_code == code and opener.offset <= offset < end:
                opener.used.add(code)
                return opener
        return None


def _within(element, ancestor) -> bool:
    node = element
    while node is not None:
        if node is ancestor:
            return True
        node = node.getparent()
    return False

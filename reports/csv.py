"""CSV, one row per finding, for spreadsheets and audit trackers.

Suppressed findings are rows too, with status ``suppressed`` and the comment's reason, because an audit
records what was waived and why. Headers follow ``--lang`` (English or Chinese); cell values stay the
machine values of the JSON output (``fail``, ``needs-review``, ``error``) so that filters work in both.

Excel opens UTF-8 correctly only with a byte-order mark, so the text starts with one; rows end in CRLF,
the csv module's default and RFC 4180's. Page text is untrusted: a cell that starts with ``=``, ``+``,
``-``, ``@``, tab or CR would run as a formula, so it gets a leading apostrophe (OWASP's advice).
"""

from __future__ import annotations

import csv
import io

from a11ylint.results import RunResult

from .ruleinfo import rule_infos
from .safetext import without_surrogates

_COLUMNS = (  # (English header, Chinese header)
    ("page", "页面"),
    ("rule", "规则编号"),
    ("rule name", "规则名称"),
    ("title", "规则标题"),
    ("WCAG", "WCAG 成功准则"),
    ("level", "级别"),
    ("requirements", "合规要求编号"),
    ("jurisdiction", "适用地区"),
    ("severity", "严重程度"),
    ("outcome", "结果"),
    ("status", "状态"),
    ("suppression reason", "抑制理由"),
    ("message", "说明"),
    ("line", "行"),
    ("column", "列"),
    ("selector", "选择器"),
    ("snippet", "代码片段"),
    ("help", "帮助链接"),
)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def render(run: RunResult, context) -> str:
    infos = rule_infos(context.rules, context.lang)
    language = 1 if context.lang == "zh" else 0
    stream = io.StringIO()
    writer = csv.writer(stream)
    writer.writerow([headers[language] for headers in _COLUMNS])
    for result, finding in run.findings():
        info = infos.get(finding.code)
        writer.writerow([_cell(value) for value in (
            result.path,
            finding.code,
            finding.name,
            info.title if info else "",
            ", ".join(finding.wcag),
            finding.level or "",
            ", ".join(info.requirements) if info else "",
            ", ".join(info.jurisdiction) if info else "",
            finding.severity,
            finding.outcome,
            "suppressed" if finding.suppressed else "active",
            finding.suppression_reason or "",
            finding.message,
            finding.line,
            finding.column,
            finding.selector,
            finding.snippet,
            (info.help_uri if info else None) or finding.url or "",
        )])
    return "\ufeff" + without_surrogates(stream.getvalue())


def _cell(value):
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value

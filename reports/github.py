"""GitHub Actions workflow commands: each finding becomes an annotation on the pull request's diff.

``::error file=PATH,line=L,col=C,endLine=L,title=CODE rule-name::message``; warnings are ``::warning``,
info and needs-review findings ``::notice``. Paths are relative to the project root, as GitHub matches
them against the repository. Suppressed findings are left out. The last line is a plain summary.

Escaping follows the Actions runner (``toolkit/packages/core/src/command.ts``): in the message ``%``, CR
and LF become ``%25``, ``%0D``, ``%0A``; in property values ``:`` and ``,`` also become ``%3A``, ``%2C``.
Other control characters have no escape there, so they are spelled out (``\\x1b``) to keep a page's
text from driving the log viewer.
"""

from __future__ import annotations

from a11ylint.results import RunResult

from .paths import report_path
from .safetext import visible

_COMMANDS = {"error": "error", "warning": "warning", "info": "notice"}
_WORDS = {
    "en": {"review": "Needs review: ",
           "summary": "a11ylint: {files} file(s), {errors} error(s), {warnings} warning(s), {infos} info, "
                      "{reviews} to review, {suppressed} suppressed."},
    "zh": {"review": "待复核：",
           "summary": "a11ylint：{files} 个文件，{errors} 个错误，{warnings} 个警告，{infos} 个提示，"
                      "{reviews} 个待复核，{suppressed} 个已抑制。"},
}


def escape_data(text: str) -> str:
    return visible(text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A"))


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def render(run: RunResult, context) -> str:
    words = _WORDS.get(context.lang, _WORDS["en"])
    lines = []
    for result, finding in run.findings():
        if finding.suppressed:
            continue
        review = finding.outcome == "needs-review"
        command = "notice" if review else _COMMANDS[finding.severity]
        properties = {
            "file": report_path(result.path, context.root),
            "line": str(finding.line),
            "col": str(finding.column),
            "endLine": str(finding.line),
            "title": f"{finding.code} {finding.name}",
        }
        listed = ",".join(f"{key}={escape_property(value)}" for key, value in properties.items())
        message = (words["review"] if review else "") + finding.message
        lines.append(f"::{command} {listed}::{escape_data(message)}")
    summary = run.summary()
    lines.append(words["summary"].format(
        files=summary["files"], errors=summary["by_severity"]["error"], warnings=summary["by_severity"]["warning"],
        infos=summary["by_severity"]["info"], reviews=summary["needs_review"], suppressed=summary["suppressed"]))
    return "\n".join(lines) + "\n"

"""``path:line:col CODE name message``, one finding a line, then a summary."""

from __future__ import annotations

from a11ylint.results import RunResult

_SUMMARY = {
    "en": {
        "clean": "No problems found in {files} file(s).",
        "found": "Found {findings} problem(s) in {files} file(s): {errors} error(s), {warnings} warning(s), "
                 "{infos} info, {reviews} to review.",
        "suppressed": "{suppressed} suppressed by comments.",
        "review": "needs review",
        "statistics": "Findings by rule:",
    },
    "zh": {
        "clean": "在 {files} 个文件中未发现问题。",
        "found": "在 {files} 个文件中发现 {findings} 个问题：{errors} 个错误，{warnings} 个警告，{infos} 个提示，"
                 "{reviews} 个待人工复核。",
        "suppressed": "另有 {suppressed} 个问题被注释抑制。",
        "review": "待复核",
        "statistics": "按规则统计：",
    },
}


def _printable(text: str) -> str:
    # A page's control characters must not reach the user's terminal as escape sequences.
    return "".join(char if char.isprintable() or char == " " else repr(char)[1:-1] for char in text)


def render(run: RunResult, context) -> str:
    words = _SUMMARY.get(context.lang, _SUMMARY["en"])
    lines = []
    for result, finding in run.findings():
        if finding.suppressed:
            continue
        review = f" ({words['review']})" if finding.outcome == "needs-review" else ""
        lines.append(f"{_printable(result.path)}:{finding.line}:{finding.column} {finding.code} "
                     f"{finding.name}{review} {_printable(finding.message)}")
    summary = run.summary()
    if summary["findings"]:
        by_severity = summary["by_severity"]
        lines.append(words["found"].format(files=summary["files"], findings=summary["findings"],
                                           errors=by_severity["error"], warnings=by_severity["warning"],
                                           infos=by_severity["info"], reviews=summary["needs_review"]))
    else:
        lines.append(words["clean"].format(files=summary["files"]))
    if summary["suppressed"]:
        lines.append(words["suppressed"].format(suppressed=summary["suppressed"]))
    if context.statistics:
        lines.append(words["statistics"])
        for code, name, count in run.statistics():
            lines.append(f"{count:>6}  {code}  {name}")
    return "\n".join(lines) + "\n"

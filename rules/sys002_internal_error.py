"""a11ylint itself failed on this page.

## What it checks
A rule, the decoder or the parser raised an unexpected error on this page. The other rules and pages
still run; the run exits with code 2 so that CI notices.

## Why it matters
The page was not fully checked. A crash is a bug in a11ylint (or in a plugin rule), never in the page.

## How to fix
Report the bug with the page attached. Meanwhile, ignore the named rule for this file with
`per-file-ignores` or `--ignore CODE`.

## References
- a11ylint: exit codes (README)
"""

from a11ylint.rule import Text
from a11ylint.system import INTERNAL_ERROR, system_rule

RULE = system_rule(
    __doc__,
    code=INTERNAL_ERROR,
    name="internal-error",
    title=Text("a11ylint failed on this page", "a11ylint 在此页面上出错"),
    messages={
        "crashed": Text(
            "{rule} raised {error}; the page is only partly checked. Please report this bug; "
            "meanwhile ignore the rule for this file",
            "{rule} 出错：{error}；此页面未完全检查。请报告此缺陷，并暂时对该文件忽略此规则",
        )
    },
    severity="error",
    impact="critical",
    fix=Text("Report the bug with the page attached, and meanwhile ignore the named rule for this file",
             "附上该页面报告此缺陷，并暂时对该文件忽略出错的规则"),
)

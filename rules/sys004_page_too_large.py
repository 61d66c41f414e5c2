"""Pages over the size limit are not checked.

## What it checks
A file (or page) larger than `max-bytes` (default 20,000,000 bytes) is reported and skipped: it is not
decoded, parsed or checked. The limit keeps one oversized or hostile input — a log dump saved as `.html`,
a generated page with hundreds of thousands of elements — from taking minutes and gigabytes while the
rest of the run waits.

## Why it matters
A linter in CI or in a batch over a crawl must finish. Real government pages are well under 1 MB; a file
over the limit is almost always not a page someone reads, and if it is, no one can use it on a phone
either.

## How to fix
Split the page, or raise the limit for that run: `a11ylint check --max-bytes 50000000 big.html`, or
`max-bytes = 50000000` in `[tool.a11ylint]`.

## References
- research/COMPLIANCE.md does not cover page size; this is a robustness limit of the tool (the batch runner
  applies the same limit per page: `a11ylint batch --max-bytes`).
- Chromium's own parser yields on large documents; html5lib, the reference parser here, does not:
  https://html5lib.readthedocs.io/
"""

from a11ylint.rule import Text
from a11ylint.system import PAGE_TOO_LARGE, system_rule

RULE = system_rule(
    __doc__,
    code=PAGE_TOO_LARGE,
    name="page-too-large",
    title=Text("Pages over the size limit are not checked", "超过大小上限的页面不予检查"),
    messages={
        "too-large": Text("The file is {size:,} bytes, over the {limit:,}-byte limit (max-bytes); it was not checked",
                          "文件大小为 {size:,} 字节，超过 {limit:,} 字节的上限（max-bytes），未作检查"),
    },
    severity="error",
    fix=Text("Split the page, or raise max-bytes for this run", "拆分页面，或为本次运行调高 max-bytes"),
)

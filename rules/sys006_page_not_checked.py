"""Pages a batch could not check are reported, not dropped.

## What it checks
In `a11ylint batch`, a page that could not be checked becomes one finding, in the report, the JSON lines
and the exit code, with the reason: a fetch that failed (timeout, refused address, too many redirects), a
corrupt or truncated WARC record, a body over `--max-bytes` after decompression, a page over the
`--page-timeout` CPU-time limit, or a page that killed its worker process. `pages.jsonl` keeps the reason in
`error` as well.

## Why it matters
An audit that silently skips pages overstates a site's accessibility: the pages that break tools are often
the ones that break browsers too. The batch goes on with the other pages; this finding makes the gap
visible and fails the run like any other error.

## How to fix
Read the reason. Fetch and archive problems are fixed at the source (re-crawl, repair the WARC); a page over
a limit can be checked alone with higher limits (`a11ylint check --max-bytes … --max-depth …`).

## References
- research/COMPLIANCE.md does not cover tool failures; this is the batch runner's contract (issue 9: nothing
  lost, nothing crashes). README, "Batches over crawled sites" and "Hostile input and limits".
"""

from a11ylint.rule import Text
from a11ylint.system import PAGE_NOT_CHECKED, system_rule

RULE = system_rule(
    __doc__,
    code=PAGE_NOT_CHECKED,
    name="page-not-checked",
    title=Text("Pages a batch could not check are reported", "批量检查中无法检查的页面须予报告"),
    messages={"not-checked": Text("The page was not checked: {reason}", "页面未能检查：{reason}")},
    severity="error",
    fix=Text("Fix the cause the message gives (fetch, archive record, size or time limit), then check the page "
             "again", "按提示原因（抓取、归档记录、大小或时间上限）处理后重新检查该页面"),
)

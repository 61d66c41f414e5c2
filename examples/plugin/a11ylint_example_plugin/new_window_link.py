"""Links that open a new window or tab should say so.

## What it checks
`<a target="_blank">` links whose text, `aria-label` and `title` all fail to mention that the link opens
a new window. The rule accepts "new window" or "new tab" (in any letter case) and the Chinese "新窗口" or
"新标签" (as in 新标签页). Hidden links and anchors without `href` are not checked.

## Why it matters
A new window takes the user somewhere unexpected: the Back button no longer returns to the page they
came from, and screen reader and screen magnifier users may not notice that the window changed at all.
Saying so in advance lets users decide, and explains what happened when they arrive.

## How to fix
Say it in the link: add "(opens in a new window)" or "（在新窗口打开）" to the link text, visibly or in
visually hidden text, or to its `aria-label`. Better still, open the link in the same window.

## Failing example
```html
<a href="/files/annual-report.pdf" target="_blank">Annual report 2023</a>
```

```html
<a href="/zwgk/" target="_blank" title="政务公开">政务公开</a>
```

## Passing example
```html
<a href="/files/annual-report.pdf" target="_blank">Annual report 2023 (opens in a new window)</a>
<a href="/files/annual-report.pdf">Annual report 2023</a>
```

```html
<a href="/zwgk/" target="_blank">政务公开<span class="visually-hidden">（在新窗口打开）</span></a>
<a href="/bsfw/" target="_blank" aria-label="办事服务（新标签页打开）">办事服务</a>
<a href="https://www.gov.cn/" target="_blank" title="Opens in a new tab">中国政府网</a>
```

## References
- WCAG technique G201, Giving users advanced warning when opening a new window:
  https://www.w3.org/WAI/WCAG22/Techniques/general/G201
- WCAG SC 3.2.5 Change on Request (AAA), which G201 supports:
  https://www.w3.org/WAI/WCAG22/Understanding/change-on-request.html
"""

from __future__ import annotations

import re

from a11ylint.rule import Fail, Text, rule

# "new window", "new  tab", "New-Window"; 新窗口, 新标签 (新标签页).
_WARNING = re.compile(r"\bnew[\s\-]*(?:browser[\s\-]+)?(?:window|tab)\b|新窗口|新标签", re.IGNORECASE)


def _mentions_new_window(*texts: str | None) -> bool:
    return any(text and _WARNING.search(text) for text in texts)


@rule(
    code="EXT001",
    name="new-window-warning",
    title=Text("Links that open a new window should say so", "在新窗口打开的链接应事先说明"),
    messages={
        "unannounced": Text(
            'Link opens a new window (target="_blank") but does not say so; add "(opens in a new window)" '
            "to its text or aria-label",
            "链接在新窗口打开（target=\"_blank\"）但未加说明；请在链接文字或 aria-label 中注明“在新窗口打开”",
        ),
    },
    selector='a[target="_blank"]',
    best_practice=True,
    tags=("example",),
    severity="warning",
    impact="minor",
    fix=Text('Say "(opens in a new window)" in the link text or aria-label, or open the link in the same window',
             "在链接文字或 aria-label 中注明“在新窗口打开”，或改为在当前窗口打开"),
)
def check(link, ctx):
    if link.get("href") is None or ctx.is_hidden(link):
        return None
    if _mentions_new_window(ctx.text(link), ctx.accessible_name(link), link.get("aria-label"), link.get("title")):
        return None
    return Fail("unannounced")

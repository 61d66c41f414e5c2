"""Pages should not refresh or redirect after any delay (WCAG AAA).

## What it checks
Like `meta-refresh`, but without the 20-hour exception: the first valid `<meta http-equiv="refresh">`
must redirect at once. This is the AAA level of the requirement (2.2.4 Interruptions, 3.2.5 Change on
Request), so it is in the AAA presets only.

## Why it matters
Any change of context the user did not ask for can disorient people who use screen readers or
magnifiers, whatever the delay.

## How to fix
Redirect on the server, or with `content="0; url=…"`, and drop automatic reloads.

## Failing example
```html
<meta http-equiv="refresh" content="72001; url=https://www.example.gov/">
```

## Passing example
```html
<meta http-equiv="refresh" content="0; url=https://www.example.gov/">
```

## References
- WCAG SC 2.2.4 Interruptions: https://www.w3.org/WAI/WCAG22/Understanding/interruptions.html
- WCAG SC 3.2.5 Change on Request: https://www.w3.org/WAI/WCAG22/Understanding/change-on-request.html
- ACT rule bisz58, Meta element has no refresh delay (no exception):
  https://www.w3.org/WAI/standards-guidelines/act/rules/bisz58/
- WCAG failures F40 (time-limited redirect) and F41 (refresh): https://www.w3.org/WAI/WCAG22/Techniques/failures/F41
"""

from a11ylint.meta import first_refresh
from a11ylint.rule import Fail, Text, rule


@rule(
    code="DOC004",
    name="meta-refresh-no-exception",
    title=Text("Pages should not refresh or redirect after any delay", "页面不应有任何延时刷新或跳转"),
    messages={"delay": Text("The page refreshes or redirects after {delay} seconds; redirect at once",
                            "页面在 {delay} 秒后自动刷新或跳转；请立即跳转")},
    selector=":root",
    wcag=("2.2.4", "3.2.5"),
    level="AAA",
    act=("bisz58",),
    tags=("cat.time-and-media",),
    severity="warning",
    impact="minor",
    fix=Text('Redirect on the server or with content="0; url=…", and remove automatic reloads',
             '改为服务器端跳转或用 content="0; url=…" 立即跳转，并取消自动刷新'),
)
def check(root, ctx):
    found = first_refresh(ctx)
    if found is None:
        return None
    meta, delay = found
    return Fail("delay", element=meta, delay=delay) if delay > 0 else None

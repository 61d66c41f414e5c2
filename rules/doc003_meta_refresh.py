"""Pages must not refresh or redirect after a delay.

## What it checks
The first valid `<meta http-equiv="refresh">` of the page must redirect at once (delay 0) or after more
than 20 hours. Any delay in between — a news page that reloads every 300 seconds, a "this page has
moved, you will be redirected in 5 seconds" notice — fails. Content that the HTML specification does not
accept as a refresh (`content="0: url"`, `"+5"`) does nothing in browsers and is ignored here too.

## Why it matters
A page that reloads on its own moves screen reader users back to the top, loses what they were reading
or typing, and gives people who read slowly no time. WCAG allows only an immediate redirect, or one after
20 hours (the time-limit exception).

## How to fix
Redirect on the server (HTTP 301/302), or with `content="0; url=…"`. Drop automatic reloads, or give the
user a control to refresh.

## Failing example
```html
<meta http-equiv="refresh" content="300">
```

```html
<meta http-equiv="refresh" content="5; url=https://www.example.gov/new/">
```

## Passing example
```html
<meta http-equiv="refresh" content="0; url=https://www.example.gov/new/">
```

```html
<meta http-equiv="refresh" content="0: https://www.example.gov/">
<meta http-equiv="refresh" content="72001">
```

## References
- WCAG SC 2.2.1 Timing Adjustable: https://www.w3.org/WAI/WCAG22/Understanding/timing-adjustable.html
- WCAG failures F40 (time-limited redirect) and F41 (refresh): https://www.w3.org/WAI/WCAG22/Techniques/failures/F41
- ACT rule bc659a, Meta element has no refresh delay:
  https://www.w3.org/WAI/standards-guidelines/act/rules/bc659a/
- HTML, shared declarative refresh steps:
  https://html.spec.whatwg.org/multipage/semantics.html#shared-declarative-refresh-steps
"""

from a11ylint.meta import first_refresh
from a11ylint.rule import Fail, Text, rule

TWENTY_HOURS = 72000


@rule(
    code="DOC003",
    name="meta-refresh",
    title=Text("Pages must not refresh or redirect after a delay", "页面不得延时刷新或跳转"),
    messages={"delay": Text("The page refreshes or redirects after {delay} seconds; redirect at once, or not at all",
                            "页面在 {delay} 秒后自动刷新或跳转；请立即跳转，或取消自动刷新")},
    selector=":root",
    wcag=("2.2.1",),
    level="A",
    act=("bc659a",),
    standards=("EN-301-549:9.2.2.1", "Section-508:E205.4"),
    tags=("cat.time-and-media",),
    severity="error",
    impact="critical",
    fix=Text("Redirect on the server or with no delay, and replace timed reloads with a refresh control for the user",
             "改为服务器端跳转或零延时跳转，并以供用户手动刷新的控件代替定时刷新"),
)
def check(root, ctx):
    found = first_refresh(ctx)
    if found is None:
        return None
    meta, delay = found
    if 0 < delay <= TWENTY_HOURS:
        return Fail("delay", element=meta, delay=delay)
    return None

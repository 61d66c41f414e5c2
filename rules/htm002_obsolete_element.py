"""Obsolete elements must not be used.

## What it checks
Elements that the HTML Living Standard lists as obsolete and non-conforming: `center`, `font`, `big`,
`strike`, `tt`, `marquee`, `blink`, `menuitem`, `frame`, `frameset`, `acronym`, `applet`, `dir`,
`basefont`, `nobr`, `param`, `rb`, `rtc` and the others of §16.2, including `<image>`, which the parser
silently turns into `<img>`.

## Why it matters
Obsolete presentational elements fix fonts, sizes and alignment in the markup, where users' own styles
and zoom cannot reach them reliably; `marquee` and `blink` move content that users cannot pause.
Browsers may drop support for them at any time.

## How to fix
Use the replacement the message names, usually CSS.

## Failing example
```html
<center><font size="2">Notice</font></center>
```

```html
<menuitem>Print</menuitem>
```

## Passing example
```html
<p class="notice">Notice</p>
```

## Options
- `allowed-elements` (list of strings, default `[]`): obsolete elements to accept anyway.

## References
- WHATWG HTML §16.2, non-conforming features:
  https://html.spec.whatwg.org/multipage/obsolete.html#non-conforming-features
"""

from a11ylint.html_elements import OBSOLETE
from a11ylint.rule import Fail, Option, Text, rule

_SELECTOR = ", ".join(sorted(set(OBSOLETE) - {"image"}) + ["img"])


@rule(
    code="HTM002",
    name="obsolete-element",
    title=Text("Obsolete elements must not be used", "不得使用已废弃的元素"),
    messages={
        "obsolete": Text("<{tag}> is obsolete; use {replacement} instead",
                         "<{tag}> 已废弃；请改用 {replacement}"),
    },
    selector=_SELECTOR,
    tags=("html",),
    severity="error",
    impact="minor",
    options=[Option("allowed-elements", "list[str]", [], "Obsolete elements to accept anyway.")],
    fix=Text("Replace the obsolete element with the replacement the message names, usually CSS",
             "用提示中建议的写法（通常是 CSS）替换已废弃的元素"),
)
def check(element, ctx):
    name = element.tag
    if name == "img":
        written = ctx.document.start_tag_source(element) or ""
        if not written[:7].lower().startswith("<image") or written[6:7].isalnum():
            return None
        name = "image"
    if name in ctx.options["allowed-elements"]:
        return None
    return Fail("obsolete", tag=name, replacement=OBSOLETE[name])

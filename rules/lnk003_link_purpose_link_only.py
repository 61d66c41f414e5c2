"""Link text alone must identify the link's purpose (AAA).

## What it checks
Links (`<a href>`, `<area href>`, `role="link"`, SVG `<a>`) exposed to assistive technology whose
accessible name is only a generic phrase ("click here", "more", "read more", "details", "更多", "详细",
"点击这里", "mehr", "en savoir plus"…) or only symbols such as `>>`, whatever the text around them. This is
the Level AAA form of `link-purpose`: at AAA the link text itself, without its context, must say where the
link goes. Other link texts need a person to judge them (`link-purpose-review`).

## Why it matters
Screen readers offer a list of the page's links, read without their surrounding sentences. Voice control
users say the link text to follow a link. "More" and "click here" work in neither case.

## How to fix
Make the link text name the destination ("Read the 2024 budget report"), or give it an `aria-label` that
starts with the visible text ("More notices").

## Failing example
```html
<p>The 2024 budget report is now online. <a href="/report.pdf">Read more</a></p>
```

```html
<li>通知公告 <a href="/tzgg/">更多</a></li>
```

## Passing example
```html
<p><a href="/report.pdf">Read the 2024 budget report</a></p>
```

```html
<a href="/tzgg/" aria-label="更多通知公告">更多</a>
```

## References
- WCAG SC 2.4.9 Link Purpose (Link Only): https://www.w3.org/WAI/WCAG22/Understanding/link-purpose-link-only.html
- ACT rule aizyf1, Link is descriptive: https://www.w3.org/WAI/standards-guidelines/act/rules/aizyf1/
- WCAG failure F84 (non-specific links such as "click here" with no mechanism to change the text):
  https://www.w3.org/WAI/WCAG22/Techniques/failures/F84
"""

from a11ylint.links import is_generic, links
from a11ylint.rule import Fail, Text, rule


@rule(
    code="LNK003",
    name="link-purpose-link-only",
    title=Text("Link text alone must identify the link's purpose", "链接文字本身必须能说明链接用途"),
    messages={"generic": Text('Link text "{name}" does not say where the link goes; name the destination in the '
                              'link text, e.g. "Read the 2024 budget report"',
                              "链接文字“{name}”未说明链接去向；请在链接文字中写明目标，如“阅读 2024 年预算报告”")},
    selector=":root",
    wcag=("2.4.9",),
    level="AAA",
    act=("aizyf1",),
    tags=("cat.name-role-value", "links"),
    severity="warning",
    impact="moderate",
    fix=Text("Make the link text itself name the destination, or add an aria-label that starts with the visible text",
             "让链接文字本身写明去向，或添加以可见文字开头的 aria-label"),
)
def check(root, ctx):
    for link, name in links(ctx):
        if is_generic(name):
            yield Fail("generic", element=link, name=name[:60])

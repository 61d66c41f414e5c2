"""Links must not rely on generic text such as "click here" or "more" without context.

## What it checks
Links (`<a href>`, `<area href>`, `role="link"`, SVG `<a>`) exposed to assistive technology whose accessible
name is only a generic phrase — "click here", "here", "more", "read more", "details", "link", "更多",
"详细", "点击这里", "查看详情", "mehr", "en savoir plus"…, or only symbols such as `>>` — **and** that
have no programmatically determined link context: no other text in the same paragraph, list item or
table cell (or its header cells), no `aria-describedby` or `title`, and no heading anywhere before the
link (WCAG technique H80 accepts a preceding heading as context). Generic links that do have such context
are left to a person (`link-purpose-review`), since only a reader can tell whether the context makes the
destination clear.

## Why it matters
Screen reader users often list a page's links, or tab from link to link, and hear only the link text. Ten
links called "更多" (more) on a portal page are indistinguishable.

## How to fix
Put the destination in the link text: "More notices", "更多通知公告", "Read the 2024 budget report". If the
visual design needs the short text, add the rest for screen readers with `aria-label` (starting with the
visible text) or visually hidden text inside the link.

## Failing example
```html
<a href="/notices/">更多>></a>
```

```html
<div><a href="/report.pdf">Click here</a></div>
```

## Passing example
```html
<a href="/notices/">More notices</a>
```

```html
<p>The 2024 budget report is now online. <a href="/report.pdf">Read more</a></p>
```

## References
- WCAG SC 2.4.4 Link Purpose (In Context): https://www.w3.org/WAI/WCAG22/Understanding/link-purpose-in-context.html
- ACT rule 5effbb, Link in context is descriptive: https://www.w3.org/WAI/standards-guidelines/act/rules/5effbb/
- WCAG failure F63 (link context not programmatically determined):
  https://www.w3.org/WAI/WCAG22/Techniques/failures/F63
- WCAG technique H80 (link text combined with the preceding heading):
  https://www.w3.org/WAI/WCAG22/Techniques/html/H80
"""

from a11ylint.headings import first_heading_offset
from a11ylint.links import is_generic, link_context, links
from a11ylint.rule import Fail, Text, rule


@rule(
    code="LNK002",
    name="link-purpose",
    title=Text('Links must not rely on generic text such as "click here" or "more" without context',
               "链接不得在没有上下文的情况下只使用“点击这里”“更多”等泛泛文字"),
    messages={"generic": Text('Link text "{name}" does not say where the link goes and nothing around it does; '
                              'name the destination, e.g. "More notices"',
                              "链接文字“{name}”未说明链接去向，周围也没有说明；请写明目标，如“更多通知公告”")},
    selector=":root",
    wcag=("2.4.4",),
    level="A",
    act=("5effbb",),
    standards=("EN-301-549:9.2.4.4", "Section-508:E205.4"),
    tags=("cat.name-role-value", "links"),
    severity="error",
    impact="serious",
    fix=Text('Name the destination in the link text, e.g. "More notices" instead of "More"',
             "在链接文字中写明去向，如用“更多通知公告”代替“更多”"),
)
def check(root, ctx):
    heading = None
    for link, name in links(ctx):
        if not is_generic(name):
            continue
        if heading is None:
            heading = first_heading_offset(ctx)
            heading = -1 if heading is None else heading
        if 0 <= heading < ctx.document.offset(link):
            continue  # a preceding heading may give the context (H80): left to link-purpose-review
        if link_context(link, ctx, name):
            continue
        yield Fail("generic", element=link, name=name[:60])

"""Link text, together with its context, must describe the link's purpose.

## What it checks
Lists the links of the page for a person to check that each one's text, read with its context (the
sentence, paragraph, list item or table cell around it, and its header cells), says where the link goes.
Each distinct text and destination is listed once. Generic texts ("more", "点击这里") that have context
are listed with that context, so the reviewer can judge whether it is enough; generic texts without any
context are failed by `link-purpose` instead and not listed here. Hidden links are skipped.

## Why it matters
A link can have text and still mislead: "Workshop" for a report about the workshop, "HTML" under a heading
that names a different book, "Download" in a table row whose header says nothing. Only a reader can tell.

## How to fix
Rewrite unclear link texts to name their destination, or move the link into a sentence, list item or
table cell that explains it.

## Failing example
```html
<p><a href="/2005/workshop-report.html">Workshop</a></p>
```

```html
<ul><li>Ulysses <a href="/files/ulysses.epub">EPUB</a></li></ul>
```

## Passing example
```html
<a href="/notices/" style="display: none">More</a>
```

```html
<a>Notices (a placeholder without href is not a link)</a>
```

## References
- WCAG SC 2.4.4 Link Purpose (In Context): https://www.w3.org/WAI/WCAG22/Understanding/link-purpose-in-context.html
- WCAG SC 2.4.9 Link Purpose (Link Only): https://www.w3.org/WAI/WCAG22/Understanding/link-purpose-link-only.html
- ACT rule 5effbb, Link in context is descriptive: https://www.w3.org/WAI/standards-guidelines/act/rules/5effbb/
- ACT rule aizyf1, Link is descriptive: https://www.w3.org/WAI/standards-guidelines/act/rules/aizyf1/
- WCAG technique G91 (link text that describes the purpose of a link):
  https://www.w3.org/WAI/WCAG22/Techniques/general/G91
"""


from a11ylint.headings import first_heading_offset
from a11ylint.links import is_generic, link_context, link_href, links
from a11ylint.langdetect import CJK_CHARACTER
from a11ylint.rule import Review, Text, rule



def _is_short(name: str) -> bool:
    """Short link texts ("HTML", "Download", "通知") are the ones whose context matters."""
    return len(name.split()) <= 3 and len(CJK_CHARACTER.findall(name)) <= 6


@rule(
    code="LNK005",
    name="link-purpose-review",
    title=Text("Link text, together with its context, must describe the link's purpose",
               "链接文字结合上下文必须能说明链接用途"),
    messages={
        "review": Text('Check that the link text "{name}" says where the link goes ({href})',
                       "请确认链接文字“{name}”说明了链接去向（{href}）"),
        "context": Text('Check that the link "{name}" together with its context "{context}" says where it goes '
                        "({href})",
                        "请确认链接“{name}”结合上下文“{context}”能说明链接去向（{href}）"),
        "generic": Text('Link text "{name}" is generic; check that its context "{context}" makes clear where it '
                        "goes ({href}), or better, name the destination in the link",
                        "链接文字“{name}”过于笼统；请确认上下文“{context}”能说明链接去向（{href}），"
                        "最好直接在链接文字中写明目标"),
        "generic-heading": Text('Link text "{name}" is generic; check that the heading before it makes clear where '
                                "it goes ({href}), or better, name the destination in the link",
                                "链接文字“{name}”过于笼统；请确认其前面的标题能说明链接去向（{href}），"
                                "最好直接在链接文字中写明目标"),
    },
    selector=":root",
    wcag=("2.4.4", "2.4.9"),
    level="A",
    act=("5effbb", "aizyf1"),
    standards=("EN-301-549:9.2.4.4", "Section-508:E205.4"),
    tags=("cat.name-role-value", "links", "manual-review"),
    severity="warning",
    impact="serious",
    fix=Text("Rewrite unclear link text to name its destination, or put the link in a sentence, list item or table "
             "cell that explains it",
             "修改含义不清的链接文字，写明去向；或将链接放在能说明其用途的句子、列表项或表格单元格中"),
)
def check(root, ctx):
    seen = set()
    heading = first_heading_offset(ctx)
    for link, name in links(ctx):
        if not name:
            continue  # link-name fails it
        href = (link_href(link) or link.get("onclick") or "").strip()
        key = (name.lower(), href)
        if key in seen:
            continue
        seen.add(key)
        data = {"name": name[:80], "href": href[:80] or "no href"}
        if is_generic(name):
            context = link_context(link, ctx, name)
            if context:
                yield Review("generic", element=link, context=context[:80], **data)
            elif heading is not None and heading < ctx.document.offset(link):
                yield Review("generic-heading", element=link, **data)
            continue  # no context at all: link-purpose fails it
        context = link_context(link, ctx, name) if _is_short(name) else ""
        if context:
            yield Review("context", element=link, context=context[:80], **data)
        else:
            yield Review("review", element=link, **data)

"""Headings must describe the topic or purpose of the content they introduce.

## What it checks
Lists every heading (`<h1>`–`<h6>`, `role="heading"`) exposed to assistive technology and with a name,
together with the start of the content that follows it, for a person to check that the heading describes
that content. Empty headings are reported by `empty-heading`; hidden headings are skipped.

## Why it matters
Screen reader users jump from heading to heading to find their way; a heading that does not match its
section ("Weather" above opening hours, a leftover "Heading 2", a slogan) sends them to the wrong place.

## How to fix
Reword the heading to name the topic of its section ("Opening hours", "办事指南"), or change the level or
element if the text is not a heading at all.

## Failing example
```html
<h1>Weather</h1>
<p>We are open Monday to Friday, 9:00 to 17:00.</p>
```

## Passing example
```html
<h1 hidden>Opening hours</h1>
<p>We are open Monday to Friday, 9:00 to 17:00.</p>
```

## References
- WCAG SC 2.4.6 Headings and Labels: https://www.w3.org/WAI/WCAG22/Understanding/headings-and-labels.html
- ACT rule b49b2e, Heading is descriptive: https://www.w3.org/WAI/standards-guidelines/act/rules/b49b2e/
- WCAG technique G130 (descriptive headings): https://www.w3.org/WAI/WCAG22/Techniques/general/G130
"""

from a11ylint.dom import normalize_space
from a11ylint.rule import Review, Text, rule


def following_text(element, ctx, limit: int = 70) -> str:
    """The first rendered text after the element in document order (its siblings, then its ancestors'
    following siblings), clipped to ``limit`` characters."""
    node = element
    for _ in range(4):
        text = normalize_space(node.tail or "")
        if text:
            return text[:limit]
        for sibling in node.itersiblings():
            if isinstance(sibling.tag, str) and not ctx.is_invisible(sibling):
                text = ctx.text(sibling)
                if text:
                    return text[:limit]
            text = normalize_space(sibling.tail or "")
            if text:
                return text[:limit]
        node = node.getparent()
        if node is None or node.tag in ("body", "html"):
            break
    return ""


@rule(
    code="HDG002",
    name="heading-descriptive",
    title=Text("Headings must describe the topic or purpose of the content they introduce",
               "标题必须说明其所引出内容的主题或用途"),
    messages={
        "review": Text('Check that the heading "{name}" describes the content that follows it ("{next}")',
                       "请确认标题“{name}”准确概括了其后的内容（“{next}”）"),
        "last": Text('Check that the heading "{name}" describes the content it introduces (no text follows it)',
                     "请确认标题“{name}”准确概括了其引出的内容（其后没有文字）"),
    },
    selector="h1, h2, h3, h4, h5, h6, [role]",
    wcag=("2.4.6",),
    level="AA",
    act=("b49b2e",),
    standards=("EN-301-549:9.2.4.6", "Section-508:E205.4"),
    tags=("cat.semantics", "headings", "manual-review"),
    severity="warning",
    impact="moderate",
    fix=Text("Reword the heading to name the topic of its section, or stop marking up text that is not a heading as "
             "one",
             "修改标题文字，使其说明所在章节的主题；不是标题的文字不要标记为标题"),
)
def check(element, ctx):
    if ctx.role(element) != "heading" or ctx.is_hidden(element):
        return None
    name = ctx.accessible_name(element)
    if not name:
        return None
    following = following_text(element, ctx)
    if following:
        return Review("review", name=name[:80], next=following)
    return Review("last", name=name[:80])

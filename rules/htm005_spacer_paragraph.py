"""Paragraphs should not be used as spacers.

## What it checks
Runs of `<p>` elements that hold nothing but whitespace or `&nbsp;`, the way content management systems
and word processors fake vertical space. A run is reported once, at its first paragraph.

## Why it matters
Screen readers announce each empty paragraph as "blank", so users hear a string of blanks between
paragraphs of a news article. Spacing belongs in CSS (`margin`), where users' own styles can change it.

## How to fix
Delete the empty paragraphs and set the spacing with CSS margins.

## Failing example
```html
<p>First paragraph.</p>
<p>&nbsp;</p>
<p>Second paragraph.</p>
```

## Passing example
```html
<p>First paragraph.</p>
<p>Second paragraph.</p>
<p><img src="chart.png" alt="Chart of cases by week"></p>
```

## Options
- `min-run` (integer, default `1`): report only runs of at least this many empty paragraphs.

## References
- WCAG technique C8 (CSS letter-spacing) and the general advice to control spacing with CSS:
  https://www.w3.org/WAI/WCAG22/Techniques/css/C8
- WCAG SC 1.3.1 Info and Relationships, on structure conveyed by markup:
  https://www.w3.org/WAI/WCAG22/Understanding/info-and-relationships.html
"""

from a11ylint.dom import MATHML_NAMESPACE, SVG_NAMESPACE, next_element, previous_element
from a11ylint.rule import Fail, Option, Text, rule

# Elements that give a paragraph content even without text.
_CONTENT = ("img", "video", "audio", "iframe", "object", "embed", "input", "select", "textarea", "button",
            "canvas", "picture", f"{{{SVG_NAMESPACE}}}svg", f"{{{MATHML_NAMESPACE}}}math")


def _is_spacer(paragraph) -> bool:
    if paragraph is None or paragraph.tag != "p":
        return False
    if "".join(paragraph.itertext()).strip():
        return False
    return next(paragraph.iterdescendants(*_CONTENT), None) is None


@rule(
    code="HTM005",
    name="spacer-paragraph",
    title=Text("Paragraphs should not be used as spacers", "不应使用空段落来制造间距"),
    messages={
        "spacer": Text("{count} empty <p> used as spacing; use CSS margins instead",
                       "{count} 个空 <p> 被用作间距；请改用 CSS 外边距"),
    },
    selector="p",
    best_practice=True,
    tags=("html", "cat.structure"),
    severity="warning",
    impact="minor",
    options=[Option("min-run", "int", 1, "Smallest run of empty paragraphs to report.", minimum=1)],
    fix=Text("Delete the empty paragraphs and create the spacing with CSS margins", "删除空段落，改用 CSS 外边距控制间距"),
)
def check(paragraph, ctx):
    if not _is_spacer(paragraph):
        return None
    if _is_spacer(previous_element(paragraph)):
        return None  # reported with the first paragraph of the run
    count = 1
    following = next_element(paragraph)
    while _is_spacer(following):
        count += 1
        following = next_element(following)
    if count < ctx.options["min-run"]:
        return None
    return Fail("spacer", count=count)

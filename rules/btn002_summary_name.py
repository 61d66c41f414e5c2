"""Disclosure summaries must have a non-empty accessible name.

## What it checks
The `<summary>` that controls a `<details>` element (its first `summary` child) is a button users press
to show or hide content. It needs an accessible name: text, `aria-label` or `aria-labelledby`. A summary
with an explicit role is checked by that role's rule instead.

## Why it matters
An empty summary is announced as "collapsed" or "disclosure triangle" with no label, so users cannot
tell what it would show.

## How to fix
Put the label in the summary: `<summary>Opening times</summary>`.

## Failing example
```html
<details><summary></summary><p>We are open 9:00–17:00.</p></details>
```

## Passing example
```html
<details><summary>Opening times</summary><p>We are open 9:00–17:00.</p></details>
```

```html
<details><summary aria-label="Opening times"></summary><summary></summary></details>
```

## References
- WCAG SC 4.1.2 Name, Role, Value: https://www.w3.org/WAI/WCAG22/Understanding/name-role-value.html
- ACT rule 2t702h, Summary element has non-empty accessible name:
  https://www.w3.org/WAI/standards-guidelines/act/rules/2t702h/
- WCAG technique H91 and failure F68 (control without a name): https://www.w3.org/WAI/WCAG22/Techniques/failures/F68
"""

from a11ylint.rule import Fail, Text, rule


@rule(
    code="BTN002",
    name="summary-name",
    title=Text("Disclosure summaries must have a non-empty accessible name", "展开摘要必须有非空的可访问名称"),
    messages={"empty": Text("<summary> has no accessible name; give it text saying what it shows",
                            "<summary> 没有可访问名称；请用文字说明其展开的内容")},
    selector="details > summary",
    wcag=("4.1.2",),
    level="A",
    act=("2t702h",),
    standards=("EN-301-549:9.4.1.2", "Section-508:E205.4"),
    tags=("cat.name-role-value",),
    severity="error",
    impact="serious",
    fix=Text("Put text in the <summary> that says what the disclosure shows", "在 <summary> 中填写说明展开内容的文字"),
)
def check(summary, ctx):
    details = summary.getparent()
    if next((child for child in details if child.tag == "summary"), None) is not summary:
        return None  # only the first summary controls the details element
    if ctx.role(summary) is not None or ctx.is_hidden(summary):
        return None
    if ctx.accessible_name(summary):
        return None
    return Fail("empty")

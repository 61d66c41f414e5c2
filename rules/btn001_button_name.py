"""Buttons must have a non-empty accessible name.

## What it checks
`<button>`, `<input type="button|submit|reset">` and `role="button"` elements exposed to assistive
technology whose accessible name is empty. (`<input type="image">` is checked by `input-image-alt`.)

## Why it matters
A screen reader announces an unnamed button as just "button": users cannot tell whether it submits a
form, closes a dialog or changes the text size.

## How to fix
Put text in the button, set `value` on an input button, or add `aria-label` to an icon button.

## Failing example
```html
<button type="button"><span class="icon-close"></span></button>
```

```html
<input type="button">
```

## Passing example
```html
<button type="button" aria-label="Close"><span class="icon-close"></span></button>
```

```html
<input type="submit">
<button type="button">A+ Larger text</button>
```

## Compared with axe-core
a11ylint reads style sheets only when they are local files; a button that an external style sheet hides (a
closed dialog's close button) is still reported, where axe-core, running in a browser with the sheet, skips
it.

## References
- WCAG SC 4.1.2 Name, Role, Value: https://www.w3.org/WAI/WCAG22/Understanding/name-role-value.html
- ACT rule 97a4e1, Button has non-empty accessible name:
  https://www.w3.org/WAI/standards-guidelines/act/rules/97a4e1/
- WCAG techniques H91 (HTML form controls), ARIA14, ARIA16; failure F68 (control without a name):
  https://www.w3.org/WAI/WCAG22/Techniques/failures/F68
"""

from a11ylint.rule import Fail, Text, rule


@rule(
    code="BTN001",
    name="button-name",
    title=Text("Buttons must have a non-empty accessible name", "按钮必须有非空的可访问名称"),
    messages={"empty": Text("Button has no accessible name; give it text, a value or aria-label",
                            "按钮没有可访问名称；请提供按钮文字、value 或 aria-label")},
    selector="button, input, [role]",
    wcag=("4.1.2",),
    level="A",
    act=("97a4e1",),
    standards=("EN-301-549:9.4.1.2", "Section-508:E205.4"),
    tags=("cat.name-role-value",),
    severity="error",
    impact="critical",
    fix=Text("Give the button text or a value, or an aria-label if it shows only an icon",
             "为按钮添加文字或 value；纯图标按钮添加 aria-label"),
)
def check(element, ctx):
    if ctx.role(element) != "button" or ctx.is_hidden(element):
        return None
    if element.tag == "input" and (element.get("type") or "").strip().lower() == "image":
        return None
    if ctx.accessible_name(element):
        return None
    return Fail("empty")

"""Menu items must have a non-empty accessible name.

## What it checks
Elements with role `menuitem` that are in the accessibility tree need an accessible name, from their
text, `aria-label`, `aria-labelledby` or `title`. An icon with `alt=""` inside does not name the item.

## Why it matters
Screen readers announce menu items by name as users arrow through a menu. An unnamed item is read as
"menu item", so users cannot tell "Print" from "Delete".

## How to fix
Give the item text, or an `aria-label` when it shows only an icon.

## Failing example
```html
<div role="menu"><button role="menuitem"><img src="print.svg" alt=""></button></div>
```

## Passing example
```html
<div role="menu"><button role="menuitem"><img src="print.svg" alt="">Print</button></div>
```

```html
<div role="menu"><button role="menuitem" aria-label="Print"><img src="print.svg" alt=""></button></div>
```

## References
- WCAG SC 4.1.2 Name, Role, Value: https://www.w3.org/WAI/WCAG22/Understanding/name-role-value.html
- ACT rule m6b1q3, Menuitem has non-empty accessible name:
  https://www.w3.org/WAI/standards-guidelines/act/rules/m6b1q3/
- WCAG technique ARIA14 and failure F68 (control without a name): https://www.w3.org/WAI/WCAG22/Techniques/failures/F68
"""

from a11ylint.rule import Fail, Text, rule


@rule(
    code="BTN003",
    name="menuitem-name",
    title=Text("Menu items must have a non-empty accessible name", "菜单项必须有非空的可访问名称"),
    messages={"empty": Text("Menu item has no accessible name; give it text or aria-label",
                            "菜单项没有可访问名称；请添加文字或 aria-label")},
    selector="[role]",
    wcag=("4.1.2",),
    level="A",
    act=("m6b1q3",),
    standards=("EN-301-549:9.4.1.2", "Section-508:E205.4"),
    tags=("cat.name-role-value",),
    severity="error",
    impact="serious",
    fix=Text("Give each menu item text, or an aria-label if it shows only an icon",
             "为每个菜单项添加文字；仅显示图标的菜单项添加 aria-label"),
)
def check(element, ctx):
    if ctx.role(element) != "menuitem" or ctx.is_hidden(element):
        return None
    return None if ctx.accessible_name(element) else Fail("empty")

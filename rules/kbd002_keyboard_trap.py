"""Focus must not be forced back onto an element when the user leaves it.

## What it checks
Focusable elements whose `onblur` or `onfocusout` handler unconditionally calls `this.focus()`, directly
or through `setTimeout`: whenever the user presses Tab to leave, the script puts focus straight back, so
keyboard users cannot get past the element. Handlers that refocus only under a condition (`if (!valid)
this.focus()`), or that move focus elsewhere, are left to a person (`keyboard-trap-review`).

## Why it matters
A keyboard trap stops keyboard and screen reader users dead: they cannot reach the rest of the page, and
often cannot even reach the browser's address bar. It is one of the few failures that block a whole page.

## How to fix
Remove the refocusing handler. To insist on a valid value, show an error message next to the field and
let focus move on (see WCAG 3.3.1 and 3.3.3).

## Failing example
```html
<a href="#">Link 1</a>
<button onblur="setTimeout(() => this.focus(), 10)">Button 1</button>
<a href="#">Link 2</a>
```

```html
<input type="text" name="code" onblur="this.focus();">
```

## Passing example
```html
<input type="text" name="code" onblur="validate(this)">
```

## References
- WCAG SC 2.1.2 No Keyboard Trap: https://www.w3.org/WAI/WCAG22/Understanding/no-keyboard-trap.html
- ACT rule 80af7b, Focusable element has no keyboard trap:
  https://www.w3.org/WAI/standards-guidelines/act/rules/80af7b/
- WCAG technique G21 (users are not trapped in content): https://www.w3.org/WAI/WCAG22/Techniques/general/G21
"""

from a11ylint.focus import is_focusable
from a11ylint.rule import Fail, Text, rule
from a11ylint.scripts import CONDITIONAL, REFOCUS_SELF, handler


@rule(
    code="KBD002",
    name="keyboard-trap",
    title=Text("Focus must not be forced back onto an element when the user leaves it", "用户离开元素时不得强制将焦点移回"),
    messages={"refocus": Text('{attribute}="{code}" puts focus back on this element whenever the user leaves it, '
                              "trapping keyboard users; remove the handler",
                              '{attribute}="{code}" 在用户离开时把焦点移回该元素，使键盘用户被困住；请删除该处理程序')},
    selector="[onblur], [onfocusout]",
    wcag=("2.1.2",),
    level="A",
    act=("80af7b",),
    standards=("EN-301-549:9.2.1.2", "Section-508:E205.4"),
    tags=("cat.keyboard", "keyboard"),
    severity="error",
    impact="critical",
    fix=Text("Remove the handler that forces focus back, and show an error message next to the field instead",
             "删除强制移回焦点的事件处理程序，改为在字段旁显示错误提示"),
)
def check(element, ctx):
    found = handler(element)
    if found is None or not is_focusable(element) or ctx.is_invisible(element):
        return None
    attribute, code = found
    if REFOCUS_SELF.search(code) and not CONDITIONAL.search(code):
        return Fail("refocus", attribute=attribute, code=code[:60])
    return None

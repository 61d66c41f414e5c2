"""Keyboard focus must be able to leave every element (cases a person must test).

## What it checks
Lists the scripts that can hold keyboard focus, for a person to test with the Tab and Shift+Tab keys:
focusable elements with an `onblur` or `onfocusout` handler that mentions focus or calls a function
(handlers that only reset a value, such as a search box's placeholder, are skipped), elements with an
`onkeydown` handler that moves focus or cancels keys, and inline scripts that listen for `blur`, `focusout` or `keydown` and call
`.focus()`. Handlers that unconditionally refocus their own element are failed by `keyboard-trap`.

## Why it matters
Custom widgets, modal dialogs, embedded players and validation scripts can hold focus: the user tabs and
focus comes back, or moves in a circle. If no key combination is given to escape, keyboard users are stuck.

## How to fix
Let Tab and Shift+Tab move out of every component. If a component needs other keys to leave it (a
modal dialog closed by Escape), say so in visible instructions before it.

## Failing example
```html
<a href="#">Link 1</a>
<button onblur="moveFocusTo('btn2')" id="btn1">Button 1</button>
<button onblur="moveFocusTo('btn1')" id="btn2">Button 2</button>
<a href="#">Link 2</a>
```

## Passing example
```html
<a href="#">Link 1</a> <button>Button 1</button> <button onclick="save()">Save</button>
```

## References
- WCAG SC 2.1.2 No Keyboard Trap: https://www.w3.org/WAI/WCAG22/Understanding/no-keyboard-trap.html
- ACT rule 80af7b, Focusable element has no keyboard trap:
  https://www.w3.org/WAI/standards-guidelines/act/rules/80af7b/
- ACT rule ebe86a, Focusable element has no keyboard trap via non-standard navigation:
  https://www.w3.org/WAI/standards-guidelines/act/rules/ebe86a/
- WCAG technique G21 (users are not trapped in content): https://www.w3.org/WAI/WCAG22/Techniques/general/G21
"""

import re

from a11ylint.focus import is_focusable
from a11ylint.rule import Review, Text, rule
from a11ylint.scripts import CONDITIONAL, REFOCUS_SELF, handler

_KEY_TRAP = re.compile(r"\.focus\s*\(|preventDefault|returnValue\s*=\s*false|return\s+false|keyCode\s*={2,3}\s*9\b|"
                       r"key\s*={2,3}\s*['\"]Tab['\"]", re.IGNORECASE)
_CALL = re.compile(r"([A-Za-z_$][\w$.]*)\s*\(")
_SAFE_CALLS = frozenset(("if", "while", "for", "switch", "function", "return", "typeof", "trim", "replace", "tolowercase",
                         "touppercase", "test", "indexof", "match", "string", "number", "parseint", "parsefloat",
                         "substring", "substr", "slice", "split", "join", "isnan", "escape", "encodeuricomponent",
                         "onmouseout", "onmouseover", "mm_swapimgrestore", "mm_swapimage"))


def may_move_focus(code: str) -> bool:
    """True when a blur handler mentions focus or calls a function that could; plain assignments such as
    ``if(this.value=='')this.value='Search'`` (restoring a placeholder) cannot."""
    if "focus" in code.lower():
        return True
    return any(call.rsplit(".", 1)[-1].lower() not in _SAFE_CALLS for call in _CALL.findall(code))


_SCRIPT_TRAP = re.compile(r"""addEventListener\s*\(\s*['"](?:blur|focusout|keydown)['"]|\.on(?:blur|focusout)\s*=""")


@rule(
    code="KBD003",
    name="keyboard-trap-review",
    title=Text("Keyboard focus must be able to leave every element", "键盘焦点必须能离开每个元素"),
    messages={
        "blur": Text('{attribute}="{code}" may move focus when the user leaves this element; press Tab and Shift+Tab '
                     "here and check that focus can move on, or that instructions say how to leave",
                     '{attribute}="{code}" 可能在用户离开该元素时移动焦点；请在此处按 Tab 和 Shift+Tab，确认焦点能继续移动，'
                     "或有说明告知如何离开"),
        "key": Text('onkeydown="{code}" handles keys on this element; press Tab and Shift+Tab here and check that '
                    "focus can leave it",
                    'onkeydown="{code}" 在该元素上处理按键；请在此处按 Tab 和 Shift+Tab，确认焦点可以离开'),
        "script": Text("This script moves focus in response to blur or key events; tab through the page, forwards and "
                       "backwards, and check that focus is never trapped",
                       "该脚本会在失去焦点或按键时移动焦点；请前后按 Tab 遍历页面，确认焦点不会被困住"),
    },
    selector="[onblur], [onfocusout], [onkeydown], script",
    wcag=("2.1.2",),
    level="A",
    act=("80af7b", "ebe86a"),
    standards=("EN-301-549:9.2.1.2", "Section-508:E205.4"),
    tags=("cat.keyboard", "keyboard", "manual-review"),
    severity="warning",
    impact="critical",
    fix=Text("Let Tab and Shift+Tab move focus out of every component, or explain any other way out in visible "
             "instructions",
             "确保用 Tab 和 Shift+Tab 能将焦点移出每个组件；如需用其他按键离开，用可见的说明告知用户"),
)
def check(element, ctx):
    if element.tag == "script":
        code = element.text or ""
        if _SCRIPT_TRAP.search(code) and ".focus(" in code:
            return Review("script")
        return None
    if ctx.is_invisible(element):
        return None
    found = handler(element)
    if found is not None:
        attribute, code = found
        if REFOCUS_SELF.search(code) and not CONDITIONAL.search(code) and is_focusable(element):
            return None  # keyboard-trap fails it
        if may_move_focus(code) and (attribute == "onfocusout" or is_focusable(element)):
            return Review("blur", attribute=attribute, code=code[:60])
        return None
    code = " ".join((element.get("onkeydown") or "").split())
    if code and _KEY_TRAP.search(code) and (is_focusable(element) or element.tag in ("body", "html")):
        return Review("key", code=code[:60])
    return None

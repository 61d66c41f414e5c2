"""Single-key shortcuts must be possible to turn off, remap, or limit to focus.

## What it checks
Finds page scripts that listen for key presses outside form fields: `onkeydown`, `onkeypress` or
`onkeyup` on the page or on elements that are not form fields, inline scripts that attach `keydown`,
`keypress` or `keyup` listeners (`addEventListener`, `document.onkeydown`, jQuery `.keydown()`), and
scripts or handlers that register "shortcuts" or "hotkeys". The page is listed once, at the first such
script, for a person to check whether pressing a single letter, number or punctuation key (without Ctrl,
Alt or Cmd) triggers an action. Key handlers on form fields only act while the field has focus, which
WCAG allows, and handlers that only react to Enter (ASP.NET's default button) are not printable-key
shortcuts; neither is listed. `accesskey` is not concerned: it needs a modifier key.

## Why it matters
Speech-input users dictate words that the browser turns into key presses: saying "search" can type an
"s" that jumps to another page. Keyboard users with tremors hit keys by accident.

## How to fix
Use shortcuts with a modifier (Ctrl+K), or provide a setting to turn single-key shortcuts off or remap
them, or make them work only while the related component has focus.

## Failing example
```html
<script>
  document.addEventListener("keydown", function (event) {
    if (event.key === "s") { document.getElementById("search").focus(); }
  });
</script>
```

## Passing example
```html
<input type="search" onkeydown="if (event.keyCode == 13) doSearch()">
```

```html
<a href="/" accesskey="h">Home</a>
```

## References
- WCAG SC 2.1.4 Character Key Shortcuts: https://www.w3.org/WAI/WCAG22/Understanding/character-key-shortcuts.html
- ACT rule ffbc54, No keyboard shortcut uses only printable characters:
  https://www.w3.org/WAI/standards-guidelines/act/rules/ffbc54/
- WCAG failure F99 (single character shortcuts that cannot be turned off or remapped):
  https://www.w3.org/WAI/WCAG22/Techniques/failures/F99
"""

import re

from a11ylint.rule import Review, Text, rule

KEY_HANDLERS = ("onkeydown", "onkeypress", "onkeyup")
_FIELDS = frozenset(("input", "textarea", "select"))
_SCRIPT_KEYS = re.compile(
    r"""addEventListener\s*\(\s*['"]key(?:down|press|up)['"]|\bon(?:keydown|keypress|keyup)\s*=|"""
    r"""\.(?:keydown|keypress|keyup)\s*\(|\.on\s*\(\s*['"]key(?:down|press|up)|\bshortcut|\bhot-?key""",
    re.IGNORECASE,
)


_ENTER_ONLY = re.compile(r"WebForm_FireDefaultButton|(?:keyCode|which|charCode)\s*={2,3}\s*13\b|"
                         r"key\s*={2,3}\s*['\"]Enter['\"]", re.IGNORECASE)


def _snippet(code: str, match) -> str:
    """The source line holding the match, trimmed to about 70 characters around it."""
    line_start = code.rfind("\n", 0, match.start()) + 1
    line_end = code.find("\n", match.end())
    line = code[line_start:line_end if line_end >= 0 else len(code)]
    offset = match.start() - line_start
    if offset > 40:
        line = line[offset - 20:]
    return " ".join(line.split())[:70]


@rule(
    code="KBD004",
    name="character-key-shortcuts",
    title=Text("Single-key shortcuts must be possible to turn off, remap, or limit to focus",
               "单字符快捷键必须可以关闭、重新映射或仅在获得焦点时生效"),
    messages={"keys": Text('The page listens for key presses ("{code}"); check whether a single letter, number or '
                           "punctuation key (without Ctrl or Alt) triggers an action, and if so that it can be turned "
                           "off or remapped, or only works while its component has focus",
                           "页面会监听按键（“{code}”）；请检查是否有单个字母、数字或标点键（不带 Ctrl 或 Alt）会触发操作，"
                           "如有，须可关闭或重新映射，或仅在相关组件获得焦点时生效")},
    selector=":root",
    wcag=("2.1.4",),
    level="A",
    act=("ffbc54",),
    standards=("EN-301-549:9.2.1.4",),
    tags=("cat.keyboard", "keyboard", "manual-review"),
    severity="warning",
    impact="serious",
    fix=Text("Add a modifier key to single-key shortcuts, let users turn them off or remap them, or make them work "
             "only on focus",
             "为单字符快捷键加上 Ctrl 等修饰键，允许用户关闭或重新映射，或仅在相关组件获得焦点时生效"),
)
def check(root, ctx):
    for element in ctx.select("[onkeydown], [onkeypress], [onkeyup]"):
        if element.tag in _FIELDS or element.get("contenteditable") is not None:
            continue
        attribute = next(name for name in KEY_HANDLERS if element.get(name) is not None)
        if _ENTER_ONLY.search(element.get(attribute)):
            continue  # submitting with Enter: not a printable character
        return Review("keys", element=element, code=f'{attribute}="{" ".join(element.get(attribute).split())[:50]}"')
    for element in ctx.select("script, [onload]"):
        code = element.text if element.tag == "script" else element.get("onload")
        match = _SCRIPT_KEYS.search(code or "")
        if match:
            return Review("keys", element=element, code=_snippet(code, match))
    return None

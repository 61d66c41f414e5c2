"""Keyboard focus must stay visible when a style sheet removes the focus outline.

## What it checks
Links, buttons, form fields, `<summary>` and other elements in the Tab order whose focus outline a style
sheet takes away: `outline: none`, `outline: 0`, `outline-style: none`, `outline-width: 0` or a
transparent outline in a `:focus` or `:focus-visible` rule (`a:focus`, `*:focus`, `.btn:focus`...), or in
a plain rule that outranks the focus rules. A later, more specific focus rule that restores an outline
passes. When the outline is removed and no focus rule, `:focus-within` rule on an ancestor, or focus event
handler offers anything else (a border, background, box shadow, underline...), it fails. When something
else may show focus, a person must check that it is visible, so it is reported for review, as it is when
a style sheet could not be read or an inline script handles focus. Each removing rule is reported once,
on the first element it affects, with the number of elements.

## Why it matters
Keyboard users (people who cannot use a mouse, many screen reader and switch users) need to see where
focus is. `outline: none` without a replacement is one of the most common failures on government sites:
the page becomes unusable without a mouse.

## How to fix
Delete the `outline: none`, or replace it with a clear indicator on `:focus-visible`, such as
`outline: 3px solid #1d70b8; outline-offset: 2px`.

## Failing example
```html
<style>a:focus { outline: none; }</style>
<a href="/services">Services</a>
```

```html
<style>*:focus { outline: 0 }</style>
<button>提交</button>
```

## Passing example
```html
<style>a:focus-visible { outline: 3px solid #1d70b8; }</style>
<a href="/services">Services</a>
```

```html
<style>a:focus { outline: none; } a:focus-visible { outline: 2px solid; }</style>
<a href="/services">Services</a>
```

## References
- WCAG SC 2.4.7 Focus Visible: https://www.w3.org/WAI/WCAG22/Understanding/focus-visible.html
- ACT rule oj04fd, Element in sequential focus order has visible focus:
  https://www.w3.org/WAI/standards-guidelines/act/rules/oj04fd/
- WCAG failure F78 (styling outlines so that focus is not visible):
  https://www.w3.org/WAI/WCAG22/Techniques/failures/F78
- WCAG technique C15 (using CSS to change the presentation on focus):
  https://www.w3.org/WAI/WCAG22/Techniques/css/C15
"""

from a11ylint.css import UNKNOWN, parse_color, specificity
from a11ylint.focus import in_tab_order
from a11ylint.rule import Fail, Review, Text, rule
from a11ylint.textstyle import declared_properties


FOCUSABLE = "a[href], area[href], button, input, select, textarea, summary, iframe, [tabindex], [contenteditable]"
_OUTLINE = frozenset(("outline-style", "outline-width", "outline-color"))
# Properties that never show focus on their own.
_NEUTRAL = frozenset(("outline-style", "outline-width", "outline-color", "outline-offset", "cursor", "transition",
                      "transition-property", "transition-duration", "transition-timing-function",
                      "transition-delay", "z-index", "-webkit-tap-highlight-color", "pointer-events",
                      "user-select", "-webkit-user-select", "-moz-outline-style", "-moz-outline", "appearance",
                      "-webkit-appearance", "-moz-appearance", "will-change"))
_HANDLERS = ("onfocus", "onblur", "onfocusin", "onfocusout")


def _outline_effect(declarations):
    """"remove", "show" or None (no decisive outline declaration) for a rule's declarations."""
    style = width = color = None
    for declaration in declarations:
        if declaration.property == "outline-style":
            style = declaration.text.strip().lower()
        elif declaration.property == "outline-width":
            width = declaration.text.strip().lower()
        elif declaration.property == "outline-color":
            color = declaration.text.strip().lower()
    if style is None and width is None and color is None:
        return None
    if style in ("none", "hidden", "initial", "unset"):  # the initial outline-style is none
        return "remove"
    if width is not None and width in ("0", "0px", "0em", "0rem"):
        return "remove"
    if color is not None:
        parsed = parse_color(color)
        if isinstance(parsed, tuple) and parsed[3] == 0:
            return "remove"
    if style is not None:
        return "show"
    return None


def _important(declarations) -> bool:
    return any(item.important for item in declarations if item.property in _OUTLINE)


def _static_removal(element, ctx):
    """The author declaration outside focus rules that removes the outline, as (key, label), or None."""
    styles = ctx.styles
    for prop in ("outline-style", "outline-width", "outline-color"):
        cascaded = styles.cascaded(element, prop)
        if cascaded is None or cascaded is UNKNOWN or cascaded.origin == "user-agent":
            continue
        if _outline_effect([cascaded.declaration]) == "remove":
            inline = cascaded.origin == "style-attribute"
            spec = (9, 9, 9) if inline else specificity(cascaded.selector or "*")
            return (cascaded.important, inline, spec), cascaded.selector or "a style attribute"
    return None


def _indicators(rules) -> bool:
    for matched in rules:
        for declaration in matched.declarations:
            if declaration.property in _NEUTRAL:
                continue
            if declaration.property == "content" and matched.pseudo_element is None:
                continue
            return True
    return False


def _focus_within_indicator(element, ctx) -> bool:
    memo = ctx.memo("FOC001-within")
    node = element.getparent()
    while node is not None and isinstance(node.tag, str):
        known = memo.get(node)
        if known is None:
            rules = [item for item in ctx.styles.focus_rules(node) if "focus-within" in item.pseudo_classes]
            known = memo[node] = _indicators(rules)
        if known:
            return True
        node = node.getparent()
    return False


def _script_handles_focus(ctx) -> bool:
    cache = ctx.memo("FOC001-script")
    if "value" not in cache:
        cache["value"] = any("focus" in "".join(script.itertext()).lower() for script in ctx.select("script"))
    return cache["value"]


def _page_declares_outline(ctx) -> bool:
    """False when neither a style sheet nor a ``style`` attribute of the page declares an outline property
    (the user-agent style sheet sets none): then no outline is removed, and no element needs asking. Most
    pages are like that."""
    declared = declared_properties(ctx)
    return any(declared[prop] for prop in _OUTLINE)


def _analyse(element, ctx):
    """None (the outline stays), or (outcome, key, label) for an element whose outline is removed."""
    rules = [item for item in ctx.styles.focus_rules(element)
             if item.pseudo_element is None and item.pseudo_classes <= {"focus", "focus-visible"}]
    decisive = None
    certain = True
    for matched in rules:  # in cascade order: the last decisive one wins among focus rules
        effect = _outline_effect(matched.declarations)
        if effect is not None:
            decisive = (matched, effect)
    static = _static_removal(element, ctx)
    if decisive is not None:
        matched, effect = decisive
        rank = (_important(matched.declarations), False, matched.specificity)
        if static is not None and static[0] > rank:
            effect, label = "remove", static[1]
        elif static is not None and static[0] == rank:
            effect, label, certain = "remove", static[1], False
        else:
            label = matched.selector
            certain = certain and matched.certain
        if effect != "remove":
            return None
    elif static is not None:
        label = static[1]
    else:
        return None
    all_rules = ctx.styles.focus_rules(element)
    if _indicators(all_rules) or _focus_within_indicator(element, ctx):
        return "review", label
    node = element
    while node is not None and isinstance(node.tag, str):
        if any(node.get(name) is not None for name in _HANDLERS):
            return "review", label
        node = node.getparent()
    if not certain or ctx.styles.unknown_sources or _script_handles_focus(ctx):
        return "review", label
    return "fail", label


@rule(
    code="FOC001",
    name="focus-outline-removed",
    title=Text("Keyboard focus must stay visible when the focus outline is removed",
               "移除焦点轮廓后，键盘焦点必须仍然可见"),
    messages={
        "removed": Text("{selector} removes the focus outline of {count} element(s) and no other focus style "
                        "replaces it; keep a visible focus indicator",
                        "{selector} 移除了 {count} 个元素的焦点轮廓，且没有其他焦点样式替代；请保留可见的焦点指示"),
        "check": Text("{selector} removes the focus outline of {count} element(s); check that another focus "
                      "indicator (border, background, underline...) is clearly visible",
                      "{selector} 移除了 {count} 个元素的焦点轮廓；请确认有其他清晰可见的焦点指示（边框、背景、下划线等）"),
    },
    selector=":root",
    wcag=("2.4.7",),
    level="AA",
    act=("oj04fd",),
    standards=("EN-301-549:9.2.4.7", "Section-508:E205.4"),
    tags=("cat.keyboard", "keyboard", "focus", "css"),
    severity="error",
    impact="serious",
    fix=Text("Keep the focus outline, or replace outline: none with a clearly visible :focus-visible style",
             "保留焦点轮廓，或在 :focus-visible 中用清晰可见的焦点样式代替 outline: none"),
)
def check(root, ctx):
    if not _page_declares_outline(ctx):
        return
    groups: dict = {}
    for element in ctx.select(FOCUSABLE):
        if not isinstance(element.tag, str) or not in_tab_order(element) or ctx.is_invisible(element):
            continue
        found = _analyse(element, ctx)
        if found is None:
            continue
        outcome, label = found
        group = groups.setdefault(label, {"count": 0, "fail": None, "first": element})
        group["count"] += 1
        if outcome == "fail" and group["fail"] is None:
            group["fail"] = element
    for label, group in groups.items():
        if group["fail"] is not None:
            yield Fail("removed", element=group["fail"], selector=label, count=group["count"])
        else:
            yield Review("check", element=group["first"], selector=label, count=group["count"])

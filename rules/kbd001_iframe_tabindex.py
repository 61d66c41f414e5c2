"""Frames with interactive content must not be taken out of the Tab order.

## What it checks
An `<iframe tabindex="-1">` whose document has links, buttons or form fields that keyboard users would
reach with Tab. A negative `tabindex` on an iframe removes everything inside it from sequential focus
navigation. The frame's document is read from `srcdoc`; for a frame loaded from `src` the content
cannot be seen statically, so the frame is reported for review. Frames that are hidden, inert or 1×1
pixel trackers are not checked.

## Why it matters
Keyboard users, and switch and voice-control users who depend on the focus order, cannot reach the map,
form or player inside the frame at all.

## How to fix
Remove `tabindex="-1"` from the iframe. To hide a decorative frame, hide it completely (`hidden`,
`aria-hidden="true"` together with `inert`).

## Failing example
```html
<iframe tabindex="-1" title="Appointment form" srcdoc="<a href='/book'>Book a visit</a>"></iframe>
```

## Passing example
```html
<iframe title="Appointment form" srcdoc="<a href='/book'>Book a visit</a>"></iframe>
```

```html
<iframe tabindex="-1" title="Banner" srcdoc="<h1>Welcome</h1>"></iframe>
<iframe tabindex="-1" width="1" height="1" src="https://stats.example.gov/pixel.html"></iframe>
```

## References
- WCAG SC 2.1.1 Keyboard: https://www.w3.org/WAI/WCAG22/Understanding/keyboard.html
- ACT rule akn7bn, Iframe with interactive elements is not excluded from tab-order:
  https://www.w3.org/WAI/standards-guidelines/act/rules/akn7bn/
- WCAG technique G202 (keyboard control for all functionality): https://www.w3.org/WAI/WCAG22/Techniques/general/G202
"""

from a11ylint.dom import digits_value
from a11ylint.focus import in_tab_order, tabindex
from a11ylint.hidden import Visibility
from a11ylint.parse import parse_html
from a11ylint.rule import Fail, Review, Text, rule


def _pixels(value: str | None) -> int | None:
    digits = "".join(char for char in (value or "").strip().split(".")[0] if "0" <= char <= "9")
    return digits_value(digits) if digits else None


def _has_tab_stops(html: str) -> bool:
    document = parse_html(html)
    visibility = Visibility()
    return any(isinstance(element.tag, str) and in_tab_order(element) and not visibility.is_invisible(element)
               for element in document.root.iter())


@rule(
    code="KBD001",
    name="iframe-tabindex",
    title=Text("Frames with interactive content must not be taken out of the Tab order",
               "含可交互内容的框架不得被移出 Tab 键顺序"),
    messages={
        "excluded": Text('<iframe tabindex="{tabindex}"> hides the links and controls inside it from the Tab key; '
                         "remove the negative tabindex",
                         '<iframe tabindex="{tabindex}"> 使其中的链接和控件无法用 Tab 键访问；请删除负值 tabindex'),
        "unknown": Text('<iframe tabindex="{tabindex}"> removes its document from the Tab order; check that '
                        "{src} has no links or controls, or remove the negative tabindex",
                        '<iframe tabindex="{tabindex}"> 将其文档移出 Tab 键顺序；请确认 {src} 中没有链接或控件，'
                        "或删除负值 tabindex"),
    },
    selector="iframe[tabindex]",
    wcag=("2.1.1",),
    level="A",
    act=("akn7bn",),
    standards=("EN-301-549:9.2.1.1", "Section-508:E205.4"),
    tags=("keyboard",),
    severity="error",
    impact="serious",
    fix=Text("Remove the negative tabindex from the iframe so that keyboard users can reach its content",
             "删除 iframe 上的负值 tabindex，使键盘用户能访问其中的内容"),
)
def check(frame, ctx):
    index = tabindex(frame)
    if index is None or index >= 0 or frame.get("inert") is not None or ctx.is_invisible(frame):
        return None
    width, height = _pixels(frame.get("width")), _pixels(frame.get("height"))
    if (width is not None and width <= 1) or (height is not None and height <= 1):
        return None
    srcdoc = frame.get("srcdoc")
    if srcdoc is not None:
        return Fail("excluded", tabindex=frame.get("tabindex")) if _has_tab_stops(srcdoc) else None
    src = (frame.get("src") or "").strip()
    if not src or src == "about:blank":
        return None
    return Review("unknown", tabindex=frame.get("tabindex"), src=src)

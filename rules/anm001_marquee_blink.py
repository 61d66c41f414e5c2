"""Moving or blinking text must be avoidable.

## What it checks
`<marquee>` and `<blink>` elements, which scroll or flash text with no way for users to pause, stop or
hide it. (They are also obsolete HTML, reported by `obsolete-element`.) Scrolling news tickers built from
`<marquee>` are still common on Chinese government home pages.

## Why it matters
Moving text cannot be read by people who read slowly or use magnifiers, and it distracts people with
attention disorders from the rest of the page. WCAG 2.2.2 requires a way to pause, stop or hide any
movement that lasts more than five seconds.

## How to fix
Show the items as a static list. If they must move, use CSS or script animation with a visible pause
button, and stop when the user hovers or focuses the ticker.

## Failing example
```html
<marquee>Notice: the service hall closes at 17:00 today</marquee>
```

## Passing example
```html
<ul class="notices"><li>Notice: the service hall closes at 17:00 today</li></ul>
```

## References
- WCAG SC 2.2.2 Pause, Stop, Hide: https://www.w3.org/WAI/WCAG22/Understanding/pause-stop-hide.html
- WCAG failure F16 (scrolling content without a way to pause): https://www.w3.org/WAI/WCAG22/Techniques/failures/F16
- WCAG failure F47 (blink): https://www.w3.org/WAI/WCAG22/Techniques/failures/F47
"""

from a11ylint.rule import Fail, Text, rule


@rule(
    code="ANM001",
    name="marquee-blink",
    title=Text("Moving or blinking text must be avoidable", "滚动或闪烁的文字必须可以暂停"),
    messages={"moving": Text("<{tag}> moves text that users cannot pause, stop or hide; use a static list or add a "
                             "pause control",
                             "<{tag}> 使文字移动且用户无法暂停、停止或隐藏；请改为静态列表或提供暂停控件")},
    selector="marquee, blink",
    wcag=("2.2.2",),
    level="A",
    standards=("EN-301-549:9.2.2.2", "Section-508:E205.4"),
    tags=("cat.time-and-media",),
    severity="error",
    impact="serious",
    fix=Text("Replace moving or blinking text with static content, or give it a visible pause button",
             "将滚动或闪烁的文字改为静态内容，或为其提供可见的暂停按钮"),
)
def check(element, ctx):
    if ctx.is_invisible(element):
        return None
    return Fail("moving", tag=element.tag)

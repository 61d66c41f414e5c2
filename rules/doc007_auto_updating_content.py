"""Content that moves or updates on its own must be possible to pause, stop or hide.

## What it checks
Finds the scripts that commonly make content change by itself: inline scripts and event handlers that use
`setInterval`, page `onload` handlers that start something (`startUpdates()`, `autoScroll()`,
`initSlider()`), carousel and ticker libraries (`swiper`, `slick`, `owl.carousel`, `flexslider`,
`SuperSlide`, `jquery.marquee`…, by file name or by class name such as `swiper-container` or `carousel`).
The page is listed once, at the first such script, for a person to load it and check that every text that
updates, scrolls, slides or rotates automatically for more than 5 seconds has a visible pause, stop or
hide control. `<marquee>` and `<blink>` are failed by `marquee-blink`, delayed refreshes by
`meta-refresh`.

## Why it matters
Rotating banners, scrolling news lists and live counters pull the attention of people with attention
disorders away from the rest of the page, move before slow readers finish, and make screen readers
re-read or lose their place.

## How to fix
Do not start movement automatically, or add a visible "Pause" button that also stops the movement on
keyboard focus, and stop after 5 seconds where possible.

## Failing example
```html
<p>Visitors today: <span id="count">0</span></p>
<script>setInterval(function () { document.getElementById("count").textContent = next(); }, 1000);</script>
```

```html
<body onload="startUpdates()"><p>Random number: <span id="target">1</span></p></body>
```

## Passing example
```html
<p>The service hall is open from 9:00 to 17:00.</p>
<script>document.getElementById("year").textContent = new Date().getFullYear();</script>
```

## References
- WCAG SC 2.2.2 Pause, Stop, Hide: https://www.w3.org/WAI/WCAG22/Understanding/pause-stop-hide.html
- ACT rule efbfc7, Text content that changes automatically can be paused, stopped or hidden:
  https://www.w3.org/WAI/standards-guidelines/act/rules/efbfc7/
- WCAG technique G4 (allowing the content to be paused and restarted from where it was paused):
  https://www.w3.org/WAI/WCAG22/Techniques/general/G4
- WCAG failure F16 (scrolling content without a way to pause it):
  https://www.w3.org/WAI/WCAG22/Techniques/failures/F16
"""

import re

from a11ylint.rule import Review, Text, rule

_INTERVAL = re.compile(r"\bsetInterval\s*\(")
_STARTER = re.compile(r"\b\w*(?:start|auto|update|refresh|scroll|roll|rotat|slide|slider|marquee|ticker|carousel|"
                      r"timer|clock|countdown|animate|play)\w*\s*\(", re.IGNORECASE)
_LIBRARY = re.compile(r"swiper|slick|owl\.?carousel|carousel|flexslider|bxslider|jquery\.cycle|superslide|marquee|"
                      r"ticker|rotator|unslider|jcarousel|lunbo|gundong|scrollnews|newsscroll|kinmaxshow|myfocus|"
                      r"slider|slideshow", re.IGNORECASE)
_CLASS = re.compile(r"^(?:swiper(?:-container|-wrapper)?|slick-slider|carousel|owl-carousel|flexslider|bxslider|"
                    r"marquee|ticker|news-?ticker|slideshow|slider)$", re.IGNORECASE)


def _first_trigger(ctx):
    """(element, description) of the first script that may change content on its own, or None."""
    for element in ctx.select("script"):
        source = (element.get("src") or "").strip()
        if source:
            name = source.rsplit("/", 1)[-1].split("?", 1)[0]
            if _LIBRARY.search(name):
                return element, f'script "{name[:50]}"'
        elif _INTERVAL.search(element.text or ""):
            return element, "setInterval in an inline script"
    for element in ctx.select("[onload]"):
        code = element.get("onload") or ""
        if _INTERVAL.search(code):
            return element, "setInterval in an onload handler"
        match = _STARTER.search(code)
        if match:
            return element, f'onload="{" ".join(code.split())[:50]}"'
    for element in ctx.select("[class]"):
        token = next((token for token in (element.get("class") or "").split() if _CLASS.match(token)), None)
        if token and not ctx.is_invisible(element):
            return element, f'class="{token}"'
    return None


@rule(
    code="DOC007",
    name="auto-updating-content",
    title=Text("Content that moves or updates on its own must be possible to pause, stop or hide",
               "自动移动或更新的内容必须可以暂停、停止或隐藏"),
    messages={"script": Text("The page runs scripts that may move or update content automatically ({trigger}); load it "
                             "and check that every text that updates, scrolls or rotates on its own for more than 5 "
                             "seconds (tickers, carousels, counters) has a visible pause, stop or hide control",
                             "页面运行可能自动移动或更新内容的脚本（{trigger}）；请加载页面，确认所有自动更新、滚动或轮播"
                             "超过 5 秒的文字（滚动新闻、轮播图、计数器）都有可见的暂停、停止或隐藏控件")},
    selector=":root",
    wcag=("2.2.2",),
    level="A",
    act=("efbfc7",),
    standards=("EN-301-549:9.2.2.2", "Section-508:E205.4"),
    tags=("cat.time-and-media", "manual-review"),
    severity="warning",
    impact="serious",
    fix=Text("Give content that moves or updates on its own a visible pause, stop or hide control, or do not start it "
             "automatically",
             "为自动移动或更新的内容提供可见的暂停、停止或隐藏控件，或不让其自动开始"),
)
def check(root, ctx):
    found = _first_trigger(ctx)
    if found is None:
        return None
    element, trigger = found
    return Review("script", element=element, trigger=trigger)

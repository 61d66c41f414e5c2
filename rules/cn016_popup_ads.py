"""Government pages should not show floating windows (飘窗, 对联) or open pop-up windows on load.

## What it checks
- **Floating windows.** An element whose id or class is a floating-window name (`piao…`, `piaochuang`,
  `floatad`, `float-win`, `couplet`, `duilian`, `fixed-ad`, `popad`…: whole tokens), that is positioned
  (`position: absolute` or `fixed`, in its style or the page's CSS, or set by the page's script) and that a timer
  moves: an inline script with `setInterval`, `setTimeout` or `requestAnimationFrame`, or a script file named
  like a floating window (`piao.js`, `floatad.js`). The outermost such element is reported.
- **Pop-up windows on load.** `window.open(…)` in `<body onload>`, at the top level of an inline script, or in an
  `onload`, `DOMContentLoaded`, jQuery ready or top-level `setTimeout` handler (calls inside click handlers and
  inside strings are not counted). This is also WCAG failure F52.

## Why it matters
The ageing-friendly design rules for websites (适老化通用设计规范) ask for pages without pop-up or floating ads:
a moving window covers the text, takes focus, is hard to close with a mouse or a keyboard, and confuses screen
reader users; a window that opens by itself is a change of context the user did not ask for (WCAG 3.2.1/3.2.5,
F52). Government 飘窗 usually carry notices, which belong in the page itself.

## How to fix
Put the notice in the page (a banner in the content flow, or a link in the news list); remove `window.open` on
load. If a floating element must stay, give it a visible close button that works with the keyboard, and leave it
out of the elderly-friendly mode.

## Failing example
```html
<html lang="zh-CN"><title>首页</title><body><p>欢迎访问。</p>
<div id="piaochuang" style="position:absolute;left:0;top:0"><a href="/ztzl/"><img src="pc.jpg" alt="学习专题"></a></div>
<script>var x=0;setInterval(function(){x+=1;document.getElementById("piaochuang").style.left=x+"px";},30);</script>
</body></html>
```

```html
<html lang="en"><title>Home</title><body onload="window.open('/notice.html','notice','width=400,height=300')">
<p>Welcome.</p></body></html>
```

## Passing example
```html
<html lang="zh-CN"><title>首页</title><body><p>欢迎访问。</p>
<div class="float-left"><a href="/ztzl/">学习专题</a></div>
<a href="/notice.html" onclick="window.open(this.href);return false;">公告</a></body></html>
```

```html
<html lang="en"><head><title>Home</title><meta name="SiteIDCode" content="1100000088"></head><body><p>Welcome.</p>
<div class="notice"><a href="/notice.html">Notice on the May Day holiday</a></div>
<a href="/notice.html" onclick="window.open(this.href);return false;">Notice</a></body></html>
```

## Options
- `names` (list of strings): patterns that a whole id or class token matches.
- `timers` (list of strings): script calls that move an element.
Defaults in `rules/data/gov-cn.toml`, `[popups]`.

## Corpus
No floating window and no pop-up on load on the 40 `corpus/cn` pages (飘窗 are a home-page feature; these are
article pages). `mhxqwer-gqsbeijing` and `mhxqwer-yjybeijing` call `window.open` inside share functions and are
correctly not reported; layout classes such as `float-left` do not match. On the whole corpus, a `window.open` run
from a timer inside a menu click handler (`us/…file6`) is correctly not reported either.

## References
- 互联网网站适老化通用设计规范 (工信部, 2021): no ads or pop-ups, as summarised at
  https://tech.gmw.cn/2021-04/07/content_34746273.htm and http://ccafgc.com/zixun/15297.html —
  research/COMPLIANCE.md CN-ELD-04. The detection is a heuristic, hence severity warning.
- WCAG failure F52 (opening a new window as soon as a page is loaded):
  https://www.w3.org/WAI/WCAG21/Techniques/failures/F52
"""

import re

from a11ylint import cnmarks
from a11ylint.css.properties import UNKNOWN
from a11ylint.rule import Fail, Option, Text, rule

_DATA = cnmarks.data()["popups"]
_COMMENTS_AND_STRINGS = re.compile(r"//[^\n]*|/\*.*?\*/|'(?:\\.|[^'\\\n])*'|\"(?:\\.|[^\"\\\n])*\"|`(?:\\.|[^`\\])*`",
                                   re.DOTALL)
_ON_LOAD = re.compile(r"onload|DOMContentLoaded|\.ready\s*\(|\$\s*\(\s*function|jQuery\s*\(\s*function|"
                      r"addEventListener\s*\(\s*\W*load", re.IGNORECASE)
_TIMER = re.compile(r"set(?:Timeout|Interval)\s*\(\s*(?:function|\()", re.IGNORECASE)
_USER_EVENT = re.compile(r"click|mouse|key|submit|change|touch|focus|blur", re.IGNORECASE)
_FUNCTION = re.compile(r"(?:function\s*\w*\s*\([^)]*\)|=>)\s*$")
_OPEN = re.compile(r"\bwindow\s*\.\s*open\s*\(")


@rule(
    code="CN016",
    name="popup-ads",
    title=Text("Government pages should not show floating windows or open pop-ups on load",
               "政府网站页面不应设置飘窗或在加载时弹出窗口"),
    messages={
        "floating": Text("<{tag}> {name} is a floating window (飘窗/对联) moved by a script; put its content in the "
                         "page, or give it a keyboard-operable close button",
                         "<{tag}> {name} 是由脚本驱动的浮动窗口（飘窗/对联）；请将其内容放入页面正文，"
                         "或至少提供可用键盘操作的关闭按钮"),
        "window-open": Text("The page opens a new window when it loads (window.open); remove the pop-up (WCAG F52)",
                            "页面加载时通过 window.open 弹出新窗口；请取消弹窗（WCAG F52）"),
    },
    jurisdiction=("CN",),
    requirements=("CN-ELD-04",),
    tags=("elderly",),
    severity="warning",
    impact="serious",
    options=[
        Option("names", "list[str]", _DATA["names"], "Patterns that a whole id or class token matches."),
        Option("timers", "list[str]", _DATA["timers"], "Script calls that move an element."),
    ],
    fix=Text("Put notices in the page instead of floating windows and pop-ups",
             "将通知放入页面正文，不使用飘窗和弹窗"),
)
def check(root, ctx):
    yield from _floating(ctx)
    yield from _window_open(ctx)


def _floating(ctx):
    names = [re.compile(pattern, re.IGNORECASE) for pattern in ctx.options["names"]]
    scripts = cnmarks.script_text(ctx)
    external = [script.get("src") or "" for script in ctx.select("script[src]")]
    timed = any(re.search(timer, scripts) for timer in ctx.options["timers"]) or any(
        pattern.fullmatch(_file_stem(source)) for source in external for pattern in names)
    if not timed:
        return
    reported = []
    for element in ctx.select("[id], [class]"):
        tokens = [token for token in [element.get("id") or "", *(element.get("class") or "").split()] if token]
        matched = [token for token in tokens if any(pattern.fullmatch(token) for pattern in names)]
        if not matched or element.tag in ("body", "html", "script", "style"):
            continue
        if any(ancestor in reported for ancestor in element.iterancestors()):
            continue
        if not _positioned(element, matched, scripts, ctx):
            continue
        reported.append(element)
        name = f'id="{element.get("id")}"' if element.get("id") in matched else f'class="{matched[0]}"'
        yield Fail("floating", element=element, tag=element.tag, name=name)


def _file_stem(source: str) -> str:
    return source.split("?", 1)[0].rsplit("/", 1)[-1].rsplit(".", 1)[0]


def _positioned(element, tokens, scripts, ctx) -> bool:
    position = ctx.styles.value(element, "position")
    if position is not UNKNOWN and position in ("absolute", "fixed"):
        return True
    style = (element.get("style") or "").lower().replace(" ", "")
    if "position:absolute" in style or "position:fixed" in style:
        return True
    return any(token in scripts for token in tokens) and "position" in scripts


def _window_open(ctx):
    for body in ctx.select("body[onload]"):
        if _OPEN.search(body.get("onload")) or re.search(r"(?:^|[;\s])open\s*\(", body.get("onload")):
            yield Fail("window-open", element=body)
            return
    for script in ctx.select("script"):
        if script.get("src") or not script.text or "open" not in script.text:
            continue
        if _opens_on_load(script.text):
            yield Fail("window-open", element=script)
            return


def _opens_on_load(code: str) -> bool:
    """True when ``window.open(`` runs as the script loads: at the top level, or in a load/ready/timer handler
    (not a click handler, not a function that something else calls)."""
    original = code
    code = _COMMENTS_AND_STRINGS.sub(lambda match: " " * len(match.group(0)), code)  # same length, same positions
    for call in _OPEN.finditer(code):
        braces = []
        for position, character in enumerate(code[:call.start()]):
            if character == "{":
                braces.append(position)
            elif character == "}" and braces:
                braces.pop()
        heads = []
        for brace in braces:
            start = max(code.rfind(";", 0, brace), code.rfind("{", 0, brace), code.rfind("}", 0, brace), brace - 120)
            heads.append((code[start + 1:brace], original[start + 1:brace]))
        functions = [text for stripped, text in heads if _FUNCTION.search(stripped)]
        # From the function the call runs in outwards: a timer runs in the context that set it.
        while functions and _TIMER.search(functions[-1]):
            functions.pop()
        if not functions:
            return True  # top level, only inside if/for blocks, or in a timer set at the top level
        head = functions[-1]
        if _ON_LOAD.search(head) and not _USER_EVENT.search(head):
            return True
    return False

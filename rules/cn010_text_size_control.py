"""Text-size controls on government pages must work, from the keyboard, up to 200%.

## What it checks
Chinese government pages usually offer a text-size widget — `【字体：大 中 小】`, `字号：默认 大 超大`,
`A+ A A-`, `放大 / 缩小` — or a 无障碍 toolbar (`aria.js?appid=…`, `govwza`, a 无障碍 link calling
`aria.start()`). The rule finds them in the markup: a label (字体, 字号, 字体大小, 浏览字号, "Text size")
followed by size words, or controls that name themselves (`A+`, `字体放大`) or whose `onclick` / `javascript:`
href calls a text-size function (`doZoom(16)`, `setFontSize(…)`, `changeSize(…)`, `fontZoom(…)`). It
reports, each as its own finding:

- **keyboard**: controls that are not links with an href or buttons — a `<span>`, `<font>` or `<li>` with
  a click handler, or an `<a>` without href — which keyboard users can neither reach nor activate;
- **no target**: a handler whose function, defined in an inline script, changes an element that is not
  on the page (`document.getElementById('zoom')` with no `id="zoom"`), so the controls do nothing;
- **sizes**: literal sizes whose largest does not reach twice the default: a 18/16/14 set reaches only
  113% of 中 (16), a 16/14/12 set 133% of the smallest. The default is the size of the control named
  中, 默认, 正常 or A; without one, the smallest size;
- **no controls**: a label with no controls after it (`【字体: 来源:…`), or size words written as plain
  text, a widget that lost its links;
- **toolbar**: a toolbar entry (无障碍, 长者助手) that is not keyboard operable, or one that calls
  `aria.start()` on a page that loads no toolbar script;
- **none** (needs review, option `require-control`): a page with no text-size widget, no toolbar and no
  关怀版 / 长者模式 entry. It is only reported on pages that show they belong to a Chinese government
  site (the signs CN004 uses): a 网站标识码, a government body as 主办单位 in the footer, the 党政机关网站标识
  (its badge, or its name in the footer), `SiteIDCode` metadata, or a `.gov.cn` address (`SiteDomain`,
  canonical URL, `og:url`, the saved-from comment, `<base>`). Footer links to gov.cn sites prove nothing
  here — news and company sites link to them too — so they do not count. When the viewport also blocks
  zooming the message says so.

Hidden widgets are ignored. The project's own example, `examples/county-notice.html`, has working
`字体：大 中 小` links (with hrefs, and the `#zoom` container exists), but its 18/16/14 px sizes reach only
113% of 中. What the controls do once the page's external scripts run cannot be seen in
the markup; a widget whose handlers live in external files is only checked for keyboard access and sizes.

Corpus check (`../shared/corpus/cn`, 40 saved pages of Chinese government sites, many of them re-hosted
copies): 21 pages (53%) show a text-size widget, and 13 of those 21 (62%) are broken: on 8 the controls are
`<span>`s or links without href, on 6 the literal sizes stop at 111–114% of the default (one page has
both). No inline handler there points at a missing element; most handlers live in external scripts. 29
pages (73%) show a 无障碍 toolbar or a 关怀版 / 长者 entry; on 4 of them an entry itself cannot be reached
from the keyboard. 6 pages have neither widget nor toolbar; the 5 of them with government signs get the
review finding. The seed page shows the classic dead widget, `【字体: 来源:安岳县…`: the label survived,
its 大 中 小 links did not.

## Why it matters
People with low vision and older readers rely on these controls: the 适老化 guidelines for government
websites ask for 文字放大 / 特大字体, and inspections check that the widget exists. A control that only a
mouse can use, that changes nothing, or that stops at 113% gives those readers nothing — WCAG technique
G178 requires such controls to reach 200%. Browser zoom still works, so a broken widget does not fail
WCAG 1.4.4 on its own, but it fails the people it was built for.

## How to fix
Make each size control a `<button type="button">` (or a link with an href), point its handler at the
article container that exists on the page, and make the largest size at least twice the default (for
a 16 px text, 32 px). Or drop the widget and rely on a viewport that allows zoom plus the site's 无障碍
toolbar.

## Failing example
```html
<html lang="zh-CN"><head><title>关于秋季防汛的通知</title>
<script>function setFontSize(size) { document.getElementById("zoom").style.fontSize = size + "px"; }</script>
</head><body>
<p>【字体：<span onclick="setFontSize(18)">大</span> <span onclick="setFontSize(16)">中</span>
<span onclick="setFontSize(14)">小</span>】</p>
<div id="zoom"><p>正文</p></div></body></html>
```

```html
<html lang="zh-CN"><head><title>通知</title>
<script>function doZoom(size) { document.getElementById("zoom").style.fontSize = size + "px"; }</script>
</head><body>
<p>字体：<a href="javascript:doZoom(16)">大</a> <a href="javascript:doZoom(14)">中</a>
<a href="javascript:doZoom(12)">小</a></p>
<div id="content"><p>正文</p></div></body></html>
```

```html
<html lang="zh-CN"><title>安岳县政协：凝聚“政”能量</title><body>
<p>发布时间：2022-09-22 【字体: 来源:安岳县 阅读次数:2160</p><p>正文</p></body></html>
```

```html
<html lang="zh-CN"><title>首页</title><body><main><p>正文</p></main>
<footer><p>主办单位：青禾县人民政府办公室　网站标识码：3300000022</p></footer></body></html>
```

```html
<html lang="en"><head><title>County notice</title>
<script>function fontZoom(size) { document.getElementById("article").style.fontSize = size + "px"; }</script>
</head><body>
<p>Text size: <span onclick="fontZoom(20)">A+</span> <span onclick="fontZoom(16)">A</span></p>
<div id="article"><p>Text</p></div></body></html>
```

## Passing example
```html
<html lang="zh-CN"><head><title>关于秋季防汛的通知</title>
<script>function setFontSize(size) { document.getElementById("zoom").style.fontSize = size + "px"; }</script>
</head><body>
<p>【字体：<button type="button" onclick="setFontSize(32)">特大</button>
<button type="button" onclick="setFontSize(24)">大</button>
<button type="button" onclick="setFontSize(16)">中</button>】</p>
<div id="zoom"><p>正文</p></div></body></html>
```

```html
<html lang="zh-CN"><title>首页</title><body>
<p><a href="javascript:void(0)" onclick="aria.start()">无障碍</a></p><main><p>正文</p></main>
<footer><p>网站标识码：3300000022</p></footer>
<script src="https://gov.govwza.cn/dist/aria.js?appid=0123456789abcdef0123456789abcdef"></script></body></html>
```

```html
<html lang="zh-CN"><title>公司新闻</title><body><main><p>本公司发布新产品。</p></main>
<footer><p>版权所有 某某科技有限公司</p></footer></body></html>
```

```html
<html lang="en"><head><title>County notice</title>
<script>function fontZoom(size) { document.getElementById("article").style.fontSize = size + "px"; }</script>
</head><body>
<p>Text size: <button type="button" onclick="fontZoom(32)">A+</button>
<button type="button" onclick="fontZoom(16)">A</button></p>
<div id="article"><p>Text</p></div></body></html>
```

## Options
- `require-control` (bool, default `true`): report, for review, a Chinese government page with no
  text-size widget, no 无障碍 toolbar and no 关怀版 entry. The rule belongs to the `gov-cn` profile, so
  this is on wherever the profile is used; set it to `false` for sites that rely on browser zoom alone.
- `functions` (list of strings, default `[]`): more handler names that change the text size, besides
  those matched by the patterns in `rules/data/text-size.toml` (names containing `zoom` or `font`,
  `changeSize`, `setSize`, `changefs`…).

## References
- research/COMPLIANCE.md CN-ELD-01 (字号可调): 工信部《互联网网站适老化通用设计规范》 (2021) as summarised by
  gmw.cn ("网页在提供特大字体……文字放大"), and the 适老化与无障碍改造 notice (国办公开办函〔2021〕28号).
- research/COMPLIANCE.md CN-TB-01: 无障碍 toolbars (`aria.js?appid=…`, 中国政务信息无障碍服务体系).
- WCAG SC 1.4.4 Resize Text: https://www.w3.org/WAI/WCAG22/Understanding/resize-text.html
- WCAG technique G178, controls that change the size of all text up to 200 percent:
  https://www.w3.org/WAI/WCAG22/Techniques/general/G178
- WCAG SC 2.1.1 Keyboard and failures F54 (mouse-only handlers) and F42 (emulating links):
  https://www.w3.org/WAI/WCAG22/Techniques/failures/F54
"""

from a11ylint import cnmarks, textsize
from a11ylint.meta import viewport_number, viewport_properties
from a11ylint.rule import Fail, Option, Review, Text, rule


@rule(
    code="CN010",
    name="text-size-control",
    title=Text("Text-size controls on government pages must work, from the keyboard, up to 200%",
               "政府网站的字号调整功能必须可用、可用键盘操作，并能放大到 200%"),
    messages={
        "keyboard": Text(
            "The text-size {noun_en} {controls_en} ({tags_en}) cannot be reached or activated from the keyboard; "
            "{fix_en}",
            "字号调整控件{controls_zh}（{tags_zh}）无法用键盘聚焦或操作；请改为按钮或带 href 的链接"),
        "no-target": Text(
            "The text-size controls call {function}(), which changes the element with id \"{ids}\", but the "
            "page has no such element, so clicking them does nothing",
            "字号调整控件调用的 {function}() 要调整 id 为“{ids}”的元素，但页面上没有这个元素，点击后不起作用"),
        "sizes": Text(
            "The text-size controls set {sizes_en}: the largest, {largest}, is only {percent}% of the "
            "{basis_en} size ({base}), short of the 200% readers need; make the largest at least twice the "
            "default",
            "字号调整控件可设为 {sizes_zh}：最大的 {largest} 只有{basis_zh}字号（{base}）的 {percent}%，达不到 "
            "200%；请把最大一档设为默认字号的两倍以上"),
        "no-controls": Text(
            "The page shows the text-size label \"{label}\" but no controls follow it (next comes "
            "\"{following}\"): the widget has lost its size links",
            "页面显示了字号调整标签“{label}”，但后面没有大、中、小等控件（紧接着的是“{following}”），"
            "这个字号调整功能已经失效"),
        "plain-text": Text(
            "The text-size widget \"{label} {words}\" is plain text: its size words are not links or buttons, "
            "so nothing can be clicked",
            "字号调整“{label}{words}”只是普通文字，其中的大、中、小不是链接或按钮，无法点击"),
        "toolbar-keyboard": Text(
            "The accessibility toolbar entry \"{name}\" ({tag_en}) cannot be reached or activated from the "
            "keyboard; make it a button or a link with an href",
            "无障碍工具条入口“{name}”（{tag_zh}）无法用键盘聚焦或打开；请改为按钮或带 href 的链接"),
        "toolbar-script": Text(
            "\"{name}\" calls aria.start() but the page loads no accessibility toolbar script (aria.js), so "
            "the toolbar cannot open",
            "“{name}”调用了 aria.start()，但页面没有加载无障碍工具条脚本（aria.js），工具条无法打开"),
        "none": Text(
            "This page shows signs of a government site ({signs_en}) but offers no text-size control and no "
            "accessibility toolbar, which the ageing-friendly (适老化) guidelines expect; check whether the site "
            "offers text enlargement elsewhere",
            "本页显示为政府网站（{signs_zh}），但没有字号调整控件，也没有无障碍工具条；适老化要求提供文字放大"
            "功能，请确认网站是否在其他位置提供"),
        "none-no-zoom": Text(
            "This page shows signs of a government site ({signs_en}) but offers no text-size control and no "
            "accessibility toolbar, and its viewport ({viewport}) blocks zooming: text cannot be enlarged on "
            "phones at all",
            "本页显示为政府网站（{signs_zh}），没有字号调整控件和无障碍工具条，视口设置（{viewport}）又禁止缩放，"
            "在手机上完全无法放大文字"),
    },
    selector=":root",
    jurisdiction=("CN",),
    requirements=("CN-ELD-01", "CN-TB-01"),
    tags=("zoom", "cat.keyboard"),
    severity="error",
    impact="serious",
    options=(
        Option("require-control", "bool", True,
               "report (for review) a Chinese government page with no text-size control and no toolbar"),
        Option("functions", "list[str]", [], "more handler function names that change the text size"),
    ),
    fix=Text("Make each size control a button that changes the article's font size up to at least 200%",
             "把每个字号控件做成按钮，让它调整正文字号，且最大能放大到 200% 以上"),
)
def check(root, ctx):
    extra = tuple(ctx.options["functions"])
    found = textsize.survey(ctx, extra)
    for widget in found.widgets:
        yield from _widget_findings(widget, ctx)
    yield from _toolbar_findings(found.toolbar, ctx)
    if (ctx.options["require-control"] and not found.widgets and not textsize.toolbar_present(found.toolbar)
            and not textsize.care_entries(ctx)):
        # Footer links to gov.cn sites prove nothing here: news and company sites link to them too.
        signs = [sign for sign in cnmarks.government_signs(ctx) if sign != "links"]
        if signs:
            body = next(iter(ctx.select("body")), root)
            viewport = _blocking_viewport(ctx)
            shown = {f"signs_{lang}": cnmarks.describe_signs(signs, lang) for lang in ("en", "zh")}
            if viewport:
                yield Review("none-no-zoom", element=body, viewport=viewport, **shown)
            else:
                yield Review("none", element=body, **shown)


def _widget_findings(widget, ctx):
    if not widget.controls:
        # Point at the label itself: its element may be a long paragraph, or one the parser implied.
        offset = ctx.document.text.find(widget.label, ctx.document.offset(widget.anchor))
        offset = offset if offset >= 0 else None
        if widget.plain:
            yield Fail("plain-text", element=widget.anchor, offset=offset, label=widget.label, words=widget.plain)
        else:
            yield Fail("no-controls", element=widget.anchor, offset=offset, label=widget.label,
                       following=widget.following or "…")
        return
    blocked = [control for control in widget.controls if not control.operable]
    if blocked:
        tags_en = sorted({textsize.describe_tag(control.element) for control in blocked})
        tags_zh = sorted({textsize.describe_tag_zh(control.element) for control in blocked})
        many = len(blocked) > 1
        yield Fail("keyboard", element=blocked[0].element,
                   noun_en="controls" if many else "control",
                   fix_en=("make them buttons or links with an href" if many
                           else "make it a button or a link with an href"),
                   controls_en=", ".join(f'"{control.text}"' for control in blocked),
                   controls_zh="".join(f"“{control.text}”" for control in blocked),
                   tags_en=" and ".join(tags_en), tags_zh="、".join(tags_zh))
    ids = ctx.ids()
    reported = set()
    for control in widget.controls:
        call = control.call
        if call is None or call.name in reported:
            continue
        reported.add(call.name)
        targets = textsize.target_ids(ctx, call)
        if targets and targets[0] and not any(target in ids for target in targets[0]):
            yield Fail("no-target", element=control.element, function=call.name, ids="\", \"".join(targets[0]))
    sizes = textsize.literal_sizes(widget, ctx)
    if sizes is not None and sizes.ratio < 2:
        def show(value):
            number = f"{value:g}"
            return f"{number} {sizes.unit}" if sizes.unit and sizes.unit != "%" else number + sizes.unit
        ordered = sorted(set(sizes.sizes), reverse=True)
        shown = [show(value) for value in ordered]
        yield Fail("sizes", element=widget.controls[0].element,
                   sizes_en=", ".join(shown[:-1]) + " and " + shown[-1], sizes_zh="、".join(shown),
                   largest=show(sizes.largest), base=show(sizes.base), percent=int(sizes.ratio * 100 + 0.5),
                   basis_en=f'"{sizes.base_label}"' if sizes.base_label else "smallest",
                   basis_zh=f"“{sizes.base_label}”档" if sizes.base_label else "最小")


def _toolbar_findings(toolbar, ctx):
    compiled = textsize.patterns()
    for launcher in toolbar.launchers:
        if not launcher.operable:
            yield Fail("toolbar-keyboard", element=launcher.element, name=launcher.text or "无障碍",
                       tag_en=textsize.describe_tag(launcher.element),
                       tag_zh=textsize.describe_tag_zh(launcher.element))
    if not toolbar.scripts and not toolbar.mentions_script:
        calling = [launcher for launcher in toolbar.launchers
                   if compiled["toolbar_call"].search(textsize.handler_code(launcher.element))]
        if calling:
            yield Fail("toolbar-script", element=calling[0].element, name=calling[0].text or "无障碍")


def _blocking_viewport(ctx) -> str:
    """The content of a viewport meta that stops pinch zoom below 200%, else ""."""
    for meta in ctx.select("meta[name]"):
        if (meta.get("name") or "").strip().lower() != "viewport" or meta.get("content") is None:
            continue
        properties = viewport_properties(meta.get("content"))
        scalable = properties.get("user-scalable")
        maximum = properties.get("maximum-scale")
        if (scalable is not None and abs(viewport_number(scalable)) < 1) or (
                maximum is not None and 0 <= viewport_number(maximum) < 2):
            return meta.get("content").strip()
    return ""

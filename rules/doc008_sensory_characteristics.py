"""Instructions must not rely only on shape, colour, size, position or sound.

## What it checks
Finds text that points to content by how it looks or where it is: "the menu on the right", "underneath
the star", "click the green button", "fields marked in red", "after the beep", and in Chinese "右侧菜单",
"左上角的按钮", "点击右边", "红色字体", "标红的项目", "见下图". Each paragraph, list item or cell with such
a phrase is listed once for a person to check that the content is also identified in a way that does not
depend on sight or hearing (its name, its heading, a text label), as in "the navigation menu on the right,
titled 'Services'". Phrases such as "the right to information", "below the age of 18" or names such as "Red Cross" are
not matched;
text that is not rendered, and the labels of buttons and lists, are skipped.

## Why it matters
Blind users cannot see "the green button" or "the box on the right"; on a phone or with zoom the "right"
column moves below; colour-blind users cannot tell red from green.

## How to fix
Name the thing as well: "Select the Submit button (green, on the right)", "Required fields are marked
with an asterisk (*) and the word 'required'", "请点击右侧“在线办理”栏目".

## Failing example
```html
<p>Find the menu on the right, to navigate.</p>
```

```html
<p>请点击页面右上角的红色按钮提交申请。</p>
```

## Passing example
```html
<p>Select "Apply online" in the Services menu to start your application.</p>
```

```html
<p>Everyone has the right to information held by public bodies.</p>
```

## References
- WCAG SC 1.3.3 Sensory Characteristics: https://www.w3.org/WAI/WCAG22/Understanding/sensory-characteristics.html
- ACT rule 9bd38c, Content has alternative for visual reference:
  https://www.w3.org/WAI/standards-guidelines/act/rules/9bd38c/
- WCAG failure F14 (identifying content only by its shape or location):
  https://www.w3.org/WAI/WCAG22/Techniques/failures/F14
- WCAG technique G96 (textual identification of items that otherwise rely only on sensory information):
  https://www.w3.org/WAI/WCAG22/Techniques/general/G96
"""

import re

from a11ylint.dom import normalize_space
from a11ylint.rule import Review, Text, rule

_COLOURS = r"red|green|blue|yellow|orange|purple|grey|gray|black|white|pink"
_SHAPES = r"round|square|circular|rectangular|triangular|triangle|star|oval|diamond|arrow"
_THINGS = (r"button|icon|link|arrow|box|text|field|tab|menu|circle|square|triangle|symbol|marker|area|section|bar|"
           r"banner|key|column|panel|image|picture|shape|frame|border|label|heading|outline")
SENSORY = re.compile(
    r"\b(?:on|at) the (?:right|left|top|bottom)(?:[- ]hand)?(?: side| corner| column| of the (?:page|screen))?\b|"
    r"\b(?:right|left)[- ]hand (?:side|column|menu|panel|corner|box)\b|"
    r"\b(?:top|bottom)[- ](?:right|left)(?: corner)?\b|"
    r"\b(?:underneath|beneath) the\b|"
    r"\b(?:see|shown|pictured|illustrated|displayed|located|found) (?:above|below|on the (?:right|left))\b|"
    rf"\b(?:{_COLOURS}|{_SHAPES})[- ](?:{_THINGS})s?\b|"
    rf"\b(?:marked|shown|highlighted|displayed|printed|written|indicated|coloured|colored) in (?:{_COLOURS}|bold)\b|"
    r"\b(?:hear|after) the (?:beep|tone|chime|sound|bell)\b|"
    r"(?:页面|屏幕|网页|本页)?(?:左侧|右侧|左边|右边|左上角|右上角|左下角|右下角|左上方|右上方|左下方|右下方|左栏|右栏)"
    r"(?:的|上的|中的)?(?:按钮|链接|菜单|栏目|图标|导航|区域|方框|框|表格|图片|位置|入口|列表|窗口)|"
    r"点击(?:页面|屏幕)?(?:左侧|右侧|左边|右边|左上角|右上角|左下角|右下角|上方|下方)|"
    r"(?:红色|绿色|蓝色|黄色|橙色|灰色|紫色|圆形|方形|三角形|星形|五角星|红|绿|蓝)的?"
    r"(?:按钮|图标|链接|字体|文字|字|框|方框|标记|标识|箭头|圆点|圆圈|区域|部分)|"
    r"标红|(?:以|用)红色(?:字体|文字|标注|标出|标记|显示)|红色(?:显示|标注|标出)|"
    r"见下图|如下图|见上图|如上图|见右图|见左图|如图所示",
    re.IGNORECASE,
)
# A word or character that each of SENSORY's phrases holds (a position, colour, shape or sound word; 左 右 点 色 形 星 红
# 绿 蓝 图). Nearly every block has none, and this search takes about two thirds of the time of SENSORY's, which
# tries a dozen alternatives at each position.
_SENSORY_WORD = re.compile(
    r"(?=[a-z左右点色形星红绿蓝图])(?:right|left|top|bottom|neath|above|below|red|green|blue|yellow|orange|purple|"
    r"gr[ae]y|black|white|pink|round|square|circular|rectangular|triang|star|oval|diamond|arrow|bold|beep|tone|"
    r"chime|sound|bell|[左右点色形星红绿蓝图])",
    re.IGNORECASE,
)
_BLOCKS = frozenset("""p li td th dd dt div section article aside header footer nav main form fieldset legend label
    caption figcaption h1 h2 h3 h4 h5 h6 blockquote pre address body table tr ul ol dl center details summary
    dialog figure""".split())
_SKIPPED = frozenset(("button", "select", "option", "textarea", "script", "style"))
MAX_PER_PAGE = 20


def text_blocks(ctx):
    """(block element, its own text) for each rendered block, its text excluding nested blocks, in document
    order. One walk over the page."""
    body = next(ctx.root.iterchildren("body"), ctx.root)
    texts: dict = {}
    order = []
    stack = [(body, body, None)]
    while stack:
        node, block, text = stack.pop()
        if text is not None:
            texts[block].append(text)
            continue
        if not isinstance(node.tag, str) or node.tag in _SKIPPED or ctx.is_invisible(node):
            continue
        if node.tag in _BLOCKS:
            block = node
        if block not in texts:
            texts[block] = []
            order.append(block)
        if node.text:
            texts[block].append(node.text)
        for child in reversed(node):
            if child.tail:
                stack.append((None, block, child.tail))
            stack.append((child, block, None))
    return [(block, normalize_space(" ".join(texts[block]))) for block in order]


@rule(
    code="DOC008",
    name="sensory-characteristics",
    title=Text("Instructions must not rely only on shape, colour, size, position or sound",
               "操作说明不得仅依赖形状、颜色、大小、位置或声音"),
    messages={"sensory": Text('"{phrase}" identifies content by how it looks or where it is; check that the content is '
                              "also identified by its name, heading or label: \"{sample}\"",
                              "“{phrase}”通过外观或位置来指代内容；请确认同时给出了其名称、标题或文字标签：“{sample}”")},
    selector=":root",
    wcag=("1.3.3",),
    level="A",
    act=("9bd38c",),
    standards=("EN-301-549:9.1.3.3", "Section-508:E205.4"),
    tags=("cat.sensory-and-visual-cues", "manual-review"),
    severity="warning",
    impact="moderate",
    fix=Text("Name what the instructions refer to, not only its shape, colour, size, position or sound",
             "在操作说明中写明所指内容的名称，不要只用形状、颜色、大小、位置或声音来指代"),
)
def check(root, ctx):
    if root.tag != "html":
        return
    seen = set()
    for block, text in text_blocks(ctx):
        match = SENSORY.search(text) if _SENSORY_WORD.search(text) else None
        if match is None or text in seen:
            continue
        seen.add(text)
        start = max(0, match.start() - 30)
        yield Review("sensory", element=block, phrase=match.group(0), sample=text[start:start + 90])
        if len(seen) >= MAX_PER_PAGE:
            return

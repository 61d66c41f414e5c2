"""Links inside text must be distinguishable from the text by more than colour.

## What it checks
Links (`<a href>`) that sit in a block of text, meaning their nearest block-level ancestor also holds
text that is not part of a link, such as a link inside a sentence of a paragraph. Such a link must stand
out by something other than colour: an underline (the browser default) or other text decoration, a
border or box shadow, a background, a different font weight, style or case, or generated content (an
icon). A link whose only difference is its colour must have a contrast of at least 3:1 with the
surrounding text. It fails when it has none of these cues and its colour is less than 3:1 from the text
around it. When the styles cannot be decided (a value under a media query or `var()`, a style sheet that
could not be read), it is reported for review. Links that look alike are reported once, on the first
one, with the number of links.

## Why it matters
People who cannot tell colours apart, and many older readers on poor screens, cannot find a link that
differs from the sentence around it only by a shade of blue. Removing the underline (`a { text-decoration:
none }`) is the usual cause.

## How to fix
Keep the underline on links in running text (`p a { text-decoration: underline }`), or add another
visible cue. A colour alone is enough only with 3:1 contrast against the text, and WCAG technique G183
also asks for an underline or other cue on hover and focus.

## Failing example
```html
<style>a { text-decoration: none; color: #333; } p { color: #000; }</style>
<p>Read the <a href="/report">annual report</a> before you apply.</p>
```

```html
<style>a { text-decoration: none; color: #06c; } p { color: #333; }</style>
<p>申请前请阅读<a href="/guide">办事指南</a>。</p>
```

## Passing example
```html
<p>Read the <a href="/report">annual report</a> before you apply.</p>
```

```html
<style>a { text-decoration: none; font-weight: bold; }</style>
<p>Read the <a href="/report">annual report</a> before you apply.</p>
```

## References
- WCAG SC 1.4.1 Use of Color: https://www.w3.org/WAI/WCAG22/Understanding/use-of-color.html
- WCAG failure F73 (creating links that are not visually evident without colour vision):
  https://www.w3.org/WAI/WCAG22/Techniques/failures/F73
- WCAG technique G183 (a contrast ratio of 3:1 with surrounding text and additional visual cues on focus):
  https://www.w3.org/WAI/WCAG22/Techniques/general/G183
"""

from a11ylint.css import UNKNOWN
from a11ylint.dom import is_html
from a11ylint.rule import Fail, Review, Text, rule

from a11ylint.contrast import contrast, hex_color
from a11ylint.textstyle import has_letters, is_number, maybe_declared, visually_hidden

_BLOCKS = frozenset("""address article aside blockquote dd div dl dt fieldset figcaption figure footer form h1 h2 h3
h4 h5 h6 header li main nav ol p pre section table td th ul body caption details summary""".split())
_CUES = ("border", "border-bottom", "border-bottom-style", "border-bottom-width", "border-top", "border-style",
         "border-width", "box-shadow")


def _block(link, ctx):
    styles = ctx.styles
    node = link.getparent()
    while node is not None and isinstance(node.tag, str):
        display = styles.value(node, "display")
        if display is UNKNOWN:
            if node.tag in _BLOCKS:
                return node
        elif isinstance(display, str) and not display.startswith("inline") and display not in ("contents", "ruby"):
            return node
        node = node.getparent()
    return None


def _has_text_outside_links(block, ctx) -> bool:
    """True when the block's rendered text outside its links has two characters besides spaces, one of them a
    letter or digit. Stops at the first text that settles it: most blocks are long paragraphs or pages."""
    if not is_html(block) or _is_link(block):
        return False
    is_invisible = ctx.is_invisible
    characters = 0
    letters = False
    pending = [block]
    while pending:
        node = pending.pop()
        texts = [node.text]
        for child in node:
            texts.append(child.tail)
            tag = child.tag
            # Enter rendered HTML elements (no namespace) other than links, scripts and styles.
            if (isinstance(tag, str) and tag[0] != "{" and tag not in ("script", "style")
                    and not (tag == "a" and child.get("href") is not None) and not is_invisible(child)):
                pending.append(child)
        for text in texts:
            if text and not text.isspace():
                shown = "".join(text.split())
                characters += len(shown)
                letters = letters or has_letters(shown)
                if characters >= 2 and letters:
                    return True
    return False


def _is_link(element) -> bool:
    return element.tag == "a" and element.get("href") is not None


def _cue(link, block, ctx):
    """True when something besides colour marks the link, None when that cannot be told, False when not."""
    styles = ctx.styles
    unknown = False
    for node in link.iter():
        if not isinstance(node.tag, str):
            continue
        if node is not link and node.tag in ("img", "svg", "picture"):
            return True
        line = styles.value(node, "text-decoration-line")
        if line is UNKNOWN:
            unknown = True
        elif isinstance(line, str) and line != "none":
            return True
    for which in ("before", "after"):
        content = styles.pseudo_content(link, which)
        if content is UNKNOWN:
            unknown = True
        elif content:
            return True
    for prop in _CUES:
        if not maybe_declared(ctx, prop):
            continue
        value = styles.value(link, prop)
        if value is UNKNOWN:
            unknown = True
        elif isinstance(value, str) and value.strip().lower() not in ("none", "0", "0px", "initial", "unset", "hidden"):
            return True
    background = styles.value(link, "background-color")
    if background is UNKNOWN:
        unknown = True
    elif isinstance(background, tuple) and background[3] > 0:
        return True
    for prop in ("font-weight", "font-style", "text-transform", "font-variant"):
        mine, theirs = styles.value(link, prop), styles.value(block, prop)
        if mine is UNKNOWN or theirs is UNKNOWN:
            unknown = True
        elif prop == "font-weight":
            if is_number(mine) and is_number(theirs) and abs(mine - theirs) >= 300:
                return True
        elif mine != theirs:
            return True
    return None if unknown else False


@rule(
    code="LNK010",
    name="link-in-text-block",
    title=Text("Links inside text must be distinguishable from the text by more than colour",
               "正文中的链接必须能通过颜色以外的方式与文字区分"),
    messages={
        "colour-only": Text("This link differs from the surrounding text only by colour ({link} against {text}, "
                            "{ratio}:1, below 3:1); {count} link(s) look like this; underline them",
                            "此链接与周围文字仅靠颜色区分（{link} 与 {text}，{ratio}:1，低于 3:1）；"
                            "共有 {count} 个此类链接；请为其添加下划线"),
        "check": Text("This link may differ from the surrounding text only by colour ({reason}); {count} link(s) "
                      "look like this; check that they are underlined or otherwise marked",
                      "此链接可能仅靠颜色与周围文字区分（{reason}）；共有 {count} 个此类链接；"
                      "请确认其带有下划线或其他标记"),
    },
    selector=":root",
    wcag=("1.4.1",),
    level="A",
    standards=("EN-301-549:9.1.4.1", "Section-508:E205.4"),
    tags=("cat.color", "links", "css"),
    severity="error",
    impact="serious",
    fix=Text("Underline links in running text, or mark them with another visible cue besides colour",
             "为正文中的链接添加下划线，或提供颜色以外的其他可见标识"),
)
def check(root, ctx):
    styles = ctx.styles
    groups: dict = {}
    blocks: dict = {}
    order = []
    uncertain_page = bool(styles.unknown_sources)
    for link in ctx.select("a[href]"):
        if not is_html(link) or ctx.is_invisible(link):
            continue
        # Nine links in ten sit in a block with no text of its own (menus, lists of links): ask that first.
        block = _block(link, ctx)
        if block is None:
            continue
        in_text = blocks.get(block)
        if in_text is None:
            in_text = blocks[block] = _has_text_outside_links(block, ctx)
        if not in_text or visually_hidden(link, ctx) or not has_letters("".join(link.itertext())):
            continue
        cue = _cue(link, block, ctx)
        if cue is True:
            continue
        link_color, text_color = styles.value(link, "color"), styles.value(block, "color")
        if not isinstance(link_color, tuple) or not isinstance(text_color, tuple):
            key = ("check", "the link or text colour is unknown")
        elif link_color[3] < 1 or text_color[3] < 1:
            key = ("check", "the colours are semi-transparent")
        else:
            ratio = contrast(link_color, text_color)
            if ratio >= 3:
                continue
            shown = f"{int(ratio * 100) / 100:.2f}".rstrip("0").rstrip(".")
            if cue is None or uncertain_page:
                key = ("check", f"{hex_color(link_color)} against {hex_color(text_color)}, {shown}:1, and some "
                                "styles are unknown")
            else:
                key = ("colour-only", hex_color(link_color), hex_color(text_color), shown)
        group = groups.get(key)
        if group is None:
            group = groups[key] = [link, 0]
            order.append(key)
        group[1] += 1
    for key in order:
        link, count = groups[key]
        if key[0] == "colour-only":
            yield Fail("colour-only", element=link, link=key[1], text=key[2], ratio=key[3], count=count)
        else:
            yield Review("check", element=link, reason=key[1], count=count)

"""Controls labelled with visible text must have that text in their accessible name.

## What it checks
Links, buttons, checkboxes, radio buttons, switches, tabs, menu items, options, tree items and grid
cells (widgets whose name can come from their content) that show text and get their accessible name
from `aria-label` or `aria-labelledby`. The visible text must appear in the name, as ACT's label in name
algorithm defines it: both are lower-cased, everything that is not a letter or digit separates words,
text in round brackets in the visible label is left out, and the label's words must occur in the name
as a contiguous run of whole words. Chinese, Japanese and Korean ideographs count as one word each, so
"搜索" is in "站内搜索". Only text a sighted user sees counts: text hidden with CSS (`display`,
`visibility`, off-screen or clipped "visually hidden" text) is left out and `::before`/`::after`
content is added; text under `aria-hidden` still counts. A one-letter label (often an icon such as
"X"; a single digit is checked), a label that differs only by hyphenation ("nonstandard" and
"non-standard"), and abbreviations ending in a full stop ("Ave." for "Avenue") are not reported. When a style sheet could not be read, or generated
content cannot be computed, a mismatch is reported for review.

## Why it matters
Speech-input users activate controls by saying what they see ("click Search"). If the accessible name
is something else ("Find documents"), the command does nothing. Screen reader users who can see the
screen are also confused when the spoken name differs from the visible label.

## How to fix
Make the accessible name start with the visible text (`aria-label="Search the site"` for a "Search"
button), or remove `aria-label` so the name comes from the content.

## Failing example
```html
<a href="/report.pdf" aria-label="Annual report">Download</a>
```

```html
<button aria-label="提交申请">搜索</button>
```

## Passing example
```html
<button aria-label="Search the site">Search</button>
```

```html
<a href="/news" aria-label="站内搜索">搜索</a>
```

## References
- WCAG SC 2.5.3 Label in Name: https://www.w3.org/WAI/WCAG22/Understanding/label-in-name.html
- ACT rule 2ee8b8, Visible label is part of accessible name:
  https://www.w3.org/WAI/standards-guidelines/act/rules/2ee8b8/
- WCAG failure F96 (the accessible name does not contain the visible label text):
  https://www.w3.org/WAI/WCAG22/Techniques/failures/F96
"""

import re
import unicodedata

from a11ylint import aria
from a11ylint.css import UNKNOWN
from a11ylint.dom import is_html, normalize_space
from a11ylint.roles import NAME_FROM_CONTENT
from a11ylint.rule import Fail, Review, Text, rule

from a11ylint.textstyle import visually_hidden

_ROLES = frozenset(role for role in NAME_FROM_CONTENT if aria.is_a(role, "widget"))
_NO_TEXT = frozenset(("img", "svg", "input", "select", "textarea", "video", "audio", "canvas", "iframe", "object",
                      "embed", "script", "style", "template", "noscript", "picture"))
_BRACKETS = re.compile(r"\([^()]*\)")
_HYPHENS = "-\u2010\u2011\u2012\u2013\u2014\u00ad\u2212"
_WIDE = ((0x2E80, 0x9FFF), (0xF900, 0xFAFF), (0x20000, 0x3FFFD), (0x3040, 0x30FF))


def _wide(char: str) -> bool:
    code = ord(char)
    return any(low <= code <= high for low, high in _WIDE) and unicodedata.category(char)[0] == "L"


def tokens(text: str) -> list[tuple[str, bool]]:
    """Words of the text, lower-cased, as (word, followed by a full stop); ideographs are one word each."""
    found = []
    word = ""
    text = text.casefold()
    for index, char in enumerate(text):
        category = unicodedata.category(char)
        if _wide(char):
            if word:
                found.append((word, False))
                word = ""
            found.append((char, False))
        elif category[0] in "LN" or category[0] == "M" and word:
            word += char
        else:
            if word:
                found.append((word, char == "."))
                word = ""
    if word:
        found.append((word, False))
    return found


def _contains(label: list[str], name: list[str], match) -> bool:
    if not label:
        return True
    for start in range(len(name) - len(label) + 1):
        if all(match(label_word, name[start + offset]) for offset, label_word in enumerate(label)):
            return True
    return False


def label_in_name(label_text: str, name_text: str) -> str:
    """"pass", "fail" or "lenient" (contained only when abbreviations or hyphenation are allowed for)."""
    label = tokens(_BRACKETS.sub(" ", label_text))
    name = tokens(name_text)
    label_words = [word for word, _ in label]
    name_words = [word for word, _ in name]
    if _contains(label_words, name_words, lambda a, b: a == b):
        return "pass"
    abbreviated = {index for index, (_, dot) in enumerate(label) if dot}
    if abbreviated:
        words = list(enumerate(label_words))
        for start in range(len(name_words) - len(words) + 1):
            if all(word == name_words[start + offset] or offset in abbreviated and len(word) >= 2
                   and name_words[start + offset].startswith(word) for offset, word in words):
                return "lenient"
    if any(char in label_text + name_text for char in _HYPHENS):
        if "".join(label_words) in "".join(name_words):
            return "lenient"
    return "fail"


def visible_inner_text(element, ctx) -> tuple[str, bool]:
    """The text a sighted user sees in the element, and whether all of it could be computed."""
    styles = ctx.styles
    parts: list[str] = []
    certain = True
    # (node, phase): phase 0 opens the element, 1 closes it; strings are text to add.
    stack: list = [(element, 0)]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            parts.append(item)
            continue
        node, phase = item
        if not isinstance(node.tag, str) or not is_html(node):
            continue
        display = styles.value(node, "display")
        block = display is UNKNOWN or not (isinstance(display, str) and display.startswith("inline")) \
            and display != "contents"
        if phase == 1:
            after = styles.pseudo_content(node, "after")
            if after is UNKNOWN:
                certain = False
            elif after and not ctx.is_invisible(node):
                parts.append(after)
            if block and node is not element:
                parts.append(" ")
            continue
        if node.tag in _NO_TEXT or styles.is_display_none(node) is True or ctx.is_invisible(node) and \
                styles.visibility(node) not in ("hidden", "collapse"):
            continue
        if node.tag == "br":
            parts.append(" ")
            continue
        shown = not ctx.is_invisible(node) and not visually_hidden(node, ctx)
        if block and node is not element:
            parts.append(" ")
        if shown:
            before = styles.pseudo_content(node, "before")
            if before is UNKNOWN:
                certain = False
            elif before:
                parts.append(before)
        stack.append((node, 1))
        for child in reversed(node):
            if child.tail and shown:
                stack.append(child.tail)
            stack.append((child, 0))
        if node.text and shown:
            stack.append(node.text)
    return normalize_space("".join(parts)), certain


@rule(
    code="LBL001",
    name="label-in-name",
    title=Text("Controls labelled with visible text must have that text in their accessible name",
               "带有可见文字标签的控件，其可访问名称必须包含该文字"),
    messages={
        "mismatch": Text("The visible label \"{label}\" is not in the accessible name \"{name}\"; start the name "
                         "with the visible text, or remove aria-label",
                         "可见标签“{label}”不在可访问名称“{name}”中；请让名称以可见文字开头，或删除 aria-label"),
        "mismatch-unknown": Text("The visible label \"{label}\" does not seem to be in the accessible name "
                                 "\"{name}\" (some styles could not be read); check that the name contains the "
                                 "visible text",
                                 "可见标签“{label}”似乎不在可访问名称“{name}”中（部分样式无法读取）；"
                                 "请确认名称包含可见文字"),
    },
    selector="[aria-label], [aria-labelledby]",
    wcag=("2.5.3",),
    level="A",
    act=("2ee8b8",),
    standards=("EN-301-549:9.2.5.3",),
    tags=("cat.semantics", "speech-input"),
    severity="error",
    impact="serious",
    fix=Text("Make the accessible name start with the visible label text, or remove aria-label",
             "让可访问名称以可见标签文字开头，或删除 aria-label"),
)
def check(element, ctx):
    if not is_html(element) or ctx.role(element) not in _ROLES:
        return None
    if ctx.is_hidden(element):
        return None  # not rendered, or not in the accessibility tree (aria-hidden): it has no name to check
    label, certain = visible_inner_text(element, ctx)
    label_words = tokens(_BRACKETS.sub(" ", label))
    if not label_words or len(label_words) == 1 and len(label_words[0][0]) == 1 and not _wide(label_words[0][0]) \
            and not label_words[0][0].isdigit():
        return None  # no text, or a single letter: usually an icon ("X", "i")
    name = ctx.accessible_name(element)
    outcome = label_in_name(label, name)
    if outcome != "fail":
        return None
    if not certain or ctx.styles.unknown_sources:
        return Review("mismatch-unknown", label=label, name=name)
    return Fail("mismatch", label=label, name=name)

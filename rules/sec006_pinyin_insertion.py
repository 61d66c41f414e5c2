"""Page text should not be peppered with pinyin in parentheses.

## What it checks
Chinese text in which characters are followed by their pinyin in parentheses, over and over:
`網(wǎng)絡(luò )主播`, `辦(ban)公廳`. Pinyin is recognised with or without tone marks, in ASCII or full-width
parentheses, and must be a real syllable in lower case (`(GDP)`, `(AI)` and `(NASA)` are abbreviations,
not pinyin). The title, the description metadata and the body text are counted together (scripts, styles
and `<noscript>` are left out). With the defaults a page is reported when it has at least 5 insertions
and at least 10 per 1,000 Chinese characters; one finding per page, at the first insertion.

## Why it matters
Spam sites copy government notices and run them through "伪原创" rewriting, which inserts pinyin so that
search engines do not see the copy as a duplicate. On a government site the pattern means that the page
was replaced by such a copy (tampering), or that the text was pasted from one. Screen readers read every
inserted syllable aloud, and the text becomes hard to read for everyone.

## How to fix
Restore the original text. If the page was replaced, find out how (a CMS account, files changed on the
server) and close that hole. To give the reading of a rare character, use `<ruby>` (`<ruby>亳<rt>bó</rt></ruby>`)
once, not parentheses throughout.

## Failing example
```html
<html lang="zh-CN"><head><title>《網(wǎng)絡(luò )主播行為規范》</title></head><body>
<p>為進(jìn)一步規範網(wǎng)絡(luò )主播從業(yè)行為，國家廣播電視總局、文化和旅遊部共同制定了《網(wǎng)絡(luò )主播行為規范》。</p>
</body></html>
```

```html
<html lang="zh-CN"><head><title>通知</title></head><body>
<p>國務院辦(ban)公廳關(guan)於印發政(zheng)府網(wang)站發(fa)展指引的通知</p>
</body></html>
```

## Passing example
```html
<html lang="zh-CN"><head><title>亳州市简介</title></head><body>
<p>亳(bó)州市位于安徽省西北部，是国家历史文化名城。2023 年全市生产总值(GDP)增长 5.8%，人工智能(AI)产业加快发展。</p>
</body></html>
```

## Options
- `min-insertions` (integer, default 5): the fewest insertions a reported page has.
- `min-per-thousand` (integer, default 10): the fewest insertions per 1,000 Chinese characters.
The defaults are in `rules/data/security.toml`.

## Notes
On `../shared/corpus` this rule flags `spam/llmwebkit-cn-contentfarm__image_without_path.html`, a content
farm's copy of a regulation with 181 insertions such as `網(wǎng)絡(luò )` in 1,532 Chinese characters. The
`cn/` pages (the `mhxqwer-*` clones included) only have abbreviations in parentheses (`(GDP)`, `(AI)`,
`(WLAN)`, `(NASA)`), which are not pinyin.

## References
- research/COMPLIANCE.md §6 SEC-PINYIN-01 (pinyin-in-parentheses text), observed in the spam mirrors of
  the 政府网站发展指引 listed there.
- 政府网站与政务新媒体检查指标 (国办秘函〔2019〕19号), 安全事故: tampered pages not handled are a single veto
  (research/COMPLIANCE.md §1.2 CN-CHK-06).
- WHATWG HTML, the ruby element: https://html.spec.whatwg.org/multipage/text-level-semantics.html#the-ruby-element
"""

import re
import unicodedata

from a11ylint import security
from a11ylint.rule import Fail, Option, Text, rule

_DATA = security.data()["pinyin"]

_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_INSERTION = re.compile(r"([\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff])[(（]\s*"
                        r"([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]{1,6}[1-5]?)\s*[)）]")
# Standard pinyin syllables (tone marks removed; ü written as v or u).
_SYLLABLE = re.compile(
    r"^(?:[bpmfdtnlgkhjqxrzcsyw]|zh|ch|sh)?"
    r"(?:a|ai|an|ang|ao|e|ei|en|eng|er|i|ia|ian|iang|iao|ie|in|ing|iong|iu|o|ong|ou|u|ua|uai|uan|uang|ue|ui|un|uo|"
    r"v|ve|van|vn)$|^(?:m|n|ng|hm|hng)$"
)


def _plain(syllable: str) -> str:
    """The syllable without tone marks or tone number, ü as v."""
    decomposed = unicodedata.normalize("NFD", syllable.rstrip("12345"))
    plain = "".join(char for char in decomposed if not unicodedata.combining(char))
    return plain.replace("ü", "v").replace("u\u0308", "v")


@rule(
    code="SEC006",
    name="pinyin-insertion",
    title=Text("Page text should not be peppered with pinyin in parentheses", "页面文本不应夹杂大量括号拼音"),
    messages={
        "pinyin": Text(
            "The text has {count} pinyin insertions such as {examples} in {chars} Chinese characters, the mark of "
            "spam rewriting (伪原创); restore the original text",
            "文本中有 {count} 处“汉字(拼音)”插入（如{examples}），共 {chars} 个汉字，疑似垃圾站“伪原创”改写；请恢复原文",
        ),
    },
    requirements=("SEC-PINYIN-01",),
    tags=("security",),
    severity="warning",
    impact="moderate",
    options=[
        Option("min-insertions", "int", _DATA["min-insertions"], "The fewest insertions a reported page has.",
               minimum=1),
        Option("min-per-thousand", "int", _DATA["min-per-thousand"],
               "The fewest insertions per 1,000 Chinese characters.", minimum=0),
    ],
    fix=Text("Restore the original text without the inserted pinyin", "恢复未插入拼音的原文"),
)
def check(root, ctx):
    pieces = []  # (element, text)
    for title in ctx.select("title"):
        pieces.append((title, ctx.text(title)))
    for meta in ctx.select("meta[name][content]"):
        if (meta.get("name") or "").strip().lower() == "description":
            pieces.append((meta, meta.get("content")))
    pieces.extend(security.text_chunks(ctx))
    count = 0
    han = 0
    first = None
    examples = []
    for element, text in pieces:
        if not text:
            continue
        found = False
        for match in _INSERTION.finditer(text):
            if not _SYLLABLE.match(_plain(match.group(2))):
                continue
            count += 1
            found = True
            if len(examples) < 3:
                examples.append(match.group(0))
        if found and first is None:
            first = element
        han += len(_HAN.findall(text))
    options = ctx.options
    if count < options["min-insertions"] or count * 1000 < options["min-per-thousand"] * max(han, 1):
        return None
    lang = ctx.lang
    quoted = [f"“{example}”" if lang == "zh" else f'"{example}"' for example in examples]
    return Fail("pinyin", element=first, count=count, chars=han, examples=security.listing(quoted, lang, limit=3))

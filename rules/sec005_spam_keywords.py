"""Pages must not carry injected gambling, lottery or porn keywords.

## What it checks
Pairs of terms that, together, advertise gambling, lottery or porn sites (开云+体育, 欧洲杯+买球,
一肖一码+澳门, 国产精品+在线, casino+free spins) in the places spam injections write to:

- the `<title>`;
- the `keywords` and `description` metadata;
- hidden blocks (`display:none`, `visibility:hidden`, off-screen, zero-sized, text in its background
  colour);
- the text of links to other sites.

Each term alone is harmless — 体育 and 官网 are on every sports bureau's site — so a finding needs a
whole pair in one place. Chinese terms match anywhere in the text, Latin terms only as whole words
("casino" does not match a user called "elmercasinog"). A place that also holds an exempt term such as
打击, 整治, 涉赌 or "illegal" reports on the crime and is skipped. The shipped pairs are in
`rules/data/security.toml`, in three categories (gambling, lottery, porn); add your own with the
`extra-pairs` option.

## Why it matters
Hacked government sites are used to rank gambling and porn sites: the title and description that search
engines show are rewritten, and hidden blocks of keywords are added (SEO spam). Publishing or linking
pornographic or gambling content, and not handling tampered pages, fail a Chinese government site's
inspection (单项否决), and any site loses its visitors' trust.

## How to fix
Restore the title, metadata or block from a clean copy, then find out how the text got into the page (a
modified template, a CMS account, files changed on the server) and close that hole.

## Failing example
```html
<html lang="zh-CN"><head><title>开云体育官网入口 - 青禾县人民政府</title></head>
<body><p>关于开展秋季防汛安全大检查的通知</p></body></html>
```

```html
<html lang="zh-CN"><head><title>通知</title>
<meta name="description" content="澳门一肖一码精准资料免费大全"></head>
<body><p>关于开展秋季防汛安全大检查的通知</p>
<div style="display:none">国产精品 在线观看 高清免费</div></body></html>
```

```html
<html lang="en"><head><title>Parks</title></head><body><p>Opening hours</p>
<p><a href="https://slot88.example/">situs slot gacor maxwin</a></p></body></html>
```

## Passing example
```html
<html lang="zh-CN"><head><title>市体育局官网 - 体育彩票公益金使用情况公告</title>
<meta name="keywords" content="体育,官网,彩票,公益金"></head>
<body><p>关于开展秋季防汛安全大检查的通知</p></body></html>
```

```html
<html lang="zh-CN"><head><title>我市开展打击网络赌博专项行动 严厉查处境外赌场平台</title></head>
<body><p>公安机关依法打击赌博违法犯罪。</p></body></html>
```

```html
<html lang="en"><head><title>Book a slot online - City Library</title>
<meta name="description" content="Reserve a study room slot online."></head>
<body><p>Profile of elmercasinog</p></body></html>
```

## Options
- `pairs` (table of category = list of strings): the term pairs, `"A+B"` or `"A|B+C|D"` (any of A, B with
  any of C, D); setting it replaces the shipped table, so leave out a category to switch it off.
- `extra-pairs` (table of category = list of strings): pairs added to the shipped ones, by category (a new
  category name is shown as it is written).
- `exempt-terms` (list of strings): terms that mark a text as reporting on the crime; `extra-exempt-terms`
  adds to them.
The defaults are in `rules/data/security.toml`.

## Notes
On `../shared/corpus` this rule flags:
- `spam/llmwebkit-cn-company2__test_all_ids_tag.html`, whose heading, top links and navigation were
  rewritten to advertise a casino: two links to `ww787000.com` read 缅甸银河国际网址 (银河国际+网址);
- `spam/llmwebkit-cn-contentfarm__image_without_path.html`, whose "friend links" point to porn sites
  (中文字幕,无码专区,亚洲一区 / 人人干人人操人人 / 在线看 A片).

It does not flag `spam/magichtml-forum-casino__…`: the only "casino" on that forum page is the user name
`elmercasinog`, and no gambling term pair occurs anywhere in it. No page under `cn/` (the `mhxqwer-*`
clones included) or the other country folders is flagged; the shipped pairs do not even occur in their
visible text.

## References
- research/COMPLIANCE.md §6 SEC-KW-01 (gambling/porn keyword injection, term pairs), after the keyword
  pairs and title/metadata/hidden-block regions of XingZhou2024/WebsiteTamperingDetector.
- 政府网站与政务新媒体检查指标 (国办秘函〔2019〕19号): publishing or linking pornographic content, and tampered
  pages not handled, are single vetoes (research/COMPLIANCE.md §1.2 CN-CHK-05, CN-CHK-06).
- Google Search spam policies, keyword stuffing and hacked content:
  https://developers.google.com/search/docs/essentials/spam-policies#hacked-content
"""

import re
from functools import lru_cache

from a11ylint import security
from a11ylint.rule import Fail, Option, Text, rule

_DATA = security.data()["keywords"]
_CATEGORIES = {"gambling": ("gambling", "赌博"), "lottery": ("lottery", "彩票"), "porn": ("porn", "色情")}
_META = {"keywords": ("keywords", "关键词（keywords）"), "description": ("description", "描述（description）")}


@rule(
    code="SEC005",
    name="spam-keywords",
    title=Text("Pages must not carry injected gambling, lottery or porn keywords", "页面不得含有被植入的赌博、彩票或色情关键词"),
    messages={
        "title": Text(
            "The page title pairs {category} terms ({pairs}); if the site did not write it, the page has been "
            "tampered with: restore it and find out how",
            "页面标题含有{category}类关键词组合（{pairs}）；如非本站发布，说明页面已被篡改，请恢复原内容并排查原因",
        ),
        "meta": Text(
            "The meta {name} pairs {category} terms ({pairs}); if the site did not write it, the page has been "
            "tampered with: restore it and find out how",
            "meta {name}含有{category}类关键词组合（{pairs}）；如非本站发布，说明页面已被篡改，请恢复原内容并排查原因",
        ),
        "hidden": Text(
            "Hidden block pairs {category} terms ({pairs}), a sign of injected spam; remove it and find out how "
            "it got into the page",
            "隐藏区块含有{category}类关键词组合（{pairs}），疑似被植入的垃圾内容；请删除该区块，并排查植入途径",
        ),
        "link": Text(
            "A link to another site pairs {category} terms in its text ({pairs}), a sign of an injected spam "
            "link; remove it and find out how it got into the page",
            "1 个外部链接的文字含有{category}类关键词组合（{pairs}），疑似被植入的垃圾链接；请删除该链接，并排查植入途径",
        ),
        "links": Text(
            "{count} links to other sites pair {category} terms in their text ({pairs}), a sign of injected "
            "spam links; remove them and find out how they got into the page",
            "{count} 个外部链接的文字含有{category}类关键词组合（{pairs}），疑似被植入的垃圾链接；请删除这些链接，"
            "并排查植入途径",
        ),
    },
    requirements=("SEC-KW-01",),
    tags=("security",),
    severity="warning",
    impact="serious",
    options=[
        Option("pairs", "dict[str, list[str]]", _DATA["pairs"],
               'Term pairs by category: "A+B", or "A|B+C|D" for any of A, B with any of C, D.'),
        Option("extra-pairs", "dict[str, list[str]]", {}, "Pairs added to the shipped ones, by category."),
        Option("exempt-terms", "list[str]", _DATA["exempt"],
               "Terms that mark a text as reporting on the crime (打击, 整治, illegal); such texts are skipped."),
        Option("extra-exempt-terms", "list[str]", [], "Terms to add to exempt-terms."),
    ],
    fix=Text("Restore the tampered text from a clean copy, then find and close the hole that let it in",
             "用干净的副本恢复被篡改的内容，并排查、封堵植入途径"),
)
def check(root, ctx):
    options = ctx.options
    table = {category: list(entries) for category, entries in options["pairs"].items()}
    for category, entries in options["extra-pairs"].items():
        table.setdefault(category, []).extend(entries)
    matcher = _matcher(_freeze(table), tuple((*options["exempt-terms"], *options["extra-exempt-terms"])))
    if matcher is None:
        return
    lang = ctx.lang
    for title in ctx.select("title"):
        found = matcher.pairs(ctx.text(title))
        if found:
            yield Fail("title", element=title, **_describe(found, lang))
    for meta in ctx.select("meta[name][content]"):
        name = (meta.get("name") or "").strip().lower()
        if name in _META:
            found = matcher.pairs(meta.get("content"))
            if found:
                yield Fail("meta", element=meta, name=_META[name][1 if lang == "zh" else 0], **_describe(found, lang))
    # Hidden blocks and links: nothing to look for unless the body's text, with the links' titles, holds a
    # pair somewhere (which spares almost every page the CSS cascade).
    chunks = security.text_chunks(ctx)
    links = ctx.select("a[href]")
    gate = " ".join([text for _, text in chunks] + [link.get("title") or "" for link in links])
    if not matcher.pairs(gate, exempt=False):
        return
    blocks: dict = {}
    for element, text in chunks:
        if matcher.any_term.search(text.lower()) and security.concealment(element, ctx) is not None:
            block = _outermost_hidden(element, ctx)
            blocks.setdefault(block, None)
    reported = []
    for block in blocks:
        if any(block is other or any(ancestor is other for ancestor in block.iterancestors()) for other in reported):
            continue
        found = matcher.pairs(ctx.text(block))
        if found:
            reported.append(block)
            yield Fail("hidden", element=block, **_describe(found, lang))
    # Links to other sites (visible ones: hidden ones belong to their block).
    own = security.page_hosts(ctx)
    spam_links = []
    found_all: dict = {}
    for link in links:
        host = security.link_host(link.get("href"))
        if host is None or security.site_of(host) in own:
            continue
        text = " ".join(part for part in (ctx.text(link), link.get("title") or "") if part)
        if not text or not matcher.any_term.search(text.lower()):
            continue
        found = matcher.pairs(text)
        if found and security.concealment(link, ctx) is None:
            spam_links.append(link)
            for key, value in found.items():
                found_all.setdefault(key, value)
    if spam_links:
        yield Fail("links" if len(spam_links) > 1 else "link", element=spam_links[0], count=len(spam_links),
                   **_describe(found_all, lang))


def _outermost_hidden(element, ctx):
    block = element
    for ancestor in element.iterancestors():
        if ancestor.tag in ("body", "html") or security.concealment(ancestor, ctx) is None:
            break
        block = ancestor
    return block


def _describe(found: dict, lang: str) -> dict:
    """Message data: the categories and the matched pairs, in the message language."""
    index = 1 if lang == "zh" else 0
    categories = list(dict.fromkeys(category for category, _ in found))
    labels = [_CATEGORIES.get(category, (category, category))[index] for category in categories]
    if lang == "zh":
        category_text = "、".join(labels)
    else:
        category_text = labels[0] if len(labels) == 1 else ", ".join(labels[:-1]) + " and " + labels[-1]
    pairs = list(dict.fromkeys(found.values()))
    return {"category": category_text, "pairs": security.listing(pairs, lang, limit=4, unit="组")}


def _freeze(table: dict) -> tuple:
    return tuple((category, tuple(entries)) for category, entries in sorted(table.items()))


class _Matcher:
    def __init__(self, pairs: list, exempt: list, any_term: re.Pattern):
        self._pairs = pairs  # [(category, entry, [[term, ...] per part])]
        self._exempt = exempt
        self.any_term = any_term

    def pairs(self, text: str, exempt: bool = True) -> dict:
        """{(category, entry): "A+B"} for the pairs found in the text, or {} (also when it is exempt)."""
        text = (text or "").lower()
        if not text.strip() or exempt and any(_find(term, text) for term in self._exempt):
            return {}
        found = {}
        for category, entry, parts in self._pairs:
            used = []
            rest = text  # each part must match text that no earlier part of the pair used (国产精品 is not 精品 too)
            for alternatives in parts:
                hit = next((term for term in alternatives if _find(term, rest)), None)
                if hit is None:
                    break
                used.append(hit)
                rest = _blank(hit, rest)
            else:
                found[(category, entry)] = "+".join(term[0] for term in used)
        return found


def _term(term: str):
    """(the term, None) for a Chinese term, matched as a substring; (the term, pattern) for a Latin one,
    matched as a whole word."""
    term = term.strip().lower()
    if not term:
        return None
    if term.isascii():
        return term, re.compile(r"(?<![a-z0-9])" + re.escape(term) + r"(?![a-z0-9])")
    return term, None


def _blank(term, text: str) -> str:
    word, pattern = term
    if pattern is None:
        return text.replace(word, " ")
    return pattern.sub(" ", text)


def _find(term, text: str) -> bool:
    word, pattern = term
    return word in text and (pattern is None or pattern.search(text) is not None)


@lru_cache(maxsize=16)
def _matcher(table: tuple, exempt: tuple):
    pairs = []
    terms = set()
    for category, entries in table:
        for entry in entries:
            parts = [[term for term in map(_term, part.split("|")) if term is not None] for part in entry.split("+")]
            if len(parts) < 2 or not all(parts):
                continue  # a pair needs two parts; a single term is no evidence
            pairs.append((category, entry, parts))
            for alternatives in parts:
                terms.update(word for word, _ in alternatives)
    if not pairs:
        return None
    alternatives = sorted((re.escape(word) for word in terms), key=len, reverse=True)
    return _Matcher(pairs, [term for term in map(_term, exempt) if term is not None],
                    re.compile("|".join(alternatives)))

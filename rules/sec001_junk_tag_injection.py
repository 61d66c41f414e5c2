"""Pages must not carry runs of injected junk markup.

## What it checks
A run of empty elements whose only attribute is an `id`, written one after another (nested or side by
side, with nothing but whitespace or a list marker such as "•" or "1." between them), drawn from a mixed
bag of tags — unknown (`<delect>`), obsolete (`<center>`, `<menuitem>`, `<strike>`) and rarely used ones
(`<legend>`, `<samp>`, `<rt>`, `<meter>`…) — whose ids are reused across the run. With the defaults a run
is reported when it has at least 10 such elements of at least 4 different tags, at least 80 % of them
carry an id used more than once in the page and at least 30 % are unknown, obsolete or rare tags.

Each run gives **one** finding, at its first element, that says how many elements it has, which tags,
which ids repeat and which lines it spans. Elements the parser drops (a `<td>` outside a table) are not
counted. A lone empty element with a repeated id elsewhere in the page is not a run.

## Why it matters
This markup is the fingerprint of 泛目录 / 站群 SEO-spam templates: attackers who get write access to a
site's templates pad pages with random junk tags so that search engines do not see the copied pages as
duplicates. Inspections treat tampered pages (内容被篡改) as a security incident that fails the site
(政府网站与政务新媒体检查指标, 安全事故 single veto). The junk also breaks the page for assistive
technology: unknown elements, stray list items and dozens of duplicate ids.

## How to fix
Delete the injected elements, then find out how they got into the page (a modified template, a CMS
account, files changed on the server) and close that hole; check the site's other pages too.

## Failing example
```html
<html lang="zh-CN"><head><title>通知</title></head><body>
<legend id="h4sia"></legend><samp id="h4sia"></samp><sup id="h4sia"></sup>
<mark id="h4sia"><del id="h4sia"></del></mark><delect id="h4sia"></delect>
<address id="h4sia"></address><menuitem id="h4sia"></menuitem>
<blockquote id="h4sia"><rt id="h4sia"></rt></blockquote>
<center id="h4sia"><delect id="h4sia"></delect></center><dl id="h4sia"></dl>
<p>关于开展秋季防汛安全大检查的通知</p>
</body></html>
```

```html
<html lang="en"><head><title>Notice</title></head><body><p>Opening hours</p>
<div style="display: none"><acronym id="dadr-sped"></acronym><tt id="iahx-pudh"></tt>
<menuitem id="dadr-sped"></menuitem><strike id="iahx-pudh"></strike><xmp id="kqow-zrta"></xmp>
<big id="kqow-zrta"></big><dir id="dadr-sped"></dir><listing id="iahx-pudh"></listing>
<nobr id="kqow-zrta"></nobr><delect id="pxna-wubo"></delect><sup id="pxna-wubo"></sup></div>
</body></html>
```

## Passing example
```html
<html lang="zh-CN"><head><title>通知</title></head><body>
<div id="header"></div><div id="nav"></div><div id="main"><p>关于开展秋季防汛安全大检查的通知</p></div>
<p id="q7vz3"></p>
<a id="top"></a><span id="hits"></span><div id="map"></div>
</body></html>
```

```html
<html lang="en"><head><title>Layout</title></head><body>
<div id="c"></div><div id="c"></div><div id="c"></div><div id="c"></div><div id="c"></div>
<div id="c"></div><div id="c"></div><div id="c"></div><div id="c"></div><div id="c"></div>
<p>Ten identical spacer divs are poor markup, but not a mixed bag of junk tags.</p>
</body></html>
```

## Options
- `min-elements` (integer, default 10): the fewest elements a reported run has.
- `min-tags` (integer, default 4): the fewest different tag names in it.
- `min-reused-percent` (integer, default 80): the share of its elements whose id is used more than once.
- `min-rare-percent` (integer, default 30): the share of unknown, obsolete or rare tags.
- `max-gap-chars` (integer, default 3): the most characters (besides whitespace) between two elements.
- `rare-tags` (list of strings): the conforming tags that count as rare; `extra-rare-tags` adds to them.
The defaults are in `rules/data/security.toml`.

## Notes
On `../shared/corpus` and the examples this rule flags:
- the seed page: one run on lines 1–18, 20 elements, all `id="h4sia"` (the `<td>` and `<th>` of the seed
  are dropped by the parser and not counted);
- `spam/llmwebkit-cn-company2__test_all_ids_tag.html`: one run of 464 elements with `id="q3qix"` in a
  `display:none` block written after `</body>` (lines 418–658);
- `spam/llmwebkit-cn-contentfarm__image_without_path.html`: two runs, `id="91yt8"` at the top of the body
  and `id="0ztrd"` after `</body>`, each in a `display:none` block, hence two findings;
- `examples/county-notice.html`: one run on lines 14–24, `id="q7vz3"` (the later lone `<p id="q7vz3">`
  in the article is not part of it).

No page under `cn/` (including the `mhxqwer-*` third-party clones, whose tampering is in their text, not
in junk tags) or under the other country folders has a run of even four such elements.

## References
- research/COMPLIANCE.md §6 SEC-JUNK-01 (random junk-tag trailer) and §5.1 HTML-UNKNOWN-01,
  HTML-OBSOLETE-01, HTML-ID-01, HTML-EMPTY-01.
- 政府网站与政务新媒体检查指标 (国办秘函〔2019〕19号), 安全事故: pages tampered with (内容被篡改) and not
  handled are a single veto (research/COMPLIANCE.md §1.2 CN-CHK-06).
- WHATWG HTML, the id attribute (unique ids) and §16 obsolete features:
  https://html.spec.whatwg.org/multipage/dom.html#the-id-attribute
"""

from collections import Counter

from a11ylint import security
from a11ylint.dom import local_name
from a11ylint.rule import Fail, Option, Text, rule

_DATA = security.data()["junk"]


@rule(
    code="SEC001",
    name="junk-tag-injection",
    title=Text("Pages must not carry runs of injected junk markup", "页面不得含有被植入的垃圾标签"),
    messages={
        "run": Text(
            "Injected junk markup on lines {first}–{last}: {count} empty elements ({tags}) reusing {ids}; "
            "remove them and find out how they got into the page",
            "第 {first}–{last} 行疑似被植入垃圾标签：{count} 个空元素（{tags}）重复使用 {ids}；"
            "请删除这些标签，并排查植入途径",
        ),
        "run-one-line": Text(
            "Injected junk markup on line {first}: {count} empty elements ({tags}) reusing {ids}; "
            "remove them and find out how they got into the page",
            "第 {first} 行疑似被植入垃圾标签：{count} 个空元素（{tags}）重复使用 {ids}；请删除这些标签，并排查植入途径",
        ),
    },
    requirements=("SEC-JUNK-01",),
    tags=("security",),
    severity="error",
    impact="serious",
    options=[
        Option("min-elements", "int", _DATA["min-elements"], "The fewest elements a reported run has.", minimum=2),
        Option("min-tags", "int", _DATA["min-tags"], "The fewest different tag names in a reported run.",
               minimum=1),
        Option("min-reused-percent", "int", _DATA["min-reused-percent"],
               "The share (percent) of a run's elements whose id is used more than once in the page.", minimum=0),
        Option("min-rare-percent", "int", _DATA["min-rare-percent"],
               "The share (percent) of a run's elements that are unknown, obsolete or rare tags.", minimum=0),
        Option("max-gap-chars", "int", _DATA["max-gap-chars"],
               "The most characters, besides whitespace, that may stand between two elements of a run.", minimum=0),
        Option("rare-tags", "list[str]", _DATA["rare-tags"], "Conforming tags that count as rare."),
        Option("extra-rare-tags", "list[str]", [], "Tags to add to rare-tags."),
    ],
    fix=Text("Delete the injected elements, then find and close the hole that let them in (template, CMS account, "
             "server files)",
             "删除被植入的元素，并排查、封堵植入途径（模板、内容管理系统账号、服务器文件）"),
)
def check(root, ctx):
    options = ctx.options
    rare = frozenset(options["rare-tags"]) | frozenset(options["extra-rare-tags"])
    id_uses = {value: len(elements) for value, elements in ctx.ids().items()}
    for run in security.junk_runs(ctx, options["max-gap-chars"]):
        elements = run.elements
        count = len(elements)
        if count < options["min-elements"]:
            continue
        tags = list(dict.fromkeys(local_name(element) for element in elements))
        if len(tags) < options["min-tags"]:
            continue
        reused = [element for element in elements if id_uses.get(element.get("id"), 0) > 1]
        if len(reused) * 100 < options["min-reused-percent"] * count:
            continue
        odd = [element for element in elements if security.junk_kind(local_name(element), rare)]
        if len(odd) * 100 < options["min-rare-percent"] * count:
            continue
        ids = [value for value, _ in Counter(element.get("id") for element in reused).most_common()]
        first = ctx.position(elements[0])[0]
        last = ctx.position(elements[-1])[0]
        lang = ctx.lang
        id_list = security.listing(ids, lang, limit=4, quote='"')
        if lang == "zh":
            id_text = "id " + id_list
        else:
            id_text = ("the id " if len(ids) == 1 else "the ids ") + id_list
        tag_list = security.listing([f"<{tag}>" for tag in tags], lang, limit=6, unit="种")
        yield Fail("run" if last > first else "run-one-line", element=elements[0], first=first, last=last,
                   count=count, tags=tag_list, ids=id_text)

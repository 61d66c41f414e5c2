"""Pages must not show search engines something other than what people see.

## What it checks
Inline scripts that read who is asking — the browser's `navigator.userAgent`, or `document.referrer`, the
page the visitor came from — compare it with the name of a search engine or its spider (`baidu`,
`Baiduspider`, `sogou`, `360Spider`, `Googlebot`, `bing`…) and then rewrite the page: set
`document.title`, change `location` (a redirect), call `document.write` or replace the page's HTML. The
read, the search-engine name and the rewrite must be close together (within 400 characters by default),
so a long script that detects phones in one place and mentions Google elsewhere is not reported, and
writing nothing but a `<script>` loader (statistics kept away from spiders) is not a rewrite. One finding
per script.

## Why it matters
This is cloaking, the signature of hacked pages that sell their search ranking: the spider sees gambling
keywords in the title, or visitors who arrive from a search engine are sent to a gambling site, while the
site's staff, who type the address directly, see nothing wrong. Inspections treat tampered pages (页面被
挂马、内容被篡改) as a security incident that fails the site (安全事故 single veto).

## How to fix
Remove the script, then find out how it got into the page (a modified template or include, a CMS account,
files changed on the server) and close that hole. Look for the same code in the site's other pages and
scripts.

## Failing example
```html
<html lang="zh-CN"><head>
<script>if(navigator.userAgent.toLocaleLowerCase().indexOf("baidu") == -1){document.title = "天津金属制品有限公司"}</script>
<title>澳门银河国际 官网</title></head><body><p>公司简介</p></body></html>
```

```html
<html lang="en"><head><title>Parks</title>
<script>
var ref = document.referrer;
if (/google|bing|yahoo/i.test(ref)) { window.location.href = "https://casino.example/"; }
</script></head><body><p>Opening hours</p></body></html>
```

## Passing example
```html
<html lang="zh-CN"><head><title>通知</title>
<script>
function browserRedirect() {
  var ua = navigator.userAgent.toLowerCase();
  if (/iphone|android|ipad/.test(ua)) { window.location.href = "/wap/index.html"; }
}
browserRedirect();
</script></head><body><p>正文</p></body></html>
```

```html
<html lang="en"><head><title>Parks</title>
<script>
var _hmt = _hmt || [];
(function() {
  var hm = document.createElement("script");
  hm.src = "https://hm.baidu.com/hm.js?0a531a7cda40bcfb307e2bb8c2836138";
  var s = document.getElementsByTagName("script")[0];
  s.parentNode.insertBefore(hm, s);
})();
</script></head><body><p>Opening hours</p></body></html>
```

## Options
- `spiders` (list of strings): search-engine and spider names looked for; `extra-spiders` adds to them.
- `window-chars` (integer, default 400): how close the read, the name and the rewrite must be.
The defaults are in `rules/data/security.toml`.

## Notes
On `../shared/corpus` this rule flags one page, `spam/llmwebkit-cn-company2__test_all_ids_tag.html`: the
first thing in its `<head>` is `if(navigator.userAgent.toLocaleLowerCase().indexOf("baidu") == -1){document.title
= "…天津郎丰达金属制品有限公司"}`, which gives every visitor but Baidu's spider the company's title, so that the
title served to the spider can carry other keywords (in this saved copy both titles name the company; the
page's heading and links advertise a casino, see SEC005). Browser and phone detection on the `cn/` pages
(`browserRedirect`, `IsPC`, WeChat and IE checks, the `mhxqwer-*` clones' redirects to mobile pages) and
the Baidu push and 统计 loaders are not reported; no other corpus page is flagged.

## References
- research/COMPLIANCE.md §6 SEC-CLOAK-01 (UA/referrer cloaking JS), after the UA patterns of
  XingZhou2024/WebsiteTamperingDetector `core/detector.py`.
- 政府网站与政务新媒体检查指标 (国办秘函〔2019〕19号), 安全事故: pages tampered with and not handled are a
  single veto (research/COMPLIANCE.md §1.2 CN-CHK-06).
- Google Search spam policies, cloaking and sneaky redirects:
  https://developers.google.com/search/docs/essentials/spam-policies#cloaking
"""

import re

from a11ylint import security
from a11ylint.rule import Fail, Option, Text, rule

_DATA = security.data()["cloak"]

_READ = re.compile(r"navigator\s*(?:\.\s*|\[\s*['\"])useragent|document\s*(?:\.\s*|\[\s*['\"])referrer")
_WRITES = (
    ("title", re.compile(r"document\s*\.\s*title\s*=(?!=)")),
    ("location", re.compile(r"\blocation\s*(?:\.\s*href\s*)?=(?!=)|\blocation\s*\.\s*(?:replace|assign)\s*\(|"
                            r"\bwindow\s*\.\s*open\s*\(|http-equiv\s*=\s*\\?[\"']?refresh")),
    ("content", re.compile(r"document\s*\.\s*write(?:ln)?\s*\(|\.\s*(?:inner|outer)html\s*=(?!=)")),
)
_SCRIPT_LOADER = re.compile(r"\s*(?:unescape\s*\(\s*)?[\"']\s*(?:<|%3c)script", re.IGNORECASE)
_SOURCES = {"useragent": ("the user agent", "浏览器标识（User-Agent）是否为"),
            "referrer": ("the referrer", "来源页面（Referrer）是否来自")}
_TARGETS = {
    "title": ("the page title", "页面标题"),
    "location": ("the address (a redirect)", "页面地址（跳转）"),
    "content": ("the page content", "页面内容"),
}


def _names_pattern(names) -> re.Pattern:
    alternatives = sorted({name.lower() for name in names if name.strip()}, key=len, reverse=True)
    return re.compile(r"(?<![a-z0-9])(?:" + "|".join(re.escape(name) for name in alternatives) + r")")


@rule(
    code="SEC003",
    name="cloaking-script",
    title=Text("Pages must not show search engines something other than what people see",
               "页面不得针对搜索引擎展示与普通访客不同的内容"),
    messages={
        "cloaking": Text(
            "Inline script checks {source} for {names} and then changes {target}: search-engine cloaking; "
            "remove it and find out how it got into the page",
            "内联脚本检测{source} {names} 后改写{target}，属于针对搜索引擎的伪装（cloaking）；请删除该脚本，并排查植入途径",
        ),
    },
    requirements=("SEC-CLOAK-01",),
    tags=("security",),
    severity="error",
    impact="critical",
    options=[
        Option("spiders", "list[str]", _DATA["spiders"], "Search-engine and spider names looked for."),
        Option("extra-spiders", "list[str]", [], "Names to add to spiders."),
        Option("window-chars", "int", _DATA["window-chars"],
               "How close (in characters) the read, the name and the rewrite must be.", minimum=1),
    ],
    fix=Text("Remove the cloaking script, then find and close the hole that let it in",
             "删除伪装脚本，并排查、封堵植入途径"),
)
def check(root, ctx):
    scripts = security.inline_scripts(ctx)
    if not scripts:
        return
    options = ctx.options
    names = _names_pattern([*options["spiders"], *options["extra-spiders"]])
    window = options["window-chars"]
    lang = ctx.lang
    for script, code in scripts:
        code = code.lower()
        found = _cloaking(code, names, window)
        if found is None:
            continue
        source, spiders, target = found
        index = 1 if lang == "zh" else 0
        yield Fail("cloaking", element=script, source=_SOURCES[source][index],
                   names=security.listing(spiders, lang, limit=4, quote='"'), target=_TARGETS[target][index])


def _cloaking(code: str, names: re.Pattern, window: int):
    """(what is read, the names near it, what is rewritten) for the first read that qualifies, else None."""
    for read in _READ.finditer(code):
        start, end = max(0, read.start() - window), read.end() + window
        nearby = sorted({match.group(0) for match in names.finditer(code, start, end)})
        if not nearby:
            continue
        for target, pattern in _WRITES:
            for write in pattern.finditer(code, start, end + window):
                if target == "content" and _SCRIPT_LOADER.match(code, write.end(), write.end() + 40):
                    continue  # writing a <script> loader only (analytics kept away from spiders) is no cloaking
                source = "referrer" if "referrer" in read.group(0) else "useragent"
                return source, nearby, target
    return None

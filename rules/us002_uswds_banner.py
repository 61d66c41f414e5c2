"""US federal sites must open every page with the official government banner.

## What it checks
The USWDS banner — `<section class="usa-banner">` or the `<usa-banner>` web component — must be on the
page and:

- say "An official website of the United States government" (Spanish: "Un sitio oficial del Gobierno de
  Estados Unidos");
- have a "Here's how you know" button (Spanish: "Así es como usted puede verificarlo") that opens the
  explanation of official `.gov` (or `.mil`) domains and HTTPS;
- come first: nothing visible may precede it except the skip link (`usa-skipnav`, "Skip to main
  content").

The text checks are skipped for `<usa-banner>`, whose text lives in its shadow DOM. Agencies that ship the
banner under another class name can add selectors through the `selectors` option.

These requirements apply to federal executive-branch websites. State and local `.gov` sites must not use
the banner's federal wording unchanged, so this rule runs only when you choose the `us-federal` profile (or
select it), never in the `us-title2` profile.

Corpus check (`../shared/corpus/us`, 76 saved federal, state and local pages from 2004–2017): none has a
USWDS banner, which only became the standard for federal sites with USWDS 1.0 (2017) and the 21st Century
IDEA; run on current federal pages, this rule reports only real gaps.

## Why it matters
The banner is how visitors tell an official federal site from a look-alike before they enter personal or
financial data: it explains that `.gov` domains and HTTPS connections are the marks to check. It must look
and read the same on every federal site, and come first, so that screen reader and keyboard users meet it
right after the skip link, as sighted users see it at the top.

## How to fix
Use the USWDS banner component unchanged, as the first element after the skip link, on every page.

## Failing example
```html
<html lang="en"><title>Agency news</title><body>
<a class="usa-skipnav" href="#main">Skip to main content</a>
<header><p>Department of Examples</p></header>
<section class="usa-banner" aria-label="Official website of the United States government">
  <p class="usa-banner__header-text">An official website of the United States government</p>
</section>
<main id="main"><p>Text</p></main></body></html>
```

```html
<html lang="en"><title>Agency news</title><body><main><p>Text</p></main></body></html>
```

## Passing example
```html
<html lang="en"><title>Agency news</title><body>
<a class="usa-skipnav" href="#main">Skip to main content</a>
<section class="usa-banner" aria-label="Official website of the United States government">
  <div class="usa-accordion"><header class="usa-banner__header"><div class="usa-banner__inner">
    <img class="usa-banner__header-flag" src="us_flag_small.png" alt="U.S. flag">
    <p class="usa-banner__header-text">An official website of the United States government</p>
    <button type="button" class="usa-accordion__button usa-banner__button" aria-expanded="false"
            aria-controls="gov-banner"><span class="usa-banner__button-text">Here’s how you know</span></button>
  </div></header>
  <div class="usa-banner__content usa-accordion__content" id="gov-banner" hidden>
    <p><strong>Official websites use .gov</strong><br>A .gov website belongs to an official government
    organization in the United States.</p>
    <p><strong>Secure .gov websites use HTTPS</strong><br>A lock or https:// means you’ve safely connected to
    the .gov website.</p>
  </div></div>
</section>
<header><p>Department of Examples</p></header>
<main id="main"><p>Text</p></main></body></html>
```

## Options
- `selectors` (list of strings, default `[".usa-banner", "usa-banner"]`): CSS selectors of the banner.

## References
- USWDS banner component and its guidance: https://designsystem.digital.gov/components/banner/
  (research/COMPLIANCE.md US-BANNER-01, from uswds/uswds-site `_components/banner`).
- 21st Century Integrated Digital Experience Act and OMB M-23-22 (consistent visual identity of federal
  websites), research/COMPLIANCE.md US-M2322-01.
"""

import re

from a11ylint.rule import Fail, Option, Text, rule
from a11ylint.skiplinks import SKIP_TEXT
from a11ylint.statements import normalize

_OFFICIAL = re.compile(r"an official website of the united states government|"
                       r"un sitio oficial del gobierno de estados unidos")
_HOW = re.compile(r"here's how you know|así es como usted puede verificarlo")
_EXPLAINS_DOMAIN = re.compile(r"\.gov\b|\.mil\b")
_EXPLAINS_HTTPS = re.compile(r"https")
_NOT_CONTENT = frozenset(("script", "style", "noscript", "template", "link", "meta", "head", "title", "base"))
_CONTENT_ELEMENTS = frozenset(("img", "input", "button", "select", "textarea", "iframe", "svg", "video", "audio",
                               "canvas", "object", "embed"))
_HIDDEN_CLASS = re.compile(r"(?:^|\s)(?:usa-sr-only|sr-only|visually-hidden|usa-skipnav|skip[\w-]*)(?:\s|$)")


@rule(
    code="US002",
    name="uswds-banner",
    title=Text("US federal sites must open every page with the official government banner",
               "美国联邦网站每个页面的开头都必须有官方政府网站横幅"),
    messages={
        "missing": Text("The page has no official government banner (USWDS usa-banner); add it as the first "
                        "element after the skip link",
                        "页面没有官方政府网站横幅（USWDS usa-banner）；请把它放在跳转链接之后的第一个位置"),
        "text": Text("The banner does not say \"An official website of the United States government\"; use the "
                     "banner's standard text",
                     "横幅没有写明“An official website of the United States government”（美国政府官方网站）；"
                     "请使用横幅的标准文字"),
        "toggle": Text("The banner has no \"Here's how you know\" button; add it, with the explanation of .gov "
                       "and HTTPS it opens",
                       "横幅没有“Here's how you know”（如何识别）按钮；请加上该按钮及其展开的 .gov 与 HTTPS 说明"),
        "toggle-not-button": Text("\"Here's how you know\" is a <{tag}>, not a button, so keyboard and screen "
                                  "reader users cannot open the explanation; make it a <button>",
                                  "“Here's how you know”是 <{tag}> 元素而不是按钮，键盘和读屏用户无法展开说明；"
                                  "请改为 <button>"),
        "explanation": Text("The banner does not explain {missing_en}; keep the standard text about official "
                            ".gov domains and HTTPS",
                            "横幅没有说明{missing_zh}；请保留关于官方 .gov 域名和 HTTPS 的标准说明"),
        "placement": Text("The banner is not at the top of the page: \"{first}\" comes before it; move the banner "
                          "right after the skip link",
                          "横幅不在页面顶部：“{first}”出现在它之前；请把横幅移到跳转链接之后"),
    },
    selector=":root",
    jurisdiction=("US",),
    requirements=("US-BANNER-01",),
    tags=("uswds",),
    severity="error",
    impact="moderate",
    options=(Option("selectors", "list[str]", [".usa-banner", "usa-banner"], "CSS selectors of the banner"),),
    fix=Text("Put the USWDS banner, unchanged, right after the skip link on every page",
             "在每个页面的跳转链接之后放置未经改动的 USWDS 官方横幅"),
)
def check(root, ctx):
    body = next(iter(ctx.select("body")), root)
    banners = []
    for selector in ctx.options["selectors"]:
        banners.extend(element for element in ctx.select(selector) if element not in banners)
    banners = [banner for banner in banners if not any(ancestor in banners for ancestor in banner.iterancestors())]
    if not banners:
        yield Fail("missing", element=body)
        return
    banners.sort(key=ctx.document.offset)
    banner = banners[0]
    text = normalize(ctx.text(banner))
    if text or banner.tag != "usa-banner":
        if not _OFFICIAL.search(text):
            yield Fail("text", element=banner)
        yield from _toggle(banner, ctx)
        missing_en, missing_zh = [], []
        if not _EXPLAINS_DOMAIN.search(text):
            missing_en.append("official .gov domains")
            missing_zh.append("官方 .gov 域名")
        if not _EXPLAINS_HTTPS.search(text):
            missing_en.append("HTTPS")
            missing_zh.append("HTTPS")
        if missing_en:
            yield Fail("explanation", element=banner, missing_en=" or ".join(missing_en),
                       missing_zh="和".join(missing_zh))
    first = _first_content(body, banner, ctx)
    if first is not None:
        yield Fail("placement", element=banner, first=first)


def _toggle(banner, ctx):
    for element in banner.iter():
        if not isinstance(element.tag, str) or not _HOW.search(normalize(ctx.text(element))):
            continue
        control = element
        while control is not None and control is not banner:
            if control.tag == "button" or (control.get("role") or "").strip().lower() == "button":
                return
            control = control.getparent()
    toggles = [element for element in banner.iter()
               if isinstance(element.tag, str) and _HOW.search(normalize(element.text or ""))]
    if toggles:
        yield Fail("toggle-not-button", element=toggles[0], tag=toggles[0].tag)
    else:
        yield Fail("toggle", element=banner)


def _first_content(body, banner, ctx):
    """The visible text (or image, or control) that comes before the banner, skip links aside; None when
    the banner comes first."""
    ancestors = set(banner.iterancestors())
    stack = [(iter(body), None)]
    while stack:
        children, owner = stack[-1]
        node = next(children, None)
        if node is None:
            stack.pop()
            if owner is not None and owner.tail and owner.tail.strip():
                return _clip(owner.tail)
            continue
        if not isinstance(node.tag, str):
            if node.tail and node.tail.strip():
                return _clip(node.tail)
            continue
        if node is banner:
            return None
        if node not in ancestors and (node.tag in _NOT_CONTENT or ctx.is_invisible(node) or _is_skip(node, ctx)
                                      or _HIDDEN_CLASS.search(node.get("class") or "")):
            if node.tail and node.tail.strip():
                return _clip(node.tail)
            continue
        if node.text and node.text.strip():
            return _clip(node.text)
        if node not in ancestors and node.tag in _CONTENT_ELEMENTS:
            return f"<{node.tag}>"
        stack.append((iter(node), node))
    return None


def _is_skip(element, ctx) -> bool:
    if element.tag != "a" or not (element.get("href") or "").strip().startswith("#"):
        return False
    return bool(SKIP_TEXT.search(ctx.accessible_name(element) or ctx.text(element)))


def _clip(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= 40 else text[:40] + "…"

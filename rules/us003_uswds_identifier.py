"""US federal sites must close every page with the agency identifier and its required links.

## What it checks
The USWDS identifier (`<div class="usa-identifier">`) must be on the page, must name the parent agency
("An official website of the …", Spanish "Un sitio web oficial de …") and must link, with usable hrefs
(not empty, `#` or `javascript:`):

About, Accessibility (statement), FOIA requests, No FEAR Act data, Office of the Inspector General,
Performance reports, Privacy policy — and USA.gov ("Looking for U.S. government information and
services? Visit USA.gov"). Spanish labels (Acerca de, Declaración de accesibilidad, …) count too.

USWDS's own template ships the links with `javascript:void(0)` placeholders; an identifier published with
them is reported as unusable links. US001 checks the same links wherever they are in the footer; this rule
checks the identifier component itself, which federal sites are expected to use.

These requirements apply to federal executive-branch websites; this rule runs only when you choose the
`us-federal` profile (or select it).

Corpus check (`../shared/corpus/us`, 76 saved pages from 2004–2017): none has a USWDS identifier, which
dates from USWDS 2.8 (2020).

## Why it matters
The identifier tells visitors which agency runs the site and gives every federal site the same set of
links to the policies that law and OMB policy require — privacy, FOIA, accessibility, No FEAR Act data,
the Inspector General — in the same place on every page.

## How to fix
Use the USWDS identifier component at the bottom of every page, with the agency's name and real addresses
for each required link.

## Failing example
```html
<html lang="en"><title>Agency news</title><body><main><p>Text</p></main>
<div class="usa-identifier">
  <section class="usa-identifier__section usa-identifier__section--masthead" aria-label="Agency identifier">
    <p class="usa-identifier__identity-disclaimer">An official website of the
    <a href="https://www.example.gov/">Department of Examples</a></p>
  </section>
  <nav class="usa-identifier__section usa-identifier__section--required-links" aria-label="Important links">
    <ul class="usa-identifier__required-links-list">
      <li><a href="/about" class="usa-identifier__required-link">About Department of Examples</a></li>
      <li><a href="javascript:void(0)" class="usa-identifier__required-link">Accessibility statement</a></li>
      <li><a href="/privacy" class="usa-identifier__required-link">Privacy policy</a></li>
    </ul>
  </nav>
</div></body></html>
```

```html
<html lang="en"><title>Agency news</title><body><main><p>Text</p></main>
<footer><p>Department of Examples</p></footer></body></html>
```

## Passing example
```html
<html lang="en"><title>Agency news</title><body><main><p>Text</p></main>
<div class="usa-identifier">
  <section class="usa-identifier__section usa-identifier__section--masthead" aria-label="Agency identifier">
    <p class="usa-identifier__identity-domain">example.gov</p>
    <p class="usa-identifier__identity-disclaimer">An official website of the
    <a href="https://www.example.gov/">Department of Examples</a></p>
  </section>
  <nav class="usa-identifier__section usa-identifier__section--required-links" aria-label="Important links">
    <ul class="usa-identifier__required-links-list">
      <li><a href="/about" class="usa-identifier__required-link">About Department of Examples</a></li>
      <li><a href="/accessibility" class="usa-identifier__required-link">Accessibility statement</a></li>
      <li><a href="/foia" class="usa-identifier__required-link">FOIA requests</a></li>
      <li><a href="/no-fear" class="usa-identifier__required-link">No FEAR Act data</a></li>
      <li><a href="https://oig.example.gov/" class="usa-identifier__required-link">Office of the Inspector
        General</a></li>
      <li><a href="/performance" class="usa-identifier__required-link">Performance reports</a></li>
      <li><a href="/privacy" class="usa-identifier__required-link">Privacy policy</a></li>
    </ul>
  </nav>
  <section class="usa-identifier__section usa-identifier__section--usagov"
           aria-label="U.S. government information and services">
    <div class="usa-identifier__usagov-description">Looking for U.S. government information and services?</div>
    <a href="https://www.usa.gov/" class="usa-link">Visit USA.gov</a>
  </section>
</div></body></html>
```

## Options
- `required` (list of strings): the link keys to require — `about`, `accessibility`, `foia`, `no-fear`,
  `oig`, `performance`, `privacy`, `usa-gov` (default: all).
- `selectors` (list of strings, default `[".usa-identifier"]`): CSS selectors of the identifier.

## References
- USWDS identifier component and its guidance: https://designsystem.digital.gov/components/identifier/
  (research/COMPLIANCE.md US-IDENT-01, from uswds/uswds-site `_components/identifier` and
  `_data/identifier.yml`).
- digital.gov, "Required web content and links" (OMB M-17-06 §16, research/COMPLIANCE.md US-LINK-01 to
  US-LINK-07).
"""

import re

from a11ylint.rule import Fail, Option, Text, rule
from a11ylint.statements import host_matches, host_of, normalize, usable_href

# key: (English label, Chinese label, link-text pattern, href pattern)
_LINKS = {
    "about": ("About", "关于", r"^about\b|^acerca de\b", r"about|acerca"),
    "accessibility": ("Accessibility statement", "无障碍声明", r"accessibility|accesibilidad|section 508",
                      r"accessib|/508"),
    "foia": ("FOIA requests", "信息公开（FOIA）申请", r"\bfoia\b|freedom of information", r"foia"),
    "no-fear": ("No FEAR Act data", "《禁止恐吓法》（No FEAR Act）数据", r"no fear", r"fear"),
    "oig": ("Office of the Inspector General", "监察长办公室", r"inspector general|\boig\b",
            r"oig|inspector"),
    "performance": ("Performance reports", "绩效报告", r"performance|budget|desempeño", r"performance"),
    "privacy": ("Privacy policy", "隐私政策", r"privacy|privacidad", r"privacy|privacidad"),
    "usa-gov": ("USA.gov", "USA.gov", r"usa\.gov", None),
}
_AGENCY = re.compile(r"an official website of|un sitio web oficial de|official website of the")


@rule(
    code="US003",
    name="uswds-identifier",
    title=Text("US federal sites must close every page with the agency identifier and its required links",
               "美国联邦网站每个页面底部都必须有机构标识及其必备链接"),
    messages={
        "missing": Text("The page has no agency identifier (USWDS usa-identifier); add it at the bottom of the "
                        "page with the required links",
                        "页面没有机构标识（USWDS usa-identifier）；请在页面底部加上它和必备链接"),
        "agency": Text("The identifier does not name the parent agency (\"An official website of the …\"); add "
                       "the agency's name and link",
                       "机构标识没有写明上级机构（“An official website of the …”）；请加上机构名称及链接"),
        "links": Text("The identifier lacks these required links: {links_en}",
                      "机构标识缺少以下必备链接：{links_zh}"),
        "unusable": Text("These identifier links have no usable address (empty, # or javascript:): {links_en}; "
                         "replace the placeholders with real addresses",
                         "机构标识中的以下链接没有可用地址（空、# 或 javascript:）：{links_zh}；请把占位地址换成真实地址"),
    },
    selector=":root",
    jurisdiction=("US",),
    requirements=("US-IDENT-01",),
    tags=("uswds", "footer"),
    severity="error",
    impact="moderate",
    options=(
        Option("required", "list[str]", list(_LINKS), "the required link keys",),
        Option("selectors", "list[str]", [".usa-identifier"], "CSS selectors of the identifier"),
    ),
    fix=Text("Add the USWDS identifier with the agency's name and real links to the required pages",
             "加上 USWDS 机构标识，写明机构名称，并为必备链接设置真实地址"),
)
def check(root, ctx):
    body = next(iter(ctx.select("body")), root)
    found = []
    for selector in ctx.options["selectors"]:
        found.extend(element for element in ctx.select(selector) if element not in found)
    found = [element for element in found if not any(ancestor in found for ancestor in element.iterancestors())]
    if not found:
        yield Fail("missing", element=body)
        return
    identifier = found[-1]
    if not _AGENCY.search(normalize(ctx.text(identifier))):
        yield Fail("agency", element=identifier)
    links = [link for link in identifier.iter("a") if isinstance(link.tag, str)]
    missing, unusable = [], []
    for key in ctx.options["required"]:
        if key not in _LINKS:
            continue
        label_en, label_zh, name_pattern, href_pattern = _LINKS[key]
        matches = [link for link in links if _matches(link, ctx, key, name_pattern, href_pattern)]
        if not matches:
            missing.append((label_en, label_zh))
        elif not any(usable_href(link) for link in matches):
            unusable.append((label_en, label_zh))
    if missing:
        yield Fail("links", element=identifier, links_en=", ".join(en for en, _ in missing),
                   links_zh="、".join(zh for _, zh in missing))
    if unusable:
        yield Fail("unusable", element=identifier, links_en=", ".join(en for en, _ in unusable),
                   links_zh="、".join(zh for _, zh in unusable))


def _matches(link, ctx, key, name_pattern, href_pattern) -> bool:
    name = normalize(ctx.accessible_name(link) or ctx.text(link))
    href = (link.get("href") or "").strip().lower()
    if key == "usa-gov":
        return bool(re.search(name_pattern, name)) or host_matches(host_of(href), ("usa.gov",))
    if re.search(name_pattern, name):
        return True
    return bool(href_pattern and href and not href.startswith(("javascript:", "#"))
                and re.search(href_pattern, href.split("?")[0]))

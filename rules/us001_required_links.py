"""US federal sites must link the required policy pages.

## What it checks
The footer (or the USWDS identifier, or the end of the page) must link: About, the Accessibility
statement, FOIA, the Privacy policy and USA.gov on every page; and, on the agency home page (a page named
`index.*`/`default.*` at the web root, or whose canonical URL is `/`), also No FEAR Act data, the Office
of the Inspector General and Budget and performance. Links count by their text or href, and need a usable
href (not empty, `#` or `javascript:`). These requirements apply to federal executive-branch agencies;
choose the `us-federal` profile only for such sites.

## Why it matters
Federal law and OMB policy require these links so that the public can find an agency's privacy practices,
FOIA office, accessibility contact and oversight information from any page, the same way on every agency
site.

## How to fix
Use the USWDS identifier component, which carries the required links, in the footer of every page.

## Failing example
```html
<html lang="en"><title>Agency</title><body><main><p>Text</p></main>
<footer><a href="/about">About</a> <a href="#">Privacy policy</a></footer></body></html>
```

## Passing example
```html
<html lang="en"><title>Agency news</title><body><main><p>Text</p></main>
<footer><a href="/about">About</a> <a href="/accessibility">Accessibility statement</a>
<a href="/foia">FOIA requests</a> <a href="/privacy">Privacy policy</a>
<a href="https://www.usa.gov/">Visit USA.gov</a></footer></body></html>
```

## Options
- `required` (list of strings): link keys — `about`, `accessibility`, `foia`, `no-fear`, `privacy`, `oig`,
  `performance`, `usa-gov` (default: all of them).
- `names` (table): extra link texts per key; a new key defines a new link.
The dictionary is in `rules/data/policy-links.toml`.

## References
- digital.gov, "Required web content and links" (OMB M-17-06 §16, OMB Circular A-11 Part 6, the No FEAR Act
  rule, the Consolidated Appropriations Act 2008 §534); research/COMPLIANCE.md US-LINK-01 to US-LINK-07.
- USWDS identifier, required links: https://designsystem.digital.gov/components/identifier/
- Section 508 accessibility statement link (US-508-02), from digital.gov's required links. OMB M-24-08
  (December 2023) rescinded the 2013 memo behind it; that the statement duty continues under M-24-08 is
  **not verified** (COMPLIANCE.md marks it `?`). The link itself stays required by digital.gov, so the rule
  stays an error; drop the key with `required` if your agency's counsel reads M-24-08 otherwise.
"""

from a11ylint import policylinks
from a11ylint.rule import Text, rule


@rule(
    code="US001",
    name="us-required-links",
    title=Text("US federal sites must link the required policy pages", "美国联邦网站必须链接规定的政策页面"),
    messages={
        "missing": Text("The footer lacks these required links: {links}", "页面底部缺少以下必备链接：{links}"),
        "unusable": Text("These required links have no usable address (empty, # or javascript:): {links}",
                         "以下必备链接没有可用地址（空、# 或 javascript:）：{links}"),
        "unlinked": Text("These appear in the footer as text but are not links: {links}",
                         "以下内容在页面底部仅为文字，未设置链接：{links}"),
    },
    selector=":root",
    jurisdiction=("US",),
    requirements=("US-LINK-01", "US-LINK-02", "US-LINK-03", "US-LINK-04", "US-LINK-05", "US-LINK-06",
                  "US-LINK-07", "US-508-02"),
    tags=("footer",),
    severity="error",
    impact="moderate",
    options=policylinks.options(),
    validate_options=policylinks.option_checker("us"),
    fix=Text("Add the USWDS identifier, with the required links, to the footer of every page",
             "在每个页面底部加入带有必备链接的 USWDS 标识组件"),
)
def check(root, ctx):
    return policylinks.findings(ctx, "us")

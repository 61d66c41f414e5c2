"""UK public sector sites must link their accessibility statement, privacy and cookies pages.

## What it checks
The footer (or the end of the page) must link the accessibility statement, the privacy notice and the
cookies page, as the GOV.UK footer does; terms and conditions can be required through the options. Links
count by their text ("Accessibility", "Privacy", "Cookies") or href, with a usable href (not empty, `#` or
`javascript:`).

## Why it matters
The 2018 accessibility regulations require the statement to be reachable from a prominent place,
and GOV.UK guidance puts it in the footer of every page, beside the privacy notice and the cookies page
that data-protection law asks for. People who hit a barrier look there for how to report it.

## How to fix
Add the links to the footer of every page (the GOV.UK footer component has them).

## Failing example
```html
<html lang="en"><title>Council</title><body><main><p>Text</p></main>
<footer><a href="/privacy">Privacy</a></footer></body></html>
```

## Passing example
```html
<html lang="en"><title>Council</title><body><main><p>Text</p></main>
<footer><a href="/accessibility">Accessibility statement</a> <a href="/privacy">Privacy</a>
<a href="/cookies">Cookies</a></footer></body></html>
```

## Options
- `required` (list of strings): link keys — `accessibility`, `privacy`, `cookies`, `terms` (default: the
  first three).
- `names` (table): extra link texts per key; a new key defines a new link.

## References
- The Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018
  (SI 2018/952) regulation 8, and the GOV.UK sample accessibility statement (research/COMPLIANCE.md
  UK-STMT-01).
- GOV.UK Design System, footer component (UK-FOOT-01): https://design-system.service.gov.uk/components/footer/
"""

from a11ylint import policylinks
from a11ylint.rule import Text, rule


@rule(
    code="UK001",
    name="uk-footer-links",
    title=Text("UK public sector sites must link their accessibility statement, privacy and cookies pages",
               "英国公共部门网站必须链接无障碍声明、隐私与 Cookie 说明页面"),
    messages={
        "missing": Text("The footer lacks these links: {links}", "页面底部缺少以下链接：{links}"),
        "unusable": Text("These footer links have no usable address (empty, # or javascript:): {links}",
                         "以下页面底部链接没有可用地址（空、# 或 javascript:）：{links}"),
        "unlinked": Text("These appear in the footer as text but are not links: {links}",
                         "以下内容在页面底部仅为文字，未设置链接：{links}"),
    },
    selector=":root",
    jurisdiction=("UK",),
    requirements=("UK-FOOT-01", "UK-STMT-01"),
    tags=("footer",),
    severity="error",
    impact="moderate",
    options=policylinks.options(),
    validate_options=policylinks.option_checker("uk"),
    fix=Text("Link the accessibility statement, privacy notice and cookies page from the footer of every page",
             "在每个页面底部链接无障碍声明、隐私说明和 Cookie 说明页面"),
)
def check(root, ctx):
    return policylinks.findings(ctx, "uk")

"""UK public sector sites should let people reject non-essential cookies, and wait for their choice.

## What it checks
Two things, each its own finding:

- **trackers before consent**: a script from an analytics or advertising service (Google Analytics and Tag
  Manager, DoubleClick, the Facebook pixel, Hotjar, Microsoft Clarity, LinkedIn, Baidu Tongji, CNZZ,
  Siteimprove Analytics… — the list is in `rules/data/statements.toml`) that runs as the page loads: an
  executable `<script src>`, or an inline snippet that loads one without any consent check in its code.
  Scripts held back by a consent manager (`type="text/plain"`, `data-cookieconsent`…) do not count;
- **no reject option**: a cookie banner (an element whose id, class or label names cookies or consent and
  whose text mentions cookies) with a button or link to accept cookies but none to reject them on the same
  layer ("Reject", "Decline", "Necessary cookies only"…). A "Cookie settings" link is not a reject option.
  A banner whose only button is "OK" or "Got it" is taken for a notice of essential cookies, unless the
  page also loads trackers.

The markup cannot show what a script does after it loads, so both findings are heuristics: a warning to
check, not proof of a breach.

Corpus check (`../shared/corpus/uk`, 15 pages): the 8 GOV.UK pages load analytics only after consent and
their banner has "Accept additional cookies" and "Reject additional cookies" buttons; one 2006 page loads
Google Analytics (`urchin.js`) unconditionally, from before the consent rules.

## Why it matters
Under PECR and UK GDPR, non-essential cookies need consent given freely, which means people must be able
to say no as easily as yes, and nothing may be set before they choose. A banner with only "Accept", or
analytics that run before the banner is answered, take that choice away.

## How to fix
Load analytics and advertising scripts only after the visitor accepts them, and give the banner a
"Reject additional cookies" button next to "Accept additional cookies", as the GOV.UK cookie banner does.

## Failing example
```html
<html lang="en"><head><title>Council tax</title>
<script async src="https://www.googletagmanager.com/gtag/js?id=G-XXXXXXX"></script></head>
<body><main><p>Text</p></main></body></html>
```

```html
<html lang="en"><title>Council tax</title><body>
<div class="cookie-banner" role="region" aria-label="Cookies on Example Council">
  <p>We use cookies to collect information about how you use this website.</p>
  <button type="button">Accept cookies</button> <a href="/cookies">Cookie settings</a>
</div><main><p>Text</p></main></body></html>
```

## Passing example
```html
<html lang="en"><title>Council tax</title><body>
<div class="govuk-cookie-banner" role="region" aria-label="Cookies on Example Council">
  <p>We'd like to set additional cookies to understand how you use the service.</p>
  <button type="button">Accept additional cookies</button>
  <button type="button">Reject additional cookies</button>
  <a href="/cookies">View cookies</a>
</div><main><p>Text</p></main>
<script type="text/plain" data-cookieconsent="statistics"
        src="https://www.googletagmanager.com/gtag/js?id=G-XXXXXXX"></script></body></html>
```

## References
- GOV.UK Design System, cookie banner and cookies page:
  https://design-system.service.gov.uk/components/cookie-banner/ and
  https://design-system.service.gov.uk/patterns/cookies-page/ (research/COMPLIANCE.md UK-COOK-01).
- ICO guidance on cookies and similar technologies (PECR regulation 6, UK GDPR consent):
  https://ico.org.uk/for-organisations/direct-marketing-and-privacy-and-electronic-communications/guide-to-pecr/cookies-and-similar-technologies/
"""

from a11ylint.rule import Fail, Text, rule
from a11ylint.statements import cookie_banners, unconditional_trackers


@rule(
    code="UK003",
    name="cookie-consent",
    title=Text("UK public sector sites should let people reject non-essential cookies, and wait for their "
               "choice",
               "英国公共部门网站应允许用户拒绝非必要 Cookie，并在用户选择之前不加载跟踪脚本"),
    messages={
        "tracker": Text("{service} ({what}) loads as the page opens, before the visitor has accepted cookies; "
                        "load it only after consent",
                        "{service}（{what}）在页面打开时就加载了，此时访客尚未同意使用 Cookie；请在访客同意后再加载"),
        "no-reject": Text("The cookie banner offers \"{accept}\" but no way to reject non-essential cookies; "
                          "add a reject button next to it",
                          "Cookie 提示条只提供“{accept}”，没有拒绝非必要 Cookie 的选项；请在旁边加上“拒绝”按钮"),
    },
    selector=":root",
    jurisdiction=("UK",),
    requirements=("UK-COOK-01",),
    tags=("cookies", "privacy"),
    severity="warning",
    impact="moderate",
    fix=Text("Give the cookie banner a reject button and load analytics only after consent",
             "为 Cookie 提示条加上拒绝按钮，并在用户同意后再加载统计脚本"),
)
def check(root, ctx):
    trackers = unconditional_trackers(ctx)
    for script, service, what in trackers:
        yield Fail("tracker", element=script, service=service, what=what)
    for banner in cookie_banners(ctx):
        if banner.reject:
            continue
        # "OK" alone closes a notice; it is a consent button only where trackers wait behind it.
        offered = banner.accept or (banner.acknowledge if trackers else [])
        if offered:
            yield Fail("no-reject", element=banner.element, accept=offered[0])

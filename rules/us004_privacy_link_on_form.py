"""A federal page whose form collects personal data must link the privacy policy.

## What it checks
A page with a form field that collects personal data — a name, email address, phone number, Social
Security number or postal address, known from its `type` (`email`, `tel`), its `autocomplete` token
(`given-name`, `email`, `street-address`…) or its name, id or label — must link a privacy policy on that
same page: a link whose text or href says "privacy" (Spanish "privacidad"), with a usable href. A link in
the footer counts. Search boxes, user names, passwords and fields hidden from view are not personal data
fields here. One finding per page, on the first such form.

An inline "Privacy Act Statement" next to the form is good practice, but the requirement is a link to the
policy; add both.

These requirements apply to federal executive-branch websites; this rule runs only when you choose the
`us-federal` profile (or select it). State privacy laws differ.

Corpus check (`../shared/corpus/us`, 76 pages): 3 pages have forms that collect personal data (an
email-a-page form, a newsletter sign-up and a "Notify Me" sign-in); 2 of them link a privacy policy, one
local-government page (the "Notify Me" form asking for an email address) does not. Search boxes, feedback
forms without personal fields and login forms are not counted.

## Why it matters
People should learn how their data will be used before they type it in. OMB policy requires federal
agencies to post a privacy policy on their principal web site, at major entry points, and on any web page
where they collect substantial personal information from the public.

## How to fix
Link the agency's privacy policy from the page, ideally from the footer of every page and next to the form.

## Failing example
```html
<html lang="en"><title>Contact us</title><body><main>
<form action="/contact" method="post">
  <label>Email <input type="email" name="email" autocomplete="email"></label>
  <label>Phone <input type="tel" name="phone"></label>
  <button>Send</button>
</form></main><footer><a href="/about">About</a></footer></body></html>
```

## Passing example
```html
<html lang="en"><title>Contact us</title><body><main>
<form action="/contact" method="post">
  <label>Email <input type="email" name="email" autocomplete="email"></label>
  <button>Send</button>
</form></main><footer><a href="/privacy">Privacy policy</a></footer></body></html>
```

```html
<html lang="en"><title>Search</title><body><main>
<form role="search" action="/search"><label>Search <input type="search" name="q"></label></form>
</main></body></html>
```

## References
- digital.gov, "Required web content and links": privacy policy (OMB M-17-06 §16B; OMB M-03-22,
  Attachment A §III), research/COMPLIANCE.md US-LINK-05.
- USWDS identifier, "Privacy policy" required link: https://designsystem.digital.gov/components/identifier/
"""

from a11ylint.rule import Fail, Text, rule
from a11ylint.statements import personal_data_forms, privacy_link


@rule(
    code="US004",
    name="privacy-link-on-form",
    title=Text("A federal page whose form collects personal data must link the privacy policy",
               "收集个人信息的美国联邦网页必须链接隐私政策"),
    messages={
        "missing": Text("This page's form collects personal data ({fields_en}) but the page links no privacy "
                        "policy; link the agency's privacy policy on this page",
                        "本页表单收集个人信息（{fields_zh}），但页面上没有隐私政策链接；请在本页链接机构的隐私政策"),
    },
    selector=":root",
    jurisdiction=("US",),
    requirements=("US-LINK-05",),
    tags=("privacy", "cat.forms"),
    severity="error",
    impact="moderate",
    fix=Text("Link the agency's privacy policy from every page that collects personal data",
             "在每个收集个人信息的页面上链接机构的隐私政策"),
)
def check(root, ctx):
    forms = personal_data_forms(ctx)
    if not forms or privacy_link(ctx) is not None:
        return None
    kinds = []
    for _, found in forms:
        kinds.extend(kind for kind in found if kind not in kinds)
    return Fail("missing", element=forms[0][0], fields_en=", ".join(en for _, en, _ in kinds),
                fields_zh="、".join(zh for _, _, zh in kinds))

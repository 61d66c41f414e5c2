"""A UK public sector accessibility statement must contain what the regulations require.

## What it checks
On a page that is an accessibility statement — its `<title>` or `<h1>` says "Accessibility statement"
(Welsh: "Datganiad hygyrchedd") — the main content must have:

- **compliance status**: a sentence saying the site is fully, partially or not compliant (the model
  statement: "This website is partially compliant with the Web Content Accessibility Guidelines version
  2.2 AA standard");
- **non-accessible content**: unless the site claims to be fully compliant, what is not accessible and why
  ("Non-accessible content", "not fully accessible", "disproportionate burden", "not within the scope");
- **contact**: a way to report accessibility problems and ask for content in another format — a link to a
  contact form, a `mailto:` link, a form on the page, or a contact or feedback link. An email address
  written only as text is reported separately: the regulations ask for a link;
- **enforcement procedure**: a link to the Equality Advisory and Support Service (EASS), the Equality and
  Human Rights Commission (EHRC) or, in Northern Ireland, the Equality Commission for Northern Ireland
  (ECNI), or a link in the "Enforcement procedure" section;
- **preparation date**: when the statement was prepared or last reviewed ("This statement was prepared on
  … It was last reviewed on …"), with a year.

Other pages are not checked; whether each page links the statement is UK001's job. The exact wording of the
model statement's compliance sentence was not verified against the official text (research/COMPLIANCE.md
marks it `?`), so any of the three status phrasings is accepted.

Corpus check (`../shared/corpus/uk`, 15 pages): none is an accessibility statement (the GOV.UK pages link
theirs from the footer), so the rule reports nothing there.

## Why it matters
Disabled people read the statement to learn which parts of a service will not work for them, how to get
the content another way, and where to complain if the body does not respond. Regulation 8 of the 2018
regulations makes these parts mandatory; monitoring by the Government Digital Service checks them.

## How to fix
Follow the GOV.UK model statement: keep its compliance, non-accessible content, feedback and contact,
enforcement procedure and preparation sections, with real links and dates.

## Failing example
```html
<html lang="en"><title>Accessibility statement for Example Council</title><body><main>
<h1>Accessibility statement for Example Council</h1>
<p>We want as many people as possible to be able to use this website.</p>
<p>If you find a problem, email accessibility@example.gov.uk.</p>
</main></body></html>
```

## Passing example
```html
<html lang="en"><title>Accessibility statement for Example Council</title><body><main>
<h1>Accessibility statement for Example Council</h1>
<h2>Compliance status</h2>
<p>This website is partially compliant with the Web Content Accessibility Guidelines version 2.2 AA
standard, due to the non-compliances listed below.</p>
<h2>Non-accessible content</h2>
<p>Some older PDF documents are not fully accessible to screen reader software.</p>
<h2>Reporting accessibility problems with this website</h2>
<p>Contact <a href="mailto:accessibility@example.gov.uk">accessibility@example.gov.uk</a>.</p>
<h2>Enforcement procedure</h2>
<p>The Equality and Human Rights Commission (EHRC) is responsible for enforcing the accessibility
regulations. If you are not happy with how we respond to your complaint,
<a href="https://www.equalityadvisoryservice.com/">contact the Equality Advisory and Support Service</a>.</p>
<h2>Preparation of this accessibility statement</h2>
<p>This statement was prepared on 23 September 2019. It was last reviewed on 4 March 2025.</p>
</main></body></html>
```

```html
<html lang="en"><title>Contact us</title><body><main><h1>Contact us</h1>
<p><a href="/accessibility-statement">Accessibility statement</a></p></main></body></html>
```

## Options
- `enforcement-hosts` (list of strings, default `[]`): more addresses that count as the enforcement
  procedure (for example an internal complaints page).

## References
- The Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018
  (SI 2018/952), regulation 8: https://www.legislation.gov.uk/uksi/2018/952/regulation/8
- GOV.UK sample accessibility statement (updated 19 December 2023):
  https://www.gov.uk/government/publications/sample-accessibility-statement/sample-accessibility-statement-for-a-fictional-public-sector-website
- research/COMPLIANCE.md UK-PSBAR-02, UK-MON-01.
"""

from a11ylint.rule import Fail, Option, Text, rule
from a11ylint.statements import statement_page, statement_problems

MESSAGES = {
    "status": Text("The accessibility statement has no compliance status; say whether the website is fully, "
                   "partially or not compliant with WCAG 2.2 AA",
                   "无障碍声明没有说明合规状态；请写明网站完全符合、部分符合还是不符合 WCAG 2.2 AA"),
    "non-accessible": Text("The statement does not list the content that is not accessible; say what is not "
                           "accessible and why",
                           "声明没有列出不无障碍的内容；请说明哪些内容不无障碍及其原因"),
    "contact": Text("The statement gives no way to report accessibility problems; link a contact form or an "
                    "email address (mailto:)",
                    "声明没有提供反馈无障碍问题的途径；请链接联系表单或电子邮件地址（mailto:）"),
    "contact-text": Text("The statement gives {email} only as text; link it (mailto:) or link a contact form",
                         "声明只以文字形式给出 {email}；请为它加上 mailto: 链接，或链接联系表单"),
    "enforcement": Text("The statement does not describe the enforcement procedure; link the Equality Advisory "
                        "and Support Service and name the EHRC (ECNI in Northern Ireland)",
                        "声明没有说明执法程序；请链接平等咨询与支持服务（EASS），并写明平等与人权委员会（EHRC，"
                        "北爱尔兰为 ECNI）"),
    "enforcement-link": Text("The statement mentions \"{mention}\" but does not link the enforcement procedure; "
                             "add the link",
                             "声明提到了“{mention}”，但没有链接执法程序；请加上链接"),
    "date": Text("The statement does not say when it was prepared or last reviewed; add the dates",
                 "声明没有写明编制或最近审查的日期；请补上日期"),
}


@rule(
    code="UK002",
    name="uk-accessibility-statement-content",
    title=Text("A UK public sector accessibility statement must contain what the regulations require",
               "英国公共部门的无障碍声明必须包含法规要求的内容"),
    messages=MESSAGES,
    selector=":root",
    jurisdiction=("UK",),
    requirements=("UK-PSBAR-02",),
    tags=("accessibility-statement",),
    severity="error",
    impact="moderate",
    options=(Option("enforcement-hosts", "list[str]", [], "more addresses that count as the enforcement "
                                                          "procedure"),),
    fix=Text("Follow the GOV.UK model statement: status, non-accessible content, contact, enforcement, dates",
             "按 GOV.UK 示范声明补全：合规状态、不无障碍内容、联系方式、执法程序和日期"),
)
def check(root, ctx):
    page = statement_page(ctx, ("en", "cy"))
    if page is None:
        return None
    return [Fail(key, element=element, **data)
            for key, data, element in statement_problems(ctx, page, "uk",
                                                         extra_hosts=ctx.options["enforcement-hosts"])]

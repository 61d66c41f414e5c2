"""An EU public sector accessibility statement must follow the model statement.

## What it checks
On a page that is an accessibility statement — its `<title>` or `<h1>` contains the statement's name in an
EU language: "Accessibility statement", "Déclaration d'accessibilité", "Erklärung zur Barrierefreiheit",
"Dichiarazione di accessibilità", "Declaración de accesibilidad", "Toegankelijkheidsverklaring",
"Declaração de acessibilidade", "Deklaracja dostępności", "Tillgänglighetsredogörelse",
"Tilgængelighedserklæring", "Saavutettavuusseloste" and the other names in `rules/data/statements.toml` —
the main content must have:

- **compliance status**: fully, partially or not compliant (with the national law and EN 301 549 / WCAG
  2.1 AA);
- **non-accessible content**: unless fully compliant, what is not accessible and why;
- **feedback mechanism**: a link to a contact or feedback form, a `mailto:` link, or a form on the page
  (an email address written only as text is reported separately);
- **enforcement procedure**: a link to the national enforcement or complaints body — Défenseur des
  droits, Schlichtungsstelle nach dem BGG, AgID, Nationale ombudsman, the Ombudsman (Ireland), DIGG… —
  or a link in the enforcement section ("Enforcement procedure", "Voies de recours",
  "Durchsetzungsverfahren", "Procedura di attuazione", "Procedimiento de aplicación",
  "Handhavingsprocedure"…);
- **preparation date**: when the statement was prepared or last reviewed, with a year.

The status, non-accessible content and date wordings are known for English, French, German, Italian,
Spanish, Dutch, Portuguese, Polish, Swedish, Danish and Finnish; statements in the other languages are
checked only for the feedback and enforcement links and for a year. Member states translate the model
statement differently, so add your country's enforcement body through the options when it is not known.

Corpus check (`../shared/corpus`, pages from Austria, Germany and other EU states): none is an
accessibility statement, so the rule reports nothing there.

## Why it matters
Article 7 of the Web Accessibility Directive makes the statement the place where people learn what will
not work for them, how to tell the public body, and where to turn if the body does not answer. A statement
without those parts leaves them with nowhere to go.

## How to fix
Follow the model statement of Implementing Decision (EU) 2018/1523 in your country's version: compliance
status, non-accessible content, preparation date, feedback and contact information, enforcement
procedure, with real links.

## Failing example
```html
<html lang="en"><title>Accessibility statement - Example Agency</title><body><main>
<h1>Accessibility statement</h1>
<p>Example Agency is committed to making its website accessible.</p>
<p>This website is partially compliant with EN 301 549.</p>
</main></body></html>
```

```html
<html lang="de"><title>Erklärung zur Barrierefreiheit</title><body><main>
<h1>Erklärung zur Barrierefreiheit</h1>
<p>Diese Website ist teilweise mit der BITV 2.0 vereinbar.</p>
<p>Nicht barrierefreie Inhalte: einige PDF-Dokumente.</p>
</main></body></html>
```

## Passing example
```html
<html lang="en"><title>Accessibility statement - Example Agency</title><body><main>
<h1>Accessibility statement</h1>
<h2>Compliance status</h2>
<p>This website is partially compliant with EN 301 549 V3.2.1, due to the non-compliances listed below.</p>
<h2>Non-accessible content</h2>
<p>Some PDF documents are not accessible.</p>
<h2>Preparation of this accessibility statement</h2>
<p>This statement was prepared on 20 September 2020 and last reviewed on 1 March 2025.</p>
<h2>Feedback and contact information</h2>
<p><a href="/contact/accessibility">Report an accessibility problem</a></p>
<h2>Enforcement procedure</h2>
<p>If you are not satisfied with our reply, <a href="https://www.ombudsman.ie/">contact the Ombudsman</a>.</p>
</main></body></html>
```

```html
<html lang="de"><title>Erklärung zur Barrierefreiheit</title><body><main>
<h1>Erklärung zur Barrierefreiheit</h1>
<h2>Stand der Vereinbarkeit mit den Anforderungen</h2>
<p>Diese Website ist teilweise mit der BITV 2.0 vereinbar.</p>
<h2>Nicht barrierefreie Inhalte</h2><p>Einige PDF-Dokumente sind nicht barrierefrei.</p>
<h2>Erstellung dieser Erklärung zur Barrierefreiheit</h2>
<p>Diese Erklärung wurde am 22. September 2020 erstellt.</p>
<h2>Barrieren melden: Kontakt zu den Feedback-Ansprechpartnern</h2>
<p><a href="mailto:barrierefreiheit@example.de">barrierefreiheit@example.de</a></p>
<h2>Schlichtungsverfahren</h2>
<p><a href="https://www.schlichtungsstelle-bgg.de/">Schlichtungsstelle nach dem BGG</a></p>
</main></body></html>
```

## Options
- `enforcement-hosts` (list of strings, default `[]`): more addresses of enforcement bodies (regional
  ombudsman, a state's enforcement office).
- `enforcement-names` (list of strings, default `[]`): more names of enforcement bodies, matched in link
  texts.

## References
- Directive (EU) 2016/2102 (Web Accessibility Directive), Article 7:
  https://eur-lex.europa.eu/eli/dir/2016/2102/oj
- Commission Implementing Decision (EU) 2018/1523, model accessibility statement (annex):
  https://eur-lex.europa.eu/eli/dec_impl/2018/1523/oj
- research/COMPLIANCE.md EU-WAD-02, EU-WAD-03.
"""

from a11ylint.rule import Fail, Option, Text, rule
from a11ylint.statements import statement_page, statement_problems

MESSAGES = {
    "status": Text("The accessibility statement has no compliance status; say whether the website is fully, "
                   "partially or not compliant with the standard (EN 301 549 / WCAG 2.1 AA)",
                   "无障碍声明没有说明合规状态；请写明网站完全符合、部分符合还是不符合标准（EN 301 549 / "
                   "WCAG 2.1 AA）"),
    "non-accessible": Text("The statement does not list the content that is not accessible; say what is not "
                           "accessible and why",
                           "声明没有列出不无障碍的内容；请说明哪些内容不无障碍及其原因"),
    "contact": Text("The statement has no feedback mechanism; link a contact form or an email address "
                    "(mailto:) for reporting accessibility problems",
                    "声明没有反馈机制；请链接用于反馈无障碍问题的联系表单或电子邮件地址（mailto:）"),
    "contact-text": Text("The statement gives {email} only as text; link it (mailto:) or link a feedback form",
                         "声明只以文字形式给出 {email}；请为它加上 mailto: 链接，或链接反馈表单"),
    "enforcement": Text("The statement does not describe the enforcement procedure; link the national "
                        "enforcement or complaints body",
                        "声明没有说明执法程序；请链接本国负责执法或受理投诉的机构"),
    "enforcement-link": Text("The statement mentions \"{mention}\" but does not link the enforcement "
                             "procedure; add the link",
                             "声明提到了“{mention}”，但没有链接执法程序；请加上链接"),
    "date": Text("The statement does not say when it was prepared or last reviewed; add the dates",
                 "声明没有写明编制或最近审查的日期；请补上日期"),
}


@rule(
    code="EU002",
    name="eu-accessibility-statement-content",
    title=Text("An EU public sector accessibility statement must follow the model statement",
               "欧盟公共部门的无障碍声明必须符合示范声明"),
    messages=MESSAGES,
    selector=":root",
    jurisdiction=("EU",),
    requirements=("EU-WAD-02",),
    tags=("accessibility-statement",),
    severity="error",
    impact="moderate",
    options=(
        Option("enforcement-hosts", "list[str]", [], "more addresses of enforcement bodies"),
        Option("enforcement-names", "list[str]", [], "more names of enforcement bodies"),
    ),
    fix=Text("Follow the model statement: status, non-accessible content, date, feedback, enforcement link",
             "按示范声明补全：合规状态、不无障碍内容、日期、反馈机制和执法程序链接"),
)
def check(root, ctx):
    page = statement_page(ctx)
    if page is None:
        return None
    problems = statement_problems(ctx, page, "eu", extra_hosts=ctx.options["enforcement-hosts"],
                                  extra_names=ctx.options["enforcement-names"])
    return [Fail(key, element=element, **data) for key, data, element in problems]

"""US002 uswds-banner, US003 uswds-identifier, US004 privacy-link-on-form, UK002/EU002 accessibility statement
content and UK003 cookie-consent: self-contained cases, profile membership, and pins on the corpus."""

from __future__ import annotations

import pytest

from a11ylint import Config, Linter
from a11ylint.context import RuleContext
from a11ylint.parse import parse_html
from a11ylint.registry import load_registry

_REGISTRY = load_registry()


def results(code: str, html: str, **options):
    """(outcome, message key, data) of one rule on a page, with options overriding the defaults."""
    rule = _REGISTRY.get(code)
    ctx = RuleContext(parse_html(html), "page.html")
    ctx.options = {**rule.option_defaults(), **options}
    found = rule.check(ctx.root, ctx)
    if found is None:
        return []
    if not isinstance(found, (list, tuple)) and hasattr(found, "message"):
        found = [found]
    return [(result.outcome, result.message, result.data) for result in found]


def keys(code: str, html: str, **options) -> list[str]:
    return [key for _, key, _ in results(code, html, **options)]


def en(body: str, head: str = "", title: str = "Agency news") -> str:
    return f'<html lang="en"><head><title>{title}</title>{head}</head><body>{body}</body></html>'


# --- profiles ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("profile, codes", [
    ("us-federal", {"US002", "US003", "US004"}),
    ("uk-public-sector", {"UK002", "UK003"}),
    ("eu-wad", {"EU002"}),
    ("gov-cn", {"CN010"}),
])
def test_rules_run_in_their_profile_only(profile, codes):
    ours = {"US002", "US003", "US004", "UK002", "UK003", "EU002", "CN010"}
    selected = Linter(Config(preset=profile)).selected
    assert ours & set(selected) == codes


def test_federal_rules_stay_out_of_state_and_local_profiles():
    for preset in ("us-title2", "recommended", "wcag21aa"):
        assert not {"US002", "US003", "US004"} & set(Linter(Config(preset=preset)).selected)


# --- US002 banner ----------------------------------------------------------------------------------------

BANNER = """<section class="usa-banner" aria-label="Official website of the United States government">
<header class="usa-banner__header"><p class="usa-banner__header-text">{text}</p>
{toggle}</header>
<div class="usa-banner__content" id="gov-banner" hidden><p><strong>Official websites use .gov</strong> A .gov
website belongs to an official government organization in the United States.</p>
<p><strong>Secure .gov websites use HTTPS</strong> https:// means you've safely connected.</p></div></section>"""
OFFICIAL = "An official website of the United States government"
TOGGLE = ('<button type="button" class="usa-banner__button" aria-controls="gov-banner">'
          '<span class="usa-banner__button-text">Here’s how you know</span></button>')
SKIP = '<a class="usa-skipnav" href="#main">Skip to main content</a>'
MAIN = '<main id="main"><p>Text</p></main>'


def banner(text=OFFICIAL, toggle=TOGGLE):
    return BANNER.format(text=text, toggle=toggle)


def test_banner_after_skip_link_passes():
    assert keys("US002", en(SKIP + banner() + "<header><p>Department of Examples</p></header>" + MAIN)) == []


def test_banner_missing():
    assert keys("US002", en(MAIN)) == ["missing"]


def test_banner_text_changed():
    assert keys("US002", en(banner(text="An official website of Example County") + MAIN)) == ["text"]


def test_banner_toggle_missing_or_not_a_button():
    assert keys("US002", en(banner(toggle="") + MAIN)) == ["toggle"]
    found = results("US002", en(banner(toggle='<p class="usa-banner__header-action">Here\'s how you know</p>')
                                + MAIN))
    assert [(key, data) for _, key, data in found] == [("toggle-not-button", {"tag": "p"})]


def test_banner_without_explanation():
    html = en(f'<section class="usa-banner"><p>{OFFICIAL}</p>{TOGGLE}</section>' + MAIN)
    found = results("US002", html)
    assert [(key, data["missing_en"]) for _, key, data in found] == [("explanation", "official .gov domains or HTTPS")]


def test_banner_placement():
    found = results("US002", en(SKIP + "<header><p>Department of Examples</p></header>" + banner() + MAIN))
    assert [(key, data) for _, key, data in found] == [("placement", {"first": "Department of Examples"})]
    logo = results("US002", en('<div><img src="logo.png" alt="Logo"></div>' + banner() + MAIN))
    assert [(key, data) for _, key, data in logo] == [("placement", {"first": "<img>"})]


def test_hidden_and_script_content_before_banner_is_fine():
    html = en('<script>var x = 1;</script><div hidden>Old notice</div><noscript>Enable JavaScript</noscript>'
              + SKIP + "<div><div>" + banner() + "</div></div>" + MAIN)
    assert keys("US002", html) == []


def test_banner_web_component_and_spanish():
    assert keys("US002", en("<usa-banner></usa-banner>" + MAIN)) == []
    spanish = banner(text="Un sitio oficial del Gobierno de Estados Unidos",
                     toggle='<button type="button">Así es como usted puede verificarlo</button>')
    assert keys("US002", en(spanish + MAIN)) == []


def test_banner_selectors_option():
    html = en('<div class="agency-gov-banner"><p>An official website of the United States government</p>'
              '<button>Here\'s how you know</button><p>.gov and https</p></div>' + MAIN)
    assert keys("US002", html) == ["missing"]
    assert keys("US002", html, selectors=[".agency-gov-banner"]) == []


# --- US003 identifier ------------------------------------------------------------------------------------

REQUIRED = [("/about", "About Department of Examples"), ("/accessibility", "Accessibility statement"),
            ("/foia", "FOIA requests"), ("/no-fear", "No FEAR Act data"),
            ("https://oig.example.gov/", "Office of the Inspector General"), ("/performance", "Performance reports"),
            ("/privacy", "Privacy policy")]


def identifier(links=REQUIRED, agency=True, usagov=True):
    items = "".join(f'<li><a href="{href}">{name}</a></li>' for href, name in links)
    masthead = ('<p class="usa-identifier__identity-disclaimer">An official website of the '
                '<a href="https://www.example.gov/">Department of Examples</a></p>') if agency else ""
    usa = '<a href="https://www.usa.gov/">Visit USA.gov</a>' if usagov else ""
    return (f'<div class="usa-identifier"><section>{masthead}</section>'
            f'<nav><ul class="usa-identifier__required-links-list">{items}</ul></nav>{usa}</div>')


def test_identifier_complete():
    assert keys("US003", en(MAIN + identifier())) == []


def test_identifier_missing():
    assert keys("US003", en(MAIN + "<footer><a href='/privacy'>Privacy</a></footer>")) == ["missing"]


def test_identifier_without_agency_and_links():
    found = results("US003", en(MAIN + identifier(links=REQUIRED[:2], agency=False, usagov=False)))
    assert [key for _, key, _ in found] == ["agency", "links"]
    assert found[1][2]["links_en"] == ("FOIA requests, No FEAR Act data, Office of the Inspector General, "
                                       "Performance reports, Privacy policy, USA.gov")
    assert found[1][2]["links_zh"].startswith("信息公开（FOIA）申请、")


def test_identifier_placeholder_links():
    links = [("javascript:void(0)", name) if name.startswith(("FOIA", "Privacy")) else (href, name)
             for href, name in REQUIRED]
    found = results("US003", en(MAIN + identifier(links=links)))
    assert [(key, data["links_en"]) for _, key, data in found] == [("unusable", "FOIA requests, Privacy policy")]


def test_identifier_in_spanish():
    links = [("/es/acerca", "Acerca de la agencia"), ("/es/accesibilidad", "Declaración de accesibilidad"),
             ("/es/foia", "Solicitud a través de FOIA"), ("/es/no-fear", "Datos de la ley No FEAR"),
             ("https://oig.example.gov/es", "Oficina del Inspector General"),
             ("/es/desempeno", "Informes de desempeño"), ("/es/privacidad", "Política de privacidad")]
    html = en(MAIN + identifier(links=links, agency=False, usagov=False).replace(
        "<section></section>", '<section><p>Un sitio web oficial de <a href="/">Ejemplo</a></p></section>')
        .replace("</nav>", '</nav><a href="https://www.usa.gov/es/">Visite USA.gov en Español</a>'))
    assert keys("US003", html) == []


def test_identifier_required_option():
    html = en(MAIN + identifier(links=REQUIRED[:1]))
    assert keys("US003", html, required=["about", "usa-gov"]) == []


# --- US004 privacy link on forms -------------------------------------------------------------------------


def form(fields: str, footer: str = "") -> str:
    return en(f'<main><form action="/send" method="post">{fields}<button>Send</button></form></main>'
              f"<footer>{footer}</footer>", title="Contact")


@pytest.mark.parametrize("fields, kinds", [
    ('<label>Email <input type="email" name="e"></label>', "email"),
    ('<label>Phone <input type="tel" name="p"></label>', "phone"),
    ('<label>First name <input name="fname"></label><label>Last name <input name="lname"></label>', "name"),
    ('<input name="given" autocomplete="given-name" aria-label="Given">', "name"),
    ('<label>SSN <input name="ssn"></label>', "Social Security number"),
    ('<label>Street address <input name="street"></label><label>ZIP code <input name="zip"></label>',
     "postal address"),
    ('<label>Email <input name="email"></label><label>Phone number <input name="phone"></label>', "email, phone"),
])
def test_personal_data_without_privacy_link(fields, kinds):
    found = results("US004", form(fields))
    assert [(key, data["fields_en"]) for _, key, data in found] == [("missing", kinds)]


def test_privacy_link_anywhere_on_the_page_passes():
    assert keys("US004", form('<input type="email" name="e" aria-label="Email">',
                              '<a href="/privacy">Privacy policy</a>')) == []
    assert keys("US004", form('<input type="email" name="e" aria-label="Email">',
                              '<a href="/es/privacidad">Política de privacidad</a>')) == []
    assert keys("US004", form('<input type="email" name="e" aria-label="Email">',
                              '<a href="/policies/privacy.html">Website policies</a>')) == []


def test_unusable_privacy_link_does_not_count():
    assert keys("US004", form('<input type="email" name="e" aria-label="Email">',
                              '<a href="#">Privacy policy</a>')) == ["missing"]


@pytest.mark.parametrize("fields", [
    '<label>Search <input type="search" name="q"></label>',
    '<label>Search <input name="query"></label>',
    '<label>User name <input name="username"></label><label>Password <input type="password" name="pw"></label>',
    '<input type="hidden" name="email" value="x@example.gov">',
    '<label>Leave this field blank <input name="email" style="display:none"></label>',
    '<label>Comments <textarea name="comments"></textarea></label>',
    '<label>Subject <input name="email_subject"></label>',
])
def test_fields_that_are_not_personal_data(fields):
    assert keys("US004", form(fields)) == []


# --- UK002 / EU002 accessibility statements ----------------------------------------------------------

UK_STATEMENT = """<main><h1>Accessibility statement for Example Council</h1>
<h2>Compliance status</h2>
<p>This website is partially compliant with the Web Content Accessibility Guidelines version 2.2 AA standard,
due to the non-compliances listed below.</p>
<h2>Non-accessible content</h2><p>Some older PDF documents are not fully accessible.</p>
<h2>Reporting accessibility problems with this website</h2>
<p>Contact <a href="mailto:web@example.gov.uk">web@example.gov.uk</a>.</p>
<h2>Enforcement procedure</h2>
<p>The Equality and Human Rights Commission (EHRC) is responsible for enforcing the accessibility regulations.
If you're not happy, <a href="https://www.equalityadvisoryservice.com/">contact the Equality Advisory and
Support Service (EASS)</a>.</p>
<h2>Preparation of this accessibility statement</h2>
<p>This statement was prepared on 23 September 2019. It was last reviewed on 4 March 2025.</p></main>"""


def statement(body: str, title: str = "Accessibility statement - Example Council", lang: str = "en") -> str:
    return f'<html lang="{lang}"><head><title>{title}</title></head><body>{body}</body></html>'


def test_uk_model_statement_passes():
    assert keys("UK002", statement(UK_STATEMENT)) == []


@pytest.mark.parametrize("remove, expected", [
    ("This website is partially compliant with", "status"),
    ("<h2>Non-accessible content</h2><p>Some older PDF documents are not fully accessible.</p>", "non-accessible"),
    ('<a href="https://www.equalityadvisoryservice.com/">contact the Equality Advisory and\nSupport Service (EASS)</a>',
     "enforcement-link"),
    ("This statement was prepared on 23 September 2019. It was last reviewed on 4 March 2025.", "date"),
])
def test_uk_statement_missing_parts(remove, expected):
    assert remove in UK_STATEMENT
    assert keys("UK002", statement(UK_STATEMENT.replace(remove, ""))) == [expected]


def test_uk_statement_fully_compliant_needs_no_non_accessible_section():
    body = UK_STATEMENT.replace("partially compliant", "fully compliant").replace(
        "<h2>Non-accessible content</h2><p>Some older PDF documents are not fully accessible.</p>", "")
    assert keys("UK002", statement(body)) == []


def test_uk_statement_contact():
    as_text = UK_STATEMENT.replace('<a href="mailto:web@example.gov.uk">web@example.gov.uk</a>',
                                   "web@example.gov.uk")
    assert [(key, data) for _, key, data in results("UK002", statement(as_text))] == [
        ("contact-text", {"email": "web@example.gov.uk"})]
    form = as_text.replace("web@example.gov.uk", '<a href="/contact/accessibility">use our contact form</a>')
    assert keys("UK002", statement(form)) == []
    nothing = as_text.replace("Contact web@example.gov.uk.", "")
    assert keys("UK002", statement(nothing)) == ["contact"]


def test_uk_enforcement_without_any_mention():
    body = UK_STATEMENT.replace(UK_STATEMENT[UK_STATEMENT.index("<h2>Enforcement"):UK_STATEMENT.index("<h2>Prep")], "")
    assert keys("UK002", statement(body)) == ["enforcement"]


def test_uk_northern_ireland_body():
    body = UK_STATEMENT.replace("https://www.equalityadvisoryservice.com/", "https://www.equalityni.org/")
    assert keys("UK002", statement(body)) == []


def test_only_statement_pages_are_checked():
    assert keys("UK002", statement("<main><h1>Council tax</h1><p>Text</p></main>", title="Council tax")) == []
    assert keys("UK002", statement('<main><h1>Contact</h1><a href="/a11y">Accessibility statement</a></main>',
                                   title="Contact")) == []
    assert keys("EU002", statement('<main><h1>Kontakt</h1><a href="/bf">Erklärung zur Barrierefreiheit</a>'
                                   "</main>", title="Kontakt", lang="de")) == []


FR_STATEMENT = """<main><h1>Déclaration d’accessibilité</h1>
<p>La Ville s’engage à rendre son site internet accessible.</p>
<h2>État de conformité</h2><p>Ce site est en conformité partielle avec le RGAA 4.1.</p>
<h2>Contenus non accessibles</h2><p>Certains documents PDF ne sont pas accessibles.</p>
<h2>Établissement de cette déclaration d’accessibilité</h2><p>Cette déclaration a été établie le 12 mars 2024.</p>
<h2>Retour d’information et contact</h2><p><a href="/contact">Formulaire de contact</a></p>
<h2>Voies de recours</h2><p><a href="https://formulaire.defenseurdesdroits.fr/">Écrire au Défenseur des droits</a></p>
</main>"""

IT_STATEMENT = """<main><h1>Dichiarazione di accessibilità</h1>
<p>Il sito è parzialmente conforme ai requisiti previsti dall'allegato A alla norma UNI EN 301549:2018.</p>
<h2>Contenuti non accessibili</h2><p>Alcuni documenti PDF non sono accessibili.</p>
<h2>Redazione della dichiarazione di accessibilità</h2><p>La presente dichiarazione è stata redatta il 20/09/2024.</p>
<h2>Meccanismo di feedback</h2><p><a href="mailto:urp@comune.example.it">urp@comune.example.it</a></p>
<h2>Procedura di attuazione</h2><p>È possibile inviare una segnalazione al
<a href="https://form.agid.gov.it/">Difensore civico per il digitale</a>.</p></main>"""


@pytest.mark.parametrize("body, lang", [(FR_STATEMENT, "fr"), (IT_STATEMENT, "it")])
def test_eu_statements_in_other_languages(body, lang):
    assert keys("EU002", statement(body, title="Accessibilité", lang=lang)) == []


def test_eu_statement_missing_parts_in_french():
    body = FR_STATEMENT.replace("en conformité partielle avec le RGAA 4.1", "accessible").replace(
        '<a href="https://formulaire.defenseurdesdroits.fr/">Écrire au Défenseur des droits</a>',
        "Écrire au Défenseur des droits")
    found = results("EU002", statement(body, title="Accessibilité", lang="fr"))
    assert [(key, data) for _, key, data in found] == [("status", {}),
                                                      ("enforcement-link", {"mention": "défenseur des droits"})]


def test_eu_statement_in_german_needs_a_status_sentence():
    body = ("<main><h1>Erklärung zur Barrierefreiheit</h1><h2>Nicht barrierefreie Inhalte</h2>"
            "<p>Einige PDF-Dokumente sind nicht barrierefrei.</p><p>Diese Erklärung wurde am 22. September 2020 "
            'erstellt.</p><p><a href="mailto:a@example.de">a@example.de</a></p>'
            '<p><a href="https://www.schlichtungsstelle-bgg.de/">Schlichtungsstelle</a></p></main>')
    html = statement(body, title="Barrierefreiheit", lang="de")
    assert keys("EU002", html) == ["status"]
    assert keys("EU002", html.replace("<h2>", "<p>Diese Website ist teilweise mit der BITV 2.0 vereinbar.</p><h2>",
                                      1)) == []


def test_eu_statement_options_for_national_bodies():
    body = IT_STATEMENT.replace("https://form.agid.gov.it/", "https://difensore.regione.example.it/").replace(
        "Difensore civico per il digitale", "Ufficio regionale").replace("Procedura di attuazione", "Reclami")
    html = statement(body, title="Accessibilità", lang="it")
    assert "enforcement" in keys("EU002", html)[0]
    assert keys("EU002", html, **{"enforcement-hosts": ["difensore.regione.example.it"]}) == []
    assert keys("EU002", html, **{"enforcement-names": ["Ufficio regionale"]}) == []


def test_eu_statement_in_a_language_without_wordings():
    body = ("<main><h1>Декларация за достъпност</h1><p>2024</p>"
            '<p><a href="mailto:a@example.bg">a@example.bg</a></p>'
            '<p><a href="https://www.ombudsman.bg/">Омбудсман</a></p></main>')
    assert keys("EU002", statement(body, title="Достъпност", lang="bg")) == []
    assert keys("EU002", statement(body.replace("2024", ""), title="Достъпност", lang="bg")) == ["date"]


def test_english_statement_for_eu_uses_eu_bodies():
    body = UK_STATEMENT.replace("https://www.equalityadvisoryservice.com/", "https://www.ombudsman.ie/").replace(
        "contact the Equality Advisory and\nSupport Service (EASS)", "contact the Ombudsman")
    assert keys("EU002", statement(body)) == []


# --- UK003 cookies -------------------------------------------------------------------------------------


def test_tracker_loaded_on_page_load():
    html = en(MAIN, head='<script async src="https://www.googletagmanager.com/gtag/js?id=G-1"></script>'
                         "<script>window.dataLayer = []; function gtag(){dataLayer.push(arguments);} "
                         "gtag('config', 'G-1');</script>")
    found = results("UK003", html)
    assert [(key, data["service"]) for _, key, data in found] == [("tracker", "Google Tag Manager"),
                                                                 ("tracker", "Google Analytics")]


@pytest.mark.parametrize("head", [
    '<script type="text/plain" data-cookieconsent="statistics" src="https://www.google-analytics.com/analytics.js">'
    "</script>",
    "<script>if (cookiesAccepted()) { var s = document.createElement('script'); "
    "s.src = 'https://www.googletagmanager.com/gtag/js?id=G-1'; document.head.appendChild(s); }</script>",
    "<script>gtag('consent', 'default', {analytics_storage: 'denied'}); gtag('config', 'G-1');</script>",
    '<script src="/js/site.js"></script>',
])
def test_trackers_waiting_for_consent(head):
    assert keys("UK003", en(MAIN, head=head)) == []


def test_banner_without_reject():
    html = en('<div id="cookie-notice"><p>This site uses cookies.</p><button>Accept all cookies</button>'
              '<a href="/cookies">Cookie settings</a></div>' + MAIN)
    assert [(key, data) for _, key, data in results("UK003", html)] == [("no-reject", {"accept": "accept all cookies"})]


def test_banner_with_reject_passes():
    html = en('<div class="govuk-cookie-banner" role="region" aria-label="Cookies on GOV.UK">'
              "<p>We use some essential cookies to make this service work.</p>"
              '<button type="button">Accept additional cookies</button>'
              '<button type="button">Reject additional cookies</button></div>' + MAIN)
    assert keys("UK003", html) == []


def test_ok_only_notice_depends_on_trackers():
    notice = '<div class="cookie-bar"><p>We only use essential cookies.</p><button>OK</button></div>'
    assert keys("UK003", en(notice + MAIN)) == []
    tracked = en(notice + MAIN, head='<script src="https://www.google-analytics.com/analytics.js"></script>')
    assert keys("UK003", tracked) == ["tracker", "no-reject"]


# --- messages --------------------------------------------------------------------------------------------


def test_chinese_messages():
    linter = Linter(Config(select=("US002", "US004"), lang="zh"))
    result = linter.lint_text(form('<input type="email" name="e" aria-label="Email">'), "page.html")
    assert sorted(finding.message for finding in result.findings) == [
        "本页表单收集个人信息（电子邮件），但页面上没有隐私政策链接；请在本页链接机构的隐私政策",
        "页面没有官方政府网站横幅（USWDS usa-banner）；请把它放在跳转链接之后的第一个位置"]


# --- corpus pins -----------------------------------------------------------------------------------------


_OURS = ("US002", "US003", "US004", "UK002", "UK003", "EU002")


@pytest.fixture(scope="module")
def corpus_findings(corpus_dir):
    """Codes found on every corpus page ("us/name.html" -> codes), each page linted once."""
    linter = Linter(Config(select=_OURS))
    return {f"{path.parent.name}/{path.name}": [finding.code for finding in linter.lint_path(path).findings]
            for path in sorted(corpus_dir.rglob("*.html"))}


def _pages(corpus_findings, country, code):
    """(pages of a country, the pages among them where ``code`` reports)."""
    pages = {name: codes for name, codes in corpus_findings.items() if name.startswith(country + "/")}
    return pages, sorted(name.split("/", 1)[1] for name, codes in pages.items() if code in codes)


def test_us_corpus_has_no_uswds_banner_or_identifier(corpus_findings):
    pages, without_banner = _pages(corpus_findings, "us", "US002")
    _, without_identifier = _pages(corpus_findings, "us", "US003")
    assert len(pages) == 76
    assert len(without_banner) == len(without_identifier) == len(pages)  # a 0 % share of either


def test_us_corpus_privacy_links(corpus_findings):
    assert _pages(corpus_findings, "us", "US004")[1] == [
        "desmarais-govWebsites__04_extractText_exampleHTMLs_boilerpipe_file33.html"]


def test_uk_corpus_cookies_and_statements(corpus_findings):
    pages, cookies = _pages(corpus_findings, "uk", "UK003")
    assert cookies == ["cleaneval__430.html"]  # a 2006 page with urchin.js; the 8 GOV.UK pages pass
    assert len([name for name in pages if "httrack-govuk" in name]) == 8
    assert _pages(corpus_findings, "uk", "UK002")[1] == []


def test_no_statement_pages_in_the_corpus(corpus_findings):
    assert [name for name, codes in corpus_findings.items() if {"UK002", "EU002"} & set(codes)] == []

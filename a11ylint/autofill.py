"""The grammar of the HTML ``autocomplete`` attribute (autofill detail tokens)."""

from __future__ import annotations

FIELD_NAMES = frozenset(
    """name honorific-prefix given-name additional-name family-name honorific-suffix nickname username
    new-password current-password one-time-code organization-title organization street-address address-line1
    address-line2 address-line3 address-level4 address-level3 address-level2 address-level1 country
    country-name postal-code cc-name cc-given-name cc-additional-name cc-family-name cc-number cc-exp
    cc-exp-month cc-exp-year cc-csc cc-type transaction-currency transaction-amount language bday bday-day
    bday-month bday-year sex url photo""".split()
)
CONTACT_FIELD_NAMES = frozenset(
    """tel tel-country-code tel-national tel-area-code tel-local tel-local-prefix tel-local-suffix
    tel-extension email impp""".split()
)
CONTACT_KINDS = frozenset(("home", "work", "mobile", "fax", "pager"))
ADDRESS_KINDS = frozenset(("shipping", "billing"))


def autocomplete_problem(value: str) -> tuple[str, str] | None:
    """Why an ``autocomplete`` value is not a valid autofill detail list, as (problem, token), or None.

    Problems: ``no-field`` (no field name), ``unknown-field``, ``kind-needs-contact-field`` (``work photo``:
    home/work/mobile/fax/pager only go before phone, email and impp fields), ``misplaced`` (a token out of
    the order ``[section-*] [shipping|billing] [home|work|mobile|fax|pager] field [webauthn]``). ``on`` and
    ``off`` stand alone. Tokens are ASCII case-insensitive and separated by ASCII whitespace.
    """
    tokens = value.lower().split()
    if tokens in (["on"], ["off"]):
        return None
    if tokens and tokens[-1] == "webauthn":
        tokens = tokens[:-1]
    if not tokens:
        return "no-field", value.strip()
    field = tokens[-1]
    if field not in FIELD_NAMES and field not in CONTACT_FIELD_NAMES:
        return "unknown-field", field
    prefixes = tokens[:-1]
    if prefixes and prefixes[-1] in CONTACT_KINDS:
        if field not in CONTACT_FIELD_NAMES:
            return "kind-needs-contact-field", f"{prefixes[-1]} {field}"
        prefixes = prefixes[:-1]
    if prefixes and prefixes[-1] in ADDRESS_KINDS:
        prefixes = prefixes[:-1]
    if prefixes and prefixes[-1].startswith("section-"):
        prefixes = prefixes[:-1]
    if prefixes:
        return "misplaced", prefixes[-1]
    return None

"""The WAI-ARIA knowledge base: roles, states and properties as data, plus small pure functions over them.

Sources, followed table by table:

* WAI-ARIA 1.2, W3C Recommendation of 6 June 2023 (https://www.w3.org/TR/wai-aria-1.2/): section 5.4
  "Definition of Roles" (the characteristics table of every role), section 6 "Supported States and
  Properties" (6.5 global list, 6.7 value types and values tables) and section 9.2 (fallback values for
  missing required attributes).
* Digital Publishing WAI-ARIA Module 1.1 (``doc-*`` roles), W3C Recommendation of 27 May 2025.
* WAI-ARIA Graphics Module 1.0 (``graphics-*`` roles).

Modelling decisions (each one is also tested in ``tests/test_aria.py``):

Inheritance
    ``RoleInfo.superclasses`` are the direct superclasses of the role's table. ``supported_attributes`` is the
    role's own "Supported States and Properties" plus everything its superclasses support or require, minus
    the global attributes -- except that a required attribute is always listed, so ``aria-controls`` (global,
    but required on ``combobox`` and ``scrollbar``) appears there and ``supported ⊇ required`` always holds.
    Attributes a role supports only "(if focusable)" are included (see "Focusable separators" below).
    ``required_attributes`` are inherited too (5.2.2: required "for the role and subclass roles"); that is why
    ``menuitemradio`` requires ``aria-checked`` and ``treeitem`` requires ``aria-selected`` (from ``option``),
    as the 1.2 tables mark them "(required)" in the inherited lists. Required context, required owned
    elements, name-from, name-required and children-presentational are *not* inherited: each role's own
    table states them (e.g. ``doc-cover`` is an ``img`` whose name is not required).

Required owned elements
    1.2 writes combinations such as "``group`` → ``option``": an owned ``group`` that in turn owns ``option``
    elements. Here such an entry is the string ``"group/option"`` (parent first, ``OWNED_SEPARATOR``), next to
    plain entries like ``"option"``. ``required_owned_paths(role)`` splits them into tuples. At least one of
    the entries has to be satisfied, not every one (5.2.6), and an element whose role is merely a subclass
    of a listed role does not count.

Deprecated global attributes
    1.2 still lists ``aria-disabled``, ``aria-errormessage``, ``aria-haspopup`` and ``aria-invalid`` among the
    global attributes but marks each "Global use deprecated in ARIA 1.2". They are modelled with
    ``global_=False`` and ``global_deprecated=True``: they are part of the roles' ``supported_attributes``
    only where a role table supports them (``aria-disabled`` on ``button``, ``input`` and subclasses, ...);
    elsewhere they stay *allowed* (``allowed_attributes`` includes them) but ``attribute_status`` answers
    ``"deprecated"`` and ``is_deprecated_on`` is true -- so a rule can say "aria-disabled on a div (generic)
    is allowed but deprecated". ``aria-grabbed`` and ``aria-dropeffect`` (deprecated in 1.1) are global and
    deprecated everywhere.

Prohibited attributes
    The "Prohibited States and Properties" rows: ``aria-label``/``aria-labelledby`` on the roles whose name is
    prohibited, plus ``aria-roledescription`` on ``generic``. DPUB's ``doc-pageheader``/``doc-pagefooter`` say
    "Name From: prohibited" without a prohibited row; 5.2.8 defines that value as "authors MUST NOT use
    aria-label or aria-labelledby", so they get the same two. ``allowed_attributes`` leaves prohibited ones out.

Focusable separators
    ``separator`` is a ``structure`` when not focusable and a ``widget`` when focusable; both are listed as
    superclasses (so ``is_a("separator", "widget")`` is true). Its "(if focusable)" requirement and attributes
    are kept apart in ``required_if_focusable`` and ``focusable_only_attributes``; ``allowed_attributes`` and
    ``attribute_status`` take ``focusable=`` to apply them (unknown focusability: allowed, not required).

ARIA 1.3 draft attributes
    ``ATTRIBUTES`` is exactly the 48 attributes of 1.2. ``aria-braillelabel``, ``aria-brailleroledescription``,
    ``aria-colindextext``, ``aria-description`` and ``aria-rowindextext`` (WAI-ARIA 1.3 drafts, already
    implemented by browsers) live apart in ``DRAFT_ATTRIBUTES`` with ``draft=True``; functions ignore them
    unless called with ``include_drafts=True``. ARIA 1.3 roles (``comment``, ``mark``, ``suggestion``,
    ``image``, ...) are not included.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

__all__ = [
    "ABSTRACT_ROLES", "ATTRIBUTES", "AttributeInfo", "CONCRETE_ROLES", "DEPRECATED_GLOBAL_ATTRIBUTES",
    "DRAFT_ATTRIBUTES", "FALLBACK_VALUES", "VALUE_TYPES",
    "GLOBAL_ATTRIBUTES", "OWNED_SEPARATOR", "ROLES", "RoleInfo", "allowed_attributes", "attribute_info",
    "attribute_status", "default_value", "fallback_value", "implicit_value", "is_a", "is_abstract",
    "is_defined_attribute", "is_deprecated_on", "is_global", "required_owned_paths", "role_info", "subclasses",
    "superclass_closure", "value_is_valid",
]

OWNED_SEPARATOR = "/"

WAI_ARIA = "wai-aria-1.2"
DPUB_ARIA = "dpub-aria-1.1"
GRAPHICS_ARIA = "graphics-aria-1.0"


@dataclass(frozen=True)
class RoleInfo:
    name: str
    abstract: bool
    superclasses: tuple[str, ...]          # direct superclass roles, as in the role's table
    required_attributes: tuple[str, ...]   # own + inherited "Required States and Properties"
    supported_attributes: tuple[str, ...]  # own + inherited supported and required, globals left out
    prohibited_attributes: tuple[str, ...]
    required_context: tuple[str, ...]      # "Required Context Role"
    required_owned: tuple[str, ...]        # "Required Owned Elements"; "group/option" = group owning option
    name_from: tuple[str, ...]             # subset of ("author", "contents", "prohibited"); () for "n/a"
    name_required: bool
    children_presentational: bool
    deprecated: bool = False
    spec: str = WAI_ARIA
    own_supported_attributes: tuple[str, ...] = ()    # the role's own "Supported States and Properties" row
    own_required_attributes: tuple[str, ...] = ()     # the role's own "Required States and Properties" row
    required_if_focusable: tuple[str, ...] = ()       # separator: aria-valuenow "(if focusable)"
    focusable_only_attributes: tuple[str, ...] = ()   # separator: supported only "(if focusable)"
    implicit_values: tuple[tuple[str, str], ...] = ()  # "Implicit Value for Role" as (attribute, value)


@dataclass(frozen=True)
class AttributeInfo:
    name: str
    value_type: str        # "true/false" | "tristate" | "true/false/undefined" | "idref" | "idref list"
                           # | "integer" | "number" | "string" | "token" | "token list"
    values: tuple[str, ...] = ()  # allowed tokens of token / token list types
    global_: bool = False          # in the 1.2 global list without "global use deprecated"
    deprecated: bool = False       # deprecated outright (aria-grabbed, aria-dropeffect)
    global_deprecated: bool = False  # listed as global with "Global use deprecated in ARIA 1.2"
    default: str | None = None     # the value that applies when absent (values table or type default)
    minimum: int | None = None     # lowest value the prose allows for integers (not checked by value_is_valid)
    draft: bool = False            # WAI-ARIA 1.3 draft attribute, kept out of ATTRIBUTES


# --- attributes --------------------------------------------------------------------------------------

_TF, _TRI, _TFU = "true/false", "tristate", "true/false/undefined"
_IDREF, _IDREFS, _INT, _NUM, _STR, _TOKEN, _TOKENS = (
    "idref", "idref list", "integer", "number", "string", "token", "token list")

VALUE_TYPES = frozenset((_TF, _TRI, _TFU, _IDREF, _IDREFS, _INT, _NUM, _STR, _TOKEN, _TOKENS))


def _attr(name, value_type, values=(), *, default=None, global_=False, deprecated=False, global_deprecated=False,
          minimum=None, draft=False):
    if default is None:
        default = {_TF: "false", _TRI: "undefined", _TFU: "undefined"}.get(value_type)
    return AttributeInfo(name, value_type, tuple(values), global_, deprecated, global_deprecated, default, minimum,
                         draft)


ATTRIBUTES: dict[str, AttributeInfo] = {a.name: a for a in (
    _attr("aria-activedescendant", _IDREF),
    _attr("aria-atomic", _TF, global_=True),
    _attr("aria-autocomplete", _TOKEN, ("inline", "list", "both", "none"), default="none"),
    _attr("aria-busy", _TF, global_=True),
    _attr("aria-checked", _TRI),
    _attr("aria-colcount", _INT, minimum=-1),
    _attr("aria-colindex", _INT, minimum=1),
    _attr("aria-colspan", _INT, minimum=1),
    _attr("aria-controls", _IDREFS, global_=True),
    _attr("aria-current", _TOKEN, ("page", "step", "location", "date", "time", "true", "false"), default="false",
          global_=True),
    _attr("aria-describedby", _IDREFS, global_=True),
    _attr("aria-details", _IDREF, global_=True),
    _attr("aria-disabled", _TF, global_deprecated=True),
    _attr("aria-dropeffect", _TOKENS, ("copy", "execute", "link", "move", "none", "popup"), default="none",
          global_=True, deprecated=True),
    _attr("aria-errormessage", _IDREF, global_deprecated=True),
    _attr("aria-expanded", _TFU),
    _attr("aria-flowto", _IDREFS, global_=True),
    _attr("aria-grabbed", _TFU, global_=True, deprecated=True),
    _attr("aria-haspopup", _TOKEN, ("false", "true", "menu", "listbox", "tree", "grid", "dialog"), default="false",
          global_deprecated=True),
    _attr("aria-hidden", _TFU, global_=True),
    _attr("aria-invalid", _TOKEN, ("grammar", "false", "spelling", "true"), default="false", global_deprecated=True),
    _attr("aria-keyshortcuts", _STR, global_=True),
    _attr("aria-label", _STR, global_=True),
    _attr("aria-labelledby", _IDREFS, global_=True),
    _attr("aria-level", _INT, minimum=1),
    _attr("aria-live", _TOKEN, ("assertive", "off", "polite"), default="off", global_=True),
    _attr("aria-modal", _TF),
    _attr("aria-multiline", _TF),
    _attr("aria-multiselectable", _TF),
    _attr("aria-orientation", _TOKEN, ("horizontal", "undefined", "vertical"), default="undefined"),
    _attr("aria-owns", _IDREFS, global_=True),
    _attr("aria-placeholder", _STR),
    _attr("aria-posinset", _INT, minimum=1),
    _attr("aria-pressed", _TRI),
    _attr("aria-readonly", _TF),
    _attr("aria-relevant", _TOKENS, ("additions", "all", "removals", "text"), default="additions text",
          global_=True),
    _attr("aria-required", _TF),
    _attr("aria-roledescription", _STR, global_=True),
    _attr("aria-rowcount", _INT, minimum=-1),
    _attr("aria-rowindex", _INT, minimum=1),
    _attr("aria-rowspan", _INT, minimum=0),
    _attr("aria-selected", _TFU),
    _attr("aria-setsize", _INT, minimum=-1),
    _attr("aria-sort", _TOKEN, ("ascending", "descending", "none", "other"), default="none"),
    _attr("aria-valuemax", _NUM),
    _attr("aria-valuemin", _NUM),
    _attr("aria-valuenow", _NUM),
    _attr("aria-valuetext", _STR),
)}

# WAI-ARIA 1.3 drafts (see the module docstring): not part of ATTRIBUTES.
DRAFT_ATTRIBUTES: dict[str, AttributeInfo] = {a.name: a for a in (
    _attr("aria-braillelabel", _STR, global_=True, draft=True),
    _attr("aria-brailleroledescription", _STR, global_=True, draft=True),
    _attr("aria-colindextext", _STR, draft=True),
    _attr("aria-description", _STR, global_=True, draft=True),
    _attr("aria-rowindextext", _STR, draft=True),
)}
_DRAFT_ROLE_SUPPORT = {"aria-colindextext": ("cell", "row"), "aria-rowindextext": ("cell", "row")}
# ARIA 1.3 prohibits the braille attributes wherever it prohibits the attributes they stand in for, and
# aria-brailleroledescription also on elements whose role is none or presentation.
_DRAFT_PROHIBITED_LIKE = {"aria-braillelabel": "aria-label", "aria-brailleroledescription": "aria-roledescription"}

GLOBAL_ATTRIBUTES = frozenset(name for name, info in ATTRIBUTES.items() if info.global_)
DEPRECATED_GLOBAL_ATTRIBUTES = frozenset(name for name, info in ATTRIBUTES.items() if info.global_deprecated)
_ALWAYS_ALLOWED = GLOBAL_ATTRIBUTES | DEPRECATED_GLOBAL_ATTRIBUTES
_NAME_ATTRIBUTES = ("aria-label", "aria-labelledby")


# --- roles -------------------------------------------------------------------------------------------

def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


def _aria(words: str) -> tuple[str, ...]:
    return tuple("aria-" + word for word in words.split())


# name (superclasses, keyword characteristics). Attribute names are written without "aria-". Keywords:
# req, sup, ctx, owned, prohibited, name ("author" unless given; "" = n/a), nr (name required),
# cp (children presentational), abstract, deprecated, implicit ("attr=value ..."), spec,
# req_focusable, sup_focusable.
_PROHIBITED_NAME = {"prohibited": "label labelledby", "name": "prohibited"}
_CONTENTS = "contents author"

_ROLE_TABLE: dict[str, tuple[str, dict]] = {
    # abstract roles
    "roletype": ("", dict(abstract=True, name="")),
    "structure": ("roletype", dict(abstract=True, name="")),
    "widget": ("roletype", dict(abstract=True, name="")),
    "window": ("roletype", dict(abstract=True, sup="modal")),
    "command": ("widget", dict(abstract=True)),
    "composite": ("widget", dict(abstract=True, sup="activedescendant disabled")),
    "input": ("widget", dict(abstract=True, sup="disabled")),
    "landmark": ("section", dict(abstract=True)),
    "range": ("structure", dict(abstract=True, sup="valuemax valuemin valuenow valuetext")),
    "section": ("structure", dict(abstract=True, name="")),
    "sectionhead": ("structure", dict(abstract=True, name=_CONTENTS)),
    "select": ("composite group", dict(abstract=True, sup="orientation")),
    # WAI-ARIA 1.2 concrete roles
    "alert": ("section", dict(implicit="live=assertive atomic=true")),
    "alertdialog": ("alert dialog", dict(nr=True)),
    "application": ("structure", dict(sup="activedescendant disabled errormessage expanded haspopup invalid",
                                      nr=True)),
    "article": ("document", dict(sup="posinset setsize")),
    "banner": ("landmark", {}),
    "blockquote": ("section", {}),
    "button": ("command", dict(sup="disabled haspopup expanded pressed", name=_CONTENTS, nr=True, cp=True)),
    "caption": ("section", dict(ctx="figure grid table treegrid", **_PROHIBITED_NAME)),
    "cell": ("section", dict(ctx="row", sup="colindex colspan rowindex rowspan", name=_CONTENTS)),
    "checkbox": ("input", dict(req="checked", sup="errormessage expanded invalid readonly required", name=_CONTENTS,
                               nr=True, cp=True)),
    "code": ("section", dict(**_PROHIBITED_NAME)),
    "columnheader": ("cell gridcell sectionhead", dict(ctx="row", sup="sort", name=_CONTENTS, nr=True)),
    "combobox": ("input", dict(req="controls expanded",
                               sup="activedescendant autocomplete errormessage haspopup invalid readonly required",
                               nr=True, implicit="haspopup=listbox")),
    "complementary": ("landmark", {}),
    "contentinfo": ("landmark", {}),
    "definition": ("section", {}),
    "deletion": ("section", dict(**_PROHIBITED_NAME)),
    "dialog": ("window", dict(nr=True)),
    "directory": ("list", dict(deprecated=True)),
    "document": ("structure", {}),
    "emphasis": ("section", dict(**_PROHIBITED_NAME)),
    "feed": ("list", dict(owned="article")),
    "figure": ("section", {}),
    "form": ("landmark", dict(nr=True)),
    "generic": ("structure", dict(prohibited="label labelledby roledescription", name="prohibited")),
    "grid": ("composite table", dict(owned="row rowgroup/row", sup="multiselectable readonly", nr=True)),
    "gridcell": ("cell widget", dict(ctx="row", name=_CONTENTS,
                                     sup="disabled errormessage expanded haspopup invalid readonly required selected")),
    "group": ("section", dict(sup="activedescendant disabled")),
    "heading": ("sectionhead", dict(req="level", name=_CONTENTS, nr=True)),
    "img": ("section", dict(nr=True, cp=True)),
    "insertion": ("section", dict(**_PROHIBITED_NAME)),
    "link": ("command", dict(sup="disabled expanded haspopup", name=_CONTENTS, nr=True)),
    "list": ("section", dict(owned="listitem")),
    "listbox": ("select", dict(owned="group/option option",
                               sup="errormessage expanded invalid multiselectable readonly required", nr=True,
                               implicit="orientation=vertical")),
    "listitem": ("section", dict(ctx="directory list", sup="level posinset setsize")),
    "log": ("section", dict(implicit="live=polite")),
    "main": ("landmark", {}),
    "marquee": ("section", dict(nr=True, implicit="live=off")),
    "math": ("section", {}),
    "menu": ("select", dict(owned="group/menuitem group/menuitemradio group/menuitemcheckbox menuitem "
                                  "menuitemcheckbox menuitemradio", implicit="orientation=vertical")),
    "menubar": ("menu", dict(owned="group/menuitem group/menuitemradio group/menuitemcheckbox menuitem "
                                   "menuitemcheckbox menuitemradio", implicit="orientation=horizontal")),
    "menuitem": ("command", dict(ctx="group menu menubar", sup="disabled expanded haspopup posinset setsize",
                                 name=_CONTENTS, nr=True)),
    "menuitemcheckbox": ("menuitem", dict(ctx="group menu menubar", req="checked", name=_CONTENTS, nr=True,
                                          cp=True)),
    "menuitemradio": ("menuitemcheckbox", dict(ctx="group menu menubar", name=_CONTENTS, nr=True, cp=True)),
    "meter": ("range", dict(req="valuenow", nr=True, cp=True, implicit="valuemin=0 valuemax=100")),
    "navigation": ("landmark", {}),
    # 1.2 gives "none" no characteristics table of its own; it is the synonym of "presentation".
    "none": ("structure", dict(**_PROHIBITED_NAME)),
    "note": ("section", {}),
    "option": ("input", dict(ctx="group listbox", req="selected", sup="checked posinset setsize", name=_CONTENTS,
                             nr=True, cp=True, implicit="selected=false")),
    "paragraph": ("section", dict(**_PROHIBITED_NAME)),
    "presentation": ("structure", dict(**_PROHIBITED_NAME)),
    "progressbar": ("range widget", dict(nr=True, cp=True, implicit="valuemin=0 valuemax=100")),
    "radio": ("input", dict(req="checked", sup="posinset setsize", name=_CONTENTS, nr=True, cp=True)),
    "radiogroup": ("select", dict(owned="radio", sup="errormessage invalid readonly required", nr=True)),
    "region": ("landmark", dict(nr=True)),
    "row": ("group widget", dict(ctx="grid rowgroup table treegrid", owned="cell columnheader gridcell rowheader",
                                 sup="colindex expanded level posinset rowindex setsize selected", name=_CONTENTS)),
    "rowgroup": ("structure", dict(ctx="grid table treegrid", owned="row")),
    "rowheader": ("cell gridcell sectionhead", dict(ctx="row", sup="expanded sort", name=_CONTENTS, nr=True)),
    "scrollbar": ("range widget", dict(req="controls valuenow", sup="disabled orientation valuemax valuemin", cp=True,
                                       implicit="orientation=vertical valuemin=0 valuemax=100")),
    "search": ("landmark", {}),
    "searchbox": ("textbox", dict(nr=True)),
    "separator": ("structure widget", dict(sup="orientation", req_focusable="valuenow",
                                           sup_focusable="disabled valuemax valuemin valuetext", cp=True,
                                           implicit="orientation=horizontal valuemin=0 valuemax=100")),
    "slider": ("input range", dict(req="valuenow", sup="errormessage haspopup invalid orientation readonly "
                                                       "valuemax valuemin", nr=True, cp=True,
                                   implicit="orientation=horizontal valuemin=0 valuemax=100")),
    "spinbutton": ("composite input range", dict(sup="errormessage invalid readonly required valuemax valuemin "
                                                     "valuenow valuetext", nr=True, implicit="valuenow=0")),
    "status": ("section", dict(implicit="live=polite atomic=true")),
    "strong": ("section", dict(**_PROHIBITED_NAME)),
    "subscript": ("section", dict(**_PROHIBITED_NAME)),
    "superscript": ("section", dict(**_PROHIBITED_NAME)),
    "switch": ("checkbox", dict(req="checked", name=_CONTENTS, nr=True, cp=True)),
    "tab": ("sectionhead widget", dict(ctx="tablist", sup="disabled expanded haspopup posinset selected setsize",
                                       name=_CONTENTS, cp=True, implicit="selected=false")),
    "table": ("section", dict(owned="row rowgroup/row", sup="colcount rowcount", nr=True)),
    "tablist": ("composite", dict(owned="tab", sup="multiselectable orientation",
                                  implicit="orientation=horizontal")),
    "tabpanel": ("section", dict(nr=True)),
    "term": ("section", {}),
    "textbox": ("input", dict(sup="activedescendant autocomplete errormessage haspopup invalid multiline placeholder "
                                  "readonly required", nr=True)),
    "time": ("section", {}),
    "timer": ("status", dict(implicit="live=off")),
    "toolbar": ("group", dict(sup="orientation", implicit="orientation=horizontal")),
    "tooltip": ("section", dict(name=_CONTENTS, nr=True)),
    "tree": ("select", dict(owned="group/treeitem treeitem", sup="errormessage invalid multiselectable required",
                            nr=True, implicit="orientation=vertical")),
    "treegrid": ("grid tree", dict(owned="row rowgroup/row", nr=True)),
    "treeitem": ("listitem option", dict(ctx="group tree", sup="expanded haspopup", name=_CONTENTS, nr=True)),
}

# DPUB-ARIA 1.1: no role of the module has own supported, required or prohibited attributes, context or owned
# elements; the differences are the superclass, name-from, name-required and children-presentational.
_DPUB_TABLE: dict[str, tuple[str, dict]] = {
    "doc-abstract": ("section", {}),
    "doc-acknowledgments": ("landmark", {}),
    "doc-afterword": ("landmark", {}),
    "doc-appendix": ("landmark", {}),
    "doc-backlink": ("link", dict(name=_CONTENTS, nr=True)),
    "doc-biblioentry": ("listitem", dict(nr=True, deprecated=True)),
    "doc-bibliography": ("landmark", {}),
    "doc-biblioref": ("link", dict(name=_CONTENTS, nr=True)),
    "doc-chapter": ("landmark", {}),
    "doc-colophon": ("section", {}),
    "doc-conclusion": ("landmark", {}),
    "doc-cover": ("img", {}),
    "doc-credit": ("section", {}),
    "doc-credits": ("landmark", {}),
    "doc-dedication": ("section", {}),
    "doc-endnote": ("listitem", dict(deprecated=True)),
    "doc-endnotes": ("landmark", {}),
    "doc-epigraph": ("section", {}),
    "doc-epilogue": ("landmark", {}),
    "doc-errata": ("landmark", {}),
    "doc-example": ("figure", {}),
    "doc-footnote": ("section", {}),
    "doc-foreword": ("landmark", {}),
    "doc-glossary": ("landmark", {}),
    "doc-glossref": ("link", dict(name=_CONTENTS, nr=True)),
    "doc-index": ("navigation", {}),
    "doc-introduction": ("landmark", {}),
    "doc-noteref": ("link", dict(name=_CONTENTS, nr=True)),
    "doc-notice": ("note", {}),
    "doc-pagebreak": ("separator", dict(name=_CONTENTS, nr=True, cp=True)),
    "doc-pagefooter": ("section", dict(**_PROHIBITED_NAME)),
    "doc-pageheader": ("section", dict(**_PROHIBITED_NAME)),
    "doc-pagelist": ("navigation", {}),
    "doc-part": ("landmark", {}),
    "doc-preface": ("landmark", {}),
    "doc-prologue": ("landmark", {}),
    "doc-pullquote": ("section", {}),
    "doc-qna": ("section", {}),
    "doc-subtitle": ("sectionhead", dict(name=_CONTENTS)),
    "doc-tip": ("note", {}),
    "doc-toc": ("navigation", {}),
}

_GRAPHICS_TABLE: dict[str, tuple[str, dict]] = {
    "graphics-document": ("document", dict(nr=True)),
    "graphics-object": ("group", dict(name="author contents")),
    "graphics-symbol": ("img", dict(nr=True, cp=True)),
}

_KNOWN_KEYWORDS = frozenset(("req", "sup", "ctx", "owned", "prohibited", "name", "nr", "cp", "abstract",
                             "deprecated", "implicit", "req_focusable", "sup_focusable"))


def _build_roles() -> dict[str, RoleInfo]:
    table: dict[str, tuple[tuple[str, ...], dict, str]] = {}
    for spec, part in ((WAI_ARIA, _ROLE_TABLE), (DPUB_ARIA, _DPUB_TABLE), (GRAPHICS_ARIA, _GRAPHICS_TABLE)):
        for name, (supers, keywords) in part.items():
            unknown = set(keywords) - _KNOWN_KEYWORDS
            if unknown:  # pragma: no cover - guards the table above
                raise ValueError(f"{name}: unknown characteristics {sorted(unknown)}")
            table[name] = (_words(supers), keywords, spec)

    required: dict[str, tuple[str, ...]] = {}
    supported: dict[str, tuple[str, ...]] = {}
    required_focusable: dict[str, tuple[str, ...]] = {}
    focusable_only: dict[str, tuple[str, ...]] = {}

    def resolve(name: str, chain: tuple[str, ...] = ()) -> None:
        if name in required:
            return
        if name in chain:
            raise ValueError("role inheritance cycle: " + " -> ".join(chain + (name,)))
        supers, keywords, _ = table[name]
        req = list(_aria(keywords.get("req", "")))
        sup = list(_aria(keywords.get("sup", "")))
        req_f = list(_aria(keywords.get("req_focusable", "")))
        sup_f = list(_aria(keywords.get("sup_focusable", "")))
        for parent in supers:
            resolve(parent, chain + (name,))
            req += required[parent]
            sup += supported[parent]
            req_f += required_focusable[parent]
            sup_f += focusable_only[parent]
        req = _unique(req)
        required[name] = tuple(sorted(req))
        required_focusable[name] = tuple(sorted(set(req_f)))
        focusable_only[name] = tuple(sorted(set(sup_f) | set(req_f)))
        supported[name] = tuple(sorted(set(a for a in sup if a not in GLOBAL_ATTRIBUTES) | set(req)
                                       | set(focusable_only[name])))

    roles: dict[str, RoleInfo] = {}
    for name, (supers, keywords, spec) in table.items():
        resolve(name)
        name_from = keywords.get("name", "author")
        implicit = tuple(tuple(item.split("=", 1)) for item in keywords.get("implicit", "").split())
        roles[name] = RoleInfo(
            name=name,
            abstract=keywords.get("abstract", False),
            superclasses=supers,
            required_attributes=required[name],
            supported_attributes=supported[name],
            prohibited_attributes=_aria(keywords.get("prohibited", "")),
            required_context=_words(keywords.get("ctx", "")),
            required_owned=_words(keywords.get("owned", "")),
            name_from=_words(name_from),
            name_required=keywords.get("nr", False),
            children_presentational=keywords.get("cp", False),
            deprecated=keywords.get("deprecated", False),
            spec=spec,
            own_supported_attributes=_aria(keywords.get("sup", "") + " " + keywords.get("sup_focusable", "")),
            own_required_attributes=_aria(keywords.get("req", "") + " " + keywords.get("req_focusable", "")),
            required_if_focusable=required_focusable[name],
            focusable_only_attributes=focusable_only[name],
            implicit_values=tuple(("aria-" + attribute, value) for attribute, value in implicit),
        )
    return roles


def _unique(items):
    seen: dict = {}
    for item in items:
        seen.setdefault(item, None)
    return list(seen)


ROLES: dict[str, RoleInfo] = _build_roles()

CONCRETE_ROLES = frozenset(name for name, info in ROLES.items() if not info.abstract)
ABSTRACT_ROLES = frozenset(name for name, info in ROLES.items() if info.abstract)

# WAI-ARIA 1.2 section 9.2, "Fallback values for missing required attributes". None means the spec gives no
# fixed value: "no mapping" (aria-controls) or a value computed from other attributes (aria-valuenow).
FALLBACK_VALUES: dict[tuple[str, str], str | None] = {
    ("checkbox", "aria-checked"): "false",
    ("combobox", "aria-controls"): None,
    ("combobox", "aria-expanded"): "false",
    ("heading", "aria-level"): "2",
    ("menuitemcheckbox", "aria-checked"): "false",
    ("menuitemradio", "aria-checked"): "false",
    ("radio", "aria-checked"): "false",
    ("scrollbar", "aria-controls"): None,
    ("scrollbar", "aria-valuenow"): None,   # (aria-valuemax - aria-valuemin) / 2, clamped
    ("separator", "aria-valuenow"): None,   # the same, for a focusable separator
    ("slider", "aria-valuenow"): None,      # the same
    ("switch", "aria-checked"): "false",
    ("meter", "aria-valuenow"): None,       # the value of aria-valuemin
}


# --- lookups -----------------------------------------------------------------------------------------

def role_info(role: str) -> RoleInfo | None:
    """The role's characteristics, or None for a name that is no role (lookup is exact, lower case)."""
    return ROLES.get(role)


def is_abstract(role: str) -> bool:
    info = ROLES.get(role)
    return info is not None and info.abstract


@lru_cache(maxsize=None)
def superclass_closure(role: str) -> frozenset[str]:
    """Every role ``role`` inherits from, transitively (itself excluded); empty for unknown names."""
    info = ROLES.get(role)
    if info is None:
        return frozenset()
    result: set[str] = set()
    for parent in info.superclasses:
        result.add(parent)
        result |= superclass_closure(parent)
    return frozenset(result)


def is_a(role: str, ancestor: str) -> bool:
    """True when ``role`` is ``ancestor`` or inherits from it, e.g. ``is_a("doc-biblioref", "link")``."""
    if role not in ROLES:
        return False
    return role == ancestor or ancestor in superclass_closure(role)


@lru_cache(maxsize=None)
def subclasses(role: str) -> frozenset[str]:
    """Every role that inherits from ``role``, transitively (itself excluded)."""
    return frozenset(name for name in ROLES if name != role and role in superclass_closure(name))


def required_owned_paths(role: str) -> tuple[tuple[str, ...], ...]:
    """The role's required owned elements as paths: ``("group", "option")`` is a group that owns options."""
    info = ROLES.get(role)
    if info is None:
        return ()
    return tuple(tuple(entry.split(OWNED_SEPARATOR)) for entry in info.required_owned)


def attribute_info(attribute: str, *, include_drafts: bool = False) -> AttributeInfo | None:
    info = ATTRIBUTES.get(attribute)
    if info is None and include_drafts:
        info = DRAFT_ATTRIBUTES.get(attribute)
    return info


def is_defined_attribute(attribute: str, *, include_drafts: bool = False) -> bool:
    """True for the aria-* attributes WAI-ARIA 1.2 defines (names are lower case, compared exactly)."""
    return attribute_info(attribute, include_drafts=include_drafts) is not None


def is_global(attribute: str, *, include_drafts: bool = False) -> bool:
    """Global in 1.2: applicable to every element. False for the four whose global use 1.2 deprecates."""
    info = attribute_info(attribute, include_drafts=include_drafts)
    return info is not None and info.global_


def allowed_attributes(role: str | None, *, focusable: bool | None = None,
                       include_drafts: bool = False) -> frozenset[str]:
    """The aria-* attributes an element with ``role`` may carry: the globals (including the deprecated ones),
    the role's supported and required attributes, minus its prohibited ones.

    ``None`` or an unknown role name: the globals only. ``focusable=False`` drops attributes the role supports
    only when focusable (separator and its subclasses).
    """
    result = set(_ALWAYS_ALLOWED)
    if include_drafts:
        result |= {name for name, info in DRAFT_ATTRIBUTES.items() if info.global_}
    info = ROLES.get(role) if role is not None else None
    if info is None:
        return frozenset(result)
    result |= set(info.supported_attributes)
    result |= set(info.required_attributes)
    if focusable is False:
        result -= set(info.focusable_only_attributes) - _ALWAYS_ALLOWED
    if include_drafts:
        result |= {name for name, roles in _DRAFT_ROLE_SUPPORT.items() if any(is_a(role, r) for r in roles)}
    result -= set(info.prohibited_attributes)
    return frozenset(result)


def attribute_status(attribute: str, role: str | None, *, focusable: bool | None = None,
                     include_drafts: bool = False) -> str:
    """How ``attribute`` stands on an element with ``role`` (None: no role). One of:

    ``"undefined"`` (no such ARIA attribute), ``"prohibited"``, ``"required"``, ``"supported"`` (the role
    supports it), ``"global"``, ``"deprecated"`` (allowed, but deprecated: aria-grabbed/aria-dropeffect
    anywhere, or one of the four formerly global attributes on a role that does not support it) or
    ``"not-allowed"``.
    """
    info = attribute_info(attribute, include_drafts=include_drafts)
    if info is None:
        return "undefined"
    role_data = ROLES.get(role) if role is not None else None
    if role_data is not None:
        if attribute in role_data.prohibited_attributes:
            return "prohibited"
        stands_for = _DRAFT_PROHIBITED_LIKE.get(attribute) if include_drafts else None
        if stands_for and (stands_for in role_data.prohibited_attributes or (
                attribute == "aria-brailleroledescription" and role in ("none", "presentation"))):
            return "prohibited"
        if attribute in role_data.required_attributes or (
                focusable and attribute in role_data.required_if_focusable):
            return "required"
        if attribute in role_data.supported_attributes and not (
                focusable is False and attribute in role_data.focusable_only_attributes):
            return "deprecated" if info.deprecated else "supported"
        if include_drafts and info.draft and any(is_a(role, r) for r in _DRAFT_ROLE_SUPPORT.get(attribute, ())):
            return "supported"
    if info.deprecated or info.global_deprecated:
        return "deprecated"
    if info.global_:
        return "global"
    return "not-allowed"


def is_deprecated_on(attribute: str, role: str | None, *, focusable: bool | None = None) -> bool:
    """True when the attribute is allowed on the role only as deprecated usage (see ``attribute_status``)."""
    return attribute_status(attribute, role, focusable=focusable) == "deprecated"


# --- values ------------------------------------------------------------------------------------------

_ASCII_WHITESPACE = "\t\n\f\r "
_INTEGER = re.compile(r"[+-]?[0-9]+\Z")
_NUMBER = re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?\Z")
_BOOLEAN_VALUES = {_TF: ("true", "false"), _TRI: ("true", "false", "mixed", "undefined"),
                   _TFU: ("true", "false", "undefined")}


def value_is_valid(attribute: str, value: str, *, include_drafts: bool = False) -> bool:
    """Whether ``value`` is a syntactically valid value of ``attribute``'s value type.

    Surrounding ASCII whitespace is ignored; true/false types and tokens compare case-insensitively.
    Empty values are valid only for strings. "undefined" is valid where the type or the values table lists
    it (tristate, true/false/undefined, aria-orientation). ``integer`` takes an optional sign; ``number`` is
    a decimal with optional sign, fraction and exponent (no NaN/Infinity). ID references need one token
    (idref) or at least one (idref list); whether the ids exist is for the caller to check. In
    ``aria-relevant``, ``all`` has to stand alone ("a space-separated list of additions, removals, text; or
    a single catch-all value all"). Range limits (``AttributeInfo.minimum``) are not checked here. Unknown
    attributes are never valid.
    """
    info = attribute_info(attribute, include_drafts=include_drafts)
    if info is None:
        return False
    kind = info.value_type
    if kind == _STR:
        return True
    text = value.strip(_ASCII_WHITESPACE)
    if kind in _BOOLEAN_VALUES:
        return _ascii_lower(text) in _BOOLEAN_VALUES[kind]
    if kind == _TOKEN:
        return _ascii_lower(text) in info.values
    # HTML splits on ASCII whitespace only; str.split() would also split on U+00A0 and friends.
    tokens = [token for token in re.split("[\t\n\f\r ]+", text) if token]
    if kind == _TOKENS:
        lowered = [_ascii_lower(token) for token in tokens]
        if not lowered or any(token not in info.values for token in lowered):
            return False
        return not (attribute == "aria-relevant" and "all" in lowered and len(lowered) > 1)
    if kind == _IDREF:
        return len(tokens) == 1
    if kind == _IDREFS:
        return len(tokens) >= 1
    if kind == _INT:
        return bool(_INTEGER.match(text))
    if kind == _NUM:
        return bool(_NUMBER.match(text))
    raise AssertionError(kind)  # pragma: no cover


_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def _ascii_lower(text: str) -> str:
    # ASCII case-insensitive, as HTML compares enumerated values: "\u212a" (Kelvin sign) is no "k".
    return text.translate(_ASCII_LOWER)


def implicit_value(attribute: str, role: str | None) -> str | None:
    """The role's "Implicit Value for Role" for the attribute (e.g. option: aria-selected=false), else None."""
    info = ROLES.get(role) if role is not None else None
    if info is None:
        return None
    return dict(info.implicit_values).get(attribute)


def fallback_value(attribute: str, role: str | None) -> str | None:
    """The fixed 9.2 fallback a user agent uses when the required attribute is missing (heading: level 2)."""
    if role is None:
        return None
    return FALLBACK_VALUES.get((role, attribute))


def default_value(attribute: str, role: str | None) -> str | None:
    """The value that applies when ``attribute`` is absent on an element with ``role``.

    In order: the role's implicit value (characteristics table), the fixed fallback for a missing required
    attribute (section 9.2, e.g. ``aria-level`` 2 on ``heading``), then the attribute's own default from its
    values table or value type (``aria-live`` off, true/false types false, tristate "undefined"). None when
    none of these gives a value, e.g. ``aria-valuemin`` on ``spinbutton`` ("no minimum value") or any
    ID reference, string or number without a default.
    """
    value = implicit_value(attribute, role)
    if value is None:
        value = fallback_value(attribute, role)
    if value is None:
        info = attribute_info(attribute, include_drafts=True)
        value = info.default if info is not None else None
    return value


# --- the elements the ARIA attribute rules check --------------------------------------------------------

# Elements with an attribute whose name starts with "aria". ARIA002 needs all of them (html5lib codes a name
# that is not valid XML: aria:label becomes ariaU0003Alabel); ARIA003, ARIA004 and ARIA008 keep those with an
# aria-* attribute. One selector text for the four, so each page is searched once (ctx.select caches by text):
# the search visits every attribute of the page, and was the larger part of each rule's time.
ARIA_NAMED_ELEMENTS = "xpath:descendant-or-self::*[@*[starts-with(name(), 'aria')]]"


def has_aria_attribute(element) -> bool:
    """True when one of the element's attribute names starts with ``aria-``."""
    return any(name.startswith("aria-") for name in element.keys())

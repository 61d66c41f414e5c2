"""The ARIA knowledge base (a11ylint.aria) against the text of WAI-ARIA 1.2, DPUB-ARIA 1.1 and Graphics-ARIA 1.0.

Expected values are transcribed from the characteristics tables of the specifications (section 5.4 and 6.7 of
WAI-ARIA 1.2), not computed from the module, so a change to the data has to be justified against the spec.
"""

from __future__ import annotations

import pytest

from a11ylint import aria
from a11ylint.aria import (ATTRIBUTES, DRAFT_ATTRIBUTES, ROLES, allowed_attributes, attribute_status, default_value,
                           is_a, is_abstract, is_defined_attribute, is_global, role_info, value_is_valid)


def aria_names(words: str) -> set[str]:
    return {"aria-" + word for word in words.split()}


WAI_ARIA_ROLES = {name for name, info in ROLES.items() if info.spec == aria.WAI_ARIA}

ABSTRACT = set("command composite input landmark range roletype section sectionhead select structure widget "
               "window".split())

CONCRETE_1_2 = set("""alert alertdialog application article banner blockquote button caption cell checkbox code
    columnheader combobox complementary contentinfo definition deletion dialog directory document emphasis feed
    figure form generic grid gridcell group heading img insertion link list listbox listitem log main marquee math
    menu menubar menuitem menuitemcheckbox menuitemradio meter navigation none note option paragraph presentation
    progressbar radio radiogroup region row rowgroup rowheader scrollbar search searchbox separator slider
    spinbutton status strong subscript superscript switch tab table tablist tabpanel term textbox time timer
    toolbar tooltip tree treegrid treeitem""".split())

DPUB = {"doc-" + name for name in """abstract acknowledgments afterword appendix backlink biblioentry bibliography
    biblioref chapter colophon conclusion cover credit credits dedication endnote endnotes epigraph epilogue errata
    example footnote foreword glossary glossref index introduction noteref notice pagebreak pagefooter pageheader
    pagelist part preface prologue pullquote qna subtitle tip toc""".split()}

GRAPHICS = {"graphics-document", "graphics-object", "graphics-symbol"}


# --- inventory -----------------------------------------------------------------------------------------

def test_role_inventory():
    assert set(ROLES) == ABSTRACT | CONCRETE_1_2 | DPUB | GRAPHICS
    assert len(CONCRETE_1_2) == 82 and len(DPUB) == 41
    assert len(ROLES) == 138
    assert {name for name, info in ROLES.items() if info.abstract} == ABSTRACT
    assert aria.ABSTRACT_ROLES == ABSTRACT
    assert aria.CONCRETE_ROLES == CONCRETE_1_2 | DPUB | GRAPHICS
    assert WAI_ARIA_ROLES == ABSTRACT | CONCRETE_1_2
    assert all(info.name == name for name, info in ROLES.items())


def test_covers_every_role_the_role_module_knows():
    from a11ylint.roles import ARIA_ROLES

    assert ARIA_ROLES <= set(ROLES)
    assert not any(is_abstract(name) for name in ARIA_ROLES)


def test_attribute_inventory():
    expected = aria_names("""activedescendant atomic autocomplete busy checked colcount colindex colspan controls
        current describedby details disabled dropeffect errormessage expanded flowto grabbed haspopup hidden invalid
        keyshortcuts label labelledby level live modal multiline multiselectable orientation owns placeholder
        posinset pressed readonly relevant required roledescription rowcount rowindex rowspan selected setsize sort
        valuemax valuemin valuenow valuetext""")
    assert set(ATTRIBUTES) == expected and len(ATTRIBUTES) == 48
    assert all(info.name == name and not info.draft for name, info in ATTRIBUTES.items())
    assert all(info.value_type in aria.VALUE_TYPES for info in ATTRIBUTES.values())


def test_lookups():
    assert role_info("button") is ROLES["button"]
    assert role_info("Button") is None and role_info("image") is None and role_info("") is None
    assert is_abstract("widget") and is_abstract("landmark") and not is_abstract("button")
    assert not is_abstract("nonsense")
    assert is_defined_attribute("aria-label") and is_defined_attribute("aria-grabbed")
    assert not is_defined_attribute("aria-labeledby") and not is_defined_attribute("aria-Label")
    assert not is_defined_attribute("role") and not is_defined_attribute("aria-description")
    assert is_defined_attribute("aria-description", include_drafts=True)


# --- required states and properties --------------------------------------------------------------------

@pytest.mark.parametrize("role, expected", [
    ("checkbox", "checked"),
    ("combobox", "controls expanded"),      # the 1.2 Recommendation lists both
    ("heading", "level"),
    ("meter", "valuenow"),
    ("option", "selected"),                 # required in the 1.2 Recommendation, with implicit value false
    ("radio", "checked"),
    ("scrollbar", "controls valuenow"),
    ("slider", "valuenow"),
    ("separator", ""),                      # only when focusable, see below
    ("switch", "checked"),
    ("menuitemcheckbox", "checked"),
    ("menuitemradio", "checked"),           # inherited from menuitemcheckbox
    ("treeitem", "selected"),               # inherited from option, marked "(required)" in the 1.2 table
    ("spinbutton", ""), ("progressbar", ""), ("textbox", ""), ("searchbox", ""), ("listbox", ""), ("tab", ""),
    ("radiogroup", ""), ("tree", ""), ("grid", ""), ("button", ""), ("link", ""), ("img", ""),
    ("doc-pagebreak", ""), ("graphics-symbol", ""),
])
def test_required_attributes(role, expected):
    assert set(ROLES[role].required_attributes) == aria_names(expected)


def test_separator_requires_valuenow_only_when_focusable():
    for role in ("separator", "doc-pagebreak"):
        info = ROLES[role]
        assert info.required_if_focusable == ("aria-valuenow",)
        assert set(info.focusable_only_attributes) == aria_names("disabled valuemax valuemin valuenow valuetext")
        assert attribute_status("aria-valuenow", role, focusable=True) == "required"
        assert attribute_status("aria-valuenow", role) == "supported"
        assert attribute_status("aria-valuenow", role, focusable=False) == "not-allowed"
        assert attribute_status("aria-orientation", role, focusable=False) == "supported"
        assert "aria-valuenow" not in allowed_attributes(role, focusable=False)
        assert "aria-valuenow" in allowed_attributes(role)
    assert not any(ROLES[name].required_if_focusable for name in ROLES if not is_a(name, "separator"))


# --- required context and owned elements -----------------------------------------------------------------

@pytest.mark.parametrize("role, expected", [
    ("listitem", "directory list"),
    ("row", "grid rowgroup table treegrid"),
    ("rowgroup", "grid table treegrid"),
    ("cell", "row"), ("gridcell", "row"), ("columnheader", "row"), ("rowheader", "row"),
    ("tab", "tablist"),
    ("option", "group listbox"),
    ("menuitem", "group menu menubar"), ("menuitemcheckbox", "group menu menubar"),
    ("menuitemradio", "group menu menubar"),
    ("treeitem", "group tree"),
    ("caption", "figure grid table treegrid"),
    ("radio", ""), ("article", ""), ("tabpanel", ""), ("doc-biblioentry", ""), ("doc-endnote", ""),
])
def test_required_context(role, expected):
    assert set(ROLES[role].required_context) == set(expected.split())


@pytest.mark.parametrize("role, expected", [
    ("list", "listitem"),
    ("listbox", "group/option option"),
    ("menu", "group/menuitem group/menuitemradio group/menuitemcheckbox menuitem menuitemcheckbox menuitemradio"),
    ("menubar", "group/menuitem group/menuitemradio group/menuitemcheckbox menuitem menuitemcheckbox menuitemradio"),
    ("grid", "row rowgroup/row"), ("table", "row rowgroup/row"), ("treegrid", "row rowgroup/row"),
    ("tablist", "tab"),
    ("tree", "group/treeitem treeitem"),
    ("row", "cell columnheader gridcell rowheader"),
    ("rowgroup", "row"),
    ("feed", "article"),
    ("radiogroup", "radio"),                # listed in the 1.2 Recommendation
    ("directory", ""), ("group", ""), ("toolbar", ""), ("doc-glossary", ""), ("doc-bibliography", ""),
])
def test_required_owned(role, expected):
    assert set(ROLES[role].required_owned) == set(expected.split())


def test_required_owned_paths():
    assert aria.required_owned_paths("listbox") == (("group", "option"), ("option",))
    assert aria.required_owned_paths("grid") == (("row",), ("rowgroup", "row"))
    assert aria.required_owned_paths("button") == ()
    assert aria.required_owned_paths("nonsense") == ()


# --- names --------------------------------------------------------------------------------------------

NAME_PROHIBITED = set("""caption code deletion emphasis generic insertion none paragraph presentation strong subscript
    superscript doc-pagefooter doc-pageheader""".split())


def test_name_prohibited_roles():
    assert {name for name, info in ROLES.items() if "prohibited" in info.name_from} == NAME_PROHIBITED
    for name in NAME_PROHIBITED:
        info = ROLES[name]
        assert info.name_from == ("prohibited",)
        assert not info.name_required
        assert {"aria-label", "aria-labelledby"} <= set(info.prohibited_attributes)
        assert attribute_status("aria-label", name) == "prohibited"
        assert "aria-labelledby" not in allowed_attributes(name)
    assert set(ROLES["generic"].prohibited_attributes) == aria_names("label labelledby roledescription")
    assert {name for name, info in ROLES.items() if info.prohibited_attributes} == NAME_PROHIBITED


NAME_REQUIRED = set("""alertdialog application button checkbox columnheader combobox dialog form grid heading img link
    listbox marquee menuitem menuitemcheckbox menuitemradio meter option progressbar radio radiogroup region rowheader
    searchbox slider spinbutton switch table tabpanel textbox tooltip tree treegrid treeitem
    doc-backlink doc-biblioentry doc-biblioref doc-glossref doc-noteref doc-pagebreak
    graphics-document graphics-symbol""".split())


def test_name_required_roles():
    assert {name for name, info in ROLES.items() if info.name_required} == NAME_REQUIRED
    for name in ("generic", "paragraph", "list", "listitem", "group", "document", "tab", "cell", "gridcell", "row",
                 "scrollbar", "separator", "figure", "article", "navigation", "main", "doc-cover", "doc-part"):
        assert not ROLES[name].name_required, name


def test_name_from():
    contents_1_2 = set("""button cell checkbox columnheader gridcell heading link menuitem menuitemcheckbox
        menuitemradio option radio row rowheader sectionhead switch tab tooltip treeitem""".split())   # 5.2.8.5
    contents_modules = {"doc-backlink", "doc-biblioref", "doc-glossref", "doc-noteref", "doc-pagebreak",
                        "doc-subtitle", "graphics-object"}
    assert {name for name, info in ROLES.items() if "contents" in info.name_from} == contents_1_2 | contents_modules
    assert {name for name, info in ROLES.items() if not info.name_from} == {"roletype", "structure", "widget",
                                                                            "section"}   # "n/a"
    for info in ROLES.values():
        assert set(info.name_from) <= {"author", "contents", "prohibited"}
        assert ("prohibited" in info.name_from) == (info.name_from == ("prohibited",))
        if info.name_from and "prohibited" not in info.name_from:
            assert "author" in info.name_from
    assert ROLES["button"].name_from == ("contents", "author")
    assert ROLES["listitem"].name_from == ("author",)


def test_children_presentational():
    expected = set("""button checkbox img menuitemcheckbox menuitemradio meter option progressbar radio scrollbar
        separator slider switch tab doc-pagebreak graphics-symbol""".split())
    assert {name for name, info in ROLES.items() if info.children_presentational} == expected
    assert not ROLES["math"].children_presentational and not ROLES["treeitem"].children_presentational


# --- inheritance ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("role, ancestor", [
    ("doc-backlink", "link"), ("doc-noteref", "link"), ("doc-glossref", "link"), ("doc-biblioref", "link"),
    ("doc-biblioref", "command"), ("doc-biblioref", "widget"), ("doc-biblioref", "roletype"),
    ("searchbox", "textbox"), ("searchbox", "input"), ("switch", "checkbox"), ("checkbox", "input"),
    ("menuitemradio", "menuitemcheckbox"), ("menuitemcheckbox", "menuitem"), ("menuitemradio", "menuitem"),
    ("menuitemradio", "command"), ("treeitem", "listitem"), ("treeitem", "option"), ("treegrid", "grid"),
    ("treegrid", "tree"), ("treegrid", "table"), ("grid", "composite"), ("alertdialog", "dialog"),
    ("alertdialog", "alert"), ("alertdialog", "window"), ("timer", "status"), ("feed", "list"),
    ("directory", "list"), ("article", "document"), ("columnheader", "sectionhead"), ("columnheader", "cell"),
    ("gridcell", "widget"), ("row", "group"), ("select", "group"), ("listbox", "select"), ("meter", "range"),
    ("meter", "structure"), ("slider", "range"), ("spinbutton", "composite"), ("progressbar", "widget"),
    ("separator", "widget"), ("separator", "structure"), ("doc-pagebreak", "separator"), ("doc-cover", "img"),
    ("doc-example", "figure"), ("doc-subtitle", "sectionhead"), ("doc-notice", "note"), ("doc-toc", "navigation"),
    ("doc-chapter", "landmark"), ("graphics-document", "document"), ("graphics-object", "group"),
    ("graphics-symbol", "img"), ("button", "button"),
])
def test_is_a(role, ancestor):
    assert is_a(role, ancestor)


@pytest.mark.parametrize("role, ancestor", [
    ("link", "doc-backlink"), ("textbox", "searchbox"), ("menuitemcheckbox", "checkbox"),
    ("menuitemradio", "radio"), ("checkbox", "switch"), ("meter", "widget"), ("range", "widget"),
    ("combobox", "select"), ("combobox", "composite"), ("option", "listitem"), ("list", "landmark"),
    ("doc-pullquote", "none"), ("nonsense", "roletype"), ("button", "nonsense"), ("nonsense", "nonsense"),
])
def test_is_not_a(role, ancestor):
    assert not is_a(role, ancestor)


def test_landmark_roles():
    landmarks = {name for name in aria.subclasses("landmark") if not is_abstract(name)}
    assert {name for name in landmarks if name in WAI_ARIA_ROLES} == set(
        "banner complementary contentinfo form main navigation region search".split())
    assert landmarks >= {"doc-chapter", "doc-glossary", "doc-toc", "doc-index", "doc-pagelist", "doc-endnotes"}
    assert all(is_a(name, "landmark") for name in landmarks)


def test_superclasses_and_no_cycles():
    assert ROLES["roletype"].superclasses == ()
    for name, info in ROLES.items():
        assert set(info.superclasses) <= set(ROLES), name
        assert name not in aria.superclass_closure(name), name
        if name != "roletype":
            assert "roletype" in aria.superclass_closure(name), name
    assert ROLES["menuitemcheckbox"].superclasses == ("menuitem",)     # not checkbox, in 1.2
    assert ROLES["menuitemradio"].superclasses == ("menuitemcheckbox",)
    assert ROLES["range"].superclasses == ("structure",)
    assert ROLES["combobox"].superclasses == ("input",)
    assert ROLES["doc-pullquote"].superclasses == ("section",)


@pytest.mark.parametrize("role, inherited", [
    # "Inherited States and Properties" rows of the 1.2 tables, global attributes left out.
    ("treegrid", "activedescendant colcount disabled errormessage invalid multiselectable orientation readonly "
                 "required rowcount"),
    ("searchbox", "activedescendant autocomplete disabled errormessage haspopup invalid multiline placeholder "
                  "readonly required"),
    ("switch", "disabled errormessage expanded invalid readonly required"),
    ("menuitemradio", "checked disabled expanded haspopup posinset setsize"),
    ("treeitem", "checked disabled level posinset selected setsize"),
    ("columnheader", "colindex colspan disabled errormessage expanded haspopup invalid readonly required rowindex "
                     "rowspan selected"),
    ("row", "activedescendant disabled"),
    ("meter", "valuemax valuemin valuetext"),
    ("progressbar", "valuemax valuemin valuenow valuetext"),
    ("listbox", "activedescendant disabled orientation"),
    ("menubar", "activedescendant disabled orientation"),
    ("dialog", "modal"), ("alertdialog", "modal"),
    ("scrollbar", "valuetext"),
    ("alert", ""), ("heading", ""), ("generic", ""),
])
def test_inherited_attributes_match_the_spec(role, inherited):
    info = ROLES[role]
    own = set(info.own_supported_attributes) | set(info.own_required_attributes)
    assert set(info.supported_attributes) - own == aria_names(inherited)


# 6.7 "Used in Roles" and "Inherits into Roles", WAI-ARIA 1.2 roles only. One inconsistency of the spec itself:
# the "Inherits into Roles" rows of aria-colspan and aria-rowspan omit gridcell, whose own table lists both as
# inherited from cell; the role tables win, so gridcell is added to those two rows here.
USED_IN = {
    "aria-activedescendant": ("application combobox composite group textbox",
                              "grid listbox menu menubar radiogroup row searchbox select spinbutton tablist toolbar "
                              "tree treegrid"),
    "aria-autocomplete": ("combobox textbox", "searchbox"),
    "aria-checked": ("checkbox menuitemcheckbox option radio switch", "menuitemradio switch treeitem"),
    "aria-colcount": ("table", "grid treegrid"),
    "aria-colindex": ("cell row", "columnheader gridcell rowheader"),
    "aria-colspan": ("cell", "columnheader rowheader gridcell"),
    "aria-disabled": ("application button composite gridcell group input link menuitem scrollbar separator tab",
                      "checkbox columnheader combobox grid listbox menu menubar menuitemcheckbox menuitemradio option "
                      "radio radiogroup row rowheader searchbox select slider spinbutton switch tablist textbox "
                      "toolbar tree treegrid treeitem"),
    "aria-errormessage": ("application checkbox combobox gridcell listbox radiogroup slider spinbutton textbox tree",
                          "columnheader rowheader searchbox switch treegrid"),
    "aria-expanded": ("application button checkbox combobox gridcell link listbox menuitem row rowheader tab "
                      "treeitem", "columnheader menuitemcheckbox menuitemradio rowheader switch"),
    "aria-haspopup": ("application button combobox gridcell link menuitem slider tab textbox treeitem",
                      "columnheader menuitemcheckbox menuitemradio rowheader searchbox"),
    "aria-invalid": ("application checkbox combobox gridcell listbox radiogroup slider spinbutton textbox tree",
                     "columnheader rowheader searchbox switch treegrid"),
    "aria-level": ("heading listitem row", "treeitem"),
    "aria-modal": ("window", "alertdialog dialog"),
    "aria-multiline": ("textbox", "searchbox"),
    "aria-multiselectable": ("grid listbox tablist tree", "treegrid"),
    "aria-orientation": ("scrollbar select separator slider tablist toolbar",
                         "listbox menu menubar radiogroup tree treegrid"),
    "aria-placeholder": ("textbox", "searchbox"),
    "aria-posinset": ("article listitem menuitem option radio row tab", "menuitemcheckbox menuitemradio treeitem"),
    "aria-pressed": ("button", ""),
    "aria-readonly": ("checkbox combobox grid gridcell listbox radiogroup slider spinbutton textbox",
                      "columnheader rowheader searchbox switch treegrid"),
    "aria-required": ("checkbox combobox gridcell listbox radiogroup spinbutton textbox tree",
                      "columnheader rowheader searchbox switch treegrid"),
    "aria-rowcount": ("table", "grid treegrid"),
    "aria-rowindex": ("cell row", "columnheader gridcell rowheader"),
    "aria-rowspan": ("cell", "columnheader rowheader gridcell"),
    "aria-selected": ("gridcell option row tab", "columnheader rowheader treeitem"),
    "aria-setsize": ("article listitem menuitem option radio row tab", "menuitemcheckbox menuitemradio treeitem"),
    "aria-sort": ("columnheader rowheader", ""),
    "aria-valuemax": ("range scrollbar separator slider spinbutton", "meter progressbar scrollbar slider spinbutton"),
    "aria-valuemin": ("range scrollbar separator slider spinbutton", "meter progressbar scrollbar slider spinbutton"),
}


@pytest.mark.parametrize("attribute", sorted(USED_IN))
def test_roles_supporting_each_attribute_match_section_6(attribute):
    used, inherits = USED_IN[attribute]
    supporting = {name for name in WAI_ARIA_ROLES if attribute in ROLES[name].supported_attributes}
    assert supporting == set(used.split()) | set(inherits.split())
    own = {name for name in WAI_ARIA_ROLES
           if attribute in ROLES[name].own_supported_attributes + ROLES[name].own_required_attributes}
    assert own == set(used.split())


def test_dpub_and_graphics_roles_add_no_attributes():
    for name in DPUB | GRAPHICS:
        info = ROLES[name]
        assert info.own_supported_attributes == ()
        parents = set().union(*(ROLES[p].supported_attributes for p in info.superclasses))
        assert set(info.supported_attributes) == parents, name
    assert ROLES["doc-biblioentry"].spec == aria.DPUB_ARIA and ROLES["graphics-symbol"].spec == aria.GRAPHICS_ARIA


def test_deprecated_roles():
    assert {name for name, info in ROLES.items() if info.deprecated} == {"directory", "doc-biblioentry",
                                                                         "doc-endnote"}


# --- table integrity ----------------------------------------------------------------------------------------

def test_every_named_attribute_exists():
    for name, info in ROLES.items():
        named = (info.required_attributes + info.supported_attributes + info.prohibited_attributes
                 + info.own_supported_attributes + info.required_if_focusable + info.focusable_only_attributes
                 + tuple(attribute for attribute, _ in info.implicit_values))
        assert set(named) <= set(ATTRIBUTES), (name, set(named) - set(ATTRIBUTES))


def test_every_role_supports_its_required_attributes():
    for name, info in ROLES.items():
        assert set(info.required_attributes) <= set(info.supported_attributes), name
        assert set(info.required_if_focusable) <= set(info.supported_attributes), name
        assert not set(info.prohibited_attributes) & set(info.supported_attributes), name
        assert set(info.required_attributes) <= allowed_attributes(name), name


def test_supported_attributes_leave_out_globals_unless_required():
    for name, info in ROLES.items():
        globals_listed = set(info.supported_attributes) & aria.GLOBAL_ATTRIBUTES
        assert globals_listed <= set(info.required_attributes), name
    assert "aria-controls" in ROLES["combobox"].supported_attributes
    assert "aria-controls" not in ROLES["button"].supported_attributes


def test_context_and_owned_roles_exist():
    for name, info in ROLES.items():
        for context in info.required_context:
            assert context in ROLES and not is_abstract(context), (name, context)
        for path in aria.required_owned_paths(name):
            assert all(part in ROLES and not is_abstract(part) for part in path), (name, path)
        if info.abstract:
            assert not (info.required_context or info.required_owned or info.required_attributes
                        or info.name_required or info.children_presentational)


def test_implicit_values_are_valid_and_supported():
    for name, info in ROLES.items():
        for attribute, value in info.implicit_values:
            assert value_is_valid(attribute, value), (name, attribute, value)
            assert attribute in allowed_attributes(name), (name, attribute)


def test_attribute_defaults_are_valid():
    for name, info in {**ATTRIBUTES, **DRAFT_ATTRIBUTES}.items():
        if info.default is not None:
            assert value_is_valid(name, info.default, include_drafts=True), name
        if info.value_type in ("token", "token list"):
            assert info.values and info.default in info.values + ("additions text",), name
        else:
            assert not info.values, name


# --- global and deprecated attributes ------------------------------------------------------------------------

def test_global_attributes():
    assert aria.GLOBAL_ATTRIBUTES == aria_names("""atomic busy controls current describedby details dropeffect flowto
        grabbed hidden keyshortcuts label labelledby live owns relevant roledescription""")
    assert aria.DEPRECATED_GLOBAL_ATTRIBUTES == aria_names("disabled errormessage haspopup invalid")
    assert is_global("aria-hidden") and is_global("aria-label") and is_global("aria-grabbed")
    assert not is_global("aria-disabled") and not is_global("aria-invalid") and not is_global("aria-checked")
    assert not is_global("aria-nonsense")
    assert {name for name, info in ATTRIBUTES.items() if info.deprecated} == {"aria-grabbed", "aria-dropeffect"}
    assert not any(info.global_ and info.global_deprecated for info in ATTRIBUTES.values())


def test_deprecated_global_use_is_allowed_but_flagged():
    assert attribute_status("aria-disabled", "generic") == "deprecated"
    assert aria.is_deprecated_on("aria-disabled", "generic")
    assert "aria-disabled" in allowed_attributes("generic")
    assert attribute_status("aria-disabled", "button") == "supported"
    assert attribute_status("aria-disabled", "checkbox") == "supported"      # inherited from input
    assert attribute_status("aria-haspopup", "checkbox") == "deprecated"
    assert attribute_status("aria-invalid", "textbox") == "supported"
    assert attribute_status("aria-invalid", "heading") == "deprecated"
    assert attribute_status("aria-errormessage", None) == "deprecated"
    assert attribute_status("aria-grabbed", "button") == "deprecated"
    assert attribute_status("aria-dropeffect", None) == "deprecated"
    assert not aria.is_deprecated_on("aria-label", "button")


def test_attribute_status():
    assert attribute_status("aria-checked", "checkbox") == "required"
    assert attribute_status("aria-controls", "combobox") == "required"
    assert attribute_status("aria-controls", "button") == "global"
    assert attribute_status("aria-pressed", "button") == "supported"
    assert attribute_status("aria-checked", "generic") == "not-allowed"
    assert attribute_status("aria-expanded", None) == "not-allowed"
    assert attribute_status("aria-hidden", None) == "global"
    assert attribute_status("aria-roledescription", "generic") == "prohibited"
    assert attribute_status("aria-label", "presentation") == "prohibited"
    assert attribute_status("aria-label", "none") == "prohibited"
    assert attribute_status("aria-label", "button") == "global"
    assert attribute_status("aria-selected", "treeitem") == "required"
    assert attribute_status("aria-level", "treeitem") == "supported"
    assert attribute_status("aria-foo", "button") == "undefined"
    assert attribute_status("aria-label", "nonsense") == "global"
    assert attribute_status("aria-description", "button") == "undefined"
    assert attribute_status("aria-description", "button", include_drafts=True) == "global"
    assert attribute_status("aria-colindextext", "gridcell", include_drafts=True) == "supported"
    assert attribute_status("aria-colindextext", "button", include_drafts=True) == "not-allowed"


def test_allowed_attributes():
    always = aria.GLOBAL_ATTRIBUTES | aria.DEPRECATED_GLOBAL_ATTRIBUTES
    assert allowed_attributes(None) == always
    assert allowed_attributes("nonsense") == always
    assert allowed_attributes("generic") == always - aria_names("label labelledby roledescription")
    assert allowed_attributes("paragraph") == always - aria_names("label labelledby")
    assert allowed_attributes("button") == always | aria_names("expanded pressed")
    assert allowed_attributes("heading") == always | {"aria-level"}
    assert "aria-checked" in allowed_attributes("menuitemradio")
    assert "aria-readonly" not in allowed_attributes("menuitemcheckbox")   # no checkbox superclass in 1.2
    assert "aria-description" not in allowed_attributes("button")
    assert "aria-description" in allowed_attributes("button", include_drafts=True)
    assert "aria-rowindextext" in allowed_attributes("row", include_drafts=True)
    assert "aria-label" not in allowed_attributes("none", include_drafts=True)


def test_draft_attributes_stay_apart():
    assert set(DRAFT_ATTRIBUTES) == aria_names("braillelabel brailleroledescription colindextext description "
                                               "rowindextext")
    assert not set(DRAFT_ATTRIBUTES) & set(ATTRIBUTES)
    assert all(info.draft and info.value_type == "string" for info in DRAFT_ATTRIBUTES.values())
    assert not is_global("aria-description") and is_global("aria-description", include_drafts=True)
    assert not value_is_valid("aria-description", "x")
    assert value_is_valid("aria-description", "", include_drafts=True)


# --- values ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("attribute, value, valid", [
    # true/false
    ("aria-busy", "true", True), ("aria-busy", "false", True), ("aria-busy", " TRUE\n", True),
    ("aria-busy", "False", True), ("aria-busy", "", False), ("aria-busy", "undefined", False),
    ("aria-busy", "yes", False), ("aria-busy", "1", False), ("aria-busy", "true false", False),
    ("aria-modal", "\ttrue ", True), ("aria-disabled", "tru", False),
    # tristate
    ("aria-checked", "mixed", True), ("aria-checked", "MIXED", True), ("aria-checked", "undefined", True),
    ("aria-checked", "true", True), ("aria-checked", "", False), ("aria-checked", "partial", False),
    ("aria-pressed", "mixed", True), ("aria-pressed", "on", False),
    # true/false/undefined
    ("aria-expanded", "undefined", True), ("aria-expanded", "false", True), ("aria-expanded", "mixed", False),
    ("aria-expanded", "", False), ("aria-hidden", "True", True), ("aria-selected", "undefined", True),
    ("aria-grabbed", "undefined", True),
    # token
    ("aria-live", "polite", True), ("aria-live", " Assertive ", True), ("aria-live", "off", True),
    ("aria-live", "rude", False), ("aria-live", "", False), ("aria-live", "polite assertive", False),
    ("aria-current", "page", True), ("aria-current", "true", True), ("aria-current", "false", True),
    ("aria-current", "undefined", False), ("aria-current", "yes", False),
    ("aria-haspopup", "dialog", True), ("aria-haspopup", "true", True), ("aria-haspopup", "undefined", False),
    ("aria-invalid", "spelling", True), ("aria-invalid", "undefined", False),
    ("aria-orientation", "undefined", True), ("aria-orientation", "Vertical", True),
    ("aria-orientation", "diagonal", False), ("aria-autocomplete", "both", True), ("aria-autocomplete", "all", False),
    ("aria-sort", "other", True), ("aria-sort", "asc", False),
    ("aria-live", "po\u212cite", False),          # a non-ASCII capital must not case-fold into a token
    ("aria-autocomplete", "\u212aist", False),
    # token list
    ("aria-relevant", "additions text", True), ("aria-relevant", "text\tadditions  removals", True),
    ("aria-relevant", "all", True), ("aria-relevant", " ALL ", True), ("aria-relevant", "all text", False),
    ("aria-relevant", "", False), ("aria-relevant", "additions foo", False), ("aria-relevant", "additions,text", False),
    ("aria-dropeffect", "copy move", True), ("aria-dropeffect", "none copy", True), ("aria-dropeffect", "drag", False),
    # idref / idref list
    ("aria-activedescendant", "opt-1", True), ("aria-activedescendant", "  opt-1 ", True),
    ("aria-activedescendant", "a b", False), ("aria-activedescendant", "", False),
    ("aria-activedescendant", "   ", False), ("aria-details", "x", True), ("aria-errormessage", "err", True),
    ("aria-labelledby", "a b\tc", True), ("aria-labelledby", "a", True), ("aria-labelledby", "", False),
    ("aria-describedby", " \n ", False), ("aria-owns", "x\u00a0y", True), ("aria-controls", "panel", True),
    # integer
    ("aria-level", "2", True), ("aria-level", " 10 ", True), ("aria-level", "+3", True), ("aria-level", "-1", True),
    ("aria-level", "007", True), ("aria-level", "2.0", False), ("aria-level", "2.5", False),
    ("aria-level", "1e2", False), ("aria-level", "", False), ("aria-level", "two", False), ("aria-level", "- 1", False),
    ("aria-level", "0x10", False),
    ("aria-setsize", "-1", True), ("aria-colcount", "١٢", False),
    # number
    ("aria-valuenow", "0", True), ("aria-valuenow", "-2.5", True), ("aria-valuenow", "+.5", True),
    ("aria-valuenow", "3.", True), ("aria-valuenow", "1e3", True), ("aria-valuenow", "1.5E-3", True),
    ("aria-valuenow", " 42 ", True), ("aria-valuenow", "", False), ("aria-valuenow", ".", False),
    ("aria-valuenow", "e3", False), ("aria-valuenow", "1e", False), ("aria-valuenow", "NaN", False),
    ("aria-valuenow", "Infinity", False), ("aria-valuenow", "1,5", False), ("aria-valuenow", "50%", False),
    ("aria-valuemin", "-0", True), ("aria-valuemax", "1 2", False),
    # string
    ("aria-label", "", True), ("aria-label", "  ", True), ("aria-label", "Close", True),
    ("aria-valuetext", "", True), ("aria-placeholder", "MM-DD", True), ("aria-roledescription", "slide", True),
    ("aria-keyshortcuts", "Control+Alt+.", True),
    # unknown attributes
    ("aria-nonsense", "true", False), ("role", "button", False),
])
def test_value_is_valid(attribute, value, valid):
    assert value_is_valid(attribute, value) is valid


def test_every_attribute_has_a_value_check():
    for name, info in ATTRIBUTES.items():
        sample = {"true/false": "true", "tristate": "mixed", "true/false/undefined": "undefined", "idref": "a",
                  "idref list": "a b", "integer": "1", "number": "1.5", "string": "x"}.get(info.value_type)
        if sample is None:
            sample = info.values[0]
        assert value_is_valid(name, sample), name
        if info.value_type != "string":
            assert not value_is_valid(name, ""), name


# --- defaults -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("attribute, role, expected", [
    ("aria-level", "heading", "2"),                  # 9.2 fallback for the missing required attribute
    ("aria-checked", "checkbox", "false"), ("aria-checked", "radio", "false"), ("aria-checked", "switch", "false"),
    ("aria-checked", "menuitemradio", "false"), ("aria-expanded", "combobox", "false"),
    ("aria-selected", "option", "false"), ("aria-selected", "tab", "false"),
    ("aria-orientation", "slider", "horizontal"), ("aria-orientation", "scrollbar", "vertical"),
    ("aria-orientation", "separator", "horizontal"), ("aria-orientation", "tablist", "horizontal"),
    ("aria-orientation", "toolbar", "horizontal"), ("aria-orientation", "menubar", "horizontal"),
    ("aria-orientation", "menu", "vertical"), ("aria-orientation", "listbox", "vertical"),
    ("aria-orientation", "tree", "vertical"), ("aria-orientation", "radiogroup", "undefined"),
    ("aria-valuemin", "slider", "0"), ("aria-valuemax", "slider", "100"), ("aria-valuemin", "scrollbar", "0"),
    ("aria-valuemax", "scrollbar", "100"), ("aria-valuemin", "progressbar", "0"), ("aria-valuemax", "meter", "100"),
    ("aria-valuemin", "separator", "0"), ("aria-valuemax", "separator", "100"),
    ("aria-valuemin", "spinbutton", None), ("aria-valuemax", "spinbutton", None),   # "no minimum / maximum"
    ("aria-valuenow", "spinbutton", "0"), ("aria-valuenow", "slider", None), ("aria-controls", "combobox", None),
    ("aria-live", "alert", "assertive"), ("aria-atomic", "alert", "true"), ("aria-live", "status", "polite"),
    ("aria-atomic", "status", "true"), ("aria-live", "log", "polite"), ("aria-live", "marquee", "off"),
    ("aria-live", "timer", "off"), ("aria-haspopup", "combobox", "listbox"), ("aria-haspopup", "button", "false"),
    ("aria-live", None, "off"), ("aria-atomic", None, "false"), ("aria-relevant", None, "additions text"),
    ("aria-expanded", "button", "undefined"), ("aria-checked", None, "undefined"), ("aria-current", "link", "false"),
    ("aria-autocomplete", "textbox", "none"), ("aria-sort", "columnheader", "none"), ("aria-level", "treeitem", None),
    ("aria-label", "button", None), ("aria-labelledby", None, None), ("aria-nonsense", "button", None),
])
def test_default_value(attribute, role, expected):
    assert default_value(attribute, role) == expected


def test_implicit_and_fallback_values_are_kept_apart():
    assert aria.implicit_value("aria-selected", "option") == "false"
    assert aria.fallback_value("aria-selected", "option") is None
    assert aria.implicit_value("aria-level", "heading") is None
    assert aria.fallback_value("aria-level", "heading") == "2"
    assert aria.implicit_value("aria-live", None) is None and aria.fallback_value("aria-live", None) is None
    for role, attribute in aria.FALLBACK_VALUES:
        assert attribute in ROLES[role].required_attributes or attribute in ROLES[role].required_if_focusable

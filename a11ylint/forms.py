"""Form fields: the roles of the controls a user fills in or sets (text boxes, check boxes, lists, sliders)."""

from __future__ import annotations

FIELD_ROLES = frozenset(
    """checkbox combobox listbox menuitemcheckbox menuitemradio radio searchbox slider spinbutton switch
    textbox""".split()
)

"""Form fields: the roles of the controls a user fills in or sets (text boxes, check boxes, lists, sliders),
and the input types that are buttons or hidden rather than fields."""

from __future__ import annotations

FIELD_ROLES = frozenset(
    """checkbox combobox listbox menuitemcheckbox menuitemradio radio searchbox slider spinbutton switch
    textbox""".split()
)

# <input> types that are buttons, or that nobody fills in.
NOT_FIELD_TYPES = frozenset(("hidden", "submit", "reset", "button", "image"))

"""An example a11ylint plugin: one rule, registered through the ``a11ylint.rules`` entry point."""

from __future__ import annotations


def get_rules():
    """The rules this plugin provides. a11ylint calls this once when it loads its rule registry."""
    from .new_window_link import check as new_window_warning

    return [new_window_warning]

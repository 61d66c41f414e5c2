"""Accessible name computation (W3C accname 1.2), as far as markup decides it.

Covers ``aria-labelledby``, ``aria-label``, the native sources of HTML-AAM (``label``, ``alt``, ``value``,
``legend``, ``caption``, ``figcaption``, SVG ``title``), name from content and ``title``. Hidden content
is left out unless referenced by ``aria-labelledby``. CSS generated content (``::before``) is not seen.
"""

from __future__ import annotations

from .dom import SVG_NAMESPACE, is_html, normalize_space
from .roles import NAME_FROM_CONTENT

# Elements rendered as blocks, so their text does not run into the neighbours' text.
_BLOCK = frozenset(
    """address article aside blockquote br dd details dialog div dl dt fieldset figcaption figure footer form
    h1 h2 h3 h4 h5 h6 header hgroup hr li main nav ol p pre section summary table td th tr ul""".split()
)
_LABELABLE = frozenset(("button", "input", "meter", "output", "progress", "select", "textarea"))
_TEXT_INPUTS = frozenset(("", "text", "search", "email", "tel", "url", "password", "number"))
_SVG_TITLE = "{%s}title" % SVG_NAMESPACE


class NameComputer:
    """Computes and memoises accessible names for one page."""

    def __init__(self, root, hidden_state, role_of):
        self._root = root
        self._hidden = hidden_state
        self._role = role_of
        self._names: dict = {}
        self._ids: dict | None = None
        self._labels: dict | None = None

    def name(self, element) -> str:
        cached = self._names.get(element)
        if cached is None:
            cached = normalize_space(self._compute(element, set(), referenced=False, recursing=False))
            self._names[element] = cached
        return cached

    # --- the algorithm -------------------------------------------------------------------------------

    def _compute(self, element, visited, *, referenced, recursing, in_labelledby=False) -> str:
        if element in visited:
            return ""
        visited.add(element)
        if not referenced and self._hidden.is_hidden(element):
            return ""
        if not in_labelledby:
            labelledby = (element.get("aria-labelledby") or "").split()
            if labelledby:
                parts = [
                    self._compute(target, visited, referenced=True, recursing=True, in_labelledby=True)
                    for target in (self._element_by_id(ref) for ref in labelledby)
                    if target is not None
                ]
                text = " ".join(part for part in parts if part.strip())
                if text.strip():
                    return text
        effective_role = self._role(element)
        if recursing and is_html(element):
            embedded = self._embedded_control_value(element, effective_role)
            if embedded is not None:
                return embedded
        label = (element.get("aria-label") or "").strip()
        if label:
            return label
        if effective_role not in ("presentation", "none"):
            native = self._native_name(element, visited)
            if native is not None and native.strip():
                return native
            if native is not None and element.tag in ("img", "area") and element.get("alt") is not None:
                return native
        if recursing or referenced or effective_role in NAME_FROM_CONTENT or self._names_from_content(element):
            text = self._content(element, visited)
            if text.strip():
                return text
        title = (element.get("title") or "").strip()
        if title:
            return title
        if not is_html(element):
            svg_title = element.find(_SVG_TITLE)
            if svg_title is not None:
                return "".join(svg_title.itertext())
        return ""

    @staticmethod
    def _names_from_content(element) -> bool:
        return is_html(element) and element.tag in ("label", "legend", "caption", "figcaption", "summary", "th",
                                                    "td", "option", "a", "button", "h1", "h2", "h3", "h4",
                                                    "h5", "h6")

    def _content(self, element, visited) -> str:
        parts = []
        if element.text:
            parts.append(element.text)
        for child in element:
            if isinstance(child.tag, str):
                inner = self._compute(child, visited, referenced=False, recursing=True)
                if is_html(child) and child.tag in _BLOCK:
                    parts.append(f" {inner} ")
                else:
                    parts.append(inner)
            if child.tail:
                parts.append(child.tail)
        return "".join(parts)

    def _embedded_control_value(self, element, effective_role) -> str | None:
        name = element.tag
        if name == "input" and (element.get("type") or "").strip().lower() in _TEXT_INPUTS:
            return element.get("value") or ""
        if name == "textarea":
            return element.text or ""
        if name == "select":
            chosen = [option for option in element.iter("option") if option.get("selected") is not None]
            if not chosen:
                chosen = [option for option in element.iter("option")][:1]
            return " ".join(normalize_space("".join(option.itertext())) for option in chosen)
        if effective_role in ("slider", "spinbutton", "progressbar", "scrollbar", "meter"):
            return element.get("aria-valuetext") or element.get("aria-valuenow") or element.get("value") or ""
        return None

    def _native_name(self, element, visited) -> str | None:
        if not is_html(element):
            # SVG-AAM: an SVG element's name comes from its first title child, never from its text.
            title = element.find(_SVG_TITLE) if element.tag.startswith("{%s}" % SVG_NAMESPACE) else None
            return "".join(title.itertext()) if title is not None else None
        name = element.tag
        if name in ("img", "area"):
            return element.get("alt")
        if name == "input":
            kind = (element.get("type") or "text").strip().lower()
            if kind == "image":
                return element.get("alt") or None
            if kind in ("button", "submit", "reset"):
                value = element.get("value")
                if value is not None:
                    return value
                return {"submit": "Submit", "reset": "Reset"}.get(kind)
            if kind == "hidden":
                return None
        if name in _LABELABLE:
            # HTML-AAM: labels, then title, then placeholder; an empty label does not stop the search
            labelled = " ".join(self._content(label, visited) for label in self._labels_of(element))
            if labelled.strip():
                return labelled
            title = (element.get("title") or "").strip()
            if title:
                return title
            placeholder = element.get("placeholder") if name in ("input", "textarea") else None
            return placeholder or None
        if name == "fieldset":
            legend = next((child for child in element if child.tag == "legend"), None)
            return self._content(legend, visited) if legend is not None else None
        if name == "figure":
            caption = next((child for child in element if child.tag == "figcaption"), None)
            return self._content(caption, visited) if caption is not None else None
        if name == "table":
            caption = next((child for child in element if child.tag == "caption"), None)
            return self._content(caption, visited) if caption is not None else None
        if name == "optgroup":
            return element.get("label")
        return None

    # --- lookups -------------------------------------------------------------------------------------

    def _element_by_id(self, identifier):
        if self._ids is None:
            self._ids = {}
            for element in self._root.iter():
                if isinstance(element.tag, str):
                    value = element.get("id")
                    if value is not None and value not in self._ids:
                        self._ids[value] = element
        return self._ids.get(identifier)

    def _labels_of(self, control):
        if self._labels is None:
            self._labels = {}
            for label in self._root.iter("label"):
                target = None
                for_id = label.get("for")
                if for_id is not None:
                    target = self._element_by_id(for_id)
                else:
                    target = next((node for node in label.iterdescendants() if node.tag in _LABELABLE
                                   and (node.get("type") or "").lower() != "hidden"), None)
                if target is not None:
                    self._labels.setdefault(target, []).append(label)
        return self._labels.get(control, [])

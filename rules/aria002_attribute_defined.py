"""ARIA attributes must be defined by WAI-ARIA.

## What it checks
Every attribute whose name starts with `aria-` must be an attribute of WAI-ARIA 1.2 (or one of the ARIA
1.3 drafts browsers already support, such as `aria-description`). Misspellings such as
`aria-labelled`, `aria-role` or `aria-hidden-true` are reported.

## Why it matters
A misspelt ARIA attribute does nothing: the label, state or relationship the author meant never reaches
assistive technology, and nobody notices because the page looks the same.

## How to fix
Use the attribute's real name (`aria-labelledby`, not `aria-labelled`); for a role, use `role`.

## Failing example
```html
<span id="dob">Birthday</span><input aria-labelled="dob">
```

```html
<div role="checkbox" aria-not-checked="true">I agree</div>
```

## Passing example
```html
<span id="dob">Birthday</span><input aria-labelledby="dob">
```

## Compared with axe-core
a11ylint reports each undefined attribute, where axe-core reports each element once; on the corpus, Chinese
pages carrying a web-accessibility toolbar's made-up attributes (`aria-autolabel`, `aria-region`) make most of
the difference.

## References
- WCAG SC 1.3.1 Info and Relationships: https://www.w3.org/WAI/WCAG22/Understanding/info-and-relationships.html
- WCAG SC 4.1.2 Name, Role, Value: https://www.w3.org/WAI/WCAG22/Understanding/name-role-value.html
- ACT rule 5f99a7, ARIA attribute is defined in WAI-ARIA:
  https://www.w3.org/WAI/standards-guidelines/act/rules/5f99a7/
- WAI-ARIA 1.2, definitions of states and properties:
  https://www.w3.org/TR/wai-aria-1.2/#state_prop_def
- WCAG technique ARIA5 (state and property attributes): https://www.w3.org/WAI/WCAG22/Techniques/aria/ARIA5
"""

from functools import lru_cache

from a11ylint.aria import ARIA_NAMED_ELEMENTS, ATTRIBUTES, is_defined_attribute
from a11ylint.parse import original_name
from a11ylint.rule import Fail, Text, rule
from a11ylint.suggest import closest


@lru_cache(maxsize=1024)  # a page repeats its undefined names (one per menu item), and difflib is slow
def _suggestion(name: str) -> str | None:
    return closest(name, ATTRIBUTES, cutoff=0.85)  # every name shares 'aria-': be strict


@rule(
    code="ARIA002",
    name="attribute-defined",
    title=Text("ARIA attributes must be defined by WAI-ARIA", "ARIA 属性必须是 WAI-ARIA 定义的属性"),
    messages={
        "undefined": Text("{attribute} is not a WAI-ARIA attribute", "{attribute} 不是 WAI-ARIA 属性"),
        "misspelt": Text("{attribute} is not a WAI-ARIA attribute; did you mean {suggestion}?",
                         "{attribute} 不是 WAI-ARIA 属性；是否应为 {suggestion}？"),
    },
    selector=ARIA_NAMED_ELEMENTS,
    wcag=("1.3.1", "4.1.2"),
    level="A",
    act=("5f99a7",),
    standards=("EN-301-549:9.4.1.2", "Section-508:E205.4"),
    tags=("cat.aria",),
    severity="error",
    impact="critical",
    fix=Text("Use the real name of the ARIA attribute, e.g. aria-labelledby, not aria-labelled",
             "使用正确的 ARIA 属性名，如 aria-labelledby 而不是 aria-labelled"),
)
def check(element, ctx):
    results = []
    for raw in element.attrib:
        if not raw.startswith("aria-") and not raw.startswith("ariaU"):
            continue
        name = original_name(raw)
        if not is_defined_attribute(name, include_drafts=True):
            suggestion = _suggestion(name)
            if suggestion:
                results.append(Fail("misspelt", attribute=name, suggestion=suggestion))
            else:
                results.append(Fail("undefined", attribute=name))
    return results

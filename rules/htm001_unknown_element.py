"""Elements must be defined by HTML.

## What it checks
Every element in the HTML namespace must be an element of the HTML Living Standard, an obsolete element
(reported by `obsolete-element` instead) or a valid custom element name, which contains a hyphen
(`<gov-banner>`). SVG and MathML content is not checked here.

Junk tags such as `<delect>` are a common sign of a template bug or of injected spam: attackers and
SEO tools pad pages with random tags and ids to defeat content fingerprinting.

## Why it matters
Browsers render unknown elements as inline containers with no role, so assistive technology gets no
semantics from them, and validators and search engines treat the page as broken.

## How to fix
Replace the element with the HTML element that means what you want, rename a custom element so that it
contains a hyphen, or delete injected markup and find how it got in.

## Failing example
```html
<p>Notice <delect id="h4sia">text</delect></p>
```

```html
<gcse:search></gcse:search>
```

## Passing example
```html
<p>Notice <del>text</del></p>
```

```html
<gov-banner lang="en"></gov-banner>
<svg><foreignObject><div>ok</div></foreignObject></svg>
```

## Options
- `allowed-elements` (list of strings, default `[]`): extra element names to accept, for example
  `["gcse:search"]` on a site that embeds Google's search widget.

## References
- WHATWG HTML, element index: https://html.spec.whatwg.org/multipage/indices.html#elements-3
- WHATWG HTML, valid custom element name:
  https://html.spec.whatwg.org/multipage/custom-elements.html#valid-custom-element-name
"""

from a11ylint.dom import is_html, local_name
from a11ylint.html_elements import CONFORMING, OBSOLETE, is_valid_custom_element_name
from a11ylint.rule import Fail, Option, Text, rule


@rule(
    code="HTM001",
    name="unknown-element",
    title=Text("Elements must be defined by HTML", "元素必须是 HTML 规范定义的元素"),
    messages={
        "unknown": Text(
            "<{tag}> is not an HTML element; use a standard element or a custom element name with a hyphen",
            "<{tag}> 不是 HTML 元素；请使用标准元素，或带连字符的自定义元素名",
        )
    },
    selector=":root",
    tags=("html",),
    severity="error",
    impact="moderate",
    options=[Option("allowed-elements", "list[str]", [], "Extra element names to accept.")],
    fix=Text("Replace the unknown element with a standard HTML element, or give a custom element a name with a hyphen",
             "将未知元素替换为标准 HTML 元素，或为自定义元素使用带连字符的名称"),
)
def check(root, ctx):
    # The verdict depends on the tag alone, and a page repeats a few dozen tags over hundreds of elements.
    allowed = ctx.options["allowed-elements"]
    unknown_names: dict = {}  # tag -> its name when it is not an HTML element, else None
    for element in ctx.select("*"):
        tag = element.tag
        if tag not in unknown_names:
            unknown_names[tag] = _unknown_name(element, allowed)
        name = unknown_names[tag]
        if name is not None:
            yield Fail("unknown", element=element, tag=name)


def _unknown_name(element, allowed) -> str | None:
    if not is_html(element):
        return None
    name = local_name(element)
    if name in CONFORMING or name in OBSOLETE or name in allowed:
        return None
    if is_valid_custom_element_name(name):
        return None
    return name

"""SVG graphics with an image role must have a text alternative.

## What it checks
SVG elements given an explicit role of `img`, `graphics-document` or `graphics-symbol` that are exposed
to assistive technology must have an accessible name: a `<title>` child, `aria-label` or
`aria-labelledby`. Text drawn with SVG `<text>` does not name the graphic.

## Why it matters
Charts, icons and maps drawn in SVG are images. Marked as images but unnamed, they are announced as
"image" with nothing else, and the data they show is lost.

## How to fix
Add `<title>` as the first child of the `<svg>` (or `aria-label`), saying what the graphic shows.

## Failing example
```html
<svg role="img" width="100" height="100"><circle cx="50" cy="50" r="40"></circle></svg>
```

```html
<svg role="img"><title></title><text x="10" y="20">1 circle</text></svg>
```

## Passing example
```html
<svg role="img" width="100" height="100"><title>Cases fell by half in May</title><path d="M0 0"/></svg>
```

```html
<svg><circle role="graphics-symbol" aria-label="One circle" cx="5" cy="5" r="4"></circle></svg>
<svg role="img" aria-hidden="true"><circle cx="5" cy="5" r="4"></circle></svg>
```

## References
- WCAG SC 1.1.1 Non-text Content: https://www.w3.org/WAI/WCAG22/Understanding/non-text-content.html
- ACT rule 7d6734, SVG element with explicit role has non-empty accessible name:
  https://www.w3.org/WAI/standards-guidelines/act/rules/7d6734/
- SVG Accessibility API Mappings, name computation: https://www.w3.org/TR/svg-aam-1.0/#mapping_additional_nd
- WCAG techniques ARIA6 (role=img with aria-label) and G94 (short text alternatives):
  https://www.w3.org/WAI/WCAG22/Techniques/aria/ARIA6
"""

from a11ylint.dom import SVG_NAMESPACE
from a11ylint.roles import explicit_role
from a11ylint.rule import Fail, Text, rule

_IMAGE_ROLES = frozenset(("img", "graphics-document", "graphics-symbol"))


@rule(
    code="IMG005",
    name="svg-img-alt",
    title=Text("SVG graphics with an image role must have a text alternative", "具有图像角色的 SVG 图形必须有替代文本"),
    messages={"missing": Text('SVG <{tag}> with role="{role}" has no accessible name; add a <title> child or aria-label',
                              'role="{role}" 的 SVG <{tag}> 没有可访问名称；请添加 <title> 子元素或 aria-label')},
    selector="svg|*[role]",
    wcag=("1.1.1",),
    level="A",
    act=("7d6734",),
    standards=("EN-301-549:9.1.1.1", "Section-508:E205.4"),
    tags=("cat.text-alternatives",),
    severity="error",
    impact="serious",
    fix=Text("Add a <title> as the first child of the SVG, or an aria-label, saying what the graphic shows",
             "在 SVG 中添加说明图形内容的 <title>（作为第一个子元素）或 aria-label"),
)
def check(element, ctx):
    role = explicit_role(element)
    if role not in _IMAGE_ROLES or ctx.is_hidden(element):
        return None
    if ctx.accessible_name(element):
        return None
    return Fail("missing", tag=element.tag.replace("{%s}" % SVG_NAMESPACE, ""), role=role)

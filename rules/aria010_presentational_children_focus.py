"""Elements whose children are presentational must not contain focusable content.

## What it checks
Roles whose children are presentational — `button`, `checkbox`, `img`, `tab`, `switch`, `slider`,
`progressbar`, `menuitemcheckbox`, `menuitemradio`, `option`, `meter`, `scrollbar`, `separator` and a
few others — reduce their content to plain text for assistive technology. Nothing inside them may be in
the Tab order: a link inside a button, a checkbox inside a `menuitemcheckbox`, a `tabindex="0"` span
inside a tab.

## Why it matters
Keyboard users can Tab onto the inner element, but screen readers do not know it exists: focus lands on
something unnamed and unannounced, and activating it may do something different from the outer control.
Government sites often nest a "more" link inside a tab or put a link in the label of an "I agree"
checkbox.

## How to fix
Move the inner link or control next to the outer one, not inside it (use `aria-labelledby` to keep the
wording), or make the inner element unfocusable.

## Failing example
```html
<p role="checkbox" aria-checked="false" tabindex="0">I agree to the <a href="/terms">terms</a></p>
```

```html
<ul role="tablist"><li role="tab"><a href="#news">News</a></li></ul>
```

## Passing example
```html
<p id="terms"><span role="checkbox" aria-checked="false" tabindex="0" aria-labelledby="terms">I agree to
the</span> <a href="/terms">terms</a></p>
```

```html
<button><a>Print</a></button>
<table><tr><td><a href="/form.pdf">Form</a></td></tr></table>
```

## References
- WCAG SC 4.1.2 Name, Role, Value: https://www.w3.org/WAI/WCAG22/Understanding/name-role-value.html
- ACT rule 307n5z, Element with presentational children has no focusable content:
  https://www.w3.org/WAI/standards-guidelines/act/rules/307n5z/
- WAI-ARIA 1.2, children presentational: https://www.w3.org/TR/wai-aria-1.2/#childrenArePresentational
- WCAG technique G108 (exposing name and role through markup): https://www.w3.org/WAI/WCAG22/Techniques/general/G108
"""

from a11ylint.aria import role_info
from a11ylint.dom import local_name
from a11ylint.focus import in_tab_order
from a11ylint.rule import Fail, Text, rule


@rule(
    code="ARIA010",
    name="presentational-children-focus",
    title=Text("Elements whose children are presentational must not contain focusable content",
               "子元素为展示性的元素不得包含可聚焦内容"),
    messages={"focusable": Text("<{tag}> inside a {role} can be reached with Tab, but assistive technology "
                                "cannot see it; move it out of the {role}",
                                "{role} 中的 <{tag}> 可用 Tab 键聚焦，但辅助技术无法感知；请将其移出 {role}")},
    selector="[role], button, img, progress, meter, option, input, hr",
    wcag=("4.1.2",),
    level="A",
    act=("307n5z",),
    standards=("EN-301-549:9.4.1.2", "Section-508:E205.4"),
    tags=("cat.aria", "keyboard"),
    severity="error",
    impact="serious",
    fix=Text("Move focusable links and controls out of the element whose children are presentational, or make them "
             "unfocusable",
             "将可聚焦的链接和控件移出子元素为展示性的元素，或使其不可聚焦"),
)
def check(element, ctx):
    role = ctx.role(element)
    info = role_info(role) if role else None
    if info is None or not info.children_presentational or ctx.is_hidden(element):
        return None
    results = []
    for inner in element.iterdescendants():
        if isinstance(inner.tag, str) and in_tab_order(inner) and not ctx.is_invisible(inner):
            results.append(Fail("focusable", element=inner, tag=local_name(inner), role=role))
    return results

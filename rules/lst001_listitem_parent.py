"""List items must be inside a list.

## What it checks
`<li>` elements whose parent is not a list: not a `<ul>`, `<ol>` or `<menu>`, or one whose `role`
attribute makes it something else (`<ul role="menubar">`), and
`<dt>`/`<dd>` elements that are not inside a `<dl>` (directly, or in a `<div>` child of it). Items that
an explicit role turns into something else are checked by the ARIA rules instead.

## Why it matters
Screen readers announce list items as part of a list ("list, 5 items; 1 of 5"). Outside a list they
lose that structure, and CMS templates that emit stray `<li>`s also tend to break the layout for users
who override styles.

## How to fix
Wrap the items in `<ul>`, `<ol>` or `<dl>`, or use `<p>`/`<div>` if they are not a list.

## Failing example
```html
<div><li>Apply online</li><li>Apply in person</li></div>
```

```html
<div><dt>Fee</dt><dd>200 yuan</dd></div>
```

## Passing example
```html
<ul><li>Apply online</li><li>Apply in person</li></ul>
<dl><div><dt>Fee</dt><dd>200 yuan</dd></div></dl>
```

## References
- WCAG SC 1.3.1 Info and Relationships:
  https://www.w3.org/WAI/WCAG22/Understanding/info-and-relationships.html
- WCAG technique H48 (lists): https://www.w3.org/WAI/WCAG22/Techniques/html/H48
- axe-core rules listitem and dlitem
"""

from a11ylint.roles import explicit_role
from a11ylint.rule import Fail, Text, rule


@rule(
    code="LST001",
    name="listitem-parent",
    title=Text("List items must be inside a list", "列表项必须位于列表中"),
    messages={
        "li": Text("<li> is not inside <ul>, <ol> or <menu>; wrap the items in a list",
                   "<li> 不在 <ul>、<ol> 或 <menu> 中；请用列表包裹这些列表项"),
        "li-role": Text('<li> is in a <{tag}> whose role="{role}" makes it no longer a list; give the items '
                        "the roles that container needs, or drop its role",
                        '<li> 所在的 <{tag}> 的 role="{role}" 使其不再是列表；请为列表项设置该容器要求的角色，'
                        "或删除容器的 role"),
        "dl": Text("<{tag}> is not inside <dl>; wrap the terms and descriptions in a <dl>",
                   "<{tag}> 不在 <dl> 中；请用 <dl> 包裹术语和描述"),
    },
    selector="li, dt, dd",
    wcag=("1.3.1",),
    level="A",
    standards=("EN-301-549:9.1.3.1", "Section-508:E205.4"),
    tags=("cat.structure", "html"),
    severity="error",
    impact="serious",
    fix=Text("Wrap list items in <ul>, <ol> or <dl>, or use <p> or <div> if they are not a list",
             "用 <ul>、<ol> 或 <dl> 包裹列表项；如果不是列表，改用 <p> 或 <div>"),
)
def check(item, ctx):
    if explicit_role(item) is not None or ctx.is_hidden(item):
        return None
    parent = item.getparent()
    if parent is None:
        return None
    if item.tag == "li":
        parent_role = ctx.role(parent)
        if parent_role in ("list", "directory"):
            return None
        if parent.tag in ("ul", "ol", "menu"):
            return Fail("li-role", role=parent_role or "none", tag=parent.tag)
        return Fail("li")
    if parent.tag == "dl" or (parent.tag == "div" and parent.getparent() is not None
                              and parent.getparent().tag == "dl"):
        return None
    return Fail("dl", tag=item.tag)

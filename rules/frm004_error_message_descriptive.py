"""Input errors must be identified and described in text.

## What it checks
Lists each form in which users can make an input error — one with a text field, or a field that is
`required` or constrained (`pattern`, `min`, `max`, `maxlength`, `type="email"`…) — for a person to
submit it with a required field left empty and with an invalid value, and check that each error is shown
in text, names the field, says what is wrong, and is available to screen readers (not only a red border,
not `aria-hidden`). Form fields outside any `<form>` are listed once, at the first one. Not listed: search
forms (one search box, optionally with a menu or options for the search scope), forms of only menus, checkboxes and radio buttons with no required field,
and hidden, disabled or read-only fields.

## Why it matters
"Please fill the field correctly" or a red outline does not tell a blind user, or a user with a cognitive
disability, which field failed or why. Government services (applications, registrations, complaints) are
exactly where such forms are.

## How to fix
Show a message next to the field and in a summary at the top: "Age must be at least 1". Link it to the
field with `aria-describedby`, set `aria-invalid="true"`, and move focus to the summary.

## Failing example
```html
<form><label for="age">Age (years)</label> <input type="number" id="age" min="1" required>
<div id="error">Please fill the field correctly.</div> <input type="submit" value="Submit"></form>
```

## Passing example
```html
<form action="/search" role="search"><input type="search" name="q" aria-label="Search"> <button>Search</button></form>
```

```html
<form><select name="site" onchange="location = this.value"><option value="/">Related sites</option></select></form>
```

## References
- WCAG SC 3.3.1 Error Identification: https://www.w3.org/WAI/WCAG22/Understanding/error-identification.html
- ACT rule 36b590, Error message describes invalid form field value:
  https://www.w3.org/WAI/standards-guidelines/act/rules/36b590/
- WCAG technique ARIA21 (aria-invalid to indicate an error field) and G83 (text descriptions of required
  fields that were not completed): https://www.w3.org/WAI/WCAG22/Techniques/general/G83
"""

import re

from a11ylint.focus import is_disabled
from a11ylint.forms import NOT_FIELD_TYPES
from a11ylint.rule import Review, Text, rule

_TEXT_TYPES = frozenset(("", "text", "search", "email", "tel", "url", "password", "number", "date", "datetime-local",
                         "month", "week", "time"))
_CONSTRAINTS = ("required", "aria-required", "pattern", "min", "max", "maxlength", "minlength")
_SEARCH = re.compile(r"search|query|keyword|^q$|^wd$|^kw$|^s$|搜索|检索|查询|关键字|关键词|such|recherche|buscar|búsqueda", re.IGNORECASE)


def _fields(container, ctx):
    found = []
    for field in container.iter("input", "select", "textarea"):
        kind = (field.get("type") or "text").strip().lower() if field.tag == "input" else field.tag
        if kind in NOT_FIELD_TYPES or is_disabled(field) or field.get("readonly") is not None or ctx.is_invisible(field):
            continue
        found.append((field, kind))
    return found


def _can_be_invalid(field, kind: str) -> bool:
    if kind in _TEXT_TYPES or kind == "textarea":
        return True
    return any(field.get(attribute) is not None and field.get(attribute) != "false" for attribute in _CONSTRAINTS)


def _is_search(form, fields, ctx) -> bool:
    """A search form: one text box that looks like a search box, plus at most menus, checkboxes or radio
    buttons (search scope) that are not required."""
    texts = [(field, kind) for field, kind in fields if kind in _TEXT_TYPES or kind == "textarea"]
    others = [field for field, kind in fields if not (kind in _TEXT_TYPES or kind == "textarea")]
    if len(texts) != 1 or any(field.get("required") is not None for field in others):
        return False
    field, kind = texts[0]
    if kind == "search" or (form is not None and (form.get("role") or "").strip() == "search"):
        return True
    hints = [field.get(name) or "" for name in ("name", "id", "placeholder", "aria-label", "title", "class", "value")]
    hints.append(ctx.accessible_name(field))
    if form is not None:
        hints += [form.get("action") or "", form.get("id") or "", form.get("name") or "", form.get("class") or ""]
    return any(_SEARCH.search(hint) for hint in hints)


def _describe(fields, ctx) -> str:
    name = ctx.accessible_name(fields[0][0]) or fields[0][0].get("name") or fields[0][1]
    return name[:40]


def _required(count: int) -> dict:
    return {"required": f", {count} required" if count else "", "required_zh": f"，{count} 个必填" if count else ""}


@rule(
    code="FRM004",
    name="error-message-descriptive",
    title=Text("Input errors must be identified and described in text", "输入错误必须以文字标明并加以说明"),
    messages={
        "form": Text('Form with {count} field(s), first "{first}"{required}: submit it with fields left empty and with '
                     "invalid values, and check that each error is shown in text, names the field and says how to "
                     "correct it",
                     "表单含 {count} 个字段，第一个为“{first}”{required_zh}：请留空字段及填写无效值后提交，"
                     "确认每个错误都以文字显示、指明字段并说明如何更正"),
    },
    selector=":root",
    wcag=("3.3.1",),
    level="A",
    act=("36b590",),
    standards=("EN-301-549:9.3.3.1", "Section-508:E205.4"),
    tags=("cat.forms", "manual-review"),
    severity="warning",
    impact="serious",
    fix=Text("Show each input error as text next to the field, naming the field and saying how to correct it",
             "在字段旁以文字显示每个输入错误，指明出错的字段并说明如何更正"),
)
def check(root, ctx):
    forms = ctx.select("form")
    for form in forms:
        if ctx.is_invisible(form):
            continue
        fields = _fields(form, ctx)
        if not fields or _is_search(form, fields, ctx) or not any(_can_be_invalid(f, kind) for f, kind in fields):
            continue
        required = sum(1 for field, _ in fields if field.get("required") is not None
                       or (field.get("aria-required") or "").lower() == "true")
        yield Review("form", element=form, count=len(fields), first=_describe(fields, ctx), **_required(required))
    body = next(root.iterchildren("body"), None)
    if body is None:
        return
    orphans = [(field, kind) for field, kind in _fields(body, ctx) if next(field.iterancestors("form"), None) is None]
    if orphans and not _is_search(None, orphans, ctx) and any(_can_be_invalid(f, kind) for f, kind in orphans):
        required = sum(1 for field, _ in orphans if field.get("required") is not None)
        yield Review("form", element=orphans[0][0], count=len(orphans), first=_describe(orphans, ctx),
                     **_required(required))

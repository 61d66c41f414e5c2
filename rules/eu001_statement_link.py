"""EU public sector sites must link their accessibility statement from every page.

## What it checks
The footer (or the end of the page) must link the accessibility statement, recognised by its name in the
EU's languages (Accessibility statement, Déclaration d'accessibilité, Erklärung zur Barrierefreiheit,
Dichiarazione di accessibilità, Declaración de accesibilidad, Toegankelijkheidsverklaring, …) or its
href, with a usable href.

## Why it matters
The Web Accessibility Directive requires every public sector website to publish an accessibility
statement with a feedback mechanism, and the model statement decision asks for it to be reachable from
each page, so that anyone who meets a barrier can report it.

## How to fix
Add a link to the accessibility statement in the footer of every page.

## Failing example
```html
<html lang="de"><title>Amt</title><body><main><p>Text</p></main>
<footer><a href="/impressum">Impressum</a></footer></body></html>
```

## Passing example
```html
<html lang="de"><title>Amt</title><body><main><p>Text</p></main>
<footer><a href="/barrierefreiheit">Erklärung zur Barrierefreiheit</a></footer></body></html>
```

```html
<html lang="en"><title>Agency</title><body><main><p>Text</p></main>
<footer><a href="/accessibility">Accessibility statement</a></footer></body></html>
```

## Options
- `required` (list of strings): link keys (default `["accessibility"]`).
- `names` (table): extra link texts per key, e.g. more languages.

## References
- Directive (EU) 2016/2102, article 7; Commission Implementing Decision (EU) 2018/1523 (model statement,
  reachable from each web page); research/COMPLIANCE.md EU-WAD-02, EU-WAD-03.
"""

from a11ylint import policylinks
from a11ylint.rule import Text, rule


@rule(
    code="EU001",
    name="eu-statement-link",
    title=Text("EU public sector sites must link their accessibility statement from every page",
               "欧盟公共部门网站必须在每个页面链接无障碍声明"),
    messages={
        "missing": Text("The footer lacks a link to the accessibility statement", "页面底部缺少无障碍声明的链接"),
        "unusable": Text("The accessibility statement link has no usable address (empty, # or javascript:)",
                         "无障碍声明链接没有可用地址（空、# 或 javascript:）"),
        "unlinked": Text("The accessibility statement is named in the footer but not linked",
                         "页面底部提到了无障碍声明，但未设置链接"),
    },
    selector=":root",
    jurisdiction=("EU",),
    requirements=("EU-WAD-02", "EU-WAD-03"),
    tags=("footer",),
    severity="error",
    impact="moderate",
    options=policylinks.options(),
    validate_options=policylinks.option_checker("eu"),
    fix=Text("Link the accessibility statement from the footer of every page", "在每个页面底部链接无障碍声明"),
)
def check(root, ctx):
    return policylinks.findings(ctx, "eu")

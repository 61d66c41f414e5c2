"""Suppression comments should give a reason.

## What it checks
With `require-suppression-reason = true` in the config, every `a11ylint-disable…` comment must end
with `-- reason`. This rule reports the ones that do not.

## Why it matters
Compliance reports list what was waived and why. A waiver without a reason cannot be audited.

## How to fix
Add the reason: `<!-- a11ylint-disable-next IMG001 -- decorative; ticket WEB-42 -->`.

## Options
None; switch it on with `require-suppression-reason = true`.

## References
- a11ylint: inline suppression (README)
"""

from a11ylint.rule import Text
from a11ylint.system import SUPPRESSION_WITHOUT_REASON, system_rule

RULE = system_rule(
    __doc__,
    code=SUPPRESSION_WITHOUT_REASON,
    name="suppression-without-reason",
    title=Text("Suppression comments should give a reason", "抑制注释应说明理由"),
    messages={
        "missing": Text("{directive} has no reason; add '-- reason'",
                        "{directive} 未说明理由；请添加“-- 理由”"),
    },
    severity="warning",
    impact="minor",
    fix=Text('Add a reason after "--" in the suppression comment', "在抑制注释的“--”之后写明理由"),
)

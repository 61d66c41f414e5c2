"""Edge cases per rule beyond the documented examples: hidden content, roles, names from other sources."""

from __future__ import annotations

import pytest

from helpers import codes

CASES = [
    # (rule, html, expected count of findings)
    ("IMG001", '<img src=a hidden>', 0),
    ("IMG001", '<div style="display: none"><img src=a></div>', 0),
    ("IMG001", '<div aria-hidden="true"><img src=a></div>', 0),
    ("IMG001", '<img src=a role="presentation">', 0),
    ("IMG001", '<img src=a role="none">', 0),
    ("IMG001", '<img src=a role="presentation" aria-label="x">', 0),  # global ARIA: role ignored, has a name
    ("IMG001", '<img src=a title="County seal">', 0),
    ("IMG001", '<span id=l>Seal</span><img src=a aria-labelledby="l">', 0),
    ("IMG001", '<img src=a aria-labelledby="missing">', 1),
    ("IMG001", '<img src=a alt="">', 0),
    ("IMG001", '<body><noscript><img src=a></noscript>', 0),  # not rendered when scripts run
    ("IMG001", '<svg role="img"></svg>', 0),  # SVG: checked by svg-img-alt
    ("IMG005", '<svg role="img"><title>Chart</title></svg>', 0),
    ("IMG005", '<svg role="img"></svg>', 1),
    ("IMG005", '<svg role="graphics-object"></svg>', 0),
    ("FRM001", '<input type="date">', 1),
    ("FRM001", '<label>Colour <input type="color"></label>', 0),
    ("FRM001", '<input type="submit">', 0),
    ("FRM001", '<input aria-label=" ">', 1),
    ("FRM001", '<select role="none" disabled></select>', 0),
    ("FRM001", '<div role="textbox">typed text is a value, not a name</div>', 1),
    ("BTN003", '<div role="menu"><div role="menuitem" title="Open"></div></div>', 0),
    ("ARIA011", '<nav role="none"><a href="/">Home</a></nav>', 0),
    ("ARIA011", '<span role="presentation" tabindex="0">x</span>', 1),
    ("ARIA009", '<div aria-hidden="true"><a href="/" style="display:none">x</a></div>', 0),
    ("ARIA009", '<div aria-hidden="true"><details><summary>More</summary></details></div>', 1),
    ("ARIA009", '<p tabindex="0" aria-hidden="true">x</p>', 1),
    ("LNK001", '<a href="/x"><img src=a alt="Home"></a>', 0),
    ("LNK001", '<a href="/x"><img src=a alt=""></a>', 1),
    ("LNK001", '<a href="/x">&nbsp;</a>', 1),
    ("LNK001", '<a href="/x" title="Home"></a>', 0),
    ("LNK001", '<a href="/x" aria-hidden="true"></a>', 0),
    ("LNK001", '<a href="/x"><span hidden>Home</span></a>', 1),
    ("LNK001", '<span role="link" tabindex="0"></span>', 1),
    ("LNK001", '<a href="/x" role="button"></a>', 0),
    ("LNK001", '<p id=t>Annual report</p><a href="/r" aria-labelledby="t"></a>', 0),
    ("BTN001", '<a href="#" role="button"></a>', 1),
    ("BTN001", '<input type="reset">', 0),
    ("BTN001", '<input type="submit" value="">', 1),
    ("BTN001", '<button><img src="x.png" alt="Search"></button>', 0),
    ("BTN001", '<label>Search <button></button></label>', 0),
    ("BTN001", '<button style="visibility: hidden"></button>', 0),
    ("HDG001", '<h2 aria-hidden="true"></h2>', 0),
    ("HDG001", '<h2><span aria-label="Notices"></span></h2>', 0),
    ("HDG001", '<h2 role="presentation"></h2>', 0),
    ("HDG001", '<div role="heading"></div>', 1),
    ("IMG003", '<input type="IMAGE" src=a>', 1),
    ("IMG003", '<input type="image" src=a title="Search">', 0),
    ("IMG003", '<input type="image" src=a hidden>', 0),
    ("IMG002", '<map><area href="/n" aria-label="North"></map>', 0),
    ("IMG002", '<map><area href="/n" alt=""></map>', 1),
    ("IMG002", '<map><area alt=""></map>', 0),  # no href: not a link
    ("LNG001", '<html lang="zh-CN"></html>', 0),
    ("LNG001", '<html xml:lang="en"></html>', 1),
    ("LNG002", '<html lang="en-GB"></html>', 0),
    ("LNG002", '<html lang="zh-cmn-Hans-CN"></html>', 0),
    ("LNG002", '<html lang="english"></html>', 1),
    ("LNG002", '<html lang="x-private"></html>', 1),
    ("DOC001", '<html><head><title>T</title><title></title></head></html>', 0),
    ("DOC001", '<html><body><svg><title>Chart</title></svg></body></html>', 1),
    ("HTM001", '<my-widget></my-widget><font-face></font-face>', 1),
    ("HTM001", '<math><mi>x</mi></math><svg><g><desc>d</desc></g></svg>', 0),
    ("HTM001", '<template><gov-banner></gov-banner></template>', 0),
    ("HTM002", '<image src="x.png" alt="x">', 1),
    ("HTM002", '<img src="image.png" alt="x">', 0),
    ("HTM002", '<strike>old</strike><tt>code</tt><big>x</big>', 3),
    ("HTM003", '<p id="a"></p><svg><g id="a"></g></svg>', 1),
    ("HTM003", '<p id="a"></p><p id="A"></p>', 0),
    ("HTM004", '<img src=a alt="" ALT="x">', 1),
    ("HTM005", '<p>&nbsp;</p><p>\u3000</p><div></div><p> </p>', 2),
    ("HTM005", '<p><br></p>', 1),
    ("HTM005", '<p><svg></svg></p>', 0),
]


@pytest.mark.parametrize("code, html, expected", CASES, ids=[f"{c}-{i}" for i, (c, _, _) in enumerate(CASES)])
def test_rule_case(code, html, expected):
    assert codes(html, select=(code,)).count(code) == expected


def test_svg_links_are_links():
    page = ('<svg><a href="/x"><circle r="4"/></a><a href="/y"><text>Home</text></a>'
            '<a xlink:href="/z"><title>Map</title></a></svg>')
    assert codes(page, select=("LNK001",)) == ["LNK001"]

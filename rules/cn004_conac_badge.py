"""Party and government websites must carry a working 党政机关网站标识 (conac badge) with a text alternative.

## What it checks
- **Presence.** The badge is recognised by its embed (`<span id="_ideConac">`, the `dcs.conac.cn/js/…` script,
  also when an inline script writes it with `document.write(unescape(…))`), its link to `bszs.conac.cn` or its
  image (`img#imgConac`, images from `dcs.conac.cn`). It is required only of pages that show other signs of
  being a government site: a 网站标识码, a `SiteIDCode` meta, a `.gov.cn` address (page address or
  `SiteDomain`), a government body named as 主办单位 in the footer, or footer links to other `.gov.cn` sites
  (links to the filing systems do not count). Other Chinese pages are not asked for it. The English versions of
  government sites show the same signs in English: "Website Identification Code: 1100000088", "Sponsored by: …
  People's Government" (only bodies that are Chinese by name count: a "Department" sponsors sites of other
  countries too).
- **Error state.** A badge image `red_error.png` means the badge check failed: the badge code does not match
  this site's registration or domain.
- **Text alternative.** A badge image without `alt` (and without another name, such as `aria-label`), or with
  `alt=""` as the only content of the badge link (the link then has no name). This is also a WCAG 1.1.1 failure
  (F65; F89 for the link) that IMG001 and LNK001 report in general terms; this rule names the badge and the fix.
  An image that the conac script inserts at run time (it has no `alt`) cannot be seen in the page source and is
  not reported.

## Why it matters
The badge (加挂在网站所有页面底部中间显著位置) lets visitors verify that the site is a registered Party or
government site; an error badge tells them the opposite. Screen-reader users hear an unlabelled image or an
empty link instead of "党政机关网站标识".

## How to fix
Embed the badge code issued for the site at the bottom centre of every page, keep the site's domain in line with
its registration, and give the badge image `alt="党政机关网站标识"`.

## Failing example
```html
<html lang="zh-CN"><title>首页</title><body><p>欢迎访问。</p>
<footer>主办：某某市人民政府办公室 网站标识码：1101060001</footer></body></html>
```

```html
<html lang="en"><title>Home</title><body><p>Welcome.</p>
<footer>Sponsored by: The General Office of Beijing Municipal People's Government
Website Identification Code: 1100000088</footer></body></html>
```

```html
<html lang="zh-CN"><title>首页</title><body><p>欢迎访问。</p><footer>网站标识码：1101060001
<a href="https://bszs.conac.cn/sitename?method=show&amp;id=1800CB4D">
<img id="imgConac" src="https://dcs.conac.cn/image/red.png"></a>
</footer></body></html>
```

```html
<html lang="zh-CN"><title>首页</title><body><p>欢迎访问。</p><footer>网站标识码：1101060001
<span id="_ideConac"><a href="https://bszs.conac.cn/sitename?method=show&amp;id=1800CB4D">
<img id="imgConac" src="https://dcs.conac.cn/image/red_error.png" alt="党政机关网站标识"></a></span>
</footer></body></html>
```

## Passing example
```html
<html lang="zh-CN"><title>首页</title><body><p>欢迎访问。</p><footer>网站标识码：1101060001
<a href="https://bszs.conac.cn/sitename?method=show&amp;id=1800CB4D"><img src="/images/red.png" alt="党政机关网站标识"></a>
</footer></body></html>
```

```html
<html lang="en"><title>Home</title><body><p>Welcome.</p>
<footer>Sponsored by: The General Office of Beijing Municipal People's Government
Website Identification Code: 1100000088 <a href="https://bszs.conac.cn/sitename?method=show&amp;id=1800CB4D">
<img src="/images/red.png" alt="Party and government website badge"></a>
</footer></body></html>
```

```html
<html lang="zh-CN"><title>首页</title><body><p>欢迎访问。</p><footer>网站标识码：1101060001
<script>
document.write(unescape("%3Cspan id='_ideConac'%3E%3C/span%3E%3Cscript src='https://dcs.conac.cn/js/33/CA3300.js'%3E%3C/script%3E"));
</script>
</footer></body></html>
```

```html
<html lang="zh-CN"><title>某某科技有限公司</title><body><p>公司简介。</p>
<footer>版权所有：某某科技有限公司 <a href="https://beian.miit.gov.cn">京ICP备12345678号</a></footer></body></html>
```

## Options
- `markers` (list of strings): text that shows the badge in an id, a script, a link or an image address;
  default `["_ideConac", "imgConac", "dcs.conac.cn", "bszs.conac.cn"]`.
- `error-images` (list of strings): file names of the error badge; default `["red_error.png"]`.
- `link-hosts`, `image-hosts` (lists of strings): hosts of the badge link and image; defaults
  `["bszs.conac.cn"]`, `["dcs.conac.cn"]` (`rules/data/gov-cn.toml`, `[conac]`).

## Corpus
党政机关网站标识 (any of the markers): **29 of the 40** `corpus/cn` pages, 6 of them only as the embed script
(`cwce__500b…`, `magichtml`, `mhxqwer-myzgd`, `-sykfjax`, `-wmlhonghu`, `-wyxby`). Of the 11 pages without it, 10
show signs of a government site and are reported: `gne-cmse-visible`, `ndrc-wxcx-clone` and the clones `mhxqwer-dcy`,
`-djjiangsu`, `-dyqtaiyuan`, `-lklhfss`, `-mltjyt`, `-ycrjinan`, `-yjywgxj`, `-zyjhenan`; `cwce__a0cb…` (振兴东北网, a
news site) shows none and is not asked for it. Badge images without a text alternative are the rule on the other
pages: 20 of the 29 — no `alt` on 16 (e.g. `mhxqwer-wjmoe`, `-zxwwuhan`, both `nfra-scraper` pages, whose rendered
DOM shows that the conac script itself inserts the image without `alt`), `alt=""` as the link's only content on 5
(`cwce__d232…`, `mhxqwer-gqsbeijing`, `-lysc`, `-lysctcm`, `-zysc`). Named correctly: `mhxqwer-gjbcac`
(`alt="党政机关标识"`) and the two `simonxinw-job` pages (an `aria-label` added by their accessibility toolbar).
No page shows the error badge.

## References
- 《党政机关网站开办审核、资格复核和网站标识管理办法》 as summarised at http://gxrzs.yfsoft.com.cn/88524.html
  ("加挂在网站所有页面底部中间显著位置", within 5 working days) — research/COMPLIANCE.md CN-ID-03.
- WCAG 2.1 SC 1.1.1 Non-text Content, failure F65 (no alt on img):
  https://www.w3.org/WAI/WCAG21/Techniques/failures/F65 and F89 (image as the only content of a link with
  empty alt): https://www.w3.org/WAI/WCAG21/Techniques/failures/F89
"""

from a11ylint import cnmarks, pageinfo
from a11ylint.footer import footer_anchor
from a11ylint.rule import Fail, Option, Text, rule

_CONAC = cnmarks.data()["conac"]


@rule(
    code="CN004",
    name="conac-badge",
    title=Text("Party and government websites must carry a working 党政机关网站标识 with a text alternative",
               "党政机关网站必须加挂有效的党政机关网站标识，且标识图片须有替代文本"),
    messages={
        "missing": Text("This page shows signs of a government site ({signs}) but has no 党政机关网站标识; hang the "
                        "badge at the bottom centre of every page",
                        "本页显示为政府网站（{signs}），但未加挂党政机关网站标识；请在所有页面底部中间位置加挂"),
        "error-state": Text("The 党政机关网站标识 shows its error image ({image}): the badge does not match the site's "
                            "registration; check the badge code and the site's domain",
                            "党政机关网站标识显示为错误状态（{image}），与网站开办登记信息不符；请核对标识代码和网站域名"),
        "no-alt": Text('The 党政机关网站标识 image has no alt attribute; add alt="党政机关网站标识" (WCAG 1.1.1, F65)',
                       '党政机关网站标识图片缺少 alt 属性；请添加 alt="党政机关网站标识"（WCAG 1.1.1，F65）'),
        "unnamed-link": Text('The 党政机关网站标识 link has no name because its image has alt=""; give the image alt '
                             'text such as 党政机关网站标识 (WCAG 1.1.1, F89)',
                             '党政机关网站标识图片的 alt 为空，链接因此没有名称；请为图片添加替代文本，如“党政机关网站标识”'
                             '（WCAG 1.1.1，F89）'),
    },
    jurisdiction=("CN",),
    requirements=("CN-ID-03",),
    tags=("site-marks", "footer"),
    severity="error",
    impact="serious",
    options=[
        Option("markers", "list[str]", _CONAC["markers"],
               "Text that shows the badge in ids, scripts, links or images."),
        Option("error-images", "list[str]", _CONAC["error-images"], "File names of the error-state badge image."),
        Option("link-hosts", "list[str]", _CONAC["link-hosts"], "Hosts of the badge link."),
        Option("image-hosts", "list[str]", _CONAC["image-hosts"], "Hosts of the badge image."),
    ],
    fix=Text('Embed the issued badge at the bottom centre of every page and give its image alt="党政机关网站标识"',
             '在所有页面底部中间位置加挂核发的党政机关网站标识，并为标识图片添加 alt="党政机关网站标识"'),
)
def check(root, ctx):
    options = ctx.options
    badge_found = False
    for image in ctx.select("img"):
        source = (image.get("src") or "").strip()
        link = cnmarks.enclosing_link(image)
        link_host = pageinfo.host_of(link.get("href")) if link is not None and _absolute(link.get("href")) else ""
        is_badge = (image.get("id") == "imgConac"
                    or (_absolute(source) and pageinfo.host_matches(pageinfo.host_of(source), options["image-hosts"]))
                    or (link_host and pageinfo.host_matches(link_host, options["link-hosts"])))
        file_name = source.rsplit("/", 1)[-1].split("?", 1)[0].lower()
        error_image = file_name in {name.lower() for name in options["error-images"]}
        if not is_badge and not (error_image and any(marker in source for marker in options["markers"])):
            continue
        badge_found = True
        if error_image:
            yield Fail("error-state", element=image, image=file_name)
        if ctx.is_hidden(image):
            continue
        if image.get("alt") is None:
            if not ctx.accessible_name(image):
                yield Fail("no-alt", element=image)
        elif not image.get("alt").strip() and link is not None and not ctx.accessible_name(link):
            yield Fail("unnamed-link", element=image)
    if badge_found or cnmarks.conac_badge_present(ctx, options["markers"]):
        return
    signs = cnmarks.government_signs(ctx)
    if signs:
        yield Fail("missing", element=footer_anchor(ctx), signs=cnmarks.describe_signs(signs, ctx.lang))


def _absolute(address) -> bool:
    return bool(address) and address.strip().lower().startswith(("http:", "https:", "//"))

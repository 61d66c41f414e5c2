"""Sound that plays automatically for more than 3 seconds must have a control to pause or mute it.

## What it checks
`<audio>` and `<video>` elements with `autoplay` and without `muted`, and `<embed>` or `<object>` media
players set to start on their own (`autostart="true"`, `<param name="autoplay" value="true">`), whether
rendered or not, since hidden players still play. Each one is listed for a person to load the page with
the sound on and check that the sound stops within 3 seconds, or that a visible, keyboard-operable control
pauses, stops or mutes it. Players with the `controls` attribute have such a control unless they are
hidden; the message says which case applies. Muted players and players that wait for the user are not
reported.

## Why it matters
Sound that starts on its own drowns out the screen reader's speech, so a blind user cannot even find the
control to stop it. It also startles people with cognitive or anxiety disorders.

## How to fix
Do not autoplay sound: remove `autoplay`, or add `muted`. If the sound must start on its own, keep it under
3 seconds, or put a "Pause" or "Mute" button at the start of the page.

## Failing example
```html
<audio src="welcome.mp3" autoplay></audio>
```

```html
<video src="promo.mp4" autoplay controls></video>
```

## Passing example
```html
<video src="promo.mp4" autoplay muted loop></video>
```

```html
<audio src="welcome.mp3" controls></audio>
```

## References
- WCAG SC 1.4.2 Audio Control: https://www.w3.org/WAI/WCAG22/Understanding/audio-control.html
- ACT rule 80f0bf, Audio or video element avoids automatically playing audio:
  https://www.w3.org/WAI/standards-guidelines/act/rules/80f0bf/
- ACT rules aaa1bf and 4c31df (no audio over 3 seconds; control mechanism):
  https://www.w3.org/WAI/standards-guidelines/act/rules/4c31df/
- WCAG failure F23 (playing a sound longer than 3 seconds with no way to turn it off):
  https://www.w3.org/WAI/WCAG22/Techniques/failures/F23
"""

from a11ylint.players import describe, media_kind
from a11ylint.rule import Review, Text, rule

_TRUE = ("", "true", "1", "yes", "autoplay", "autostart", "on")


def _plays_automatically(element) -> bool:
    if element.tag in ("audio", "video"):
        return element.get("autoplay") is not None and element.get("muted") is None
    for name in ("autostart", "autoplay"):
        value = element.get(name)
        if value is not None and value.strip().lower() in _TRUE:
            return True
    for param in element.iterchildren("param"):
        if (param.get("name") or "").strip().lower() in ("autostart", "autoplay", "play"):
            return (param.get("value") or "").strip().lower() in _TRUE
    return False


@rule(
    code="MED005",
    name="autoplay-audio",
    title=Text("Sound that plays automatically for more than 3 seconds must have a control to pause or mute it",
               "自动播放超过 3 秒的声音必须提供暂停或静音控件"),
    messages={
        "controls": Text("{media} starts playing on its own; check that any sound stops within 3 seconds, or that "
                         "its player controls (pause, mute) are visible and work with the keyboard",
                         "{media} 会自动播放；请确认声音在 3 秒内停止，或其播放控件（暂停、静音）可见且可用键盘操作"),
        "no-controls": Text("{media} starts playing on its own without visible player controls; check that any "
                            "sound stops within 3 seconds, or that a visible, labelled button on the page pauses "
                            "or mutes it",
                            "{media} 会自动播放且没有可见的播放控件；请确认声音在 3 秒内停止，或页面上有可见并带"
                            "标签的按钮可以暂停或静音"),
    },
    selector="audio, video, embed, object",
    wcag=("1.4.2",),
    level="A",
    act=("80f0bf", "aaa1bf", "4c31df"),
    standards=("EN-301-549:9.1.4.2", "Section-508:E205.4"),
    tags=("cat.time-and-media", "manual-review"),
    severity="warning",
    impact="critical",
    fix=Text("Remove autoplay or add muted; if sound must start on its own, put a pause or mute button at the start "
             "of the page",
             "删除 autoplay 或添加 muted；如声音必须自动播放，在页面开头提供暂停或静音按钮"),
)
def check(element, ctx):
    if media_kind(element) is None or not _plays_automatically(element):
        return None
    visible_controls = element.get("controls") is not None and not ctx.is_invisible(element)
    if element.tag in ("embed", "object"):
        visible_controls = not ctx.is_invisible(element)  # plug-in players draw their own controls, if any
        return Review("no-controls" if not visible_controls else "controls", media=describe(element))
    return Review("controls" if visible_controls else "no-controls", media=describe(element))

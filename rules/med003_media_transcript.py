"""Audio and video must have a text transcript or an equivalent alternative.

## What it checks
Every rendered `<video>`, every `<audio>` that shows controls or plays on its own, and every `<embed>` or
`<object>` that plays an audio or video file, is listed for a person to check that a transcript is on the
page or linked from it, and that it gives everything that is said (and, for video, shown). When the page
has a link that looks like a transcript ("Transcript", "文字稿", "文字实录"), the message names it, so the
reviewer checks that one. Hidden players are skipped.

## Why it matters
Deaf-blind people, people who cannot play sound at work, and people who read faster than they listen rely
on a transcript. Audio-only content (podcasts, recorded speeches) and silent videos have no other text
alternative.

## How to fix
Put a transcript under the player, or link to it right next to it ("Transcript of the press conference").
Include speaker names, all speech, meaningful sounds and, for video, what is shown.

## Failing example
```html
<audio src="speech.mp3" controls></audio>
```

```html
<video src="tour.mp4" controls></video> <a href="tour-transcript.html">Transcript</a>
```

## Passing example
```html
<audio src="speech.mp3"></audio>
```

```html
<audio src="speech.mp3" controls style="display:none"></audio>
```

## References
- WCAG SC 1.2.1 Audio-only and Video-only (Prerecorded):
  https://www.w3.org/WAI/WCAG22/Understanding/audio-only-and-video-only-prerecorded.html
- WCAG SC 1.2.8 Media Alternative (Prerecorded), AAA:
  https://www.w3.org/WAI/WCAG22/Understanding/media-alternative-prerecorded.html
- ACT rule 2eb176, Audio element content has transcript:
  https://www.w3.org/WAI/standards-guidelines/act/rules/2eb176/
- ACT rules 1a02b0, ee13b5, e7aa44 and c3232f (video transcript, video-only transcript, audio text
  alternative, video-only alternative): https://www.w3.org/WAI/standards-guidelines/act/rules/1a02b0/
- WCAG technique G158 (full text alternative for audio-only content):
  https://www.w3.org/WAI/WCAG22/Techniques/general/G158
"""

import re

from a11ylint.players import describe, is_reviewable_media, media_kind
from a11ylint.rule import Review, Text, rule

_TRANSCRIPT = re.compile(
    r"transcri|text version|text alternative|文字稿|文字实录|文字版|文字记录|实录|字幕稿|全文|textfassung|abschrift",
    re.IGNORECASE,
)


def transcript_link(ctx):
    """The first link on the page whose name looks like a transcript, or None."""
    for link in ctx.select("a[href]"):
        name = ctx.accessible_name(link)
        if name and _TRANSCRIPT.search(name) and not ctx.is_hidden(link):
            return link, name
    return None


@rule(
    code="MED003",
    name="media-transcript",
    title=Text("Audio and video must have a text transcript or an equivalent alternative",
               "音频和视频必须有文字稿或等效替代"),
    messages={
        "none": Text("{media}: no link on this page looks like a transcript; check that a transcript of everything "
                     "said{shown} is on this page or linked next to the player",
                     "{media}：本页没有类似文字稿的链接；请确认本页或播放器旁的链接提供了所有语音{shown_zh}的文字稿"),
        "linked": Text('{media}: check that the transcript "{name}" gives everything said{shown}, and is complete '
                       "and correct",
                       "{media}：请确认文字稿“{name}”完整、准确地包含所有语音{shown_zh}"),
    },
    selector="video, audio, embed, object",
    wcag=("1.2.1", "1.2.8"),
    level="A",
    act=("2eb176", "1a02b0", "ee13b5", "e7aa44", "c3232f"),
    standards=("EN-301-549:9.1.2.1", "Section-508:E205.4"),
    tags=("cat.time-and-media", "manual-review"),
    severity="warning",
    impact="serious",
    fix=Text("Put a complete transcript under the player, or link to it right next to the player",
             "在播放器下方提供完整的文字稿，或在播放器旁提供文字稿链接"),
)
def check(element, ctx):
    if not is_reviewable_media(element, ctx):
        return None
    video = media_kind(element) == "video"
    shown = {"shown": " and shown" if video else "", "shown_zh": "和画面信息" if video else ""}
    found = transcript_link(ctx)
    if found is not None:
        return Review("linked", media=describe(element), name=found[1][:80], **shown)
    return Review("none", media=describe(element), **shown)

"""The visual content of videos must be described in audio or in an equivalent alternative.

## What it checks
Every rendered `<video>` (and `<embed>` or `<object>` that plays a video file) is listed for a person to
check that what is shown on screen is also available without seeing it: an audio description (a voiceover
that describes the images), a separate described version or audio track next to the video, or a full text
alternative. A `<track kind="descriptions">` is pointed out, because browsers and screen readers do not
present it, so it does not count on its own. Videos that are not rendered are skipped.

## Why it matters
Blind people hear the soundtrack of a video but miss text on screen, charts, sign-posted locations and
anything only shown. Government videos often show phone numbers, addresses or steps without saying them.

## How to fix
Say in the narration what is shown, publish an audio-described version next to the video, or provide a
complete text transcript that includes the visual information.

## Failing example
```html
<video src="how-to-apply.mp4" controls></video>
```

```html
<video src="how-to-apply.mp4" controls><track kind="descriptions" src="how-to-apply.vtt"></video>
```

## Passing example
```html
<video src="how-to-apply.mp4" controls hidden></video>
```

## References
- WCAG SC 1.2.3 Audio Description or Media Alternative (Prerecorded):
  https://www.w3.org/WAI/WCAG22/Understanding/audio-description-or-media-alternative-prerecorded.html
- WCAG SC 1.2.5 Audio Description (Prerecorded):
  https://www.w3.org/WAI/WCAG22/Understanding/audio-description-prerecorded.html
- ACT rule c5a4ea, Video element visual content has accessible alternative:
  https://www.w3.org/WAI/standards-guidelines/act/rules/c5a4ea/
- ACT rules 1ec09b, 1ea59c and d7ba54 (strict alternative, audio description, audio track alternative):
  https://www.w3.org/WAI/standards-guidelines/act/rules/1ec09b/
- WCAG technique G78 (second, user-selectable audio track with descriptions):
  https://www.w3.org/WAI/WCAG22/Techniques/general/G78
"""

from a11ylint.players import describe, is_reviewable_media
from a11ylint.rule import Review, Text, rule


@rule(
    code="MED002",
    name="video-audio-description",
    title=Text("The visual content of videos must be described in audio or in an equivalent alternative",
               "视频的画面信息必须有音频描述或等效替代"),
    messages={
        "review": Text("{media}: watch it and check that everything shown on screen (text, people, actions, "
                       "charts) is also said in the narration, in an audio-described version or audio track "
                       "next to it, or in a full transcript",
                       "{media}：请观看并确认画面中的所有信息（文字、人物、动作、图表）也在旁白、带口述影像的"
                       "版本或音轨、或完整文字稿中提供"),
        "descriptions-track": Text("{media} relies on a descriptions track, which browsers do not present; check "
                                   "that the visual content is also described in the narration, in a described "
                                   "version or audio track, or in a full transcript",
                                   "{media} 依赖 descriptions 轨道，但浏览器不会呈现该轨道；请确认画面信息也在旁白、"
                                   "口述影像版本或音轨、或完整文字稿中提供"),
    },
    selector="video, embed, object",
    wcag=("1.2.3", "1.2.5", "1.2.8"),
    level="A",
    act=("c5a4ea", "1ec09b", "1ea59c", "d7ba54"),
    standards=("EN-301-549:9.1.2.3", "EN-301-549:9.1.2.5", "Section-508:E205.4"),
    tags=("cat.time-and-media", "manual-review"),
    severity="warning",
    impact="critical",
    fix=Text("Describe what is shown on screen in the narration, in an audio-described version or in a full text "
             "transcript",
             "通过旁白、口述影像版本或完整的文字稿说明视频画面中的信息"),
)
def check(element, ctx):
    if not is_reviewable_media(element, ctx, "video"):
        return None
    if any((track.get("kind") or "").strip().lower() == "descriptions" for track in element.iterchildren("track")):
        return Review("descriptions-track", media=describe(element))
    return Review("review", media=describe(element))

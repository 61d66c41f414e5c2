"""Videos with sound must have captions.

## What it checks
Every rendered `<video>` (and `<embed>` or `<object>` that plays a video file) is listed for a person to
watch with the sound on. A video with a `<track kind="captions">` or `kind="subtitles"` is listed so that
the captions can be checked for accuracy; a video without one is listed so that the reviewer can check for
open (burned-in) captions, or confirm that it has no speech or meaningful sound. Videos that are not
rendered (`display:none`, `hidden`) are skipped. This rule only lists videos: whether captions are present
and correct cannot be told from the markup.

## Why it matters
Deaf and hard-of-hearing people get the speech and sounds of a video only from captions. Government videos
(press conferences, service guides) are often published without them.

## How to fix
Add a `<track kind="captions" srclang="en" src="captions.vtt">` with all speech, speaker changes and
meaningful sounds, or publish a version with open captions.

## Failing example
```html
<video src="briefing.mp4" controls></video>
```

```html
<video src="briefing.mp4" controls><track kind="captions" src="briefing.vtt" srclang="en"></video>
```

## Passing example
```html
<video src="briefing.mp4" controls style="display: none"></video>
```

## References
- WCAG SC 1.2.2 Captions (Prerecorded): https://www.w3.org/WAI/WCAG22/Understanding/captions-prerecorded.html
- WCAG SC 1.2.1 Audio-only and Video-only (Prerecorded), to which ACT maps f51b46 as a secondary requirement:
  https://www.w3.org/WAI/WCAG22/Understanding/audio-only-and-video-only-prerecorded.html
- ACT rule eac66b, Video element auditory content has accessible alternative:
  https://www.w3.org/WAI/standards-guidelines/act/rules/eac66b/
- ACT rule f51b46, Video element auditory content has captions:
  https://www.w3.org/WAI/standards-guidelines/act/rules/f51b46/
- WCAG technique H95 (track element for captions): https://www.w3.org/WAI/WCAG22/Techniques/html/H95
"""

from a11ylint.players import describe, is_reviewable_media
from a11ylint.rule import Review, Text, rule

CAPTION_KINDS = ("captions", "subtitles")


def caption_tracks(element) -> list:
    return [track for track in element.iterchildren("track")
            if (track.get("kind") or "subtitles").strip().lower() in CAPTION_KINDS]


@rule(
    code="MED001",
    name="video-captions",
    title=Text("Videos with sound must have captions", "有声视频必须提供字幕"),
    messages={
        "track": Text("{media} has a captions track; play it and check that the captions give all speech and "
                      "meaningful sounds, accurately and in sync",
                      "{media} 带有字幕轨道；请播放并确认字幕完整、准确、同步地呈现所有语音和有意义的声音"),
        "none": Text("{media} has no captions track; play it and check that it shows open (burned-in) captions of "
                     "all speech and sounds, or that it has no speech or meaningful sound",
                     "{media} 没有字幕轨道；请播放并确认画面中有完整的内嵌字幕，或视频本身没有语音和有意义的声音"),
    },
    selector="video, embed, object",
    wcag=("1.2.2", "1.2.1"),
    level="A",
    act=("f51b46", "eac66b"),
    standards=("EN-301-549:9.1.2.2", "Section-508:E205.4"),
    tags=("cat.time-and-media", "manual-review"),
    severity="warning",
    impact="critical",
    fix=Text('Add a captions track (<track kind="captions">) with all speech and meaningful sounds, or publish the '
             "video with open captions",
             '添加包含全部语音和有意义声音的字幕轨道（<track kind="captions">），或发布带内嵌字幕的视频'),
)
def check(element, ctx):
    if not is_reviewable_media(element, ctx, "video"):
        return None
    if caption_tracks(element):
        return Review("track", media=describe(element))
    return Review("none", media=describe(element))

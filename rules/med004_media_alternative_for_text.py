"""Media offered as an alternative to text on the page should say so and should add nothing to the text.

## What it checks
Every rendered `<video>`, every `<audio>` that shows controls or plays on its own, and every `<embed>` or
`<object>` that plays media, is listed for a person to decide whether it is a *media alternative for text*:
a recording of information that the page already gives as text. WCAG exempts such media from captions,
audio description and transcripts, but only when a visible label on the page says that the media is an
alternative to that text, and the media says nothing that the text does not. If the media is not labelled
that way, the captions, audio description and transcript rules apply to it instead.

## Why it matters
"Watch the video version of this notice" is a common pattern. The exemption only holds when the text is
complete: otherwise people who cannot hear or see the recording miss what it adds.

## How to fix
Next to the player, say that it presents the same information as the text ("The video below repeats this
notice in sign language"), and make sure the text covers everything in the recording. Otherwise provide
captions, audio description and a transcript.

## Failing example
```html
<p>The office moves to 12 Main Street on 1 May. The video below gives the same information.</p>
<video src="moving.mp4" controls></video>
```

## Passing example
```html
<p>The office moves to 12 Main Street on 1 May.</p>
<video src="moving.mp4" controls style="display: none"></video>
```

## References
- WCAG SC 1.2.1 Audio-only and Video-only (Prerecorded), "media alternative for text":
  https://www.w3.org/WAI/WCAG22/Understanding/audio-only-and-video-only-prerecorded.html
- ACT rule ab4d13, Video element content is media alternative for text:
  https://www.w3.org/WAI/standards-guidelines/act/rules/ab4d13/
- ACT rules afb423 and fd26cf (audio, and video-only, as media alternative for text):
  https://www.w3.org/WAI/standards-guidelines/act/rules/afb423/
- WCAG glossary, media alternative for text: https://www.w3.org/TR/WCAG22/#dfn-media-alternative-for-text
"""

from a11ylint.players import describe, is_reviewable_media
from a11ylint.rule import Review, Text, rule


@rule(
    code="MED004",
    name="media-alternative-for-text",
    title=Text("Media offered as an alternative to text on the page should say so and add nothing to the text",
               "作为页面文字替代的媒体应明确标示，且内容不应超出文字"),
    messages={
        "review": Text("{media}: if it only repeats text on this page, check that a visible label says so and that "
                       "the text covers everything in the recording; if not, it needs captions, audio description "
                       "and a transcript",
                       "{media}：如果它只是重复本页文字，请确认页面有可见说明标示这一点，且文字涵盖录制内容的全部信息；"
                       "否则需要提供字幕、口述影像和文字稿"),
    },
    selector="video, audio, embed, object",
    act=("ab4d13", "afb423", "fd26cf"),
    best_practice=True,
    tags=("cat.time-and-media", "manual-review"),
    severity="warning",
    impact="moderate",
    fix=Text("Say next to the player that the media repeats the page text, and make sure the text covers everything "
             "in it",
             "在播放器旁注明该媒体与页面文字内容相同，并确保文字涵盖媒体中的全部信息"),
)
def check(element, ctx):
    if not is_reviewable_media(element, ctx):
        return None
    return Review("review", media=describe(element))

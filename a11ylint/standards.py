"""WCAG 2.x success criteria: level, the version that introduced each one, and where it is explained."""

from __future__ import annotations

from dataclasses import dataclass

WCAG_VERSIONS = ("2.0", "2.1", "2.2")
LEVELS = ("A", "AA", "AAA")


@dataclass(frozen=True)
class SuccessCriterion:
    id: str
    title: str
    level: str
    since: str
    slug: str
    removed_in: str | None = None

    @property
    def understanding_url(self) -> str:
        return f"https://www.w3.org/WAI/WCAG22/Understanding/{self.slug}.html"

    def in_version(self, version: str) -> bool:
        """True when the criterion is part of that WCAG version."""
        if _version_key(self.since) > _version_key(version):
            return False
        return self.removed_in is None or _version_key(version) < _version_key(self.removed_in)


def _version_key(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in version.split("."))


def _sc(id_, title, level, since, slug, removed_in=None):
    return SuccessCriterion(id_, title, level, since, slug, removed_in)


SUCCESS_CRITERIA = {
    sc.id: sc
    for sc in (
        _sc("1.1.1", "Non-text Content", "A", "2.0", "non-text-content"),
        _sc("1.2.1", "Audio-only and Video-only (Prerecorded)", "A", "2.0", "audio-only-and-video-only-prerecorded"),
        _sc("1.2.2", "Captions (Prerecorded)", "A", "2.0", "captions-prerecorded"),
        _sc("1.2.3", "Audio Description or Media Alternative (Prerecorded)", "A", "2.0",
            "audio-description-or-media-alternative-prerecorded"),
        _sc("1.2.4", "Captions (Live)", "AA", "2.0", "captions-live"),
        _sc("1.2.5", "Audio Description (Prerecorded)", "AA", "2.0", "audio-description-prerecorded"),
        _sc("1.2.6", "Sign Language (Prerecorded)", "AAA", "2.0", "sign-language-prerecorded"),
        _sc("1.2.7", "Extended Audio Description (Prerecorded)", "AAA", "2.0", "extended-audio-description-prerecorded"),
        _sc("1.2.8", "Media Alternative (Prerecorded)", "AAA", "2.0", "media-alternative-prerecorded"),
        _sc("1.2.9", "Audio-only (Live)", "AAA", "2.0", "audio-only-live"),
        _sc("1.3.1", "Info and Relationships", "A", "2.0", "info-and-relationships"),
        _sc("1.3.2", "Meaningful Sequence", "A", "2.0", "meaningful-sequence"),
        _sc("1.3.3", "Sensory Characteristics", "A", "2.0", "sensory-characteristics"),
        _sc("1.3.4", "Orientation", "AA", "2.1", "orientation"),
        _sc("1.3.5", "Identify Input Purpose", "AA", "2.1", "identify-input-purpose"),
        _sc("1.3.6", "Identify Purpose", "AAA", "2.1", "identify-purpose"),
        _sc("1.4.1", "Use of Color", "A", "2.0", "use-of-color"),
        _sc("1.4.2", "Audio Control", "A", "2.0", "audio-control"),
        _sc("1.4.3", "Contrast (Minimum)", "AA", "2.0", "contrast-minimum"),
        _sc("1.4.4", "Resize Text", "AA", "2.0", "resize-text"),
        _sc("1.4.5", "Images of Text", "AA", "2.0", "images-of-text"),
        _sc("1.4.6", "Contrast (Enhanced)", "AAA", "2.0", "contrast-enhanced"),
        _sc("1.4.7", "Low or No Background Audio", "AAA", "2.0", "low-or-no-background-audio"),
        _sc("1.4.8", "Visual Presentation", "AAA", "2.0", "visual-presentation"),
        _sc("1.4.9", "Images of Text (No Exception)", "AAA", "2.0", "images-of-text-no-exception"),
        _sc("1.4.10", "Reflow", "AA", "2.1", "reflow"),
        _sc("1.4.11", "Non-text Contrast", "AA", "2.1", "non-text-contrast"),
        _sc("1.4.12", "Text Spacing", "AA", "2.1", "text-spacing"),
        _sc("1.4.13", "Content on Hover or Focus", "AA", "2.1", "content-on-hover-or-focus"),
        _sc("2.1.1", "Keyboard", "A", "2.0", "keyboard"),
        _sc("2.1.2", "No Keyboard Trap", "A", "2.0", "no-keyboard-trap"),
        _sc("2.1.3", "Keyboard (No Exception)", "AAA", "2.0", "keyboard-no-exception"),
        _sc("2.1.4", "Character Key Shortcuts", "A", "2.1", "character-key-shortcuts"),
        _sc("2.2.1", "Timing Adjustable", "A", "2.0", "timing-adjustable"),
        _sc("2.2.2", "Pause, Stop, Hide", "A", "2.0", "pause-stop-hide"),
        _sc("2.2.3", "No Timing", "AAA", "2.0", "no-timing"),
        _sc("2.2.4", "Interruptions", "AAA", "2.0", "interruptions"),
        _sc("2.2.5", "Re-authenticating", "AAA", "2.0", "re-authenticating"),
        _sc("2.2.6", "Timeouts", "AAA", "2.1", "timeouts"),
        _sc("2.3.1", "Three Flashes or Below Threshold", "A", "2.0", "three-flashes-or-below-threshold"),
        _sc("2.3.2", "Three Flashes", "AAA", "2.0", "three-flashes"),
        _sc("2.3.3", "Animation from Interactions", "AAA", "2.1", "animation-from-interactions"),
        _sc("2.4.1", "Bypass Blocks", "A", "2.0", "bypass-blocks"),
        _sc("2.4.2", "Page Titled", "A", "2.0", "page-titled"),
        _sc("2.4.3", "Focus Order", "A", "2.0", "focus-order"),
        _sc("2.4.4", "Link Purpose (In Context)", "A", "2.0", "link-purpose-in-context"),
        _sc("2.4.5", "Multiple Ways", "AA", "2.0", "multiple-ways"),
        _sc("2.4.6", "Headings and Labels", "AA", "2.0", "headings-and-labels"),
        _sc("2.4.7", "Focus Visible", "AA", "2.0", "focus-visible"),
        _sc("2.4.8", "Location", "AAA", "2.0", "location"),
        _sc("2.4.9", "Link Purpose (Link Only)", "AAA", "2.0", "link-purpose-link-only"),
        _sc("2.4.10", "Section Headings", "AAA", "2.0", "section-headings"),
        _sc("2.4.11", "Focus Not Obscured (Minimum)", "AA", "2.2", "focus-not-obscured-minimum"),
        _sc("2.4.12", "Focus Not Obscured (Enhanced)", "AAA", "2.2", "focus-not-obscured-enhanced"),
        _sc("2.4.13", "Focus Appearance", "AAA", "2.2", "focus-appearance"),
        _sc("2.5.1", "Pointer Gestures", "A", "2.1", "pointer-gestures"),
        _sc("2.5.2", "Pointer Cancellation", "A", "2.1", "pointer-cancellation"),
        _sc("2.5.3", "Label in Name", "A", "2.1", "label-in-name"),
        _sc("2.5.4", "Motion Actuation", "A", "2.1", "motion-actuation"),
        _sc("2.5.5", "Target Size (Enhanced)", "AAA", "2.1", "target-size-enhanced"),
        _sc("2.5.6", "Concurrent Input Mechanisms", "AAA", "2.1", "concurrent-input-mechanisms"),
        _sc("2.5.7", "Dragging Movements", "AA", "2.2", "dragging-movements"),
        _sc("2.5.8", "Target Size (Minimum)", "AA", "2.2", "target-size-minimum"),
        _sc("3.1.1", "Language of Page", "A", "2.0", "language-of-page"),
        _sc("3.1.2", "Language of Parts", "AA", "2.0", "language-of-parts"),
        _sc("3.1.3", "Unusual Words", "AAA", "2.0", "unusual-words"),
        _sc("3.1.4", "Abbreviations", "AAA", "2.0", "abbreviations"),
        _sc("3.1.5", "Reading Level", "AAA", "2.0", "reading-level"),
        _sc("3.1.6", "Pronunciation", "AAA", "2.0", "pronunciation"),
        _sc("3.2.1", "On Focus", "A", "2.0", "on-focus"),
        _sc("3.2.2", "On Input", "A", "2.0", "on-input"),
        _sc("3.2.3", "Consistent Navigation", "AA", "2.0", "consistent-navigation"),
        _sc("3.2.4", "Consistent Identification", "AA", "2.0", "consistent-identification"),
        _sc("3.2.5", "Change on Request", "AAA", "2.0", "change-on-request"),
        _sc("3.2.6", "Consistent Help", "A", "2.2", "consistent-help"),
        _sc("3.3.1", "Error Identification", "A", "2.0", "error-identification"),
        _sc("3.3.2", "Labels or Instructions", "A", "2.0", "labels-or-instructions"),
        _sc("3.3.3", "Error Suggestion", "AA", "2.0", "error-suggestion"),
        _sc("3.3.4", "Error Prevention (Legal, Financial, Data)", "AA", "2.0", "error-prevention-legal-financial-data"),
        _sc("3.3.5", "Help", "AAA", "2.0", "help"),
        _sc("3.3.6", "Error Prevention (All)", "AAA", "2.0", "error-prevention-all"),
        _sc("3.3.7", "Redundant Entry", "A", "2.2", "redundant-entry"),
        _sc("3.3.8", "Accessible Authentication (Minimum)", "AA", "2.2", "accessible-authentication-minimum"),
        _sc("3.3.9", "Accessible Authentication (Enhanced)", "AAA", "2.2", "accessible-authentication-enhanced"),
        # WCAG 2.1's 2023 errata: 4.1.1 is "always satisfied" for HTML; WCAG 2.2 removed it. WCAG 2.0 (Section
        # 508) has no such errata, so only the 2.0 presets keep it.
        _sc("4.1.1", "Parsing", "A", "2.0", "parsing", removed_in="2.1"),
        _sc("4.1.2", "Name, Role, Value", "A", "2.0", "name-role-value"),
        _sc("4.1.3", "Status Messages", "AA", "2.1", "status-messages"),
    )
}


def level_at_most(level: str, ceiling: str) -> bool:
    return LEVELS.index(level) <= LEVELS.index(ceiling)

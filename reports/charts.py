"""Geometry of the report's horizontal bar charts; the template draws them as inline SVG."""

from __future__ import annotations

from dataclasses import dataclass

LABEL_WIDTH = 230  # px for the category labels left of the bars
BAR_AREA = 380  # px for the longest bar
VALUE_GAP = 8  # px between a bar's end and its value
ROW_HEIGHT = 26
BAR_HEIGHT = 18
MAX_ROWS = 15  # longer series are cut to their largest rows; the data table under the chart has them all
LABEL_CHARACTERS = 30


@dataclass(frozen=True)
class Bar:
    label: str  # full label, for the data table
    short_label: str  # what fits left of the bar
    value: int
    y: int
    width: int  # at least 1 px for a non-zero value, so that it shows


@dataclass(frozen=True)
class BarChart:
    id: str
    title: str
    description: str  # the text alternative: what the chart shows, in one or two sentences
    value_heading: str
    label_heading: str
    rows: tuple[tuple[str, int], ...]  # all data, for the table
    bars: tuple[Bar, ...]  # what the SVG draws
    width: int
    height: int
    label_width: int = LABEL_WIDTH
    value_gap: int = VALUE_GAP
    bar_height: int = BAR_HEIGHT


def _shorten(label: str) -> str:
    return label if len(label) <= LABEL_CHARACTERS else label[: LABEL_CHARACTERS - 1] + "…"


def bar_chart(id_: str, title: str, description: str, label_heading: str, value_heading: str,
              rows: list[tuple[str, int]], keep_order: bool = False) -> BarChart:
    """A chart of ``rows`` (label, value); unless ``keep_order``, the largest values are drawn first."""
    drawn = list(rows) if keep_order else sorted(rows, key=lambda row: -row[1])
    drawn = drawn[:MAX_ROWS]
    largest = max((value for _, value in drawn), default=0)
    bars = []
    for index, (label, value) in enumerate(drawn):
        width = round(BAR_AREA * value / largest) if largest else 0
        bars.append(Bar(label, _shorten(label), value, index * ROW_HEIGHT, max(width, 1 if value else 0)))
    return BarChart(
        id=id_, title=title, description=description, label_heading=label_heading,
        value_heading=value_heading, rows=tuple(rows), bars=tuple(bars),
        width=LABEL_WIDTH + BAR_AREA + 70, height=max(len(bars), 1) * ROW_HEIGHT,
    )

"""Bar charts for an answer's figures (Altair), readable from 1 to 30 bars.

- The height follows the number of bars and each bar has the same bounded thickness, so one
  bar is a bar (not a slab) and 30 bars still have room for their labels.
- Labels are the display labels ("Västhaga-Solhaga (Örebro)"), cut with an ellipsis rather
  than overlapping; the value stands at the end of each bar.
- Total rows (Summa, Örebro län …) are dashed reference lines, each labelled on its own row
  above the plot so two totals close in value never write over each other. A total far off
  the scale (a count's sum) is left out of the chart and listed under it instead.
- Axis numbers in Swedish format (space for thousands, decimal comma).
"""
from __future__ import annotations

from dataclasses import dataclass

import altair as alt
import pandas as pd

from assistant.answer import Figure
from assistant.labels import display_label, measure_label

ACCENT = "#1f5f99"
TOTAL_COLOR = "#b03a2e"
MAX_BARS = 30
STEP = 30  # pixels per bar
BAR_SIZE = 18  # bar thickness in pixels, whatever the number of bars
LABEL_ROW = 16  # pixels per reference-line label above the plot
AXIS_SPACE = 44  # x axis labels and title
LABEL_LIMIT = 260  # pixels of a row label before it is cut with "…"
# d3 format ",.2~f" gives "5,111,665.5"; Swedish is "5 111 665,5".
SWEDISH_NUMBER = "replace(replace(format(datum.value, ',.2~f'), regexp(',', 'g'), '\u2009'), '.', ',')"


@dataclass
class ChartSpec:
    chart: alt.TopLevelMixin
    height: int  # expected height in pixels with axes and labels (for tests and layout)
    bars: int
    shown_totals: list[Figure]
    off_scale_totals: list[Figure]  # totals too large for the bars' scale (listed, not drawn)
    left_out: int  # rows beyond MAX_BARS


def _is_share(unit: str | None) -> bool:
    return unit in ("%", "andel", "procent")


def chart_spec(figures: list[Figure]) -> ChartSpec | None:
    """The chart for an answer's figures, or None when there is nothing to draw. Bars are the
    non-total rows of the first measure; totals of that measure become reference lines."""
    rows = [f for f in figures if not f.is_total]
    if not rows:
        return None
    metric, unit = rows[0].metric, rows[0].unit
    rows = [f for f in rows if f.metric == metric and f.unit == unit]
    left_out = max(0, len(rows) - MAX_BARS)
    rows = rows[:MAX_BARS]
    totals = [f for f in figures if f.is_total and f.metric == metric and f.unit == unit]
    top = max(abs(f.value) for f in rows) or 1.0
    # A share's total (länet 4,96 %) is a level to compare with; a count's total is a sum far off the scale.
    shown = [f for f in totals if _is_share(unit) or abs(f.value) <= 1.5 * top]
    off_scale = [f for f in totals if f not in shown]

    labels = _unique([display_label(f.label) for f in rows])
    df = pd.DataFrame(
        {
            "label": labels,
            "value": [f.value for f in rows],
            "display": [f.display or str(f.value) for f in rows],
            "full": [display_label(f.label) for f in rows],
        }
    )
    values = [f.value for f in rows + shown]
    lo, hi = min(0.0, min(values)), max(0.0, max(values))
    span = (hi - lo) or 1.0
    # Room at the ends for the value labels ("10,85 %") beside the longest bars.
    domain = [lo - (0.2 * span if lo < 0 else 0), hi + 0.2 * span if hi > 0 else 0]

    n_totals = len(shown)
    plot_h = STEP * len(rows)
    y = alt.Y(
        "label:N",
        sort=labels,
        title=None,
        scale=alt.Scale(paddingInner=0.25, paddingOuter=0.2),
        axis=alt.Axis(labelLimit=LABEL_LIMIT, labelFontSize=12, ticks=False, domain=False, labelPadding=6),
    )
    x = alt.X(
        "value:Q",
        title=measure_label(metric, unit),
        scale=alt.Scale(domain=domain, nice=False),
        axis=alt.Axis(labelExpr=SWEDISH_NUMBER, titleFontSize=12, titleFontWeight="normal", grid=True, gridOpacity=0.35, tickCount=5),
    )
    tooltip = [alt.Tooltip("full:N", title="Rad"), alt.Tooltip("display:N", title=measure_label(metric, None) or "Värde")]
    base = alt.Chart(df).encode(y=y, x=x, tooltip=tooltip)
    layers: list = []
    for i, f in enumerate(sorted(shown, key=lambda f: f.value)):
        tdf = pd.DataFrame({"value": [f.value], "text": [f"{display_label(f.label)}: {f.display}"]})
        xs = alt.X("value:Q", scale=alt.Scale(domain=domain, nice=False))
        # Behind the bars, so a bar's value label is never crossed out by a line.
        layers.append(
            alt.Chart(tdf)
            .mark_rule(color=TOTAL_COLOR, strokeDash=[5, 3], size=1.5)
            .encode(x=xs, tooltip=[alt.Tooltip("text:N", title="Jämförelse")])
        )
        # One label row per total above the plot (the largest value on the bottom row), right of
        # its line – or left of it near the right edge – so labels never write over each other.
        right = (f.value - domain[0]) / ((domain[1] - domain[0]) or 1) > 0.6
        layers.append(
            alt.Chart(tdf)
            .mark_text(align="right" if right else "left", dx=-4 if right else 4, baseline="bottom", fontSize=11, color=TOTAL_COLOR)
            .encode(x=xs, y=alt.value(-4 - LABEL_ROW * (n_totals - 1 - i)), text="text:N")
        )
    layers.append(base.mark_bar(color=ACCENT, size=BAR_SIZE, cornerRadiusEnd=2))
    for sign, align, dx in ((">=", "left", 4), ("<", "right", -4)):
        part = base.transform_filter(f"datum.value {sign} 0")
        if not (df["value"] >= 0 if sign == ">=" else df["value"] < 0).any():
            continue
        # The value beside its bar, on a white halo so a reference line behind it stays readable.
        layers.append(part.mark_text(align=align, dx=dx, fontSize=12, stroke="white", strokeWidth=4, strokeJoin="round").encode(text="display:N"))
        layers.append(part.mark_text(align=align, dx=dx, fontSize=12, color="#1d2b3a").encode(text="display:N"))
    top_pad = 8 + LABEL_ROW * n_totals
    chart = (
        alt.layer(*layers)
        # fit-x: as wide as its column; the height is the plot's plus its axes and labels, so
        # Streamlit's default "content" height never squeezes the bars.
        .properties(
            height=plot_h,
            padding={"top": top_pad, "right": 12, "left": 4, "bottom": 4},
            autosize=alt.AutoSizeParams(type="fit-x", contains="padding"),
        )
        .configure_view(stroke=None)
        .configure_axis(labelColor="#1d2b3a", titleColor="#1d2b3a")
    )
    return ChartSpec(chart, plot_h + top_pad + AXIS_SPACE, len(rows), shown, off_scale, left_out)


def _unique(labels: list[str]) -> list[str]:
    """Bars need distinct names: a repeated label gets a counter ("Summa (2)")."""
    out: list[str] = []
    for label in labels:
        name, i = label, 2
        while name in out:
            name, i = f"{label} ({i})", i + 1
        out.append(name)
    return out

"""Charts for an answer's figures (ui/charts.py): read from the Vega-Lite spec they produce."""
from __future__ import annotations

import json

from assistant.answer import Figure, Source
from ui.charts import BAR_SIZE, MAX_BARS, STEP, chart_spec

SRC = Source("documents/rapport.pdf", 38, "Tabell 12 Sjukskrivna")


def _rows(n, unit="%", metric="Sjuka/arbetskraft (%)", start=10.0):
    return [Figure(f"Örebro_Område {i}", start - i * 0.3, unit, metric, SRC, f"{start - i * 0.3:.2f}".replace(".", ",") + " %") for i in range(n)]


def _totals(unit="%", metric="Sjuka/arbetskraft (%)", values=(7.28, 4.96)):
    names = ("Summa", "Örebro län")
    return [Figure(n, v, unit, metric, SRC, f"{v}".replace(".", ",") + " %", is_total=True) for n, v in zip(names, values)]


def _spec_json(spec) -> dict:
    return json.loads(spec.chart.to_json())


def _datasets(d: dict) -> list[list[dict]]:
    return list(d.get("datasets", {}).values())


def test_one_bar_with_two_totals_as_reference_lines():
    spec = chart_spec(_rows(1) + _totals())
    assert spec.bars == 1 and [f.label for f in spec.shown_totals] == ["Summa", "Örebro län"]
    d = _spec_json(spec)
    text = json.dumps(d, ensure_ascii=False)
    assert "Område 0 (Örebro)" in text and "Örebro_Område" not in text
    assert d["autosize"] == {"type": "fit-x", "contains": "padding"}
    marks = [layer["mark"]["type"] for layer in d["layer"]]
    assert marks.count("rule") == 2 and marks.count("bar") == 1
    # Each total's label on its own row above the plot: distinct y offsets, all above 0.
    label_ys = [layer["encoding"]["y"]["value"] for layer in d["layer"] if layer["mark"]["type"] == "text" and "value" in layer["encoding"].get("y", {})]
    assert len(label_ys) == 2 and len(set(label_ys)) == 2 and all(y < 0 for y in label_ys)
    assert d["padding"]["top"] >= 2 * 16
    bar = next(layer for layer in d["layer"] if layer["mark"]["type"] == "bar")
    assert bar["mark"]["size"] == BAR_SIZE


def test_height_grows_with_bars_and_unit_printed_once():
    h = {n: chart_spec(_rows(n)).height for n in (1, 2, 19, 30)}
    assert h[1] < h[2] < h[19] < h[30]
    assert h[19] - h[1] == 18 * STEP
    d = _spec_json(chart_spec(_rows(3)))
    titles = [layer["encoding"]["x"].get("title") for layer in d["layer"] if "x" in layer.get("encoding", {})]
    assert "Sjuka/arbetskraft (%)" in titles and not any("(%) (%)" in (t or "") for t in titles)


def test_more_than_thirty_rows_capped_and_counted():
    spec = chart_spec(_rows(45, start=50.0))
    assert spec.bars == MAX_BARS and spec.left_out == 15


def test_count_total_far_off_the_scale_is_listed_not_drawn():
    rows = _rows(4, unit="antal", metric="Sjuka")
    total = Figure("Summa", 2683.0, "antal", "Sjuka", SRC, "2 683", is_total=True)
    spec = chart_spec(rows + [total])
    assert spec.shown_totals == [] and spec.off_scale_totals == [total]
    marks = [layer["mark"]["type"] for layer in _spec_json(spec)["layer"]]
    assert "rule" not in marks


def test_only_the_first_measure_is_drawn_and_totals_alone_give_no_chart():
    other = [Figure("Örebro_X", 3.0, "antal", "Sjuka", SRC, "3")]
    spec = chart_spec(_rows(2) + other)
    assert spec.bars == 2
    assert chart_spec(_totals()) is None
    assert chart_spec([]) is None


def test_negative_values_get_room_on_the_left_and_labels_stay_distinct():
    rows = [Figure("A_Ett", -2.5, "%", "Förändring", SRC, "−2,5 %"), Figure("B_Ett", 1.5, "%", "Förändring", SRC, "1,5 %")]
    d = _spec_json(chart_spec(rows))
    x = next(layer["encoding"]["x"] for layer in d["layer"] if layer["mark"]["type"] == "bar")
    lo, hi = x["scale"]["domain"]
    assert lo < -2.5 and hi > 1.5
    labels = [r["label"] for ds in _datasets(d) for r in ds if "label" in r]
    assert "Ett (A)" in labels and "Ett (B)" in labels

"""The engine on small exports of the shapes round 161 found (fake embedder, seconds each)."""
from __future__ import annotations

from tests.test_engine_places import _engine_of, _engine_writing

_MEASURES = ("Biståndshushåll, antal", "Utbetalt ekonomiskt bistånd, tkr (löpande priser)",
             "Andel av befolkningen med ekonomiskt bistånd, procent")
_LONG = "Statistikdatabas för ekonomiskt bistånd – årsstatistik\nMått;Region;År;Värde\n" + "".join(
    f"{m};{kommun};{year};{v}\n"
    for kommun, rows in (("Landskrona", ((2100, 82498, 6.0), (2150, 88000, 6.1), (2180, 93699, 6.0))),
                         ("Kristianstad", ((1650, 110200, 3.9), (1690, 113000, 4.0), (1707, 116588, 4.0))),
                         ("Perstorp", ((240, 9100, 6.3), (245, 9400, 6.2), (250, 9800, 6.2))))
    for year, values in zip((2023, 2024, 2025), rows)
    for m, v in zip(_MEASURES, values)
)


def test_a_change_asked_in_per_cent_is_of_the_measure_named_not_of_the_share(tmp_path, monkeypatch):
    # round 161: "… i procent" had matched "Andel av befolkningen med ekonomiskt bistånd, procent"
    # as well as the amount named, and the share's change (none) was answered (F161-02)
    engine = _engine_of(tmp_path, monkeypatch, {"bistand.csv": _LONG})
    a = engine.ask("hur mycket ökade utbetalt ekonomiskt bistånd i landskrona från 2023 till 2025, i procent?", engine.new_conversation())
    assert a.answered and "13,6" in a.answer and "Utbetalt" in (a.reading or ""), a.answer


def test_a_row_set_aside_by_utover_is_left_out_of_the_ranking(tmp_path, monkeypatch):
    # round 161: "vilken kommun utöver göteborg hade flest …" had ranked Göteborg alone (F161-15)
    csv = ("Nyregistrerade företag per kommun, 2026\nKommun;Nyregistrerade\nGöteborg;5432\nKungsbacka;788\n"
           "Mölndal;635\nKungälv;430\n")
    engine = _engine_of(tmp_path, monkeypatch, {"foretag.csv": csv})
    for question in ("vilken kommun utöver göteborg hade flest nyregistrerade företag?",
                     "vilken kommun bortsett från Göteborg hade flest nyregistrerade företag?"):
        a = engine.ask(question, engine.new_conversation())
        said = a.answer.split("*Källa")[0]
        assert a.answered and "Kungsbacka" in said and "Göteborg" not in said, (question, a.answer)


def test_a_plain_not_sets_no_row_aside_from_a_ranking():
    from assistant.stats.form import read_form

    assert read_form("vilken kommun utöver göteborg hade flest företag?").excepted[:1] == ("göteborg",)
    assert "malmö" not in read_form("hur många är inte i arbete i Malmö?").excepted


def _three_level_header(kb) -> None:
    """An employment-rate sheet whose header crosses year, birth region and sex on three rows."""
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Sysselsättningsgrad"
    ws.append(["Sysselsättningsgrad 20–64 år efter födelseregion och kön"])
    ws.append([])
    groups = ("Inrikes födda", "Utrikes födda", "Samtliga")
    sexes = ("Kvinnor", "Män", "Totalt")
    ws.append(["Kod", "Region"] + [y if g == 0 and s == 0 else None for y in ("2023", "2024") for g in range(3) for s in range(3)])
    ws.append([None, None] + [groups[g] if s == 0 else None for _ in range(2) for g in range(3) for s in range(3)])
    ws.append([None, None] + [sexes[s] for _ in range(2) for _g in range(3) for s in range(3)])
    rates = {"Sundsvall": (86.3, 87.9, 87.1, 62.5, 68.9, 65.7, 82.0, 85.0, 83.5),
             "Timrå": (84.0, 86.0, 85.0, 60.3, 66.0, 63.2, 80.1, 83.0, 81.6),
             "Ånge": (83.8, 85.8, 84.8, 54.0, 60.0, 57.0, 79.0, 82.0, 80.5)}
    for code, (name, r) in zip(("2281", "2262", "2260"), rates.items()):
        ws.append([code, name, *[x - 0.8 for x in r], *r])
    wb.save(kb / "sysselsattning.xlsx")


def test_a_group_that_crosses_birth_region_and_sex_is_two_columns_and_the_totals_compare(tmp_path, monkeypatch):
    # round 161: "skillnaden … mellan inrikes och utrikes födda i Sundsvall" had listed the four
    # sex-split rates – "Inrikes födda, Kvinnor" … were one column with no total of its own (F161-05)
    engine = _engine_writing(tmp_path, monkeypatch, _three_level_header)
    table = next(t for t in engine.snapshot.tables if t.document == "sysselsattning.xlsx")
    names = [c.name for c in table.columns]
    assert "Kön" in names and "Grupp" in names, names
    assert set(table.frame["Kön"]) == {"Kvinnor", "Män", "Totalt"}
    a = engine.ask("Hur stor är skillnaden i sysselsättningsgrad mellan inrikes och utrikes födda i Sundsvall 2024?", engine.new_conversation())
    assert a.answered and "21,4" in a.answer and "62,5" not in a.answer, a.answer


def test_a_split_whose_values_the_caption_lists_is_named_by_the_band_asked(tmp_path, monkeypatch):
    # round 161: "… bland unga 18-24 i oktober 2026" of a table captioned "Arbetslösa 16–64 år och
    # 18–24 år efter stadsdelsområde" had asked back which Grupp: the caption's "18–24" was taken
    # for what the whole table is about, not for one of its two age groups (F161-11, F161-12)
    # (the export's own shape: two header lines, each age group a block under an "Ålder: …" line
    # that ends with the city's row)
    rates = {"Rinkeby-Kista": ((11.2, 241), (11.5, 3059)), "Skärholmen": ((12.4, 150), (10.6, 1900)),
             "Spånga-Tensta": ((11.8, 190), (12.1, 2300)), "Farsta": ((7.9, 120), (8.2, 2100)), "Södermalm": ((3.1, 90), (3.4, 2500))}
    lines = ["Arbetslösa 16–64 år och 18–24 år efter stadsdelsområde, oktober 2025–2026;;;;",
             "Öppet arbetslösa och sökande i program med aktivitetsstöd. Antal och andel av arbetskraften (%);;;;", ";;;;",
             ";okt 2025;;okt 2026;", "Stadsdelsområde;Antal;Andel (%);Antal;Andel (%)"]
    for k, block in enumerate(("Ålder: 18–24 år", "Ålder: 16–64 år")):
        lines.append(block + ";;;;")
        for name, pairs in rates.items():
            share, n = pairs[k]
            lines.append(f"{name};{n - 5};{str(round(share - 0.3, 1)).replace('.', ',')};{n};{str(share).replace('.', ',')}")
        lines += ["Stockholms stad;1000;6,0;1100;6,2" if k == 0 else "Stockholms stad;20000;5,9;21000;6,1", ";;;;"]
    csv = "\n".join(lines) + "\n"
    engine = _engine_of(tmp_path, monkeypatch, {"stadsdelar.csv": csv})
    a = engine.ask("Vilket stadsdelsområde hade högst arbetslöshet bland unga 18-24 i oktober 2026?", engine.new_conversation())
    assert a.answered and "Skärholmen" in a.answer.split("*Källa")[0] and "12,4" in a.answer, a.answer
    b = engine.ask("vilket stadsdelsområde hade högst arbetslöshet bland 16–64-åringar i okt 2026?", engine.new_conversation())
    assert b.answered and "Spånga-Tensta" in b.answer.split("*Källa")[0] and "12,1" in b.answer, b.answer

"""The engine on small exports of the shapes round 129 found (fake embedder, seconds each)."""
from __future__ import annotations

from tests.test_engine_places import _engine_writing

_NIGHTS = {"Norge": [4000 + 100 * m for m in range(12)], "Tyskland": [300 + 50 * m for m in range(12)],
           "Nederländerna": [200 + 20 * m for m in range(12)]}


def _guest_nights(kb) -> None:
    """Guest nights per home country: "Månad 2024" merged over jan … dec, the year's total and
    a share beside them, the countries under a total row."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "2024"
    ws.append(["Gästnätter efter gästernas hemland och månad, Värmlands län 2024"])
    ws.append(["Hemland", "Månad 2024"] + [None] * 11 + ["Helår 2024", "Andel av utländska gästnätter (%)"])
    ws.append([None, "jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec", None, None])
    ws.merge_cells(start_row=2, start_column=2, end_row=2, end_column=13)
    ws.merge_cells(start_row=2, start_column=1, end_row=3, end_column=1)
    ws.merge_cells(start_row=2, start_column=14, end_row=3, end_column=14)
    ws.merge_cells(start_row=2, start_column=15, end_row=3, end_column=15)
    total = sum(sum(v) for v in _NIGHTS.values())
    ws.append(["Utlandet totalt"] + [sum(v[m] for v in _NIGHTS.values()) for m in range(12)] + [total, 100.0])
    for country, months in _NIGHTS.items():
        ws.append([country, *months, sum(months), round(100 * sum(months) / total, 1)])
    wb.save(kb / "gastnatter_varmland_2024.xlsx")


def test_months_under_a_merged_month_header_are_figures_and_a_nationality_names_its_country(tmp_path, monkeypatch):
    # round 129 (F129-02, F129-07): "Månad 2024 jan" … had been read as categories, not figures,
    # and "norska gäster" had named no row; a year asked is the year's total, not one month's
    engine = _engine_writing(tmp_path, monkeypatch, _guest_nights)
    a = engine.ask("Hur många gästnätter hade norska gäster i Värmland 2024?", engine.new_conversation())
    assert a.answered and [f.value for f in a.figures if not f.is_total] == [sum(_NIGHTS["Norge"])]
    b = engine.ask("Hur många gästnätter hade holländska gäster i juli 2024?", engine.new_conversation())
    assert b.answered and [f.value for f in b.figures if not f.is_total] == [_NIGHTS["Nederländerna"][6]]


def test_a_share_of_a_split_beside_pxwebs_measure_column_is_the_part_over_its_total(tmp_path, monkeypatch):
    # round 129 (F129-16): "tabellinnehåll" (Påbörjade / Färdigställda lägenheter) had counted as a
    # second split beside "hustyp", so "andel … var småhus" gave the count 64, not 64 of 176
    from tests.test_engine_places import _engine_of

    rows = []
    for region, counts in (("0381 Enköping", {"småhus": (64, 30), "flerbostadshus": (112, 80)}),
                           ("0330 Knivsta", {"småhus": (40, 22), "flerbostadshus": (149, 60)})):
        for kind, (started, done) in counts.items():
            rows.append(f"{region};{kind};Påbörjade lägenheter;{started}")
            rows.append(f"{region};{kind};Färdigställda lägenheter;{done}")
        rows.append(f"{region};totalt;Påbörjade lägenheter;{sum(v[0] for v in counts.values())}")
        rows.append(f"{region};totalt;Färdigställda lägenheter;{sum(v[1] for v in counts.values())}")
    text = ("Påbörjade och färdigställda lägenheter i nybyggda hus efter region, hustyp, tabellinnehåll och år\n\n"
            "region;hustyp;tabellinnehåll;2023\n" + "\n".join(rows) + "\n")
    engine = _engine_of(tmp_path, monkeypatch, {"bostadsbyggande.csv": text})
    a = engine.ask("Hur stor andel av de påbörjade lägenheterna i Enköping 2023 var småhus?", engine.new_conversation())
    assert any(f.derived and round(f.value, 1) == 36.4 for f in a.figures), a.answer


def test_a_word_between_the_words_of_a_value_qualifies_only_a_place():
    # round 130 (F130-04): "externa gäster på middag" had dropped "Extern representation, middag"
    # ("gäster" stood between its words) and kept lunch and coffee by "externa" alone
    from assistant.stats import compute, read_form
    from ingest.tables import make_table
    from tests.test_stats_resolver import _resolver_of

    rows = [["Extern representation, lunch", 350], ["Extern representation, middag", 650],
            ["Extern representation, kaffe och enklare förtäring", 90], ["Intern representation, personalfest", 550]]
    t = make_table(["Typ av representation", "Högsta belopp per person"], rows, table_id="rep", document="riktlinjer.docx",
                   caption="Beloppsgränser – Riktlinjer för representation och gåvor")
    best = _resolver_of(t).read(read_form("Hur mycket får vi max lägga per person om vi bjuder externa gäster på middag?"))[0]
    assert [f.value for f in compute(best.profile, best.query).figures if not f.is_total] == [650]

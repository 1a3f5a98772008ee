"""The engine on small exports of the shapes round 113 found (fake embedder, seconds
each)."""
from __future__ import annotations

from tests.test_engine_places import _engine_of, _engine_writing


def _crimes() -> str:
    rows = []
    counts = {"Västerås": (138, 135, 106, 134, 117), "Köping": (40, 38, 30, 41, 36), "Sala": (20, 22, 18, 25, 19)}
    assaults = {"Västerås": (500, 520, 510, 530, 505), "Köping": (90, 95, 100, 105, 98), "Sala": (40, 45, 50, 55, 44)}
    for kommun in counts:
        for i, half in enumerate(("2023H1", "2023H2", "2024H1", "2024H2", "2025H1")):
            rows.append(f"{kommun};{half};Bostadsinbrott;{counts[kommun][i]}")
            rows.append(f"{kommun};{half};Misshandel;{assaults[kommun][i]}")
    return "Anmälda brott per kommun och halvår, Västmanlands län\nKommun;Halvår;Brottskategori;Antal anmälda brott\n" + "\n".join(rows) + "\n"


def test_half_years_are_periods_a_year_is_both_halves_and_a_month_is_in_none(tmp_path, monkeypatch):
    # round 113: "2023H1" … had been text; "första halvåret 2025" was asked back (F113-04), the
    # county's assaults "in 2024" summed every half-year (F113-15), "andra halvåret 2025" that the
    # export lacks answered with every half-year (F113-23)
    engine = _engine_of(tmp_path, monkeypatch, {"brott_halvar.csv": _crimes()})
    a = engine.ask("hur manga bostadsinbrott anmaldes i vasteras forsta halvaret 2025", engine.new_conversation())
    assert a.answered and [f.value for f in a.figures if not f.is_total] == [117], a.answer
    b = engine.ask("Hur många misshandelsfall anmäldes totalt i länet 2024?", engine.new_conversation())
    assert b.answered and 510 + 530 + 100 + 105 + 50 + 55 in [f.value for f in b.figures], b.answer
    c = engine.ask("Hur många bostadsinbrott anmäldes i Västerås andra halvåret 2025?", engine.new_conversation())
    assert not c.answered and "andra halvåret 2025" in c.answer, c.answer
    d = engine.ask("Hur många bostadsinbrott anmäldes i Västerås i juni 2024?", engine.new_conversation())
    assert not d.answered, d.answer
    e = engine.ask("bostadsinbrott i Köping 2024H2?", engine.new_conversation())
    assert e.answered and [f.value for f in e.figures if not f.is_total] == [41], e.answer


def _pivot_xlsx(path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.title = "Pivot"
    ws.append(["Nyregistrerade företag efter juridisk form, län och kommun"])
    ws.append(["Källa: Bolagsverket, bearbetning av regionen"])
    ws.append([])
    ws.append(["Registreringsår", "2024"])
    ws.append([])
    ws.append(["Antal av Org.nr", None, "Kolumnetiketter"])
    ws.append(["Län", "Säte kommun", "Aktiebolag", "Enskild näringsidkare", "Handelsbolag", "Totalsumma"])
    groups = {"Blekinge län": {"Karlshamn": (115, 125, 15), "Karlskrona": (333, 234, 44), "Ronneby": (120, 102, None)},
              "Kronobergs län": {"Alvesta": (68, 74, 5), "Ljungby": (110, 98, 20), "Växjö": (349, 492, 41), "Älmhult": (60, 54, 13)}}
    grand = [0, 0, 0]
    for county, places in groups.items():
        sums = [0, 0, 0]
        for i, (place, vals) in enumerate(places.items()):
            ws.append([county if i == 0 else None, place, *vals, sum(v or 0 for v in vals)])
            sums = [s + (v or 0) for s, v in zip(sums, vals)]
        ws.append([f"{county} Summa", None, *sums, sum(sums)])
        grand = [g + s for g, s in zip(grand, sums)]
    ws.append(["Totalsumma", None, *grand, sum(grand)])
    wb.save(path)


def test_a_pasted_pivot_table_its_frame_its_filter_its_subtotals_and_its_total_column(tmp_path, monkeypatch):
    # round 113: the pivot's frame row "Antal av Org.nr | | Kolumnetiketter" had made a group
    # "Kolumnetiketter" of every column, its report filter "Registreringsår 2024" was lost, the
    # "<län> Summa" rows were ranked as places, and "flest företag" took one legal form's column
    engine = _engine_writing(tmp_path, monkeypatch, lambda kb: _pivot_xlsx(kb / "nyregistrerade_foretag.xlsx"))
    (t,) = load_tables(tmp_path)
    assert [c.name for c in t.value_columns] == ["Aktiebolag", "Enskild näringsidkare", "Handelsbolag", "Totalsumma"]
    assert "2024" in t.caption and all(c.unit != "%" for c in t.value_columns)  # "Handelsbolag" holds no "andel"
    assert {t.frame[t.label_column][i] for i in t.total_rows} == {"Blekinge län Summa", "Kronobergs län Summa", "Totalsumma"}
    a = engine.ask("hur många nya aktiebolag registrerades i Växjö 2024?", engine.new_conversation())
    assert a.answered and [f.value for f in a.figures if not f.is_total] == [349], a.answer
    b = engine.ask("topp 3 kommuner i Kronobergs län med flest nyregistrerade företag 2024", engine.new_conversation())
    assert b.answered and [f.label for f in b.figures if not f.is_total][:3] == ["Växjö", "Ljungby", "Alvesta"], b.answer
    assert "Summa" not in " ".join(f.label for f in b.figures if not f.is_total)
    # (F113-14: a part column's share of the total column over a county's rows, computed)
    c = engine.ask("Hur stor andel av de nyregistrerade företagen i Blekinge län 2024 var enskilda näringsidkare?", engine.new_conversation())
    assert c.answered and "42,4 %" in c.answer, c.answer  # (125 + 234 + 102) / (255 + 611 + 222)
    # (F113-22: a quarter of a year the table holds whole is missing, not the year's figure)
    d = engine.ask("Hur många handelsbolag registrerades i Karlskrona under första kvartalet 2024?", engine.new_conversation())
    assert not d.answered and "kvartal 1 2024" in d.answer, d.answer


def test_a_long_register_whose_keys_repeat_is_still_a_register():
    # round 113: 3 201 new companies whose "Org.nr" repeated (1 793 distinct) were no table at all
    from ingest.tables import make_table

    rows = [[f"5598{i % 60:02d}-0000", f"Företag {i % 70} AB", ("Aktiebolag", "Handelsbolag")[i % 2], f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}",
             ("Karlskrona", "Ronneby", "Växjö")[i % 3]] for i in range(120)]
    t = make_table(["Org.nr", "Företagsnamn", "Juridisk form", "Registreringsdatum", "Säte kommun"], rows, table_id="r", document="r.xlsx")
    assert t is not None and [c.name for c in t.value_columns] == ["Antal"]


def test_power_bi_headers_name_their_field_not_its_aggregation():
    from ingest.stats_io import grid_tables

    grid = [["Kommun", "Halvår", "Sum of Antal anmälda brott", "Average of Per 100 000 inv"],
            ["Köping", "2024H1", 1500, 5700.5], ["Köping", "2024H2", 1617, 6117.8], ["Sala", "2024H1", 700, 3100.0], ["Sala", "2024H2", 720, 3190.2]]
    (t,) = grid_tables(grid, document="brott.xlsx", sheet="Export", fallback_caption="Brott")
    assert [c.name for c in t.value_columns] == ["Antal anmälda brott", "Per 100 000 inv"]


def _traffic_pdf(path) -> None:
    """An unruled table under a two-line caption, its last column's header on two lines with the
    first set alone over that column."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica", 10)
    c.drawString(50, 800, "Trafiken på länets vägar ökar svagt, mest på riksväg 25.")
    c.setFont("Helvetica-Bold", 9)
    c.drawString(50, 770, "Tabell 2. Årsmedeldygnstrafik (ÅDT, fordon per dygn) och andel tung trafik vid utvalda")
    c.drawString(50, 758, "mätpunkter på statliga vägar i Kronobergs län, 2022–2024")
    xs = (50, 110, 250, 320, 390, 460)
    c.drawString(xs[5], 744, "Andel tung")
    for x, h in zip(xs, ("Väg", "Mätpunkt", "ÅDT 2022", "ÅDT 2023", "ÅDT 2024", "trafik 2024, %")):
        c.drawString(x, 732, h)
    c.setFont("Helvetica", 9)
    rows = [("E4", "Toftaholm", "13 650", "13 790", "13 900", "27,4"), ("E4", "Lagan", "14 320", "14 530", "15 060", "28,5"),
            ("E4", "Strömsnäsbruk", "13 120", "13 540", "13 810", "30,0"), ("Rv 25", "Alvesta", "9 730", "10 200", "10 660", "15,7"),
            ("Rv 25", "Växjö väst", "18 960", "19 130", "19 440", "11,5"), ("Rv 27", "Tingsryd", "4 420", "4 500", "4 540", "15,2")]
    y = 718
    for r in rows:
        for x, v in zip(xs, r):
            c.drawString(x, y, v)
        y -= 13
    c.drawString(50, y - 10, "Källa: Trafikverket, trafikmätningar.")
    c.save()


def test_a_header_line_over_one_column_the_finer_label_and_most_traffic_is_an_amount(tmp_path, monkeypatch):
    # round 113: "Andel tung" over the last column had been read as the caption's third line
    # (the column became "trafik 2024, %"), "E4" … labelled the rows that "Toftaholm" … name one
    # by one, and "mest trafik 2024" was answered with the share of heavy traffic (F113-05)
    engine = _engine_writing(tmp_path, monkeypatch, lambda kb: _traffic_pdf(kb / "trafik.pdf"))
    (t,) = load_tables(tmp_path)
    assert [c.name for c in t.value_columns][-1] == "Andel tung trafik 2024, %" and "Andel tung" not in t.caption
    assert t.label_column == "Mätpunkt"
    a = engine.ask("Vilken mätpunkt hade mest trafik 2024?", engine.new_conversation())
    assert a.answered and [f.value for f in a.figures if not f.is_total][:1] == [19440], a.answer
    b = engine.ask("Vilken mätpunkt hade högst andel tung trafik 2024?", engine.new_conversation())
    assert b.answered and [f.value for f in b.figures if not f.is_total][:1] == [30.0], b.answer
    from assistant.stats.order import _MOST_OF

    # "mest" of a change or a bound asks no amount
    assert not _MOST_OF.search("vilken kommun minskade mest i länet?") and not _MOST_OF.search("som mest 20 procent")
    assert _MOST_OF.search("vilken kommun har mest trafik?")


def test_count_and_per_cent_rows_under_each_places_heading_are_two_measures_of_the_place(tmp_path, monkeypatch):
    # round 113: "Eskilstuna" on a row of its own over "Antal" and "Procent" rows had made the
    # units the rows' labels – "lägst förvärvsintensitet" was asked back, then answered in persons
    text = "Förvärvsarbetande och förvärvsintensitet 20–64 år efter kommun, födelseregion och kön. 2023\n\n"
    text += "Region / mått;Inrikes födda män;Utrikes födda män;Samtliga 20–64 år\n"
    for place, (a, b, c), (p, q, r) in (
        ("Eskilstuna", (17358, 7365, 47593), ("88,3", "68,9", "79,9")), ("Flen", (2680, 1007, 6983), ("88,2", "68,0", "78,8")),
        ("Katrineholm", (6458, 1979, 16010), ("91,1", "75,0", "84,0")), ("Nyköping", (9800, 2100, 26000), ("89,0", "70,2", "83,5")),
    ):
        text += f"{place};;;\nAntal;{a};{b};{c}\nProcent;{p};{q};{r}\n"
    text += "\nProcent = förvärvsintensitet, andelen förvärvsarbetande av befolkningen.\n"
    engine = _engine_of(tmp_path, monkeypatch, {"forvarvsintensitet.csv": text})
    (t,) = load_tables(tmp_path)
    assert t.label_column == "Region" and "Utrikes födda män, procent" in [c.name for c in t.value_columns]
    a = engine.ask("vilken kommun hade lägst förvärvsintensitet 2023?", engine.new_conversation())
    assert a.answered and [f.value for f in a.figures if not f.is_total][:1] == [78.8], a.answer
    b = engine.ask("Hur stor är skillnaden i förvärvsintensitet mellan inrikes och utrikes födda män i Katrineholm?", engine.new_conversation())
    assert b.answered and "16,1" in b.answer, b.answer
    c = engine.ask("hur många utrikes födda män i Flen förvärvsarbetade 2023?", engine.new_conversation())
    assert c.answered and [f.value for f in c.figures if not f.is_total] == [1007], c.answer


def load_tables(tmp_path):
    from index.store import load_snapshot

    return load_snapshot(tmp_path / "idx").tables


def _ages_xlsx(path) -> dict:
    """Single-year ages "0 år" … "100+ år" down the rows, each municipality merged over its "män"
    and "kvinnor" columns, a notes sheet first; returns the figures written."""
    from openpyxl import Workbook

    wb = Workbook()
    notes = wb.active
    notes.title = "Om statistiken"
    notes.append(["Folkmängd i ettårsklasser. Data finns på nästa blad."])
    ws = wb.create_sheet("Befolkning")
    ws.append(["Folkmängd efter region, ålder och kön. År 2024"])
    ws.append([])
    places = ("Karlshamn", "Karlskrona", "Ronneby")
    ws.append(["ålder", places[0], None, places[1], None, places[2], None])
    ws.merge_cells(start_row=3, start_column=2, end_row=3, end_column=3)
    ws.merge_cells(start_row=3, start_column=4, end_row=3, end_column=5)
    ws.merge_cells(start_row=3, start_column=6, end_row=3, end_column=7)
    ws.append([None, "män", "kvinnor", "män", "kvinnor", "män", "kvinnor"])
    data = {}
    for age in range(101):
        label = "100+ år" if age == 100 else f"{age} år"
        row = [100 + (age * 7 + j * 13) % 50 for j in range(6)]
        data[age] = row
        ws.append([label, *row])
    ws.append(["Totalt", *[sum(data[a][j] for a in data) for j in range(6)]])
    ws.append(["Källa: SCB, Befolkningsstatistik"])
    wb.save(path)
    return data


def test_places_split_by_sex_as_columns_and_single_year_ages_summed_to_the_band_asked(tmp_path, monkeypatch):
    # round 113: "Karlskrona män", "Karlskrona kvinnor" … had been columns a question had to name
    # (F113-01 answered one sex's five largest ages for "20–64 år"); "65 år eller äldre" matched the
    # value "65 år" alone (F113-19); "utrikes födda" of a table without that split was answered
    # with the whole age band (F113-09, once the band was read)
    data = {}
    engine = _engine_writing(tmp_path, monkeypatch, lambda kb: data.update(_ages_xlsx(kb / "befolkning_ettarsklasser.xlsx")))
    (t,) = load_tables(tmp_path)
    assert {"Region", "Kön"} <= {c.name for c in t.columns} and len(t.value_columns) == 1
    a = engine.ask("Hur många invånare i arbetsför ålder, alltså 20–64 år, hade Karlskrona vid slutet av 2024?", engine.new_conversation())
    assert a.answered and sum(data[x][2] + data[x][3] for x in range(20, 65)) in [f.value for f in a.figures], a.answer
    b = engine.ask("Hur många i Ronneby är 80 år eller äldre?", engine.new_conversation())
    assert b.answered and sum(data[x][4] + data[x][5] for x in range(80, 101)) in [f.value for f in b.figures], b.answer
    # (F113-19: "kvinnor respektive män" of a band within one place: each sex's sum, not both added)
    d = engine.ask("Hur många kvinnor respektive män 80 år och äldre bor i Ronneby?", engine.new_conversation())
    women, men = sum(data[x][5] for x in range(80, 101)), sum(data[x][4] for x in range(80, 101))
    assert d.answered and {f.value for f in d.figures if not f.is_total} >= {women, men}, d.answer
    # (F113-07, typed without å/ä: "65 ar eller aldre" is the band all the same, its share computed)
    e = engine.ask("Hur stor andel av befolkningen i Ronneby ar 65 ar eller aldre?", engine.new_conversation())
    old = sum(data[x][4] + data[x][5] for x in range(65, 101)) / sum(data[x][4] + data[x][5] for x in range(101))
    assert e.answered and f"{100 * old:.1f}".replace(".", ",") + " %" in e.answer, e.answer
    # (… and "och i Karlskrona?" goes on with the band's share, for the place now named – it was asked back)
    conv = engine.new_conversation()
    engine.ask("Hur stor andel av befolkningen i Ronneby ar 65 ar eller aldre?", conv)
    f = engine.ask("och i Karlskrona?", conv)
    old = sum(data[x][2] + data[x][3] for x in range(65, 101)) / sum(data[x][2] + data[x][3] for x in range(101))
    assert f.answered and f"{100 * old:.1f}".replace(".", ",") + " %" in f.answer and "Karlskrona" in f.answer, f.answer
    c = engine.ask("Hur många utrikes födda som är 65 år eller äldre bor i Ronneby?", engine.new_conversation())
    assert not c.answered and "födelseland" in c.answer, c.answer


def test_a_rate_per_100_000_is_a_rate_asked_by_its_base_and_never_summed(tmp_path, monkeypatch):
    # round 113: "Average of Per 100 000 inv" beside "Sum of Antal anmälda brott" – once the
    # aggregations left the headers, the rate had no unit: "hur många bostadsinbrott" took it, and
    # the county's assaults "in 2024" summed it over every municipality (F113-04, F113-15); "per
    # 100 000 invånare" asked was answered with the count (F113-11)
    rows = ["Kommun;Halvår;Brottskategori;Sum of Antal anmälda brott;Average of Per 100 000 inv"]
    for kommun, pop in (("Västerås", 158000), ("Köping", 26400), ("Sala", 23000)):
        for i, half in enumerate(("2024H1", "2024H2", "2025H1")):
            for cat, base in (("Bostadsinbrott", 40), ("Samtliga brott", 900)):
                n = base * pop // 26400 + i * 7
                rows.append(f"{kommun};{half};{cat};{n};{round(n / pop * 100000, 1)}".replace(".", ","))
    engine = _engine_of(tmp_path, monkeypatch, {"brott_export.csv": "\n".join(rows) + "\n"})
    (t,) = load_tables(tmp_path)
    assert {c.name: c.unit for c in t.value_columns}["Per 100 000 inv"] == "per 100 000"
    a = engine.ask("hur många bostadsinbrott anmäldes i Köping första halvåret 2025?", engine.new_conversation())
    assert a.answered and [f.value for f in a.figures if not f.is_total] == [54], a.answer
    b = engine.ask("Hur många anmälda brott per 100 000 invånare hade Köping andra halvåret 2024? Alla brott totalt.", engine.new_conversation())
    assert b.answered and [f.value for f in b.figures if not f.is_total] == [round(907 / 26400 * 100000, 1)], b.answer
    c = engine.ask("Hur många bostadsinbrott anmäldes i hela länet 2024?", engine.new_conversation())
    assert c.answered and "per 100 000" not in c.reading, c.reading


def test_a_top_n_list_names_its_subject_and_a_request_beside_a_question_is_kept():
    # round 113 (F113-08): "topp 3 kommuner i … med flest …" named no subject, and a register
    # was ranked by company name; round 115 (F115-12): "Jämför antalet varslade … 2023. Vilket
    # län hade flest …?" was shortened to its second sentence, losing what was counted and when
    from assistant.question import _strip_filler
    from assistant.stats import read_form

    assert read_form("topp 3 kommuner i Kronobergs län med flest nyregistrerade företag 2024").subject == "kommuner"
    assert read_form("top five regions by GDP per capita").subject == "regions"
    kept, _ = _strip_filler("Jämför antalet varslade personer i Dalarna och Gävleborg helåret 2023. Vilket län hade flest?")
    assert "varslade" in kept and "2023" in kept
    kept, background = _strip_filler("Jag jobbar med en rapport om länet. Vilken kommun har högst arbetslöshet?")
    assert kept == "Vilken kommun har högst arbetslöshet?" and "rapport" in background


def test_an_acronym_the_base_spells_out_is_known_and_never_read_into_another_table(tmp_path, monkeypatch):
    # round 115 (F115-01): "GDP" of an OECD file titled "Gross Domestic Product per capita" was
    # refused as a word the base never writes; once known, "GDP per capita in Uppsala County" must
    # not be answered from another table's "per 1 000 inv"
    engine = _engine_of(tmp_path, monkeypatch, {
        "OECD_regional_GDP_per_capita.csv":
            "Dataset: Regional economy - Gross Domestic Product per capita, small regions TL3\nUnit: US Dollar, PPP\n\n"
            "REG_ID,Region,2023,2024,CAGR 2015-2024 (%)\nSE110,Stockholm County,71789,71668,0.50\nSE121,Uppsala County,49976,50935,0.95\n"
            "SE123,Östergötland County,48908,49727,1.58\nSE124,Örebro County,45114,44977,0.74\n",
        "aktivitetsersattning.csv":
            "Aktivitetsersättning – mottagare i december efter län, 2024\nLän;Antal;Per 1 000 inv. 19–29 år (‰)\n"
            "Uppsala län;1332;20,2\nÖrebro län;900;24,1\nStockholms län;4100;18,0\nHallands län;817;22,3\n",
    })
    a = engine.ask("Which three Swedish regions had the fastest GDP per capita growth (CAGR 2015-2024)?", engine.new_conversation())
    assert a.answered and [f.label for f in a.figures if not f.is_total][:1] == ["Östergötland County"], a.answer
    b = engine.ask("What was GDP per capita in Uppsala County in 2024?", engine.new_conversation())
    assert 20.2 not in [f.value for f in b.figures], b.answer


def test_women_resp_men_of_age_bands_as_columns_is_each_sexs_total_column(tmp_path, monkeypatch):
    # round 115 (F115-10): "hur många kvinnor resp. män?" was asked back between the age bands –
    # "resp." was no "respektive", and a sex named kept the total column from answering
    text = ("Aktivitetsersättning – antal mottagare i december efter län, kön och ålder\nAvser: december 2023 och december 2024\n\n"
            "År;Län;Kön;19–20 år;21–24 år;25–29 år;Totalt 19–29 år;Per 1 000 inv. 19–29 år (‰)\n")
    for year in (2023, 2024):
        for lan, parts in (("Riket", ((5000, 9000, 9100), (6000, 11000, 11500))), ("Hallands län", ((68, 135, 136), (98, 190, 190))),
                           ("Gotlands län", ((20, 40, 41), (25, 52, 60)))):
            for kon, bands in zip(("Kvinnor", "Män", "Båda könen"), (*parts, tuple(a + b for a, b in zip(*parts)))):
                bands = tuple(b - (2024 - year) * 3 for b in bands)
                text += f"{year};{lan};{kon};{';'.join(map(str, bands))};{sum(bands)};{round(sum(bands) / 40, 1)}".replace(".", ",") + "\n"
    engine = _engine_of(tmp_path, monkeypatch, {"aktivitetsersattning.csv": text})
    a = engine.ask("Aktivitetsersättning i Halland december 2024 – hur många kvinnor resp. män?", engine.new_conversation())
    assert a.answered and {f.value for f in a.figures if not f.is_total} == {339, 478}, a.answer


def test_quarter_end_dates_shared_by_every_county_are_periods_of_figures_not_cases(tmp_path, monkeypatch):
    # round 115 (F115-12): notices per county and quarter-end date ("2023-03-31" …) had been read
    # as a register of cases, so "jämför … i Dalarna och Gävleborg helåret 2023" listed quarters
    counties = {"Dalarnas län": (822, 358, 733, 598, 700, 500, 600, 503), "Gävleborgs län": (756, 600, 516, 509, 650, 480, 1159, 300),
                "Hallands län": (500, 400, 600, 700, 520, 610, 640, 581), "Uppsala län": (483, 300, 280, 310, 350, 360, 370, 380)}
    ends = [f"{y}-{md}" for y in (2023, 2024) for md in ("03-31", "06-30", "09-30", "12-31")]
    text = '"period_slut";"lan";"antal_personer";"uppdaterad"\n' + "".join(
        f'"{end}";"{lan}";"{v}";"2025-01-14T06:00:00"\n' for i, end in enumerate(ends) for lan, vals in counties.items() for v in [vals[i]]
    )
    engine = _engine_of(tmp_path, monkeypatch, {"af_varsel_per_kvartal_lan.csv": text})
    a = engine.ask("Jämför antalet varslade personer i Dalarna och Gävleborg helåret 2023.", engine.new_conversation())
    assert a.answered and {f.value for f in a.figures if not f.is_total} >= {2511, 2381}, a.answer
    # … and how far apart they are, in the order named (F115-12 asked "hur stor var skillnaden?": 130)
    diff = [f for f in a.figures if f.derived]
    assert [f.value for f in diff] == [130] and "Dalarnas län ligger **130** högre än Gävleborgs län" in a.answer, a.answer
    b = engine.ask("Jämför antalet varslade personer i Gävleborg och Dalarna helåret 2023.", engine.new_conversation())
    assert "Gävleborgs län ligger **130** lägre än Dalarnas län" in b.answer, b.answer


def test_committees_that_went_with_a_deficit_are_the_rows_below_zero_listed_counted_and_summed(tmp_path, monkeypatch):
    # round 115 (F115-23): "vilka nämnder gick med underskott … och hur mycket sammanlagt" was
    # answered with the table's own sum row, which nets the surpluses (−64 210); and the last row,
    # "Verksamhetens nettokostnad" (the subtotal plus the row after it), was no total
    rows = {"Regionstyrelsen": (400000, 384660), "Hälso- och sjukvårdsnämnden": (2348900, 2417330), "Socialnämnden": (1386400, 1407960),
            "Tekniska nämnden": (120000, 123120), "Byggnadsnämnden": (30000, 28850), "Överförmyndarnämnden": (9000, 9410)}
    lines = ["Tabell 7. Driftredovisning per nämnd 2024, nettokostnad (tkr)", "Nämnd;Budget 2024;Utfall 2024;Avvikelse 2024"]
    lines += [f"{n};{b};{u};{b - u}" for n, (b, u) in rows.items()]
    sb, su = sum(b for b, _ in rows.values()), sum(u for _, u in rows.values())
    lines += [f"Summa nämnder;{sb};{su};{sb - su}", "Finansförvaltning;-50000;-64750;14750",
              f"Verksamhetens nettokostnad;{sb - 50000};{su - 64750};{sb - su + 14750}"]
    engine = _engine_of(tmp_path, monkeypatch, {"driftredovisning_2024.csv": "\n".join(lines) + "\n"})
    deficits = {n: b - u for n, (b, u) in rows.items() if b < u}
    a = engine.ask("vilka nämder gick med underskott 2024 och hur mycket blev underskottet sammanlagt?", engine.new_conversation())
    assert a.answered and sum(deficits.values()) in [f.value for f in a.figures], a.answer
    assert all(n in a.answer for n in deficits) and "Verksamhetens" not in a.answer and "Byggnadsnämnden" not in a.answer, a.answer
    b = engine.ask("hur många nämnder gick med underskott 2024?", engine.new_conversation())
    assert b.answered and "**4**" in b.answer, b.answer
    c = engine.ask("vilka nämnder gick med överskott?", engine.new_conversation())
    assert c.answered and "Byggnadsnämnden" in c.answer and "Socialnämnden" not in c.answer, c.answer

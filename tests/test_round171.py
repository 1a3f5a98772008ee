"""Statistics as round 171 wrote them (fake embedder, seconds each)."""
from __future__ import annotations

from tests.test_engine_places import _engine_of

_MUNICIPALITIES = (("1445 Essunga", 56, 59, 62), ("1496 Skövde", 780, 786, 852), ("1494 Lidköping", 540, 564, 618),
                   ("1493 Mariestad", 350, 360, 367), ("1499 Falköping", 300, 298, 315), ("1497 Hjo", 40, 41, 45))


def _best(engine, question: str):
    """The resolver's best reading of a question, its query built."""
    from assistant.stats import read_form

    return engine.resolver.read(read_form(question))[0]


def _change(years) -> str:
    return f"{100 * (years[2] - years[1]) / years[1]:.1f}".replace(".", ",")


def _fk_csv() -> str:
    text = ("Personer som fått aktivitetsstöd eller utvecklingsersättning – Skaraborgs kommuner\n"
            "Antal unika mottagare under året efter kommun, ersättning och kön. 2025 preliminära uppgifter.\n\n"
            '"Region";"Ersättning";"Kön";"2023";"2024";"2025 prel.";"Förändring 2024–2025, %"\n')
    for name, *years in _MUNICIPALITIES:
        for benefit, share in (("Aktivitetsstöd", 1.0), ("Utvecklingsersättning", 0.2)):
            text += f'"{name}";"{benefit}";"Kvinnor och män";' + ";".join(str(round(y * share)) for y in years) + f";{_change(years)}\n"
        # (each person once: fewer than the two added up)
        text += f'"{name}";"Samtliga ersättningar";"Kvinnor och män";' + ";".join(str(round(y * 1.1)) for y in years) + f";{_change(years)}\n"
    for benefit, share in (("Aktivitetsstöd", 1.0), ("Utvecklingsersättning", 0.2), ("Samtliga ersättningar", 1.1)):
        # the county's row: all its 49 municipalities, not these six
        text += f'"14 Västra Götalands län";"{benefit}";"Kvinnor och män";' + ";".join(str(round(y * share)) for y in (20000, 21000, 22000)) + ";4,8\n"
    return text


def test_a_year_marked_preliminary_is_that_years_column(tmp_path, monkeypatch):
    # round 171 (F171-13): "… över 300 personer aktivitetsstöd 2025" had counted the column 2024 –
    # "2025 prel." was no column of 2025
    engine = _engine_of(tmp_path, monkeypatch, {"fk_aktivitetsstod_skaraborg.csv": _fk_csv()})
    a = engine.ask("i hur många kommuner i skaraborg fick över 300 personer aktivitetsstöd 2025", engine.new_conversation())
    assert a.answered and "2025 prel." in a.reading and "**4** av 6" in a.answer, a.answer


def test_every_value_of_a_split_summed_is_its_own_total_and_a_wider_areas_row_is_no_sum(tmp_path, monkeypatch):
    # round 171 (F171-05): "nån av ersättningarna (aktivitetsstöd eller utvecklingsersättning)"
    # had added the two up (counting some people twice) beside the table's own "Samtliga
    # ersättningar"; and the county's row, of all its municipalities, is no sum of these six
    engine = _engine_of(tmp_path, monkeypatch, {"fk_aktivitetsstod_skaraborg.csv": _fk_csv()})
    a = engine.ask("Hur många personer totalt i kommunerna fick nån av ersättningarna (aktivitetsstöd eller utvecklingsersättning) 2025?",
                   engine.new_conversation())
    whole = sum(round(y[2] * 1.1) for _, *y in _MUNICIPALITIES)
    assert a.answered and "Samtliga ersättningar" in a.reading, a.answer
    assert f"**{whole:,}**".replace(",", "\u00a0") in a.answer.replace(" ", "\u00a0") and "större område" in a.answer, a.answer


def test_residents_of_a_land_named_as_lanningar_are_read_as_the_place():
    # round 171 (F171-18): "fritidshus som ägs av gotlänningar" named no place
    from ingest.swedish import residents_of

    assert [residents_of(w) for w in ("gotlänningar", "Gotlänningarna", "gotlänning")] == ["Gotland"] * 3
    # (a land that is no municipality – Jämtland, Öland – names none; nor does a word that only ends so)
    assert [residents_of(w) for w in ("jämtlänningar", "ölänningar", "länningar")] == [None] * 3


def test_a_sub_regions_own_sum_row_answers_and_a_measures_years_are_never_added_up(tmp_path, monkeypatch):
    # round 171 (F171-20): "hur många har ledsagarservice i skaraborg enligt senaste siffrorna?" had
    # added "Ledsagarservice, 2024" and "…, 2025" up row by row (two years read as two kinds of
    # one thing) and listed the sub-region's municipalities past its own row "Summa Skaraborg"
    from openpyxl import Workbook

    def write(kb):
        wb = Workbook()
        ws = wb.active
        ws.title = "Kommuner 2024–2025"
        ws.append(["Personer med insatser enligt LSS efter kommun, insats och år"])
        ws.append([])
        ws.append(["Delregion", "Kommun", "Daglig verksamhet, 2024", "Daglig verksamhet, 2025", "Ledsagarservice, 2024", "Ledsagarservice, 2025"])
        ws.append([None, "Riket", 40000, 41000, 8500, 8630])
        rows = {"Fyrbodal": (("Uddevalla", 200, 205, 40, 41), ("Strömstad", 50, 52, 9, 10), ("Lysekil", 60, 61, 12, 11)),
                "Skaraborg": (("Skövde", 150, 152, 55, 56), ("Lidköping", 120, 125, 40, 42), ("Mariestad", 80, 82, 20, 22))}
        for region, munis in rows.items():
            for name, *vals in munis:
                ws.append([region, name, *vals])
            ws.append([region, f"Summa {region}", *[sum(m[k] for m in munis) + 3 for k in range(1, 5)]])
        wb.save(kb / "lss_insatser_vg.xlsx")

    from tests.test_engine_places import _engine_writing

    engine = _engine_writing(tmp_path, monkeypatch, write)

    # (the fake embedder leaves the reading in doubt, so the reading built is what is checked)
    best = _best(engine, "hur många personer har ledsagarservice i skaraborg enligt senaste siffrorna?")
    assert best.query.column == "Ledsagarservice, 2025" and best.query.summed == () and best.query.rows == ("Summa Skaraborg",), best.query


def test_rows_set_aside_by_bortser_fran_leave_the_others_and_a_darav_row_is_no_row_of_its_own(tmp_path, monkeypatch):
    # round 171 (F171-12): "om man bortser från … – vilket län äger flest fritidshus på Gotland?"
    # had named Stockholms län – "bortser från" set nothing aside, and of two rows set aside only
    # one was left out; the row "därav 0180 Stockholm" (part of Stockholms län) is no county
    text = ("Fritidshus på Gotland efter ägarens hemlän och år. Antal fritidshus\n\n"
            '"ägarens hemlän";"2015";"2025"\n"01 Stockholms län";"5 000";"5 104"\n"därav 0180 Stockholm";"1 990";"2 010"\n'
            '"03 Uppsala län";"540";"571"\n"09 Gotlands län";"4 583";"4 356"\n"14 Västra Götalands län";"280";"293"\n'
            '"12 Skåne län";"150";"160"\n"Samtliga";"11 805";"12 154"\n')
    engine = _engine_of(tmp_path, monkeypatch, {"fritidshus_gotland.csv": text})
    best = _best(engine, "Om man bortser från Stockholms län och Gotlands län – vilket län äger flest fritidshus på Gotland 2025?")
    assert "03 Uppsala län" in best.query.scope and not {"01 Stockholms län", "09 Gotlands län", "därav 0180 Stockholm"} & set(best.query.scope), best.query
    a = engine.ask("vilket län äger näst flest fritidshus på Gotland 2025?", engine.new_conversation())
    assert "därav" not in a.answer.split("\n\n")[1], a.answer


def _staff_table_pdf(path):
    # (laid out as round 171's report: the last header left over figures set right under it)
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4)
    h = A4[1]
    c.setFont("Helvetica", 9)
    c.drawString(63, h - 300, "Tabell 1. Tillsvidareanställda per yrkesgrupp 31 december 2025")
    c.setFont("Helvetica-Bold", 8)
    for x, y, text in ((448, 324, "Beräknade"), (275, 334, "Andel"), (338, 334, "Medel-"), (386, 334, "60 år och"), (448, 334, "pensions-"),
                       (63, 339, "Yrkesgrupp"), (227, 339, "Antal"), (275, 344, "kvinnor, %"), (338, 344, "ålder"), (386, 344, "äldre"),
                       (448, 344, "avgångar"), (448, 354, "2026–2030")):
        c.drawString(x, h - y, text)
    c.setFont("Helvetica", 8)
    rows = (("Undersköterskor", "1 186", "88", "46,2", "198", "171"), ("Vårdbiträden", "412", "79", "44,8", "61", "52"),
            ("Sjuksköterskor", "684", "89", "44,1", "97", "83"), ("Läkare", "262", "52", "48,9", "58", "41"))
    for k, (name, *vals) in enumerate(rows):
        y = h - 370 - 16 * k
        c.drawString(70, y, name)
        for right, v in zip((263, 326, 374, 436, 533), vals):
            c.drawRightString(right, y, v)
    c.setFont("Helvetica", 9)
    c.drawString(63, h - 460, "Undersköterskor är den största yrkesgruppen i regionen och har flest pensionsavgångar.")
    c.save()


def test_a_pdf_header_set_left_over_figures_set_right_heads_them_not_the_column_before(tmp_path):
    # round 171 (F171-08): "Beräknade pensionsavgångar 2026–2030" had been joined to the column
    # on its left ("Beräknade 60 år och pensionsäldre avgångar …" over 198), and the retirements
    # (171) stood in a column with no name – 198 was answered as the retirements
    from ingest.pdf.reader import read_pdf

    _staff_table_pdf(tmp_path / "rapport.pdf")
    table = next(t for t in read_pdf(tmp_path / "rapport.pdf").tables if t.rows)
    assert table.header[-2] == "60 år och äldre" and table.header[-1].startswith("Beräknade pensionsavgångar"), table.header
    assert "2026–2030" in table.header[-1], table.header
    assert table.rows[0][-2:] == ["198", "171"], table.rows


def test_per_an_adjective_and_a_noun_the_table_names_is_no_unheard_per(tmp_path, monkeypatch):
    # round 171 (F171-16): "minst antal sökande per ledig tjänst" of "Sökande per tjänst" had been
    # refused – "ledig" was taken for the thing per which, which the table never names
    text = ("Utannonserade tillsvidaretjänster och sökande 2025\n\nYrkesgrupp;Utannonserade tjänster;Sökande;Sökande per tjänst\n"
            "Undersköterskor;142;511;3,6\nSjuksköterskor;96;183;1,9\nSpecialistsjuksköterskor;41;53;1,3\nLäkare;22;35;1,6\n"
            "Administratörer;30;420;14,0\n")
    engine = _engine_of(tmp_path, monkeypatch, {"sokande_2025.csv": text})

    best = _best(engine, "vilken yrkesgrupp hade minst antal sökande per ledig tjänst 2025?")
    assert best.query.column == "Sökande per tjänst" and best.missing_per is None, (best.query, best.missing_per)
    # … a thing per which the table names nowhere is still said to be missing
    other = _best(engine, "hur många sökande per arbetsgivare fick läkarna?")
    assert other.missing_per == "arbetsgivare", other.missing_per


def test_an_english_phrase_whose_swedish_synonym_a_header_writes_whole_names_that_column(tmp_path, monkeypatch):
    # round 171 (F171-10): "the most people in daily activity under LSS per 10,000 inhabitants"
    # had ranked the population – "daily activity" is the lexicon's "daglig verksamhet", a
    # phrase whose single words teach nothing alone
    text = ("Personer med insatser enligt LSS 1 oktober 2025 per 10 000 invånare\n\n"
            "Kommun;Folkmängd 31 dec 2024;Personer med minst en insats;Daglig verksamhet;Personlig assistans\n"
            "Göteborg;607120;61,2;28,1;7,9\nTidaholm;12900;80,1;47,5;6,2\nFalköping;34000;75,3;39,9;5,1\nBorås;115000;66,0;31,0;6,8\n"
            "Skövde;57000;70,2;35,5;5,9\n")
    engine = _engine_of(tmp_path, monkeypatch, {"lss_per_10000.csv": text})
    best = _best(engine, "Which municipality has the most people in daily activity under LSS per 10,000 inhabitants?")
    assert best.query.column == "Daglig verksamhet", best.query


def test_a_quarter_of_a_table_of_months_is_its_three_months_added_up(tmp_path, monkeypatch):
    # round 173 (F173-17): "hur många i mjölby fick jobb under andra kvartalet" of "jan" … "nov"
    # beside "Summa jan–nov 2025" had read February – a quarter asked no period at all
    months = ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov"]
    rows = {"Mjölby": [60, 61, 69, 73, 73, 77, 40, 80, 77, 80, 75], "Boxholm": [9, 8, 10, 10, 12, 11, 6, 10, 13, 10, 10],
            "Kinda": [13, 18, 20, 17, 22, 19, 10, 18, 18, 21, 17]}
    text = ("Inskrivna arbetssökande som lämnat Arbetsförmedlingen för arbete, per månad. Östergötlands län, januari–november 2025\n\n"
            "Kommun\t" + "\t".join(months) + "\tSumma jan–nov 2025\tSumma jan–nov 2024\n"
            + "".join(f"{k}\t" + "\t".join(map(str, v)) + f"\t{sum(v)}\t{sum(v) + 7}\n" for k, v in rows.items()))
    engine = _engine_of(tmp_path, monkeypatch, {"af_fatt_arbete.csv": text})
    from assistant.stats.compute import compute

    best = _best(engine, "hur många i mjölby fick jobb under andra kvartalet")
    assert set(best.query.summed) == {"apr", "maj", "jun"}, best.query
    assert 73 + 73 + 77 in [f.value for f in compute(best.profile, best.query).figures]


def test_a_row_named_like_a_total_that_is_smaller_than_the_rest_is_one_of_the_rows(tmp_path, monkeypatch):
    # round 174 (F174-02): "Tabellens egen summarad (Region Västmanland) anger 1 800 000 kr. (Summan
    # av de 3 raderna är 2 400 000 kr.)" – a financier named like the county, taken for the total
    text = ("Tabell 3. Föreslagen budget per finansiär, kronor\n\nFinansiär;Belopp\nRegion Västmanland;1800000\n"
            "Kommunerna;1200000\nArbetsförmedlingen;700000\nIndustrin;500000\n")
    engine = _engine_of(tmp_path, monkeypatch, {"budget.csv": text})
    from assistant.stats.compute import compute

    best = _best(engine, "hur stor är budgeten totalt?")
    res = compute(best.profile, best.query)
    assert 4_200_000 in [f.value for f in res.figures] and "egen summarad" not in res.text, res.text


def test_a_compound_with_a_synonym_of_the_headers_first_part_names_that_header(tmp_path, monkeypatch):
    # round 173 (F173-08): "snittpris över 2 miljoner" had counted the column of purchases –
    # "snittpris" is the header's "Medelpris" with a synonym of its first part
    text = ("Köp av småhus efter region och år\n\nRegion;Antal köp 2024;Medelpris, tkr 2024;K/T 2024\n"
            "Linköping;1200;4105;1,9\nNorrköping;980;2950;1,8\nYdre;40;1250;1,5\nKinda;70;1610;1,6\nMotala;400;2050;1,7\n")
    engine = _engine_of(tmp_path, monkeypatch, {"smahuspriser.csv": text})
    best = _best(engine, "Hur många kommuner hade ett snittpris över 2 miljoner 2024?")
    assert best.query.column == "Medelpris, tkr 2024", best.query

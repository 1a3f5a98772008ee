"""The engine on small exports of the shapes rounds 119–120 found (fake embedder, seconds each)."""
from __future__ import annotations

from tests.test_engine_places import _engine_writing


def _cars_by_fuel(path) -> dict[tuple[str, str], int]:
    """A Trafikanalys-like CSV: a key–value block over a long Kommun × Drivmedel table, years across."""
    counts = {}
    rows = ["Tabell:;Personbilar i trafik efter kommun och drivmedel;;;;", "Region:;Sjuhärad;;;;", "Enhet:;antal fordon;;;;",
            "Källa:;Trafikanalys;;;;", "Senast uppdaterad:;2025-02-20;;;;", ";;;;;", "Kommun;Drivmedel;2021;2022;2023;2024"]
    for k, place in enumerate(("Borås", "Ulricehamn", "Mark", "Tranemo")):
        fuels = {"Bensin": 9000 - 100 * k, "Diesel": 7000 + 50 * k, "El": 700 + 300 * k, "Elhybrid": 400 + 10 * k}
        for fuel, n in fuels.items():
            rows.append(f"{place};{fuel};{n - 30};{n - 20};{n - 10};{n}")
            counts[place, fuel] = n
        total = sum(fuels.values())
        rows.append(f"{place};Totalt;{total - 60};{total - 40};{total - 20};{total}")
        counts[place, "Totalt"] = total
    rows += [";;;;;", "Anm.:;El = endast el.;;;;"]
    path.write_bytes(("\n".join(rows) + "\n").encode("utf-8"))
    return counts


def test_a_compound_naming_a_value_by_the_counted_words_tail_filters_on_that_value(tmp_path, monkeypatch):
    # round 119 (F119-03): "Hur många elbilar fanns det i Borås 2024?" – the municipalities had been
    # lost into the notes; once kept, the total of every fuel had been answered, not Drivmedel = El
    counts = {}
    engine = _engine_writing(tmp_path, monkeypatch, lambda kb: counts.update(_cars_by_fuel(kb / "personbilar_drivmedel.csv")))
    conv = engine.new_conversation()
    a = engine.ask("Hur många elbilar fanns det i Borås 2024?", conv)
    assert a.answered and counts["Borås", "El"] in [f.value for f in a.figures], a.answer
    b = engine.ask("och i Ulricehamn?", conv)
    assert b.answered and counts["Ulricehamn", "El"] in [f.value for f in b.figures], b.answer
    # (… asked in English: round 119, F119-15 – "much", "between" had been words the base never says)
    e = engine.ask("How much did the number of electric cars in Mark change between 2021 and 2024?", engine.new_conversation())
    assert e.answered and counts["Mark", "El"] - (counts["Mark", "El"] - 30) in [round(f.value) for f in e.figures], e.answer
    # (a vehicle the table does not count is no reading of it)
    c = engine.ask("Hur många lastbilar fanns det i Borås 2024?", engine.new_conversation())
    assert counts["Borås", "Totalt"] not in [f.value for f in c.figures] or not c.answered, c.answer


def _job_ads(path) -> dict[tuple[str, int], int]:
    """A JobTech-like extract: one row per ad, dotted English headers, ISO timestamps, an employer
    that is a county's region ("Region Stockholm") among the others."""
    import csv

    counts: dict[tuple[str, int], int] = {}
    employers = ("Region Stockholm", "Tech Nordic AB", "Nacka kommun", "Capio AB", "Stockholms stad")
    with open(path, "w", encoding="utf-8-sig", newline="") as f:
        w = csv.writer(f)
        w.writerow(["id", "headline", "employer.name", "workplace_address.municipality", "number_of_vacancies", "publication_date"])
        for i in range(90):
            place = ("Solna", "Nacka", "Södertälje")[i % 3]
            month = 1 + (i // 3) % 6
            w.writerow([29100000 + i * 13, f"Annons {i}", employers[i % 5], place, 1 + i % 4, f"2025-{month:02d}-{1 + i % 27:02d}T{8 + i % 9:02d}:{i % 60:02d}:00"])
            counts[place, month] = counts.get((place, month), 0) + 1
    return counts


def test_a_register_with_timestamps_counts_a_month_and_its_follow_up_and_a_regions_ads_are_no_total(tmp_path, monkeypatch):
    # round 119 (F119-14): "2025-03-14T09:12:00" had not been read as a day ("gäller inte mars
    # 2025"); the employer "Region Stockholm" had been taken for the county's total row (its ads
    # left out of every count); "och i april?" had kept March
    counts = {}
    engine = _engine_writing(tmp_path, monkeypatch, lambda kb: counts.update(_job_ads(kb / "platsannonser_2025H1.csv")))
    conv = engine.new_conversation()
    a = engine.ask("hur många annonser publicerades i Solna i mars 2025?", conv)
    assert a.answered and counts["Solna", 3] in [f.value for f in a.figures], a.answer
    b = engine.ask("och i april?", conv)
    assert b.answered and counts["Solna", 4] in [f.value for f in b.figures], b.answer
    # (a month without its year, of days: that month's days of the latest year that has it)
    from assistant.stats import read_form
    from assistant.stats.periods import period_match

    (p,) = [p for p in engine.resolver.profiles if p.cat("publication_date") is not None]
    april = period_match(p.cat("publication_date"), read_form("och i april?"))
    assert april and all(v.startswith("2025-04-") for v in april), april


def _months_across(path) -> dict[str, list[int]]:
    """An AF table: municipalities down, "jan" … "dec" and a year total "Helår" across, the year in the title."""
    data = {
        "Linköping": [1181, 1186, 1119, 905, 987, 1032, 957, 1381, 1164, 943, 1034, 971],
        "Norrköping": [1454, 1246, 1294, 1034, 1038, 1227, 1045, 1437, 1308, 1214, 1223, 964],
        "Motala": [432, 310, 324, 328, 320, 358, 260, 369, 323, 293, 304, 253],
        "Finspång": [160, 140, 150, 120, 130, 152, 110, 170, 140, 130, 125, 100],
    }
    months = ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
    lines = ["Tabell 1. Nyinskrivna arbetssökande efter kommun och månad 2024, antal personer", "",
             ";".join(["Kommun", *months, "Helår"])]
    lines += [";".join([k, *map(str, v), str(sum(v))]) for k, v in data.items()]
    lines += ["", "Källa: Arbetsförmedlingen"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return data


def test_months_across_with_a_year_total_are_months_of_the_captions_year(tmp_path, monkeypatch):
    # round 119 (F119-06, -19, -23): "jan" … "dec" beside "Helår" had stayed columns – "under 2024"
    # read August's column, "juni 2024" was refused, Linköping's months were never ranked
    data = {}
    engine = _engine_writing(tmp_path, monkeypatch, lambda kb: data.update(_months_across(kb / "af_nyinskrivna_2024.csv")))
    conv = engine.new_conversation()
    a = engine.ask("Hur många skrevs in som arbetssökande i Norrköping under 2024?", conv)
    assert a.answered and sum(data["Norrköping"]) in [f.value for f in a.figures], a.answer
    b = engine.ask("och i Motala?", conv)
    assert b.answered and sum(data["Motala"]) in [f.value for f in b.figures], b.answer
    c = engine.ask("nyinskrivna finspang juni 2024", engine.new_conversation())
    assert c.answered and data["Finspång"][5] in [f.value for f in c.figures], c.answer
    d = engine.ask("Vilken månad 2024 hade Linköping flest nyinskrivna arbetssökande?", engine.new_conversation())
    assert d.answered and [f.value for f in d.figures][:1] == [max(data["Linköping"])] and "aug" in d.answer, d.answer


def _forecast_sheets(path) -> dict[str, dict[str, list[int]]]:
    """A population forecast: one sheet per age group, "Utfall" merged over 2022–2024 and
    "Prognos" over 2025–2040 above the years."""
    from openpyxl import Workbook

    years = [2022, 2023, 2024, 2025, 2030, 2035, 2040]
    data = {
        "Totalt": {"Uddevalla": [56811, 57017, 57297, 57529, 58689, 59872, 61079], "Trollhättan": [59249, 59500, 59800, 60400, 62300, 64100, 65807],
                   "Lysekil": [14500, 14450, 14380, 14300, 14100, 13900, 13724], "Strömstad": [13300, 13350, 13400, 13500, 13700, 13900, 14100]},
        "80+ år": {"Uddevalla": [3100, 3200, 3300, 3400, 3900, 4300, 4600], "Trollhättan": [5000, 5200, 5400, 5600, 6500, 7300, 7955],
                   "Lysekil": [1300, 1320, 1340, 1360, 1500, 1600, 1700], "Strömstad": [900, 950, 1000, 1050, 1285, 1400, 1500]},
    }
    wb = Workbook()
    wb.remove(wb.active)
    for sheet, rows in data.items():
        ws = wb.create_sheet(sheet)
        group = "totalt antal invånare" if sheet == "Totalt" else "invånare 80 år och äldre"
        ws.append([f"Befolkningsprognos 2025–2040, Fyrbodal – {group}"])
        ws.append([])
        ws.append(["Kommun", "Utfall", None, None, "Prognos", None, None, None])
        ws.merge_cells(start_row=3, start_column=2, end_row=3, end_column=4)
        ws.merge_cells(start_row=3, start_column=5, end_row=3, end_column=8)
        ws.append([None, *years])
        for place, values in rows.items():
            ws.append([place, *values])
        ws.append(["Källa: Fyrbodals kommunalförbund"])
    wb.save(path)
    return data


def test_a_forecast_with_outcome_and_forecast_years_is_one_series_and_an_unnamed_age_band_no_answer(tmp_path, monkeypatch):
    # round 119 (F119-11, -16, -04): "Utfall, 2022" … "Prognos, 2040" had stayed columns (no change
    # between 2024 and 2035 could be computed), and "år 2040" had named the sheet "80 år och äldre"
    data = {}
    engine = _engine_writing(tmp_path, monkeypatch, lambda kb: data.update(_forecast_sheets(kb / "Befolkningsprognos_Fyrbodal.xlsx")))
    (t,) = [t for t in engine.snapshot.tables if t.sheet == "Totalt"]
    assert {"2024", "2040"} <= set(t.frame["Period"]), t.frame.columns
    a = engine.ask("Hur mycket väntas Uddevallas befolkning öka mellan 2024 och 2035?", engine.new_conversation())
    total = data["Totalt"]["Uddevalla"]
    # (answered – or, with the test's word-counting embedder, asked back with the sheet of all first)
    assert (a.answered and total[5] - total[2] in [round(f.value) for f in a.figures]) or (
        a.alternatives and "totalt antal invånare" in a.alternatives[0]
    ), a.answer
    b = engine.ask("Vad är den prognostiserade folkmängden i Trollhättan år 2040?", engine.new_conversation())
    assert data["80+ år"]["Trollhättan"][-1] not in [f.value for f in b.figures], b.answer


def test_the_highest_share_of_a_slice_ranks_each_rows_share_not_its_count(tmp_path, monkeypatch):
    # round 119 (F119-08): "vilken kommun hade högst andel dagar uttagna av män 2024?" of days by
    # sex had ranked the men's days (Västerås, the largest) – each row's share is computed and ranked
    rows = {"Västerås": (570000, 226000), "Köping": (81000, 41000), "Sala": (70000, 29000), "Arboga": (50000, 20000),
            "Västmanlands län": (771000, 316000)}

    def write(kb):
        lines = ["Uttagna nettodagar med föräldrapenning efter kommun, kön och år", "", "Kommun;Kön;2023;2024"]
        for place, (women, men) in rows.items():
            lines += [f"{place};Kvinnor;{women - 1000};{women}", f"{place};Män;{men - 1000};{men}", f"{place};Totalt;{women + men - 2000};{women + men}"]
        (kb / "fk_foraldrapenning.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")

    engine = _engine_writing(tmp_path, monkeypatch, write)
    a = engine.ask("Vilken kommun hade högst andel dagar uttagna av män 2024?", engine.new_conversation())
    best = max((k for k in rows if "län" not in k), key=lambda k: rows[k][1] / sum(rows[k]))
    share = round(100 * rows[best][1] / sum(rows[best]), 1)
    assert a.answered and best in a.answer and share in [f.value for f in a.figures], a.answer
    # (… asked by a compound whose first part is the slice's kin, beside the county: "pappadagar i Västmanland")
    b = engine.ask("Vilken kommun i Västmanland hade högst andel pappadagar 2024?", engine.new_conversation())
    assert b.answered and best in b.answer and share in [f.value for f in b.figures], b.answer


def test_a_municipality_ranked_for_one_activity_of_municipalities_as_columns(tmp_path, monkeypatch):
    # round 119 (F119-13): "Vilken kommun har högst nettokostnad för äldreomsorg 2024?" of activities
    # down and municipalities across – once melted into a "Region" column, the ranking had run over
    # every activity ("Pedagogisk verksamhet (Huddinge) 45 738"): a Kommun column, named by "kommun"
    def write(kb):
        (kb / "nettokostnad_2024.csv").write_text(
            "Nettokostnad per verksamhet 2024, kronor per invånare\n\nVerksamhet;Stockholm;Solna;Nacka;Huddinge\n"
            "Pedagogisk verksamhet;44773;43833;42972;45738\nÄldreomsorg;15749;11816;12929;16313\nGrundskola;22772;22616;21059;23180\n",
            encoding="utf-8",
        )

    engine = _engine_writing(tmp_path, monkeypatch, write)
    a = engine.ask("Vilken kommun har högst nettokostnad för äldreomsorg 2024?", engine.new_conversation())
    assert a.answered and [f.value for f in a.figures][:1] == [16313] and "Huddinge" in a.answer, a.answer


def test_a_municipality_ranked_for_one_activity_beside_the_county(tmp_path, monkeypatch):
    # (as above, with the county as a column too – a "Region" column: "vilken kommun" had not named
    # it, and "Pedagogisk verksamhet 44 000 kr", the county's largest activity, had been the answer)
    def write(kb):
        (kb / "nettokostnad_lan.csv").write_text(
            "Nettokostnad per verksamhet 2024 i länets kommuner, kronor per invånare\n\nVerksamhet;Stockholm;Solna;Nacka;Huddinge;Stockholms län\n"
            "Pedagogisk verksamhet;44773;43833;42972;45738;44000\nÄldreomsorg;15749;11816;12929;16313;14000\n"
            "Grundskola;22772;22616;21059;23180;22000\n",
            encoding="utf-8",
        )

    engine = _engine_writing(tmp_path, monkeypatch, write)
    a = engine.ask("Vilken kommun har högst nettokostnad för äldreomsorg 2024?", engine.new_conversation())
    assert a.answered and [f.value for f in a.figures][:1] == [16313] and "Huddinge" in a.answer, a.answer


def _readings(engine, question: str, *columns: str):
    """The resolver's scored readings of ``question`` whose table id or column holds each of
    ``columns``' words, each with its query built and the form kept (``.form``)."""
    from assistant.question import normalise_question
    from assistant.stats import read_form
    from assistant.stats.build import build_query

    form = read_form(normalise_question(question, engine.vocabulary).text)
    scored = engine.resolver.scored(form, None)
    out = []
    for c in columns:
        r = next(r for r in scored if c in r.column.name or c in r.profile.id)
        build_query(r, form, None)
        r.form = form
        out.append(r)
    return out


def test_money_asked_by_a_spending_verb_is_never_answered_by_a_table_without_kronor(tmp_path, monkeypatch):
    # round 119 (F119-13 in the helper's words): "Vilken kommun lägger mest per invånare på
    # äldreomsorg?" had been read as a population forecast "invånare 80 år och äldre" (its caption
    # said "äldre" and "invånare"), and "Lysekil" among its rows had passed for money ("sek")
    def write(kb):
        (kb / "nettokostnad_2024.csv").write_text(
            "Nettokostnad per verksamhet 2024, kronor per invånare\n\nVerksamhet;Stockholm;Solna;Nacka;Huddinge\n"
            "Pedagogisk verksamhet;44773;43833;42972;45738\nÄldreomsorg;15749;11816;12929;16313\nGrundskola;22772;22616;21059;23180\n",
            encoding="utf-8",
        )
        _forecast_sheets(kb / "Befolkningsprognos_Fyrbodal.xlsx")

    engine = _engine_writing(tmp_path, monkeypatch, write)
    # (the rule itself, whatever the test's word-counting embedder weighs: the forecast read first
    # gives way to the table of kronor)
    forecast, money = _readings(engine, "Vilken kommun lägger mest per invånare på äldreomsorg?", "80+", "Nettokostnad")
    from assistant.stats.order import _money_table_first

    assert _money_table_first([forecast, money], forecast.form)[0] is money
    a = engine.ask("Vilken kommun lägger mest per invånare på äldreomsorg?", engine.new_conversation())
    assert a.answered and [f.value for f in a.figures][:1] == [16313] and "Huddinge" in a.answer, a.answer


def test_a_currency_code_is_money_only_as_a_whole_word():
    from assistant.stats.coverage import says_money

    assert not says_money("Lysekil") and not says_money("Europa") and not says_money("Kristinehamn")
    assert says_money("Belopp i SEK") and says_money("Utbetalt (mnkr)") and says_money("100tkr") and says_money("månadslönen")


def test_a_count_asked_of_a_named_row_comes_from_the_reports_table_of_counts(tmp_path, monkeypatch):
    # (a realdata fit question: "hur många förskollärare finns i team södra?" had been answered from
    # a table of those without a licence – its share ranked first, its "Totalt antal" 2 taken for it –
    # while the table of the staff mix holds "Antal förskollärare" 44 for the same team)
    from openpyxl import Workbook

    teams = {"Team Norra": (16, 53, 0.0, 0), "Team Nordväst": (35, 58, 2.9, 1), "Team Sydväst": (30, 56, 3.3, 1),
             "Team Södra": (44, 63, 4.5, 2)}

    def write(kb):
        wb = Workbook()
        ws = wb.active
        ws.title = "Sammansättning"
        ws.append(["Sammansättning yrkesroller i förskolan, april 2026"])
        ws.append([])
        ws.append(["Team", "Antal förskollärare", "Andel förskollärare", "Antal barnskötare", "Andel barnskötare"])
        for team, (n, share, _, _) in teams.items():
            ws.append([team, n, share, 60 - n, 100 - share])
        ws = wb.create_sheet("Utan legitimation")
        ws.append(["Anställda förskollärare inom förskola (månadsavlönade), utan legitimation"])
        ws.append([])
        ws.append(["Team", "Total andel av förskollärarna", "Totalt antal"])
        for team, (_, _, share, n) in teams.items():
            ws.append([team, share, n])
        wb.save(kb / "kompetensforsorjningsplan.xlsx")

    engine = _engine_writing(tmp_path, monkeypatch, write)
    share, count = _readings(engine, "hur många förskollärare finns i team södra?", "Total andel", "Antal förskollärare")
    from assistant.stats.order import _count_first

    assert _count_first([share, count], share.form)[0] is count
    a = engine.ask("hur många förskollärare finns i team södra?", engine.new_conversation())
    assert a.answered and [f.value for f in a.figures][:1] == [44], a.answer

"""The engine on small exports of the shapes round 121 found (fake embedder, seconds each)."""
from __future__ import annotations

from tests.test_engine_places import _engine_writing


def _terms_under_school_years(path) -> dict[str, list[int]]:
    """A UKÄ-like workbook: "Läsår 2022/23" merged over "HT 2022" and "VT 2023", a change column
    merged over both header rows beside the terms, a Totalt row."""
    from openpyxl import Workbook

    data = {"Umeå universitet": [28173, 26574, 28801, 26729, 29766, 28720], "Högskolan Dalarna": [14100, 13200, 14464, 13300, 13746, 12900],
            "Karlstads universitet": [17900, 16800, 18272, 17100, 18765, 17600], "Örebro universitet": [20100, 19000, 20480, 19400, 20800, 19700]}
    wb = Workbook()
    ws = wb.active
    ws.title = "Tabell 1"
    ws.append(["Tabell 1. Antal registrerade studenter per termin och lärosäte, HT 2022–VT 2025"])
    ws.append([])
    ws.append(["Lärosäte", "Läsår 2022/23", None, "Läsår 2023/24", None, "Läsår 2024/25", None, "Förändring HT 2023–HT 2024, %"])
    ws.append([None, "HT 2022", "VT 2023", "HT 2023", "VT 2024", "HT 2024", "VT 2025", None])
    for c1, c2 in (("B3", "C3"), ("D3", "E3"), ("F3", "G3")):
        ws.merge_cells(f"{c1}:{c2}")
    ws.merge_cells("A3:A4")
    ws.merge_cells("H3:H4")
    for name, v in data.items():
        ws.append([name, *v, round(100 * (v[4] - v[2]) / v[2], 1)])
    ws.append(["Totalt", *[sum(v[i] for v in data.values()) for i in range(6)],
               round(100 * (sum(v[4] for v in data.values()) - sum(v[2] for v in data.values())) / sum(v[2] for v in data.values()), 1)])
    ws.append(["Källa: UKÄ"])
    wb.save(path)
    return data


def test_terms_under_their_school_year_are_periods_and_the_change_between_two_is_computed_again(tmp_path, monkeypatch):
    # round 121 (F121-07 … -10): "HT 2022" under a merged "Läsår 2022/23" had been lost – the counts
    # were folded into the row label and only the change column was left: no term could be asked for,
    # "tappade mest" ranked the largest increases, "hösten 2023" read Karlstad's municipality
    data = {}
    engine = _engine_writing(tmp_path, monkeypatch, lambda kb: data.update(_terms_under_school_years(kb / "uka_studenter.xlsx")))
    (t,) = engine.snapshot.tables
    assert {"HT 2022", "VT 2025"} <= set(t.frame["Period"]), list(t.frame.columns)
    conv = engine.new_conversation()
    a = engine.ask("Hur många studenter hade Karlstads universitet hösten 2023?", conv)
    assert a.answered and [f.value for f in a.figures][:1] == [data["Karlstads universitet"][2]], a.answer
    b = engine.ask("och Örebro universitet?", conv)
    assert b.answered and [f.value for f in b.figures][:1] == [data["Örebro universitet"][2]], b.answer
    c = engine.ask("How many students were registered at Umeå universitet in the spring term of 2025?", engine.new_conversation())
    assert c.answered and data["Umeå universitet"][5] in [f.value for f in c.figures], c.answer
    d = engine.ask("Vilket lärosäte tappade mest studenter mellan HT 2023 och HT 2024?", engine.new_conversation())
    assert d.answered and "Högskolan Dalarna" in d.answer.split("\n")[0] + d.answer[:300], d.answer


def test_an_open_data_year_month_column_is_the_period(tmp_path, monkeypatch):
    # round 121 (F121-12, -13): "ar_manad" 202403 … had been a value column – "september 2024" was
    # refused and Sandviken's months were added up into one yearly total
    def write(kb):
        lines = ["ar_manad,kommun_kod,kommun_namn,hushallstyp,antal_hushall,utbetalt_belopp_kr"]
        for month, n in ((202403, 979), (202406, 961), (202409, 940), (202412, 1005)):
            for k, (code, place) in enumerate(((2181, "Sandviken"), (2180, "Gävle"))):
                lines.append(f'{month},{code},{place},"Barnfamiljer, ensamstående",{n + 500 * k},{(n + 500 * k) * 2500}')
        (kb / "fk_bostadsbidrag_2024.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")

    engine = _engine_writing(tmp_path, monkeypatch, write)
    (t,) = engine.snapshot.tables
    assert next(c for c in t.columns if c.name == "ar_manad").role == "dimension"
    a = engine.ask("Hur många hushåll i Gävle fick bostadsbidrag i september 2024?", engine.new_conversation())
    assert a.answered and [f.value for f in a.figures][:1] == [1440], a.answer


def test_the_increase_against_the_year_before_asked_after_a_rows_figure_is_that_rows_change(tmp_path, monkeypatch):
    # round 121 (F121-15): "Och hur stor var ökningen jämfört med året innan?" after Skåne's
    # payments had ranked every county's change (Skåne not among the five shown)
    def write(kb):
        (kb / "ekonomiskt_bistand_2024.csv").write_text(
            "Tabell 2. Utbetalt ekonomiskt bistånd efter län 2024\n\nLän;Utbetalt bistånd, tkr;Förändring jämfört med 2023, %\n"
            "Riket;11760017;2,2\nSkåne län;2217108;6,0\nSödermanlands län;401000;8,1\nGotlands län;52000;8,0\nBlekinge län;160000;8,0\n"
            "Dalarnas län;250000;7,0\nUppsala län;330000;1,0\n",
            encoding="utf-8",
        )

    engine = _engine_writing(tmp_path, monkeypatch, write)
    conv = engine.new_conversation()
    a = engine.ask("Hur mycket ekonomiskt bistånd betalades ut i Skåne 2024?", conv)
    assert a.answered and 2217108 in [f.value for f in a.figures], a.answer
    b = engine.ask("Och hur stor var ökningen jämfört med året innan?", conv)
    assert b.answered and [f.value for f in b.figures][:1] == [6.0], b.answer


def test_a_total_said_of_named_rows_names_the_column_headed_as_the_sum(tmp_path, monkeypatch):
    # round 121 (F121-03): "skillnaden i total skattesats mellan Luleå och Umeå" had compared
    # "Kommunalskatt" (0,30) – the readings tied, and "Summa kommunalskatt" (0,60) is the total
    from assistant.stats.order import _summed_column_first
    from tests.test_engine_round119 import _readings

    def write(kb):
        (kb / "kommunalskatter_2025.csv").write_text(
            "Kommunalskatter 2025\n\nKommun;Kommunalskatt;Regionsskatt;Summa kommunalskatt\n"
            "Luleå;22,45;11,05;33,50\nUmeå;22,75;11,35;34,10\nPiteå;22,60;11,05;33,65\n",
            encoding="utf-8",
        )

    engine = _engine_writing(tmp_path, monkeypatch, write)
    q = "Hur stor är skillnaden i total skattesats mellan Luleå och Umeå i år?"
    plain_, summed = _readings(engine, q, "Kommunalskatt", "Summa kommunalskatt")
    assert _summed_column_first([plain_, summed], plain_.form)[0] is summed
    a = engine.ask(q, engine.new_conversation())
    # (the test's word-counting embedder may leave it a quote of the row, never the plain rate's gap)
    assert 22.45 not in {f.value for f in a.figures} and (not a.answered or {33.5, 34.1} <= {f.value for f in a.figures}), a.answer


def test_a_development_of_a_rows_summed_parts_shows_the_sums_between(tmp_path, monkeypatch):
    # round 121 (F121-13): "hur har antalet hushåll … utvecklats i Sandviken under 2024?" of months
    # with household types gave only March and December, summed – the months between were left out
    def write(kb):
        lines = ["ar_manad,kommun_namn,hushallstyp,antal_hushall"]
        for month, n in ((202403, 979), (202406, 961), (202409, 940), (202412, 1005)):
            lines += [f"{month},Sandviken,Barnfamiljer,{n - 300}", f"{month},Sandviken,Unga,300", f"{month},Gävle,Barnfamiljer,{n + 200}",
                      f"{month},Gävle,Unga,310"]
        (kb / "fk_bostadsbidrag_2024.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")

    engine = _engine_writing(tmp_path, monkeypatch, write)
    a = engine.ask("hur har antalet hushåll med bostadsbidrag utvecklats i Sandviken under 2024?", engine.new_conversation())
    assert a.answered and {979, 961, 940, 1005} <= {f.value for f in a.figures}, a.answer
    # (… and asked without its times: the short series' whole way, not its last step alone)
    b = engine.ask("hur har antalet hushåll med bostadsbidrag utvecklats i Sandviken?", engine.new_conversation())
    assert b.answered and {979, 961, 940, 1005} <= {f.value for f in b.figures}, b.answer


def test_which_municipalities_of_a_county_raised_a_rate_are_its_own_municipalities(tmp_path, monkeypatch):
    # round 121 (F121-02): "vilka kommuner i Norrbotten höjde skatten inför 2025?" had been refused –
    # "höjde" was no word of change – and, once one, listed Västerbotten's and the counties' rows too
    def write(kb):
        (kb / "kommunalskatter_2025.csv").write_text(
            "Kommunalskatter 2025, procent\n\nRegion;Summa kommunalskatt;Förändring summa kommunalskatt\n"
            "00 Riket;32,41;0,04\n24 Västerbottens län;34,00;0,05\n2401 Nordmaling;34,50;0,00\n2418 Åsele;35,30;0,30\n"
            "2480 Umeå;34,10;-0,10\n25 Norrbottens län;33,90;0,01\n2505 Arvidsjaur;34,00;0,00\n2521 Pajala;35,00;0,25\n"
            "2581 Piteå;33,50;-0,05\n2583 Haparanda;34,70;0,30\n2584 Kiruna;33,60;0,00\n",
            encoding="utf-8",
        )

    engine = _engine_writing(tmp_path, monkeypatch, write)
    a = engine.ask("vilka kommuner i Norrbotten höjde skatten inför 2025?", engine.new_conversation())
    shown = {f.label.split(" (")[0] for f in a.figures if not f.is_total}
    assert a.answered and {"Pajala", "Haparanda"} <= shown and not shown & {"Åsele", "Västerbottens län", "Norrbottens län"}, a.answer

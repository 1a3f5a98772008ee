"""The engine on small exports of the shapes round 127 found (fake embedder, seconds each)."""
from __future__ import annotations

from ingest.stats_io import read_stats_file
from tests.test_engine_places import _engine_of

_MONTHS = ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
_LINES = [("Stadstrafik Karlskrona", "1", "Lyckeby–Karlskrona C", 5000), ("Stadstrafik Karlskrona", "2", "Nättraby–Karlskrona C", 3000),
          ("Stadstrafik Karlskrona", "3", "Rödeby–Karlskrona C", 1900), ("Stadstrafik Karlskrona", "4", "Hästö–Gräsvik", 4000),
          ("Stadstrafik Karlshamn", "11", "Väggaviken–Karlshamn C", 1400),
          ("Regiontåg", "ÖT", "Öresundståg Karlskrona C–Sölvesborg", 6000), ("Regiontåg", "KT", "Krösatåg Karlskrona C–Emmaboda", 1200)]


def _boardings() -> str:
    """Boardings per line: months of the caption's year across, then whole years, line codes
    (some letters) beside the line names."""
    head = "Trafikslag\tLinje\tLinjenamn\t" + "\t".join(_MONTHS) + "\tHelår 2024\tHelår 2023"
    rows = []
    for kind, code, name, base in _LINES:
        months = [base + 10 * i for i in range(12)]
        rows.append(f"{kind}\t{code}\t{name}\t" + "\t".join(map(str, months)) + f"\t{sum(months)}\t{sum(months) - 500}")
    return "Påstigande resenärer per linje och månad 2024\nBlekingetrafiken\n\n" + head + "\n" + "\n".join(rows) + "\n"


def _write_register(path, header: list[str], rows: list[list]) -> None:
    """A register sheet: a title line, the header, one row per case."""
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Räddningsinsatser 2024 – Jämtlands räddningstjänstförbund"])
    ws.append(header)
    for r in rows:
        ws.append(r)
    wb.save(path)


def test_a_code_column_named_by_the_next_column_is_codes_though_some_are_letters(tmp_path):
    # round 127: "Linje" (1, 3, "ÖT", "KT") before "Linjenamn" had been a measure ("Linje för
    # Rödeby–Karlskrona C är 3")
    p = tmp_path / "pastigande.tsv"
    p.write_text(_boardings(), encoding="utf-8")
    (t,) = read_stats_file(p, p.name)
    assert t.column("Linje").role == "code"
    assert t.label_column == "Linjenamn"


def test_a_month_asked_of_months_across_is_the_months_column_and_another_years_month_is_missing(tmp_path, monkeypatch):
    # round 127 (F127-10): "i januari 2023" of months of 2024 beside "Helår 2023" had been answered
    # with the whole year 2023; "i januari 2024" with the whole year 2024
    engine = _engine_of(tmp_path, monkeypatch, {"pastigande_blekinge_2024.csv": _boardings()})
    a = engine.ask("Hur många åkte linje 3 till Rödeby i januari 2024?", engine.new_conversation())
    assert a.answered and [f.value for f in a.figures if not f.is_total] == [1900]
    b = engine.ask("Hur många åkte linje 3 till Rödeby i januari 2023?", engine.new_conversation())
    assert not b.answered and not b.figures


def _with_sums() -> str:
    """The boardings with a "Summa <kind>" row under each kind of traffic (written in the kind's
    column, the line name left empty), a change in % beside the counts and the lines of the
    trains named "(Blekinges stationer)"."""
    head = "Trafikslag\tLinje\tLinjenamn\tHelår 2024\tHelår 2023\tFörändring (%)"
    groups = {"Stadstrafik Karlskrona": [("1", "Lyckeby–Karlskrona C", 615437, 590631), ("2", "Nättraby–Karlskrona C", 387971, 381111),
                                         ("4", "Hästö–Gräsvik", 439138, 413891)],
              "Stadstrafik Karlshamn": [("11", "Väggaviken–Karlshamn C", 159051, 153821), ("12", "Mörrum–Karlshamn C", 204182, 202361)],
              "Tåg": [("ÖT", "Öresundståg Karlskrona C–Sölvesborg (Blekinges stationer)", 682069, 650000),
                      ("KT", "Krösatåg Karlskrona C–Emmaboda (Blekinges stationer)", 143901, 140000)]}
    lines, total = [], [0, 0]
    for kind, rows in groups.items():
        for code, name, a, b in rows:
            lines.append(f"{kind}\t{code}\t{name}\t{a}\t{b}\t{100 * (a - b) / b:+.1f}".replace(".", ","))
        sa, sb = sum(r[2] for r in rows), sum(r[3] for r in rows)
        lines.append(f"Summa {kind}\t\t\t{sa}\t{sb}\t{100 * (sa - sb) / sb:+.1f}".replace(".", ","))
        total = [total[0] + sa, total[1] + sb]
    lines.append(f"\t\tTotalt Blekingetrafiken\t{total[0]}\t{total[1]}\t{100 * (total[0] - total[1]) / total[1]:+.1f}".replace(".", ","))
    return "Påstigande resenärer per linje 2024\nBlekingetrafiken, Region Blekinge\n\n" + head + "\n" + "\n".join(lines) + "\n"


def test_group_sums_in_the_kind_column_are_totals_and_the_caption_county_names_no_rows(tmp_path, monkeypatch):
    # round 127 (F127-04): "Summa Stadstrafik Karlskrona" (a change in % beside it that adds up to
    # nothing) had stayed a value of "Trafikslag" that the ranking defaulted to – "**** har högst …"
    # – and "i Blekinge" had kept only the two trains "(Blekinges stationer)"
    engine = _engine_of(tmp_path, monkeypatch, {"pastigande_blekinge.csv": _with_sums()})
    a = engine.ask("Vilka tre linjer hade flest påstigande i Blekinge 2024?", engine.new_conversation())
    assert a.answered
    assert [f.value for f in a.figures if not f.is_total][:3] == [682069, 615437, 439138]


def test_a_follow_up_naming_another_year_reads_that_years_column(tmp_path, monkeypatch):
    # round 127 (F127-14): "och 2023?" after a reading of "Helår 2024" had shown 2024's figure again
    engine = _engine_of(tmp_path, monkeypatch, {"pastigande_blekinge.csv": _with_sums()})
    conv = engine.new_conversation()
    engine.ask("Hur många påstigande hade Väggaviken–Karlshamn C 2024?", conv)
    b = engine.ask("och 2023?", conv)
    assert b.answered and [f.value for f in b.figures if not f.is_total] == [153821]


def _rescue(kb) -> None:
    rows = [("Åre", "Åre"), ("Åre", "Järpen"), ("Åre", "Järpen"), ("Åre", "Åre"), ("Åre", "Duved"),
            ("Östersund", "Östersund"), ("Östersund", "Östersund"), ("Krokom", "Krokom")]
    _write_register(kb / "raddningsinsatser_2024.xlsx", ["Ärendenr", "Kommun", "Station", "Händelsetyp", "Antal enheter"],
                    [[f"RTJ-2024-{i:04d}", k, st, "Trafikolycka" if i % 2 else "Brand i byggnad", 1 + i % 3] for i, (k, st) in enumerate(rows, 1)])


def test_a_place_named_by_both_the_municipality_and_a_station_is_the_municipality(tmp_path, monkeypatch):
    # round 127 (F127-03): "i Åre" had counted the cases of Kommun = Åre and Station = Åre (2 of 5)
    from tests.test_engine_places import _engine_writing

    engine = _engine_writing(tmp_path, monkeypatch, _rescue)
    a = engine.ask("Hur många räddningsinsatser hade räddningstjänsten i Åre?", engine.new_conversation())
    assert a.answered and [f.value for f in a.figures] == [5]
    b = engine.ask("Hur många insatser gjorde stationen i Åre?", engine.new_conversation())
    assert b.answered and [f.value for f in b.figures] == [2]


def test_a_compound_names_the_one_value_that_writes_both_its_parts(tmp_path, monkeypatch):
    # round 127 (F127-11): "skogsbränder" of Händelsetyp = "Brand i skog eller mark" had named
    # nothing, and every case of July was counted
    from tests.test_engine_places import _engine_writing

    def write(kb):
        kinds = ["Brand i skog eller mark", "Brand i byggnad", "Trafikolycka", "Brand i skog eller mark", "Drunkning",
                 "Trafikolycka", "Brand ej i byggnad, övrigt", "Brand i skog eller mark"]
        _write_register(kb / "insatser.xlsx", ["Ärendenr", "Kommun", "Händelsetyp", "Antal enheter"],
                        [[f"R-{i:03d}", ("Åre", "Krokom")[i % 2], kind, 1 + i % 3] for i, kind in enumerate(kinds, 1)])

    engine = _engine_writing(tmp_path, monkeypatch, write)
    a = engine.ask("Hur många skogsbränder hade räddningstjänsten?", engine.new_conversation())
    assert a.answered and [f.value for f in a.figures] == [3]


_LIBRARIES = ("Folkbibliotek i Västmanlands län 2024 – verksamhet per biblioteksenhet\n\n"
              "Kommunkod;Kommun;Biblioteksenhet;Typ av enhet;Öppettimmar per vecka;Fysiska utlån;Aktiva låntagare\n"
              "1980;Västerås;Västerås stadsbibliotek;Huvudbibliotek;63;398 760;31 850\n"
              "1980;Västerås;Bäckby bibliotek;Filial;38;48 915;4 120\n"
              "1980;Västerås;Hammarby bibliotek;Filial;30;37 604;5 310\n"
              "1983;Köping;Köpings stadsbibliotek;Huvudbibliotek;45;96 420;7 400\n"
              "1983;Köping;Kolsva bibliotek;Filial;12;15 930;1 100\n"
              "1984;Arboga;Arboga stadsbibliotek;Huvudbibliotek;40;61 200;5 900\n")


def test_a_particle_verb_names_its_noun_and_a_value_set_aside_is_not_read(tmp_path, monkeypatch):
    # round 127 (F127-09): "lånar ut" names "Fysiska utlån" (not "Aktiva låntagare"), and "inte
    # huvudbiblioteken" sets that value aside – the question had been asked back
    engine = _engine_of(tmp_path, monkeypatch, {"bibliotek_vastmanland_2024.csv": _LIBRARIES})
    a = engine.ask("vilken filial lånar ut mest böcker? inte huvudbiblioteken alltså", engine.new_conversation())
    assert a.answered and [f.value for f in a.figures if not f.is_total][:1] == [48915]
    b = engine.ask("Vilket bibliotek som inte är ett huvudbibliotek har flest aktiva låntagare?", engine.new_conversation())
    assert b.answered and 4120 not in [f.value for f in b.figures] and 5310 in [f.value for f in b.figures]
    assert 31850 not in [f.value for f in b.figures]


def test_the_libraries_of_one_municipality_add_up_and_the_tables_own_noun_names_no_kind(tmp_path, monkeypatch):
    # round 127 (F127-01): "biblioteken i Köpings kommun … alla ihop" had read "Köpings stadsbibliotek"
    # and "Huvudbibliotek" by the word "bibliotek" (what every row of the table is), then one row
    engine = _engine_of(tmp_path, monkeypatch, {"bibliotek_vastmanland_2024.csv": _LIBRARIES})
    a = engine.ask("Hur många böcker lånades ut på biblioteken i Köpings kommun 2024? Alla bibliotek ihop alltså", engine.new_conversation())
    assert a.answered and [f.value for f in a.figures if not f.is_total] == [96420 + 15930]


def test_two_months_written_across_are_compared_for_one_row(tmp_path, monkeypatch):
    # round 127 (F127-19): "i juli jämfört med januari" had read July alone
    engine = _engine_of(tmp_path, monkeypatch, {"pastigande_blekinge_2024.csv": _boardings()})
    a = engine.ask("Hur många fler resenärer hade Rödeby–Karlskrona C i juli jämfört med januari?", engine.new_conversation())
    assert a.answered
    values = [f.value for f in a.figures]
    assert 1960 in values and 1900 in values and 60 in values  # July (1 900 + 6 × 10), January, the difference


def test_longest_is_a_ranking_word_and_an_average_asked_ranks_the_groups_means(tmp_path, monkeypatch):
    # round 127 (F127-18): "längst" had been corrected to "lägst" as a typo, and "genomsnittlig
    # responstid" per municipality of a register had been summed
    from tests.test_engine_places import _engine_writing

    def write(kb):
        times = {"Östersund": [8, 9, 10, 9, 11, 8], "Strömsund": [18, 19], "Åre": [12, 13, 11, 12]}
        cases = [(k, t) for k, ts in times.items() for t in ts]
        _write_register(kb / "insatser.xlsx", ["Ärendenr", "Kommun", "Händelsetyp", "Responstid (min)"],
                        [[f"R-{i:03d}", k, "Trafikolycka", t] for i, (k, t) in enumerate(cases, 1)])

    engine = _engine_writing(tmp_path, monkeypatch, write)
    a = engine.ask("Vilken kommun hade längst genomsnittlig responstid?", engine.new_conversation())
    assert a.answered and a.figures[0].label == "Strömsund" and a.figures[0].value == 18.5
    assert not any("lägst" in n for n in a.notes)
    # (… and in English: "response time" is the lexicon's phrase for "responstid")
    b = engine.ask("Which municipality had the longest average response time?", engine.new_conversation())
    assert b.answered and b.figures[0].label == "Strömsund" and b.figures[0].value == 18.5

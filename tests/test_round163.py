"""The engine on small exports of the shapes round 163 found (fake embedder, seconds each)."""
from __future__ import annotations

from tests.test_engine_places import _engine_of

_MONTHS = ("oktober 2025", "september 2025", "augusti 2025", "oktober 2024")


def _unemployed() -> str:
    rows = []
    for place, base in (("Lindesberg", 960), ("Nora", 300)):
        for i, month in enumerate(_MONTHS):
            total = base + 10 * i
            young = total // 6
            rows.append(f"{month};{place};Totalt;16-64 år;{total};5,1")
            rows.append(f"{month};{place};Totalt;18-24 år;{young};9,8")
    return "\ufeffMånad;Kommun;Kön;Ålder;Inskrivna arbetslösa totalt;Andel (%)\n" + "\n".join(rows) + "\n"


def test_the_widest_age_group_is_the_whole_a_question_without_an_age_is_about(tmp_path, monkeypatch):
    # round 163: "snittet av antal inskrivna arbetslösa i lindesberg hittills i år?" had averaged
    # 16-64 år and 18-24 år together (557,4 over 20 rows) – 18-24 is part of 16-64, not beside it
    from types import SimpleNamespace

    from assistant.stats.profile import widest_age_group

    def cat(values, totals=()):
        return SimpleNamespace(values=list(values), totals=tuple(totals), every_total=frozenset(totals), is_period=False)

    assert widest_age_group(cat(["16-64 år", "18-24 år"])) == "16-64 år"
    assert widest_age_group(cat(["16-24 år", "25-64 år"])) is None  # parts side by side: no whole
    assert widest_age_group(cat(["Totalt", "16-64 år", "18-24 år"], ["Totalt"])) is None  # a total of its own
    engine = _engine_of(tmp_path, monkeypatch, {"af.csv": _unemployed()})
    a = engine.ask("snittet av antal inskrivna arbetslösa i lindesberg aug-okt 2025?", engine.new_conversation())
    assert a.answered and "970" in a.answer and "16-64" in a.answer, a.answer
    a = engine.ask("hur många unga 18-24 år var inskrivna i nora i oktober 2025?", engine.new_conversation())
    assert a.answered and "50" in a.answer.split("*Källa")[0], a.answer


_SICK = (
    "Ohälsotal och sjukpenningtal per kommun och kön, december 2023 och december 2024\n"
    "Antal dagar per registrerad försäkrad 16-64 år (rullande 12 månader)\n"
    ";Ohälsotal;;Sjukpenningtal;\n"
    "Kommun / kön;dec 2023;dec 2024;dec 2023;dec 2024\n"
    "Riket;25,9;25,1;10,1;9,8\n  Kvinnor;31,3;30,2;13,2;12,8\n  Män;20,8;20,2;7,1;6,9\n"
    "Lekeberg;26,5;26,1;9,7;9,6\n  Kvinnor;31,2;31,4;12,7;12,6\n  Män;22,0;21,1;6,9;6,8\n"
    "Hällefors;33,0;32,4;11,9;12,0\n  Kvinnor;39,8;38,9;15,2;15,6\n  Män;26,4;26,1;8,7;8,6\n"
    "Ljusnarsberg;31,0;30,1;12,2;12,4\n  Kvinnor;36,1;35,0;15,1;15,8\n  Män;26,2;25,5;9,4;9,3\n"
)


def test_parts_indented_under_each_row_are_a_split_of_their_own(tmp_path, monkeypatch):
    # round 163: FK's "Kommun / kön" with "  Kvinnor" / "  Män" indented under each municipality
    # had made "Kvinnor" a place; "vilken kommun har högst sjukskrivningstal bland kvinnorna?"
    # then read another file's column "Kvinnor, 2024" (F163-19)
    from ingest.stats_io import read_stats_file

    path = tmp_path / "fk.csv"
    path.write_bytes(_SICK.encode("latin-1"))
    (t,) = read_stats_file(path, "fk.csv")
    assert [c.name for c in t.columns][:2] == ["Kommun", "Kön"]
    assert set(t.frame["Kommun"]) == {"Riket", "Lekeberg", "Hällefors", "Ljusnarsberg"}
    assert set(t.frame["Kön"]) == {"Totalt", "Kvinnor", "Män"}
    engine = _engine_of(tmp_path, monkeypatch, {"fk.csv": _SICK})
    a = engine.ask("vilken kommun har högst sjukskrivningstal bland kvinnorna?", engine.new_conversation())
    assert a.answered and "Ljusnarsberg" in a.answer and "15,8" in a.answer, a.answer


def test_an_indent_that_is_no_repeated_part_leaves_the_column_alone(tmp_path):
    from ingest.stats_io import read_stats_file

    csv = ("Kostnader per verksamhet, tkr\nVerksamhet;2024;2025\nSkola;100;110\n  Grundskola;60;65\n  Gymnasium;40;45\n"
           "Vård;200;210\n  Hemtjänst;120;125\n  Boende;80;85\nKultur;30;31\n")
    path = tmp_path / "k.csv"
    path.write_text(csv, encoding="utf-8")
    (t,) = read_stats_file(path, "k.csv")
    assert "Grundskola" in set(t.frame[t.label_column])


def test_one_row_ranked_by_how_much_a_share_rose_is_ranked_by_the_change_column(tmp_path, monkeypatch):
    # round 163: "vilken kommun har ökat andelen högutbildade mest på 10 år?" had ranked the
    # share of 2024 (Örebro 53,0) – the table's change column, in percentage points, answers (F163-17)
    csv = ("Andel (%) av befolkningen 25–64 år med eftergymnasial utbildning, per kommun\n"
           "Kommun;2014;2024;Förändr. p.e.\nLekeberg;36,4;45,2;8,8\nLaxå;23,6;28,9;5,3\nÖrebro;46,1;53,0;6,9\n"
           "Kumla;31,9;40,1;8,2\nÖrebro län;38,0;44,8;6,8\n")
    engine = _engine_of(tmp_path, monkeypatch, {"utb.csv": csv})
    a = engine.ask("vilken kommun har ökat andelen högutbildade mest på 10 år?", engine.new_conversation())
    said = a.answer.split("Som jämförelse")[0]
    assert a.answered and "Lekeberg" in said and "8,8" in said, a.answer


def test_a_fraction_stored_under_a_percent_format_is_read_as_the_sheet_shows_it(tmp_path):
    # round 163 (and MUCF's, Jordbruksverket's real exports): 0,177 formatted "0.0%" is 17,7 %
    import openpyxl

    from ingest.stats_io import read_stats_file

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Kommunala nyckeltal 2024"])
    ws.append(["Kommun", "Andel 65 år och äldre", "Jordbruksmarkens del av landarealen, Procent", "Skattesats"])
    for name, a, b, c in (("Örebro", 0.177, 0.0264, 21.45), ("Karlskoga", 0.238, 0.0311, 22.3), ("Nora", 0.264, 0.05, 22.1)):
        ws.append([name, a, b, c])
        ws.cell(ws.max_row, 2).number_format = "0.0%"
        ws.cell(ws.max_row, 3).number_format = "0.0%"
        ws.cell(ws.max_row, 4).number_format = '0.00" %"'  # a sign printed as text scales nothing
    wb.save(tmp_path / "n.xlsx")
    (t,) = read_stats_file(tmp_path / "n.xlsx", "n.xlsx")
    assert list(t.frame["Andel 65 år och äldre"]) == [17.7, 23.8, 26.4]
    assert list(t.frame["Jordbruksmarkens del av landarealen, Procent"]) == [2.64, 3.11, 5.0]
    assert list(t.frame["Skattesats"]) == [21.45, 22.3, 22.1]


def test_one_in_n_said_in_words_is_a_bound_in_per_cent():
    from assistant.stats.form import read_form

    assert read_form("vilka kommuner har mer än var fjärde invånare som är 65+?").threshold.value == 25.0
    assert read_form("i vilka kommuner är fler än en av fem unga arbetslösa?").threshold.value == 20.0
    assert read_form("where is more than one in four aged 65 or older?").threshold.value == 25.0
    assert read_form("i vilka kommuner är mer än varannan invånare kvinna?").threshold.value == 50.0
    assert "tredje" in read_form("hur många nya företag startades under tredje kvartalet?").tokens


def test_a_mean_of_each_group_closing_it_is_no_member_of_the_group(tmp_path):
    # round 163: "Ovägt medelvärde, kommungruppen" under each group of municipalities had been a
    # row among them, repeated in every group – a threshold over the municipalities asked which
    # group was meant (F163-13)
    from ingest.stats_io import read_stats_file

    csv = ("Kommun;Andel 65+ (%)\nRiket;21,0\nStörre städer;\nÖrebro;17,7\nKarlskoga;23,8\nKumla;19,9\nOvägt medelvärde, kommungruppen;20,5\n"
           "Landsbygdskommuner;\nHällefors;30,1\nLjusnarsberg;31,2\nLaxå;28,7\nOvägt medelvärde, kommungruppen;30,0\n")
    path = tmp_path / "g.csv"
    path.write_text(csv, encoding="utf-8")
    (t,) = read_stats_file(path, "g.csv")
    means = [i for i in range(len(t.frame)) if str(t.frame.at[i, t.label_column]).startswith("Ovägt")]
    assert means and set(means) <= set(t.total_rows)


def test_ages_asked_outside_the_ages_a_table_names_read_the_column_of_those_ages(tmp_path, monkeypatch):
    # round 163: "vilka kommuner har mer än var fjärde invånare som är 65+?" had read a table "av
    # befolkningen 25–64 år" (every municipality over 25 %) before "Andel 65 år och äldre" (F163-13)
    education = ("Andel (%) av befolkningen 25–64 år med eftergymnasial utbildning, per kommun\n"
                 "Kommun;2014;2024\nÖrebro;46,1;53,0\nLaxå;23,6;28,9\nHällefors;22,9;27,2\nNora;31,2;39,1\n")
    figures = ("Kommunala nyckeltal 2024\nKommun;Folkmängd 31 dec;Andel 65 år och äldre (%);Kommunal skattesats\n"
               "Örebro;160513;17,7;21,45\nLaxå;5600;28,7;22,6\nHällefors;6753;30,1;23,1\nNora;10400;26,4;22,1\n")
    engine = _engine_of(tmp_path, monkeypatch, {"utb.csv": education, "nyckeltal.csv": figures})
    a = engine.ask("vilka kommuner har mer än var fjärde invånare som är 65+?", engine.new_conversation())
    said = a.answer.split("*Källa")[0]
    assert "53,0" not in said, a.answer
    assert not a.answered or ("Hällefors" in said and "Laxå" in said and "Nora" in said and "Örebro" not in said), a.answer


def test_the_young_of_a_compound_take_the_age_group_that_ends_first(tmp_path, monkeypatch):
    # round 163: "ungdomsarbetslösheten" named no age ("ungdom" only as a word of its own did), and
    # the youngest group was looked for by its first age – "16-64 år" – so the whole was answered
    from types import SimpleNamespace

    from assistant.stats.profile import young_words, youngest_group

    assert young_words("ungdomsarbetslösheten i karlskoga") == {"ungdom"}
    assert not young_words("hur många ungdomar") - {"ungdomar"}
    cat = SimpleNamespace(values=["16-64 år", "18-24 år"], every_total=frozenset())
    assert youngest_group(cat) == "18-24 år"
    engine = _engine_of(tmp_path, monkeypatch, {"af.csv": _unemployed()})
    a = engine.ask("ungdomsarbetslösheten i nora i oktober 2025?", engine.new_conversation())
    said = a.answer.split("Som jämförelse")[0]
    assert "5,1" not in said, a.answer
    assert not a.answered or "9,8" in said, a.answer

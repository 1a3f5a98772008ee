"""The engine on small exports of the shapes round 155 found (fake embedder, seconds each)."""
from __future__ import annotations

from tests.test_engine_places import _engine_of

_PROJECTS = [
    ("RUN-2025-0012", "Smart industri", "Almi Mitt AB", "Hela länet", 2150000, "2025–2027"),
    ("RUN-2025-0017", "Året-runt-destination", "Åre Destination AB", "Åre", 1850000, "2025–2026"),
    ("RUN-2025-0021", "Digital vård", "Mittuniversitetet", "Hela länet", 2400000, "2025–2027"),
    ("RUN-2025-0026", "Ragunda företagsby", "Ragunda kommun", "Ragunda", 480000, "2025"),
    ("RUN-2025-0031", "Laddinfrastruktur", "Krokoms kommun", "Krokom", 1200000, "2025–2026"),
    ("RUN-2025-0055", "Fjällcykel", "Åre kommun", "Åre", 640000, "2025–2026"),
    ("RUN-2025-0060", "Biobränsle", "Mittuniversitetet", "Hela länet", 1150000, "2025–2027"),
    ("RUN-2025-0093", "Vinterträning", "Åre kommun", "Åre", 415000, "2025"),
    ("RUN-2025-0097", "Valideringscentrum", "Östersunds kommun", "Östersund", 1340000, "2025–2027"),
    ("RUN-2025-0101", "Yrkes-sfi", "Östersunds kommun", "Flera", 880000, "2025–2026"),
    ("RUN-2025-0104", "Matkluster", "Jämtlands Matkluster", "Hela länet", 700000, "2025"),
    ("RUN-2025-0108", "Bredband", "Bergs kommun", "Berg", 560000, "2025–2026"),
]


def _register() -> str:
    lines = ["Tabell 2. Beviljade projekt 2025", "Dnr;Projekt;Projektägare;Kommun;Beviljat, kr;Period"]
    carried = 0
    for k, (dnr, name, owner, place, amount, period) in enumerate(_PROJECTS, 1):
        lines.append(f"{dnr};{name};{owner};{place};{amount};{period}")
        carried += amount
        if k == 5:  # the foot of a printed page: the sum so far, carried to the next
            lines.append(f";Summa att transportera;;;{carried};")
    lines.append(f";Summa beviljat 2025;;;{carried};")
    return "\n".join(lines) + "\n"


def test_a_register_of_projects_sums_its_cases_not_its_carried_sums_and_reads_the_place(tmp_path, monkeypatch):
    # round 155: "Hela länet" as a project's place had been a total row, the pages' "Summa att
    # transportera" cases, a project's years "2025–2026" no part of 2025, and "projekt i Åre
    # kommun" the owner "Åre kommun" (F155-06: 415 000 kr for 2 905 000)
    engine = _engine_of(tmp_path, monkeypatch, {"projekt.csv": _register()})
    table = next(t for t in engine.snapshot.tables if t.document == "projekt.csv")
    texts = table.frame.astype(str).apply(" ".join, axis=1)
    assert sorted(texts[list(table.total_rows)].str.contains("Summa")) == [True, True], texts[list(table.total_rows)]
    whole = sum(p[4] for p in _PROJECTS)
    a = engine.ask("hur mycket beviljades det totalt till projekten 2025?", engine.new_conversation())
    assert a.answered and whole in [f.value for f in a.figures], a.answer
    b = engine.ask("Hur mycket projektpengar beviljades till projekt i Åre kommun 2025 sammanlagt?", engine.new_conversation())
    assert b.answered and [f.value for f in b.figures] == [1850000 + 640000 + 415000], b.answer
    c = engine.ask("Hur mycket projektpengar fick Åre kommun 2025?", engine.new_conversation())
    assert c.answered and [f.value for f in c.figures] == [640000 + 415000], c.answer
    d = engine.ask("vilken kommun fick mest projektmedel?", engine.new_conversation())
    assert "kommun" in d.reading.lower() and "projektägare" not in d.reading.lower(), d.reading


def test_growth_within_a_year_is_from_the_year_befores_stock_to_the_years(tmp_path, monkeypatch):
    # round 155: "växte mest procentuellt under 2024" of "Folkmängd 31 dec 2023" and "… 2024" had
    # ranked the populations at the end of 2024 (F155-02)
    csv = (
        "Befolkningsförändringar 2024\nRegion;Folkmängd 31 dec 2023;Födda;Folkmängd 31 dec 2024\n"
        "Åre;12418;100;12707\nKrokom;15722;150;15932\nÖstersund;64563;600;64929\nRagunda;5291;38;5259\n"
    )
    engine = _engine_of(tmp_path, monkeypatch, {"befolkning.csv": csv})
    a = engine.ask("Vilka två kommuner växte mest procentuellt i befolkning under 2024?", engine.new_conversation())
    assert a.answered and [f.label for f in a.figures][:2] == ["Åre", "Krokom"] and a.figures[0].value == 2.3, a.answer


def test_a_report_without_a_o_and_months_in_figures_is_read(tmp_path, monkeypatch):
    # round 155: an old mainframe report writes "ARE", "OSTERSUND", "OPPET ARBETSLOSA" and its
    # months "202501" … "202510": "öppet arbetslösa i Åre i oktober 2025" had found nothing
    # (F155-01 refused), and a month in figures was read as no month at all
    rows = ["RAPPORT ARBL0214; INSKRIVNA ARBETSLOSA PER KOMMUN OCH MANAD; LAN 23 JAMTLANDS LAN",
            "KNKOD;KOMMUN;KATEGORI;202508;202509;202510;202410;ANDEL_RBA_202510"]
    for code, name, base in (("2321", "ARE", 180), ("2380", "OSTERSUND", 1160), ("2309", "KROKOM", 200)):
        rows.append(f"{code};{name};OPPET ARBETSLOSA;{base + 2};{base + 1};{base + 4};{base + 70};3.1")
        rows.append(f"{code};{name};TOT INSKR ARBETSLOSA;{2 * base};{2 * base + 5};{2 * base + 9};{2 * base + 90};6.2")
    engine = _engine_of(tmp_path, monkeypatch, {"arbl0214.csv": "\n".join(rows) + "\n"})
    a = engine.ask("hur många är öppet arbetslösa i Åre i oktober 2025?", engine.new_conversation())
    assert a.answered and [f.value for f in a.figures] == [184], a.answer
    b = engine.ask("hur många öppet arbetslösa i Östersund i oktober 2024?", engine.new_conversation())
    assert b.answered and [f.value for f in b.figures] == [1230], b.answer


def test_which_rose_since_a_month_of_a_year_is_the_change_between_its_columns(tmp_path, monkeypatch):
    # round 155: "vilka kommuner har fått högre sjukpenningtal sedan okt 2023?" had listed the
    # levels of October 2023 (F155-18); "sedan okt 2023" had not been read as "since 2023"
    csv = (
        "Sjukpenningtal per kommun\nKommun;Sjukpenningtal (dagar) okt 2023;Sjukpenningtal (dagar) okt 2024;Sjukpenningtal (dagar) okt 2025\n"
        "Berg;11,3;11,8;12,2\nRagunda;12,2;11,9;11,4\nÅre;7,6;7,7;7,6\nStrömsund;12,6;12,7;12,9\nÖstersund;9,5;9,2;9,0\n"
    )
    engine = _engine_of(tmp_path, monkeypatch, {"sjukpenningtal.csv": csv})
    a = engine.ask("vilka kommuner har fått högre sjukpenningtal sedan okt 2023 och med hur mycket?", engine.new_conversation())
    said = a.answer.split("*Källa")[0]
    assert a.answered and all(x in said for x in ("Berg", "0,9", "Strömsund", "0,3")), a.answer
    assert not any(x in said for x in ("Ragunda", "Östersund", "Åre")), a.answer
    b = engine.ask("vilka kommuner har fått lägre sjukpenningtal sedan okt 2023?", engine.new_conversation())
    said = b.answer.split("*Källa")[0]
    assert b.answered and "Ragunda" in said and "Östersund" in said and "Berg" not in said, b.answer
    c = engine.ask("hur har sjukpenningtalet i Berg förändrats sedan okt 2023?", engine.new_conversation())
    assert c.answered and 0.9 in [f.value for f in c.figures], c.answer


def test_a_compound_names_no_abbreviation_after_a_slash_unless_it_is_a_rates_base(tmp_path, monkeypatch):
    # fit bank SR-176: "högst andel dagligrökare" had read "Kost - Frukt och grönsaker högst 1,3
    # gånger/dag" – "dagligrökare" begins with "dag", the abbreviation after its slash – and
    # answered that survey question's share confidently
    rows = ["Kommunjämförelse, andel (%)", "År;Kommun;Fråga;Andel"]
    for kommun, fruit, smoke in (("Mora", 36, 9), ("Falun", 30, 11), ("Borlänge", 33, 14)):
        rows += [f"2021;{kommun};Kost - Frukt och grönsaker högst 1,3 gånger/dag;{fruit}", f"2021;{kommun};Tobak - Röker dagligen;{smoke}"]
    engine = _engine_of(tmp_path, monkeypatch, {"hlv.csv": "\n".join(rows) + "\n"})
    a = engine.ask("vilken kommun hade högst andel dagligrökare 2021?", engine.new_conversation())
    assert "Frukt" not in a.reading and not (a.answered and 36 in [f.value for f in a.figures]), (a.reading, a.answer)

"""Round 177 (statistics, Västernorrland) as its files were written: a year's totals beside
each other ("Totalt 2023", "Totalt 2024") under a caption that names what is counted. Fake
embedder, seconds."""
from __future__ import annotations

from assistant.stats import compute, read_form
from tests.test_engine_places import _engine_of


def test_totals_of_two_years_read_a_change_and_utryckningar_are_insatser(tmp_path, monkeypatch):
    # F177-08: "fler utryckningar … 2024 jmf med 2023" had read a library table: "utryckningar"
    # met no word of "Räddningstjänstens insatser", and "Totalt 2023" / "Totalt 2024" missed the years
    engine = _engine_of(tmp_path, monkeypatch, {"insatser.csv":
        "Räddningstjänstens insatser per brandstation 2024\n"
        "Brandstation;Brand i byggnad;Trafikolycka;Totalt 2024;Totalt 2023\n"
        "Timrå;40;82;320;301\nSöråker;9;21;65;70\nÅnge;11;37;121;118\nFränsta;6;23;67;61\n",
        "folkbibliotek.csv": "Folkbibliotek per kommun 2023–2024\nRegion;År;Besök;Utlån\n"
        "Timrå;2023;61200;88100\nTimrå;2024;60100;86400\nÅnge;2023;30100;51000\nÅnge;2024;29800;50200\n"})
    r = engine.resolver.read(read_form("har Timrå fått fler utryckningar? hur många procent ökade det 2024 jmf med 2023"))[0]
    assert r.profile.table.caption.startswith("Räddningstjänstens"), r.profile.table.caption
    res = compute(r.profile, r.query)
    shown = " ".join(f.display for f in res.figures)
    assert "320" in shown and "301" in shown, (r.query, shown)


def test_a_column_with_no_year_is_of_the_captions_year_beside_totals_of_two_years(tmp_path, monkeypatch):
    # F177-01: "trafikolyckor … 2024" had read "Totalt 2024" – "Trafikolycka" names no year, and
    # the headers' years ("Totalt 2024", "Totalt 2023") had made the caption's year no hit
    engine = _engine_of(tmp_path, monkeypatch, {"insatser.csv":
        "Räddningstjänstens insatser per brandstation och händelsetyp 2024\n"
        "Brandstation;Brand i byggnad;Trafikolycka;Totalt 2024;Totalt 2023\n"
        "Timrå;40;82;320;301\nSöråker;9;21;65;70\nÅnge;11;37;121;118\nFränsta;6;23;67;61\n"})
    r = engine.resolver.read(read_form("hur många trafikolyckor var det vid stationen i Ånge 2024?"))[0]
    assert r.query.column == "Trafikolycka", r.query

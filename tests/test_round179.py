"""Round 179 (statistics, Värmland) and the fit bank's questions it led back to: English
questions read through the lexicon's English groups, a header's compound without its linking s,
an English noun phrase's last noun as the rows asked, and a total slice that leaves nothing to
rank. Fake embedder, seconds."""
from __future__ import annotations

from assistant.stats import compute, read_form
from assistant.stats.form import particle_nouns, synonym_groups, translations
from tests.test_engine_places import _engine_of

TEAMS = (
    "Sammansättning yrkesroller i fritidshemmet\n"
    "Team;Lärare i fritidshem, antal;Pedagog i fritidshem, antal;Fritidassistent, antal\n"
    "Team Norra;3;2;2\nTeam Nordväst;7;2;9\nTeam Nordost;5;6;0\nTeam Sydväst;10;3;10\nTotalt;25;13;21\n"
)


def test_a_header_written_without_its_linking_s_is_the_word_asked(tmp_path, monkeypatch):
    # bank SP-225: "fritidsassistenter" of a header "Fritidassistent" (the source's slip) had
    # matched no column, and the question went to the documents unanswered
    engine = _engine_of(tmp_path, monkeypatch, {"teams.csv": TEAMS})
    r = engine.resolver.read(read_form("hur många fritidsassistenter finns det totalt?"))[0]
    assert r.query.column == "Fritidassistent, antal", r.query
    # (the header explains the word: with none of it explained, the engine hands the question on)
    assert r.features.get("col", 0.0) > 0 and r.features.get("none", 0.0) == 0, r.features
    res = compute(r.profile, r.query)
    assert any(f.value == 21 for f in res.figures), [f.display for f in res.figures]


def test_english_words_read_swedish_headers_through_the_lexicons_english_groups(tmp_path, monkeypatch):
    # bank SP-380: "after-school teachers" had met no word of "Lärare i fritidshem"
    engine = _engine_of(tmp_path, monkeypatch, {"teams.csv": TEAMS, "skolor.csv":
        "Elever per skola 2025\nSkola;Elever;Klasser\nNorra skolan;210;9\nSödra skolan;180;8\n"})
    r = engine.resolver.read(read_form("How many after-school teachers work in Team Nordväst?"))[0]
    assert r.query.column == "Lärare i fritidshem, antal", r.query
    assert compute(r.profile, r.query).figures[0].value == 7


def test_the_english_groups_make_no_swedish_words_synonyms_of_each_other():
    # "behövs" and "behov", "bostäder" and "lägenheter" are kin only through English: a Swedish
    # question reads as it did without the English groups
    groups = synonym_groups()
    assert not any("behov" in g and "behövs" in g for g in groups)
    assert any(g[0] == "behov" and "needed" in g for g in groups)
    assert translations()["teachers"] == "lärare"


def test_a_question_determiners_noun_is_no_particle_verb():
    # bank SR-227: "vilka inkomsttitlar drog in …" had made "in" + "inkomsttitel" a noun of its own
    assert not any(w.startswith("inin") for w in read_form("vilka inkomsttitlar drog in mer än 200 miljarder 2024?").content)
    assert particle_nouns(("hur", "mycket", "betalade", "kommunen", "ut")) == ("utbetal",)


def test_an_english_noun_phrase_asks_for_its_last_noun():
    # F179-17: "Which train station …" had asked for "train"
    assert read_form("Which train station in Värmland had the biggest increase in boardings?").subject == "station"
    assert read_form("Which AUB provider lost the most participants?").subject == "provider"
    assert read_form("Which municipality had the lowest value in 2007?").subject == "municipality"


def test_a_total_slice_that_leaves_nothing_to_rank_is_no_default(tmp_path, monkeypatch):
    # F179-17: "Trafikslag = Samtliga", which only the county's sum row carries, had been taken as
    # the default of a ranking of stations – and the answer ranked the sum row alone ("**** har högst")
    engine = _engine_of(tmp_path, monkeypatch, {"stationer.csv":
        "Påstigande per station\nStation;Trafikslag;Påstigande 2023;Påstigande 2024;Förändring (%)\n"
        "Karlstad C;Regionaltåg;3420;3610;5,6\nKarlstad C;Fjärrtåg;1510;1495;-1,0\n"
        "Rottneros;Regionaltåg;25;31;24,0\nEdane;Regionaltåg;49;58;18,4\nArvika;Regionaltåg;760;771;1,4\n"
        "Summa Värmlands län;Samtliga;5764;5965;3,5\n"})
    form = read_form("vilken station ökade mest i procent?")
    readings = [r for r in engine.resolver.read(form)[:3] if r.query is not None and r.profile.table.caption == "Påstigande per station"]
    assert readings  # (the ranking is read of the stations' table at all)
    for r in readings:
        assert dict(r.query.filters).get("Trafikslag") != ("Samtliga",), r.query
        res = compute(r.profile, r.query)
        assert "Summa" not in " ".join(f.label for f in res.figures), [f.display for f in res.figures]

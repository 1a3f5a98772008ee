"""Round 196 (statistics, Kronoberg): a reporting tool's CSV whose text boxes are columns, and
quotes of another numbered thing or of the county for the nation."""
from __future__ import annotations

from tests.kb import engine_over

_HOMES = [("Alvesta", "Allbogården, Alvesta", 48, 6, 38), ("Alvesta", "Tallgården, Moheda", 24, 6, 38),
          ("Ljungby", "Lagmansgården, Ljungby", 36, 9, 41), ("Ljungby", "Sunnanå, Ljungby", 24, 9, 41),
          ("Ljungby", "Ljunggården, Lidhult", 16, 9, 41), ("Växjö", "Räppe, Växjö", 40, 21, 55),
          ("Växjö", "Teleborg, Växjö", 60, 21, 55), ("Lessebo", "Solgården, Lessebo", 30, 3, 29)]


def _ssrs() -> str:
    head = "Textbox1,Textbox4,Kommun,Textbox12,Textbox13,Enhet,Platser,Textbox26,Textbox41\n"
    rows = "".join(
        f'"Vård- och omsorgsboenden (SÄBO) i länet","Mätdag: 2025-09-30   Urval: Samtliga kommuner   Källa: verksamhetssystem",'
        f'{k},Väntande på plats: {q},Median väntetid (dagar): {m},"{e}",{p},Summa {k},'
        '"Avser permanenta platser i särskilt boende för äldre (SoL). Korttidsplatser, växelvård och LSS-bostäder ingår inte."\n'
        for k, e, p, q, m in _HOMES
    )
    return head + rows


def test_a_municipality_is_no_code_of_its_own_attribute_and_a_repeated_footnote_no_slice(tmp_path, monkeypatch):
    # F196-01: "Kommun" had been taken for the code of "Median väntetid (dagar): 38" (one value
    # each, by chance) and dropped – "i ljungby" named no row; F196-04: the footnote repeated on
    # every row ("… Korttidsplatser … ingår inte.") had been a filter, "1 rad" of short-stay places
    from tests.test_engine_places import _engine_of

    engine = _engine_of(tmp_path, monkeypatch, {"Platser och beläggning SÄBO.csv": _ssrs()})
    a = engine.ask("hur många säboplatser finns det i ljungby?", engine.new_conversation())
    assert a.answered and 36 + 24 + 16 in [f.value for f in a.figures], a.answer
    b = engine.ask("hur många korttidsplatser har alvesta?", engine.new_conversation())
    assert not b.answered and not b.figures, b.answer


def test_a_thing_of_another_number_and_the_county_for_the_nation_are_no_answers():
    # F196-08: "responstid prio 2 lessebo?" had been answered by the row of "Prio 1"; F196-20:
    # "försörjningskvoten för riket" by "Försörjningskvot länet: 0,78"
    from assistant.documents.answerer import _NATION_ASKED, _numbered_things, _numbers_of

    assert _numbered_things("responstid prio 2 lessebo?") == [("prio", "2")]
    assert _numbers_of("prio 1 - responstider prio 1", "prio") == {"1"}
    assert _numbered_things("vad hände den 2 maj?") == [] and _numbered_things("minst 5 bilar, kl 14") == []
    assert _NATION_ASKED.search("vad är försörjningskvoten för riket 2024?") and not _NATION_ASKED.search("försörjningskvot länet: 0,78")


def test_the_documents_route_says_which_number_it_found(tmp_path):
    engine = engine_over(tmp_path, {
        "ambulans.md": "# Ambulansuppdrag 2025\n\n## Prio 1 – responstider\n\n"
        "Medianresponstiden för prio 1 i Lessebo var 19 minuter och 40 sekunder under januari–oktober 2025.\n\n"
        "## Prio 2 – antal uppdrag\n\nLessebo hade 655 uppdrag med prio 2 under januari–oktober 2025.\n\n"
        "## Befolkning\n\nFörsörjningskvoten i länet var 0,78 år 2024.\n",
    })
    a = engine.ask("vad var medianresponstiden för prio 2 i lessebo?", engine.new_conversation())
    assert not a.answered or "prio 2" in a.answer.split("[1]")[0].lower() and "19 minuter" not in a.answer.split("[1]")[0], a.answer
    b = engine.ask("vad är försörjningskvoten för riket 2024?", engine.new_conversation())
    assert not b.answered, b.answer


def test_names_are_no_codes_of_another_column():
    import pandas as pd

    from assistant.stats.profile import _code_twin

    frame = pd.DataFrame({
        "Kommun": ["Alvesta", "Ljungby", "Växjö", "Lessebo"],
        "Textbox13": ["Median väntetid (dagar): 38", "Median väntetid (dagar): 41", "Median väntetid (dagar): 55", "Median väntetid (dagar): 29"],
        "SNI": ["A", "B", "C", "D"],
        "Näringsgren": ["Jordbruk, skogsbruk och fiske", "Utvinning av mineral", "Tillverkning", "Försörjning av el"],
    })
    assert _code_twin(frame, "Kommun", ["Textbox13"]) is None
    assert _code_twin(frame, "SNI", ["Näringsgren"]) == "Näringsgren"


def test_an_option_not_chosen_says_nothing_of_what_it_names(tmp_path):
    # F196-20: "vad är försörjningskvoten för riket 2024?" had been answered by a printed web
    # page's filter line "År: 2024 ▼ Mått: Antal personer ▼ ☐ Visa riket" – the nation named only
    # as an option left unticked
    from assistant.documents.answerer import unchosen_dropped

    assert "riket" not in unchosen_dropped("År: 2024 ▼ Mått: Antal personer ▼ ☐ Visa riket")
    assert unchosen_dropped("☒ Visa riket") == "☒ Visa riket"
    engine = engine_over(tmp_path, {
        "aldersstruktur.md": "# Åldersstruktur i Kronoberg\n\nÅr: 2024 ▼ Mått: Antal personer ▼ ☐ Visa riket\n\n"
        "Den demografiska försörjningskvoten visar hur många personer i åldrarna 0–19 år och 65 år och äldre "
        "som varje person i åldrarna 20–64 år behöver försörja.\n",
    })
    a = engine.ask("vad är försörjningskvoten för riket 2024?", engine.new_conversation())
    assert not a.answered, a.answer

"""Round 178 (documents, Blekinge) and round 176 alike: who holds a role now, when the one named
for it is away and another holds it for the time being. Fake embedder, seconds each."""
from __future__ import annotations

from assistant.documents.features import Question, Vocabulary
from assistant.documents.phrases import key_phrase
from tests.test_engine_places import _engine_of


def test_the_name_of_who_is_away_is_not_the_key_name():
    # F176-04: "Projektledaren Lina Fransson är föräldraledig … Mikael Sundberg … är tillförordnad
    # projektledare" had answered "Lina Fransson"
    q = Question.of("vem är projektledare just nu?", Vocabulary(["x"]))
    text = ("Projektledaren Lina Fransson är föräldraledig från den 1 oktober 2026. Mikael Sundberg, Regional "
            "utveckling, är tillförordnad projektledare till och med den 31 mars 2027.")
    assert key_phrase(text, q) == "Mikael Sundberg", key_phrase(text, q)


def test_who_holds_a_role_now_is_the_acting_holder_not_the_one_a_table_of_roles_names(tmp_path, monkeypatch):
    # F178-02: the plan's table of roles ("Roll: Projektledare | Namn: Maria Holmgren") had answered
    # "vem är projektledare just nu?" – the later report says she is on leave and who stands in
    engine = _engine_of(tmp_path, monkeypatch, {
        "genomforandeplan.md": "# Genomförandeplan Skeppslaget\n\n## Organisation\n\n"
        "Region Blekinge är projektägare. Projektledare är Maria Holmgren, Region Blekinge.\n\n"
        "| Roll | Namn | Organisation |\n|---|---|---|\n| Projektledare | Maria Holmgren | Region Blekinge |\n"
        "| Styrgruppens ordförande | Lena Åkesson | Region Blekinge |\n",
        "lagesrapport.md": "# Lägesrapport 2 Skeppslaget\n\n## Organisation och styrning\n\n"
        "Projektledaren Maria Holmgren är föräldraledig sedan 1 maj 2026. Peter Sjöberg är tillförordnad projektledare "
        "från 1 maj till och med 31 december 2026.\n\n## Svetsspåret\n\nKursen i Olofström startade i september.\n",
    })
    engine.documents.gate = None
    a = engine.ask("vem är projektledare just nu?", engine.new_conversation())
    assert a.answered and a.answer.startswith("**Peter Sjöberg**"), a.answer
    # … and without "nu", the plan's holder is still who the plan names
    b = engine.ask("vem är styrgruppens ordförande?", engine.new_conversation())
    assert "Lena Åkesson" in b.answer, b.answer


def test_the_next_meeting_is_not_the_day_a_record_of_one_gives(tmp_path, monkeypatch):
    # F178-12: "when is the next steering group meeting?" had answered the notes' own field
    # "Datum: den 19 mars 2026" – the meeting they record
    engine = _engine_of(tmp_path, monkeypatch, {
        "styrgrupp_anteckningar.md": "# Styrgrupp Skeppslaget\n\nDatum: den 19 mars 2026 09:00–11:30\n\n"
        "Plats: Regionhuset, Karlskrona\n\n## Beslut\n\nMålet för Leverantörslyftet ändras från 40 till 30 företag.\n",
        "lagesrapport.md": "# Lägesrapport 2\n\n## Organisation och styrning\n\nStyrgruppen har haft tre möten under perioden. "
        "Nästa styrgruppsmöte är torsdag 3 december 2026 kl. 9.00–12.00 i Karlshamn.\n",
    })
    engine.documents.gate = None
    a = engine.ask("när är nästa styrgruppsmöte?", engine.new_conversation())
    assert a.answered and "3 december 2026" in a.answer and "19 mars" not in a.answer, a.answer
    b = engine.ask("When is the next steering group meeting?", engine.new_conversation())
    assert "19 mars" not in b.answer, b.answer

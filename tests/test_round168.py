"""Documents that update each other, as round 168 wrote them (fake embedder, seconds each)."""
from __future__ import annotations

from tests.test_engine_places import _engine_of

_LOG = """# Gröna jobb Gävleborg – beslutslogg

**Senast uppdaterad:** 2026-11-20
**Loggen förs av:** Emma Nordin, projektkoordinator

Projektet startade 2026-02-23 med ett första möte i styrgruppen.

## Kontaktuppgifter (aktuella)

| Roll | Namn | Gäller från |
|---|---|---|
| Projektledare | ~~Maria Lindqvist~~ ~~Johan Sved (tf.)~~ Sara Höglund | 2026-10-01 |
| Kontaktperson Söderhamns kommun | ~~Anders Wikström~~ Karin Olofsson | 2026-09-01 |
| Kontaktperson Hofors kommun | Tomas Ekholm | 2026-03-01 |
"""

_ANNEX = """# Bilaga 2 – Kommunernas åtaganden

Varje kommun utser en kontaktperson för projektet.

Kommun: Söderhamn | Åtagande: Lokal för arbetsmarknadsenheten, Köpmantorget 2 | Kontaktperson: Anders Wikström | Klart senast: 2026-04-01
Kommun: Hofors | Åtagande: Verkstadslokal för svetsutbildningen | Kontaktperson: Tomas Ekholm | Klart senast: 2026-05-01
"""


def test_a_texts_last_update_and_a_files_named_day_date_it(tmp_path):
    # round 168: the log's "**Senast uppdaterad:** 2026-11-20" had lost to the first day its lines
    # wrote (2026-02-23), and the annex named "…_2026-03-02" had no date at all
    from ingest.pipeline import load_file

    (tmp_path / "logg.md").write_text(_LOG, encoding="utf-8")
    (tmp_path / "Bilaga2_ataganden_2026-03-02.md").write_text(_ANNEX, encoding="utf-8")
    assert load_file(tmp_path / "logg.md", tmp_path).document.date == "2026-11-20"
    assert load_file(tmp_path / "Bilaga2_ataganden_2026-03-02.md", tmp_path).document.date == "2026-03-02"
    text = " ".join(c.text for c in load_file(tmp_path / "logg.md", tmp_path).chunks)
    assert "(struket: Anders Wikström) Karin Olofsson" in text, text


def test_the_current_holder_of_a_role_is_the_newest_documents_and_never_a_struck_name(tmp_path, monkeypatch):
    # round 168: "vem är kontaktperson för söderhamns kommun nu?" had been answered with the annex's
    # Anders Wikström, confidently (F168-16) – the log's table of roles and names, with his name
    # struck through, was no field of "Kontaktperson"; "vem är projektledare nu?" had given the
    # first, struck name
    engine = _engine_of(tmp_path, monkeypatch, {"logg.md": _LOG, "Bilaga2_ataganden_2026-03-02.md": _ANNEX})
    a = engine.ask("vem är kontaktperson för söderhamns kommun nu?", engine.new_conversation())
    lead = a.answer.split("\n\n")[0]
    assert a.answered and "**Karin Olofsson**" in lead and "2026-11-20" in lead and "Wikström" not in lead, a.answer
    assert a.answer.index("Karin Olofsson") < a.answer.index("Anders Wikström"), a.answer
    b = engine.ask("vem är projektledare nu?", engine.new_conversation())
    assert "**Sara Höglund**" in b.answer and "**Maria Lindqvist**" not in b.answer and "**Johan Sved" not in b.answer, b.answer

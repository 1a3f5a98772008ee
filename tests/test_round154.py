"""The engine on small documents of the shapes round 154 found (fake embedder, seconds each)."""
from __future__ import annotations

from tests.test_engine_places import _engine_of

_GUIDE = """KUNDTJÄNST – SAMTALSGUIDE

SÅ HÄR ANVÄNDER DU GUIDEN
  Börja alltid i ruta [1] och följ pilarna till nästa ruta.

BEGREPP
  Villkorat anställningserbjudande
      Ett skriftligt erbjudande om anställning där arbetsgivaren anger att
      anställningen börjar först när personen har tagit B-körkort. Ett
      muntligt löfte räcker inte.
  Norra Uppland
      Tierps, Älvkarleby och Östhammars kommuner.
  Kartläggningsmöte
      Ett första möte med en handläggare där kundens erfarenhet gås igenom.

ÄRENDEKATEGORIER
  KÖRK-AG Arbetsgivare som vill lämna villkorade anställningserbjudanden
"""


def test_an_indented_definition_list_is_read_as_glossary_lines_under_its_heading(tmp_path, monkeypatch):
    # round 154: the terms had been run into one paragraph with "BEGREPP", and "vad betyder villkorat
    # anställningserbjudande?" quoted a category line that only names the term (F154-09)
    from ingest.plaintext import plain_blocks

    blocks, _, _ = plain_blocks(_GUIDE, "guide.txt")
    texts = [b.text for b in blocks]
    assert "Norra Uppland – Tierps, Älvkarleby och Östhammars kommuner." in texts, texts
    assert any(b.kind == "heading" and b.text == "BEGREPP" for b in blocks), texts
    engine = _engine_of(tmp_path, monkeypatch, {"guide.txt": _GUIDE})
    a = engine.ask("vad betyder villkorat anställningserbjudande?", engine.new_conversation())
    assert a.answered and "Ett skriftligt erbjudande om anställning" in a.answer, a.answer


def test_numbered_sections_indented_under_their_headings_stay_headings():
    from ingest.plaintext import plain_blocks

    text = "PROTOKOLL\n\n§ 1 Öppnande\n    Ordföranden öppnar mötet.\n\n§ 2 Bakgrund\n    Avdelningen har fyra enheter.\n"
    blocks, _, _ = plain_blocks(text, "p.txt")
    assert not any(" – " in b.text for b in blocks), [b.text for b in blocks]

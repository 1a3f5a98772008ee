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


_NOTES = """# Styrgrupp för kompetensplattformen – mötesanteckningar 24 november 2026

> **Granskad version.** Texten nedan är en AI-genererad sammanfattning som har granskats och
> rättats av sekreteraren Karin Åberg 2026-11-25.

**Möte:** Styrgrupp för kompetensplattformen
**Datum och tid:** 2026-11-24, 13:00–15:00
**Ordförande:** Anna Wikström, Region Uppsala

## Sammanfattning (AI-genererad)

Styrgruppen gick igenom handlingsplanen för 2027 och projektdirektivet för Kompetensdagen 2027.
Mötet fattade fem beslut och tog fram sex uppföljningsuppgifter.

## Diskussionspunkter

Erik Nordin presenterade version 3 av handlingsplanen med 16 aktiviteter.

## Beslut

1. Styrgruppen fastställde handlingsplan 2027, version 3.
2. Styrgruppen fastställde projektdirektivet för Kompetensdagen 2027.
3. Styrgruppen ställde sig bakom förslaget till reviderade riktlinjer för regionala
   projektmedel och överlämnar det till regionala utvecklingsnämnden.
4. Lena Sjöberg fick i uppdrag att ta fram ett förslag till förstudie om en
   gemensam bemanningspool i norra Uppland.
5. ~~Nästa möte hålls 9 februari 2027.~~
   **[Rättat: Nästa möte hålls 2 februari 2027 kl. 09.00–11.00 i Regionens hus.]**

## Uppföljningsuppgifter

- Elin Forsberg sammanställer utvärderingen till nästa möte.
"""


def test_the_points_under_a_heading_of_decisions_are_what_a_meeting_decided(tmp_path, monkeypatch):
    # round 154: "sammanfatta vad styrgruppen beslutade på mötet" had summarised the AI-written
    # summary – the numbered points under "Beslut" name no verb of deciding (F154-16)
    other = ("Jämförelse riktlinjer projektmedel\n\nDe nuvarande riktlinjerna beslutades av regionala utvecklingsnämnden "
             "2023-06-13. Nämnden beslutade då att förskott får lämnas med högst 30 procent.\n")
    engine = _engine_of(tmp_path, monkeypatch, {"styrgrupp_anteckningar.md": _NOTES, "riktlinjer.txt": other})
    a = engine.ask("Kan du sammanfatta vad styrgruppen beslutade på mötet 24 november?", engine.new_conversation())
    assert a.answered and "fastställde handlingsplan 2027, version 3" in a.answer and "bemanningspool" in a.answer, a.answer
    assert "gick igenom handlingsplanen" not in a.answer, a.answer


def test_hidden_text_of_a_word_template_is_not_read(tmp_path):
    # round 154: a project directive's hidden template instructions ("Exempel: Konferensen genomförs
    # den 14 april 2027 på Fyrishov") had been read beside its real date and place (F154-05)
    from docx import Document as Docx

    from ingest.word import docx_blocks

    d = Docx()
    d.add_heading("Tid och plats", level=2)
    hint = d.add_paragraph()
    hint.add_run("Instruktion: Ange datum och plats. Exempel: Konferensen genomförs den 14 april 2027 på Fyrishov.").font.hidden = True
    d.add_paragraph("Kompetensdagen 2027 genomförs onsdagen den 22 september 2027 på Uppsala Konsert & Kongress.")
    path = tmp_path / "direktiv.docx"
    d.save(path)
    blocks, _, _, _ = docx_blocks(path, rel="direktiv.docx")
    text = " ".join(b.text for b in blocks)
    assert "22 september 2027" in text and "Fyrishov" not in text, text

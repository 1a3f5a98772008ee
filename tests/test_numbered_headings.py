"""Minutes and notes (round 51): a decision under its paragraph, a paragraph asked for by its
number, and summaries of documents whose items are no top-level headings. Fake embedder, seconds."""
from __future__ import annotations

from ingest.chunk import chunk_blocks
from ingest.clean import Block
from tests.test_engine_places import _engine_of

MINUTES = """# Protokoll regionala utvecklingsnämnden 2025-10-23

## § 58 Val av justerare

Ordföranden föreslår att Lena Sjöberg utses att justera dagens protokoll.

## Beslut

Nämnden beslutar att utse Lena Sjöberg att justera protokollet.

## § 61 Regional medfinansiering av projektet Vätgasdalen

Projektet Vätgasdalen har ansökt om regional medfinansiering för perioden 2026–2027.

## Beslut

Nämnden beviljar projektet Vätgasdalen regional medfinansiering med högst 1 850 000 kronor.

## § 62 Yttrande över Trafikverkets nationella plan

Förvaltningen har tagit fram ett förslag till yttrande om dubbelspår på Värmlandsbanan.

## Beslut

Nämnden antar förvaltningens förslag till yttrande som sitt eget.
"""

NOTES = """Arbetsgrupp RUS – anteckningar
==============================

3/2 kl 13-14.30, rum Fryken
 - patentansökningar funkar dåligt som indikator, BESLUT: ersätts av nystartade företag per 1000 invånare
 - workshop med Norrbotten flyttas från 12/3 till 26/3 i Luleå
 - omfördelning av 400 tkr från bredband till kompetensplattformen tas upp 17/2
"""


def test_a_heading_recurring_under_sibling_headings_is_their_sub_heading():
    blocks = [Block("heading", "Protokoll", 1, 1), Block("heading", "§ 58 Val av justerare", 1, 2), Block("paragraph", "Förslag.", 1),
              Block("heading", "Beslut", 1, 2), Block("paragraph", "Nämnden utser Lena.", 1),
              Block("heading", "§ 61 Vätgasdalen", 1, 2), Block("paragraph", "Ansökan.", 1),
              Block("heading", "Beslut", 1, 2), Block("paragraph", "Nämnden beviljar.", 1)]
    sections = {c.text: c.section for c in chunk_blocks(blocks, "p.md", paged=False)}
    assert sections["Nämnden beviljar."] == "Protokoll > § 61 Vätgasdalen > Beslut"
    assert sections["Ansökan."] == "Protokoll > § 61 Vätgasdalen"


def test_a_paragraph_asked_by_its_number_is_quoted_and_a_missing_one_is_said(tmp_path, monkeypatch):
    engine = _engine_of(tmp_path, monkeypatch, {"protokoll.md": MINUTES, "anteckningar.txt": NOTES})
    engine.documents.gate = None
    a = engine.ask("Vad beslutades under § 61 i nämndens protokoll?", engine.new_conversation())
    assert a.answered and "1 850 000" in a.answer and "Lena" not in a.answer
    b = engine.ask("vad beslutade nämnden under § 67?", engine.new_conversation())
    assert not b.answered and "§ 67" in b.answer
    c = engine.ask("sammanfatta protokollet från utvecklingsnämnden", engine.new_conversation())
    assert c.answered and "§ 61" in c.answer and "§ 62" in c.answer
    d = engine.ask("sammanfatta anteckningarna från arbetsgruppen", engine.new_conversation())
    assert d.answered and "26/3" in d.answer


PLAN_MD = """# Projektplan: Kompetenslyft Bergslagen 2025-2027

Version 1.2, 2025-08-15. Diarienummer RUN 2025-0288.

## 3. Tidplan och milstolpar

Halvtidsutvärderingen ska vara klar 2026-09-30 och görs av Analysgruppen Norr AB.

## 9. Ordlista

Långtidsarbetslös – Person som har varit inskriven som arbetslös utan avbrott i mer än tolv månader.

Långtidsarbetslösheten är fortsatt hög i Bergslagen.
"""


def test_a_glossary_line_defines(tmp_path, monkeypatch):
    # round 53: "vad menas med långtidsarbetslös?" had quoted
    # "Långtidsarbetslösheten är fortsatt hög" instead of the glossary line (F53-07)
    engine = _engine_of(tmp_path, monkeypatch, {"projektplan.md": PLAN_MD})
    engine.documents.gate = None
    a = engine.ask("vad menas med långtidsarbetslös?", engine.new_conversation())
    assert a.answered and "utan avbrott i mer än tolv månader" in a.answer


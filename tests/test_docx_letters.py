"""A mail merge of letters in one DOCX: each letter a Word section with its own header, its
title in large bold type and its parts under short bold lines."""
from __future__ import annotations

from pathlib import Path

import docx
from docx.enum.section import WD_SECTION
from docx.shared import Pt

from ingest.word import docx_blocks


def _letters(path: Path) -> Path:
    d = docx.Document()
    letters = [("Oskarshamns kommun", "RUN 2026/1012", "beviljar Oskarshamns kommun 500 000 kronor", "Projektet uppfyller kriterierna."),
               ("Hultsfreds kommun", "RUN 2026/1040", "avslår ansökan från Hultsfreds kommun", "Ansökan saknar medfinansiering.")]
    for k, (who, dnr, decision, reason) in enumerate(letters):
        section = d.sections[0] if k == 0 else d.add_section(WD_SECTION.NEW_PAGE)
        if k:
            section.header.is_linked_to_previous = False
        section.header.paragraphs[0].text = f"Diarienummer: {dnr}"
        d.add_paragraph(f"{who}\nBox 1\n570 00 Orten")
        title = d.add_paragraph().add_run("Beslut om medel ur Kompetensfonden 2027")
        title.bold, title.font.size = True, Pt(14)
        for head, text in (("Beslut", f"Region Kalmar län {decision}."), ("Skäl för beslutet", reason)):
            d.add_paragraph().add_run(head).bold = True
            d.add_paragraph(text)
    d.save(str(path))
    return path


def test_each_merged_letter_is_known_by_its_addressee_and_its_parts_are_siblings(tmp_path):
    # round 148 (F148-08): four decision letters merged into one DOCX had no headings at all – the
    # reason for a refusal stood in no section of the refused municipality's letter – and every
    # letter's case number stood at the top of the first
    blocks = docx_blocks(_letters(tmp_path / "beslut.docx"))[0]
    heads = [(b.level, b.text) for b in blocks if b.kind == "heading"]
    assert heads == [
        (1, "Beslut om medel ur Kompetensfonden 2027 – Oskarshamns kommun"), (2, "Beslut"), (2, "Skäl för beslutet"),
        (1, "Beslut om medel ur Kompetensfonden 2027 – Hultsfreds kommun"), (2, "Beslut"), (2, "Skäl för beslutet"),
    ], heads
    texts = [b.text for b in blocks]
    # each letter's case number where its letter begins
    assert texts.index("Diarienummer: RUN 2026/1040") > texts.index("Projektet uppfyller kriterierna.")

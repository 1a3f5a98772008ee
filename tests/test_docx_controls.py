"""A draft with tracked changes and a filled-in template with content controls: the text as it
reads now, the values typed into the controls, never the deleted text or a placeholder."""
from __future__ import annotations

from pathlib import Path

import docx
from docx.oxml import parse_xml

from ingest.word import docx_blocks

_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _document(path: Path) -> Path:
    d = docx.Document()
    d.add_heading("Remissvar", level=1)
    body = d.element.body
    # a tracked change: the old deadline deleted, the new one inserted
    body.append(parse_xml(
        f'<w:p {_NS}><w:r><w:t xml:space="preserve">Svaret ska lämnas senast </w:t></w:r>'
        '<w:del w:id="1" w:author="A" w:date="2026-11-20T10:00:00Z"><w:r><w:delText>30 november</w:delText></w:r></w:del>'
        '<w:ins w:id="2" w:author="A" w:date="2026-11-20T10:00:00Z"><w:r><w:t>14 december</w:t></w:r></w:ins>'
        '<w:r><w:t xml:space="preserve"> 2026.</w:t></w:r></w:p>'))
    # an inline content control holding a value, one still showing its placeholder
    body.append(parse_xml(
        f'<w:p {_NS}><w:r><w:t xml:space="preserve">Beslutsfattare: </w:t></w:r>'
        '<w:sdt><w:sdtPr><w:alias w:val="Beslutsfattare"/></w:sdtPr><w:sdtContent><w:r><w:t>Karin Lövgren</w:t></w:r></w:sdtContent></w:sdt></w:p>'))
    body.append(parse_xml(
        f'<w:p {_NS}><w:r><w:t xml:space="preserve">Reservation: </w:t></w:r>'
        '<w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent><w:r><w:t>Klicka eller tryck här för att ange text.</w:t></w:r>'
        '</w:sdtContent></w:sdt></w:p>'))
    # a block-level content control around a list of conditions
    body.append(parse_xml(
        f'<w:sdt {_NS}><w:sdtPr><w:alias w:val="Villkor"/></w:sdtPr><w:sdtContent>'
        '<w:p><w:r><w:t>1. Slutrapport ska lämnas senast 2028-02-29.</w:t></w:r></w:p>'
        '<w:p><w:r><w:t>2. Första rekvisition får göras tidigast 2027-03-31.</w:t></w:r></w:p></w:sdtContent></w:sdt>'))
    d.save(str(path))
    return path


def test_tracked_changes_and_content_controls_read_as_the_document_reads_now(tmp_path):
    # round 150 (F150-05, F150-09, F150-15): a draft's inserted deadline, a template's decision
    # maker in a content control and its conditions in a block-level control were all lost
    text = "\n".join(b.text for b in docx_blocks(_document(tmp_path / "remissvar.docx"))[0])
    assert "Svaret ska lämnas senast 14 december 2026." in text
    assert "30 november" not in text
    assert "Beslutsfattare: Karin Lövgren" in text
    assert "Klicka eller tryck" not in text
    assert "Slutrapport ska lämnas senast 2028-02-29." in text and "tidigast 2027-03-31" in text

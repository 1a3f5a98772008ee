"""A DOCX whose facts stand outside its paragraphs' runs (round 144: F144-13, a definition only in
a Word footnote; F144-14, the report dates only in a floating text box that the body refers to).
python-docx reads neither with the paragraph they belong to."""
from __future__ import annotations

import zipfile

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

BOX = (
    '<w:p><w:r><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml" style="position:absolute;width:200pt;height:80pt">'
    '<v:textbox><w:txbxContent><w:p><w:r><w:t>Viktiga datum</w:t></w:r></w:p>'
    '<w:p><w:r><w:t>Lägesrapport: 2027-09-15</w:t></w:r></w:p>'
    '<w:p><w:r><w:t>Slutrapport: senast 2028-11-30</w:t></w:r></w:p>'
    '</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>'
)
NOTE_REF = '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="2"/></w:r>'
FOOTNOTES = (
    f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes xmlns:w="{W}">'
    '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
    '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
    '<w:footnote w:id="2"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> Med besöksnäringen avses i denna '
    'uppdragsbeskrivning företag inom hotell och logi, camping och restaurang.</w:t></w:r></w:p></w:footnote></w:footnotes>'
)


def _with_notes(path, replacements: list[tuple[str, str]], part: str, xml: str) -> None:
    """The saved DOCX at ``path`` with its body's text patched (``replacements``) and a notes part
    ("footnotes" or "endnotes") added with its relationship and content type – python-docx writes
    neither notes nor boxes."""
    with zipfile.ZipFile(path) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    body = parts["word/document.xml"].decode("utf-8")
    for old, new in replacements:
        body = body.replace(old, new, 1)
    parts["word/document.xml"] = body.encode("utf-8")
    parts[f"word/{part}.xml"] = xml.encode("utf-8")
    rels = parts["word/_rels/document.xml.rels"].decode("utf-8")
    parts["word/_rels/document.xml.rels"] = rels.replace(
        "</Relationships>",
        f'<Relationship Id="rId{part}1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/{part}" '
        f'Target="{part}.xml"/></Relationships>').encode("utf-8")
    types = parts["[Content_Types].xml"].decode("utf-8")
    parts["[Content_Types].xml"] = types.replace(
        "</Types>",
        f'<Override PartName="/word/{part}.xml" '
        f'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.{part}+xml"/></Types>').encode("utf-8")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts.items():
            z.writestr(name, data)


def _assignment(path):
    import docx

    d = docx.Document()
    d.add_heading("Uppdragsbeskrivning – samordnare för besöksnäringen", level=1)
    d.add_paragraph("Fastställd 2026-11-24.")
    d.add_heading("Bakgrund", level=2)
    d.add_paragraph("Besöksnäringen växer snabbt i länet och sysselsatte omkring 9 400 personer 2024.")
    d.add_heading("Rapportering", level=2)
    d.add_paragraph("Samordnaren rapporterar enligt tidsplanen i rutan Viktiga datum.")
    d.save(path)
    # the box anchored in an empty paragraph after the title's date line; the note after "2024"
    _with_notes(path, [
        ("Fastställd 2026-11-24.</w:t></w:r></w:p>", "Fastställd 2026-11-24.</w:t></w:r></w:p>" + BOX),
        ("personer 2024.</w:t></w:r>", "personer 2024.</w:t></w:r>" + NOTE_REF),
    ], "footnotes", FOOTNOTES)
    return path


def test_a_text_box_and_a_footnote_are_read_where_they_are_anchored(tmp_path):
    from ingest.pipeline import load_file

    r = load_file(_assignment(tmp_path / "uppdrag.docx"), tmp_path)
    by_section = {}
    for c in r.chunks:
        by_section.setdefault(c.section.split(" > ")[-1], []).extend(c.text.split("\n"))
    lines = [ln for v in by_section.values() for ln in v]
    assert "Slutrapport: senast 2028-11-30" in lines, lines
    assert lines.count("Viktiga datum") == 1
    # (the box's paragraphs are read once, as the box's – never run together into its anchor's text)
    assert not any("datumLägesrapport" in ln for ln in lines), lines
    bakgrund = " ".join(by_section["Bakgrund"])
    assert "Med besöksnäringen avses i denna uppdragsbeskrivning företag inom hotell och logi" in bakgrund, by_section
    assert "separator" not in " ".join(lines)


def test_the_definition_in_a_footnote_and_the_date_in_a_box_answer(tmp_path, monkeypatch):
    from tests.test_engine_places import _engine_writing

    engine = _engine_writing(tmp_path, monkeypatch, lambda kb: _assignment(kb / "uppdragsbeskrivning_besoksnaring.docx"))
    a = engine.ask("Vad menas med besöksnäringen i uppdragsbeskrivningen?", engine.new_conversation())
    assert a.answered and "hotell och logi" in a.answer, a.answer
    a = engine.ask("När ska samordnaren lämna slutrapporten?", engine.new_conversation())
    assert a.answered and "2028-11-30" in a.answer, a.answer


ENDNOTES = (
    f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:endnotes xmlns:w="{W}">'
    '<w:endnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:endnote>'
    '<w:endnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:endnote>'
    '<w:endnote w:id="1"><w:p><w:r><w:endnoteRef/></w:r><w:r><w:t xml:space="preserve"> Av beloppet får högst 80 000 kr '
    'användas till körkortsutbildning.</w:t></w:r></w:p></w:endnote></w:endnotes>'
)


def _minutes(path):
    """A protocol whose items are bold "§ N  Title" lines in the body style, one with a Word endnote."""
    import docx

    d = docx.Document()
    d.add_heading("Protokoll från styrgruppsmöte", level=1)
    for title, text in (
        ("§ 11  Lägesrapport", "Styrgruppen noterar informationen."),
        ("§ 12  Budget för kompetenshöjande insatser 2027", "Styrgruppen beslutar att avsätta 380 000 kr för kompetenshöjande insatser."),
        ("§ 13  Matchningsdag", "Matchningsdagen flyttas till den 23 mars."),
    ):
        d.add_paragraph().add_run(title).bold = True
        d.add_paragraph(text)
    d.save(path)
    ref = '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:endnoteReference w:id="1"/></w:r>'
    _with_notes(path, [("kompetenshöjande insatser.</w:t></w:r>", "kompetenshöjande insatser.</w:t></w:r>" + ref)], "endnotes", ENDNOTES)
    return path


def test_a_protocols_paragraph_titles_are_headings_and_an_endnote_is_read_with_its_item(tmp_path):
    # round 156: "§ 12  Budget för kompetenshöjande insatser 2027" (seven words) had run into § 11,
    # and the endnote saying what the money may pay for was not read at all (F156-09)
    from ingest.pipeline import load_file

    r = load_file(_minutes(tmp_path / "protokoll.docx"), tmp_path)
    by_section = {}
    for c in r.chunks:
        by_section.setdefault(c.section.split(" > ")[-1], []).append(c.text)
    item = " ".join(by_section["§ 12  Budget för kompetenshöjande insatser 2027"])
    assert "380 000 kr" in item and "högst 80 000 kr användas till körkortsutbildning" in item, by_section
    assert "380 000" not in " ".join(by_section["§ 11  Lägesrapport"])

"""DOCX parts python-docx does not read: an HTML part the body points to (``w:altChunk``, a case
system's decision pasted into Word) and a chart Word drew, whose figures live in the chart part.
Round 182 (documents, Jönköping)."""
from __future__ import annotations

import zipfile

from ingest.word import docx_blocks

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Default Extension="htm" ContentType="text/html"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>
</Types>"""

_ROOT_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
</Relationships>"""

_DOC_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rIdHtml1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk" Target="afchunk1.htm"/>
<Relationship Id="rIdChart1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart" Target="charts/chart1.xml"/>
</Relationships>"""

_DOCUMENT = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="{_W}" xmlns:r="{_R}"
 xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
 xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"
 xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"><w:body>
<w:p><w:r><w:t>Regionala utvecklingsnämnden – protokollsutdrag</w:t></w:r></w:p>
<w:altChunk r:id="rIdHtml1"/>
<w:p><w:r><w:drawing><wp:inline><wp:docPr id="1" name="Diagram 1" descr="Stapeldiagram: CNC 15, Lager 20 (oktober)"/>
<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart r:id="rIdChart1"/></a:graphicData></a:graphic>
</wp:inline></w:drawing></w:r></w:p>
<w:p><w:r><w:t>Figur 1. Deltagare per spår t.o.m. 31 december 2026.</w:t></w:r></w:p>
<w:p><w:r><w:t>Nästa styrgruppsmöte: 10 februari 2027.</w:t></w:r></w:p>
</w:body></w:document>"""

_HTML = """<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><title>Paragraf 34</title>
<style>td{border:1px solid}</style></head><body>
<p><b>Beslut</b></p><p>Regionala utvecklingsnämnden beslutar</p>
<ol><li>att bevilja 4 200 000 kronor till projektet Industrispåret,</li><li>att CNC-spåret förläggs till Gislaved och inte till Värnamo.</li></ol>
<p><b>Finansiering</b></p>
<table><tr><th>Finansiär</th><th>Belopp, kronor</th></tr>
<tr><td>Region Jönköpings län</td><td>4 200 000</td></tr>
<tr><td>Kommunerna, medfinansiering</td><td>1 300 000</td></tr>
<tr><td>Total budget</td><td>5 500 000</td></tr></table>
</body></html>"""


def _series(name: str, col: str, values: tuple[int, ...]) -> str:
    cats = "".join(f'<c:pt idx="{i}"><c:v>{c}</c:v></c:pt>' for i, c in enumerate(("CNC-operatör, Gislaved", "Lager och logistik, Nässjö")))
    vals = "".join(f'<c:pt idx="{i}"><c:v>{v}</c:v></c:pt>' for i, v in enumerate(values))
    return (f'<c:ser><c:tx><c:strRef><c:f>Blad1!${col}$1</c:f><c:strCache><c:pt idx="0"><c:v>{name}</c:v></c:pt></c:strCache></c:strRef></c:tx>'
            f'<c:cat><c:strRef><c:strCache>{cats}</c:strCache></c:strRef></c:cat><c:val><c:numRef><c:numCache>{vals}</c:numCache></c:numRef></c:val></c:ser>')


_CHART = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" '
          'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><c:chart><c:title><c:tx><c:rich><a:p><a:r><a:t>Deltagare per spår</a:t>'
          '</a:r></a:p></c:rich></c:tx></c:title><c:plotArea><c:barChart>'
          + _series("Påbörjat", "B", (16, 23)) + _series("Avbrutit", "C", (2, 3)) + "</c:barChart></c:plotArea></c:chart></c:chartSpace>")


def _docx(path):
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("[Content_Types].xml", _TYPES)
        z.writestr("_rels/.rels", _ROOT_RELS)
        z.writestr("word/_rels/document.xml.rels", _DOC_RELS)
        z.writestr("word/document.xml", _DOCUMENT)
        z.writestr("word/afchunk1.htm", _HTML)
        z.writestr("word/charts/chart1.xml", _CHART)


def test_an_html_part_the_body_points_to_is_read_where_it_stands(tmp_path):
    # F182-05/-06: the decision (the place chosen, the co-financing) stood only in the HTML part
    _docx(tmp_path / "utdrag.docx")
    blocks, _title, _cut, tables = docx_blocks(tmp_path / "utdrag.docx", rel="utdrag.docx")
    texts = [b.text for b in blocks]
    assert texts[0] == "Regionala utvecklingsnämnden – protokollsutdrag"
    assert ("heading", "Beslut") in [(b.kind, b.text) for b in blocks], texts
    assert any(b.kind == "bullet" and "förläggs till Gislaved" in b.text for b in blocks), texts
    finance = next(t for t in tables if "Belopp, kronor" in t.frame.columns)
    assert finance.frame["Belopp, kronor"].tolist()[:2] == [4_200_000, 1_300_000], finance.frame
    # (the HTML's head – its title and style – is no text of the document)
    assert not any("Paragraf 34" in x or "border" in x for x in texts), texts


def test_a_chart_word_drew_is_read_as_a_table_captioned_by_its_figure_line(tmp_path):
    # F182-13: the participants per track were only the chart's figures; its alt text held an
    # older draft's (15, 20), which is not read
    _docx(tmp_path / "rapport.docx")
    blocks, _title, _cut, tables = docx_blocks(tmp_path / "rapport.docx", rel="rapport.docx")
    chart = next(t for t in tables if "Påbörjat" in t.frame.columns)
    assert chart.caption.startswith("Figur 1. Deltagare per spår"), chart.caption
    assert chart.frame["Påbörjat"].tolist() == [16, 23] and chart.frame["Avbrutit"].tolist() == [2, 3], chart.frame
    assert chart.frame.iloc[1, 0] == "Lager och logistik, Nässjö"
    assert not any("CNC 15" in b.text for b in blocks)
    assert blocks[-1].text == "Nästa styrgruppsmöte: 10 februari 2027."


def test_a_docx_saved_as_strict_open_xml_is_read(tmp_path):
    # round 186 (F186-11): Word's "Strict Open XML" names its namespaces under purl.oclc.org;
    # python-docx had refused the committee's decision ("trasig DOCX-fil"), and it was not indexed
    import docx

    strict_names = (
        (b"http://purl.oclc.org/ooxml/wordprocessingml/main", b"http://schemas.openxmlformats.org/wordprocessingml/2006/main"),
        (b"http://purl.oclc.org/ooxml/officeDocument/relationships", b"http://schemas.openxmlformats.org/officeDocument/2006/relationships"),
        (b"http://purl.oclc.org/ooxml/drawingml/main", b"http://schemas.openxmlformats.org/drawingml/2006/main"),
    )
    d = docx.Document()
    d.add_heading("§ 142 GRIP Norrbotten – beslut om finansiering", level=1)
    d.add_paragraph("6. att slutrapport ska lämnas senast 30 september 2029.")
    d.save(str(tmp_path / "transitional.docx"))
    with zipfile.ZipFile(tmp_path / "transitional.docx") as z, zipfile.ZipFile(tmp_path / "strict.docx", "w") as w:
        for info in z.infolist():
            data = z.read(info)
            for strict, transitional in strict_names:
                data = data.replace(transitional, strict)
            w.writestr(info.filename, data)
    blocks, _title, _cut, _tables = docx_blocks(tmp_path / "strict.docx", rel="strict.docx")
    assert any("30 september 2029" in b.text for b in blocks), [b.text for b in blocks]
    assert any(b.kind == "heading" and b.text.startswith("§ 142") for b in blocks)

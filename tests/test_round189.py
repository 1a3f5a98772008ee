"""Round 189 (documents, Skåne): a MyST page whose current values stand only in its front
matter's substitutions, and whose comments keep the old ones."""
from __future__ import annotations

from ingest.pipeline import load_file

_MYST = """---
title: Matbruket Nordost – information till producenter
myst:
  substitutions:
    omsattningsgrans: "20 miljoner kronor"
    sista_anmalan: "15 oktober 2027"
    timpris_kok: "295 kr"
---

(producenter)=
# Matbruket Nordost – för producenter

:::{admonition} Nytt från 27 september
:class: tip
Köket har öppnat, se {ref}`bokning <sec-bokning>`.
:::

## Vem kan hyra?

Med *småskalig livsmedelsproducent* avses ett företag med en årsomsättning under {{ omsattningsgrans }}.

% Gammal formulering (förstudien 2026): "en årsomsättning under 15 miljoner kronor".

## Priser

```{list-table} Timpriser 2027 (exklusive moms)
:header-rows: 1

* - Lokal
  - Pris per timme
* - Produktionskök (varmkök)
  - {{ timpris_kok }}
* - Bageri
  - 240 kr
```

## Matlyftet

* Sista dag att anmäla sig: {{ sista_anmalan }}
"""


def test_a_myst_page_reads_its_substitutions_and_not_its_comments(tmp_path):
    # F189-09, F189-13: the limit and the last day stood only as "{{ omsattningsgrans }}" and
    # "{{ sista_anmalan }}" in the body, the old limit in a "%" comment the page never shows
    path = tmp_path / "producenter.md"
    path.write_text(_MYST, encoding="utf-8")
    result = load_file(path, tmp_path)
    text = " ".join(c.text for c in result.chunks)
    assert "under 20 miljoner kronor" in text and "15 oktober 2027" in text, text
    assert "15 miljoner" not in text and "{{" not in text and "{ref}" not in text and ":class:" not in text, text
    assert "Nytt från 27 september" in text and "se bokning" in text, text
    # (its list-table is a table: the price per room)
    (table,) = result.tables
    assert table.frame.to_dict("records")[0] == {"Lokal": "Produktionskök (varmkök)", "Pris per timme": 295}, table.frame


def test_a_plain_markdown_page_with_a_percent_line_keeps_it():
    from ingest.markup import myst_markdown

    assert myst_markdown("# Budget\n\n% av budgeten är förbrukad enligt {{ mall }}\n") is None


_ORG = """#+TITLE: Matbruket Nordost – planering och beslutslogg
#+AUTHOR: Sofia Nyqvist
#+TODO: TODO PÅGÅR | KLAR STRUKEN

* Att göra [1/3]
** STRUKEN Leasing av kylbil för samlastning
CLOSED: [2027-06-30 ons 14:10]
:LOGBOOK:
- State "STRUKEN"    from "TODO"       [2027-06-30 ons 14:10] \\\\
  Styrgruppen 2027-06-30: avslag på leasing.
:END:
** TODO Invigning
SCHEDULED: <2027-09-13 mån 13:00-16:00>
:LOGBOOK:
- Rescheduled from "<2027-09-06 mån 13:00-16:00>" on [2027-07-05 mån 09:20] \\\\
  Följer av kylrumsförseningen.
:END:

* Arkiv                                                             :ARCHIVE:
** TODO Invigning (gammal plan)
SCHEDULED: <2027-08-16 mån>

* COMMENT Utkast mejl till styrgruppen (skickas ej)
Förslag: vi behåller invigningen 6 september.

#+BEGIN_COMMENT
Gamla kontaktuppgifter: Annika Lövgren, 0451-26 83 12
#+END_COMMENT
"""


def test_an_org_mode_file_reads_its_states_and_days_and_not_its_comments(tmp_path):
    # F189-02: "invigningen e väl 6 sept?" had been answered "6 september" from a COMMENT
    # subtree Org never exports; F189-08: the struck task's state was a bare word of a heading
    path = tmp_path / "planering.org.txt"
    path.write_text(_ORG, encoding="utf-8")
    result = load_file(path, tmp_path)
    assert result.document.title == "Matbruket Nordost – planering och beslutslogg"
    text = " ".join(f"{c.section} {c.text}" for c in result.chunks)
    assert "Leasing av kylbil för samlastning – status: STRUKEN" in text and "Planerat: 2027-09-13 kl. 13:00-16:00" in text, text
    assert "avslag på leasing" in text and "Följer av kylrumsförseningen" in text, text
    assert "6 september" not in text and "2027-09-06" not in text and "2027-08-16" not in text and "Annika" not in text, text
    assert "#+" not in text and ":LOGBOOK:" not in text, text


def test_a_pdf_s_text_outside_its_crop_box_is_not_read(tmp_path):
    # F189-02: a print file's slug, outside the trimmed page a viewer shows, kept the second
    # proof's "Invigning måndag 6 september" – answered, confidently, for the printed 13 september
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import RectangleObject
    from reportlab.pdfgen import canvas

    raw = tmp_path / "raw.pdf"
    c = canvas.Canvas(str(raw), pagesize=(500, 720))
    c.setFont("Helvetica", 11)
    c.drawString(60, 600, "Välkommen till invigningen måndag 13 september 2027 kl. 13.00–16.00.")
    c.drawString(60, 580, "Anmälan senast onsdag 1 september till Hanna Sjöberg.")
    c.setFont("Helvetica", 7)
    c.drawString(10, 40, "KORRLOGG Korr 2: Invigning måndag 6 september 2027 · OSA senast fredag 27 augusti")
    c.showPage()
    c.save()
    reader = PdfReader(str(raw))
    writer = PdfWriter()
    page = reader.pages[0]
    page.cropbox = RectangleObject([40, 85, 460, 680])
    page.trimbox = RectangleObject([40, 85, 460, 680])
    writer.add_page(page)
    path = tmp_path / "inbjudan.pdf"
    with path.open("wb") as f:
        writer.write(f)
    result = load_file(path, tmp_path)
    text = " ".join(c.text for c in result.chunks)
    assert "13 september 2027" in text and "1 september" in text, text
    assert "6 september" not in text and "KORRLOGG" not in text, text


def _bound_docx(path, shown: str, stored: str, date_shown: str = "2027-03-01", date_stored: str = "2027-04-01T00:00:00Z"):
    """A DOCX whose paragraph holds controls bound to a SharePoint-like custom XML part."""
    import zipfile

    import docx

    d = docx.Document()
    d.add_paragraph("Regionala utvecklingsnämnden beslutar att bevilja BELOPP kronor från DATUM.")
    d.save(path)
    ns = "b1f4a6d2-7c3e-4e59-9a0b-5d8e2c61f7a4"
    maps = f"xmlns:ns0='http://schemas.microsoft.com/office/2006/metadata/properties' xmlns:ns3='{ns}'"

    def control(field: str, text: str, date: bool = False) -> str:
        date_pr = '<w:date><w:dateFormat w:val="yyyy-MM-dd"/></w:date>' if date else ""
        return (
            f'</w:t></w:r><w:sdt><w:sdtPr><w:dataBinding w:prefixMappings="{maps}" '
            f'w:xpath="/ns0:properties[1]/documentManagement[1]/ns3:{field}[1]" w:storeItemID="{{6E3A1C52-0B9D-4F1E-8A77-2D4C9B0E5F13}}"/>'
            f"{date_pr}</w:sdtPr><w:sdtContent><w:r><w:t>{text}</w:t></w:r></w:sdtContent></w:sdt><w:r><w:t xml:space=\"preserve\">"
        )

    with zipfile.ZipFile(path) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    xml = parts["word/document.xml"].decode()
    xml = xml.replace("BELOPP", control("BeviljatBelopp", shown)).replace("DATUM", control("Projektstart", date_shown, date=True))
    xml = xml.replace("<w:t>Regionala", '<w:t xml:space="preserve">Regionala')
    parts["word/document.xml"] = xml.encode()
    parts["customXml/item1.xml"] = (
        '<p:properties xmlns:p="http://schemas.microsoft.com/office/2006/metadata/properties"><documentManagement>'
        f'<BeviljatBelopp xmlns="{ns}">{stored}</BeviljatBelopp><Projektstart xmlns="{ns}">{date_stored}</Projektstart>'
        "</documentManagement></p:properties>"
    ).encode()
    parts["customXml/itemProps1.xml"] = (
        b'<ds:datastoreItem ds:itemID="{6E3A1C52-0B9D-4F1E-8A77-2D4C9B0E5F13}" '
        b'xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"/>'
    )
    with zipfile.ZipFile(path, "w") as z:
        for name, data in parts.items():
            z.writestr(name, data)


def test_a_docx_control_bound_to_stored_data_reads_the_stored_value(tmp_path):
    # F189-04: "stämmer det att RUN beviljade 4,2 mkr?" – the extract's controls showed the
    # draft's 4 200 000 while the library's data, which Word shows, held 4 480 000
    path = tmp_path / "protokollsutdrag.docx"
    _bound_docx(path, "4 200 000", "4 480 000")
    text = " ".join(c.text for c in load_file(path, tmp_path).chunks)
    assert "bevilja 4 480 000 kronor från 2027-04-01" in text and "4 200 000" not in text, text


def test_a_worksheet_embedded_in_a_docx_is_read_as_its_tables(tmp_path):
    # F189-03: the revised budget (12 910 000) stood only in an Excel worksheet embedded in the
    # change application, which Word shows as a picture; the answer had taken the decision's total
    import zipfile

    import docx
    import openpyxl

    book = tmp_path / "kalkyl.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Budget rev 2027-05"
    ws.append(["Matbruket Nordost – reviderad budget och finansiering (kronor)"])
    ws.append([])
    ws.append(["Kostnadsslag", "Budget enligt beslut 2027-02-25", "Reviderad budget"])
    ws.append(["Personal", 4450000, 4620000])
    ws.append(["Lokalanpassning", 2350000, 2650000])
    ws.append(["Summa kostnader", 6800000, 7270000])
    wb.save(book)
    path = tmp_path / "andringsansokan.docx"
    d = docx.Document()
    d.add_heading("2.3 Budget och finansiering", level=2)
    d.add_paragraph("Den reviderade budgeten framgår av den inbäddade kalkylen nedan.")
    d.add_paragraph("OBJEKT")
    d.save(path)
    with zipfile.ZipFile(path) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    ole = (
        '<w:object xmlns:o="urn:schemas-microsoft-com:office:office" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        '<o:OLEObject Type="Embed" ProgID="Excel.Sheet.12" ObjectID="_1" r:id="rId99"/></w:object>'
    )
    parts["word/document.xml"] = parts["word/document.xml"].replace(b"<w:t>OBJEKT</w:t>", ole.encode())
    parts["word/_rels/document.xml.rels"] = parts["word/_rels/document.xml.rels"].replace(
        b"</Relationships>",
        b'<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/package" '
        b'Target="embeddings/Microsoft_Excel_Worksheet.xlsx"/></Relationships>',
    )
    parts["[Content_Types].xml"] = parts["[Content_Types].xml"].replace(
        b"</Types>", b'<Default Extension="xlsx" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"/></Types>'
    )
    parts["word/embeddings/Microsoft_Excel_Worksheet.xlsx"] = book.read_bytes()
    with zipfile.ZipFile(path, "w") as z:
        for name, data in parts.items():
            z.writestr(name, data)
    (table,) = load_file(path, tmp_path).tables
    assert list(table.frame["Reviderad budget"]) == [4620000, 2650000, 7270000], table.frame
    assert table.document == "andringsansokan.docx" and "reviderad budget" in table.caption, table.caption


def test_an_org_table_with_rules_between_its_rows_is_one_table(tmp_path):
    # the org table's "|---+---|" rules had ended the table: its header was lost and "Summa" stood alone
    path = tmp_path / "plan.org.txt"
    path.write_text(
        "#+TITLE: Plan\n#+TODO: TODO | KLAR\n\n* Medfinansiering\n"
        "| Kommun       | Medfinansiering (kr) |\n|--------------+----------------------|\n"
        "| Hässleholm   |              775 000 |\n| Kristianstad |              500 000 |\n"
        "|--------------+----------------------|\n| Summa        |            1 275 000 |\n"
        "** TODO Avtal\nDEADLINE: <2027-09-10 fre>\n",
        encoding="utf-8",
    )
    (table,) = load_file(path, tmp_path).tables
    assert list(table.frame.columns) == ["Kommun", "Medfinansiering (kr)"], table.frame
    assert list(table.frame["Kommun"]) == ["Hässleholm", "Kristianstad", "Summa"] and table.total_rows == (2,), table.frame


def test_a_tagged_pdf_s_figure_alt_text_is_read_on_its_page(tmp_path):
    # F189-14: the survey's figures per municipality were only in the chart's alternative text
    # (what a screen reader says); the chart itself is bars without numbers
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import ArrayObject, BooleanObject, DictionaryObject, NameObject, NumberObject, TextStringObject
    from reportlab.pdfgen import canvas

    from ingest.pdf.reader import read_pdf

    raw = tmp_path / "raw.pdf"
    c = canvas.Canvas(str(raw))
    c.drawString(60, 760, "Förstudie Matbruket Nordost")
    c.showPage()
    c.drawString(60, 760, "3 Enkäten")
    c.drawString(60, 740, "Figur 1 visar hur många producenter som vill hyra tid per kommun.")
    c._code.append("/Figure <</MCID 0>> BDC")
    c.rect(60, 500, 200, 200)
    c._code.append("EMC")
    c.showPage()
    c.save()
    writer = PdfWriter(clone_from=PdfReader(str(raw)))
    page = writer.pages[1]
    figure = writer._add_object(DictionaryObject({
        NameObject("/Type"): NameObject("/StructElem"), NameObject("/S"): NameObject("/Figure"),
        NameObject("/Pg"): page.indirect_reference, NameObject("/K"): NumberObject(0),
        NameObject("/Alt"): TextStringObject("Stapeldiagram. Producenter per kommun: Kristianstad 19, Hässleholm 14. Totalt 52 av 87 svarande."),
    }))
    document = writer._add_object(DictionaryObject({
        NameObject("/Type"): NameObject("/StructElem"), NameObject("/S"): NameObject("/Document"), NameObject("/K"): ArrayObject([figure]),
    }))
    figure.get_object()[NameObject("/P")] = document
    parents = DictionaryObject({NameObject("/Nums"): ArrayObject([NumberObject(0), ArrayObject([figure])])})
    root = writer._add_object(DictionaryObject({
        NameObject("/Type"): NameObject("/StructTreeRoot"), NameObject("/K"): ArrayObject([document]),
        NameObject("/ParentTree"): writer._add_object(parents),
    }))
    document.get_object()[NameObject("/P")] = root
    page[NameObject("/StructParents")] = NumberObject(0)
    writer._root_object[NameObject("/StructTreeRoot")] = root
    writer._root_object[NameObject("/MarkInfo")] = DictionaryObject({NameObject("/Marked"): BooleanObject(True)})
    path = tmp_path / "forstudie.pdf"
    with path.open("wb") as f:
        writer.write(f)
    pages = read_pdf(path).pages
    assert "Kristianstad 19, Hässleholm 14" in pages[1] and "Kristianstad" not in pages[0], pages

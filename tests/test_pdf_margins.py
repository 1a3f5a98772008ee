"""A draft's line numbers down its margin and a diagonal watermark are no text of the page
(round 132: "5 Handlingsplanen beskriver …", a heading "4 1 Inledning", a hyphenated word split by
a number, and the watermark's letters read as the document's first heading "UTKAST")."""
from pathlib import Path

PARAGRAPH = (
    "Handlingsplanen beskriver hur regionen, länets kommuner och Arbetsförmedlingen samordnar sig när ett "
    "större varsel om uppsägning läggs i länet. Syftet är att de som berörs snabbt ska få stöd att gå vidare "
    "till nytt arbete eller utbildning. Nivån kan höjas om varslet slår mot en bransch där det redan råder "
    "hög arbetslöshet. Tiden för sammankallande räknas från den dag varslet blev känt."
)


def _draft(path: Path, numbered: bool = True, watermark: bool = True) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4)
    if watermark:
        c.saveState()
        c.setFont("Helvetica-Bold", 90)
        c.setFillGray(0.9)
        c.translate(300, 420)
        c.rotate(45)
        c.drawCentredString(0, 0, "UTKAST")
        c.restoreState()
    words = PARAGRAPH.split()
    lines, cur = [], []
    for w in words * 2:
        if len(" ".join([*cur, w])) > 80:
            lines.append(" ".join(cur))
            cur = []
        cur.append(w)
    lines.append(" ".join(cur))
    y = 760
    texts = ["1 Inledning", *lines[: len(lines) // 2], "", "2 Bakgrund", *lines[len(lines) // 2 :]]
    for n, text in enumerate(texts, 1):
        if numbered:
            c.setFont("Helvetica", 8)
            c.drawRightString(62, y, str(n))
        c.setFont("Helvetica-Bold" if text[:1].isdigit() else "Helvetica", 12 if text[:1].isdigit() else 10)
        c.drawString(80, y, text)
        y -= 18
    c.save()
    return path


def test_margin_line_numbers_and_a_diagonal_watermark_are_left_out(tmp_path):
    from ingest.pipeline import load_file

    r = load_file(_draft(tmp_path / "utkast.pdf"), tmp_path)
    text = "\n".join(c.text for c in r.chunks)
    assert "UTKAST" not in text and not any("UTKAST" in c.section for c in r.chunks), [c.section for c in r.chunks]
    assert "Handlingsplanen beskriver hur regionen" in text, text[:300]
    # no line number is left between the words
    import re

    assert not re.search(r"[a-zåäö] \d{1,2} [a-zåäö]", text), re.findall(r"\w+ \d{1,2} \w+", text)[:5]
    assert {c.section.split(" > ")[-1] for c in r.chunks} >= {"1 Inledning", "2 Bakgrund"}, [c.section for c in r.chunks]


def test_a_numbered_list_at_the_texts_own_edge_keeps_its_numbers(tmp_path):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    from ingest.pipeline import load_file

    path = tmp_path / "rank.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica", 10)
    towns = ["Danderyd", "Lidingö", "Täby", "Vallentuna", "Vaxholm", "Nacka", "Solna", "Sundbyberg", "Ekerö", "Tyresö"]
    c.drawString(80, 780, "Kommunerna med lägst arbetslöshet 2025, i ordning:")
    for n, town in enumerate(towns, 1):
        c.drawString(80, 760 - 16 * n, f"{n} {town} har en arbetslöshet på {n + 2},1 procent.")
    c.save()
    text = "\n".join(ch.text for ch in load_file(path, tmp_path).chunks)
    assert "1 Danderyd" in text and "10 Tyresö" in text, text


def test_bold_capital_headings_smaller_than_the_body_are_headings(tmp_path):
    # round 144 (F144-03): a court judgment's headings ("BAKGRUND", "YRKANDEN M.M.", "SKÄLEN FÖR
    # AVGÖRANDET") are set in bold capitals of 10.5 pt over 11.5 pt text – they ran into the text
    # and every passage stood under "DOM"
    from pathlib import Path

    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    from ingest.pdf import read_pdf

    path = tmp_path / "dom.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    y = 780
    for head, lines in (("BAKGRUND", ["Region Halland beviljade den 4 april 2025 bolaget stöd i form av en kompetenscheck.",
                                      "Stödet betalades ut i förskott den 2 maj 2025 och skulle redovisas."]),
                        ("YRKANDEN M.M.", ["Bolaget yrkar att förvaltningsrätten ska upphäva beslutet om återkrav.",
                                           "Region Halland anser att överklagandet ska avslås."]),
                        ("SKÄLEN FÖR AVGÖRANDET", ["Den sena redovisningen utgör inte skäl för återkrav av hela stödet.",
                                                   "Bolaget ska återbetala 56 000 kr av det utbetalda stödet."])):
        c.setFont("Helvetica-Bold", 10.5)
        c.drawString(70, y, head)
        y -= 20
        c.setFont("Helvetica", 11.5)
        for ln in lines * 3:
            c.drawString(70, y, ln)
            y -= 16
        y -= 12
    c.showPage()
    c.save()
    headings = read_pdf(Path(path)).headings
    assert {"bakgrund", "yrkanden m.m.", "skälen för avgörandet"} <= set(headings), headings


def test_a_printed_web_pages_menu_above_its_breadcrumb_is_no_text(tmp_path):
    # round 146 (F146-08): a web page printed from a browser – "Who is the contact person …?" was
    # answered with the site's menu ("Om oss Stöd och finansiering Nätverk Kalender Kontakt Sök")
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    from ingest.pipeline import load_file

    path = tmp_path / "webbsida.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica", 10)
    y = 800
    for line in ("Kompetensplattform Skaraborg", "Om oss   Stöd och finansiering   Nätverk   Kalender   Kontakt   Sök", "",
                 "Start › Stöd och finansiering › Skaraborgsbidraget", "", "Skaraborgsbidraget för sociala företag",
                 "Skaraborgsbidraget är ett mindre utvecklingsstöd för sociala företag i Skaraborg.",
                 "Kontaktperson är Emma Lindholm, projektledare, telefon 0500-49 37 15."):
        c.drawString(60, y, line)
        y -= 18
    c.showPage()
    c.save()
    r = load_file(path, tmp_path)
    text = "\n".join(ch.text for ch in r.chunks)
    assert "Nätverk" not in text and "Kalender" not in text, text
    assert "Emma Lindholm" in text

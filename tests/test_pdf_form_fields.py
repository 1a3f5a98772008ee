"""A filled-in PDF form: the answers its fields hold are read where their boxes stand."""
from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from ingest.pdf.reader import read_pdf


def _filled_form(path: Path) -> Path:
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setTitle("Ansökan om utvecklingsmedel")
    c.setFont("Helvetica", 10)
    c.drawString(52, 780, "Ansökan om utvecklingsmedel – förstudie")
    form = c.acroForm
    rows = [("Kontaktperson", "kontakt", "Sanna Ekdahl"), ("Telefon", "telefon", "0495-241 62"), ("Sökt belopp (kr)", "belopp", "285 000")]
    y = 740
    for label, name, value in rows:
        c.drawString(52, y + 4, label)
        form.textfield(name=name, value=value, x=198, y=y, width=200, height=16, borderWidth=0)
        y -= 22
    # two boxes between the words they tick, and a date box between two labels of one line
    c.drawString(52, y + 4, "Momsregistrerad?")
    c.drawString(442, y + 4, "Ja")
    c.drawString(482, y + 4, "Nej")
    form.checkbox(name="moms_ja", x=428, y=y + 2, size=10, checked=False, borderWidth=0)
    form.checkbox(name="moms_nej", x=468, y=y + 2, size=10, checked=True, borderWidth=0)
    y -= 22
    c.drawString(52, y + 4, "Startdatum")
    c.drawString(300, y + 4, "Slutdatum")
    form.textfield(name="start", value="2027-03-01", x=150, y=y, width=90, height=16, borderWidth=0)
    form.textfield(name="slut", value="2027-12-31", x=370, y=y, width=90, height=16, borderWidth=0)
    c.showPage()
    c.save()
    return path


def test_a_filled_in_forms_answers_are_read_beside_their_labels(tmp_path):
    # round 148 (F148-02, F148-11): the application's contact, phone and amount were in its
    # fields only – read as text the form had its labels and no answer
    text = read_pdf(_filled_form(tmp_path / "ansokan.pdf")).pages[0]
    assert "Kontaktperson Sanna Ekdahl" in text
    assert "Telefon 0495-241 62" in text and "Sökt belopp (kr) 285 000" in text
    assert "☐ Ja ☒ Nej" in text
    assert "Startdatum 2027-03-01 Slutdatum 2027-12-31" in text

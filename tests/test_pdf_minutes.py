"""Municipal minutes as PDF: the first page's form set in two columns without rulings, and the
paragraph marks over each item ("§ 45 2026.131 BUN" over the item's title). Realdata tune split
(DQ-183, DQ-196, DQ-198): "vad beslutades i § 45?" found no heading § 45 (the marks had been
stripped as a running header), and who was secretary or chief stood in one run of labels and
names on page 1 ("… Karin Josefsson (L) … Ej tjänstgörande ersättare Dimitrios …")."""
from pathlib import Path

FORM = [
    ("Plats och tid", ["Stadshuset, sal Gröna rummet,", "Storgatan 1", "kl. 14:00-17:45"]),
    ("Beslutande", ["Anna Ek (M) (ordförande)", "Bo Lind (S) (vice ordförande)", "Cecilia Holm (S)", "David Ås (KD)"]),
    ("Ej tjänstgörande", ["Erik Berg (S)", "Frida Sund (L)"]),
    ("Övriga deltagare", ["Helena Balte (Förvaltningschef)", "Karin Berg (Verksamhetsutvecklare)"]),
    ("Utses att justera", ["Bo Lind (S)"]),
    # (a label that runs up to its value's column, no column's width apart: round 138)
    ("Justeringens plats", ["Kommunhuset, 2026-06-20 kl. 10.00"]),
]
ITEMS = [
    (44, "2026.156 BUN", "Kompetensförsörjningsplan", "Kompetensförsörjningsplanen antas med en ändring."),
    (45, "2026.131 BUN", "Lokalförsörjningsplan 2026-2031", "Lokalförsörjningsplanen antas. Förstudie beställs för Stora Mellby förskola."),
    (46, "2026.159 BUN", "Biblioteksplan", "Biblioteksplanen antas."),
]


def _minutes(path: Path, secretary: str = "Karin Berg", date: str = "2026-06-16") -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4)
    c.setTitle("Protokoll")

    def head(n: int) -> None:
        c.setFont("Helvetica-Bold", 12)
        for i, t in enumerate(["Barn- och", "ungdomsnämnden", "Protokoll"]):
            c.drawString(388, 800 - 13 * i, t)
        c.setFont("Helvetica", 12)
        c.drawString(388, 760, date)
        c.setFont("Helvetica", 10)
        c.drawString(60, 810, str(n))

    head(1)
    y = 700
    c.setFont("Helvetica", 11)
    for label, values in FORM:
        words = label.split()
        c.drawString(71, y, label if label != "Ej tjänstgörande" else "Ej tjänstgörande")
        if label == "Ej tjänstgörande":
            c.drawString(71, y - 10, "ersättare")
        for k, v in enumerate(values):
            c.drawString(185, y - 11.5 * k, v)
        y -= 11.5 * max(len(values), len(words) > 1) + 12
    c.drawString(363, 700, "Paragrafer §§44-46")
    y -= 30
    for label, value in (("Sekreterare", secretary), ("Ordförande", "Anna Ek (M)"), ("Justerande", "Bo Lind (S)")):
        c.drawString(71, y, label)
        c.drawString(183, y - 13, value)
        y -= 36
    c.drawString(66, y - 20, "Protokollet är justerat. Justeringen har tillkännagivits på kommunens anslagstavla.")
    c.showPage()
    for n, (para, dnr, title, decision) in enumerate(ITEMS, start=2):
        head(n)
        c.setFont("Helvetica", 11)
        c.drawString(71, 720, f"§ {para} {dnr}")
        c.setFont("Helvetica-Bold", 13)
        c.drawString(71, 700, title)
        c.setFont("Helvetica-Bold", 11)
        c.drawString(71, 670, "Ärendebeskrivning")
        c.setFont("Helvetica", 11)
        c.drawString(71, 655, f"Förvaltningen har tagit fram ett förslag till {title.lower()} som nämnden behandlar.")
        c.setFont("Helvetica-Bold", 11)
        c.drawString(71, 625, "Beslut")
        c.setFont("Helvetica", 11)
        c.drawString(71, 610, decision)
        c.setFont("Helvetica-Bold", 11)
        c.drawString(71, 580, "Beslutsunderlag")
        c.setFont("Helvetica", 11)
        for k, doc in enumerate(["Tjänsteskrivelse från förvaltningen", f"Förslag till {title.lower()}", "Arbetsutskottets protokoll"]):
            c.drawString(80, 565 - 14 * k, f"• {doc}")
        c.drawString(71, 500, "Paragrafen är justerad")
        c.showPage()
    c.save()
    return path


def test_the_first_pages_form_is_read_as_fields_and_each_item_is_headed_by_its_paragraph(tmp_path):
    from ingest.pipeline import load_file

    r = load_file(_minutes(tmp_path / "protokoll.pdf"), tmp_path)
    lines = [ln for c in r.chunks for ln in c.text.split("\n")]
    assert "Plats och tid: Stadshuset, sal Gröna rummet, Storgatan 1 kl. 14:00-17:45" in lines, lines[:12]
    assert any(ln.startswith("Beslutande: Anna Ek (M) (ordförande), Bo Lind (S) (vice ordförande), Cecilia Holm (S)") for ln in lines)
    assert "Ej tjänstgörande ersättare: Erik Berg (S), Frida Sund (L)" in lines
    assert "Övriga deltagare: Helena Balte (Förvaltningschef), Karin Berg (Verksamhetsutvecklare)" in lines
    assert "Justeringens plats: Kommunhuset, 2026-06-20 kl. 10.00" in lines, lines[:12]
    assert "Sekreterare: Karin Berg" in lines and "Justerande: Bo Lind (S)" in lines
    assert "Paragrafer §§44-46" in lines
    sections = {c.section for c in r.chunks}
    assert any(s.endswith("§ 45 Lokalförsörjningsplan 2026-2031 > Beslut") for s in sections), sections
    assert "Dnr 2026.131 BUN" in lines


def test_minutes_answer_what_a_paragraph_decided_and_who_was_secretary_of_which_meeting(tmp_path):
    from assistant.engine import Engine
    from index.build import update_index

    kb = tmp_path / "kb"
    kb.mkdir()
    _minutes(kb / "protokoll_2026-06-16.pdf")
    _minutes(kb / "protokoll_2018-01-30.pdf", secretary="Magdalena Tavakol", date="2018-01-30")
    update_index(kb, tmp_path / "index")
    engine = Engine.from_index(tmp_path / "index")
    ans = engine.ask("Vad beslutades i § 45?", engine.new_conversation())
    assert ans.answered and "Lokalförsörjningsplanen antas" in ans.answer, ans.answer
    # two minutes, each with its secretary, and a question that names neither meeting: both
    ans = engine.ask("Vem var sekreterare vid mötet?", engine.new_conversation())
    assert ans.answered and "Karin Berg" in ans.answer and "Magdalena Tavakol" in ans.answer, ans.answer
    assert "protokoll_2018-01-30.pdf" in ans.answer and "protokoll_2026-06-16.pdf" in ans.answer
    ans = engine.ask("Vem är förvaltningschef?", engine.new_conversation())
    assert "Helena Balte" in ans.answer, ans.answer

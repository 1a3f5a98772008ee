"""Round 190 (statistics, Östergötland): note marks set as small raised digits after figures."""
from __future__ import annotations

from pathlib import Path


def test_a_small_raised_digit_after_a_figure_is_a_note_mark(tmp_path):
    # F190-02: "3 412¹" had read "3 4121", a fee of 450² "4502" and a share of 22,0⁴ "22,04"
    from reportlab.pdfgen import canvas

    from ingest.pdf.reader import read_pdf

    path = tmp_path / "kulturskolan.pdf"
    c = canvas.Canvas(str(path), pagesize=(595, 842))
    y = 700
    for name, figure, mark, rest in (("Linköping", "3 894", "", "795"), ("Norrköping", "3 412", "1", "750"), ("Motala", "450", "2", "97")):
        c.setFont("Helvetica", 10)
        c.drawString(60, y, name)
        c.drawRightString(260, y, figure)
        if mark:
            c.setFont("Helvetica", 6)
            c.drawString(260.5, y + 3.5, mark)
        c.setFont("Helvetica", 10)
        c.drawRightString(360, y, rest)
        y -= 16
    c.setFont("Helvetica", 8)
    c.drawString(60, 600, "1 Preliminär uppgift. 2 Avgiften avser vårterminen 2024.")
    c.showPage()
    c.save()
    text = read_pdf(Path(path)).pages[0]
    assert "3 412¹" in text and "450²" in text and "3 4121" not in text and "4502" not in text, text
    # (figures of the body's own size are read as they stand, the notes' line too)
    assert "3 894" in text and "1 Preliminär uppgift" in text, text


def test_a_semicolon_file_opened_with_comma_as_separator_and_saved_as_xlsx_reads_its_columns(tmp_path):
    # F190-04, F190-09: each line stood in the first cells up to its first comma and was split at
    # every decimal comma ("0509;Ödeshög;232;241;84" | "1;44" | "3;5" …): the children per
    # staff member had been read as whole numbers from the wrong pieces
    import openpyxl

    from ingest.stats_io import read_stats_file

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Barn och personal i förskolan", " per kommun. Läsår 2024/25"])
    ws.append([])
    ws.append(["Kommunkod;Kommun;Antal barn 2024;Andel inskrivna barn 1–5 år (%);Barn per årsarbetare"])
    ws.append(["0509;Ödeshög;232;84", "1;5", 2])
    ws.append(["0512;Ydre;98;82", "7;..", None])
    ws.append(["0513;Kinda;1 447;86", "0;5", 3])
    ws.append(["0560;Boxholm;268;85", "2;5", 6])
    path = tmp_path / "forskola.xlsx"
    wb.save(path)
    (table,) = read_stats_file(path, path.name)
    assert table.caption.startswith("Barn och personal i förskolan, per kommun"), table.caption
    assert list(table.frame["Barn per årsarbetare"].fillna(-1)) == [5.2, -1, 5.3, 5.6], table.frame
    assert list(table.frame["Antal barn 2024"]) == [232, 98, 1447, 268]


def test_dearest_and_cheapest_rank_as_highest_and_lowest():
    # F190-13: "vilken kommun har dyrast avgift" had been read as a lookup (refused)
    from assistant.stats import read_form
    from assistant.stats.model import Op

    dear, cheap = read_form("vilken kommun har dyrast avgift i kulturskolan?"), read_form("vilken kommun är billigast?")
    assert (dear.op, dear.direction) == (Op.RANK, "desc") and (cheap.op, cheap.direction) == (Op.RANK, "asc")


def test_a_web_table_s_soft_hyphens_and_percentage_points_read(tmp_path):
    # F190-05, F190-11: "Söder\u00adköping" had matched no "Söderköping", and "+2,9 %-enh." was no figure
    from ingest.stats_io import read_stats_file

    path = tmp_path / "laddbara.csv"
    path.write_text(
        "Laddbara personbilar i trafik per kommun\n"
        "Placering;Kommun;Elbilar;Andel laddbara av personbilar i trafik;Förändring sedan okt 2024\n"
        "1.;Linköping;9\u00a0712;18,0\u00a0%;+2,9\u00a0%-enh.\n2.;Söder\u00adköping;838;16,5\u00a0%;+2,6\u00a0%-enh.\n"
        "3.;Valdemars\u00advik;277;10,1\u00a0%;+1,4\u00a0%-enh.\n",
        encoding="utf-8-sig",
    )
    (table,) = read_stats_file(path, path.name)
    assert list(table.frame["Kommun"]) == ["Linköping", "Söderköping", "Valdemarsvik"]
    assert list(table.frame["Förändring sedan okt 2024"]) == [2.9, 2.6, 1.4]


def test_excel_text_formulas_in_a_csv_read_as_the_text_they_show(tmp_path):
    # F190-03, F190-10: a business database writes codes as ="0586", ="50-99" so that Excel keeps
    # them as text; read as written, no municipality code or size band matched anything
    from ingest.stats_io import read_stats_file

    path = tmp_path / "foretag.csv"
    path.write_bytes(
        ('"Org.nr";"Företagsnamn";"Kommunkod";"Kommun";"Anställda (intervall)";"Omsättning (tkr)"\n'
         '="558987-3878";"Björsäter Smide & Svets AB";="0561";"Åtvidaberg";="20-49";62712\n'
         '="557668-9817";"Borensbergs Svetsindustri AB";="0583";"Motala";="50-99";74620\n'
         '="556969-2563";"Boxholms Plåtslageri AB";="0560";"Boxholm";="50-99";189449\n').encode("cp1252")
    )
    (table,) = read_stats_file(path, path.name)
    assert list(table.frame["Kommunkod"]) == ["0561", "0583", "0560"]
    assert list(table.frame["Anställda (intervall)"]) == ["20-49", "50-99", "50-99"]
    assert list(table.frame["Org.nr"])[0] == "558987-3878"

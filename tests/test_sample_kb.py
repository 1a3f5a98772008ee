"""The sample knowledge base generator (tools/build_sample_kb.py) and what it produced.

Fast: renders the 4-page meeting notes twice, and the other documents once each to compare
with the committed PDFs; reads the committed Örebro PDF with pypdf and pdfplumber.
"""

from __future__ import annotations

import csv
import io
import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))

import build_sample_kb as kb  # noqa: E402

# integration: builds indexes, loads models or starts processes (the fast tier is -m 'not slow')
pytestmark = pytest.mark.slow

SEEDS = Path(__file__).resolve().parents[2] / "shared" / "seeds"
DOCS = ROOT / "knowledge" / "documents"
STATS = ROOT / "knowledge" / "stats"
OREBRO = "utsattas-etablering-orebro-lan-2025"
MEETING = "prioriteringsmote-2025-hru-af-sormland"
AREA_HEADER = [
    "Arbetskraft, antal",
    "Arbetslöshet",
    "Förgymnasialt utbildade",
    "Utrikesfödda",
    "Andel 20–29 år",
    "Andel 55–64 år",
]


def _pdf_text_pages(path: Path) -> list[str]:
    from pypdf import PdfReader

    return [p.extract_text() for p in PdfReader(str(path)).pages]


def _cell(text: str | None) -> str:
    return re.sub(r"\s*\n\s*", " ", text or "").strip()


@pytest.fixture(scope="module")
def orebro_tables() -> dict[str, list[list[str]]]:
    """Tables of the committed Örebro PDF by caption number ("1".."12"), read with pdfplumber."""
    import pdfplumber

    out: dict[str, list[list[str]]] = {}
    with pdfplumber.open(DOCS / f"{OREBRO}.pdf") as pdf:
        for page in pdf.pages:
            for table in page.find_tables():
                top = table.bbox[1]
                caption = page.crop((0, max(0, top - 40), page.width, top)).extract_text() or ""
                m = re.search(r"Tabell (\d+) ", caption)
                if m:
                    out[m.group(1)] = [[_cell(c) for c in row] for row in table.extract()]
    return out


# ------------------------------------------------------------------------------------------
# Determinism
# ------------------------------------------------------------------------------------------


def test_render_is_deterministic(tmp_path):
    doc = kb.parse(kb.SOURCES / f"{MEETING}.txt")
    a, b = tmp_path / "a.pdf", tmp_path / "b.pdf"
    kb.render(doc, a)
    kb.render(doc, b)
    assert a.read_bytes() == b.read_bytes()


@pytest.mark.parametrize("src", sorted(kb.SOURCES.glob("*.txt")), ids=lambda p: p.stem)
def test_committed_pdf_equals_fresh_render(src, tmp_path):
    committed = DOCS / f"{src.stem}.pdf"
    if not committed.exists():
        pytest.skip(f"{committed.name} not generated yet")
    if kb.register_fonts() != "dejavu":
        pytest.skip("DejaVu Sans not installed: a fresh render uses another font")
    out = tmp_path / committed.name
    kb.render(kb.parse(src), out)
    assert out.read_bytes() == committed.read_bytes(), f"{committed.name} is stale: run python tools/build_sample_kb.py"


def test_committed_stats_equal_fresh_build(tmp_path):
    written = kb.build_stats(kb.parse(kb.SOURCES / f"{OREBRO}.txt"), tmp_path)
    assert len(written) >= 3
    for p in written:
        assert (STATS / p.name).read_bytes() == p.read_bytes(), f"{p.name} is stale"


# ------------------------------------------------------------------------------------------
# Fonts and markup errors
# ------------------------------------------------------------------------------------------


def test_typographic_characters_extract_exactly(tmp_path):
    src = tmp_path / "t.txt"
    src.write_text(
        "@title Test – prov\n@footer Sida {page} ({pages})\n\n"
        "Förändring −0,49% och 20–29 år, ”citat”, Ärvd Öl Å.\n\n"
        "@table Tabell 1 Test\nOmråde | Förändring\nÖrebro | −112\n@endtable\n",
        encoding="utf-8",
    )
    out = tmp_path / "t.pdf"
    assert kb.render(kb.parse(src), out) == 1
    text = _pdf_text_pages(out)[0]
    for s in ("−0,49%", "20–29 år", "”citat”", "Ärvd Öl Å", "−112", "Sida 1 (1)", "Test – prov"):
        assert s in text


@pytest.mark.parametrize(
    "body, line, message",
    [
        ("@tabel Tabell 1\n", 3, "unknown directive"),
        ("@table Tabell 1\na | b\n1 | 2 | 3\n@endtable\n", 5, "3 cells"),
        ("@table Tabell 1\na | b\n1 | 2\n", 3, "without @endtable"),
        ("@table Tabell 1\na | b\n1 | 2\n# Rubrik\n", 6, "without '|'"),
        ("@endtable\n", 3, "@endtable without @table"),
        ("#Rubrik\n", 3, "heading"),
        ("# Rubrik\n\nOmråde | Antal | Andel\n", 5, "outside @table"),
    ],
)
def test_bad_markup_reports_line(tmp_path, body, line, message):
    src = tmp_path / "bad.txt"
    src.write_text("@title T\n\n" + body, encoding="utf-8")
    with pytest.raises(kb.MarkupError) as e:
        kb.parse(src)
    assert e.value.line == line
    assert message in str(e.value)
    assert str(e.value).startswith(f"{src}:{line}:")


def test_unsupported_character_reports_line(tmp_path):
    src = tmp_path / "bad.txt"
    src.write_text("@title T\n\nett tecken \u4e2d här\n", encoding="utf-8")
    kb.register_fonts()
    with pytest.raises(kb.MarkupError) as e:
        kb.check_glyphs(kb.parse(src))
    assert e.value.line == 3


# ------------------------------------------------------------------------------------------
# The Örebro report
# ------------------------------------------------------------------------------------------


def test_orebro_pages_and_footer():
    pages = _pdf_text_pages(DOCS / f"{OREBRO}.pdf")
    assert 51 <= len(pages) <= 53
    for n, text in enumerate(pages, start=1):
        assert f"Författare: Fredrik Jönsson | Datum: 2025-10-07 | {n} ({len(pages)})" in text, n
        assert "Region Örebro län | Utsattas etablering på arbetsmarknaden" in text
    assert "Utsattas etablering på" in pages[0] and "Förstudie" in pages[0]
    # The original's pagination: page 8 opens with RUS, page 37 with the Askersund bullets.
    assert "RUS och strategiska utgångspunkter" in pages[7]
    assert "12 % av arbetskraften innehar förgymnasial utbildning, men de utgör 47 %" in pages[36]
    assert "Tabell 12 Sjukskrivna som inte står till arbetsmarknadens förfogande" in "\n".join(pages)


def test_orebro_text_is_reflowed():
    text = "\n".join(_pdf_text_pages(DOCS / f"{OREBRO}.pdf"))
    flat = re.sub(r"\s+", " ", text)
    for joined in (
        "arbetsmarknaden i Örebro län och identifiera GAP",
        "Förgymnasialt utbildade och utrikes födda är överrepresenterade",
        "gymnasieutbildning (unga som äldre)",
        "Sammantaget innehar Norra länsdelen högre arbetslöshet än länet i helhet. Förgymnasialt",
    ):
        assert joined in flat
    for kept in (
        "Västhaga-Solhaga",
        "hälso- och sjukvård",
        "NPF-problematik",
        "AME-verksamheten",
        "Nytorget-Hässleberg-Brunnskullen",
    ):
        assert kept in flat
    for broken in ("arbets- marknaden", "Förgymna- sialt", "över- representerade", "rekryte- ring"):
        assert broken not in flat


def test_orebro_tables_found_with_right_headers(orebro_tables):
    assert set(orebro_tables) == {str(n) for n in range(1, 13)}
    for n in range(4, 12):
        header = orebro_tables[str(n)][0]
        assert header[1:] == AREA_HEADER, n
    assert orebro_tables["4"][0][0] == "Röda kluster"
    assert orebro_tables["6"][0][0] == "Område"
    assert orebro_tables["12"][0] == ["Område", "Sjuka", "Arbetskraft", "Total", "Sjuka/arbetskraft"]


def test_orebro_table12_keeps_the_reports_inconsistencies(orebro_tables):
    rows = {r[0]: r[1:] for r in orebro_tables["12"][1:]}
    assert len(rows) == 21  # 19 areas + Summa + Örebro län
    assert rows["Summa"] == ["2683", "39 616", "42 299", "7,28%"]
    assert rows["Örebro län"] == ["7201", "145 256", "152 457", "4,96%"]
    assert rows["Örebro_Västhaga-Solhaga"] == ["105", "968", "1073", "10,85%"]
    assert rows["Hallsberg_Nytorget-Hässleberg-Brunnskullen"] == ["71", "1059", "1130", "6,70%"]
    assert orebro_tables["4"][1] == ["Hällefors centrum", "568", "12,3 %", "17 %", "33 %", "20 %", "25%"]


def _seed_flat() -> str:
    """The first extraction of the Örebro seed as one line: a line ending in '-' joins the next
    directly ("Markbacken-" + "Västra Mark"), others with a space."""
    path = SEEDS / f"{OREBRO}.txt"
    if not path.exists():
        pytest.skip("seed texts not available")
    lines = path.read_text(encoding="utf-8").splitlines()[:3838]
    out = ""
    for line in (s.strip() for s in lines):
        if not line:
            continue
        if out and not out.endswith("-"):
            out += " "
        out += line
    return re.sub(r" +", " ", out)


def test_orebro_table_cells_match_seed(orebro_tables):
    flat = _seed_flat()
    checked = 0
    for n in [str(i) for i in range(1, 13)]:
        for row in orebro_tables[n][1:]:
            printed = " ".join(row)
            assert printed in flat, f"Tabell {n}: {printed!r} not in the seed"
            checked += len(row)
    assert checked >= 25
    # Every area row of Tabell 12, with its values, plus Summa and Örebro län.
    t12 = orebro_tables["12"][1:]
    assert len(t12) == 21 and sum(len(r) for r in t12) == 105


def test_orebro_disability_table():
    doc = kb.parse(kb.SOURCES / f"{OREBRO}.txt")
    t = doc.table("Tabell: Personer med funktionsnedsättning")
    rows = {r[0]: r[1:] for r in t.rows[1:]}
    assert rows["Arbetskraftsdeltagande"] == ["65 %", "88 %"]
    assert rows["Arbetslöshet"] == ["18 %", "8 %"]
    assert rows["Diskriminering/särbehandling"] == ["1 av 3 har upplevt detta", "-"]
    if SEEDS.exists():
        flat = _seed_flat()
        for label in ("Arbetskraftsdeltagande", "Sysselsättningsgrad", "Arbetslöshet", "Heltidsarbete"):
            assert f"{label} {' '.join(rows[label])}" in flat


# ------------------------------------------------------------------------------------------
# Statistics exports
# ------------------------------------------------------------------------------------------


def test_csv_exports_have_the_shape_of_swedish_exports():
    for name in ("funktionsnedsattning-orebro-lan.csv", "sjukskrivna-utsatta-omraden-orebro-lan-2023.csv"):
        raw = (STATS / name).read_bytes()
        with pytest.raises(UnicodeDecodeError):
            raw.decode("utf-8")  # cp1252, like Excel's Swedish exports
        rows = list(csv.reader(io.StringIO(raw.decode("cp1252")), delimiter=";"))
        assert len(rows[0]) == 1 and rows[0][0]  # title row
        assert len(rows[1]) >= 3  # header row
        assert any(r and r[0].startswith("Källa: ") for r in rows[2:])
    rows = list(
        csv.reader(
            io.StringIO((STATS / "sjukskrivna-utsatta-omraden-orebro-lan-2023.csv").read_bytes().decode("cp1252")), delimiter=";"
        )
    )
    data = {r[0]: r[1:] for r in rows[2:] if len(r) == 5}
    assert data["Örebro_Västhaga-Solhaga"] == ["105", "968", "1073", "10,85"]
    assert data["Summa"] == ["2683", "39616", "42299", "7,28"]
    rows = list(
        csv.reader(io.StringIO((STATS / "funktionsnedsattning-orebro-lan.csv").read_bytes().decode("cp1252")), delimiter=";")
    )
    data = {r[0]: r[1:] for r in rows[2:] if len(r) == 3}
    assert data["Sysselsättningsgrad"] == ["53", "80"]


def test_xlsx_export_stores_numbers():
    from openpyxl import load_workbook

    wb = load_workbook(STATS / "utsatta-omraden-orebro-lan-2023.xlsx")
    ws = wb["Tabell 4-11"]
    rows = list(ws.iter_rows(values_only=True))
    assert isinstance(rows[0][0], str) and rows[0][1] is None  # title row
    assert rows[1][:4] == ("Område", "Länsdel", "Kluster", "Arbetskraft, antal")
    vivalla = next(r for r in rows if r[0] == "Vivalla")
    assert vivalla[3:] == (2787, 24.9, 31.7, 84.8, 29.4, 12.5)
    assert sum(1 for r in rows[2:] if isinstance(r[3], int)) == 19
    assert any(isinstance(r[0], str) and r[0].startswith("Källa: ") for r in rows)
    t12 = {r[0]: r[1:] for r in wb["Tabell 12"].iter_rows(min_row=3, values_only=True) if r[0]}
    assert t12["Summa"] == (2683, 39616, 42299, 7.28)


# ------------------------------------------------------------------------------------------
# The priority meeting notes
# ------------------------------------------------------------------------------------------


def test_meeting_notes_facts():
    pages = _pdf_text_pages(DOCS / f"{MEETING}.pdf")
    assert 3 <= len(pages) <= 5
    for n, text in enumerate(pages, start=1):
        assert f"{n} ({len(pages)})" in text
    flat = re.sub(r"\s+", " ", "\n".join(pages))
    for fact in (
        "Den 2 april 2025 anordnades det årliga prioriteringsmötet mellan Hållbar Regional Utveckling (HRU) och Arbetsförmedlingen Sörmland (AF)",
        "Under 2024 års prioriteringsmöte beslutades det om fem fokusområden",
        "1. Utbildningsdimensionering",
        "3. Analys och prognos",
        "4. ESF och andra externa finansieringsformer",
        "5. Inkluderande kompetensförsörjning",
        "Under mötet beslutades 2025 års gemensamma fokusområden",
        "båda har en arbetslöshet på över 11% medan Trosas ligger på strax över 4%",
        "Närmare hälften av förvärvsarbetare boende i Trosa och Gnesta har sin arbetsplats i Stockholms län",
        "Hälso- och sjukvård, industriell tillverkning och handeln",
        "Vi har 5 utlysningsperioder kvar",
        "Planerat datum för nästa prioriteringsmöte är den 11 mars 2026",
    ):
        assert fact in flat, fact

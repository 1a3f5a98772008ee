"""The meeting brief (Markdown and Word) from hand-made answers."""
from __future__ import annotations

import io

from assistant.answer import Answer, Citation, Computation, Figure, Source
from assistant.brief import brief_docx, brief_markdown

SRC = Source("documents/utsattas-etablering.pdf", 14, "Tabell 12 Sjukskrivna", "t12", ("Örebro_Västhaga-Solhaga",))


def _answers() -> list[Answer]:
    stats = Answer(
        "Vilka områden har högst sjukskrivning?",
        True,
        "stats",
        "1. **Örebro_Västhaga-Solhaga** – 10,85 %\n2. **Örebro_Brickebacken** – 10,46 %",
        figures=[
            Figure("Örebro_Västhaga-Solhaga", 10.85, "%", "Sjuka/arbetskraft", SRC, "10,85 %"),
            Figure("Örebro_Brickebacken", 10.46, "%", "Sjuka/arbetskraft", SRC, "10,46 %"),
            Figure("Summa", 8.12, "%", "Sjuka/arbetskraft", SRC, "8,12 %", is_total=True),
        ],
        computation=Computation("De tre största värdena i kolumnen Sjuka/arbetskraft.", "df.nlargest(3, 'Sjuka/arbetskraft')"),
        warnings=["Källorna säger olika: tabellen anger 10,85 %, texten 10,9 % (s. 3)."],
    )
    docs = Answer(
        "Vad är ROM2?",
        True,
        "documents",
        "Enligt *Rapporten*, s. 2:\n\nRusta och matcha (ROM2) är en tjänst. [1]\n\n- punkt ett\n- punkt två",
        citations=[Citation(1, "documents/rapport.pdf", 2, "Rusta och matcha (ROM2) är en tjänst.", "Tjänster", "… passage …")],
    )
    none = Answer("Vad kostar kaffet?", False, "documents", "Jag hittar inget stöd för det i kunskapsbanken.")
    return [stats, docs, none]


TITLES = {"documents/utsattas-etablering.pdf": "Utsattas etablering i Örebro län"}


def test_markdown_brief_has_questions_answers_figures_and_sources():
    md = brief_markdown(_answers(), "Kunskapsbanken", TITLES)
    assert md.startswith("# Mötesunderlag – Kunskapsbanken")
    assert "## 1. Vilka områden har högst sjukskrivning?" in md
    assert "## 2. Vad är ROM2?" in md and "## 3. Vad kostar kaffet?" in md
    assert "| Västhaga-Solhaga (Örebro) | 10,85 % | Sjuka/arbetskraft | Tabell 12 Sjukskrivna, Utsattas etablering i Örebro län (utsattas-etablering.pdf), s. 14 |" in md
    assert "Summa (jämförelse)" in md
    assert "**Så räknade vi:** De tre största värdena" in md and "`df.nlargest(3, 'Sjuka/arbetskraft')`" in md
    assert "**Observera:** Källorna säger olika" in md
    assert "- [1] rapport.pdf, s. 2: ”Rusta och matcha (ROM2) är en tjänst.”" in md
    assert "inget säkert svar" in md


def test_docx_brief_opens_and_holds_the_same_content():
    from docx import Document

    data = brief_docx(_answers(), "Kunskapsbanken", TITLES)
    doc = Document(io.BytesIO(data))
    text = "\n".join(p.text for p in doc.paragraphs)
    assert "Mötesunderlag – Kunskapsbanken" in text
    assert "1. Vilka områden har högst sjukskrivning?" in text
    assert "Rusta och matcha (ROM2) är en tjänst. [1]" in text
    assert "[1] rapport.pdf, s. 2: ”Rusta och matcha (ROM2) är en tjänst.”" in text
    assert "Så räknade vi: De tre största värdena" in text
    assert "df.nlargest(3, 'Sjuka/arbetskraft')" in text
    assert "Observera: Källorna säger olika" in text
    # Markdown emphasis became Word formatting, not asterisks.
    assert "**" not in text
    bold = [r.text for p in doc.paragraphs for r in p.runs if r.bold]
    assert "Västhaga-Solhaga (Örebro)" in bold  # export labels read as names
    assert len(doc.tables) == 1
    cells = [[c.text for c in row.cells] for row in doc.tables[0].rows]
    assert cells[0] == ["", "Värde", "Mått", "Källa"]
    assert cells[1][:3] == ["Västhaga-Solhaga (Örebro)", "10,85 %", "Sjuka/arbetskraft"]
    assert "Tabell 12 Sjukskrivna" in cells[1][3] and "s. 14" in cells[1][3]
    assert cells[3][0] == "Summa (jämförelse)"


def test_empty_conversation_gives_a_valid_brief():
    assert "0 frågor" in brief_markdown([], "KB")
    from docx import Document

    Document(io.BytesIO(brief_docx([], "KB")))

"""The conversation as a meeting brief (mötesunderlag): Markdown and Word.

Each question with its answer, the figures as a table with their sources (table caption,
document, page), how they were computed, warnings, and every cited passage with document,
page and the quoted words — so the brief can be checked without the assistant.
"""
from __future__ import annotations

import io
import re
import time
from collections.abc import Iterable

from .answer import Answer, Citation, Figure
from .labels import display_label, measure_label, relabel


def _doc_name(path: str, titles: dict[str, str] | None) -> str:
    if titles and titles.get(path):
        return f"{titles[path]} ({path.rsplit('/', 1)[-1]})"
    return path.rsplit("/", 1)[-1]


def _page(page: int | None) -> str:
    return f", s. {page}" if page else ""


def figure_source(f: Figure, titles: dict[str, str] | None = None) -> str:
    s = f.source
    where = f"{_doc_name(s.document, titles)}{_page(s.page)}"
    return f"{s.table}, {where}" if s.table else where


def _figure_label(f: Figure) -> str:
    return display_label(f.label) + (" (jämförelse)" if f.is_total else "")


def citation_source(c: Citation, titles: dict[str, str] | None = None) -> str:
    return f"{_doc_name(c.document, titles)}{_page(c.page)}"


def _md_cell(text: str) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


def brief_markdown(answers: Iterable[Answer], kb_name: str, titles: dict[str, str] | None = None) -> str:
    answers = list(answers)
    out = [
        f"# Mötesunderlag – {kb_name}",
        "",
        f"Sammanställt {time.strftime('%Y-%m-%d %H:%M')} ur Kunskapsbanken. "
        f"{len(answers)} {'fråga' if len(answers) == 1 else 'frågor'}; varje svar med sina källor.",
        "",
    ]
    for i, a in enumerate(answers, 1):
        out += [f"## {i}. {a.question}", ""]
        if not a.answered:
            out += ["*Kunskapsbanken har inget säkert svar på frågan.*", ""]
        labels = [f.label for f in a.figures]
        out += [relabel(a.answer.strip(), labels), ""]
        for w in a.warnings:
            out += [f"> **Observera:** {relabel(w, labels)}", ""]
        if a.figures:
            out += ["**Siffror**", "", "| | Värde | Mått | Källa |", "|---|---:|---|---|"]
            for f in a.figures:
                label = _figure_label(f)
                out.append(
                    f"| {_md_cell(label)} | {_md_cell(f.display or f.value)} | {_md_cell(measure_label(f.metric, None))} | "
                    f"{_md_cell(figure_source(f, titles))} |"
                )
            out.append("")
        if a.computation:
            out += [f"**Så räknade vi:** {a.computation.description}", "", f"`{a.computation.pandas}`", ""]
        if a.citations:
            out += ["**Källor**", ""]
            for c in a.citations:
                quote = re.sub(r"\s+", " ", c.text).strip()
                out.append(f"- [{c.n}] {citation_source(c, titles)}: ”{quote}”")
            out.append("")
    return "\n".join(out).rstrip() + "\n"


# --------------------------------------------------------------------------- Word

_INLINE = re.compile(r"(\*\*[^*]+\*\*|\*[^*\s][^*]*\*|`[^`]+`)")


def _add_inline(paragraph, text: str) -> None:
    """Markdown **bold**, *italic* and `code` as Word runs; everything else as written."""
    for part in _INLINE.split(text):
        if not part:
            continue
        if part.startswith("**") and part.endswith("**") and len(part) > 4:
            paragraph.add_run(part[2:-2]).bold = True
        elif part.startswith("`") and part.endswith("`") and len(part) > 2:
            run = paragraph.add_run(part[1:-1])
            run.font.name = "Consolas"
        elif part.startswith("*") and part.endswith("*") and len(part) > 2:
            paragraph.add_run(part[1:-1]).italic = True
        else:
            paragraph.add_run(part)


def _add_markdown(doc, text: str) -> None:
    """The answers' small Markdown (paragraphs, bullet and numbered lists, emphasis)."""
    from docx.shared import Cm, Pt
    para: list[str] = []

    def flush():
        if para:
            _add_inline(doc.add_paragraph(), " ".join(s.strip() for s in para))
            para.clear()

    for line in text.splitlines():
        s = line.strip()
        if not s:
            flush()
            continue
        m_bullet = re.match(r"^[-*•]\s+(.*)", s)
        m_num = re.match(r"^(\d+[.)])\s+(.*)", s)
        if m_bullet:
            flush()
            _add_inline(doc.add_paragraph(style="List Bullet"), m_bullet.group(1))
        elif m_num:
            # The answer's own numbers, as written: Word's list numbering would run on
            # from one answer to the next.
            flush()
            p = doc.add_paragraph()
            p.paragraph_format.left_indent = Cm(0.63)
            p.paragraph_format.first_line_indent = Cm(-0.63)
            p.paragraph_format.space_after = Pt(2)
            _add_inline(p, f"{m_num.group(1)}\t{m_num.group(2)}")
        elif s.startswith("#"):
            flush()
            p = doc.add_paragraph()
            p.add_run(s.lstrip("#").strip()).bold = True
        elif s.startswith(">"):
            flush()
            _add_inline(doc.add_paragraph(style="Intense Quote"), s.lstrip("> "))
        else:
            para.append(s)
    flush()


def brief_docx(answers: Iterable[Answer], kb_name: str, titles: dict[str, str] | None = None) -> bytes:
    from docx import Document
    from docx.shared import Pt, RGBColor

    answers = list(answers)
    doc = Document()
    doc.core_properties.title = f"Mötesunderlag – {kb_name}"
    doc.core_properties.author = "Kunskapsbanken"
    normal = doc.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)

    doc.add_heading(f"Mötesunderlag – {kb_name}", level=0)
    intro = doc.add_paragraph()
    intro.add_run(
        f"Sammanställt {time.strftime('%Y-%m-%d %H:%M')} ur Kunskapsbanken. "
        f"{len(answers)} {'fråga' if len(answers) == 1 else 'frågor'}; varje svar med sina källor."
    ).italic = True

    for i, a in enumerate(answers, 1):
        doc.add_heading(f"{i}. {a.question}", level=1)
        if not a.answered:
            doc.add_paragraph().add_run("Kunskapsbanken har inget säkert svar på frågan.").italic = True
        labels = [f.label for f in a.figures]
        _add_markdown(doc, relabel(a.answer, labels))
        for w in a.warnings:
            p = doc.add_paragraph()
            r = p.add_run("Observera: ")
            r.bold = True
            r.font.color.rgb = RGBColor(0x9C, 0x57, 0x00)
            p.add_run(relabel(w, labels))
        if a.figures:
            doc.add_heading("Siffror", level=2)
            table = doc.add_table(rows=1, cols=4)
            table.style = "Light Grid Accent 1"
            for cell, head in zip(table.rows[0].cells, ("", "Värde", "Mått", "Källa")):
                cell.text = head
            for f in a.figures:
                row = table.add_row().cells
                row[0].text = _figure_label(f)
                row[1].text = f.display or str(f.value)
                row[2].text = measure_label(f.metric, None)
                row[3].text = figure_source(f, titles)
        if a.computation:
            p = doc.add_paragraph()
            p.add_run("Så räknade vi: ").bold = True
            p.add_run(a.computation.description)
            code = doc.add_paragraph().add_run(a.computation.pandas)
            code.font.name = "Consolas"
            code.font.size = Pt(9)
        if a.citations:
            doc.add_heading("Källor", level=2)
            for c in a.citations:
                p = doc.add_paragraph()
                p.add_run(f"[{c.n}] {citation_source(c, titles)}: ").bold = True
                p.add_run("”" + re.sub(r"\s+", " ", c.text).strip() + "”")
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()

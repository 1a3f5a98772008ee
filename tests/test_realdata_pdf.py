"""Real Swedish municipal PDFs (../shared/realdata/pdf): clean chunks, pages and sections."""
from __future__ import annotations

import re

import pytest

from ingest.pipeline import load_file

from .conftest import REALDATA

PDF_DIR = REALDATA / "pdf"
pytestmark = [pytest.mark.skipif(not PDF_DIR.is_dir(), reason="realdata saknas"), pytest.mark.slow]


@pytest.fixture(scope="module")
def loaded():
    return {p.name: load_file(p, PDF_DIR) for p in sorted(PDF_DIR.glob("*.pdf"))}


def test_every_real_pdf_loads_with_pages_and_chunks(loaded):
    assert len(loaded) == 6
    for name, res in loaded.items():
        assert res.document.pages >= 3, name
        assert len(res.chunks) >= 5, name
        for c in res.chunks:
            assert 1 <= c.page_start <= c.page_end <= res.document.pages, (name, c.id)
            assert len(c.text) <= 2000, (name, c.id)


def test_running_headers_and_footers_are_gone(loaded):
    text = "\n".join(c.text for c in loaded["alingsas_granskningsrapport_uppfoljning_2023.pdf"].chunks if c.kind == "text")
    assert not re.search(r"Page \d+ of \d+", text)
    text = "\n".join(c.text for c in loaded["alingsas_bun_protokoll_2018-01-30.pdf"].chunks)
    assert "Justerandes sign" not in text


def test_table_of_contents_dot_leaders_are_gone(loaded):
    for res in loaded.values():
        for c in res.chunks:
            assert not re.search(r"\.{6,}\s*\d+", c.text), c.text[:200]


def test_no_words_broken_at_line_ends(loaded):
    # A lower-case word part, a hyphen and a space before a lower-case continuation is a
    # line-end hyphenation that was not joined (suspended hyphens "hälso- och" excepted).
    bad = []
    for res in loaded.values():
        for c in res.chunks:
            for m in re.finditer(r"\b([a-zåäö]{3,})- ([a-zåäö]{3,})\b", c.text):
                if m.group(2) not in ("och", "eller", "samt", "till", "som"):
                    bad.append(m.group(0))
    assert len(bad) <= 3, bad


def test_budget_follow_up_keeps_amounts_and_sections(loaded):
    res = loaded["alingsas_bun_ekonomisk_uppfoljning_maj_2026.pdf"]
    # "Förskola + 6 239 tkr" is a heading: it lives in the section path of its chunks.
    text = "\n".join(c.section + "\n" + c.text for c in res.chunks)
    assert "6 239 tkr" in text
    assert any(c.section for c in res.chunks)

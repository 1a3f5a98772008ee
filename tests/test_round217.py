"""Round 217 (documents, Halland): a reStructuredText source saved as text."""
from __future__ import annotations

from ingest.markup import rst_markdown

RST = """.. Handbok – källfil för Sphinx (index.rst)

=====================
Handbok för värdarna
=====================

:Version: 1.2
:Datum: 2026-09-01
:Ansvarig: |projektledare|, projektledare

.. contents:: Innehåll
   :depth: 2

Öppettider
==========

Alla servicepunkter har samma öppettider: |oppettider|.

.. versionchanged:: 1.2
   Öppettiderna var tidigare måndagar och onsdagar.

Kontantuttag
   Uttag med bankkort, högst |maxuttag| per tillfälle.

.. |projektledare| replace:: Samir Haddad
.. |oppettider| replace:: tisdagar och torsdagar kl. 10.00–18.00
.. |maxuttag| replace:: 2 000 kronor
"""


def test_a_restructuredtext_source_reads_with_its_substitutions_written_in():
    # F217-07/08: the handbook stated its project manager, hours and cash limit only as
    # "|projektledare|", "|oppettider|" and "|maxuttag|", defined at the end of the file
    md = rst_markdown(RST)
    assert md is not None
    assert "öppettider: tisdagar och torsdagar kl. 10.00–18.00." in md and "|" not in md, md
    assert "Ansvarig: Samir Haddad, projektledare" in md and "Datum: 2026-09-01" in md
    assert "Ändrat i version 1.2: Öppettiderna var tidigare måndagar och onsdagar." in md
    assert "Kontantuttag: Uttag med bankkort, högst 2 000 kronor per tillfälle." in md
    assert "Innehåll" not in md and "källfil" not in md and "replace::" not in md
    assert md.startswith("# Handbok för värdarna") and "## Öppettider" in md


def test_plain_text_with_a_pipe_or_two_dots_is_no_restructuredtext():
    assert rst_markdown("Mötet hölls 12 mars.\n.. och sedan inget mer.\nSumma | 12\n") is None


def test_the_handbook_is_dated_and_says_the_hours_that_hold(tmp_path):
    from ingest.pipeline import load_file

    (tmp_path / "handbok_index.txt").write_text(RST, encoding="utf-8")
    result = load_file(tmp_path / "handbok_index.txt", tmp_path)
    text = "\n".join(c.text for c in result.chunks)
    assert result.document.date == "2026-09-01" and "tisdagar och torsdagar" in text and "|oppettider|" not in text

"""Round 186 (documents, Norrbotten): an English question's everyday words for a deadline."""
from __future__ import annotations

from ingest.swedish import english_glosses


def test_an_english_deadline_question_is_searched_with_the_swedish_words_for_it():
    # F186-11: "When is the final report for GRIP due?" had searched "när rapport" only and
    # quoted a draft's date line; "due" and "final" are said "senast" and "slutlig"
    glossed = english_glosses("When is the final report for GRIP due?")
    assert "senast" in glossed.split() and "slutlig" in glossed.split() and "rapport" in glossed.split(), glossed


_WIKI = """====== Kursstarter och lokaler ======
~~NOTOC~~

<WRAP center round info 90%>
**Senast uppdaterad:** 2027-04-20 av [[user>aira|Aili Rantakyrö]].\\\\
Startdatum beslutas av styrgruppen.
</WRAP>

===== Aktuella starter =====

^ Spår                 ^ Grupp ^ Ort       ^ Lokal                           ^ Start                         ^ Platser ^
| Processoperatör      |   1   | Boden     | Kompetenscentrum Boden, sal 2   | 8 mars 2027 (pågår)           |   16    |
| :::                  |   2   | :::       | :::                             | 23 augusti 2027               |   16    |
| Gruvmaskin           |   1   | Gällivare | Malmfälten, simulatorhallen     | <del>12 april 2027</del> **17 maj 2027**((Ordförandebeslut 2027-04-15 enligt delegation.)) |   12    |
"""


def test_a_dokuwiki_page_reads_its_spanned_cells_and_struck_dates(tmp_path):
    # F186-12: a DokuWiki source's second Boden group inherits its town and room through ':::'
    # cells; read as plain text the row was "| ::: | 2 | ::: | ::: | 23 augusti 2027 |"
    from ingest.pipeline import load_file

    path = tmp_path / "kursstarter.txt"
    path.write_text(_WIKI, encoding="utf-8")
    result = load_file(path, tmp_path)
    assert result.document.title == "Kursstarter och lokaler"
    (table,) = result.tables
    rows = table.frame.to_dict("records")
    assert [r["Ort"] for r in rows] == ["Boden", "Boden", "Gällivare"], rows
    assert rows[1]["Lokal"] == "Kompetenscentrum Boden, sal 2" and rows[1]["Start"] == "23 augusti 2027", rows
    # F186-01: the struck dates are said to be struck, the footnote stands beside what it notes
    assert "(struket: 12 april 2027)" in rows[2]["Start"] and "(fotnot: Ordförandebeslut" in rows[2]["Start"], rows
    text = " ".join(c.text for c in result.chunks)
    assert "WRAP" not in text and "[[" not in text and "\\\\" not in text, text


def test_a_text_with_equals_signs_is_no_wiki_page():
    from ingest.markup import dokuwiki_markdown

    assert dokuwiki_markdown("== Protokoll ==\nNärvarande: Anna\n| a | b |\n") is None

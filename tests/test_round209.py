"""Round 209 (documents, Södermanland): a newsletter saved in decomposed Unicode with its headings
in capitals, and minutes laid out in a table whose decisions stand in tables nested in its cells."""
from __future__ import annotations

import unicodedata

from ingest.pipeline import load_file

_NEWSLETTER = (
    "SMAK-nytt nr 3 – maj 2026\n"
    "Nyhetsbrev från projektet SMAK, Region Sörmland\n"
    "Utskick 2026-05-20\n"
    "======================================================================\n\n"
    "87 ANSÖKNINGAR TILL UTVECKLINGSCHECKEN\n\n"
    "Ansökningstiden gick ut den 8 maj 2026 och 87 ansökningar kom in från\n"
    "alla sex pilotkommuner. Tack till alla som sökt!\n\n"
    "BESKED SENAST 12 JUNI\n\n"
    "Alla sökande får besked senast 12 juni 2026 via e-post. Beviljade\n"
    "företag bjuds in till ett uppstartsmöte i slutet av juni.\n\n"
    "RÄTTELSE: SMAKA SÖRMLAND FLYTTAR TILL KATRINEHOLM\n\n"
    "I förra numret skrev vi att mässan Smaka Sörmland hålls i Nyköpings\n"
    "hamn. Mässan hålls i stället på Stora torget i Katrineholm.\n"
)


def test_a_text_in_decomposed_unicode_is_read_composed_and_its_capital_headings_head_their_text(tmp_path):
    # F209-01/17: the newsletter's "å" was "a" and a combining ring – "Katrineholm", "12 juni" and
    # the correction were never found, and older documents answered
    path = tmp_path / "SMAK-nytt.txt"
    path.write_bytes(unicodedata.normalize("NFD", _NEWSLETTER).encode("utf-8"))
    assert unicodedata.normalize("NFD", _NEWSLETTER) != _NEWSLETTER
    chunks = load_file(path, tmp_path).chunks
    assert all(unicodedata.is_normalized("NFC", c.text) and unicodedata.is_normalized("NFC", c.section) for c in chunks)
    text = "\n".join(c.text for c in chunks)
    assert "ansökningar" in text and "Sörmland" in text
    by_section = {c.section.split(" > ")[-1]: c.text for c in chunks}
    # (headings in capitals with figures or of many words head what stands under them)
    assert "12 juni 2026 via e-post" in by_section["BESKED SENAST 12 JUNI"]
    assert "Stora torget i Katrineholm" in by_section["RÄTTELSE: SMAKA SÖRMLAND FLYTTAR TILL KATRINEHOLM"]


def test_a_csv_in_decomposed_unicode_reads_its_places_composed(tmp_path):
    from ingest.stats_io import read_stats_file

    path = tmp_path / "andel.csv"
    path.write_bytes(unicodedata.normalize("NFD", "Kommun;Andel (%)\nNyköping;7,1\nKatrineholm;8,4\nGnesta;5,0\n").encode("utf-8"))
    (t,) = read_stats_file(path, "andel.csv")
    assert "Nyköping" in list(t.frame[t.label_column])


def _minutes_docx(path):
    """Minutes laid out in a one-column table, each item's decision in a table inside its cell."""
    from docx import Document

    d = Document()
    d.add_paragraph("Protokoll – styrgruppen för SMAK")
    outer = d.add_table(rows=2, cols=1)
    first = outer.cell(0, 0)
    first.paragraphs[0].text = "§ 6 – Projektledning"
    first.add_paragraph("Styrgruppen beslutade om tillförordnad projektledare enligt tabellen.")
    inner = first.add_table(rows=2, cols=3)
    for j, (head, value) in enumerate((("Roll", "Tillförordnad projektledare"), ("Namn", "Amir Haddad"), ("Period", "1 april – 30 november 2026"))):
        inner.cell(0, j).text = head
        inner.cell(1, j).text = value
    second = outer.cell(1, 0)
    second.paragraphs[0].text = "§ 3 – Ansökningsperiod"
    inner = second.add_table(rows=3, cols=3)
    for i, row in enumerate((("Moment", "Enligt projektplanen", "Nytt beslut"), ("Ansökan öppnar", "2 mars 2026", "16 mars 2026"), ("Ansökan stänger", "17 april 2026", "8 maj 2026"))):
        for j, v in enumerate(row):
            inner.cell(i, j).text = v
    d.save(path)


def test_a_table_nested_in_a_docx_table_cell_is_read_row_by_row(tmp_path):
    # F209-07: "hur länge är han tf?" – the period stood on a line of its own after "Period",
    # "Namn" and "Amir Haddad", each cell a line, and the follow-up was answered "31"
    _minutes_docx(tmp_path / "protokoll.docx")
    text = "\n".join(c.text for c in load_file(tmp_path / "protokoll.docx", tmp_path).chunks)
    assert "Roll: Tillförordnad projektledare | Namn: Amir Haddad | Period: 1 april – 30 november 2026" in text
    assert "Ansökan stänger | Enligt projektplanen: 17 april 2026 | Nytt beslut: 8 maj 2026" in text
    assert "Styrgruppen beslutade om tillförordnad projektledare enligt tabellen." in text


_PLAN = (
    "Projektplan SMAK v1.0\n\n"
    "4 Målgrupp och pilotkommuner\n\n"
    "Pilotkommuner under hela projektperioden är de fem kommunerna Flen, Gnesta, Katrineholm, Trosa och Vingåker. "
    "Målgruppen är små företag inom mat och dryck.\n\n"
    "5 Aktiviteter\n\n"
    "Matmässan Smaka Sörmland hålls söndag 16 augusti 2026 i Nyköpings hamn.\n"
)
_MINUTES = (
    "Protokoll – styrgruppen för SMAK, 2026-02-10\n\n"
    "§ 4 Ny pilotkommun\n\n"
    "Oxelösunds kommun har anmält intresse och bidrar med arbetstid från sin näringslivsenhet.\n"
    "Beslut: Oxelösund ansluter som sjätte pilotkommun från 1 mars 2026. Pilotkommuner därefter: Flen, Gnesta, "
    "Katrineholm, Oxelösund, Trosa och Vingåker.\n"
)


def test_a_newer_documents_list_of_the_same_places_is_the_answer(tmp_path):
    # F209-03 (and F199-04, F203-05): "vilka kommuner är med som pilotkommuner" was answered with
    # the plan's five, though later minutes list six – the newer list holds
    from tests.kb import engine_over

    engine = engine_over(tmp_path, {"2025-11-14_SMAK_projektplan.txt": _PLAN, "2026-02-10_SMAK_protokoll.txt": _MINUTES})
    a = engine.ask("vilka kommuner är med som pilotkommuner i SMAK", engine.new_conversation())
    assert a.answered, a.answer
    first = a.answer.split("[1]")[0]
    assert "Oxelösund" in first, a.answer
    assert a.citations[0].document == "2026-02-10_SMAK_protokoll.txt", a.citations
    # (… and what held first is the plan's)
    b = engine.ask("vilka kommuner var pilotkommuner från början?", engine.new_conversation())
    assert b.citations and b.citations[0].document == "2025-11-14_SMAK_projektplan.txt", b.answer


def test_a_whole_day_in_a_texts_title_block_dates_it(tmp_path):
    # F209-01: the newsletter's "Utskick 2026-05-20" ran together with its title lines, and the
    # newsletter had no date – so its correction of the fair's place could not be newer than the plan
    path = tmp_path / "SMAK-nytt.txt"
    path.write_text(_NEWSLETTER, encoding="utf-8")
    assert load_file(path, tmp_path).document.date == "2026-05-20"
    # (… while a first paragraph that is a sentence dates nothing)
    other = tmp_path / "notis.txt"
    other.write_text("Projektet startade den 2026-01-12 med ett möte i Nyköping.\n\nMer text följer här om projektet.\n", encoding="utf-8")
    assert load_file(other, tmp_path).document.date == ""


def test_an_english_word_in_a_swedish_question_is_no_slip():
    # F209-11: "slutrapport deadline??" had been read as "slutrapport decline??" (a word of the
    # base), and a budget table's changes were listed
    from collections import Counter

    from assistant.question import normalise_question

    vocab = Counter({"decline": 12, "slutrapport": 30, "slutrapporten": 8, "senast": 40, "budget": 20})
    nq = normalise_question("slutrapport deadline??", vocab)
    assert "deadline" in nq.text and not nq.corrections, nq
    # (… while a slip of the base's own word is still mended)
    assert "slutrapporten" in normalise_question("när ska slutrapprten lämnas?", vocab).text


_REPLY = (
    "SMAK – frågor om stödberättigande kostnader\n\n"
    "Kostnader\n\n"
    "Checken får bara användas till konsulttjänster och utbildning. Maskiner och annan utrustning är inte "
    "stödberättigande, eftersom insatsen är beviljad som kompetensinsats. Webbsidan ska rättas.\n\n"
    "Ansökan\n\n"
    "Ansökan är öppen 16 mars – 8 maj 2026 för företag i pilotkommunerna.\n"
)


def test_a_place_that_only_says_where_an_imagined_case_is_asks_for_no_rule_of_that_place(tmp_path):
    # F209-12: "Ett företag i Trosa vill köpa en vakuumförpackningsmaskin för utvecklingschecken,
    # går det?" had been refused: "Det jag hittar nämner inte Trosa"
    from tests.kb import engine_over

    engine = engine_over(tmp_path, {"svar_stodberattigande.txt": _REPLY})
    a = engine.ask("Ett företag i Trosa vill köpa en förpackningsmaskin för checken, är det stödberättigande?", engine.new_conversation())
    assert "nämner inte Trosa" not in a.answer, a.answer
    # (the rule's passage is quoted – as the answer, or as the nearest when the gate is unsure)
    assert a.citations and "SMAK – frågor om stödberättigande kostnader" in a.answer, a.answer
    # (… only a case whose leave is asked: "arbetslösheten för en ungdom i Trosa" asks about Trosa)
    from assistant.documents.answerer import _imagined_places

    assert _imagined_places("Vad är arbetslösheten för en ungdom i Trosa?") == set()


_QA = (
    "Frågor och svar om utvecklingschecken\n\n"
    "Kostnader\n\n"
    "Flera företag vill köpa förpackningsmaskiner för checken. Går det bra?\n"
    "Nej. Maskiner och annan utrustning är inte stödberättigande, eftersom insatsen är beviljad som kompetensinsats.\n\n"
    "Slutrapport\n\n"
    "Flyttas slutrapporten också?\n"
    "Ja. Slutrapporten ska lämnas senast två månader efter projektslut, alltså senast 31 maj 2028.\n"
)


def test_a_bare_no_under_a_question_is_quoted_with_the_sentence_saying_why():
    # F209-12: the reply quoted ended at "Går det bra? Nej." – the sentence under it, that machines
    # are "inte stödberättigande", was left out
    from assistant.documents.spans import candidate_spans
    from index.hybrid import Hit
    from ingest.model import Chunk

    chunk = Chunk("c1", "qa.txt", None, None, "Kostnader", _QA.split("Kostnader\n\n")[1].split("\n\nSlutrapport")[0])
    spans = candidate_spans([Hit(chunk, 1.0, 1, 1)])
    asked = [sp.text for sp in spans if "Går det bra?" in sp.text and sp.text.rstrip().endswith(("Nej.", "kompetensinsats."))]
    assert asked and all("inte stödberättigande" in t for t in asked), asked

"""Definitions and acronyms: learnt from the documents' own patterns, answered with a citation,
the curated glossary only when the documents say nothing – and never against them."""
from __future__ import annotations

from assistant.documents.definitions import Definitions, answer_definition, asked_terms
from assistant.suggest import glossary
from index.acronyms import CURATED, learn_acronyms
from ingest.model import Chunk


def _chunk(cid: str, text: str, page: int = 1, doc: str = "docs/rapport.pdf") -> Chunk:
    return Chunk(id=cid, document=doc, page_start=page, page_end=page, section="Rapport > Avsnitt", text=text)


CHUNKS = [
    _chunk("a", "Region Örebro län arbetar med UVAS (unga som varken arbetar eller studerar) i hela länet.", 12),
    _chunk("b", "Modellerna KUB (Kartläggning, Utveckling, Bekräftelse) och FYR (Fastställd YrkesRoll) används.", 25),
    _chunk(
        "c",
        "Kärnan sammanfattas i ordet MARY: Meningsfullhet, där deltagaren har uppgifter; Arbetsgemenskap, "
        "där ingen arbetar ensam; Rehabilitering, där insatser anpassas; samt Yrkesstolthet, som märks.",
        26,
    ),
    _chunk("d", "Med kombinationsutbildning avses en yrkesutbildning som kombineras med sfi. Den är populär.", 23),
    _chunk("e", "Hållbar Regional Utveckling (HRU) möter AF varje år. Statistiken kommer från SCB.", 1),
    _chunk("f", "En beveridgekurva visar sambandet mellan lediga jobb och arbetslöshet.", 19),
]


def _page_of(document, text, start, end):
    return start, True


def _ask(q: str, chunks=CHUNKS):
    return answer_definition(q, Definitions(chunks), _page_of, {"docs/rapport.pdf": "Rapporten"})


def test_all_three_acronym_patterns_are_learnt():
    learned = learn_acronyms(CHUNKS, curated=False)
    assert learned["UVAS"].long == "unga som varken arbetar eller studerar"
    assert learned["KUB"].long == "Kartläggning, Utveckling, Bekräftelse"
    assert learned["FYR"].long == "Fastställd YrkesRoll"
    assert learned["MARY"].long == "Meningsfullhet, Arbetsgemenskap, Rehabilitering, Yrkesstolthet"
    assert learned["HRU"].long == "Hållbar Regional Utveckling" and learned["HRU"].page == 1


def test_which_questions_ask_for_a_definition():
    assert asked_terms("vad är uvas för något") == ["uvas"]
    assert asked_terms("Vad står KUB och FYR för?") == ["KUB", "FYR"]
    assert asked_terms("Vad står bokstäverna i MARY för?") == ["MARY"]
    assert asked_terms("What does IPS stand for in the report?") == ["IPS"]
    assert asked_terms("Vad menas med en kombinationsutbildning?") == ["kombinationsutbildning"]
    assert asked_terms("Vad är grundresursen som nämns i rapporten?") == ["grundresursen"]
    # Questions about something else that only start like a definition question.
    assert asked_terms("Vad är prognosen för förskolan?") == []
    assert asked_terms("Vad är syftet med planen?") == []
    assert asked_terms("Hur många arbetar på SCB?") == []


def test_a_lower_case_acronym_is_explained_from_the_documents_own_definition():
    ans = _ask("vad är uvas för något")
    assert ans.answered and "unga som varken arbetar eller studerar" in ans.answer
    assert ans.citations[0].page == 12 and "UVAS (unga som varken" in ans.citations[0].text
    assert not ans.notes


def test_two_acronyms_in_one_question_each_get_their_definition():
    ans = _ask("Vad står KUB och FYR för?")
    assert "Kartläggning, Utveckling, Bekräftelse" in ans.answer and "Fastställd YrkesRoll" in ans.answer
    assert len(ans.citations) == 1 or ans.citations[0].text == ans.citations[1].text


def test_a_spelled_out_acronym_is_explained():
    ans = _ask("Vad står bokstäverna i MARY för?")
    assert "Meningsfullhet" in ans.answer and "Yrkesstolthet" in ans.answer and ans.citations[0].page == 26


def test_an_acronym_the_documents_only_use_comes_from_the_glossary_with_a_note():
    ans = _ask("Vad står SCB för?")
    assert ans.answered and CURATED["SCB"] in ans.answer
    assert "förklarar inte" in ans.answer and ans.notes and not ans.citations


def test_a_glossary_acronym_the_documents_write_out_is_cited_from_them():
    # the long form stands in the same passage as the acronym, though not as "KVL (…)"
    chunks = CHUNKS + [_chunk("k", "Deltagarantal KVL, januari 2025\n\nKvarstående och nya deltagare i karriärvägledning.", 25)]
    ans = _ask("Vad betyder KVL?", chunks)
    assert ans.answered and ans.citations and ans.citations[0].page == 25 and not ans.notes
    assert "karriärvägledning" in ans.citations[0].text


def test_the_documents_expansion_wins_over_the_curated_one():
    chunks = [_chunk("x", "Hela rapporten handlar om HRU (Hälsa, Rehabilitering och Utbildning) i kommunen.")]
    ans = _ask("Vad står HRU för?", chunks)
    assert "Hälsa, Rehabilitering och Utbildning" in ans.answer and CURATED["HRU"] not in ans.answer


def test_a_term_is_answered_from_its_defining_sentence():
    ans = _ask("Vad menas med en kombinationsutbildning?")
    assert ans.citations[0].text.startswith("Med kombinationsutbildning avses") and ans.citations[0].page == 23
    ans = _ask("Vad är en beveridgekurva?")
    assert ans.citations[0].text.startswith("En beveridgekurva visar")


def test_an_undefined_term_is_left_to_the_passage_ranker():
    assert _ask("Vad är en löneplan?") is None
    assert _ask("Hur många bor i länet?") is None


def test_the_start_screen_glossary_and_the_chat_never_disagree():
    chunks = CHUNKS + [_chunk("y", "Inom KVL (karriärvägledning) och av AF.", 3)]
    d = Definitions(chunks)
    entries = glossary(chunks)
    assert entries
    for e in entries:
        assert d.acronym(e.short).long == e.long, e.short
        ans = _ask(f"Vad står {e.short} för?", chunks)
        assert ans is not None and ans.answered and e.long in ans.answer, e.short


def test_a_term_asked_in_a_named_document_is_the_term_and_a_figure_asked_is_no_term():
    # round 55: "… i riktlinjerna för medfinansiering" is where the term was seen
    assert asked_terms("vad menas med projektägare i riktlinjerna för medfinansiering") == ["projektägare"]
    assert asked_terms("vad betyder förstudie enligt dokumentet?") == ["förstudie"]
    assert asked_terms("Vad är arbetslösheten i kommunen?") == []


def test_a_markdown_glossary_table_is_read_row_by_row_and_an_entry_is_quoted_whole(tmp_path):
    # F59-14: "Vad menas med de minimis-stöd?" – the glossary's Markdown table had run into one
    # paragraph of pipes, so the term's entry was never found; the FAQ's mention was quoted
    from ingest.pipeline import load_file

    (tmp_path / "Ordlista.md").write_text(
        "# Ordlista\n\nBegrepp som används i våra dokument.\n\n| Term | Förklaring |\n|---|---|\n"
        "| ERUF | Europeiska regionala utvecklingsfonden. EU-fond för regional tillväxt. |\n"
        "| De minimis-stöd | Stöd av mindre betydelse. Ett företag får högst 300 000 euro under tre år. |\n",
        encoding="utf-8",
    )
    chunks = load_file(tmp_path / "Ordlista.md", tmp_path).chunks
    text = "\n".join(c.text for c in chunks)
    assert "De minimis-stöd – Stöd av mindre betydelse." in text and "|---" not in text
    faq = _chunk("q", "Det sammanlagda stödet får inte överstiga reglerna för de minimis-stöd, det vill säga 300 000 euro.", 2)
    ans = _ask("Vad menas med de minimis-stöd?", list(chunks) + [faq])
    assert ans.answered and "Stöd av mindre betydelse. Ett företag får högst 300 000 euro under tre år." in ans.answer


def test_a_definition_asked_of_the_glossary_by_name_reads_the_term_alone():
    # round 69 (F69-14): "vad menas med validering enligt ordlistan?" – the term had been
    # "validering enligt ordlistan", and the budget table's row "Validering" answered instead
    from assistant.documents.definitions import asked_terms

    assert asked_terms("vad menas med validering enligt ordlistan?") == ["validering"]
    assert asked_terms("Vad betyder RUS i bilagan?") == ["RUS"]


def test_an_acronym_inflected_with_a_colon_after_i_is_where_the_term_was_seen():
    # round 138 (F138-10): "vad menas med långtidsinskriven i LÖK:en mellan Arbetsförmedlingen och
    # Hofors?" was no definition question (the document named by "LÖK:en" stayed in the term), and
    # the sentence where LÖK is introduced was quoted instead of the definition
    from assistant.documents.definitions import asked_terms

    assert asked_terms("Vad menas med långtidsinskriven i LÖK:en mellan Arbetsförmedlingen och Hofors?") == ["långtidsinskriven"]


def test_a_document_named_by_its_owners_genitive_is_where_the_term_was_seen():
    # round 144 (F144-10): "Vad menas med arbetsmarknadsanställning i Kungsbackas riktlinje?" kept
    # "i Kungsbackas riktlinje" in the term (and "Kungsbackas" had been corrected to "Kungsbacka")
    from assistant.documents.definitions import asked_terms
    from assistant.question import normalise_question, vocabulary

    assert asked_terms("Vad menas med arbetsmarknadsanställning i Kungsbackas riktlinje?") == ["arbetsmarknadsanställning"]
    assert asked_terms("vad betyder lönebidrag enligt AF:s regler?") == ["lönebidrag"]
    assert asked_terms("vad menas med stöd i process") == []  # (no genitive, no document: no term)
    vocab = vocabulary(["Kungsbacka kommun erbjuder arbetsmarknadsanställningar. Kungsbacka växer."] * 3)
    assert normalise_question("Vad menas med arbetsmarknadsanställning i Kungsbackas riktlinje?", vocab).corrections == ()


def test_a_term_is_defined_by_its_own_definition_not_by_a_compound_it_opens():
    # round 140 (F140-01): "vad menas med varsel …?" quoted "Med varselsamordnare avses …" of
    # another document – a compound of the term, not the term
    chunks = [
        _chunk("a", "Med varselsamordnare avses den medarbetare som har det samlade ansvaret för ett varsel.", 2, "docs/stod.docx"),
        _chunk("b", "Med varsel avses i rapporten arbetsgivarens skriftliga besked till Arbetsförmedlingen om driftsinskränkning.", 1),
    ]
    unit = Definitions(chunks).term_definition("varsel")
    assert unit is not None and unit.text.startswith("Med varsel avses"), unit
    assert Definitions(chunks[:1]).term_definition("varsel") is None


def test_a_definition_that_leads_into_its_criteria_quotes_them():
    # round 146 (F146-01): "Vad menas med ett arbetsintegrerande socialt företag?" quoted "Ett
    # arbetsintegrerande socialt företag är ett företag som" – the criteria under it were left out
    c = _chunk("d", "I rapporten används Tillväxtverkets definition. Ett arbetsintegrerande socialt företag är ett företag som\n"
                    "• driver näringsverksamhet,\n• har som ändamål att integrera människor som står långt från arbetsmarknaden,\n"
                    "• återinvesterar sina vinster.\nFöretagsformen har ingen betydelse.")
    ans = _ask("Vad menas med ett arbetsintegrerande socialt företag?", [c])
    assert ans is not None and "- driver näringsverksamhet" in ans.answer and "återinvesterar sina vinster" in ans.answer, ans.answer
    assert "Företagsformen" not in ans.answer
    # (… with the sentence before it that says whose definition it is)
    assert "I rapporten används Tillväxtverkets definition." in ans.answer

"""Questions about the knowledge base itself: the document list, who mentions a topic,
summaries, and a document's own facts (author, date, pages) – on Documents built here."""
from __future__ import annotations

from dataclasses import dataclass

from assistant.answer import Route
from assistant.kb_questions import Catalog
from ingest.model import Chunk, Document

PLAN = Document("pdf/lokalplan_2026.pdf", "a", "pdf", "Lokalförsörjningsplan 2026–2031", 3, author="Anna Berg",
                organisation="Barn- och ungdomsnämnden", date="2026-06-16")
NOTES = Document("pdf/mote.pdf", "b", "pdf", "Prioriteringsmöte 2025", 2)
STATS = Document("stats/tabell.csv", "c", "csv", "Arbetslöshet per kommun", 0)

PAGES = {
    PLAN.path: [
        "Lokalförsörjningsplan 2026–2031\nBarn- och ungdomsnämnden\nFörfattare: Anna Berg\nDatum: 2026-06-16",
        "Förskolan behöver fler platser. Behovet av förskoleplatser ökar i tätorten till 2030. "
        "Nya förskolor byggs i Nolhaga.",
        "Skolan har överkapacitet. Överkapaciteten i grundskolan bör vara tio procent på sikt.",
    ],
    NOTES.path: [
        "Prioriteringsmöte 2025\nMinnesanteckningar",
        "Mötet beslutade om fem fokusområden för 2025. ESF-medel söks för kompetensförsörjning.",
    ],
}


def _c(cid, doc, page, section, text):
    return Chunk(cid, doc.path, page, page, section, text)


CHUNKS = [
    _c("p1", PLAN, 2, "Lokalförsörjningsplan > Förskola",
       "Förskolan behöver fler platser. Behovet av förskoleplatser ökar i tätorten till 2030. Nya förskolor byggs i Nolhaga."),
    _c("p2", PLAN, 3, "Lokalförsörjningsplan > Grundskola",
       "Skolan har överkapacitet. Överkapaciteten i grundskolan bör vara tio procent på sikt."),
    _c("n1", NOTES, 2, "Prioriteringsmöte 2025 > Beslut",
       "Mötet beslutade om fem fokusområden för 2025. ESF-medel söks för kompetensförsörjning."),
]


@dataclass
class _Hit:
    chunk: Chunk


def _search(query, k):
    words = {w.lower() for w in query.split() if len(w) > 2}
    return [_Hit(c) for c in CHUNKS if any(w[:5] in c.text.lower() for w in words)][:k]


def _page_of(document, text, start, end):
    return start, True


CATALOG = Catalog({d.path: d for d in (PLAN, NOTES, STATS)}, CHUNKS, PAGES, search=_search, page_of=_page_of)


def test_which_documents_are_there_lists_each_with_its_title_page():
    ans = CATALOG.answer("Vilka dokument finns i kunskapsbanken?")
    assert ans.route == Route.CATALOG and ans.answered
    assert "Lokalförsörjningsplan 2026–2031" in ans.answer and "Prioriteringsmöte 2025" in ans.answer
    assert "Arbetslöshet per kommun" in ans.answer  # the statistics file is named too
    assert {(c.document, c.page) for c in ans.citations} == {(PLAN.path, 1), (NOTES.path, 1)}
    assert all(c.verified for c in ans.citations)
    assert CATALOG.answer("Which documents do you have?").route == Route.CATALOG


def test_which_documents_mention_a_topic_quotes_one_sentence_from_each():
    ans = CATALOG.answer("Vilka dokument tar upp förskoleplatser?")
    assert ans.answered and [c.document for c in ans.citations] == [PLAN.path]
    assert "Behovet av förskoleplatser" in ans.citations[0].text
    ans = CATALOG.answer("Finns det något om kompetensförsörjning i materialet?")
    assert ans.answered and ans.citations[0].document == NOTES.path


def test_a_topic_nobody_mentions_gets_no_support():
    ans = CATALOG.answer("Finns det något om Gotland?")
    assert not ans.answered and "inget stöd" in ans.answer


def test_a_summary_gives_the_sections_with_a_central_sentence_each():
    ans = CATALOG.answer("Vad handlar lokalförsörjningsplanen om?")
    assert ans.route == Route.CATALOG and ans.answered
    assert "**Förskola**" in ans.answer and "**Grundskola**" in ans.answer
    assert {c.page for c in ans.citations} == {2, 3}
    assert CATALOG.answer("Sammanfatta anteckningarna från prioriteringsmötet").citations[0].document == NOTES.path


def test_document_facts_come_from_the_document_fields_and_are_cited_where_they_stand():
    ans = CATALOG.answer("Vem har skrivit lokalförsörjningsplanen?")
    assert ans.answered and "Anna Berg" in ans.answer
    assert ans.citations[0].page == 1 and "Författare: Anna Berg" in ans.citations[0].text
    ans = CATALOG.answer("När publicerades lokalförsörjningsplanen?")
    assert "2026-06-16" in ans.answer
    ans = CATALOG.answer("Hur många sidor har lokalförsörjningsplanen?")
    assert "3 sidor" in ans.answer


def test_a_missing_fact_is_read_from_a_labelled_title_page_line_else_left_to_the_documents_route():
    assert CATALOG.answer("Vem har skrivit anteckningarna från prioriteringsmötet?") is None
    bare = Document("pdf/studie.pdf", "d", "pdf", "Förstudie om arbete", 1)
    pages = {bare.path: ["Region X | Förstudie om arbete\nFörfattare: Eva Ek | Datum: 2025-10-07 | 1 (1)\nText."]}
    cat = Catalog({bare.path: bare}, [], pages)
    ans = cat.answer("Vem har skrivit förstudien?")
    assert "Eva Ek" in ans.answer and ans.citations[0].page == 1
    assert "2025-10-07" in cat.answer("Vilket datum är förstudien daterad?").answer


def test_a_document_named_by_its_kind_is_found_and_a_signed_section_answers_who_wrote_it():
    study = Document("pdf/utsatta.pdf", "e", "pdf", "Utsattas etablering", 30, author="Fredrik Jönsson")
    chunks = [
        Chunk("f1", study.path, 4, 4, "Utsattas etablering > Förord",
              "Förstudien har sin grund i ett politiskt uppdrag. Ett varmt tack till de sakkunniga.\n"
              "Petter Arnback Regional utvecklingsdirektör, Region Örebro län"),
        Chunk("f2", study.path, 6, 6, "Utsattas etablering > Genomförande", "Förstudien bygger på intervjuer. Förstudien tog ett år."),
        Chunk("f3", study.path, 9, 9, "Utsattas etablering > Slutsatser", "Förstudien visar behov av samverkan."),
    ]
    docs = {d.path: d for d in (PLAN, NOTES, study)}
    cat = Catalog(docs, CHUNKS + chunks, {**PAGES, study.path: ["Utsattas etablering\nFredrik Jönsson"]}, page_of=_page_of)
    # "förstudien" is a generic word, but only this document uses it about itself
    assert "Fredrik Jönsson" in cat.answer("Vem har skrivit förstudien?").answer
    ans = cat.answer("Vem har skrivit förordet till förstudien?")
    assert "**Petter Arnback**" in ans.answer and ans.citations[0].page == 4 and "Fredrik" not in ans.answer


def test_a_signature_read_as_a_heading_of_its_own_signs_the_section_above_it():
    # F59-07: the foreword's "Helena Berglund" over "Förvaltningschef, …" had become a heading, and
    # "vem har skrivit förordet?" had no support
    report = Document("pdf/vb.pdf", "v", "pdf", "Verksamhetsberättelse 2025", 10)
    chunks = [
        Chunk("v1", report.path, 3, 3, "Verksamhetsberättelse 2025 > Förord", "2025 blev året då samarbetet tog form."),
        Chunk("v2", report.path, 3, 3, "Verksamhetsberättelse 2025 > Förord > Helena Berglund",
              "Förvaltningschef, Länsöverskridande utvecklingskontoret"),
        Chunk("v3", report.path, 4, 4, "Verksamhetsberättelse 2025 > Ekonomi", "Utfallet blev 47 miljoner kronor."),
    ]
    cat = Catalog({report.path: report}, chunks, {report.path: ["", "", "Förord\n2025 blev året.\nHelena Berglund\nFörvaltningschef, Länsöverskridande utvecklingskontoret"]},
                  page_of=_page_of)
    ans = cat.answer("vem har skrivit förordet i verksamhetsberättelsen?")
    assert "**Helena Berglund** (Förvaltningschef, Länsöverskridande utvecklingskontoret)" in ans.answer and ans.citations[0].page == 3


def test_ordinary_questions_are_not_catalog_questions():
    for q in ("Hur många förskoleplatser behövs?", "Vilka förskolor byggs i Nolhaga?",
              "Summera förskoleplatserna per tätort i lokalförsörjningsplanen"):  # "summera" a measure: a sum, not a summary
        assert CATALOG.answer(q) is None, q


def test_a_summary_of_a_topic_summarises_the_section_about_it_not_the_whole_document():
    ans = CATALOG.answer("Sammanfatta vad lokalförsörjningsplanen säger om överkapaciteten i skolan")
    assert ans.route == Route.CATALOG and ans.answered
    assert "Överkapaciteten i grundskolan" in ans.answer and "Förskolan" not in ans.answer
    assert {c.page for c in ans.citations} == {3}
    # a topic the document has no section on falls back to the whole document
    ans = CATALOG.answer("Sammanfatta lokalförsörjningsplanen")
    assert {c.page for c in ans.citations} == {2, 3}


def test_two_facts_asked_in_one_question_are_both_answered_each_with_its_source():
    # round 47 (F47-01): "Vem har skrivit … och när är den daterad?" had given the author only
    a = CATALOG.answer("Vem har skrivit lokalförsörjningsplanen och när är den daterad?")
    assert a is not None and a.answered
    assert "Anna Berg" in a.answer and "2026-06-16" in a.answer
    assert [c.n for c in a.citations] == list(range(1, len(a.citations) + 1)) and len(a.citations) == 2


def test_what_a_meeting_decided_lists_every_recorded_decision_or_those_about_the_topic():
    # round 47 (F47-03): "vad beslutade styrgruppen på mötet i februari?" had quoted one of three decisions, unsure
    notes = Document("mote.docx", "m", "docx", "Minnesanteckningar – Styrgruppen för kompetensförsörjning", 0, date="2025-02-18")
    chunks = [
        Chunk("m3", notes.path, 1, 1, "Minnesanteckningar > § 3 Förstudie om validering",
              "Behovet av validering diskuterades. Beslut: Styrgruppen beslutar att avsätta 1,2 miljoner kronor till en förstudie om validering."),
        Chunk("m4", notes.path, 1, 1, "Minnesanteckningar > § 4 Kompetensforum", "Beslut: Hudiksvall blir värdkommun för forumet hösten 2025."),
        Chunk("m6", notes.path, 1, 1, "Minnesanteckningar > § 6 Övriga frågor", "Arbetsförmedlingen informerade om upphandlingen. Inga beslut fattades."),
    ]
    cat = Catalog({notes.path: notes, PLAN.path: PLAN}, chunks + CHUNKS, PAGES, page_of=_page_of)
    a = cat.answer("vad beslutade styrgruppen på mötet i februari?")
    assert a is not None and a.answered and len(a.citations) == 2
    assert "1,2 miljoner kronor" in a.answer and "Hudiksvall blir värdkommun" in a.answer and "Inga beslut" not in a.answer
    b = cat.answer("vad beslutades om validering?")
    assert b is not None and len(b.citations) == 1 and "förstudie om validering" in b.answer
    # (the notes of the fixture: "Mötet beslutade om fem fokusområden för 2025", quoted as the one decision)
    c = CATALOG.answer("Vad beslutade mötet?")
    assert c is not None and len(c.citations) == 1 and "fem fokusområden" in c.answer
    # a topic no decision is about, and a count, are left to the other routes
    assert cat.answer("vad beslutades om lokalerna?") is None
    assert cat.answer("hur många beslut fattades?") is None


def test_the_body_that_decided_is_no_topic_of_the_decision_asked_about():
    # round 130 (F130-16): "vad beslutade styrgruppen om svetsutbildningen?" had quoted "Styrgruppen
    # … beslutar om nya utbildningsområden" (a sentence on what the group does) by "styrgruppen"
    report = Document("rapport.pdf", "r", "pdf", "Uppföljningsrapport 2025 – Kompetenscentrum", 3)
    chunks = [
        Chunk("r1", report.path, 1, 1, "Rapport > 2.2 Organisation och styrning",
              "Styrgruppen fastställer verksamhetsplan och budget och beslutar om nya utbildningsområden."),
        Chunk("r2", report.path, 3, 3, "Rapport > 6.2 Styrgruppens beslut",
              "Beslut: Svetsutbildningen ska från hösten 2026 genomföras i samarbete med Kramfors yrkesvux."),
    ]
    cat = Catalog({report.path: report}, chunks, {report.path: [c.text for c in chunks]}, page_of=_page_of)
    a = cat.answer("Vad beslutade styrgruppen om svetsutbildningen framöver?")
    assert a is not None and a.answered and len(a.citations) == 1 and "Kramfors yrkesvux" in a.answer


def test_who_answers_for_a_thing_in_a_document_is_no_question_for_its_author():
    # round 55: "Vem är ansvarig för indikatorn om publika laddpunkter i verksamhetsplanen?" was
    # answered with the plan's author
    assert CATALOG.answer("Vem är ansvarig för de nya förskolorna i Nolhaga enligt lokalförsörjningsplanen?") is None
    assert "Anna Berg" in CATALOG.answer("Vem är ansvarig för lokalförsörjningsplanen?").answer


def test_a_decision_is_quoted_with_the_deadline_in_the_sentence_after_it():
    # round 57 (F57-13): "Nätverket beslutade att lämna in en gemensam ansökan …" had been quoted
    # without "Ansökan ska vara inlämnad senast 2026-04-15."
    notes = Document("md/nat.md", "n", "md", "Minnesanteckningar nätverksträff", 0)
    text = ("Sofia presenterade utlysningen. Nätverket beslutade att lämna in en gemensam ansökan för insats 2. "
            "Ansökan ska vara inlämnad senast 2026-04-15. Nästa punkt gällde lokaler.")
    cat = Catalog({notes.path: notes}, [Chunk("m1", notes.path, 1, 1, "Minnesanteckningar > 5. Ekonomi", text)],
                  {notes.path: [text]}, page_of=_page_of)
    ans = cat.answer("Vad beslutade nätverket om ansökan?")
    assert ans.answered and "senast 2026-04-15" in ans.answer and "lokaler" not in ans.answer
    assert ans.citations[0].text.endswith("senast 2026-04-15.")


def test_who_gave_a_presentation_and_when_are_its_author_and_date():
    # F59-17: "vem höll presentationen om halvtidsavstämningen … och när var det" got another
    # event's date from the annual report
    slides = Document("pdf/slides.pdf", "s", "pdf", "Gröna kompetenslyftet – halvtidsavstämning", 7,
                      author="Johan Lindqvist", date="2025-11-12")
    cat = Catalog({slides.path: slides, PLAN.path: PLAN}, CHUNKS, {**PAGES, slides.path: ["Gröna kompetenslyftet – halvtidsavstämning\nJohan Lindqvist, projektledare\n12 november 2025"]},
                  page_of=_page_of)
    ans = cat.answer("vem höll presentationen om halvtidsavstämningen av gröna kompetenslyftet och när var det")
    assert "Johan Lindqvist" in ans.answer and "2025-11-12" in ans.answer


def test_the_document_a_summary_names_is_the_one_titled_so_not_one_whose_first_page_names_it():
    # round 65's F65-14: "sammanfatta kompetensförsörjningsanalysen 2025" summarised meeting notes
    # whose first lines list "Kompetensförsörjningsanalysen" as an agenda item, confidently
    analysis = Document("pdf/Kompetensforsorjningsanalys_2025.pdf", "d", "pdf", "Kompetensförsörjningsanalys 2025", 2)
    notes = Document("txt/Anteckningar_telefonmote.txt", "e", "txt", "Anteckningar – telefonmöte styrgruppen", 0)
    pages = {
        notes.path: ["Anteckningar – telefonmöte styrgruppen\nDagordning\nKompetensförsörjningsanalysen\nBudgetläget\n"
                     "Anna Ek öppnade mötet och dagordningen godkändes."],
        analysis.path: ["Kompetensförsörjningsanalys 2025\nRegion Värmland\n", "Bristen på undersköterskor är stor i alla län."],
    }
    chunks = [Chunk("a1", notes.path, 1, 1, "Anteckningar", pages[notes.path][0]),
              Chunk("b1", analysis.path, 2, 2, "Kompetensförsörjningsanalys 2025 > Sammanfattning", pages[analysis.path][1])]
    cat = Catalog({d.path: d for d in (notes, analysis)}, chunks, pages, search=_search, page_of=_page_of)
    assert cat.identify_document("sammanfatta kompetensförsörjningsanalysen 2025 kort") is analysis


def test_who_signed_a_memo_is_the_name_and_title_pairs_at_its_end():
    # round 90 (F90-10): "vem skrev under tjänsteskrivelsen?" had been answered with the case
    # officer named in its head ("Handläggare – Sofia Nyström"), not the two who sign it
    memo = Document("docx/tjansteskrivelse.docx", "t", "docx", "Tjänsteskrivelse: medfinansiering av Servicepunkt Östhammar", 0)
    chunks = [
        Chunk("t1", memo.path, None, None, "Tjänsteskrivelse > Ärendet", "Handläggare – Sofia Nyström, regional utvecklare"),
        Chunk("t2", memo.path, None, None, "Tjänsteskrivelse > Beslutsunderlag",
              "• Ansökan från Östhammars kommun, inkommen 2025-03-10\nAnna Bergström\nRegional utvecklingsdirektör\n"
              "Johan Eklund\nEnhetschef, Landsbygd och service"),
    ]
    cat = Catalog({memo.path: memo}, chunks, {memo.path: [""]}, page_of=_page_of)
    ans = cat.answer("vem skrev under tjänsteskrivelsen?")
    assert ans is not None and "**Anna Bergström** (Regional utvecklingsdirektör)" in ans.answer and "**Johan Eklund**" in ans.answer
    assert "Sofia" not in ans.answer


def test_a_summary_of_a_sections_topic_lists_its_tables_rows_and_a_reading_guide_names_no_document():
    # round 144 (F144-12): "Kan du sammanfatta vilka ändringar som föreslås i remissversionen …?"
    # summarised the whole guideline – the first page's reading guide ("text som föreslås utgå …
    # ändringar") had made "ändringar" and "föreslås" words that name the document – and a
    # section that is a table of changes was summarised by its one sentence
    guide = Document("pdf/riktlinje_remiss.pdf", "r", "pdf", "Riktlinje för arbetsmarknadsanställningar – remissversion", 4)
    pages = {guide.path: ["Riktlinje för arbetsmarknadsanställningar\nREMISSVERSION\nLäsanvisning: text som föreslås utgå är "
                          "överstruken. Ändringar sammanfattas i avsnitt 9.", "", "", ""]}
    rows = [f"Nr: {k} | Gällande lydelse: {old} | Föreslagen lydelse: {new}" for k, (old, new) in enumerate(
        [("Minst tolv månader", "Minst sex månader"), ("Högst tolv månader", "Högst arton månader"),
         ("Handledarersättning 2 500 kr per månad", "Handledarersättning 3 000 kr per månad"),
         ("Trepartssamtal var tredje månad", "Trepartssamtal varannan månad")], start=1)]
    chunks = [
        Chunk("g1", guide.path, 1, 1, "Riktlinje > Läsanvisning",
              "I denna remissversion är text som föreslås utgå överstruken och ny text understruken. Remissen besvaras senast i december."),
        Chunk("g2", guide.path, 2, 2, "Riktlinje > 4 Anställningsvillkor",
              "Anställningen får pågå i högst tolv månader. Förlängning kan medges vid särskilda skäl. Lönen följer avtal."),
        Chunk("g3", guide.path, 2, 2, "Riktlinje > 5 Ersättning", "Mottagande verksamhet får ersättning enligt tabell 1. Ersättningen betalas kvartalsvis."),
        Chunk("g4", guide.path, 4, 4, "Riktlinje > 9 Sammanställning av föreslagna ändringar", "Tabell 2 sammanfattar skillnaderna.\n" + "\n".join(rows)),
    ]
    cat = Catalog({guide.path: guide}, chunks, pages, search=_search, page_of=_page_of)
    ans = cat.answer("Kan du sammanfatta vilka ändringar som föreslås i remissversionen av riktlinjen för arbetsmarknadsanställningar?")
    assert ans is not None and ans.answered, ans
    assert "Minst sex månader" in ans.answer and "Trepartssamtal varannan månad" in ans.answer, ans.answer
    assert "Lönen följer avtal" not in ans.answer and "kvartalsvis" not in ans.answer, ans.answer


def test_a_summary_of_what_a_report_recommends_lists_the_items_of_that_section():
    # round 146 (F146-05): "Kan du sammanfatta vilka rekommendationer kartläggningen … kommer fram
    # till?" – the report's chapters stood under "Förord" (their headings unseen), the topic picked
    # that whole part and a sentence of each section was given, not the five recommendations
    rep = Document("pdf/kartlaggning.pdf", "k", "pdf", "Kartläggning av sociala företag i Skaraborg 2026", 5)
    pages = {rep.path: ["Kartläggning av sociala företag i Skaraborg 2026", "", "", "", ""]}
    top = "Kartläggning av sociala företag i Skaraborg 2026 > Förord"
    chunks = [
        Chunk("k1", rep.path, 2, 2, top, "Sociala företag erbjuder arbete och gemenskap. De bidrar med varor och tjänster lokalt."),
        Chunk("k2", rep.path, 3, 3, f"{top} > 1.3 Metod", "Kartläggningen bygger på en enkät och tolv intervjuer. Enkäten var öppen i mars."),
        Chunk("k3", rep.path, 4, 4, f"{top} > 2.4 Utmaningar", "Företagen är små och har begränsade marginaler. Många saknar långsiktig finansiering."),
        Chunk("k4", rep.path, 5, 5, f"{top} > 3 Slutsatser och rekommendationer",
              "Sektorn har vuxit sedan 2023 och har i dag en betydande roll för kommunernas arbete.\n"
              "• Inrätta en gemensam samordnare på halvtid från 2027.\n• Pröva reserverade upphandlingar i minst fem kommuner.\n"
              "• Erbjud en gemensam handledarutbildning med minst 40 platser per år."),
    ]
    cat = Catalog({rep.path: rep}, chunks, pages, search=_search, page_of=_page_of)
    ans = cat.answer("Kan du sammanfatta vilka rekommendationer kartläggningen av de sociala företagen kommer fram till?")
    assert ans is not None and ans.answered, ans
    assert "Inrätta en gemensam samordnare" in ans.answer and "minst 40 platser" in ans.answer, ans.answer
    assert "tolv intervjuer" not in ans.answer and "begränsade marginaler" not in ans.answer, ans.answer

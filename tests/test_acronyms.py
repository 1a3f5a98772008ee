"""Acronyms learned from definitions in the text, and query expansion both ways."""
from index.acronyms import Acronym, expand_query, find_acronyms, learn_acronyms
from ingest.model import Chunk


def _chunk(text: str, doc: str = "rapport.pdf", page: int | None = 4) -> Chunk:
    return Chunk(id=f"{doc}#{page}", document=doc, page_start=page, page_end=page, section="", text=text)


def test_learns_both_definition_orders_with_provenance():
    chunks = [
        _chunk("Tjänsten Rusta och matcha (ROM2) växer.", page=3),
        _chunk("Vidare ESF (Europeiska socialfonden) och Individanpassat stöd till arbete (IPS).", page=7),
        _chunk("Mötet mellan Hållbar Regional Utveckling (HRU) och Arbetsförmedlingen Sörmland (AF).", "mote.txt", None),
    ]
    acr = learn_acronyms(chunks, curated=False)
    assert acr["ROM2"] == Acronym("ROM2", "Rusta och matcha", "rapport.pdf", 3)
    assert acr["ESF"].long == "Europeiska socialfonden" and acr["ESF"].page == 7
    assert acr["IPS"].long == "Individanpassat stöd till arbete"
    assert acr["HRU"].long == "Hållbar Regional Utveckling" and acr["HRU"].document == "mote.txt"
    assert acr["AF"].long == "Arbetsförmedlingen"  # "Sörmland" gave no letter to AF


def test_rejects_parentheses_that_are_no_definitions():
    chunks = [
        _chunk("Statistiken hämtades från MONA. Tillgänglig via Statistiska centralbyråns mikrodataregister (MONA)."),
        _chunk("Andelen ökade (SE) och minskade (2023)."),
    ]
    acr = learn_acronyms(chunks, curated=False)
    assert "MONA" not in acr and "SE" not in acr


def test_curated_list_fills_in_and_corpus_definitions_win():
    acr = learn_acronyms([_chunk("Inspektionen för arbetslöshetsförsäkringen (IAF) granskar.")])
    assert acr["AUB"].long == "arbetsmarknadsutbildning" and acr["AUB"].document is None
    assert acr["IAF"].document == "rapport.pdf"


def test_expand_acronym_to_long_form():
    acr = learn_acronyms([])
    assert expand_query("Hur många lämnade ROM2 i januari?", acr).endswith("(Rusta och matcha)")
    # lowercase and the colon genitive are recognised too
    assert "Arbetsförmedlingen" in expand_query("vad gör af:s leverantörer?", acr)


def test_expand_long_form_to_acronym():
    acr = learn_acronyms([])
    q = "Vilka är de största leverantörerna av arbetsmarknadsutbildningar?"
    assert expand_query(q, acr) == q + " (AUB)"  # inflected long form still matches
    assert "ROM2" in expand_query("Hur går det för Rusta och matcha?", acr)


def test_no_expansion_when_nothing_matches_or_both_forms_present():
    acr = {"VAR": Acronym("VAR", "Video Assistant Referee")}
    assert expand_query("var finns statistiken?", acr) == "var finns statistiken?"  # a Swedish word
    assert "Video" in expand_query("Hur används VAR?", acr)
    acr = learn_acronyms([])
    q = "Hur många deltar i Steg till arbete (STA)?"
    assert expand_query(q, acr) == q
    assert [a.short for a in find_acronyms("Hur stor är ESF+?", acr)] == ["ESF+"]


def test_a_short_form_of_one_capital_and_digits_takes_the_noun_phrase_before_it():
    # round 51 (F51-05): "smart specialisering (S3)" – "vad står S3 för" had quoted uses of S3
    acr = learn_acronyms([_chunk("Arbetet med smart specialisering (S3) innebär prioriteringar. Workshop om S3-samverkan.")], curated=False)
    assert acr["S3"].long == "smart specialisering"
    assert "S3" not in learn_acronyms([_chunk("Bidrag från Vinnova (S3) och från EU.")], curated=False)

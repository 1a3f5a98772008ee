"""Swedish analysis for BM25: tokens, stopwords, stems, compounds."""
from index.text import Analyzer
from ingest.swedish import index_tokens as surface_tokens
from ingest.swedish import stem


def test_numbers_acronyms_and_stopwords():
    toks = surface_tokens("Andelen var 10,85% och ESF+ fördelar 5 111 665 kr under 2021–2027 i ROM2:s regi.")
    assert "10,85" in toks
    assert "5111665" in toks and "665" in toks  # thousands groups joined, pieces kept
    assert "2021-2027" in toks and "2021" in toks and "2027" in toks
    assert "esf+" in toks and "esf" in toks
    assert "rom2" in toks and "rom2:s" not in toks
    assert "och" not in toks and "var" not in toks  # stopwords
    assert "under" in toks  # kept: "under 8 procent" carries meaning


def test_hyphenated_words_give_whole_and_parts():
    toks = surface_tokens("Svenska ESF-rådet och Västhaga-Solhaga")
    assert "esf-rådet" in toks and "esf" in toks and "rådet" in toks
    assert "västhaga" in toks and "solhaga" in toks


def test_stems_conflate_inflections():
    assert stem("arbetslösheten") == stem("arbetslöshet")
    assert stem("leverantörerna") == stem("leverantörer")
    assert stem("rom2") == "rom2"  # words with digits are left alone
    # the genitive of an agent noun (bank SP-271: "förskollärares personalomsättning")
    assert stem("förskollärares") == stem("förskollärare") == stem("förskollärarna")
    assert stem("deltagares") == stem("deltagare")


CORPUS = [
    "Sjukskrivning är vanligare i utsatta områden. Sjukskrivningen ökar.",
    "Ett tal i tabellen. Talen ändras. Utbildning och utbildningen är viktig.",
    "Arbetsmarknaden i länet. Arbetsmarknad och arbete. Arbetet pågår.",
    "Sjukskrivningstalen steg och arbetsmarknadsutbildning minskade.",
    "Utbildningsdimensionering blev ett fokusområde.",
    "Personer per person. Per och son. Deltagare deltog; del och tag.",
    "Rapportering och ring. Rapporten och rapport.",
]


def test_compounds_match_their_parts():
    a = Analyzer.fit(CORPUS)
    assert {"sjukskrivning", "tal"} <= set(a.analyze("sjukskrivningstalen"))
    terms = a.analyze("arbetsmarknadsutbildning")
    assert "arbetsmarknadsutbildning" in terms  # the whole stays
    assert {"utbildning", "arbetsmarknad"} <= set(terms)
    # the head is unseen on its own, but a known word + linking -s- marks the compound
    assert "utbildning" in a.analyze("utbildningsdimensionering")


def test_a_modifier_drops_its_final_vowel_in_a_compound():
    a = Analyzer.fit(CORPUS + ["Antalet deltagare och antal nya deltagare."])
    # deltagar(e)|antal: the modifier is "deltagare" without its -e
    assert {"deltag", "antal"} <= set(a.compound_parts("deltagarantal"))


def test_no_false_splits():
    a = Analyzer.fit(CORPUS)
    assert a.compound_parts("personer") == []  # not per|son
    assert a.compound_parts("deltagare") == []  # not del|tag
    assert a.compound_parts("rapportering") == []  # not rapport|e|ring
    assert a.compound_parts("utveckling") == []  # derivational endings are no parts


def test_splitting_can_be_turned_off_and_lexicon_round_trips():
    a = Analyzer.fit(CORPUS)
    b = Analyzer.from_json(a.to_json())
    assert b.analyze("sjukskrivningstalen") == a.analyze("sjukskrivningstalen")
    off = Analyzer.fit(CORPUS, split_compounds=False)
    assert off.analyze("sjukskrivningstalen") == ["sjukskrivningstal"]


def test_query_terms_keep_parts_apart():
    a = Analyzer.fit(CORPUS)
    whole, parts = a.query_terms("Hur höga är sjukskrivningstalen?")
    assert "sjukskrivningstal" in whole and "sjukskrivning" in parts and "hur" not in whole


def test_a_periods_year_is_read_one_way_everywhere():
    # one predicate for "a period with its year" (the columns, the sheets of one table per year and
    # the resolver's asked years had each written their own)
    from ingest.swedish import period_year

    assert [period_year(v) for v in ("2024", "2024K3", "juli 2024", "2021/22", "2023-01-11")] == [2024, 2024, 2024, 2021, 2023]
    assert [period_year(v) for v in ("Januari", "09", "Totalt", "")] == [None, None, None, None]


def test_a_source_noun_is_one_pattern_for_its_words_and_the_compounds_it_closes():
    import re

    from ingest.swedish import SOURCE_NOUN

    whole = re.compile(rf"^[a-zåäö]*s?{SOURCE_NOUN}$")
    for said in ("registret", "tabellen", "rapporterna", "företagsstödsregistret", "varselstatistiken",
                 "sammanställningar", "exporten", "listan"):
        assert whole.match(said), said
    for topic in ("registrerade", "rapportera", "listig", "tabellarisk"):
        assert not whole.match(topic), topic

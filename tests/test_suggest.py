"""Suggested questions and the acronym glossary, from a small hand-made catalog."""
from __future__ import annotations

import pandas as pd

from assistant.suggest import (
    caption_topic,
    clean_heading,
    glossary,
    heading_questions,
    is_meaningful_measure,
    measure_phrase,
    plural,
    suggest_questions,
    table_questions,
    topic_phrase,
)
from ingest.model import Chunk, Column, Document, Table


def _table(tid="t1", label="Område", cols=(("Sjuka", "antal"), ("Sjuka/arbetskraft", "%")), rows=6, totals=(5,), caption="Tabell 1 Sjuka", **kw):
    data = {label: [f"Område {i}" for i in range(rows)]}
    for name, _unit in cols:
        data[name] = [float(i) for i in range(rows)]
    frame = pd.DataFrame(data)
    columns = (Column(label, "label"),) + tuple(Column(n, "value", unit=u) for n, u in cols)
    return Table(
        id=tid, document="documents/rapport.pdf", page=3, sheet=None, caption=caption,
        frame=frame, raw=frame.astype(str), columns=columns, label_column=label, total_rows=totals, **kw,
    )


DOCS = {
    "documents/rapport.pdf": Document("documents/rapport.pdf", "x", "pdf", "Utsattas etablering", 10),
    "stats/tabell.csv": Document("stats/tabell.csv", "y", "csv", "tabell", 0),
}


def _chunk(i, section, text, doc="documents/rapport.pdf", kind="text"):
    return Chunk(f"c{i}", doc, 1 + i, 1 + i, section, text, kind)


def test_plural_and_measure_phrase():
    assert plural("Område") == "områden"
    assert plural("Kommun") == "kommuner"
    assert plural("Län") == "län"
    assert plural("Bostadsområde") == "bostadsområden"
    assert plural("Xyzzy") is None
    assert measure_phrase("Sjuka/arbetskraft", "%") == "andel sjuka"
    assert measure_phrase("Arbetslöshet (%)", "%") == "arbetslöshet"
    assert measure_phrase("Andel utrikes födda", "%") == "andel utrikes födda"
    assert measure_phrase("Förgymnasialt utbildade", "%") == "andel förgymnasialt utbildade"
    assert measure_phrase("Antal deltagare", "antal") == "antal deltagare"
    assert measure_phrase("ROM2-deltagare", "antal") == "ROM2-deltagare"
    assert measure_phrase("Marknadsandel", "%") == "marknadsandel"
    assert measure_phrase("Procentuell förändring", "%") == "procentuell förändring"


def test_table_question_uses_label_plural_and_share_column():
    assert table_questions([_table()]) == ["Vilka områden har högst andel sjuka?"]
    # Levels before changes; readable tables (known plural, shares) first.
    change = _table("c", label="Leverantör", cols=(("Marknadsandel", "%"), ("Procentuell förändring", "%")))
    counts = _table("n", label="Kommun", cols=(("Invånare", "antal"),))
    assert table_questions([_table(label="Xyzzy"), counts, change]) == [
        "Vilka leverantörer har högst marknadsandel?",
        "Vilka kommuner har högst invånare?",
    ]
    # Rows that cannot be named get no question ("Vilka rader …" reads like a database);
    # too few rows → no question; parts of a consolidated table skipped.
    assert table_questions([_table(label="Xyzzy")]) == []
    assert table_questions([_table(rows=3, totals=())]) == []
    whole = _table("all", source_tables=("p1", "p2"))
    assert table_questions([_table("p1"), _table("p2"), whole]) == ["Vilka områden har högst andel sjuka?"]
    # No value column → nothing to rank.
    assert table_questions([_table(cols=())]) == []


def test_rows_named_from_label_word_or_caption():
    # "Kommungrupp 2023" → its first word; "Aspekt" unknown, but the caption says "per utbildning".
    assert table_questions([_table(label="Kommungrupp 2023")]) == ["Vilka kommungrupper har högst andel sjuka?"]
    per = _table(label="Aspekt", caption="Deltagare fördelat per utbildning, januari 2025")
    assert table_questions([per]) == ["Vilka utbildningar har högst andel sjuka?"]


def test_meaningless_measures_take_the_caption_or_are_not_asked():
    # An upload with the columns Grupp;Värde (%) once gave "Vilka grupper har högst andel värde?".
    value = _table(label="Grupp", cols=(("Värde", "%"),), caption="Andel med funktionsnedsättning per grupp, 2023")
    assert table_questions([value]) == ["Vilka grupper har högst andel med funktionsnedsättning?"]
    counted = _table(label="Grupp", cols=(("Värde", "%"),), caption="Tabell 3: Antal deltagare i arbetsträning, 2024")
    assert table_questions([counted]) == ["Vilka grupper har högst andel deltagare?"]
    # Nothing meaningful in the column nor in the caption: no question at all.
    for caption in ("Tabell 7", "Sammanställning av Tabell 2, 4–11", "Värde per grupp"):
        assert table_questions([_table(label="Grupp", cols=(("Värde", "%"),), caption=caption)]) == [], caption
    period = _table(label="Leverantör", cols=(("Andel senaste månaden", "%"),), caption="Marknad STA")
    assert table_questions([period]) == []
    assert not is_meaningful_measure("andel värde") and not is_meaningful_measure("andel senaste månaden")
    assert is_meaningful_measure("andel sjuka") and is_meaningful_measure("marknadsandel")
    assert caption_topic("Tabell 12 Sjukskrivna som inte står till arbetsmarknadens förfogande") == ""  # more than six words
    assert caption_topic("Tabell 2 Arbetslöshet i Örebro län, 2023") == "arbetslöshet"


def test_sentence_headings_are_no_topics():
    assert topic_phrase("Allt viktigare att reda ut gränssnitten") is None
    assert topic_phrase("Arbetsförmedlingen fortsatt i botten på förtroendebarometern") is None
    assert topic_phrase("Vad är civilsamhälle?") is None
    assert topic_phrase("Sammanfattning av arbetslöshet och sjukskrivna i länet") == "arbetslöshet och sjukskrivna i länet"
    assert topic_phrase("Arbetsmarknadsutbildningar – ett typexempel på problemet") == "Arbetsmarknadsutbildningar"
    assert topic_phrase("Utvärdering och framtid: gruppdiskussion") == "Utvärdering och framtid"
    assert topic_phrase("Utmaningar på arbetsmarknaden") == "Utmaningar på arbetsmarknaden"
    chunks = [_chunk(0, "Rapport > Allt viktigare att reda ut gränssnitten", "Gränssnitten mellan aktörerna är oklara. " * 30)]
    assert heading_questions(chunks, DOCS) == []


def test_headings_cleaned_and_generic_ones_skipped():
    assert clean_heading("Bilaga 1 > 3.2 Sjukskrivning i länet") == "Sjukskrivning i länet"
    assert clean_heading("Innehåll") is None
    assert clean_heading("Rapport > Tabell 12 Sjukskrivna") is None
    assert clean_heading("Sammanfattning") is None
    assert clean_heading("") is None


def test_heading_questions_name_document_and_lowercase_common_words():
    chunks = [
        _chunk(0, "Utsattas etablering > Sjukskrivning i länet", "Sjukskrivningen är hög i länet. " * 20),
        _chunk(1, "Utsattas etablering > Innehåll", "1 Inledning 2 Metod " * 50),
        _chunk(2, "Utsattas etablering > Örebro kommun", "I Örebro bor många. Det gäller Örebro och varje kommun."),
        _chunk(3, "", "Område;Sjuka", doc="stats/tabell.csv"),
        # A name alone, an appendix, a label recurring under several headings, a chart label: no topics.
        _chunk(4, "Utsattas etablering > Holmgren", "Holmgren intervjuas. " * 80),
        _chunk(5, "Utsattas etablering > Bilaga 1 > Intervju med Activa", "En lång intervju om arbete. " * 80),
        _chunk(6, "Utsattas etablering > Nyheter > Werket kommenterar", "Vi kommenterar nyheten. " * 30),
        _chunk(7, "Utsattas etablering > Notiser > Werket kommenterar", "Vi kommenterar notisen. " * 30),
        _chunk(8, "Utsattas etablering > MARKNAD IPSU", "marknad " * 100),
    ]
    qs = heading_questions(chunks, DOCS, per_document=2)
    assert qs == [
        "Vad säger Utsattas etablering om sjukskrivning i länet?",
        "Vad säger Utsattas etablering om Örebro kommun?",
    ]


def test_suggestions_alternate_and_respect_answerable():
    chunks = [_chunk(0, "Rapport > Arbetsmarknadsutbildning", "Här ges arbetsmarknadsutbildning till många. " * 10)]
    qs = suggest_questions([_table()], chunks, DOCS)
    assert qs == ["Vilka områden har högst andel sjuka?", "Vad säger Utsattas etablering om arbetsmarknadsutbildning?"]
    # When the titled form is not answerable the shorter one is tried; refused ones are left out.
    asked = []

    def answerable(q):
        asked.append(q)
        return q.startswith("Vad står det")

    assert suggest_questions([_table()], chunks, DOCS, answerable=answerable) == ["Vad står det om arbetsmarknadsutbildning?"]
    assert asked[0] == "Vilka områden har högst andel sjuka?"
    assert suggest_questions([_table()], chunks, DOCS, limit=1) == ["Vilka områden har högst andel sjuka?"]


def test_glossary_defined_and_used_acronyms():
    chunks = [
        _chunk(0, "A", "Arbetsförmedlingen upphandlar Rusta och matcha (ROM2) i hela landet."),
        _chunk(1, "B", "Deltagare i AUB ökade under året."),
        _chunk(2, "C", "Ingen förkortning här."),
    ]
    entries = {e.short: e for e in glossary(chunks)}
    rom = entries["ROM2"]
    assert (rom.long, rom.document, rom.page, rom.defined) == ("Rusta och matcha", "documents/rapport.pdf", 1, True)
    aub = entries["AUB"]
    assert aub.long.lower() == "arbetsmarknadsutbildning" and aub.page == 2 and not aub.defined
    # Curated acronyms the documents never use are not listed.
    assert "UVAS" not in entries and "SCB" not in entries


def test_topic_questions_from_unanswered_pointers():
    from assistant.suggest import proper_nouns, topic_questions

    titles = ["Utsattas etablering", "Werket"]
    chunks = [_chunk(0, "A", "Enligt Statistiska centralbyrån gör statistiska skäl och statistiska val det svårt i Örebro.")]
    proper = proper_nouns(chunks)
    assert "Örebro" in proper and "Statistiska" not in proper
    assert topic_questions("Statistiska överväganden (Utsattas etablering)", titles, proper) == [
        "Vad säger Utsattas etablering om statistiska överväganden?",
        "Vad står det om statistiska överväganden?",
    ]
    assert topic_questions("Vad är civilsamhälle? (Utsattas etablering)", titles, proper) == ["Vad är civilsamhälle?"]
    assert topic_questions("LEVERANSOMRÅDEN VOLYMUTVECKLING TOPP 15 (Werket)", titles, proper) == []
    assert topic_questions("Werket", titles, proper) == ["Vad handlar Werket om?"]

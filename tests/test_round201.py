"""Round 201 (documents, Värmland): a day the asker believes, which an older document gives and a
newer one changes ("Projektet slutar 30 juni 2028 va?")."""
from __future__ import annotations

from tests.kb import engine_over


def test_the_guessed_values_are_read_off_the_question():
    from assistant.documents.kinds import guess_free, guessed

    assert guessed("Projektet slutar 30 juni 2028 va?") == "30 juni 2028"
    assert guessed("när ska slutrapporten vara inne? sept 2028 eller?") == "sept 2028"
    assert guessed("när slutar projektet? dec 2027 väl") == "dec 2027"
    assert guessed("sista dag för föreningarna att söka driftstöd, 31 aug va?") == "31 aug"
    assert guessed("Ekshärad öppnar 7 sept har jag läst i nulägesrapporten, stämmer det fortfarande?") == "7 sept"
    assert "7 sept" not in guess_free("Ekshärad öppnar 7 sept har jag läst i nulägesrapporten, stämmer det fortfarande?")
    # (a day that names what is asked about is no guess)
    assert guessed("vad beslutades den 22 januari?") == "" and guessed("mötet i mars 2026, vad beslutades?") == ""


def test_a_guess_an_older_document_gives_is_answered_by_the_newer_one(tmp_path):
    # F201-07/08: "Projektet slutar 30 juni 2028 va?" and "när ska slutrapporten vara inne? sept
    # 2028 eller?" had been refused ("Jag är osäker"), the plan's sentence shown as the nearest
    engine = engine_over(tmp_path, {
        "projektplan.md": "---\ntitle: Närnod Värmland – projektplan\ndate: 2025-09-18\n---\n\n# Närnod Värmland – projektplan\n\n"
        "## Tidplan\n\nProjektet startar 1 januari 2026. Projektet avslutas 30 juni 2028 och slutrapport lämnas senast "
        "30 september 2028.\n\n## Organisation\n\nProjektet leds av en styrgrupp med en representant per kommun.\n",
        "beslut.md": "---\ntitle: Beslut RUN 2026/0147 – Närnod Värmland\ndate: 2026-03-19\n---\n\n# Beslut RUN 2026/0147\n\n## Beslut\n\n"
        "Regionala utvecklingsnämnden beslutar att förlänga projektperioden till och med 31 december 2028 samt att "
        "slutrapport ska lämnas senast 31 mars 2029.\n\n## Villkor\n\nProjektet ska lämna lägesrapport två gånger per år.\n",
    })
    a = engine.ask("Projektet slutar 30 juni 2028 va?", engine.new_conversation())
    assert a.answered and a.answer.index("31 december 2028") < a.answer.index("30 juni 2028"), a.answer
    assert "det nyare" in a.answer and "Beslut RUN 2026/0147" in a.answer, a.answer
    b = engine.ask("när ska slutrapporten vara inne? sept 2028 eller?", engine.new_conversation())
    assert b.answered and "31 mars 2029" in b.answer.split("\n\n")[0] + b.answer.split("\n\n")[1], b.answer


_WIKI = """<!-- Intranätet > Regional utveckling > Projekt. Senast ändrad 2026-09-01 av Jonas Ekberg (jek) -->
{{Projektinfobox
| namn          = Närnod Värmland
| projektledare = [[Användare:Jek|Jonas Ekberg]]
| period        = 1 januari 2026 – 31 december 2028
}}
'''Närnod Värmland''' etablerar servicenoder i sex kommuner: [[Torsby kommun|Torsby]] och [[Eda kommun|Eda]].<ref>Beslut RUN 2026/0147.</ref>

== Noder ==
{| class="wikitable sortable"
|+ Servicenoder, status 1 september 2026
! Ort !! Kommun !! Öppnar / öppnade
|-
| Sysslebäck || rowspan="2" | Torsby || 8 juni 2026
|-
| Östmark || 2027
|-
| Ekshärad || Hagfors || <s>7 september 2026</s> '''14 september 2026'''
|}

{{Rättelse
| datum = 2026-08-20
| text  = Rätt datum för Ekshärad är måndag 14 september 2026.
}}

[[Kategori:Projekt]]
"""


def test_a_mediawiki_source_reads_as_the_page_it_shows(tmp_path):
    # round 201's intranet page had been read as its markup: every table row a line of pipes, the
    # struck "7 september 2026" beside the new day as if both held, the page dated by its info box
    from ingest.pipeline import load_file

    path = tmp_path / "intranat_wikitext.txt"
    path.write_text(_WIKI, encoding="utf-8")
    r = load_file(path, tmp_path)
    text = "\n".join(c.text for c in r.chunks) + "\n" + "\n".join(t.raw.to_string() for t in r.tables)
    assert r.document.date == "2026-09-01", r.document.date
    for gone in ("{{", "[[", "'''", "<ref", "<!--", "{|", "Kategori"):
        assert gone not in text, (gone, text)
    assert "Projektledare: Jonas Ekberg" in text and "(källa: Beslut RUN 2026/0147.)" in text, text
    assert "Rättelse (datum 2026-08-20): Rätt datum för Ekshärad är måndag 14 september 2026." in text, text
    assert "(struket: 7 september 2026) 14 september 2026" in text, text
    # (a cell spanning two rows stands in both)
    assert "Östmark" in text and text.count("Torsby") >= 3, text


def test_a_plan_is_dated_by_its_version_not_by_a_date_in_its_columns(tmp_path):
    # round 201's plan had been dated 2026-01-01 – "perioden 1 januari 2026 – 30 juni 2028. Målet
    # är att", a short line of its narrow columns – then by a table row's "15 april 2026"; its
    # title page says "Version 1.0, 2025-09-18."
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    from ingest.pipeline import load_file

    path = tmp_path / "projektplan.pdf"
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    for n in range(1, 4):
        c.setFont("Helvetica", 8)
        c.drawString(50, 810, f"Närnod Värmland · Projektplan Version 1.0 · 2025-09-18      Sida {n}")
        c.setFont("Helvetica", 10)
        lines = [
            "Servicenoder på landsbygden i Värmland – projektplan",
            "Version 1.0, 2025-09-18. Fastställd av styrgruppen 2025-10-02.",
            "Projektet ska etablera åtta servicenoder under projekt-",
            "perioden 1 januari 2026 – 30 juni 2028. Målet är att",
            "Torsby Sysslebäck RSN 15 april 2026",
        ] if n == 1 else [f"Avsnitt {n}", "Noderna ska drivas vidare av kommunerna efter projekttiden."]
        for k, line in enumerate(lines):
            c.drawString(50, 760 - 16 * k, line)
        c.showPage()
    c.save()
    assert load_file(path, tmp_path).document.date == "2025-09-18"


def test_a_guessed_deadline_is_checked_against_newer_deadlines_only(tmp_path):
    # F203-14: "…, 30 nov?" had been answered by the plan's field "senast den 30 november" before
    # any newer quote was weighed; checked, a newer report's "skickades den 2 oktober 2026" (the day
    # it was sent, no deadline) must not overrule it – the decision's new deadline does
    engine = engine_over(tmp_path, {
        "plan.md": "---\ntitle: Projektplan SKÄRP\ndate: 2026-02-12\n---\n\n# Projektplan SKÄRP\n\n## Uppföljning\n\n"
        "En årlig lägesrapport lämnas till regionala utvecklingsnämnden senast den 30 november varje år.\n",
        "statusrapport.md": "---\ntitle: SKÄRP statusrapport kvartal 3\ndate: 2026-10-05\n---\n\n# Statusrapport\n\n"
        "## Sammanfattning\n\nDen årliga lägesrapporten till regionala utvecklingsnämnden skickades den 2 oktober 2026.\n",
        "beslut.md": "---\ntitle: Protokollsutdrag RUN § 48\ndate: 2026-06-09\n---\n\n# Beslut\n\n"
        "Regionala utvecklingsnämnden beslutar att projektet ska lämna en årlig lägesrapport till nämnden senast den "
        "15 oktober varje år.\n",
    })
    a = engine.ask("när ska den årliga lägesrapporten till nämnden vara inne, 30 nov?", engine.new_conversation())
    lead = a.answer.split("\n\n")[0] + a.answer.split("\n\n")[1]
    assert a.answered and "15 oktober" in lead and "2 oktober" not in lead, a.answer


def test_a_newer_correction_of_the_guess_answers_it(tmp_path):
    # F201-09: the intranet's "Rättelse: … stod att Ekshärad invigs 7 september 2026. Rätt datum är
    # måndag 14 september 2026" names the guess too – its corrected day answers
    engine = engine_over(tmp_path, {
        "nulagesrapport.md": "---\ntitle: Nulägesrapport Q2 2026\ndate: 2026-07-03\n---\n\n# Nulägesrapport Q2 2026\n\n"
        "## Nästa steg\n\n- Invigning Ekshärad 7 september 2026 – inbjudan skickas i augusti\n- Rekrytering av nodvärd\n",
        "intranat.md": "---\ntitle: Närnod Värmland – intranät\ndate: 2026-09-01\n---\n\n# Närnod Värmland\n\n## Noder\n\n"
        "Rättelse: I nulägesrapporten för andra kvartalet stod att Ekshärad invigs 7 september 2026. Rätt datum är "
        "måndag 14 september 2026, eftersom brandbesiktningen inte kunde göras tidigare.\n",
    })
    a = engine.ask("Ekshärad öppnar 7 sept har jag läst i nulägesrapporten, stämmer det fortfarande?", engine.new_conversation())
    assert a.answered and "14 september 2026" in a.answer.split("[1]")[0], a.answer


def test_a_column_of_when_things_happen_is_no_column_of_figures(tmp_path):
    # F201-13: a wiki table's "Öppnar / öppnade" (8 juni 2026, 2027, januari 2027 …) had been a
    # column of figures – "total budget" summed its years to 12 162
    from ingest.pipeline import load_file

    path = tmp_path / "noder.md"
    path.write_text(
        "# Noder\n\n| Ort | Kommun | Öppnar |\n|---|---|---|\n| Sysslebäck | Torsby | 8 juni 2026 |\n"
        "| Östmark | Torsby | 2027 |\n| Råda | Hagfors | 2027 |\n| Lesjöfors | Filipstad | 2027 |\n"
        "| Åmotfors | Eda | januari 2027 |\n| Ransäter | Munkfors | 2027 |\n",
        encoding="utf-8",
    )
    r = load_file(path, tmp_path)
    assert not any(c.role == "value" and c.name == "Öppnar" for t in r.tables for c in t.columns), [t.columns for t in r.tables]
    assert "Öppnar: 8 juni 2026" in "\n".join(c.text for c in r.chunks), [c.text for c in r.chunks]

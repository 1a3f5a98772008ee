"""Round 199 (documents, Kalmar): a transcript's speaker who says what they are, a web page's
table whose cells span rows, and a site generator's shortcodes."""
from __future__ import annotations

from tests.kb import engine_over


def test_a_speaker_who_says_they_hold_the_role_answers_who_holds_it_now(tmp_path):
    # F199-01: "vem är projektledare för bygdenav nu?" had been answered by the plan's
    # "Projektledare: Annika Strömberg" – the newer webinar's "Jonas Ekelund (00:00:21): … jag är
    # projektledare för Bygdenav sedan 1 maj" names no one but its speaker
    engine = engine_over(tmp_path, {
        "projektplan.md": "---\ntitle: Projektplan Bygdenav\ndate: 2025-11-14\n---\n\n# Projektplan Bygdenav\n\n## Organisation\n\n"
        "Projektägare: Region Kalmar län\n\nProjektledare: Annika Strömberg\n\n"
        "Projektet bygger servicepunkter på landsbygden i fem kommuner.\n",
        "Webbinarium_Bygdenav_2026-05-06.vtt": "WEBVTT\n\n1\n00:00:03.000 --> 00:00:20.000\n<v Maria Kjellberg>Välkomna till informationsträffen om Bygdenav. "
        "Först vill jag presentera vår nya projektledare.\n\n2\n00:00:21.000 --> 00:00:40.000\n"
        "<v Jonas Ekelund>Tack Maria. Ja, jag heter Jonas och jag är projektledare för Bygdenav sedan 1 maj.\n",
    })
    a = engine.ask("vem är projektledare för bygdenav nu?", engine.new_conversation())
    assert a.answered and "Jonas Ekelund" in a.answer.split("\n")[0], a.answer


def test_a_cell_spanning_rows_stands_in_each_of_them():
    # F199-04: a web page's <td rowspan="2">Högsby</td> had left the next row's service point
    # "Ruda" as its municipality
    from ingest.htmlparts import html_parts

    html = (
        "<table><tr><th>Kommun</th><th>Servicepunkt</th><th>Status</th></tr>"
        "<tr><td rowspan=\"2\">Högsby</td><td>Fågelfors</td><td>Öppen</td></tr>"
        "<tr><td>Ruda</td><td>Planeras</td></tr>"
        "<tr><td>Nybro</td><td colspan=\"2\">Alsterbro, datum ej klart</td></tr></table>"
    )
    rows = html_parts(html)[0][1]
    assert rows == [
        ["Kommun", "Servicepunkt", "Status"], ["Högsby", "Fågelfors", "Öppen"], ["Högsby", "Ruda", "Planeras"],
        ["Nybro", "Alsterbro, datum ej klart", "Alsterbro, datum ej klart"],
    ], rows


def test_shortcodes_are_markup_and_their_titles_text():
    # the Hugo page's "{{< alert type="info" title="Uppdaterat 28 april 2026" >}} … {{< /alert >}}"
    # had stood in the quotes as code
    from ingest.plaintext import markdown_blocks

    text = (
        "# Bygdenav\n\n{{< alert type=\"info\" title=\"Uppdaterat 28 april 2026\" >}} Servicepunkten i Fågelfors "
        "öppnade den 20 april 2026. {{< /alert >}}\n\n"
        "{{< figure src=\"/bild.jpg\" alt=\"Band klipps vid bygdegården\" >}}\n\n"
        "{{< button href=\"https://example.se/ansok\" text=\"Ansök om driftstöd\" >}}\n\n"
        "{{< faq \"Kan en enskild firma söka?\" >}} Ja, om firman har minst en anställd. {{< /faq >}}\n\n"
        "Läs villkoren ({{< ref \"/bygdenav/villkor\" >}}). {{ i18n \"apply_now\" }}\n"
    )
    blocks, _, _ = markdown_blocks(text)
    said = "\n".join(b.text for b in blocks)
    assert "{{" not in said and "href" not in said and "/bild.jpg" not in said, said
    assert "Uppdaterat 28 april 2026: Servicepunkten i Fågelfors öppnade den 20 april 2026." in said, said
    assert "Band klipps vid bygdegården" in said and "Ansök om driftstöd" in said, said
    # (a positional title is text, a positional path and a template's own call are not)
    assert "Kan en enskild firma söka?: Ja, om firman har minst en anställd." in said, said
    assert "Läs villkoren." in said and "i18n" not in said and "villkor\"" not in said, said


def test_a_participant_s_question_in_a_transcript_answers_nothing(tmp_path):
    # F199-09 (dev check, session 70): "När öppnar Alsterbro?" had been answered with a webinar
    # participant's own question – its time in the recording, "(00:01:16)", read as a date
    from tests.kb import engine_over

    vtt = (
        "WEBVTT\n\n00:00:05.000 --> 00:00:12.000\n<v Jonas Ekelund>Välkomna till webbinariet om Bygdenav. Fågelfors öppnade den 20 april.\n\n"
        "00:01:16.000 --> 00:01:24.000\n<v Deltagare 4>Ja hej, det är Gunnel från Alsterbro bygdegårdsförening. När öppnar vi hos oss i Alsterbro?\n\n"
        "00:01:25.000 --> 00:01:40.000\n<v Jonas Ekelund>Det finns inget datum än, vi väntar på elanslutning och bygglov.\n"
    )
    engine = engine_over(tmp_path, {"webbinarium_bygdenav_2026-05-06.vtt": vtt})
    a = engine.ask("När öppnar Alsterbro?", engine.new_conversation())
    assert not a.answered and "Jag hittar inte något datum för Alsterbro" in a.answer, a.answer

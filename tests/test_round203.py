"""Round 203 (documents, Stockholms län): a forwarded e-mail whose decision is an attached
message, a web page saved by a text browser, a deadline a decision moved, and a meeting that is
not the minutes' own."""
from __future__ import annotations

import base64

from tests.kb import engine_over

_INNER = (
    "From: \"Registrator, regionala utvecklingsnämnden\" <registrator.run@example.se>\n"
    "To: Henrik Sjöberg <henrik.sjoberg@example.se>\n"
    "Date: Wed, 10 Jun 2026 16:02:40 +0200\n"
    "Subject: Protokollsutdrag RUN 2026-06-09 § 48\n"
    "MIME-Version: 1.0\n"
    "Content-Type: text/plain; charset=utf-8\n"
    "Content-Transfer-Encoding: 8bit\n\n"
    "PROTOKOLLSUTDRAG\nRegionala utvecklingsnämnden\nSammanträde 2026-06-09\n\n"
    "Beslut\nRegionala utvecklingsnämnden beslutar\n\n"
    "1. att bevilja medfinansiering med 6 500 000 kronor för projektet SKÄRP,\n\n"
    "2. att medfinansieringen villkoras av att projektägaren lämnar en\n   lägesrapport till nämnden senast den 15 oktober varje år.\n"
)
_OUTER_TEXT = "Hej alla,\n\nvidarebefordrar protokollsutdraget från nämnden (bifogat).\n\nHälsningar Henrik\n"
_MAIL = (
    "From: Henrik Sjöberg <henrik.sjoberg@example.se>\n"
    "To: SKÄRP projektgrupp <skarp@example.se>\n"
    "Date: Fri, 12 Jun 2026 08:47:13 +0200\n"
    "Subject: VB: Protokollsutdrag RUN 2026-06-09 § 48\n"
    "MIME-Version: 1.0\n"
    "Content-Type: multipart/mixed; boundary=\"XX\"\n\n"
    "--XX\n"
    "Content-Type: text/plain; charset=utf-8\n"
    "Content-Transfer-Encoding: base64\n\n"
    + base64.encodebytes(_OUTER_TEXT.encode("utf-8")).decode("ascii")
    + "\n--XX\n"
    "Content-Type: message/rfc822\n"
    "Content-Disposition: attachment; filename=\"Protokollsutdrag RUN 2026-06-09 § 48.eml\"\n\n"
    + _INNER
    + "\n--XX--\n"
)


def test_an_attached_message_is_read_after_the_message_that_forwards_it():
    from ingest.formats import mime_message

    subject, day, text = mime_message(_MAIL)
    assert day == "2026-06-12" and "6 500 000 kronor" in text and "senast den 15 oktober" in text, text
    # (… under its own sender, day and subject: the thread's next message)
    assert text.index("vidarebefordrar") < text.index("Från: \"Registrator") < text.index("Datum: 2026-06-10 16:02") < text.index("PROTOKOLLSUTDRAG")


def test_a_forwarded_decision_answers_and_its_deadline_overrules_the_plans(tmp_path):
    # F203-14: "när ska den årliga lägesrapporten till nämnden vara inne, 30 nov?" had been answered
    # 30 november from the plan, the attached decision's 15 October unread
    engine = engine_over(tmp_path, {
        "VB_Protokollsutdrag.eml": _MAIL,
        "projektplan.md": "---\ntitle: Projektplan SKÄRP v1.0\ndate: 2026-02-12\n---\n\n# Projektplan SKÄRP\n\n"
        "## 7 Uppföljning och rapportering\n\nProjektledaren lämnar en lägesrapport till styrgruppen inför varje möte. "
        "En årlig lägesrapport lämnas till regionala utvecklingsnämnden senast den 30 november varje år.\n\n"
        "## 8 Budget\n\nProjektets totala budget är 18,4 mnkr.\n",
    })
    doc = engine.documents.documents["VB_Protokollsutdrag.eml"]
    # (the attached minutes' "PROTOKOLLSUTDRAG Regionala utvecklingsnämnden Sammanträde 2026-06-09"
    # names no organisation, nor does the heading the thread's reader gives it)
    assert doc.organisation == "" and doc.date == "2026-06-12", doc
    a = engine.ask("när ska den årliga lägesrapporten till nämnden vara inne, 30 nov?", engine.new_conversation())
    assert a.answered and "15 oktober" in a.answer.split("\n\n")[0], a.answer
    assert "det nyare" in a.answer, a.answer


def test_two_dates_of_one_report_are_of_the_same_thing_though_only_one_says_yearly():
    from assistant.documents.features import Question, Vocabulary
    from assistant.documents.phrases import same_thing_dated

    q = Question.of("när ska den årliga lägesrapporten till nämnden vara inne?", Vocabulary(["x"]))
    old = "En årlig lägesrapport lämnas till regionala utvecklingsnämnden senast den 30 november varje år."
    new = "att medfinansieringen villkoras av att projektägaren lämnar en lägesrapport till nämnden senast den 15 oktober varje år,"
    assert same_thing_dated(old, "den 30 november", new, "den 15 oktober", q)
    other = "Projektet startar den 1 april 2026 med en uppstartsträff."
    assert not same_thing_dated(old, "den 30 november", other, "den 1 april 2026", q)


_LYNX = """   #[1]Region Stockholm – nyheter

   [2]Till huvudinnehåll

   Vi använder kakor (cookies) för att webbplatsen ska fungera. [3]Läs mer om kakor

   [4]Godkänn alla kakor   [5]Endast nödvändiga kakor

   [6]Region Stockholm

     * [7]Hälsa och vård
     * [8]Regional utveckling

   Du är här: [9]Start > [10]Regional utveckling > [11]Projekt > SKÄRP

SKÄRP – servicepunkter i skärgården

   SKÄRP är ett projekt där Region Stockholm och kommunerna i skärgården
   öppnar lokala servicepunkter.

Informationsmöte på Djurö

   Välkommen till ett informationsmöte om den kommande servicepunkten på
   Djurö. Mötet hålls den 24 september 2026 kl. 18.00 i Djurö bibliotek.
   [12]Anmäl dig senast den 17 september

   Senast uppdaterad: 28 augusti 2026

References

   Visible links:
   1. https://www.example.se/rss/nyheter/
   2. https://www.example.se/skarp/#main
   3. https://www.example.se/kakor/
   4. https://www.example.se/skarp/?cookies=all
   5. https://www.example.se/skarp/?cookies=necessary
   6. https://www.example.se/
   7. https://www.example.se/halsa-och-vard/
   8. https://www.example.se/regional-utveckling/
   9. https://www.example.se/
  10. https://www.example.se/regional-utveckling/
  11. https://www.example.se/regional-utveckling/projekt/
  12. https://www.example.se/skarp/anmalan-djuro/
"""


def test_a_page_saved_by_a_text_browser_reads_without_its_link_numbers_and_addresses():
    from ingest.plaintext import without_link_numbers

    text = without_link_numbers(_LYNX)
    assert "Anmäl dig senast den 17 september" in text and "[12]" not in text
    assert "Region Stockholm – nyheter" not in text and "https://" not in text and "References" not in text
    # (bracketed numbers that are no links – a list's own "[1]" – leave the text as it is)
    assert without_link_numbers("Se not [1]och [2]här.\n\nReferences\n\n   1. a\n   2. b\n") is not None
    assert without_link_numbers("Text med [3]hänvisning utan adresslista.\n") is None


def test_the_minutes_day_answers_no_question_of_another_kind_of_meeting(tmp_path):
    # F203-15: "När är infomötet på Djurö?" had been answered with the steering group's minutes'
    # own "Datum: 22 april 2026", the web page's information meeting lower down
    engine = engine_over(tmp_path, {
        "webbsida.txt": _LYNX,
        "protokoll.md": "---\ntitle: Protokoll styrgruppen SKÄRP 2026-04-22\n---\n\n# Protokoll, styrgruppen för SKÄRP\n\n"
        "Datum: 22 april 2026, kl. 13.00–15.00\n\nPlats: Österåkers kommunhus, Åkersberga\n\n"
        "## § 4 Lägesrapport\n\nProjektledaren rapporterade att avtal om lokaler är klara för Ljusterö och Djurö.\n\n"
        "## § 7 Nästa möte\n\nNästa möte hålls den 9 september 2026 i Värmdö.\n",
    })
    a = engine.ask("När är infomötet på Djurö?", engine.new_conversation())
    assert a.answered and "24 september 2026" in a.answer and "22 april" not in a.answer, a.answer
    b = engine.ask("när hölls styrgruppsmötet?", engine.new_conversation())
    assert b.answered and "22 april 2026" in b.answer.split("\n\n")[0], b.answer

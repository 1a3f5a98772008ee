"""Round 205 (documents, Halland): a mailing list's digest whose last message corrects the first
one's deadline ("Var det 7 juni som var sista dagen att söka …?")."""
from __future__ import annotations

from tests.kb import engine_over

_DIGEST = """Send Lanthandelsnatverket mailing list submissions to
\tlanthandelsnatverket@lists.example

To subscribe or unsubscribe via the World Wide Web, visit
\thttps://lists.example/mailman/listinfo/lanthandelsnatverket

Today's Topics:

   1. Ans=?utf-8?q?=C3=B6?=kan =?utf-8?q?=C3=B6?=ppen - sista dag 7 juni
      (Elin Sandgren)
   2. Re: Ansökan öppen - sista dag 7 juni (Elin Sandgren)


----------------------------------------------------------------------

Message: 1
Date: Thu, 6 May 2027 08:02:11 +0200
From: Elin Sandgren <elin.sandgren@example.se>
To: lanthandelsnatverket@lists.example
Subject: [Lanthandel] Ansökan öppen - sista dag 7 juni
Message-ID: <1@example.se>
Content-Type: text/plain; charset="utf-8"

Hej alla i Lanthandelsnätverket!

Nu är ansökningsomgång 1 i Lanthandelslyftet Halland öppen. Sista dag
att söka är måndag 7 juni 2027. Ansökan görs i Region Hallands
e-tjänst.

Vänliga hälsningar
Elin Sandgren


------------------------------

Message: 2
Date: Wed, 19 May 2027 16:20:45 +0200
From: Elin Sandgren <elin.sandgren@example.se>
To: lanthandelsnatverket@lists.example
Subject: Re: [Lanthandel] Ansökan öppen - sista dag 7 juni
Message-ID: <2@example.se>
Content-Type: text/plain; charset="utf-8"

Hej alla,

Först en RÄTTELSE till mitt mejl den 6 maj: sista ansökningsdag i
omgång 1 är förlängd till måndag 14 juni 2027. Anledningen är att
e-tjänsten låg nere 12-14 maj.

/Elin

> Den 6 maj 2027 08:02 skrev Elin Sandgren:
> Nu är ansökningsomgång 1 i Lanthandelslyftet Halland öppen. Sista dag
> att söka är måndag 7 juni 2027.


------------------------------

Subject: Digest Footer

_______________________________________________
Lanthandelsnatverket mailing list


------------------------------

End of Lanthandelsnatverket Digest, Vol 2, Issue 5
**************************************************
"""


def test_a_digest_is_read_as_its_messages_without_their_quotes_of_each_other(tmp_path):
    from ingest.pipeline import load_file

    (tmp_path / "digest.txt").write_text(_DIGEST, encoding="utf-8")
    r = load_file(tmp_path / "digest.txt", tmp_path)
    assert r.document.title == "Lanthandelsnatverket Digest, Vol 2, Issue 5" and r.document.date == "2027-05-19", r.document
    sections = {c.section.split(" > ")[0] for c in r.chunks}
    assert sections == {"Meddelande från Elin Sandgren, 2027-05-06 08:02", "Meddelande från Elin Sandgren, 2027-05-19 16:20"}, sections
    text = "\n".join(c.text for c in r.chunks)
    # (the second message's quote of the first is the first's: said once, where it was said)
    assert text.count("Sista dag att söka är måndag 7 juni 2027") == 1, text
    assert "subscribe" not in text and "Digest Footer" not in text and "Today's Topics" not in text


def test_var_as_the_verb_asks_nothing_so_the_day_before_it_is_a_guess():
    from assistant.documents.kinds import guessed

    assert guessed("Var det 7 juni som var sista dagen att söka i första omgången?") == "7 juni"
    # ("var" asking where, the day naming the meeting: no guess)
    assert guessed("var hålls mötet 7 juni?") == ""


def test_a_thread_s_later_message_corrects_a_day_its_first_gave(tmp_path):
    # F205-01 had been answered "7 juni 2027" from the digest's first message, its correction in
    # the same file unheeded (one document, one date)
    engine = engine_over(tmp_path, {"digest.txt": _DIGEST})
    a = engine.ask("Var det 7 juni som var sista dagen att söka i första omgången av Lanthandelslyftet?", engine.new_conversation())
    first = a.answer.split("\n\n")[0]
    assert a.answered and "14 juni 2027" in first and "6 maj" not in first, a.answer
    assert "det nyare, meddelandet från Elin Sandgren, 2027-05-19 16:20" in a.answer, a.answer

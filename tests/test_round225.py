"""Round 225 (documents, Gotland): a newsletter whose plain-text part was never updated – only its
HTML part, the one a mail program shows, has the corrected facts."""
from __future__ import annotations


def _round():
    from tests.kb import fresh_round

    return fresh_round("r225")


def test_of_a_messages_alternatives_the_html_part_a_reader_sees_is_read(tmp_path):
    # F225-01/12: the text/plain copy said "6 september" and a fee from 1 mars 2028; the HTML part
    # says 20 september 2027 and 1 april 2028 – the text part alone had been read
    from ingest.pipeline import load_file

    _round().make_newsletter(str(tmp_path))
    path = next(tmp_path.glob("*.eml"))
    text = "\n".join(c.text for c in load_file(path, tmp_path).chunks)
    assert "20 september 2027" in text and "1 april 2028" in text, text
    assert "6 september" not in text, text
    # (a row's cells stand apart: "Burgsvik – Öppnar 20 september 2027")
    assert "Burgsvik – Öppnar 20 september 2027" in text, text


def test_a_plain_part_with_no_html_beside_it_is_still_the_text(tmp_path):
    from email.message import EmailMessage

    from ingest.pipeline import load_file

    msg = EmailMessage()
    msg["From"] = "Anna <anna@example.se>"
    msg["To"] = "Per <per@example.se>"
    msg["Subject"] = "Mötet flyttas"
    msg["Date"] = "Mon, 06 Sep 2027 08:30:00 +0200"
    msg.set_content("Hej!\n\nMötet flyttas till 14 oktober 2027 kl. 10.\n\nAnna\n")
    msg.add_attachment("<html><body><p>Gammal kallelse: 7 oktober 2027</p></body></html>", subtype="html", filename="kallelse.html")
    path = tmp_path / "mote.eml"
    path.write_bytes(bytes(msg))
    text = "\n".join(c.text for c in load_file(path, tmp_path).chunks)
    assert "14 oktober 2027" in text and "7 oktober" not in text, text

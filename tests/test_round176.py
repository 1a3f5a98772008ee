"""Round 176 (documents, Kronoberg) as its files were written: a raw e-mail saved as text, and
a sentence that names the date it replaces. Seconds each."""
from __future__ import annotations

from assistant.documents.features import Question, Vocabulary
from assistant.documents.phrases import key_phrase
from ingest.formats import mime_message
from tests.test_engine_places import _engine_writing

_MAIL = (
    "Received: from MB0417.PROD.OUTLOOK.COM (2603:10a6:150:1d2::9)\n"
    " by MB0290.PROD.OUTLOOK.COM with HTTPS; Tue, 12 May 2026 12:07:35 +0000\n"
    "From: Lina Fransson <lina.fransson@kronoberg.example>\n"
    "To: KVK kommunkontakter <kvk@kronoberg.example>\n"
    "Subject: =?utf-8?Q?VB:_Kick-off_Kompetensv=C3=A4xeln_flyttas_till_2_juni?=\n"
    "Date: Tue, 12 May 2026 12:07:33 +0000\n"
    "X-MS-TNEF-Correlator:\n"
    'Content-Type: multipart/mixed; boundary="OUTER"\n'
    "MIME-Version: 1.0\n\n"
    "--OUTER\n"
    'Content-Type: multipart/alternative; boundary="ALT"\n\n'
    "--ALT\n"
    'Content-Type: text/plain; charset="utf-8"\n'
    "Content-Transfer-Encoding: 8bit\n\n"
    "Hej alla kommunkontakter!\n\n"
    "Kick-offen för Kompetensväxeln Kronoberg flyttas. Ny tid är tisdag 2 juni 2026, kl. 8.30–12.00 "
    "(inte onsdag 20 maj som i inbjudan). Vi ses i konferenslokalen Perrongen på Alvesta resecentrum.\n\n"
    "Hälsningar\nLina\n\n"
    "--ALT\n"
    'Content-Type: text/html; charset="utf-8"\n'
    "Content-Transfer-Encoding: quoted-printable\n\n"
    "<html><head><meta http-equiv=3D\"Content-Type\" content=3D\"text/html\"></head>"
    "<body><p>Kick-offen f=C3=B6r Kompetensv=C3=A4xeln flyttas.</p></body></html>\n"
    "--ALT--\n\n"
    "--OUTER\n"
    "Content-Type: message/rfc822\n"
    "Content-Disposition: attachment\n\n"
    "From: Lina Fransson <lina.fransson@kronoberg.example>\n"
    "Subject: Inbjudan kick-off\n"
    'Content-Type: text/plain; charset="utf-8"\n'
    "Content-Transfer-Encoding: quoted-printable\n\n"
    "V=C3=A4lkommen till kick-off onsdag 20 maj 2026 kl. 9.00=E2=80=9312.00 i V=C3=A4xj=C3=B6.\n\n"
    "--OUTER--\n"
)


def test_a_raw_email_saved_as_text_is_read_as_its_message():
    # F176-02: the transport headers had titled the document ("Received: from …"), the HTML copy
    # was indexed as quoted-printable, and the attached old invitation answered "20 maj"
    subject, day, text = mime_message(_MAIL)
    assert subject == "VB: Kick-off Kompetensväxeln flyttas till 2 juni" and day == "2026-05-12"
    assert "Ny tid är tisdag 2 juni 2026" in text and "Från: Lina Fransson" in text and "Datum: 2026-05-12" in text
    assert "Received" not in text and "<html" not in text and "=C3" not in text, text
    assert "Välkommen till kick-off onsdag 20 maj" not in text, text  # (the attached message)
    # … and any other text is none
    assert mime_message("Från: Karin\nTill: Olle\n\nHej!") is None
    assert mime_message("Mötesanteckningar 12 maj\n\nFrån: styrgruppen") is None


def test_an_eml_file_is_a_document_titled_by_its_subject(tmp_path, monkeypatch):
    engine = _engine_writing(tmp_path, monkeypatch, lambda kb: (kb / "kickoff.eml").write_text(_MAIL, encoding="utf-8"))
    (doc,) = engine.snapshot.documents.values()
    assert doc.title == "Kick-off Kompetensväxeln flyttas till 2 juni" and doc.date.startswith("2026-05-12"), doc
    texts = " ".join(c.text for c in engine.snapshot.chunks)
    assert "Perrongen" in texts and "<html" not in texts and "20 maj 2026 kl. 9.00" not in texts, texts


def test_the_date_a_sentence_denies_is_no_answer():
    q = Question.of("när är kickoffen?", Vocabulary(["x"]))
    text = "Ny tid är tisdag 2 juni 2026, kl. 8.30–12.00 (inte onsdag 20 maj som i inbjudan)."
    assert "20 maj" not in key_phrase(text, q), key_phrase(text, q)

"""Round 221 (documents, Kalmar): a send log's stamps, everyday adverbs."""
from __future__ import annotations


def test_a_send_logs_stamp_is_no_date_the_message_speaks_of():
    # F221-01: "#6 Skickat 2027-05-04 10:00 … Sista dag att söka hamncheck … är tors 6/5" had
    # answered "sista dag …?" with the day the text was sent
    from assistant.documents.kinds import TIMESTAMP

    line = "#6   Skickat 2027-05-04 10:00   Lista: Hamnföreningar 2027 (61 nr)"
    assert [m.group(0) for m in TIMESTAMP.finditer(line)] == ["Skickat 2027-05-04 10:00"]
    assert TIMESTAMP.search("[2026-01-22 11:30] Anneli: hej")
    assert not TIMESTAMP.search("Sista dag är 2027-05-06.")


def test_an_everyday_adverb_is_no_typo():
    # F221-15: "varför sköts sista ansökningsdagen fram igen i maj?" had been read "… fram ingen"
    from assistant.question import normalise_question, vocabulary

    vocab = vocabulary(["Sista ansökningsdag för hamncheck flyttas. Ingen ansökan har kommit in. Ingen ingen ingen."])
    nq = normalise_question("varför sköts sista ansökningsdagen fram igen i maj?", vocab)
    assert "igen" in nq.text and not any(a == "igen" for a, _ in nq.corrections), nq

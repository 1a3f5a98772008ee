"""Round 184 (documents, Örebro): a DOS export's letters."""
from __future__ import annotations

from ingest.swedish import decode_bytes


def test_a_text_in_dos_code_page_437_reads_its_swedish_letters():
    # round 184: an SIE 4 finance export ("#FORMAT PC8") had read "™rebro l„n", "ing†r"
    text = '#FORMAT PC8\r\n#PROSA "Utdrag projekt 4711 Jobbsteget Örebro län. Löner bokförs via lönesystemet och ingår inte."\r\n'
    assert decode_bytes(text.encode("cp437")) == text
    # (Windows-1252 and UTF-8 text read as before)
    assert decode_bytes("Örebro län – ingår".encode("cp1252")) == "Örebro län – ingår"
    assert decode_bytes("Örebro län – ingår".encode()) == "Örebro län – ingår"

"""Round 193 (documents, Gotland): an RTF document saved with a .txt name."""
from __future__ import annotations

from ingest.pipeline import load_file

_RTF = (
    r"{\rtf1\ansi\ansicpg1252\uc1\deff0{\fonttbl{\f0\froman Times New Roman;}}{\colortbl;\red0\green0\blue0;}"
    r"{\info{\title Protokollsutdrag}{\author Karolina Sand}}{\*\generator \'c4rendesystem 6.4;}"
    r"{\header\pard\plain REGION GOTLAND\tab PROTOKOLLSUTDRAG\par}"
    "\n"
    r"\pard\plain\s1 \'a7 34\tab Vattenlyftet Gotland \endash  upph\'e4vande av styrgruppens beslut\par"
    r"\pard\plain 2.\tab Taket f\'f6r vattencheck \'e4r 60\~000 kronor per f\u246?retag.\par"
    r"{\v\pard\plain Utkast: Arbetsutskottet godk\'e4nner h\'f6jningen till 75\~000 kronor.\par}"
    r"\pard\plain Lena Westin (C) reserverar sig mot beslutet.\par}"
)


def test_an_rtf_document_saved_as_text_reads_as_its_text(tmp_path):
    # F193-01, F193-20: the committee extract was raw RTF code in a .txt – "60\~000",
    # "f\'f6r" – so "60 000" stood nowhere, and a hidden draft said the opposite
    for name in ("utdrag.txt", "utdrag.rtf"):
        path = tmp_path / name
        path.write_bytes(_RTF.encode("cp1252"))
        text = " ".join(f"{c.section} {c.text}" for c in load_file(path, tmp_path).chunks)
        assert "Taket för vattencheck är 60\u00a000 kronor per företag." in text or "Taket för vattencheck är 60 000 kronor per företag." in text, text
        assert "§ 34" in text and "upphävande" in text and "Lena Westin (C) reserverar sig" in text, text
        assert "75" not in text and "Utkast" not in text and "REGION GOTLAND" not in text and "rtf1" not in text, text


def test_a_broken_rtf_reads_what_it_can_and_never_raises(tmp_path):
    # a "\u" without its number, braces that never close or close too often, a bad escape
    for k, raw in enumerate((r"{\rtf1 \u hej\par", r"{\rtf1 }}} {{{ \'zz text", r"{\rtf1 \u-3913? x\par}")):
        path = tmp_path / f"trasig{k}.rtf"
        path.write_bytes(raw.encode("cp1252"))
        text = " ".join(c.text for c in load_file(path, tmp_path).chunks)
        assert text.strip() and "rtf1" not in text, text

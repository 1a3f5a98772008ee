"""A memo's letterhead set as a table in its Word header (round 142, F142-05: "vem är handläggare
på ärendet …?" – the date, case number and officer stand only there, and the header was not read;
a RACI table's "Handläggare: R" of another document was answered instead)."""


def _memo(path):
    import docx

    d = docx.Document()
    header = d.sections[0].header
    t = header.add_table(rows=2, cols=3, width=docx.shared.Cm(16))
    for r, cells in enumerate([["REGION SÖRMLAND", "TJÄNSTESKRIVELSE", "1 (1)"],
                               ["Regional utveckling", "Datum: 2026-10-28", "Handläggare: Maria Nyström, utvecklingsstrateg"]]):
        for k, text in enumerate(cells):
            t.cell(r, k).text = text
    d.add_heading("Medfinansiering av projektet Omställningslyft Oxelösund", level=1)
    d.add_heading("Sammanfattning", level=2)
    d.add_paragraph("Oxelösunds kommun söker medel från Europeiska socialfonden för projektet Omställningslyft Oxelösund.")
    d.save(path)
    return path


def test_the_word_header_is_read_as_the_documents_first_lines(tmp_path):
    from ingest.pipeline import load_file

    r = load_file(_memo(tmp_path / "tjansteskrivelse.docx"), tmp_path)
    lines = [ln for c in r.chunks for ln in c.text.split("\n")]
    assert "Handläggare: Maria Nyström, utvecklingsstrateg" in lines and "Datum: 2026-10-28" in lines, lines
    assert "1 (1)" not in lines  # (its page number is no text)


def test_who_is_the_officer_is_the_headers_field_and_a_code_letter_is_no_one(tmp_path, monkeypatch):
    from tests.test_engine_places import _engine_writing

    def write(kb):
        _memo(kb / "tjansteskrivelse_omstallningslyft.docx")
        (kb / "process.md").write_text(
            "# Rekryteringsträff\n\n| Aktivitet | Handläggare | Teamledare |\n|---|---|---|\n| Behovsanalys | R | A |\n| Kallelse | A | R |\n",
            encoding="utf-8")

    engine = _engine_writing(tmp_path, monkeypatch, write)
    a = engine.ask("vem är handläggare på ärendet om medfinansiering av omställningslyftet?", engine.new_conversation())
    assert a.answered and "Maria Nyström" in a.answer, a.answer


def test_the_decisions_of_another_days_meeting_are_no_answer(tmp_path, monkeypatch):
    # round 142 (F142-11): "vad beslutades på teammötet den 17 november?" of the notes of
    # 3 November, which name the 17th only as the next meeting's day, listed the 3rd's decisions
    from tests.test_engine_places import _engine_of

    notes = ("MINNESANTECKNINGAR – TEAMMÖTE\nDatum: 2026-11-03\n\n1. Rekryteringsträff logistik\n"
             "BESLUT: Rekryteringsträffen för logistik hålls den 25 november.\n\n2. Nästa möte\n"
             "Nästa möte hålls tisdag 17 november 2026 kl. 09.00.\n")
    engine = _engine_of(tmp_path, monkeypatch, {"minnesanteckningar_teammote_2026-11-03.txt": notes})
    a = engine.ask("Vad beslutades på teammötet den 17 november 2026?", engine.new_conversation())
    assert "25 november" not in a.answer or not a.answered, a.answer
    a = engine.ask("Vad beslutades på teammötet den 3 november 2026?", engine.new_conversation())
    assert a.answered and "25 november" in a.answer, a.answer

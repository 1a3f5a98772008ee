"""Round 215 (documents, Gotland): definitions listed as bullets."""
from __future__ import annotations


def test_a_definition_listed_as_a_bullet_answers_what_the_term_means(tmp_path):
    # F215-08: "• Servicenod: en lanthandel …" under "Definitioner:" was no definition (its bullet
    # stood before the term), and "vad menas egentligen med en servicenod?" found no support
    from tests.kb import engine_over

    text = (
        "# Projektplan Servicenoder\n\n"
        "Syftet är att samla service i lanthandeln. Ombudsersättning betalas till varje servicenod.\n\n"
        "Definitioner:\n\n"
        "- Servicenod: en lanthandel med helårsöppet som erbjuder paketutlämning, apoteksombud och kontantuttag.\n"
        "- Ombudsersättning: den årliga ersättning som regionen betalar till butiken för att driva servicenoden.\n"
    )
    engine = engine_over(tmp_path, {"plan.md": text})
    a = engine.ask("vad menas egentligen med en servicenod?", engine.new_conversation())
    assert a.answered and "apoteksombud" in a.answer and "årliga ersättning" not in a.answer, a.answer


def _round():
    from tests.kb import fresh_round

    return fresh_round("r215")


def test_a_guess_tagged_right_is_checked_against_the_newest_document(tmp_path):
    # F215-17: "klintehamn öppnade 30 augusti rätt?" – "rätt?" was no tag of assent, so the guess
    # stayed the question's words; and a log's task line "Klintehamn: … öppning 30 augusti" was
    # answered as Klintehamn's field though the newer newsletter gives 6 september 2027
    from assistant.documents.kinds import split_guesses
    from tests.kb import engine_over

    assert split_guesses("klintehamn öppnade 30 augusti rätt?") == ("klintehamn öppnade rätt?", "30 augusti")
    assert split_guesses("Hemse öppnade väl 15 april, rätt?")[1] == "15 april"
    assert split_guesses("vilket datum är rätt?") == ("vilket datum är rätt?", "")
    src = tmp_path / "src"
    src.mkdir()
    module = _round()
    module.make_md(str(src))
    module.make_newsletter(str(src))
    engine = engine_over(tmp_path, {p.name: p.read_bytes() for p in src.iterdir()})
    for q in ("när öppnade klintehamn?", "klintehamn öppnade 30 augusti rätt?"):
        a = engine.ask(q, engine.new_conversation())
        assert a.answered and a.answer.startswith("**6 september 2027**"), (q, a.answer)


def test_two_words_of_a_question_find_the_compound_the_documents_write():
    # F215-13, F211-05: "när tar projektet slut?" shares no word with a timetable's "Projektslut"
    from assistant.documents.features import Vocabulary, compounds_asked

    class _Vocab:
        df = {"projektslut": 1, "ansökningstid": 1}

    vocab: Vocabulary = _Vocab()  # type: ignore[assignment]
    assert compounds_asked("När tar projektet slut?", vocab) == ["projektslut"]
    assert compounds_asked("hur lång är ansökningens tid?", vocab) == []  # (a genitive opens no compound here)
    assert compounds_asked("när börjar projektet?", vocab) == []


def test_a_docx_row_merged_across_the_table_is_said_once(tmp_path):
    # F215-12: the minutes' row "Ljugarn … – UTGÅR, ersätts av Roma" merged over five columns had
    # been read as the value of each ("Ort: Ljugarn … | Butik: Ljugarn … | …"); a form's heading row
    # merged over two cells read "1 Sökande – 1 Sökande"
    import docx

    from ingest.pipeline import load_file

    d = docx.Document()
    t = d.add_table(rows=3, cols=3)
    for j, h in enumerate(("Ort", "Butik", "Öppning")):
        t.cell(0, j).text = h
    for j, v in enumerate(("Hemse", "Hemse Livs", "2 juni 2027")):
        t.cell(1, j).text = v
    merged = t.cell(2, 0).merge(t.cell(2, 2))
    merged.text = "Ljugarn – UTGÅR, ersätts av Roma."
    d.save(tmp_path / "p.docx")
    text = "\n".join(c.text for c in load_file(tmp_path / "p.docx", tmp_path).chunks)
    assert text.count("UTGÅR") == 1, text


def test_an_unruled_table_of_words_keeps_each_row_apart(tmp_path):
    # F215-10: the newsletter's "Ort  Butik  Öppning  Öppettider" table, drawn without rulings,
    # had run into one paragraph – "Fårösund … 11 oktober 2027² meddelas senare Burgsvik …
    # 2028³" – and Fårösund's day had answered when Burgsvik opens
    from ingest.pipeline import load_file

    _round().make_newsletter(str(tmp_path))
    pdf = next(tmp_path.glob("*.pdf"))
    text = "\n".join(c.text for c in load_file(pdf, tmp_path).chunks)
    assert "Ort: Fårösund | Butik: Fårösunds Handel | Öppning: 11 oktober 2027² |" in text, text
    assert "Ort: Burgsvik | Butik: Burgsviks Diversehandel | Öppning: 2028³ |" in text, text
    # (prose set in one column stays prose)
    assert "Servicenoden i Fårösunds Handel öppnar måndag 11 oktober 2027. Ombyggnaden" in text


def test_dataview_fields_are_lines_and_the_note_is_dated_by_its_update(tmp_path):
    # F215-10: "fårösund-planerad:: 2027-10-04" and "burgsvik-planerad:: 2028" had run into one
    # paragraph, Fårösund's day read as Burgsvik's; the note is of the day front matter says it
    # was updated, not of a field's date
    from ingest.pipeline import load_file

    _round().make_md(str(tmp_path))
    md = next(tmp_path.glob("*.md"))
    r = load_file(md, tmp_path)
    lines = [ln for c in r.chunks for ln in c.text.split("\n")]
    assert "fårösund-planerad: 2027-10-04" in lines and "burgsvik-planerad: 2028" in lines, lines
    assert r.document.date == "2027-06-21"


def test_a_day_asked_when_the_newest_document_gives_only_a_year_is_not_answered(tmp_path):
    # F215-10: "Vilket datum öppnar Burgsvik?" – the plan's "Burgsvik – november 2027" is put off
    # by the newer log ("Burgsvik skjuts till 2028", "Ingen dag satt"): no day is given, and the
    # answer says so instead of quoting an older day
    from tests.kb import engine_over

    src = tmp_path / "src"
    src.mkdir()
    module = _round()
    module.make_md(str(src))
    module.make_newsletter(str(src))
    module.make_plan_v2(str(src))
    engine = engine_over(tmp_path, {p.name: p.read_bytes() for p in src.iterdir()})
    a = engine.ask("Vilket datum öppnar Burgsvik?", engine.new_conversation())
    assert not a.answered and "2028" in a.answer and "november 2027" not in a.answer.split("Närmast")[0], a.answer
    assert "oktober 2027" not in a.answer, a.answer

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


def test_unchanged_cells_of_a_new_version_column_are_the_old_figure(tmp_path):
    # F225-02/10/12: "oförändrad" in "Ny lydelse" beside "Nuvarande lydelse" had made the new
    # column words, and every budget question was answered from the replaced version
    from ingest.pipeline import load_file

    _round().make_decision(str(tmp_path))
    path = next(tmp_path.glob("*.docx"))
    table = next(t for t in load_file(path, tmp_path).tables if "Jämförelsetabell" in t.caption)
    new = next(c for c in table.columns if c.name == "Ny lydelse")
    assert new.role == "value", table.columns
    by_row = dict(zip(table.frame.iloc[:, 0], table.frame["Ny lydelse"]))
    assert by_row["Total budget"] == 6_880_000 and by_row["Finansiering, ERUF"] == 2_560_000, by_row
    assert any("oförändrad" in n and "Nuvarande lydelse" in n for n in table.notes), table.notes


def test_unchanged_in_a_column_of_words_stays_a_word():
    from ingest.tables.shape import _unchanged_from_the_left

    names = ["Aktivitet", "Budget", "Status"]
    grid = [["Kurs", "120 000", "oförändrad"], ["Mässa", "40 000", "Försenad"]]
    out, notes = _unchanged_from_the_left(names, grid)
    assert out == grid and notes == ()


def test_a_question_naming_no_version_is_read_at_the_one_in_force(tmp_path):
    from tests.kb import engine_of_written

    r = _round()
    engine = engine_of_written(tmp_path, r.make_decision)
    a = engine.ask("hur mycket är 1:1-medlen?", engine.new_conversation())
    assert "2 720 000" in a.answer and "Ny lydelse" in a.reading, (a.reading, a.answer)
    # the replaced version stays an alternative reading
    assert any("Nuvarande lydelse" in alt for alt in a.alternatives), a.alternatives
    a = engine.ask("vad är den nuvarande lydelsen för total budget", engine.new_conversation())
    assert "6 400 000" in a.answer and "Nuvarande lydelse" in a.reading, (a.reading, a.answer)


def test_a_bodys_decision_heading_lists_its_points(tmp_path):
    # F225-11: "Arbetsutskottets beslut" over four points – only the point that says "beslutar
    # att" had been read as a decision, and "förlänga" found nothing
    from tests.kb import engine_of_written

    engine = engine_of_written(tmp_path, _round().make_decision)
    a = engine.ask("Beslutade arbetsutskottet att förlänga projektet?", engine.new_conversation())
    assert "Förlängningen av projektperioden" in a.answer, a.answer
    a = engine.ask("vad beslutade arbetsutskottet?", engine.new_conversation())
    assert "480 000 kr" in a.answer and "justeras omedelbart" in a.answer and "• " not in a.answer, a.answer


def test_an_html_parts_headings_head_their_sections(tmp_path):
    # F225-15: "247 registrerade användare" (an <h2>) had run into the table's section before it
    from ingest.pipeline import load_file

    _round().make_newsletter(str(tmp_path))
    path = next(tmp_path.glob("*.eml"))
    chunks = load_file(path, tmp_path).chunks
    said = next(c for c in chunks if "247 personer" in c.text)
    assert said.section.endswith("247 registrerade användare"), said.section
    assert any(c.section.endswith("Klintehamn: ny lokal i Hamnmagasinet") for c in chunks), [c.section for c in chunks]


def test_a_csv_attached_to_a_pdf_without_figures_is_read_as_its_text(tmp_path):
    # F225-20: the revised timetable ("enligt bilaga 2") is only a file attached to the minutes –
    # having no figures, it had been read as nothing
    from ingest.pipeline import load_file

    _round().make_minutes(str(tmp_path))
    path = next(tmp_path.glob("styrgrupp*.pdf"))
    said = [c for c in load_file(path, tmp_path).chunks if c.section.endswith("Bifogad fil Bilaga2_reviderad_tidplan.csv")]
    assert said and "Ort: Fårösund" in said[0].text and "Planerad öppning: 17 april 2028" in said[0].text, said


def test_a_figure_written_unchanged_says_so_with_the_answer(tmp_path):
    # the new version's ERUF figure is the old one because the decision wrote "oförändrad": an
    # answer showing it says so, and an answer of a row that changed does not
    from tests.kb import engine_of_written

    engine = engine_of_written(tmp_path, _round().make_decision)
    a = engine.ask("hur mycket ERUF-medel enligt ny lydelse?", engine.new_conversation())
    assert "2 560 000" in a.answer and "Ny lydelse" in a.reading, (a.reading, a.answer)
    assert "”oförändrad” i kolumnen ”Ny lydelse”" in a.answer and "Finansiering, ERUF" in a.answer, a.answer
    a = engine.ask("hur mycket är 1:1-medlen enligt ny lydelse?", engine.new_conversation())
    assert "2 720 000" in a.answer and "oförändrad" not in a.answer, a.answer
    # … nor does an answer from the old version, which wrote its own figure
    a = engine.ask("hur mycket ERUF-medel enligt nuvarande lydelse?", engine.new_conversation())
    assert "Nuvarande lydelse" in a.reading and "oförändrad" not in a.answer, (a.reading, a.answer)


def test_a_follow_up_naming_the_other_version_is_read_at_it(tmp_path):
    # "och nuvarande lydelse?" after the new version's figure had been answered at the new one
    # again: a follow-up goes on at its column unless it names another version
    from tests.kb import engine_of_written

    engine = engine_of_written(tmp_path, _round().make_decision)
    conv = engine.new_conversation()
    a = engine.ask("hur mycket är 1:1-medlen enligt ny lydelse?", conv)
    assert "2 720 000" in a.answer, a.answer
    a = engine.ask("och nuvarande lydelse?", conv)
    assert "Nuvarande lydelse" in a.reading and "2 240 000" in a.answer, (a.reading, a.answer)
    a = engine.ask("och total budget?", conv)
    assert "Nuvarande lydelse" in a.reading and "6 400 000" in a.answer, (a.reading, a.answer)


def test_a_newer_time_without_a_day_is_answered_with_the_older_day_within_it(tmp_path):
    # F225-20: the newest newsletter says only "Fårösund – Öppnar våren 2028"; the minutes'
    # attached timetable gives "17 april 2028", which agrees with it – the day is the answer, said
    # with the newer time and a word that the newer text gives no day
    from tests.kb import engine_of_written

    r = _round()
    engine = engine_of_written(tmp_path, r.make_minutes, r.make_newsletter)
    a = engine.ask("När ska hubben i Fårösund öppna?", engine.new_conversation())
    assert a.answered and a.answer.startswith("**17 april 2028**"), a.answer
    assert "våren 2028" in a.answer and "ingen dag" in a.answer, a.answer
    docs = [c.document for c in a.citations]
    assert docs[0].startswith("styrgrupp_protokoll") and docs[1].startswith("Sockenhubbsnytt"), docs


def test_a_day_outside_the_newer_time_is_not_taken_for_it():
    from assistant.documents.phrases import precise_days, vague_time

    assert vague_time("Fårösund – Öppnar våren 2028")[1] == (2028, 3, 6)
    assert vague_time("Slite öppnar i juni 2027.")[1] == (2027, 6, 6)
    # a text that gives a day gives no vague time; a year alone is none either
    assert vague_time("Öppnar 17 april 2028, våren 2028") is None
    assert vague_time("Projektet drivs 2027–2028.") is None
    assert precise_days("Planerad öppning: 17 april 2028 (flyttad från 2028-03-07)") == [(2028, 4, 17), (2028, 3, 7)]

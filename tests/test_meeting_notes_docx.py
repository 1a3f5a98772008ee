"""Meeting notes in a DOCX with bold paragraphs for headings (round 140: the partnership's notes,
"3. Kompetensbron Kronoberg – presentation av projektplanen" in bold and "Beslut: …" lines under
it). The long numbered title was no heading, so the item's decisions stood under the item before,
and "sammanfatta vad partnerskapet beslutade om kompetensbron" summarised the notes' opening
(place, attendance) instead of the decisions."""


def _notes(path):
    import docx

    d = docx.Document()

    def bold(text):
        d.add_paragraph().add_run(text).bold = True

    def plain(text):
        d.add_paragraph(text)

    bold("Minnesanteckningar")
    bold("Regionala partnerskapet Kronoberg")
    plain("Datum: 19 november 2026. Plats: Regionhuset, Växjö.")
    bold("Närvarande")
    plain("Åsa Lindgren, ordförande för regionala partnerskapet, och Maria Ekstrand, projektägare för Kompetensbron.")
    bold("1. Mötets öppnande och dagordning")
    plain("Ordföranden hälsade välkommen och dagordningen godkändes.")
    bold("2. Lägesbild: varslet vid Nordlamell AB")
    plain("Jonas Pettersson redogjorde för läget vid Nordlamell och för hur partnerskapet kan stödja Kompetensbron.")
    bold("3. Kompetensbron Kronoberg – presentation av projektplanen")
    plain("Sanna Wikström presenterade projektplanen för Kompetensbron. Kompetensbron ska ge de varslade vid Nordlamell "
          "validering och utbildning. Kompetensbron drivs av Region Kronoberg med kommunerna i länet. Partnerskapet diskuterade "
          "Kompetensbron och projektplanen för Kompetensbron under en längre stund.")
    p = d.add_paragraph()
    p.add_run("Beslut: ").bold = True
    p.add_run("Partnerskapet rekommenderar att den regionala medfinansieringen höjs till 1 500 000 kr för närvaron i Markaryd.")
    bold("4. Uppföljning av den regionala utvecklingsstrategin (RUS) 2026")
    plain("Erik Holmqvist redovisade indikatoruppföljningen för strategin.")
    d.save(path)
    return path


def test_a_long_numbered_bold_line_heads_its_item(tmp_path):
    from ingest.pipeline import load_file

    r = load_file(_notes(tmp_path / "anteckningar.docx"), tmp_path)
    sections = {c.section.split(" > ")[-1] for c in r.chunks}
    assert "3. Kompetensbron Kronoberg – presentation av projektplanen" in sections, sections
    assert "4. Uppföljning av den regionala utvecklingsstrategin (RUS) 2026" in sections


def test_a_summary_of_what_was_decided_is_the_decisions(tmp_path, monkeypatch):
    from tests.test_engine_places import _engine_writing

    engine = _engine_writing(tmp_path, monkeypatch, lambda kb: _notes(kb / "minnesanteckningar_2026-11-19.docx"))
    a = engine.ask("sammanfatta vad partnerskapet beslutade om kompetensbron på mötet i november", engine.new_conversation())
    assert a.answered and "1 500 000" in a.answer and "Regionhuset" not in a.answer, a.answer

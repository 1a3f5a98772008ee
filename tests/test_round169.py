"""The engine on small exports of the shapes round 169 found (fake embedder, seconds each)."""
from __future__ import annotations

from tests.test_engine_places import _engine_writing


def _blocks(path):
    # SCB's layout of a region per block: the region written once, on the block's first row –
    # the country's block first
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Tabell"
    ws.append(["Förvärvsfrekvens 20–64 år efter region, födelseregion och år"])
    ws.append([])
    ws.append(["Region", "Födelseregion", "2022", "2023"])
    rows = {
        "00 Riket": (78.4, 78.3, 84.8, 85.0, 64.1, 64.4),
        "03 Uppsala län": (81.1, 81.3, 85.6, 85.9, 64.9, 65.3),
        "0305 Håbo": (84.0, 84.2, 86.0, 86.1, 75.0, 75.4),
        "0319 Älvkarleby": (77.0, 77.4, 80.0, 80.3, 60.0, 60.2),
        "0330 Knivsta": (85.0, 85.5, 87.0, 87.2, 75.1, 75.8),
    }
    for region, v in rows.items():
        ws.append([region, "totalt", v[0], v[1]])
        ws.append([None, "född i Sverige", v[2], v[3]])
        ws.append([None, "utrikes född", v[4], v[5]])
    wb.save(path)


def test_the_countrys_block_written_once_is_carried_down_and_the_countys_municipalities_are_averaged(tmp_path, monkeypatch):
    # round 169: the rows under "00 Riket" had had no region (a total label stopped the fill), and
    # "snittet … för utrikes födda i länets 8 kommuner" had been the county's own row, then a mean
    # that took the unnamed Riket row in (F169-16)
    from ingest.stats_io import read_stats_file

    path = tmp_path / "ff.xlsx"
    _blocks(path)
    (t,) = read_stats_file(path, path.name)
    assert "" not in set(t.frame[t.label_column].astype(str)), t.frame
    engine = _engine_writing(tmp_path, monkeypatch, lambda kb: _blocks(kb / "ff.xlsx"))
    a = engine.ask("vad är snittet av förvärvsfrekvensen för utrikes födda i länets kommuner 2023", engine.new_conversation())
    # (75,4 + 60,2 + 75,8) / 3
    assert a.answered and 70.47 in [round(f.value, 2) for f in a.figures], a.answer


def test_soc_is_social_assistance(tmp_path, monkeypatch):
    # round 169: "vilka 3 kommuner har högst andel invånare som får soc?" had ranked the
    # out-commuters' share (F169-06: Älvkarleby 4,6, Enköping 3,9, Uppsala 3,6)
    from tests.test_engine_places import _engine_of

    engine = _engine_of(tmp_path, monkeypatch, {
        "bistand.csv": "Ekonomiskt bistånd 2024 efter kommun\nKommun;Biståndsmottagare, antal;Biståndsmottagare, andel av befolkningen (%)\n"
        "Älvkarleby;433;4,6\nEnköping;1800;3,9\nUppsala;8300;3,6\nKnivsta;300;1,4\nHåbo;500;2,0\n",
        "pendling.csv": "Pendling 2023 efter kommun\nKommun;Utpendlare;Utpendlare, andel av nattbefolkningen (%)\n"
        "Knivsta;6100;73,8\nHåbo;7900;65,2\nÄlvkarleby;2700;59,9\nUppsala;23000;20,1\nEnköping;8912;42,0\n",
    })
    a = engine.ask("vilka 3 kommuner har högst andel som får soc?", engine.new_conversation())
    values = [f.value for f in a.figures]
    assert a.answered and 73.8 not in values and values[:3] == [4.6, 3.9, 3.6], a.answer


def test_the_part_a_share_question_names_is_read_over_its_whole(tmp_path, monkeypatch):
    # round 169: "hur stor andel av dom som får ekonomiskt bistånd i heby är barn" had been read as
    # "…, Andel av befolkningen, %" – the part "varav barn" (joined to its merged header by a space,
    # not a comma) is what is asked, over its whole (F169-07: 163 / 466 = 35,0 %)
    from assistant.stats.form import read_form

    csv = ("Ekonomiskt bistånd 2024 efter kommun\n"
           "Region;Biståndsmottagare, Antal personer;Biståndsmottagare varav barn 0–17 år;Biståndsmottagare, Andel av befolkningen, %\n"
           "Heby;466;163;3,1\nTierp;700;250;3,3\nKnivsta;300;90;1,4\nHåbo;500;170;2,0\n")
    from tests.test_engine_places import _engine_of

    engine = _engine_of(tmp_path, monkeypatch, {"bistand.csv": csv})
    best = engine.resolver.read(read_form("hur stor andel av dom som får ekonomiskt bistånd i heby är barn"), None, limit=4)[0]
    assert best.column.name == "Biståndsmottagare varav barn 0–17 år", best.column.name
    assert best.query.share_over == "Biståndsmottagare, Antal personer", best.query


def test_a_countys_count_of_a_table_of_its_municipalities_without_its_row_is_their_sum(tmp_path, monkeypatch):
    # round 166: "hur många va inskrivna arbetslösa i halland i oktober 2026?" of a table of
    # Halland's six municipalities and no county row had listed the six – the county's count is
    # their sum, computed (F166-06: 9 412); a share is never added up
    from assistant.question import normalise_question
    from tests.test_engine_places import _engine_of

    # (a county the knowledge base never writes is no slip for a word it does: "halland" had been
    # read as the lexicon's "holland")
    assert normalise_question("arbetslösa i halland?", {"holland": 5}).text == "arbetslösa i halland?"
    csv = ("Inskrivna arbetslösa 16–64 år per kommun, oktober 2026\nKommun;Inskrivna arbetslösa oktober 2026;Andel (%)\n"
           "Halmstad;4015;6,9\nVarberg;1611;4,6\nKungsbacka;1402;3,3\nFalkenberg;1188;5,1\nLaholm;756;5,0\nHylte;440;7,2\n")
    engine = _engine_of(tmp_path, monkeypatch, {"af.csv": csv})
    a = engine.ask("hur många var inskrivna arbetslösa i halland i oktober 2026?", engine.new_conversation())
    assert a.answered and [f.value for f in a.figures] == [9412.0], a.answer
    b = engine.ask("hur stor var andelen inskrivna arbetslösa i halland i oktober 2026?", engine.new_conversation())
    assert 32.1 not in [round(f.value, 1) for f in b.figures], b.answer

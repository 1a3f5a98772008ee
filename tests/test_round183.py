"""Round 183 (statistics, Västerbotten): a rate of one place split by age and sex with no total
row is the parts' counts added up and divided; English words for jobs and workplaces read the
Swedish headers. Fake embedder, seconds."""
from __future__ import annotations

from assistant.stats import compute, read_form
from assistant.stats.form import translations
from tests.test_engine_places import _engine_of

AF = (
    "Inskrivna arbetslösa per kommun, september 2025\n"
    "Kommun;Åldersgrupp;Kön;Inskrivna arbetslösa;Registerbaserad arbetskraft;Andel inskrivna arbetslösa av arbetskraften (%)\n"
    "Vilhelmina;16-24 år;Kvinnor;24;176;13,6\nVilhelmina;16-24 år;Män;31;231;13,4\n"
    "Vilhelmina;25-64 år;Kvinnor;88;1364;6,5\nVilhelmina;25-64 år;Män;107;1387;7,7\n"
    "Dorotea;16-24 år;Kvinnor;10;90;11,1\nDorotea;16-24 år;Män;12;100;12,0\n"
    "Dorotea;25-64 år;Kvinnor;40;700;5,7\nDorotea;25-64 år;Män;50;720;6,9\n"
)


def test_a_rate_of_one_place_split_with_no_total_is_its_parts_counts_divided(tmp_path, monkeypatch):
    # F183-17: "arbetslösheten i vilhelmina" had listed the four parts' rates and no rate of the
    # municipality – the sum of the unemployed over the sum of the labour force is it (not the
    # rates added, nor their plain mean)
    engine = _engine_of(tmp_path, monkeypatch, {"af.csv": AF})
    r = engine.resolver.read(read_form("hur stor är andelen inskrivna arbetslösa av arbetskraften i vilhelmina?"))[0]
    res = compute(r.profile, r.query)
    whole = [f for f in res.figures if f.derived]
    assert whole and abs(whole[0].value - 100 * 250 / 3158) < 0.01, [f.display for f in res.figures]
    assert "Inskrivna arbetslösa” / ”Registerbaserad arbetskraft" in res.text, res.text


def test_english_words_for_jobs_and_workplaces_read_the_swedish_headers():
    t = translations()
    assert t["jobs"] == "arbetstillfällen" and t["workplaces"] == "arbetsställen" and t["planned"] == "planerade"

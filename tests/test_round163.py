"""The engine on small exports of the shapes round 163 found (fake embedder, seconds each)."""
from __future__ import annotations

from tests.test_engine_places import _engine_of

_MONTHS = ("oktober 2025", "september 2025", "augusti 2025", "oktober 2024")


def _unemployed() -> str:
    rows = []
    for place, base in (("Lindesberg", 960), ("Nora", 300)):
        for i, month in enumerate(_MONTHS):
            total = base + 10 * i
            young = total // 6
            rows.append(f"{month};{place};Totalt;16-64 år;{total};5,1")
            rows.append(f"{month};{place};Totalt;18-24 år;{young};9,8")
    return "\ufeffMånad;Kommun;Kön;Ålder;Inskrivna arbetslösa totalt;Andel (%)\n" + "\n".join(rows) + "\n"


def test_the_widest_age_group_is_the_whole_a_question_without_an_age_is_about(tmp_path, monkeypatch):
    # round 163: "snittet av antal inskrivna arbetslösa i lindesberg hittills i år?" had averaged
    # 16-64 år and 18-24 år together (557,4 over 20 rows) – 18-24 is part of 16-64, not beside it
    from types import SimpleNamespace

    from assistant.stats.profile import widest_age_group

    def cat(values, totals=()):
        return SimpleNamespace(values=list(values), totals=tuple(totals), every_total=frozenset(totals), is_period=False)

    assert widest_age_group(cat(["16-64 år", "18-24 år"])) == "16-64 år"
    assert widest_age_group(cat(["16-24 år", "25-64 år"])) is None  # parts side by side: no whole
    assert widest_age_group(cat(["Totalt", "16-64 år", "18-24 år"], ["Totalt"])) is None  # a total of its own
    engine = _engine_of(tmp_path, monkeypatch, {"af.csv": _unemployed()})
    a = engine.ask("snittet av antal inskrivna arbetslösa i lindesberg aug-okt 2025?", engine.new_conversation())
    assert a.answered and "970" in a.answer and "16-64" in a.answer, a.answer
    a = engine.ask("hur många unga 18-24 år var inskrivna i nora i oktober 2025?", engine.new_conversation())
    assert a.answered and "50" in a.answer.split("*Källa")[0], a.answer

"""Round 216 (statistics, Dalarna): a count per group says what the groups add up to."""
from __future__ import annotations

import importlib.util
from pathlib import Path

ROUND = Path(__file__).resolve().parents[1] / "eval" / "fresh" / "r216_make_files.py"


def test_a_count_per_group_gives_its_total(tmp_path):
    # F216-20: "hur många beslut …, uppdelat per stödform" had listed the four groups without the
    # 410 decisions they add up to
    from tests.kb import engine_over

    spec = importlib.util.spec_from_file_location("r216_make_files", ROUND)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    src = tmp_path / "src"
    src.mkdir()
    module.make_register(str(src))
    path = next(src.glob("*.csv"))
    engine = engine_over(tmp_path, {path.name: path.read_bytes()})
    a = engine.ask(
        "hur många beslut om anställning med stöd fattades i Dalarna 2024, uppdelat per stödform?", engine.new_conversation()
    )
    assert [f.value for f in a.figures if not f.derived] == [156, 110, 77, 67], a.answer
    assert "Totalt **410**" in a.answer and any(f.label == "Totalt" and f.value == 410 and f.derived for f in a.figures), a.answer

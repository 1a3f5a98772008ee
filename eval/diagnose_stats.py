"""Why does the statistics route miss a bank question? Prints, per question, the gold reading,
the best readings with whether their figures are right, and where the first right one ranks.

    .venv/bin/python eval/diagnose_stats.py --split fit --kb realdata [--only-missing] [--ids SR-001,…]

Use it on the fit split: the held-out split is for reporting, not for looking at.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from assistant.question import normalise_question  # noqa: E402
from assistant.stats import compute, read_form  # noqa: E402
from assistant.stats.build import build_query  # noqa: E402
from assistant.stats.resolve import follow_context  # noqa: E402
from bench.bench_resolve import engine_for  # noqa: E402
from eval.fit_resolver import _Fake  # noqa: E402
from eval.stats_bank import judge, load_bank, split_of  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", default="fit", choices=["fit", "test", "all"])
    ap.add_argument("--kb", default="all")
    ap.add_argument("--ids", default="")
    ap.add_argument("--only-missing", action="store_true", help="only questions whose best reading is not right")
    ap.add_argument("--cache", default="/work/cache" if Path("/work/cache").is_dir() else str(ROOT / "bench" / "out"))
    args = ap.parse_args()
    bank = load_bank()
    if args.ids:
        wanted = set(args.ids.split(","))
        bank = [q for q in bank if q["id"] in wanted]
    else:
        bank = [q for q in bank if (args.split == "all" or split_of(q) == args.split) and (args.kb == "all" or q["kb"] == args.kb)]
    engines = {}
    for q in bank:
        if not q.get("answerable", True):
            continue
        kb = q["kb"]
        engine = engines.get(kb) or engines.setdefault(kb, engine_for(kb, Path(args.cache), None))
        conv = engine.new_conversation()
        for turn in q["turns"][:-1]:
            engine.ask(turn, conv)
        form = read_form(normalise_question(q["turns"][-1], engine.vocabulary).text)  # as Engine.ask reads it
        scored = engine.resolver.scored(form, conv.stats)[:25]
        follow = follow_context(form, conv.stats)
        rows = []
        first_right = None
        for i, r in enumerate(scored):
            build_query(r, form, follow)
            ok = False
            figs = []
            if r.query is not None and not r.missing_period and not r.missing_breakdown:
                try:
                    res = compute(r.profile, r.query)
                    figs = [(f.label, round(f.value, 4)) for f in res.figures[:4]]
                    ok = judge(q, _Fake(res.figures + res.totals)).outcome == "right" and bool(res.figures)
                except Exception as exc:  # noqa: BLE001 - shown, not fatal
                    figs = [f"FEL {type(exc).__name__}: {exc}"]
            if ok and first_right is None:
                first_right = i
            rows.append((ok, r, figs))
        if args.only_missing and rows and rows[0][0]:
            continue
        g = q["gold"]
        print(f"\n{q['id']} {q['turns']}")
        print(f"  gold: {q['source']['file']} {q['source'].get('sheet') or q['source'].get('page') or ''} | {g.get('op')} "
              f"{g.get('column')!r} rows={g.get('rows')} filters={g.get('filters')} | expect={[(e.get('label'), e.get('value')) for e in q.get('expect', [])][:4]}")
        print(f"  form: op={form.op} wants={form.wants} content={form.content} | first right: {first_right}")
        for ok, r, figs in rows[:3]:
            qq = r.query
            desc = "saknar period" if r.missing_period else ("saknar uppdelning" if r.missing_breakdown else
                   f"{qq.op} rows={list(qq.rows)[:3]} scope={len(qq.scope)} filters={dict(qq.filters)} group={qq.group_by}")
            print(f"   {'✓' if ok else '✗'} {r.score:6.2f} {r.profile.id[:60]} | {r.column.name[:40]} | {desc} | {figs[:3]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

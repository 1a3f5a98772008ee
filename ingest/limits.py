"""How much of a file we are willing to read, and the checks that hold a file to it before a
parser sees it.

Every limit is a named constant with the reason for its size, collected in ``Limits`` so a
caller (a test, the benchmark) can pass smaller ones all the way into the worker process that
reads files (``ingest/worker.py``). A limit that is hit raises ``IngestError`` with one Swedish
line; the caller pairs it with the file's name.

Statistics tables over a limit are refused, never cut: a table missing its last rows would
answer "how many in total?" with a wrong number, the worst bug this program can have. Text
documents over the character limit are cut and say so (a quote from the first part is still
a true quote).

    check_zip(path, "DOCX")                # before python-docx / openpyxl open the file
    text, cut = read_text(path, limits)    # TXT/MD: decoded, at most max_text_chars
    for piece in iter_text(path): ...      # CSV: decoded piece by piece, never all at once
"""
from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from errors import IngestError

from .numbers import format_number
from .swedish import decode_bytes

MB = 1024 * 1024

# The largest file read at all (the CLI's --max-mb / KB_MAX_MB). Exports and reports are a few
# MB; 100 MB leaves room for a PDF full of photographs.
MAX_FILE_BYTES = 100 * MB

# ---- OOXML (DOCX/XLSX are zip files of XML parts)
# python-docx reads every part into memory and parses its XML parts whole; openpyxl parses
# sharedStrings and styles whole and streams the sheets. What a part expands to is what it costs.
MAX_ZIP_MEMBERS = 10_000  # the largest real workbook seen (Jordbruksverket, 30 sheets) has 857
MAX_UNZIPPED_BYTES = 256 * MB  # all parts together; real workbooks and reports: 0.1–11 MB
# A part parsed whole into a DOM costs ~11× its size in python-docx (16 MB document.xml:
# +180 MB and 45 s); a 500-page report's document.xml is 5–10 MB.
MAX_XML_PART_BYTES = 20 * MB
# Apache POI's ZipSecureFile refuses parts that inflate more than 100× (past a 100 kB grace);
# real parts inflate 3–27× (text, XML), pictures barely. We use the same ratio, with a larger
# grace because the size limits above already bound the memory.
MAX_INFLATE_RATIO = 100
INFLATE_GRACE_BYTES = 1 * MB

# ---- statistics tables (CSV/XLSX): memory is ~300 MB per million cells through make_table
MAX_ROWS = 200_000  # per sheet; real exports run to tens of thousands of rows
MAX_COLUMNS = 1_000  # monthly series 2000M01–2025M12 are 312 columns; a 100 000-field line is an attack
MAX_CELLS = 1_500_000  # per file, all sheets; ~450 MB and ~50 s to type and shape
MAX_CELL_CHARS = 32_767  # Excel's own limit for one cell

# ---- text documents: ~2 000 characters per page, and each 1 000 characters is a passage to embed
# (~3 passages per second on 2 cores), so 2 million characters is ~1 000 pages and ~10 minutes.
MAX_TEXT_CHARS = 2_000_000

# ---- the worker process that reads one file at a time (ingest/worker.py)
# The reading process may use this much resident memory; with the server's own ~200 MB the
# ingesting process tree stays under 1 GB.
WORKER_MEMORY_BYTES = 800 * MB
# pdfplumber reads 1.5–5 pages per second (a 150-page report: 30 s, 110 s on a busy machine);
# 600 s is a 1 000-page PDF, or a table at the cell limit many times over.
WORKER_SECONDS = 600.0

# Text is decoded in pieces of this many bytes, cut at a line end.
_PIECE_BYTES = 1 * MB


@dataclass(frozen=True)
class Limits:
    max_file_bytes: int = MAX_FILE_BYTES
    max_zip_members: int = MAX_ZIP_MEMBERS
    max_unzipped_bytes: int = MAX_UNZIPPED_BYTES
    max_xml_part_bytes: int = MAX_XML_PART_BYTES
    max_inflate_ratio: float = MAX_INFLATE_RATIO
    inflate_grace_bytes: int = INFLATE_GRACE_BYTES
    max_rows: int = MAX_ROWS
    max_columns: int = MAX_COLUMNS
    max_cells: int = MAX_CELLS
    max_cell_chars: int = MAX_CELL_CHARS
    max_text_chars: int = MAX_TEXT_CHARS
    worker_memory_bytes: int = WORKER_MEMORY_BYTES
    worker_seconds: float = WORKER_SECONDS


DEFAULT_LIMITS = Limits()


def n(value: float) -> str:
    """A count the Swedish way ("200 000")."""
    return format_number(value, 0)


def mb(size: float) -> str:
    """A size the Swedish way ("256 MB", "1,5 MB", "900 kB")."""
    if size >= 10 * MB:
        return f"{n(size / MB)} MB"
    if size >= MB:
        return f"{format_number(size / MB, 1)} MB"
    return f"{n(max(1, size / 1024))} kB"


# ---------------------------------------------------------------- OOXML


def check_zip(
    path: Path, kind: str, limits: Limits = DEFAULT_LIMITS, streamed: str | None = None, broken: str | None = None
) -> None:
    """Refuse an OOXML file whose parts would expand beyond the limits, from the zip directory
    alone (nothing is decompressed). ``zipfile`` never returns more bytes than a part's declared
    size, so a directory that lies yields a short read and a CRC error, not a bigger part.
    ``streamed``: a regex of part names the reader streams (XLSX sheets), exempt from the
    per-part XML limit but counted in the total. ``broken``: the message for a file that is no
    zip at all."""
    try:
        with zipfile.ZipFile(path) as z:
            infos = z.infolist()
    except (zipfile.BadZipFile, OSError, EOFError, ValueError):
        raise IngestError(broken or f"trasig {kind}-fil (inte ett giltigt zip-arkiv)") from None
    if len(infos) > limits.max_zip_members:
        raise IngestError(f"{kind}-filen består av {n(len(infos))} delar (gränsen är {n(limits.max_zip_members)})")
    for info in infos:
        packed = max(info.compress_size, 1)
        if info.file_size > limits.inflate_grace_bytes and info.file_size / packed > limits.max_inflate_ratio:
            raise IngestError(
                f"{kind}-filen ser ut som en zip-bomb: {info.filename} packas upp {n(info.file_size / packed)} gånger "
                f"till {mb(info.file_size)} (gränsen är {n(limits.max_inflate_ratio)} gånger)"
            )
    total = sum(i.file_size for i in infos)
    if total > limits.max_unzipped_bytes:
        raise IngestError(f"{kind}-filen blir {mb(total)} uppackad (gränsen är {mb(limits.max_unzipped_bytes)})")
    for info in infos:
        name = info.filename.lower()
        if not name.endswith((".xml", ".rels", ".vml")) or (streamed and re.fullmatch(streamed, info.filename)):
            continue
        if info.file_size > limits.max_xml_part_bytes:
            raise IngestError(
                f"{kind}-filens del {info.filename} är {mb(info.file_size)} uppackad "
                f"(gränsen är {mb(limits.max_xml_part_bytes)} per XML-del)"
            )


# ---------------------------------------------------------------- text


def iter_text(path: Path) -> Iterator[str]:
    """The file's text, decoded by ``swedish.decode_bytes`` in pieces of a few MB cut at line
    ends, so a large file is never held whole as bytes and text at once. Decoding per piece
    gives the same text as decoding the whole file: decode_bytes decides per line when a file
    mixes UTF-8 and Latin-1. A UTF-16 file (BOM; its line ends are two bytes) is decoded whole."""
    with Path(path).open("rb") as f:
        head = f.read(2)
        if head in (b"\xff\xfe", b"\xfe\xff"):
            yield decode_bytes(head + f.read())
            return
        f.seek(0)
        rest = b""
        while True:
            block = f.read(_PIECE_BYTES)
            if not block:
                break
            data = rest + block
            cut = data.rfind(b"\n") + 1
            if cut == 0 and len(data) < 4 * _PIECE_BYTES:
                rest = data  # no line end yet: read on
                continue
            if cut == 0:  # a 4 MB line: cut it anyway, never inside a UTF-8 character
                cut = len(data)
                for _ in range(3):
                    if 0x80 <= data[cut - 1] < 0xC0:
                        cut -= 1
                if data[cut - 1] >= 0xC0:
                    cut -= 1
            piece, rest = data[:cut], data[cut:]
            yield decode_bytes(piece)
        if rest:
            yield decode_bytes(rest)


def read_text(path: Path, limits: Limits = DEFAULT_LIMITS) -> tuple[str, bool]:
    """(text, cut): the file's text, at most ``max_text_chars`` characters of it."""
    parts: list[str] = []
    size = 0
    for piece in iter_text(path):
        if size + len(piece) > limits.max_text_chars:
            parts.append(piece[: limits.max_text_chars - size])
            return "".join(parts), True
        parts.append(piece)
        size += len(piece)
    return "".join(parts), False


def text_cut_note(limits: Limits = DEFAULT_LIMITS) -> str:
    return f"texten är längre än {n(limits.max_text_chars)} tecken – bara början indexerades"

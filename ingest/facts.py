"""What a document says about itself – title, author, organisation, date – for every kind
of file: PDF metadata, title pages and running headers (``ingest/pdf/facts.py``), DOCX core
properties, the first lines of a TXT/MD file.

Labelled fields ("Författare:", "Datum för beslut:", "Beslutande instans:") win over
unlabelled guesses; a title that is a placeholder ("Tagged PDF"), a file name ("Microsoft
Word - x.docx") or a web address ("alingsas.se") is no title. Dates come out as ISO dates
("2026-03-24"), or year and month ("2025-02") when only those are written.
"""
from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree

from .swedish import MONTH_NAMES, MONTHS


@dataclass(frozen=True)
class DocumentFacts:
    title: str = ""
    author: str = ""
    organisation: str = ""
    date: str = ""


# ---------------------------------------------------------------- title


_PLACEHOLDER_TITLES = re.compile(
    r"^(?:tagged pdf|untitled|namnlös|document\d*|dokument\d*|presentation\d*|powerpoint[- ]presentation|"
    # ("(anonymous)" is ReportLab's default, "unspecified"/"unknown" other generators')
    r"microsoft word|rapportmall|mall|title|titel|pdf|\(?anonymous\)?|\(?unspecified\)?|\(?unknown\)?|\(?untitled\)?|no title)$",
    re.IGNORECASE,
)
# a scanner's or camera's default name: "Scan 2026-11-25 10:41", "Skannat dokument", "IMG_0042",
# "scan0001", "Scanned Document 3"
_SCANNER_TITLE = re.compile(
    r"^(?:scan(?:ned)?(?:\s+(?:document|doc|image))?|skann(?:at|ad|ade|ing|ning)?(?:\s+dokument)?|img|image|dscn?|doc)"
    r"[\s_-]*[\d\s:._-]*$",
    re.IGNORECASE,
)
_FILE_NAME = re.compile(r"^microsoft\s+\w+\s*-|\.(?:docx?|xlsx?|pptx?|pdf|indd|odt|rtf|txt)\s*$", re.IGNORECASE)
_WEB_ADDRESS = re.compile(r"^(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}(?:/\S*)?$", re.IGNORECASE)


# Windows-1252's dashes written into a PDF's metadata as they are, read as PDFDocEncoding: "Œ" for
# "–" (0x96), "Š" for "—" (0x97) – between words, where neither letter ever stands in Swedish
_CP1252_DASHES = {"Œ": "–", "Š": "—"}


def real_title(title: str) -> str:
    """The title, or "" when it is a placeholder, a file name or a web address."""
    t = re.sub(r"\s+", " ", title or "").strip()
    t = re.sub(r"(?<= )[ŒŠ](?= )", lambda m: _CP1252_DASHES[m.group(0)], t)
    # ("Af_utsikter_JKP_ht24_v3": a file's name, words joined by underscores)
    if len(t) < 3 or _PLACEHOLDER_TITLES.match(t) or _SCANNER_TITLE.match(t) or _FILE_NAME.search(t) or _WEB_ADDRESS.match(t) or re.fullmatch(r"[^\s_]+(?:_[^\s_]*)+", t):
        return ""
    if not re.search(r"[A-Za-zÅÄÖåäö]{3}", t):
        return ""
    return t[:200]


# ---------------------------------------------------------------- author and organisation


# Words that make a name an organisation rather than a person.
_ORG_WORDS = re.compile(
    r"\b(?:region|kommun|kommunen|landsting|län|läns|nämnd|nämnden|styrelse|styrelsen|förvaltning|förvaltningen|"
    r"myndighet|myndigheten|verket|arbetsförmedlingen|försäkringskassan|universitet|högskola|institut|"
    r"departement|departementet|förbund|förbundet|kansli|kansliet|stiftelse|ab|aktiebolag|utveckling|enhet|"
    r"enheten|avdelning|avdelningen)\b|\w+(?:nämnden|förvaltningen|kommun|verket|myndigheten)\b",
    re.IGNORECASE,
)
_NOT_A_PERSON = re.compile(r"user|användare|admin|owner|ägare|microsoft|windows|office|author|författare", re.I)


def is_organisation(text: str) -> bool:
    t = text.strip()
    return 2 < len(t) < 80 and bool(_ORG_WORDS.search(t)) and not re.search(r"[.!?]$", t) and len(t.split()) <= 8


def is_person(text: str) -> bool:
    words = text.split()
    return (
        2 <= len(words) <= 4
        and all(w[:1].isupper() for w in words if len(w) > 2)
        and not re.search(r"\d", text)
        and not _NOT_A_PERSON.search(text)
        and not is_organisation(text)
    )


def split_author(author: str) -> tuple[str, str]:
    """Metadata Author → (person, organisation): "Fredrik Jönsson, Region Örebro län",
    "Gard, Liz" (surname first), "Region Sörmland, Hållbar Regional Utveckling"."""
    a = re.sub(r"\s+", " ", author or "").strip()
    if not a:
        return "", ""
    if is_organisation(a.split(",")[0]):
        return "", a
    parts = [p.strip() for p in re.split(r"[,;]", a) if p.strip()]
    if len(parts) == 2 and all(len(p.split()) == 1 for p in parts):
        parts = [f"{parts[1]} {parts[0]}"]  # "Gard, Liz" → "Liz Gard"
    person = next((p for p in parts if is_person(p)), "")
    org = next((p for p in parts if is_organisation(p)), "")
    return person, org


def organisation_in(texts: list[str]) -> str:
    """The first text (or "|"-separated part of one) that names an organisation."""
    for text in texts:
        for part in re.split(r"\s*\|\s*", text):
            part = part.strip()
            # (a row of figures naming one – "Region Norrbotten (detta beslut) 2 400 000" – is no name)
            if ":" not in part and is_organisation(part) and not re.search(r"\b\d{1,3}(?:\s\d{3})+\b", part):
                return part
    return ""


# ---------------------------------------------------------------- labelled fields and dates


_LABELS = {
    "author": r"författare|författad av|skriven av|upprättad av|upprättat av|rapportförfattare|handläggare|ansvarig|rapportansvarig",
    "organisation": r"organisation|utgivare|beslutande instans|myndighet|huvudman",
    "date": r"datum för beslut|beslutsdatum|sammanträdesdatum|publiceringsdatum|publicerad|fastställd|datum",
}
# The value runs to the next "|", the next "Label:" or the end of the line.
_LABEL_RE = {
    k: re.compile(
        rf"(?:^|[|\s])(?:{v})\s*:\s*([^|]+?)(?=(?-i:\s+[A-ZÅÄÖ][a-zåäö]+(?: [a-zåäö]+){{0,3}})\s*:\s|\s*\||\s*$)",
        re.IGNORECASE,
    )
    for k, v in _LABELS.items()
}
_LABEL_ONLY = {k: re.compile(rf"(?:{v})", re.IGNORECASE) for k, v in _LABELS.items()}
# (the months' names and their longer short forms – and "maj", a whole name of three letters:
# "Nr 2 · 12 maj 2026" had dated no newsletter, round 229)
_MONTH_NAMES = "|".join(sorted((m for m in MONTHS if len(m) > 3 or m in MONTH_NAMES), key=len, reverse=True))
_ISO_DATE = re.compile(r"\b((?:19|20)\d{2})\s?[-–‑/.]\s?(0[1-9]|1[0-2])\s?[-–‑/.]\s?(0[1-9]|[12]\d|3[01])\b")
_TEXT_DATE = re.compile(rf"(?<![#\d])(\d{{1,2}})\s+({_MONTH_NAMES})\s+((?:19|20)\d{{2}})\b", re.IGNORECASE)
_MONTH_YEAR = re.compile(rf"\b({_MONTH_NAMES})\s+((?:19|20)\d{{2}})\b", re.IGNORECASE)


def labelled(fields: dict, texts: list[str]) -> dict[str, str]:
    """Fields written as "Label: value", alone or between "|" in a running header."""
    out: dict[str, str] = dict(fields)
    for text in texts:
        for key, rx in _LABEL_RE.items():
            if key in out:
                continue
            for m in rx.finditer(text):
                before = text[: m.start(1)].rsplit("|", 1)[-1]
                before = before[: before.lower().rfind(":")]
                if len(text) > 100 and before.strip() and not _LABEL_ONLY[key].fullmatch(before.strip()):
                    # "… ska öka. Ansvarig: Sara Nyberg." inside a paragraph answers for a goal,
                    # not for the document: a field stands at the start of its line or part
                    continue
                value = m.group(1).strip(" .;,")
                if key == "date":
                    value = date_in([value])
                elif key == "author":
                    value = value if is_person(value) else ""
                if value:
                    out[key] = value
                    break
    return out


def date_in(texts: list[str], whole_day: bool = False) -> str:
    """The first date written in the texts, as an ISO date ("2026–03–24", "2 april 2025"),
    or year and month ("2025-02") when only those are written (never with ``whole_day``)."""
    for text in texts:
        m = _ISO_DATE.search(text)
        if m:
            return f"{m.group(1)}-{m.group(2)}-{m.group(3)}"
        m = _TEXT_DATE.search(text)
        if m:
            return f"{m.group(3)}-{MONTHS[m.group(2).lower()]:02d}-{int(m.group(1)):02d}"
    if whole_day:
        return ""
    for text in texts:
        m = _MONTH_YEAR.search(text)
        if m and len(text.strip()) <= 40:
            return f"{m.group(2)}-{MONTHS[m.group(1).lower()]:02d}"
    return ""


# The creation time python-docx's default template carries into every file it makes: the
# template's date, not the document's (like ReportLab's "(anonymous)" for a title)
_TEMPLATE_STAMPS = frozenset({"2013-12-23T23:15:00Z"})


def metadata_date(value: str) -> str:
    """A PDF date ("D:20260602115235+02'00'") or an ISO timestamp ("2026-06-02T11:52:35Z");
    "" for a generator's template stamp."""
    if (value or "").strip() in _TEMPLATE_STAMPS:
        return ""
    if re.match(r"^(?:D:)?(?:1970|1980|2000)-?01-?01(?:T?00:?00:?00)", (value or "").strip()):
        return ""  # (midnight of a new year that tools write when they know no date: ReportLab's 2000-01-01)
    m = re.match(r"^(?:D:)?((?:19|20)\d{2})-?(\d{2})-?(\d{2})", value or "")
    return f"{m.group(1)}-{m.group(2)}-{m.group(3)}" if m else ""


# ---------------------------------------------------------------- DOCX, TXT, MD

_LABEL_LINES = 25  # labelled fields stand at the top of a document


# "Senast uppdaterad 15 januari 2026.", "Reviderad 2024-05-02": the date of the text as it stands
# (… or written as a label: "**Senast uppdaterad:** 2026-11-20")
_UPDATED = re.compile(r"\b(?:senast\s+)?(?:uppdaterad|uppdaterat|reviderad|reviderat|ändrad|ändrat)[*_]*\s*:?[*_]*\s+(?:den\s+)?([^.;]{6,30})", re.I)


def updated_date(texts: list[str]) -> str:
    """The date a text says it was last updated, among its first lines; "" when none says."""
    for text in texts:
        for m in _UPDATED.finditer(text):
            found = date_in([m.group(1)])
            if found:
                return found
    return ""


# A person and a role in lower case on a title page: "Johan Lindqvist, projektledare"
_PERSON_ROLE = re.compile(r"([A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?(?: [A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?){1,2}),\s+[a-zåäö][a-zåäö ]{3,40}")


def person_with_role(texts: list[str]) -> str:
    """The person a title page names with a role ("Johan Lindqvist, projektledare"); ""."""
    for text in texts:
        m = _PERSON_ROLE.fullmatch(text.strip())
        if m and is_person(m.group(1)):
            return m.group(1)
    return ""


def text_facts(title: str, texts: list[str]) -> DocumentFacts:
    """Facts of a TXT/MD/DOCX body: its title (the first heading, already found) and the
    labelled fields and dates among its first lines."""
    # (a paragraph's own lines: "Sammanträde 2026-02-11, kl. 09.00\nPlats: …" is two short lines)
    head = [line for t in texts[:_LABEL_LINES] for line in t.split("\n") if line.strip()][:_LABEL_LINES]
    # (a table's rows read as "Aktivitet: … | Datum: 14 februari 2028 | Ansvarig: …" label their
    # cells, not the document: lines that share their labels with another line are rows)
    labels = [tuple(re.findall(r"(?:^|\|)\s*([A-ZÅÄÖa-zåäö][\w ]{0,30}?)\s*:", line)) for line in head]
    fields = labelled({}, [line for line, own in zip(head, labels) if len(own) < 2 or labels.count(own) < 2])
    short = [t for t in head if len(t.strip()) < 70 and not t.strip().endswith(".")]
    return DocumentFacts(
        title=real_title(title),
        author=fields.get("author", ""),
        organisation=fields.get("organisation", "") or organisation_in(short[:5]),
        # (a text that says when it was last updated is of that day, whatever date its first
        # lines write before it: a log's first entry, a meeting it records)
        # (… or a whole day in its title block, its lines run together: "SMAK-nytt nr 3 – maj 2026
        # Nyhetsbrev från projektet SMAK, Region Sörmland Utskick 2026-05-20")
        date=updated_date(head[:8]) or fields.get("date", "") or date_in(short) or (
            date_in(head[:1], whole_day=True) if head and len(head[0]) <= 160 and not head[0].rstrip().endswith(".") else ""
        ),
    )


_NS = {
    "dc": "http://purl.org/dc/elements/1.1/",
    "dcterms": "http://purl.org/dc/terms/",
    "cp": "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
    "ep": "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties",
}


def docx_properties(path: Path) -> DocumentFacts:
    """A DOCX file's core properties (title, creator, created) and its company (app.xml),
    read straight from the zip; an unreadable part gives empty facts."""
    try:
        with zipfile.ZipFile(path) as z:
            names = set(z.namelist())
            core = ElementTree.fromstring(z.read("docProps/core.xml")) if "docProps/core.xml" in names else None
            app = ElementTree.fromstring(z.read("docProps/app.xml")) if "docProps/app.xml" in names else None
    except (zipfile.BadZipFile, KeyError, ElementTree.ParseError, OSError):
        return DocumentFacts()

    def text(root, tag: str) -> str:
        el = root.find(tag, _NS) if root is not None else None
        return (el.text or "").strip() if el is not None and el.text else ""

    person, org = split_author(text(core, "dc:creator"))
    return DocumentFacts(
        title=real_title(text(core, "dc:title")),
        author=person,
        organisation=text(app, "ep:Company") or org,
        date=metadata_date(text(core, "dcterms:created")),
    )


def merge(first: DocumentFacts, second: DocumentFacts) -> DocumentFacts:
    """Each fact from ``first`` when it has it, else from ``second``."""
    return DocumentFacts(
        title=first.title or second.title,
        author=first.author or second.author,
        organisation=first.organisation or second.organisation,
        date=first.date or second.date,
    )

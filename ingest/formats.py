"""Text exports of meetings, calendars, mail and systems, read as what they say: a transcript's
subtitles (WebVTT as Teams saves one, SRT) as its speakers' turns, a calendar export (iCalendar,
as Outlook saves one) as its events, a raw e-mail (MIME) as the message its reader sees, and a
JSON export (a project bank's, an API's) as its objects' "nyckel: värde" lines."""
from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from .clean import Block
from .swedish import fold

_CUE_TIME = re.compile(r"^\s*(\d{1,2}:)?(\d{2}):(\d{2})[.,]\d{1,3}\s*-->\s*(?:\d{1,2}:)?\d{2}:\d{2}[.,]\d{1,3}.*$")
_VOICE = re.compile(r"<v(?:\.[\w.-]+)?\s+([^>]+)>")
_TAG = re.compile(r"</?[a-z][^>]*>", re.I)


def transcript_turns(text: str) -> list[str] | None:
    """A meeting's subtitles (WebVTT as Teams saves a transcript, or SRT) as the turns of its
    speakers, one line each ("Mattias Grönberg (00:00:24): Ja, absolut. Så eh vi har just nu
    142 unga inskrivna …"): the cue numbers and times go, a sentence cut over cues is whole again.
    None for any other text."""
    head = text.lstrip("\ufeff \r\n")[:2000]
    if not (head.startswith("WEBVTT") or re.match(r"\d+\s*\r?\n\s*\d{1,2}:\d{2}:\d{2},\d{3}\s*-->", head)):
        return None
    turns: list[list[str]] = []  # [speaker, start, text]
    speaker, start, lines = "", "", []

    def flush() -> None:
        said = " ".join(" ".join(lines).split())
        if not said:
            return
        if turns and turns[-1][0] == speaker:
            turns[-1][2] += " " + said
        else:
            turns.append([speaker, start, said])

    rows = text.splitlines()
    for i, raw in enumerate(rows):
        line = raw.strip()
        if i + 1 < len(rows) and _CUE_TIME.match(rows[i + 1].strip()) and not _CUE_TIME.match(line):
            continue  # the cue's number or id, on the line over its times
        m = _CUE_TIME.match(line)
        if m:
            flush()
            lines = []
            hours = (m.group(1) or "00:").rstrip(":")
            start = f"{int(hours):02d}:{m.group(2)}:{m.group(3)}"
            continue
        if not line:
            flush()
            lines = []
            continue
        if not start or line.startswith(("NOTE", "STYLE", "REGION")):
            continue
        v = _VOICE.search(line)
        if v:
            speaker = v.group(1).strip()
        lines.append(_TAG.sub("", line))
    flush()
    if not turns:
        return None
    return [f"{who} ({at}): {said}" if who else f"({at}) {said}" for who, at, said in turns]


_ICS_WEEKDAYS = {"MO": "måndag", "TU": "tisdag", "WE": "onsdag", "TH": "torsdag", "FR": "fredag", "SA": "lördag", "SU": "söndag"}
_ICS_ORDINAL = {"1": "första", "2": "andra", "3": "tredje", "4": "fjärde", "-1": "sista"}


def calendar_events(text: str) -> tuple[str, list[Block]] | None:
    """A calendar export (iCalendar, as Outlook saves one): (its name, a heading per event with
    lines "Tid: …", "Plats: …", "Status: inställt", the recurrence and its exceptions, and the
    description). Folded lines are joined and escapes read ("\\," "\\n"); a time in UTC is given in
    Swedish time. None for any other text."""
    if not text.lstrip("\ufeff \r\n").upper().startswith("BEGIN:VCALENDAR"):
        return None
    unfolded: list[str] = []
    for raw in text.splitlines():
        if raw[:1] in (" ", "\t") and unfolded:
            unfolded[-1] += raw[1:]
        else:
            unfolded.append(raw)
    name = ""
    events: list[dict[str, list[tuple[str, str]]]] = []
    depth: list[str] = []
    for line in unfolded:
        key, _, value = line.partition(":")
        prop, *params = key.split(";")
        prop = prop.upper()
        if prop == "BEGIN":
            depth.append(value.upper())
            if value.upper() == "VEVENT":
                events.append({})
            continue
        if prop == "END":
            if depth:
                depth.pop()
            continue
        if prop == "X-WR-CALNAME" and not name:
            name = _ics_text(value)
        if depth and depth[-1] == "VEVENT":
            events[-1].setdefault(prop, []).append((";".join(params), value))
    if not events:
        return None
    blocks: list[Block] = []
    for ev in sorted(events, key=lambda e: _ics_time(*e.get("DTSTART", [("", "")])[0])[0]):
        summary = _ics_text(ev.get("SUMMARY", [("", "Händelse")])[0][1]) or "Händelse"
        start, start_day = _ics_time(*ev.get("DTSTART", [("", "")])[0])
        end, end_day = _ics_time(*ev.get("DTEND", [("", "")])[0])
        when = start + (f"–{end[-5:]}" if end and end_day == start_day and len(end) > 10 else (f" – {end}" if end else ""))
        blocks.append(Block("heading", f"{summary} ({start_day})" if start_day else summary, 1, level=2))
        lines = [f"Tid: {when}"] if when else []
        if ev.get("LOCATION"):
            lines.append(f"Plats: {_ics_text(ev['LOCATION'][0][1])}")
        if ev.get("STATUS") and ev["STATUS"][0][1].upper() == "CANCELLED":
            lines.append("Status: inställt")
        if ev.get("RRULE"):
            lines.append(f"Återkommer: {_ics_rule(ev['RRULE'][0][1])}")
        for params, value in ev.get("EXDATE", []):
            days = [_ics_time(params, v)[1] for v in value.split(",")]
            lines.append(f"Utgår: {', '.join(d for d in days if d)}")
        if ev.get("RECURRENCE-ID"):
            was = _ics_time(*ev["RECURRENCE-ID"][0])[0]
            lines.append(f"Ändrad förekomst: ersätter tillfället {was}")
        if ev.get("ORGANIZER"):
            who = re.search(r"CN=([^;:]+)", ev["ORGANIZER"][0][0])
            if who:
                lines.append(f"Arrangör: {who.group(1).strip(chr(34))}")
        blocks += [Block("paragraph", ln, 1) for ln in lines]
        description = _ics_text(ev.get("DESCRIPTION", [("", "")])[0][1])
        for part in re.split(r"\n\s*\n", description):
            if part.strip():
                blocks.append(Block("paragraph", " ".join(x.strip() for x in part.splitlines() if x.strip()), 1))
    return name, blocks


def _ics_text(value: str) -> str:
    return value.replace("\\n", "\n").replace("\\N", "\n").replace("\\,", ",").replace("\\;", ";").replace("\\\\", "\\").strip()


def _ics_time(params: str, value: str) -> tuple[str, str]:
    """("2027-01-20 kl. 09.00", "2027-01-20") of an iCalendar time; a UTC time ("…Z") in Swedish time."""
    m = re.match(r"(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z)?)?", value.strip())
    if not m:
        return "", ""
    y, mo, d, hh, mm, _ss, utc = m.groups()
    if hh is None:
        day = f"{y}-{mo}-{d}"
        return day, day
    t = datetime(int(y), int(mo), int(d), int(hh), int(mm))
    if utc:
        t = _swedish_time(t)
    return _clock(t), f"{t:%Y-%m-%d}"


def _swedish_time(utc: datetime) -> datetime:
    """A time in UTC as the time in Sweden (summer time as it falls)."""
    return utc.replace(tzinfo=UTC).astimezone(ZoneInfo("Europe/Stockholm"))


def _clock(t: datetime) -> str:
    return f"{t:%Y-%m-%d} kl. {t:%H.%M}"


def _ics_rule(rule: str) -> str:
    """"FREQ=MONTHLY;COUNT=5;BYDAY=1TU" → "varje månad, första tisdagen, 5 gånger"."""
    parts = dict(p.split("=", 1) for p in rule.split(";") if "=" in p)
    freq = {"DAILY": "varje dag", "WEEKLY": "varje vecka", "MONTHLY": "varje månad", "YEARLY": "varje år"}.get(parts.get("FREQ", ""), "återkommande")
    if parts.get("INTERVAL", "1") != "1":
        freq = f"var {parts['INTERVAL']}:e " + {"varje dag": "dag", "varje vecka": "vecka", "varje månad": "månad", "varje år": "år"}.get(freq, "gång")
    out = [freq]
    if (day := re.fullmatch(r"(-?\d)?([A-Z]{2})", parts.get("BYDAY", ""))):
        weekday = _ICS_WEEKDAYS.get(day.group(2), day.group(2))
        out.append(f"{_ICS_ORDINAL.get(day.group(1), day.group(1))} {weekday}en" if day.group(1) else f"på {weekday}ar")
    if parts.get("COUNT"):
        out.append(f"{parts['COUNT']} gånger")
    if parts.get("UNTIL"):
        out.append(f"till och med {_ics_time('', parts['UNTIL'])[1]}")
    return ", ".join(out)


# ---------------------------------------------------------------- e-mail (RFC 822 / MIME)

# a header line of a raw message ("Received: from …", "Content-Type: multipart/mixed;")
_MIME_HEADER = re.compile(r"^[A-Za-z][A-Za-z0-9-]*:(?:[ \t]|$)")
_MIME_NAMES = frozenset({"from", "to", "date", "subject", "mime-version", "content-type", "received", "message-id"})
_HTML_BREAK = re.compile(r"(?i)<\s*(?:br|/p|/div|/tr|/li|/h[1-6])\b[^>]*>")
_HTML_TAG = re.compile(r"(?s)<[^>]+>|<!--.*?-->")
_HTML_HEAD = re.compile(r"(?is)<(head|style|script)\b.*?</\1\s*>")
_HTML_HEADING = re.compile(r"(?is)<h([1-6])\b[^>]*>(.*?)</h\1\s*>")
_HTML_ITEM = re.compile(r"(?i)<li\b[^>]*>")
_HTML_CELL_GAP = re.compile(r"(?i)(?<=</t[dh]>)\s*(?=<t[dh]\b)")


def mime_message(text: str) -> tuple[str, str, str] | None:
    """A raw e-mail (an .eml, or one saved as text with its transport headers): (its subject,
    its day "2026-05-12" or "", the message as a reader sees it – "Från:", "Till:", "Datum:", "Ämne:" lines, then the text of
    its body, quoted-printable and base64 decoded, the HTML copy of a text part and attached
    files (a file's name marks one) left out, an attached message after it). None for any other
    text."""
    head = text.lstrip("\ufeff \r\n")
    lines = head.splitlines()
    names = []
    for line in lines:
        if not line.strip():
            break
        if _MIME_HEADER.match(line):
            names.append(line.split(":", 1)[0].lower())
        elif not line[:1].isspace():
            return None  # (a line that is neither a header nor a header's folded rest: no message)
    if len(names) < 3 or len(_MIME_NAMES & set(names)) < 3 or not {"from", "content-type", "mime-version"} & set(names):
        return None
    import email
    from email import policy

    try:
        # (as bytes: an 8-bit body is decoded by its part's own charset)
        msg = email.message_from_bytes(head.encode("utf-8", "surrogateescape"), policy=policy.default)
        subject = str(msg.get("subject", "") or "").strip()
        body = _mime_body(msg)
    except Exception:  # noqa: BLE001 – a malformed message is read as the plain text it is
        return None
    if not body.strip():
        return None
    said, day = _mime_header_lines(msg)
    return subject, day, "\n".join(said) + "\n\n" + body.strip() + "\n"


def _mime_header_lines(msg) -> tuple[list[str], str]:
    """A message's "Från:", "Till:", "Kopia:", "Datum:" and "Ämne:" lines as a reader sees them,
    and its day ("2026-05-12", or "" when it gives none that can be read)."""
    from email.utils import parsedate_to_datetime

    said = [f"Från: {msg.get('from')}"] if msg.get("from") else []
    day = ""
    if msg.get("date"):
        # (the day beside the sender: a thread's message is known by both – "Meddelande från
        # Elin Sandgren, 2027-05-19 16:20")
        try:
            when = parsedate_to_datetime(str(msg.get("date")))
            day = f"{when:%Y-%m-%d}"
            said.append(f"Datum: {when:%Y-%m-%d %H:%M}")
        except (TypeError, ValueError):
            said.append(f"Datum: {msg.get('date')}")
    for label, key in (("Till", "to"), ("Kopia", "cc")):
        if msg.get(key):
            said.append(f"{label}: {msg.get(key)}")
    if subject := str(msg.get("subject", "") or "").strip():
        said.append(f"Ämne: {subject}")
    return said, day


# a mailing list's digest (Mailman's): its messages, each after "Message: 1", its end line
_DIGEST_MESSAGE = re.compile(r"(?m)^Message: \d+[ \t]*\r?\n(?=[A-Za-z-]+:)")
_DIGEST_END = re.compile(r"(?m)^End of (.+?Digest\b.*?)\s*$")
_DIGEST_PART_END = re.compile(r"(?m)^-{30}[ \t]*$")
# the line over a quote of an earlier message ("Den 6 maj 2027 08:02 skrev Elin Sandgren:",
# "On Thu, May 6, 2027 at 8:02 AM Elin Sandgren wrote:")
_QUOTE_INTRO = re.compile(r"(?i)^\s*(?:den|on)\b.{4,120}\b(?:skrev|wrote)\b[^:]{0,80}:\s*$")


# a mail folder saved as one file (mbox: Thunderbird's, mutt's): each message opens with a "From "
# line – "From - Fri Sep 18 09:12:51 2026", "From anna@example.se Mon Oct  5 08:30:11 2026" – and
# its headers; a body line that began "From " is written ">From " (unescaped again here)
_MBOX_FROM = re.compile(r"(?m)^From \S+ +\w{3} \w{3} [ \d]\d \d\d:\d\d(?::\d\d)? \d{4}[ \t]*\r?\n(?=[A-Za-z][A-Za-z0-9-]*:)")
_MBOX_QUOTED_FROM = re.compile(r"(?m)^>(>*From )")


def mailbox_messages(text: str) -> tuple[str, str, str] | None:
    """A mail folder exported as one text file (mbox): (its first message's subject, its
    newest message's day, its messages as a thread in the order they were sent – each one's
    "Från:", "Datum:", "Ämne:" lines and its own text, decoded). A folder keeps messages in the
    order they were filed, not sent: round 229's oldest proposal stood last, and its headers
    ("X-Mozilla-Status", encoded subjects) had been read as text. None for any other text."""
    head = text.lstrip("\ufeff \r\n")
    if not _MBOX_FROM.match(head):
        return None
    import email
    from email import policy
    from email.utils import parsedate_to_datetime

    messages: list[tuple[str, str, str]] = []
    for part in _MBOX_FROM.split(head)[1:]:
        part = _MBOX_QUOTED_FROM.sub(r"\1", part)
        try:
            msg = email.message_from_bytes(part.encode("utf-8", "surrogateescape"), policy=policy.default)
            body = _mime_body(msg)
        except Exception:  # noqa: BLE001 – a malformed message is left out, the others stand
            continue
        if not msg.get("from") or not body.strip():
            continue
        said, day = _mime_header_lines(msg)
        try:
            when = f"{parsedate_to_datetime(str(msg.get('date'))):%Y-%m-%d %H:%M}" if msg.get("date") else ""
        except (TypeError, ValueError):
            when = ""
        subject = str(msg.get("subject", "") or "").strip()
        messages.append((when or day, subject, "\n".join(said) + "\n\n" + body.strip()))
    if len(messages) < 2:
        return None
    first_subject = messages[0][1]
    messages.sort(key=lambda m: m[0])  # (undated ones first, in the folder's order)
    newest = max((m[0][:10] for m in messages if m[0]), default="")
    return first_subject, newest, "\n\n".join(m[2] for m in messages) + "\n"


def mail_digest(text: str) -> tuple[str, str, str] | None:
    """A mailing list's digest saved as text (Mailman's "Today's Topics:", then "Message: 1" …,
    "End of Lanthandelsnatverket Digest, Vol 2, Issue 5"): (its title, its day – its last
    message's –, its messages as a thread: each one's "Från:", "Datum:", "Ämne:" lines and its
    own text). A message's quotes of earlier ones are left out: the digest holds those messages
    itself, and a quoted old date read as the reply's own had outweighed its correction. The
    list's instructions, topic list and footer are no message. None for any other text."""
    if "Today's Topics:" not in text[:5000]:
        return None
    parts = _DIGEST_MESSAGE.split(text)
    if len(parts) < 2:
        return None
    import email
    from email import policy

    messages, last = [], ""
    for part in parts[1:]:
        part = _DIGEST_PART_END.split(part, maxsplit=1)[0]
        head, _, body = part.replace("\r\n", "\n").partition("\n\n")
        msg = email.message_from_string(head + "\n\n", policy=policy.default)
        if not msg.get("from"):
            continue  # ("Subject: Digest Footer": the list's, no one's message)
        lines = body.split("\n")
        own = [
            ln for k, ln in enumerate(lines)
            if not ln.lstrip().startswith(">")
            and not (_QUOTE_INTRO.match(ln) and any(x.lstrip().startswith(">") for x in lines[k + 1 : k + 3]))
        ]
        said, day = _mime_header_lines(msg)
        messages.append("\n".join(said) + "\n\n" + "\n".join(own).strip())
        last = max(last, day)
    if not messages:
        return None
    end = _DIGEST_END.search(text)
    return (end.group(1) if end else "Sammandrag från e-postlista"), last, "\n\n".join(messages) + "\n"


def _mime_body(msg) -> str:
    """The readable text of a message: its text parts in order, never an attachment's file. Of
    alternatives (multipart/alternative) the plain text – unless the HTML part, the one a mail
    program shows, says a figure or date the plain copy lacks: a newsletter's plain-text copy,
    left as first written, had given its old dates and fees, corrected in the HTML alone (round
    225). A lone HTML part only where the message has no plain text. A dated message attached
    to it (a forwarded decision, "Protokollsutdrag.eml") is part of what was sent: it follows,
    under its own "Från:", "Datum:" and "Ämne:" lines, so that it reads as the thread's next
    message."""
    # (kind, text) in order: "text" – a plain part, or the HTML of alternatives that says more –
    # or "html", a lone HTML part, read only where the message has no text
    said_parts: list[tuple[str, str]] = []
    attached = []

    def visit(part) -> None:
        if part.get_content_type() == "message/rfc822":
            inner = part.get_content()
            said, day = _mime_header_lines(inner)
            # (… when it says its day: an undated one – an old invitation attached to the message
            # that moves it – cannot be told from the message that replaces it, and is left out
            # as any attachment)
            if day and (text := _mime_body(inner).strip()):
                attached.append("\n".join(said) + "\n\n" + text)
            return
        if part.get_content_disposition() == "attachment" or part.get_filename():
            return  # (an attachment, also one sent inline with its file's name: the old invitation)
        if part.get_content_type() == "multipart/alternative":
            subs = list(part.iter_parts())
            shown = [p for p in subs if p.get_content_type() == "text/html" and not p.get_filename()]
            plain_copy = " ".join(p.get_content() for p in subs if p.get_content_type() == "text/plain" and not p.get_filename())
            if shown and (seen := _html_text(shown[-1].get_content())).strip() and _says_more(seen, plain_copy):
                said_parts.append(("text", seen))
                return
        if part.is_multipart():
            for sub in part.iter_parts():
                visit(sub)
            return
        kind = part.get_content_type()
        if kind == "text/plain":
            said_parts.append(("text", part.get_content()))
        elif kind == "text/html":
            said_parts.append(("html", _html_text(part.get_content())))

    visit(msg)
    has_text = any(k == "text" for k, _ in said_parts)
    own = "\n\n".join(t for k, t in said_parts if k == "text" or not has_text)
    return "\n\n".join(part for part in [own.strip(), *attached] if part)


def _says_more(shown: str, plain: str) -> bool:
    """Does the HTML a mail program shows say a figure or date its plain-text copy does not (the
    copy left as first written)? Alternatives that agree are read as the plain text, which keeps
    a message's own line breaks."""
    return bool(set(re.findall(r"\d+", shown)) - set(re.findall(r"\d+", plain)))


def _underlined(m: re.Match) -> str:
    import html as html_lib

    said = " ".join(html_lib.unescape(_HTML_TAG.sub(" ", m.group(2))).split())
    return f"\n\n{said}\n{('=' if m.group(1) == '1' else '-') * max(3, len(said))}\n" if said else "\n"


def _html_text(html: str) -> str:
    import html as html_lib

    # (a row's cells apart: "Burgsvik – Öppnar 20 september 2027", not "BurgsvikÖppnar …"; a
    # list's items as bullets)
    html = _HTML_ITEM.sub("\n• ", _HTML_CELL_GAP.sub(" – ", _HTML_HEAD.sub("", html)))
    # (a heading stays one, underlined as plain text marks it: "247 registrerade användare" over
    # its paragraph had read as the paragraph's first words, and the section as the one before)
    html = _HTML_HEADING.sub(_underlined, html)
    text = html_lib.unescape(_HTML_TAG.sub("", _HTML_BREAK.sub("\n", html)))
    # (… cells left empty under a cell spanning rows add no gap: "Dals-Ed – Rölanda")
    text = "\n".join(re.sub(r"(?:\s+–)+\s*$", "", re.sub(r"(?:\s+–){2,}\s", " – ", ln)) for ln in text.split("\n"))
    return re.sub(r"\n{3,}", "\n\n", text)


# ---------------------------------------------------------------- JSON (an export saved as text)

# a key written in camelCase or snake_case ("nastaMote", "malAndelKvinnor", "organisations_nummer")
_CAMEL = re.compile(r"(?<=[a-zåäö])(?=[A-ZÅÄÖ])")
_ISO_UTC = re.compile(r"^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]00:?00)$")
_TITLE_KEYS = ("namn", "name", "titel", "title", "rubrik")
MAX_JSON_BLOCKS = 20_000


def json_document(text: str) -> tuple[str, list[Block]] | None:
    """A JSON export (an API's or a register's, saved as text): (its title – the top object's
    name or title –, a heading per nested object and a paragraph per record of a list, each value
    a line "nyckel: värde"). A time in UTC is given in Swedish time too, true/false read as
    ja/nej and null left out. None for any other text."""
    body = text.lstrip("\ufeff \r\n")
    if body[:1] not in ("{", "["):
        return None
    try:
        data = json.loads(body)
    except (ValueError, RecursionError):
        return None
    if not isinstance(data, (dict, list)):
        return None
    blocks: list[Block] = []
    _json_blocks(data, 1, blocks)
    if not blocks:
        return None
    title = ""
    if isinstance(data, dict):
        title = next((str(data[k]).strip() for k in _TITLE_KEYS if isinstance(data.get(k), str) and data[k].strip()), "")
    return title, blocks


def _json_key(key: str) -> str:
    """A key as words: "nastaMote" → "nasta mote", "slut_datum" → "slut datum"."""
    return _CAMEL.sub(" ", str(key)).replace("_", " ").strip().lower()


def value_text(value) -> str | None:
    """A value of an export as the text a reader sees: true/false as ja/nej, a time in UTC with its
    Swedish time beside it ("2027-12-06T14:21:37Z (2027-12-06 kl. 15.21 svensk tid)"); None when empty."""
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        return "ja" if value else "nej"
    if isinstance(value, (int, float)):
        return str(value)
    s = str(value).strip()
    if (m := _ISO_UTC.match(s)):
        y, mo, d, hh, mm, _z = m.groups()
        return f"{s} ({_clock(_swedish_time(datetime(int(y), int(mo), int(d), int(hh), int(mm))))} svensk tid)"
    return s


def _nested(value) -> bool:
    """An object, or a list holding objects or lists: a part of its own (a list of scalars is a value)."""
    return isinstance(value, dict) or (isinstance(value, list) and any(isinstance(x, (dict, list)) for x in value))


def _json_lines(obj: dict) -> list[str]:
    """The scalar values of an object as "nyckel: värde" lines (a list of scalars joined)."""
    out = []
    for k, v in obj.items():
        if _nested(v):
            continue
        said = [s for x in (v if isinstance(v, list) else [v]) if (s := value_text(x)) is not None]
        if said:
            out.append(f"{_json_key(k)}: {', '.join(said)}")
    return out


def _json_blocks(data, level: int, blocks: list[Block]) -> None:
    if len(blocks) >= MAX_JSON_BLOCKS:
        return
    if isinstance(data, dict):
        lines = _json_lines(data)
        if lines:
            blocks.append(Block("paragraph", "\n".join(lines), 1))
        for k, v in data.items():
            if _nested(v):
                name = _json_key(k)
                blocks.append(Block("heading", name[:1].upper() + name[1:], 1, level=min(level, 6)))
                _json_blocks(v, level + 1, blocks)
    elif isinstance(data, list):
        for x in data:
            if isinstance(x, dict):
                # a record: one paragraph, its nested parts under it
                lines = _json_lines(x)
                if lines:
                    blocks.append(Block("paragraph", "; ".join(lines).rstrip(".") + ".", 1))
                for v in x.values():
                    if _nested(v):
                        _json_blocks(v, level + 1, blocks)
            elif isinstance(x, list):
                _json_blocks(x, level, blocks)
            elif (s := value_text(x)) is not None:
                blocks.append(Block("bullet", s, 1))


# ---------------------------------------------------------------- XML exports

_XML_START = re.compile(r"\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--.*?-->\s*)*(?:<!DOCTYPE[^>]*>\s*)?<[A-Za-z_][\w.:-]*[\s>/]", re.S)
# attributes that say how the file is written, not what it says
_XML_NOISE_ATTRS = re.compile(r"^(?:xmlns\b.*|schemalocation|nonamespaceschemalocation|schemaversion|version|datatyp|datatype|type|encoding|id)$", re.I)
# an attribute naming the value its element holds: <EgetElement Namn="Beviljat belopp"><Varde>…
_XML_NAME_ATTRS = ("namn", "name", "nyckel", "key", "label", "etikett", "benamning", "benämning")
_XML_TITLE_TAGS = ("arendemening", "ärendemening", "titel", "title", "rubrik", "namn", "name")
MAX_XML_DEPTH = 40


def xml_document(text: str) -> tuple[str, list[Block]] | None:
    """An XML export (a records system's FGS delivery, a register's, saved as .xml or .txt):
    (its title – the first "Ärendemening", "Titel" or "Namn" –, a heading per element that holds
    others and a line "namn: värde" per value, a record of repeated elements one paragraph;
    an element named by an attribute, <EgetElement Namn="Beviljat belopp"><Varde>6480000.00
    </Varde>, is "Beviljat belopp: 6480000.00"). Character references are read (K&#246;ping →
    Köping), comments dropped, no entity or DTD ever loaded. None for any other text."""
    if not _XML_START.match(text.lstrip("\ufeff")[:4000]):
        return None
    root = parse_xml(text.lstrip("\ufeff").encode("utf-8"))
    if root is None:
        return None
    blocks: list[Block] = []
    _xml_blocks(root, 1, blocks)
    if not blocks:
        return None
    leaves = [el for el in root.iter() if isinstance(el.tag, str) and len(el) == 0 and (el.text or "").strip()]
    title = next((
        " ".join(el.text.split()) for tag in _XML_TITLE_TAGS for el in leaves if fold(_xml_local(el.tag)) == tag
    ), "")
    return title, blocks


def parse_xml(data: bytes):
    """The root element of XML from a file (lxml), or None when it is no well-formed XML. No
    entity, DTD or network resource is ever loaded (an entity declared to expand a billion times
    stays unexpanded); comments and processing instructions are dropped."""
    from lxml import etree

    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, remove_comments=True, remove_pis=True,
    )
    try:
        return etree.fromstring(data, parser)
    except (etree.XMLSyntaxError, ValueError):
        return None


def _xml_heading(el) -> str:
    """An element's heading: its tag as words, and what its own title child says
    ("Arkivobjekt handling: Ansökan om ändring av beviljat projekt")."""
    own = next((
        " ".join(k.text.split()) for tag in _XML_TITLE_TAGS for k in el
        if isinstance(k.tag, str) and len(k) == 0 and fold(_xml_local(k.tag)) == tag and (k.text or "").strip()
    ), "")
    return f"{_xml_words(el.tag)}: {own}" if own else _xml_words(el.tag)


def _xml_local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1].rsplit(":", 1)[-1]


def _xml_words(name: str) -> str:
    """A tag or attribute as words: "StatusArende" → "Status arende", "ArkivobjektID" → "Arkivobjekt ID"."""
    s = _CAMEL.sub(" ", _xml_local(name)).replace("_", " ").strip()
    return s[:1].upper() + s[1:].lower() if not s.isupper() else s


def _xml_value(el) -> str | None:
    """The text of a leaf element, its spaces joined; a UTC time also in Swedish time; HTML kept
    escaped in it (an RSS item's description: "&lt;p&gt;Servicepunkten i Knäred …") as the text it
    shows, its paragraphs each a sentence of their own."""
    s = " ".join((el.text or "").split())
    if _HTML_IN_VALUE.search(s):
        from .htmlparts import html_parts

        said = [str(p[1]).strip() for p in html_parts(s) if p[0] in ("paragraph", "heading", "bullet") and str(p[1]).strip()]
        s = " ".join(x if x.endswith((".", "!", "?", ":")) else f"{x}." for x in said) or s
    return value_text(s) if s else None


_HTML_IN_VALUE = re.compile(r"</?(?:p|br|div|strong|em|b|i|span|a|ul|ol|li|h[1-6])\b[^>]*>", re.I)


def _xml_named(el) -> tuple[str, str] | None:
    """(name, value) of an element an attribute names, whose value is its text or one leaf child's."""
    name = next((v for k, v in el.attrib.items() if fold(_xml_local(k)) in _XML_NAME_ATTRS and str(v).strip()), None)
    if name is None:
        return None
    kids = [k for k in el if isinstance(k.tag, str)]
    if not kids:
        value = _xml_value(el)
    elif len(kids) == 1 and len(kids[0]) == 0:
        value = _xml_value(kids[0])
    else:
        return None
    return (str(name).strip(), value) if value else None


def _xml_lines(el) -> list[str]:
    """The values of an element: its telling attributes, its leaf children and its named children."""
    out = [
        f"{_xml_words(k)}: {' '.join(str(v).split())}" for k, v in el.attrib.items()
        if not _XML_NOISE_ATTRS.match(_xml_local(k)) and fold(_xml_local(k)) not in _XML_NAME_ATTRS and str(v).strip()
    ]
    for kid in el:
        if not isinstance(kid.tag, str):
            continue
        named = _xml_named(kid)
        if named:
            out.append(f"{named[0]}: {named[1]}")
        elif len(kid) == 0 and (value := _xml_value(kid)) is not None:
            out.append(f"{_xml_words(kid.tag)}: {value}")
    return out


def _xml_blocks(el, level: int, blocks: list[Block]) -> None:
    if len(blocks) >= MAX_JSON_BLOCKS or level > MAX_XML_DEPTH:
        return
    lines = _xml_lines(el)
    parts = [k for k in el if isinstance(k.tag, str) and len(k) > 0 and _xml_named(k) is None]
    tags = [_xml_local(k.tag) for k in parts]
    if lines:
        blocks.append(Block("paragraph", "\n".join(lines), 1))
    for kid in parts:
        if tags.count(_xml_local(kid.tag)) > 1 and all(len(g) == 0 or _xml_named(g) for g in kid):
            # a record among its like (<Anteckning><Datum>…<Text>…): one paragraph
            said = _xml_lines(kid)
            if said:
                blocks.append(Block("paragraph", "; ".join(said).rstrip(".") + ".", 1))
            continue
        blocks.append(Block("heading", _xml_heading(kid), 1, level=min(level, 6)))
        _xml_blocks(kid, level + 1, blocks)

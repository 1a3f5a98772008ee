"""Plain texts as round 138 wrote them: a pandoc Markdown routine (a "%" title block, headings
with "{#id}" attributes, grid tables whose cells wrap, a "::: note" div) and an intranet page
pasted as text (the site's navigation above a breadcrumb, a row of page tools). The routine had
been titled "Syfte och omfattning {#sec-syfte}", its glossary's cells were rows of their own,
and the page "Hoppa till huvudinnehåll"."""
from ingest.plaintext import markdown_blocks, plain_blocks

ROUTINE = """% Rutin för registrering och uppföljning i SUS
% Samordningsförbundet Mellersta Dalsland – kansliet
% Fastställd av styrelsen 2026-09-25

# Syfte och omfattning {#sec-syfte}

Rutinen beskriver hur insatser registrerar deltagare i SUS.

# Begrepp {#sec-begrepp}

+------------------+--------------------------------------------+
| Begrepp          | Förklaring                                 |
+==================+============================================+
| SUS              | Sektorsövergripande system för uppföljning |
|                  | av samordnade insatser.                    |
+------------------+--------------------------------------------+
| Individinsats    | Insats där enskilda deltagare registreras  |
|                  | med personnummer.                          |
+------------------+--------------------------------------------+

::: note
Kansliet erbjuder en introduktion i SUS.
:::
"""

PAGE = """Hoppa till huvudinnehåll
Arbetsförmedlingen  |  Vis – intranätet
Sök på Vis ...                                    Meny  Logga ut

Start > Handläggning > Insatser och tjänster > Förstärkt arbetsträning

Dela   Skriv ut   Spara som favorit

FÖRSTÄRKT ARBETSTRÄNING – HANDLÄGGARSTÖD

Det här handläggarstödet beskriver hur du handlägger insatsen förstärkt arbetsträning.
"""


def test_a_pandoc_routine_has_its_title_plain_headings_and_wrapped_cells_whole():
    blocks, title, _ = markdown_blocks(ROUTINE, "rutin.md")
    assert title == "Rutin för registrering och uppföljning i SUS"
    texts = [b.text for b in blocks]
    assert "Syfte och omfattning" in texts and not any("{#" in t for t in texts)
    assert "SUS – Sektorsövergripande system för uppföljning av samordnade insatser." in texts, texts
    assert "Individinsats – Insats där enskilda deltagare registreras med personnummer." in texts
    assert "Kansliet erbjuder en introduktion i SUS." in texts and not any(t.startswith(":::") for t in texts)
    assert "Samordningsförbundet Mellersta Dalsland – kansliet" in texts  # the title block's author stays text


def test_an_intranet_page_is_titled_by_its_own_title_not_the_sites_navigation():
    blocks, title, _ = plain_blocks(PAGE, "sida.txt")
    assert title == "Förstärkt arbetsträning – handläggarstöd"
    assert not any("Hoppa till" in b.text or "Logga ut" in b.text for b in blocks)


VTT = """WEBVTT

7c1e9a42-5b3d/11-0
00:00:04.120 --> 00:00:09.720
<v Sara Nilsson>Hej allihop, ska vi köra igång? Jag ser att Mattias är med och</v>

7c1e9a42-5b3d/11-1
00:00:10.920 --> 00:00:15.020
<v Sara Nilsson>Jenny kommer in nu.</v>

7c1e9a42-5b3d/12-0
00:00:24.720 --> 00:00:27.620
<v Mattias Grönberg>Ja, absolut. Så vi har just nu</v>

7c1e9a42-5b3d/12-1
00:00:27.970 --> 00:00:32.570
<v Mattias Grönberg>142 unga inskrivna i Unga till arbete. Av dem är 58 tjejer.</v>
"""

SRT = """1
00:00:04,120 --> 00:00:09,720
Sara: Välkomna till avstämningen.

2
00:01:02,000 --> 00:01:05,500
Vi startar jobbspåret den 8 februari.
"""


def test_a_meeting_transcript_is_read_as_its_speakers_turns(tmp_path):
    # round 144 (F144-16, F144-17): a Teams transcript saved as text (WebVTT) was read with its cue
    # ids and times – "Det närmaste jag hittar (*WEBVTT*)" quoted "…/12-1 00:00:27.970 --> …"
    from ingest.pipeline import load_file

    path = tmp_path / "transkription_avstamning_2026-11-26.txt"
    path.write_text(VTT, encoding="utf-8")
    r = load_file(path, tmp_path)
    text = "\n".join(c.text for c in r.chunks)
    assert "Mattias Grönberg (00:00:24): Ja, absolut. Så vi har just nu 142 unga inskrivna i Unga till arbete." in text, text
    assert "Sara Nilsson (00:00:04): Hej allihop, ska vi köra igång? Jag ser att Mattias är med och Jenny kommer in nu." in text
    assert "-->" not in text and "7c1e9a42" not in text and "WEBVTT" not in text + r.document.title
    assert r.document.date == "2026-11-26"
    srt = tmp_path / "mote.srt"
    srt.write_text(SRT, encoding="utf-8")
    text = "\n".join(c.text for c in load_file(srt, tmp_path).chunks)
    # (cues without a speaker's name run on as one text)
    assert "(00:00:04) Sara: Välkomna till avstämningen. Vi startar jobbspåret den 8 februari." in text and "-->" not in text, text


BOARD = """---

kanban-plugin: board

---

## Att göra

- [ ] Boka lokal för arbetsgivarträff i Torup @{2027-01-12} [[Anna Ekström]] #arbetsgivare
- [ ] Ta fram underlag om validering @{2026-12-18} [[Jonas Berg|Jonas]]<br>Underlaget ska till styrgruppen


## Klart

- [x] Startmöte med styrgruppen @{2026-10-29} ✅ 2026-10-29
- [x] Informationsmöte för de varslade @@{13:00} [[Jonas Berg]] ✅ 2026-11-05


***

## Arkiv

- [x] ~~Webbinarium om a-kassa~~ – ersatt av informationsmötet ✅ 2026-10-20

%% kanban:settings
```
{"kanban-plugin":"board"}
```
%%
"""


def test_a_kanban_board_in_markdown_reads_as_its_lanes_and_cards(tmp_path):
    # round 144 (F144-18): an Obsidian Kanban board – its YAML front matter stood as text, its
    # first lane "Inkorg" was its title, and "[[Anna Ekström]]", "@{2027-01-12}", "<br>", "%% … %%"
    # stood in the cards as written
    from ingest.pipeline import load_file

    path = tmp_path / "projekttavla_omstallning_hylte.md"
    path.write_text(BOARD, encoding="utf-8")
    r = load_file(path, tmp_path)
    assert r.document.title == "Projekttavla omstallning hylte", r.document.title
    by_section = {c.section: c.text for c in r.chunks}
    assert "kanban-plugin" not in " ".join(by_section.values()) and "***" not in " ".join(by_section.values()), by_section
    assert "Boka lokal för arbetsgivarträff i Torup (2027-01-12) Anna Ekström" in by_section["Att göra"]
    assert "Jonas – Underlaget ska till styrgruppen" in by_section["Att göra"]
    assert "Informationsmöte för de varslade kl. 13:00 Jonas Berg (klart 2026-11-05)" in by_section["Klart"]
    assert "(struket: Webbinarium om a-kassa)" in by_section["Arkiv"]


def test_front_matter_gives_the_title_author_and_date(tmp_path):
    from ingest.pipeline import load_file

    path = tmp_path / "rutin.md"
    path.write_text("---\ntitle: Rutin för handledarstöd\nauthor: Eva Lund\ndate: 2026-09-01\n---\n\n## Syfte\n\nRutinen beskriver stödet.\n",
                    encoding="utf-8")
    r = load_file(path, tmp_path)
    assert r.document.title == "Rutin för handledarstöd" and r.document.author == "Eva Lund" and r.document.date == "2026-09-01", r.document


ICS = """BEGIN:VCALENDAR
VERSION:2.0
X-WR-CALNAME:ASF-nätverket VT 2027
BEGIN:VEVENT
ORGANIZER;CN=Jonas Ekelund:mailto:jonas.ekelund@kompetens
 plattform.se
SUMMARY;LANGUAGE=sv-SE:Uppstart ASF-nätverket 2027
DTSTART;TZID=Europe/Stockholm:20270120T090000
DTEND;TZID=Europe/Stockholm:20270120T120000
LOCATION:Returhuset\\, Verkstadsgatan 9\\, Skövde
DESCRIPTION:Välkommen!\\n\\nAnmäl dig senast den 13 januari till Jonas Ekel
 und.
END:VEVENT
BEGIN:VEVENT
SUMMARY:Digital avstämning
RRULE:FREQ=MONTHLY;COUNT=5;BYDAY=1TU
EXDATE;TZID=Europe/Stockholm:20270406T083000
DTSTART;TZID=Europe/Stockholm:20270202T083000
DTEND;TZID=Europe/Stockholm:20270202T091500
END:VEVENT
BEGIN:VEVENT
SUMMARY:Studiebesök i Hjo
STATUS:CANCELLED
DTSTART:20270304T090000Z
DTEND:20270304T130000Z
END:VEVENT
END:VCALENDAR
"""


def test_a_calendar_export_reads_as_its_events(tmp_path):
    # round 146 (F146-13, F146-14): an Outlook calendar export – folded lines, "\\," and "\\n", a
    # recurring meeting with an exception, a cancelled event in UTC – read as raw text
    from ingest.pipeline import load_file

    path = tmp_path / "kalenderexport.txt"
    path.write_text(ICS, encoding="utf-8")
    r = load_file(path, tmp_path)
    assert r.document.title == "ASF-nätverket VT 2027"
    by = {c.section: c.text for c in r.chunks}
    first = by["Uppstart ASF-nätverket 2027 (2027-01-20)"]
    assert "Tid: 2027-01-20 kl. 09.00–12.00" in first and "Plats: Returhuset, Verkstadsgatan 9, Skövde" in first, first
    assert "Anmäl dig senast den 13 januari till Jonas Ekelund." in first and "Arrangör: Jonas Ekelund" in first
    recurring = by["Digital avstämning (2027-02-02)"]
    assert "Återkommer: varje månad, första tisdagen, 5 gånger" in recurring and "Utgår: 2027-04-06" in recurring, recurring
    cancelled = by["Studiebesök i Hjo (2027-03-04)"]
    assert "Status: inställt" in cancelled and "kl. 10.00–14.00" in cancelled, cancelled  # (09.00 UTC is 10.00 in Sweden)
    assert "BEGIN:" not in "\n".join(by.values())


def test_a_statutes_headings_set_apart_by_blank_lines_head_its_paragraphs():
    # round 148 (F148-13): "Ansökan och beslut" between blank lines over "9 § En ansökan …" was
    # read as a paragraph of its own – the ordinance had no sections, and the rule on when to
    # apply lost to the ordinance's title
    text = (
        "Förordning (2023:611) om statsbidrag för regionala omställningsinsatser\n\nSFS nr: 2023:611\nUtfärdad: 2023-06-22\n\n"
        "Bidragets storlek\n\n6 §  Statsbidrag får lämnas med högst 50 procent av de stödberättigande kostnaderna.\n\n"
        "Ansökan och beslut\n\n9 §  En ansökan om statsbidrag ska ha kommit in till Tillväxtverket senast den 1 mars.\n\n"
        "Med vänliga hälsningar\n\nAnna\n"
    )
    blocks, _, _ = plain_blocks(text, "sfs.txt")
    heads = [b.text for b in blocks if b.kind == "heading"]
    assert heads == ["Bidragets storlek", "Ansökan och beslut"], heads

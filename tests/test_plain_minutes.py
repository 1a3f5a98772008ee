"""Minutes saved as plain text (round 136: a Windows-1252 extract of a municipal board's minutes,
§ 143 and § 144, each page under the letterhead "OCKELBO KOMMUN  SAMMANTRÄDESPROTOKOLL"). The
items' parts ("Ärendebeskrivning", "Kommunstyrelsens beslut", "Reservation") had been no headings,
"§ 143      Dnr KS 2026/000318" was the heading with its title a line under it, the letterhead
stood again in the text on every page, "vad beslutade …" quoted the reservation, and "sammanfatta
§ 144" summarised § 143."""

HEAD = """KUSTBY KOMMUN                              SAMMANTRÄDESPROTOKOLL
Kommunstyrelsen                            Sammanträdesdatum
                                           2026-11-24
                                           Sida {page} (15)
"""

ITEM_143 = """
§ 143                                      Dnr KS 2026/000318

Lokal överenskommelse om samverkan med Arbetsförmedlingen 2027–2028

Ärendebeskrivning
Kustby kommun och Arbetsförmedlingen har sedan 2024 en lokal
överenskommelse om samverkan för personer som står långt från
arbetsmarknaden. Ett förslag till ny överenskommelse har tagits fram.

Beslutsunderlag
- Tjänsteskrivelse från arbetsmarknadschefen 2026-11-03
- Kommunstyrelsens arbetsutskott 2026-11-10, § 98

Yrkanden
Bengt Wiklund (M) yrkar att punkt 2 ändras så att 1,6 miljoner
kronor avsätts för 2027.

Propositionsordning
Ordföranden ställer proposition på arbetsutskottets förslag mot Bengt
Wiklunds ändringsyrkande och finner att kommunstyrelsen beslutar
enligt arbetsutskottets förslag.

Kommunstyrelsens beslut
1. Kommunstyrelsen godkänner lokal överenskommelse med
   Arbetsförmedlingen för perioden 1 januari 2027–31 december 2028.
2. 2,1 miljoner kronor avsätts för 2027 inom arbetsmarknadsenhetens
   budgetram.
3. En uppföljning av överenskommelsen ska redovisas för
   kommunstyrelsen senast den 30 september 2027.

Reservation
Bengt Wiklund (M) reserverar sig mot beslutet i punkt 2 till förmån
för eget yrkande.

"""

ITEM_144 = """
§ 144                                      Dnr KS 2026/000341

Introduktionsjobb inom vård och omsorg 2027

Ärendebeskrivning
Socialförvaltningen har svårt att rekrytera personal till äldreomsorgen,
samtidigt som många arbetssökande i kommunen saknar gymnasieutbildning.
Förvaltningen föreslår att kommunen inrättar 8 introduktionsjobb.

Kommunstyrelsens beslut
1. Socialnämnden får i uppdrag att under 2027 inrätta 8
   introduktionsjobb inom äldreomsorgen.
2. Kommunens nettokostnad, beräknad till 640 000 kronor, ska rymmas
   inom socialnämndens budgetram 2027.

Beslutet är enhälligt.
"""


def _write(kb):
    kb.mkdir(exist_ok=True)
    text = HEAD.format(page=7) + "\n                    UTDRAG UR SAMMANTRÄDESPROTOKOLL\n" + ITEM_143 + HEAD.format(page=8) + ITEM_144
    path = kb / "protokollsutdrag_ks_2026-11-24.txt"
    path.write_bytes(text.replace("\n", "\r\n").encode("cp1252"))
    return path


def test_plain_text_minutes_have_items_with_their_parts_and_a_title(tmp_path):
    from ingest.pipeline import load_file

    r = load_file(_write(tmp_path / "kb"), tmp_path / "kb")
    assert r.document.title == "Sammanträdesprotokoll – Kommunstyrelsen 2026-11-24"
    sections = [c.section for c in r.chunks]
    assert "§ 143 Lokal överenskommelse om samverkan med Arbetsförmedlingen 2027–2028 > Kommunstyrelsens beslut" in sections, sections
    assert "§ 143 Lokal överenskommelse om samverkan med Arbetsförmedlingen 2027–2028 > Reservation" in sections
    assert "§ 144 Introduktionsjobb inom vård och omsorg 2027 > Kommunstyrelsens beslut" in sections
    text = "\n".join(c.text for c in r.chunks)
    assert text.count("SAMMANTRÄDESPROTOKOLL") <= 2 and "Sida 8" not in text  # the second page's head is gone
    assert "Dnr KS 2026/000318" in text


def test_what_the_board_decided_is_its_decision_list_and_a_named_items_summary_is_that_items(tmp_path):
    from assistant.engine import Engine
    from index.build import update_index

    _write(tmp_path / "kb")
    update_index(tmp_path / "kb", tmp_path / "index")
    engine = Engine.from_index(tmp_path / "index")
    ans = engine.ask("vad beslutade kommunstyrelsen om lokala överenskommelsen med af?", engine.new_conversation())
    assert ans.answered and "2,1 miljoner kronor" in ans.answer and "30 september 2027" in ans.answer, ans.answer
    assert "reserverar sig" not in ans.answer
    ans = engine.ask("sammanfatta § 144 i ks-protokollet", engine.new_conversation())
    assert ans.answered and "8 introduktionsjobb" in ans.answer and "640 000" in ans.answer, ans.answer
    assert "överenskommelse" not in ans.answer


TEAM_NOTES = """ARBETSFÖRMEDLINGEN
Team Företagsservice Kustby

MINNESANTECKNINGAR – TEAMMÖTE
==============================

Datum:        tisdag 10 november 2026
Antecknare:   Olle Rask


1. Föregående anteckningar
   Anteckningarna från den 27 oktober godkändes.

2. Lönestöd
   – Teamet har 31 ärenden om lönestöd som väntar på beslut. Handläggningstiden
     är i median 15 arbetsdagar.
   – Eva påpekade att många ansökningar saknar uppgift om handledare.
   BESLUT: Eva Lund och Karim Aziz arbetar ikapp ärendena under två veckor.

3. Rekryteringsmässa för vården den 2 december
   – Fem arbetsgivare har anmält intresse, med omkring 30 lediga tjänster
     som undersköterskor och vårdbiträden.
   BESLUT: Sista anmälningsdag för arbetssökande är den 20 november. Urvalet görs
   den 23–24 november av Karim Aziz.


ÅTGÄRDSPUNKTER
--------------
Eva Lund sammanställer ärendelistan till nästa möte.
"""


def test_a_plain_texts_agenda_items_head_their_notes_and_their_decisions_are_told_apart(tmp_path):
    # round 142's F142-09: team-meeting notes saved as text, numbered items at the margin over
    # indented "–" points and a "BESLUT:" line. The items had been no headings (every decision
    # stood under "MINNESANTECKNINGAR – TEAMMÖTE", so "… om rekryteringsträffen på teammötet" gave
    # every decision), a "BESLUT:" after a long point ran into that point, a decision lost its
    # second sentence, and "vad bestämdes …" was no question about decisions at all
    from assistant.kb_questions import Catalog
    from ingest.pipeline import load_file

    kb = tmp_path / "kb"
    kb.mkdir()
    (kb / "teammote_2026-11-10.txt").write_text(TEAM_NOTES, encoding="utf-8")
    r = load_file(kb / "teammote_2026-11-10.txt", kb)
    sections = [c.section for c in r.chunks]
    assert "MINNESANTECKNINGAR – TEAMMÖTE > 3. Rekryteringsmässa för vården den 2 december" in sections, sections
    assert "MINNESANTECKNINGAR – TEAMMÖTE > ÅTGÄRDSPUNKTER" in sections, sections
    lon = next(c for c in r.chunks if c.section.endswith("2. Lönestöd"))
    assert "\nBESLUT: Eva Lund" in lon.text, lon.text
    cat = Catalog({r.document.path: r.document}, r.chunks, {r.document.path: r.page_texts or []}, search=lambda q, k: [],
                  page_of=lambda document, text, start, end: (start, True))
    ans = cat.answer("Vad bestämdes om rekryteringsmässan på teammötet?")
    assert ans is not None and ans.answered, ans
    assert "Urvalet görs den 23–24 november av Karim Aziz" in ans.answer and "Eva Lund och Karim Aziz" not in ans.answer, ans.answer
    every = cat.answer("vad beslutades på teammötet?")
    assert "Eva Lund och Karim Aziz arbetar ikapp" in every.answer and "20 november" in every.answer

"""The words of a question and a quote that carry its answer: the key figure, date or name a
quote gives, the periods a question asks about, and a follow-up read with the question before.

    key_phrase("IAF har omkring 75 anställda.", Question.of("Hur många anställda har IAF?", vocab))
        → "omkring 75"
    asked_periods("Vad beslutades i mars 2026?") → [(2026, 3)]
    followup_query("Vilka fokusområden beslutades för 2024?", "och 2025?")
        → "Vilka fokusområden beslutades för 2025?"

Why one module of this size: key phrases, asked periods and follow-ups read the same figure, date
and name patterns, defined once here.
"""
from __future__ import annotations

import re
from functools import lru_cache

from index.passages import VALUE_COUNT_RE
from ingest.swedish import ENDS_IN_ABBREVIATION, MONTH_NAMES, MONTHS, STOPWORDS, TERM_WORDS, fold, says, stem, term_half, words

from .features import Question, coverage, entity_share
from .kinds import MONTH_ALTERNATION, NUMBER_WORD_ALTERNATION, TIMESTAMP, asking_words, years_in

# ---------------------------------------------------------------------- the key phrase

_QUALIFIER = r"(?:(?:cirka|ca\.?|omkring|ungefär|drygt|knappt|nästan|över|under|minst|högst|runt|strax (?:över|under))\s+)?"
# A range ("12–25", "1-9") is one figure: its dash is no minus sign.
_NUMBER = (
    r"[−-]?\d{1,3}(?:[ \u00a0\u202f]\d{3}(?!\d)){1,2}(?![ \u00a0\u202f]\d)(?:,\d+)?"
    r"|\d+(?:,\d+)?\s?[–-]\s?\d+(?:,\d+)?(?![\d/])|(?<![\d\w])[−-]?\d+(?:,\d+)?"
)
# A number right after one of these is a label ("§ 45", "Tabell 4", "Rekommendation 6").
# (… and a road's, a line's or a room's number: "väg 84", "linje 4", "rum 12")
_LABEL_BEFORE = re.compile(
    r"(§|tabell|figur|bilaga|rekommendation|kapitel|avsnitt|sid|s\.|nr|punkt|bild|diagram|steg|fas|åk|årskurs|klass|kvartal|kv\.?"
    r"|väg|riksväg|länsväg|linje|rum)\s*$", re.I,
)
# … or right before one, as a law numbers its rules ("enligt 3 § får nämnden …", "4 kap.")
_LABEL_AFTER = re.compile(r"\s*(?:§|kap\.|kap\b|kapitlet\b)", re.I)
_UNIT = r"(?:\s*(?:%|(?:procent(?:enheter)?|miljoner|miljarder|tkr|mnkr|mkr|kr|kronor|st)\b)(?:\s+kronor)?)?"
_FIGURE_RE = re.compile(rf"{_QUALIFIER}(?:{_NUMBER}){_UNIT}", re.I)
# … or written as a word ("Fyrtio individer", "åtta av tio"): a figure the quote gives all the
# same, though never the key phrase shown in bold
_FIGURE_OR_WORD_RE = re.compile(rf"{_QUALIFIER}(?:{_NUMBER}|(?<!\w)(?:{NUMBER_WORD_ALTERNATION})+(?!\w)){_UNIT}", re.I)
DATE_RE = re.compile(
    rf"\b(?:den\s+)?\d{{1,2}}\s+(?:{MONTH_ALTERNATION})\w*(?:\s+\d{{4}})?|\b\d{{4}}-\d\d-\d\d\b|"
    rf"\b(?:våren|hösten|sommaren|vintern|början av|slutet av)\s+\d{{4}}|\b(?:{MONTH_ALTERNATION})\w*\s+\d{{4}}|"
    rf"\bden\s+\d{{1,2}}:[ae]\b(?:\s+(?:i\s+)?(?:varje|varannan|nästa|följande)\s+månad\w*)?",
    re.I,
)
# (a name may open a sentence: "Maria Holm, nämndsekreterare"; a capitalised ordinary word –
# "Det", "Utses" – ends it or is none, see _phrases)
_NAME_RE = re.compile(r"\b[A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?(?:\s+[A-ZÅÄÖ][a-zåäöéü]+(?:-[A-ZÅÄÖ][a-zåäöéü]+)?)+")


# "vem bestämde/beslutade/fattade beslutet …", "who decided …": the doer of a deciding verb
_DECIDED_ASK = re.compile(
    r"\b(?:vem|vilka|vilken|vilket organ)\s+(?:som\s+)?(?:har\s+|hade\s+)?(?:bestämde|bestämt|beslutade|beslöt|beslutat|fattade|fattat|tog|godkände|godkänt"
    r"|undertecknade|undertecknat|signerade|signerat|skrev under)\b"
    r"|\bwho\s+(?:decided|approved|signed|made\s+the\s+decision)\b"
)
_DOER_ACTIVE = re.compile(
    r"(?:^|(?<=[.!?:;]\s)|(?<=\n))((?:[A-ZÅÄÖ][\w-]*)(?:\s+(?!(?:har|hade|beslut\w*|bestäm\w*|godkän\w*)\b)[\w-]+){0,3}?)"
    r"\s+(?:har\s+|hade\s+)?(?:beslutar|beslutade|beslöt|beslutat|bestämmer|bestämde|bestämt|godkänner|godkände|godkänt|fattade beslut|fattar beslut)\b"
)
_DOER_PASSIVE = re.compile(
    r"\b(?:beslutades|fattades|godkändes|bestämdes|togs|har\s+fattats|har\s+beslutats|signerad|signerat|undertecknad|undertecknat)\s+av\s+((?:[\w-]+)(?:\s+(?!(?:den|på|i|att|och|som|efter|vid)\b)[\w-]+){0,3})"
)
_PRONOUN = frozenset({"det", "den", "de", "dom", "vi", "jag", "man", "hon", "han", "ni", "du", "detta", "denna", "som"})


# a transcript's line: its speaker's name, a time stamp or not, and a colon ("Jonas Ekelund
# (00:00:21): …", "Maria Kjellberg: …")
_SPEAKER_LINE = re.compile(r"^\s*([A-ZÅÄÖ][\w\-]+(?: [A-ZÅÄÖ][\w\-]+){1,2})\s*(?:\(\d{1,2}:\d{2}(?::\d{2})?\)|\[\d{1,2}:\d{2}(?::\d{2})?\])?\s*:\s")
# the speaker says what they are: "jag är projektledare", "jag är ny ordförande", "I am the chair"
_SELF_ROLE = re.compile(r"\b(?:jag är|jag blir|jag har blivit|i am|i'm)\s+(?:(?:den|det|en|ett|er|ny|nya|the|a|new)\s+){0,2}(\w+)")


def _speaker_as_asked(text: str, question: str) -> str:
    """The speaker of a transcript's line who says they are the role the question asks for
    ("vem är projektledare?" – "Jonas Ekelund (00:00:21): … jag är projektledare …"), else ""."""
    m = _SPEAKER_LINE.match(text)
    if m is None:
        return ""
    roles = roles_asked(question)
    said = fold(text[m.end():])
    if any(stem(r.group(1)) in roles for r in _SELF_ROLE.finditer(said)):
        return m.group(1)
    return ""


@lru_cache(maxsize=256)
def roles_asked(question: str) -> frozenset[str]:
    """Stems of the question's words that may name a role (five letters or more, no stopword) –
    read once per question, not once per quote weighed."""
    return frozenset(stem(w) for w in words(fold(question)) if len(w) >= 5 and w not in STOPWORDS)


def _doer(text: str) -> str:
    """Who decides in ``text``: "Styrgruppen" of "Styrgruppen beslutar att …", "regionstyrelsens
    arbetsutskott" of "… fattades av regionstyrelsens arbetsutskott den 28 februari"; "" when no
    clause says it (or a pronoun stands for the doer)."""
    for rx in (_DOER_ACTIVE, _DOER_PASSIVE):
        m = rx.search(text)
        if m and fold(m.group(1).split()[0]) not in _PRONOUN:
            return m.group(1).strip(" ,")
    return ""


# The words before a date that a plan has left: "flyttas från (onsdag) …", "ändrades från …",
# "i stället för …" (a move's verb, then "från" right before the date)
_LEFT_DATE = re.compile(
    r"(?:\b(?:flytta\w*|flyttat\w*|ändra[ts]\w*|ändrade\w*|skjuts|sköts|skjutits|skjuten|senarelä\w+|"
    r"tidigarelä\w+|byts|byttes|bytt|ersätts|moved|postponed|changed)\b\s+(?:\w+\s+){0,4}?(?:från|from)|\bi\s?stället\s+för|\binstead\s+of|"
    # (… and the date a sentence denies: "Ny tid är 2 juni (inte onsdag 20 maj som i inbjudan)")
    r"\b(?:inte|ej|not)|"
    # (… and the date that was to be: "skulle enligt tidigare besked ha öppnat 16 november men …
    # nytt datum är 30 november", "var ursprungligen planerad till")
    r"\bskulle\s+(?:\w+\s+){0,5}?ha\s+\w+|\b(?:ursprungligen|tidigare)\s+(?:planera\w*|angiv\w*|aviser\w*|utlova\w*)(?:\s+till)?)"
    r"\s+(?:\w+dag(?:en)?\s+)?(?:den\s+)?$"
)


# The words between the date a move leaves and the one it moves to ("… 11 mars till torsdag 19 mars")
_MOVED_TO = re.compile(r"(?:\s+kl\.?\s+[\d.:]+)?\s+(?:till|to)\s+(?:\w+dag(?:en)?\s+)?(?:den\s+)?")

# The words before a figure a revision has left: "reviderats från …", "höjs från …", "ändrades
# från …" (a revision's verb, then "från" right before the figure).
_LEFT_FIGURE = re.compile(
    r"\b(?:revider\w*|ändra[ts]\w*|ändrade\w*|justera\w*|höj[st]\w*|höjdes|sänk[st]\w*|sänktes|utök\w*|"
    r"skrivits\s+(?:upp|ned|ner)|skrevs\s+(?:upp|ned|ner)|revised|raised|lowered|changed)\b\s+(?:\w+\s+){0,4}?(?:från|from)\s+$"
)
# … and a question that asks for the figure before the revision ("hur mycket hade den från början?")
_ORIGINAL_ASKED = re.compile(r"\b(?:från början|ursprunglig\w*|innan\b|tidigare|förut|före (?:ändring|revidering)\w*|originally|at first)")


# a question that asks for the whole a part is of: "av hur många", "totalt", "sammanlagt", "i alla"
_WHOLE_ASKED = re.compile(r"\bav hur många\b|\btotalt\b|\bsammanlagt\b|\bsammantaget\b|\bhur många .{0,30}\b(?:har|finns)\s+(?:det\s+)?(?:totalt|sammanlagt|i alla)\b")


# text struck through, as ingestion writes it ("(struket: Anders Wikström) Karin Olofsson"): no
# longer so – never the value or name an answer gives
_STRUCK = re.compile(r"\(struket:(?:[^()]|\([^()]*\))*\)\s*")


def unstruck(value: str) -> str:
    """A value without what is struck through in it ("(struket: Anders Wikström) Karin Olofsson"
    → "Karin Olofsson"); "" when all of it is."""
    return re.sub(r"\s{2,}", " ", _STRUCK.sub("", value)).strip(" ,;–-")


def key_phrase(text: str, q: Question, lower_words: set[str] | frozenset[str] = frozenset()) -> str:
    """The figure, date or name the quote gives for a "hur många/när/vem" question: the one
    standing nearest the question's own words. "" when the question asks for none of these,
    the quote has none, or the quote is no sentence (a table row) to pick one from.
    ``lower_words``: words the documents write in lower case (never part of a name)."""
    w = q.wanted
    if _TWO_ASKS.search(fold(q.text)):
        # "vem ska jag ringa, och när kan man nå henne?", "när och var blir mötet?": one figure,
        # date or name in bold answers half of it, and read alone it answers wrongly (the FAQ's
        # "senast uppdaterad" date had stood as the hours of a contact person)
        return ""
    text = _STRUCK.sub(" ", VALUE_COUNT_RE.sub("", text))
    letters = re.findall(r"[^\W\d_]{2,}", text)
    figures = re.findall(r"\d+", text)
    if len(letters) < 5 or len(figures) > len(letters):
        return ""
    if w.wants("number"):
        rx = _FIGURE_RE
    elif w.wants("date"):
        rx = DATE_RE
    elif w.wants("name"):
        rx = _NAME_RE
    else:
        return ""
    if rx is _NAME_RE and _DECIDED_ASK.search(fold(q.text)) and (doer := _doer(text)):
        # "vem bestämde att servicepunkten skulle flyttas?" of "Styrgruppen beslutar att
        # servicepunkten … flyttas från Harbo till Östervåla Handelsbod": who decided is the
        # doer of the deciding verb – not the name of the place it moved to
        return doer
    if rx is _NAME_RE and (speaker := _speaker_as_asked(text, q.text)):
        # "Jonas Ekelund (00:00:21): … jag heter Jonas och jag är projektledare för Bygdenav sedan
        # 1 maj" for "vem är projektledare nu?": in a transcript "jag" is the speaker – not the
        # "Tack Maria" the line begins with (F199-01)
        return speaker
    found = _phrases(text, q, rx, lower_words)
    if w.wants("date") and len(found) >= 2:
        # "Kickoffen flyttad från 12 februari till 5 mars": the date a move leaves is no longer
        # when it is – the one it moves to is (first: whatever else narrows the dates then
        # chooses among those still in force)
        left = [f for f in found if _LEFT_DATE.search(fold(text[max(0, f[0] - 60): f[0]]))]
        # (… and the one it moves to is the date "till" names right after the one it leaves: not
        # the day of the entry that tells of the move – "Version 3 (2026-03-04): Studiebesöket
        # flyttas från onsdag 11 mars till torsdag 19 mars")
        moved_to = [
            f for f in found if f not in left
            and any(g[1] <= f[0] and _MOVED_TO.fullmatch(fold(text[g[1]: f[0]])) for g in left)
        ]
        found = moved_to or [f for f in found if f not in left] or found
    if (w.wants("number") or w.wants("money")) and len(found) >= 2 and not _ORIGINAL_ASKED.search(fold(q.text)):
        # "budgeten har reviderats från 6 400 000 kronor till 6 920 000 kronor": the figure a
        # revision leaves is no longer the figure – unless the question asks for the first one
        left = [f for f in found if _LEFT_FIGURE.search(fold(text[max(0, f[0] - 60): f[0]]))]
        found = [f for f in found if f not in left] or found
    if w.wants("number") and len(found) >= 2 and _SHARE_ASKED.search(fold(q.text)):
        # "vad är målet för andelen deltagare i arbete eller studier 90 dagar efter …?": a share
        # asked is a figure in percent, not the days beside it
        shares = [f for f in found if _PERCENT_AFTER.search(text[f[0]: f[1] + 12])]
        found = shares or found
    if w.wants("number") and len(found) >= 2:
        # "ett varsel om uppsägning av 340 av företagets 520 anställda": the figure after "av" is
        # the whole the first is a part of – "hur många anställda har Nordlamell varslat?" asks
        # the part, "av hur många" or "totalt" the whole
        bases = [g for f in found for g in found if g[0] > f[1] and re.fullmatch(r"\s+av\s+(?:\w+\s+){0,2}", text[f[1]:g[0]])]
        if bases:
            found = bases if _WHOLE_ASKED.search(fold(q.text)) else ([f for f in found if f not in bases] or found)
    if w.wants("name") and len(found) >= 2:
        # "Projektledaren Lina Fransson är föräldraledig … Mikael Sundberg … är tillförordnad
        # projektledare": not the one whose clause says they are away
        away = [f for f in found if AWAY.search(fold(_clause(text, f[0], f[1])))]
        found = [f for f in found if f not in away] or found
    # a month or quarter asked: not a figure of a clause about another one ("från 781 under
    # kvartal 2 2025" for the fourth quarter)
    clauses = {f: _clause(text, f[0], f[1]) for f in found}
    periods = [p for p in asked_periods(q.text) if p[1]]
    if periods:
        found = [
            f for f in found
            if any(mentions_period(clauses[f], p) or _names_part(clauses[f], p) for p in periods) or not _names_a_part_of_year(clauses[f])
        ]
        # (… and when a clause names the quarter asked, no figure of a clause about the whole
        # year: "tredje kvartalet (9 925 besök)", not "under 2024 … 29 555 besök" before it)
        if any(_names_part(clauses[f], p) for f in found for p in periods):
            whole_year = {
                f for f in found
                if any(p[0] in years_in(clauses[f]) for p in periods) and not _names_a_part_of_year(clauses[f])
                and not any(_names_part(clauses[f], p) for p in periods)
            }
            found = [f for f in found if f not in whole_year] or found
    asked = asked_periods(q.text)
    if asked and len(found) >= 2 and w.wants("number"):
        # "från 8,1 procent i december 2025 till 7,6 procent i december 2026 och 7,2 procent i
        # december 2027" for "… i december 2027": the figure whose own words name the time asked,
        # and no figure whose own words name another time (one whose words name no
        # time stays: "1 616 personer i Värmland, 902 … och 346 personer i Jämtland" share theirs)
        times = {f: _own_time(text, f, found) for f in found}
        kept = [f for f in found if not years_in(times[f]) or any(mentions_period(times[f], p) for p in asked)]
        if kept and any(any(mentions_period(times[f], p) for p in asked) for f in kept):
            found = kept
    if w.wants("date"):
        # "[2026-01-22 11:30] Anneli Persson: …": a chat's or a log's stamp dates the message, not
        # what it speaks of (a meeting's day had been answered with the message's)
        found = [f for f in found if not any(m.start() < f[0] < m.end() for m in TIMESTAMP.finditer(text, max(0, f[0] - 16), f[1] + 12))]
    if rx is DATE_RE and found:
        # a date whose clause says none of the question's words (its names aside) dates something
        # else: "… och pågår 2025-02-01 -- 2027-12-31" is no last day to send a tender
        plain_terms = _measure_terms(q)
        place_names = [e for e in q.entities if not e[:1].isdigit() and len(e) >= 4]
        if plain_terms:
            # (… unless its clause names the question's name: "i Örnsköldsvik den 19 maj" in a
            # list of "dialogmöten: i Sollefteå den 12 maj, i Örnsköldsvik den 19 maj …")
            found = [
                f for f in found
                if coverage(plain_terms, c := clauses.get(f) or _clause(text, f[0], f[1])) > 0
                or any(e[:-1] in fold(c) for e in place_names)
            ]
    if not found:
        return ""
    # (each place the quote says a word of the question, with that word's weight: of two dates, the
    # one beside the rarer word – "informationsmöte (Teams) 20 januari" beside "Utlysningen öppnar
    # 12 januari" for "när är informationsmötet om utlysningen?")
    # (… for a date, measured from the word's end to a date after it, and a date before it counted
    # half as far again: a label's date follows it – "Sista dag för ansökan 16 mars")
    weighted = [
        (m.start(), m.end(), max(wt, 0.1))
        for t, wt in q.terms for m in re.finditer(re.escape(t[:5]) + r"\w*", fold(text)) if len(t) >= 4
    ]
    anchors = [a for a, _, _ in weighted]
    if not anchors:
        return found[0][2]
    # the figure whose clause names most of the question ("612 personer inskrivna som
    # långtidsarbetslösa", not "samtliga inskrivna arbetslösa (1 248 personer)" beside it), then
    # the one nearest the question's words
    terms = tuple((s, w) for s, w in q.terms if not s[:1].isdigit())
    # (… and first the figure of a clause that names the question's names: "560 personer
    # arbetsställen i Västernorrlands län" for Västernorrland, not the three counties' 5 699 in
    # the sentence before – nearest to the name when one clause gives several)
    names = tuple(e for e in q.entities if not e[:1].isdigit())
    # (… a name typed in lower case – "i jämtland" – that the quote writes as a name mid-sentence:
    # "346 personer i Jämtlands län")
    names += tuple(
        x for x in dict.fromkeys(words(fold(q.text)))
        if len(x) >= 4 and x.isalpha() and x not in names and re.search(rf"(?<=[a-zåäö0-9,] ){re.escape(x[:1].upper() + x[1:])}", text)
    )
    folded = fold(text)
    named_at = [m.start() for e in names if len(e) >= 4 for m in re.finditer(re.escape(e[:-1] if len(e) > 5 else e), folded)]
    by_name = bool(names and named_at and (w.wants("number") or rx is DATE_RE))
    # (… and first a figure of the clause that says the question's own number: "31 dagar från och
    # med det år du fyller 40 år" for "… när man fylt 40?", not the list's other ages)
    # (a period's numbers aside: "kvartal 3 2025" says when, not which)
    said = _QUARTER_RE.sub(" ", fold(q.text))
    own_numbers = {n for n in re.findall(r"(?<![\d,.])\d+(?![\d,.])", said) if not re.fullmatch(r"(?:19|20)\d\d", n)}
    return min(found, key=lambda f: (
        -int(any(re.search(rf"(?<![\d,.]){n}(?![\d,.])", clauses[f]) and n not in f[2] for n in own_numbers)) if own_numbers else 0,
        -round(entity_share(names, clauses[f]), 6) if by_name else 0.0,
        # (… for a date too: "Tidpunkten för slutrapporten ändras … till den 30 november" for the
        # final report, not "Delrapporten lämnas som tidigare den 31 mars" beside it)
        -round(coverage(terms, clauses[f]), 6) if terms and (w.wants("number") or rx is DATE_RE) else 0.0,
        min(min(abs(a - f[0]), abs(a - f[1])) for a in named_at) if by_name and rx is not DATE_RE
        else min((f[0] - e if f[0] >= e else 1.5 * max(a - f[1], 0)) / wt for a, e, wt in weighted) if rx is DATE_RE
        # (a name stands before its role as often as after it: "Anders Berglund (S), ordförande")
        else min(min(abs(a - f[0]), abs(a - f[1])) for a in anchors),
    ))[2]


_ASK = r"(?:när|var|vart|varför|vem|vems|vilken|vilket|vilka|hur|vad|where|when|why|who|which|how|what)"
_TWO_ASKS = re.compile(rf"\b{_ASK}\b(?:[^?.]*?[,\s])?\s*\b(?:och|samt|and)\s+(?:(?:i|in|till|från|med|på|av|by|to|for|from)\s+)?{_ASK}\b")


def _names_a_part_of_year(text: str) -> bool:
    """Does a (raw) text name a month or a quarter?"""
    t = fold(text)
    return bool(_quarters(t) or _MONTH_YEAR.search(t) or _halves(t) or re.search(r"\b(?:19|20)\d\d-(?:0[1-9]|1[0-2])\b", t))


def _measure_terms(q: Question) -> tuple[tuple[str, float], ...]:
    """The question's terms that say what it measures: neither figures nor its names, nor the
    verb that asks for an amount ("kostade" of "hur mycket kostade centret?": "Den totala
    investeringen i centret är 38,5 miljoner kronor" answers it)."""
    names = [e for e in q.entities if not e[:1].isdigit()]
    asking = {stem(w) for w in asking_words(q.text, "money") if not re.match(r"budget|kostnad|anslag|belopp", w)}
    # (… nor the words that frame a comparison with another period: "jämfört med året innan" –
    # the quote gives the two figures, it need not say "jämfört")
    frame = _comparison_frame()
    return tuple(
        (s, w) for s, w in q.terms
        if not s[:1].isdigit() and not any(e.startswith(s[:4]) for e in names) and s not in asking and s not in frame
    )


@lru_cache(maxsize=1)
def _comparison_frame() -> frozenset[str]:
    """Stems of the lexicon's words of comparing ("jämfört", "skillnaden") and of the periods a
    comparison moves to ("året innan", "förra året")."""
    from ..stats.form import lexicon  # (the statistics lexicon holds the words of questions)

    lex = lexicon()
    phrases = [*lex["form"].get("compare", []), *(w for k, v in lex["relative_periods"].items() if not k.startswith("_") for w in v)]
    return frozenset(stem(w) for p in phrases for w in words(fold(p)) if len(w) >= 4)


def figure_support(text: str, q: Question) -> float:
    """How firmly the quote ties a figure to what the question measures: for the figure whose
    clause names most of the question's non-name terms ("försörjningsstöd", "unga"), the
    IDF-weighted share it names; 0 when the quote gives no figure. A figure in a clause about
    something else ("26,4 % av arbetskraften har förgymnasial utbildning" for "hur många får
    försörjningsstöd") is no answer to the question."""
    found = _phrases(VALUE_COUNT_RE.sub("", text), q, _FIGURE_OR_WORD_RE)
    if not found:
        return 0.0
    measure = _measure_terms(q)
    if not measure:
        return 1.0
    return max(coverage(measure, _clause(text, a, b)) for a, b, _ in found)


_CLAUSE_END = re.compile(r"[.;!?\n](?!\d)|,\s")


def _own_time(text: str, f: tuple[int, int, str], found: list[tuple[int, int, str]]) -> str:
    """The words that date one figure among several in a sentence: those after it up to the next
    figure ("7,6 procent i december 2026 och"), else those before it back to the one before
    ("2027 väntas den bli 7,2 procent")."""
    end = _SENTENCE_END.search(text, f[1])
    nxt = min([g[0] for g in found if g[0] >= f[1]] + [end.start() if end else len(text)])
    after = text[f[1]:nxt]
    if years_in(after):
        return after
    starts = [m.end() for m in _SENTENCE_END.finditer(text, 0, f[0])]
    prev = max([g[1] for g in found if g[1] <= f[0]] + [starts[-1] if starts else 0])
    return text[prev:f[0]]


_SENTENCE_END = re.compile(r"[.;!?\n](?!\d)")


# someone holding a role for the time being ("tillförordnad projektledare", "tf. rektor",
# "acting head"), and someone away from theirs ("är föräldraledig", "har slutat")
ACTING = re.compile(r"\b(?:tillförordnad\w*|t\.\s?f\.|tf\.?|vikarierande|acting|interim)\s+([a-zåäö]\w{3,})")
AWAY = re.compile(
    r"\b(?:föräldraledig|tjänstledig|sjukskriven|ledig|har slutat|slutade|slutar|lämnar|lämnade|går i pension|gick i pension|"
    r"on (?:parental )?leave|has left|left)\b"
)


def _clause(text: str, start: int, end: int) -> str:
    """The clause around ``text[start:end]``: up to a sentence end, a semicolon or a comma
    followed by a space (a decimal comma does not end it)."""
    before = [m.end() for m in _CLAUSE_END.finditer(text, 0, start)]
    after = _CLAUSE_END.search(text, end)
    return text[(before[-1] if before else 0) : (after.start() if after else len(text))]


# a share asked for ("hur stor andel", "andelen", "what share", "what percentage")
_SHARE_ASKED = re.compile(r"\b(?:andel\w*|procent\w*|share|percentage|proportion)\b")
# a figure in percent: "60 procent", "42,5 %"
_PERCENT_AFTER = re.compile(r"\d\s*(?:%|procent\b|percent\b)")


def _phrases(text: str, q: Question, rx: re.Pattern, lower_words: set[str] | frozenset[str] = frozenset()) -> list[tuple[int, int, str]]:
    """The figures, dates or names (per ``rx``) of ``text`` that could answer ``q``."""
    question_words = {fold(x) for x in words(q.text)}
    found = []
    dates = [d.span() for d in DATE_RE.finditer(text)] if rx is _FIGURE_RE or rx is _FIGURE_OR_WORD_RE else []
    for m in rx.finditer(text):
        phrase = m.group().strip()
        if rx is _FIGURE_RE or rx is _FIGURE_OR_WORD_RE:
            if any(a <= m.start() < b for a, b in dates):
                continue  # "befolkning 31 dec 2023": a date's day is no figure (F220-01 had answered "31")
            bare = re.sub(rf"^{_QUALIFIER}", "", phrase, flags=re.I).strip()
            if re.fullmatch(r"(19|20)\d\d", bare) or bare in ("0", "1") or _LABEL_BEFORE.search(text[: m.start()]) or _LABEL_AFTER.match(text, m.end()):
                continue  # a year, a zero or a label's number is not the figure asked for
            if _in_word(text, m.start(), m.end()):
                continue  # "ROM2", "ESF+2021", "covid-19": a name's digits are no figure
            if re.match(r"\.\d", text[m.end():m.end() + 2]) or (
                m.start() >= 2 and re.fullmatch(r"\d\.", text[m.start() - 2:m.start()])
            ):
                # "3.2 Semesterdagar …", "4.1": a section's or rule's number, no figure (a figure
                # with a decimal point is read whole by the figure pattern, never in two parts)
                if re.match(r"[\d.]*\s+[A-ZÅÄÖ]", text[m.end():]):
                    continue
            if re.fullmatch(r"\d{1,2}\s*[-–]\s*\d{1,2}", bare) and re.match(r"\s*(?:år|years)\b", text[m.end():]):
                continue  # "16–64 år": an age band says whom a figure is of, it is none itself
        if rx is _NAME_RE:
            # "Beslutande Anders Berglund", "Anders Berglund Justerande" of lines run together:
            # the name is the run of capitalised words that are no ordinary words (ones the
            # documents write in lower case, in this or another form: "justera"); "Specialist
            # Detta" is no name at all
            toks = [(t.start(), t.end(), t.group()) for t in re.finditer(r"\S+", m.group())]
            run: list[tuple[int, int, str]] = []
            for tok in [*toks, None]:
                if tok is not None and not _ordinary(tok[2], lower_words):
                    run.append(tok)
                    continue
                if len(run) >= 2:
                    name = " ".join(t for _, _, t in run)
                    if not set(words(name)) <= question_words:
                        found.append((m.start() + run[0][0], m.start() + run[-1][1], name))
                run = []
            continue
        if not re.search(r"\w", phrase) or set(words(phrase)) <= question_words:
            continue  # the question's own figure or name is not the answer
        found.append((m.start(), m.end(), phrase))
    return found


def original_asked(question: str) -> bool:
    """Does the question ask for what held before a change ("hur mycket var budgeten från början?")?"""
    return _ORIGINAL_ASKED.search(fold(question)) is not None


def _terms_near(text: str, phrase: str, q: Question, parts: bool = False) -> list[tuple[str, float, int]] | None:
    """The question's content terms in ``phrase``'s sentence of ``text``: (term, weight, distance
    from the phrase), a term once per word that says it; None when the phrase is missing. With
    ``parts``, a compound's last part says its term too ("utvecklingsnämnden" says "nämnd")."""
    at = text.find(phrase)
    if at < 0:
        return None
    # (within the phrase's sentence: "… senast 2027-12-15. Utvärderingen kostar …" dates no evaluation)
    lo, hi = _sentence_bounds(text, at, len(phrase))
    if (sp := _SPEAKER_LINE.match(text)) is not None and at == sp.start(1):
        # (a transcript line's speaker: what they say is theirs – "… jag är projektledare …")
        hi = len(text)
    out = _terms_in(text, lo, hi, at, phrase, q, parts)
    if not out and lo > 0 and _ANAPHOR.match(text[lo:hi]):
        # "… flyttar vi slutkonferensen. Den blir i stället torsdag 23 september": a sentence that
        # opens with a pronoun dates what the sentence before it named
        plo, _ = _sentence_bounds(text, max(0, lo - 2), 1)
        out = _terms_in(text, plo, lo, at, phrase, q, parts)
    return out


# a sentence opening with a pronoun that stands for what the sentence before named
_ANAPHOR = re.compile(r"\s*(?:den|det|de|dessa|denna|detta|it|they|this)\s", re.I)


def _terms_in(text: str, lo: int, hi: int, at: int, phrase: str, q: Question, parts: bool) -> list[tuple[str, float, int]]:
    out = []
    for m in re.finditer(r"[^\W\d_]{3,}", text[lo:hi]):
        w, start, end = fold(m.group(0)), lo + m.start(), lo + m.end()
        if at <= start < at + len(phrase):
            continue
        for term, weight in q.terms:
            if term.isdigit():
                continue
            if w == term or w.startswith(term) or stem(w) == term or (parts and (_compound_of(stem(w), term) or _opens_compound(w, term))):
                out.append((term, weight, at - end if end <= at else start - (at + len(phrase))))
    return out


def _opens_compound(w: str, term: str) -> bool:
    """Is word ``w`` a compound whose first part is the question's ``term`` ("projektperioden" of
    "projektet": the project's period – the plan's end of it and the mail's "Projektet förlängs"
    date the same thing, F229-07)? The term without its inflection ending, five letters at least,
    then a part of its own."""
    base = next((term[: -len(e)] for e in _ENDINGS if term.endswith(e) and len(term) - len(e) >= 5), term)
    return len(base) >= 5 and w.startswith(base) and len(w) - len(base) >= 5 and not w.startswith(term)


# a Swedish noun's definite and plural endings, longest first
_ENDINGS = ("erna", "arna", "orna", "ens", "ets", "en", "et", "er", "ar", "or", "na")


def _compound_of(s: str, term: str) -> bool:
    """Is stem ``s`` a compound whose last part is ``term`` ("ansökningsdag" of "dag",
    "utvecklingsnämnd" of "nämnd") – not a word that merely ends so ("torsdag")?"""
    k = s.rfind(term)
    return len(term) >= 3 and k >= 5 and len(s) - (k + len(term)) <= 2


def term_beside(text: str, phrase: str, q: Question, parts: bool = False) -> str | None:
    """The question's term that ``phrase`` in ``text`` is the date, name or figure of: of the
    question's content terms in the phrase's sentence, the rarest (a verb like "lämnas" stands
    beside every date), the nearest among equals ("slutrapport" in "… och en slutrapport senast
    2027-12-15"); None when the phrase or every term is missing."""
    near = _terms_near(text, phrase, q, parts)
    return min(near, key=lambda n: (-n[1], n[2]))[0] if near else None


def same_thing_dated(text: str, phrase: str, other: str, other_phrase: str, q: Question, passage: str = "") -> bool:
    """Do two dates (``phrase`` in ``text``, ``other_phrase`` in ``other``) date the same thing
    the question asks about? Their nearest rarest terms are the same, or the question's terms
    in one's sentence are all in the other's and they are at least two ("En årlig lägesrapport
    lämnas till regionala utvecklingsnämnden senast den 30 november" and "… lämnar en
    lägesrapport till nämnden senast den 15 oktober": a report to the board, though only one
    says yearly). ``passage``: the whole passage ``other`` is quoted from (a table's other
    rows), when it is more."""
    # (a name the question gives and the first passage says is the thing's: a table row dating
    # the other must say it too – "Nod: Åsensbruk | … | Öppnar 1 mars 2027" dates no opening in
    # Högsäter, though "öppnar" stands beside both dates; prose may name it sentences before)
    # (… and a word of the question, however written – "högsäter noden öppnade 16 nov" – that has
    # a row of its own in the other table, another than the date's, names that row's thing)
    row = fold(_sentence_of(other, other_phrase))
    if " | " in row:
        first = fold(text)
        if any(says(first, fold(e)) and not says(row, fold(e)) for e in q.entities if not e[:1].isdigit() and len(e) >= 4):
            return False
        rows = [fold(x) for x in (passage or other).splitlines() if " | " in x]
        asked = {w for w in words(fold(q.text)) if len(w) >= 5 and w not in STOPWORDS and not w.isdigit()}
        if any(says(first, w) and not says(row, w) and any(says(x, w) for x in rows) for w in asked):
            return False
    about, their_about = term_beside(text, phrase, q), term_beside(other, other_phrase, q)
    if about is not None and their_about == about:
        return True
    # (… or, where one sentence says the term only as a compound's part – "Projektperioden är
    # 1 februari 2026 – 31 december 2027" beside "Projektet förlängs till den 31 mars 2028" –
    # the terms nearest the dates, compounds read)
    if (about is None or their_about is None) and (
        (compound_about := term_beside(text, phrase, q, parts=True)) is not None
        and term_beside(other, other_phrase, q, parts=True) == compound_about
    ):
        return True
    mine = {n[0] for n in _terms_near(text, phrase, q, parts=True) or []}
    theirs = {n[0] for n in _terms_near(other, other_phrase, q, parts=True) or []}
    shared = mine & theirs
    if len(shared) < 2 or 3 * len(shared) < 2 * min(len(mine), len(theirs)):
        return False
    # (… and no thing numbered otherwise: "omgång 1" and "omgång 2" are two rounds)
    numbered = dict(_numbered(_sentence_of(text, phrase)))
    return not any(numbered.get(w, n) != n for w, n in _numbered(_sentence_of(other, other_phrase)))


_NUMBERED = re.compile(r"\b([a-zåäö]{4,})\s+(\d{1,2})\b(?![.,:/-]?\d)(?!\s*(?:%|kr|kronor|procent|januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december))")


def _numbered(sentence: str) -> list[tuple[str, str]]:
    """(stem, number) of the things a sentence names with a number ("omgång 1", "etapp 2")."""
    return [(stem(m.group(1)), m.group(2)) for m in _NUMBERED.finditer(fold(sentence))]


def _sentence_bounds(text: str, at: int, length: int) -> tuple[int, int]:
    """Where the sentence of ``text`` that holds the ``length`` characters at ``at`` starts and ends."""
    # (an abbreviation's dot ends no sentence: "Jonas Marklund tf. projektledare")
    ends = [m.end() for m in _SENTENCE_END.finditer(text) if not (m.group(0) == "." and ENDS_IN_ABBREVIATION.search(text, max(0, m.end() - 12), m.end()))]
    return max((e for e in ends if e <= at), default=0), min((e for e in ends if e > at + length), default=len(text))


def _sentence_of(text: str, phrase: str) -> str:
    """The sentence of ``text`` that says ``phrase``; "" when none does."""
    at = text.find(phrase)
    if at < 0:
        return ""
    lo, hi = _sentence_bounds(text, at, len(phrase))
    return text[lo:hi]


def _ordinary(token: str, lower_words: set[str] | frozenset[str]) -> bool:
    """Is a capitalised word an ordinary word the documents write in lower case, in this or
    another form ("Justerande" of "justera")?"""
    t = fold(token.strip("-"))
    if t in lower_words:
        return True
    s = stem(t)
    return len(s) >= 5 and not token[1:2].isupper() and any(w.startswith(s) for w in lower_words if len(w) >= len(s) and w[:2] == s[:2])


def _in_word(text: str, start: int, end: int) -> bool:
    """The match's digits are glued to letters: part of a name, not a figure of its own."""
    digits = re.search(r"\d", text[start:end])
    first = start + (digits.start() if digits else 0)
    return (first > 0 and (text[first - 1].isalpha() or text[first - 1] == "-" and first > 1 and text[first - 2].isalpha())) or (
        end < len(text) and text[end].isalpha()
    )


# ---------------------------------------------------------------------- periods asked about

_MONTH_YEAR = re.compile(rf"\b(?:\d{{1,2}}\s+)?({MONTH_ALTERNATION})\w*\s+((?:19|20)\d\d)\b", re.I)


# A quarter: "kvartal 4 2025", "kv4 2025", "Q4 2025", "fjärde kvartalet 2025" – a period
# (year, QUARTER + n) beside the months (year, 1–12) and whole years (year, 0)
QUARTER = 12
# a half-year (a term or season: "hösten 2025", "VT 2024") is (year, HALF + 1 or 2)
HALF = QUARTER + 8
_HALF_RE = re.compile(rf"\b({TERM_WORDS})(?:\s*[-–]?\s*((?:19|20)\d\d|\d\d)(?![\d/]))?")


def _halves(text: str) -> list[tuple[int, int]]:
    """(year or 0, 1 or 2) of each term or season a (folded) text names ("våren 2025", "HT24", "hösten")."""
    out = []
    for m in _HALF_RE.finditer(text):
        y = m.group(2)
        out.append(((int(y) if len(y) == 4 else 2000 + int(y)) if y else 0, term_half(m.group(1))))
    return out
_ORDINAL_QUARTERS = {"första": 1, "andra": 2, "tredje": 3, "fjärde": 4, "first": 1, "second": 2, "third": 3, "fourth": 4}
_QUARTER_RE = re.compile(
    rf"\b(?:(?:kvartal|kv\.?|q)\s?([1-4])|({'|'.join(_ORDINAL_QUARTERS)})\s+(?:kvartalet|quarter)(?:\s+of)?)\s*((?:19|20)\d\d)?\b"
)


def _quarters(text: str) -> list[tuple[int, int]]:
    """(year or 0, quarter) of each quarter a (folded) text names."""
    return [
        (int(m.group(3) or 0), int(m.group(1)) if m.group(1) else _ORDINAL_QUARTERS[m.group(2)])
        for m in _QUARTER_RE.finditer(text)
    ]


def asked_periods(question: str) -> list[tuple[int, int]]:
    """The periods a question names: (year, month) for "mars 2026" / "16 June 2026", (year,
    QUARTER + n) for "kvartal 4 2025", (year, 0) for a year on its own ("2023", "läsåret 26/27"
    → 2026)."""
    q = fold(question)
    out: list[tuple[int, int]] = []
    used: set[int] = set()
    for m in _MONTH_YEAR.finditer(q):
        out.append((int(m.group(2)), MONTHS[m.group(1)]))
        used.add(int(m.group(2)))
    for year, n in _quarters(q):
        if year:
            out.append((year, QUARTER + n))
            used.add(year)
    for year, h in _halves(q):
        if year:
            out.append((year, HALF + h))
            used.add(year)
    out += [(y, 0) for y in sorted(years_in(q)) if y not in used]
    return out


_DAY_MONTH = re.compile(rf"\b(\d{{1,2}})\s+({MONTH_ALTERNATION})\w*(?:\s+((?:19|20)\d\d))?\b", re.I)
_ISO_DAY = re.compile(r"\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b")


def asked_days(question: str) -> list[tuple[int, int, int]]:
    """The days a question names, (year or 0, month, day): "den 22 januari 2026",
    "2026-01-22", "22 mars"."""
    q = fold(question)
    out = [(int(m.group(3) or 0), MONTHS[m.group(2)], int(m.group(1))) for m in _DAY_MONTH.finditer(q)]
    out += [(int(m.group(1)), int(m.group(2)), int(m.group(3))) for m in _ISO_DAY.finditer(q)]
    return [d for d in out if 1 <= d[1] <= 12 and 1 <= d[2] <= 31]


def mentions_day(text: str, day: tuple[int, int, int]) -> bool:
    """Does ``text`` name that day ("22 januari 2026", "den 22 jan", "2026-01-22", "22/1")?"""
    t = fold(text)
    year, month, d = day
    for m in _DAY_MONTH.finditer(t):
        if (int(m.group(1)), MONTHS[m.group(2)]) == (d, month) and (not year or not m.group(3) or int(m.group(3)) == year):
            return True
    if any((int(m.group(2)), int(m.group(3))) == (month, d) and (not year or int(m.group(1)) == year) for m in _ISO_DAY.finditer(t)):
        return True
    return bool(re.search(rf"(?<![\d/]){d}/{month}(?![\d/])", t))


# A time written without its day – a season, a year's start or end, a month – and the months of
# its year it can stand for (generously: "våren" from March to June). A year alone is no such time:
# documents name years for many other reasons ("drivs 2027–2028").
_SEASONS = {"våren": (3, 6), "vår": (3, 6), "sommaren": (6, 8), "hösten": (8, 12), "höst": (8, 12), "början av": (1, 4), "slutet av": (9, 12)}
_VAGUE_TIME = re.compile(
    rf"\b(?:(våren|vår|sommaren|hösten|höst|början av|slutet av)\s+((?:19|20)\d\d)|({MONTH_ALTERNATION})\w*\s+((?:19|20)\d\d))\b"
)


def vague_time(text: str) -> tuple[str, tuple[int, int, int]] | None:
    """The first time ``text`` gives without a day ("Öppnar våren 2028" → ("våren 2028", (2028, 3,
    6))): its words and (year, first month, last month). None when the text gives a day (a day
    is no vague time), or no such time."""
    t = fold(text)
    if precise_days(text):
        return None
    for m in _VAGUE_TIME.finditer(t):
        if m.group(1):
            lo, hi = _SEASONS[m.group(1)]
            return text[m.start(1):m.end(2)], (int(m.group(2)), lo, hi)
        month = MONTHS.get(m.group(3))
        if month:
            return text[m.start(3):m.end(4)], (int(m.group(4)), month, month)
    return None


def precise_days(text: str) -> list[tuple[int, int, int]]:
    """The days ``text`` gives with their year ("17 april 2028", "2028-04-17"), in order."""
    t = fold(text)
    days = [(int(m.group(3)), MONTHS[m.group(2)], int(m.group(1))) for m in _DAY_MONTH.finditer(t) if m.group(3) and m.group(2) in MONTHS]
    days += [(int(m.group(1)), int(m.group(2)), int(m.group(3))) for m in _ISO_DAY.finditer(t) if 1 <= int(m.group(2)) <= 12]
    return [d for d in days if 1 <= d[2] <= 31]


def day_text(day: tuple[int, int, int]) -> str:
    year, month, d = day
    return f"{d} {MONTH_NAMES[month]}" + (f" {year}" if year else "")


# Words that place what is asked after or before the text's own time: "nästa möte" is not the
# meeting the notes record. A quote that answers carries a word of the same direction.
_RELATIVE = {
    "future": re.compile(r"\b(nästa|kommande|planera[dt]e?|framöver|next|upcoming|planned)\b"),
    "past": re.compile(r"\b(förra|föregående|previous)\b"),
}


def asked_direction(question: str) -> str | None:
    """"future" for "när är nästa möte?", "past" for "vad sades på förra mötet?", else None."""
    # ("när blir kompetensdagen nästa år?": a year named relative to now, no next occurrence)
    q = _RELATIVE_PERIOD.sub(" ", fold(question))
    found = [d for d, rx in _RELATIVE.items() if rx.search(q)]
    return found[0] if len(found) == 1 else None


_RELATIVE_PERIOD = re.compile(
    r"\b(?:nästa|kommande|förra|föregående|next|previous)\s+(?:år|året|månad|månaden|vecka|veckan|kvartal|kvartalet|halvår|halvåret|year|month|week|quarter)\b"
)


def points_in(text: str, direction: str) -> bool:
    """Does ``text`` carry a word of ``direction`` ("Planerat datum för nästa möte …")?"""
    return bool(_RELATIVE[direction].search(fold(text)))


# "åren 2019–2022", "från 2019 till 2022": every year between its ends is spoken of
_YEAR_SPAN = re.compile(r"\b((?:19|20)\d\d)\s*(?:[–—-]|till(?: och med)?|t\.o\.m\.)\s*((?:19|20)\d\d)\b")


def years_spanned(text: str) -> set[int]:
    """The years between the ends of each span of years a text writes ("2019–2022": 2019 … 2022)."""
    t = fold(text)
    out: set[int] = set()
    for m in _YEAR_SPAN.finditer(t):
        a, b = int(m.group(1)), int(m.group(2))
        if 0 < b - a <= 30:
            out.update(range(a, b + 1))
    return out


def mentions_period(text: str, period: tuple[int, int]) -> bool:
    year, month = period
    t = fold(text)
    if year not in years_in(t) and not (not month and year in years_spanned(t)):
        return False
    if not month:
        return True
    if month > HALF:
        return any(h == month - HALF and y in (0, year) for y, h in _halves(t))
    if month > QUARTER:
        # the quarter said as such, for that year ("kvartal 3 2025", "tredje kvartalet")
        n = month - QUARTER
        return any(q == n and y in (0, year) for y, q in _quarters(t))
    names = [n for n, i in MONTHS.items() if i == month]
    return bool(
        re.search(rf"\b({'|'.join(names)})\w*\b", t) or re.search(rf"\b{year}-{month:02d}\b", t)
    )


def _names_part(text: str, period: tuple[int, int]) -> bool:
    """Does a text name the quarter or month of ``period``, with its year or without it ("under
    tredje kvartalet" of a paragraph about 2024)?"""
    year, month = period
    t = fold(text)
    if month > HALF:
        return any(h == month - HALF and y in (0, year) for y, h in _halves(t))
    if month > QUARTER:
        return any(q == month - QUARTER and y in (0, year) for y, q in _quarters(t))
    names = [n for n, i in MONTHS.items() if i == month and len(n) >= 3]
    return bool(month) and bool(re.search(rf"\b({'|'.join(names)})\w*\b", t))


def period_text(period: tuple[int, int]) -> str:
    year, month = period
    if month > HALF:
        return f"{'våren' if month - HALF == 1 else 'hösten'} {year}"
    if month > QUARTER:
        return f"kvartal {month - QUARTER} {year}"
    return f"{MONTH_NAMES[month]} {year}" if month else str(year)


# ---------------------------------------------------------------------- follow-ups

_NEXT_YEAR = re.compile(r"\b(året efter|året därpå|nästa år|efterföljande år|följande år|the year after|next year)\b", re.I)
_PREVIOUS_YEAR = re.compile(r"\b(året innan|året före|föregående år|förra året|the year before|previous year)\b", re.I)
_YEAR_RE = re.compile(r"\b(19|20)\d\d\b")
_PERIOD_RE = re.compile(
    rf"\b(?:(?:{MONTH_ALTERNATION})\w*\s+)?(?:19|20)\d\d(?:/\d\d(?:\d\d)?)?\b|\b\d\d/\d\d\b|\b(?:läsåret|i år)\b", re.I
)


def followup_query(previous: str, question: str) -> str:
    """A follow-up ("och 2010?", "och året efter?", "Och inför 2028?") read with the question
    it follows: the previous question with its year or period replaced by the new one, else the
    two together."""
    prev_years = [int(m.group()) for m in _YEAR_RE.finditer(previous)]
    if prev_years and (_NEXT_YEAR.search(question) or _PREVIOUS_YEAR.search(question)):
        shift = 1 if _NEXT_YEAR.search(question) else -1
        return _YEAR_RE.sub(lambda m: str(int(m.group()) + shift), previous)
    new_periods = [m.group() for m in _PERIOD_RE.finditer(question) if _YEAR_RE.search(m.group()) or "/" in m.group()]
    if new_periods and _PERIOD_RE.search(previous):
        replaced = _PERIOD_RE.sub("\x00", previous)
        replaced = re.sub(r"\x00(\s*\x00)*", " ".join(new_periods), replaced, count=1).replace("\x00", "")
        rest = _PERIOD_RE.sub("", re.sub(r"^\s*(och|men|samt|än|and)\b", "", question, flags=re.I)).strip(" ?,.")
        rest = re.sub(r"\b(för|i|inför|under|vid|till|på|for|in)\s*$", "", rest).strip()
        return f"{replaced} {rest}".strip() if rest and len(words(rest)) > 1 else replaced
    return f"{previous} {question}"

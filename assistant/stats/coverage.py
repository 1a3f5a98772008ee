"""Does a table cover what a question asks? The period, the place and the split (sex, age) it
names: a reading of a table that lacks them is refused, never answered with another period's,
place's or whole group's figures.
"""
from __future__ import annotations

import os
import re

from ingest.numbers import KRONOR_PER
from ingest.swedish import NUMBER_WORDS, STOPWORDS, fold, municipality_of, plain, says, stem

from .form import Form, Op, county_words, form_words, lexicon, translations
from .profile import Profile, ValueMatch, age_groups_of, is_change_header, token_similarity


def header_names_period(column: str, form: Form) -> bool:
    """A change column names the asked year as its start ("Förändring sedan jan. 2023"): for a
    question of change since then, the column covers the period though the table's caption
    names another year."""
    if not form.years or not form.change or not is_change_header(column):
        return False
    return all(str(y) in column for y in form.years)


def missing_breakdown(p: Profile, form: Form) -> str | None:
    """A split the question asks for that the table cannot give ("bland män" in a table without
    sex), from the lexicon's breakdown words; None when the table has it or none is asked."""
    folded = fold(form.text)
    for name, spec in lexicon()["breakdowns"].items():
        asked = [w for w in spec["sv"] if says(folded, w)]
        if form.language == "en":
            # an English word is looked for in its Swedish form ("women" → "kvinnor")
            asked += [translations().get(w, w) for w in spec["en"] if says(folded, w)]
        asked += [m.group(0) for pat in spec.get("patterns", []) for m in re.finditer(pat, folded)]
        if not asked:
            continue
        have = set()
        for c in p.cats:
            have |= {fold(v) for v in c.values}
            have |= {fold(x) for ts in c.tokens for x in ts}  # with the words of coded values ("K": kvinnor)
            have.add(fold(c.name))
        have |= {fold(v.name) for v in p.values}
        # (an export's "varav_kvinnor" says "kvinnor" as "varav kvinnor" does)
        have_text = (" ".join(have) + " " + fold(p.table.caption)).replace("_", " ")
        if _named_in_kind(p, name, asked):
            continue
        if name == "ålder" and any(age_groups_of(c, form.text) for c in p.cats if not c.is_period):
            # "20–64 år" made of the table's groups "20-24 år" … "60-64 år" (an age band, which
            # says nothing of the question's other splits: "utrikes födda som är 65 år eller äldre")
            continue
        if not any(_band_in(w, have_text) if re.search(r"\d", w) else _stem_in(w, have_text) for w in asked) and not any(
            _stem_in(w, have_text) for w in spec["sv"] if not re.search(r"\d", w)
        ):
            # (a table that writes the split in another form – "funktionsnedsättning" for the
            # question's "funktionsnedsatta" – has it)
            return name
    return None


def _named_in_kind(p: Profile, name: str, asked: list[str]) -> bool:
    """"födda i Sverige" of a column "födelseregion" holding "Sverige": a column of the split's
    kind (its name begins as the split's does) that has a value the asked words name."""
    words_asked = {w for a in asked for w in fold(a).split() if len(w) >= 4}
    for c in p.cats:
        # (a value of several words names the split too: "född i Sverige")
        if len(os.path.commonprefix([fold(c.name), name])) >= 6 and words_asked & ({fold(v) for v in c.values} | {w for v in c.values for w in fold(v).split()}):
            return True
    return False


def _band_in(asked: str, text: str) -> bool:
    """An age band asked as "18-24-åringar" or "aged 18–24" is in the table when the table
    writes the same band ("18-24 år"); one age ("65 år och äldre") when that number is there."""
    nums = re.findall(r"\d{1,2}", asked)
    if len(nums) >= 2:
        return bool(re.search(rf"(?<!\d){nums[0]}\s*[-–]\s*{nums[1]}(?!\d)", text))
    return bool(nums) and bool(re.search(rf"(?<!\d){nums[0]}(?!\d)", text))


def _stem_in(word: str, text: str) -> bool:
    w = fold(word)
    if says(text, w, whole=False):
        return True  # (a word's beginning: "män" is no part of "folkmängd")
    s = stem(w)
    if len(s) >= 3 and says(text, s, whole=False):
        return True
    # a form the stem does not reach: "män" in a column of "Man"/"Kvinna"
    return any(token_similarity(w, t) for t in set(re.findall(r"\w+", text)) if t[:1] == w[:1])


def missing_place(p: Profile, form: Form, matches: list[ValueMatch]) -> str | None:
    """"i Uppsala län" asked of a table of counties without Uppsala, "Gävle kommun" of a table
    of places without Gävle: that place, else None. A county is checked against a column of
    counties ("… län"), a municipality against the columns of places (Kommun, Region, Område …);
    no value of the table may be named by the place's name."""
    not_names = STOPWORDS | form_words() | set(NUMBER_WORDS) | {"hela", "andra", "övriga", "varje", "alla", "samtliga", "flera", "olika", "sitt", "vårt", "ert"}
    named = frozenset().union(*(m.qtokens for m in matches)) if matches else frozenset()
    # "i Gävle kommun" asked of a table of places without Gävle ("Gävleborg" is another place)
    toks = form.tokens
    municipalities = [a for a, b in zip(toks, toks[1:], strict=False) if b in ("kommun", "kommuns") and a not in not_names and len(a) >= 3 and not a.isdigit()]
    place_cols = [c for c in p.cats if not c.is_period and re.search(r"kommun|region|län|område|ort\b", fold(c.name))]
    for a in municipalities:
        if a in named or not place_cols:
            continue
        if not any(token_similarity(a, t) >= 0.9 for c in place_cols for toks_ in c.tokens for t in toks_):
            return f"{a.capitalize()} kommun"
    # "i Falun" of a table of Västernorrland's municipalities: a municipality named alone that no
    # value of the table's column of municipalities is (one that names a county – "Uppsala län" –
    # is the county's, below)
    held = [c for c in place_cols if sum(1 for v in c.values if municipality_of(v, homographs=True) is not None) >= 2]
    about = fold(f"{p.table.caption} {p.table.section}")
    for k, a in enumerate(toks):
        name = municipality_of(a) if a not in not_names else None
        after = toks[k + 1] if k + 1 < len(toks) else ""
        if name is None or not held or a in named or after in ("län", "läns", "kommun", "kommuns") or name in about:
            continue
        if not any(token_similarity(name, t) >= 0.9 for c in held for toks_ in c.tokens for t in toks_):
            return name[:1].upper() + name[1:]
    asked = [a for a in county_words(form.tokens) if a not in not_names and len(a) >= 3 and not a.isdigit()]
    if not asked:
        return None
    county_cols = [c for c in p.cats if sum(1 for v in c.values if re.search(r"\blän\b", fold(v))) >= 3]
    if not county_cols:
        # "i Kalmar län" of a register of municipalities by name alone (no codes that give them a
        # county, no county column, no county in its caption, notes or file name): which rows lie
        # in the county cannot be told, and the municipality "Kalmar" is not the county
        counties_known = any(c.of_rows or re.search(r"\blän\b", fold(c.name)) for c in p.cats)
        # (a report's table belongs to a report about its region, which its prose names: only
        # an export's rows are all it knows of its places)
        export = p.table.document.lower().endswith((".csv", ".tsv", ".txt", ".xlsx", ".xlsm", ".xls"))
        if not place_cols or counties_known or not export:
            return None
        about = fold(" ".join([p.table.caption, p.table.section, *p.table.notes, p.table.document]))
        for a in asked:
            # (only where a row of that name would pass for the county: the municipality Kalmar)
            namesake = any(fold(v).strip() in (a, a.rstrip("s")) for c in place_cols for v in c.values)
            if namesake and a not in named and a[:4] not in about:
                return f"{a.capitalize()} län"
        return None
    for a in asked:
        if a in named:
            continue
        if any(a[:4] in fold(v) for c in county_cols for v in c.values):
            continue  # inflected or spelled otherwise, but there
        return f"{a.capitalize()} län"
    return None


def asks_money(form: Form, leaning: bool = False) -> bool:
    """Does the question ask for an amount of money ("i kronor", "betalades ut", "money")? With
    ``leaning``, also words that lean that way ("hur mycket sjukpenning")."""
    folded = fold(form.text)
    spec = lexicon().get("money", {})
    words_ = spec.get("asked", []) + (spec.get("leaning", []) if leaning else [])
    if any(says(folded, fold(w)) for w in words_):
        return True
    # "medelinkomsten", "snittlönen": a noun that names an amount, alone or as a compound's tail
    return any(
        re.search(rf"(?<!\w)\w*{re.escape(fold(w))}\w{{0,4}}(?!\w)", folded) for w in spec.get("asked_nouns", [])
    )


def says_money(text: str) -> bool:
    """Does a text (a header, a caption, the values of measures) speak of money? A word of three
    letters or more as the tail of a compound and with its endings ("månadslönen", "stödbeloppet";
    written without å/ä/ö too: "lon"), a shorter one and a currency's code whole ("kr", not
    "Kristinehamn"; "sek", not "Lysekil"), also after its figure ("100tkr")."""
    held = fold(text)
    spec = lexicon().get("money", {})
    for w in spec.get("held", []):
        for form in {fold(w), plain(fold(w))}:
            pattern = rf"(?<!\w)\w*{re.escape(form)}\w{{0,4}}(?!\w)" if len(form) >= 3 else rf"(?<!\w){re.escape(form)}(?!\w)"
            if re.search(pattern, held):
                return True
    # a currency's code only whole: "SEK", "tkr" – never "Lysekil" or "Europa"
    return any(re.search(rf"(?<![^\W\d])\d*{re.escape(fold(w))}(?!\w)", held) for w in spec.get("held_codes", []))


def missing_money(p: Profile, form: Form) -> bool:
    """"How much money … in kronor" of a table that holds no amount anywhere (no header, unit,
    caption or measure in kronor): its counts would pass for the amount asked."""
    if not asks_money(form):
        return False
    texts = [p.table.caption, p.table.section] + [f"{v.name} {v.unit or ''}" for v in p.values]
    texts += [v for c in p.cats if not c.is_period for v in c.values[:200]]
    return not says_money(" ".join(texts))


def counts_money(r, form: Form) -> bool:
    """"hur många företag …" read as the amounts of a column of kronor: the question counts
    things, the figure would be money. Not when the rows are counted ("hur många projekt fick
    över 1 miljon": a count of rows by their amounts) or money is what is counted ("hur många
    kronor", "hur många miljoner")."""
    q, c = r.query, r.column
    if q is None or form.wants != "count" or q.agg == "count" or q.op in (Op.COUNT, Op.THRESHOLD):
        return False
    if not (c.unit in KRONOR_PER or says_money(c.name)):
        return False
    money_counted = (form.counted is not None and says_money(form.counted)) or re.search(r"\bmilj(?:on|oner|ard|arder)\b", fold(form.text))
    return not asks_money(form, leaning=True) and not money_counted

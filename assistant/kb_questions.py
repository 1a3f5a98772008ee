"""Questions about the knowledge base itself (``Route.CATALOG``), answered from the document
list, the documents' own facts and an extractive summary – never from a single passage.

    catalog = Catalog(snapshot.documents, snapshot.chunks, snapshot.page_texts, snapshot.tables)
    catalog.answer("Vilka dokument finns?")                 # the list, each with its first page
    catalog.answer("Vad handlar lokalförsörjningsplanen om?")  # headings and central sentences
    catalog.answer("Vilka dokument tar upp ESF?")           # documents that mention it, one quote each
    catalog.answer("Vem har skrivit förstudien?")           # Document.author, cited where it stands

``answer`` returns None when the question is not about the knowledge base as such; the
documents route then answers it from the passages.

Why one module of this size: one Catalog class over the documents' facts, titles and sections; its
helpers are used by nothing else.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace

from ingest.model import Chunk, Document, Table
from ingest.swedish import STOPWORDS, fold, plain, stem, words

from .answer import Answer, Citation, Route
from .documents.answerer import labelled_cells, numbered_refs, own_date_text, same_word
from .documents.phrases import asked_days, mentions_day
from .documents.spans import chunk_units, norm_for_match

# ---------------------------------------------------------------------- what is asked

_DOC_NOUN = r"(dokument|dokumenten|filer|filerna|rapporter|rapporterna|källor|källorna|material|materialet|texter|documents|files|reports|sources)"
_LIST_DOCS = re.compile(
    rf"^(vilka|vad för|which|what)\s+{_DOC_NOUN}\s+(finns|har du|har ni|ingår|innehåller|is|are|do you have|exist)|"
    rf"\b(vad|what)\s+(finns|innehåller|ingår|is|contains?)\b.*\b(kunskapsbanken|knowledge base)\b|"
    rf"^(lista|visa|list|show)\s+(alla\s+|all\s+)?{_DOC_NOUN}"
)
_LIST_TABLES = re.compile(r"^(vilka|vad för|which|what)\s+(tabeller|tabellerna|statistik|statistiken|tables|statistics)\s+(finns|har du|ingår|is|are|do you have)|^(lista|visa|list|show)\s+(alla\s+)?(tabeller|tables)")
_MENTIONS = re.compile(
    r"^(finns det (något|någonting|nåt|info\w*|uppgifter|material)|står det (något|någonting)|nämns|sägs det något|"
    rf"vilka (av )?{_DOC_NOUN} (tar upp|nämner|handlar om|berör|skriver om|behandlar|innehåller)|"
    rf"(does|do) any (of the )?{_DOC_NOUN} (mention|discuss|cover)|which {_DOC_NOUN} (mention|discuss|cover|talk about))\b"
)
_SUMMARY = re.compile(
    r"\b(sammanfatta|sammanfattning av|summera (?=\w*(?:rapport|dokument|förstudi|plan|protokoll|text|innehåll|anteckning|det viktigaste))|"
    r"summary of|summari[sz]e|vad handlar|handlar .+ om\s*\??$|what is .+ about|"
    r"vad tar .+ upp|vilka (teman|ämnen|frågor) (tar|tas|finns|behandlar|tar .+ upp)|temana i|huvudslutsatserna|"
    r"viktigaste slutsatser|huvudsakliga innehåll|main (points|themes|conclusions))\b"
)
_AUTHOR = re.compile(r"\b(vem|vilka)\s+(har\s+)?(skrev|skrivit|författat|författade|är författare|står bakom|har tagit fram|tog fram)|\bwho (wrote|is the author|authored|is responsible for)|\bförfattaren?\b|\bvem (är|var) (ansvarig|rapportansvarig) för\b|"
    # (a presentation's author is who gave it: "vem höll presentationen om …?")
    r"\b(vem|vilka)\s+(höll|har hållit|presenterade|har presenterat)\s+(i\s+)?(presentationen|föredraget|dragningen)\b|\bwho (gave|held) the presentation\b")
_SIGNED = re.compile(r"\b(skrev under|skrivit under|undertecknade?|undertecknat|underskrev|signerade?|signerat|who signed|signed by|signatories)\b")
_DATE = re.compile(r"\b(när (kom|publicerades|gavs .+ ut|skrevs|är .+ daterad|daterades|hölls (presentationen|föredraget|dragningen))|och när (var|hölls) (det|den)\b|vilket datum (är|har) .+ (daterad|daterat|daterade|datum)|vilket datum har (den|det|rapporten|dokumentet|protokollet|planen|skrivelsen|beslutet|anteckningarna|promemorian|\w+(?:rapporten|planen|protokollet|dokumentet))\s*\??$|when was .+ (published|written|dated))")
_PAGES = re.compile(r"\bhur många sidor\b|\bhow many pages\b|\bhur lång är (rapporten|dokumentet|planen|förstudien)\b")
_PUBLISHER = re.compile(
    r"\b(vem|vilken organisation|vilken myndighet|vilken region|vilken kommun|vilket företag)\s+(har\s+)?"
    r"(gett ut|gav ut|publicerat|publicerade|står som utgivare|genomfört|genomförde|utfört|utförde)|\bwho (published|carried out|conducted)\b"
)
_FACT_QUESTIONS = {"author": _AUTHOR, "date": _DATE, "pages": _PAGES, "organisation": _PUBLISHER}
# Words around a question for a document's fact that name nothing else ("vem skrev den?")
_FACT_STEMS = frozenset(stem(w) for w in (
    "vem vilka när vad skrev skrivit ut kom datum daterad sidor lång who wrote when published "
    "höll hållit hölls presenterade presenterat presentationen presentation föredraget dragningen var det den gave held"
).split())
# Words that name a document in general, never which one.
# "Vad beslutade styrgruppen?", "vilka beslut fattades?", "what was decided?"
_DECISIONS = re.compile(
    r"\b(?:vad|vilka|vilket)\b[^?]{0,60}\b(?:besl(?:ut|öt|utade|utades|utat|utar)|bestäm(?:de|des|ts|t))\b|\bbeslut(?:ade|ades|at)\b[^?]*\?|"
    r"\bwhat (?:was|were|did)\b[^?]*\bdecide|\bwhich decisions\b"
)
_HOW_MANY = re.compile(r"\b(?:hur många|hur mycket|antal|how many|how much)\b")
# A heading of a meeting's decisions ("Beslut", "4. Beslut", "Fattade beslut", "Decisions").
# (… of the body that decided: "Arbetsutskottets beslut", "Styrgruppens beslut" – a genitive's
# -s; "Förslag till beslut" is a proposal, and no heading of decisions)
_DECISION_HEADING = re.compile(r"^(?:\d+[.)]?\s*|§\s*\d+\s*)?(?:beslut|fattade beslut|[a-zåäö]{3,}s beslut|decisions?)\s*$")
# A recorded decision: "Beslut: …", "Styrgruppen beslutar att …", "Nämnden beslutade att …"
_ABOUT = re.compile(r"\bom\s+([^?.!]+)")
_DECISION_LINE = re.compile(r"^\s*beslut\s*:|\bbeslut(?:ar|ade|ades|at)\s+(?:att|om)\b", re.I)
_DECISION_LEAD = re.compile(r"^\s*beslut\s*:\s*", re.I)
# A sentence that sets a decision's date: "senast 2026-04-15", "klart den 30 mars", "från och med 1 januari"
_DEADLINE = re.compile(r"\b(?:senast|klar[t]?|från och med|fr\.o\.m\.|tills vidare|deadline)\b", re.I)
_DECISION_STEMS = frozenset(stem(w) for w in "beslut besluta beslutade beslutades beslutat bestämde bestämdes bestämt bestämts fattades fattade fattats möte mötet mötes decided decisions decision meeting".split())
_MONTH_WORDS = frozenset("januari februari mars april maj juni juli augusti september oktober november december".split())
MAX_DECISIONS = 12

_GENERIC = frozenset(
    "dokument dokumentet rapport rapporten planen plan förstudie förstudien anteckningar anteckningarna texten "
    "materialet filen kunskapsbanken protokoll protokollet numret document report plan file notes the knowledge "
    "base sammanfatta sammanfattning handlar vad vilka vilket tar upp kort "
    # the frame of "sammanfatta vad X säger om Y": verbs of saying, never the topic
    "säger sägs säga sa visar visade skriver skrev står nämner beskriver berättar kommer fram till "
    "says say said shows showed writes "
    # (… and of "vilket beslut som gäller": what applies, never what a decision is about)
    "gäller gälla gällde gällt".split()
)
MAX_SUMMARY_SECTIONS = 6
# A topic summary ("sammanfatta vad enkäten visade om X"): the section(s) holding at least this
# IDF share of the question's topic words, and this many central sentences from each.
TOPIC_COVERAGE = 0.6
TOPIC_SENTENCES = 5
MENTION_DEPTH = 30  # passages read to find every document that mentions a topic
# A sentence's centrality is divided by 1 + LEAD_DECAY · its place in the section: the opening
# sentences of a section usually say what it is about.
LEAD_DECAY = 0.15


@dataclass(frozen=True)
class _DocText:
    document: Document
    name_stems: frozenset[str]  # stems of the title, file name and first lines of page 1


class Catalog:
    def __init__(
        self,
        documents: dict[str, Document],
        chunks: Iterable[Chunk],
        page_texts: dict[str, list[str]],
        tables: Iterable[Table] = (),
        search: Callable[[str, int], list] | None = None,
        page_of: Callable[[str, str, int | None, int | None], tuple[int | None, bool]] | None = None,
    ):
        self.documents = documents
        self.chunks = [c for c in chunks if c.kind == "text"]
        self.page_texts = page_texts
        self.tables = list(tables)
        self.search = search
        self.page_of = page_of or (lambda d, t, s, e: (s, False))
        self.texts = {p: _DocText(d, frozenset(_name_stems(d, page_texts.get(p) or []))) for p, d in documents.items()}
        self._stem_docs: dict[str, Counter[str]] = {}
        for c in self.chunks:
            for s in set(_stems(c.text)):
                self._stem_docs.setdefault(s, Counter())[c.document] += 1

    # ------------------------------------------------------------------ routing

    def answer(self, question: str, context: str = "") -> Answer | None:
        """``context``: background the asker gave ("Jag ska dra lokalförsörjningsplanen …"),
        used only to tell which document is meant."""
        q = fold(question).strip()
        named = f"{question} {context}".strip()
        if _LIST_TABLES.search(q):
            return self.list_tables(question)
        if _LIST_DOCS.search(q):
            return self.list_documents(question)
        if _MENTIONS.search(q):
            return self.mentions(question)
        if _SUMMARY.search(q) and _DECISIONS.search(q) and not _HOW_MANY.search(q):
            # "sammanfatta vad partnerskapet beslutade om … på mötet i november": what was decided,
            # not what the notes say first (the place and who attended)
            decided = self.decisions(question, named)
            if decided is not None:
                return decided
        if _SUMMARY.search(q):
            doc = self.identify_document(named)
            return self.summary(question, doc) if doc else None
        if _DECISIONS.search(q) and not _HOW_MANY.search(q):
            decided = self.decisions(question, named)
            if decided is not None:
                return decided
        if _SIGNED.search(q):
            # "vem skrev under tjänsteskrivelsen?": the names that sign the document at its end –
            # not its author field, nor the case officer named at its head
            doc = self.identify_document(named)
            signed = self.document_signatures(question, doc) if doc is not None else None
            if signed is not None:
                return signed
        if _AUTHOR.search(q):
            # "vem har skrivit förordet?": a section is signed by its own author
            signed = self.section_signature(question)
            if signed is not None:
                return signed
        asked = [f for f, rx in _FACT_QUESTIONS.items() if rx.search(q)]
        doc = self.identify_document(named) if asked else None
        if doc is None or self._asks_beyond(question, doc, asked):
            return None
        # "Vem har skrivit rapporten och när är den daterad?": every fact asked, each with its source
        found = [a for a in (self.fact(question, doc, f) for f in asked) if a is not None]
        if len(found) <= 1:
            return found[0] if found else None
        lines, citations = [], []
        for a in found:
            text = a.answer
            for c in a.citations:
                k = len(citations) + 1
                citations.append(replace(c, n=k))
                text = text.replace(f"[{c.n}]", f"[{k}]")
            lines.append(text)
        return Answer(question, True, Route.CATALOG, "\n".join(lines), citations=citations)

    def _asks_beyond(self, question: str, doc: Document, asked: list[str]) -> bool:
        """The question names more than the document and the fact: "vem är ansvarig för
        indikatorn om publika laddpunkter i verksamhetsplanen?" asks who answers for an
        indicator, not who wrote the plan – two words or more of the documents that are neither
        the fact's own, the document's name nor a word for a document."""
        rest = fold(question)
        for f in asked:
            rest = _FACT_QUESTIONS[f].sub(" ", rest)
        names = _title_stems(doc, doc.path) | frozenset(_stems(doc.organisation))
        # (only words the documents use: "Who wrote the report on vulnerable groups' …" names
        # nothing else in them, its English words describe the report)
        left = [
            x for x in _stems(rest)
            if x not in _GENERIC_STEMS and x not in _FACT_STEMS and not _prefix_in(x, names) and x in self._stem_docs
        ]
        return len(left) >= 2

    def section_signature(self, question: str) -> Answer | None:
        """The name that signs the section a question names by its heading ("förordet" → the
        section "Förord" ending "Petter Arnback Regional utvecklingsdirektör, …"), cited there."""
        q_stems = {s for s in _stems(question) if s not in _GENERIC_STEMS}

        def named(heading: str) -> bool:
            h_stems = set(_stems(heading))
            # "förordet" names the heading "Förord"
            return bool(h_stems) and all(any(q.startswith(h) for q in q_stems) for h in h_stems)

        for c in reversed(self.chunks):  # a section's last passage holds its signature
            parts = c.section.split(" > ") if c.section else [""]
            heading = parts[-1]
            lines = c.text.strip().splitlines()
            if len(parts) >= 2 and named(parts[-2]) and _SIGNATURE.fullmatch(heading.strip()) and lines and len(lines[0]) <= 120:
                # the signature read as a heading of its own under the section ("Förord" >
                # "Helena Berglund" over "Förvaltningschef, …"): the name, its role under it
                heading, last = parts[-2], f"{parts[-1].strip()}\n{lines[0].strip()}"
                m = _SIGNATURE.match(last)
            else:
                if not named(heading):
                    continue
                last = lines[-1].strip() if lines else ""
                m = _SIGNATURE.match(last)
                if not m:
                    continue
            page, ok = self.page_of(c.document, last, c.page_start, c.page_end)
            d = self.documents.get(c.document)
            title = _display_title(d) if d else c.document
            role = last[m.end():].strip(" ,\n")
            text = (
                f"Avsnittet *{heading}* är undertecknat av **{m.group(1)}**" + (f" ({role})" if role else "")
                + f" – enligt *{title}*" + (f", s. {page}" if page else "") + " [1]."
            )
            return Answer(question, True, Route.CATALOG, text, citations=[Citation(1, c.document, page, last, c.section, c.text, ok)])
        return None

    def document_signatures(self, question: str, d: Document) -> Answer | None:
        """The names that sign a document: pairs of a name on a line of its own over a title
        ("Anna Bergström" / "Regional utvecklingsdirektör") in the last passage that has any,
        cited there – or the signer of its signature line or digital signature ("Elektroniskt
        signerad av Annika Wester, Enhetschef, …"), which says who signed in so many words. None
        when the document has neither."""
        own = [c for c in self.chunks if c.document == d.path]
        for c in reversed(own):
            m = next((m for m in map(_SIGNED_LINE.match, c.text.splitlines()) if m), None)
            if m is None:
                continue
            line = m.group(0).strip()
            page, ok = self.page_of(c.document, line, c.page_start, c.page_end)
            role = f" ({m.group(2).strip()})" if m.group(2) else ""
            text = f"*{_display_title(d)}* är undertecknad av **{m.group(1).strip()}**{role}" + (f" – s. {page}" if page else "") + " [1]."
            return Answer(question, True, Route.CATALOG, text, citations=[Citation(1, c.document, page, line, c.section, c.text, ok)])
        for c in reversed(own):
            lines = [x.strip() for x in c.text.splitlines()]
            pairs = [
                (name, role) for name, role in zip(lines, lines[1:], strict=False)
                if _SIGNATURE.fullmatch(name) and role and role[:1].isupper() and len(role) <= 80
                and not re.search(r"\d", role) and not _SIGNATURE.fullmatch(role)
            ]
            if not pairs:
                continue
            block = "\n".join(f"{n}\n{r}" for n, r in pairs)
            page, ok = self.page_of(c.document, f"{pairs[0][0]}", c.page_start, c.page_end)
            title = _display_title(d)
            names = " och ".join(f"**{n}** ({r})" for n, r in pairs)
            text = f"*{title}* är undertecknad av {names}" + (f" – s. {page}" if page else "") + " [1]."
            return Answer(question, True, Route.CATALOG, text, citations=[Citation(1, c.document, page, block, c.section, c.text, ok)])
        return None

    # ------------------------------------------------------------------ which document

    def identify_document(self, question: str) -> Document | None:
        """The document a question names: by its title, file name and title page, or by a word
        that occurs almost only in it ("förstudien"); the only document when there is one."""
        docs = self.text_documents()
        if len(docs) == 1:
            return docs[0]
        all_stems = _stems(question)
        q_stems = [s for s in all_stems if s not in _GENERIC_STEMS]
        best: tuple[float, Document] | None = None
        for d in docs:
            names = self.texts[d.path].name_stems
            score = sum(1.0 for s in q_stems if _prefix_in(s, names))
            # a word the document uses about itself, and almost no other does – a kind of
            # document too ("förstudien", when one document is the pre-study)
            for s in all_stems:
                where = self._stem_docs.get(s)
                if where and sum(where.values()) >= 3:
                    score += where[d.path] / sum(where.values())
            # (of documents that match alike, the one whose name says the word most fully:
            # "kompetensförsörjningsanalysen" is "Kompetensförsörjningsanalys 2025", not a
            # document that names "kompetensförsörjning" or "kompetenslyft")
            # (… and first by its title: notes that list "Kompetensförsörjningsanalysen" on their
            # first page are not that analysis)
            titled = frozenset(stem(w) for w in words(f"{d.title} {d.path.rsplit('/', 1)[-1].rsplit('.', 1)[0].replace('_', ' ')}") if len(w) > 3)
            fit = (sum(_match_strength(s, titled) for s in q_stems), sum(_match_strength(s, names) for s in q_stems))
            if score > 0 and (best is None or (score, *fit) > best[0]):
                best = ((score, *fit), d)
        if best is None or best[0][0] < 0.8:
            return None
        return best[1]

    def text_documents(self) -> list[Document]:
        return [d for d in self.documents.values() if d.kind not in ("csv", "xlsx")]

    # ------------------------------------------------------------------ the list

    def list_documents(self, question: str) -> Answer:
        docs = sorted(self.text_documents(), key=lambda d: d.path)
        stats = sorted((d for d in self.documents.values() if d.kind in ("csv", "xlsx")), key=lambda d: d.path)
        citations: list[Citation] = []
        lines: list[str] = []
        for d in docs:
            cite = self._title_citation(d, len(citations) + 1)
            ref = ""
            if cite is not None:
                citations.append(cite)
                ref = f" [{cite.n}]"
            lines.append(f"- *{_display_title(d)}* – {_describe(d)}{ref}")
        text = f"Kunskapsbanken innehåller {len(docs)} dokument"
        text += f" och {len(stats)} statistikfiler:" if stats else ":"
        text += "\n\n" + "\n".join(lines)
        if stats:
            text += "\n\nStatistikfiler:\n" + "\n".join(f"- *{_display_title(d)}* ({d.path})" for d in stats)
        return Answer(question, bool(docs or stats), Route.CATALOG, text, citations=citations)

    def list_tables(self, question: str) -> Answer:
        parts = {p for t in self.tables for p in t.source_tables}
        shown = [t for t in self.tables if t.id not in parts and t.caption]
        if not shown:
            return Answer(question, False, Route.CATALOG, "Kunskapsbanken innehåller inga tabeller.")
        lines = []
        for t in shown[:40]:
            where = t.document + (f", s. {t.page}" if t.page else "")
            lines.append(f"- {t.caption} ({where}; {len(t.frame)} rader)")
        more = f"\n\n… och {len(shown) - 40} till." if len(shown) > 40 else ""
        return Answer(question, True, Route.CATALOG, f"Kunskapsbanken innehåller {len(shown)} tabeller:\n\n" + "\n".join(lines) + more)

    def _title_citation(self, d: Document, n: int) -> Citation | None:
        """The title as it stands on page 1, as a verified quote: the first lines that read
        as a title (not a web address, page number or running header)."""
        pages = self.page_texts.get(d.path) or []
        if not pages:
            return None
        pick = title_lines(pages[0])
        if not pick:
            return None
        return Citation(n, d.path, 1, pick, "", pages[0], norm_for_match(pick) in norm_for_match(pages[0]))

    # ------------------------------------------------------------------ who mentions a topic

    def mentions(self, question: str) -> Answer:
        topic = _topic_of(question)
        stems = [s for s in _stems(topic) if s not in _GENERIC_STEMS]
        if not stems or self.search is None:
            return Answer(question, False, Route.CATALOG, "Jag hittar inget stöd för det i kunskapsbanken.")
        unknown = [s for s in stems if s not in self._stem_docs and not any(k.startswith(s) for k in self._stem_docs if len(s) >= 4)]
        if unknown and len(unknown) == len(stems):
            return Answer(question, False, Route.CATALOG, f"Jag hittar inget stöd för det i kunskapsbanken. Dokumenten nämner inte {topic}.")
        best: dict[str, tuple[float, int, object]] = {}
        for rank, h in enumerate(self.search(topic, MENTION_DEPTH)):
            c = h.chunk
            if c.kind != "text":
                continue
            for u in chunk_units(c):
                got = _share(stems, u.text)
                if got < 1.0 and not (len(stems) > 2 and got >= 0.66):
                    continue
                key = (got, -rank)
                if c.document not in best or key > best[c.document][:2]:
                    best[c.document] = (got, -rank, u)
        if not best:
            return Answer(question, False, Route.CATALOG, f"Jag hittar inget stöd för det i kunskapsbanken. Inget dokument tar upp {topic}.")
        citations: list[Citation] = []
        lines: list[str] = []
        for path, (_, _, u) in sorted(best.items(), key=lambda kv: (-kv[1][0], -kv[1][1])):
            cited = self._cite(u.chunk, u.text, citations)
            page, n = cited.page, cited.n
            d = self.documents.get(path)
            title = _display_title(d) if d else path
            lines.append(f"- *{title}*" + (f", s. {page}" if page else "") + f": {u.text} [{n}]")
        count = len(lines)
        head = f"{count} dokument tar upp {topic}:" if count > 1 else f"Ett dokument tar upp {topic}:"
        return Answer(question, True, Route.CATALOG, head + "\n\n" + "\n".join(lines), citations=citations)

    # ------------------------------------------------------------------ summaries

    def _cite(self, c: Chunk, text: str, citations: list[Citation]) -> Citation:
        """Cite ``text`` of chunk ``c`` as the next of ``citations`` (numbered from 1), with the
        page it stands on; the citation is appended and returned."""
        page, ok = self.page_of(c.document, text, c.page_start, c.page_end)
        cited = Citation(len(citations) + 1, c.document, page, text, c.section, c.text, ok)
        citations.append(cited)
        return cited

    def summary(self, question: str, d: Document) -> Answer:
        """The document's sections in order, each with its most central sentence – or, when the
        question names a topic of the document ("sammanfatta vad enkäten visade om
        avvikelserapporteringen"), the central sentences of the sections about that topic."""
        chunks = [c for c in self.chunks if c.document == d.path]
        if not chunks:
            return Answer(question, False, Route.CATALOG, f"Jag hittar ingen text i *{_display_title(d)}* att sammanfatta.")
        depths: tuple[int, ...] = (1, 2)
        refs = [ref for _, kind, ref in numbered_refs(question) if kind != "law"]
        if refs:
            # "sammanfatta § 144 i protokollet": that item's parts ("Ärendebeskrivning", "Beslut" …),
            # not the document's – the first item had been summarised for the second
            own = [c for c in chunks if any(ref.search(c.section) for ref in refs)]
            if not own:
                return Answer(question, False, Route.CATALOG, f"*{_display_title(d)}* har ingen rubrik {', '.join(n for n, _, _ in numbered_refs(question))}.")
            at = min(next(k for k, p in enumerate(c.section.split(" > ")) if any(ref.search(p) for ref in refs)) for c in own)
            chunks, depths = own, (at + 1,)
        else:
            concluded = self._conclusions(question, d, chunks)
            if concluded is not None:
                return concluded
            on_topic = self._topic_summary(question, d, chunks)
            if on_topic is not None:
                return on_topic
        df = Counter(s for c in chunks for s in set(_stems(c.text)))
        n = len(chunks)
        for depth in depths:
            # (minutes under one title: the items one level down, "§ 58 …", "§ 59 …")
            sections: dict[str, list[Chunk]] = {}
            for c in chunks:
                head = _top_section(c.section, depth)
                if head is None:
                    continue
                sections.setdefault(head, []).append(c)
            if len(sections) > 1:
                break
        doc_weights = Counter(s for c in chunks for s in _stems(c.text))
        if len(sections) <= 1:
            return self._flat_summary(question, d, chunks, df, doc_weights)
        picked = []
        # (one item of minutes summarised: two sentences of each of its parts)
        per = 2 if refs else 1
        for head, cs in sections.items():
            weights = Counter(s for c in cs for s in _stems(c.text))
            every = [u for c in cs for u in chunk_units(c) if len(u.text.split()) >= 4]
            units = [u for u in every if not u.bullet]
            units = [u for u in units if _prose(u.text)] or units
            if sum(u.bullet for u in every) >= 2:
                # ("Kommunstyrelsens beslut" over its numbered points: the points are much of what it says)
                units = every
            scored = []
            for k, u in enumerate(units):
                st = _stems(u.text)
                # Central: made of words the section (and the document) use often, not rare
                # ones; a section's opening sentences usually say what it is about.
                score = sum(
                    (weights[s] + 0.5 * doc_weights[s]) * math.log(1 + n / (1 + df[s])) for s in set(st)
                ) / math.sqrt(len(st) + 5) / (1 + LEAD_DECAY * k)
                scored.append((score, k, u))
            best = sorted(sorted(scored, key=lambda x: -x[0])[:per], key=lambda x: x[1])
            if best:
                picked.append((head, [u for _, _, u in best], sum(len(c.text) for c in cs)))
        # The largest sections, kept in document order; a summary section of its own goes first.
        keep = sorted(picked, key=lambda p: -p[2])[:MAX_SUMMARY_SECTIONS]
        order = {h: i for i, (h, _, _) in enumerate(picked)}
        keep.sort(key=lambda p: (not _is_summary_heading(p[0]), order[p[0]]))
        citations: list[Citation] = []
        lines: list[str] = []
        for head, us, _ in keep:
            said = []
            for u in us:
                cited = self._cite(u.chunk, u.text, citations)
                said.append((cited.page, f"{u.text.lstrip('•').strip()} [{cited.n}]"))
            page = said[0][0]
            lines.append(f"- **{head}**" + (f" (s. {page})" if page else "") + ": " + " ".join(t for _, t in said))
        text = f"*{_display_title(d)}* ({_describe(d)}) tar upp:\n\n" + "\n".join(lines)
        return Answer(question, bool(lines), Route.CATALOG, text, citations=citations)

    def _flat_summary(self, question: str, d: Document, chunks: list[Chunk], df: Counter, weights: Counter) -> Answer:
        """A document without sections of its own (notes under one title, minutes whose items
        are no headings): its most central sentences and items, in document order."""
        n = len(chunks)
        units = [u for c in chunks for u in chunk_units(c) if len(u.text.split()) >= 4]
        scored = []
        for k, u in enumerate(units):
            st = _stems(u.text)
            if not st:
                continue
            score = sum(weights[s] * math.log(1 + n / (1 + df[s])) for s in set(st)) / math.sqrt(len(st) + 5)
            scored.append((score, k, u))
        keep = sorted(sorted(scored, key=lambda x: -x[0])[:MAX_SUMMARY_SECTIONS], key=lambda x: x[1])
        citations: list[Citation] = []
        lines: list[str] = []
        for _, _, u in keep:
            cited = self._cite(u.chunk, u.text, citations)
            page, k = cited.page, cited.n
            lines.append(f"- {u.text.lstrip('•').strip()}" + (f" (s. {page})" if page else "") + f" [{k}]")
        if not lines:
            return Answer(question, False, Route.CATALOG, f"Jag hittar ingen text i *{_display_title(d)}* att sammanfatta.")
        text = f"*{_display_title(d)}* ({_describe(d)}) tar bland annat upp:\n\n" + "\n".join(lines)
        return Answer(question, True, Route.CATALOG, text, citations=citations)

    def _conclusions(self, question: str, d: Document, chunks: list[Chunk]) -> Answer | None:
        """"Sammanfatta vad analysenheten kom fram till om …": what the document concludes is its
        section of conclusions ("Slutsatser", "Sammanfattning"), its points in order – not the
        section that names the topic most (a chapter on the municipalities had been summarised).
        None when the question asks no findings or the document has no such section."""
        if not _FINDINGS_ASKED.search(fold(question)):
            return None
        own = [c for c in chunks if any(_is_summary_heading(p) for p in c.section.split(" > "))]
        if not own:
            return None
        units = [u for c in own for u in chunk_units(c) if len(u.text.split()) >= 4]
        items = [u for u in units if u.bullet or _NUMBERED_ITEM.match(u.text)]
        said = (items if len(items) >= 2 else units)[:MAX_CONCLUSIONS]
        citations: list[Citation] = []
        lines = []
        for u in said:
            cited = self._cite(u.chunk, u.text, citations)
            lines.append(f"- {_NUMBERED_ITEM_MARK.sub('', u.text.lstrip('•')).strip()} [{cited.n}]")
        head = own[0].section.split(" > ")[-1]
        page = f", s. {citations[0].page}" if citations and citations[0].page else ""
        text = f"*{_display_title(d)}* kommer fram till följande (avsnittet ”{head}”{page}):\n\n" + "\n".join(lines)
        return Answer(question, bool(lines), Route.CATALOG, text, citations=citations)

    def _topic_summary(self, question: str, d: Document, chunks: list[Chunk]) -> Answer | None:
        """The sections of ``d`` about the question's topic words (those that neither name the
        document nor ask for a summary), each with up to TOPIC_SENTENCES central sentences in
        document order; None when the question names no topic the document has a section on."""
        names = self.texts[d.path].name_stems if d.path in self.texts else frozenset()
        df = Counter(s for c in chunks for s in set(_stems(f"{c.section} {c.text}")))
        n = len(chunks)
        # (the title and the file name name the document; a word of the first page's other lines
        # – a reading guide's "ändringar … föreslås" – names it only when much of it uses the word)
        titled = frozenset(_stems(f"{d.title} {re.sub(r'[_.-]+', ' ', d.path.rsplit('/', 1)[-1].rsplit('.', 1)[0])}"))
        # (… and only when the question asks for it by name: "sammanfatta vilka ändringar som föreslås")
        asked_for = {x for m in re.finditer(r"\b(?:vilka|vilket|vilken|vad)\s+((?:\w+\s+){0,2}\w+)", fold(question)) for x in _stems(m.group(1))}
        topic = [
            s for s in dict.fromkeys(_stems(question))
            if s not in _GENERIC_STEMS and df.get(s, 0) and df[s] < n
            and not _prefix_in(s, titled) and not (_prefix_in(s, names) and (df[s] >= n / 2 or s not in asked_for))
        ]
        if not topic:
            return None
        idf = {s: math.log(1 + n / df[s]) for s in topic}
        total = sum(idf.values())
        # the top-level section (an article, a chapter) that covers the topic best
        tops: dict[str, list[Chunk]] = {}
        for c in chunks:
            tops.setdefault(_top_section(c.section) or c.section or "", []).append(c)
        scored = []
        for head, cs in tops.items():
            said = Counter(_stems(" ".join(f"{c.section} {c.text}" for c in cs)))
            # (a topic word in another form: "föreslås" of "föreslagna ändringar")
            for s in idf:
                if s not in said and (alike := next((x for x in said if same_word(s, x, ending=3)), None)):
                    said[s] = said[alike]
            # how much of the topic the section names, then how often: an article about it names
            # it throughout, an editorial in passing
            scored.append((sum(w for s, w in idf.items() if s in said) / total, sum(said[s] for s in idf), head, cs))
        scored.sort(key=lambda x: (-x[0], -x[1]))
        if not scored or scored[0][0] < TOPIC_COVERAGE:
            return None
        _, _, top, cs = scored[0]
        subsections: dict[str, list[Chunk]] = {}
        for c in cs:
            subsections.setdefault(c.section or top, []).append(c)
        # (of its parts, those whose heading names the topic: "3 Slutsatser och rekommendationer" of
        # a report whose chapters all stand under "Förord", its chapter headings unseen)
        def names_topic(heading: str) -> bool:
            said = set(_stems(heading.split(" > ")[-1]))
            return any(s in said or any(same_word(s, x, ending=3) for x in said) for s in topic if len(s) >= 5)

        naming = {h: part for h, part in subsections.items() if names_topic(h)}
        if naming and len(naming) < len(subsections):
            subsections = naming
        per_part = 1 if len(subsections) > 1 else TOPIC_SENTENCES
        citations: list[Citation] = []
        lines: list[str] = []
        for head, part in list(subsections.items())[:MAX_SUMMARY_SECTIONS]:
            weights = Counter(s for c in part for s in _stems(c.text))
            units = [u for c in part for u in chunk_units(c) if len(u.text.split()) >= 4]
            rows = [u for u in units if labelled_cells(u.text)]
            items = [u for c in part for u in chunk_units(c) if u.bullet or _NUMBERED_ITEM.match(u.text)]
            listed: list = []
            if per_part > 1 and len(items) >= 2 and re.search(r"\b(?:vilka|which|what)\b", fold(question)):
                listed = items  # "sammanfatta vilka rekommendationer …": the section's listed items are what it says
            elif per_part > 1 and len(rows) >= 3 and len(rows) >= len(units) / 2:
                # a section that is mostly a table's rows ("Tabell 2. Föreslagna ändringar": a
                # change a row): its rows are what it says – each quoted, not its one sentence
                listed = rows
            if listed:
                for u in listed[:MAX_TOPIC_ROWS]:
                    cited = self._cite(u.chunk, u.text, citations)
                    lines.append(f"- {_BULLET_MARK.sub('', u.text)}" + (f" (s. {cited.page})" if cited.page else "") + f" [{cited.n}]")
                continue
            units = [u for u in units if _prose(u.text)] or units
            if not units:
                continue
            centrality = []
            for k, u in enumerate(units):
                st = _stems(u.text)
                centrality.append(sum(weights[s] + 3 * idf.get(s, 0.0) for s in set(st)) / math.sqrt(len(st) + 5) / (1 + LEAD_DECAY * k))
            chosen = sorted(sorted(range(len(units)), key=lambda k: -centrality[k])[:per_part])
            for k in chosen:
                u = units[k]
                cited = self._cite(u.chunk, u.text, citations)
                page, i = cited.page, cited.n
                name = head.split(" > ")[-1]
                lead = f"**{name}**" + (f" (s. {page})" if page else "") + ": " if per_part == 1 else ""
                lines.append(f"- {lead}{u.text}" + ("" if per_part == 1 or not page else f" (s. {page})") + f" [{i}]")
        if per_part > 1 and lines:
            lines.insert(0, f"**{next(iter(subsections)).split(' > ')[-1] if len(subsections) == 1 else top}**")
        if not citations:
            return None
        text = f"Det här står i *{_display_title(d)}* om det du frågar efter:\n\n" + "\n".join(lines)
        return Answer(question, True, Route.CATALOG, text, citations=citations)

    # ------------------------------------------------------------------ decisions

    def decisions(self, question: str, named: str) -> Answer | None:
        """"Vad beslutade styrgruppen på mötet i februari?": every decision the meeting notes or
        protocol record ("Beslut: …", "Nämnden beslutar att …"), each cited – of the document the
        question names, else of the one document that records decisions. A question with a topic
        ("vad beslutades om valideringen?") keeps the decisions about it; none about it leaves the
        question to the documents route."""
        if numbered_refs(question):
            return None  # "vad beslutades under § 61?": the documents route quotes that paragraph
        doc = self.identify_document(named)
        found: dict[str, list[tuple[Chunk, str]]] = {}
        for c in self.chunks:
            if doc is not None and c.document != doc.path:
                continue
            units = chunk_units(c)
            # (the listed points under a heading "Beslut" are the decisions, each a line of its
            # own: "1. Handlingsplan 2027, version 3, fastställdes.")
            listed = bool(_DECISION_HEADING.match(fold(c.section.split(" > ")[-1]))) if c.section else False
            for k, u in enumerate(units):
                if listed and (u.bullet or _NUMBERED_ITEM.match(u.text)) and not _DECISION_LINE.search(u.text) and len(u.text.split()) >= 3:
                    found.setdefault(c.document, []).append((c, _NUMBERED_ITEM_MARK.sub("", u.text.lstrip("•")).strip()))
                    continue
                if _DECISION_LINE.search(u.text):
                    text = u.text
                    nxt = units[k + 1] if k + 1 < len(units) else None
                    if _DECISION_LEAD.match(u.text):
                        # "BESLUT: Sista anmälningsdag … är den 25 november. Urvalet görs den 26–27
                        # november av …": what the label heads is the decision, every sentence of it
                        for more in units[k + 1:k + 4]:
                            if more.line != u.line or _DECISION_LINE.search(more.text):
                                break
                            text = f"{text} {more.text}"
                    elif nxt is not None and nxt.line == u.line and not _DECISION_LINE.search(nxt.text) and _DEADLINE.search(nxt.text):
                        # "… med Region Uppsala som sökande. Ansökan ska vara inlämnad senast
                        # 2026-04-15.": the decision's deadline, in the sentence after it
                        text = f"{text} {nxt.text}"
                    found.setdefault(c.document, []).append((c, text))
        asked = {s for s in _stems(question) if s not in _GENERIC_STEMS and s not in _DECISION_STEMS} - {stem(m) for m in _MONTH_WORDS}
        # "vad beslutade styrgruppen om svetsutbildningen?": the words after "om" are what the
        # decision is about – the body that decided ("styrgruppen") is no topic a decision about
        # something else ("Styrgruppen … beslutar om nya utbildningsområden") may stand for
        about_words = _ABOUT.search(fold(question))
        object_ = {s for s in _stems(about_words.group(1))} & asked if about_words else set()
        kept: dict[str, list[tuple[Chunk, str]]] = {}
        for path, items in found.items():
            d = self.documents.get(path)
            # (the words that name the document – "styrgruppen" of its title – are no topic)
            names = _title_stems(d, path)
            topic = {s for s in asked if not _prefix_in(s, names)}
            wanted = (object_ - names) or topic
            # (a word matches as an inflection or a compound's head too: "rekryteringsmässan" ~
            # "Rekryteringsmässa för vården")
            said = [{w for w in wanted if _prefix_in(w, frozenset(_stems(f"{c.section} {t}")), longer_by=4)} for c, t in items]
            shared = set.intersection(*said) if len(items) >= 2 else set()
            if wanted - shared:
                # (a word every decision's heading shares – "TEAMMÖTE" of the notes' title over all
                # their items – tells none of them apart: "… om rekryteringsträffen på teammötet")
                wanted -= shared
            about = [(c, t) for (c, t), hit in zip(items, said) if wanted & hit] if wanted else items
            if about:
                kept[path] = about
        if len(kept) != 1:
            return None  # no decisions (about the topic), or several documents' and none named
        path, items = next(iter(kept.items()))
        d = self.documents.get(path)
        days = asked_days(question)
        if days and not any(mentions_day(own_date_text(d, path), day) for day in days):
            # "vad beslutades på teammötet den 17 november?" of the notes of 3 November, which name
            # the 17th as the next meeting's day: another meeting's decisions are no answer
            return None
        citations: list[Citation] = []
        lines: list[str] = []
        for c, text in items[:MAX_DECISIONS]:
            i = self._cite(c, text, citations).n
            parts = c.section.split(" > ") if c.section else [""]
            # ("§ 61 … > Beslut": the paragraph the decision is under, not the word "Beslut")
            where = parts[-2] if len(parts) >= 2 and stem(fold(parts[-1])) in _DECISION_STEMS else parts[-1]
            lead = f"**{where}**: " if where and where != (d.title if d else "") else ""
            lines.append(f"- {lead}{_DECISION_LEAD.sub('', text.lstrip('•· ')).strip()} [{i}]")
        title = _display_title(d) if d else path
        when = f" ({d.date})" if d is not None and d.date else ""
        return Answer(question, True, Route.CATALOG, f"Beslut enligt *{title}*{when}:\n\n" + "\n".join(lines), citations=citations)

    # ------------------------------------------------------------------ facts of a document

    def fact(self, question: str, d: Document, field_name: str) -> Answer | None:
        value = str(getattr(d, field_name) or "").strip()
        if (not value or value == "0") and field_name in _FIELD_LABELS:
            value = self._labelled_field(d, field_name)
        if not value or value == "0":
            return None
        title = _display_title(d)
        label = {"author": "Författare", "date": "Datum", "pages": "Antal sidor", "organisation": "Utgivare"}[field_name]
        cite = None
        if field_name != "pages":
            for i, page in enumerate(self.page_texts.get(d.path) or [], 1):
                for line in page.splitlines():
                    if fold(value) in fold(line):
                        cite = Citation(1, d.path, i, line.strip(), "", page, True)
                        break
                if cite or i >= 3:
                    break
        if field_name == "pages":
            text = f"*{title}* har {value} sidor."
        else:
            text = f"{label}: **{value}** – enligt *{title}*" + (f", s. {cite.page} [1]" if cite else " (dokumentets uppgifter)") + "."
        return Answer(question, True, Route.CATALOG, text, citations=[cite] if cite else [])


    def _labelled_field(self, d: Document, field_name: str) -> str:
        """A field the document's first pages state with a label ("Författare: Fredrik
        Jönsson", "Datum för beslut: 2026-06-16"), for documents whose metadata lacks it."""
        rx = _FIELD_LABELS[field_name]
        for page in (self.page_texts.get(d.path) or [])[:2]:
            for line in page.splitlines():
                for part in line.split("|"):  # running headers put several fields on a line
                    m = rx.search(part)
                    if m and m.group("v").strip(" .,;"):
                        return m.group("v").strip(" .,;")
        return ""


# ---------------------------------------------------------------------- helpers

# a signature said in words: Word's signature line, a package's digital signature
_SIGNED_LINE = re.compile(
    r"\s*(?:Underskrift:|Elektroniskt signerad av|Digitalt signerad av|Signerad av)\s+([A-ZÅÄÖ][\w-]+(?:\s+[A-ZÅÄÖ][\w-]+){1,3})"
    r"(?:,\s*([^,\d][^,]*?(?:,\s*[^,\d][^,]*?)?))?(?:,\s*\d|\.|$)"
)
# A signature: a name of two or three capitalised words opening a section's last line, a title
# after it ("Petter Arnback Regional utvecklingsdirektör, Region Örebro län").
_SIGNATURE = re.compile(
    r"^([A-ZÅÄÖ][a-zåäöéü]+[ -][A-ZÅÄÖ][a-zåäöéü]+(?:[ -][A-ZÅÄÖ][a-zåäöéü]+(?=,|$))?)(?=[\s,]|$)(?!\s+(?:är|har|och|som|i|på|för)\b)"
)

# How title pages label a document's facts; the value runs to the end of the line (or "|").
_FIELD_LABELS = {
    "author": re.compile(r"^\s*(?:författare|författad av|skriven av|utredare|rapportförfattare|ansvarig|author)\s*:\s*(?P<v>[^|]{3,80})", re.I),
    "date": re.compile(r"^\s*(?:datum|daterad|publicerad|datum för beslut|beslutsdatum|date)\s*:\s*(?P<v>[^|]{4,40})", re.I),
    "organisation": re.compile(r"^\s*(?:utgivare|organisation|uppdragsgivare|publisher)\s*:\s*(?P<v>[^|]{3,80})", re.I),
}


_GENERIC_STEMS = frozenset(stem(w) for w in _GENERIC)


def _stems(text: str) -> list[str]:
    return [stem(w) for w in words(text) if w not in STOPWORDS and len(w) > 1 and w.isalpha()]


def _title_stems(d: Document | None, path: str) -> frozenset[str]:
    """The stems of a document's title and file name: the words that name it."""
    name = path.rsplit("/", 1)[-1].rsplit(".", 1)[0].replace("_", " ")
    return frozenset(_stems(f"{d.title if d else ''} {name}"))


def _name_stems(d: Document, pages: list[str]) -> list[str]:
    name = d.path.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    first_lines = " ".join((pages[0] if pages else "").splitlines()[:12])
    # Words joined by a line-break hyphen on the title page ("Kompetens-\nförsörjningsplan").
    first_lines += " " + re.sub(r"-\s*\n\s*", "", pages[0][:400]) if pages else ""
    return _stems(f"{d.title} {re.sub(r'[_.-]+', ' ', name)} {first_lines}")


def _prefix_in(s: str, names: frozenset[str], longer_by: int | None = None) -> bool:
    """A question stem matches a name stem, also as a compound's head ("februarinumret" ~
    "februari"), an inflection ("granskningsrapporten" ~ "granskning") or a file name written
    without Swedish letters ("uppfoljning"). ``longer_by``: how many letters a name may add to
    the question's word – an inflection's or a derivation's few ("förlänga" ~ "förlängningen"),
    not a compound that goes on to another thing ("ändringar" is no "ändringsansökan")."""
    s = plain(s)
    names = {plain(n) for n in names}
    if s in names:
        return True
    return len(s) >= 5 and any(
        len(n) >= 5 and (s.startswith(n) or (n.startswith(s) and (longer_by is None or len(n) - len(s) <= longer_by)))
        for n in names
    )


def _match_strength(s: str, names: frozenset[str]) -> float:
    """How fully a name stem says a question stem: 1 for the same stem, else the shorter's share
    of the longer where one begins the other; 0 for none."""
    s = plain(s)
    best = 0.0
    for n in names:
        n = plain(n)
        if n == s:
            return 1.0
        if len(s) >= 5 and len(n) >= 5 and (s.startswith(n) or n.startswith(s)):
            best = max(best, min(len(s), len(n)) / max(len(s), len(n)))
    return best


def _share(stems: list[str], text: str) -> float:
    have = set(_stems(text))
    got = sum(1 for s in stems if s in have or (len(s) >= 4 and any(h.startswith(s) for h in have)))
    return got / len(stems)


_TOPIC = re.compile(
    r"\b(?:om|upp|nämner|berör|behandlar|innehåller|mention|discuss|cover|about|on)\s+(?P<t>.+?)(?:\s+(?:i|in)\s+(?:materialet|kunskapsbanken|dokumenten|the documents|the material))?\s*\??$"
)


def _topic_of(question: str) -> str:
    q = question.strip().rstrip("?.! ")
    m = _TOPIC.search(q)
    topic = m.group("t") if m else q
    return re.sub(r"^(?:något|någonting|nåt)\s+(?:om\s+)?", "", topic).strip()


def _top_section(section: str, depth: int = 1) -> str | None:
    """The section a chunk belongs to, ``depth`` levels under the document title."""
    parts = [p.strip() for p in section.split(" > ") if p.strip()] if section else []
    if not parts:
        return None
    head = parts[min(depth, len(parts) - 1)]
    if fold(head) in ("innehåll", "innehållsförteckning", "contents"):
        return None
    return head


_BULLET_MARK = re.compile(r"^[•*–-]\s*")
# an item numbered in its text: "1. Inrätta en gemensam samordnare …", "2) Verka för …"
_NUMBERED_ITEM = re.compile(r"^\s*\d{1,2}[.)]\s+[A-ZÅÄÖ]")
_NUMBERED_ITEM_MARK = re.compile(r"^\s*\d{1,2}[.)]\s+")
# A question that asks what a document found or concluded ("vad kom analysen fram till", "vilka
# slutsatser drar …", "what did the report conclude").
_FINDINGS_ASKED = re.compile(r"\bkom(?:mit|mer)?\s+fram\s+till\b|\bslutsats|\bkonstater|\bconclu|\bfindings?\b|\bfound\b")
# At most this many points of a section of conclusions are quoted.
MAX_CONCLUSIONS = 8
MAX_TOPIC_ROWS = 12


def _prose(text: str) -> bool:
    """A sentence worth quoting in a summary: words, not a table row, a list item or a note."""
    letters = re.findall(r"[^\W\d_]{2,}", text)
    return (
        len(letters) >= 8
        and len(re.findall(r"\d+", text)) <= len(letters) / 4
        and not text.lstrip().startswith(("•", "-", "–"))
        and text.rstrip().endswith((".", "!", "?", ")"))
    )


def _is_summary_heading(head: str) -> bool:
    return bool(re.search(r"sammanfattning|sammandrag|slutsats|summary|conclusion", fold(head)))


def _display_title(d: Document) -> str:
    t = (d.title or "").strip()
    return t if _plausible_title(t) else d.path.rsplit("/", 1)[-1]


def _plausible_title(title: str) -> bool:
    """A title, not a web address or a PDF producer's placeholder ("alingsas.se", "Tagged PDF")."""
    t = fold(title)
    return bool(t) and not re.search(r"\.(se|com|org|nu|net)\b|^www\.|^(tagged pdf|untitled|microsoft word)", t)


def title_lines(page: str, max_lines: int = 3) -> str:
    """The first title-like lines of a title page, joined ("Kompetensförsörjningsplan Barn- och
    ungdomsnämnden"): lines with words, no web address, page number or field ("Datum: …")."""
    text = re.sub(r"(\w)-\s*\n\s*(\w)", r"\1\2", page)  # "Kompetens-\nförsörjningsplan"
    out: list[str] = []
    for ln in text.splitlines():
        ln = re.sub(r"\s+", " ", ln).strip()
        if not ln:
            continue
        if out and re.fullmatch(r"(19|20)\d\d(-\d\d){0,2}", ln):
            out.append(ln)  # the date under a title ("Protokoll" / "2026-06-16")
            continue
        letters = re.findall(r"[^\W\d_]{2,}", ln)
        if not letters or not _plausible_title(ln) or re.search(r"\|", ln) or ":" in ln or re.fullmatch(r"[\d\s()/.-]+", ln):
            if out:
                break
            continue
        out.append(ln)
        if len(out) >= max_lines:
            break
    return " ".join(out)


def _describe(d: Document) -> str:
    bits = [d.path.rsplit("/", 1)[-1]]
    if d.pages:
        bits.append(f"{d.pages} sidor")
    for v in (d.organisation, d.author, d.date):
        if v:
            bits.append(v)
    return ", ".join(bits)

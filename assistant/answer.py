"""What the assistant returns: an answer with its citations, figures and computation."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from enum import StrEnum


class Route(StrEnum):
    """Which part of the engine answered."""

    STATS = "stats"  # a computed figure from a table
    DOCUMENTS = "documents"  # quoted sentences from documents
    CATALOG = "catalog"  # what the knowledge base holds (documents, tables, summaries)


@dataclass(frozen=True)
class Citation:
    n: int
    document: str
    page: int | None
    text: str  # the quoted words, verbatim from the chunk
    section: str = ""
    passage: str = ""  # the chunk the quote stands in (for highlighting in the UI)
    verified: bool = True  # the quote was found on that page of the document


@dataclass(frozen=True)
class Source:
    document: str
    page: int | None
    table: str  # caption
    table_id: str = ""
    rows: tuple[str, ...] = ()  # row labels the figure came from


@dataclass(frozen=True)
class Figure:
    label: str  # row label(s), e.g. "Örebro_Västhaga-Solhaga"
    value: float
    unit: str | None
    metric: str  # column name, e.g. "Sjuka/arbetskraft"
    source: Source
    display: str = ""  # Swedish formatted value, "10,85 %"
    is_total: bool = False  # a total row quoted for comparison
    derived: bool = False  # computed from other figures (a difference, a count from a share and a base)


@dataclass(frozen=True)
class Computation:
    description: str  # in Swedish words
    pandas: str  # the equivalent pandas expression (documentation, never executed)

    def __str__(self) -> str:
        return f"{self.description} — `{self.pandas}`"


@dataclass
class Answer:
    question: str
    answered: bool
    route: Route
    answer: str  # Swedish Markdown
    citations: list[Citation] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    computation: Computation | None = None
    warnings: list[str] = field(default_factory=list)  # e.g. sources that contradict each other
    suggestions: list[str] = field(default_factory=list)
    # How the question was read, in one Swedish line ("Jag läste frågan som: …"); "" when trivial.
    reading: str = ""
    # Other readings, each a question text the engine answers exactly as it reads it. When the
    # engine asks back instead of answering, answered is False and these are the choices.
    alternatives: list[str] = field(default_factory=list)
    # What was done to the question before answering ("Tolkade 'sjukskrivnig' som 'sjukskrivning'").
    notes: list[str] = field(default_factory=list)
    # The fitted probability that the answer is right: the statistics resolver's confidence in
    # its reading, or the answerability gate's for the best quote; None when not estimated
    # (definitions, questions about the knowledge base, refusals).
    confidence: float | None = None
    # Of a statistics refusal: the period asked for that the table lacks – a document passage
    # that speaks of it may answer instead. Not part of the JSON.
    lacking: str = ""

    def to_dict(self) -> dict:
        d = asdict(self)
        d.pop("lacking", None)
        d["computation"] = (
            {"description": self.computation.description, "pandas": self.computation.pandas}
            if self.computation
            else None
        )
        for c in d["citations"]:
            c.pop("passage", None)
        return d

    def to_text(self) -> str:
        out = [f"_{n}_" for n in self.notes] + ([self.reading] if self.reading else []) + [self.answer]
        if self.figures:
            out.append("\nSiffror:")
            for f in self.figures:
                page = f", s. {f.source.page}" if f.source.page else ""
                out.append(f"  {f.label}: {f.display} ({f.metric}; {f.source.table}, {f.source.document}{page})")
        if self.computation:
            out.append(f"\nSå räknade vi: {self.computation.description}\n  {self.computation.pandas}")
        if self.citations:
            out.append("\nKällor:")
            for c in self.citations:
                page = f", s. {c.page}" if c.page else ""
                out.append(f"  [{c.n}] {c.document}{page}: ”{c.text}”")
        for w in self.warnings:
            out.append(f"\n⚠ {w}")
        if self.alternatives:
            out.append("\nAndra sätt att läsa frågan:")
            out += [f"  – {a}" for a in self.alternatives]
        return "\n".join(out)

"""A reading of a question – one (table, value column) with its query – and what a follow-up keeps.

The resolver (``resolve.py``) makes readings and weighs them; ``build.py`` fills in each one's
``StatQuery``, or says what the table lacks for it (``missing_*``).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .profile import Profile, ValueColumn, ValueMatch
from .query import StatQuery


@dataclass(frozen=True)
class Context:
    """What a follow-up may reuse: the previous reading and the rows its answer named."""

    query: StatQuery
    labels: tuple[str, ...] = ()
    # how sure the turn that left this context was: a follow-up that goes on from a reading in
    # doubt, or from one the engine asked back about, is no surer than that reading
    confidence: float = 1.0
    # the rows the conversation's answers on this table named, oldest first ("Vivalla", then
    # "Varberga-Oxhagen"): "vilket av dem …" ranks them
    seen: tuple[str, ...] = ()


@dataclass
class Reading:
    profile: Profile
    column: ValueColumn
    features: dict[str, float]
    probability: float = 0.0  # share of the ranker's probability among all candidates
    score: float = 0.0
    query: StatQuery | None = None
    matches: list[ValueMatch] = field(default_factory=list)
    missing_period: str | None = None
    missing_breakdown: str | None = None  # "kön": the question asks for a split the table lacks
    missing_place: str | None = None  # "Uppsala län": the question asks for a county the table lacks
    missing_row: str | None = None  # "estetiska programmet": a row of the table's kind that it lacks
    missing_kind: str | None = None  # "kommun": the question ranks places, the table's rows are another kind
    missing_bar: str | None = None  # "länet": the question compares with a total row the table lacks
    missing_per: str | None = None  # "anställning": the question asks for a figure per something the table never names
    # "beviljade 2023" of cases with two dates: the dates other than the one the year was read on
    # whose year takes other cases (the question named none of them)
    other_dates: tuple[str, ...] = ()
    notes: list[str] = field(default_factory=list)

    @property
    def lacks_nothing(self) -> bool:
        """The table has the period, split, place, kind of rows and bar the question asks for."""
        return not (self.missing_period or self.missing_breakdown or self.missing_place or self.missing_kind or self.missing_bar)

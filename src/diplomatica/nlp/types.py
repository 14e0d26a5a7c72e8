"""Plain data types that the spaCy components of :mod:`diplomatica.nlp` attach to a ``Doc``.

Components and later stages communicate only through these types and the span groups and
extension attributes named below, so each component can be used alone in anyone's pipeline.

Span groups and extensions (registered by :func:`diplomatica.nlp.extensions.register`):

* ``doc._.dipl_doc_date``: ISO date string of the document itself (set by the caller), the anchor
  for "yesterday"/"today".
* ``doc.spans["dipl_time"]``: temporal expressions; ``span._.timex`` is a :class:`TimeValue`.
* ``doc.spans["dipl_entities"]``: states, organisations and people; ``span._.entity`` is an
  :class:`EntityRef`.
* ``doc._.dipl_events``: list of :class:`EventFact`; ``doc._.dipl_tenures``: list of
  :class:`TenureFact`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Granularity = Literal["day", "month", "season", "year", "decade", "century", "range", "approximate"]
EntityKind = Literal["person", "state", "organization", "place"]
Role = Literal["source", "target", "participant"]


@dataclass(frozen=True)
class TimeValue:
    """A normalised temporal expression.

    ``start``/``end`` are inclusive ISO dates bounding the expression ("1988-06-01",
    "1988-08-31"); either may be ``None`` for open ranges ("since 1966", "until 1971").
    ``value`` is the TIMEX3-style value ("1988-SU", "196X", "1984/1989", "P8Y" for durations).
    """

    text: str
    value: str
    start: str | None
    end: str | None
    granularity: Granularity
    kind: Literal["date", "range", "set", "duration"] = "date"
    resolved_from_context: bool = False
    anachronism: bool = False
    duration_years: float | None = None  # for kind == "duration"

    def bounds(self) -> tuple[str | None, str | None]:
        """Return ``(start, end)`` as ISO strings at the precision the expression states.

        "June 1988" gives ("1988-06", "1988-06"), "the 1960s" ("1960", "1969"), "from 1984 to
        1989" ("1984", "1989"); day-precise ranges keep their days.
        """
        if self.granularity == "range" and self.start and self.end:
            if self.start.endswith("-01-01") and self.end.endswith("-12-31"):
                return self.start[:4], self.end[:4]
            return self.start, self.end
        return _at_precision(self.start, self.granularity), _at_precision(
            self.end, self.granularity
        )


def _at_precision(value: str | None, granularity: str) -> str | None:
    """Cut an ISO date to the precision of ``granularity`` ("1988-06-01", month -> "1988-06")."""
    if value is None:
        return None
    if granularity in ("year", "decade", "century", "approximate"):
        return value[:4]
    if granularity in ("month", "season"):
        return value[:7]
    if granularity == "range" and (value.endswith("-01-01") or value.endswith("-12-31")):
        return value[:4]
    return value


@dataclass(frozen=True)
class EntityRef:
    """What a mention refers to: a state (``key`` is ISO 3166 alpha-3, e.g. "MNG", "SUN"), an
    organisation (``key`` like "MPRP"), a person (``key`` a normalised name) or a place."""

    kind: EntityKind
    key: str
    name: str  # canonical display name
    country: str | None = None  # ISO3 of the state the entity belongs to or acts for
    title: str | None = None  # for people: office or title stated in context


@dataclass
class Actor:
    """One participant of an event."""

    name: str
    id: str
    kind: EntityKind
    country: str | None
    role: Role


@dataclass
class EventFact:
    """A diplomatic event stated by one passage of one document.

    ``start``/``end`` of the evidence are character offsets into the ``Doc`` text; the build
    pipeline maps them back to the original file.
    """

    type: str  # one of the ontology's event types, e.g. "VISIT"
    trigger: str
    evidence_start: int
    evidence_end: int
    countries: list[str] = field(default_factory=list)  # ISO3, sorted
    actors: list[Actor] = field(default_factory=list)
    date: TimeValue | None = None
    place: str | None = None
    confidence: float = 0.5
    attributes: dict[str, object] = field(default_factory=dict)  # title, term, goods, quantity...
    notes: list[str] = field(default_factory=list)  # labels of the endnotes the sentence cites
    plover: str | None = None  # PLOVER "TYPE/mode", set from the ontology by the extractor
    cameo: str | None = None  # nearest CAMEO code

    def evidence_spans(self) -> list[tuple[int, int]]:
        """Return every ``(start, end)`` stating this event: the main span, then any merged
        repeat mentions (kept in ``attributes["evidence"]``)."""
        spans = self.attributes.get("evidence")
        if isinstance(spans, list) and spans:
            return [(int(a), int(b)) for a, b in spans]
        return [(self.evidence_start, self.evidence_end)]


@dataclass
class TenureFact:
    """A person holding an office for a state, possibly accredited to another ("to")."""

    person: str
    person_id: str
    role: str  # e.g. "ambassador", "foreign minister"
    country: str | None  # ISO3 of the state served
    to: str | None  # ISO3 of the host state, for envoys
    start: str | None
    end: str | None
    evidence_start: int
    evidence_end: int
    confidence: float = 0.5

"""The state tenure extraction keeps per document (the tenures told so far, offices stated
without dates, appointments waiting for a name) and how a stated tenure becomes a fact: which
state the holder serves and where (an envoy's host)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Span, Token

from diplomatica.nlp.events.context import DocContext, Mention
from diplomatica.nlp.events.tenure_base import MILITARY_TITLES, lemma_of
from diplomatica.nlp.events.tenure_links import name_mention, person_at, subject_person
from diplomatica.nlp.events.tenure_roles import MISSION_BODIES, is_diplomatic, office_states
from diplomatica.nlp.gazetteer import Person, famous_person
from diplomatica.nlp.gazetteer import person_key as gazetteer_person_key
from diplomatica.nlp.types import TenureFact

_TRIP_PURPOSES = frozenset(
    ["consultation", "talk", "negotiation", "holiday", "vacation", "treatment", "visit", "leave"]
)


HOLD_VERBS = frozenset(["hold", "occupy", "keep", "retain"])


SUCCESSION_POSTS = frozenset(["office", "post", "position", "capacity", "function"])
# what a holder is "in" or "on" while in office: "in office", "in power", "on the throne"


_INITIAL = re.compile(r"^(?:(?:[A-Z][a-z]?\.)+|[A-Z]{1,3}\.?)$")


_STATE_ATTR = "_dipl_tenure_state"


def person_key(name: str) -> str:
    """Return the gazetteer key of a person's name with initials dropped ("J. Batmunkh" ->
    "batmunkh", "Kim Il-sung" -> "kim il sung")."""
    parts = [p for p in name.split() if not _INITIAL.match(p)]
    return gazetteer_person_key(" ".join(parts).strip(".,"))


@dataclass
class PendingAppointment:
    """An appointment whose appointee is named only in the next sentence."""

    role: str
    start: str | None
    end: str | None
    country: str | None
    to: str | None
    sentence: int
    paragraph: int


@dataclass
class TenureState:
    """The tenures told so far in a document, the offices stated without dates and the
    appointments whose appointee the next sentence may name."""

    history: list[TenureFact] = field(default_factory=list)
    pending: list[PendingAppointment] = field(default_factory=list)
    sentence: int = 0
    undated: list[TenureFact] = field(default_factory=list)  # offices stated without dates


def tenure_state(ctx: DocContext) -> TenureState:
    """Return the tenure state of the document ``ctx`` reads (made on first use)."""
    state = getattr(ctx, _STATE_ATTR, None)
    if not isinstance(state, TenureState):
        state = TenureState()
        setattr(ctx, _STATE_ATTR, state)
    return state


def same_holder(name: str, other: str) -> bool:
    """Return whether two names may name the same person: the key words of one (initials and
    titles left out) are all among the other's ("Tsedenbal", "Yu. Tsedenbal")."""
    a, b = _key_words(name), _key_words(other)
    if not (a and b and (a <= b or b <= a)):
        return False
    if _patronym(name) and _patronym(other) and _patronym(name) != _patronym(other):
        return False  # "Hamad bin Khalifa" is not "Khalifa bin Hamad", his father
    # "V. P. Singh" is not "Marich Man Singh Shrestha": a name written with initials shares
    # the other's surname
    return not (_initialled(name) or _initialled(other)) or _surname(name) == _surname(other)


_PATRONYMIC_LINKS = frozenset(["bin", "ibn", "bint"])


@lru_cache(maxsize=4096)
def _patronym(name: str) -> tuple[str, str] | None:
    """The given name and the father's of an Arabic name ("Hamad bin Khalifa Al Thani" ->
    ("hamad", "khalifa")), else None."""
    words = [w for w in person_key(name).split() if w not in ("sheikh", "sultan", "emir")]
    i = next((k for k, w in enumerate(words) if w in _PATRONYMIC_LINKS), None)
    if i is None or i == 0 or i + 1 >= len(words):
        return None
    return words[i - 1], words[i + 1]


_NAME_SUFFIXES = frozenset(["jr", "sr", "ii", "iii", "iv"])


@lru_cache(maxsize=4096)
def _initialled(name: str) -> bool:
    """Whether a name is written with two initials or more ("V. P. Singh"; one letter may be
    a truncated name or "M." a Monsieur)."""
    return sum(1 for p in name.split() if _LETTER_INITIAL.match(p)) >= 2


@lru_cache(maxsize=4096)
def _surname(name: str) -> str:
    """The last word of a name's key, suffixes ("Jr.") left out."""
    words = person_key(name).split()
    while len(words) > 1 and words[-1] in _NAME_SUFFIXES:
        words.pop()
    return words[-1] if words else ""


@lru_cache(maxsize=4096)
def _key_words(name: str) -> frozenset[str]:
    # cached: same_holder runs over the document's whole tenure history for every candidate
    return frozenset(person_key(name).split())


def latest_tenure(
    state: TenureState, local: list[TenureFact], person: Mention
) -> TenureFact | None:
    """Return the last tenure told (in ``local``, then the document) of a person whose name
    shares its key words with ``person``'s, or None."""
    for t in [*reversed(local), *reversed(state.history)]:
        if same_holder(person.ref.name, t.person):
            return t
    return None


def open_at(tenure: TenureFact, date: str) -> bool:
    """Return whether ``tenure`` began by the year of ``date`` (an ISO date) and has no end:
    the office its holder still held then."""
    return tenure.start is not None and tenure.end is None and tenure.start[:4] <= date[:4]


def last_office(
    state: TenureState, local: list[TenureFact], person: Mention, sent: Span
) -> TenureFact | None:
    """Return the person's last stated tenure, dated or not ("Foreign Minister X, who served
    from A to B": the office is the title stated without dates)."""
    known = [t for t in state.undated if t.evidence_start <= sent.start_char]
    return latest_tenure(state, local, person) or latest_tenure(
        TenureState(history=known), [], person
    )


_LETTER_INITIAL = re.compile(r"^[A-Z]\.$")


def _initialled_statesman(name: str, year: int) -> Person | None:
    """Return the gazetteer statesman ``name`` names, also when written with initials before
    the surname ("P. E. Trudeau", "A. A. Gromyko"): the one bearing that surname whose given
    names start with those initials."""
    famous = famous_person(name, year)
    words = name.split()
    if (
        famous is not None
        or len(words) < 2
        or not all(_LETTER_INITIAL.match(w) for w in words[:-1])
    ):
        return famous
    found = famous_person(words[-1], year)
    if found is None or found.surname != words[-1]:
        return None
    initials = [w[0] for w in words[:-1]]
    for full in (found.name, *found.variants):
        given = [w[0] for w in full.split()[: -len(found.surname.split())]]
        shorter = min(len(given), len(initials))
        if shorter and given[:shorter] == initials[:shorter]:
            return found
    return None


def recorded_office(
    person: Mention, dates: tuple[str | None, str | None]
) -> tuple[str, str | None] | None:
    """Return the office (role, state) the gazetteer records for a statesman in the years of
    ``dates`` ("X, who had ruled Pakistan since 1958": his presidency), or the one title he
    held across a change of state; None when the name is unknown or no one office spans those
    years."""
    years = {int(d[:4]) for d in dates if d}
    if not years:
        return None
    famous = _initialled_statesman(person.ref.name, min(years))
    if famous is None:
        return None
    held = {
        (o.title, o.iso3)
        for o in famous.offices
        if all((o.start is None or o.start <= y) and (o.end is None or y <= o.end) for y in years)
    }
    if len(held) == 1:
        return held.pop()
    # "headed the party from 1960 until 1986": one title held through a change of state
    spans = sorted(
        (o.start or 0, o.title, o.iso3)
        for o in famous.offices
        if (o.start is None or o.start <= max(years)) and (o.end is None or min(years) <= o.end)
    )
    if not held and spans and len({title for _, title, _ in spans}) == 1:
        return spans[0][1], spans[0][2]
    return None


def verb_destination(verb: Token, ctx: DocContext) -> str | None:
    """The state a verb sends to: "to/in/at P", also "to the embassy in P"."""
    for c in verb.children:
        if c.dep_ in ("prep", "dative") and c.lower_ in ("to", "in", "at"):
            for p in c.children:
                m = ctx.mention_at(p)
                if p.dep_ == "pobj" and m is not None and m.state:
                    return m.state
                if p.dep_ == "pobj" and lemma_of(p) in MISSION_BODIES:
                    return office_states(p, ctx)[1]
        m = ctx.mention_at(c)
        if c.dep_ == "dobj" and lemma_of(verb) == "reach" and m is not None and m.state:
            return m.state  # "reached Beijing as chargé d'affaires"
    return None


def _holy_see_envoy(role: str) -> bool:
    """Return whether ``role`` is an envoy of the Holy See (nuncio, apostolic delegate)."""
    return "nuncio" in role or "apostolic" in role


def _end_after_start(dates: tuple[str | None, str | None], ctx: DocContext) -> str | None:
    """Return the end of ``dates``, moved to the document's year when a month stated without
    its year was read in the start's year and so falls before the start ("from October 1958
    until April" in a record of 1960: April 1960); unchanged when that does not mend it."""
    start, end = dates
    if start is None or end is None or len(end) < 7 or end[:4] != start[:4] or end >= start:
        return end
    written = ctx.doc._.dipl_doc_date
    if not isinstance(written, str) or len(written) < 4:
        return end
    moved = written[:4] + end[4:]
    return moved if start <= moved <= written else end


def tenure_fact(
    person: Mention,
    role: str,
    served: str | None,
    host: str | None,
    dates: tuple[str | None, str | None],
    sent: Span,
    ctx: DocContext,
    confidence: float,
) -> TenureFact:
    """Return the tenure fact of ``person`` in ``role``: the state served is ``served``, else
    the person's own state, else the document's main state other than the host; ``to`` is the
    host of a diplomatic post only."""
    if _holy_see_envoy(role):
        # a nuncio always represents the Holy See, wherever the text places him
        served = "VAT"
        host = host if host != "VAT" else None
        host = host or next((s for s in ctx.main_states if s != "VAT"), None)
    visited = _destinations(person, sent, ctx)
    if host is None and is_diplomatic(role) and visited.get("arrive"):
        host = visited["arrive"]  # "the Polish ambassador, X, arrived in Belgrade in 1957"
    home = [s for s in ctx.main_states if s != host and s not in visited.values()]
    own = person.ref.country
    if own is not None and own == host and is_diplomatic(role):
        own = None  # "X, ambassador to India": the state near the title is the host
    country = served or own or (home[0] if home else None)
    to = host if is_diplomatic(role) and host != country else None
    dates = (dates[0], _end_after_start(dates, ctx))
    return TenureFact(
        person=without_rank(person.ref.name),
        person_id=person.ref.key,
        role=role,
        country=country,
        to=to,
        start=dates[0],
        end=dates[1],
        evidence_start=sent.start_char,
        evidence_end=sent.end_char,
        confidence=confidence,
    )


def without_rank(name: str) -> str:
    """Return ``name`` without the military rank it opens with ("General de Gaulle" -> "de
    Gaulle", "Field Marshal X Y" -> "X Y"): a style, not part of the name (the name's words
    stay a subset of the full name's, as a person's key is compared)."""
    words = name.split()
    ranks = 0
    while n := _rank_length(words[ranks:]):  # "Lieutenant Colonel X": both ranks go
        ranks += n
    return " ".join(words[ranks:]) if ranks else name


def _rank_length(words: list[str]) -> int:
    """Return how many of ``words`` (one or two) a military rank opening them takes, 0 when
    none does or nothing would be left of the name."""
    for n in (2, 1):
        if len(words) > n and " ".join(words[:n]).lower().rstrip(".") in MILITARY_TITLES:
            return n
    return 0


_TRAVEL_VERBS = frozenset(["visit", "travel", "fly", "go", "come", "tour", "arrive", "reach"])


def _destinations(person: Mention, sent: Span, ctx: DocContext) -> dict[str, str]:
    """The states ``person`` travels to in ``sent`` ("X visited Brasilia": not X's own state),
    keyed by "arrive" for an arrival and "travel" for other travel."""
    out: dict[str, str] = {}
    for verb in sent:
        lemma = lemma_of(verb)
        if verb.pos_ != "VERB" or lemma not in _TRAVEL_VERBS:
            continue
        subject = subject_person(verb, ctx)
        if subject is None or subject.ref.key != person.ref.key:
            continue
        place = verb_destination(verb, ctx)
        if place is None and lemma == "visit":
            obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
            m = ctx.mention_at(obj) if obj is not None else None
            place = m.state if m is not None and m.ref.kind != "person" else None
        if place is not None:
            out["arrive" if lemma in ("arrive", "reach") else "travel"] = place
    return out


def slot_person(token: Token | None, ctx: DocContext) -> Mention | None:
    """The person in a slot only a person fills (a missed proper name becomes a mention)."""
    if token is None:
        return None
    person = person_at(token, ctx)
    if person is None and token.pos_ == "PROPN" and ctx.mention_at(token) is None:
        return name_mention(token)
    return person


OWN_POSSESSIVES = frozenset(["his", "her", "their"])


# Infinitives that tell how long one stayed after a journey, not what it was made for.
# "left P to become X" is a move to another post, not a trip made for a purpose
_STAYING_VERBS = frozenset(["stay", "remain", "serve", "become"])


def purposeful(verb: Token) -> bool:
    """A journey made for a purpose ("for talks", "to attend") is a trip, not a move ("went to
    Delhi as ambassador, to stay there until 1975" tells a stay, no purpose)."""
    for c in verb.children:
        infinitive = c.dep_ == "advcl" and any(
            a.dep_ == "aux" and a.lower_ == "to" for a in c.children
        )
        if infinitive and lemma_of(c) not in _STAYING_VERBS:
            return True
        for_trip = c.dep_ == "prep" and c.lower_ == "for"
        if for_trip and any(lemma_of(p) in _TRIP_PURPOSES for p in c.children):
            return True
    return False

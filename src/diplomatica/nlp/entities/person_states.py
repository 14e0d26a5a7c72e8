"""The state a person acts for, shared across the document: the majority over a person's
mentions, a family's one state for a bare surname, and lists after "on the X side" or a
record's "United States:"."""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc, Span

from diplomatica.nlp.entities.mention import Mention, bare_surname_key
from diplomatica.nlp.entities.names import without_possessive
from diplomatica.nlp.entities.surnames import surname_index
from diplomatica.nlp.entities.title_holders import record_header_end
from diplomatica.nlp.gazetteer import person_key
from diplomatica.nlp.types import EntityRef


def _display_names(people: list[Mention]) -> dict[str, str]:
    names: dict[str, str] = {}
    for person in people:
        text = without_possessive(" ".join(person.span.text.split()))
        if len(text) > len(names.get(person.ident, "")):
            names[person.ident] = text
    return names


def share_person_countries(people: list[Mention]) -> None:
    """A person acts for one state in a document: every mention takes the country stated most
    often next to that person's titles (context beside one mention can name the other party)."""
    names = _display_names(people)
    countries: dict[str, Counter[str]] = {}
    for person in people:
        if person.ref is not None and person.ref.country:
            countries.setdefault(person.ident, Counter())[person.ref.country] += 1
    for person in people:
        ref = person.ref
        if ref is None:
            continue
        country = ref.country
        famous = person.famous.country_in(person.year) if person.famous else None
        if person.famous is not None and (country or famous):
            # A statesman: the state stated beside this mention, else the one he acted for
            # that year ("Yeltsin" is Soviet in 1990 and Russian in 1995); a state he never
            # acted for is the other party ("Premier Zhou Enlai stopped in New Delhi").
            served = {iso3 for iso3, _, _ in person.famous.countries}
            country = country if country in served else famous or country
        elif person.ident in countries:
            country = countries[person.ident].most_common(1)[0][0]
        person.ref = EntityRef("person", ref.key, names[ref.key], country, ref.title)


def give_family_states_to_bare_surnames(people: list[Mention]) -> None:
    """ "Papandreou" in a text naming George and Andreas Papandreou: the bare surname is
    ambiguous between them, but when they all acted for one state it is that state's."""
    states = surname_index(
        (person_key(p.span[-1].text), p.ref.country)
        for p in people
        if len(p.span) > 1 and p.ref is not None and p.span[-1].is_title
    )
    for person in people:
        ref = person.ref
        if ref is None or ref.country is not None or len(person.span) != 1:
            continue
        found = states.get(bare_surname_key(person), set())
        if len(found) == 1 and None not in found:
            country = next(iter(found))
            person.ref = EntityRef("person", ref.key, ref.name, country, ref.title)


_SIDE_REACH = 60


# A semicolon separates the members of a list ("side: Minister A; Director B"), not the sides.
_SIDE_STOPS = frozenset({".", "!", "?"})


def give_sides_to_listed_people(doc: Doc, people: list[Mention], linked: list[Mention]) -> None:
    """ "Present on the Finnish side: A, B and C", "On the Soviet side the talks were attended
    by X and Y": the people listed after "on the <state> side" (up to the end of the sentence
    or the next side) act for that state, unless their own state is stated."""
    header = record_header_end(doc)
    sides = [
        (m.span.end + 1, m.ref.country)
        for m in linked
        if m.ref is not None
        and m.ref.kind == "state"
        and m.ref.country
        and (_names_a_side(m.span) or (m.span.start < header and _labels_a_side(m.span)))
    ]
    if not sides:
        return
    starts = sorted(start for start, _ in sides)
    for start, country in sides:
        end = _side_end(doc, start, starts)
        for person in people:
            ref = person.ref
            if ref is None or ref.country is not None or ref.kind != "person":
                continue
            if start <= person.span.start < end:
                person.ref = EntityRef("person", ref.key, ref.name, country, ref.title)


def _names_a_side(span: Span) -> bool:
    """ "on the Japanese side", "On the side of ..." is not: the state word between "on the"
    and "side"."""
    doc = span.doc
    if span.start < 2 or span.end >= len(doc) or doc[span.end].lower_ != "side":
        return False
    return doc[span.start - 1].lower_ == "the" and doc[span.start - 2].lower_ in ("on", "from")


_LABEL_MARKS = frozenset([":", "-", "–", "—"])


def _labels_a_side(span: Span) -> bool:
    """ "United States: The President; ...", "India - Prime Minister Indira Gandhi": a state
    name opening a line (or a sentence) of a record's list of participants, before a colon or
    a dash."""
    doc = span.doc
    if span.end >= len(doc) or doc[span.end].text not in _LABEL_MARKS:
        return False
    if span.start == 0:
        return True
    before = doc[span.start - 1]
    return "\n" in before.text_with_ws or before.text in (".", ":")


def _side_end(doc: Doc, start: int, side_starts: list[int]) -> int:
    """Return where the list after a side marker ends: a sentence end, a blank line, the next
    side marker or ``_SIDE_REACH`` tokens."""
    later = [s for s in side_starts if s > start]
    limit = min([start + _SIDE_REACH, len(doc), *[s - 3 for s in later]])
    for i in range(start, limit):
        if doc[i].text in _SIDE_STOPS or "\n\n" in doc[i].text_with_ws:
            return i
    return limit


def _knighted(person: Mention) -> bool:
    """Return whether the mention is "Sir X" (the honorific inside it or just before it),
    not set after a realm's "Governor-General"."""
    span = person.span
    doc = span.doc
    at = span.start if span[0].text == "Sir" else span.start - 1
    if at < 0 or doc[at].text != "Sir":
        return False
    before = [t.lower_ for t in doc[max(0, at - 4) : at]]
    return not any(w.startswith("governor") for w in before)


def give_knights_the_british_state(people: list[Mention]) -> None:
    """``General Sir X arrived in Amman``: a knight whose state the document tells nowhere is
    British (the honorific is the Crown's); give every mention of such a person GBR."""
    known = {p.ident for p in people if p.ref is not None and p.ref.country}
    knights = {p.ident for p in people if p.ident not in known and _knighted(p)}
    for person in people:
        ref = person.ref
        if ref is not None and person.ident in knights:
            person.ref = EntityRef("person", ref.key, ref.name, "GBR", ref.title)

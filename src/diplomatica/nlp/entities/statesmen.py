"""Linking person mentions to gazetteer statesmen: by key, full name, initial and surname, and
a lone surname after an office title."""

from __future__ import annotations

import re

from diplomatica.nlp.entities.mention import INITIAL_TOKEN, Mention
from diplomatica.nlp.gazetteer import Gazetteer, Person, person_key


def link_famous(people: list[Mention], gaz: Gazetteer) -> None:
    """Give mentions of gazetteer statesmen the gazetteer key (all spellings meet) and keep the
    person for country look-ups."""
    for person in people:
        if len(person.span) == 1 and " " in person.ident and person.ident not in gaz.people:
            continue  # "Heath" after "William W. Heath": the document's man, not the statesman
        found = _famous_for(person, gaz)
        if found is not None:
            person.famous = found
            person.ident = found.key
    _link_shared_surnames(people)


def _link_shared_surnames(people: list[Mention]) -> None:
    """A surname shared by several statesmen ("Gandhi", "Bush") names, alone, the one of them
    whose full name the document gives ("Rajiv Gandhi ... Mr. Gandhi")."""
    named: dict[str, set[str]] = {}
    statesman: dict[str, Person] = {}
    for person in people:
        if person.famous is not None and len(person.span) > 1:
            surname = person_key(person.famous.surname)
            named.setdefault(surname, set()).add(person.famous.key)
            statesman[surname] = person.famous
    for person in people:
        if person.famous is not None or len(person.span) != 1:
            continue
        surname = person_key(re.sub(r"['’]s$", "", person.span.text))
        if len(named.get(surname, ())) == 1:
            person.famous = statesman[surname]
            person.ident = statesman[surname].key


def _famous_for(person: Mention, gaz: Gazetteer) -> Person | None:
    keyed = gaz.people.get(person.ident)
    if keyed is not None and _initial_fits(person, keyed) and _may_stand_alone(person, keyed):
        return keyed
    text = re.sub(r"['’]s$", "", person.span.text)
    by_name = gaz.people_by_name.get(person_key(text), [])
    if len(by_name) == 1:
        return by_name[0]
    initials = [tok.text for tok in person.span if INITIAL_TOKEN.match(tok.text)]
    rest = [tok.text for tok in person.span if not INITIAL_TOKEN.match(tok.text)]
    if initials and len(rest) > 1:
        # "J. Broz Tito": the name without its initials, else its last word with the initial
        return _statesman_by_name(gaz, " ".join(rest)) or _statesman_by_initial(
            gaz, rest[-1], initials[0][:1].lower(), person.year
        )
    match = person.name_match
    if match is not None and match.shape == "initials":
        # "L.I. Brezhnev": the surname with a matching first initial.
        first = match.initials[:1]
        found = [
            p
            for p in gaz.people_by_surname.get(match.surname, [])
            if any(person_key(n).startswith(first) for n in (p.name, *p.variants))
        ]
    else:
        found = [p for p in gaz.people_by_surname.get(person_key(text), []) if p.bare]
    if len(found) > 1:
        found = [p for p in found if p.active_in(person.year)]
    return found[0] if len(found) == 1 else None


def _may_stand_alone(person: Mention, statesman: Person) -> bool:
    """A lone surname names a statesman by his key only if he is named by his surname alone
    ("Brezhnev"), not if the surname is too common to be his ("Ivanov" is not Igor Ivanov)."""
    if statesman.bare or person.name_match is not None:
        return True
    text = re.sub(r"['’]s$", "", person.span.text)
    return person_key(text) != person_key(statesman.surname)


def _initial_fits(person: Mention, statesman: Person) -> bool:
    """Whether the mention's first initial (if it has one) starts one of the statesman's names:
    "P. K. Ivanov" is not "Igor Ivanov"."""
    first = next((tok.text for tok in person.span if INITIAL_TOKEN.match(tok.text)), "")
    if not first or person.span[0].text != first:
        return True
    letter = person_key(first)[:1]
    return any(person_key(n).startswith(letter) for n in (statesman.name, *statesman.variants))


def _statesman_by_name(gaz: Gazetteer, text: str) -> Person | None:
    """Return the one gazetteer statesman with this full name or variant, else None."""
    found = gaz.people_by_name.get(person_key(text), [])
    return found[0] if len(found) == 1 else None


def _statesman_by_initial(
    gaz: Gazetteer, surname: str, initial: str, year: int | None
) -> Person | None:
    """Return the one statesman with this surname and a name starting with ``initial`` (active
    in ``year`` when several are), else None."""
    found = [
        p
        for p in gaz.people_by_surname.get(person_key(surname), [])
        if any(person_key(n).startswith(initial) for n in (p.name, *p.variants))
    ]
    if len(found) > 1:
        found = [p for p in found if p.active_in(year)]
    return found[0] if len(found) == 1 else None


def titled_statesman(person: Mention, gaz: Gazetteer) -> str | None:
    """ "President Bush": a lone surname after an office title names the statesman of that
    surname in office that year (the mention is linked to him), or, among several, the state
    they all acted for; else None. The title vouches for a surname too common to stand alone."""
    if len(person.span) != 1:
        return None
    text = re.sub(r"['’]s$", "", person.span.text)
    found = [p for p in gaz.people_by_surname.get(person_key(text), []) if p.active_in(person.year)]
    if len(found) == 1:
        person.famous = found[0]
        person.ident = found[0].key
        return found[0].country_in(person.year)
    states = {p.country_in(person.year) for p in found}
    return states.pop() if len(states) == 1 else None

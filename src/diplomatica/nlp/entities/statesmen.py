"""Linking person mentions to gazetteer statesmen: by key, full name, initial and surname, and
a lone surname after an office title."""

from __future__ import annotations

from diplomatica.nlp.entities.mention import INITIAL_TOKEN, Mention, bare_surname_key
from diplomatica.nlp.entities.names import without_possessive
from diplomatica.nlp.entities.surnames import surname_index
from diplomatica.nlp.gazetteer import Gazetteer, Person, person_key


def link_famous(people: list[Mention], gaz: Gazetteer) -> None:
    """Give mentions of gazetteer statesmen the gazetteer key (all spellings meet) and keep the
    person for country look-ups."""
    for person in people:
        if len(person.span) == 1 and " " in person.ident and person.ident not in gaz.people:
            continue  # "Heath" after "William W. Heath": the document's man, not the statesman
        found = _famous_for(person, gaz)
        if found is not None:
            _link_to(person, found)
    _link_shared_surnames(people)


def _link_to(person: Mention, statesman: Person) -> None:
    person.famous = statesman
    person.ident = statesman.key


def _link_shared_surnames(people: list[Mention]) -> None:
    """A surname shared by several statesmen ("Gandhi", "Bush") names, alone, the one of them
    whose full name the document gives ("Rajiv Gandhi ... Mr. Gandhi")."""
    named = surname_index(
        (person_key(p.famous.surname), p.famous)
        for p in people
        if p.famous is not None and len(p.span) > 1
    )
    for person in people:
        if person.famous is not None or len(person.span) != 1:
            continue
        found = named.get(bare_surname_key(person), set())
        if len(found) == 1:
            _link_to(person, next(iter(found)))


def _famous_for(person: Mention, gaz: Gazetteer) -> Person | None:
    keyed = gaz.people.get(person.ident)
    if keyed is not None and _initial_fits(person, keyed) and _may_stand_alone(person, keyed):
        return keyed
    text = without_possessive(person.span.text)
    by_name = _statesman_by_name(gaz, text)
    if by_name is not None:
        return by_name
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
        found = _statesman_by_initial(gaz, match.surname, match.initials[:1], person.year)
        if found is not None or not _monsieur(person, match.initials):
            return found
        text = match.surname
    bare = [p for p in gaz.people_by_surname.get(person_key(text), []) if p.bare]
    return _the_one(bare, person.year)


def _monsieur(person: Mention, initials: str) -> bool:
    """``M. Molotov``, ``M. Laval``: a lone "M." before a surname, in the French manner of
    British and translated records, is "Monsieur", no initial (when no statesman of that
    surname has a name starting with M, the surname stands alone)."""
    return initials == "m" and person.span[0].text == "M."


def _may_stand_alone(person: Mention, statesman: Person) -> bool:
    """A lone surname names a statesman by his key only if he is named by his surname alone
    ("Brezhnev"), not if the surname is too common to be his ("Ivanov" is not Igor Ivanov)."""
    if statesman.bare or person.name_match is not None:
        return True
    return bare_surname_key(person) != person_key(statesman.surname)


def _initial_fits(person: Mention, statesman: Person) -> bool:
    """Whether the mention's first initial (if it has one) starts one of the statesman's names:
    "P. K. Ivanov" is not "Igor Ivanov"."""
    first = next((tok.text for tok in person.span if INITIAL_TOKEN.match(tok.text)), "")
    if not first or person.span[0].text != first:
        return True
    return _has_name_starting(statesman, person_key(first)[:1])


def _has_name_starting(statesman: Person, initial: str) -> bool:
    """Whether the statesman's name or a variant of it starts with ``initial`` (lower case)."""
    return any(person_key(n).startswith(initial) for n in (statesman.name, *statesman.variants))


def _statesman_by_name(gaz: Gazetteer, text: str) -> Person | None:
    """Return the one gazetteer statesman with this full name or variant, else None."""
    found = gaz.people_by_name.get(person_key(text), [])
    return found[0] if len(found) == 1 else None


def _statesman_by_initial(
    gaz: Gazetteer, surname: str, initial: str, year: int | None
) -> Person | None:
    """Return the one statesman with this surname and a name starting with ``initial`` (active
    in ``year`` when several are), else None."""
    by_surname = gaz.people_by_surname.get(person_key(surname), [])
    return _the_one([p for p in by_surname if _has_name_starting(p, initial)], year)


def _the_one(found: list[Person], year: int | None) -> Person | None:
    """Return the only statesman of ``found``, or the only one active in ``year`` among
    several; else None."""
    if len(found) > 1:
        found = [p for p in found if p.active_in(year)]
    return found[0] if len(found) == 1 else None


# Titles a monarch bears before a regnal name alone ("King X of Y", "Emperor X").
ROYAL_TITLES = frozenset({"king"})


def titled_statesman(person: Mention, gaz: Gazetteer, title: str | None = None) -> str | None:
    """ "President Bush": a lone surname after an office title names the statesman of that
    surname in office that year (the mention is linked to him), or, among several, the state
    they all acted for; else None. The title vouches for a surname too common to stand alone.
    A royal title (``title`` "king") names only a monarch, any other title no monarch: "King
    Hussein" is not Saddam Hussein, "President Hussein" not the king of Jordan."""
    if len(person.span) != 1:
        return None
    by_surname = gaz.people_by_surname.get(bare_surname_key(person), [])
    found = [p for p in by_surname if p.active_in(person.year) and _fits_title(p, title)]
    if len(found) == 1:
        _link_to(person, found[0])
        return found[0].country_in(person.year)
    states = {p.country_in(person.year) for p in found}
    return states.pop() if len(states) == 1 else None


def _fits_title(statesman: Person, title: str | None) -> bool:
    """Whether ``title`` may stand before the statesman's surname: a royal title only before a
    monarch's, another title only before a non-monarch's (True without title or offices)."""
    if title is None or not statesman.offices:
        return True
    monarch = any(office.title in ROYAL_TITLES for office in statesman.offices)
    return monarch == (title in ROYAL_TITLES)

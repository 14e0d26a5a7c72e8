"""In-document coreference of people: one key per person, and bare surnames that refer back to
a full name given earlier."""

from __future__ import annotations

from rapidfuzz import fuzz
from spacy.tokens import Doc

from diplomatica.nlp.entities.mention import INITIAL_TOKEN, PROPER_TAGS, SURNAME_TAGS, Mention
from diplomatica.nlp.entities.names import EAST_ASIAN_SURNAMES, normalize_name
from diplomatica.nlp.gazetteer import person_key


def _base_key(mention: Mention) -> str:
    if mention.name_match is not None:
        return mention.name_match.surname
    words = [tok.text for tok in mention.span if not INITIAL_TOKEN.match(tok.text)]
    return normalize_name(" ".join(words)) or normalize_name(mention.span.text)


def assign_person_keys(
    doc: Doc,
    people: list[Mention],
    others: list[Mention],
    excluded: frozenset[str] = frozenset(),
    dictionary: frozenset[str] = frozenset(),
    statesmen: frozenset[str] = frozenset(),
    statesman_names: frozenset[str] = frozenset(),
) -> None:
    """Give every person mention its document-level key; add surname-only mentions.

    ``statesmen`` holds the surname keys of gazetteer statesmen and ``statesman_names`` their
    full-name keys (linked later, by the gazetteer); other full names, even one sharing a
    statesman's surname ("Pavel Ivanov"), lend their key to later bare mentions of their
    surname."""
    initials_by_surname: dict[str, set[str]] = {}
    for person in people:
        match = person.name_match
        if match is not None and match.shape == "initials":
            first = match.initials.split(" ")[0]
            initials_by_surname.setdefault(match.surname, set()).add(first)
    for person in people:
        key = _base_key(person)
        match = person.name_match
        if match is not None and len(initials_by_surname.get(match.surname, ())) > 1:
            key = f"{match.initials} {match.surname}"  # two people share the surname here
        person.ident = key
    surnames = {
        s: s for s, initials in initials_by_surname.items() if len(initials) == 1 and len(s) > 2
    }
    for person in people:
        words = person.ident.split(" ")
        if person.name_match is None and len(words) > 1 and words[-1] in surnames:
            person.ident = words[-1]  # "Jambyn Batmunkh" is the "J. Batmunkh" of this text
    _unify_spellings(people)
    full_names = {
        surname: key
        for surname, key in _full_names_by_surname(people, excluded).items()
        if surname not in surnames
        and surname not in initials_by_surname
        # a gazetteer statesman is linked by link_famous
        and (surname not in statesmen or person_key(key) not in statesman_names)
    }
    for person in people:
        if " " not in person.ident and person.ident in full_names:
            person.ident = full_names[person.ident]  # "Figl" after "Leopold Figl"
    people.extend(_surname_only_mentions(doc, people, others, surnames))
    people.extend(_later_surname_mentions(doc, people, others, full_names, dictionary))
    people.sort(key=lambda m: m.span.start)


def _full_names_by_surname(people: list[Mention], excluded: frozenset[str]) -> dict[str, str]:
    """Return surname → key of the one full Western-style name of the document that ends in it
    ("figl" → "leopold figl"): a later bare "Figl" or "Mr. Figl" is the same person. Surnames
    borne by two full names here, East Asian names (surname first) and gazetteer words are
    left out."""
    owners: dict[str, set[str]] = {}
    for person in people:
        match = person.name_match
        if match is not None and match.shape == "east_asian":
            continue
        words = person.ident.split(" ")
        last = person.span[-1]
        if len(words) < 2 or not last.is_title or len(words[-1]) < 3:
            continue
        if person.span[0].text in EAST_ASIAN_SURNAMES or words[-1] in excluded:
            continue
        owners.setdefault(words[-1], set()).add(person.ident)
    return {surname: next(iter(keys)) for surname, keys in owners.items() if len(keys) == 1}


def _later_surname_mentions(
    doc: Doc,
    people: list[Mention],
    others: list[Mention],
    full_names: dict[str, str],
    dictionary: frozenset[str],
) -> list[Mention]:
    """Bare surnames of the document's full names that no matcher found ("... signed by
    Molotov and Figl"): exact spelling, a proper noun when tagged, and no dictionary word
    unless tagged a proper noun away from a sentence start (other nouns and adjectives are
    accepted: the small model often mistags unknown names)."""
    if not full_names:
        return []
    taken = {i for m in (*people, *others) for i in range(m.span.start, m.span.end)}
    tagged = doc.has_annotation("TAG")
    found = []
    for tok in doc:
        if tok.i in taken or not tok.is_title or not tok.is_alpha or len(tok.text) < 3:
            continue
        key = full_names.get(normalize_name(tok.text))
        if key is None or (tagged and tok.tag_ not in SURNAME_TAGS):
            continue
        if tok.lower_ in dictionary and (
            not tagged or tok.tag_ not in PROPER_TAGS or tok.is_sent_start
        ):
            continue
        found.append(Mention(doc[tok.i : tok.i + 1], "person", key))
    return found


def _unify_spellings(people: list[Mention]) -> None:
    canonical: list[str] = []
    for person in people:
        compact = person.ident.replace(" ", "")
        for key in canonical:
            other = key.replace(" ", "")
            same_shape = key.count(" ") == person.ident.count(" ")
            near = same_shape and len(compact) > 5 and fuzz.ratio(compact, other) >= 92
            if compact == other or near:
                person.ident = key
                break
        else:
            canonical.append(person.ident)


def _surname_only_mentions(
    doc: Doc, people: list[Mention], others: list[Mention], surnames: dict[str, str]
) -> list[Mention]:
    if not surnames:
        return []
    taken = {i for m in (*people, *others) for i in range(m.span.start, m.span.end)}
    found = []
    for tok in doc:
        if tok.i in taken or not tok.is_title or not tok.is_alpha or len(tok.text) < 4:
            continue
        norm = normalize_name(tok.text)
        key = surnames.get(norm)
        if key is None and len(norm) >= 6:
            key = next((s for s in surnames if len(s) >= 6 and fuzz.ratio(norm, s) >= 90), None)
        if key is not None:
            found.append(Mention(doc[tok.i : tok.i + 1], "person", key))
    return found

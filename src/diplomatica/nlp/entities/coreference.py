"""In-document coreference of people: one key per person, and bare surnames that refer back to
a full name given earlier."""

from __future__ import annotations

from collections.abc import Callable

from rapidfuzz import fuzz
from spacy.attrs import IS_ALPHA, IS_TITLE, LENGTH
from spacy.tokens import Doc, Token

from diplomatica.nlp.entities.mention import (
    INITIAL_TOKEN,
    PROPER_TAGS,
    SURNAME_TAGS,
    Mention,
    token_indices,
)
from diplomatica.nlp.entities.names import EAST_ASIAN_SURNAMES, normalize_name
from diplomatica.nlp.entities.surnames import surname_index
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
    tagged: bool,
    excluded: frozenset[str] = frozenset(),
    dictionary: frozenset[str] = frozenset(),
    statesmen: frozenset[str] = frozenset(),
    statesman_names: frozenset[str] = frozenset(),
) -> None:
    """Give every person mention its document-level key; add surname-only mentions.

    ``tagged`` says whether ``doc`` has part-of-speech tags.
    ``statesmen`` holds the surname keys of gazetteer statesmen and ``statesman_names`` their
    full-name keys (linked later, by the gazetteer); other full names, even one sharing a
    statesman's surname ("Pavel Ivanov"), lend their key to later bare mentions of their
    surname."""
    initials_by_surname = surname_index(
        (m.surname, m.initials.split(" ")[0])
        for m in (person.name_match for person in people)
        if m is not None and m.shape == "initials"
    )
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
    people.extend(_later_surname_mentions(doc, people, others, full_names, dictionary, tagged))
    people.sort(key=lambda m: m.span.start)


def _full_names_by_surname(people: list[Mention], excluded: frozenset[str]) -> dict[str, str]:
    """Return surname → key of the one full Western-style name of the document that ends in it
    ("figl" → "leopold figl"), or that starts an East Asian name with it ("choi" → "choi ho
    joong"), or of a one-word name found as a person ("sunario"): a later bare "Figl", "Mr.
    Choi" or "Sunario" is the same person. Surnames borne by two full names here and gazetteer
    words are left out."""
    longer = [p.ident for p in people if " " in p.ident]
    owners = surname_index(
        [(p.ident.split(" ")[-1], p.ident) for p in people if _western_full_name(p, excluded)]
        + [(p.ident.split(" ")[0], p.ident) for p in people if _east_asian_full_name(p, excluded)]
        # a lone name that ends no longer name of the text ("Sunario", not "Asad" beside
        # "Hafez al-Asad"): its own key
        + [
            (p.ident, p.ident)
            for p in people
            if _single_name(p, excluded) and not any(n.endswith(p.ident) for n in longer)
        ]
    )
    return {surname: next(iter(keys)) for surname, keys in owners.items() if len(keys) == 1}


def _single_name(person: Mention, excluded: frozenset[str]) -> bool:
    """Whether the mention is a one-word name the model or an apposition read as a person
    ("the Indonesian foreign minister, Sunario,"): its later bare uses name the same person."""
    return (
        len(person.span) == 1
        and " " not in person.ident
        and person.span[0].is_title
        and len(person.ident) >= 4
        and person.ident not in excluded
    )


def _east_asian_full_name(person: Mention, excluded: frozenset[str]) -> bool:
    """Whether the mention is an East Asian full name of three words, surname first ("Choi Ho
    Joong", whom a later "Mr. Choi" names)."""
    words = person.ident.split(" ")
    first = person.span[0].text
    return (
        len(words) == 3
        and first in EAST_ASIAN_SURNAMES
        and person.span[0].is_title
        and words[0] not in excluded
    )


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


def _bare_surname_mentions(
    doc: Doc, taken: set[int], min_length: int, key_of: Callable[[Token], str | None]
) -> list[Mention]:
    """Return one-token person mentions, keyed by ``key_of``, on the free capitalised
    alphabetic tokens of at least ``min_length`` letters to which it gives a key."""
    found = []
    # no Token built per word; one flat array per attribute (2-D rows convert slowly)
    flags = zip(*(doc.to_array(a).tolist() for a in (IS_TITLE, IS_ALPHA, LENGTH)), strict=True)
    for i, (title, alpha, length) in enumerate(flags):
        if i in taken or not title or not alpha or length < min_length:
            continue
        tok = doc[i]
        key = key_of(tok)
        if key is not None:
            found.append(Mention(doc[tok.i : tok.i + 1], "person", key))
    return found


def _surname_only_mentions(
    doc: Doc, people: list[Mention], others: list[Mention], surnames: dict[str, str]
) -> list[Mention]:
    """Bare surnames of the document's initialled names ("Batmunkh" after "J. Batmunkh"), in
    their spelling or one close to it."""
    if not surnames:
        return []

    keys: dict[str, str | None] = {}  # by spelling: a word recurs, the fuzzy search is slow

    def key_of(tok: Token) -> str | None:
        norm = normalize_name(tok.text)
        if norm in keys:
            return keys[norm]
        key = surnames.get(norm)
        if key is None and len(norm) >= 6:
            key = next((s for s in surnames if len(s) >= 6 and fuzz.ratio(norm, s) >= 90), None)
        keys[norm] = key
        return key

    return _bare_surname_mentions(doc, _taken(people, others), 4, key_of)


def _western_full_name(person: Mention, excluded: frozenset[str]) -> bool:
    """Whether the mention is a full name of two or more words, surname last and capitalised,
    the surname no gazetteer word."""
    match = person.name_match
    if match is not None and match.shape == "east_asian":
        return False
    words = person.ident.split(" ")
    if len(words) < 2 or not person.span[-1].is_title or len(words[-1]) < 3:
        return False
    return person.span[0].text not in EAST_ASIAN_SURNAMES and words[-1] not in excluded


def _later_surname_mentions(
    doc: Doc,
    people: list[Mention],
    others: list[Mention],
    full_names: dict[str, str],
    dictionary: frozenset[str],
    tagged: bool,
) -> list[Mention]:
    """Bare surnames of the document's full names that no matcher found ("... signed by
    Molotov and Figl"): exact spelling, a proper noun when tagged, and no dictionary word
    unless tagged a proper noun away from a sentence start or as its subject (other nouns and
    adjectives are accepted: the small model often mistags unknown names)."""
    if not full_names:
        return []

    def key_of(tok: Token) -> str | None:
        key = full_names.get(normalize_name(tok.text))
        if key is None or (tagged and tok.tag_ not in SURNAME_TAGS):
            return None
        if tok.lower_ in dictionary and (
            not tagged or tok.tag_ not in PROPER_TAGS or (tok.is_sent_start and not _subject(tok))
        ):
            return None
        return key

    return _bare_surname_mentions(doc, _taken(people, others), 3, key_of)


def _subject(tok: Token) -> bool:
    """Whether ``tok`` is the subject of a verb ("Lange, who remained prime minister, hoped"):
    a name opening the sentence, not a capitalised word."""
    return tok.dep_ in ("nsubj", "nsubjpass") and tok.head.pos_ in ("VERB", "AUX")


def _taken(people: list[Mention], others: list[Mention]) -> set[int]:
    return token_indices(m.span for m in (*people, *others))

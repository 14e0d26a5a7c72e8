"""Turning raw matches into linked entities: people (with in-document coreference), states
(era- and context-aware), capitals (metonymy), organisations (generic organs get their state from
context) and the titles and states of people."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection
from dataclasses import dataclass

from rapidfuzz import fuzz
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from diplomatica.nlp.entities.context import (
    NAME_NOUNS,
    WAR_NOUNS,
    capital_acts_as_state,
    mention_year,
    names_a_thing,
    sentence_starts,
    time_marks,
)
from diplomatica.nlp.entities.given_names import ETHNONYMS, GEOGRAPHIC_HEADS, GIVEN_NAMES
from diplomatica.nlp.entities.names import (
    EAST_ASIAN_SURNAMES,
    INSTITUTION_WORDS,
    NameMatch,
    east_asian_names,
    initials_names,
    looks_mongolian,
    normalize_name,
)
from diplomatica.nlp.gazetteer import (
    Gazetteer,
    Person,
    normalize,
    person_key,
    resolve_forms,
)
from diplomatica.nlp.types import EntityRef

_INITIAL_TOKEN = re.compile(r"^(?:[A-Z][a-z]?\.)+$")
# Lower-case words that may stand between a title and the name it introduces.
_TITLE_GAP_WORDS = frozenset(
    {"of", "the", "and", "a", "an", "its", "his", "her", "their", "'s", "’s", "new", "former"}
    | {"then", "first", "acting", "newly", "appointed", "designate", "our", "your"}
)
_MAX_TITLE_GAP = 20
_NAME_TAGS = frozenset({"NNP", "NNPS", "NN", "JJ"})
_CLAUSE_ENDS = frozenset({".", "!", "?", ";", ":", "–", "—"})
_COUNTRY_LOOKBACK = 4
_DOMINANT_MIN = 2
_DOMINANT_RATIO = 3


@dataclass
class Mention:
    """A found mention before linking; ``source`` says which matcher produced it."""

    span: Span
    source: str  # "gazetteer_state" | "org" | "person"
    ident: str  # normalised form, org key or person key
    name_match: NameMatch | None = None
    ref: EntityRef | None = None
    label: str = ""
    year: int | None = None  # the year the mention speaks about
    famous: Person | None = None  # the gazetteer statesman a person mention names


def excluded_surnames(gaz: Gazetteer) -> frozenset[str]:
    """Return lower-case single words that never make a surname: gazetteer names, titles, months."""
    words: set[str] = set()
    # Abbreviations are matched case-sensitively: "NAM" must not block the Korean "Nam".
    for norm, forms in gaz.forms_by_norm.items():
        if " " not in norm and any(f.kind != "abbreviation" for f in forms):
            words.add(norm)
    for org in gaz.orgs.values():
        words.update(a.lower() for a in org.aliases if " " not in a and not a.isupper())
    for norm in gaz.titles_by_norm:
        words.update(norm.split())
    words.update(
        [
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
            "monday",
            "tuesday",
            "wednesday",
            "thursday",
            "friday",
            "saturday",
            "sunday",
            "party",
            "army",
            "war",
        ]
    )
    return frozenset(words)


def resolve_document(
    doc: Doc,
    gazetteer_mentions: list[Mention],
    titles: list[Span],
    gaz: Gazetteer,
    year: int | None,
    excluded: frozenset[str],
    famous_spans: list[Span] | None = None,
    dictionary: frozenset[str] = frozenset(),
) -> list[tuple[Span, EntityRef, str]]:
    """Return ``(span, ref, ents_label)`` for every linked mention of ``doc``, in text order.

    ``famous_spans`` are matches of gazetteer statesmen (label ``P|key`` for a full name,
    ``B|key`` for a bare surname); ``dictionary`` holds lower-case English words (a lone
    capitalised dictionary word heading a line is not taken for a person)."""
    # has_annotation() scans the whole doc: ask once.
    parsed, starts, marks = doc.has_annotation("DEP"), sentence_starts(doc), time_marks(doc)
    text = doc.text
    gazetteer_mentions = _without_given_name_cities(doc, gazetteer_mentions, gaz)
    people = _person_mentions(
        doc, gazetteer_mentions, gaz, excluded, famous_spans or [], dictionary
    )
    for person in people:
        person.year = mention_year(person.span, year, starts, marks, text)
    statesmen = frozenset(gaz.people_by_surname)
    _assign_person_keys(
        doc,
        people,
        gazetteer_mentions,
        excluded,
        dictionary,
        statesmen,
        frozenset(gaz.people_by_name),
    )
    _link_famous(people, gaz)
    for mention in gazetteer_mentions:
        if mention.source == "gazetteer_state":
            mention.year = mention_year(mention.span, year, starts, marks, text)
    dominance = _state_dominance(gazetteer_mentions, gaz)
    local = _sentence_states(gazetteer_mentions, people, gaz)
    for mention in gazetteer_mentions:
        if mention.source == "gazetteer_state":
            near = local.get(mention.span.sent.start) if parsed else None
            _link_state(mention, gaz, dominance + _weighted(near), parsed)
    orgs = [m for m in gazetteer_mentions if m.source == "org"]
    linked = sorted(
        [m for m in gazetteer_mentions if m.ref is not None or m.source == "org"],
        key=lambda m: m.span.start,
    )
    for mention in sorted(orgs, key=lambda m: m.span.start, reverse=True):
        _link_org(mention, gaz, linked)
    for person in people:
        _link_person(person, titles, linked, gaz, people)
    _give_sides_to_listed_people(doc, people, linked)
    _share_person_countries(people)
    _give_family_states_to_bare_surnames(people)
    people.extend(_titles_naming_the_last_holder(titles, people, gaz))
    linked.extend(_paired_states(doc, gaz, linked, year, starts, marks, text))
    linked = _without_pair_members(linked)
    out = [m for m in (*linked, *people) if m.ref is not None]
    return [(m.span, m.ref, m.label) for m in sorted(out, key=lambda m: m.span.start) if m.ref]


# --- People ---------------------------------------------------------------------------------


def _without_given_name_cities(doc: Doc, mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """Drop a one-word capital that is also a common given name where it starts a name the stock
    model reads as a person ("Santiago Morales", not Santiago + Morales)."""
    starts = {ent.start for ent in doc.ents if ent.label_ == "PERSON" and len(ent) > 1}
    if not starts:
        return mentions
    return [m for m in mentions if not _given_name_city(m, starts, gaz)]


def _given_name_city(mention: Mention, person_starts: set[int], gaz: Gazetteer) -> bool:
    span = mention.span
    if mention.source != "gazetteer_state" or len(span) != 1 or span.start not in person_starts:
        return False
    if span.text not in GIVEN_NAMES or span.end >= len(span.doc):
        return False
    after = span.doc[span.end]
    forms = gaz.forms_by_norm.get(mention.ident, [])
    return after.is_title and all(f.kind == "capital" for f in forms)


def _span_of(doc: Doc, start: int, end: int) -> Span | None:
    return doc.char_span(start, end, alignment_mode="expand")


def _person_mentions(
    doc: Doc,
    gazetteer_mentions: list[Mention],
    gaz: Gazetteer,
    excluded: frozenset[str],
    famous_spans: list[Span],
    dictionary: frozenset[str],
) -> list[Mention]:
    candidates: list[Mention] = _famous_mentions(famous_spans)
    text = doc.text
    for match in (*initials_names(text, excluded), *east_asian_names(text, excluded)):
        span = _span_of(doc, match.start, match.end)
        if span is not None and not _names_an_institution(span):
            candidates.append(Mention(span, "person", match.surname, name_match=match))
    for ent in doc.ents:
        if ent.label_ == "PERSON":
            cleaned = _clean_stock_person(ent, gaz)
            if cleaned is None or _heading_word(cleaned, gaz, dictionary):
                continue
            if not _headline_words(cleaned, dictionary):
                candidates.append(Mention(cleaned, "person", normalize_name(cleaned.text)))
    taken = {i for m in gazetteer_mentions for i in range(m.span.start, m.span.end)}
    candidates.extend(_lone_mongolian_names(doc, candidates, taken, excluded))
    candidates.extend(_given_name_people(doc, taken, excluded, gaz))
    free = [m for m in candidates if not any(i in taken for i in range(m.span.start, m.span.end))]
    by_span = {(m.span.start, m.span.end): m for m in reversed(free)}  # rule matches win ties
    kept = filter_spans([m.span for m in by_span.values()])
    return [by_span[(s.start, s.end)] for s in kept]


_PROPER_TAGS = frozenset({"NNP", "NNPS"})
# The small model tags an unknown surname ending in -s as a plural noun ("Luns", "Dukakis").
_SURNAME_TAGS = _PROPER_TAGS | _NAME_TAGS | {"NNS"}


def _famous_mentions(spans: list[Span]) -> list[Mention]:
    """Person candidates from the statesmen matcher: full names always; a bare surname
    ("Brezhnev said") only where the tagger (if any) reads a proper noun and the word is not
    a namesake institution."""
    found = []
    for span in spans:
        kind, _, key = span.label_.partition("|")
        if _names_an_institution(span):
            continue
        if kind == "B":
            tagged = span.doc.has_annotation("TAG")
            if tagged and not all(tok.tag_ in _PROPER_TAGS for tok in span):
                continue
            if span.start > 0 and span.doc[span.start - 1].text in ("-", "–"):
                continue  # "Sino-Mao ...": glued to a compound
        found.append(Mention(span, "person", key))
    return found


def _heading_word(span: Span, gaz: Gazetteer, dictionary: frozenset[str]) -> bool:
    """A lone dictionary word the stock model took for a name where a heading or a sentence
    starts ("Expiry", "Ratification"): not a person, unless a known statesman's surname."""
    if len(span) != 1 or span.text.lower() not in dictionary:
        return False
    if person_key(span.text) in gaz.people_by_surname:
        return False
    tok = span[0]
    doc = span.doc
    line_start = tok.i == 0 or "\n" in doc[tok.i - 1].text_with_ws
    return line_start or bool(tok.is_sent_start)


_HEADLINE_REACH = 25


def _english_word(word: str, dictionary: frozenset[str]) -> bool:
    """Whether ``word`` (lower case) or its singular / third-person form without "s" is in
    ``dictionary`` (the lemmatizer's index holds base forms only)."""
    return word in dictionary or (word.endswith("s") and word[:-1] in dictionary)


def _headline_words(span: Span, dictionary: frozenset[str]) -> bool:
    """A run of capitalised dictionary words in a headline ("Minister Signs Accords in Ankara")
    that the stock model took for a name: every word of the span is an English word and every
    longer word of its (short) line is capitalised."""
    if not dictionary or not all(_english_word(tok.lower_, dictionary) for tok in span):
        return False
    doc = span.doc
    start = span.start
    while start > 0 and "\n" not in doc[start - 1].text_with_ws:
        start -= 1
        if span.start - start > _HEADLINE_REACH:
            return False
    end = span.end
    while end < len(doc) and "\n" not in doc[end - 1].text_with_ws:
        end += 1
        if end - span.end > _HEADLINE_REACH:
            return False
    words = [tok for tok in doc[start:end] if tok.is_alpha and len(tok) >= 4]
    return len(words) >= 3 and all(tok.is_title or tok.is_upper for tok in words)


def _link_famous(people: list[Mention], gaz: Gazetteer) -> None:
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
    initials = [tok.text for tok in person.span if _INITIAL_TOKEN.match(tok.text)]
    rest = [tok.text for tok in person.span if not _INITIAL_TOKEN.match(tok.text)]
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
    first = next((tok.text for tok in person.span if _INITIAL_TOKEN.match(tok.text)), "")
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


def _lone_mongolian_names(
    doc: Doc, candidates: list[Mention], taken: set[int], excluded: frozenset[str]
) -> list[Mention]:
    """Surname-only Mongolian names ("Tsedenbal told ...") that the stock model misses or reads
    as an organisation, recognised by their morphology (proper nouns only when tagged)."""
    covered = taken | {i for m in candidates for i in range(m.span.start, m.span.end)}
    tagged = doc.has_annotation("TAG")
    found = []
    for tok in doc:
        # The small model often tags unknown names JJ or NN; verbs and adverbs are not names.
        if tok.i in covered or (tagged and tok.tag_ not in _NAME_TAGS) or tok.lower_ in excluded:
            continue
        if looks_mongolian(tok.text):
            found.append(Mention(doc[tok.i : tok.i + 1], "person", normalize_name(tok.text)))
    return found


_MAX_NAME_WORDS = 2


def _given_name_people(
    doc: Doc, taken: set[int], excluded: frozenset[str], gaz: Gazetteer
) -> list[Mention]:
    """Names the stock model misses or cuts short ("Anatoly Dobrynin was appointed", "Pavel
    Ivanov" read as "Ivanov"): a common given name followed, on its line, by one or two
    capitalised name words (an initial may stand between: "John F. Kennedy") that are no
    gazetteer, title, month, stop, place or people word."""
    tagged = doc.has_annotation("TAG")
    found = []
    for tok in doc:
        if (
            tok.text not in GIVEN_NAMES
            or tok.i in taken
            or (tagged and tok.tag_ not in _PROPER_TAGS)
        ):
            continue
        end = _name_words_end(doc, tok.i + 1, taken, excluded, tagged)
        if end == tok.i + 1:
            continue
        span = doc[tok.i : end]
        if _names_an_institution(span) or _inside_a_longer_name(span, gaz):
            continue
        found.append(Mention(span, "person", normalize_name(span.text)))
    return found


def _name_words_end(
    doc: Doc, start: int, taken: set[int], excluded: frozenset[str], tagged: bool
) -> int:
    """Return the end of the run of (at most two) name words from ``start``; ``start`` if none."""
    end, words, i = start, 0, start
    while i < len(doc) and words < _MAX_NAME_WORDS and "\n" not in doc[i - 1].whitespace_:
        tok = doc[i]
        if _INITIAL_TOKEN.match(tok.text) and i + 1 < len(doc) and tok.i not in taken:
            i += 1  # "John F. Kennedy": the initial counts only if a name word follows
            continue
        if not _name_word(tok, taken, excluded, tagged):
            break
        if tok.text in INSTITUTION_WORDS and (words > 0 or _title_follows(tok)):
            break  # "Leon Levy Foundation", "Peter Hall Library"; but "Peter Hall, the envoy"
        words += 1
        i += 1
        end = i
    return end


def _title_follows(tok: Token) -> bool:
    doc = tok.doc
    return tok.i + 1 < len(doc) and doc[tok.i + 1].is_title


def _name_word(tok: Token, taken: set[int], excluded: frozenset[str], tagged: bool) -> bool:
    """Whether ``tok`` can be a surname or second given name after a given name."""
    if tok.i in taken or not tok.is_title or not tok.is_alpha or len(tok.text) < 2:
        return False
    if tok.lower_ in excluded or tok.lower_ in STOP_WORDS:
        return False
    if tok.text in GEOGRAPHIC_HEADS or tok.text in ETHNONYMS:
        return False
    return not tagged or tok.tag_ in _SURNAME_TAGS


def _inside_a_longer_name(span: Span, gaz: Gazetteer) -> bool:
    """ "the Royal Albert Hall": a capitalised non-title word glued before the given name
    makes the span part of a longer name of a thing."""
    doc = span.doc
    if span.start == 0:
        return False
    prev = doc[span.start - 1]
    if not prev.is_title or prev.is_sent_start or "\n" in prev.whitespace_:
        return False
    return normalize(prev.text) not in gaz.titles_by_norm and prev.text not in GIVEN_NAMES


def _names_an_institution(span: Span) -> bool:
    """ "Kim Il Sung University", "Leon Levy Foundation": a namesake, not the person."""
    doc = span.doc
    return span.end < len(doc) and doc[span.end].text in INSTITUTION_WORDS


def _clean_stock_person(ent: Span, gaz: Gazetteer) -> Span | None:
    """Strip leading titles/honorifics from a stock PERSON span; None if nothing name-like is
    left or the rest is a gazetteer entry (a state, organisation or title)."""
    start = ent.start
    while start < ent.end and (
        normalize(ent.doc[start].text) in gaz.titles_by_norm or ent.doc[start].is_punct
    ):
        start += 1
    end = _line_end(ent, start)
    while end > start and (
        ent.doc[end - 1].is_punct
        or ent.doc[end - 1].is_space
        or ent.doc[end - 1].lower_ in ("'s", "’s")
        or ent.doc[end - 1].lower_ in _MARKINGS
    ):
        end -= 1
    while start < end and ent.doc[start].lower_ in _MARKINGS:
        start += 1
    if end == ent.end:
        end = _with_name_particles(ent.doc, end)
    if start >= end:
        return None
    span = ent.doc[start:end]
    if not _latin(span.text):
        return None  # the small English model guesses wildly on other scripts
    if span[-1].text in INSTITUTION_WORDS and not (len(span) == 2 and span[0].text in GIVEN_NAMES):
        return None  # "Carnegie Hall", but "Peter Hall" is a man
    if _names_a_place_or_people(span):
        return None
    if len(span) == 1 and span.text in EAST_ASIAN_SURNAMES:
        return None  # a bare "Kim" names nobody in particular
    norm = normalize(span.text)
    if norm in gaz.forms_by_norm or norm in gaz.orgs_by_norm or norm in gaz.titles_by_norm:
        return None
    if not any(tok.is_title or tok.is_upper for tok in span) or len(span.text) < 3:
        return None
    return span


def _names_a_place_or_people(span: Span) -> bool:
    """ "Shatt al-Arab", "Bubiyan Island", "Tamil": a geographic head word anywhere in the
    span, or nothing but ethnonyms."""
    words = [tok.text for tok in span if tok.is_alpha]
    if any(tok.text.split("-")[0] in GEOGRAPHIC_HEADS for tok in span):
        return True
    return bool(words) and all(w in ETHNONYMS for w in words)


# Classification and handling marks of archival documents, never part of a name ("Top Secret",
# "Strictly Confidential", "Copy No. 2").
_MARKINGS = frozenset(
    {"secret", "confidential", "restricted", "classified", "unclassified", "top", "strictly"}
    | {"copy", "personal", "urgent", "eyes", "only", "draft"}
)


# Lower-case particles inside surnames that the stock model cuts a name at ("José Eduardo | dos
# Santos", "Ludwig | van Beethoven").
_NAME_PARTICLES = frozenset(
    {"dos", "da", "das", "do", "de", "del", "della", "di", "du", "van", "von", "der", "den", "ter"}
    | {"bin", "ibn", "al", "el", "y", "la", "le"}
)


def _with_name_particles(doc: Doc, end: int) -> int:
    """Return ``end`` moved past "particle Surname" pairs that follow a name on its line."""
    while (
        end + 1 < len(doc)
        and doc[end].lower_ in _NAME_PARTICLES
        and doc[end].is_lower
        and doc[end + 1].is_title
        and not doc[end + 1].is_sent_start
        and "\n" not in doc[end - 1].whitespace_ + doc[end].whitespace_
    ):
        end += 2
    return end


def _line_end(ent: Span, start: int) -> int:
    """Return the end of the stock span's first line from ``start``: a name never runs on to
    the next line ("S. V. Chervonenko\nSecret" is the signature and a classification)."""
    doc = ent.doc
    for i in range(start, ent.end):
        if "\n" in doc[i].whitespace_ or (doc[i].is_space and "\n" in doc[i].text):
            return i + 1 if not doc[i].is_space else i
    return ent.end


def _latin(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(ord(c) < 0x250 for c in letters)


def _base_key(mention: Mention) -> str:
    if mention.name_match is not None:
        return mention.name_match.surname
    words = [tok.text for tok in mention.span if not _INITIAL_TOKEN.match(tok.text)]
    return normalize_name(" ".join(words)) or normalize_name(mention.span.text)


def _assign_person_keys(
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
        # a gazetteer statesman is linked by _link_famous
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
        if key is None or (tagged and tok.tag_ not in _SURNAME_TAGS):
            continue
        if tok.lower_ in dictionary and (
            not tagged or tok.tag_ not in _PROPER_TAGS or tok.is_sent_start
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


def _display_names(people: list[Mention]) -> dict[str, str]:
    names: dict[str, str] = {}
    for person in people:
        text = re.sub(r"['’]s$", "", " ".join(person.span.text.split()))
        if len(text) > len(names.get(person.ident, "")):
            names[person.ident] = text
    return names


def _link_person(
    person: Mention,
    titles: list[Span],
    linked: list[Mention],
    gaz: Gazetteer,
    people: list[Mention],
) -> None:
    title_span = _title_before(person.span, titles, linked, gaz, people)
    if title_span is None or gaz.titles[title_span.label_.partition("|")[2]].kind != "office":
        # "Cardinal X, the papal nuncio": an office in apposition beats a rank before the name
        title_span = _title_after(person.span, titles) or title_span
    title_key: str | None = None
    country: str | None = None
    if title_span is not None:
        title_key = title_span.label_.partition("|")[2]
        country = _country_near_title(person.span, title_span, linked)
        kind = gaz.titles[title_key].kind
        if kind == "honorific":
            title_key = None
    if title_key is not None and person.famous is None and country is None:
        country = _titled_statesman(person, gaz)
    stated = _state_after_of(person.span, linked)
    if stated is not None:
        country = stated  # "Ayub Khan of Pakistan"
    person.ref = EntityRef("person", person.ident, person.span.text, country, title_key)
    person.label = "PERSON"


def _titled_statesman(person: Mention, gaz: Gazetteer) -> str | None:
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


def _state_after_of(span: Span, linked: list[Mention]) -> str | None:
    """ "X of Pakistan", "President X of the Soviet Union": the state right after "of"."""
    doc = span.doc
    i = span.end
    if i >= len(doc) or doc[i].lower_ != "of":
        return None
    i += 1
    starts = {i}  # "of the Netherlands": the state's name may begin with its article
    if i < len(doc) and doc[i].lower_ == "the":
        starts.add(i + 1)
    for other in linked:
        ref = other.ref
        if other.span.start in starts and ref is not None and ref.kind == "state":
            return ref.country
    return None


def _share_person_countries(people: list[Mention]) -> None:
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


def _give_family_states_to_bare_surnames(people: list[Mention]) -> None:
    """ "Papandreou" in a text naming George and Andreas Papandreou: the bare surname is
    ambiguous between them, but when they all acted for one state it is that state's."""
    states: dict[str, set[str | None]] = {}
    for person in people:
        if len(person.span) > 1 and person.ref is not None and person.span[-1].is_title:
            surname = person_key(person.span[-1].text)
            states.setdefault(surname, set()).add(person.ref.country)
    for person in people:
        ref = person.ref
        if ref is None or ref.country is not None or len(person.span) != 1:
            continue
        found = states.get(person_key(re.sub(r"['’]s$", "", person.span.text)), set())
        if len(found) == 1 and None not in found:
            country = next(iter(found))
            person.ref = EntityRef("person", ref.key, ref.name, country, ref.title)


_SIDE_REACH = 60
# A semicolon separates the members of a list ("side: Minister A; Director B"), not the sides.
_SIDE_STOPS = frozenset({".", "!", "?"})


def _give_sides_to_listed_people(doc: Doc, people: list[Mention], linked: list[Mention]) -> None:
    """ "Present on the Finnish side: A, B and C", "On the Soviet side the talks were attended
    by X and Y": the people listed after "on the <state> side" (up to the end of the sentence
    or the next side) act for that state, unless their own state is stated."""
    sides = [
        (m.span.end + 1, m.ref.country)
        for m in linked
        if m.ref is not None and m.ref.kind == "state" and m.ref.country and _names_a_side(m.span)
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


def _side_end(doc: Doc, start: int, side_starts: list[int]) -> int:
    """Return where the list after a side marker ends: a sentence end, a blank line, the next
    side marker or ``_SIDE_REACH`` tokens."""
    later = [s for s in side_starts if s > start]
    limit = min([start + _SIDE_REACH, len(doc), *[s - 3 for s in later]])
    for i in range(start, limit):
        if doc[i].text in _SIDE_STOPS or "\n\n" in doc[i].text_with_ws:
            return i
    return limit


# How far back (tokens) the named holder of an office may stand from "the President".
_HOLDER_REACH = 150


def _titles_naming_the_last_holder(
    titles: list[Span], people: list[Mention], gaz: Gazetteer
) -> list[Mention]:
    """ "President Bush arrived. The President said ...": a capitalised office title after "the",
    standing alone (no name, "of" or state after it), names the last person mentioned before
    it with that office; it is linked to that person (same key, state and office)."""
    holders = sorted(
        (p for p in people if p.ref is not None and p.ref.title is not None),
        key=lambda p: p.span.start,
    )
    if not holders:
        return []
    found = []
    last_by_title: dict[str, Mention] = {}
    next_holder = 0
    for title in sorted(titles, key=lambda t: t.start):
        while next_holder < len(holders) and holders[next_holder].span.end <= title.start:
            holder = holders[next_holder]
            if holder.ref is not None and holder.ref.title is not None:
                last_by_title[holder.ref.title] = holder
            next_holder += 1
        key = title.label_.partition("|")[2]
        if gaz.titles[key].kind != "office" or not _stands_alone_capitalised(title):
            continue
        last = last_by_title.get(key)
        if last is None or last.ref is None or title.start - last.span.end > _HOLDER_REACH:
            continue  # far back, another holder may have come between unnoticed
        mention = Mention(title, "person", last.ident, ref=last.ref, label="PERSON")
        mention.famous, mention.year = last.famous, last.year
        found.append(mention)
    return found


def _stands_alone_capitalised(title: Span) -> bool:
    """ "The President said": capitalised, right after "the", followed by no name, "of",
    possessive or capitalised word."""
    doc = title.doc
    if title.start == 0 or doc[title.start - 1].lower_ != "the" or not title[0].is_title:
        return False
    if title.end >= len(doc):
        return True
    after = doc[title.end]
    return after.lower_ not in ("of", "'s", "’s", "-") and not after.is_title


def _gap_ok(
    doc: Doc,
    start: int,
    end: int,
    covered: set[int],
    blockers: set[int],
    honorifics: frozenset[int] = frozenset(),
) -> bool:
    """Whether the tokens between a title and a name let the title apply to the name; a new
    conjunct ("the President and Dr. X", "the Premier and the envoy X") stops it."""
    for i in range(start, end):
        tok = doc[i]
        if i in blockers or tok.text in _CLAUSE_ENDS:
            return False
        if tok.text == "," and i + 1 < end and doc[i + 1].lower_ in ("and", "but", "while"):
            return False  # "met the president, and Gandhi left": a new clause
        if (
            tok.lower_ == "and"
            and i + 1 < end
            and (i + 1 in honorifics or doc[i + 1].lower_ in ("the", "a", "an"))
        ):
            return False
        if i in covered or tok.is_punct or tok.lower_ in _TITLE_GAP_WORDS:
            continue
        if tok.is_title and not tok.is_sent_start:
            continue
        return False
    return True


def _title_before(
    person: Span,
    titles: list[Span],
    linked: list[Mention],
    gaz: Gazetteer,
    people: list[Mention],
) -> Span | None:
    doc = person.doc
    covered = {i for m in linked for i in range(m.span.start, m.span.end)}
    covered |= {i for t in titles for i in range(t.start, t.end)}
    # Another person in between owns the title: "the Secretary ..., Ch. Surenjav, and General J."
    blockers = {i for p in people if p.span != person for i in range(p.span.start, p.span.end)}
    covered -= blockers
    # Not bounded by the parser's sentence: it often splits "... of the MPR [...] J. Batmunkh".
    best: Span | None = None
    honorifics = frozenset(
        t.start for t in titles if gaz.titles[t.label_.partition("|")[2]].kind == "honorific"
    )
    for title in titles:
        if title.end > person.start:
            continue
        if person.start - title.end > _MAX_TITLE_GAP:
            continue
        if not _gap_ok(doc, title.end, person.start, covered, blockers, honorifics):
            continue
        best = _preferred_title(best, title, gaz)
    return best


def _preferred_title(current: Span | None, candidate: Span, gaz: Gazetteer) -> Span:
    """Offices beat ranks and honorifics; among equals the nearer (later) title wins."""
    if current is None:
        return candidate
    rank = {"honorific": 0, "rank": 1}
    cur = rank.get(gaz.titles[current.label_.partition("|")[2]].kind, 2)
    new = rank.get(gaz.titles[candidate.label_.partition("|")[2]].kind, 2)
    return candidate if new >= cur else current


# "X was appointed Soviet ambassador", "X became foreign minister", "X, named envoy": a verb
# that gives the subject the office its complement names.
_OFFICE_VERBS = frozenset({"appointed", "named", "made", "elected", "became", "becomes"})
_OFFICE_AUX = frozenset({"was", "is", "had", "has", "been", "be", "being", "were", "later", "then"})


def _office_complement_start(doc: Doc, end: int) -> int | None:
    """Return the token index after "was appointed" / "became" following a name at ``end``,
    or None when no office verb follows."""
    i = end
    while i < len(doc) and i - end < 3 and doc[i].lower_ in _OFFICE_AUX:
        i += 1
    verb = doc[i].lower_ if i < len(doc) else ""
    # "X became envoy" alone; "appointed"/"named" only after an auxiliary ("X was appointed")
    if verb in _OFFICE_VERBS and (verb in ("became", "becomes") or i > end):
        return i + 1
    # "X took office as president", "X served as envoy", "X was sworn in as premier"
    lemma = doc[i].lemma_.lower() if i < len(doc) else ""
    if lemma == "take" and (i + 1 >= len(doc) or doc[i + 1].lower_ != "office"):
        return None  # "took office as", not "took him as"
    for j in range(i + 1, min(i + 3, len(doc))):
        if doc[j].lower_ == "as" and lemma in _AS_OFFICE_VERBS:
            return j + 1
    return None


_AS_OFFICE_VERBS = frozenset({"take", "serve", "swear", "act", "remain"})


def _title_after(person: Span, titles: list[Span]) -> Span | None:
    """An apposition: "D. Sharav, a member of the CC of the MPRP," or "X, the Mongolian
    ambassador"; or the office a verb gives: "X was appointed Soviet ambassador"."""
    doc = person.doc
    if person.end >= len(doc):
        return None
    lead = person.end + 1 if doc[person.end].text == "," else None
    if lead is None:
        lead = _office_complement_start(doc, person.end)
    if lead is None:
        return None
    for title in titles:
        if title.start < lead or title.start - lead > 5:
            continue
        between = doc[lead : title.start]
        if all(
            tok.lower_ in _TITLE_GAP_WORDS or tok.is_title or tok.pos_ in ("ADJ", "DET")
            for tok in between
        ):
            return title
    return None


def _country_near_title(person: Span, title: Span, linked: list[Mention]) -> str | None:
    if title.start < person.start:
        lo, hi = _clause_start(title, _COUNTRY_LOOKBACK), person.start
    else:
        lo, hi = _clause_start(title, 2), _clause_end(title)
    best: tuple[int, str] | None = None
    for mention in linked:
        ref = mention.ref
        if ref is None or ref.country is None or ref.kind == "place":
            continue
        if mention.span.end <= lo or mention.span.start >= hi:
            continue
        if _is_post(mention.span):
            continue  # "the ambassador to Sweden" serves there; Sweden is not his state
        distance = max(0, title.start - mention.span.end)
        if best is None or distance < best[0]:
            best = (distance, ref.country)
    return best[1] if best else None


_POST_PREPOSITIONS = frozenset({"to", "in", "at"})


def _is_post(span: Span) -> bool:
    """True if the state mention is the post of an office ("ambassador to X", "envoy in X")."""
    return span.start > 0 and span.doc[span.start - 1].lower_ in _POST_PREPOSITIONS


def _clause_start(span: Span, lookback: int) -> int:
    """Return the first token index at most ``lookback`` tokens before ``span`` that lies in its
    clause: the state of "... the Japan-Korea Declaration. Foreign Minister X" is not read
    across the full stop."""
    doc = span.doc
    lo = max(0, span.start - lookback)
    for i in range(span.start - 1, lo - 1, -1):
        if doc[i].text in _CLAUSE_ENDS or "\n" in doc[i].text_with_ws:
            return i + 1
    return lo


def _clause_end(span: Span) -> int:
    doc = span.doc
    i = span.end
    while i < len(doc) and doc[i].text not in (",", ".", ";") and i - span.end < 12:
        i += 1
    return i


# --- States, capitals, regions ---------------------------------------------------------------


def _state_dominance(mentions: list[Mention], gaz: Gazetteer) -> Counter[str]:
    counts: Counter[str] = Counter()
    for mention in mentions:
        if mention.source != "gazetteer_state":
            continue
        codes = resolve_forms(gaz.forms_by_norm.get(mention.ident, []), mention.year)
        if len(codes) == 1:
            counts[codes[0]] += 1
    return counts


# An unambiguous state named in the same sentence (or a statesman of it) outweighs the
# document's counts when an ambiguous name ("the Korean people") is read: "Kim Il Sung thanked
# the Korean people" in an essay that names Seoul more often is still North Korea.
_LOCAL_WEIGHT = 100


def _sentence_states(
    mentions: list[Mention], people: list[Mention], gaz: Gazetteer
) -> dict[int, Counter[str]]:
    """Return, per sentence start, the states named unambiguously in that sentence by a state
    name or a gazetteer statesman (his state in the year of the mention)."""
    out: dict[int, Counter[str]] = {}
    if not mentions or not mentions[0].span.doc.has_annotation("DEP"):
        return out
    for mention in mentions:
        if mention.source != "gazetteer_state":
            continue
        codes = resolve_forms(gaz.forms_by_norm.get(mention.ident, []), mention.year)
        if len(codes) == 1:
            out.setdefault(mention.span.sent.start, Counter())[codes[0]] += 1
    for person in people:
        if person.famous is not None:
            country = person.famous.country_in(person.year)
            if country:
                out.setdefault(person.span.sent.start, Counter())[country] += 1
    return out


def _weighted(near: Counter[str] | None) -> Counter[str]:
    return Counter({k: v * _LOCAL_WEIGHT for k, v in (near or Counter()).items()})


def _link_state(mention: Mention, gaz: Gazetteer, dom: Counter[str], parsed: bool) -> None:
    forms = gaz.forms_by_norm.get(mention.ident, [])
    regions = [f for f in forms if f.kind == "region"]
    if regions:
        country = regions[0].iso3
        if country is not None and names_a_thing(mention.span, NAME_NOUNS):
            country = None  # "the Geneva conference", "the Camp David Accords"
        mention.ref = EntityRef("place", mention.ident, mention.span.text, country)
        mention.label = "LOC"
        return
    when = mention.year
    codes = resolve_forms(forms, when, prefer_current=False)
    if len(codes) > 1:
        ranked = sorted(codes, key=lambda c: -dom[c])
        # Prefer the state the document keeps naming unambiguously (clearly more often than
        # the other), else today's state when no year is known; else no link at all.
        top, second = dom[ranked[0]], dom[ranked[1]]
        dominant = top >= _DOMINANT_MIN and top >= _DOMINANT_RATIO * second
        codes = ranked[:1] if dominant else resolve_forms(forms, when)
    if not codes and when is not None and all(f.end is not None and f.end < when for f in forms):
        codes = resolve_forms(forms, None)  # a former name used in retrospect ("West Germany")
    if len(codes) != 1:
        return  # stays ambiguous: left to the stock model's label
    iso3 = codes[0]
    kinds = {f.kind for f in forms if f.iso3 == iso3}
    state = gaz.states[iso3]
    if _inside_a_name(mention.span, kinds):
        # "the Algiers Agreement", "the Arab-Israeli war": a place named, no party (no state)
        city = next((f.canonical for f in forms if f.iso3 == iso3 and f.canonical), None)
        name = city if "capital" in kinds and city else mention.span.text
        mention.ref = EntityRef("place", normalize(name), name, None)
        mention.label = "GPE"
        return
    if "capital" in kinds and not capital_acts_as_state(mention.span, parsed):
        city = next(f.canonical for f in forms if f.iso3 == iso3 and f.canonical)
        mention.ref = EntityRef("place", normalize(city or mention.span.text), city or "", iso3)
        mention.label = "GPE"
        return
    mention.ref = EntityRef("state", iso3, state.name, iso3)
    mention.label = "NORP" if kinds == {"demonym"} else "GPE"


def _inside_a_name(span: Span, kinds: Collection[str]) -> bool:
    """A capital inside the name of a meeting, document or war ("the Berlin conference"); a
    state inside the name of a war ("the Arab-Israeli war", "the Korean War")."""
    if "capital" in kinds:
        return names_a_thing(span, NAME_NOUNS)
    return names_a_thing(span, WAR_NOUNS)


# --- Organisations ---------------------------------------------------------------------------


def _link_org(mention: Mention, gaz: Gazetteer, linked: list[Mention]) -> None:
    org = gaz.orgs[mention.ident]
    country = org.country
    if org.generic:
        country = _owner_after(mention, linked) or _owner_before(mention, linked)
    key = f"{country}:{org.key}" if org.generic and country else org.key
    mention.ref = EntityRef("organization", key, org.name, country)
    mention.label = "ORG"


def _owner_after(mention: Mention, linked: list[Mention]) -> str | None:
    """ "the CC of the MPRP" → the MPRP's state."""
    doc = mention.span.doc
    i = mention.span.end
    if i >= len(doc) or doc[i].lower_ != "of":
        return None
    i += 1
    if i < len(doc) and doc[i].lower_ == "the":
        i += 1
    for other in linked:
        if other.span.start == i and other.ref is not None and other.ref.kind != "place":
            return other.ref.country
    return None


def _owner_before(mention: Mention, linked: list[Mention]) -> str | None:
    """ "the Mongolian Foreign Ministry", "MPRP Central Committee", "the DPRK's ..." """
    doc = mention.span.doc
    for other in linked:
        if other.ref is None or other.ref.kind == "place" or other.span.end > mention.span.start:
            continue
        between = doc[other.span.end : mention.span.start]
        if len(between) <= 1 and all(t.lower_ in ("'s", "’s", "'") for t in between):
            return other.ref.country
    return None


# --- Coordinated and paired states -------------------------------------------------------------

# "North and South Korea", "East and West Germany": the first adjective names a state too.
_ELLIPTIC_PAIR = re.compile(
    r"\b(North|South|East|West)(?:ern)? and (North|South|East|West)(?:ern)? "
    r"(Korea|Germany|Vietnam|Viet Nam|Yemen)\b"
)
# "the two German states", "both Koreas": two states in one phrase (see _paired_states).
_BOTH_PAIR = re.compile(
    r"\b(?:[Tt]wo|[Bb]oth) (?:(Korean|German|Vietnamese|Yemeni) (?:states|governments|republics)"
    r"|(Koreas|Germanys|Germanies|Vietnams|Yemens))\b"
)
_PAIRS = {
    "korea": ("North Korea", "South Korea"),
    "german": ("West Germany", "East Germany"),
    "vietnam": ("North Vietnam", "South Vietnam"),
    "yemen": ("North Yemen", "South Yemen"),
}


def _pair_key(word: str) -> str:
    low = word.lower()
    return next(key for key in _PAIRS if low.startswith(key[:5]))


def _paired_states(
    doc: Doc,
    gaz: Gazetteer,
    linked: list[Mention],
    year: int | None,
    starts: list[int],
    marks: list[tuple[int, int]],
    text: str,
) -> list[Mention]:
    """Return state mentions for elliptic coordinations ("North" of "North and South Korea")
    and for "the two German states" (one mention per state, on the same tokens)."""
    found: list[Mention] = []
    for m in _ELLIPTIC_PAIR.finditer(text):
        span = _span_of(doc, m.start(1), m.end(1))
        if span is None:
            continue
        when = mention_year(span, year, starts, marks, text)
        iso3 = _pair_state(gaz, f"{m.group(1)} {m.group(3)}", when)
        if iso3 is not None:
            found.append(_state_mention(span, gaz, iso3, "pair"))
    for m in _BOTH_PAIR.finditer(text):
        span = _span_of(doc, m.start(), m.end())
        if span is None:
            continue
        when = mention_year(span, year, starts, marks, text)
        names = _PAIRS[_pair_key(m.group(1) or m.group(2))]
        first, second = (_pair_state(gaz, name, when) for name in names)
        if first and second and len(span) > 1:
            # spaCy keys span extensions by offsets: the two states cannot share one span.
            # Convention: the whole phrase names the first state, the phrase minus its
            # numeral ("German states", "Koreas") the second.
            found.append(_state_mention(span, gaz, first, "both"))
            found.append(_state_mention(span[1:], gaz, second, "both"))
    return found


def _pair_state(gaz: Gazetteer, name: str, year: int | None) -> str | None:
    codes = resolve_forms(gaz.forms_by_norm.get(normalize(name), []), year)
    if not codes and year is not None:
        codes = resolve_forms(gaz.forms_by_norm.get(normalize(name), []), None)
    return codes[0] if len(codes) == 1 else None


def _state_mention(span: Span, gaz: Gazetteer, iso3: str, ident: str) -> Mention:
    ref = EntityRef("state", iso3, gaz.states[iso3].name, iso3)
    return Mention(span, "gazetteer_state", ident, ref=ref, label="GPE")


def _without_pair_members(linked: list[Mention]) -> list[Mention]:
    """Drop single-state mentions inside a "two German states" span (its "German" would
    otherwise name one state of the two)."""
    both = [m.span for m in linked if m.ident == "both"]
    kept = [
        m
        for m in linked
        if m.ident == "both"
        or not any(b.start <= m.span.start and m.span.end <= b.end for b in both)
    ]
    return sorted(kept, key=lambda m: m.span.start)

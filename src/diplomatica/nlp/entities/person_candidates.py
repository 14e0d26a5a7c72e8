"""Finding person mentions: statesmen matches, rule-matched names, cleaned stock PERSON spans,
lone Mongolian names and given-name runs, less headings, headlines and namesake institutions."""

from __future__ import annotations

import re

from spacy.attrs import ORTH, TAG
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from diplomatica.nlp.doc_text import doc_text, tokens_with
from diplomatica.nlp.entities.given_names import ETHNONYMS, GEOGRAPHIC_HEADS, GIVEN_NAMES
from diplomatica.nlp.entities.mention import (
    INITIAL_TOKEN,
    NAME_TAGS,
    PROPER_TAGS,
    SURNAME_TAGS,
    Mention,
    span_of,
    token_indices,
)
from diplomatica.nlp.entities.names import (
    INSTITUTION_WORDS,
    east_asian_names,
    initials_names,
    looks_mongolian,
    normalize_name,
)
from diplomatica.nlp.entities.statesmen import ROYAL_TITLES
from diplomatica.nlp.entities.stock_person import clean_stock_person
from diplomatica.nlp.gazetteer import Gazetteer, normalize, person_key


def without_given_name_cities(doc: Doc, mentions: list[Mention], gaz: Gazetteer) -> list[Mention]:
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


def person_mentions(
    doc: Doc,
    gazetteer_mentions: list[Mention],
    gaz: Gazetteer,
    excluded: frozenset[str],
    famous_spans: list[Span],
    dictionary: frozenset[str],
    tagged: bool,
    titles: list[Span],
) -> list[Mention]:
    """Return the document's person candidates, none overlapping a gazetteer mention or each
    other (the longer span wins; a rule match wins a tie with a stock span); ``titles`` are
    the matched titles (a royal title names the person whose regnal name follows it)."""
    candidates: list[Mention] = _famous_mentions(famous_spans, tagged)
    text = doc_text(doc)
    for match in (*initials_names(text, excluded), *east_asian_names(text, excluded)):
        span = span_of(doc, match.start, match.end)
        if span is not None and not _names_an_institution(span):
            candidates.append(Mention(span, "person", match.surname, name_match=match))
    for ent in doc.ents:
        if ent.label_ == "PERSON":
            cleaned = clean_stock_person(ent, gaz)
            if cleaned is None or _heading_word(cleaned, gaz, dictionary):
                continue
            if not _headline_words(cleaned, dictionary):
                candidates.append(Mention(cleaned, "person", normalize_name(cleaned.text)))
    taken = token_indices(m.span for m in gazetteer_mentions)
    candidates.extend(_lone_mongolian_names(doc, candidates, taken, excluded, tagged))
    candidates.extend(_given_name_people(doc, taken, excluded, gaz, tagged))
    candidates.extend(_regnal_names(doc, titles, taken, excluded, gaz, tagged))
    free = [m for m in candidates if not any(i in taken for i in range(m.span.start, m.span.end))]
    by_span = {(m.span.start, m.span.end): m for m in reversed(free)}  # rule matches win ties
    kept = filter_spans([m.span for m in by_span.values()])
    return [by_span[(s.start, s.end)] for s in kept]


_REGNAL_NUMERAL = re.compile(r"^[IVX]{1,5}$")


def _regnal_names(
    doc: Doc,
    titles: list[Span],
    taken: set[int],
    excluded: frozenset[str],
    gaz: Gazetteer,
    tagged: bool,
) -> list[Mention]:
    """ "King Faisal of Saudi Arabia", "Emperor Menelik II": the one or two name words (and a
    regnal numeral) right after a royal title name a monarch, whom the stock model often
    reads as a building or misses."""
    found = []
    for title in titles:
        if title.label_.partition("|")[2] not in ROYAL_TITLES or title.end >= len(doc):
            continue
        if "\n" in doc[title.end - 1].whitespace_:
            continue
        end = _name_words_end(doc, title.end, taken, excluded, tagged)
        if end == title.end:
            continue
        if end < len(doc) and _REGNAL_NUMERAL.match(doc[end].text):
            end += 1
        span = doc[title.end : end]
        if _names_an_institution(span) or normalize(span.text) in gaz.forms_by_norm:
            continue
        found.append(Mention(span, "person", normalize_name(span.text)))
    return found


def _famous_mentions(spans: list[Span], tagged: bool) -> list[Mention]:
    """Person candidates from the statesmen matcher: full names always; a bare surname
    ("Brezhnev said") only where the tagger (if any) reads a proper noun and the word is not
    a namesake institution."""
    found = []
    for span in spans:
        kind, _, key = span.label_.partition("|")
        if _names_an_institution(span):
            continue
        if kind == "B":
            if tagged and not all(tok.tag_ in PROPER_TAGS for tok in span):
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


def _lone_mongolian_names(
    doc: Doc,
    candidates: list[Mention],
    taken: set[int],
    excluded: frozenset[str],
    tagged: bool,
) -> list[Mention]:
    """Surname-only Mongolian names ("Tsedenbal told ...") that the stock model misses or reads
    as an organisation, recognised by their morphology (proper nouns only when tagged)."""
    covered = taken | token_indices(m.span for m in candidates)
    found = []
    # The small model often tags unknown names JJ or NN; verbs and adverbs are not names.
    for tok in (doc[i] for i in tokens_with(doc, TAG, NAME_TAGS)) if tagged else doc:
        if tok.i in covered or tok.lower_ in excluded:
            continue
        if looks_mongolian(tok.text):
            found.append(Mention(doc[tok.i : tok.i + 1], "person", normalize_name(tok.text)))
    return found


_MAX_NAME_WORDS = 2


def _given_name_people(
    doc: Doc, taken: set[int], excluded: frozenset[str], gaz: Gazetteer, tagged: bool
) -> list[Mention]:
    """Names the stock model misses or cuts short ("Anatoly Dobrynin was appointed", "Pavel
    Ivanov" read as "Ivanov"): a common given name followed, on its line, by one or two
    capitalised name words (an initial may stand between: "John F. Kennedy") that are no
    gazetteer, title, month, stop, place or people word."""
    found = []
    for tok in (doc[i] for i in tokens_with(doc, ORTH, GIVEN_NAMES)):
        if tok.i in taken or (tagged and tok.tag_ not in PROPER_TAGS):
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
        if INITIAL_TOKEN.match(tok.text) and i + 1 < len(doc) and tok.i not in taken:
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
    return not tagged or tok.tag_ in SURNAME_TAGS


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

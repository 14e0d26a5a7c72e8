"""Contextual decisions on found mentions: capital as government or as place, year of a mention,
title and state of a person, state of a generic organ."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from spacy.tokens import Doc, Span, Token

from diplomatica.nlp.extensions import SPANS_TIME

# Objects of these prepositions are places ("travelled to Pyongyang", "in Ulaanbaatar").
PLACE_PREPOSITIONS = frozenset(
    {
        "to",
        "in",
        "at",
        "from",
        "into",
        "near",
        "via",
        "through",
        "across",
        "around",
        "outside",
        "inside",
        "within",
        "toward",
        "towards",
        "on",
        "over",
        "past",
        "throughout",
    }
)
# Objects of these prepositions act as governments ("between Moscow and Beijing").
ACTOR_PREPOSITIONS = frozenset({"between", "with", "against", "by", "for", "versus", "vs"})
# Heads of "of" that make the object a place: "the streets of Moscow", "the mayor of Seoul".
PLACE_NOUNS = frozenset(
    [
        "streets",
        "street",
        "outskirts",
        "suburbs",
        "centre",
        "center",
        "city",
        "capital",
        "mayor",
        "citizens",
        "residents",
        "inhabitants",
        "population",
        "airport",
        "station",
        "university",
        "districts",
        "district",
        "heart",
    ]
)
_FINITE_VERB_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "agent", "poss", "csubj"})
_YEAR = re.compile(r"\b(1[5-9]\d\d|20\d\d)\b")
_LOOKBACK_CHARS = 1200
_LOOKAHEAD_CHARS = 400


def _head_of_coordination(token: Token) -> Token:
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token


def capital_acts_as_state(span: Span, parsed: bool) -> bool:
    """Return whether a capital mention stands for its government (metonymy).

    With a dependency parse: subjects, possessives, "Moscow-led", and objects of
    between/with/against/by are governments; objects of to/in/at/from... are places. Without a
    parse (``parsed`` False): a preceding place preposition makes a place, anything else a
    government.
    """
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and after.lower_ in ("'s", "’s", "'"):
        return True
    if after is not None and after.text == "-" and span.end + 1 < len(doc):
        return doc[span.end + 1].lower_ in ("led", "controlled", "backed", "dominated", "oriented")
    before = _previous_word(span)
    place_object = before is not None and before.lower_ in PLACE_PREPOSITIONS
    if after is not None and after.tag_ in _FINITE_VERB_TAGS and not place_object:
        return True  # "... and Hanoi installed a government": the parser may miss the clause
    if parsed:
        root = _head_of_coordination(span.root)
        if root.dep_ in _SUBJECT_DEPS:
            return True
        if root.dep_ == "pobj":
            return _object_acts(root.head)
        return False
    if before is None:
        return True
    if place_object:
        return False
    return before.lower_ in ACTOR_PREPOSITIONS or before.is_punct or before.lower_ == "and"


# Nouns of named meetings and documents: a city before them names the thing ("the Algiers
# Agreement", "the Berlin conference", "the Warsaw meeting"), not a party to it.
NAME_NOUNS = frozenset(
    {
        "conference",
        "conferences",
        "agreement",
        "agreements",
        "accord",
        "accords",
        "declaration",
        "meeting",
        "meetings",
        "summit",
        "talks",
        "statement",
        "communiqué",
        "communique",
        "pact",
        "treaty",
        "protocol",
        "protocols",
        "convention",
        "process",
        "negotiations",
        "charter",
        "act",
        "formula",
        "line",
        "plan",
        "round",
        "crisis",
        "war",
        "blockade",
        "airlift",
        "wall",
    }
)
# A war named after its belligerents ("the Arab-Israeli war", "the Korean War") is no act of
# those states in the sentence that mentions it.
WAR_NOUNS = frozenset({"war", "wars", "conflict"})
_NAME_GAP = 3


def names_a_thing(span: Span, nouns: frozenset[str]) -> bool:
    """Return whether the mention is a modifier inside the name of a meeting, document or war:
    followed, within a few capitalised words or hyphenated names, by one of ``nouns`` ("the
    Algiers Agreement", "the Geneva Peace Conference", "the Arab-Israeli war"). A possessive
    ("Moscow's plan") or a name ending the phrase ("in Algiers") is not inside a name."""
    doc = span.doc
    i = span.end
    for _ in range(_NAME_GAP + 1):
        if i >= len(doc):
            return False
        tok = doc[i]
        if tok.lower_ in nouns:
            return not tok.is_sent_start
        if tok.lower_ == "civil":
            return False  # "the Spanish Civil War": the state the war was fought in
        if tok.text in ("-", "–", "‐") or (tok.is_title and tok.is_alpha and not tok.is_sent_start):
            i += 1
            continue
        return False
    return False


def _object_acts(prep: Token) -> bool:
    """Whether the object of ``prep`` is an actor: "between/with/by Moscow", "the request of
    Moscow", "close to Moscow" are governments; "in/at/from Moscow", "the streets of Moscow",
    "a visit to Moscow" are places."""
    word = prep.lower_
    if word in ACTOR_PREPOSITIONS:
        return True
    if word == "of":
        # "the Act of Montevideo", "the Treaty of Lima": a city in a document's title
        titled = prep.head.is_title and prep.head.lower_ in NAME_NOUNS
        return prep.head.lower_ not in PLACE_NOUNS and not titled
    if word == "to":
        return prep.head.pos_ == "ADJ"
    return False


def _previous_word(span: Span) -> Token | None:
    i = span.start - 1
    doc = span.doc
    # Skip a coordinated sibling: "in Ulaanbaatar and Pyongyang" → the preposition counts.
    while i >= 0 and (doc[i].lower_ == "and" or doc[i].text == ","):
        i -= 1
        while i >= 0 and doc[i].is_title:
            i -= 1
    return doc[i] if i >= 0 else None


def time_marks(doc: Doc) -> list[tuple[int, int]]:
    """Return ``(start_char, year)`` of the time tagger's dated expressions, if it ran."""
    if SPANS_TIME not in doc.spans:
        return []
    marks = []
    for tspan in doc.spans[SPANS_TIME]:
        timex = getattr(tspan._, "timex", None)
        if timex is not None and timex.start and timex.start[:4].isdigit():
            marks.append((tspan.start_char, int(timex.start[:4])))
    return sorted(marks)


def sentence_starts(doc: Doc) -> list[int]:
    """Return the start offsets of the doc's sentences ([0] when it has no boundaries).

    Computed once per doc: ``Span.sent`` re-scans the whole doc on every call. Read from the
    token arrays, as ``Doc.sents`` splits (no sentence ``Span`` is built)."""
    if not doc.has_annotation("SENT_START"):
        return [0]
    opens = doc.to_array("SENT_START").tolist()
    chars = doc.to_array("IDX").tolist()
    return [chars[i] for i in range(len(doc)) if i == 0 or opens[i] == 1]


def mention_year(
    span: Span,
    doc_year: int | None,
    starts: list[int],
    marks: list[tuple[int, int]],
    text: str,
) -> int | None:
    """Return the year a mention speaks about: a dated expression of its sentence (from the time
    tagger's ``marks``, else a bare year; earlier ones first), else the last year in the preceding
    ~1200 characters (bare or dated by the time tagger), else the document's year, else the first
    year in the next ~400 characters. ``starts`` are the sentence starts of :func:`sentence_starts`,
    ``marks`` the dated expressions of :func:`time_marks` (sorted by offset);
    ``text`` is ``doc.text`` (which spaCy rebuilds on every access)."""
    index = bisect_right(starts, span.start_char) - 1
    sent_start = starts[max(0, index)]
    sent_end = starts[index + 1] if 0 <= index < len(starts) - 1 else len(text)
    at_mention = bisect_left(marks, (span.start_char,))  # marks are sorted by offset
    before = marks[bisect_left(marks, (sent_start,)) : at_mention]
    after = marks[at_mention : bisect_left(marks, (sent_end,))]
    ranked = before[::-1] + after  # the nearest before the mention first, then after it
    if len(ranked) > 1:
        # "X, President of Croatia from 2000 to 2010, visited Belgrade in September 2003":
        # a term in an apposition or a noun's qualifier is background; the clause's own time
        # tells the year of the place
        main = [m for m in ranked if not is_background_time(span.doc, m[0])]
        ranked = main or ranked
    if ranked:
        return ranked[0][1]
    # A bare year in the same sentence: the nearest before the mention, else after it.
    years = _YEAR.findall(text[sent_start : span.start_char])
    if years:
        return int(years[-1])
    later = _YEAR.search(text, span.end_char, sent_end)
    if later:
        return int(later.group(1))
    # A narrative keeps its year until it names another: look back a few sentences (bare years
    # and the time tagger's dated expressions, "the following spring", whichever comes last).
    # Years of background phrases ("the treaty of 1950, which lapsed in 1980") set no narrative
    # year: a dated document keeps its own year past such a flashback.
    lo = max(0, min(sent_start, span.start_char - _LOOKBACK_CHARS))
    if doc_year is not None:
        # A dated record or report returns to its own time at each paragraph: the year of a
        # flashback in one numbered point or background paragraph does not carry to the next.
        paragraph = text.rfind("\n\n", 0, sent_start)
        if paragraph >= 0:
            lo = max(lo, paragraph + 2)
    last: tuple[int, int] | None = None
    for m in _YEAR.finditer(text, lo, span.start_char):
        if doc_year is None or not is_background_time(span.doc, m.start()):
            last = (m.start(), int(m.group(1)))
    for start, year in marks[bisect_left(marks, (lo,)) : at_mention]:
        later_than_last = last is None or start > last[0]
        if later_than_last and (doc_year is None or not is_background_time(span.doc, start)):
            last = (start, year)
    if last is not None:
        return last[1]
    if doc_year is not None:
        return doc_year
    # An undated opening: the first year stated shortly after the mention.
    ahead = _YEAR.search(text, span.end_char, span.end_char + _LOOKAHEAD_CHARS)
    return int(ahead.group(1)) if ahead else None


_BACKGROUND_DEPS = frozenset({"relcl", "acl", "appos"})


def is_background_time(doc: Doc, char: int) -> bool:
    """Return True if the time expression starting at offset ``char`` is background to its
    sentence: inside a relative clause or apposition ("..., which lapsed in 1980"), or a
    qualifier of a noun ("the alliance treaty of 1950"), rather than the time of its main
    clause. False when the doc is not parsed."""
    if not doc.has_annotation("DEP"):
        return False
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    if span is None or not len(span):
        return False
    token = span[0]
    if token.dep_ in ("compound", "nummod", "amod") and token.head.pos_ == "NOUN":
        return True  # "the 1961 treaty still stood": a year naming a thing, not the clause's time
    if token.dep_ == "compound" or token.dep_ == "nummod":
        token = token.head
    if token.dep_ == "prep" and token.head.pos_ in {"NOUN", "PROPN"}:
        return True  # "Mesić, from 2000 to 2010, ...": the time told with its preposition
    if (
        token.dep_ == "pobj"
        and token.head.dep_ == "prep"
        and token.head.head.pos_ in {"NOUN", "PROPN"}
    ):
        return True
    for _ in range(12):
        if token.dep_ in _BACKGROUND_DEPS:
            return True
        if token.head.i == token.i:
            return False
        token = token.head
    return False


def doc_year(doc: Doc) -> int | None:
    """Return the year of ``doc._.dipl_doc_date`` if it is set and starts with a year."""
    date = getattr(doc._, "dipl_doc_date", None) if Doc.has_extension("dipl_doc_date") else None
    if isinstance(date, str) and _YEAR.match(date):
        return int(date[:4])
    return None

"""Where a time expression sits in the parse: its head, the verb it hangs on, its clause."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from diplomatica.nlp.events.context import NOTE_MARKER, DocContext, TimeMention
from diplomatica.nlp.events.triggers import Trigger

TEMPORAL_PREPS = frozenset(["on", "in", "during", "since", "until", "by", "from", "between"])
# Nouns that are part of a time expression ("the end of January", "the autumn of 1972").
TEMPORAL_NOUNS = frozenset(
    [
        "end",
        "beginning",
        "start",
        "middle",
        "course",
        "spring",
        "summer",
        "autumn",
        "fall",
        "winter",
        "half",
        "part",
        "turn",
        "rest",
        "close",
        "eve",
        "day",
        "week",
        "month",
        "year",
        "decade",
        "period",
        "time",
        "quarter",
    ]
)
DESCRIPTIVE = frozenset(["relcl", "appos", "acl"])
_STATIVE = frozenset(["be", "remain", "serve", "head", "hold", "lead", "chair"])
_CLAUSE_BREAKS = frozenset([",", ";", ":", "and", "but", "while", "whereas", "which", "who"])


def opening_words(doc: Doc, start: int, end: int) -> list[Token]:
    """Return the words of ``doc[start:end]`` that open a sentence before a time: punctuation,
    spaces and endnote markers ("[4] Later that month ...") are not words of the clause."""
    return [t for t in doc[start:end] if not (t.is_punct or t.is_space or _in_note_marker(t))]


def _in_note_marker(tok: Token) -> bool:
    """Return whether a token is (the number of) an endnote marker in square brackets ("[4]",
    "[12]", "[xiv]")."""
    if NOTE_MARKER.fullmatch(tok.text):
        return True
    if not tok.like_num or tok.i == 0 or tok.i + 1 >= len(tok.doc):
        return False
    return tok.doc[tok.i - 1].text.endswith("[") and tok.doc[tok.i + 1].text.startswith("]")


# Prepositions of a part of a time ("at the end of", "towards the close of", "by the middle of").
_PART_PREPS = TEMPORAL_PREPS | {"at", "towards", "toward"}


def after_temporal_prep(tm: TimeMention, ctx: DocContext) -> bool:
    """Return whether a temporal preposition ("on", "in", "since"), or one with a part of a
    time ("at the end of", "by the middle of"), introduces a time: it is an adverbial even when
    the parser glues it to the next noun ("At the end of May 1966 Malik ...")."""
    doc, i = ctx.doc, tm.start
    if i >= 4 and doc[i - 1].lower_ == "of" and doc[i - 3].lower_ == "the":
        part, prep = doc[i - 2].lemma_.lower(), doc[i - 4].lower_
        if part in TEMPORAL_NOUNS and prep in _PART_PREPS:
            return True
    return i > 0 and doc[i - 1].lower_ in TEMPORAL_PREPS


def time_head(tm: TimeMention, ctx: DocContext) -> Token:
    """Return the token through which a time expression attaches to the rest of the parse."""
    for t in ctx.doc[tm.start : tm.end]:
        if t.head.i < tm.start or t.head.i >= tm.end:
            return t
    return ctx.doc[tm.start]


def clause_verb(tm: TimeMention, ctx: DocContext) -> Token:
    """Return the verb a time expression hangs on (or the highest word within four steps)."""
    node = time_head(tm, ctx)
    for _ in range(4):
        if node.pos_ in ("VERB", "AUX") or node.head.i == node.i:
            break
        node = node.head
    return node


def attached_to(tm: TimeMention, verb: Token, ctx: DocContext) -> bool:
    """Return whether a time expression hangs on ``verb`` (through its preposition)."""
    node = time_head(tm, ctx)
    for _ in range(3):
        if node.i == verb.i:
            return True
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def same_clause(tm: TimeMention, trigger: Trigger, ctx: DocContext) -> bool:
    """Return whether nothing that opens another clause (a comma, "and", "which") stands
    between a time expression and the trigger (the parse often misplaces durations)."""
    lo, hi = (
        (tm.end, trigger.token.i) if tm.end <= trigger.token.i else (trigger.token.i + 1, tm.start)
    )
    return not any(t.lower_ in _CLAUSE_BREAKS for t in ctx.doc[lo:hi])


def has_perfect(verb: Token) -> bool:
    """Return whether a verb takes the perfect auxiliary ("had served", "has supplied")."""
    return any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children)


def is_background(clause: Token) -> bool:
    """Return whether a descriptive clause states a background fact about its noun rather than
    a step of the narrative: an apposition ("First Secretary since 1953"), a perfect ("who had
    served in Riyadh", "which had supplied arms since 1975") or a state ("who was President")."""
    if clause.dep_ == "appos" or clause.pos_ not in ("VERB", "AUX"):
        return True
    if clause.lemma_.lower() in _STATIVE:
        return True
    return has_perfect(clause)


def is_dated_step(tm: TimeMention, clause: Token) -> bool:
    """Return whether a clause with a stative verb is dated to a single day ("the delegation
    Raab led there on 11 April 1955"): a step of the narrative, not a state of the person."""
    if clause.pos_ not in ("VERB", "AUX") or tm.value.granularity != "day":
        return False
    return not has_perfect(clause)

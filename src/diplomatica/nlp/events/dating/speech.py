"""A stance told in reported speech ("the King said that Morocco supported the struggle of
the Algerian people", "Kazakhstan, he said, backed the initiative"): the backing is stated
when it is said, not when the thing backed was proposed or made."""

from __future__ import annotations

from spacy.tokens import Token

from diplomatica.nlp.events.context import DocContext, TimeMention
from diplomatica.nlp.events.dating.attachment import UNATTACHED, attachment_score
from diplomatica.nlp.events.dating.parse import attached_to, clause_verb, has_perfect
from diplomatica.nlp.events.dating.records import (
    is_record_of_talks,
    record_occasion,
    speech_record_day,
)
from diplomatica.nlp.events.triggers import Trigger
from diplomatica.nlp.types import TimeValue

# Verbs by which a record of talks reports what a speaker said in them (not "declared in
# public", "announced", an act the talks recall).
_CONVERSATION_VERBS = frozenset(
    ["say", "tell", "reply", "add", "assure", "stress", "emphasise", "emphasize", "explain"]
)

# Tags of a speech verb telling the conversation itself: "said", "says" (not "had said").
_TELLING_TAGS = frozenset(["VBD", "VBZ", "VBP"])


def reporting_verb(trigger: Trigger) -> Token | None:
    """Return the verb of saying reporting a stance (``said`` in "X said that Y supported Z",
    also the parenthetical "Y, he said, backed Z"), when the stance is told in a simple tense
    ("supported", not "had supported"); None otherwise or for other acts."""
    verb = trigger.anchor
    if trigger.type != "EXPRESS_SUPPORT" or verb.pos_ != "VERB" or has_perfect(verb):
        return None
    if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in _CONVERSATION_VERBS:
        return verb.head
    # "Kazakhstan, he said, backed ...": the parser hangs the speech verb on the stance
    return next(
        (
            c
            for c in verb.children
            if c.dep_ == "parataxis" and c.lemma_.lower() in _CONVERSATION_VERBS
        ),
        None,
    )


def stance_times(trigger: Trigger, cands: list[TimeMention], ctx: DocContext) -> list[TimeMention]:
    """Return the times of ``cands`` that may date a stance: not those of a relative clause
    after it ("welcomed the initiative and did not condemn the treaty that A and B signed on
    26 March 1979"); for a reported stance only those hanging on its verb or on the verb
    reporting it (not the date of the proposal backed, "the proposals published last
    September", nor of another clause). Other acts keep all of ``cands``."""
    if trigger.type != "EXPRESS_SUPPORT":
        return cands
    cands = [t for t in cands if not _in_relative_clause(t, trigger, ctx)]
    speech = reporting_verb(trigger)
    if speech is None or not is_record_of_talks(ctx):
        return cands
    return [
        t
        for t in cands
        if attachment_score(t, trigger, ctx) < UNATTACHED or attached_to(t, speech, ctx)
    ]


def _in_relative_clause(tm: TimeMention, trigger: Trigger, ctx: DocContext) -> bool:
    """``supported the offer which de Gaulle had made on September 16``: a time after the
    stance hanging on another verb, after a relative pronoun that follows the stance, dates
    the relative clause (however the parser attaches that clause)."""
    anchor = trigger.anchor
    verb = clause_verb(tm, ctx)
    if tm.start < anchor.i or verb.i == anchor.i:
        return False
    return any(_relative_word(t) for t in ctx.doc[anchor.i + 1 : min(verb.i, tm.start)])


def _relative_word(tok: Token) -> bool:
    """Return whether a token opens a relative clause of another doer: "which", "whom", or
    "that" heading a clause on a noun ("the accord that A and B signed"), not as its subject
    ("the admission, which came in October 1961": the backed thing's own happening)."""
    if tok.dep_ in ("nsubj", "nsubjpass"):
        return False
    if tok.tag_ in ("WDT", "WP"):
        return True
    return tok.lower_ == "that" and tok.head.dep_ in ("relcl", "acl") and tok.head.i > tok.i


def speech_day(trigger: Trigger, ctx: DocContext) -> TimeValue | None:
    """Return the day a stance reported in the narrating tense ("the President said that the
    United States supported ...") was stated: the days of the talks a record reports, else its
    heading day or the document's date; None for a stance reported in the pluperfect ("had
    assured him that ...") or a document without date."""
    speech = reporting_verb(trigger)
    if speech is None or speech.tag_ not in _TELLING_TAGS or has_perfect(speech):
        return None
    if not is_record_of_talks(ctx):
        return None
    occasion = record_occasion(ctx)
    if occasion is not None and occasion[1] <= trigger.anchor.i:
        return occasion[0]
    return speech_record_day(ctx)

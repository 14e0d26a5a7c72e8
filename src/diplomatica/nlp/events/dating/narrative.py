"""The time a sentence is told from: the date an act told without one takes from the paragraph
before it (the last time that dates the narrative, not a thing, a plan or a description), from
the talks a record reports, or from the document; and the end a finished "since" range takes."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from diplomatica.nlp.events.context import DocContext, TimeMention
from diplomatica.nlp.events.dating.parse import (
    DESCRIPTIVE,
    TEMPORAL_NOUNS,
    after_temporal_prep,
    clause_verb,
    is_background,
    time_head,
)
from diplomatica.nlp.events.dating.records import record_occasion
from diplomatica.nlp.events.dating.spans import next_years, years_after
from diplomatica.nlp.events.dating.values import by_days, is_usable, iso_day
from diplomatica.nlp.events.triggers import Trigger
from diplomatica.nlp.events.triggers.envoys import recalled_person
from diplomatica.nlp.events.triggers.syntax import objects_of
from diplomatica.nlp.time.relative import is_since_then, is_stretch
from diplomatica.nlp.types import TimeValue

_FUTURE_AUX = frozenset(["would", "will", "shall"])
_PRESENT_AUX = frozenset(["has", "have", "is", "are"])


def context_date(
    trigger: Trigger, sent: Span, sent_times: list[TimeMention], ctx: DocContext
) -> tuple[TimeValue | None, float]:
    """Return the date of an act its sentence does not date, with a confidence: the last time
    its paragraph named before it (0.4), else the talks a record reports when told after them,
    else the document's date (0.3); None when there is none. ``sent_times`` are the times of
    ``sent`` (a duration there may still stretch the date: "for the next ten years")."""
    latest = next(
        (t for t in reversed(_paragraph_times_before(sent, ctx)) if _dates_the_narrative(t, ctx)),
        None,
    )
    if latest is not None:
        value = years_after(latest, ctx) or latest.value
        return by_days(next_years(value, trigger, sent_times, ctx) or value), 0.4
    occasion = record_occasion(ctx)
    if occasion is not None and occasion[1] <= sent.start:
        return occasion[0], 0.3
    doc_date = ctx.doc._.dipl_doc_date
    if doc_date:
        return report_day(str(doc_date)), 0.3
    return None, 0.3


def report_day(day: str) -> TimeValue:
    """Return the value of a report's own day (an ISO date)."""
    return TimeValue(day, day, day, day, "day")


def _dates_the_narrative(tm: TimeMention, ctx: DocContext) -> bool:
    """Return whether an earlier time can date what a later sentence goes on to tell: usable,
    no stretch counted back from the present, not part of a description, a plan or a thing's
    name."""
    return (
        is_usable(tm.value)
        and not is_stretch(tm.value)  # "put off over the past two years. The two met ..."
        and not is_since_then(tm.value)
        and _tells_the_narrative(tm, ctx)
        and not _names_a_thing(tm, ctx)
        and not _recalled(tm, ctx)
    )


# Verbs by which a speaker brings up the past: "He recalled his own visit to Tokyo in 1953".
_REMEMBERING_VERBS = frozenset(["recall", "remember", "remind", "recount"])


def _remembers(verb: Token, ctx: DocContext) -> bool:
    """Return whether ``verb`` brings up the past: a remembering verb that does not withdraw a
    person ("Moscow recalled its ambassador in March 1960" is an act of the narrative)."""
    lemma = verb.lemma_.lower()
    if verb.pos_ != "VERB" or lemma not in _REMEMBERING_VERBS:
        return False
    # "reminded Shehu that ..." remembers with a person as object; only "recall" withdraws one
    return lemma != "recall" or not recalled_person(objects_of(verb), set(ctx.token_mention))


def _recalled(tm: TimeMention, ctx: DocContext) -> bool:
    """Return whether a time dates something a speaker recalls ("He recalled his own visit to
    Tokyo in 1953 and remarked ...") or the start a "since" clause counts from: a memory, not
    the step the narrative has reached (what "the two leaders then" did follows the talk)."""
    node = time_head(tm, ctx)
    for _ in range(12):
        if _remembers(node, ctx):
            return node.i < tm.start
        if node.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ == "since" for c in node.children
        ):
            return True  # "the course of politics since Mr. Sato formed his government in 1964"
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def _tells_the_narrative(tm: TimeMention, ctx: DocContext) -> bool:
    """Return whether a time dates a step of the narrative: neither a description of a thing
    nor the date of a plan."""
    return not _in_description(tm, ctx) and not _announced_future(tm, ctx)


def _paragraph_times_before(sent: Span, ctx: DocContext) -> list[TimeMention]:
    """Return the time expressions of ``sent``'s paragraph told before it, in order."""
    return ctx.times_before(sent.start, ctx.paragraph_start(sent.start_char))


def _in_description(tm: TimeMention, ctx: DocContext) -> bool:
    """Return whether a time lies in a relative clause or an apposition ("the treaty of 1950,
    which lapsed in 1980"), or dates a noun after a comma ("the first since the treaty of
    1950"): it dates a thing, not the narrative a later sentence goes on with."""
    node = time_head(tm, ctx)
    for _ in range(12):
        if node.head.i == node.i:
            return False
        if node.dep_ in DESCRIPTIVE:
            return node.dep_ != "acl" or is_background(node)
        node = node.head
    return False


def _announced_future(tm: TimeMention, ctx: DocContext) -> bool:
    """Return whether a time dates a clause about the future ("announced that it would end its
    recognition at the end of 1997"): the plan's date, not when the next act happened."""
    verb = clause_verb(tm, ctx)
    return verb.pos_ in ("VERB", "AUX") and any(
        c.dep_ == "aux" and c.lower_ in _FUTURE_AUX for c in verb.children
    )


def _names_a_thing(tm: TimeMention, ctx: DocContext) -> bool:
    """Return whether a time is part of a noun's name ("the alliance treaty of 1950", "the 1972
    ABM Treaty"): it dates that thing, not the narrative a later sentence goes on with. A
    time after a temporal preposition ("On 21 December 1972 Australia ...") is an adverbial
    even when the parser glues it to the next noun."""
    if after_temporal_prep(tm, ctx):
        return False
    head = time_head(tm, ctx)
    noun = head.head
    if head.dep_ == "pobj" and noun.lower_ == "of":
        noun = noun.head
    elif head.dep_ not in ("nummod", "compound", "amod", "nmod"):
        return False
    return noun.pos_ in ("NOUN", "PROPN") and noun.lemma_.lower() not in TEMPORAL_NOUNS


def _told_in_past(verb: Token) -> bool:
    """Return whether a verb tells a finished past ("had been armed", "built"), not a state
    lasting into the present ("has been helping", "supplies")."""
    if any(c.dep_ in ("aux", "auxpass") and c.lower_ in _PRESENT_AUX for c in verb.children):
        return False
    if verb.tag_ == "VBD":
        return True
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("had", "was", "were")
               for c in verb.children)  # fmt: skip


def _narrative_time(sent: Span, ctx: DocContext) -> str | None:
    """Return the last day of the time a past-tense sentence is told from: the document's date,
    else the latest date the paragraph has named before it (not a plan, not a description)."""
    doc_date = iso_day(ctx.doc._.dipl_doc_date)
    if doc_date is not None:
        return doc_date.isoformat()
    ends = [
        t.value.end
        for t in _paragraph_times_before(sent, ctx)
        if t.value.kind in ("date", "range", "set")
        and t.value.start is not None
        and t.value.end is not None
        and _tells_the_narrative(t, ctx)
    ]
    return max(ends) if ends else None


def closed_by_narrative(
    value: TimeValue, best: TimeMention, trigger: Trigger, sent: Span, ctx: DocContext
) -> TimeValue | None:
    """Return a "since" range of a finished past closed at the time the text is told from
    ("Ethiopia had been armed by the United States since the early 1950s" in a passage on
    1977: 1950 to 1977); None when the act lasts into the present ("has been helping since
    1960") or no such time is known."""
    if value.kind != "range" or value.start is None or value.end is not None:
        return None
    if ctx.doc[best.start].lower_ != "since" or not _told_in_past(trigger.anchor):
        return None
    end = _narrative_time(sent, ctx)
    if end is None or end < value.start:
        return None
    name = f"{value.value.removesuffix('/..')}/{end}"
    return TimeValue(value.text, name, value.start, end, "range", "range", True)


# acts that last (aid given, support expressed) and so run on from a point to the time told
LASTING = frozenset(["PROVIDE_AID", "EXPRESS_SUPPORT"])


def closed_at_report(
    value: TimeValue, best: TimeMention, trigger: Trigger, ctx: DocContext
) -> TimeValue | None:
    """Return a lasting act told in the present perfect from a point ("Britain has provided
    Tanzania with aid since independence in 1961", "has flown arms to the MPLA since the
    spring") as a range from that point to the day of the report that tells it; None when the
    act is not such, the time is not what "since" counts from, or the document has no date. A
    relative clause ("the United States, which has provided Egypt with aid since 1975, ...")
    describes its noun's past, told without an end: its range stays as it is."""
    if trigger.type not in LASTING or value.start is None or _describes(trigger.anchor):
        return None
    if not _present_perfect(trigger.anchor) or not _counted_since(best, trigger, ctx):
        return None
    day = iso_day(ctx.doc._.dipl_doc_date)
    if day is None or day.isoformat() < value.start:
        return None
    end = day.isoformat()
    return TimeValue(value.text, f"{value.start}/{end}", value.start, end, "range", "range", True)


def _describes(verb: Token) -> bool:
    """Return whether a verb (or the verb it completes) heads a relative clause."""
    return verb.dep_ == "relcl" or (verb.dep_ == "xcomp" and verb.head.dep_ == "relcl")


def _present_perfect(verb: Token) -> bool:
    """Return whether a verb (or the verb it completes: "has been helping to build") is in the
    present perfect ("has provided", "have been supplying")."""
    for node in (verb, verb.head) if verb.dep_ == "xcomp" else (verb,):
        if any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("has", "have") for c in node.children):
            return True
    return False


def _counted_since(best: TimeMention, trigger: Trigger, ctx: DocContext) -> bool:
    """Return whether a time is what a "since" counts from: it opens with "since", follows it
    ("since independence in 1961"), or dates a clause "since" opens ("since its text was
    published in September"), below the trigger's verb."""
    doc = ctx.doc
    if any(doc[i].lower_ == "since" for i in (best.start, best.start - 1) if i >= 0):
        return True
    if _since_before(best.start, doc):
        return True  # "since independence in 1966", however the parser hangs "in 1966"
    node = time_head(best, ctx)
    for _ in range(8):
        if node.i == trigger.anchor.i or node.head.i == node.i:
            return False
        if node.lower_ == "since" or any(
            c.dep_ == "mark" and c.lower_ == "since" for c in node.children
        ):
            return True
        node = node.head
    return False


# Words a short noun phrase between "since" and its time may hold ("since independence in 1966").
_SINCE_PHRASE_TAGS = frozenset(["NN", "NNS", "NNP", "JJ", "DT", "PRP$", "POS", "IN"])


def _since_before(start: int, doc: Doc) -> bool:
    """Return whether "since" opens a short noun phrase that the time at ``start`` ends ("since
    independence in 1966", "since the coup of 1969"): up to four words, no verb or comma."""
    for i in range(start - 1, max(start - 5, -1), -1):
        if doc[i].lower_ == "since":
            return i < start - 1
        if doc[i].tag_ not in _SINCE_PHRASE_TAGS:
            return False
    return False

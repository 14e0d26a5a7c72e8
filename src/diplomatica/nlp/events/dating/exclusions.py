"""The times of a sentence that date something other than the event: a thing named with its
year, a person's office or past, a state set off by a comma, the point a "first since"
compares with, a later clause."""

from __future__ import annotations

from spacy.tokens import Token

from diplomatica.nlp.events.context import DocContext, TimeMention
from diplomatica.nlp.events.dating.attachment import dates_later_clause
from diplomatica.nlp.events.dating.parse import (
    DESCRIPTIVE,
    TEMPORAL_NOUNS,
    TEMPORAL_PREPS,
    after_temporal_prep,
    clause_verb,
    is_background,
    is_dated_step,
    opening_words,
    time_head,
)
from diplomatica.nlp.events.dating.values import is_usable
from diplomatica.nlp.events.lexicon import HELD_PLACES, OFFICE_HEADS, SPEECH_VERBS
from diplomatica.nlp.events.triggers import Trigger
from diplomatica.nlp.events.triggers.agreements import (
    acts_through_agreement,
    names_another_agreement,
)
from diplomatica.nlp.events.triggers.visits import gathering_held

_SIDE_WORDS = frozenset(["later", "earlier"])
_RELATIVE_WORDS = frozenset(["who", "which", "whom", "whose"])
_FIRST_WORDS = frozenset(["first", "last"])


def own_date_candidates(
    trigger: Trigger, sent_times: list[TimeMention], ctx: DocContext
) -> list[TimeMention]:
    """Return the times of the trigger's sentence (``sent_times``) that may date the event: the
    usable ones not excluded by the trigger and not dating something else; outside quotations
    when any is."""
    cands = [t for t in sent_times if is_usable(t.value) and t.start not in trigger.excluded]
    if trigger.type != "SIGN_AGREEMENT":
        cands = [t for t in cands if not _describes_object(t, trigger, ctx)]
    else:
        cands = [t for t in cands if not _dates_another_agreement(t, trigger, ctx)]
    cands = [t for t in cands if not _dates_something_else(t, trigger, ctx)]
    return [t for t in cands if not ctx.in_quotation(ctx.doc[t.start].idx)] or cands


def _dates_something_else(tm: TimeMention, trigger: Trigger, ctx: DocContext) -> bool:
    """Return whether a time dates a person's office or past, a state set off by a comma, the
    point a "first since" compares with, or a clause told after the trigger's act."""
    return (
        _describes_actor(tm, trigger, ctx)
        or _bounds_a_state_aside(tm, trigger, ctx)
        or _first_since(tm, ctx)
        or _anaphor_of_later_clause(tm, trigger, ctx)
        or _in_words_reported_beside(tm, trigger, ctx)
        or _office_apposition(tm, trigger, ctx)
    )


# Heads of a title set off by commas before the span it was held ("Rice, Secretary of State
# from 2005 to 2009, arrived").
_TITLE_HEADS = OFFICE_HEADS | {
    "commissar", "chancellor", "king", "queen", "emperor", "shah", "sultan", "emir", "nuncio",
    "mayor", "speaker", "dictator", "ruler",
}  # fmt: skip
_TITLE_WORDS = 10  # "People's Commissar for Foreign Affairs": a title, a few words long


def _office_apposition(tm: TimeMention, trigger: Trigger, ctx: DocContext) -> bool:
    """Return whether a span closes a title set off by commas ("Rice, Secretary of State from
    2005 to 2009, arrived in Tripoli", "Aras, Turkish Foreign Minister from 1925 to 1938,
    signed"): it is the term of that office, whatever the parser hung it on."""
    doc = ctx.doc
    if tm.value.kind != "range" or tm.end >= len(doc) or not doc[tm.end].is_punct:
        return False
    sent = doc[tm.start].sent
    comma = next((t.i for t in reversed(doc[sent.start : tm.start]) if t.text == ","), None)
    if comma is None or comma + 1 >= tm.start or tm.start - comma - 1 > _TITLE_WORDS:
        return False
    if comma < trigger.token.i < tm.end or comma == 0 or doc[comma - 1].pos_ != "PROPN":
        return False  # a name before the comma: not "sent X, a member of Y, as ambassador"
    phrase = doc[comma + 1 : tm.start]
    if phrase[0].pos_ in ("ADP", "CCONJ", "SCONJ", "ADV", "VERB", "AUX"):
        return False
    return any(t.lower_ in _TITLE_HEADS for t in phrase) and not any(
        t.pos_ in ("VERB", "AUX") for t in phrase
    )


def _describes_object(tm: TimeMention, trigger: Trigger, ctx: DocContext) -> bool:
    """Return whether a time expression modifies a noun other than the trigger ("terminate its
    1954 treaty", "support for the 1972 ABM Treaty"): it dates that thing, not the event.

    A time introduced by a temporal preposition ("On 4 May 1970 Chile and Peru ...") is an
    adverbial even when the parser glues it to the next noun.
    """
    if after_temporal_prep(tm, ctx):
        return False
    if _opens_sentence(tm, ctx):
        return False  # "Later that year X became ...": the parse may glue it to the subject
    head = time_head(tm, ctx)
    gov = head.head
    if head.dep_ == "pobj" and gov.lower_ == "of":
        gov = gov.head
        if gov.lemma_.lower() in TEMPORAL_NOUNS:
            return False
    elif head.dep_ not in ("nummod", "compound", "amod", "nmod", "poss"):
        return False
    if gov.dep_ == "pobj" and gov.head.lower_ in TEMPORAL_PREPS | {"after", "before"}:
        return False  # "suspended during last December's war": the war dates the act
    if acts_through_agreement(trigger.anchor, gov):
        return False  # "the protocol of 20 March 1956, by which France recognised ...": its date
    return gov.pos_ in ("NOUN", "PROPN") and gov.i != trigger.token.i


def _dates_another_agreement(tm: TimeMention, trigger: Trigger, ctx: DocContext) -> bool:
    """Return whether a time names an agreement other than the one a signing signs ("signed a
    joint statement defending the 1972 ABM Treaty", "a protocol to the treaty of 1902"): the
    year in that agreement's name is no date of the signing."""
    if not _describes_object(tm, trigger, ctx):
        return False
    head = time_head(tm, ctx)
    gov = head.head.head if head.dep_ == "pobj" else head.head
    while gov.dep_ == "compound" and gov.head.i != gov.i:
        gov = gov.head  # "the 1958 fisheries convention": the year glued to a modifier
    return names_another_agreement(gov, trigger)


def _opens_sentence(tm: TimeMention, ctx: DocContext) -> bool:
    """Return whether a relative time opens its sentence, alone or after "later"/"earlier"
    ("Later that year ...", "That autumn ...")."""
    sent_start = ctx.doc[tm.start].sent.start
    words = opening_words(ctx.doc, sent_start, tm.start)
    opening = not words or (len(words) == 1 and words[0].lower_ in _SIDE_WORDS)
    return opening and tm.value.resolved_from_context


def _describes_actor(tm: TimeMention, trigger: Trigger, ctx: DocContext) -> bool:
    """Return whether a time lies in a relative clause, apposition or participle about a
    participant ("Tito, who had been President since 1953, ...", "X, First Secretary since
    1953, ..."), or in a "since" phrase after a noun subject, or after an adjective describing
    it ("Ghana, independent since 1957, ..."): it dates that person's office or past, not the
    event."""
    own = {trigger.token.i, trigger.anchor.i}
    if _ends_apposition(tm, trigger, ctx):
        return True
    node = time_head(tm, ctx)
    if _apposed_adverbial(node, tm):
        return False  # "went to Beijing as ambassador that autumn": the parse's apposition
    since = node if node.lower_ == "since" else node.head
    if since.lower_ == "since" and _in_office_before(since):
        return True  # "Keating, in office since December 1991, flew in": his term's start
    if since.lower_ == "since" and since.dep_ == "prep" and node.dep_ in ("pobj", "prep"):
        noun = since.head
        if noun.dep_ in ("amod", "acl") and noun.pos_ in ("ADJ", "VERB"):
            noun = noun.head  # "Ghana, independent since March 1957, lent ..."
        if noun.dep_ in ("nsubj", "nsubjpass", "appos") and noun.i < tm.start:
            return noun.i not in own
    for _ in range(12):
        if node.i in own or node.head.i == node.i:
            return False
        if node.dep_ in DESCRIPTIVE and node.head.i not in own:
            if _occurrence_of_trigger(node, trigger) or gathering_held(node):
                # "the talks with X on arms, which had opened in March"; "attended the
                # conference held in Rabat in 1969": the gathering's time is the attending's
                return False
            return _describes_from(node, tm, trigger)
        node = node.head
    return False


# Determiners of a time told relative to the narrative ("that autumn", "the following year").
_RELATIVE_DETERMINERS = frozenset(["that", "this", "same", "following", "next", "previous"])


def _apposed_adverbial(head: Token, tm: TimeMention) -> bool:
    """Return whether a relative time ("that autumn", "the following year") is the whole of an
    apposition the parser made of it to the role of an "as" phrase ("went to Beijing as
    ambassador that autumn": "autumn" in apposition to "ambassador"), or to the noun before
    it with no comma between ("signed a similar agreement with Britain the following May"):
    such a time is an adverbial of the clause, not a description of the role or noun."""
    if head.dep_ != "appos" or head.pos_ not in ("NOUN", "PROPN"):
        return False
    if not tm.value.resolved_from_context:
        return False
    role = head.head
    as_role = role.dep_ == "pobj" and role.head.lower_ == "as"
    if not as_role and (head.pos_ != "PROPN" or head.doc[head.left_edge.i - 1].text == ","):
        return False
    return any(c.lower_ in _RELATIVE_DETERMINERS for c in head.children if c.i < head.i)


# "in office since", "in power since", "in post since": the words of holding an office.
_HOLDING_NOUNS = HELD_PLACES | {"post"}


def _in_office_before(since: Token) -> bool:
    """Return whether "since" follows "in office" or "in power" (a term's start)."""
    doc = since.doc
    return (
        since.i >= 2
        and doc[since.i - 2].lower_ == "in"
        and doc[since.i - 1].lower_ in _HOLDING_NOUNS
    )


# Verbs telling when a meeting or a conference happened, opened or ended.
_OCCURRENCE_VERBS = frozenset(
    ["open", "begin", "start", "take", "hold", "resume", "end", "close", "conclude", "convene"]
)


def _occurrence_of_trigger(clause: Token, trigger: Trigger) -> bool:
    """``the Geneva talks with the United States on nuclear arms, which had opened in March``:
    a "which" clause the parser hung on a noun inside the trigger noun's phrase, telling when
    something opened, took place or ended, tells it of the trigger itself."""
    noun = trigger.token
    if (
        noun.pos_ != "NOUN"
        or clause.dep_ != "relcl"
        or clause.lemma_.lower() not in _OCCURRENCE_VERBS
    ):
        return False
    if not any(c.lower_ == "which" for c in clause.children):
        return False
    return noun.i < clause.head.i <= noun.right_edge.i


def _describes_from(clause: Token, tm: TimeMention, trigger: Trigger) -> bool:
    """Return whether a descriptive clause holding a time, not the trigger, tells a background
    fact (or an open range) about its noun rather than a dated step of the narrative."""
    inside = clause.left_edge.i <= trigger.token.i <= clause.right_edge.i
    background = is_background(clause) and not is_dated_step(tm, clause)
    background = background or _career_step(clause)
    return not inside and (background or tm.value.end is None or _in_said(tm, clause))


# Verbs of a step in a person's career ("who took office in April", "who became president in
# 1964", "who succeeded Ramstedt in August", "who had been elected in May").
_CAREER_VERBS = frozenset(["become", "succeed", "elect", "appoint", "inaugurate", "swear"])
_TAKEN_OFFICES = frozenset(["office", "power", "over"])
# Verbs taking an office as their object ("took office", "seized power") or reaching it with
# "to" ("came to power", "returned to office", "rose to power").
_TAKING_VERBS = frozenset(["take", "assume", "seize"])
_REACHING_VERBS = frozenset(["come", "return", "rise", "sweep"])


def _career_step(clause: Token) -> bool:
    """Return whether a descriptive clause tells a step of its person's career ("Sarksyan, who
    took office in April 2008, held talks"; "Ramos, who seized power in a coup in May 1961";
    "who came to power in 1979"): its time dates that step, not the main act."""
    lemma = clause.lemma_.lower()
    if clause.pos_ not in ("VERB", "AUX"):
        return False
    if lemma in _CAREER_VERBS:
        return True
    if lemma in _TAKING_VERBS:
        return any(
            c.dep_ in ("dobj", "prt") and c.lower_ in _TAKEN_OFFICES for c in clause.children
        )
    return lemma in _REACHING_VERBS and any(
        c.dep_ == "prep"
        and c.lower_ == "to"
        and any(o.dep_ == "pobj" and o.lower_ in _TAKEN_OFFICES for o in c.children)
        for c in clause.children
    )


def _in_said(tm: TimeMention, clause: Token) -> bool:
    """Return whether a time lies in what a descriptive clause reports said ("Mr. Deng, who
    assured her that the promise would hold until 1997"): it dates the words' content."""
    return any(
        c.dep_ == "ccomp" and c.left_edge.i <= tm.start <= c.right_edge.i for c in clause.children
    )


def _bounds_a_state_aside(tm: TimeMention, trigger: Trigger, ctx: DocContext) -> bool:
    """Return whether an open range ("since June of that year", "until 2014") lies in a phrase
    set off by a comma from the trigger's clause: a relative clause (", who had been elected in
    May and served until 2014,") or a verbless phrase after the trigger ("met President X, in
    office since June"): it bounds someone's state, not the act, whatever the parse says."""
    value = tm.value
    if value.start is not None and value.end is not None:
        return False
    doc, trig = ctx.doc, trigger.token.i
    sent = doc[tm.start].sent
    comma = next((t.i for t in reversed(doc[sent.start : tm.start]) if t.text == ","), None)
    if comma is None:
        return False
    if doc[comma + 1].lower_ in _RELATIVE_WORDS:
        closing = next((t.i for t in doc[tm.end : sent.end] if t.text in (",", ";")), sent.end)
        return not comma < trig < closing
    phrase = doc[comma + 1 : tm.start]
    # not the last item of a list ("supplied weapons, advisers and rice since 1975")
    return trig < comma and not any(
        t.pos_ in ("VERB", "AUX") or t.dep_ in ("cc", "conj") for t in phrase
    )


def _ends_apposition(tm: TimeMention, trigger: Trigger, ctx: DocContext) -> bool:
    """Return whether a time closes an apposition that the parser left it outside of
    ("Nyerere, President of Tanzania since 1964, used ...", "by Gromyko, Minister of Foreign
    Affairs since February, and by ..."): the words before it belong to an appositive title
    and a comma (or the sentence end) follows it, so it dates that person's office."""
    doc = ctx.doc
    if tm.start == 0 or tm.end >= len(doc) or not doc[tm.end].is_punct:
        return False
    node = _apposition_before(doc[tm.start - 1])
    if node is None or not (node.left_edge.i <= tm.start - 1 <= node.right_edge.i):
        return False
    if node.lemma_.lower() in TEMPORAL_NOUNS:
        return False  # "received them, ..., many times in Tunis that spring": an adverbial
    opener = doc[node.left_edge.i - 1] if node.left_edge.i > 0 else None
    inside = node.left_edge.i <= trigger.token.i < tm.end
    return opener is not None and opener.text == "," and not inside


def _apposition_before(word: Token) -> Token | None:
    """Return the apposition ``word`` lies in within four steps up, not crossing a verb."""
    node = word
    for _ in range(4):
        if node.dep_ == "appos":
            return node
        if node.head.i == node.i or node.pos_ in ("VERB", "AUX"):
            return None
        node = node.head
    return None


def _first_since(tm: TimeMention, ctx: DocContext) -> bool:
    """Return whether an open range is the point of comparison of a "first (time) since"
    phrase ("exchanged ambassadors for the first time since 1962", "the first visit since
    1960"): it says when the act last happened, not when this one did."""
    if tm.value.end is not None or tm.value.start is None:
        return False
    words = ctx.doc[max(0, tm.start - 5) : tm.start + 1]
    if not any(t.lower_ == "since" for t in words):
        return False
    return any(t.lower_ in _FIRST_WORDS for t in words)


def _anaphor_of_later_clause(tm: TimeMention, trigger: Trigger, ctx: DocContext) -> bool:
    """Return whether a time counted from context ("soon afterwards", "two days later") hangs
    on a later coordinated clause with a subject of its own ("X withdrew its recognition, and
    the embassy was closed soon afterwards"): it places that clause after the trigger's act,
    so it cannot date the act itself."""
    if not tm.value.resolved_from_context or not dates_later_clause(tm, trigger, ctx):
        return False
    # the trigger's verb may sit in that clause while its noun lies before it ("broken off
    # relations ..., and that relations were not restored until April 3")
    clause = clause_verb(tm, ctx)
    return not clause.left_edge.i <= trigger.anchor.i <= clause.right_edge.i


def _in_words_reported_beside(tm: TimeMention, trigger: Trigger, ctx: DocContext) -> bool:
    """Return whether a time lies in what someone said, told in a clause the trigger is not in
    ("X told reporters, after he had held talks with the ministers, that Iceland had never
    accepted the 1940 annexation"): it dates the words' content, not the trigger's act."""
    node = time_head(tm, ctx)
    anchor = trigger.anchor
    for _ in range(12):
        if node.head.i == node.i:
            return False
        if (
            node.dep_ == "ccomp"
            # "declared X persona non grata in 1961": a small clause, not reported words
            and node.pos_ not in ("NOUN", "PROPN")
            and node.lower_ != "persona"
            and node.head.lemma_.lower() in SPEECH_VERBS
        ):
            return not node.left_edge.i <= anchor.i <= node.right_edge.i
        node = node.head
    return False

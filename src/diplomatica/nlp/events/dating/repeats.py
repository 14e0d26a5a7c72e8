"""The further dates of an act repeated in one clause ("visited India in November 1973 and again
in December 1980")."""

from __future__ import annotations

from spacy.tokens import Span, Token

from diplomatica.nlp.events.context import DocContext, TimeMention
from diplomatica.nlp.events.dating.attachment import UNATTACHED, attachment_score
from diplomatica.nlp.events.dating.parse import time_head
from diplomatica.nlp.events.dating.values import in_year, is_usable
from diplomatica.nlp.events.lexicon import RENEWAL_VERBS
from diplomatica.nlp.events.triggers import Trigger
from diplomatica.nlp.events.triggers.syntax import opens_with_when, split_prefix
from diplomatica.nlp.types import TimeValue

_REPEAT_WORDS = frozenset(["again", "twice", "later", "once more"])


def repeated_dates(
    trigger: Trigger, sent: Span, ctx: DocContext, chosen: TimeValue | None
) -> list[TimeValue]:
    """Return further dates of a repeated act stated in one clause ("visited India in November
    1973 and again in December 1980"): times attached to the trigger after the chosen one,
    joined to it by "and again"/"and later"."""
    if chosen is None or _told_when(trigger.anchor):
        return []
    attached = [
        t
        for t in ctx.times_in(sent.start, sent.end)
        if is_usable(t.value)
        and t.start not in trigger.excluded
        and attachment_score(t, trigger, ctx) < UNATTACHED
    ]
    first = next((t for t in attached if _same_time(t.value, chosen)), None)
    if first is None:
        return []
    out: list[TimeValue] = []
    prev, prev_value = first, chosen
    for t in attached:
        if t.start <= prev.start:
            continue
        span = ctx.doc[prev.end : t.start]
        between = {w.lower_ for w in span}
        if _verb_between(span, trigger):
            continue  # "met in 1963, and the thaw that followed produced, five years later, X"
        repeated = "and" in between and between & _REPEAT_WORDS
        if (repeated or _renewal_series(span, trigger)) and not _other_act(t, trigger, ctx):
            prev, prev_value = t, _in_year_of(t.value, prev_value)
            out.append(prev_value)
    return out


# Words that link the dates of a series of renewals: "renewed in 1887, in 1891 and for the
# last time in 1912".
_SERIES_LINKS = frozenset(
    [",", "and", "in", "on", "for", "the", "last", "time", "again", "final", "finally", "a"]
)
_SERIES_PREPS = frozenset(["in", "on"])


def _renewal_series(span: Span, trigger: Trigger) -> bool:
    """``The alliance was renewed in February 1887, in May 1891 and for the last time on 5
    December 1912``, ``the treaty was extended in 1955, in 1965 and again in 1975``: each
    date of a list of dated phrases after a renewal verb is one renewal (not "renewed in
    1887 and 1891", one phrase that may name a span)."""
    if trigger.anchor.lemma_.lower() not in RENEWAL_VERBS:
        return False
    words = [w.lower_ for w in span]
    return bool(words) and set(words) <= _SERIES_LINKS and bool(set(words) & _SERIES_PREPS)


def _verb_between(span: Span, trigger: Trigger) -> bool:
    """Return whether a verb of another clause ("met in July 1963, and the slow thaw that
    followed produced, some five years later, the treaty") stands between two times: the
    later time is another act's (not "met in May and met again in June", nor a clause hung on
    the trigger's verb: "had come in 1965, when he held talks, and again in 1967")."""
    anchor = trigger.anchor
    own = anchor.lemma_.lower()
    return any(
        w.pos_ == "VERB"
        and w.lemma_.lower() != own
        and w.head.i != anchor.i
        and not any(c.lower_ == "when" for c in w.children)  # "in July 1961, when he held"
        for w in span
    )


def _told_when(verb: Token) -> bool:
    """Return whether ``verb`` heads a "when" clause following its main verb ("had come in
    1965, when he held talks with X, and again in 1967"): a repetition told after it repeats
    the main verb's act."""
    return verb.dep_ == "advcl" and verb.i > verb.head.i and opens_with_when(verb)


def _same_time(value: TimeValue, chosen: TimeValue) -> bool:
    """Return whether ``chosen`` is ``value``, or ``value`` moved into another year ("this
    year, in April": the April of that year)."""
    return value == chosen or (
        value.resolved_from_context
        and value.text == chosen.text
        and value.value[4:] == chosen.value[4:]
    )


def _in_year_of(again: TimeValue, before: TimeValue) -> TimeValue:
    """Return a repeated month or day stated without its year ("in April and again in July")
    in the year of the time it repeats: the clause tells of one year."""
    if not again.resolved_from_context or again.granularity not in ("month", "day"):
        return again
    if before.granularity not in ("month", "day") or not before.start:
        return again
    return in_year(again, before.start)


def _other_act(tm: TimeMention, trigger: Trigger, ctx: DocContext) -> bool:
    """Return whether a time hangs on a verb coordinated with the trigger's that names another
    act ("was recalled in 1952 and later became Defence Minister in 1957"): not a repetition."""
    node = time_head(tm, ctx)
    for _ in range(6):
        if node.i in (trigger.anchor.i, trigger.token.i) or node.head.i == node.i:
            return False
        if node.pos_ in ("VERB", "AUX") and node.dep_ == "conj":
            return node.lemma_.lower() != trigger.anchor.lemma_.lower()
        if _split_conjunct(node, trigger):
            return True  # "and embassies were re-established later": "re" the conjunct
        node = node.head
    return False


def _split_conjunct(verb: Token, trigger: Trigger) -> bool:
    """Return whether ``verb`` is written "re-<verb>" and split by the tokenizer, with its
    "re" parsed as a verb coordinated with the trigger's ("resumed relations in March, and
    embassies were re-established later that year"): another act of its own."""
    prefix = split_prefix(verb) if verb.pos_ in ("VERB", "AUX") else None
    return (
        prefix is not None
        and prefix.dep_ == "conj"
        and prefix.i not in (trigger.anchor.i, trigger.token.i)
    )

"""The event's own date: the time of its sentence that hangs on the trigger best, as the words
around it shape it."""

from __future__ import annotations

from spacy.tokens import Span

from diplomatica.nlp.events.context import DocContext, TimeMention
from diplomatica.nlp.events.dating.attachment import UNATTACHED, time_score
from diplomatica.nlp.events.dating.exclusions import own_date_candidates
from diplomatica.nlp.events.dating.narrative import (
    LASTING,
    closed_at_report,
    closed_by_narrative,
)
from diplomatica.nlp.events.dating.records import said_on_conversation_day
from diplomatica.nlp.events.dating.spans import (
    bound_side,
    counted_talks,
    next_years,
    offset_from_main,
    over_days,
    span_from_beginning,
    tenure_point,
    through_end,
    when_clause_time,
    years_after,
)
from diplomatica.nlp.events.dating.speech import stance_times
from diplomatica.nlp.events.dating.values import by_days, closed, in_year, opened
from diplomatica.nlp.events.triggers import Trigger
from diplomatica.nlp.time.relative import is_since_then
from diplomatica.nlp.types import TimeValue


def own_date(
    trigger: Trigger, sent: Span, sent_times: list[TimeMention], ctx: DocContext
) -> tuple[TimeValue, float] | None:
    """Return the date the trigger's sentence (whose times are ``sent_times``) gives the event,
    with a confidence (0.8 for a time attached to the trigger or a "when" clause, else 0.6);
    None when no time of the sentence may date it."""
    cands = stance_times(trigger, own_date_candidates(trigger, sent_times, ctx), ctx)
    when = when_clause_time(trigger, cands)
    if when is not None:
        return when, 0.8
    if not cands:
        return None
    scores = {t.start: time_score(t, trigger, ctx, sent) for t in cands}
    best_score, _, best = min((scores[t.start], t.start, t) for t in cands)
    best = _restated_exactly(best, cands, ctx)
    best = _narrowed_within(best, cands, scores)
    value = _worded_value(best, best_score, trigger, ctx)
    value = offset_from_main(value, best, trigger) or value
    value = through_end(value, trigger, cands, ctx) or value
    value = over_days(value, trigger, sent_times, ctx) or value
    value = counted_talks(value, trigger, sent_times) or value
    value = next_years(value, trigger, sent_times, ctx) or value
    value = begun_since(value, best, trigger, ctx) or value
    value = closed_by_narrative(value, best, trigger, sent, ctx) or value
    value = closed_at_report(value, best, trigger, ctx) or value
    value = _left_open(value, best) or value
    return by_days(value), 0.8 if best_score < UNATTACHED else 0.6


def _left_open(value: TimeValue, best: TimeMention) -> TimeValue | None:
    """Return the point a range left open at its end counts from, when nothing closed it (no
    end told, no report or narrative time to end at): "Since then the two countries have
    exchanged ambassadors", "Cuba had supported the MPLA since the 1960s", "the Cuban embassy
    has been closed since yesterday". The act is dated by its beginning, at that time's
    precision, as the narrative would date it; an open end dates nothing. None for other
    values (closed ones, "until" ranges, whose end is the time told, and stretches)."""
    if value.end is not None or value.start is None:
        return None
    if not (is_since_then(best.value) or _counted_from(best.value)):
        return None  # "after" a noun, "over the following years": a stretch, not a point
    return closed(value)


# The words opening a range counted from a point ("since 1975", "from the 1960s onward").
_FROM_WORDS = ("since ", "from ")


def _counted_from(value: TimeValue) -> bool:
    """Return whether a time is a range open at its end that its own words count from a point
    ("since 1975", "from 1963 onward")."""
    return value.end is None and value.text.lower().startswith(_FROM_WORDS)


# States of affairs whose beginning is the event: relations had, a mission kept.
_BEGUN_STATES = frozenset(["OPEN_MISSION", "ESTABLISH_RELATIONS"])


def begun_since(
    value: TimeValue, best: TimeMention, trigger: Trigger, ctx: DocContext
) -> TimeValue | None:
    """Return the time a "since" counts from for a state begun then ("had maintained a
    consulate there since the 1950s", "have had relations since October 1949": opened, or
    established, at that time); None for other acts or times."""
    if trigger.type not in _BEGUN_STATES or value.start is None or value.end is not None:
        return None
    if ctx.doc[best.start].lower_ != "since":
        return None
    return closed(value)


def _restated_exactly(best: TimeMention, cands: list[TimeMention], ctx: DocContext) -> TimeMention:
    """Return the stated date a relative time is restated by right after it ("a few weeks
    later, in January 1962"; "the next day, 4 May"), else ``best``: the stated one is exact."""
    if not best.value.resolved_from_context:
        return best
    doc = ctx.doc
    for t in cands:
        between = doc[best.end : t.start]
        if (
            t.start >= best.end
            and len(between) <= 2
            and all(w.is_punct or w.lower_ in ("in", "on") for w in between)
        ):
            if not t.value.resolved_from_context:
                return t
            if _finer_than_year(t.value, best.value):
                # "this year, in April": the month of that year
                return TimeMention(t.start, t.end, in_year(t.value, best.value.start or ""))
    return best


def _narrowed_within(
    best: TimeMention, cands: list[TimeMention], scores: dict[int, float]
) -> TimeMention:
    """Return a month or a day within the year ``best`` names that also hangs on the trigger
    (its score in ``scores``, by start, below :data:`UNATTACHED`: "The 1945 treaty had been
    signed in Moscow in August 1945": August), else ``best``: the finer date states the same
    time more exactly."""
    wide = best.value
    if wide.granularity != "year" or wide.start is None or wide.end is None:
        return best
    for t in cands:
        narrow = t.value
        if (
            _finer_than_year(narrow, wide)
            and narrow.start is not None
            and narrow.end is not None
            and wide.start <= narrow.start <= narrow.end <= wide.end
            and scores[t.start] < UNATTACHED
        ):
            return t
    return best


def _finer_than_year(narrow: TimeValue, wide: TimeValue) -> bool:
    """Return whether ``narrow`` is a month or a day and ``wide`` a year."""
    return narrow.granularity in ("month", "day") and wide.granularity == "year"


def _worded_value(best: TimeMention, score: float, trigger: Trigger, ctx: DocContext) -> TimeValue:
    """Return what the words of the chosen time make of it: a tenure's bound, the conversation's
    "yesterday", a span begun then, "the decade after", or the open range "after"/"before" a
    noun it dates (when it does not hang on the trigger's noun itself); else its value."""
    value = tenure_point(best, trigger, ctx) or said_on_conversation_day(best, ctx)
    value = value or span_from_beginning(best, ctx) or years_after(best, ctx)
    if value is not None:
        return value
    side = bound_side(best, trigger, ctx) if best.value.start and best.value.end else None
    if side is not None and score >= 0.5 and not _act_after(best.value, side):
        bound = opened(best.value, side)
        return closed(bound) if _after_a_year(best.value, side, trigger) else bound
    return best.value


def _after_a_year(value: TimeValue, side: str, trigger: Trigger) -> bool:
    """Return whether a single act is told "after" a noun dated to a year or years ("restored
    after the liberation in 1945", "after the border clashes of 1969 and 1970"): the act is
    dated by that (last) year, as the text gives no later time; a range open from it would date
    nothing more. After a decade or a span, and for a lasting act (aid, support, which runs on
    from then), the range stays open."""
    return side == "after" and value.granularity == "year" and trigger.type not in LASTING


def _act_after(value: TimeValue, side: str) -> bool:
    """Return whether an act is told "after" a noun dated to a month or a day ("relations were
    established after independence in July 1962", "after the earthquake of September 1923 the
    United States sent relief supplies"): it followed at once, in that period, so the period
    dates it rather than an open range from its end."""
    return side == "after" and value.granularity in ("month", "day")

"""What the words around the chosen time make of it: the point a "when" clause names, the span
of talks begun and broken off, a tenure's bound, "the decade after", "after"/"before" phrases,
"over four days", "for the next ten years", "for a year, beginning in June"."""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta

from spacy.tokens import Token

from diplomatica.nlp.events.context import DocContext, TimeMention
from diplomatica.nlp.events.dating.parse import attached_to, clause_verb, same_clause, time_head
from diplomatica.nlp.events.dating.values import closed, iso_day, year_span
from diplomatica.nlp.events.triggers import Trigger
from diplomatica.nlp.events.triggers.syntax import has_own_subject, opens_with_when
from diplomatica.nlp.time.intervals import count_of
from diplomatica.nlp.types import TimeValue

_BEGIN_VERBS = frozenset(["begin", "start", "open", "resume", "commence"])
_END_VERBS = frozenset(["end", "break", "conclude", "close", "finish", "collapse", "stall"])
_PROCESS_NOUNS = frozenset(
    ["talks", "negotiation", "negotiations", "discussions", "consultations", "conference"]
)
_TENURE_VERBS = frozenset(["serve", "remain", "stay"])
_AFTERWARDS = frozenset(["then", "later", "afterwards", "subsequently"])
_AFTER_WORDS = frozenset(["after", "following"])
_SPAN_DETERMINERS = frozenset(["the", "those", "these", "its", "their"])
_BOUND_PREPS = {"after": "after", "following": "after", "before": "before", "until": "before"}
_SPAN_PREPS = frozenset(["over", "for", "during"])
_MAX_SPAN_DAYS = 14
_NEXT_WORDS = frozenset(["next", "following", "ensuing", "subsequent"])
_BEGINNING_WORDS = frozenset(["beginning", "starting", "commencing"])


def when_clause_time(trigger: Trigger, cands: list[TimeMention]) -> TimeValue | None:
    """Return the time a "when" clause holding the trigger hangs on ("served until 1978, when
    he was succeeded by X", "has bought wheat since 1961, when the first contract was
    signed"), as the point it names: the act happened then, not over the open range."""
    node = trigger.anchor
    for _ in range(4):
        if node.dep_ == "relcl" and any(c.lower_ == "when" for c in node.children):
            head = node.head.i
            tm = next((t for t in cands if t.start <= head < t.end), None)
            return closed(tm.value) if tm is not None else None
        if node.dep_ == "advcl" and opens_with_when(node):
            tm = _main_verb_time(node, cands)
            if tm is not None:
                return closed(tm.value)
        if node.dep_ not in ("conj", "xcomp") or node.head.i == node.i:
            return None
        node = node.head
    return None


def _main_verb_time(clause: Token, cands: list[TimeMention]) -> TimeMention | None:
    """``He had come in January 1965, when he held talks with X, and again in 1967``: return
    the time hung on the verb a following "when" clause depends on, stated before the clause
    (the parser may hang a later "and again in 1967" on the clause itself)."""
    verb = clause.head
    if clause.i < verb.i:
        return None  # "When X came in 1965, he held talks": the clause's own time
    doc = clause.doc
    for t in cands:
        if t.end > clause.left_edge.i:
            continue
        heads = [doc[i].head for i in range(t.start, t.end) if not t.start <= doc[i].head.i < t.end]
        if any(h.dep_ == "prep" and h.head.i == verb.i for h in heads):
            return t
    return None


def through_end(
    value: TimeValue, trigger: Trigger, cands: list[TimeMention], ctx: DocContext
) -> TimeValue | None:
    """Return the span of talks whose beginning and end the sentence dates ("the talks began
    in January 1991 and were broken off in November 1992"): from the first date to the second;
    None unless the trigger noun (or a word for talks) is the subject of such a pair of verbs
    and the chosen date is the beginning's."""
    begin = _begin_verb(trigger, cands, value, ctx)
    if begin is None or value.start is None:
        return None
    ends = [c for c in begin.children if c.dep_ == "conj" and c.lemma_.lower() in _END_VERBS]
    if not ends or has_own_subject(ends[0]):
        return None
    later = [t for t in cands if attached_to(t, ends[0], ctx) and t.value.end]
    if not later or (later[0].value.end or "") <= value.start:
        return None
    last = later[0].value
    first_name, last_name = value.value.split("/")[0], last.value.split("/")[-1]
    return TimeValue(
        f"{value.text} .. {last.text}",
        f"{first_name}/{last_name}",
        value.start,
        last.end,
        "range",
        "range",
    )


def _begin_verb(
    trigger: Trigger, cands: list[TimeMention], value: TimeValue, ctx: DocContext
) -> Token | None:
    """Return the verb of beginning ("began", "opened") whose subject is the trigger noun or a
    word for talks and on which the chosen date ``value`` hangs; None otherwise."""
    chosen = next((t for t in cands if t.value == value), None)
    if chosen is None:
        return None
    noun = trigger.token
    if not (noun.pos_ in ("NOUN", "PROPN") and noun.dep_ in ("nsubj", "nsubjpass")):
        verb = time_head(chosen, ctx).head.head
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects or subjects[0].lower_ not in _PROCESS_NOUNS:
            return None
        noun = subjects[0]
    verb = noun.head
    if verb.lemma_.lower() not in _BEGIN_VERBS or not attached_to(chosen, verb, ctx):
        return None
    return verb


def tenure_point(tm: TimeMention, trigger: Trigger, ctx: DocContext) -> TimeValue | None:
    """Return the bound of a tenure range that an appointment starts or follows: "became
    ambassador, serving from 1962 to 1966" (the appointment: 1962), "served as the first
    Japanese ambassador from 1952 to 1955" (likewise), "served in Paris from 1964 to 1973 and
    was then sent to Washington" (the new post: 1973); None otherwise."""
    value = tm.value
    if value.kind != "range" or not value.start or not value.end:
        return None
    if value.start[:4] == value.end[:4]:
        return None
    verb = clause_verb(tm, ctx)
    if verb.lemma_.lower() not in _TENURE_VERBS:
        return None
    anchor = trigger.anchor
    bound = value.value.split("/")
    if verb.i == anchor.i:
        if trigger.type != "APPOINT_ENVOY":
            return None
        return closed(replace(value, value=f"{bound[0]}/..", end=None))
    if verb.head.i == anchor.i and verb.dep_ in ("advcl", "xcomp") and verb.tag_ == "VBG":
        return closed(replace(value, value=f"{bound[0]}/..", end=None))
    after = any(c.dep_ == "advmod" and c.lower_ in _AFTERWARDS for c in anchor.children)
    if anchor.dep_ == "conj" and anchor.head.i == verb.i and after:
        return closed(replace(value, value=f"../{bound[-1]}", start=None))
    return None


def _after_phrase(tm: TimeMention, ctx: DocContext) -> Token | None:
    """Return the "after" of "after 1977" or of "after the war of 1967", else None."""
    first = ctx.doc[tm.start]
    if first.lower_ in _AFTER_WORDS:
        return first
    head = time_head(tm, ctx)
    if head.dep_ != "pobj" or head.head.lower_ not in ("of", "in"):
        return None
    noun = head.head.head
    if noun.dep_ != "pobj" or noun.head.lower_ not in _AFTER_WORDS:
        return None
    return noun.head


def years_after(tm: TimeMention, ctx: DocContext) -> TimeValue | None:
    """Return the span "the decade after 1977" or "the three years after the war of 1967"
    names: from that year to the year the count reaches (1977/1987, 1967/1970); None for
    other times."""
    prep = _after_phrase(tm, ctx)
    years = re.findall(r"\b\d{4}\b", tm.value.text)
    if prep is None or not years or prep.i < 3:
        return None
    # read the words, not the parse: "after" often hangs on the verb, not on "decade"; the
    # article makes it a span ("the three years after"), not a point ("two years after")
    words = [t.lower_ for t in ctx.doc[prep.i - 3 : prep.i]]
    if words[1:] == ["the", "decade"]:
        count: int | None = 10
    elif words[2] == "years" and words[0] in _SPAN_DETERMINERS:
        count = count_of(words[1])
    else:
        return None
    return year_span(f"{' '.join(words)} {tm.value.text}", int(years[-1]), count)


def next_years(
    value: TimeValue, trigger: Trigger, sent_times: list[TimeMention], ctx: DocContext
) -> TimeValue | None:
    """Return the years an act lasted when its clause (whose times are ``sent_times``) says
    "for the next ten years" or "over the following twelve years" after the date it starts
    from: that date's year to the year the count reaches; None otherwise."""
    if value.kind != "date" or value.start is None:
        return None
    for tm, years in _durations(sent_times, "Y"):
        if tm.start < 2:
            continue
        words = [t.lower_ for t in ctx.doc[tm.start - 2 : tm.start]]
        if words[0] != "the" or words[1] not in _NEXT_WORDS or not same_clause(tm, trigger, ctx):
            continue
        span = year_span(f"{value.text} .. {tm.value.text}", int(value.start[:4]), years)
        if span is not None:
            return span
    return None


def _durations(times: list[TimeMention], unit: str) -> Iterator[tuple[TimeMention, int]]:
    """Yield the durations among ``times`` counted in one ``unit`` ("Y", "M", "D") with their
    count ("for the next ten years" -> 10), in order."""
    for tm in times:
        match = re.fullmatch(rf"P(\d+){unit}", tm.value.value)
        if match is not None and tm.value.kind == "duration":
            yield tm, int(match.group(1))


def bound_side(tm: TimeMention, trigger: Trigger, ctx: DocContext) -> str | None:
    """Return "after"/"before" when a time dates a noun that an "after"/"before" phrase names
    ("after the battles of 1987 and 1988", "before the war of 1967"): the event lies after
    (before) that time, it did not happen in it; None otherwise."""
    head = time_head(tm, ctx)
    if head.dep_ != "pobj" or head.head.lower_ not in ("of", "in", "during"):
        return None
    noun = head.head.head
    if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ != "pobj" or noun.i == trigger.token.i:
        return None
    prep = noun.head
    side = _BOUND_PREPS.get(prep.lower_)
    if side is None or prep.dep_ != "prep" or prep.i > tm.start:
        return None
    return side


def over_days(
    value: TimeValue, trigger: Trigger, sent_times: list[TimeMention], ctx: DocContext
) -> TimeValue | None:
    """Return the span of days an act dated to one day lasted when its verb states how long
    ("arrived on 11 April, and over four days it negotiated with Molotov", "talked for three
    days"), among the sentence's times ``sent_times``: from that day to the day that many days
    later; None otherwise."""
    if value.granularity != "day" or value.kind != "date" or value.start is None:
        return None
    for tm, days in _durations(sent_times, "D"):
        if tm.start == 0 or not 1 < days <= _MAX_SPAN_DAYS:
            continue
        before = ctx.doc[tm.start - 1].lower_
        first = ctx.doc[tm.start].lower_
        if before not in _SPAN_PREPS and first not in _SPAN_PREPS:
            continue
        if not same_clause(tm, trigger, ctx):
            continue
        start = date.fromisoformat(value.start[:10])
        end = (start + timedelta(days=days)).isoformat()
        return TimeValue(f"{value.text} .. {tm.value.text}", f"{start.isoformat()}/{end}",
                         start.isoformat(), end, "range", "range", True)  # fmt: skip
    return None


def span_from_beginning(tm: TimeMention, ctx: DocContext) -> TimeValue | None:
    """Return the span a duration gives an act that began at the chosen time ("negotiated for
    more than a year, beginning in June 1955" -> June 1955 to June 1956); None otherwise."""
    value, doc = tm.value, ctx.doc
    if value.kind != "date" or not value.start or tm.start < 2:
        return None
    words = [t.lower_ for t in doc[max(0, tm.start - 3) : tm.start]]
    if not _BEGINNING_WORDS & set(words):
        return None
    for other in ctx.times_in(max(0, tm.start - 12), tm.start):
        match = re.fullmatch(r"P(\d+)([YM])", other.value.value)
        if other.end < tm.start - 6 or match is None or other.value.kind != "duration":
            continue
        start = date.fromisoformat(value.start[:10])
        end = _months_on(start, int(match.group(1)) * (12 if match.group(2) == "Y" else 1))
        name = f"{value.value}/{end.isoformat()[:7]}"
        return TimeValue(f"{other.value.text}, {value.text}", name, start.isoformat(),
                         end.isoformat(), "range", "range", True)  # fmt: skip
    return None


def _months_on(start: date, months: int) -> date:
    """Return the last day of the ``months``-th month counted from ``start``'s own month as the
    first (June 1955 and 12 months -> 31 May 1956)."""
    total = start.year * 12 + start.month - 1 + months - 1
    year, month = divmod(total, 12)
    return date(year, month + 1, calendar.monthrange(year, month + 1)[1])


_UNIT_DAYS = {"D": 1, "W": 7}


def counted_talks(
    value: TimeValue, trigger: Trigger, sent_times: list[TimeMention]
) -> TimeValue | None:
    """Return the span of talks counted back from the day that ended them ("signed the treaty
    today, ending 20 months of negotiations", "at the end of five days of talks"): from that
    many days, weeks or months before the chosen day to it; None unless the trigger noun is
    the "of" object of such a duration among the sentence's times ``sent_times``."""
    if value.granularity != "day" or value.start is None or value.end != value.start:
        return None
    noun = trigger.token
    if noun.lower_ not in _PROCESS_NOUNS or noun.dep_ != "pobj" or noun.head.lower_ != "of":
        return None
    unit_word = noun.head.head
    tm = next((t for t in sent_times if t.start <= unit_word.i < t.end), None)
    match = re.fullmatch(r"P(\d+)([DWM])", tm.value.value) if tm is not None else None
    if tm is None or match is None or tm.value.kind != "duration":
        return None
    end = date.fromisoformat(value.start[:10])
    count, unit = int(match.group(1)), match.group(2)
    if unit == "M":
        total = end.year * 12 + end.month - 1 - count
        start = date(total // 12, total % 12 + 1, min(end.day, 28))
    else:
        start = end - timedelta(days=count * _UNIT_DAYS[unit])
    return TimeValue(f"{tm.value.text} .. {value.text}", f"{start.isoformat()}/{value.start}",
                     start.isoformat(), value.start, "range", "range", True)  # fmt: skip


# The units by which an "after"/"before" clause puts its act from the main clause's time.
_OFFSET_UNITS = frozenset(["day", "week", "month", "year"])


def offset_from_main(value: TimeValue, best: TimeMention, trigger: Trigger) -> TimeValue | None:
    """``The United States today expelled X, one day after Managua ordered Y to leave``, ``a
    day before Britain recalled its envoy on 4 March, Ghana had expelled ...``: a clause that
    "after"/"before" with a count of days, weeks, months or years puts from its main clause
    lies that count before (after) the main clause's time; so an act of either dated by a
    time of the other is moved by the count. None when the act's own clause has the time,
    or the count or the time's precision does not allow it ("months after" counts no day)."""
    verb = trigger.anchor
    clauses = [verb] + [c for c in verb.children if c.dep_ in ("advcl", "prep")]
    for clause in clauses:
        step = _clause_offset(clause)
        if step is None:
            continue
        inside = any(t.i == best.start for t in clause.subtree)
        if clause is verb and not inside:
            return _shifted(value, step[0], -step[1])  # the act of the counted clause
        if clause is not verb and inside:
            return _shifted(value, step[0], step[1])  # the main act, dated by the clause
    return None


# Dependencies of a unit's modifiers that count it ("two days", "a week", "a few days").
_COUNT_MODIFIER_DEPS = frozenset(["nummod", "det", "amod", "quantmod"])


def _clause_offset(clause: Token) -> tuple[str, int] | None:
    """Return the unit and signed count by which an adverbial clause or phrase opened by
    "after" (+) or "before" (-) and counted ("one day after Managua ordered ...", "two days
    after the revolution of 14 July") is put from its main clause; None for others and for a
    vague count ("a few days after", "several weeks after")."""
    if clause.dep_ == "prep" and clause.lower_ in ("after", "before"):
        marks = [clause.lower_]
    elif clause.dep_ == "advcl":
        marks = [c.lower_ for c in clause.children if c.dep_ == "mark"]
    else:
        return None
    if marks not in (["after"], ["before"]):
        return None
    units = [c for c in clause.children if c.dep_ == "npadvmod" and c.lemma_ in _OFFSET_UNITS]
    if len(units) != 1:
        return None
    # The count is the unit's only modifier: "a few days", "several weeks" say no number.
    mods = [c for c in units[0].children if c.dep_ in _COUNT_MODIFIER_DEPS]
    count = count_of(mods[0].text) if len(mods) == 1 else None
    if count is None:
        return None
    return units[0].lemma_, count if marks == ["after"] else -count


def _shifted(value: TimeValue, unit: str, step: int) -> TimeValue | None:
    """Return a single day, month or year moved by ``step`` ``unit``s (days and weeks move a
    day, months a day or a month, years any of them); None for other values."""
    if value.start is None or value.end is None:
        return None  # an open range ("after 14 July") is no point to count from
    day = iso_day(value.start) if value.start == value.end else None
    if value.granularity == "day" and day is not None and unit in ("day", "week"):
        moved = (day + timedelta(days=step * (7 if unit == "week" else 1))).isoformat()
        return replace(value, value=moved, start=moved, end=moved)
    if value.granularity in ("day", "month") and unit == "month":
        first = iso_day(value.start[:7] + "-01")
        if first is None:
            return None
        total = first.year * 12 + first.month - 1 + step
        year, month = divmod(total, 12)
        last = calendar.monthrange(year, month + 1)[1]
        iso = f"{year:04d}-{month + 1:02d}"
        return replace(
            value, value=iso, start=f"{iso}-01", end=f"{iso}-{last:02d}", granularity="month"
        )
    if value.granularity in ("day", "month", "year") and unit == "year":
        year = int(value.start[:4]) + step
        return replace(
            value, value=str(year), start=f"{year}-01-01", end=f"{year}-12-31", granularity="year"
        )
    return None

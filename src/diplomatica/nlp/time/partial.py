"""Dates written without their year ("in May", "on 12 January", "July 9-11 of that year").

The year comes from the narrative's reference time, from the date just named, or from the
document date ("last October"); a past-perfect clause or a plain past that would step back
within the narrative's year moves it (see :func:`_partial_year`).
"""

from __future__ import annotations

import re
from datetime import date

from diplomatica.nlp.time.atoms import Group, sentence_prefix
from diplomatica.nlp.time.intervals import (
    Abs,
    as_timex,
    day_abs,
    month_abs,
    month_of,
    parse_day,
    range_abs,
    safe_date,
    unresolved,
)
from diplomatica.nlp.time.narrative import (
    Context,
    earlier_paragraph_year,
    narrative_reference,
    near_document_date,
    recent_reference,
)
from diplomatica.nlp.types import TimeValue


def _year_named(ctx: Context, rel: str) -> int | None:
    """The year "of that year", "of the following year", "of last year" names."""
    word = rel.split()[-1]
    step = {"following": 1, "next": 1, "previous": -1, "last": -1}.get(word, 0)
    deictic = rel in ("this", "last", "next")
    reference = ctx.doc_date if deictic else narrative_reference(ctx)
    reference = reference or ctx.doc_date or (ctx.anchor.end if ctx.anchor else None)
    return reference.year + step if reference else None


def _partial_year(
    ctx: Context, month: int, day: int, future: bool, day_named: bool = False
) -> int | None:
    """Year of a date written without one: the reference year, moved to the next year when the
    sentence speaks of the future and the date would otherwise precede the document date.

    While the narrative stays in the year before the document date and no date stating its
    year has set it, a past date without a year is its latest occurrence up to the document
    date ("signed on March 26 last year ... relations were established on Jan. 26" in a story
    of February: the January just past)."""
    reference = ctx.anchor.end if ctx.anchor else ctx.doc_date
    if reference is None:
        return None
    year = reference.year
    candidate = safe_date(year, month, min(day, 28))
    same_sentence = recent_reference(ctx)
    if future and ctx.doc_date is not None:
        if candidate is not None and candidate < ctx.doc_date:
            year += 1
    elif (
        same_sentence is not None
        and ctx.recent_explicit
        and not ctx.recent_open  # "X, Foreign Secretary since June 1983, came in July"
        and same_sentence.precision in ("day", "month")
        and same_sentence.start != ctx.doc_date  # a dateline, not a date of the narrative
        and ctx.sentence_breaks_since(ctx.recent_end) == 0
    ):
        # "came in June 2000, and in July X visited us": the year of the date just named
        year = same_sentence.end.year
    elif (near_document_date(ctx) or earlier_paragraph_year(ctx)) and ctx.doc_date is not None:
        latest = safe_date(ctx.doc_date.year, month, min(day, 28))
        ahead = latest is not None and latest > ctx.doc_date
        just_after = day_named and _days_after(latest, ctx.doc_date)
        year = ctx.doc_date.year - (1 if ahead and not just_after else 0)
    return year


# How far past the document date a named day without a year may fall and still be of its
# year: a note added to a record, or a report of the days just after its date ("Date: 12
# September 1955 ... Note: the letters were exchanged on 13 September"), not a day almost a
# year before. A month alone ("in December") stays the last one before the document date.
_DAYS_AFTER = 10


def _days_after(day: date | None, doc_date: date) -> bool:
    """Whether ``day`` falls within :data:`_DAYS_AFTER` days after ``doc_date``."""
    return day is not None and 0 < (day - doc_date).days <= _DAYS_AFTER


def resolve_dayrange(group: Group, ctx: Context, text: str) -> tuple[TimeValue, bool]:
    """ "July 9-11", "9 and 11 July" without a year: a range (a set for "and") in the year the
    context gives (``rel_year``: "of that year"); unresolved when the days are not valid."""
    m = group.atoms[0].match
    month = month_of(m.group("m") or m.group("m2") or m.group("m5"))
    first, last = (
        parse_day(m.group("d1") or m.group("d3") or m.group("d5")),
        parse_day(m.group("d2") or m.group("d4") or m.group("d6")),
    )
    year = (
        _year_named(ctx, group.rel_year)
        if group.rel_year
        else _partial_year(ctx, month, first, group.future, day_named=True)
    )
    later_month = m.group("m3") or m.group("m6")
    last_month = month_of(later_month) if later_month else month
    start = safe_date(year, month, first) if year else None
    end = safe_date(year, last_month, last) if year else None
    if start is None or end is None or end <= start:
        return unresolved(text, f"XXXX-{month:02d}", "range"), False
    if re.search(r"\sand\s", m.group(0)):
        whole = Abs(f"{start.isoformat()},{end.isoformat()}", start, end, "day", "day")
        return as_timex(text, whole, kind="set", resolved=True), True
    return as_timex(text, range_abs(day_abs(start), day_abs(end)), "range", True), True


def resolve_month_of_rel(group: Group, ctx: Context, text: str) -> tuple[TimeValue, bool]:
    """ "May of that year", "12 May of the following year", "March to May of last year": the year
    from the narrative, or from the document date after "last", "next", "this"."""
    m = group.atoms[0].match
    rel = m.group("rel").lower().split()[0 if m.group("rel").lower() in ("last", "next") else -1]
    step = {"following": 1, "next": 1, "previous": -1, "last": -1}.get(rel, 0)
    reference = narrative_reference(ctx) if rel not in ("this", "last", "next") else None
    reference = reference or ctx.doc_date or (ctx.anchor.end if ctx.anchor else None)
    month = month_of(m.group("m"))
    if reference is None:
        return unresolved(text, f"XXXX-{month:02d}", "month"), False
    year = reference.year + step
    if m.group("d") or m.group("d2"):
        day = safe_date(year, month, parse_day(m.group("d") or m.group("d2")))
        if day is None:
            return unresolved(text, f"{year:04d}-{month:02d}", "day"), False
        return as_timex(text, day_abs(day), resolved=True), True
    whole = month_abs(year, month)
    if m.group("m0"):
        first = month_abs(year, month_of(m.group("m0")))
        if first.start < whole.start:
            if m.group("msep").lower() == "to":
                return as_timex(text, range_abs(first, whole), "range", True), True
            both = Abs(f"{first.value},{whole.value}", first.start, whole.end, "month", "month")
            return as_timex(text, both, kind="set", resolved=True), True
    return as_timex(text, whole, resolved=True), True


def resolve_partial_date(group: Group, ctx: Context, text: str) -> tuple[TimeValue, bool]:
    """ "in May", "on 12 January": the year comes from the anchor (or the document date)."""
    m = group.atoms[0].match
    month = month_of(m.group("m"))
    day = parse_day(m.group("d")) if group.kind == "day_noyear" else None
    year = _partial_year(ctx, month, day or 1, group.future, day_named=day is not None)
    if names_its_year(group, False) and ctx.anchor is not None:
        # "that October": the year of the date just named, else the narrative's year
        reference = narrative_reference(ctx)
        year = reference.year if reference is not None else ctx.anchor.end.year
    after = _month_from_reference(group, ctx, month)
    if group.rel_year:
        year = _year_named(ctx, group.rel_year)
    elif after is not None:
        year = after  # "the following May": the first May after the narrative's date
    elif group.kind == "month_noyear" and ctx.doc_date is not None:
        year = _deictic_month_year(_month_modifier(group), month, ctx.doc_date) or year
        year = _present_month_year(group, ctx, month) or year
    if year is not None and _before_reference(group, ctx, year, month, day or 1):
        year -= 1  # "had already closed its consulate at the beginning of November"
    elif year is not None and day is not None and not group.past_perfect and not group.rel_year:
        year = _latest_when_backward(ctx, year, month, day) or year
    reference = date(year, 1, 1) if year else None
    if reference is None:
        partial = f"XXXX-{month:02d}" + (f"-{day:02d}" if day else "")
        return unresolved(text, partial, "day" if day else "month"), False
    if day is None:
        pair = _month_pair(group, reference.year, month, text)
        if pair is not None:
            return pair, True
        return as_timex(text, month_abs(reference.year, month), resolved=True), True
    exact = safe_date(reference.year, month, day)
    if exact is None:
        return unresolved(text, f"XXXX-{month:02d}-{day:02d}", "day"), False
    return as_timex(text, day_abs(exact), resolved=True), True


def _month_pair(group: Group, year: int, month: int, text: str) -> TimeValue | None:
    """Return the stretch two months without a year name ("in April and May", "between June
    and August", "from December to February": the second in the next year when it comes
    earlier in the calendar): from the first month to the second; None for one month."""
    m = group.atoms[0].match
    second = m.groupdict().get("m2") if group.kind == "month_noyear" else None
    if not second:
        return None
    later = month_of(second)
    first = month_abs(year, month)
    last = month_abs(year + (1 if later < month else 0), later)
    if last.start <= first.start:
        return None
    if m.group("msep").lower() in ("and", "or"):
        both = Abs(f"{first.value},{last.value}", first.start, last.end, "month", "month")
        return as_timex(text, both, kind="set", resolved=True)
    return as_timex(text, range_abs(first, last), "range", True)


def _before_reference(group: Group, ctx: Context, year: int, month: int, day: int) -> bool:
    """Whether a date without a year, in a past-perfect clause, falls after the narrative's
    reference time in the year chosen: the act it dates lies before that time ("Portugal did
    not recognise it until February 1976. The United States had already closed its consulate
    at the beginning of November": the November before), so it is in the year before."""
    if not group.past_perfect or group.future or group.rel_year or ctx.anchor is None:
        return False
    if not ctx.anchor_explicit or year != ctx.anchor.end.year or near_document_date(ctx):
        return False  # the year came from elsewhere, or the narrative is at the document's day
    if group.kind == "month_noyear" and _month_modifier(group) in (
        "last",
        "next",
        "this",
        "that",
        "the",
    ):
        return False
    named = safe_date(year, month, min(day, 28))
    return named is not None and named > ctx.anchor.end


def _latest_when_backward(ctx: Context, year: int, month: int, day: int) -> int | None:
    """The year of a day written without one in a dated document when the narrative's year
    would put it before the explicit date just told ("signed on Sept. 14, 1993. On July 25
    they met" in a story of October 1994): a plain past tense does not step back within that
    year, so the day is the latest such day up to the document date; None otherwise."""
    anchor, today = ctx.anchor, ctx.doc_date
    if today is None or anchor is None or not ctx.anchor_explicit or anchor.precision != "day":
        return None
    named = safe_date(year, month, min(day, 28))
    if named is None or year != anchor.end.year or named >= anchor.start:
        return None
    latest = today.year - (1 if (month, day) > (today.month, today.day) else 0)
    return latest if latest > year else None


def _present_month_year(group: Group, ctx: Context, month: int) -> int | None:
    """The year of a bare month inside a sentence of a dated document ("Erdogan, visiting Baku
    in May, told ...", "China voted in March for ...") when the narrative's year was set two or
    more sentences back and lies before the document's year (and no date is named earlier in the
    sentence): a plain past told in passing speaks
    of the months up to the document date, not of the background year; the latest such month.
    A month opening its sentence ("In May the embassy closed") goes on narrating that year."""
    today, anchor = ctx.doc_date, ctx.anchor
    if today is None or anchor is None or group.past_perfect or group.future:
        return None
    if _month_modifier(group) not in ("in", "early", "late", "mid"):
        return None
    if anchor.end.year >= today.year or ctx.sentence_breaks_since(ctx.anchor_end) < 2:
        return None  # "settled it in May 1955. A trade agreement followed in August."
    if ctx.recent is not None and ctx.sentence_breaks_since(ctx.recent_end) == 0:
        return None  # "came in May 1964, and in June ...": the year just named
    if not sentence_prefix(ctx.text, ctx.position, 160).strip(" ,\"'(").split(maxsplit=2)[2:]:
        return None  # "In May ...", "Early in May ...": the sentence opens with the month
    return today.year if month <= today.month else today.year - 1


def _month_from_reference(group: Group, ctx: Context, month: int) -> int | None:
    """ "the following May" is the first May after the narrative's date, "the previous
    October" the last October before it; None for other months without a year, or with no
    date told before."""
    words = group.atoms[0].match.group(0).lower().split()
    if group.kind != "month_noyear" or words[0] != "the" or len(words) < 2:
        return None
    reference = narrative_reference(ctx) or (ctx.anchor.end if ctx.anchor else None)
    if reference is None:
        return None
    if words[1] in ("following", "next"):
        return reference.year if month > reference.month else reference.year + 1
    return reference.year if month < reference.month else reference.year - 1


def _month_modifier(group: Group) -> str:
    """The word fixing the year of a month without one: its first word ("last October", "in
    May"), or "last" written after it ("in August last")."""
    m = group.atoms[0].match
    return "last" if m.groupdict().get("post") else m.group(0).split()[0].lower()


def _deictic_month_year(word: str, month: int, doc_date: date) -> int | None:
    """ "last October" is the latest October before the document date, "next May" the first
    May after it, "this June" the one of its year; None for other prefixes."""
    if word == "last":
        return doc_date.year if month < doc_date.month else doc_date.year - 1
    if word == "next":
        return doc_date.year if month > doc_date.month else doc_date.year + 1
    return doc_date.year if word == "this" else None


def deictic_year(group: Group) -> bool:
    """Whether a date without a year took it from the document date ("September of last year",
    "last October") rather than from the narrative."""
    m = group.atoms[0].match
    words = {"this", "last", "next"}
    if group.rel_year is not None:
        return group.rel_year in words
    if group.kind == "month_of_rel":
        return m.group("rel").lower() in words
    return group.kind == "month_noyear" and _month_modifier(group) in words


def names_its_year(group: Group, inherited: bool) -> bool:
    """Whether a relative expression fixes its year through the narrative ("July 9-11 of that
    year", "that October") rather than through the document date ("last May", "on Jan. 26");
    an anaphor ("the following day", "two years later") keeps what its reference had."""
    if group.kind in ("anaphor_offset", "anaphor_unit", "anaphor_part", "season_rel"):
        return inherited
    if group.rel_year is not None or group.kind == "month_of_rel":
        return not deictic_year(group)
    if group.kind != "month_noyear":
        return False
    return group.atoms[0].match.group(0).lower().startswith("that")

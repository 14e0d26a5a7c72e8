"""Resolution of deictic and anaphoric expressions against the narrative context.

Deictic words ("yesterday", "last year", "this spring") count from the document date; anaphors
("the following day", "two years later", "that month", "soon afterwards") from the dates named
before them (:mod:`.narrative`). :data:`RELATIVE_RESOLVERS` maps every relative atom kind, dates
without a year (:mod:`.partial`) included, to its resolver.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta

from diplomatica.nlp.time import patterns as pt
from diplomatica.nlp.time.atoms import DECADE_PARTS, Group
from diplomatica.nlp.time.intervals import (
    DAY_PARTS,
    SEASONS,
    YEAR_PARTS,
    Abs,
    add_months,
    as_timex,
    count_of,
    day_abs,
    last_day,
    month_abs,
    parse_day,
    range_abs,
    safe_date,
    season_abs,
    unresolved,
    year_abs,
)
from diplomatica.nlp.time.narrative import (
    Context,
    day_reference,
    event_reference_day,
    narrative_reference,
    recent_month,
    recent_named_day,
    recent_reference,
)
from diplomatica.nlp.time.partial import (
    resolve_dayrange,
    resolve_month_of_rel,
    resolve_partial_date,
)
from diplomatica.nlp.types import Granularity, TimeValue


def _interval_abs(start: date, end: date, unit: str) -> Abs:
    """An approximate interval named by its bounds at the precision of ``unit``."""
    if unit in ("year", "decade"):
        names = (f"{start.year:04d}", f"{end.year:04d}")
    elif unit == "month":
        names = (start.isoformat()[:7], end.isoformat()[:7])
    else:
        names = (start.isoformat(), end.isoformat())
    value = names[0] if names[0] == names[1] else f"{names[0]}/{names[1]}"
    return Abs(value, start, end, "approximate", "coarse")


def _shift(anchor: Abs, unit: str, amount: int) -> Abs | None:
    """Return the unit of time ``amount`` units after (before, if negative) the anchor."""
    if unit in ("year", "decade"):
        years = amount * (10 if unit == "decade" else 1)
        base = anchor.end.year if amount >= 0 else anchor.start.year
        return year_abs(base + years) if 1 <= base + years <= 9999 else None
    if unit == "month" and anchor.precision in ("day", "month"):
        base_day = anchor.end if amount >= 0 else anchor.start
        moved = add_months(base_day.replace(day=1), amount)
        return month_abs(moved.year, moved.month)
    if unit in ("day", "morning", "afternoon", "evening", "night") and anchor.precision == "day":
        base_day = anchor.end if amount >= 0 else anchor.start
        return day_abs(base_day + timedelta(days=amount))
    if unit == "week" and anchor.precision == "day":
        base_day = anchor.end if amount >= 0 else anchor.start
        monday = base_day - timedelta(days=base_day.weekday()) + timedelta(days=7 * amount)
        iso = monday.isocalendar()
        return Abs(f"{iso.year:04d}-W{iso.week:02d}", monday, monday + timedelta(days=6),
                   "approximate", "coarse")  # fmt: skip
    return None


def _approximate_offset(anchor: Abs, unit: str, low: int, high: int, forward: bool) -> Abs:
    """Interval between ``low`` and ``high`` units after (or before) the anchor."""
    months = {"day": 0, "week": 0, "month": 1, "year": 12, "decade": 120}[unit]
    days = {"day": 1, "week": 7}.get(unit, 0)

    def moved(base: date, count: int) -> date:
        sign = 1 if forward else -1
        return add_months(base, sign * count * months) + timedelta(days=sign * count * days)

    if forward:
        start = moved(anchor.end, low) if low else anchor.end + timedelta(days=1)
        return _interval_abs(start, moved(anchor.end, high), unit)
    end = moved(anchor.start, low) if low else anchor.start - timedelta(days=1)
    return _interval_abs(moved(anchor.start, high), end, unit)


_DAYS_IN_MONTH = 7  # "N days later" from a month: the same month, up to a week


def _exact_shift(anchor: Abs, unit: str, amount: int) -> Abs:
    """The day (month) of ``anchor`` moved by ``amount`` months or years, at its precision."""
    base = anchor.end if amount >= 0 else anchor.start
    moved = add_months(base, amount * (12 if unit == "year" else 1))
    return day_abs(moved) if anchor.precision == "day" else month_abs(moved.year, moved.month)


def _resolve_offset(group: Group, ctx: Context, text: str) -> tuple[TimeValue, bool] | None:
    m = group.atoms[0].match
    unit = m.group("unit").lower()
    direction = " ".join(m.group("dir").lower().split())
    forward = direction not in ("earlier", "ago", "before")
    base = ctx.doc_date if direction == "ago" and ctx.doc_date else None
    anchor = day_abs(base) if base else ctx.anchor
    if (
        base is None
        and ctx.recent is not None
        and not ctx.recent_open
        and ctx.sentence_breaks_since(ctx.recent_end) == 0
    ):
        # "opened in November 1981, broke down two years later"; not the bound of a state
        # ("Galtieri, president since December 1981, resigned three days later")
        anchor = ctx.recent
    if unit in ("hour", "minute"):  # "a few hours later": the same day
        day = anchor.end if anchor is not None and anchor.precision == "day" else None
        if anchor is not ctx.recent:
            # "The rupture came on July 22 ... Hours later": the day just named, not the
            # narrative's present
            day = recent_named_day(ctx) or day
        day = day or day_reference(ctx)
        if day is None:
            return None
        return as_timex(text, day_abs(day), resolved=True), False
    if anchor is None:
        return unresolved(text, "FUTURE_REF" if forward else "PAST_REF", "approximate"), False
    groups = m.groupdict()
    if "n" not in groups and anchor.precision != "day":
        return None  # "Days later" counted from a month or a year cannot be placed
    count = count_of(groups["n"]) if groups.get("n") else None
    if anchor.precision == "month" and unit == "day" and (count or 0) <= _DAYS_IN_MONTH:
        # "In October 1989 ... a few days later": a few days after a happening of that month
        # most likely fall in the month itself, not all in the next
        return as_timex(text, anchor, resolved=True), False
    if count is None:  # "a few", "several", "a couple of", a bare "days later"
        return as_timex(
            text, _approximate_offset(anchor, unit, 0, 6, forward), resolved=True
        ), False
    if groups.get("exact") and unit in ("month", "year") and anchor.precision in ("day", "month"):
        # "signed on 2 April 1996 ... exactly a year later": the same day (month) a year on
        exact = _exact_shift(anchor, unit, count if forward else -count)
        return as_timex(text, exact, resolved=True), True
    shifted = _shift(anchor, unit, count if forward else -count)
    if shifted is None or groups.get("mod"):
        shifted = shifted or _approximate_offset(anchor, unit, count, count, forward)
        return as_timex(text, shifted, resolved=True, granularity="approximate"), False
    return as_timex(text, shifted, resolved=True), True


_UNIT_STEP = {"same": 0, "that": 0, "this": 0, "following": 1, "next": 1, "subsequent": 1,
              "after": 1, "previous": -1, "preceding": -1, "before": -1}  # fmt: skip


def _day_shifted(day: date | None, unit: str, step: int) -> Abs | None:
    """Return ``day`` moved by ``step`` ``unit``s ("the day before", "the following morning"
    with its part of the day), or ``None`` when there is no day or it cannot move."""
    if day is None:
        return None
    shifted = _shift(day_abs(day), unit, step)
    if shifted is not None and unit in DAY_PARTS:
        shifted = replace(shifted, value=shifted.value + DAY_PARTS[unit])
    return shifted


def _resolve_unit(group: Group, ctx: Context, text: str) -> tuple[TimeValue, bool]:
    m = group.atoms[0].match
    unit = (m.group("unit") or m.group("unit2") or m.group("unit3")).lower()
    step = _UNIT_STEP[(m.group("rel") or m.group("rel2") or m.group("rel3")).lower().split()[-1]]
    event_day = event_reference_day(ctx) if m.group("unit3") else None
    if event_day is not None:
        # "the day after the attack": the day the happening was dated to, a few sentences back
        shifted = _day_shifted(event_day, unit, step)
        if shifted is not None:
            return as_timex(text, shifted, resolved=True), True
    if ctx.anchor is None:
        shifted = _day_shifted(ctx.doc_date, unit, step) if unit in _DAY_UNITS else None
        if shifted is not None:
            # a dated record that has named no day yet: "who had arrived the day before" is
            # the day before the record's own
            return as_timex(text, shifted, resolved=True), False
        return unresolved(text, "PAST_REF", "approximate"), False
    if group.future and step > 0 and ctx.doc_date and ctx.anchor.end < ctx.doc_date:
        # a plan stated in the document ("proposed to meet again the following morning")
        # counts from the document's own day, not from the last date it narrates
        shifted = _day_shifted(ctx.doc_date, unit, step)
        if shifted is not None:
            return as_timex(text, shifted, resolved=True), False
    if unit == "year" and step == 0:
        # "that year" points back to the year just named, even a flashback ("concluded in
        # June 1964. Later that year ...")
        year = (narrative_reference(ctx) or ctx.anchor.end).year
        rest = _rest_of_year(ctx, year)
        if rest is not None:
            return as_timex(text, rest, kind="range", resolved=True), False
        return as_timex(text, year_abs(year), resolved=True), True
    anchor = ctx.anchor
    if unit == "month" and step == 0:
        anchor = recent_reference(ctx) or anchor  # "on Jan. 26 ... Earlier that month"
    if unit == "month" and anchor.precision not in ("day", "month"):
        anchor = recent_month(ctx) or anchor  # a year named since the month does not count
    named_day = recent_named_day(ctx)
    if (
        unit in _DAY_UNITS
        and named_day is not None
        and (
            anchor.precision != "day"
            or named_day < anchor.start
            or ctx.sentence_breaks_since(ctx.last_day_end) == 0
        )
    ):
        # "had arrived on 16 December 1949. The same evening ...": the day just named, even a
        # flashback that left the narrative time where it was (a day planned ahead of the
        # narrative, "proposed to arrive on 14 September", is not)
        anchor = day_abs(named_day)
    elif unit in _DAY_UNITS and anchor.precision != "day" and _day_within(ctx, anchor):
        # a record dated "20 April 1960" whose reference line then names "April 1960": "the
        # previous afternoon" counts from the day, which the month only restates
        anchor = day_abs(ctx.last_day) if ctx.last_day is not None else anchor
    shifted = _shift(anchor, unit, step)
    if shifted is None:
        return as_timex(text, ctx.anchor, resolved=True, granularity="approximate"), False
    if unit in DAY_PARTS:
        shifted = replace(shifted, value=shifted.value + DAY_PARTS[unit])
    return as_timex(text, shifted, resolved=True), shifted.granularity != "approximate"


def _day_within(ctx: Context, span: Abs) -> bool:
    """Whether the last single day named lies within ``span`` (a month or year that restates
    it)."""
    return ctx.last_day is not None and span.start <= ctx.last_day <= span.end


_SIDE_BEFORE = re.compile(r"(?i:\b(?P<side>later|earlier)\s(?:in\s)?)$")


def _rest_of_year(ctx: Context, year: int) -> Abs | None:
    """ "later that year" after a day or month of that year: the months from that one to
    December ("earlier that year": from January to it); None for other cases."""
    side = _SIDE_BEFORE.search(ctx.text, max(0, ctx.position - 12), ctx.position)
    reference = recent_reference(ctx) or ctx.anchor
    if side is None or reference is None or reference.precision not in ("day", "month"):
        return None
    if reference.start.year != year:
        return None
    if side.group("side").lower() == "later":
        first, last = month_abs(year, reference.start.month), month_abs(year, 12)
    else:
        first, last = month_abs(year, 1), month_abs(year, reference.start.month)
    if first.start == last.start:
        return None
    return replace(range_abs(first, last), granularity="range")


_DAY_UNITS = frozenset(["day", *DAY_PARTS])


def _clock(hour_text: str, minute_text: str | None, meridiem: str) -> str:
    hour, minute = int(hour_text), int(minute_text or 0)
    if meridiem.startswith("p") and hour < 12:
        hour += 12
    elif meridiem.startswith("a") and hour == 12:
        hour = 0
    return f"T{hour:02d}:{minute:02d}"


def _resolve_time_of_day(group: Group, ctx: Context, text: str) -> tuple[TimeValue, bool] | None:
    """ "4:30 p.m." on the day in context; "2:50-3:55 p.m." as a range within that day."""
    m = group.atoms[0].match
    day = day_reference(ctx)
    if day is None:
        return None
    meridiem = m.group("ap").lower()
    last = _clock(m.group("hh"), m.group("mm"), meridiem)
    base = day_abs(day)
    if m.group("h1"):
        first = _clock(m.group("h1"), m.group("m1"), (m.group("ap1") or meridiem).lower())
        whole = replace(base, value=f"{base.value}{first}/{base.value}{last}", granularity="range")
        return as_timex(text, whole, kind="range", resolved=True), False
    return as_timex(text, replace(base, value=base.value + last), resolved=True), False


def _resolve_day_part(group: Group, ctx: Context, text: str) -> tuple[TimeValue, bool] | None:
    """ "in the evening", "the late morning": that part of the day in context."""
    day = day_reference(ctx)
    if day is None:
        return None
    base = day_abs(day)
    suffix = DAY_PARTS[group.atoms[0].match.group("tod").lower()]
    return as_timex(text, replace(base, value=base.value + suffix), resolved=True), False


def _resolve_same_day(group: Group, ctx: Context, text: str) -> tuple[TimeValue, bool] | None:
    """ "earlier in the day": a day named earlier in the same sentence, else the document's own
    day (a record's "signed earlier in the day" after a sentence about the arrival two days
    before is the day of the record), else the last day named."""
    same_sentence = ctx.last_day is not None and ctx.sentence_breaks_since(ctx.last_day_end) == 0
    day = ctx.last_day if same_sentence else (ctx.doc_date or ctx.last_day)
    if day is None:
        return None
    return as_timex(text, day_abs(day), resolved=True), False


_FEW_MONTHS = 6  # "the following months" spans about half a year
_FOLLOWING_SPAN_DAYS = {"weeks": 49, "days": 14}  # "the weeks that followed": about seven weeks


def _resolve_open_after(group: Group, ctx: Context, text: str) -> tuple[TimeValue, bool] | None:
    """ "the years that followed": open range from the day after the reference time."""
    anchor = ctx.anchor
    if (
        ctx.recent is not None
        and not ctx.recent_open
        and ctx.sentence_breaks_since(ctx.recent_end) == 0
    ):
        anchor = ctx.recent  # "at the end of November 1971 ...; in the following months"
    if anchor is None:
        return None
    start = anchor.end + timedelta(days=1)
    m = group.atoms[0].match
    unit = (m.group("unit") or m.group("unit2") or "").lower()
    if unit in _FOLLOWING_SPAN_DAYS:
        # "in the weeks that followed": a few weeks, at the precision of their months
        last_day = start + timedelta(days=_FOLLOWING_SPAN_DAYS[unit] - 1)
        if unit == "days":
            return as_timex(text, range_abs(day_abs(start), day_abs(last_day)), kind="range",
                            resolved=True), False  # fmt: skip
        first = month_abs(start.year, start.month)
        last = month_abs(last_day.year, last_day.month)
        return as_timex(text, range_abs(first, last), kind="range", resolved=True), False
    if unit == "months":
        # "in the following months": a few months, not an open-ended future
        first = month_abs(start.year, start.month)
        last_month = add_months(first.start, _FEW_MONTHS - 1)
        last = month_abs(last_month.year, last_month.month)
        return as_timex(text, range_abs(first, last), kind="range", resolved=True), False
    timex = TimeValue(text, f"{start.year:04d}/..", start.isoformat(), None, "approximate",
                      "range", resolved_from_context=True)  # fmt: skip
    return timex, False


_SOON_MONTHS = 11  # "soon afterwards" a year lies within about a year of it
_SOON_DAYS = 28  # "soon afterwards" a month or a day: within about four weeks of its end


def _resolve_soon_after(group: Group, ctx: Context, text: str) -> tuple[TimeValue, bool] | None:
    """ "soon afterwards", "shortly thereafter", "within weeks": from the day after the date
    named in the same or the previous sentence (from the start of a month or a year) to about
    four weeks after a day or a month ("closed its consulate in May, and soon afterwards":
    May to June), to about a year after a year ("restored in 1958, and shortly thereafter":
    1958 to 1959), within the year itself for "within weeks" of a year. Dropped when no such
    date is near (the act it follows is then undated, not the narrative's last year); it does
    not move the reference time."""
    anchor = recent_reference(ctx)
    if anchor is None or ctx.recent_open:
        return None
    start = anchor.end + timedelta(days=1) if anchor.precision == "day" else anchor.start
    if anchor.precision in ("day", "month"):
        last = anchor.end + timedelta(days=_SOON_DAYS)
        end = month_abs(last.year, last.month).end
    elif group.atoms[0].match.group("within"):
        end = anchor.end
    else:
        end = add_months(anchor.end, _SOON_MONTHS)
    interval = _interval_abs(start, end, "month")
    return as_timex(text, interval, resolved=True, granularity="range"), False


def _resolve_since_then(group: Group, ctx: Context, text: str) -> tuple[TimeValue, bool] | None:
    """ "since then": the open range from the start of the date named in the same or the
    previous sentence ("assured Turkey of it in August 1941. Since then Britain had sent
    arms": from August 1941 on); dropped when no such date is near or it is itself open. It
    does not move the reference time."""
    anchor = recent_reference(ctx)
    if anchor is None or ctx.recent_open:
        return None
    first = anchor.value.split("/")[0].split(",")[0].split("T")[0]
    start = anchor.start.isoformat()
    return TimeValue(text, f"{first}/..", start, None, "range", "range", True), False


def _resolve_day_of_month(group: Group, ctx: Context, text: str) -> tuple[TimeValue, bool] | None:
    """ "on the 20th", "on the 28th of that month": that day of the month named in the same or
    the previous sentence, else (in a dated record or dispatch) the last such day up to the
    document's date, else of the narrative's month; dropped when no month is known."""
    m = group.atoms[0].match
    number = parse_day(m["d"])
    letter_month = m["rel"]
    groups = m.groupdict()
    if groups.get("d2"):
        this = groups.get("this") or ("this" if (letter_month or "")[:3].lower() == "ins" else None)
        return _days_of_month(number, parse_day(m["d2"]), ctx, text, this)
    if letter_month is not None:
        return _day_of_letter_month(number, letter_month, ctx, text)
    month = recent_reference(ctx)
    if month is None or month.precision not in ("day", "month"):
        dated = _latest_day_numbered(ctx.doc_date, number) if ctx.doc_date else None
        if dated is not None:
            return as_timex(text, day_abs(dated), resolved=True), True
        month = ctx.anchor if ctx.anchor and ctx.anchor.precision in ("day", "month") else None
    if month is None:
        return None
    day = safe_date(month.start.year, month.start.month, number)
    if day is None:
        return None
    return as_timex(text, day_abs(day), resolved=True), True


def _days_of_month(
    first: int, last: int, ctx: Context, text: str, this: str | None
) -> tuple[TimeValue, bool] | None:
    """ "from the 20th to the 23rd of this month": those days of the document's own month
    ("this month" in a dated record), else of the month named in the same or the previous
    sentence, else of the narrative's month; dropped when no month is known or the days do
    not exist in it."""
    month: Abs | None = None
    if this is not None and this.lower() == "this" and ctx.doc_date is not None:
        month = month_abs(ctx.doc_date.year, ctx.doc_date.month)
    if month is None:
        month = recent_reference(ctx)
        if month is None or month.precision not in ("day", "month"):
            anchor = ctx.anchor
            month = anchor if anchor is not None and anchor.precision in ("day", "month") else None
    if month is None or last < first:
        return None
    start = safe_date(month.start.year, month.start.month, first)
    end = safe_date(month.start.year, month.start.month, last)
    if start is None or end is None:
        return None
    days = range_abs(day_abs(start), day_abs(end))
    return as_timex(text, days, kind="range", resolved=True), True


# "the 10th instant/ultimo/proximo": that day of the letter's month, the month before, the next
_LETTER_MONTH_STEPS = {"ins": 0, "ult": -1, "pro": 1}


def _day_of_letter_month(
    number: int, letter_month: str, ctx: Context, text: str
) -> tuple[TimeValue, bool] | None:
    """Return the day ``number`` of the month a letter calls "instant", "ultimo" or "proximo",
    counted from the document's date (else the narrative's month); ``None`` when neither is
    known or the day does not exist."""
    reference = ctx.doc_date or (ctx.anchor.start if ctx.anchor else None)
    if reference is None:
        return None
    month = add_months(reference.replace(day=1), _LETTER_MONTH_STEPS[letter_month[:3].lower()])
    day = safe_date(month.year, month.month, number)
    return (as_timex(text, day_abs(day), resolved=True), True) if day is not None else None


def _latest_day_numbered(doc_date: date, number: int) -> date | None:
    """Return the last day numbered ``number`` up to ``doc_date`` (this month's, else the last
    month's): "on the 25th" in a record dated 28 September is 25 September."""
    for back in (0, 1):
        month = add_months(doc_date.replace(day=1), -back)
        day = safe_date(month.year, month.month, number)
        if day is not None and day <= doc_date:
            return day
    return None


_LATE_MONTHS = 7  # a date from July on turns into the next year; one before, from the last


def _resolve_turn_of_year(group: Group, ctx: Context, text: str) -> tuple[TimeValue, bool] | None:
    """ "at the turn of the year": the December and January around the year the narrative has
    reached (after a date late in a year, that year's end; after an early one, the last)."""
    reference = recent_reference(ctx) or ctx.anchor
    if reference is None:
        return None
    day = reference.end if reference.precision != "coarse" else reference.start
    year = day.year if day.month >= _LATE_MONTHS else day.year - 1
    span = Abs(f"{year}-12/{year + 1}-01", date(year, 12, 1), date(year + 1, 1, 31), "range",
               "month")  # fmt: skip
    return as_timex(text, span, resolved=True, granularity="range"), False


def _resolve_decade(group: Group, ctx: Context, text: str) -> tuple[TimeValue, bool] | None:
    """ "throughout that decade": the decade of the year the narrative points back to; "by the
    end of the decade": that part of it."""
    reference = narrative_reference(ctx) or (ctx.anchor.end if ctx.anchor else None)
    if reference is None:
        return None
    first = reference.year // 10 * 10
    base = f"{first // 10:03d}X"
    part = (group.atoms[0].match.group("part") or "").lower()
    if part in DECADE_PARTS:
        code, lo, hi = DECADE_PARTS[part]
        some = Abs(f"{base}-{code}", date(first + lo, 1, 1), date(first + hi, 12, 31),
                   "approximate", "coarse")  # fmt: skip
        return as_timex(text, some, resolved=True), False
    decade = Abs(base, date(first, 1, 1), date(first + 9, 12, 31), "decade", "coarse")
    return as_timex(text, decade, resolved=True), False


# The units a vague count stands for ("the past few weeks", "the preceding months": three).
_VAGUE_COUNTS = {"couple of": 2}
_VAGUE_COUNT = 3


def _resolve_stretch(group: Group, ctx: Context, text: str) -> tuple[TimeValue, bool]:
    """ "over the past decade", "for the last two years": the stretch of time before the
    document's day (or, undated, the narrative's time); "the previous eight years", "the
    preceding weeks": before the narrative's time."""
    m = group.atoms[0].match
    rel = (m.group("rel") or m.group("rel2") or m.group("rel3")).lower()
    unit = (m.group("unit") or m.group("unit2") or m.group("unit3")).lower()
    said = " ".join((m.group("n") or "").lower().split())
    count = 1 if m.group("unit3") else count_of(said) or _VAGUE_COUNTS.get(said, _VAGUE_COUNT)
    # "previous" counts back from the narrative's time (not from a "since 1955" just named)
    end = ctx.doc_date if rel in ("past", "last") else None
    end = end or (ctx.anchor.end if ctx.anchor else ctx.doc_date)
    if end is None:
        return unresolved(text, "PAST_REF", "approximate"), False
    return as_timex(text, _stretch_before(end, unit, count), kind="range", resolved=True), False


def is_stretch(value: TimeValue) -> bool:
    """Return whether ``value`` is a stretch of time counted back from a reference ("over the
    past two years"): it dates what went on over it, not a step the narrative has reached."""
    return pt.PAST_STRETCH.fullmatch(value.text) is not None


def is_since_then(value: TimeValue) -> bool:
    """Return whether ``value`` is the open range "since then" counts from a time just named:
    it restates that time, so it dates no later step of the narrative."""
    return pt.ANAPHOR_SINCE.fullmatch(value.text) is not None


def _stretch_before(end: date, unit: str, count: int) -> Abs:
    """Return the ``count`` ``unit``s (day, week, month, year, decade) before the day ``end``,
    at the unit's precision: years and decades as whole years, months as whole months."""
    last = end - timedelta(days=1)  # the stretch runs up to the day before its reference
    if unit in ("year", "decade"):
        years = count * (10 if unit == "decade" else 1)
        return range_abs(year_abs(end.year - years), year_abs(last.year))
    if unit == "month":
        first = add_months(end, -count)
        return range_abs(month_abs(first.year, first.month), month_abs(last.year, last.month))
    first = end - timedelta(days=count * (7 if unit == "week" else 1))
    return range_abs(day_abs(first), day_abs(last))


def _resolve_deictic_part(group: Group, ctx: Context, text: str) -> tuple[TimeValue, bool]:
    """ "early next year" -> 19xx-EARLY; "late last month" -> that month."""
    m = group.atoms[0].match
    rel = " ".join(m.group("dmod").lower().split())
    step = {"following": 1, "next": 1, "previous": -1, "last": -1}.get(rel.split()[-1], 0)
    base = ctx.doc_date if rel in ("this", "last", "next") else narrative_reference(ctx)
    if base is None:
        return unresolved(text, "FUTURE_REF" if step > 0 else "PAST_REF", "approximate"), False
    if m.group("dunit").lower() == "month":
        moved = add_months(base.replace(day=1), step)
        month = month_abs(moved.year, moved.month)
        # "early this month" lies within the month: its bounds are the month's
        return as_timex(text, month, resolved=True), False
    year = base.year + step
    code, first, last = YEAR_PARTS[m.group("part").lower()]
    part = Abs(f"{year:04d}-{code}", date(year, first, 1), last_day(year, last), "approximate",
               "coarse")  # fmt: skip
    return as_timex(text, part, resolved=True), False


def _resolve_season_deictic(group: Group, ctx: Context, text: str) -> tuple[TimeValue, bool]:
    """ "this spring": the one of the document's year; "last winter": the one of the year
    before when this year's has begun, else the latest such season over before the document
    date; "next summer": the first one to begin after it."""
    m = group.atoms[0].match
    code = SEASONS[m.group("season").lower()]
    if ctx.doc_date is None:
        return unresolved(text, f"XXXX-{code}", "season"), False
    today = ctx.doc_date
    modifier = m.group("dmod").lower()
    season = season_abs(today.year, m.group("season"), None)
    if modifier == "last" and season.start <= today:
        # "this summer" said in September is the summer just ended: "last summer" is a year
        # before it
        season = season_abs(today.year - 1, m.group("season"), None)
    elif modifier == "last":
        while season.end >= today:
            season = season_abs(season.start.year - 1, m.group("season"), None)
    elif modifier == "next":
        while season.start <= today:
            season = season_abs(season.start.year + 1, m.group("season"), None)
    return as_timex(text, season, resolved=True), False


def _resolve_season_of_rel(group: Group, ctx: Context, text: str) -> tuple[TimeValue, bool]:
    """ "the spring of next year" (document date), "the summer of that year" (narrative)."""
    m = group.atoms[0].match
    rel = m.group("rel").lower().split()[-1]
    deictic = rel in ("next", "last", "this") and not m.group("rel").lower().startswith("the")
    primary = ctx.doc_date if deictic else (ctx.anchor.end if ctx.anchor else None)
    reference = primary or ctx.doc_date or (ctx.anchor.end if ctx.anchor else None)
    if reference is None:
        return unresolved(text, f"XXXX-{SEASONS[m.group('season').lower()]}", "season"), False
    year = reference.year + {"following": 1, "next": 1, "previous": -1, "last": -1}.get(rel, 0)
    return as_timex(text, season_abs(year, m.group("season"), None), resolved=True), not deictic


def _resolve_deictic(group: Group, ctx: Context, text: str) -> tuple[TimeValue, bool]:
    m = group.atoms[0].match
    word = " ".join((m.group("word") or "").lower().split())
    offsets = {"the day before yesterday": -2, "yesterday": -1, "today": 0, "tonight": 0,
               "tomorrow": 1, "the day after tomorrow": 2}  # fmt: skip
    if word:
        base = ctx.doc_date
        if base is None and word != "today" and ctx.anchor and ctx.anchor.precision == "day":
            base = ctx.anchor.end
        if base is None:
            reference = "PRESENT_REF" if offsets[word] == 0 else "PAST_REF"
            return unresolved(text, reference, "day"), False
        named = day_abs(base + timedelta(days=offsets[word]))
        if m.group("tod"):
            named = replace(named, value=named.value + DAY_PARTS[m.group("tod").lower()])
        return as_timex(text, named, resolved=True), True
    unit = m.group("dunit").lower()
    step = {"this": 0, "last": -1, "next": 1}[m.group("dmod").lower()]
    if ctx.doc_date is None:
        return unresolved(text, "PRESENT_REF" if step == 0 else "PAST_REF", "approximate"), False
    if unit in ("morning", "afternoon", "evening", "night"):
        day = ctx.doc_date + timedelta(days=step)
        return as_timex(text, day_abs(day), resolved=True), False
    shifted = _shift(day_abs(ctx.doc_date), unit, step)
    if shifted is None:
        return unresolved(text, "PRESENT_REF", "approximate"), False
    side = (m.group("side") or "").lower()
    if step == 0 and not side and unit == "week" and not group.future:
        # "arrived this week", told outside the future: the week up to the report's day
        shifted = replace(shifted, end=min(shifted.end, ctx.doc_date), granularity="approximate")
    if step == 0 and side == "earlier" and shifted.start < ctx.doc_date:
        shifted = replace(shifted, end=ctx.doc_date - timedelta(days=1), granularity="approximate")
    elif step == 0 and side == "later" and ctx.doc_date < shifted.end:
        shifted = replace(
            shifted, start=ctx.doc_date + timedelta(days=1), granularity="approximate"
        )
    granularity = _part_granularity(shifted) if unit in ("month", "year") else None
    return as_timex(text, shifted, resolved=True, granularity=granularity), False


def _part_granularity(part: Abs) -> Granularity:
    """ "earlier this month" lies within one month: month-level bounds, not just the year."""
    if part.granularity != "approximate":
        return part.granularity
    if part.start.year != part.end.year:
        return "approximate"
    return "month" if part.start.month == part.end.month else "year"


WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _resolve_weekday(group: Group, ctx: Context, text: str) -> tuple[TimeValue, bool]:
    """Nearest such weekday before the reference (after it in future-tense sentences)."""
    m = group.atoms[0].match
    target = WEEKDAYS.index(m.group("wd").lower())
    modifier = (m.group("wmod") or "").lower()
    reference = ctx.doc_date
    if reference is None and ctx.anchor is not None and ctx.anchor.precision == "day":
        reference = ctx.anchor.end
    if reference is None:
        return unresolved(text, f"XXXX-WXX-{target + 1}", "day"), False
    delta = (target - reference.weekday()) % 7
    if modifier == "next" or (group.future and modifier not in ("last", "since")):
        day = reference + timedelta(days=delta or 7 if modifier == "next" else delta)
    else:
        back = (reference.weekday() - target) % 7
        day = reference - timedelta(days=back or 7 if modifier == "last" else back)
    return as_timex(text, day_abs(day), resolved=True), True


def _resolve_part(group: Group, ctx: Context, text: str) -> tuple[TimeValue, bool]:
    m = group.atoms[0].match
    reference = ctx.anchor.end if ctx.anchor else ctx.doc_date
    if reference is None:
        return unresolved(text, "PAST_REF", "approximate"), False
    rel = m.group("rel").lower().split()[-1]
    if (rel in ("this", "next", "last") or group.future) and ctx.doc_date is not None:
        reference = ctx.doc_date
    year = reference.year + {"following": 1, "next": 1, "previous": -1, "last": -1}.get(rel, 0)
    code, first, last = YEAR_PARTS[" ".join(m.group("part").lower().split())]
    part = Abs(f"{year:04d}-{code}", date(year, first, 1), last_day(year, last), "approximate",
               "coarse")  # fmt: skip
    return as_timex(text, part, resolved=True), False


def _resolve_season(group: Group, ctx: Context, text: str) -> tuple[TimeValue, bool]:
    m = group.atoms[0].match
    rel = m.group("rel").lower().split()[-1]
    reference = ctx.anchor.end if ctx.anchor else ctx.doc_date
    if group.future and ctx.doc_date is not None:
        reference = ctx.doc_date  # "talks will continue in the autumn": the coming autumn
    if reference is None:
        code = SEASONS[m.group("season").lower()]
        return unresolved(text, f"XXXX-{code}", "season"), False
    year = reference.year
    season = season_abs(year, m.group("season"), None)
    if rel in ("following", "next") and season.start <= reference:
        season = season_abs(year + 1, m.group("season"), None)
    elif rel == "previous" and season.start >= reference:
        season = season_abs(year - 1, m.group("season"), None)
    return as_timex(text, season, resolved=True), True


_DAY_ORDINALS = {"first": 0, "second": 1, "third": 2}


def _day_of_span(group: Group, ctx: Context) -> date | None:
    """ "on the first day" right after "from 2 to 10 June 1979": that day of the span of days
    just named ("the last day": its end); None when no such span was just named."""
    m = group.atoms[0].match
    ordinal = m.group("ord2") if group.kind == "event_day" else None
    span = recent_reference(ctx)
    if ordinal is None or span is None or span.precision != "day" or span.start >= span.end:
        return None
    if ordinal.lower() in ("last", "final"):
        return span.end
    day = span.start + timedelta(days=_DAY_ORDINALS[ordinal.lower()])
    return day if day <= span.end else None


def _resolve_period(group: Group, ctx: Context, text: str) -> tuple[TimeValue, bool]:
    day = _day_of_span(group, ctx)
    if day is not None:
        return as_timex(text, day_abs(day), resolved=True), False
    if ctx.anchor is None:
        return unresolved(text, "PAST_REF", "approximate"), False
    granularity: Granularity = (
        "approximate" if group.kind == "event_day" else ctx.anchor.granularity
    )
    anchor = replace(ctx.anchor, value=ctx.anchor.value.split("T")[0])
    return as_timex(text, anchor, resolved=True, granularity=granularity), False


# the resolver of each relative atom kind: the expression's value and whether it moves the
# narrative's reference time (None drops the expression)
_Resolver = Callable[[Group, Context, str], "tuple[TimeValue, bool] | None"]
RELATIVE_RESOLVERS: dict[str, _Resolver] = {
    "day_noyear": resolve_partial_date,
    "dayrange_noyear": resolve_dayrange,
    "month_of_rel": resolve_month_of_rel,
    "weekday": _resolve_weekday,
    "anaphor_part": _resolve_part,
    "month_noyear": resolve_partial_date,
    "season_rel": _resolve_season,
    "deictic": _resolve_deictic,
    "anaphor_unit": _resolve_unit,
    "anaphor_offset": _resolve_offset,
    "anaphor_period": _resolve_period,
    "event_day": _resolve_period,
    "day_of_month": _resolve_day_of_month,
    "turn_of_year": _resolve_turn_of_year,
    "anaphor_decade": _resolve_decade,
    "past_stretch": _resolve_stretch,
    "time_of_day": _resolve_time_of_day,
    "day_part": _resolve_day_part,
    "same_day": _resolve_same_day,
    "anaphor_open": _resolve_open_after,
    "anaphor_soon": _resolve_soon_after,
    "anaphor_since": _resolve_since_then,
    "deictic_part": _resolve_deictic_part,
    "season_of_rel": _resolve_season_of_rel,
    "season_deictic": _resolve_season_deictic,
}

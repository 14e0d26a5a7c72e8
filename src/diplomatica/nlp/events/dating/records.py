"""The days a dated record of talks narrates in its opening lines ("On November 11, 1986, Kim
Il Sung received ...", "Record of the conversations ... (24 February to 2 March 1965)"), from
which its "yesterday" and its undated acts count."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from spacy.tokens import Span

from diplomatica.nlp.events.context import DocContext, TimeMention
from diplomatica.nlp.events.dating.values import iso_day
from diplomatica.nlp.types import TimeValue

# The words opening a record's title: "Record of the", "MINUTES OF", "Memorandum of a".
_RECORD_OF = r"^(?:record|memorandum|minutes|notes?|transcript)s?\s+of\s+(?:an?\s+|the\s+)?"
# The title of a record of talks ("RECORD OF THE FOURTH MEETING BETWEEN A AND B", "Memorandum
# of Conversation with C", "Minutes of the Talks between ..."): it states the meeting recorded.
_TALKS_TITLE = re.compile(
    r"(?:(?:record|memorandum|minutes|notes?|transcript)s?\s+of\s+)?(?:an?\s+|the\s+)?"
    r"(?:\w+\s+)?(?:conversation|talks?|meeting|discussion|negotiations?)s?\s+(?:between|with)\b",
    re.IGNORECASE,
)
# A record's title naming the sitting it minutes and its parties with "of" ("MINUTES OF THE
# SECOND CONFERENCE OF THE PEACE PLENIPOTENTIARIES OF JAPAN AND CHINA", "Record of the Meeting
# of the Foreign Ministers"): only after a record word, as "of" follows many meeting nouns.
_MINUTES_TITLE = re.compile(
    _RECORD_OF
    + r"(?:\w+\s+)?"
    + r"(?:conversation|talks?|meeting|discussion|negotiations?|conference|sitting|session)s?"
    + r"\s+of\b",
    re.IGNORECASE,
)
# A title naming no party ("MEMORANDUM OF CONVERSATION" over a list of participants).
_BARE_TITLE = re.compile(
    _RECORD_OF + r"(?:conversation|talks?|meeting|discussion)s?\.?$",
    re.IGNORECASE,
)
_DEICTIC_DAYS = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}
_OPENING_CHARS = 1200  # a record states the day of its conversation in its opening lines
_RECORD_LAG_DAYS = 31  # ... some days before the record itself was dated
_OCCASION_LAG_DAYS = 92  # a record may be written up to a season after the talks it reports


def _opening_times(
    ctx: DocContext, kinds: tuple[str, ...]
) -> tuple[date, list[TimeMention]] | None:
    """Return a dated record's date and the time expressions of the ``kinds`` its opening lines
    state in full (none resolved from context), in order; None for an undated document."""
    doc_date = iso_day(ctx.doc._.dipl_doc_date)
    if doc_date is None:
        return None
    times = []
    for tm in ctx.times:
        if ctx.doc[tm.start].idx > _OPENING_CHARS:
            break
        if not tm.value.resolved_from_context and tm.value.kind in kinds:
            times.append(tm)
    return doc_date, times


def _conversation_day(ctx: DocContext) -> tuple[date, int] | None:
    """Return the day a record's opening narrates ("On November 11, 1986, Kim Il Sung received
    ...") when the record is dated some days later, with the token where it is stated: the
    "yesterday" and "today" of the conversation count from it; None otherwise."""
    opening = _opening_times(ctx, ("date",))
    if opening is None:
        return None
    doc_date, times = opening
    for tm in times:
        value = tm.value
        if not value.start:
            continue
        day = iso_day(value.start) if value.granularity == "day" else None
        if day == doc_date:
            continue
        if day is None or not 0 < (doc_date - day).days <= _RECORD_LAG_DAYS:
            return None
        return day, tm.end
    return None


def record_occasion(ctx: DocContext) -> tuple[TimeValue, int] | None:
    """Return the days of the visit or talks a record reports when its opening states them
    ("Record of the conversations ... (24 February to 2 March 1965)", "On November 11, 1986,
    X received ...") and the record is dated some days later, with the token where they are
    stated: what the record tells without a date of its own ("During the visit an agreement
    was signed", "He assured the President ...") happened then, not on the day it was written;
    None otherwise."""
    opening = _opening_times(ctx, ("date", "range"))
    if opening is None:
        return None
    doc_date, times = opening
    for tm in times:
        value = tm.value
        first, last = iso_day(value.start), iso_day(value.end)
        if first == last == doc_date:
            continue
        if first is None or last is None or len(value.value.split("/")[-1]) != 10:
            return None  # a month or a year: background, not the day of the talks
        if not 0 < (doc_date - last).days <= _OCCASION_LAG_DAYS or first > last:
            return None
        return value, tm.end
    return None


def said_on_conversation_day(tm: TimeMention, ctx: DocContext) -> TimeValue | None:
    """Return "yesterday"/"today" said in the conversation a record reports, counted from the
    conversation's day rather than from the record's date; None for other times."""
    offset = _DEICTIC_DAYS.get(ctx.doc[tm.start : tm.end].text.lower())
    if offset is None or tm.value.start is None:
        return None
    found = _conversation_day(ctx)
    doc_date = iso_day(ctx.doc._.dipl_doc_date)
    if found is None or doc_date is None or tm.start < found[1]:
        return None
    if iso_day(tm.value.start) != doc_date + timedelta(days=offset):
        return None
    day = (found[0] + timedelta(days=offset)).isoformat()
    return replace(tm.value, value=day, start=day, end=day)


def record_title_date(sent: Span, ctx: DocContext) -> TimeValue | None:
    """Return the day of the talks a record's title states ("RECORD OF THE FOURTH MEETING
    BETWEEN A AND B" over "Date: 28 September 1972"): the first day its opening lines state in
    full, else the document's date; None when ``sent`` is not such a title (a line of the
    opening that names a meeting "between"/"with" someone and no time of its own) or no day is
    known."""
    if sent.start_char > _OPENING_CHARS or ctx.times_in(sent.start, sent.end):
        return None
    lines = sent.text.strip().split("\n")
    if not any(_TALKS_TITLE.match(" ".join(lines[i:])) for i in range(len(lines))) and not any(
        _BARE_TITLE.match(line.strip()) for line in lines
    ):
        return None
    return _header_day(ctx)


def is_record_of_talks(ctx: DocContext) -> bool:
    """Return whether the document is a record of talks: a line of its opening is a talks
    title ("MEMORANDUM OF CONVERSATION", "Record of the conversation with X")."""
    opening = ctx.text[:_OPENING_CHARS]
    lines = [line.strip() for line in opening.split("\n")]
    titles = (_TALKS_TITLE, _BARE_TITLE, _MINUTES_TITLE)
    return any(title.match(line) for line in lines for title in titles)


# The acts a record's heading names as its own occasion ("Source: minutes of the peace
# negotiations", "Subject: the President's visit").
_OCCASION_TYPES = frozenset(["MEET", "VISIT"])


def header_occasion_day(event_type: str, sent: Span, ctx: DocContext) -> TimeValue | None:
    """Return the record's day for a meeting or visit its heading lines name without a time of
    their own ("MINUTES OF THE SECOND CONFERENCE ..." over "Date: 21 March 1895" and "Source:
    file of the peace negotiations"): the heading states the occasion recorded, held that day.
    None outside a dated record of talks, past its heading (the lines before the first blank
    line), for other acts, or when the sentence has a time of its own."""
    if event_type not in _OCCASION_TYPES or sent.start_char > _OPENING_CHARS:
        return None
    heading_end = ctx.text.find("\n\n")
    if heading_end < 0 or sent.start_char > heading_end or ctx.times_in(sent.start, sent.end):
        return None
    if not is_record_of_talks(ctx):
        return None
    return _header_day(ctx)


def speech_record_day(ctx: DocContext) -> TimeValue | None:
    """Return the day a document's own words are spoken: the first day its opening lines state
    in full ("DATE AND TIME: Saturday, April 1, 1978"), else its date; None when neither is
    known."""
    header = _header_day(ctx)
    if header is not None:
        return header
    for tm in ctx.times:
        if ctx.doc[tm.start].idx > _OPENING_CHARS:
            break
        if tm.value.granularity == "day" and not tm.value.resolved_from_context:
            return tm.value
    return None


def _header_day(ctx: DocContext) -> TimeValue | None:
    """Return the day a dated record's opening lines state first in full ("Date: 28 September
    1972"), else the record's date; None for an undated document."""
    opening = _opening_times(ctx, ("date",))
    if opening is None:
        return None
    doc_date, times = opening
    day = next((t.value for t in times if t.value.granularity == "day"), None)
    if day is not None:
        return day
    iso = doc_date.isoformat()
    return TimeValue(iso, iso, iso, iso, "day")


def header_restated(value: TimeValue, sent: Span, ctx: DocContext) -> TimeValue | None:
    """Return the record's header day when an event of its opening lines is dated by a month or
    a year holding that day ("Reference: PM's talks with X, April 1960" under "Date: 20 April
    1960"): the heading restates the talks recorded; None otherwise."""
    if sent.start_char > _OPENING_CHARS or value.granularity not in ("month", "year"):
        return None
    day = _header_day(ctx)
    if day is None or not (value.start and value.end and day.start):
        return None
    return day if value.start <= day.start <= value.end else None

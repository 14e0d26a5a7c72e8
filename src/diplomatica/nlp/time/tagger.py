"""Rule cascade that finds and normalises temporal expressions in historical narrative.

The tagger works on raw text and does not need a spaCy pipeline. This module holds the public
entry points, the resolution loop and the anachronism check; the stages live in :mod:`.atoms`
(steps 1-2), :mod:`.relative`, :mod:`.partial` and :mod:`.narrative` (relative expressions and
the reference time of step 3), :mod:`.durations`, and :mod:`.intervals` (the calendar they share).

1. **Atoms.** Compiled regexes (:mod:`.patterns`) find candidate atoms: full dates, months,
   seasons, years, parts of years, decades, centuries, deictic words ("yesterday"), anaphors
   ("the following day", "a few months later", "at that time") and durations ("for eight years").
   Overlapping candidates are reduced leftmost-longest.
2. **Grouping.** Adjacent absolute atoms are combined into ranges ("from 1937 to 1946",
   "between 1950 and 1953", "1950-1952", "for the years 1989 to 1991"), sets ("1972 and 1973" is
   *one* span of kind ``set`` whose value lists the members, ``"1972,1973"``, and whose start/end
   bound them) and open ranges ("since 1966" -> ``1966/..``; "until 1971" -> ``../1971``, except
   after a negation: "did not take place until 1980" is the date 1980). A bare four-digit number
   is a year only in a year-like context (a preposition or cue word before it, "'s" or ")" after,
   membership in a range/set with such a cue) and never when a unit follows ("4700 km") or a
   label precedes it ("p.", "fond", "No.").
   "after 1956" opens at the following year (``1957/..``), except after words that make it a point
   ("the day after", "shortly after").
3. **Resolution in document order.** Relative expressions are resolved against a reference time
   that moves through the text: deictic words ("yesterday", "today", "last year", "two days
   ago") against the document date; anaphors ("in the same year", "the following day", "two
   years later", "at that time") against the last explicit or resolved date before them. State
   never outlives one call, so resolution never crosses into another document. A date in a
   clause about the future ("the visit planned for the autumn of 1961") does not move the
   reference time; "X later" counts from a date earlier in the same sentence even when that date
   is a flashback. Clock times ("4:30 p.m.", "2:50-3:55 p.m.") and parts of the day ("in the
   evening") take the day named in the same or the previous sentence, else the document date,
   and are dropped when no day is known.
4. **Anachronism.** An explicit date is marked ``anachronism`` when its first year is more than
   one year after the document date, or when it lies more than ``ANACHRONISM_GAP`` years after
   every explicit date among the ``ANACHRONISM_WINDOW`` explicit dates before it *and* the same
   number after it (e.g. 2019 in a passage narrating 1998-1999). A date at the very start or end
   of the text is never marked by the window rule, since a narrative may legitimately open or
   close with a jump.

Values follow TIMEX3 conventions: ``1986-11-11`` (day, ``T10:00`` appended when a clock time is
given), ``1951-09`` (month), ``1988-SU`` (season: SP, SU, FA, WI), ``1988`` (year),
``1989-MID``/``1990-H1`` (parts of a year), ``196X`` and ``196X-H2``/``199X-MID`` (decades and
their parts), ``19`` (the 20th century), ``1984/1989`` (ranges), ``1966/..`` (open ranges),
``1972,1973`` (sets), ``P8Y`` (durations). Approximate relative expressions ("a few months
later") carry the interval they bound as value (``1988-09/1989-02``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from copy import copy
from dataclasses import dataclass, replace
from datetime import date, timedelta
from itertools import pairwise

from diplomatica.nlp.time import patterns as pt
from diplomatica.nlp.time.atoms import (
    Group,
    candidate_atoms,
    group_atoms,
    leftmost_longest,
    resolve_absolute,
    sentence_prefix,
)
from diplomatica.nlp.time.durations import duration
from diplomatica.nlp.time.intervals import Abs, Precision, month_abs
from diplomatica.nlp.time.narrative import Context, in_aside
from diplomatica.nlp.time.partial import deictic_year, names_its_year
from diplomatica.nlp.time.relative import RELATIVE_RESOLVERS
from diplomatica.nlp.types import Granularity, TimeValue

ANACHRONISM_GAP = 15
ANACHRONISM_WINDOW = 6


# whether the expression starting at a character offset is in a simple-past main clause
MainClause = Callable[[int], bool]


@dataclass(frozen=True)
class TimeMention:
    """A temporal expression found in a text: character offsets and its normalised value."""

    start: int
    end: int
    timex: TimeValue


def _parse_iso(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


# ---- resolution ---------------------------------------------------------------------------------


_CALENDAR_KINDS = frozenset({"month_of_rel", "day_noyear", "month_noyear", "dayrange_noyear"})


def _resolve(
    text: str,
    groups: list[Group],
    doc_date: date | None,
    main_clause: MainClause | None = None,
    notes: Sequence[NoteAnchor] = (),
) -> list[TimeMention]:
    ctx = Context(doc_date, text=text)
    mentions: list[TimeMention] = []
    at_markers = _MarkerContexts(notes)
    for group in groups:
        ctx = at_markers.context_for(group.start, ctx)
        surface = text[group.start : group.end]
        ctx.position = group.start
        if group.kind in ("abs", "range", "set", "open_start", "open_end", "open_after"):
            timex, anchor = resolve_absolute(group, surface)
            named = anchor.start if anchor.precision == "day" and group.kind != "range" else None
            participant = _describes_a_participant(text, group, anchor, ctx.anchor)
            if not (participant and group.kind == "range"):
                # a person's term of office (", president from March 1976 to March 1981,")
                # is no date "six days earlier" or "in February" count from
                _note_recent(ctx, group, anchor)
            citation = pt.CITATION_AFTER.match(text, group.end) is not None
            planned = _planned(text, group, anchor, doc_date)
            # "Galtieri, president since December 1981, ...", "held the post until 2010": the
            # bound of a state, not a step of the narrative
            backward_bound = ctx.recent_open and ctx.anchor is not None
            if (
                not citation
                and not planned
                and not backward_bound
                and not participant
                and not _in_speaker_turn(text, group.start, anchor, ctx.doc_date)
                and (
                    _moves_narrative_time(text, group.start, anchor, ctx.anchor)
                    or _main_clause_past(main_clause, group)
                )
            ):
                ctx.anchor, ctx.anchor_explicit = anchor, True
                ctx.anchor_end = group.end
        elif group.kind == "duration":
            timex = duration(group, surface)
            named = None
        else:
            clause = sentence_prefix(text, group.start, 160).rsplit(",", 1)[-1]
            group.future = bool(pt.FUTURE_CUE.search(clause))
            group.past_perfect = bool(pt.PAST_PERFECT_CUE.search(clause))
            resolved = RELATIVE_RESOLVERS[group.kind](group, ctx, surface)
            if resolved is None:
                continue
            timex, moves_anchor = resolved
            named = _single_day(timex)
            timex = _opened(timex, group.open_side)
            ahead = group.future and ctx.doc_date and (timex.start or "") > ctx.doc_date.isoformat()
            if moves_anchor and timex.start and timex.end and not ahead:
                moved = Abs(timex.value, date.fromisoformat(timex.start),
                            date.fromisoformat(timex.end), timex.granularity,
                            _precision(timex.granularity))  # fmt: skip
                # calendar dates without a year are flashbacks like explicit ones
                # a date without a year set in the past of the narrative is a flashback like an
                # explicit one, unless the narrative has only the document's own date so far
                calendar_date = group.kind in _CALENDAR_KINDS and not deictic_year(group)
                if group.kind in _CALENDAR_KINDS and moved.precision in ("day", "month"):
                    ctx.previous, ctx.previous_end = ctx.recent, ctx.recent_end
                    ctx.recent, ctx.recent_end, ctx.recent_explicit = moved, group.end, False
                    ctx.recent_aside = in_aside(text, group.start)
                    ctx.recent_open = False
                    ctx.recent_until = False
                at_document_date = ctx.anchor is not None and ctx.anchor.start == ctx.doc_date
                if not _flashback_in_aside(text, group, moved, ctx.anchor) and (
                    not calendar_date
                    or at_document_date
                    or _moves_narrative_time(text, group.start, moved, ctx.anchor)
                ):
                    explicit = names_its_year(group, ctx.anchor_explicit)
                    ctx.anchor, ctx.anchor_explicit = moved, explicit
                    ctx.anchor_end = group.end
        _note_month(ctx, timex, group.end)
        if named is not None and group.kind != "set":
            # "since Feb. 18 ... on that day": an open range names its bounding day too
            ctx.last_day, ctx.last_day_end = named, group.end
        mentions.append(TimeMention(group.start, group.end, timex))
    return mentions


@dataclass(frozen=True)
class NoteAnchor:
    """An endnote's span in the text and the offset of the body marker that first cites it."""

    start: int
    end: int
    marker: int


class _MarkerContexts:
    """The resolution state at each note's citing marker, restored when the note is reached.

    A note is read after the whole body, but it speaks of the passage that cites it: "arrived
    on 23 October" in a note counts from the date the body narrates at its marker, not from
    the date the note before it named (a publication year, say).
    """

    def __init__(self, notes: Sequence[NoteAnchor]) -> None:
        self._pending = sorted(notes, key=lambda n: n.marker)
        self._notes = sorted(notes, key=lambda n: n.start)
        self._saved: dict[int, Context] = {}
        self._current: NoteAnchor | None = None

    def context_for(self, position: int, ctx: Context) -> Context:
        """Return the context to resolve an expression at ``position`` with: ``ctx``, or a copy
        of the state at a note's marker when ``position`` is the first one inside that note."""
        while self._pending and self._pending[0].marker <= position:
            self._saved[self._pending.pop(0).marker] = copy(ctx)
        note = next((n for n in self._notes if n.start <= position < n.end), None)
        if note is None or note is self._current:
            return ctx
        self._current = note
        saved = self._saved.get(note.marker)
        return copy(saved) if saved is not None and note.marker < note.start else ctx


def _note_recent(ctx: Context, group: Group, named: Abs) -> None:
    """Make an explicit date the last one named (the one before it becomes ``previous``), with
    whether it lies in an aside or bounds an open range."""
    ctx.previous, ctx.previous_end = ctx.recent, ctx.recent_end
    ctx.recent, ctx.recent_end, ctx.recent_explicit = named, group.end, True
    ctx.recent_aside = in_aside(ctx.text, group.start)
    ctx.recent_open = group.kind in ("open_start", "open_end") or group.open_side is not None
    ctx.recent_until = group.kind == "open_end" or group.open_side == "end"


def _note_month(ctx: Context, timex: TimeValue, end: int) -> None:
    """Remember the month of a date naming a single month or day (not a range, not an open
    bound): "the same month" may point back to it past a year named since."""
    if timex.kind != "date" or timex.granularity not in ("day", "month"):
        return
    if not timex.start or not timex.end or timex.start[:7] != timex.end[:7]:
        return
    first = date.fromisoformat(timex.start[:10])
    ctx.last_month, ctx.last_month_end = month_abs(first.year, first.month), end


_APPOSITION_WORDS = 6  # ", prime minister from 1955 to 1987": a title, a few words long


_ASIDE_LEAP_YEARS = 1  # "who had become chairman in February 1977" may be the next step


def _describes_a_participant(text: str, group: Group, new: Abs, anchor: Abs | None) -> bool:
    """Whether an explicit date after the narrative's reference time is a leap of years in a
    relative clause (", who headed the party until his death in 1986,") or a span closing a
    short phrase after a comma (", prime minister from 1955 to 1987,", ", serving from 1975 to
    1991"): it dates someone's office or later life, not the step the narrative has reached, so
    "On 18 July" after it keeps the narrative's year. A span in a relative clause counts by
    its end (", who held office from 1966 to 1977,": "two days later" is not of 1977)."""
    if anchor is None:
        return False
    if in_aside(text, group.start):
        last = new.end if group.kind == "range" else new.start
        return last.year > anchor.end.year + _ASIDE_LEAP_YEARS
    if group.kind != "range":
        return False
    prefix = sentence_prefix(text, group.start, 160)
    if "," not in prefix:
        return False
    phrase = prefix.rsplit(",", 1)[-1].split()
    return 0 < len(phrase) <= _APPOSITION_WORDS and phrase[0].lower() not in _OPENERS


_ANAPHOR_KINDS = frozenset(["anaphor_unit", "anaphor_offset", "anaphor_part"])


def _flashback_in_aside(text: str, group: Group, moved: Abs, anchor: Abs | None) -> bool:
    """Whether an anaphor in a relative clause points back before the narrative's reference
    time ("Mr X, who had succeeded Mr Y as General Secretary that month, ..."): a flashback
    about a participant, which leaves the narrative where it was."""
    if anchor is None or group.kind not in _ANAPHOR_KINDS or moved.end >= anchor.start:
        return False
    return in_aside(text, group.start)


def _single_day(timex: TimeValue) -> date | None:
    """The day a resolved expression names, when it names exactly one."""
    if timex.kind == "date" and timex.start and timex.start == timex.end:
        return date.fromisoformat(timex.start)
    return None


def _main_clause_past(main_clause: MainClause | None, group: Group) -> bool:
    """Whether the parse puts a single explicit date in the main clause of a simple-past
    sentence ("The end came in March 1976"): such a date moves the narrative back, unlike a
    flashback in a relative clause or in the past perfect."""
    if main_clause is None or group.kind != "abs" or group.open_side is not None:
        return False
    return main_clause(group.start)


def _planned(text: str, group: Group, new: Abs, doc_date: date | None) -> bool:
    """A date after the document date in a clause about the future ("the visit planned for the
    autumn of 1961", "deliveries for 1984 would be cut") is a plan, not the time the narrative
    has reached."""
    if doc_date is None or new.start <= doc_date:
        return False
    before = sentence_prefix(text, group.start).rsplit(",", 1)[-1]
    after = re.split(r"[.;,]", text[group.end : group.end + 60], maxsplit=1)[0]
    return bool(pt.FUTURE_CUE.search(before) or pt.FUTURE_CUE.search(after))


def _clock_on_following_day(text: str, mentions: list[TimeMention]) -> list[TimeMention]:
    """Move "11:30 a.m." onto the day named right after it ("11:30 a.m. yesterday",
    "10 a.m. on 5 May 1970")."""
    result = list(mentions)
    for i, (clock, day) in enumerate(pairwise(mentions)):
        value = clock.timex.value
        if (
            "T" not in value
            or "/" in value
            or not pt.CLOCK_TO_DAY.fullmatch(text, clock.end, day.start)
        ):
            continue
        named = day.timex
        if named.kind != "date" or not named.start or named.start != named.end:
            continue
        moved = f"{named.start}T{value.split('T', 1)[1]}"
        result[i] = replace(
            clock, timex=replace(clock.timex, value=moved, start=named.start, end=named.end)
        )
    return result


def _opened(timex: TimeValue, side: str | None) -> TimeValue:
    """ "since 5 July" -> open range from that day; "until 16 June" -> open range up to it."""
    if side is None or timex.start is None or timex.end is None:
        return timex
    if side == "start":
        return replace(
            timex, value=f"{timex.value}/..", end=None, granularity="range", kind="range"
        )
    return replace(timex, value=f"../{timex.value}", start=None, granularity="range", kind="range")


SPEAKER_TURN_WINDOW = 2000  # how far back the start of a speaker's paragraph is looked for


def _in_speaker_turn(text: str, position: int, new: Abs, doc_date: date | None) -> bool:
    """Whether a date before the document's day lies in a speaker's turn of a record's
    transcript ("M.S. Gorbachev: The last units left on February 15, 1989."): what a speaker
    recalls does not move the time of the meeting the record narrates."""
    if doc_date is None or new.end >= doc_date:
        return False
    line_start = text.rfind("\n", max(0, position - SPEAKER_TURN_WINDOW), position) + 1
    if line_start == 0 and position > SPEAKER_TURN_WINDOW:
        return False
    return pt.SPEAKER_TURN.match(text, line_start) is not None


def _moves_narrative_time(text: str, position: int, new: Abs, anchor: Abs | None) -> bool:
    """Whether an explicit date becomes the reference time for later anaphors.

    A date entirely before the current reference time moves it back only when it opens its
    sentence ("In 1986, ..."); a backward date inside a sentence ("the treaty concluded in
    1986", "(1985/1986)") is a flashback and leaves the narrative time where it was.
    """
    if anchor is None or new.end >= anchor.start:
        return True
    words = sentence_prefix(text, position).split()
    # "In 1986, ...", "And in late 1986": an adverbial opening the sentence; not the object of
    # its first words ("Somalia abrogated the 1974 treaty")
    return len(words) <= 3 and (not words or words[0].strip("\"'‘“(").lower() in _OPENERS)


_OPENERS = frozenset(
    ["in", "on", "by", "during", "from", "at", "after", "before", "until", "till", "since",
     "between", "throughout", "around", "about", "early", "late", "mid", "the", "that", "this",
     "and", "but", "then", "so", "yet", "also", "only", "already", "even", "towards", "toward",
     "within", "as", "of"]
)  # fmt: skip


def _precision(granularity: Granularity) -> Precision:
    if granularity == "day":
        return "day"
    if granularity == "month":
        return "month"
    return "year" if granularity == "year" else "coarse"


# ---- anachronism ------------------------------------------------------------------------------


def _mark_anachronisms(mentions: list[TimeMention], doc_date: date | None) -> list[TimeMention]:
    """Flag explicit dates after the document date or far ahead of the surrounding narrative."""
    explicit = [
        (index, _first_year(m.timex), _last_year(m.timex))
        for index, m in enumerate(mentions)
        if not m.timex.resolved_from_context and m.timex.kind != "duration"
        and m.timex.start and m.timex.end
    ]  # fmt: skip
    flagged: set[int] = set()
    for position, (index, first, _last) in enumerate(explicit):
        if doc_date is not None and first > doc_date.year + 1:
            flagged.add(index)
            continue
        before = [last for _, _, last in explicit[max(0, position - ANACHRONISM_WINDOW) : position]]
        after = [last for _, _, last in explicit[position + 1 : position + 1 + ANACHRONISM_WINDOW]]
        if (
            len(before) >= 3
            and len(after) >= 3
            and first > max(before) + ANACHRONISM_GAP
            and (first > max(after) + ANACHRONISM_GAP)
        ):
            flagged.add(index)
    return [
        replace(m, timex=replace(m.timex, anachronism=True)) if i in flagged else m
        for i, m in enumerate(mentions)
    ]


def _first_year(timex: TimeValue) -> int:
    return int((timex.start or timex.end or "0")[:4])


def _last_year(timex: TimeValue) -> int:
    return int((timex.end or timex.start or "0")[:4])


HEADING_LINES = 12  # a record's dateline lies among its first lines ...
HEADING_WORDS = 16  # ... on a short line that is not a sentence
BODY_WORDS = 40  # a line this long is running text: the heading is over
LABELLED_HEADING_LINES = 30  # ... or on a line labelled as the date ("DATE, TIME AND PLACE:")
HEADING_LAG_DAYS = 92  # a record's heading may date its conversation this long before the doc
TITLE_WORDS = 40  # a title in capitals may be longer than a heading line
TITLE_CAPITALS = 0.8  # ... when this share of its letters are capitals


def _heading_date(text: str, groups: list[Group]) -> date | None:
    """The date of a record that has no document date: a full day date on a short heading line
    among the first lines ("Pyongyang, Government Guest House, 17 September 2002, morning
    session"), or on a line labelled as the date further down a memorandum's heading ("DATE,
    TIME AND PLACE: Tuesday, September 6, 1977, 10:30 a.m."). It is the time of speech that
    "last year", "this morning" count from."""
    offset = 0
    lines = text.split("\n", LABELLED_HEADING_LINES)[:LABELLED_HEADING_LINES]
    for index, line in enumerate(lines):
        end = offset + len(line)
        words = len(line.split())
        if words > BODY_WORDS:
            return None
        labelled = pt.DATE_LABEL.match(line) is not None
        short = 0 < words <= HEADING_WORDS or (words <= TITLE_WORDS and _capitalised(line))
        if (labelled or index < HEADING_LINES) and short and not line.rstrip().endswith((".", ":")):
            for group in groups:
                if group.start >= end:
                    break
                if (
                    group.start >= offset
                    and group.kind == "abs"
                    and group.absolute[0].precision == "day"
                ):
                    return group.absolute[0].start
        offset = end + 1
    return None


def _capitalised(line: str) -> bool:
    """Whether a line is a title set in capitals ("RECORD OF A CONVERSATION BETWEEN ... ON
    SUNDAY 16 DECEMBER 1984"): a heading however long, not running text."""
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 10 and sum(c.isupper() for c in letters) >= TITLE_CAPITALS * len(letters)


# ---- public API --------------------------------------------------------------------------------


def heading_date(text: str) -> str | None:
    """Return the ISO day a record's heading dates it by (see :func:`_heading_date`), or None
    when its first lines hold no such date."""
    # only the heading's lines are scanned (up to the first line of running text): the body
    # of a long record costs nothing here
    lines = text.split("\n", LABELLED_HEADING_LINES)[:LABELLED_HEADING_LINES]
    body = next((i for i, line in enumerate(lines) if len(line.split()) > BODY_WORDS), len(lines))
    head = "\n".join(lines[:body])
    groups = group_atoms(head, leftmost_longest(candidate_atoms(head)))
    found = _heading_date(head, groups)
    return found.isoformat() if found is not None else None


def tag_text(
    text: str,
    doc_date: str | None = None,
    main_clause: MainClause | None = None,
    notes: Sequence[NoteAnchor] = (),
) -> list[TimeMention]:
    """Return the temporal expressions of ``text`` in document order.

    ``doc_date`` is the ISO date of the document (anchor of "yesterday", "today", "last year");
    an unparsable value is treated as absent. Never raises on arbitrary text; runs in time linear
    in ``len(text)``. ``main_clause`` (optional, from a dependency parse) tells whether the
    expression starting at a character offset lies in the main clause of a simple-past sentence.
    ``notes`` (optional) gives each endnote's span and the offset of its first citing marker:
    an expression in a note is resolved as if it stood at that marker.
    """
    reference = _parse_iso(doc_date)
    atoms = leftmost_longest(candidate_atoms(text))
    groups = group_atoms(text, atoms)
    heading = _heading_date(text, groups)
    if heading is not None and (
        reference is None or reference - timedelta(days=HEADING_LAG_DAYS) <= heading < reference
    ):
        # a record written some days after the conversation its heading dates: "yesterday"
        # was said on the day of the conversation
        reference = heading
    mentions = _clock_on_following_day(text, _resolve(text, groups, reference, main_clause, notes))
    return _mark_anachronisms(mentions, reference)

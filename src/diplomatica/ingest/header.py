"""Finding the date of a document in its first lines (never deep in the body).

Shapes recognised among the first few non-empty lines, before or at the first paragraph:

- a "Date:"/"Dated:"/"Date and Place:"/"DATE, TIME AND PLACE:" header line ("Date: 12 May 1972",
  "DATE AND PLACE: August 2-3, 1969, Bucharest");
- a standalone date line ("November 20, 1986", "Tuesday, 12 August 1978", "1986-11-20");
- a place-and-date line ("Tashkent, 4 January 1966", "November 20, 1986   Pyongyang",
  "Moscow, 5 August 1963, 11:15 a.m.-12:30 p.m.");
- a heading that ends with ", <date>" or "on <date>" ("Record of conversation with the Ambassador,
  18 May 1972.", "RECORD OF A CONVERSATION ... AT CHEQUERS ON SUNDAY 16 DECEMBER 1984");
- a news dateline opening the first paragraph ("BEIJING, Aug. 12, 1978 (Reuters) — ...",
  "TOKYO, 29 September 1972 — ..."). A dateline without a year takes its year from another
  date of the header, else from the year hint the caller gives (the file name's); otherwise it
  gives no date.

Labelled fields of a record's header ("PARTICIPANTS: ...", "United States: The President; ...")
do not end the header, however they close. A date inside a sentence of the body ("On 26 March
1990 the ministers met") never counts.

:func:`file_name_date` reads the date a file name carries ("news_1991_09_07_sun_est.txt",
"1986-11-20-record.txt"), the last resort of a document that states none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from diplomatica.ingest.dates import DateMention, find_dates, iso_date

_SCAN_LINES = 6
_SCAN_FIELD_LINES = 14  # labelled fields ("Participants:", "Present:") may lengthen a header
_MAX_HEADER_WORDS = 25
_MAX_HEADING_WORDS = 50  # a longer line is running text even without a final stop
_MAX_PLACE_DATE_WORDS = 12
_CLOSING = (".", "!", "?", ":", '"', "”", "’")
# an endnote marker right after a sentence's stop ("... in 1965.[1]", "... in 1965.3")
_NOTE_MARKER_AT_END = re.compile(r"(?<=[.!?\"”’)])(?:\[\w+\]|\d{1,2})$")
_LABEL = re.compile(
    r"^(?:dated|date of (?:issue|document|record)"
    r"|(?:(?:place|time),?\s(?:and\s)?)?date(?:,?\s(?:and\s)?(?:time|place)){0,2})\s*[:.]\s*",
    re.I,
)
# a labelled field of a record's header: "PARTICIPANTS:", "U.S.:", "United States: The President"
_FIELD = re.compile(r"^[A-Z][A-Za-z.'’&/() -]{0,40}:(?:\s|$)")
_YEAR = re.compile(r"\b(?:1[5-9][0-9]{2}|20[0-9]{2})\b")
# a heading's date after "on" ("... AT CHEQUERS ON SUNDAY 16 DECEMBER 1984")
_ON_BEFORE_DATE = re.compile(r"\bon$", re.I)
_WEEKDAY_PREFIX = re.compile(
    r"^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:mon|tue|wed|thu|fri|sat|sun)\.),?\s+",
    re.I,
)
_PLACE_WORD = r"[A-Z][A-Za-z.'’-]*"
_PLACE = rf"{_PLACE_WORD}(?:[ ]{_PLACE_WORD}){{0,3}}"
_DATELINE_PLACE = re.compile(rf"^(?P<place>{_PLACE}(?:,\s*{_PLACE})?),\s*")
_DATELINE_TAIL = re.compile(r"^\s*(?:\([^()\n]{1,40}\)\s*)?(?:--?|–|—)\s*")
_TIME = re.compile(
    r"\b\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*[-–]\s*\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?)?"
    r"|\b\d{1,2}\s*[ap]\.m\.|\b\d{4}Z\b|\b(?:noon|midnight)\b",
    re.I,
)
# the part of the day or the sitting a record's place-and-date line may end with
# ("Pyongyang, 17 September 2002, morning session", "Belgrade, 3 May 1975, evening")
_DAY_PART = re.compile(
    r"\b(?:(?:early|late)\s)?(?:morning|afternoon|evening|night)(?:\s(?:session|sitting"
    r"|meeting|talks))?\b|\b(?:first|second|third|plenary|closing|opening)\s(?:session"
    r"|sitting|meeting)\b"
)
_NOTE_WORDS = 4  # "Provisional translation. Excerpts.", "Top secret.": a note, not the body
_RESIDUE_TOKEN = re.compile(r"[^\s,.;:()–—-]+")
_TRAILING = re.compile(r"^\s*(?:,\s*)?(?:[.;]\s*)?$")
_KIND_PRIORITY = ("label", "date_line", "dateline", "place_date", "title_date")


@dataclass(frozen=True)
class HeaderDate:
    """The date of a document found in its first lines, with where it was written."""

    iso: str  # "1986", "1986-11" or "1986-11-20"
    kind: str  # "label", "date_line", "dateline", "place_date" or "title_date"
    start: int  # span of the date expression in the text
    end: int
    line_start: int  # span of the whole line
    line_end: int


@dataclass(frozen=True)
class _Candidate:
    kind: str
    mention: DateMention | None  # None for a label whose value is a year alone
    year_only: int | None
    line_start: int
    line_end: int


def find_header_date(text: str, year_hint: int | None = None) -> HeaderDate | None:
    """Return the document date stated in the first lines of ``text`` (see the module doc), or
    None. A "Date:" line beats a date line, which beats a dateline, a place-and-date line and a
    heading ending with a date; among equals the earliest line wins. ``year_hint`` (e.g. the
    year a file name carries) completes a date stated without its year when no line of the
    header states one."""
    candidates: list[_Candidate] = []
    plain_lines = 0
    field: str | None = None  # the last labelled field's line, while its items may follow
    for index, (start, end) in enumerate(_first_lines(text)):
        line = text[start:end]
        found = _classify(line, start, end, first=index == 0)
        if found is not None:
            candidates.append(found)
            continue
        if _FIELD.match(line):
            field = line
            continue
        if field is not None and _continues_field(field, line):
            continue
        field = None
        if _is_paragraph(line):
            break
        plain_lines += 1
        if plain_lines >= _SCAN_LINES:
            break
    return _choose(candidates, year_hint)


def _continues_field(field: str, line: str) -> bool:
    """Return whether ``line`` goes on with the items of the labelled ``field`` above it: a
    list of persons separated by semicolons, or a short line under a field with no value
    ("PARTICIPANTS:" then "The President" on its own line)."""
    if ";" in line:
        return True
    return field.rstrip().endswith(":") and len(line.split()) <= _MAX_HEADER_WORDS


_FILE_NAME_DATE = re.compile(
    r"(?<![0-9])(?P<year>1[5-9][0-9]{2}|20[0-9]{2})[-_.](?P<month>0[1-9]|1[0-2])"
    r"[-_.](?P<day>0[1-9]|[12][0-9]|3[01])(?![0-9])"
)


def file_name_date(stem: str) -> str | None:
    """Return the ISO day a file name (its stem) carries as year, month and day separated by
    "-", "_" or "." ("news_1991_09_07_sun_est" gives "1991-09-07"), or None (also for a day
    the calendar lacks, "1991_02_30")."""
    match = _FILE_NAME_DATE.search(stem)
    if match is None:
        return None
    try:
        day = date(int(match["year"]), int(match["month"]), int(match["day"]))
    except ValueError:
        return None
    return day.isoformat()


def dateline_end(paragraph: str) -> int:
    """Return the length of the news dateline opening ``paragraph`` ("BEIJING, Aug. 12 (Reuters)
    — "), or 0 when it does not open with one."""
    found = _dateline(paragraph)
    return found[1] if found else 0


def is_date_line(line: str) -> bool:
    """Return whether ``line`` holds only a date, a "Date:" label or a place and a date, i.e. a
    line that states when (and where) a document was written rather than a title or text."""
    candidate = _classify(line.strip(), 0, len(line.strip()), first=False)
    return candidate is not None and candidate.kind in ("label", "date_line", "place_date")


def _first_lines(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for match in re.finditer(r"[^\n]+", text):
        raw = match.group()
        if not raw.strip():
            continue
        start = match.start() + len(raw) - len(raw.lstrip())
        spans.append((start, start + len(raw.strip())))
        if len(spans) >= _SCAN_FIELD_LINES:
            break
    return spans


def _classify(line: str, start: int, end: int, *, first: bool) -> _Candidate | None:
    label = _LABEL.match(line)
    if label is not None:
        return _labelled(line, label.end(), start, end)
    dateline = _dateline(line)
    if dateline is not None:
        return _Candidate("dateline", dateline[0].shifted(start), None, start, end)
    words = len(line.split())
    if words > _MAX_HEADING_WORDS:
        return None
    mentions = [m for m in find_dates(line) if m.year is not None]
    if len(mentions) != 1:
        return None
    mention = mentions[0]
    if words <= _MAX_HEADER_WORDS:
        residue = _TIME.sub(" ", line[: mention.start] + " " + line[mention.end :])
        residue = _DAY_PART.sub(" ", residue)
        tokens = _RESIDUE_TOKEN.findall(residue)
        if not tokens:
            return _Candidate("date_line", mention.shifted(start), None, start, end)
        if words <= _MAX_PLACE_DATE_WORDS and all(t[0].isupper() for t in tokens):
            return _Candidate("place_date", mention.shifted(start), None, start, end)
        if _opens_with_place(line, mention):
            return _Candidate("place_date", mention.shifted(start), None, start, end)
    if (first or _is_heading(line)) and _ends_heading(line, mention):
        return _Candidate("title_date", mention.shifted(start), None, start, end)
    return None


def _opens_with_place(line: str, mention: DateMention) -> bool:
    """Return whether ``line`` opens with a place and then the date, a comma between them and
    another after the date ("Tashkent, 7 January 1966, 18.00, residence of the delegation")."""
    place = _DATELINE_PLACE.match(line)
    return (
        place is not None
        and place.end() == mention.start
        and line[mention.end :].lstrip().startswith(",")
    )


def _labelled(line: str, value_start: int, start: int, end: int) -> _Candidate | None:
    value = line[value_start:]
    mentions = find_dates(value)
    if mentions and mentions[0].year is not None:
        return _Candidate("label", mentions[0].shifted(start + value_start), None, start, end)
    year_after = _YEAR.search(value, mentions[0].end) if mentions else None
    if year_after is not None:
        # "DATE AND PLACE: August 2-3, 1969": the first day, in the year that closes the days
        mention = mentions[0].shifted(start + value_start)
        return _Candidate("label", mention, int(year_after.group()), start, end)
    year = iso_date(value.split(",")[0])
    if year is not None and len(year) == 4:
        return _Candidate("label", None, int(year), start, end)
    return None


def _dateline(line: str) -> tuple[DateMention, int] | None:
    """Return the date of a news dateline opening ``line`` and where the dateline ends."""
    place = _DATELINE_PLACE.match(line)
    if place is None:
        return None
    rest = line[place.end() :]
    weekday = _WEEKDAY_PREFIX.match(rest)
    if weekday is not None:
        rest = rest[weekday.end() :]
    offset = len(line) - len(rest)
    mentions = find_dates(rest)
    if not mentions or mentions[0].start != 0:
        return None
    mention = mentions[0]
    tail = _DATELINE_TAIL.match(rest[mention.end :])
    if tail is None:
        return None
    return mention.shifted(offset), offset + mention.end + tail.end()


def _ends_heading(line: str, mention: DateMention) -> bool:
    """Return whether the date closes ``line`` after a comma (", 18 May 1972." at the end) or,
    in a heading with no final stop, after "on" ("... AT CHEQUERS ON 16 DECEMBER 1984"). A
    line longer than a short header must not close with a stop: it would be a sentence."""
    after = _TIME.sub("", line[mention.end :])
    if not _TRAILING.match(after):
        return False
    before = line[: mention.start].rstrip()
    stopped = after.strip().endswith(".")
    if stopped and len(line.split()) > _MAX_HEADER_WORDS:
        return False
    return before.endswith(",") or (not stopped and _ON_BEFORE_DATE.search(before) is not None)


def _is_heading(line: str) -> bool:
    return len(line.split()) <= _MAX_HEADING_WORDS and not line.rstrip().endswith((",", ";"))


def _is_paragraph(line: str) -> bool:
    """Return whether ``line`` reads as running text (the body has begun)."""
    stripped = line.strip()
    words = len(stripped.split())
    # "Sir Edward Grey to Sir F. Bertie (Paris)" is not closed; "... (see below)." is
    closed = _NOTE_MARKER_AT_END.sub("", stripped).rstrip(")").endswith(_CLOSING)
    if words > _MAX_HEADER_WORDS:
        # a long heading that names the parties of a record ("Urho Kekkonen, President of
        # Finland, with N. S. Khrushchev, First Secretary ...") closes with no stop
        return closed or words > _MAX_HEADING_WORDS
    return words > _NOTE_WORDS and closed


def _choose(candidates: list[_Candidate], year_hint: int | None = None) -> HeaderDate | None:
    years = [(c.mention.year if c.mention else None) or c.year_only for c in candidates]
    known_year = next((y for y in years if y is not None), year_hint)
    for kind in _KIND_PRIORITY:
        for cand in candidates:
            iso = cand.mention.iso(known_year) if cand.mention is not None else None
            if cand.kind == kind and cand.mention is not None and iso is not None:
                m = cand.mention
                return HeaderDate(iso, kind, m.start, m.end, cand.line_start, cand.line_end)
    for cand in candidates:
        if cand.year_only is not None:
            return HeaderDate(
                f"{cand.year_only:04d}",
                cand.kind,
                cand.line_start,
                cand.line_end,
                cand.line_start,
                cand.line_end,
            )
    return None

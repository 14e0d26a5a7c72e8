"""Atoms of temporal expressions, the values of the absolute ones, and their grouping.

Compiled regexes (:mod:`.patterns`) find candidate atoms, reduced leftmost-longest. Absolute
atoms (full dates, months, seasons, years, parts of years, decades, centuries) are normalised to
intervals; adjacent absolute atoms are combined into ranges, sets and open ranges, and a bare
four-digit number is kept as a year only in a year-like context. Relative atoms (deictics,
anaphors, dates without a year, durations) become groups of their own, resolved later against
the narrative context (:mod:`.relative`). See :mod:`.tagger` for the whole cascade.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta

from diplomatica.nlp.time import patterns as pt
from diplomatica.nlp.time.gated import gated_finditer, word_starts
from diplomatica.nlp.time.intervals import (
    DAY_PARTS,
    YEAR_PARTS,
    Abs,
    Kind,
    as_timex,
    day_abs,
    last_day,
    month_abs,
    month_of,
    parse_day,
    range_abs,
    safe_date,
    season_abs,
    year_abs,
)
from diplomatica.nlp.types import TimeValue

DECADE_PARTS: dict[str, tuple[str, int, int]] = {
    "early": ("EARLY", 0, 3),
    "beginning": ("EARLY", 0, 3),
    "start": ("EARLY", 0, 3),
    "mid": ("MID", 3, 6),
    "middle": ("MID", 3, 6),
    "late": ("LATE", 6, 9),
    "end": ("LATE", 6, 9),
    "first half": ("H1", 0, 4),
    "second half": ("H2", 5, 9),
    "latter half": ("H2", 5, 9),
}
_CENTURY_PARTS = {"early": ("EARLY", 0, 33), "mid": ("MID", 33, 66), "late": ("LATE", 66, 99)}


@dataclass(frozen=True)
class _Atom:
    start: int
    end: int
    kind: str
    match: re.Match[str]


@dataclass
class Group:
    """A unit of output before resolution: one atom or several combined atoms."""

    start: int
    end: int
    kind: str  # "abs", "range", "set", "open_start", "open_end", or a relative atom kind
    atoms: list[_Atom]
    absolute: list[Abs]
    open_side: str | None = None  # "start"/"end" for "since 5 July", "until 16 June"
    future: bool = False  # the sentence speaks of the future ("will", "is expected")
    past_perfect: bool = False  # its clause is in the past perfect ("had already closed")
    day_part: str | None = None  # "TMO" for "the morning of 2 March 1969"
    rel_year: str | None = None  # "that" for "July 9-11 of that year"


# ---- atoms ----------------------------------------------------------------------------------

_ABSOLUTE_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("date_mdy", pt.DATE_MDY),
    ("date_dmy", pt.DATE_DMY),
    ("dayrange_mdy", pt.DAYRANGE_MDY),
    ("dayrange_dmy", pt.DAYRANGE_DMY),
    ("date_numeric", pt.DATE_NUMERIC),
    ("date_iso", pt.DATE_ISO),
    ("month_year", pt.MONTH_YEAR),
    ("monthrange_year", pt.MONTHRANGE_YEAR),
    ("season_year", pt.SEASON_YEAR),
    ("year_part", pt.YEAR_PART),
    ("decade", pt.DECADE),
    ("century", pt.CENTURY),
    ("year_range", pt.YEAR_RANGE),
    ("year", pt.BARE_YEAR),
)
_RELATIVE_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("day_noyear", pt.DAY_NOYEAR),
    ("day_noyear", pt.DAY_NOYEAR_DMY),
    ("dayrange_noyear", pt.DAYRANGE_NOYEAR),
    ("month_of_rel", pt.MONTH_OF_YEAR_REL),
    ("season_of_rel", pt.SEASON_OF_REL),
    ("season_deictic", pt.SEASON_DEICTIC),
    ("deictic_part", pt.DEICTIC_PART),
    ("anaphor_open", pt.ANAPHOR_OPEN),
    ("anaphor_soon", pt.ANAPHOR_SOON),
    ("anaphor_since", pt.ANAPHOR_SINCE),
    ("time_of_day", pt.TIME_OF_DAY),
    ("day_part", pt.DAY_PART),
    ("same_day", pt.SAME_DAY),
    ("weekday", pt.WEEKDAY),
    ("anaphor_part", pt.ANAPHOR_PART),
    ("month_noyear", pt.MONTH_NOYEAR),
    ("season_rel", pt.SEASON_REL),
    ("deictic", pt.DEICTIC),
    ("anaphor_unit", pt.ANAPHOR_UNIT),
    ("anaphor_offset", pt.ANAPHOR_OFFSET),
    ("anaphor_offset", pt.ANAPHOR_OFFSET_BARE),
    ("anaphor_period", pt.ANAPHOR_PERIOD),
    ("anaphor_decade", pt.ANAPHOR_DECADE),
    ("past_stretch", pt.PAST_STRETCH),
    ("event_day", pt.EVENT_DAY),
    ("day_of_month", pt.DAY_OF_MONTH),
    ("day_of_month", pt.DAYRANGE_OF_MONTH),
    ("turn_of_year", pt.TURN_OF_YEAR),
    ("duration", pt.DURATION),
    ("duration", pt.DURATION_ADJ),
    ("duration", pt.DURATION_BARE),
    ("duration", pt.DURATION_HALF),
    ("duration", pt.DURATION_VAGUE),
)
_ABSOLUTE_KINDS = frozenset(kind for kind, _ in _ABSOLUTE_PATTERNS)


def _atom_span(kind: str, match: re.Match[str]) -> tuple[int, int]:
    """Return the character span an atom covers (month anaphors exclude their preposition)."""
    if kind == "month_noyear":
        return match.start("m"), match.end()
    if kind == "day_of_month":
        return match.start("t"), match.end("t")
    if kind == "weekday" and (match.group("wmod") or "").lower() in ("on", "by", "until", "since"):
        return match.start("wd"), match.end()
    if (
        kind == "season_rel"
        and match.group("rel").lower().endswith(" the")
        and (match.group("rel").lower().split()[0] not in ("the", "that"))
    ):
        return match.start("rel") + len(match.group("rel").split()[0]) + 1, match.end()
    return match.start(), match.end()


def candidate_atoms(text: str) -> list[_Atom]:
    """Return every atom a pattern matches in ``text``, overlapping ones included (see
    :func:`leftmost_longest`)."""
    atoms: list[_Atom] = []
    starts = word_starts(text)
    for kind, pattern in _ABSOLUTE_PATTERNS + _RELATIVE_PATTERNS:
        key = pt.GATE_KEYS.get(pattern)
        matches = (
            pattern.finditer(text) if key is None else gated_finditer(pattern, key, text, starts)
        )
        for match in matches:
            start, end = _atom_span(kind, match)
            if end > start:
                atoms.append(_Atom(start, end, kind, match))
    return atoms


def leftmost_longest(atoms: list[_Atom]) -> list[_Atom]:
    """Keep non-overlapping atoms, preferring the earliest start, then the longest."""
    chosen: list[_Atom] = []
    last_end = -1
    for atom in sorted(atoms, key=lambda a: (a.start, -(a.end - a.start))):
        if atom.start >= last_end:
            chosen.append(atom)
            last_end = atom.end
    return chosen


# ---- absolute normalisation -------------------------------------------------------------------


def _time_suffix(match: re.Match[str]) -> str:
    hour_text = match.groupdict().get("hh")
    if not hour_text:
        return ""
    hour = int(hour_text)
    minute = int(match.group("mm") or 0)
    meridiem = (match.group("ap1") or match.group("ap2") or "").lower()
    if meridiem.startswith("p") and hour < 12:
        hour += 12
    elif meridiem.startswith("a") and hour == 12:
        hour = 0
    return f"T{hour:02d}:{minute:02d}"


def _decade_abs(match: re.Match[str]) -> Abs:
    decade = int(match.group("dec"))
    part_word = (match.group("part") or "").lower()
    if match.group("pre"):
        part_word = " ".join(match.group("pre").lower().split()[1:-1])
    base = f"{decade // 10:03d}X"
    if part_word in DECADE_PARTS:
        code, first, last = DECADE_PARTS[part_word]
        return Abs(f"{base}-{code}", date(decade + first, 1, 1), date(decade + last, 12, 31),
                   "approximate", "coarse")  # fmt: skip
    return Abs(base, date(decade, 1, 1), date(decade + 9, 12, 31), "decade", "coarse")


def _century_abs(match: re.Match[str]) -> Abs | None:
    word = match.group("c").lower()
    number = pt.ORDINAL_WORDS.get(word) or int(word.rstrip("stndrh"))
    first_year = (number - 1) * 100
    if first_year < 1:
        return None
    base = f"{number - 1:02d}"
    part = (match.group("part") or "").lower()
    if part in _CENTURY_PARTS:
        code, first, last = _CENTURY_PARTS[part]
        return Abs(f"{base}-{code}", date(first_year + first, 1, 1),
                   date(first_year + last, 12, 31), "approximate", "coarse")  # fmt: skip
    return Abs(base, date(first_year, 1, 1), date(first_year + 99, 12, 31), "century", "coarse")


def _absolute(atom: _Atom) -> Abs | None:
    """Return the interval an absolute atom denotes, or None when it is not a valid date."""
    m = atom.match
    kind = atom.kind
    if kind in ("date_mdy", "date_dmy"):
        day = safe_date(int(m.group("y")), month_of(m.group("m")), parse_day(m.group("d")))
        return day_abs(day, _time_suffix(m)) if day else None
    if kind in ("date_numeric", "date_iso"):
        day = safe_date(int(m.group("y")), int(m.group("mo")), int(m.group("d")))
        return day_abs(day) if day else None
    if kind in ("dayrange_mdy", "dayrange_dmy"):
        year, last_month = int(m.group("y")), month_of(m.group("m"))
        month = month_of(m.group("m1")) if m.groupdict().get("m1") else last_month
        if m.groupdict().get("m2"):
            month, last_month = last_month, month_of(m.group("m2"))
        first = safe_date(year, month, parse_day(m.group("d1")))
        last = safe_date(year, last_month, parse_day(m.group("d2")))
        if first is None or last is None or last <= first:
            return None
        if re.search(r"\sand\s", m.group(0)) and not m.group(0).lower().startswith("between"):
            return Abs(f"{first.isoformat()},{last.isoformat()}", first, last, "day", "day")
        return range_abs(day_abs(first), day_abs(last))
    if kind == "month_year":
        return month_abs(int(m.group("y")), month_of(m.group("m")))
    if kind == "monthrange_year":
        return _month_range_abs(m)
    if kind == "season_year":
        return _season_pair_abs(m)
    if kind == "year_part":
        year = int(m.group("y"))
        code, first_month, last_month = YEAR_PARTS[" ".join(m.group("part").lower().split()[1:-1])
                                                   or m.group("part").lower()]  # fmt: skip
        return Abs(f"{year:04d}-{code}", date(year, first_month, 1),
                   last_day(year, last_month), "approximate", "coarse")  # fmt: skip
    if kind == "decade":
        return _decade_abs(m)
    if kind == "century":
        return _century_abs(m)
    if kind == "year_range":
        return _year_range_abs(m)
    return year_abs(int(m.group("y")))


# A southern-hemisphere season as the northern one holding its months: the southern winter of
# 1971 is June to August 1971; its summer of 1978 runs from December 1977 into 1978.
_SOUTHERN = {"winter": (0, "summer"), "spring": (0, "autumn"), "autumn": (0, "spring"),
             "fall": (0, "spring"), "summer": (-1, "winter")}  # fmt: skip


def _hemisphere_season(year: int, word: str, modifier: str | None, southern: bool) -> Abs:
    """Return the interval of the season ``word`` of ``year``, counted in the southern
    hemisphere ("the southern winter of 1971": June to August 1971) when ``southern``."""
    if not southern:
        return season_abs(year, word, modifier)
    shift, northern = _SOUTHERN[word.lower()]
    return season_abs(year + shift, northern, modifier)


def _season_pair_abs(m: re.Match[str]) -> Abs:
    """ "the summer of 1969"; "the spring and summer of 1969" as a set, "spring to autumn" as a
    range; "the southern winter of 1971" in the southern hemisphere."""
    year, southern = int(m.group("y")), bool(m.group("hemi"))
    latter = _hemisphere_season(year, m.group("season"), m.group("smod"), southern)
    if not m.group("season0"):
        return latter
    former = _hemisphere_season(year, m.group("season0"), None, southern)
    if former.start >= latter.start:
        return latter
    if m.group("ssep").lower() == "to":
        return range_abs(former, latter)
    return Abs(f"{former.value},{latter.value}", former.start, latter.end, "season", "coarse")


def _month_range_abs(m: re.Match[str]) -> Abs | None:
    year = int(m.group("y"))
    first, last = (
        month_abs(year, month_of(m.group("m1"))),
        month_abs(year, month_of(m.group("m2"))),
    )
    if last.start <= first.start:
        return None
    if m.group("sep").lower() in ("and", "or", "&"):
        return Abs(f"{first.value},{last.value}", first.start, last.end, "month", "month")
    return range_abs(first, last)


def _year_range_abs(m: re.Match[str]) -> Abs | None:
    first = int(m.group("y1"))
    second_text = m.group("y2")
    second = int(second_text)
    if len(second_text) == 2:
        second += first - first % 100
    if not first < second <= first + 100:
        return None
    return range_abs(year_abs(first), year_abs(second))


# ---- grouping ---------------------------------------------------------------------------------


def _bare_year_rejected(text: str, atom: _Atom) -> bool:
    """True when the number is labelled (page, file, record id) or counts a unit."""
    before = text[max(0, atom.start - 24) : atom.start]
    after = text[atom.end : atom.end + 24]
    return bool(pt.NUMBER_LABEL_BEFORE.search(before) or pt.UNIT_AFTER.match(after))


def _bare_year_cued(text: str, atom: _Atom) -> bool:
    """True when the words around a bare four-digit number make it read as a year."""
    before = text[max(0, atom.start - 30) : atom.start]
    after = text[atom.end : atom.end + 16]
    if pt.YEAR_CUE_AFTER.match(after):
        return True
    cue = pt.YEAR_CUE_BEFORE.search(before)
    if not cue:
        return False
    if cue.group(0).strip().lower().startswith("of") and pt.QUANTITY_BEFORE.search(
        before[: cue.start()] + "of "
    ):
        return False
    return not (cue.group(0).strip().lower() == "the" and int(atom.match.group("y")) < 1800)


def _is_bare(atom: _Atom) -> bool:
    return atom.kind in ("year", "year_range")


def _family(atom: _Atom) -> str:
    return {"date_mdy": "day", "date_dmy": "day", "date_numeric": "day", "date_iso": "day"}.get(
        atom.kind, atom.kind
    )


def sentence_prefix(text: str, position: int, width: int = 80) -> str:
    """Return the text before ``position`` since the last sentence or clause break (". ", "; ", a
    newline), looking at most ``width`` characters back."""
    window = text[max(0, position - width) : position]
    cut = max(window.rfind(". "), window.rfind("; "), window.rfind("\n"))
    return window[cut + 1 :] if cut >= 0 else window


# relative kinds that "since"/"until" before them turn into open ranges ("since June of that
# year", "until 3 May")
_OPENABLE_KINDS = frozenset(
    ["day_noyear", "month_noyear", "dayrange_noyear", "deictic", "month_of_rel", "season_deictic"]
)


def group_atoms(text: str, atoms: list[_Atom]) -> list[Group]:
    """Combine absolute atoms into ranges, sets and open ranges; validate bare years."""
    groups: list[Group] = []
    i = 0
    while i < len(atoms):
        atom = atoms[i]
        if atom.kind not in _ABSOLUTE_KINDS:
            group = Group(atom.start, atom.end, atom.kind, [atom], [])
            if atom.kind in _OPENABLE_KINDS:
                _apply_open_prefix(text, group, text[max(0, atom.start - 40) : atom.start])
            i += 1
            year_words = pt.OF_REL_YEAR.match(text, atom.end)
            if year_words and atom.kind in ("day_noyear", "month_noyear", "dayrange_noyear"):
                group.end, group.rel_year = year_words.end(), year_words.group("rel").lower()
                while i < len(atoms) and atoms[i].start < group.end:
                    i += 1
            groups.append(group)
            continue
        combined, i = _absolute_group(text, atoms, i)
        if combined is not None:
            groups.append(combined)
    return groups


def _absolute_group(text: str, atoms: list[_Atom], i: int) -> tuple[Group | None, int]:
    """Build the group that starts at absolute atom ``i``; return it and the next index."""
    first = atoms[i]
    first_abs = _absolute(first)
    if first_abs is None:
        return None, i + 1
    prefix_text = text[max(0, first.start - 40) : first.start]
    range_prefix = pt.RANGE_PREFIX.search(prefix_text)
    members = [first]
    values = [first_abs]
    kind = "abs"
    j = i + 1
    if j < len(atoms) and atoms[j].kind in _ABSOLUTE_KINDS:
        second = atoms[j]
        second_abs = _absolute(second)
        gap = text[first.end : second.start]
        sep = pt.RANGE_SEP.fullmatch(gap)
        between = range_prefix is not None and range_prefix.group("p").lower() == "between"
        if (
            second_abs is not None
            and sep is not None
            and (sep.group("s").lower() != "and" or between)
            and second_abs.end >= first_abs.start
        ):
            members, values, kind, j = [first, second], [first_abs, second_abs], "range", j + 1
    if kind == "abs":
        while j < len(atoms) and _family(atoms[j]) == _family(first):
            candidate = _absolute(atoms[j])
            if candidate is None or not pt.SET_SEP.fullmatch(
                text[members[-1].end : atoms[j].start]
            ):
                break
            members.append(atoms[j])
            values.append(candidate)
            j += 1
        if len(members) > 1:
            kind = "set"
    if not _members_valid(text, members, range_prefix is not None):
        return None, i + 1
    start = members[0].start
    spans_prefix = kind == "range" or (kind == "abs" and first.kind == "year_range")
    if spans_prefix and range_prefix is not None:
        start = max(0, first.start - 40) + range_prefix.start()
    group = Group(start, members[-1].end, kind, members, values)
    part_of = pt.DAY_PART_OF.search(prefix_text)
    if kind == "abs" and first_abs.precision == "day" and part_of and group.start == first.start:
        group.start = first.start - len(prefix_text) + part_of.start()
        group.day_part = DAY_PARTS[part_of.group("tod").lower()]
        return group, j
    if kind in ("abs", "range"):
        _apply_open_prefix(text, group, prefix_text if group.start == first.start else "")
    return group, j


def _members_valid(text: str, members: list[_Atom], has_range_prefix: bool) -> bool:
    bare = [m for m in members if _is_bare(m)]
    if any(_bare_year_rejected(text, m) for m in bare):
        return False
    if not bare or len(bare) < len(members) or has_range_prefix:
        return True
    if members[0].kind == "year_range":
        return True
    return _bare_year_cued(text, members[0]) or (
        len(members) > 1 and _bare_year_cued(text, members[-1])
    )


def _apply_open_prefix(text: str, group: Group, prefix_text: str) -> None:
    """Turn "since X"/"until X"/"from X onwards" into open ranges (in place)."""
    prefix = pt.OPEN_PREFIX.search(prefix_text) if prefix_text else None
    if prefix is None:
        return
    word = " ".join(prefix.group("p").lower().split())
    prefix_start = group.start - len(prefix_text) + prefix.start()
    if word == "after":
        if group.kind == "abs" and not pt.POINT_AFTER.search(prefix_text[: prefix.end()]):
            group.kind, group.start = "open_after", prefix_start
        return
    if group.kind not in ("abs", "range"):
        if word == "since":
            group.open_side, group.start = "start", prefix_start
        elif word != "from" and not pt.NEGATION_BEFORE.search(sentence_prefix(text, prefix_start)):
            group.open_side, group.start = "end", prefix_start
        return
    if word == "since":
        group.kind, group.start = "open_start", prefix_start
    elif word == "from":
        suffix = pt.OPEN_SUFFIX.match(text, group.end)
        if suffix is not None and group.kind == "abs":
            group.kind, group.start, group.end = "open_start", prefix_start, suffix.end()
    elif not pt.NEGATION_BEFORE.search(sentence_prefix(text, prefix_start)):
        group.kind, group.start = "open_end", prefix_start


# ---- values of absolute groups ---------------------------------------------------------------


def resolve_absolute(group: Group, text: str) -> tuple[TimeValue, Abs]:
    """Return the TimeValue of an absolute group (date, range, set or open range) and the interval
    that stands for it as a reference time (a set's last member, an open range's bound)."""
    values = group.absolute
    if group.kind == "range":
        whole = range_abs(values[0], values[1])
        return as_timex(text, whole, kind="range"), whole
    if group.kind == "set":
        first, last = min(v.start for v in values), max(v.end for v in values)
        whole = Abs(",".join(v.value for v in values), first, last, values[0].granularity,
                    values[-1].precision)  # fmt: skip
        return as_timex(text, whole, kind="set"), values[-1]
    single = values[0]
    if "/" in single.value and group.kind == "abs":
        return as_timex(text, single, kind="range"), single
    if group.kind == "open_start":
        bound = single.value.split("/")[0]
        open_value = TimeValue(
            text, f"{bound}/..", single.start.isoformat(), None, "range", "range"
        )
        return open_value, single
    if group.kind == "open_after":
        following = _following(single)
        if following is None:
            return as_timex(text, single), single
        open_value = TimeValue(
            text, f"{following.value}/..", following.start.isoformat(), None, "range", "range"
        )
        return open_value, single
    if group.kind == "open_end":
        bound = single.value.split("/")[-1]
        open_value = TimeValue(text, f"../{bound}", None, single.end.isoformat(), "range", "range")
        return open_value, single
    kind: Kind = "set" if "," in single.value else "date"
    if group.day_part and "T" not in single.value:
        single = replace(single, value=single.value + group.day_part)
    return as_timex(text, single, kind=kind), single


def _following(single: Abs) -> Abs | None:
    """The year, month or day after ``single`` ("after 1956" opens at 1957)."""
    if single.precision == "year" and "/" not in single.value:
        return year_abs(single.end.year + 1)
    if single.precision == "month" and "/" not in single.value:
        after = single.end + timedelta(days=1)
        return month_abs(after.year, after.month)
    if single.precision == "day" and "/" not in single.value:
        return day_abs(single.end + timedelta(days=1))
    return None

"""Per-document context for the extractor: entities, times, quotations, discourse states."""

from __future__ import annotations

import bisect
import itertools
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field

from spacy.attrs import LEMMA, LOWER, TAG
from spacy.tokens import Doc, Span, Token

from diplomatica.nlp.doc_text import doc_text, newline_tokens
from diplomatica.nlp.extensions import SPANS_ENTITIES, SPANS_TIME
from diplomatica.nlp.types import EntityRef, TimeValue

# Private event attribute: the trigger token index (not exported).
TRIGGER_INDEX = "_trigger_i"
NOTE_MARKER = re.compile(r"\[([ivxlcdm]{1,7}|\d{1,3})\]")
_OPEN_QUOTES = {"‘": "’", "“": "”", '"': '"'}
_MAX_QUOTE = 700


@dataclass
class Mention:
    """An entity mention: token span and what it refers to."""

    start: int
    end: int
    ref: EntityRef
    text: str

    @property
    def state(self) -> str | None:
        """Return the ISO3 of the state the mention stands for (states and their members)."""
        if self.ref.kind == "state":
            return self.ref.key
        return self.ref.country


@dataclass
class TimeMention:
    """A temporal expression: token span and its normalised value."""

    start: int
    end: int
    value: TimeValue


@dataclass
class DocContext:
    """Lookups over one ``Doc`` built once before sentences are processed."""

    doc: Doc
    mentions: list[Mention]
    times: list[TimeMention]
    quote_spans: list[tuple[int, int]]
    main_states: list[str]
    token_mention: dict[int, Mention] = field(default_factory=dict)
    paragraph_starts: list[int] = field(default_factory=list)
    text: str = ""
    writer: EntityRef | None = None  # the writer of a first-person record, with his state
    state_keys: frozenset[str] = frozenset()  # states the text names as states
    _time_starts: list[int] = field(default_factory=list)
    _mention_chars: list[int] = field(default_factory=list)  # first character of each mention
    _mention_starts: list[int] = field(default_factory=list)  # first token of each mention
    mentioned_states: frozenset[str] = frozenset()  # the states of all mentions
    # the string ids of each token's lemma, lower-case form and tag, read once per doc
    token_lemmas: list[int] = field(default_factory=list)
    token_lowers: list[int] = field(default_factory=list)
    token_tags: list[int] = field(default_factory=list)
    # the clause tokens of (root, kept token) pairs, built once per document
    clauses: dict[tuple[int, int], tuple[Token, ...]] = field(default_factory=dict)
    # each parser sentence's time expressions with their head paths, by its first token
    sentence_times: dict[int, list[tuple[TimeMention, list[Token]]]] = field(default_factory=dict)

    def mentions_in(self, start: int, end: int) -> list[Mention]:
        """Return the entity mentions lying inside tokens ``[start, end)``, in order."""
        first = bisect.bisect_left(self._mention_starts, start)
        last = bisect.bisect_left(self._mention_starts, end, lo=first)
        return [m for m in self.mentions[first:last] if m.end <= end]

    def mentions_before(self, char: int, since: int = 0) -> Iterator[Mention]:
        """Yield the mentions starting before character ``char`` and not before ``since``
        (usually the paragraph's start), nearest first."""
        first = bisect.bisect_left(self._mention_chars, since)
        for k in range(bisect.bisect_left(self._mention_chars, char) - 1, first - 1, -1):
            yield self.mentions[k]

    def mention_at(self, token: Token) -> Mention | None:
        """Return the mention covering ``token``, if any."""
        return self.token_mention.get(token.i)

    def in_quotation(self, char: int) -> bool:
        """Return whether character ``char`` lies inside a quotation (sorted, disjoint spans)."""
        i = bisect.bisect_left(self.quote_spans, (char, -1)) - 1
        return i >= 0 and self.quote_spans[i][0] < char < self.quote_spans[i][1]

    def times_before(self, token: int, since_char: int) -> list[TimeMention]:
        """Return the temporal expressions that end before token ``token`` and start at or
        after character ``since_char`` (usually the paragraph's start), in order."""
        last = bisect.bisect_left(self._time_starts, token)
        out = [t for t in self.times[:last] if t.end <= token]
        first = 0
        while first < len(out) and self.doc[out[first].start].idx < since_char:
            first += 1
        return out[first:]

    def times_in(self, start: int, end: int) -> list[TimeMention]:
        """Return the temporal expressions inside tokens ``[start, end)``."""
        i = bisect.bisect_left(self._time_starts, start)
        out: list[TimeMention] = []
        while i < len(self.times) and self.times[i].start < end:
            if self.times[i].end <= end:
                out.append(self.times[i])
            i += 1
        return out

    def paragraph_start(self, char: int) -> int:
        """Return the character offset where the paragraph containing ``char`` starts."""
        i = bisect.bisect_right(self.paragraph_starts, char) - 1
        return self.paragraph_starts[i] if i >= 0 else 0


def _span_values(doc: Doc, group: str, attribute: str) -> list[tuple[Span, object]]:
    """Return the spans of the span group ``group`` (none when absent) with the value of their
    extension ``attribute``, in order of their start."""
    spans = doc.spans.get(group, [])
    pairs = [(span, getattr(span._, attribute)) for span in spans]
    return sorted(pairs, key=lambda pair: pair[0].start)


def _entity_mentions(doc: Doc) -> list[Mention]:
    return [
        Mention(span.start, span.end, ref, span.text)
        for span, ref in _span_values(doc, SPANS_ENTITIES, "entity")
        if isinstance(ref, EntityRef)
    ]


def _time_mentions(doc: Doc) -> list[TimeMention]:
    return [
        TimeMention(span.start, span.end, value)
        for span, value in _span_values(doc, SPANS_TIME, "timex")
        if isinstance(value, TimeValue)
    ]


def quotation_spans(text: str) -> list[tuple[int, int]]:
    """Return ``(open, close)`` character offsets of quotations in ``text``.

    A typographic right single quote followed by a letter is an apostrophe, not a closing mark.
    """
    spans: list[tuple[int, int]] = []
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        close = _OPEN_QUOTES.get(ch)
        if close is None or (ch == '"' and i > 0 and text[i - 1].isalnum()):
            i += 1
            continue
        j = i + 1
        limit = min(n, i + _MAX_QUOTE)
        while j < limit:
            if text[j] == close and not (j + 1 < n and text[j + 1].isalpha()):
                break
            if text[j] == "\n" and j + 1 < n and text[j + 1] == "\n":
                j = limit
                break
            j += 1
        if j < limit:
            spans.append((i, j))
            i = j + 1
        else:
            i += 1
    return spans


def _paragraph_starts(text: str) -> list[int]:
    starts = [0]
    starts.extend(m.end() for m in re.finditer(r"\n\s*\n", text))
    return starts


def main_states(mentions: list[Mention], text_len: int, title_end: int = 0) -> list[str]:
    """Return the document's states ordered by salience (mention count, early mentions weigh x3,
    the states a title heading names before all others; ``title_end`` is the token index
    ending the title, 0 when the document opens without one)."""
    counts: Counter[str] = Counter()
    for m in mentions:
        state = m.state
        if state is None:
            continue
        counts[state] += 1
    for m in mentions:
        if m.start < 150 and m.state:
            counts[m.state] += 4  # title and opening lines name the document's subject
    titled = list(dict.fromkeys(m.state for m in mentions if m.start < title_end and m.state))
    if len(titled) >= 2:  # an archive's heading names the one state that keeps the record
        for state in titled:
            counts[state] += _TITLE_WEIGHT
    return [s for s, _ in counts.most_common()]


# "Sands of the Ogaden: Ethiopia and Somalia, 1977-1988": a title naming two or three states
# names the document's subject, however often a patron appears in its opening lines.
_TITLE_WEIGHT = 20
_TITLE_TOKENS = 16


def title_end(doc: Doc) -> int:
    """Return the token index ending the document's title: its first line when that is a
    heading (short, not ending in a full stop or colon, followed by a line break); 0 when the
    document opens with running text."""
    words = 0
    for tok in doc:
        if tok.is_space or "\n" in tok.whitespace_:
            if tok.is_space and "\n" not in tok.text:
                continue
            last = tok if not tok.is_space else doc[tok.i - 1] if tok.i else tok
            end = tok.i + (0 if tok.is_space else 1)
            ok = 0 < words <= _TITLE_TOKENS and last.text not in (".", ":")
            return end if ok else 0
        words += 1
        if words > _TITLE_TOKENS:
            return 0
    return 0


_SPEAKER_MARKS = frozenset([":", "–", "—", "-"])
_LABEL_TOKENS = 8
_WE = frozenset(["we", "our", "us", "ours", "ourselves"])
_I = frozenset(["i", "me", "my"])
_YOU = frozenset(["you", "your"])
# "our two countries", "we both": first person plural covering both speakers
_JOINT = frozenset(["two", "both", "relations", "friendship", "sides", "peoples", "countries"])


def _label_speaker(doc: Doc, start: int, by_token: dict[int, Mention]) -> Mention | None:
    """Return the person labelling a speaker turn that starts at token ``start``
    ("Kim Il Sung: ...", "J. Batmunkh – ..."), if the line opens with such a label."""
    for i in range(start, min(len(doc), start + _LABEL_TOKENS)):
        tok = doc[i]
        if tok.text in _SPEAKER_MARKS:
            if i == start or not doc[i + 1 : i + 2].text.strip():
                return None
            people = [
                by_token[j]
                for j in range(start, i)
                if j in by_token and by_token[j].ref.kind == "person" and by_token[j].state
            ]
            return people[0] if people else None
        if tok.is_space or (tok.is_punct and tok.text != "."):
            return None
    return None


def _line_starts(doc: Doc) -> list[int]:
    """Return the indices of the tokens that open a line: the first token, and each token
    after a space token holding a newline."""
    spaces = doc.to_array("IS_SPACE")
    last = len(doc) - 1
    starts = [0] if len(doc) else []
    starts += [i + 1 for i, in_text in newline_tokens(doc) if in_text and spaces[i] and i < last]
    return starts


def speaker_mentions(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """Return mentions for the first and second person in labelled conversation records.

    Inside a turn opened by "<Person>: " or "<Person> – " at the start of a line, "we/our/us"
    stand for the speaker's state, "I/me/my" for the speaker, and, when the record has exactly
    two speakers, "you/your" for the other one. "our two countries", "we both" cover both
    speakers and are left alone.
    """
    by_token = {i: m for m in mentions for i in range(m.start, m.end)}
    turns: list[tuple[int, Mention]] = []
    for start in _line_starts(doc):
        speaker = _label_speaker(doc, start, by_token)
        if speaker is not None:
            turns.append((start, speaker))
    speakers = {m.ref.key: m for _, m in turns}
    out: list[Mention] = []
    for k, (start, speaker) in enumerate(turns):
        end = turns[k + 1][0] if k + 1 < len(turns) else len(doc)
        others = [m for key, m in speakers.items() if key != speaker.ref.key]
        state = speaker.state or ""
        for tok in doc[start:end]:
            low = tok.lower_
            if tok.i in by_token:
                continue
            if low in _WE and not any(t.lower_ in _JOINT for t in doc[tok.i + 1 : tok.i + 3]):
                ref = EntityRef("state", state, state, state)
            elif low in _I:
                ref = speaker.ref
            elif low in _YOU and len(others) == 1:
                ref = others[0].ref
            else:
                continue
            if tok.dep_ == "poss" and ref.kind == "person" and ref.country:
                # "your foreign minister", "my ambassador": the person's side, not the person
                ref = EntityRef("state", ref.country, ref.country, ref.country)
            out.append(Mention(tok.i, tok.i + 1, ref, tok.text))
    return out


# Lines of a record's heading that name its writer: "From: X", "From the diary of X",
# "Memorandum ... FROM: X"; and nouns of a first-person record.
_FROM_LABEL = re.compile(r"^\s*from\s*:", re.IGNORECASE)
_RECORD_NOUNS = frozenset(["diary", "journal", "notebook", "memoirs"])
_HEADER_LINES = 12
_SIGNATURE_LINES = 4


def _lines(doc: Doc) -> list[tuple[int, int]]:
    """Return the ``[start, end)`` token ranges of the non-empty lines of ``doc``."""
    spaces = doc.to_array("IS_SPACE").tolist()
    # words[i]: how many of the first i tokens are no space
    words = list(itertools.accumulate((not sp for sp in spaces), initial=0))
    out: list[tuple[int, int]] = []
    start = 0
    for i, _ in newline_tokens(doc):
        if words[i] > words[start] or not spaces[i]:
            out.append((start, i if spaces[i] else i + 1))
        start = i + 1
    if words[len(doc)] > words[min(start, len(doc))]:
        out.append((start, len(doc)))
    return out


def _people_in(mentions: list[Mention], start: int, end: int) -> list[Mention]:
    return [m for m in mentions if m.ref.kind == "person" and start <= m.start < end]


def _header_writer(
    doc: Doc, lines: list[tuple[int, int]], mentions: list[Mention]
) -> Mention | None:
    """Return the person a record's heading names as its writer ("From: X", "From the diary
    of X") in its first lines."""
    for start, end in lines[:_HEADER_LINES]:
        text = doc[start:end].text
        words = {t.lower_ for t in doc[start:end]}
        if _FROM_LABEL.match(text) or (words & _RECORD_NOUNS and "of" in words):
            people = _people_in(mentions, start, end)
            if people:
                return people[0]
    return None


def _signature(
    doc: Doc, lines: list[tuple[int, int]], mentions: list[Mention]
) -> tuple[Mention, int] | None:
    """Return the person signing a record in its last lines (a line holding only a name, or
    "(signed) X") and the index of that line."""
    first = max(0, len(lines) - _SIGNATURE_LINES)
    for k in range(len(lines) - 1, first - 1, -1):
        start, end = lines[k]
        people = _people_in(mentions, start, end)
        if not people:
            continue
        m = people[0]
        rest = [
            t
            for t in doc[start:end]
            if not m.start <= t.i < m.end and not t.is_punct and t.lower_ != "signed"
        ]
        if not rest:
            return m, k
    return None


def _title_state(
    doc: Doc, lines: list[tuple[int, int]], k: int, mentions: list[Mention]
) -> str | None:
    """Return the state a signature's title line gives the signer ("Ambassador of the USSR in
    the USA" above the name): the state after "of" on an adjacent line."""
    for j in (k - 1, k + 1):
        if not 0 <= j < len(lines):
            continue
        start, end = lines[j]
        for m in mentions:
            if m.ref.kind != "state" or not start <= m.start < end:
                continue
            before = {t.lower_ for t in doc[max(start, m.start - 2) : m.start]}
            if "of" in before:
                return m.state
    return None


def _same_name(a: Mention, b: Mention) -> bool:
    """Return whether two person mentions share a name word ("A. F. Dobrynin", "A. Dobrynin")."""
    words = {w for w in a.ref.key.split() if len(w) > 2}
    return bool(words & {w for w in b.ref.key.split() if len(w) > 2})


# How far a state word may stand before the name it qualifies in a heading: "the
# Austro-Hungarian Minister in Belgrade, Baron Wladimir Giesl".
_HEADING_TITLE_SPAN = 10


def _heading_title_state(
    lines: list[tuple[int, int]], writer: Mention, mentions: list[Mention]
) -> str | None:
    """Return the state the heading's title gives the writer of a record: "Report of the
    Austro-Hungarian Minister in Belgrade, Baron Wladimir Giesl, to ..." above a record signed
    "Giesl": the state word nearest before the writer's name on a heading line, with no other
    person between (a place names where he serves, not whose he is)."""
    for start, end in lines[:_HEADER_LINES]:
        names = [
            m
            for m in mentions
            if start <= m.start < end and m.ref.kind == "person" and _same_name(m, writer)
        ]
        if not names:
            continue
        name = names[0]
        before = [m for m in mentions if start <= m.start < name.start]
        for m in reversed(before):
            if m.ref.kind == "person" or name.start - m.end > _HEADING_TITLE_SPAN:
                break
            if m.ref.kind == "state" and m.state:
                return m.state
    return None


def record_writer(
    doc: Doc, lines: list[tuple[int, int]], mentions: list[Mention]
) -> EntityRef | None:
    """Return the writer of a first-person record (a memorandum, a diary, a record of
    conversation) with his state: the person its heading names ("From: X", "From the diary of
    X") or its signature names, whose state is the entity's own or the one a title line of the
    signature gives ("Ambassador of the USSR in ..."); his country is None when neither gives a
    state. ``lines`` are the document's lines (:func:`_lines`). None when the record names no
    writer."""
    header = _header_writer(doc, lines, mentions)
    signed = _signature(doc, lines, mentions)
    writer = header or (signed[0] if signed else None)
    if writer is None:
        return None
    state = writer.state
    if state is None and signed is not None and (header is None or _same_name(header, signed[0])):
        state = signed[0].state or _title_state(doc, lines, signed[1], mentions)
    if state is None:
        state = _heading_title_state(lines, writer, mentions)
    ref = writer.ref
    return EntityRef("person", ref.key, ref.name, state, ref.title)


def writer_mentions(
    doc: Doc, writer: EntityRef | None, mentions: list[Mention], quotes: list[tuple[int, int]]
) -> list[Mention]:
    """Return mentions for the first person of a record written by one person (``writer``,
    see :func:`record_writer`): "I/me/my" stand for the writer, "we/our/us" for his state
    (except "our two countries", "we both"). Tokens inside quotations or inside ``mentions``
    (labelled speaker turns included) are left alone."""
    if writer is None or writer.country is None:
        return []
    state = writer.country
    taken = {i for m in mentions for i in range(m.start, m.end)}
    starts = [a for a, _b in quotes]
    out: list[Mention] = []
    for tok in doc:
        low = tok.lower_
        if (low not in _WE and low not in _I) or tok.i in taken:
            continue
        q = bisect.bisect_right(starts, tok.idx) - 1
        if q >= 0 and quotes[q][0] < tok.idx < quotes[q][1]:
            continue
        if low in _I:
            ref = writer
        elif any(t.lower_ in _JOINT for t in doc[tok.i + 1 : tok.i + 3]):
            continue
        else:
            ref = EntityRef("state", state, state, state)
        out.append(Mention(tok.i, tok.i + 1, ref, tok.text))
    return out


# A diplomatic mission's heading names the state whose mission keeps the record ("BRITISH HIGH
# COMMISSION, LUSAKA", "EMBASSY OF THE USSR IN THE DPRK", "From the diary of the Soviet
# ambassador"); bare titles of its staff in that record act for that state.
_MISSION_NOUNS = frozenset(["embassy", "legation", "consulate", "consulate-general", "mission"])
_MISSION_TITLES = frozenset(["ambassador", "counsellor", "chargé", "charge", "envoy"])
_MISSION_LINES = 8
_TITLE_ARTICLES = frozenset(["the"])


def _mission_noun(tok: Token) -> bool:
    """Return whether ``tok`` names a mission or its head: "embassy", "legation", "High
    Commission(er)", "ambassador", "chargé (d'affaires)"."""
    low = tok.lower_
    if low in _MISSION_NOUNS or low in _MISSION_TITLES:
        return True
    return (
        low in ("commission", "commissioner") and tok.i > 0 and tok.doc[tok.i - 1].lower_ == "high"
    )


def _state_next_to(doc: Doc, noun: Token, by_token: dict[int, Mention]) -> str | None:
    """Return the state a mission noun belongs to: a demonym or name just before it ("Soviet
    Embassy", "BRITISH HIGH COMMISSION") or after "of (the)" just after it ("Embassy of the
    USSR"); None when neither holds a state."""
    before = noun.i - 1
    if before >= 0 and doc[before].lower_ == "high":
        before -= 1
    m = by_token.get(before)
    if m is not None and m.ref.kind == "state" and m.state:
        return m.state
    after = noun.i + 1
    if after < len(doc) and doc[after].lower_ == "of":
        after += 1
        if after < len(doc) and doc[after].lower_ == "the":
            after += 1
        m = by_token.get(after)
        if m is not None and m.ref.kind == "state" and m.state:
            return m.state
    return None


def mission_state(doc: Doc, lines: list[tuple[int, int]], mentions: list[Mention]) -> str | None:
    """Return the state of the diplomatic mission whose record ``doc`` is: the state a
    mission noun of the record's first lines belongs to ("BRITISH HIGH COMMISSION, LUSAKA",
    "Embassy of the USSR in the DPRK", "From the diary of the Soviet ambassador"); None when
    the heading names no mission of a state."""
    by_token = {i: m for m in mentions for i in range(m.start, m.end)}
    for start, end in lines[:_MISSION_LINES]:
        words = [t for t in doc[start:end] if not t.is_space]
        if len(words) > _TITLE_TOKENS or words[-1].text == ".":
            continue  # running text, not a heading
        for tok in words:
            if not _mission_noun(tok):
                continue
            m = by_token.get(tok.i)
            if m is not None and m.ref.kind == "organization" and m.ref.country:
                return m.ref.country  # "EMBASSY OF FRANCE" linked as the embassy of France
            state = _state_next_to(doc, tok, by_token) if m is None else None
            if state is not None:
                return state
    return None


def _bare_title_end(doc: Doc, i: int) -> int:
    """Return the end of a bare mission title starting at token ``i`` (after its "the"):
    "High Commissioner", "Ambassador", "Counsellor", "Chargé d'Affaires"; ``i`` when none."""
    tok = doc[i]
    low = tok.lower_
    if low == "high" and i + 1 < len(doc) and doc[i + 1].lower_ == "commissioner":
        end = i + 2
    elif low in ("ambassador", "counsellor"):
        end = i + 1
    elif low in ("chargé", "charge"):
        end = i + 1
        while (
            end < len(doc)
            and end < i + 4
            and doc[end].lower_ in ("d'", "d", "'", "d'affaires", "affaires")
        ):
            end += 1
    else:
        return i
    if end < len(doc) and doc[end].lower_ in ("of", "to", "in", "at"):
        return i  # "the Ambassador of France", "the Ambassador to Moscow": another state's
    return end


def mission_title_mentions(
    doc: Doc, state: str | None, mentions: list[Mention], quotes: list[tuple[int, int]]
) -> list[Mention]:
    """Return mentions for the bare titles of a mission's staff ("the High Commissioner", "the
    Ambassador", "the Counsellor", "the chargé d'affaires", with no demonym or "of" phrase) in
    a record kept by the mission of ``state`` (see :func:`mission_state`): each stands for the
    head or staff of that mission, a person acting for ``state``. Titles inside ``mentions``
    or quotations, and other titles ("the President"), are left alone."""
    if state is None:
        return []
    taken = {i for m in mentions for i in range(m.start, m.end)}
    starts = [a for a, _b in quotes]
    out: list[Mention] = []
    for tok in doc[1:]:
        if tok.i in taken or doc[tok.i - 1].lower_ not in _TITLE_ARTICLES:
            continue
        end = _bare_title_end(doc, tok.i)
        if end == tok.i or any(i in taken for i in range(tok.i, end)):
            continue
        q = bisect.bisect_right(starts, tok.idx) - 1
        if q >= 0 and quotes[q][0] < tok.idx < quotes[q][1]:
            continue
        title = doc[tok.i : end].text.lower()
        ref = EntityRef("person", f"{state.lower()} {title}", f"the {title}", state, title)
        out.append(Mention(tok.i, end, ref, doc[tok.i : end].text))
    return out


# Words of an office a participants list may give without a name: "United States: The
# President; ...", "United States - The President".
_LISTED_OFFICES = frozenset(["president", "king", "queen", "shah", "emperor", "chancellor"])


def listed_offices(
    doc: Doc, lines: list[tuple[int, int]], mentions: list[Mention]
) -> dict[str, str]:
    """Return office word -> state for the heading's side lists that give an office with no
    name ("Participants. United States: The President; Ambassador X"): that state's holder."""
    by_token = {m.end - 1: m for m in mentions if m.ref.kind == "state" and m.state}
    found: dict[str, str] = {}
    for start, end in lines[:_HEADER_LINES]:
        for tok in doc[start + 2 : end - 1]:
            office = doc[tok.i + 1]
            if tok.lower_ != "the" or office.lower_ not in _LISTED_OFFICES or not office.is_title:
                continue
            if doc[tok.i - 1].text not in _SPEAKER_MARKS:
                continue
            side = by_token.get(tok.i - 2)
            after = doc[office.i + 1] if office.i + 1 < len(doc) else None
            if side is not None and side.state and (after is None or after.text in (";", ",")):
                found.setdefault(office.lower_, side.state)
    return found


def listed_office_mentions(
    doc: Doc, offices: dict[str, str], mentions: list[Mention], quotes: list[tuple[int, int]]
) -> list[Mention]:
    """Return mentions for "the President" and the like standing alone (no name, "of" or
    capitalised word after) in a record whose heading lists that office for a side (see
    :func:`listed_offices`): each is that state's holder, a person acting for it."""
    if not offices:
        return []
    # a lone title already linked to a holder named in the text keeps him
    taken = {i for m in mentions for i in range(m.start, m.end)}
    starts = [a for a, _b in quotes]
    out: list[Mention] = []
    for tok in doc[1:]:
        state = offices.get(tok.lower_)
        if state is None or tok.i in taken or not tok.is_title:
            continue
        if doc[tok.i - 1].lower_ not in _TITLE_ARTICLES:
            continue
        after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if after is not None and (after.is_title or after.lower_ in ("of", "'s", "’s", "-")):
            continue
        q = bisect.bisect_right(starts, tok.idx) - 1
        if q >= 0 and quotes[q][0] < tok.idx < quotes[q][1]:
            continue
        title = tok.lower_
        ref = EntityRef("person", f"{state.lower()} {title}", f"the {title}", state, title)
        out.append(Mention(tok.i, tok.i + 1, ref, tok.text))
    return out


def build_context(doc: Doc) -> DocContext:
    """Return the :class:`DocContext` of ``doc`` (entities, times, quotations, main states,
    first and second persons of labelled speaker turns)."""
    named = _entity_mentions(doc)
    text = doc_text(doc)  # Doc.text is rebuilt from the tokens on every access
    quotes = quotation_spans(text)
    spoken = named + speaker_mentions(doc, named)
    lines = _lines(doc)
    writer = record_writer(doc, lines, named)
    first_person = writer_mentions(doc, writer, spoken, quotes)
    mission = mission_state(doc, lines, named)
    staff = mission_title_mentions(doc, mission, spoken + first_person, quotes)
    offices = listed_offices(doc, lines, named)
    holders = listed_office_mentions(doc, offices, spoken + first_person + staff, quotes)
    mentions = sorted(spoken + first_person + staff + holders, key=lambda m: m.start)
    ctx = DocContext(
        doc=doc,
        mentions=mentions,
        times=_time_mentions(doc),
        quote_spans=quotes,
        main_states=main_states(named + first_person, len(text), title_end(doc)),
        paragraph_starts=_paragraph_starts(text),
    )
    ctx.text = text
    ctx.writer = writer
    ctx.state_keys = frozenset(m.ref.key for m in named if m.ref.kind == "state")
    ctx._time_starts = [t.start for t in ctx.times]
    ctx._mention_chars = [doc[m.start].idx for m in mentions]
    ctx._mention_starts = [m.start for m in mentions]
    ctx.mentioned_states = frozenset(m.state for m in mentions if m.state)
    # one flat array per attribute: a 2-D array's rows convert to lists far more slowly
    ctx.token_lemmas = doc.to_array(LEMMA).tolist()
    ctx.token_lowers = doc.to_array(LOWER).tolist()
    ctx.token_tags = doc.to_array(TAG).tolist()
    for m in mentions:
        for i in range(m.start, m.end):
            ctx.token_mention[i] = m
    return ctx


def sentence_notes(doc: Doc, sent: Span, text: str) -> list[str]:
    """Return the endnote labels the sentence cites (from ``doc._.dipl_notes`` or ``[xii]`` marks).

    ``text`` is ``doc.text``. A marker glued to the start of the next sentence belongs to this
    one.
    """
    start, end = sent.start_char, sent.end_char
    if sent.end < len(doc):
        nxt = doc[sent.end]
        if NOTE_MARKER.match(text, nxt.idx):
            end = nxt.idx + 8
    notes: list[str] = []
    refs = doc._.dipl_notes
    if refs:
        for s, _e, label in refs:
            if start + 1 < s < end or (s == start and sent.start == 0):
                notes.append(str(label))
        return notes
    for m in NOTE_MARKER.finditer(text, start, min(end, len(text))):
        if m.start() > start + 1 or sent.start == 0:
            notes.append(m.group(1))
    return notes


_HEADING_WORDS = 16
_FUNCTION_POS = frozenset(["ADP", "DET", "CCONJ", "SCONJ", "PART", "PRON", "AUX"])


def _is_break(space: Token) -> bool:
    """Return whether a newline token ends a paragraph or a heading line.

    A blank line always breaks. A single newline breaks only after a heading-like line: short,
    not ending in punctuation or a function word, starting a paragraph (after a blank line, a
    line ending in punctuation, or the start of the text) and followed by a capitalised line.
    In hard-wrapped text (PDF extractions) single newlines fall inside sentences ("signed a
    treaty with the Soviet\nUnion in Moscow").
    """
    if space.text.count("\n") > 1:
        return True
    doc = space.doc
    nxt = space.i + 1
    if nxt >= len(doc) or not doc[nxt].text[:1].isupper():
        return False
    line: list[Token] = []
    i = space.i - 1
    while i >= 0 and "\n" not in doc[i].text and len(line) <= _HEADING_WORDS:
        if not doc[i].is_space:
            line.append(doc[i])
        i -= 1
    if not line or len(line) >= _HEADING_WORDS:
        return False
    last = line[0]
    if last.is_punct or last.pos_ in _FUNCTION_POS:
        return False
    if i < 0 or doc[i].text.count("\n") > 1:
        return True
    before = doc[i - 1] if i > 0 else None
    return before is None or before.is_punct


def sentence_segments(sent: Span) -> list[Span]:
    """Split a parser sentence at paragraph breaks and drop heading-like segments.

    Headings ("Establishing diplomatic relations with ...") are glued to the next sentence by the
    parser; a segment without final punctuation and under 16 tokens is treated as a heading.
    Single newlines of hard-wrapped text split nothing (see :func:`_is_break`).
    """
    doc = sent.doc
    tokens = list(sent)  # read once, for the cuts and for each segment's words
    cuts = [sent.start]
    for tok in tokens:
        if tok.is_space and "\n" in tok.text and tok.i + 1 < sent.end and _is_break(tok):
            cuts.append(tok.i + 1)
    cuts.append(sent.end)
    out: list[Span] = []
    for a, b in itertools.pairwise(cuts):
        seg = doc[a:b]
        words = [t for t in tokens[a - sent.start : b - sent.start] if not t.is_space]
        if not words:
            continue
        heading = len(cuts) > 2 and len(words) < 16 and not words[-1].is_punct
        if heading and not _RECORD_TITLE.match(seg.text.strip()):
            continue
        out.append(seg)
    return out


# The title of a record of talks states the meeting it records ("Record of Conversation
# between A and B", "Memorandum of a Meeting with C").
_RECORD_TITLE = re.compile(
    r"(?:(?:record|memorandum|minutes|notes?|transcript)s? of (?:an? |the )?(?:\w+ )?"
    r"|(?:subject: *)?(?:my|our) )"
    r"(?:conversation|talks?|meeting|discussion|negotiations?)s? (?:between|with) ",
    re.IGNORECASE,
)


def record_title_with(sent: Span) -> bool:
    """Return whether ``sent`` is the title of a record of the writer's own talks with someone
    ("Record of conversation with X", "Subject: My talks with X"): the writer is a party."""
    line = sent.text.strip().rsplit("\n", 1)[-1]
    m = _title_opening(line)
    return m is not None and m.group(0).lower().rstrip().endswith("with")


_TITLE_OPENING_CHARS = 10  # a record's title starts within the first characters of its line


def _title_opening(line: str) -> re.Match[str] | None:
    """Return the first :data:`_RECORD_TITLE` match of ``line`` if it starts within its first
    :data:`_TITLE_OPENING_CHARS` characters (tried at each of those offsets in turn: the same
    match a search would find first, without scanning the rest of a long sentence)."""
    for start in range(min(_TITLE_OPENING_CHARS, len(line)) + 1):
        m = _RECORD_TITLE.match(line, start)
        if m is not None:
            return m
    return None

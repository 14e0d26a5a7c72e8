"""The narrative context relative expressions are resolved against.

:class:`Context` carries, through one text in document order, the narrative's reference time
(the anchor) and the dates named last; the lookups here choose which of them an expression
points back to ("that year", "the same day", a clock time), skipping flashbacks in asides and
the bounds of open ranges. State never outlives one call of :func:`.tagger.tag_text`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from diplomatica.nlp.time import patterns as pt
from diplomatica.nlp.time.atoms import sentence_prefix
from diplomatica.nlp.time.intervals import Abs


@dataclass
class Context:
    """The state of resolution as it moves through one text: the narrative's reference time
    (``anchor``) and the dates named last, against which relative expressions are resolved."""

    doc_date: date | None
    anchor: Abs | None = None
    position: int = 0  # start of the expression being resolved
    text: str = ""
    recent: Abs | None = None  # the last explicit date, even a flashback
    recent_end: int = -1
    recent_aside: bool = False  # the last explicit date sits in a relative clause or parenthesis
    recent_open: bool = False  # the last explicit date bounds an open range ("since 1981")
    recent_until: bool = False  # ... and is its end ("until 2010")
    previous: Abs | None = None  # the date named before ``recent``
    previous_end: int = -1
    last_day: date | None = None  # the last expression naming a single day
    last_day_end: int = -1
    anchor_explicit: bool = False  # the reference time was set by a date stating its year
    anchor_end: int = -1  # where the expression that set the reference time ends
    recent_explicit: bool = False  # the last date named states its year
    last_month: Abs | None = None  # the month of the last expression naming a month or a day
    last_month_end: int = -1

    def sentence_breaks_since(self, offset: int, limit: int = 2) -> int:
        """Number of sentence breaks (at most ``limit``) between ``offset`` and the expression."""
        breaks = 0
        for _ in pt.SENTENCE_BREAK.finditer(self.text, offset, self.position + 1):
            breaks += 1
            if breaks >= limit:
                break
        return breaks


def recent_named_day(ctx: Context) -> date | None:
    """The single day named in this or the previous sentence, if any."""
    if ctx.last_day is not None and ctx.sentence_breaks_since(ctx.last_day_end) <= 1:
        return ctx.last_day
    return None


EVENT_DAY_SENTENCES = 3  # "the day after the attack" looks this many sentences back


def event_reference_day(ctx: Context) -> date | None:
    """The last single day named a few sentences back: the day of the happening that "the day
    after the attack" counts from (later month or year mentions do not date it)."""
    if ctx.last_day is None:
        return None
    breaks = ctx.sentence_breaks_since(ctx.last_day_end, EVENT_DAY_SENTENCES + 1)
    return ctx.last_day if breaks <= EVENT_DAY_SENTENCES else None


def day_reference(ctx: Context) -> date | None:
    """The day a clock time or a part of the day belongs to: a day named in this or the previous
    sentence, else the document date, else the last day named at all."""
    if ctx.last_day is not None and ctx.sentence_breaks_since(ctx.last_day_end) <= 1:
        return ctx.last_day
    return ctx.doc_date or ctx.last_day


def narrative_reference(ctx: Context) -> date | None:
    """The date "that year"/"the same year" points back to: a date named earlier in the same
    or the previous sentence (even a flashback: "had kept embassies since 1966. In January of
    that year ..." is 1966), else the narrative's reference time."""
    if (
        ctx.recent is not None
        and not ctx.recent_until
        and ctx.sentence_breaks_since(ctx.recent_end) <= 1
        and not (ctx.recent_aside and _aside_closed(ctx.text, ctx.recent_end, ctx.position))
    ):
        return ctx.recent.end if ctx.recent.precision != "coarse" else ctx.recent.start
    if (
        ctx.recent_until
        and ctx.previous is not None
        and ctx.sentence_breaks_since(ctx.previous_end) <= 1
    ):
        # "was appointed in August 1989 and held the post until 2010. ... later that year":
        # the bound of a tenure is not the year the narrative speaks of
        return ctx.previous.end if ctx.previous.precision != "coarse" else ctx.previous.start
    if (
        ctx.recent is not None
        and ctx.previous is not None
        and ctx.sentence_breaks_since(ctx.recent_end) == 0
        and ctx.sentence_breaks_since(ctx.previous_end) == 1
    ):
        # "... who came in February 1960. Relations, which X had broken off in 1952, were
        # restored in May of that year": the flashback in this sentence's aside is skipped
        return ctx.previous.end if ctx.previous.precision != "coarse" else ctx.previous.start
    return ctx.anchor.end if ctx.anchor else None


def recent_month(ctx: Context) -> Abs | None:
    """The month named (alone or by one of its days) in this or the previous sentence, if any:
    what "the same month" points back to when a year was named after it ("Early in April X
    denounced the treaty of 1950, which expired the following year. In the same month ...")."""
    if ctx.last_month is not None and ctx.sentence_breaks_since(ctx.last_month_end) <= 1:
        return ctx.last_month
    return None


def recent_reference(ctx: Context) -> Abs | None:
    """The date named in the same or the previous sentence, unless it sits in an aside that
    has closed since ("that month" points back to it even when it is a flashback)."""
    if (
        ctx.recent is not None
        and ctx.sentence_breaks_since(ctx.recent_end) <= 1
        and not (ctx.recent_aside and _aside_closed(ctx.text, ctx.recent_end, ctx.position))
    ):
        return ctx.recent
    return None


def in_aside(text: str, position: int) -> bool:
    """Whether ``position`` lies in a comma-opened relative clause (", which Spain had broken off
    in 1952"), an office held in apposition (", president of Syria from 1971 until his death in
    2000") or an open parenthesis: a flashback outside the main clause's time line."""
    prefix = sentence_prefix(text, position, 160)
    if prefix.rfind("(") > prefix.rfind(")"):
        return True
    if "," not in prefix:
        return False
    phrase = prefix.rsplit(",", 1)[-1]
    if _OFFICE_TAKEN.match(phrase):
        return False  # "X, who took office in January 2004, travelled ... in February of that year"
    return pt.RELATIVE_OPENING.match(phrase) is not None or _office_span(phrase)


# A relative clause telling that its person took office ("who became", "who succeeded his
# father"): the start of the narrative's own time line, not a flashback.
_OFFICE_TAKEN = re.compile(
    r"\s*who\s+(?:took\s+(?:office|power|up\s+(?:his|her)\s+post)|came\s+to\s+power"
    r"|became|succeeded|replaced|was\s+(?:elected|appointed|sworn\s+in|installed)|assumed)\b",
    re.IGNORECASE,
)


_SPAN_WORDS = frozenset(["from", "since", "until", "till"])
_NOT_A_TITLE = frozenset(
    ["and", "but", "or", "then", "while", "when", "after", "before", "in", "on", "by", "at",
     "during", "from", "since", "until", "as", "so", "yet", "with", "for", "to", "the", "a"]
)  # fmt: skip
_TITLE_WORDS = 10  # "president of Syria from 1971 until his death in"


def _office_span(phrase: str) -> bool:
    """Whether the words after a comma are a title and the span it was held ("president of
    Syria from 1971 until his death in", "foreign minister from"): no verb can be told without
    a parse, so the phrase must open with a word that starts no clause and name a span."""
    words = phrase.split()
    if not 1 < len(words) <= _TITLE_WORDS or words[0].lower() in _NOT_A_TITLE:
        return False
    if words[0].lower().endswith(("ed", "ing")):
        return False  # "signed the treaty until", "serving from": a verb, not a title
    return any(w.lower() in _SPAN_WORDS for w in words[1:])


def _aside_closed(text: str, aside_end: int, position: int) -> bool:
    """Whether the relative clause or parenthesis holding a date has closed before ``position``
    (the anaphor then belongs to the main clause, not to the flashback)."""
    between = text[aside_end:position]
    return "," in between or ")" in between or pt.SENTENCE_BREAK.search(between) is not None


PARAGRAPH_BREAK = re.compile(r"\n[^\S\n]*\n")


def earlier_paragraph_year(ctx: Context) -> bool:
    """Whether the narrative's reference time is an earlier year set in an earlier paragraph
    of a dated document: a new paragraph of a record or a news story ("On 12 May ...", "who
    took office on Aug. 10") speaks of the document's own time again, not of the background
    year last named; a paragraph that names that year itself goes on narrating it."""
    if ctx.doc_date is None or ctx.anchor is None or ctx.anchor_end < 0:
        return False
    if ctx.anchor.end.year >= ctx.doc_date.year:
        return False
    return PARAGRAPH_BREAK.search(ctx.text, ctx.anchor_end, ctx.position) is not None


def near_document_date(ctx: Context) -> bool:
    """Whether the narrative's reference time is the document's present: the document date
    itself, or a day or month of the year before it reached without an explicit year ("last
    May", "March 26 last year", "on Tuesday")."""
    if _at_document_date(ctx) or ctx.doc_date is None or ctx.anchor is None:
        return _at_document_date(ctx)
    if ctx.anchor_explicit or ctx.anchor.precision not in ("day", "month"):
        return False
    return ctx.doc_date - timedelta(days=366) <= ctx.anchor.end <= ctx.doc_date


def _at_document_date(ctx: Context) -> bool:
    """Whether the narrative's reference time is still the document date (no other date named
    yet, or only dates of the document's own day)."""
    if ctx.doc_date is None:
        return False
    return ctx.anchor is None or ctx.anchor.start == ctx.doc_date

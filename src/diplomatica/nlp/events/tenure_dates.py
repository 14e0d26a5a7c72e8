"""The dates of tenure statements: which time expressions of a sentence bound which
statement, and how a verb turns a date into a start or an end ("from 1978", "until his death in
1966", "was recalled in 1951")."""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Span, Token

from diplomatica.nlp.events.context import DocContext, TimeMention
from diplomatica.nlp.events.tenure_base import (
    END_WORDS,
    ENDING_EVENTS,
    HELD_VERBS,
    HOLDER_END_VERBS,
    OUSTING_VERBS,
    START_WORDS,
    Candidate,
    has_then,
    lemma_of,
)
from diplomatica.nlp.events.tenure_independence import independence_times
from diplomatica.nlp.events.tenure_links import sentence_times, time_root
from diplomatica.nlp.events.tenure_roles import is_office
from diplomatica.nlp.events.triggers.syntax import opens_with_when
from diplomatica.nlp.types import TimeValue

_ISO = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")


def value_bounds(v: TimeValue) -> tuple[str | None, str | None]:
    """Return ``(start, end)`` of a time value at the precision each end is stated: an open
    range "until April 1969" (value "../1969-04") ends at "1969-04", not at its last day; a term
    bounded by "the end of 1965" is bounded in its last month (its first for "the beginning")."""
    start, end = v.bounds()
    if v.kind != "range" or v.value.count("/") != 1:
        # "took office at the end of 1965": in its last month, "1965-12"
        month = _edge_month(v.text, v.value)
        start = month if month and start == month[:4] else start
        end = month if month and end == month[:4] else end
        return start, end
    left, right = v.value.split("/")
    start = None if left == ".." else (left if _ISO.match(left) else start)
    end = None if right == ".." else (right if _ISO.match(right) else end)
    # "from 1960 until the end of 1980": to "1980-12"
    return _edge_month(v.text, left) or start, _edge_month(v.text, right) or end


# "the end of A" and "the beginning/start of A" (not "late/early A"): the year's last or first
# month bounds a term taken up or left then.
_YEAR_EDGES = re.compile(r"\b(?:(end)|beginning|start) of (?:the year )?(\d{4})\b", re.I)


def _edge_month(text: str, value: str) -> str | None:
    """The month "the end of 1965" ("1965-12") or "the beginning of 1965" ("1965-01") names,
    when ``value`` (of a time expression, or one end of its range) is that year's part and
    ``text`` tells it so; None for any other value ("late 1965")."""
    if not value.endswith(("-LATE", "-EARLY")):
        return None
    for m in _YEAR_EDGES.finditer(text):
        if value == f"{m.group(2)}-{'LATE' if m.group(1) else 'EARLY'}":
            return f"{m.group(2)}-{'12' if m.group(1) else '01'}"
    return None


def time_value(tm: TimeMention, ctx: DocContext) -> TimeValue:
    """'from 1978' alone opens a term: a start without an end ('since' likewise)."""
    before = time_preposition(tm, ctx)
    v = tm.value
    if (before in ("from", "since") or _since_event(tm, ctx)) and (
        v.kind == "date" and v.granularity != "range"
    ):
        start, _end = v.bounds()
        return replace(v, kind="range", start=start, end=None)
    if (before in ("until", "till") or _until_end_event(tm, ctx)) and (
        v.kind == "date" and v.granularity != "range"
    ):
        _start, end = v.bounds()
        return replace(v, kind="range", start=None, end=end)
    return v


def time_preposition(tm: TimeMention, ctx: DocContext) -> str:
    """The preposition a time expression depends on: the word before it, else the head of its
    root ("since last November", where "last" is outside the expression)."""
    doc = ctx.doc
    before = doc[tm.start - 1].lower_ if tm.start > 0 else ""
    if before in ("from", "since", "until", "till"):
        return before
    root = time_root(tm, doc[:])
    if root.dep_ == "pobj" and root.head.i < tm.start and root.head.dep_ == "prep":
        between = doc[root.head.i + 1 : tm.start]
        if all(t.dep_ in ("amod", "det", "advmod") for t in between):
            return root.head.lower_
    return before


# events a term can be counted from ("from independence in 1975", "since the coup of 1969")
_STARTING_EVENTS = frozenset(
    [
        "independence",
        "founding",
        "foundation",
        "creation",
        "establishment",
        "election",
        "appointment",
        "accession",
        "coup",
        "revolution",
        "inauguration",
        "liberation",
        "proclamation",
        "arrival",
        "unification",
    ]
)


def _since_event(tm: TimeMention, ctx: DocContext) -> bool:
    """'since the founding of the Republic in 1949', 'since his election in May 1981', 'since the
    general election of June 1983', 'from independence in November 1975', 'since he seized
    power in 1968': the date of the event the term started with."""
    if tm.start < 2 or ctx.doc[tm.start - 1].lower_ not in ("in", "on", "of"):
        return False
    verb = ctx.doc[tm.start - 1].head
    if verb.pos_ in ("VERB", "AUX") and any(
        c.dep_ == "mark" and c.lower_ == "since" for c in verb.children
    ):
        return True  # "President since he seized power in October 1968"
    before = ctx.doc[tm.start - 2]
    if (
        lemma_of(before) in _STARTING_EVENTS
        and before.dep_ == "pobj"
        and before.head.lower_ in ("from", "since")
    ):
        return True  # the parser often hangs "in <date>" on the verb, not on the event noun
    node = ctx.doc[tm.start - 1].head
    for _ in range(4):
        if node.dep_ == "pobj" and node.head.lower_ == "since":
            return True
        if node.dep_ not in ("pobj", "prep") or node.head.i == node.i:
            return False
        node = node.head
    return False


# "until Y was sworn in / inaugurated": the successor taking office ends the term
_SUCCESSOR_OATHS = frozenset(["swear", "inaugurate"])
# "until he died / stepped down / fell / was overthrown / was defeated"
_UNTIL_CLAUSE_VERBS = (
    END_WORDS | HOLDER_END_VERBS | OUSTING_VERBS | {"fall", "defeat", "remove"} | _SUCCESSOR_OATHS
)


def until_clause(verb: Token) -> bool:
    """'until he stepped down', 'until he was overthrown': a clause that ends a term."""
    return (
        verb.pos_ in ("VERB", "AUX")
        and lemma_of(verb) in _UNTIL_CLAUSE_VERBS
        and any(c.dep_ == "mark" and c.lower_ in ("until", "till") for c in verb.children)
    )


def _until_end_event(tm: TimeMention, ctx: DocContext) -> bool:
    """'until his death in 1966', 'to his retirement in 1980', 'until the coup of 1969': the
    date of the event that ended the term."""
    if tm.start < 2 or ctx.doc[tm.start - 1].lower_ not in ("in", "on", "of"):
        return False
    prep = ctx.doc[tm.start - 1]
    if until_clause(prep.head):
        return True  # "until he stepped down in 1985", "until she died in 1990"
    # the parser often hangs "in <date>" on the verb rather than on the noun just before it
    return any(
        lemma_of(event) in ENDING_EVENTS
        and event.dep_ == "pobj"
        and event.head.lower_ in ("until", "till", "to")
        for event in map(_of_head, (prep.head, ctx.doc[prep.i - 1]))
    )


def _of_head(noun: Token) -> Token:
    """The event noun an "of" phrase completes ("the outbreak of war": "outbreak"), else
    ``noun`` itself."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN":
        return noun.head.head
    return noun


def assign_times(cands: list[Candidate], sent: Span, ctx: DocContext) -> None:
    """Give each time expression to the statement whose verb or office it hangs on."""
    times = sentence_times(sent, ctx)
    for tm, path in times:
        if _since_the_first(tm, path, ctx):
            continue
        if path and until_clause(path[-1]):
            path = [*path, path[-1].head]  # "was President from A until he died in B"
        # an anchor inside the expression ("in office since 1946": "since") owns it first
        inside = [t for t in ctx.doc[tm.start : tm.end] if t.lower_ in ("since", "from")]
        for node in [*inside, *path]:
            owners = [c for c in cands if any(a.i == node.i for a in c.anchors)]
            if owners:
                best = max(c.priority for c in owners)
                for c in owners:
                    if c.priority == best:
                        c.times.append(time_value(tm, ctx))
                        c.time_pos.append(tm.start)
                break
    for c in cands:
        if c.priority == 2:
            _adjacent_times(c, times, ctx)
        if not any(value_bounds(v)[0] for v in c.times):
            c.times.extend(independence_times(c.anchors, ctx, c.served or c.person.state))
        if c.split_at is not None:
            _split_times(c, cands)
        verb = c.anchors[0]
        if not c.times and not c.titled:
            c.times = when_times(verb, ctx)
        started = any(value_bounds(v)[0] for v in c.times)
        if started or verb.dep_ != "conj" or c.titled or c.own_dates or has_then(verb):
            continue
        # "was recalled in September 1951 and appointed Deputy Foreign Minister"; "deposed his
        # cousin in A and became Emir, a post he held until B" (the end its own, the start not)
        c.times += [
            tm.value
            for tm, path in times
            if path and path[-1].i == verb.head.i and tm.value.granularity != "range"
        ]


def _since_the_first(tm: TimeMention, path: list[Token], ctx: DocContext) -> bool:
    """'confirmed in 2008 as the first ambassador to P since 1972': a "since" date on an office
    qualified as the first dates the gap before the term, not the term."""
    doc = ctx.doc
    since = doc[tm.start].lower_ == "since" or (
        tm.start > 0 and doc[tm.start - 1].lower_ == "since"
    )
    return since and any(
        is_office(n)
        and any(c.dep_ == "amod" and c.lower_ == "first" for c in n.children)
        and any(c.dep_ == "det" and c.lower_ == "the" for c in n.children)  # not "First Secretary"
        for n in path
    )


def when_times(verb: Token, ctx: DocContext) -> list[TimeValue]:
    """'only in 1976, when X was sent to P': a "when" clause is dated by the time it modifies."""
    if verb.dep_ not in ("relcl", "advcl") or not opens_with_when(verb):
        return []
    head = verb.head
    return [tm.value for tm in ctx.times_in(head.i, head.i + 1) if tm.start <= head.i < tm.end]


def _adjacent_times(
    c: Candidate, times: list[tuple[TimeMention, list[Token]]], ctx: DocContext
) -> None:
    """'X, Foreign Minister from 1970 to 1976, ...': a date closing an apposition belongs to it
    even when the parser hung it on the main verb."""
    office = c.anchors[0]
    edge = office.right_edge.i
    if edge + 1 < len(ctx.doc) and ctx.doc[edge + 1].text in ("(", "["):
        edge += 1  # "X's tenure as ambassador (1970-74)"
    tail = _appended_tail(edge + 1, ctx)
    for tm, _path in times:
        after = ctx.doc[tm.end] if tm.end < len(ctx.doc) else None
        adjacent = tm.start == edge + 1 and (after is None or after.is_punct)
        if tm.start in c.time_pos or not (c.times == [] or tm.start < tail):
            continue
        if adjacent or edge + 1 < tm.start < tail:
            c.times.append(time_value(tm, ctx))
            c.time_pos.append(tm.start)


def _appended_tail(first: int, ctx: DocContext) -> int:
    """'X, Prime Minister of A from D1 until his dismissal on D2.': the dates an apposition
    ends with, up to the next punctuation, when they open with "from"/"until" and no verb
    intervenes. Returns the index ending the tail (``first`` when there is none)."""
    doc = ctx.doc
    if first >= len(doc) or doc[first].lower_ not in ("from", "since", "until", "till"):
        return first
    end = first
    sent_end = doc[first].sent.end
    # "President since he seized power in 1968": a since-clause dates the apposition too
    clause = doc[first].lower_ == "since" and doc[first].dep_ == "mark"
    while end < sent_end and not doc[end].is_punct:
        verb = doc[end]
        own_clause = clause and verb.i == doc[first].head.i
        # "head of state from A until he fled the country in B": the clause ending the term
        if verb.pos_ in ("VERB", "AUX") and not (own_clause or until_clause(verb)):
            return first
        end += 1
    return end


def _split_times(second: Candidate, cands: list[Candidate]) -> None:
    """Dates after the second host ("... and to Japan from 1972 to 1976") are its own."""
    assert second.split_at is not None
    for c in cands:
        if c is second or c.person is not second.person:
            continue
        keep = [(v, p) for v, p in zip(c.times, c.time_pos, strict=True) if p < second.split_at]
        moved = [(v, p) for v, p in zip(c.times, c.time_pos, strict=True) if p > second.split_at]
        if moved:
            c.times, c.time_pos = [v for v, _ in keep], [p for _, p in keep]
            second.times.extend(v for v, _ in moved)
            second.time_pos.extend(p for _, p in moved)


def anchored_times(anchors: list[Token], sent: Span, ctx: DocContext) -> list[TimeValue]:
    """Return the values of the time expressions of ``sent`` that hang on one of ``anchors``."""
    wanted = {a.i for a in anchors}
    return [
        time_value(tm, ctx)
        for tm, path in sentence_times(sent, ctx)
        if any(n.i in wanted for n in path)
    ]


def separate_terms(times: list[TimeValue]) -> list[list[TimeValue]]:
    """'was prime minister from 1924 to 1926, and again from 1929 until his death in 1942': the
    dates of one statement split into terms, a new one at each start stated after the current
    term's end (a closed range, an end); one group when no start follows an end."""
    groups: list[list[TimeValue]] = [[]]
    last_end: str | None = None
    for v in times:
        if v.kind in ("duration", "set") or (v.granularity != "range" and v.kind != "range"):
            groups[-1].append(v)
            continue
        start, end = value_bounds(v)
        if start is not None and last_end is not None and start > last_end:
            groups.append([])
            last_end = None
        groups[-1].append(v)
        last_end = end or last_end
    return groups


def term_bounds(times: list[TimeValue], verb_lemma: str) -> tuple[str | None, str | None]:
    """Return the (start, end) of a term from its ``times`` (the first value of each kind wins):
    a range gives both; a date is the start after a verb of taking up the post (``verb_lemma``
    in START_WORDS), the end after one of leaving it (END_WORDS); a decade bounds a held office
    both ways; durations and recurring sets give nothing."""
    start: str | None = None
    end: str | None = None
    for v in times:
        if v.kind == "duration" or v.kind == "set":
            continue
        s, e = value_bounds(v)
        if v.granularity == "range" or v.kind == "range":
            start, end = start or s, end or e
        elif verb_lemma in END_WORDS:
            end = end or s
        elif verb_lemma in START_WORDS:
            start = start or s
        elif "X" in v.value and verb_lemma in HELD_VERBS:
            # "was ambassador in the early 1960s": a period stated for a held office bounds it
            start, end = start or s, end or e
    return start, end


def when_clause_date(verb: Token, ctx: DocContext) -> str | None:
    """'has led Soviet diplomacy since May 1939, when he succeeded X': a "when" clause right
    after a date (a comma between) takes place at that date; returns its start."""
    when = next((c for c in verb.children if c.dep_ == "advmod" and c.lower_ == "when"), None)
    if when is None or when.i >= verb.i:
        return None
    before = when.i - 1 if when.i > 0 and ctx.doc[when.i - 1].lower_ == "," else when.i
    for tm in ctx.times_in(max(0, before - 8), before):
        if tm.end == before and tm.value.kind in ("date", "range"):
            start, end = value_bounds(tm.value)
            return start or end
    return None


# what says a clause happened just before its head: "days after", "hours after", "shortly after"
_SHORT_SPANS = frozenset(["day", "hour", "shortly", "just", "soon"])


def shortly_after_date(verb: Token, sent: Span, ctx: DocContext) -> str | None:
    """'restored relations in November 1970, days after X took office': a clause told as just
    before the dated act it modifies took place in the same month (returned at most at month
    precision); None for any other clause."""
    if verb.dep_ != "advcl" or not any(
        c.dep_ == "mark" and c.lower_ == "after" for c in verb.children
    ):
        return None
    if not any(
        c.dep_ in ("npadvmod", "advmod") and lemma_of(c) in _SHORT_SPANS for c in verb.children
    ):
        return None
    for v in anchored_times([verb.head], sent, ctx):
        if v.kind == "date":
            start, _end = value_bounds(v)
            return start[:7] if start else None
    return None

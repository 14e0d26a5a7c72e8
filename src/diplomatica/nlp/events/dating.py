"""The date of an event: which time expression in its sentence (or before it) the trigger
attaches to, and the further dates of a repeated act."""

from __future__ import annotations

import calendar
import re
from dataclasses import replace
from datetime import date, timedelta

from spacy.tokens import Span, Token

from diplomatica.nlp.events.context import DocContext, TimeMention
from diplomatica.nlp.events.triggers import Trigger
from diplomatica.nlp.events.triggers.syntax import has_own_subject
from diplomatica.nlp.time.intervals import count_of
from diplomatica.nlp.types import TimeValue

_TEMPORAL_PREPS = frozenset(["on", "in", "during", "since", "until", "by", "from", "between"])
# Nouns that are part of a time expression ("the end of January", "the autumn of 1972").
_TEMPORAL_NOUNS = frozenset(
    [
        "end",
        "beginning",
        "start",
        "middle",
        "course",
        "spring",
        "summer",
        "autumn",
        "fall",
        "winter",
        "half",
        "part",
        "turn",
        "rest",
        "close",
        "eve",
        "day",
        "week",
        "month",
        "year",
        "decade",
        "period",
        "time",
        "quarter",
    ]
)


def _describes_object(tm: TimeMention, trigger: Trigger, ctx: DocContext) -> bool:
    """Return whether a time expression modifies a noun other than the trigger ("terminate its
    1954 treaty", "support for the 1972 ABM Treaty"): it dates that thing, not the event.

    A time introduced by a temporal preposition ("On 4 May 1970 Chile and Peru ...") is an
    adverbial even when the parser glues it to the next noun.
    """
    if tm.start > 0 and ctx.doc[tm.start - 1].lower_ in _TEMPORAL_PREPS:
        return False
    if _opens_sentence(tm, ctx):
        return False  # "Later that year X became ...": the parse may glue it to the subject
    head = ctx.doc[tm.start]
    for t in ctx.doc[tm.start : tm.end]:
        if t.head.i < tm.start or t.head.i >= tm.end:
            head = t
            break
    gov = head.head
    if head.dep_ == "pobj" and gov.lower_ == "of":
        gov = gov.head
        if gov.lemma_.lower() in _TEMPORAL_NOUNS:
            return False
    elif head.dep_ not in ("nummod", "compound", "amod", "nmod", "poss"):
        return False
    if gov.dep_ == "pobj" and gov.head.lower_ in _TEMPORAL_PREPS | {"after", "before"}:
        return False  # "suspended during last December's war": the war dates the act
    return gov.pos_ in ("NOUN", "PROPN") and gov.i != trigger.token.i


_SIDE_WORDS = frozenset(["later", "earlier"])


def _opens_sentence(tm: TimeMention, ctx: DocContext) -> bool:
    """Return whether a relative time opens its sentence, alone or after "later"/"earlier"
    ("Later that year ...", "That autumn ...")."""
    sent_start = ctx.doc[tm.start].sent.start
    words = [t for t in ctx.doc[sent_start : tm.start] if not (t.is_punct or t.is_space)]
    opening = not words or (len(words) == 1 and words[0].lower_ in _SIDE_WORDS)
    return opening and tm.value.resolved_from_context


_DESCRIPTIVE = frozenset(["relcl", "appos", "acl"])


def _time_head(tm: TimeMention, ctx: DocContext) -> Token:
    """Return the token through which a time expression attaches to the rest of the parse."""
    for t in ctx.doc[tm.start : tm.end]:
        if t.head.i < tm.start or t.head.i >= tm.end:
            return t
    return ctx.doc[tm.start]


def _describes_actor(tm: TimeMention, trigger: Trigger, ctx: DocContext) -> bool:
    """Return whether a time lies in a relative clause, apposition or participle about a
    participant ("Tito, who had been President since 1953, ...", "X, First Secretary since
    1953, ..."), or in a "since" phrase after a noun subject: it dates that person's office or
    past, not the event."""
    own = {trigger.token.i, trigger.anchor.i}
    if _ends_apposition(tm, trigger, ctx):
        return True
    node = _time_head(tm, ctx)
    since = node if node.lower_ == "since" else node.head
    if since.lower_ == "since" and since.dep_ == "prep" and node.dep_ in ("pobj", "prep"):
        noun = since.head
        if noun.dep_ in ("nsubj", "nsubjpass", "appos") and noun.i < tm.start:
            return noun.i not in own
    for _ in range(12):
        if node.i in own or node.head.i == node.i:
            return False
        if node.dep_ in _DESCRIPTIVE and node.head.i not in own:
            inside = node.left_edge.i <= trigger.token.i <= node.right_edge.i
            background = _background(node) and not _dated_step(tm, node)
            return not inside and (background or tm.value.end is None)
        node = node.head
    return False


_RELATIVE_WORDS = frozenset(["who", "which", "whom", "whose"])


def _bounds_a_state_aside(tm: TimeMention, trigger: Trigger, ctx: DocContext) -> bool:
    """Return whether an open range ("since June of that year", "until 2014") lies in a phrase
    set off by a comma from the trigger's clause: a relative clause (", who had been elected in
    May and served until 2014,") or a verbless phrase after the trigger ("met President X, in
    office since June"): it bounds someone's state, not the act, whatever the parse says."""
    value = tm.value
    if value.start is not None and value.end is not None:
        return False
    doc, trig = ctx.doc, trigger.token.i
    sent = doc[tm.start].sent
    comma = next((t.i for t in reversed(doc[sent.start : tm.start]) if t.text == ","), None)
    if comma is None:
        return False
    if doc[comma + 1].lower_ in _RELATIVE_WORDS:
        closing = next((t.i for t in doc[tm.end : sent.end] if t.text in (",", ";")), sent.end)
        return not comma < trig < closing
    phrase = doc[comma + 1 : tm.start]
    # not the last item of a list ("supplied weapons, advisers and rice since 1975")
    return trig < comma and not any(
        t.pos_ in ("VERB", "AUX") or t.dep_ in ("cc", "conj") for t in phrase
    )


def _ends_apposition(tm: TimeMention, trigger: Trigger, ctx: DocContext) -> bool:
    """Return whether a time closes an apposition that the parser left it outside of
    ("Nyerere, President of Tanzania since 1964, used ...", "by Gromyko, Minister of Foreign
    Affairs since February, and by ..."): the words before it belong to an appositive title
    and a comma (or the sentence end) follows it, so it dates that person's office."""
    doc = ctx.doc
    if tm.start == 0 or tm.end >= len(doc) or not doc[tm.end].is_punct:
        return False
    node = doc[tm.start - 1]
    for _ in range(4):
        if node.dep_ == "appos":
            break
        if node.head.i == node.i or node.pos_ in ("VERB", "AUX"):
            return False
        node = node.head
    else:
        return False
    if node.dep_ != "appos" or not (node.left_edge.i <= tm.start - 1 <= node.right_edge.i):
        return False
    opener = doc[node.left_edge.i - 1] if node.left_edge.i > 0 else None
    inside = node.left_edge.i <= trigger.token.i < tm.end
    return opener is not None and opener.text == "," and not inside


def _dated_step(tm: TimeMention, clause: Token) -> bool:
    """Return whether a clause with a stative verb is dated to a single day ("the delegation
    Raab led there on 11 April 1955"): a step of the narrative, not a state of the person."""
    if clause.pos_ not in ("VERB", "AUX") or tm.value.granularity != "day":
        return False
    return not any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in clause.children)


_STATIVE = frozenset(["be", "remain", "serve", "head", "hold", "lead", "chair"])


def _background(clause: Token) -> bool:
    """Return whether a descriptive clause states a background fact about its noun rather than
    a step of the narrative: an apposition ("First Secretary since 1953"), a perfect ("who had
    served in Riyadh", "which had supplied arms since 1975") or a state ("who was President")."""
    if clause.dep_ == "appos" or clause.pos_ not in ("VERB", "AUX"):
        return True
    if clause.lemma_.lower() in _STATIVE:
        return True
    return any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in clause.children)


def _in_description(tm: TimeMention, ctx: DocContext) -> bool:
    """Return whether a time lies in a relative clause or an apposition ("the treaty of 1950,
    which lapsed in 1980"), or dates a noun after a comma ("the first since the treaty of
    1950"): it dates a thing, not the narrative a later sentence goes on with."""
    node = _time_head(tm, ctx)
    for _ in range(12):
        if node.head.i == node.i:
            return False
        if node.dep_ in _DESCRIPTIVE:
            return node.dep_ != "acl" or _background(node)
        node = node.head
    return False


_FUTURE_AUX = frozenset(["would", "will", "shall"])


def _announced_future(tm: TimeMention, ctx: DocContext) -> bool:
    """Return whether a time dates a clause about the future ("announced that it would end its
    recognition at the end of 1997"): the plan's date, not when the next act happened."""
    verb = _clause_verb(tm, ctx)
    return verb.pos_ in ("VERB", "AUX") and any(
        c.dep_ == "aux" and c.lower_ in _FUTURE_AUX for c in verb.children
    )


def _names_a_thing(tm: TimeMention, ctx: DocContext) -> bool:
    """Return whether a time is part of a noun's name ("the alliance treaty of 1950", "the 1972
    ABM Treaty"): it dates that thing, not the narrative a later sentence goes on with. A
    time after a temporal preposition ("On 21 December 1972 Australia ...") is an adverbial
    even when the parser glues it to the next noun."""
    if tm.start > 0 and ctx.doc[tm.start - 1].lower_ in _TEMPORAL_PREPS:
        return False
    head = _time_head(tm, ctx)
    noun = head.head
    if head.dep_ == "pobj" and noun.lower_ == "of":
        noun = noun.head
    elif head.dep_ not in ("nummod", "compound", "amod", "nmod"):
        return False
    return noun.pos_ in ("NOUN", "PROPN") and noun.lemma_.lower() not in _TEMPORAL_NOUNS


def _governors(anchor: Token) -> set[int]:
    """Return the verbs whose complement the anchor is ("decided not to renew", "agreed to
    establish"): their time expressions date the event."""
    out: set[int] = set()
    node = anchor
    while node.dep_ == "xcomp" and node.head.i != node.i and len(out) < 3:
        node = node.head
        out.add(node.i)
    return out


def _main_clause(anchor: Token) -> bool:
    """Return whether ``anchor`` is the sentence root or reaches it through coordinated or
    complement verbs ("agreed to establish", "travelled and met")."""
    node = anchor
    for _ in range(4):
        if node.dep_ == "ROOT" or node.head.i == node.i:
            return True
        if node.dep_ not in ("conj", "xcomp", "ccomp"):
            return False
        node = node.head
    return False


def _clause_initial(tm: TimeMention, sent: Span) -> bool:
    """``On 4 May 1970 X and Y ...``, ``In 1984 we ...``: a time opening the sentence."""
    first = tm.start
    if first > sent.start and sent.doc[first - 1].lower_ in _TEMPORAL_PREPS:
        first -= 1
    words = [t for t in sent.doc[sent.start : first] if not (t.is_space or t.is_punct)]
    return not words


def _crosses_semicolon(tm: TimeMention, trigger: Trigger, ctx: DocContext) -> bool:
    lo, hi = sorted((tm.start, trigger.token.i))
    return any(t.text == ";" for t in ctx.doc[lo:hi])


def _time_score(tm: TimeMention, trigger: Trigger, ctx: DocContext, sent: Span) -> float:
    """Lower is better: attached to the trigger noun, then to its verb (or opening the
    sentence whose main clause states the event), then nearest; another clause across a
    semicolon last."""
    score = _attachment_score(tm, trigger, ctx)
    if score >= 10 and _clause_initial(tm, sent) and _main_clause(trigger.anchor):
        score = 0.6 + abs(tm.start - trigger.token.i) * 0.01
    if _crosses_semicolon(tm, trigger, ctx):
        score += 20
    if score >= 10 and _dates_later_clause(tm, trigger, ctx):
        score += 5
    if score >= 10 and (tm.value.start is None or tm.value.end is None):
        # an open range on another word ("the first visit since 1960", "served until 1993")
        # states how long something lasted, not when this act happened
        score += 30
    return score


def _clause_verb(tm: TimeMention, ctx: DocContext) -> Token:
    """Return the verb a time expression hangs on (or the highest word within four steps)."""
    node = _time_head(tm, ctx)
    for _ in range(4):
        if node.pos_ in ("VERB", "AUX") or node.head.i == node.i:
            break
        node = node.head
    return node


def _dates_later_clause(tm: TimeMention, trigger: Trigger, ctx: DocContext) -> bool:
    """Return whether a time after the trigger hangs on a later coordinated clause with a
    subject of its own ("On August 21 he told a crowd that ..., and on August 24 he met X"):
    it dates that clause, not the words before it."""
    if tm.start < trigger.token.i:
        return False
    node = _clause_verb(tm, ctx)
    if node.dep_ != "conj" or node.pos_ not in ("VERB", "AUX") or not has_own_subject(node):
        return False
    return not node.left_edge.i <= trigger.token.i <= node.right_edge.i


def _anaphor_of_later_clause(tm: TimeMention, trigger: Trigger, ctx: DocContext) -> bool:
    """Return whether a time counted from context ("soon afterwards", "two days later") hangs
    on a later coordinated clause with a subject of its own ("X withdrew its recognition, and
    the embassy was closed soon afterwards"): it places that clause after the trigger's act,
    so it cannot date the act itself."""
    if not tm.value.resolved_from_context or not _dates_later_clause(tm, trigger, ctx):
        return False
    # the trigger's verb may sit in that clause while its noun lies before it ("broken off
    # relations ..., and that relations were not restored until April 3")
    clause = _clause_verb(tm, ctx)
    return not clause.left_edge.i <= trigger.anchor.i <= clause.right_edge.i


def _attachment_score(tm: TimeMention, trigger: Trigger, ctx: DocContext) -> float:
    doc = ctx.doc
    head = doc[tm.start]
    for t in doc[tm.start : tm.end]:
        if t.head.i < tm.start or t.head.i >= tm.end:
            head = t
            break
    anchors = {trigger.anchor.i, trigger.token.i} | _governors(trigger.anchor)
    node = head
    for _ in range(6):
        if node.i == trigger.token.i != trigger.anchor.i:
            # attached to the noun itself ("a treaty with Poland on 7 December"): its own date
            return abs(tm.start - trigger.token.i) * 0.001
        if node.i in anchors:
            return 0.5 + abs(tm.start - trigger.token.i) * 0.01
        if (
            node.pos_ in ("VERB", "AUX")
            and node.head.i != node.i
            and node.dep_ not in ("aux", "auxpass", "advcl", "conj")
        ):
            break
        if node.dep_ == "conj" and node.pos_ in ("VERB", "AUX") and has_own_subject(node):
            break  # "decided not to renew it, and it expired on D": D dates the second clause
        if node.head.i == node.i:
            break
        node = node.head
    return 10.0 + abs(tm.start - trigger.token.i)


_FIRST_WORDS = frozenset(["first", "last"])


def _first_since(tm: TimeMention, ctx: DocContext) -> bool:
    """Return whether an open range is the point of comparison of a "first (time) since"
    phrase ("exchanged ambassadors for the first time since 1962", "the first visit since
    1960"): it says when the act last happened, not when this one did."""
    if tm.value.end is not None or tm.value.start is None:
        return False
    words = ctx.doc[max(0, tm.start - 5) : tm.start + 1]
    if not any(t.lower_ == "since" for t in words):
        return False
    return any(t.lower_ in _FIRST_WORDS for t in words)


def _usable(value: TimeValue) -> bool:
    # a set of years ("in 1972 and 1973") dates the event by its span
    return value.kind in ("date", "range", "set") and (
        value.start is not None or value.end is not None
    )


def _when_clause_time(trigger: Trigger, cands: list[TimeMention]) -> TimeValue | None:
    """Return the time a "when" clause holding the trigger hangs on ("served until 1978, when
    he was succeeded by X", "has bought wheat since 1961, when the first contract was
    signed"), as the point it names: the act happened then, not over the open range."""
    node = trigger.anchor
    for _ in range(4):
        if node.dep_ == "relcl" and any(c.lower_ == "when" for c in node.children):
            head = node.head.i
            tm = next((t for t in cands if t.start <= head < t.end), None)
            return _closed(tm.value) if tm is not None else None
        if node.dep_ not in ("conj", "xcomp") or node.head.i == node.i:
            return None
        node = node.head
    return None


_BEGIN_VERBS = frozenset(["begin", "start", "open", "resume", "commence"])
_END_VERBS = frozenset(["end", "break", "conclude", "close", "finish", "collapse", "stall"])


def _through_end(
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
    later = [t for t in cands if _attached_to(t, ends[0], ctx) and t.value.end]
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


_PROCESS_NOUNS = frozenset(
    ["talks", "negotiation", "negotiations", "discussions", "consultations", "conference"]
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
        verb = _time_head(chosen, ctx).head.head
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not subjects or subjects[0].lower_ not in _PROCESS_NOUNS:
            return None
        noun = subjects[0]
    verb = noun.head
    if verb.lemma_.lower() not in _BEGIN_VERBS or not _attached_to(chosen, verb, ctx):
        return None
    return verb


def _attached_to(tm: TimeMention, verb: Token, ctx: DocContext) -> bool:
    """Return whether a time expression hangs on ``verb`` (through its preposition)."""
    node = _time_head(tm, ctx)
    for _ in range(3):
        if node.i == verb.i:
            return True
        if node.head.i == node.i:
            return False
        node = node.head
    return False


_TENURE_VERBS = frozenset(["serve", "remain", "stay"])
_AFTERWARDS = frozenset(["then", "later", "afterwards", "subsequently"])


def _tenure_point(tm: TimeMention, trigger: Trigger, ctx: DocContext) -> TimeValue | None:
    """Return the bound of a tenure range that an appointment starts or follows: "became
    ambassador, serving from 1962 to 1966" (the appointment: 1962), "served in Paris from 1964
    to 1973 and was then sent to Washington" (the new post: 1973); None otherwise."""
    value = tm.value
    if value.kind != "range" or not value.start or not value.end:
        return None
    if value.start[:4] == value.end[:4]:
        return None
    verb = _time_head(tm, ctx)
    for _ in range(4):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.lemma_.lower() not in _TENURE_VERBS or verb.i == trigger.anchor.i:
        return None
    anchor = trigger.anchor
    bound = value.value.split("/")
    if verb.head.i == anchor.i and verb.dep_ in ("advcl", "xcomp") and verb.tag_ == "VBG":
        return _closed(replace(value, value=f"{bound[0]}/..", end=None))
    after = any(c.dep_ == "advmod" and c.lower_ in _AFTERWARDS for c in anchor.children)
    if anchor.dep_ == "conj" and anchor.head.i == verb.i and after:
        return _closed(replace(value, value=f"../{bound[-1]}", start=None))
    return None


_AFTER_WORDS = frozenset(["after", "following"])
_SPAN_DETERMINERS = frozenset(["the", "those", "these", "its", "their"])


def _after_phrase(tm: TimeMention, ctx: DocContext) -> Token | None:
    """Return the "after" of "after 1977" or of "after the war of 1967", else None."""
    first = ctx.doc[tm.start]
    if first.lower_ in _AFTER_WORDS:
        return first
    head = _time_head(tm, ctx)
    if head.dep_ != "pobj" or head.head.lower_ not in ("of", "in"):
        return None
    noun = head.head.head
    if noun.dep_ != "pobj" or noun.head.lower_ not in _AFTER_WORDS:
        return None
    return noun.head


def _years_after(tm: TimeMention, ctx: DocContext) -> TimeValue | None:
    """Return the span "the decade after 1977" or "the three years after the war of 1967"
    names: from that year to the year the count reaches (1977/1987, 1967/1970); None for
    other times."""
    prep = _after_phrase(tm, ctx)
    years = re.findall(r"\b\d{4}\b", tm.value.text)
    if prep is None or not years:
        return None
    if prep.i < 3:
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
    if count is None or not 1 < count <= 30:
        return None
    first = int(years[-1])
    name = f"{first}/{first + count}"
    return TimeValue(f"{' '.join(words)} {tm.value.text}", name, f"{first}-01-01",
                     f"{first + count}-12-31", "range", "range", True)  # fmt: skip


_BOUND_PREPS = {"after": "after", "following": "after", "before": "before", "until": "before"}


def _bound_side(tm: TimeMention, trigger: Trigger, ctx: DocContext) -> str | None:
    """Return "after"/"before" when a time dates a noun that an "after"/"before" phrase names
    ("after the battles of 1987 and 1988", "before the war of 1967"): the event lies after
    (before) that time, it did not happen in it; None otherwise."""
    head = _time_head(tm, ctx)
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


def _bounded(value: TimeValue, side: str) -> TimeValue:
    """Return the open range an "after"/"before" phrase makes of a time: from its last point on
    ("after the battles of 1987 and 1988" -> 1988/..), or up to its first."""
    bound = value.value.replace(",", "/").split("/")
    if side == "after" and value.end:
        return replace(value, value=f"{bound[-1]}/..", start=value.end[:4] + "-01-01"
                       if value.granularity == "year" else value.end, end=None,
                       granularity="range", kind="range")  # fmt: skip
    if side == "before" and value.start:
        return replace(value, value=f"../{bound[0]}", start=None, granularity="range",
                       kind="range")  # fmt: skip
    return value


_SPAN_PREPS = frozenset(["over", "for", "during"])
_CLAUSE_BREAKS = frozenset([",", ";", ":", "and", "but", "while", "whereas", "which", "who"])


def _same_clause(tm: TimeMention, trigger: Trigger, ctx: DocContext) -> bool:
    """Return whether nothing that opens another clause (a comma, "and", "which") stands
    between a time expression and the trigger (the parse often misplaces durations)."""
    lo, hi = (
        (tm.end, trigger.token.i) if tm.end <= trigger.token.i else (trigger.token.i + 1, tm.start)
    )
    return not any(t.lower_ in _CLAUSE_BREAKS for t in ctx.doc[lo:hi])


_MAX_SPAN_DAYS = 14


def _over_days(value: TimeValue, trigger: Trigger, sent: Span, ctx: DocContext) -> TimeValue | None:
    """Return the span of days an act dated to one day lasted when its verb states how long
    ("arrived on 11 April, and over four days it negotiated with Molotov", "talked for three
    days"): from that day to the day that many days later; None otherwise."""
    if value.granularity != "day" or value.kind != "date" or value.start is None:
        return None
    for tm in ctx.times_in(sent.start, sent.end):
        match = re.fullmatch(r"P(\d+)D", tm.value.value)
        if match is None or tm.value.kind != "duration" or tm.start == 0:
            continue
        days = int(match.group(1))
        if not 1 < days <= _MAX_SPAN_DAYS:
            continue
        before = ctx.doc[tm.start - 1].lower_
        first = ctx.doc[tm.start].lower_
        if before not in _SPAN_PREPS and first not in _SPAN_PREPS:
            continue
        if not _same_clause(tm, trigger, ctx):
            continue
        start = date.fromisoformat(value.start[:10])
        end = (start + timedelta(days=days)).isoformat()
        return TimeValue(f"{value.text} .. {tm.value.text}", f"{start.isoformat()}/{end}",
                         start.isoformat(), end, "range", "range", True)  # fmt: skip
    return None


_NEXT_WORDS = frozenset(["next", "following", "ensuing", "subsequent"])
_MAX_SPAN_YEARS = 30


def _next_years(
    value: TimeValue, trigger: Trigger, sent: Span, ctx: DocContext
) -> TimeValue | None:
    """Return the years an act lasted when its clause says "for the next ten years" or "over
    the following twelve years" after the date it starts from: that date's year to the year
    the count reaches; None otherwise."""
    if value.kind != "date" or value.start is None:
        return None
    for tm in ctx.times_in(sent.start, sent.end):
        match = re.fullmatch(r"P(\d+)Y", tm.value.value)
        if match is None or tm.value.kind != "duration" or tm.start < 2:
            continue
        words = [t.lower_ for t in ctx.doc[tm.start - 2 : tm.start]]
        if words[0] != "the" or words[1] not in _NEXT_WORDS or not _same_clause(tm, trigger, ctx):
            continue
        years = int(match.group(1))
        if not 1 < years <= _MAX_SPAN_YEARS:
            continue
        first = int(value.start[:4])
        return TimeValue(f"{value.text} .. {tm.value.text}", f"{first}/{first + years}",
                         f"{first}-01-01", f"{first + years}-12-31", "range", "range",
                         True)  # fmt: skip
    return None


_DEICTIC_DAYS = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}
_OPENING_CHARS = 1200  # a record states the day of its conversation in its opening lines
_RECORD_LAG_DAYS = 31  # ... some days before the record itself was dated


def _opening_times(ctx: DocContext) -> tuple[date, list[TimeMention]] | None:
    """Return a dated record's date and the time expressions its opening lines state in full
    (none resolved from context), in order; None for an undated document."""
    doc_date = _iso_day(ctx.doc._.dipl_doc_date)
    if doc_date is None:
        return None
    times = []
    for tm in ctx.times:
        if ctx.doc[tm.start].idx > _OPENING_CHARS:
            break
        if not tm.value.resolved_from_context:
            times.append(tm)
    return doc_date, times


def _conversation_day(ctx: DocContext) -> tuple[date, int] | None:
    """Return the day a record's opening narrates ("On November 11, 1986, Kim Il Sung received
    ...") when the record is dated some days later, with the token where it is stated: the
    "yesterday" and "today" of the conversation count from it; None otherwise."""
    opening = _opening_times(ctx)
    if opening is None:
        return None
    doc_date, times = opening
    for tm in times:
        value = tm.value
        if value.kind != "date" or not value.start:
            continue
        day = _iso_day(value.start) if value.granularity == "day" else None
        if day == doc_date:
            continue
        if day is None or not 0 < (doc_date - day).days <= _RECORD_LAG_DAYS:
            return None
        return day, tm.end
    return None


_OCCASION_LAG_DAYS = 92  # a record may be written up to a season after the talks it reports


def _record_occasion(ctx: DocContext) -> tuple[TimeValue, int] | None:
    """Return the days of the visit or talks a record reports when its opening states them
    ("Record of the conversations ... (24 February to 2 March 1965)", "On November 11, 1986,
    X received ...") and the record is dated some days later, with the token where they are
    stated: what the record tells without a date of its own ("During the visit an agreement
    was signed", "He assured the President ...") happened then, not on the day it was written;
    None otherwise."""
    opening = _opening_times(ctx)
    if opening is None:
        return None
    doc_date, times = opening
    for tm in times:
        value = tm.value
        if value.kind not in ("date", "range"):
            continue
        first, last = _iso_day(value.start), _iso_day(value.end)
        if first == last == doc_date:
            continue
        if first is None or last is None or len(value.value.split("/")[-1]) != 10:
            return None  # a month or a year: background, not the day of the talks
        if not 0 < (doc_date - last).days <= _OCCASION_LAG_DAYS or first > last:
            return None
        return value, tm.end
    return None


def _iso_day(text: object) -> date | None:
    try:
        return date.fromisoformat(str(text)[:10]) if text else None
    except ValueError:
        return None


def _said_on_conversation_day(tm: TimeMention, ctx: DocContext) -> TimeValue | None:
    """Return "yesterday"/"today" said in the conversation a record reports, counted from the
    conversation's day rather than from the record's date; None for other times."""
    offset = _DEICTIC_DAYS.get(ctx.doc[tm.start : tm.end].text.lower())
    if offset is None or tm.value.start is None:
        return None
    found = _conversation_day(ctx)
    doc_date = _iso_day(ctx.doc._.dipl_doc_date)
    if found is None or doc_date is None or tm.start < found[1]:
        return None
    if _iso_day(tm.value.start) != doc_date + timedelta(days=offset):
        return None
    day = (found[0] + timedelta(days=offset)).isoformat()
    return replace(tm.value, value=day, start=day, end=day)


_BEGINNING_WORDS = frozenset(["beginning", "starting", "commencing"])


def _span_from_beginning(tm: TimeMention, ctx: DocContext) -> TimeValue | None:
    """Return the span a duration gives an act that began at the chosen time ("negotiated for
    more than a year, beginning in June 1955" -> June 1955 to June 1956); None otherwise."""
    value, doc = tm.value, ctx.doc
    if value.kind != "date" or not value.start or tm.start < 2:
        return None
    words = [t.lower_ for t in doc[max(0, tm.start - 3) : tm.start]]
    if not _BEGINNING_WORDS & set(words):
        return None
    for other in ctx.times_in(max(0, tm.start - 12), tm.start):
        if other.end < tm.start - 6:
            continue
        match = re.fullmatch(r"P(\d+)([YM])", other.value.value)
        if match is None or other.value.kind != "duration":
            continue
        count, unit = int(match.group(1)), match.group(2)
        start = date.fromisoformat(value.start[:10])
        months = count * (12 if unit == "Y" else 1)
        total = start.year * 12 + start.month - 1 + months - 1
        year, month = divmod(total, 12)
        last = calendar.monthrange(year, month + 1)[1]
        end = date(year, month + 1, last)
        name = f"{value.value}/{end.isoformat()[:7]}"
        return TimeValue(f"{other.value.text}, {value.text}", name, start.isoformat(),
                         end.isoformat(), "range", "range", True)  # fmt: skip
    return None


def _closed(value: TimeValue) -> TimeValue:
    """Return the bound an open range names ("until 1978" -> 1978, "since 5 July 1961" -> that
    day); other values unchanged."""
    if value.start is not None and value.end is not None:
        return value
    bound = value.value.replace("../", "").replace("/..", "")
    if len(bound) == 4 and bound.isdigit():
        return TimeValue(value.text, bound, f"{bound}-01-01", f"{bound}-12-31", "year")
    day = value.start or value.end
    if day is not None and len(bound) == 10:
        return TimeValue(value.text, bound, day, day, "day")
    if len(bound) == 7 and bound[:4].isdigit() and bound[5:].isdigit():
        year, month = int(bound[:4]), int(bound[5:])
        last = calendar.monthrange(year, month)[1]
        return TimeValue(value.text, bound, f"{bound}-01", f"{bound}-{last:02d}", "month")
    return value


_YEAR_PART = re.compile(r"\d{4}-(?:EARLY|MID|LATE|H[12]|Q[1-4])")


def _by_days(value: TimeValue) -> TimeValue:
    """Return ``value`` with a calendar week ("last week", "1987-W30") or a part of a year
    ("early in 1979": January to April) bounded by its days: an act of that week or part
    happened between its bounds, not just somewhere in its year."""
    bounded = value.start and value.end and value.kind == "date"
    if bounded and ("-W" in value.value or _YEAR_PART.fullmatch(value.value)):
        return replace(value, granularity="range")
    return value


_PRESENT_AUX = frozenset(["has", "have", "is", "are"])


def _told_in_past(verb: Token) -> bool:
    """Return whether a verb tells a finished past ("had been armed", "built"), not a state
    lasting into the present ("has been helping", "supplies")."""
    if any(c.dep_ in ("aux", "auxpass") and c.lower_ in _PRESENT_AUX for c in verb.children):
        return False
    if verb.tag_ == "VBD":
        return True
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in ("had", "was", "were")
               for c in verb.children)  # fmt: skip


def _paragraph_times_before(sent: Span, ctx: DocContext) -> list[TimeMention]:
    """Return the time expressions of ``sent``'s paragraph told before it, in order."""
    return ctx.times_before(sent.start, ctx.paragraph_start(sent.start_char))


def _narrative_time(sent: Span, ctx: DocContext) -> str | None:
    """Return the last day of the time a past-tense sentence is told from: the document's date,
    else the latest date the paragraph has named before it (not a plan, not a description)."""
    doc_date = _iso_day(ctx.doc._.dipl_doc_date)
    if doc_date is not None:
        return doc_date.isoformat()
    ends = [
        t.value.end
        for t in _paragraph_times_before(sent, ctx)
        if t.value.kind in ("date", "range", "set")
        and t.value.start is not None
        and t.value.end is not None
        and not _in_description(t, ctx)
        and not _announced_future(t, ctx)
    ]
    return max(ends) if ends else None


def _closed_by_narrative(
    value: TimeValue, best: TimeMention, trigger: Trigger, sent: Span, ctx: DocContext
) -> TimeValue | None:
    """Return a "since" range of a finished past closed at the time the text is told from
    ("Ethiopia had been armed by the United States since the early 1950s" in a passage on
    1977: 1950 to 1977); None when the act lasts into the present ("has been helping since
    1960") or no such time is known."""
    if value.kind != "range" or value.start is None or value.end is not None:
        return None
    if ctx.doc[best.start].lower_ != "since" or not _told_in_past(trigger.anchor):
        return None
    end = _narrative_time(sent, ctx)
    if end is None or end < value.start:
        return None
    name = f"{value.value.removesuffix('/..')}/{end}"
    return TimeValue(value.text, name, value.start, end, "range", "range", True)


def event_date(
    trigger: Trigger, sent: Span, ctx: DocContext, record_title: bool = False
) -> tuple[TimeValue | None, float]:
    """Return the event's date and a confidence: the time in the sentence best attached to the
    trigger, else, when ``sent`` is the title of a record of talks (``record_title``: "My talks
    with X, Peking, 9-11 July 1971"), the title's one date, else the last date earlier in the
    paragraph (lower confidence), else the doc date."""
    value, confidence = _sentence_or_context_date(trigger, sent, ctx)
    if confidence < 0.5 and record_title:
        times = ctx.times_in(sent.start, sent.end)
        if len(times) == 1:
            return times[0].value, 0.8
    return value, confidence


def _sentence_or_context_date(
    trigger: Trigger, sent: Span, ctx: DocContext
) -> tuple[TimeValue | None, float]:
    """Return the time in the sentence best attached to the trigger, else the last date earlier
    in the paragraph (lower confidence), else the doc date, with a confidence."""
    cands = [
        t
        for t in ctx.times_in(sent.start, sent.end)
        if _usable(t.value) and t.start not in trigger.excluded
    ]
    if trigger.type != "SIGN_AGREEMENT":
        cands = [t for t in cands if not _describes_object(t, trigger, ctx)]
    cands = [t for t in cands if not _describes_actor(t, trigger, ctx)]
    cands = [t for t in cands if not _bounds_a_state_aside(t, trigger, ctx)]
    cands = [t for t in cands if not _first_since(t, ctx)]
    cands = [t for t in cands if not _anaphor_of_later_clause(t, trigger, ctx)]
    cands = [t for t in cands if not ctx.in_quotation(ctx.doc[t.start].idx)] or cands
    when = _when_clause_time(trigger, cands)
    if when is not None:
        return when, 0.8
    if cands:
        scored = sorted((_time_score(t, trigger, ctx, sent), t.start, t) for t in cands)
        best_score, _, best = scored[0]
        value = _tenure_point(best, trigger, ctx) or _said_on_conversation_day(best, ctx)
        value = value or _span_from_beginning(best, ctx) or _years_after(best, ctx)
        value = value or best.value
        side = _bound_side(best, trigger, ctx) if best.value.start and best.value.end else None
        if side is not None and best_score >= 0.5 and value is best.value:
            value = _bounded(value, side)
        value = _through_end(value, trigger, cands, ctx) or value
        value = _over_days(value, trigger, sent, ctx) or value
        value = _next_years(value, trigger, sent, ctx) or value
        value = _closed_by_narrative(value, best, trigger, sent, ctx) or value
        return _by_days(value), 0.8 if best_score < 10 else 0.6
    latest = next(
        (
            t
            for t in reversed(_paragraph_times_before(sent, ctx))
            if _usable(t.value)
            and not _in_description(t, ctx)
            and not _announced_future(t, ctx)
            and not _names_a_thing(t, ctx)
        ),
        None,
    )
    if latest is not None:
        value = _years_after(latest, ctx) or latest.value
        return _by_days(_next_years(value, trigger, sent, ctx) or value), 0.4
    occasion = _record_occasion(ctx)
    if occasion is not None and occasion[1] <= sent.start:
        return occasion[0], 0.3
    doc_date = ctx.doc._.dipl_doc_date
    if doc_date:
        return TimeValue(str(doc_date), str(doc_date), str(doc_date), str(doc_date), "day"), 0.3
    return None, 0.3


def _other_act(tm: TimeMention, trigger: Trigger, ctx: DocContext) -> bool:
    """Return whether a time hangs on a verb coordinated with the trigger's that names another
    act ("was recalled in 1952 and later became Defence Minister in 1957"): not a repetition."""
    node = _time_head(tm, ctx)
    for _ in range(6):
        if node.i in (trigger.anchor.i, trigger.token.i) or node.head.i == node.i:
            return False
        if node.pos_ in ("VERB", "AUX") and node.dep_ == "conj":
            return node.lemma_.lower() != trigger.anchor.lemma_.lower()
        node = node.head
    return False


_REPEAT_WORDS = frozenset(["again", "twice", "later", "once more"])


def repeated_dates(
    trigger: Trigger, sent: Span, ctx: DocContext, chosen: TimeValue | None
) -> list[TimeValue]:
    """Return further dates of a repeated act stated in one clause ("visited India in November
    1973 and again in December 1980"): times attached to the trigger after the chosen one,
    joined to it by "and again"/"and later"."""
    if chosen is None:
        return []
    attached = [
        t
        for t in ctx.times_in(sent.start, sent.end)
        if _usable(t.value)
        and t.start not in trigger.excluded
        and _attachment_score(t, trigger, ctx) < 10
    ]
    first = next((t for t in attached if t.value == chosen), None)
    if first is None:
        return []
    out: list[TimeValue] = []
    prev = first
    for t in attached:
        if t.start <= prev.start:
            continue
        between = {w.lower_ for w in ctx.doc[prev.end : t.start]}
        if "and" in between and between & _REPEAT_WORDS and not _other_act(t, trigger, ctx):
            out.append(t.value)
            prev = t
    return out

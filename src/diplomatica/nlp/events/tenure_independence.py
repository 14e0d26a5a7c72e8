"""Terms counted from a state's independence without a date ("led Guinea from independence until
his death", "the President, who has led Zambia since independence"): the term starts at the date
the document gives the independence elsewhere ("independence was proclaimed on 2 October 1958",
"the High Commission opened at independence in October 1964")."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from diplomatica.nlp.events.context import DocContext, TimeMention
from diplomatica.nlp.events.tenure_base import lemma_of
from diplomatica.nlp.events.tenure_links import time_root
from diplomatica.nlp.types import TimeValue

_INDEPENDENCE_WORDS = frozenset(["independence", "independent"])
# the arguments of a verb that may state the independence itself: "independence was proclaimed
# on A", "Neto proclaimed independence on A", "Ghana became independent on A"
_VERB_ARGUMENTS = frozenset(["nsubj", "nsubjpass", "dobj", "acomp", "attr"])
# "the day the country became independent": a relative clause on a noun of the date
_DAY_NOUNS = frozenset(["day", "date"])


def independence_times(
    anchors: list[Token], ctx: DocContext, served: str | None
) -> list[TimeValue]:
    """Return the start of a term hung on ``anchors`` by "from/since independence" with no date
    of its own, as an open range from the date the document gives the independence of
    ``served`` (None: of any state the document does not tie to another state); [] when the
    term says no such thing or the document dates no independence."""
    if not any(_undated_independence(a, ctx) for a in anchors):
        return []
    dated = _independence_dates(ctx, served)
    if not dated:
        return []
    start, _end = dated[0].bounds()
    return [replace(dated[0], kind="range", start=start, end=None)]


def _undated_independence(anchor: Token, ctx: DocContext) -> bool:
    """Whether ``anchor`` governs "from/since independence" with no date in the phrase (a dated
    one, "from independence in 1964", is read as any date)."""
    for prep in anchor.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("from", "since"):
            continue
        for noun in prep.children:
            if noun.dep_ != "pobj" or lemma_of(noun) != "independence":
                continue
            if not ctx.times_in(noun.left_edge.i, noun.right_edge.i + 1):
                return True
    return False


def _independence_dates(ctx: DocContext, served: str | None) -> list[TimeValue]:
    """The dates the document gives an independence, earliest and most precise first; those
    tied to another state left out, and when some are tied to ``served``, those of other years
    ("Angolan independence in 1975" and "proclaimed independence on 11 November 1975")."""
    found: list[tuple[bool, str, TimeValue]] = []
    for tm in ctx.times:
        if tm.value.kind != "date":
            continue
        states = {_independent_state(w, ctx) for w in _independence_words(tm, ctx)}
        if not states:
            continue
        own = served is not None and served in states
        if not own and states != {None}:
            continue  # another state's, as far as can be told
        found.append((own, tm.value.bounds()[0] or "", tm.value))
    years = {start[:4] for own, start, _v in found if own}
    kept = [(start, v) for _own, start, v in found if not years or start[:4] in years]
    kept.sort(key=lambda f: (f[0][:4], -len(f[0])))
    return [v for _start, v in kept]


def _independence_words(tm: TimeMention, ctx: DocContext) -> list[Token]:
    """The words of independence the time expression dates: "independence in A" (right before
    it), "independence was proclaimed on A" (an argument of the verb it hangs on), "the day
    the country became independent" (a clause on the date)."""
    doc = ctx.doc
    root = time_root(tm, doc[:])
    verb = root.head.head if root.dep_ == "pobj" else root.head
    out: list[Token] = []
    for word in doc[tm.start].sent:
        if lemma_of(word) not in _INDEPENDENCE_WORDS and word.lower_ not in _INDEPENDENCE_WORDS:
            continue
        after = word.i + 2 == tm.start and doc[word.i + 1].lower_ in ("in", "on", "of")
        argument = word.dep_ in _VERB_ARGUMENTS and word.head.i == verb.i and word.i != verb.i
        day = word.head.head
        clause = (
            word.dep_ in _VERB_ARGUMENTS
            and word.head.dep_ == "relcl"
            and lemma_of(day) in _DAY_NOUNS
            and (
                any(tm.start <= t.i < tm.end for t in (day, day.head))
                or 0 <= day.left_edge.i - tm.end <= 1  # "on 24 December 1951, the day ..."
            )
        )
        if after or argument or clause:
            out.append(word)
    return out


def _independent_state(word: Token, ctx: DocContext) -> str | None:
    """The state whose independence ``word`` names, when the text ties one to it ("Angolan
    independence", "Ghana became independent", "Ghana, independent since A"), else None."""
    near = [c for c in word.children if c.dep_ in ("amod", "poss", "compound")]
    near += [p for c in word.children if c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
    if word.dep_ in ("acomp", "attr", "dobj"):
        near += [c for c in word.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    if word.dep_ in ("amod", "appos"):
        near.append(word.head)
    for t in near:
        m = ctx.mention_at(t)
        if m is not None and m.state and m.ref.kind == "state":
            return m.state
    return None

"""Envoys told by what they did abroad: "X represented France in Moscow from 1924 to 1931",
"Y represented the republic in Tokyo from 1952" (one state's envoy in another's capital for
a stated term). A relative clause about a titled envoy ("Ambassador X, who has represented
his country in P since A") is left to the continuations of the title."""

from __future__ import annotations

from spacy.tokens import Span, Token

from diplomatica.nlp.events.context import DocContext
from diplomatica.nlp.events.modality import is_factual
from diplomatica.nlp.events.tenure_base import SentenceWords, lemma_of
from diplomatica.nlp.events.tenure_dates import term_bounds, time_value
from diplomatica.nlp.events.tenure_facts import tenure_fact, verb_destination
from diplomatica.nlp.events.tenure_links import sentence_times, subject_person
from diplomatica.nlp.types import TenureFact

# The office a state's representative in a foreign capital holds when no title is told.
_DEFAULT_ENVOY = "ambassador"


def may_represent_abroad(words: SentenceWords) -> bool:
    """Whether :func:`represented_abroad` may fire: only on "represent"."""
    return "represent" in words.lemmas


def represented_abroad(sent: Span, ctx: DocContext, local: list[TenureFact]) -> list[TenureFact]:
    """Return the envoy tenures of "X represented <state> in <place> from A to B" (or "since
    A") in ``sent``: a named person representing a state in another state's place for a
    stated term (its start and end may be told apart: "from A until his death in B"), with no
    earlier tenure of the sentence (``local``) for that person there."""
    out: list[TenureFact] = []
    times = sentence_times(sent, ctx)
    for verb in sent:
        if lemma_of(verb) != "represent" or verb.dep_ == "relcl":
            continue
        # "from 1882 until his death in 1898": each bound its own expression on the verb
        ranges = [
            value
            for tm, path in times
            if path and path[-1].i == verb.i
            for value in [time_value(tm, ctx)]
            if "range" in (value.granularity, value.kind)
        ]
        if not ranges:
            continue
        served, host = _represented_state(verb, ctx), verb_destination(verb, ctx)
        if served is None or host is None or served == host:
            continue
        if not is_factual(verb, verb, sent):
            continue
        person = subject_person(verb, ctx)
        if person is None or any(t.person_id == person.ref.key for t in local + out):
            continue
        dates = term_bounds(ranges, "represent")
        out.append(tenure_fact(person, _DEFAULT_ENVOY, served, host, dates, sent, ctx, 0.5))
    return out


def _represented_state(verb: Token, ctx: DocContext) -> str | None:
    """The state a "represent" verb's object names ("represented France", "the republic" when
    the context resolves it); None when the object is no state."""
    for c in verb.children:
        if c.dep_ != "dobj":
            continue
        mention = ctx.mention_at(c)
        if mention is not None and mention.ref.kind == "state" and mention.state:
            return mention.state
    return None

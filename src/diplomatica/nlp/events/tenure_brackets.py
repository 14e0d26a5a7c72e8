"""Terms given in brackets after a holder's name, as encyclopedias and essays write them: "the
premiership of X (1961–1964)", "the foreign ministers X (1978–1988) and Y (1988–1999)". The
bracketed years are the term of the office the name hangs on."""

from __future__ import annotations

from spacy.tokens import Span, Token

from diplomatica.nlp.events.context import DocContext
from diplomatica.nlp.events.tenure_base import SentenceWords
from diplomatica.nlp.events.tenure_dates import term_bounds
from diplomatica.nlp.events.tenure_facts import tenure_fact
from diplomatica.nlp.events.tenure_roles import (
    TENURE_NOUNS,
    is_office,
    normalise_role,
    office_states,
    raw_role,
)
from diplomatica.nlp.types import TenureFact


def may_bracket_a_term(words: SentenceWords) -> bool:
    """Whether :func:`bracketed_terms` may fire in a sentence of ``words``: only on "("."""
    return "(" in words.lowers


def bracketed_terms(sent: Span, ctx: DocContext, local: list[TenureFact]) -> list[TenureFact]:
    """Return the tenures of names followed by a bracketed period and hung on an office: "the
    premiership/presidency of X (A–B)", "the foreign ministers X (A–B) and Y (C–D)" (each
    listed name, not only the first). Holders ``local`` already gives that office are skipped."""
    out: list[TenureFact] = []
    for bracket in sent:
        if bracket.text != "(":
            continue
        name = bracket.head
        person = ctx.mention_at(name)
        if person is None or person.ref.kind != "person":
            continue
        dates = _bracketed_period(bracket, ctx)
        office = _office_over_name(name)
        if dates == (None, None) or office is None:
            continue
        role = TENURE_NOUNS.get(office.lower_) or normalise_role(raw_role(office, ctx))
        if any(t.person_id == person.ref.key and t.role == role for t in local + out):
            continue
        served, _host = office_states(office, ctx)
        out.append(tenure_fact(person, role, served, None, dates, sent, ctx, 0.5))
    return out


_BRACKET_TOKENS = 6


def _bracketed_period(bracket: Token, ctx: DocContext) -> tuple[str | None, str | None]:
    """The (start, end) of a year range filling the brackets opened at ``bracket``."""
    doc = ctx.doc
    # a bracketed year range is a few tokens: "(", "1961", "–", "1964", ")"
    for tm in ctx.times_in(bracket.i + 1, min(bracket.i + _BRACKET_TOKENS, len(doc))):
        closed = tm.end < len(doc) and doc[tm.end].text == ")"
        if tm.start == bracket.i + 1 and closed and tm.value.kind == "range":
            return term_bounds([tm.value], "be")
    return None, None


def _office_over_name(name: Token) -> Token | None:
    """The office a name hangs on: the tenure noun of "the premiership of X", or the office
    noun that a list of names stands in apposition to ("the foreign ministers X and Y")."""
    if name.dep_ == "pobj" and name.head.lower_ == "of" and name.head.head.lower_ in TENURE_NOUNS:
        return name.head.head
    node = name
    while node.dep_ == "conj" and node.head.i < node.i:
        node = node.head
    if node.dep_ == "appos" and is_office(node.head):
        return node.head
    return None

"""Tenure candidates: the offices a sentence links to a person, found by the clause that
states them (see the tenure_as_offices, tenure_predicates, tenure_titles, tenure_appositions
and tenure_promotions modules), with the second offices, posts and ends coordinated with them
("was ambassador (A-B) and later minister (C-D)", "appointed in A and recalled in B")."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from diplomatica.nlp.events.context import DocContext
from diplomatica.nlp.events.modality import is_factual
from diplomatica.nlp.events.tenure_appositions import appos_candidate
from diplomatica.nlp.events.tenure_as_offices import as_candidate, is_post_of
from diplomatica.nlp.events.tenure_base import (
    END_WORDS,
    TRAVEL_WORDS,
    Candidate,
    has_then,
    lemma_of,
)
from diplomatica.nlp.events.tenure_facts import (
    HOLD_VERBS,
    SUCCESSION_POSTS,
    last_office,
    tenure_state,
    verb_destination,
)
from diplomatica.nlp.events.tenure_links import name_mention
from diplomatica.nlp.events.tenure_predicates import (
    inverted_candidate,
    misparsed_predicate,
    predicate_candidate,
)
from diplomatica.nlp.events.tenure_promotions import promotion_candidate
from diplomatica.nlp.events.tenure_roles import (
    is_diplomatic,
    is_office,
    normalise_role,
    office_states,
    raw_role,
    separate_offices,
)
from diplomatica.nlp.events.tenure_titles import titled_candidate


def office_candidates(sent: Span, ctx: DocContext) -> list[Candidate]:
    """Return the candidates of the offices in ``sent`` that a clause links to a person."""
    out: list[Candidate] = []
    for tok in sent:
        if lemma_of(tok) == "leader" and (led := _dated_leader(tok, ctx, sent)) is not None:
            out.append(led)
        if not is_office(tok):
            continue
        cand: Candidate | None = None
        titled = tok.dep_ == "compound" or _title_of_name(tok, ctx)
        if tok.dep_ in ("xcomp", "pobj") and (promoted := promotion_candidate(tok, ctx, sent)):
            cand = promoted
        elif tok.dep_ == "pobj" and tok.head.lower_ == "as":
            cand = as_candidate(tok, ctx, sent)
        elif is_post_of(tok):
            cand = as_candidate(tok, ctx, sent, via=tok.head.head)
        elif tok.dep_ in ("attr", "oprd", "dobj"):
            cand = predicate_candidate(tok, ctx, sent)
        elif titled:
            cand = titled_candidate(tok, ctx)
        elif tok.dep_ == "nsubj" and misparsed_predicate(tok):
            cand = predicate_candidate(tok, ctx, sent)
        elif tok.dep_ == "nsubj":
            cand = inverted_candidate(tok, ctx, sent)
        elif tok.dep_ == "conj" and (is_office(tok.head) or _copula(tok.head)):
            # "was prime minister from A to B and then president until C" (the parser may
            # coordinate the second office with the copula)
            cand = _conjoined_office(tok, out, ctx)
        elif tok.dep_ == "conj" and _inside_time(tok.head, ctx):
            cand = _office_after_dates(tok, out, ctx)
        if cand is None and not titled:
            cand = appos_candidate(tok, ctx)
        if cand is None:
            continue
        served, host = office_states(tok, ctx)
        cand.served, cand.host = served or cand.served, host or cand.host
        if cand.host is None and cand.priority >= 3:
            cand.host = verb_destination(cand.anchors[0], ctx)
        cand.anchors.extend(_post_held(cand.anchors[0], tok))
        out.append(cand)
        out.extend(_second_posts(cand, ctx))
        out.extend(conjoined_ends(cand, sent))
    return out


def _title_of_name(tok: Token, ctx: DocContext) -> bool:
    """'Secretary of State X': a title the parser made an nmod of the name after it."""
    if tok.dep_ != "nmod" or tok.head.i <= tok.i or tok.head.pos_ != "PROPN":
        return False
    m = ctx.mention_at(tok.head)
    return m is not None and m.ref.kind == "person"


_NATION_NOUNS = frozenset(["country", "nation", "state"])


def _dated_leader(noun: Token, ctx: DocContext, sent: Span) -> Candidate | None:
    """'X, the country's leader until his removal in A': "leader" is too vague for an office,
    but a state's leader apposed to a name with the dates of a term is a ruler's tenure: of
    the office stated before for X, else of "leader" (undated, it states nothing)."""
    if noun.dep_ != "appos" or not _appended_dates(noun, ctx):
        return None
    if not any(
        t.dep_ in ("poss", "amod", "compound") and _names_a_state(t, ctx) for t in noun.lefts
    ):
        return None
    person = ctx.mention_at(noun.head)
    if person is None and noun.head.pos_ == "PROPN":
        person = name_mention(noun.head)  # a name with a ruler's term apposed is a person's
    if person is None or person.ref.kind != "person":
        return None
    told = last_office(tenure_state(ctx), [], person, sent)
    role = told.role if told is not None and not is_diplomatic(told.role) else "leader"
    return Candidate(person, role, [noun, noun.head], "be", 2)


def _names_a_state(token: Token, ctx: DocContext) -> bool:
    """'the country's', 'Mongolia's', 'the Soviet': a word standing for a state."""
    if lemma_of(token) in _NATION_NOUNS:
        return True
    m = ctx.mention_at(token)
    return m is not None and bool(m.state)


def _appended_dates(noun: Token, ctx: DocContext) -> bool:
    """Whether a from/since/until phrase with a date follows ``noun``'s phrase."""
    edge = max(t.i for t in noun.subtree if not t.is_punct)
    after = ctx.doc[noun.i + 1 : edge + 1]
    bound = any(t.lower_ in ("since", "from", "until", "till") for t in after)
    return bound and bool(ctx.times_in(noun.i, edge + 1))


def conjoined_ends(cand: Candidate, sent: Span) -> list[Candidate]:
    """'was appointed ambassador in A and recalled in B': a coordinated verb of leaving the
    post, without a subject of its own, ends the same term."""
    # "Ambassador X, who was appointed in A and recalled in B": the verb after the title
    verb = next((a for a in cand.anchors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return []
    return [
        replace(
            cand,
            anchors=[c],
            verb_lemma=lemma_of(c),
            times=[],
            time_pos=[],
            split_at=None,
            own_dates=True,
        )
        for c in verb.children
        if c.dep_ == "conj"
        and lemma_of(c) in END_WORDS - TRAVEL_WORDS
        and not any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children)
        and is_factual(c, c, sent)
    ]


def _conjoined_office(office: Token, earlier: list[Candidate], ctx: DocContext) -> Candidate | None:
    """'was ambassador in P (A-B) and later foreign minister (C-D)': a second office of the
    same holder, dated by the years closing it."""
    first = next((c for c in reversed(earlier) if office.head in c.anchors), None)
    dated = bool(ctx.times_in(office.i, office.right_edge.i + 3))
    if first is None or not (dated or separate_offices(office.head, office)):
        return None  # "as First Secretary and Counsellor" is one joint title
    role = normalise_role(raw_role(office, ctx))
    return Candidate(first.person, role, [office], "be", 2, then=has_then(office))


def _copula(token: Token) -> bool:
    return token.pos_ == "AUX" and lemma_of(token) == "be"


def _inside_time(token: Token, ctx: DocContext) -> bool:
    return any(tm.start <= token.i < tm.end for tm in ctx.times_in(token.i - 3, token.i + 3))


def _office_after_dates(
    office: Token, earlier: list[Candidate], ctx: DocContext
) -> Candidate | None:
    """'X, party secretary since 1965 and head of state since 1967': a second apposed office,
    which the parser coordinates with the first one's date; the same holder's."""
    first = next((c for c in reversed(earlier) if c.priority == 2), None)
    if first is None or first.anchors[0].i > office.i:
        return None
    role = normalise_role(raw_role(office, ctx))
    return Candidate(first.person, role, [office], "be", 2)


def _post_held(verb: Token, office: Token) -> list[Token]:
    """'became ambassador, a post he held until 1975': the clause holding the post dates it."""
    out: list[Token] = []
    # the office's own phrase too: "as envoy for peace in P, a post ..." hangs on P
    posts = [*verb.children, *(t for t in office.subtree if t.i != office.i)]
    for post in posts:
        if lemma_of(post) not in SUCCESSION_POSTS or not _apposed_post(post):
            continue
        out.extend(c for c in post.children if c.dep_ == "relcl" and lemma_of(c) in HOLD_VERBS)
    return out


def _apposed_post(post: Token) -> bool:
    """'a post he held until 1975' apposed to the office, or to its verb (the parser often
    makes it the object of "appointed X as envoy, a post ...", or a second complement of
    "was appointed minister, a post ...": it then follows a comma)."""
    if post.dep_ in ("attr", "appos"):
        return True
    return post.dep_ in ("dobj", "oprd") and post.doc[post.left_edge.i - 1].text == ","


def _second_posts(cand: Candidate, ctx: DocContext) -> list[Candidate]:
    """'He was ambassador to India from A to B and to Japan from C to D': the same office in a
    second host state, with its own dates."""
    out: list[Candidate] = []
    for c in cand.anchors[0].subtree:
        if c.dep_ != "conj" or c.lower_ not in ("to", "in", "at") or c.head.pos_ == "VERB":
            continue
        host = next(
            (m.state for p in c.children if (m := ctx.mention_at(p)) is not None and m.state),
            None,
        )
        if host is not None and host != cand.host:
            out.append(
                Candidate(
                    cand.person, cand.role, [c], cand.verb_lemma, 3, cand.served, host, split_at=c.i
                )
            )
    return out

"""Tenure candidates from heading a body or presenting credentials: "X headed the liaison
office in P", "the embassy was headed by X", "X chaired the council until B", "X presented his
credentials in A"."""

from __future__ import annotations

from spacy.tokens import Span, Token

from diplomatica.nlp.events.context import DocContext, Mention
from diplomatica.nlp.events.modality import is_factual
from diplomatica.nlp.events.tenure_base import (
    REPLACING_VERBS,
    Candidate,
    SentenceWords,
    has_then,
    lemma_of,
)
from diplomatica.nlp.events.tenure_facts import verb_destination
from diplomatica.nlp.events.tenure_links import agent, object_person, subject_person
from diplomatica.nlp.events.tenure_roles import (
    HEADED_BODIES,
    MISSION_CHIEFS,
    is_diplomatic,
    is_office,
    ministry_role,
    normalise_role,
    office_states,
    raw_role,
    title_before,
)

# Bodies whose chair is an office ("chaired the council until 1969"); a meeting's chair is not.
CHAIRED_BODIES = frozenset(["council", "committee", "commission", "presidium", "board", "junta"])


def _headed_body(verb: Token) -> tuple[Token | None, str]:
    """Return the body a "head"/"lead" verb governs and how the holder is linked."""
    if verb.dep_ == "acl" and lemma_of(verb.head) in HEADED_BODIES:
        return verb.head, "agent"
    for c in verb.children:
        if c.dep_ == "nsubjpass" and agent(verb) is not None:
            return c, "agent"  # "the embassy was headed by X"
        if c.dep_ == "dobj":
            if c.lower_ in ("which", "that") and verb.dep_ == "relcl":
                return verb.head, "subject"
            return c, "subject"
    return None, ""


_OFFICE_KINDS = frozenset(["liaison", "interests", "representative"])


def _body_is_office(body: Token, ctx: DocContext) -> bool:
    lemma = lemma_of(body)
    if lemma not in HEADED_BODIES:
        return False
    if lemma in ("office", "section"):
        return _office_kind(body) is not None or kind_told_before(body, ctx) is not None
    return True


def _office_kind(body: Token) -> str | None:
    """'the liaison office': the word saying what kind of office a body is, if any."""
    return next((t.lower_ for t in body.lefts if lemma_of(t) in _OFFICE_KINDS), None)


def kind_told_before(body: Token, ctx: DocContext) -> str | None:
    """'opened liaison offices in each other's capitals. X was sent to head the American
    office': a definite office refers back to the kind of office its paragraph named."""
    if not any(t.lower_ in ("the", "its", "their") for t in body.lefts):
        return None
    para = ctx.paragraph_start(body.idx)
    for t in reversed(ctx.doc[: body.i]):
        if t.idx < para:
            return None
        if lemma_of(t) == lemma_of(body) and (kind := _office_kind(t)) is not None:
            return kind
    return None


def _credentials(verb: Token, ctx: DocContext, sent: Span) -> list[Candidate]:
    """'X presented his credentials (in P) in A': an envoy takes up the post."""
    if not any(c.dep_ == "dobj" and _is_credentials(c) for c in verb.children):
        return []
    person = subject_person(verb, ctx)
    if person is None or not is_factual(verb, verb, sent):
        return []
    papers = [c for c in verb.children if c.dep_ == "dobj"]
    host = verb_destination(verb, ctx) or verb_destination(papers[0], ctx)
    role = apposed_envoy_role(person, host, ctx) or "ambassador"
    return [Candidate(person, role, [verb], "present", 3, None, host)]


# Prepositions of a post abroad on an envoy's title: "minister at Buenos Aires", "in Mexico",
# "to Washington".
_POST_PREPOSITIONS = frozenset(["at", "in", "to"])


def apposed_envoy_role(person: Mention, host: str | None, ctx: DocContext) -> str | None:
    """Return the role of an envoy's title apposed to ``person``'s name ("The British minister
    at Buenos Aires, X", "X, the Soviet envoy in Kabul"): a diplomatic office, or a minister
    whose title names a place he is posted at (no cabinet minister: "X, the minister of
    finance"); None when no such title is apposed, or when its place is in another state than
    ``host`` (the title is then an earlier post's)."""
    name = ctx.doc[person.end - 1]
    titles = [name.head] if name.dep_ == "appos" else []
    titles += [c for c in name.children if c.dep_ == "appos"]
    for title in titles:
        if not is_office(title):
            continue
        role = normalise_role(raw_role(title, ctx))
        places = _posted_places(title)
        if host is not None and places and all(_state_of(p, ctx) != host for p in places):
            continue
        if is_diplomatic(role) or (role == "minister" and places):
            return role
    return None


def _posted_places(title: Token) -> list[Token]:
    """Return the places ``title`` names as where its holder is posted ("minister at Buenos
    Aires", "minister to Washington")."""
    return [
        o
        for p in title.children
        if p.dep_ == "prep" and p.lower_ in _POST_PREPOSITIONS
        for o in p.children
        if o.dep_ == "pobj" and o.ent_type_ == "GPE"
    ]


def _state_of(place: Token, ctx: DocContext) -> str | None:
    """Return the state of the place mention at ``place``, None when it names none."""
    mention = ctx.mention_at(place)
    return mention.state if mention is not None else None


def _is_credentials(papers: Token) -> bool:
    """'his credentials', 'his letters of credence'."""
    if lemma_of(papers) == "credential":
        return True
    return lemma_of(papers) == "letter" and any(
        p.lower_ == "credence" for c in papers.children if c.lower_ == "of" for p in c.children
    )


# Verbs of heading a body; "run" and "direct" only a ministry, a government or a state's
# foreign affairs ("had run the foreign ministry since 1957", "has directed Nigeria's external
# affairs since 1975"): one runs a race, a campaign or a company as well.
_HEADING_VERBS = frozenset(["present", "chair", "head", "lead", "run", "direct"])
_RUNNING_VERBS = frozenset(["run", "direct"])
# A state's foreign affairs as a field one heads: its holder is the foreign minister.
_FOREIGN_FIELDS = frozenset(["diplomacy", "policy", "affair", "affairs", "relations"])
_FOREIGN_WORDS = frozenset(["foreign", "external"])


# Bodies whose head holds a named office: a government's (any qualifier: "the caretaker
# government") is the head of government.
_GOVERNING_BODIES = frozenset(["government", "cabinet"])
# A ministry, also by its Soviet name ("the Foreign Commissariat").
_MINISTRIES = frozenset(["ministry", "commissariat"])


def is_foreign_field(body: Token) -> bool:
    """Return whether ``body`` is a state's conduct of its foreign relations ("Nigeria's
    external affairs", "Yugoslav foreign policy", "South Africa's diplomacy"): the field its
    director holds as foreign minister."""
    lemma = lemma_of(body)
    if lemma not in _FOREIGN_FIELDS:
        return False
    return lemma == "diplomacy" or any(lemma_of(t) in _FOREIGN_WORDS for t in body.lefts)


def _headed_role(body: Token, holder: Mention | None, ctx: DocContext) -> str | None:
    """The office of heading ``body`` when it has a name of its own: "headed the foreign
    ministry" -> foreign minister, "headed the caretaker government" -> head of government;
    "Foreign Minister X, who has led the ministry since A": a ministry of no named field is
    the one the holder's title names."""
    if is_foreign_field(body):
        return "foreign minister"
    if lemma_of(body) in _MINISTRIES:
        named = ministry_role(body)
        title = title_before(holder, ctx) if named is None and holder is not None else None
        if title is not None and lemma_of(title) == "minister":
            return normalise_role(raw_role(title, ctx))
        return named
    if lemma_of(body) in _GOVERNING_BODIES and body.tag_ != "NNS":
        return "head of government"
    return None


def _heads(body: Token, chair: bool, running: bool, ctx: DocContext) -> bool:
    """Whether heading ``body`` is holding an office: a chaired council, a headed mission or
    ministry, a run ministry or government, a state's foreign affairs."""
    if is_foreign_field(body):
        return True
    if chair:
        return lemma_of(body) in CHAIRED_BODIES
    if running:
        return lemma_of(body) in (*_MINISTRIES, *_GOVERNING_BODIES) and body.tag_ != "NNS"
    return _body_is_office(body, ctx)


def _office_named_as_elsewhere(sent: Span, verb: Token) -> bool:
    """Whether ``sent`` names an office taken by succession in an "as" phrase on another verb
    than ``verb`` ("directed Soviet diplomacy since A, when he succeeded Y as People's
    Commissar"): that office, told by its own rule, is the one its holder directs foreign
    affairs in, not a generic foreign minister."""
    return any(
        t.lower_ == "as"
        and t.head is not verb
        and lemma_of(t.head) in REPLACING_VERBS
        and any(c.dep_ == "pobj" and c.text[:1].isupper() for c in t.children)
        for t in sent
    )


def may_head_a_body(words: SentenceWords) -> bool:
    """Whether :func:`head_candidates` may find a candidate in a sentence of ``words``: only on
    a verb of presenting credentials, heading or chairing."""
    return not _HEADING_VERBS.isdisjoint(words.lemmas)


def head_candidates(sent: Span, ctx: DocContext) -> list[Candidate]:
    """Return the candidates of heading or chairing a body, or of presenting credentials."""
    out: list[Candidate] = []
    for verb in sent:
        if verb.pos_ == "VERB" and lemma_of(verb) == "present":
            out.extend(_credentials(verb, ctx, sent))
        chair = lemma_of(verb) == "chair"
        running = lemma_of(verb) in _RUNNING_VERBS
        if verb.pos_ != "VERB" or not (chair or running or lemma_of(verb) in ("head", "lead")):
            continue
        body, link = _headed_body(verb)
        if body is None or not _heads(body, chair, running, ctx):
            continue
        if is_foreign_field(body) and _office_named_as_elsewhere(sent, verb):
            continue  # "... diplomacy since A, when he succeeded Y as People's Commissar"
        if not is_factual(verb, verb, sent):
            continue
        person = object_person(verb, ctx) if link == "agent" else subject_person(verb, ctx)
        if person is None:
            continue
        words = [
            t.lower_
            for t in body.lefts
            if t.dep_ in ("compound", "amod")
            and ctx.mention_at(t) is None
            and t.lower_ not in ("first", "new")
        ]
        if _office_kind(body) is None and (kind := kind_told_before(body, ctx)) is not None:
            words.append(kind)  # "the American office", told before as a liaison office
        head = "chairman of " if chair else "head of "
        role = _headed_role(body, person, ctx) or head + " ".join([*words, body.lower_])
        served, host = office_states(body, ctx)
        purpose = verb.dep_ in ("advcl", "xcomp")  # "was sent to P to head the office"
        host = host or verb_destination(verb, ctx)
        host = host or (verb_destination(verb.head, ctx) if purpose else None)
        then = has_then(verb) or (purpose and has_then(verb.head))
        envoy = role in MISSION_CHIEFS  # a legation's minister serves abroad
        out.append(
            Candidate(person, role, [verb, body], "serve", 3, served, host, then=then, envoy=envoy)
        )
    return out

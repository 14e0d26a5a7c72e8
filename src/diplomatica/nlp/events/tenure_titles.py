"""Tenure candidates from titled names: "Ambassador X was recalled in A", "the dispatch of
Ambassador X", "Prime Minister X, in office since A"; a title absorbs the generic office
("head of state") apposed to the same name."""

from __future__ import annotations

from spacy.tokens import Token

from diplomatica.nlp.events.context import DocContext
from diplomatica.nlp.events.tenure_base import (
    END_WORDS,
    RECALLING_VERBS,
    START_WORDS,
    STAY_VERBS,
    TERM_NOUNS,
    Candidate,
    lemma_of,
)
from diplomatica.nlp.events.tenure_in_office import apposed_term_tokens
from diplomatica.nlp.events.tenure_roles import (
    is_diplomatic,
    is_office,
    normalise_role,
    raw_role,
)

_TITLED_VERBS = START_WORDS | END_WORDS | STAY_VERBS


_APPOSED = 2  # the priority of an office apposed to a name ("the chargé d'affaires, X")
GENERIC_HEADS = frozenset(["head of state", "head of government"])


def titles_over_generic_heads(cands: list[Candidate]) -> list[Candidate]:
    """'President X, head of state since 1956', 'Ambassador Y, head of the embassy since 1962',
    'the chargé d'affaires, Y, who had headed the embassy since A': the generic office of a
    name titled (or apposed to an office) is the title's office; its dates go to the title's
    statement, which replaces it."""
    out: list[Candidate] = []
    for c in cands:
        titled = next(
            (
                d
                for d in cands
                if (d.titled or _apposed_post(d, c))
                and d is not c
                and d.person.ref.key == c.person.ref.key
            ),
            None,
        )
        if titled is not None and generic_for(c.role, titled.role):
            titled.times.extend(c.times)
            titled.time_pos.extend(c.time_pos)
            titled.served = titled.served or c.served
            titled.host = titled.host or c.host
            continue
        out.append(c)
    return out


def _apposed_post(office: Candidate, generic: Candidate) -> bool:
    """'the chargé d'affaires, Y, who had headed the embassy since A': an undated diplomatic
    office apposed to the name of one heading a mission."""
    return (
        office.priority == _APPOSED
        and not office.times
        and is_diplomatic(office.role)
        and is_diplomatic(generic.role)
    )


def generic_for(role: str, title: str) -> bool:
    """Return whether ``role`` is a generic office that ``title`` names more precisely:
    'head of state' for a president, 'head of the embassy' for an ambassador: an office
    the titled office already names."""
    if role in GENERIC_HEADS:
        return title not in GENERIC_HEADS
    return (
        role.startswith("head of ")
        and is_diplomatic(role)
        and is_diplomatic(title)
        and not title.startswith("head of ")
    )


def _governor(token: Token) -> Token:
    """Return the verb (or event noun, "the dispatch of Ambassador X") governing a person."""
    node = token
    for _ in range(4):
        head = node.head
        if head.i == node.i:
            return _misparsed_predicate(node) or node
        if node.dep_ == "pobj" and head.lower_ not in ("of", "by"):
            return head  # "under Prime Minister X": an adjunct, not the one who acts
        if node.dep_ == "pobj" and head.dep_ == "agent" and lemma_of(head.head) in _POSTING:
            return head  # "appointed by King X": the one who appoints holds no new post
        if head.pos_ in ("VERB", "AUX") or lemma_of(head) in START_WORDS | END_WORDS:
            return head
        if node.dep_ not in ("pobj", "prep", "compound", "appos", "conj"):
            return head
        node = head
    return node


def _misparsed_predicate(root: Token) -> Token | None:
    """'Ambassador X, who had been posted to P in A, left in B' parsed with the name as the
    sentence's root: a past verb the parser hung on it as a clause, after a comma, is its
    predicate (None when the root is no name or has no such clause)."""
    if root.pos_ != "PROPN":
        return None
    return next(
        (
            c
            for c in root.children
            if c.dep_ == "acl"
            and c.tag_ in ("VBD", "VBN")
            and c.i > root.i
            and root.doc[c.left_edge.i - 1].text == ","
        ),
        None,
    )


def titled_candidate(tok: Token, ctx: DocContext) -> Candidate | None:
    """Return the candidate of the title ``tok`` before a person's name ("Ambassador X"),
    anchored on the name, the verb governing it when that verb starts, ends or continues a
    term (or the text speaks of the holder's own term), and an apposed ", in office since A";
    None when the title stands before no person."""
    holder = tok.head
    while holder.dep_ == "compound" and ctx.mention_at(holder) is ctx.mention_at(holder.head):
        holder = holder.head
    person = ctx.mention_at(holder)
    if person is None or person.ref.kind != "person":
        return None
    role = normalise_role(raw_role(tok, ctx))
    verb = _governor(holder)
    lemma = lemma_of(verb)
    anchors = [holder]
    if (relative := _relative_start(holder)) is not None:
        verb, lemma = relative, lemma_of(relative)  # "Prime Minister X, who was appointed in A"
    bounds = lemma in _TITLED_VERBS and not light_verb_of_other_thing(verb)
    if bounds and not _posts_another(holder, verb):
        anchors.append(verb)
    elif _mentions_own_term(verb):
        anchors.append(verb)  # "Ambassador X did ... during his term of office until 1971"
    anchors.extend(apposed_term_tokens(holder, verb))
    return Candidate(person, role, anchors, lemma, 1, titled=True)


# Verbs whose agent puts another in a post or out of it ("appointed by King X").
_POSTING = frozenset(
    [
        "appoint",
        "name",
        "nominate",
        "send",
        "dispatch",
        "accredit",
        "recall",
        "dismiss",
        "relieve",
        "remove",
        "proclaim",
        "crown",
    ]
)
_RELATIVE_PRONOUNS = frozenset(["who", "whom", "that"])


def _posts_another(holder: Token, verb: Token) -> bool:
    """'President X sent Y to P in A', 'King X appointed Y in A': the titled holder is the
    active subject of a verb of posting; its date is the posting of another (or of troops, a
    message), not a bound of the holder's own term."""
    return holder.dep_ == "nsubj" and holder.head.i == verb.i and lemma_of(verb) in _POSTING


def _relative_start(holder: Token) -> Token | None:
    """The verb of a passive relative clause on a titled name that puts its holder in post
    ("Prime Minister X, who was appointed by the King in July 1976"), else None."""
    for c in holder.children:
        if c.dep_ != "relcl" or lemma_of(c) not in _POSTING or lemma_of(c) in RECALLING_VERBS:
            continue
        if any(s.dep_ == "nsubjpass" and s.lower_ in _RELATIVE_PRONOUNS for s in c.children):
            return c
    return None


# Verbs that start a term only with a post as object ("took office", "made ambassador"):
# "made a state visit", "took part in the talks", "began a tour" say nothing of the post.
_LIGHT_VERBS = frozenset(["make", "take", "begin", "start"])
_POST_OBJECTS = frozenset(["office", "post", "power", "oath", "helm", "charge", "seat", "duty"])


def light_verb_of_other_thing(verb: Token) -> bool:
    """Return whether ``verb`` is a light verb ("make", "take", "begin", "start") whose
    direct object is something other than a post ("made a state visit", "took part"): such
    a verb neither starts nor ends the holder's term."""
    if lemma_of(verb) not in _LIGHT_VERBS:
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return any(lemma_of(o) not in _POST_OBJECTS and not is_office(o) for o in objects)


def _mentions_own_term(verb: Token) -> bool:
    return any(
        lemma_of(t) in TERM_NOUNS and any(c.dep_ == "poss" for c in t.children)
        for t in verb.subtree
    )

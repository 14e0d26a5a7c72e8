"""Tenure candidates from appositions: "X, <office> from A to B", "the <demonym> <office> in
P, X", "The Governor-General, Sir X, ...", and the verb of which the apposition is the subject
("X, President since A, died in B")."""

from __future__ import annotations

from spacy.tokens import Token

from diplomatica.nlp.events.context import DocContext, Mention
from diplomatica.nlp.events.modality import is_factual
from diplomatica.nlp.events.tenure_base import (
    END_WORDS,
    HOLDER_END_VERBS,
    OUSTING_VERBS,
    RECALLING_VERBS,
    REPLACING_VERBS,
    START_WORDS,
    Candidate,
    lemma_of,
)
from diplomatica.nlp.events.tenure_facts import verb_destination
from diplomatica.nlp.events.tenure_links import name_mention
from diplomatica.nlp.events.tenure_promotions import PROMOTION_VERBS, promotion_office
from diplomatica.nlp.events.tenure_roles import is_diplomatic, is_office, normalise_role, raw_role

# Verbs of taking up or leaving a post (or of promotion) whose dates bound an apposed office.
_BOUNDING_VERBS = START_WORDS | END_WORDS | PROMOTION_VERBS


def appos_candidate(tok: Token, ctx: DocContext) -> Candidate | None:
    """Return the candidate of the office ``tok`` in apposition to a person's name ("X,
    <office> from A to B", "the <office> in P, X", "A is represented in P by its minister, X"),
    with the verb of which the apposition is the subject when it bounds the term; else None."""
    role = normalise_role(raw_role(tok, ctx))
    if tok.dep_ == "nsubj" and (named := _second_subject_name(tok, ctx)) is not None:
        return Candidate(named, role, [tok], "be", 2)
    if (misparsed := _misparsed_apposition(tok, ctx)) is not None:
        holder, prefix = misparsed
        name = tok.head.head if prefix else tok.head
        cand = Candidate(holder, prefix + role, [tok, tok.head, name], "be", 2)
        return _with_subject_verb(cand, name)
    if tok.dep_ == "appos" or _apposed_conjunct(tok, ctx):
        person = (
            _next_apposed_name(tok, ctx)
            or _last_conjunct_before(tok, ctx)
            or ctx.mention_at(tok.head)
        )
        if (
            (person is None or person.ref.kind == "organization")
            and tok.head.pos_ == "PROPN"
            and tok.head.dep_ != "compound"
        ):
            # "Durga Prasad Dhar, the special envoy": a name with an office in apposition
            # names a person, even when the recogniser took it for an organisation
            person = name_mention(tok.head)
        if person is not None and person.ref.kind == "person":
            lemma = _participle_start(tok) or "be"
            return _with_subject_verb(Candidate(person, role, [tok, tok.head], lemma, 2), tok.head)
    for c in tok.subtree:
        # "the ambassador in P, X": the name may hang on the place
        apposed = c.dep_ == "appos" or _comma_conjunct(c, tok)
        if apposed and (c.head.i == tok.i or _in_location_tail(c.head, tok)):
            person = ctx.mention_at(c)
            if person is not None and person.ref.kind == "person":
                cand = Candidate(person, role, [tok, c], "be", 2)
                return _representative(_with_subject_verb(cand, tok), tok, ctx)
    return None


def _participle_start(office: Token) -> str | None:
    """'X, appointed ambassador to P in A, ...' parsed with the participle as a modifier of
    the office: the lemma of a participle of taking up the post ("appointed", "named",
    "elected") that modifies the apposed office, whose dates then start the term; else None."""
    for c in office.lefts:
        if c.dep_ == "amod" and c.tag_ in ("VBN", "VBD") and lemma_of(c) in START_WORDS:
            return lemma_of(c)
    return None


# Words the parser reads as a preposition before an office ("Under Secretary of State").
_OFFICE_PREFIXES = frozenset(["under"])


def _misparsed_apposition(office: Token, ctx: DocContext) -> tuple[Mention, str] | None:
    """'X, Secretary of State from A to B, had gone', 'X, Under Secretary of State since A,
    issued': an office right after the comma that closes a person's name, with dates after it,
    which the parser hung on the name as an adverbial noun (or as the object of "Under"), is
    apposed to the name. Returns the name and the prefix the office lost ("under "), or None."""
    prefix, name = "", office.head
    if office.dep_ == "pobj" and office.head.lower_ in _OFFICE_PREFIXES:
        prefix, name = office.head.lower_ + " ", office.head.head
    elif office.dep_ not in ("npadvmod", "nmod", "dep"):
        return None
    first = office.left_edge if not prefix else office.head
    if first.i < 2 or office.doc[first.i - 1].text != "," or name.i != first.i - 2:
        return None
    person = ctx.mention_at(name)
    if person is None or person.ref.kind != "person":
        return None
    return (person, prefix) if _appended_dates(office, {name.i, first.i}, ctx) else None


def _appended_dates(office: Token, hosts: set[int], ctx: DocContext) -> bool:
    """Whether a since/from/until phrase with a date follows ``office`` before the next comma,
    hung on the office or on one of the tokens at ``hosts`` (the name, the office's first)."""
    for t in office.doc[office.i + 1 : min(len(office.doc), office.i + 12)]:
        if t.text in (",", ";", "(") or t.is_sent_end:
            return False
        if t.lower_ in ("since", "from", "until", "till") and t.head.i in hosts | {office.i}:
            return bool(ctx.times_in(t.i, t.i + 6))
    return False


def _next_apposed_name(office: Token, ctx: DocContext) -> Mention | None:
    """'the invitation of President X, the Chairman of the Council, Comrade Y, ...': an
    office and the name right after it, both hung on a name that has its own title, go
    together."""
    head = office.head
    if not any(c.dep_ == "compound" and is_office(c) for c in head.lefts):
        return None
    edge = office.right_edge.i
    for c in head.children:
        if c.dep_ == "appos" and c.left_edge.i == edge + 2 and office.doc[edge + 1].text == ",":
            m = ctx.mention_at(c)
            return m if m is not None and m.ref.kind == "person" else None
    return None


def _last_conjunct_before(office: Token, ctx: DocContext) -> Mention | None:
    """'A and X, prime minister since 1955, travelled': a singular office the parser hung on
    the first of coordinated names belongs to the name right before its comma, the last
    conjunct (a plural office, "A and X, the two foreign ministers", stays on the first)."""
    if office.tag_ == "NNS" or office.left_edge.i < 2:
        return None
    comma = office.doc[office.left_edge.i - 1]
    if comma.text != ",":
        return None
    for c in sorted(office.head.conjuncts, key=lambda t: -t.i):
        # "A, office, B for P, and X, office": the parser may chain X on B, not on A
        if c.i > office.head.i and c.right_edge.i == comma.i - 1:
            m = ctx.mention_at(c)
            return m if m is not None and m.ref.kind == "person" else None
    return None


def _second_subject_name(office: Token, ctx: DocContext) -> Mention | None:
    """'The Governor-General, Sir X, in office since A, ordered ...' parsed with two subjects:
    the name right after the office subject's comma is apposed to it."""
    edge = max(t.i for t in office.subtree if not t.is_punct)
    if edge + 2 >= len(office.doc) or office.doc[edge + 1].text != ",":
        return None
    for c in office.head.children:
        if c.dep_ == "nsubj" and c.i != office.i and c.left_edge.i == edge + 2:
            m = ctx.mention_at(c)
            return m if m is not None and m.ref.kind == "person" else None
    return None


def _apposed_conjunct(tok: Token, ctx: DocContext) -> bool:
    """'X, P's envoy and later ambassador': an office the parser coordinated with the person's
    name, right after the comma that closes the name, stands in apposition to it."""
    if tok.dep_ != "conj" or tok.head.i >= tok.i:
        return False
    person = ctx.mention_at(tok.head)
    if person is None or person.ref.kind != "person":
        return False
    after = tok.doc[tok.head.i + 1] if tok.head.i + 1 < len(tok.doc) else None
    return after is not None and after.text == "," and after.i < tok.left_edge.i


def _comma_conjunct(name: Token, office: Token) -> bool:
    """'among them the chargé d'affaires, L. Bruce Laingen, who ...': a name the parser
    coordinated with a singular office, right after the office's comma and with no "and"
    or "or", stands in apposition to it."""
    if name.dep_ != "conj" or name.head.i != office.i or office.tag_ == "NNS":
        return False
    if any(c.dep_ in ("cc", "preconj") for c in office.children):
        return False
    return name.left_edge.i > 0 and name.doc[name.left_edge.i - 1].text == ","


def _representative(cand: Candidate, office: Token, ctx: DocContext) -> Candidate:
    """'A is represented in P by its minister, X': the office that represents a state in
    another's capital is an envoy's post, of the represented state in P."""
    verb = office.head.head if office.dep_ == "pobj" and office.head.dep_ == "agent" else None
    if verb is None or lemma_of(verb) != "represent":
        return cand
    host = verb_destination(verb, ctx)
    subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    served = ctx.mention_at(subj) if subj is not None else None
    if host is None or served is None or not served.state or served.state == host:
        return cand
    cand.served, cand.host, cand.envoy = served.state, host, True
    return cand


def _with_subject_verb(cand: Candidate, subject: Token) -> Candidate:
    """'The first ambassador to P, X, arrived in March 1955': when the apposition is the
    subject of a verb of taking up or leaving the post, that verb's dates bound the term."""
    verb = subject.head
    bounding = (
        subject.dep_ in ("nsubj", "nsubjpass")
        and lemma_of(verb) in _BOUNDING_VERBS
        and not _another_office_taken(verb, cand)
    )
    if bounding and is_factual(verb, verb, subject.sent):
        cand.anchors.append(verb)
        # "the chargé d'affaires, X, was promoted to ambassador": the old post ends, as does
        # that of "X, president since A, was succeeded/replaced by Y in B"
        cand.verb_lemma = (
            "leave"
            if promotion_office(verb) is not None
            else "replace"
            if _replaced(subject, verb)
            else lemma_of(verb)
        )
    elif _recalled(subject, verb, cand):
        # "London withdrew X, ambassador in P since A": the envoy's post ends
        cand.anchors.append(verb)
        cand.verb_lemma = "recall"
    elif (
        ends_the_holder(subject, verb)
        and not _former(cand.anchors[0])
        and is_factual(verb, verb, subject.sent)
    ):
        # "X, President since A, died/fled/was shot in B": the office ends with its holder
        cand.anchors.append(verb)
        cand.verb_lemma = "resign"
    return cand


# Verbs whose passive subject's office ends with the event: being killed or overthrown (the
# active ones are HOLDER_END_VERBS).
KILLED_VERBS = OUSTING_VERBS | {
    "kill",
    "shoot",
    "assassinate",
    "murder",
    "execute",
    "hang",
    "topple",
    "remove",
}


# Verbs by which a state calls its envoy home ("withdrew X, its ambassador").


def _recalled(person: Token, verb: Token, cand: Candidate) -> bool:
    """Return whether ``person``, apposed to a diplomatic office, is the object of a factual
    verb of recalling ("London withdrew X, ambassador in P since A")."""
    return (
        person.dep_ == "dobj"
        and lemma_of(verb) in RECALLING_VERBS
        and is_diplomatic(cand.role)
        and is_factual(verb, verb, person.sent)
    )


def _another_office_taken(verb: Token, cand: Candidate) -> bool:
    """'The foreign minister, X, was elected president of the Assembly': a verb of taking up
    an office named as its complement starts that office, not the one apposed to its subject
    (a promotion, which ends the apposed post, is told apart by :func:`promotion_office`)."""
    if lemma_of(verb) not in START_WORDS or promotion_office(verb) is not None:
        return False
    return any(
        c.dep_ in ("oprd", "attr") and is_office(c) and not cand.role.endswith(c.lower_)
        for c in verb.children
    )


def _replaced(subject: Token, verb: Token) -> bool:
    """Return whether ``subject`` is the one a passive verb of succeeding replaces ("X was
    succeeded by Y", "X was replaced by Y"): his office ends, not begins, at its date."""
    return subject.dep_ == "nsubjpass" and lemma_of(verb) in REPLACING_VERBS


def _former(office: Token) -> bool:
    """'the former prime minister X was killed': the office had ended before the event."""
    return any(t.lower_ in ("former", "ex", "late") for t in office.lefts)


def ends_the_holder(subject: Token, verb: Token) -> bool:
    """Return whether ``verb`` ends the life or the rule of its ``subject`` ("X died", "X was
    shot", "X was overthrown"); "X shot the guard" or "X was removed to a hospital" do not
    ("removed from office", "removed by the army", "removed in November" do)."""
    lemma = lemma_of(verb)
    if subject.dep_ == "nsubj" and lemma in HOLDER_END_VERBS:
        return True
    if subject.dep_ != "nsubjpass" or lemma not in KILLED_VERBS:
        return False
    if lemma != "remove" or any(
        (c.dep_ == "prep" and c.lower_ == "from") or c.dep_ == "agent" for c in verb.children
    ):
        return True
    # "was removed in November", not "was removed to a hospital"; "was removed in A and
    # succeeded by Y" is left to the succession, which dates both terms
    return not any(
        (c.dep_ == "prep" and c.lower_ in ("to", "into"))
        or (c.dep_ == "conj" and lemma_of(c) in REPLACING_VERBS)
        for c in verb.children
    )


def _in_location_tail(node: Token, office: Token) -> bool:
    return (
        node.dep_ == "pobj"
        and node.head.lower_ in ("in", "to", "at")
        and node.head.head.i == office.i
    )

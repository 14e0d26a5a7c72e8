"""Tenure candidates: the offices a sentence links to a person ("X served as <office>", "X,
<office> from A to B", "Ambassador X was recalled", "X headed the mission") and their helpers."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from diplomatica.nlp.events.context import DocContext, Mention
from diplomatica.nlp.events.modality import is_factual
from diplomatica.nlp.events.tenure_base import (
    END_WORDS,
    HELD_VERBS,
    START_WORDS,
    STAY_VERBS,
    Candidate,
    has_then,
    lemma_of,
)
from diplomatica.nlp.events.tenure_dates import anchored_times, term_bounds
from diplomatica.nlp.events.tenure_facts import (
    HELD_PLACES,
    HOLD_VERBS,
    SUCCESSION_POSTS,
    PendingAppointment,
    last_office,
    tenure_state,
    verb_destination,
)
from diplomatica.nlp.events.tenure_links import (
    clause_subject,
    name_mention,
    object_person,
    person_at,
    subject_person,
)
from diplomatica.nlp.events.tenure_roles import (
    HEADED_BODIES,
    TENURE_NOUNS,
    is_diplomatic,
    is_office,
    normalise_role,
    office_states,
    raw_role,
    separate_offices,
)

# Journeys, which bound only diplomatic posts.
TRAVEL_WORDS = frozenset(["reach", "arrive", "arrival", "leave", "depart", "departure", "return"])
# Verbs that link a person to a non-diplomatic office with "as" ("addressed as Great Leader" is
# a title, not an office).
_AS_VERBS = START_WORDS | END_WORDS | STAY_VERBS | {"act", "function", "be", "hold"}
_AS_VERBS |= {"reign", "rule", "govern"}  # "reigned as Pope", "ruled Zaire as President"
_NOT_OFFICE_VERBS = frozenset(
    [
        "address",
        "call",
        "describe",
        "regard",
        "refer",
        "know",
        "hail",
        "consider",
        "treat",
        "see",
        "style",
        "praise",
        "introduce",
        "present",
    ]
) - {"present"}

_PREDICATE_VERBS = frozenset(["be", "become", "remain", "stay", "name", "appoint", "elect", "make"])
_TITLED_VERBS = START_WORDS | END_WORDS | STAY_VERBS
_TERM_NOUNS = frozenset(["term", "tenure", "mandate", "office"])
# Bodies whose chair is an office ("chaired the council until 1969"); a meeting's chair is not.
CHAIRED_BODIES = frozenset(["council", "committee", "commission", "presidium", "board", "junta"])
_HELD_NOUNS = _TERM_NOUNS | {
    "time",
    "years",
    "year",
    "period",
    "stint",
    "service",
    "day",
    "post",
    "position",
}


def _post_verb(post: Token) -> Token:
    return post.head.head if post.dep_ == "pobj" else post.head


def _as_verb(prep: Token) -> Token:
    node = prep
    while node.dep_ == "conj" and node.head.i != node.i:
        node = node.head
    return node.head


def _post_of(tok: Token) -> bool:
    """'took up the post of ambassador', 'left the office of foreign minister'."""
    return (
        tok.dep_ == "pobj"
        and tok.head.lower_ == "of"
        and lemma_of(tok.head.head) in SUCCESSION_POSTS
        and tok.head.head.dep_ in ("dobj", "pobj", "nsubjpass")
    )


def _as_candidate(
    tok: Token, ctx: DocContext, sent: Span, via: Token | None = None
) -> Candidate | None:
    prep = via if via is not None else tok.head
    verb = _as_verb(prep) if via is None else _post_verb(via)
    lemma = lemma_of(verb)
    role = normalise_role(raw_role(tok, ctx))
    if verb.pos_ not in ("VERB", "AUX"):
        return _term_candidate(tok, prep, verb, ctx) if via is None else None
    if lemma in ("succeed", "replace"):
        return None  # "X succeeded Y as <office>": see successions
    if lemma in _NOT_OFFICE_VERBS or (lemma not in _AS_VERBS and not is_diplomatic(role)):
        return None
    if not is_factual(verb, verb, sent):
        return None
    person = object_person(verb, ctx) or subject_person(verb, ctx)
    if person is None:
        _remember_unnamed(verb, tok, role, ctx, sent)
        return None
    then = has_then(prep, tok) or (prep.dep_ == "prep" and has_then(verb) and verb.dep_ == "conj")
    anchors = [tok, prep] if has_then(prep, tok) else [verb, tok, prep]
    return Candidate(person, role, anchors, lemma, 3, then=then)


def _term_candidate(office: Token, prep: Token, noun: Token, ctx: DocContext) -> Candidate | None:
    """ "X's tenure as <office> (1970-74)", "his appointment as <office> in 1965", "served two
    terms as <office>", "resigned from his post as <office>": a term of office (or its start
    or end) and its holder; the dates hang on the noun, its verb, or close the phrase."""
    lemma = lemma_of(noun)
    if lemma not in _HELD_NOUNS and lemma not in START_WORDS | END_WORDS:
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    person = person_at(owner, ctx) if owner is not None else None
    if person is None and noun.dep_ == "dobj" and lemma_of(verb) in HELD_VERBS:
        person = subject_person(verb, ctx)  # "served two terms as president"
    if person is None:
        return None
    role = normalise_role(raw_role(office, ctx))
    anchors = [office, prep, noun]
    if lemma not in _HELD_NOUNS:  # "appointment", "arrival", "resignation"
        return Candidate(person, role, anchors, lemma, 2)
    if verb.pos_ == "VERB" and lemma_of(verb) in START_WORDS | END_WORDS | HELD_VERBS:
        if not is_factual(verb, verb, office.sent):
            return None
        return Candidate(person, role, [*anchors, verb], lemma_of(verb), 2)
    return Candidate(person, role, anchors, "be", 2)


def _predicate_candidate(tok: Token, ctx: DocContext, sent: Span) -> Candidate | None:
    verb = tok.head
    lemma = lemma_of(verb)
    if tok.dep_ == "dobj" and lemma in START_WORDS and not _is_passive(verb):
        named = _compound_person(tok, ctx) or _second_object_person(tok, verb, ctx)
        if named is not None and is_factual(verb, verb, sent):
            # "appointed X ambassador to P", parsed with the name as a compound of the office
            return Candidate(named, normalise_role(raw_role(tok, ctx)), [verb, tok], lemma, 3)
        if is_factual(verb, verb, sent):
            _remember_unnamed(verb, tok, normalise_role(raw_role(tok, ctx)), ctx, sent)
        return None
    if lemma not in _PREDICATE_VERBS | HOLD_VERBS | {"assume"}:
        return None
    if not (is_factual(verb, verb, sent) or _looking_back(verb)):
        return None
    if lemma == "become" and first_to_do(tok, verb):
        return None  # "became the first sitting president to visit P" states a record
    if tok.dep_ == "dobj" and lemma in HOLD_VERBS | {"assume"} and tok.lower_ in TENURE_NOUNS:
        person = subject_person(verb, ctx)  # "held the ambassadorship until 1966"
    elif tok.dep_ == "dobj" and not _is_passive(verb):
        person = None  # "appointed the ambassador" names no holder
    else:
        person = object_person(verb, ctx) if tok.dep_ == "oprd" else None
        person = person or subject_person(verb, ctx)
    role = normalise_role(raw_role(tok, ctx))
    person = person or _glued_subject(verb, ctx)
    if person is None:
        return None
    if verb.dep_ == "conj" and _power_taken(verb.head):
        # "seized power in A and remained president until B": the office from A
        return Candidate(person, role, [verb, tok, verb.head], "become", 3)
    return Candidate(person, role, [verb, tok], lemma, 3)


_POWER_VERBS = frozenset(["seize", "take", "assume", "grab"])


def _power_taken(verb: Token) -> bool:
    """'seized power', 'took power', 'assumed office': the start of a ruler's term."""
    return lemma_of(verb) in _POWER_VERBS and any(
        c.dep_ == "dobj" and lemma_of(c) in ("power", "office") for c in verb.children
    )


def _looking_back(verb: Token) -> bool:
    """'X, who seized power in A and would remain president until B': a narrator's "would"
    with an end date, in a relative clause or after a past verb, states what happened later;
    "X would remain president until B if ..." does not."""
    after_past = verb.dep_ == "relcl" or (verb.dep_ == "conj" and verb.head.tag_ in ("VBD", "VBN"))
    return (
        lemma_of(verb) in STAY_VERBS | {"be"}
        and after_past
        and not any(c.dep_ == "advcl" for c in verb.children)
        and any(c.dep_ == "aux" and c.lower_ == "would" for c in verb.children)
        and not any(c.dep_ == "aux" and c.lower_ == "have" for c in verb.children)
        and any(c.dep_ == "prep" and c.lower_ in ("until", "till") for c in verb.children)
    )


_GENERIC_HEADS = frozenset(["head of state", "head of government"])


def titles_over_generic_heads(cands: list[Candidate]) -> list[Candidate]:
    """'President X, head of state since 1956', 'Ambassador Y, head of the embassy since 1962':
    the generic office apposed to a titled name is the title's office; its dates go to the
    title's statement, which replaces it."""
    out: list[Candidate] = []
    for c in cands:
        titled = next(
            (d for d in cands if d.titled and d is not c and d.person.ref.key == c.person.ref.key),
            None,
        )
        if titled is not None and _generic_for(c.role, titled.role):
            titled.times.extend(c.times)
            titled.time_pos.extend(c.time_pos)
            titled.served = titled.served or c.served
            titled.host = titled.host or c.host
            continue
        out.append(c)
    return out


def _generic_for(role: str, title: str) -> bool:
    """'head of state' for a president, 'head of the embassy' for an ambassador: an office
    the titled office already names."""
    if role in _GENERIC_HEADS:
        return title not in _GENERIC_HEADS
    return (
        role.startswith("head of ")
        and is_diplomatic(role)
        and is_diplomatic(title)
        and not title.startswith("head of ")
    )


def _second_object_person(office: Token, verb: Token, ctx: DocContext) -> Mention | None:
    """'whom I made prime minister', 'named X ambassador' parsed with two objects: the person
    among the verb's other objects."""
    others = [c for c in verb.children if c.dep_ == "dobj" and c.i != office.i]
    return next((m for c in others if (m := person_at(c, ctx)) is not None), None)


def first_to_do(office: Token, verb: Token) -> bool:
    """'the first (sitting) president to visit', 'the only minister to attend': an ordinal
    office followed by an infinitive (on the office or, misparsed, on the verb) of doing
    something other than holding it ("the first ambassador to serve in P" starts a term)."""
    before = [t for t in office.subtree if t.i < office.i]
    if not any(t.ent_type_ == "ORDINAL" or t.lower_ in ("first", "only") for t in before):
        return False
    # "became the first head of state to come to P": the infinitive may hang on the verb
    clauses = [
        c
        for t in (office, verb)
        for c in t.children
        if c.dep_ in ("acl", "relcl", "xcomp", "advcl")
    ]
    return any(
        lemma_of(c) not in HELD_VERBS | {"represent"}
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in clauses
    )


def _glued_subject(verb: Token, ctx: DocContext) -> Mention | None:
    """'Between 1962 and 1966 X was ambassador': a subject the parser glued to the date
    opening the sentence is the person named just before the verb."""
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) or verb.i == 0:
        return None
    m = ctx.mention_at(verb.doc[verb.i - 1])
    return m if m is not None and m.ref.kind == "person" else None


def _compound_person(office: Token, ctx: DocContext) -> Mention | None:
    for c in office.lefts:
        m = ctx.mention_at(c)
        if c.dep_ == "compound" and m is not None and m.ref.kind == "person":
            return m
    return None


def _is_passive(verb: Token) -> bool:
    """'was appointed', also 'was recalled ... and appointed' (passive shared by a conjunct)."""
    node = verb
    for _ in range(3):
        if any(c.dep_ in ("auxpass", "nsubjpass") for c in node.children):
            return True
        if node.dep_ != "conj" or any(c.dep_ == "nsubj" for c in node.children):
            return False
        node = node.head
    return False


def _appos_candidate(tok: Token, ctx: DocContext) -> Candidate | None:
    role = normalise_role(raw_role(tok, ctx))
    if tok.dep_ == "nsubj" and (named := _second_subject_name(tok, ctx)) is not None:
        return Candidate(named, role, [tok], "be", 2)
    if tok.dep_ == "appos" or _apposed_conjunct(tok, ctx):
        person = _next_apposed_name(tok, ctx) or ctx.mention_at(tok.head)
        if (
            (person is None or person.ref.kind == "organization")
            and tok.head.pos_ == "PROPN"
            and tok.head.dep_ != "compound"
        ):
            # "Durga Prasad Dhar, the special envoy": a name with an office in apposition
            # names a person, even when the recogniser took it for an organisation
            person = name_mention(tok.head)
        if person is not None and person.ref.kind == "person":
            return _with_subject_verb(Candidate(person, role, [tok, tok.head], "be", 2), tok.head)
    for c in tok.subtree:
        # "the ambassador in P, X": the name may hang on the place
        if c.dep_ == "appos" and (c.head.i == tok.i or _in_location_tail(c.head, tok)):
            person = ctx.mention_at(c)
            if person is not None and person.ref.kind == "person":
                cand = Candidate(person, role, [tok, c], "be", 2)
                return _representative(_with_subject_verb(cand, tok), tok, ctx)
    return None


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
    bounding = subject.dep_ in ("nsubj", "nsubjpass") and lemma_of(verb) in _BOUNDING_VERBS
    if bounding and is_factual(verb, verb, subject.sent):
        cand.anchors.append(verb)
        # "the chargé d'affaires, X, was promoted to ambassador": the old post ends
        cand.verb_lemma = "leave" if _promotion_office(verb) is not None else lemma_of(verb)
    elif (
        _ends_the_holder(subject, verb)
        and not _former(cand.anchors[0])
        and is_factual(verb, verb, subject.sent)
    ):
        # "X, President since A, died/fled/was shot in B": the office ends with its holder
        cand.anchors.append(verb)
        cand.verb_lemma = "resign"
    return cand


# Verbs whose subject's office ends with the event: dying or fleeing, and (passive) being
# killed or overthrown.
_DYING_VERBS = frozenset(["die", "flee"])
_KILLED_VERBS = frozenset(
    ["kill", "shoot", "assassinate", "murder", "execute", "hang", "overthrow", "depose", "oust"]
) | {"topple", "remove"}


def _former(office: Token) -> bool:
    """'the former prime minister X was killed': the office had ended before the event."""
    return any(t.lower_ in ("former", "ex", "late") for t in office.lefts)


def _ends_the_holder(subject: Token, verb: Token) -> bool:
    """Return whether ``verb`` ends the life or the rule of its ``subject`` ("X died", "X was
    shot", "X was overthrown"); "X shot the guard" or "X was removed to a hospital" do not."""
    lemma = lemma_of(verb)
    if subject.dep_ == "nsubj" and lemma in _DYING_VERBS:
        return True
    if subject.dep_ != "nsubjpass" or lemma not in _KILLED_VERBS:
        return False
    return lemma != "remove" or any(c.dep_ == "prep" and c.lower_ == "from" for c in verb.children)


_PROMOTION_VERBS = frozenset(["promote", "raise", "elevate", "upgrade", "advance"])
_BOUNDING_VERBS = START_WORDS | END_WORDS | _PROMOTION_VERBS
_ACCESSION_VERBS = frozenset(["return", "rise", "accede", "come", "ascend"])


def _promotion_office(verb: Token) -> Token | None:
    """Return the office a promotion verb names ("promoted to ambassador", "raised to the rank
    of ambassador"), or None."""
    accession = lemma_of(verb) in _ACCESSION_VERBS
    if lemma_of(verb) not in _PROMOTION_VERBS and not accession:
        return None
    for prep in verb.children:
        if prep.dep_ == "xcomp" and is_office(prep):
            return prep  # the parser reads "promoted to ambassador" as "to" + verb
        if prep.dep_ != "prep" or prep.lower_ != "to":
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            if accession:
                # "returned to the premiership", "rose to the presidency"
                return obj if obj.lower_ in TENURE_NOUNS else None
            if is_office(obj):
                return obj
            if obj.lemma_.lower() in ("rank", "post", "grade", "level"):
                inner = [o for c in obj.children if c.lower_ == "of" for o in c.children]
                return next((o for o in inner if is_office(o)), None)
    return None


def share_promotion_dates(cands: list[Candidate]) -> None:
    """'The chargé d'affaires in P, X, was promoted to ambassador in 1971': the promotion's
    date ends the old post, and the new post is held in the same capital."""
    for new in (c for c in cands if c.verb_lemma == "promote"):
        for old in cands:
            if old.verb_lemma != "leave" or old.person.ref.key != new.person.ref.key:
                continue
            old.times = old.times or list(new.times)
            new.times = new.times or list(old.times)
            new.served, new.host = new.served or old.served, new.host or old.host


def _promotion_candidate(office: Token, ctx: DocContext, sent: Span) -> Candidate | None:
    """'X was promoted to ambassador in April 1971': the new office starts at the verb's date."""
    verb = office.head
    while verb.dep_ in ("prep", "pobj", "xcomp") and verb.head.i != verb.i:
        verb = verb.head
        if verb.pos_ == "VERB":
            break
    named = _promotion_office(verb)
    if named is None or named.i != office.i:
        return None
    if not is_factual(verb, verb, sent):
        return None
    person = subject_person(verb, ctx) or object_person(verb, ctx)
    if person is None:
        return None
    role = normalise_role(raw_role(office, ctx))
    return Candidate(person, role, [verb, office, office.head], "promote", 3)


def _in_location_tail(node: Token, office: Token) -> bool:
    return (
        node.dep_ == "pobj"
        and node.head.lower_ in ("in", "to", "at")
        and node.head.head.i == office.i
    )


def _governor(token: Token) -> Token:
    """Return the verb (or event noun, "the dispatch of Ambassador X") governing a person."""
    node = token
    for _ in range(4):
        head = node.head
        if head.i == node.i:
            return node
        if node.dep_ == "pobj" and head.lower_ not in ("of", "by"):
            return head  # "under Prime Minister X": an adjunct, not the one who acts
        if head.pos_ in ("VERB", "AUX") or lemma_of(head) in START_WORDS | END_WORDS:
            return head
        if node.dep_ not in ("pobj", "prep", "compound", "appos", "conj"):
            return head
        node = head
    return node


def _titled_candidate(tok: Token, ctx: DocContext) -> Candidate | None:
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
    if lemma in _TITLED_VERBS:
        anchors.append(verb)
    elif _mentions_own_term(verb):
        anchors.append(verb)  # "Ambassador X did ... during his term of office until 1971"
    anchors.extend(_apposed_term(holder, verb))
    return Candidate(person, role, anchors, lemma, 1, titled=True)


def _apposed_term(holder: Token, verb: Token) -> list[Token]:
    """'Prime Minister X, in office since 1946, received ...', 'King X, on the throne since
    1952': an "in office" phrase set off by commas right after the name, which the parser may
    hang on the verb; returns its noun."""
    out: list[Token] = []
    heads = [holder, verb, *holder.ancestors]
    for prep in (c for h in heads for c in h.children):
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "on") or prep.i != holder.i + 2:
            continue
        if prep.doc[holder.i + 1].text != ",":
            continue
        for p in prep.children:
            if p.dep_ != "pobj" or p.lower_ not in HELD_PLACES:
                continue
            out.append(p)
            after = p.doc[p.i + 1] if p.i + 1 < len(p.doc) else p
            if after.dep_ == "prep" and after.lower_ in ("since", "from", "until", "till"):
                out.append(after)  # "in office since 1946", parsed with "since" on the verb
    return out


def _mentions_own_term(verb: Token) -> bool:
    return any(
        lemma_of(t) in _TERM_NOUNS and any(c.dep_ == "poss" for c in t.children)
        for t in verb.subtree
    )


def office_candidates(sent: Span, ctx: DocContext) -> list[Candidate]:
    """Return the candidates of the offices in ``sent`` that a clause links to a person."""
    out: list[Candidate] = []
    for tok in sent:
        if lemma_of(tok) == "leader" and (led := _dated_leader(tok, ctx, sent)) is not None:
            out.append(led)
        if not is_office(tok):
            continue
        cand: Candidate | None = None
        if tok.dep_ in ("xcomp", "pobj") and (promoted := _promotion_candidate(tok, ctx, sent)):
            cand = promoted
        elif tok.dep_ == "pobj" and tok.head.lower_ == "as":
            cand = _as_candidate(tok, ctx, sent)
        elif _post_of(tok):
            cand = _as_candidate(tok, ctx, sent, via=tok.head.head)
        elif tok.dep_ in ("attr", "oprd", "dobj"):
            cand = _predicate_candidate(tok, ctx, sent)
        elif tok.dep_ == "compound":
            cand = _titled_candidate(tok, ctx)
        elif tok.dep_ == "nsubj" and _misparsed_predicate(tok):
            cand = _predicate_candidate(tok, ctx, sent)
        elif tok.dep_ == "nsubj":
            cand = _inverted_candidate(tok, ctx, sent)
        elif tok.dep_ == "conj" and (is_office(tok.head) or _copula(tok.head)):
            # "was prime minister from A to B and then president until C" (the parser may
            # coordinate the second office with the copula)
            cand = _conjoined_office(tok, out, ctx)
        elif tok.dep_ == "conj" and _inside_time(tok.head, ctx):
            cand = _office_after_dates(tok, out, ctx)
        if cand is None and tok.dep_ != "compound":
            cand = _appos_candidate(tok, ctx)
        if cand is None:
            continue
        served, host = office_states(tok, ctx)
        cand.served, cand.host = served or cand.served, host or cand.host
        if cand.host is None and cand.priority >= 3:
            cand.host = verb_destination(cand.anchors[0], ctx)
        cand.anchors.extend(_post_held(cand.anchors[0], tok))
        out.append(cand)
        out.extend(_second_posts(cand, ctx))
        out.extend(_conjoined_ends(cand, sent))
    return out


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


def _conjoined_ends(cand: Candidate, sent: Span) -> list[Candidate]:
    """'was appointed ambassador in A and recalled in B': a coordinated verb of leaving the
    post, without a subject of its own, ends the same term."""
    verb = cand.anchors[0]
    if verb.pos_ not in ("VERB", "AUX"):
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


def _inverted_candidate(office: Token, ctx: DocContext, sent: Span) -> Candidate | None:
    """'The ambassador to P from A to B was X': the office is the subject, the holder the
    predicate."""
    verb = office.head
    if lemma_of(verb) != "be" or not is_factual(verb, verb, sent):
        return None
    attr = next((c for c in verb.children if c.dep_ == "attr"), None)
    person = ctx.mention_at(attr) if attr is not None else None
    if person is None or person.ref.kind != "person":
        return None
    return Candidate(person, normalise_role(raw_role(office, ctx)), [verb, office], "be", 3)


def _misparsed_predicate(office: Token) -> bool:
    """'X, who arrived in A, was the first ambassador' parsed with two subjects: an office
    after its copula, whose subject comes before it, is the predicate."""
    verb = office.head
    return (
        lemma_of(verb) == "be"
        and office.i > verb.i
        and any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children)
    )


def _post_held(verb: Token, office: Token) -> list[Token]:
    """'became ambassador, a post he held until 1975': the clause holding the post dates it."""
    out: list[Token] = []
    for node in (verb, office):
        for post in node.children:
            if lemma_of(post) not in SUCCESSION_POSTS or post.dep_ not in ("attr", "appos"):
                continue
            out.extend(c for c in post.children if c.dep_ == "relcl" and lemma_of(c) in HOLD_VERBS)
    return out


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
    return [Candidate(person, "ambassador", [verb], "present", 3, None, host)]


def _is_credentials(papers: Token) -> bool:
    """'his credentials', 'his letters of credence'."""
    if lemma_of(papers) == "credential":
        return True
    return lemma_of(papers) == "letter" and any(
        p.lower_ == "credence" for c in papers.children if c.lower_ == "of" for p in c.children
    )


def head_candidates(sent: Span, ctx: DocContext) -> list[Candidate]:
    """Return the candidates of heading or chairing a body, or of presenting credentials."""
    out: list[Candidate] = []
    for verb in sent:
        if verb.pos_ == "VERB" and lemma_of(verb) == "present":
            out.extend(_credentials(verb, ctx, sent))
        chair = lemma_of(verb) == "chair"
        if verb.pos_ != "VERB" or not (chair or lemma_of(verb) in ("head", "lead")):
            continue
        body, link = _headed_body(verb)
        if body is None or not (
            lemma_of(body) in CHAIRED_BODIES if chair else _body_is_office(body, ctx)
        ):
            continue
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
        role = ("chairman of " if chair else "head of ") + " ".join([*words, body.lower_])
        served, host = office_states(body, ctx)
        purpose = verb.dep_ in ("advcl", "xcomp")  # "was sent to P to head the office"
        host = host or verb_destination(verb, ctx)
        host = host or (verb_destination(verb.head, ctx) if purpose else None)
        then = has_then(verb) or (purpose and has_then(verb.head))
        out.append(Candidate(person, role, [verb, body], "serve", 3, served, host, then=then))
    return out


def _remember_unnamed(verb: Token, office: Token, role: str, ctx: DocContext, sent: Span) -> None:
    """'The Korean side sent an ambassador in 1990': keep the appointment for the next
    sentence, which may name the appointee."""
    if lemma_of(verb) not in START_WORDS or office.tag_ in ("NNS", "NNPS"):
        return
    objs = [c for c in verb.children if c.dep_ == "dobj"]
    if any(o.tag_ in ("NNS", "NNPS") for o in objs):
        return
    times = anchored_times([verb, office], sent, ctx)
    served, host = office_states(office, ctx)
    subj = clause_subject(verb)
    if served is None and subj is not None:
        served = next(
            (m.state for m in ctx.mentions_in(subj.left_edge.i, subj.i + 1) if m.state), None
        )
    state = tenure_state(ctx)
    start, end = term_bounds(times, "send")
    state.pending.append(
        PendingAppointment(
            role,
            start,
            end,
            served,
            host or verb_destination(verb, ctx),
            state.sentence,
            ctx.paragraph_start(sent.start_char),
        )
    )


def agent(verb: Token) -> Token | None:
    """Return the object of the "by" agent of the passive ``verb``, else None."""
    for c in verb.children:
        if c.dep_ == "agent":
            for p in c.children:
                if p.dep_ == "pobj":
                    return p
    return None

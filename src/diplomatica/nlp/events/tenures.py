"""Tenures: who held which office for which state (and, for envoys, where), from when to when.

Sentence by sentence, offices are linked to a person by the clause that states them:

* "X served/worked/acted as <office> (to P) from A to B", "sent X as <office> for A to B",
  "assisted by X as <office>" (the object, else the subject, of the "as" verb);
* "X was/became <office> until B", "X was appointed <office> in A" (copula, predicate);
* "X, <office> from A to B" and "the <demonym> <office> in P, X" (apposition);
* "Ambassador X was recalled in A", "the new Ambassador X arrived in A", "the dispatch of
  Ambassador X in A" (a title with a verb or noun of taking up or leaving the post);
* "X headed the <demonym> mission/government/liaison office in P from A", "the office, led by X";
* "Y was succeeded in A by X (as <office>)", "X succeeded Y as <office>" (ends Y's tenure, starts
  X's; the office defaults to Y's last one);
* "X, who stayed/remained (in P) until B" (ends X's last tenure);
* "sent an ambassador in A ... . Ambassador X ..." (an unnamed appointee named in the next
  sentence of the paragraph);
* "X's tenure/time/appointment as <office> (A-B)", "served two terms as", "dismissed from his
  post as" (a term noun and its holder); "held the presidency/ambassadorship until B";
* "The ambassador to P from A to B was X" (inverted copula); "became <office>, a post he held
  until B"; "was ambassador (A-B) and later <office> (C-D)"; "appointed ... and recalled in B";
* "the embassy was headed by X", "X chaired the council until B", "was then sent to P to head
  the liaison office", "X replaced Y as <office>", "reached P as chargé d'affaires";
* "X, <office> of A from D1 until his dismissal on D2" (the dates closing an apposition);
  "X became <office>, serving from A to B" (a participle of serving); "Y has held the same
  post (in P) since A" (the office last stated); "A is represented in P by its minister, X"
  (an envoy of A to P); "Ambassadors were exchanged in A, when X was sent to P"; "X was
  removed from his posts in A" (ends X's last tenure; "Y succeeded him" then starts in A);
  "X was the first head of the mission" (starts when the paragraph's missions opened);
* "until his death/assassination in B" ends a term; a decade ("in the early 1960s") bounds
  a held office;
  "in A, when X was appointed" dates by the year the clause modifies.

Journeys (arrive, leave, return, reach) bound only diplomatic posts, and not when made for a
purpose ("for consultations", "to attend"); a title in an adjunct ("under Prime Minister X")
takes no date from the clause.

Dates belong to a statement when the time expression hangs (through prepositions and nouns) on
its verb or office noun before reaching another verb. Relative pronouns, pronouns and
coordinated verbs resolve to the person they stand for.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from spacy.tokens import Span, Token

from diplomatica.nlp.events.context import DocContext, Mention, TimeMention
from diplomatica.nlp.events.dating import event_date
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
from diplomatica.nlp.events.tenure_dates import (
    anchored_times,
    assign_times,
    term_bounds,
    time_preposition,
    time_value,
    value_bounds,
    when_times,
)
from diplomatica.nlp.events.tenure_links import (
    PRONOUNS,
    clause_subject,
    name_mention,
    object_person,
    person_at,
    previous_person,
    sentence_times,
    subject_person,
    time_root,
)
from diplomatica.nlp.events.tenure_roles import (
    HEADED_BODIES,
    MISSION_BODIES,
    TENURE_NOUNS,
    is_diplomatic,
    is_office,
    normalise_role,
    office_states,
    raw_role,
)
from diplomatica.nlp.events.triggers import Trigger
from diplomatica.nlp.gazetteer import person_key as gazetteer_person_key
from diplomatica.nlp.types import TenureFact, TimeValue

_TRAVEL_WORDS = frozenset(["reach", "arrive", "arrival", "leave", "depart", "departure", "return"])
_TRIP_PURPOSES = frozenset(
    ["consultation", "talk", "negotiation", "holiday", "vacation", "treatment", "visit", "leave"]
)
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
_HOLD_VERBS = frozenset(["hold", "occupy", "keep", "retain"])
_SUCCESSION_VERBS = frozenset(["succeed", "replace"])
_SUCCESSION_POSTS = frozenset(["office", "post", "position", "capacity", "function"])
_INITIAL = re.compile(r"^(?:(?:[A-Z][a-z]?\.)+|[A-Z]{1,3}\.?)$")
_STATE_ATTR = "_dipl_tenure_state"


def person_key(name: str) -> str:
    """Return the gazetteer key of a person's name with initials dropped ("J. Batmunkh" ->
    "batmunkh", "Kim Il-sung" -> "kim il sung")."""
    parts = [p for p in name.split() if not _INITIAL.match(p)]
    return gazetteer_person_key(" ".join(parts).strip(".,"))


def role_text(office: Token) -> str:
    """Return the office phrase headed by ``office`` ("chairman of the council of ministers")."""
    words = [
        t.text
        for t in office.lefts
        if t.dep_ in ("compound", "amod", "nummod") and t.lower_ not in ("the", "a", "new")
    ]
    words.append(office.text)
    return " ".join(words).lower()


# --------------------------------------------------------------------------- document state


@dataclass
class _Pending:
    """An appointment whose appointee is named only in the next sentence."""

    role: str
    start: str | None
    end: str | None
    country: str | None
    to: str | None
    sentence: int
    paragraph: int


@dataclass
class _State:
    history: list[TenureFact] = field(default_factory=list)
    pending: list[_Pending] = field(default_factory=list)
    sentence: int = 0
    undated: list[TenureFact] = field(default_factory=list)  # offices stated without dates


def _state(ctx: DocContext) -> _State:
    state = getattr(ctx, _STATE_ATTR, None)
    if not isinstance(state, _State):
        state = _State()
        setattr(ctx, _STATE_ATTR, state)
    return state


def _latest(state: _State, local: list[TenureFact], person: Mention) -> TenureFact | None:
    key = set(person_key(person.ref.name).split())
    for t in reversed(local + state.history):
        other = set(person_key(t.person).split())
        if key and other and (key <= other or other <= key):
            return t
    return None


def _last_office(
    state: _State, local: list[TenureFact], person: Mention, sent: Span
) -> TenureFact | None:
    """Return the person's last stated tenure, dated or not ("Foreign Minister X, who served
    from A to B": the office is the title stated without dates)."""
    known = [t for t in state.undated if t.evidence_start <= sent.start_char]
    return _latest(state, local, person) or _latest(_State(history=known), [], person)


# --------------------------------------------------------------------------- candidates


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
        and lemma_of(tok.head.head) in _SUCCESSION_POSTS
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
        return None  # "X succeeded Y as <office>": see _successions
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
        named = _compound_person(tok, ctx)
        if named is not None and is_factual(verb, verb, sent):
            # "appointed X ambassador to P", parsed with the name as a compound of the office
            return Candidate(named, normalise_role(raw_role(tok, ctx)), [verb, tok], lemma, 3)
        if is_factual(verb, verb, sent):
            _remember_unnamed(verb, tok, normalise_role(raw_role(tok, ctx)), ctx, sent)
        return None
    if lemma not in _PREDICATE_VERBS | _HOLD_VERBS | {"assume"} or not is_factual(verb, verb, sent):
        return None
    if lemma == "become" and _first_to_do(tok, verb):
        return None  # "became the first sitting president to visit P" states a record
    if tok.dep_ == "dobj" and lemma in _HOLD_VERBS | {"assume"} and tok.lower_ in TENURE_NOUNS:
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
    return Candidate(person, role, [verb, tok], lemma, 3)


def _first_to_do(office: Token, verb: Token) -> bool:
    """'the first (sitting) president to visit', 'the only minister to attend': an ordinal
    office followed by an infinitive (on the office or, misparsed, on the verb) of doing
    something other than holding it ("the first ambassador to serve in P" starts a term)."""
    before = [t for t in office.subtree if t.i < office.i]
    if not any(t.ent_type_ == "ORDINAL" or t.lower_ in ("first", "only") for t in before):
        return False
    clauses = [c for t in (office, verb) for c in t.children if c.dep_ in ("acl", "relcl", "xcomp")]
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
    if tok.dep_ == "appos" or _apposed_conjunct(tok, ctx):
        person = ctx.mention_at(tok.head)
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
    host = _verb_destination(verb, ctx)
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
    return cand


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


def _share_promotion_dates(cands: list[Candidate]) -> None:
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
    """'Prime Minister X, in office since 1946, received ...': an "in office" phrase set off
    by commas right after the name, which the parser may hang on the verb; returns its noun."""
    out: list[Token] = []
    heads = [holder, verb, *holder.ancestors]
    for prep in (c for h in heads for c in h.children):
        if prep.dep_ != "prep" or prep.lower_ != "in" or prep.i != holder.i + 2:
            continue
        if prep.doc[holder.i + 1].text != ",":
            continue
        for p in prep.children:
            if p.dep_ != "pobj" or p.lower_ not in ("office", "power"):
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


def _office_candidates(sent: Span, ctx: DocContext) -> list[Candidate]:
    out: list[Candidate] = []
    for tok in sent:
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
        elif tok.dep_ == "nsubj":
            cand = _inverted_candidate(tok, ctx, sent)
        elif tok.dep_ == "conj" and is_office(tok.head):
            cand = _conjoined_office(tok, out, ctx)
        if cand is None and tok.dep_ != "compound":
            cand = _appos_candidate(tok, ctx)
        if cand is None:
            continue
        served, host = office_states(tok, ctx)
        cand.served, cand.host = served or cand.served, host or cand.host
        if cand.host is None and cand.priority >= 3:
            cand.host = _verb_destination(cand.anchors[0], ctx)
        cand.anchors.extend(_post_held(cand.anchors[0], tok))
        out.append(cand)
        out.extend(_second_posts(cand, ctx))
        out.extend(_conjoined_ends(cand, sent))
    return out


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
        and lemma_of(c) in END_WORDS - _TRAVEL_WORDS
        and not any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children)
        and is_factual(c, c, sent)
    ]


def _conjoined_office(office: Token, earlier: list[Candidate], ctx: DocContext) -> Candidate | None:
    """'was ambassador in P (A-B) and later foreign minister (C-D)': a second office of the
    same holder, dated by the years closing it."""
    first = next((c for c in reversed(earlier) if office.head in c.anchors), None)
    if first is None or not ctx.times_in(office.i, office.right_edge.i + 3):
        return None  # "as First Secretary and Counsellor" is one joint title
    return Candidate(first.person, normalise_role(raw_role(office, ctx)), [office], "be", 2)


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


def _post_held(verb: Token, office: Token) -> list[Token]:
    """'became ambassador, a post he held until 1975': the clause holding the post dates it."""
    out: list[Token] = []
    for node in (verb, office):
        for post in node.children:
            if lemma_of(post) not in _SUCCESSION_POSTS or post.dep_ not in ("attr", "appos"):
                continue
            out.extend(c for c in post.children if c.dep_ == "relcl" and lemma_of(c) in _HOLD_VERBS)
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


def _verb_destination(verb: Token, ctx: DocContext) -> str | None:
    """The state a verb sends to: "to/in/at P", also "to the embassy in P"."""
    for c in verb.children:
        if c.dep_ in ("prep", "dative") and c.lower_ in ("to", "in", "at"):
            for p in c.children:
                m = ctx.mention_at(p)
                if p.dep_ == "pobj" and m is not None and m.state:
                    return m.state
                if p.dep_ == "pobj" and lemma_of(p) in MISSION_BODIES:
                    return office_states(p, ctx)[1]
        m = ctx.mention_at(c)
        if c.dep_ == "dobj" and lemma_of(verb) == "reach" and m is not None and m.state:
            return m.state  # "reached Beijing as chargé d'affaires"
    return None


def _headed_body(verb: Token) -> tuple[Token | None, str]:
    """Return the body a "head"/"lead" verb governs and how the holder is linked."""
    if verb.dep_ == "acl" and lemma_of(verb.head) in HEADED_BODIES:
        return verb.head, "agent"
    for c in verb.children:
        if c.dep_ == "nsubjpass" and _agent(verb) is not None:
            return c, "agent"  # "the embassy was headed by X"
        if c.dep_ == "dobj":
            if c.lower_ in ("which", "that") and verb.dep_ == "relcl":
                return verb.head, "subject"
            return c, "subject"
    return None, ""


def _body_is_office(body: Token) -> bool:
    lemma = lemma_of(body)
    if lemma not in HEADED_BODIES:
        return False
    if lemma in ("office", "section"):
        return any(lemma_of(t) in ("liaison", "interests", "representative") for t in body.lefts)
    return True


def _credentials(verb: Token, ctx: DocContext, sent: Span) -> list[Candidate]:
    """'X presented his credentials (in P) in A': an envoy takes up the post."""
    if not any(c.dep_ == "dobj" and _is_credentials(c) for c in verb.children):
        return []
    person = subject_person(verb, ctx)
    if person is None or not is_factual(verb, verb, sent):
        return []
    papers = [c for c in verb.children if c.dep_ == "dobj"]
    host = _verb_destination(verb, ctx) or _verb_destination(papers[0], ctx)
    return [Candidate(person, "ambassador", [verb], "present", 3, None, host)]


def _is_credentials(papers: Token) -> bool:
    """'his credentials', 'his letters of credence'."""
    if lemma_of(papers) == "credential":
        return True
    return lemma_of(papers) == "letter" and any(
        p.lower_ == "credence" for c in papers.children if c.lower_ == "of" for p in c.children
    )


def _head_candidates(sent: Span, ctx: DocContext) -> list[Candidate]:
    out: list[Candidate] = []
    for verb in sent:
        if verb.pos_ == "VERB" and lemma_of(verb) == "present":
            out.extend(_credentials(verb, ctx, sent))
        chair = lemma_of(verb) == "chair"
        if verb.pos_ != "VERB" or not (chair or lemma_of(verb) in ("head", "lead")):
            continue
        body, link = _headed_body(verb)
        if body is None or not (
            lemma_of(body) in CHAIRED_BODIES if chair else _body_is_office(body)
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
        role = ("chairman of " if chair else "head of ") + " ".join([*words, body.lower_])
        served, host = office_states(body, ctx)
        purpose = verb.dep_ in ("advcl", "xcomp")  # "was sent to P to head the office"
        host = host or _verb_destination(verb, ctx)
        host = host or (_verb_destination(verb.head, ctx) if purpose else None)
        then = has_then(verb) or (purpose and has_then(verb.head))
        out.append(Candidate(person, role, [verb, body], "serve", 3, served, host, then=then))
    return out


# --------------------------------------------------------------------------- facts


def _holy_see_envoy(role: str) -> bool:
    """Return whether ``role`` is an envoy of the Holy See (nuncio, apostolic delegate)."""
    return "nuncio" in role or "apostolic" in role


def _fact(
    person: Mention,
    role: str,
    served: str | None,
    host: str | None,
    dates: tuple[str | None, str | None],
    sent: Span,
    ctx: DocContext,
    confidence: float,
) -> TenureFact:
    if _holy_see_envoy(role):
        # a nuncio always represents the Holy See, wherever the text places him
        served = "VAT"
        host = host if host != "VAT" else None
        host = host or next((s for s in ctx.main_states if s != "VAT"), None)
    visited = _destinations(person, sent, ctx)
    if host is None and is_diplomatic(role) and visited.get("arrive"):
        host = visited["arrive"]  # "the Polish ambassador, X, arrived in Belgrade in 1957"
    home = [s for s in ctx.main_states if s != host and s not in visited.values()]
    own = person.ref.country
    if own is not None and own == host and is_diplomatic(role):
        own = None  # "X, ambassador to India": the state near the title is the host
    country = served or own or (home[0] if home else None)
    to = host if is_diplomatic(role) and host != country else None
    return TenureFact(
        person=person.ref.name,
        person_id=person.ref.key,
        role=role,
        country=country,
        to=to,
        start=dates[0],
        end=dates[1],
        evidence_start=sent.start_char,
        evidence_end=sent.end_char,
        confidence=confidence,
    )


_TRAVEL_VERBS = frozenset(["visit", "travel", "fly", "go", "come", "tour", "arrive", "reach"])


def _destinations(person: Mention, sent: Span, ctx: DocContext) -> dict[str, str]:
    """The states ``person`` travels to in ``sent`` ("X visited Brasilia": not X's own state),
    keyed by "arrive" for an arrival and "travel" for other travel."""
    out: dict[str, str] = {}
    for verb in sent:
        lemma = lemma_of(verb)
        if verb.pos_ != "VERB" or lemma not in _TRAVEL_VERBS:
            continue
        subject = subject_person(verb, ctx)
        if subject is None or subject.ref.key != person.ref.key:
            continue
        place = _verb_destination(verb, ctx)
        if place is None and lemma == "visit":
            obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
            m = ctx.mention_at(obj) if obj is not None else None
            place = m.state if m is not None and m.ref.kind != "person" else None
        if place is not None:
            out["arrive" if lemma in ("arrive", "reach") else "travel"] = place
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
    state = _state(ctx)
    start, end = term_bounds(times, "send")
    state.pending.append(
        _Pending(
            role,
            start,
            end,
            served,
            host or _verb_destination(verb, ctx),
            state.sentence,
            ctx.paragraph_start(sent.start_char),
        )
    )


def _named_appointee(sent: Span, ctx: DocContext) -> list[TenureFact]:
    state = _state(ctx)
    out: list[TenureFact] = []
    keep: list[_Pending] = []
    for p in state.pending:
        if p.sentence != state.sentence - 1:
            continue
        if p.paragraph != ctx.paragraph_start(sent.start_char):
            continue
        person = subject_person(sent.root, ctx)
        if person is None:
            keep.append(p)
            continue
        out.append(_fact(person, p.role, p.country, p.to, (p.start, p.end), sent, ctx, 0.5))
    state.pending = keep
    return out


def _successions(
    sent: Span, ctx: DocContext, cands: list[Candidate], local: list[TenureFact]
) -> list[TenureFact]:
    out: list[TenureFact] = []
    state = _state(ctx)
    anchored = {a.i for c in cands for a in c.anchors}
    times = [(tm, p) for tm, p in sentence_times(sent, ctx) if not any(n.i in anchored for n in p)]
    for verb in sent:
        if verb.pos_ != "VERB" or lemma_of(verb) not in _SUCCESSION_VERBS:
            continue
        if not is_factual(verb, verb, sent):
            continue
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
        pairs: list[tuple[Token | None, Token | None, Token]] = []
        if passive:
            pred = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
            pairs.append((pred or clause_subject(verb), _agent(verb), verb))
            for c in verb.children:
                if c.dep_ == "conj" and ctx.mention_at(c) is not None and _agent(c) is not None:
                    pairs.append((c, _agent(c), c))  # "..., and Bölling in 1982 by X"
        else:
            pred = next((c for c in verb.children if c.dep_ == "dobj"), None)
            pairs.append((pred, clause_subject(verb), verb))
        office = _succession_office(verb)
        if office is None and _as_other(verb):
            continue  # "was replaced as head of the delegation": not an office
        explicit = normalise_role(raw_role(office, ctx)) if office is not None else None
        named_served, named_host = (
            office_states(office, ctx) if office is not None else (None, None)
        )
        for pred_tok, succ_tok, anchor in pairs:
            pred_p = _slot_person(pred_tok, ctx)
            succ_p = _slot_person(succ_tok, ctx)
            if succ_p is None:
                continue
            if pred_p is not None and pred_tok is not None and pred_tok.lower_ in PRONOUNS:
                pred_p = _other_person(pred_p, succ_p, ctx)  # "X succeeded him": not X
            last = _latest(state, local + out, pred_p) if pred_p is not None else None
            role = explicit or (last.role if last else None)
            if role is None:
                continue
            point = _succession_date(anchor, verb, times, sent, ctx)
            inherited = point is None and last is not None and last.end is not None
            if inherited and last is not None and _recent(last, sent, local, ctx):
                point = last.end  # "X, who chaired the council until 1969, was succeeded by Y"
            served = named_served or (last.country if last else None)
            host = named_host or (last.to if last else None)
            out.append(_fact(succ_p, role, served, host, (point, None), sent, ctx, 0.6))
            if pred_p is not None and point and not (inherited and last not in local):
                # an end stated in an earlier sentence already closed the predecessor's term
                out.append(_fact(pred_p, role, served, host, (None, point), sent, ctx, 0.6))
    return out


def _other_person(pronoun: Mention, subject: Mention, ctx: DocContext) -> Mention | None:
    """An object pronoun never stands for its clause's subject: the person before it does."""
    if person_key(pronoun.ref.name) != person_key(subject.ref.name):
        return pronoun
    before = subject.start
    while (found := previous_person(ctx, before)) is not None:
        if person_key(found.ref.name) != person_key(subject.ref.name):
            return found
        before = found.start
    return None


def _recent(last: TenureFact, sent: Span, local: list[TenureFact], ctx: DocContext) -> bool:
    """Whether ``last`` was stated in ``sent`` or earlier in its paragraph."""
    return last in local or last.evidence_end > ctx.paragraph_start(sent.start_char)


def _slot_person(token: Token | None, ctx: DocContext) -> Mention | None:
    """The person in a slot only a person fills (a missed proper name becomes a mention)."""
    if token is None:
        return None
    person = person_at(token, ctx)
    if person is None and token.pos_ == "PROPN" and ctx.mention_at(token) is None:
        return name_mention(token)
    return person


def _agent(verb: Token) -> Token | None:
    for c in verb.children:
        if c.dep_ == "agent":
            for p in c.children:
                if p.dep_ == "pobj":
                    return p
    return None


def _successor_nouns(sent: Span, ctx: DocContext, local: list[TenureFact]) -> list[TenureFact]:
    """'His successor, X, arrived in May 1972': X takes the predecessor's last office from the
    date of a verb of taking up the post; the predecessor's term ends then."""
    out: list[TenureFact] = []
    state = _state(ctx)
    for noun in sent:
        if lemma_of(noun) != "successor" or noun.pos_ != "NOUN":
            continue
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        named = next((c for c in noun.children if c.dep_ == "appos"), None)
        pred = person_at(owner, ctx) if owner is not None else None
        succ = person_at(named, ctx) if named is not None else None
        last = _latest(state, local + out, pred) if pred is not None else None
        if pred is None or succ is None or last is None or succ.ref.key == pred.ref.key:
            continue
        verb = noun.head
        point: str | None = None
        travel = lemma_of(verb) in _TRAVEL_WORDS and not is_diplomatic(last.role)
        if noun.dep_ in ("nsubj", "nsubjpass") and lemma_of(verb) in START_WORDS and not travel:
            times = anchored_times([verb], sent, ctx)
            point = value_bounds(times[0])[0] if times else None
        if point is None and not is_diplomatic(last.role):
            continue  # a non-diplomatic office needs a date bound
        out.append(_fact(succ, last.role, last.country, last.to, (point, None), sent, ctx, 0.5))
        if point:
            out.append(_fact(pred, last.role, last.country, last.to, (None, point), sent, ctx, 0.5))
    return out


def _as_other(verb: Token) -> bool:
    return any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children)


def _succession_office(verb: Token) -> Token | None:
    """The office a succession names: "as <office>", "in the post of <office>"."""
    for c in verb.children:
        if c.dep_ != "prep":
            continue
        for p in c.children:
            if p.dep_ != "pobj":
                continue
            if c.lower_ == "as" and is_office(p):
                return p
            if c.lower_ == "in" and lemma_of(p) in _SUCCESSION_POSTS:
                for of in p.children:
                    for o in of.children:
                        if of.lower_ == "of" and o.dep_ == "pobj":
                            return o
    return None


def _succession_date(
    anchor: Token,
    verb: Token,
    times: list[tuple[TimeMention, list[Token]]],
    sent: Span,
    ctx: DocContext,
) -> str | None:
    for tm, path in times:
        if path and path[-1].i == anchor.i:
            start, end = value_bounds(tm.value)
            return start or end
    # "served until 1978, when he was succeeded": the date of the clause modified
    if verb.dep_ in ("relcl", "advcl"):
        for tm in ctx.times_in(max(0, verb.head.i - 8), verb.head.i + 1):
            if tm.start <= verb.head.i < tm.end:
                start, end = value_bounds(tm.value)
                return end or start
    return None


def _continuations(
    sent: Span, ctx: DocContext, cands: list[Candidate], local: list[TenureFact]
) -> list[TenureFact]:
    """'X, who stayed until 1965' / 'and remained in Beijing until 1952': end X's last tenure."""
    out: list[TenureFact] = []
    anchored = {a.i for c in cands for a in c.anchors}
    state = _state(ctx)
    for tm, path in sentence_times(sent, ctx):
        if not path or path[-1].i in anchored:
            continue
        verb = _stay_clause(path[-1])
        left = _left_post(verb, tm, ctx, state, local + out)
        if left is not None:
            out.append(left)
            continue
        if lemma_of(verb) not in STAY_VERBS | _STATIONED_VERBS or not is_factual(verb, verb, sent):
            continue
        if any(c.lower_ == "as" for c in verb.children):
            continue
        value = time_value(tm, ctx)
        if value.kind == "duration":
            lasted = _lasted(verb, value, ctx, local + out, sent)
            out.extend([lasted] if lasted is not None else [])
            continue
        start, end = value_bounds(value)
        if (end is None and start is None) or "range" not in (value.granularity, value.kind):
            continue
        person = subject_person(verb, ctx)
        posted = _posted_since(verb, tm, ctx)
        if end is None and verb.dep_ != "relcl" and not posted:
            continue  # "X, who has been working here since 1972" starts X's current post
        if lemma_of(verb) in _STATIONED_VERBS and (end is not None or not posted):
            continue
        last = _last_office(state, local + out, person, sent) if person is not None else None
        if person is None or last is None:
            continue
        place = _verb_destination(verb, ctx)
        if place is not None and last.to is not None and place != last.to:
            continue  # "served in Tokyo from 1980 to 1984": another post than the last one
        dates = (start, end) if start else (None, end)
        out.append(_fact(person, last.role, last.country, last.to, dates, sent, ctx, 0.5))
    return out


def _lasted(
    verb: Token, value: TimeValue, ctx: DocContext, local: list[TenureFact], sent: Span
) -> TenureFact | None:
    """'He served there for four years', 'she stayed six years': a whole number of years
    after a known start ends the holder's last stated term (whose end is not yet known)."""
    years = value.duration_years
    if years is None or years < 1 or years != int(years) or lemma_of(verb) not in STAY_VERBS:
        return None
    person = subject_person(verb, ctx)
    last = _last_office(_state(ctx), local, person, sent) if person is not None else None
    if person is None or last is None or last.start is None or last.end is not None:
        return None
    end = str(int(last.start[:4]) + int(years))
    return _fact(person, last.role, last.country, last.to, (last.start, end), sent, ctx, 0.5)


_STATIONED_VERBS = frozenset(["post", "station", "accredit", "base"])


def _posted_since(verb: Token, tm: TimeMention, ctx: DocContext) -> bool:
    """'X has been posted here since 1985', 'she has served in Delhi since May': a perfect
    verb of being posted or serving with a "since" date starts the holder's current post
    (working or staying somewhere since a date does not)."""
    if lemma_of(verb) not in _STATIONED_VERBS | {"serve"}:
        return False
    since = ctx.doc[tm.start].lower_ == "since" or time_preposition(tm, ctx) == "since"
    return since and any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children)


def _stay_clause(verb: Token) -> Token:
    """'remained in the post, representing P after B, until C': a participle hanging on a verb
    of staying in office dates that verb."""
    if (
        verb.dep_ == "advcl"
        and verb.tag_ == "VBG"
        and lemma_of(verb.head) in STAY_VERBS
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    ):
        return verb.head
    return verb


def _same_posts(sent: Span, ctx: DocContext, local: list[TenureFact]) -> list[TenureFact]:
    """'Y has held the same post (in P) since A': Y holds the office last stated, for the state
    of P when one is named, else for Y's own."""
    out: list[TenureFact] = []
    state = _state(ctx)
    for verb in sent:
        if verb.pos_ != "VERB" or lemma_of(verb) not in _HOLD_VERBS:
            continue
        post = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if post is None or lemma_of(post) not in _SUCCESSION_POSTS:
            continue
        if not any(c.lower_ in ("same", "identical") for c in post.lefts):
            continue
        person = subject_person(verb, ctx)
        earlier = [t for t in local + out + state.history if t.evidence_start <= sent.start_char]
        if person is None or not earlier or not is_factual(verb, verb, sent):
            continue
        last = earlier[-1]
        if person_key(last.person) == person_key(person.ref.name):
            continue
        place = _verb_destination(verb, ctx) or _verb_destination(post, ctx)
        served, host = (None, place) if is_diplomatic(last.role) else (place, None)
        dates = term_bounds(anchored_times([verb, post], sent, ctx), "hold")
        out.append(_fact(person, last.role, served, host, dates, sent, ctx, 0.5))
    return out


def _counterparts(sent: Span, ctx: DocContext, local: list[TenureFact]) -> list[TenureFact]:
    """'he and his Turkish counterpart, X, signed ...': X holds, for the state named on the
    noun, the office of the person "his" points to (the last office holder named before).
    Returned undated, for a later "X has held his post since A"."""
    out: list[TenureFact] = []
    state = _state(ctx)
    known = sorted(state.history + state.undated + local, key=lambda t: t.evidence_start)
    for noun in sent:
        if noun.lemma_.lower() != "counterpart":
            continue
        person = next(
            (m for c in noun.children if c.dep_ == "appos" and (m := person_at(c, ctx))), None
        )
        if person is None and noun.dep_ == "appos":
            person = person_at(noun.head, ctx)
        if person is None:
            continue
        before = [t for t in known if t.evidence_start <= noun.idx]
        other = next((t for t in reversed(before) if t.person_id != person.ref.key), None)
        role = other.role if other is not None else _office_named_before(noun, ctx)
        served, _host = office_states(noun, ctx)
        if role is None or served is None:
            continue
        out.append(_fact(person, role, served, None, (None, None), sent, ctx, 0.4))
    return out


def _office_named_before(noun: Token, ctx: DocContext) -> str | None:
    """Return the last office named before ``noun`` in its sentence ("X became the first
    Greek foreign minister to ..., and he and his Turkish counterpart ...")."""
    sent = noun.sent
    for t in reversed(sent[: noun.i - sent.start]):
        if is_office(t):
            return normalise_role(raw_role(t, ctx))
    return None


_OWN_POSSESSIVES = frozenset(["his", "her", "their"])


def _own_post_object(verb: Token) -> Token | None:
    """The object of 'held his post / the office', or the bare 'his' of 'kept his' (his post)."""
    post = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if post is None:
        return None
    if post.lower_ in _OWN_POSSESSIVES:
        return post  # ellipsis: "Y kept his until B"
    if lemma_of(post) not in _SUCCESSION_POSTS:
        return None
    if any(c.lower_ in ("same", "identical") for c in post.lefts):
        return None  # "the same post" is someone else's office (see _same_posts)
    if any(c.lower_ in _OWN_POSSESSIVES or c.lower_ in _POST_DETERMINERS for c in post.lefts):
        return post
    return None


# "held the post", "has held that post", "this office": the office just named
_POST_DETERMINERS = frozenset(["the", "that", "this"])


def _listed_holders(sent: Span, ctx: DocContext) -> list[TenureFact]:
    """'the foreign ministers, A of P and B of Q': each listed name holds the plural office,
    for the state of its "of" phrase (undated; kept for a later "A had held his post")."""
    out: list[TenureFact] = []
    for office in sent:
        if office.tag_ != "NNS" or not is_office(office):
            continue
        raw = raw_role(office, ctx).replace(office.lower_, lemma_of(office))
        role = normalise_role(raw)
        names = [c for c in office.children if c.dep_ in ("conj", "appos")]
        while names:
            name = names.pop()
            names.extend(c for c in name.children if c.dep_ in ("conj", "appos"))
            person = ctx.mention_at(name)
            if person is None or person.ref.kind != "person":
                continue
            of = [p for c in name.children if c.lower_ == "of" for p in c.children]
            state = next((m.state for p in of if (m := ctx.mention_at(p)) and m.state), None)
            if state is not None:
                out.append(_fact(person, role, state, None, (None, None), sent, ctx, 0.4))
    return out


def _own_posts(sent: Span, ctx: DocContext, local: list[TenureFact]) -> list[TenureFact]:
    """'X had held his post since A', 'Y kept his until B', 'Z, who has held the office since
    A': the holder's own office, last stated (with or without dates), bounded by the date."""
    out: list[TenureFact] = []
    state = _state(ctx)
    for verb in sent:
        if verb.pos_ not in ("VERB", "AUX") or lemma_of(verb) not in _HOLD_VERBS:
            continue
        post = _own_post_object(verb)
        person = subject_person(verb, ctx) if post is not None else None
        if post is None or person is None or not is_factual(verb, verb, sent):
            continue
        dates = term_bounds(anchored_times([verb, post], sent, ctx), "hold")
        if dates == (None, None):
            continue
        last = _last_office(state, local + out, person, sent)
        if last is None:
            continue
        out.append(_fact(person, last.role, last.country, last.to, dates, sent, ctx, 0.5))
    return out


_TAKING_VERBS = frozenset(["take", "assume", "enter"])
# what one takes to start a term: "took office", "assumed power", "took over the ministry"
_TAKEN_POSTS = frozenset(["office", "post", "power", "helm", "ministry", *TENURE_NOUNS])


def _taken_post(verb: Token) -> Token | None:
    """The office object of 'took office', 'took up his post', 'assumed the presidency',
    'took over the foreign ministry', 'entered office' (None for other verbs and objects)."""
    if verb.pos_ not in ("VERB", "AUX") or lemma_of(verb) not in _TAKING_VERBS:
        return None
    post = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if post is None or lemma_of(post) not in _TAKEN_POSTS:
        return None
    if lemma_of(post) == "power" and lemma_of(verb) != "assume" and not _particle(verb, "over"):
        return None  # "took power" is a coup's leader's start only with an office named
    return post


def _takes_something_else(c: Candidate) -> bool:
    """'took a train', 'took part': a taking verb whose object is no office or oath."""
    verb = next((a for a in c.anchors if lemma_of(a) == c.verb_lemma), None)
    if verb is None or _taken_post(verb) is not None:
        return False
    objects = [o for o in verb.children if o.dep_ == "dobj"]
    return any(lemma_of(o) not in _TAKEN_POSTS | {"oath"} for o in objects)


def _particle(verb: Token, word: str) -> bool:
    return any(c.dep_ == "prt" and c.lower_ == word for c in verb.children)


def _ministry_role(post: Token) -> str | None:
    """'the foreign ministry' -> 'foreign minister'; None for a ministry of no named field."""
    words = [c.lower_ for c in post.lefts if c.dep_ in ("compound", "amod") and c.is_lower]
    if not words:
        return None
    return normalise_role(" ".join([*words, "minister"]))


def _taken_offices(sent: Span, ctx: DocContext, local: list[TenureFact]) -> list[TenureFact]:
    """'X took office in August 1979', 'took over the foreign ministry in 1988', 'assumed the
    presidency in 1990': the taker's office (named by the object, else last stated) starts at
    the verb's date."""
    out: list[TenureFact] = []
    state = _state(ctx)
    for verb in sent:
        post = _taken_post(verb)
        person = subject_person(verb, ctx) if post is not None else None
        if post is None or person is None or not is_factual(verb, verb, sent):
            continue
        start, _end = term_bounds(anchored_times([verb, post], sent, ctx), "take")
        if start is None:
            continue
        role = TENURE_NOUNS.get(post.lower_) or (
            _ministry_role(post) if lemma_of(post) == "ministry" else None
        )
        last = _last_office(state, local + out, person, sent)
        if role is None and last is None:
            continue
        if role is None and last is not None:
            out.append(
                _fact(person, last.role, last.country, last.to, (start, None), sent, ctx, 0.5)
            )
        elif role is not None:
            served, _host = office_states(post, ctx)
            out.append(_fact(person, role, served, None, (start, None), sent, ctx, 0.5))
    return out


_HANDING_VERBS = frozenset(["hand", "pass", "transfer", "cede", "relinquish"])


def _handovers(sent: Span, ctx: DocContext, local: list[TenureFact]) -> list[TenureFact]:
    """'A handed the premiership to B in 1990', 'handed over power to B': A's office (named by
    the object, else A's last stated one) ends and B's starts at the verb's date."""
    out: list[TenureFact] = []
    state = _state(ctx)
    for verb in sent:
        if verb.pos_ != "VERB" or lemma_of(verb) not in _HANDING_VERBS:
            continue
        post = next((c for c in verb.children if c.dep_ == "dobj"), None)
        to = [p for c in verb.children if c.lower_ == "to" for p in c.children if p.dep_ == "pobj"]
        if post is None or lemma_of(post) not in _TAKEN_POSTS or not to:
            continue
        giver, taker = subject_person(verb, ctx), _slot_person(to[0], ctx)
        if giver is None or taker is None or not is_factual(verb, verb, sent):
            continue
        start, _end = term_bounds(anchored_times([verb, post], sent, ctx), "take")
        last = _last_office(state, local + out, giver, sent)
        role = TENURE_NOUNS.get(post.lower_) or (last.role if last is not None else None)
        if start is None or role is None:
            continue
        country = last.country if last is not None and last.role == role else None
        out.append(_fact(giver, role, country, None, (None, start), sent, ctx, 0.5))
        out.append(
            _fact(taker, role, country or out[-1].country, None, (start, None), sent, ctx, 0.5)
        )
    return out


def _bounding_lemma(c: Candidate, ctx: DocContext) -> str:
    """The verb whose dates bound the term: travel ("Foreign Minister X arrived in Tokyo in
    1977", "Ambassador X returned to Tokyo") starts or ends only a diplomatic post, and
    returning to the host state ends nothing, but going there "as ambassador" starts the post."""
    if _goes_to_post(c, ctx):
        return "arrive"  # "returned to Moscow as ambassador in 1967", "went to Hanoi as envoy"
    if c.verb_lemma in _TAKING_VERBS and _takes_something_else(c):
        return "travel"  # "the president took a train to Lima in 1994" starts nothing
    if c.verb_lemma not in _TRAVEL_WORDS:
        return c.verb_lemma
    if not is_diplomatic(c.role):
        return "travel"
    verb = next((a for a in c.anchors if lemma_of(a) == c.verb_lemma), None)
    if verb is not None and _purposeful(verb):
        return "travel"  # "returned home for consultations", "left ... to attend a congress"
    if c.verb_lemma == "return" and verb is not None:
        to = _verb_destination(verb, ctx)
        if to is not None and to != c.served:
            return "travel"  # "returned home/to Moscow" ends the term, "to Tokyo" may not
    return c.verb_lemma


_GOING_VERBS = frozenset(["go", "come", "return", "move"])


def _goes_to_post(c: Candidate, ctx: DocContext) -> bool:
    """Return whether the candidate says its holder went to a foreign capital in a diplomatic
    role ("came to Moscow as ambassador"): the journey starts the post."""
    if c.verb_lemma not in _GOING_VERBS or not is_diplomatic(c.role):
        return False
    if not any(a.lower_ == "as" for a in c.anchors):
        return False
    verb = next((a for a in c.anchors if lemma_of(a) == c.verb_lemma), None)
    if verb is None or _purposeful(verb):
        return False
    to = _verb_destination(verb, ctx)
    return to is not None and to != c.served


def _purposeful(verb: Token) -> bool:
    """A journey made for a purpose ("for talks", "to attend") is a trip, not a move."""
    for c in verb.children:
        if c.dep_ == "advcl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
            return True
        for_trip = c.dep_ == "prep" and c.lower_ == "for"
        if for_trip and any(lemma_of(p) in _TRIP_PURPOSES for p in c.children):
            return True
    return False


def _left_post(
    verb: Token, tm: TimeMention, ctx: DocContext, state: _State, local: list[TenureFact]
) -> TenureFact | None:
    """'She left Tokyo in 1996': an envoy leaving the host state (not on a trip) ends the
    post."""
    if _removed_from_post(verb):
        return _removal(verb, tm, ctx, state, local)
    if _quits_office(verb):
        return _quit_office(verb, tm, ctx, state, local)
    if lemma_of(verb) not in ("leave", "depart") or _purposeful(verb):
        return None
    if tm.value.kind != "date" or not is_factual(verb, verb, verb.sent):
        return None
    person = subject_person(verb, ctx)
    last = _latest(state, local, person) if person is not None else None
    if person is None or last is None or not is_diplomatic(last.role):
        return None
    place = next((c for c in verb.children if c.dep_ == "dobj"), None)
    m = ctx.mention_at(place) if place is not None else None
    if m is None or m.state is None or (last.to is not None and m.state != last.to):
        return None
    # an envoy whose host was not stated leaves it now: "had been ambassador since A. He left
    # Hanoi in B" places the post in Hanoi
    host = last.to or m.state
    served = last.country if last.country != host else None
    start, _end = value_bounds(tm.value)
    return _fact(person, last.role, served, host, (None, start), verb.sent, ctx, 0.5)


_QUITTED_POSTS = frozenset(["ministry", "office", "post", "government", "cabinet", *TENURE_NOUNS])


def _quits_office(verb: Token) -> bool:
    """'left the foreign ministry in 1979', 'left office in 1974', 'quit the premiership'."""
    if lemma_of(verb) not in ("leave", "quit") or _purposeful(verb):
        return False
    return any(c.dep_ == "dobj" and c.lower_ in _QUITTED_POSTS for c in verb.children)


def _quit_office(
    verb: Token, tm: TimeMention, ctx: DocContext, state: _State, local: list[TenureFact]
) -> TenureFact | None:
    """End the quitting person's last office (dated or not) at the time of ``verb``; leaving
    "the ministry" ends only a minister's post."""
    if tm.value.kind != "date" or not is_factual(verb, verb, verb.sent):
        return None
    person = subject_person(verb, ctx)
    last = _last_office(state, local, person, verb.sent) if person is not None else None
    if person is None or last is None or is_diplomatic(last.role):
        return None
    post = next(c for c in verb.children if c.dep_ == "dobj" and c.lower_ in _QUITTED_POSTS)
    if post.lower_ == "ministry" and "minister" not in last.role:
        return None
    if post.lower_ in TENURE_NOUNS and TENURE_NOUNS[post.lower_] != last.role:
        return None
    start, _end = value_bounds(tm.value)
    dates = (None, start)
    return _fact(person, last.role, last.country, last.to, dates, verb.sent, ctx, 0.5)


_REMOVAL_VERBS = frozenset(["remove", "dismiss", "relieve", "oust", "expel", "release"])


def _removed_from_post(verb: Token) -> bool:
    """'X was removed/dismissed/relieved from his post(s)/office'."""
    return lemma_of(verb) in _REMOVAL_VERBS and any(
        c.dep_ == "prep"
        and c.lower_ == "from"
        and any(lemma_of(p) in _SUCCESSION_POSTS for p in c.children if p.dep_ == "pobj")
        for c in verb.children
    )


def _removal(
    verb: Token, tm: TimeMention, ctx: DocContext, state: _State, local: list[TenureFact]
) -> TenureFact | None:
    """A removal from office dated ``tm`` ends the holder's last tenure."""
    if tm.value.kind != "date" or not is_factual(verb, verb, verb.sent):
        return None
    person = subject_person(verb, ctx)
    last = _latest(state, local, person) if person is not None else None
    if person is None or last is None or (last.end and last.end < tm.value.value[:4]):
        return None
    start, _end = value_bounds(tm.value)
    return _fact(person, last.role, last.country, last.to, (None, start), verb.sent, ctx, 0.5)


_OPENING_VERBS = frozenset(["open", "establish"])


def _first_holder(c: Candidate) -> bool:
    """'X was the first head of the mission': the office is qualified as the first."""
    return any(
        is_office(a) and any(t.lower_ == "first" and t.dep_ == "amod" for t in a.lefts)
        for a in c.anchors
    )


def _opening_date(sent: Span, ctx: DocContext) -> str | None:
    """The date the paragraph gives for opening the missions ("the embassies opened in A"), up
    to ``sent``: the first holder of a post takes it up then."""
    doc = ctx.doc
    para = ctx.paragraph_start(sent.start_char)
    found: str | None = None
    for tm in ctx.times:
        if tm.end > sent.end or doc[tm.start].idx < para:
            continue
        verb = time_root(tm, doc[:])
        while verb.dep_ in ("pobj", "prep", "npadvmod") and verb.head.i != verb.i:
            verb = verb.head
        if lemma_of(verb) not in _OPENING_VERBS or tm.value.kind != "date":
            continue
        if any(
            c.dep_ in ("nsubj", "nsubjpass", "dobj") and lemma_of(c) in MISSION_BODIES
            for c in verb.children
        ):
            found = value_bounds(tm.value)[0]
    return found


_APPOINTMENT_NOUNS = frozenset(["appointment", "nomination", "election", "posting", "transfer"])


def _own_appointment_date(c: Candidate, ctx: DocContext) -> str | None:
    """'X was director of Y until his appointment': the term ends when the holder's next
    post, stated earlier with its start, began."""
    until = [
        p
        for a in c.anchors
        for prep in a.children
        if prep.dep_ == "prep" and prep.lower_ in ("until", "till")
        for p in prep.children
        if p.dep_ == "pobj" and lemma_of(p) in _APPOINTMENT_NOUNS
    ]
    if not any(t.dep_ == "poss" and t.lower_ in _OWN_POSSESSIVES for p in until for t in p.lefts):
        return None
    key = set(person_key(c.person.ref.name).split())
    for t in reversed(_state(ctx).history):
        other = set(person_key(t.person).split())
        if key and other and (key <= other or other <= key) and t.role != c.role and t.start:
            return t.start
    return None


def _candidate_facts(cands: list[Candidate], sent: Span, ctx: DocContext) -> list[TenureFact]:
    out: list[TenureFact] = []
    for c in cands:
        dates = term_bounds(c.times, _bounding_lemma(c, ctx))
        if c.then and dates[0] is None and (dates[1] is not None or is_diplomatic(c.role)):
            # "headed the government from 1952 to 1974 and then served as X until 1984"
            before = [f for f in out if f.person == c.person.ref.name and f.end]
            if before:
                dates = (before[-1].end, dates[1])
        if dates[0] is None and is_diplomatic(c.role) and _first_holder(c):
            dates = (_opening_date(sent, ctx), dates[1])
        if dates[1] is None:
            dates = (dates[0], _own_appointment_date(c, ctx))
        if dates == (None, None) and not (c.envoy or is_diplomatic(c.role)):
            # a non-diplomatic office is a tenure only with a date bound; remember it for
            # "X has held the office since A"
            undated = _fact(c.person, c.role, c.served, c.host, dates, sent, ctx, 0.4)
            _state(ctx).undated.append(undated)
            continue
        fact = _fact(c.person, c.role, c.served, c.host, dates, sent, ctx, 0.4 + c.priority / 10)
        if c.envoy and fact.to is None and c.host != fact.country:
            fact.to = c.host  # "represented in P by its minister": an envoy's host
        out.append(fact)
    return out


def tenures_from_offices(sent: Span, ctx: DocContext) -> list[TenureFact]:
    """Return the tenures ``sent`` states (see the module docstring for the patterns)."""
    state = _state(ctx)
    state.sentence += 1
    out = _named_appointee(sent, ctx)
    cands = _office_candidates(sent, ctx) + _head_candidates(sent, ctx)
    cands.sort(key=lambda c: min(a.i for a in c.anchors))
    assign_times(cands, sent, ctx)
    _share_promotion_dates(cands)
    out.extend(_candidate_facts(cands, sent, ctx))
    out.extend(_successions(sent, ctx, cands, out))
    out.extend(_successor_nouns(sent, ctx, out))
    out.extend(_continuations(sent, ctx, cands, out))
    out.extend(_same_posts(sent, ctx, out))
    state.undated.extend(_counterparts(sent, ctx, out))
    state.undated.extend(_listed_holders(sent, ctx))
    out.extend(_own_posts(sent, ctx, out))
    out.extend(_taken_offices(sent, ctx, out))
    out.extend(_handovers(sent, ctx, out))
    state.history.extend(out)
    return out


def tenures_from_envoy_trigger(trig: Trigger, sent: Span, ctx: DocContext) -> list[TenureFact]:
    """Return the tenure an appointment/recall states when no office is named in its clause
    ("It sent X to Pyongyang", "the dispatch of X in 1971", "X was recalled in 1995"): the
    role is ambassador; clauses naming the office are left to :func:`tenures_from_offices`."""
    anchor = trig.anchor
    if any(
        is_office(t)
        for c in anchor.children
        for t in ([c] if c.dep_ in ("attr", "oprd", "dobj") else list(c.children))
        if c.lower_ == "as" or c.dep_ in ("attr", "oprd", "dobj")
    ):
        return []
    person: Mention | None = None
    if trig.token.pos_ == "NOUN":
        for c in trig.token.children:
            if c.lower_ == "of":
                person = next((m for p in c.children if (m := person_at(p, ctx))), None)
    elif lemma_of(anchor) != "succeed":
        person = object_person(anchor, ctx)
        if person is None and any(c.dep_ == "nsubjpass" for c in anchor.children):
            person = subject_person(anchor, ctx)
    if person is None and trig.type == "APPOINT_ENVOY":
        anchor, person = _when_appointee(anchor, ctx)
    if person is None:
        return []
    lemma = "recall" if trig.type == "RECALL_ENVOY" else "send"
    times = (
        anchored_times([anchor, trig.token], sent, ctx)
        or when_times(anchor, ctx)
        or _narrative_date(trig, sent, ctx)
    )
    served, host = None, _verb_destination(anchor, ctx)
    if trig.type == "RECALL_ENVOY":
        # "recalled to Moscow": the envoy's own capital; the post was in the other main state
        served = host
        host = next((s for s in ctx.main_states if served and s != served), None)
    fact = _fact(person, "ambassador", served, host, term_bounds(times, lemma), sent, ctx, 0.6)
    _state(ctx).history.append(fact)
    return [fact]


def _narrative_date(trig: Trigger, sent: Span, ctx: DocContext) -> list[TimeValue]:
    """Return the date the narrative gives an appointment or recall whose clause states none
    ("..., was recalled to London with his staff" after "On 2 April 1982 ..."): the event's own
    date, taken from the sentence or the paragraph before it, never the document's date."""
    value, confidence = event_date(trig, sent, ctx)
    return [value] if value is not None and confidence >= 0.4 else []


_POSTING_VERBS = frozenset(["send", "post", "dispatch", "accredit", "appoint", "name"])


def _when_appointee(anchor: Token, ctx: DocContext) -> tuple[Token, Mention | None]:
    """'Ambassadors were exchanged in A, when X was sent to P': a "when" clause on the date of
    an appointment names the envoy; returns its verb and person (``anchor`` and None if none)."""
    for t in anchor.subtree:
        if t.dep_ not in ("relcl", "advcl"):
            continue
        if lemma_of(t) not in _POSTING_VERBS or not when_times(t, ctx):
            continue
        if any(c.dep_ == "nsubjpass" for c in t.children):
            person = subject_person(t, ctx)
            if person is not None and _verb_destination(t, ctx) is not None:
                return t, person
    return anchor, None


def _precision(value: str | None) -> int:
    return len(value) if value else 0


def _disjoint(a: TenureFact, b: TenureFact) -> bool:
    """Two bounded tenures whose years do not overlap are different terms."""
    if not (a.start and a.end and b.start and b.end):
        return False
    return a.end[:4] < b.start[:4] or b.end[:4] < a.start[:4]


def merge_tenures(tenures: list[TenureFact]) -> list[TenureFact]:
    """Merge statements about the same person and role (and compatible host): the earliest
    start and the most precise end win."""
    merged: list[TenureFact] = []
    for t in tenures:
        key = set(person_key(t.person).split())
        for m in merged:
            other = set(person_key(m.person).split())
            if not (key and other and (key <= other or other <= key)) or m.role != t.role:
                continue
            if (m.to and t.to and m.to != t.to) or _disjoint(m, t):
                continue
            if len(t.person) > len(m.person):
                m.person, m.person_id = t.person, t.person_id  # the fuller name
            m.to = m.to or t.to
            if m.to and m.country == m.to and t.country != m.to:
                m.country = t.country  # one statement took the host for the state served
            if t.start and (
                not m.start or (t.start[:4], -len(t.start)) < (m.start[:4], -len(m.start))
            ):
                m.start = t.start
            if t.end and (not m.end or _precision(t.end) > _precision(m.end)):
                m.end = t.end
            m.confidence = max(m.confidence, t.confidence)
            break
        else:
            merged.append(t)
    return merged

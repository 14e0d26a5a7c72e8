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
* "X, President since A, died/fled/was overthrown in B" (the holder's end ends the office);
  "First Secretary of P and Chairman of Q" (two offices); "X, who had been minister since A,
  became ambassador in B" (the new post ends the old); "sent to head the American office"
  after "opened liaison offices" (the liaison office, from its opening); "X, the country's
  leader until A" (the office told before, else "leader"); a narrator's "would remain
  president until B";
  "in A, when X was appointed" dates by the year the clause modifies.

Journeys (arrive, leave, return, reach) bound only diplomatic posts, and not when made for a
purpose ("for consultations", "to attend"); a title in an adjunct ("under Prime Minister X")
takes no date from the clause.

Dates belong to a statement when the time expression hangs (through prepositions and nouns) on
its verb or office noun before reaching another verb. Relative pronouns, pronouns and
coordinated verbs resolve to the person they stand for.
"""

from __future__ import annotations

from dataclasses import replace

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
from diplomatica.nlp.events.tenure_changes import (
    OBJECT_BOUND_VERBS,
    apposed_terms,
    continuations,
    counterparts,
    expulsions,
    handovers,
    listed_holders,
    own_posts,
    same_posts,
    taken_offices,
    takes_something_else,
)
from diplomatica.nlp.events.tenure_dates import (
    anchored_times,
    assign_times,
    term_bounds,
    value_bounds,
    when_times,
)
from diplomatica.nlp.events.tenure_facts import (
    HELD_PLACES,
    HOLD_VERBS,
    OWN_POSSESSIVES,
    SUCCESSION_POSTS,
    PendingAppointment,
    last_office,
    latest_tenure,
    person_key,
    purposeful,
    slot_person,
    tenure_fact,
    tenure_state,
    verb_destination,
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
    separate_offices,
)
from diplomatica.nlp.events.triggers import Trigger
from diplomatica.nlp.types import TenureFact, TimeValue

_TRAVEL_WORDS = frozenset(["reach", "arrive", "arrival", "leave", "depart", "departure", "return"])
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
_GENERIC_ENVOYS = frozenset(["envoy", "representative"])
# Verbs by which a person takes a ruler's office from its holder ("X, who overthrew Y in A").
_SEIZING_VERBS = frozenset(["overthrow", "depose", "oust", "topple"])
_SUCCESSION_VERBS = frozenset(["succeed", "replace"]) | _SEIZING_VERBS


def role_text(office: Token) -> str:
    """Return the office phrase headed by ``office`` ("chairman of the council of ministers")."""
    words = [
        t.text
        for t in office.lefts
        if t.dep_ in ("compound", "amod", "nummod") and t.lower_ not in ("the", "a", "new")
    ]
    words.append(office.text)
    return " ".join(words).lower()


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
    if lemma == "become" and _first_to_do(tok, verb):
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


def _titles_over_generic_heads(cands: list[Candidate]) -> list[Candidate]:
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


def _first_to_do(office: Token, verb: Token) -> bool:
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


def _office_candidates(sent: Span, ctx: DocContext) -> list[Candidate]:
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
        and lemma_of(c) in END_WORDS - _TRAVEL_WORDS
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
        if c.dep_ == "nsubjpass" and _agent(verb) is not None:
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
        return _office_kind(body) is not None or _kind_told_before(body, ctx) is not None
    return True


def _office_kind(body: Token) -> str | None:
    """'the liaison office': the word saying what kind of office a body is, if any."""
    return next((t.lower_ for t in body.lefts if lemma_of(t) in _OFFICE_KINDS), None)


def _kind_told_before(body: Token, ctx: DocContext) -> str | None:
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
        if _office_kind(body) is None and (kind := _kind_told_before(body, ctx)) is not None:
            words.append(kind)  # "the American office", told before as a liaison office
        role = ("chairman of " if chair else "head of ") + " ".join([*words, body.lower_])
        served, host = office_states(body, ctx)
        purpose = verb.dep_ in ("advcl", "xcomp")  # "was sent to P to head the office"
        host = host or verb_destination(verb, ctx)
        host = host or (verb_destination(verb.head, ctx) if purpose else None)
        then = has_then(verb) or (purpose and has_then(verb.head))
        out.append(Candidate(person, role, [verb, body], "serve", 3, served, host, then=then))
    return out


# --------------------------------------------------------------------------- facts


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


def _named_appointee(sent: Span, ctx: DocContext) -> list[TenureFact]:
    state = tenure_state(ctx)
    out: list[TenureFact] = []
    keep: list[PendingAppointment] = []
    for p in state.pending:
        if p.sentence != state.sentence - 1:
            continue
        if p.paragraph != ctx.paragraph_start(sent.start_char):
            continue
        person = subject_person(sent.root, ctx)
        if person is None:
            keep.append(p)
            continue
        out.append(tenure_fact(person, p.role, p.country, p.to, (p.start, p.end), sent, ctx, 0.5))
    state.pending = keep
    return out


def _successions(
    sent: Span, ctx: DocContext, cands: list[Candidate], local: list[TenureFact]
) -> list[TenureFact]:
    out: list[TenureFact] = []
    state = tenure_state(ctx)
    anchored = {a.i for c in cands for a in c.anchors}
    apposed = {p for c in cands if c.priority == 2 for p in c.time_pos}  # "Y, Ambassador since A"
    times = [
        (tm, p)
        for tm, p in sentence_times(sent, ctx)
        if not any(n.i in anchored for n in p) and tm.start not in apposed
    ]
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
            pred_p = slot_person(pred_tok, ctx)
            succ_p = slot_person(succ_tok, ctx)
            if succ_p is None:
                continue
            if pred_tok is not None and pred_tok.lower_ in PRONOUNS:
                # "Y was deposed, and X succeeded him": Y; "X succeeded him": never X
                pred_p = _removed_subject(anchor, ctx) or pred_p
                pred_p = _other_person(pred_p, succ_p, ctx) if pred_p is not None else None
            last = latest_tenure(state, local + out, pred_p) if pred_p is not None else None
            if last is None and pred_p is not None:
                last = last_office(state, local + out, pred_p, sent)  # "President Y" before
            title = _successor_title(succ_p, cands)
            if lemma_of(verb) in _SEIZING_VERBS and (last is None or is_diplomatic(last.role)):
                continue  # overthrowing takes only a ruler's office, known before
            role = explicit or (last.role if last else None) or (title.role if title else None)
            if explicit in _GENERIC_ENVOYS and last is not None and is_diplomatic(last.role):
                role = last.role  # "succeeded Y, Ambassador since A, as the envoy here"
            if role is None:
                continue
            point = _succession_date(anchor, verb, times, sent, ctx)
            inherited = point is None and last is not None and last.end is not None
            if inherited and last is not None and _recent(last, sent, local, ctx):
                point = last.end  # "X, who chaired the council until 1969, was succeeded by Y"
            served = named_served or (last.country if last else None)
            served = served or (title.served if title and role == title.role else None)
            host = named_host or (last.to if last else None)
            taken = tenure_fact(succ_p, role, served, host, (point, None), sent, ctx, 0.6)
            out.append(taken)
            if pred_p is not None and point and not (inherited and last not in local):
                # an end stated in an earlier sentence already closed the predecessor's term;
                # the office handed over is the same state's
                served = served or taken.country
                out.append(tenure_fact(pred_p, role, served, host, (None, point), sent, ctx, 0.6))
    return out


def _successor_title(person: Mention, cands: list[Candidate]) -> Candidate | None:
    """'President X, who had succeeded Y in A': the title the successor bears in the sentence
    names the office taken over when neither the verb nor the predecessor's record does."""
    return next(
        (c for c in cands if c.titled and c.person.ref.key == person.ref.key),
        None,
    )


_REMOVED_VERBS = _SEIZING_VERBS | {"remove", "dismiss", "overthrow", "kill", "resign", "die"}


def _removed_subject(verb: Token, ctx: DocContext) -> Mention | None:
    """'Y was deposed, and X succeeded him': the subject of the clause a succession is
    coordinated with, when that clause removes it from office, is the one succeeded (a bare
    name the recogniser missed counts)."""
    if verb.dep_ != "conj" or lemma_of(verb.head) not in _REMOVED_VERBS:
        return None
    subj = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return None
    found = slot_person(subj, ctx)
    if found is None and subj.pos_ == "PROPN" and ctx.mention_at(subj) is None:
        found = name_mention(subj)
    return found


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
    state = tenure_state(ctx)
    for noun in sent:
        if lemma_of(noun) != "successor" or noun.pos_ != "NOUN":
            continue
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        named = next((c for c in noun.children if c.dep_ == "appos"), None)
        pred = person_at(owner, ctx) if owner is not None else None
        succ = person_at(named, ctx) if named is not None else None
        last = latest_tenure(state, local + out, pred) if pred is not None else None
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
        out.append(
            tenure_fact(succ, last.role, last.country, last.to, (point, None), sent, ctx, 0.5)
        )
        if point:
            out.append(
                tenure_fact(pred, last.role, last.country, last.to, (None, point), sent, ctx, 0.5)
            )
    return out


def _as_other(verb: Token) -> bool:
    return any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children)


def _succession_office(verb: Token) -> Token | None:
    """The office a succession names: "as <office>", "in the post of <office>" (also when the
    parser hangs "as <office>" on the predecessor: "succeeded Mr X as General Secretary")."""
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "PROPN"]
    for c in [*verb.children, *(p for o in objects for p in o.children)]:
        if c.dep_ != "prep":
            continue
        for p in c.children:
            if p.dep_ != "pobj":
                continue
            if c.lower_ == "as" and is_office(p):
                return p
            if c.lower_ == "in" and lemma_of(p) in SUCCESSION_POSTS:
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


def _bounding_lemma(c: Candidate, ctx: DocContext) -> str:
    """The verb whose dates bound the term: travel ("Foreign Minister X arrived in Tokyo in
    1977", "Ambassador X returned to Tokyo") starts or ends only a diplomatic post, and
    returning to the host state ends nothing, but going there "as ambassador" starts the post."""
    if _goes_to_post(c, ctx):
        return "arrive"  # "returned to Moscow as ambassador in 1967", "went to Hanoi as envoy"
    if c.verb_lemma in OBJECT_BOUND_VERBS and takes_something_else(c):
        return "travel"  # "took a train to Lima in 1994", "ended his journey" bound nothing
    if c.verb_lemma not in _TRAVEL_WORDS:
        return c.verb_lemma
    if not is_diplomatic(c.role):
        return "travel"
    verb = next((a for a in c.anchors if lemma_of(a) == c.verb_lemma), None)
    if verb is not None and purposeful(verb):
        return "travel"  # "returned home for consultations", "left ... to attend a congress"
    if c.verb_lemma == "return" and verb is not None:
        to = verb_destination(verb, ctx)
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
    if verb is None or purposeful(verb):
        return False
    to = verb_destination(verb, ctx)
    return to is not None and to != c.served


_OPENING_VERBS = frozenset(["open", "establish"])


def _first_holder(c: Candidate, ctx: DocContext) -> bool:
    """'X was the first head of the mission': the office is qualified as the first; 'the
    countries opened liaison offices. X was sent to head the American office': the office
    just opened, told again, gets its first head."""
    return any(
        (
            is_office(a)
            and any(t.lower_ == "first" and t.dep_ == "amod" for t in a.lefts)
            and not _first_to_do(a, a.head)  # "the first ambassador to live in P"
        )
        or (lemma_of(a) in MISSION_BODIES and _kind_told_before(a, ctx) is not None)
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
    if not any(t.dep_ == "poss" and t.lower_ in OWN_POSSESSIVES for p in until for t in p.lefts):
        return None
    key = set(person_key(c.person.ref.name).split())
    for t in reversed(tenure_state(ctx).history):
        other = set(person_key(t.person).split())
        if key and other and (key <= other or other <= key) and t.role != c.role and t.start:
            return t.start
    return None


def _ended_by_the_next_post(pairs: list[tuple[Candidate, TenureFact]]) -> None:
    """'X, who had been minister in P since A, became ambassador in B': the earlier office,
    told in a past-perfect relative clause on the subject, ends when the new one starts."""
    for c, f in pairs:
        verb = c.anchors[0]
        if f.end is not None or f.start is None or verb.dep_ != "relcl":
            continue
        if not any(a.dep_ == "aux" and a.lower_ == "had" for a in verb.children):
            continue
        for c2, f2 in pairs:
            nxt = c2.anchors[0]
            if c2 is c or c2.verb_lemma not in START_WORDS or nxt.i != verb.head.head.i:
                continue
            if f2.person == f.person and f2.start is not None and f2.start > f.start:
                f.end = f2.start


def _candidate_facts(cands: list[Candidate], sent: Span, ctx: DocContext) -> list[TenureFact]:
    out: list[TenureFact] = []
    pairs: list[tuple[Candidate, TenureFact]] = []
    for c in cands:
        dates = term_bounds(c.times, _bounding_lemma(c, ctx))
        if c.then and dates[0] is None and (dates[1] is not None or is_diplomatic(c.role)):
            # "headed the government from 1952 to 1974 and then served as X until 1984"
            before = [f for f in out if f.person == c.person.ref.name and f.end]
            if before:
                dates = (before[-1].end, dates[1])
        if dates[0] is None and is_diplomatic(c.role) and _first_holder(c, ctx):
            dates = (_opening_date(sent, ctx), dates[1])
        if dates[1] is None:
            dates = (dates[0], _own_appointment_date(c, ctx))
        if dates == (None, None) and not (c.envoy or is_diplomatic(c.role)):
            # a non-diplomatic office is a tenure only with a date bound; remember it for
            # "X has held the office since A"
            undated = tenure_fact(c.person, c.role, c.served, c.host, dates, sent, ctx, 0.4)
            tenure_state(ctx).undated.append(undated)
            continue
        fact = tenure_fact(
            c.person, c.role, c.served, c.host, dates, sent, ctx, 0.4 + c.priority / 10
        )
        if c.envoy and fact.to is None and c.host != fact.country:
            fact.to = c.host  # "represented in P by its minister": an envoy's host
        out.append(fact)
        pairs.append((c, fact))
    _ended_by_the_next_post(pairs)
    return out


def tenures_from_offices(sent: Span, ctx: DocContext) -> list[TenureFact]:
    """Return the tenures ``sent`` states (see the module docstring for the patterns)."""
    state = tenure_state(ctx)
    state.sentence += 1
    out = _named_appointee(sent, ctx)
    cands = _office_candidates(sent, ctx) + _head_candidates(sent, ctx)
    cands.sort(key=lambda c: min(a.i for a in c.anchors))
    assign_times(cands, sent, ctx)
    _share_promotion_dates(cands)
    cands = _titles_over_generic_heads(cands)
    out.extend(_candidate_facts(cands, sent, ctx))
    out.extend(_successions(sent, ctx, cands, out))
    out.extend(_successor_nouns(sent, ctx, out))
    out.extend(continuations(sent, ctx, cands, out))
    out.extend(same_posts(sent, ctx, out))
    state.undated.extend(counterparts(sent, ctx, out))
    state.undated.extend(listed_holders(sent, ctx))
    out.extend(own_posts(sent, ctx, out))
    out.extend(taken_offices(sent, ctx, out))
    out.extend(handovers(sent, ctx, out))
    out.extend(expulsions(sent, ctx, out))
    out.extend(apposed_terms(sent, ctx, cands, out))
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
    ) or _sent_to_head(anchor):
        return []
    person: Mention | None = None
    if trig.token.pos_ == "NOUN":
        for c in trig.token.children:
            if c.lower_ == "of":
                person = next((m for p in c.children if (m := person_at(p, ctx))), None)
    elif lemma_of(anchor) != "succeed":
        if _pronoun_for_unnamed_envoy(anchor, sent):
            return []
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
    served, host = None, verb_destination(anchor, ctx)
    if trig.type == "RECALL_ENVOY":
        # "recalled to Moscow": the envoy's own capital; the post was in the other main state
        served = host
        host = next((s for s in ctx.main_states if served and s != served), None)
    fact = tenure_fact(
        person, "ambassador", served, host, term_bounds(times, lemma), sent, ctx, 0.6
    )
    tenure_state(ctx).history.append(fact)
    return [fact]


def _sent_to_head(anchor: Token) -> bool:
    """'X was sent to head the mission': the body headed names the post (see
    :func:`_head_candidates`), not an ambassadorship."""
    return any(
        c.dep_ in ("xcomp", "advcl")
        and lemma_of(c) in ("head", "lead")
        and any(o.dep_ == "dobj" and lemma_of(o) in HEADED_BODIES for o in c.children)
        for c in anchor.children
    )


def _pronoun_for_unnamed_envoy(anchor: Token, sent: Span) -> bool:
    """Whether the object of ``anchor`` is a pronoun standing for an envoy the sentence names
    only by his office before it ("X asked Havana to withdraw its ambassador, and Cuba recalled
    him"): the pronoun is that envoy, not a named person of the sentence."""
    pronoun = next((c for c in anchor.children if c.dep_ == "dobj" and c.pos_ == "PRON"), None)
    if pronoun is None:
        return False
    return any(
        is_office(t) and not any(c.pos_ == "PROPN" for c in t.children)
        for t in sent
        if t.i < pronoun.i and t.dep_ in ("dobj", "pobj", "nsubj", "nsubjpass")
    )


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
            if person is not None and verb_destination(t, ctx) is not None:
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

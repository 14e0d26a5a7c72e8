"""Tenure successions: "Y was succeeded by X (as <office>)", "X replaced Y", "his successor, X,
arrived in A" (ending the predecessor's tenure and starting the successor's)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from diplomatica.nlp.events.context import DocContext, Mention, TimeMention
from diplomatica.nlp.events.modality import is_factual
from diplomatica.nlp.events.tenure_base import (
    HOLDER_END_VERBS,
    RECALLING_VERBS,
    REPLACING_VERBS,
    SEIZING_VERBS,
    START_WORDS,
    TRAVEL_WORDS,
    Candidate,
    SentenceWords,
    lemma_of,
)
from diplomatica.nlp.events.tenure_dates import (
    anchored_times,
    time_value,
    value_bounds,
    when_clause_date,
)
from diplomatica.nlp.events.tenure_facts import (
    SUCCESSION_POSTS,
    TenureState,
    last_office,
    latest_tenure,
    person_key,
    recorded_office,
    same_holder,
    slot_person,
    tenure_fact,
    tenure_state,
)
from diplomatica.nlp.events.tenure_links import (
    PRONOUNS,
    agent,
    clause_subject,
    name_mention,
    person_at,
    previous_person,
    sentence_times,
)
from diplomatica.nlp.events.tenure_roles import (
    MINISTRY_HEADS,
    is_diplomatic,
    is_office,
    ministry_role,
    normalise_role,
    office_states,
    raw_role,
    title_before,
)
from diplomatica.nlp.events.tenure_titles import GENERIC_HEADS, generic_for
from diplomatica.nlp.types import TenureFact

_GENERIC_ENVOYS = frozenset(["envoy", "representative"])
# Generic names of a ruling party's head, made precise by the title its holder is told to bear.
_GENERIC_PARTY_HEADS = frozenset(["party leader", "leader of the party", "party chief"])


def _party_title(role: str) -> bool:
    """Whether ``role`` is a party secretary's title ("first secretary of the central
    committee", "general secretary"), not a state secretary's."""
    words = role.lower().split()
    return "secretary" in words and "state" not in words and "foreign" not in words


# "Y followed X in 1958", "X was followed by Y": a succession only between two holders of an
# office known for the one followed (see :func:`_follows_elsewhere`).
_FOLLOWING_VERBS = frozenset(["follow"])
# Verbs by which a person takes a ruler's office from its holder ("X, who overthrew Y in A").
_SUCCESSION_VERBS = REPLACING_VERBS | SEIZING_VERBS | _FOLLOWING_VERBS
# Prepositions by which "follow" moves or copies, not takes an office: "followed him to Paris",
# "followed X into exile", "followed Y with a speech".
_FOLLOWED_AWAY = frozenset(["to", "into", "onto", "through", "with", "on", "across", "out"])


def may_succeed(words: SentenceWords) -> bool:
    """Whether :func:`successions` may fire in a sentence of ``words``: only on a verb of
    succeeding, replacing or overthrowing."""
    return not _SUCCESSION_VERBS.isdisjoint(words.lemmas)


def successions(
    sent: Span, ctx: DocContext, cands: list[Candidate], local: list[TenureFact]
) -> list[TenureFact]:
    """Return the tenures that "succeed/replace/overthrow" verbs in ``sent`` start and end."""
    out: list[TenureFact] = []
    state = tenure_state(ctx)
    # a succession verb an apposed office anchors on ("Y, prime minister since A, succeeded X
    # as general secretary in B") keeps its own date
    anchored = {a.i for c in cands for a in c.anchors if lemma_of(a) not in _SUCCESSION_VERBS}
    apposed = {p for c in cands if c.priority == 2 for p in c.time_pos}  # "Y, Ambassador since A"
    times = [
        (tm, p)
        for tm, p in sentence_times(sent, ctx)
        if not any(n.i in anchored for n in p) and (tm.start not in apposed or _on_succession(p))
    ]
    for verb in sent:
        if verb.pos_ != "VERB" or lemma_of(verb) not in _SUCCESSION_VERBS:
            continue
        if not is_factual(verb, verb, sent) or _follows_elsewhere(verb):
            continue
        following = lemma_of(verb) in _FOLLOWING_VERBS
        passive = _passive(verb)
        pairs: list[tuple[Token | None, Token | None, Token]] = []
        if passive:
            pred = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
            pairs.append((pred or clause_subject(verb), agent(verb), verb))
            for c in verb.children:
                if c.dep_ == "conj" and ctx.mention_at(c) is not None and agent(c) is not None:
                    pairs.append((c, agent(c), c))  # "..., and Bölling in 1982 by X"
        else:
            pred = next((c for c in verb.children if c.dep_ == "dobj"), None)
            pairs.append((pred, clause_subject(verb), verb))
        office = _succession_office(verb)
        if office is None and _as_other(verb):
            continue  # "was replaced as head of the delegation": not an office
        explicit = (
            normalise_role(raw_role(office, ctx)) if office is not None else _ministry_taken(verb)
        )
        named_served, named_host = (
            office_states(office, ctx) if office is not None else (None, None)
        )
        for pred_tok, succ_tok, anchor in pairs:
            pred_p = slot_person(pred_tok, ctx)
            succ_p = slot_person(succ_tok, ctx)
            if succ_p is None or _replaces_a_thing(pred_tok, pred_p):
                continue
            if pred_tok is not None and pred_tok.lower_ in PRONOUNS:
                # "Y was deposed, and X succeeded him": Y; "X succeeded him": never X
                pred_p = _removed_subject(anchor, ctx) or pred_p
                pred_p = _other_person(pred_p, succ_p, ctx) if pred_p is not None else None
            last = latest_tenure(state, local + out, pred_p) if pred_p is not None else None
            if last is None and pred_p is not None:
                last = last_office(state, local + out, pred_p, sent)  # "President Y" before
            title = _successor_title(succ_p, cands) or _name_title(succ_p, ctx)
            if title is None and last is None:
                title = _apposed_title(succ_p, cands)
            if lemma_of(verb) in SEIZING_VERBS and (last is None or is_diplomatic(last.role)):
                continue  # overthrowing takes only a ruler's office, known before
            if following and last is None and explicit is None:
                continue  # "Y followed X": a succession only to an office X is known to hold
            role = explicit or (last.role if last else None) or (title.role if title else None)
            if explicit is None and title is not None and _other_kind(title.role, last):
                role = title.role  # "sent Ambassador X to succeed Y": Y's post was an envoy's
            if explicit in _GENERIC_ENVOYS and last is not None and is_diplomatic(last.role):
                role = last.role  # "succeeded Y, Ambassador since A, as the envoy here"
            if explicit in _GENERIC_PARTY_HEADS and last is not None and _party_title(last.role):
                role = last.role  # "succeeded Y as party leader": Y's first secretaryship
            role = _titled_office(role, title, last)
            point = _succession_date(anchor, verb, times, sent, ctx)
            point = point or _participle_date(verb, sent, ctx)
            taken_before = _office_taken_then(state, local + out, succ_p, point, role)
            if taken_before is not None:
                # "X had succeeded Y in A" after "X, ambassador in P since A": that office
                role, last = taken_before.role, last or taken_before
            told = _title_told_before(state, local + out, succ_p, sent) if role is None else None
            if told is not None and point is not None:
                role, last = told.role, last or told
            recorded = _recorded_office(succ_p, pred_p, point) if role is None else None
            recorded_served = None
            if recorded is not None:
                role, recorded_served = recorded  # neither office stated: the gazetteer's
            if role is None:
                continue
            inherited = point is None and last is not None and last.end is not None
            if inherited and last is not None and _recent(last, sent, local, ctx):
                point = last.end  # "X, who chaired the council until 1969, was succeeded by Y"
            served = named_served or recorded_served or (last.country if last else None)
            served = served or (title.served if title and role == title.role else None)
            host = named_host or (last.to if last else None)
            taken = tenure_fact(succ_p, role, served, host, (point, None), sent, ctx, 0.6)
            out.append(taken)
            if recorded is not None:
                continue  # the successor's recorded office says nothing of the predecessor's
            if pred_p is not None and point and not (inherited and last not in local):
                # an end stated in an earlier sentence already closed the predecessor's term;
                # the office handed over is the same state's
                served = served or taken.country
                out.append(tenure_fact(pred_p, role, served, host, (None, point), sent, ctx, 0.6))
            elif pred_p is not None and point is None and (last is None or last.role != role):
                # "sent X to Tokyo to succeed Y": Y's post there, for "Y served from A to B"
                held = (served or taken.country, host or taken.to)
                undated = tenure_fact(pred_p, role, *held, (None, None), sent, ctx, 0.4)
                state.undated.append(undated)
    return out


def _follows_elsewhere(verb: Token) -> bool:
    """Whether ``verb`` is "follow" in a sense other than taking over an office: going after
    someone somewhere ("followed him to Paris", "followed X into exile")."""
    if lemma_of(verb) not in _FOLLOWING_VERBS:
        return False
    return any(c.dep_ == "prep" and c.lower_ in _FOLLOWED_AWAY for c in verb.children)


def _on_succession(path: list[Token]) -> bool:
    """Whether a time hangs on a succession verb by prepositional phrases alone ("succeeded X
    in May 1988", "succeeded X as party leader in May 1988"), not through an apposed name."""
    return (
        len(path) >= 2
        and lemma_of(path[-1]) in _SUCCESSION_VERBS
        and all(t.dep_ in ("prep", "pobj") for t in path[:-1])
    )


def _office_taken_then(
    state: TenureState,
    local: list[TenureFact],
    successor: Mention,
    point: str | None,
    role: str | None,
) -> TenureFact | None:
    """'X, ambassador in P since 1955, ... X had succeeded Y in 1955': when nothing names the
    office handed over, it is the successor's last stated office begun in the succession's
    year (None otherwise, or when an office is named)."""
    if role is not None or point is None:
        return None
    own = latest_tenure(state, local, successor)
    if own is None or own.start is None or own.start[:4] != point[:4]:
        return None
    return own


def _title_told_before(
    state: TenureState, local: list[TenureFact], successor: Mention, sent: Span
) -> TenureFact | None:
    """'X, the British ambassador, called. ... He succeeded Y last year': when nothing names
    the office handed over, the successor's office told before without dates (not a
    description of heading something: "the first woman to head a mission", "chairman of the
    council" beside a party post); None otherwise."""
    told = last_office(state, local, successor, sent)
    if told is None or told.start is not None or told.end is not None:
        return None
    if told.role.startswith(("head of ", "chairman of ")):
        return None
    return told


def _recorded_office(
    successor: Mention, predecessor: Mention | None, point: str | None
) -> tuple[str, str | None] | None:
    """The office the gazetteer records for the successor, else the predecessor, in the year
    of the succession (None without a date)."""
    if point is None:
        return None
    return recorded_office(successor, (point, None)) or (
        recorded_office(predecessor, (point, None)) if predecessor is not None else None
    )


def _other_kind(titled: str, last: TenureFact | None) -> bool:
    """Whether the successor's title is a diplomatic post and the predecessor's last office is
    not, or the reverse: a namesake's office ("Ambassador X succeeded Johnson" after "President
    Johnson"), not the one handed over."""
    return last is not None and is_diplomatic(titled) != is_diplomatic(last.role)


def _titled_office(
    role: str | None, title: Candidate | None, last: TenureFact | None
) -> str | None:
    """'President X, who succeeded Y as head of state': a generic head's office taken over is
    the successor's title, else the predecessor's last office, when that names it."""
    if role is None or role not in GENERIC_HEADS:
        return role
    for named in (title.role if title else None, last.role if last else None):
        if named is not None and not is_diplomatic(named) and generic_for(role, named):
            return named
    return role


def _successor_title(person: Mention, cands: list[Candidate]) -> Candidate | None:
    """'President X, who had succeeded Y in A': the title the successor bears in the sentence
    names the office taken over when neither the verb nor the predecessor's record does."""
    return next(
        (c for c in cands if c.titled and c.person.ref.key == person.ref.key),
        None,
    )


def _apposed_title(person: Mention, cands: list[Candidate]) -> Candidate | None:
    """'the British Foreign Secretary, X, who had succeeded Y in A': an undated office apposed
    to the successor's name is the office X holds, taken from Y (used when nothing is known
    of Y's office; not a description of heading something: "the first woman to lead a
    mission")."""
    return next(
        (
            c
            for c in cands
            if c.person.ref.key == person.ref.key
            and not c.times
            and not c.role.startswith(("head of ", "chairman of "))
        ),
        None,
    )


def _name_title(person: Mention, ctx: DocContext) -> Candidate | None:
    """'Secretary of State X, who succeeded Y in A': a title standing before the successor's
    name that no tenure candidate took, as an undated title."""
    tok = title_before(person, ctx)
    if tok is None:
        return None
    served, _ = office_states(tok, ctx)
    role = normalise_role(raw_role(tok, ctx))
    return Candidate(person, role, [ctx.doc[person.end - 1]], "be", 1, served, titled=True)


_REMOVED_VERBS = SEIZING_VERBS | {"remove", "dismiss", "overthrow", "kill", "resign", "die"}


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


def may_name_a_successor(words: SentenceWords) -> bool:
    """Whether :func:`successor_nouns` may fire in a sentence of ``words``: only on the noun
    "successor"."""
    return "successor" in words.lemmas


def successor_nouns(sent: Span, ctx: DocContext, local: list[TenureFact]) -> list[TenureFact]:
    """'His successor, X, arrived in May 1972': X takes the predecessor's last office from the
    date of a verb of taking up the post; the predecessor's term ends then."""
    out: list[TenureFact] = []
    state = tenure_state(ctx)
    for noun in sent:
        if lemma_of(noun) != "successor" or noun.pos_ != "NOUN":
            continue
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        named = next((c for c in noun.children if c.dep_ == "appos"), None)
        if named is None and noun.dep_ == "appos":
            named = noun.head  # "X, Y's successor from January 1915, ..."
        pred = person_at(owner, ctx) if owner is not None else None
        succ = person_at(named, ctx) if named is not None else None
        last = latest_tenure(state, local + out, pred) if pred is not None else None
        if owner is not None and owner.lower_ in PRONOUNS:
            # "his successor": the one who just left an office, not the last name told
            last = _ended_before(state, local + out, sent, ctx) or last
            if (
                pred is not None
                and last is not None
                and not same_holder(pred.ref.name, last.person)
            ):
                pred = None
        if succ is None or last is None or same_holder(succ.ref.name, last.person):
            continue
        verb = noun.head
        point: str | None = None
        travel = lemma_of(verb) in TRAVEL_WORDS and not is_diplomatic(last.role)
        if noun.dep_ in ("nsubj", "nsubjpass") and lemma_of(verb) in START_WORDS and not travel:
            times = anchored_times([verb], sent, ctx)
            point = value_bounds(times[0])[0] if times else None
        point = point or _successor_since(noun, sent, ctx)
        start = point or _predecessor_end(last, noun, sent, ctx)
        if start is None and not is_diplomatic(last.role):
            continue  # a non-diplomatic office needs a date bound
        end = _successor_end(noun, sent, ctx)
        out.append(
            tenure_fact(succ, last.role, last.country, last.to, (start, end), sent, ctx, 0.5)
        )
        if point and pred is not None:
            out.append(
                tenure_fact(pred, last.role, last.country, last.to, (None, point), sent, ctx, 0.5)
            )
    return out


def _successor_since(noun: Token, sent: Span, ctx: DocContext) -> str | None:
    """The start a "successor" noun dates itself ("X, Y's successor from January 1915", "his
    successor since 1990, X"): a "from"/"since" date hung on the noun; None for a plain date
    ("his successor in the 1920s") or none."""
    for value in anchored_times([noun], sent, ctx):
        start, end = value_bounds(value)
        if value.kind == "range" and start is not None and end is None:
            return start
    return None


def _ended_before(
    state: TenureState, local: list[TenureFact], sent: Span, ctx: DocContext
) -> TenureFact | None:
    """The tenure ended in ``sent`` or earlier in its paragraph that was told last (of one
    sentence, the one ending last: "X, who had succeeded Y in 1923, left in 1929; his
    successor, Z, ..."): the office "his successor" takes, whoever the pronoun's resolution
    names ("X was recalled, though he liked W; his successor ...")."""
    ended = [t for t in [*state.history, *local] if t.end and _recent(t, sent, local, ctx)]
    return max(ended, key=lambda t: (t.evidence_end, t.end or ""), default=None)


def _predecessor_end(last: TenureFact, noun: Token, sent: Span, ctx: DocContext) -> str | None:
    """The end of the predecessor's term ``last``, when the successor's clause ("Y, prime
    minister until his death in 1963; his successor X allowed ...") has no date of an earlier
    year (then that end was misread): the successor's start."""
    if last.end is None:
        return None
    for tm, _path in sentence_times(sent, ctx):
        year = value_bounds(time_value(tm, ctx))[1]
        if tm.start > noun.i and year is not None and year[:4] < last.end[:4]:
            return None
    return last.end


def _successor_end(noun: Token, sent: Span, ctx: DocContext) -> str | None:
    """The date the successor's own term ends when "his successor" is the subject of a verb
    ending it ("his successor, X, died in September", "was withdrawn in August 1918"), else
    None."""
    verb = noun.head
    lemma = lemma_of(verb)
    ends = lemma in HOLDER_END_VERBS or (noun.dep_ == "nsubjpass" and lemma in RECALLING_VERBS)
    if noun.dep_ not in ("nsubj", "nsubjpass") or not ends:
        return None
    if not is_factual(verb, verb, sent):
        return None
    times = anchored_times([verb], sent, ctx)
    return value_bounds(times[0])[1] if times else None


# Common nouns naming the person succeeded: the office's holder or a relative ("succeeded his
# father as Shah").
_PERSON_NOUNS = frozenset(
    [
        "predecessor",
        "incumbent",
        "holder",
        "father",
        "mother",
        "brother",
        "sister",
        "uncle",
        "husband",
        "wife",
        "cousin",
    ]
)


def _replaces_a_thing(pred_tok: Token | None, pred_p: Mention | None) -> bool:
    """Return whether the one succeeded is a common noun that is neither a person nor an
    office ("a new treaty was signed, replacing the treaty of 1960"): no tenure changes."""
    return (
        pred_tok is not None
        and pred_p is None
        and pred_tok.pos_ == "NOUN"
        and pred_tok.lower_ not in PRONOUNS
        and lemma_of(pred_tok) not in _PERSON_NOUNS
        and not is_office(pred_tok)
    )


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


def _participle_date(verb: Token, sent: Span, ctx: DocContext) -> str | None:
    """'X took office in August, succeeding Y', 'X, who took office in August, succeeding Y':
    a participle of succeeding with no date of its own happens when its subject took up the
    office, at the date of the verb of taking up it hangs on or stands beside."""
    if verb.tag_ != "VBG" or verb.dep_ not in ("acl", "advcl"):
        return None
    head = verb.head
    takings = [head] if verb.dep_ == "advcl" else [c for c in head.children if c.dep_ == "relcl"]
    for taking in takings:
        if lemma_of(taking) not in START_WORDS:
            continue
        times = anchored_times([taking], sent, ctx)
        if times:
            return value_bounds(times[0])[0]
    return None


def _ministry_taken(verb: Token) -> str | None:
    """The office of the ministry a succession takes place at ("X replaced Y at the Ministry
    of Defence", "succeeded Y at the Foreign Ministry"): its minister's; else None."""
    for c in verb.children:
        if c.dep_ != "prep" or c.lower_ != "at":
            continue
        for p in c.children:
            if p.dep_ == "pobj" and lemma_of(p) in MINISTRY_HEADS:
                return ministry_role(p)
    return None


def _passive(verb: Token) -> bool:
    """Whether ``verb`` is passive, itself or as a conjunct sharing a passive's auxiliary."""
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children) or _passive_conjunct(verb)


def _passive_conjunct(verb: Token) -> bool:
    """'X was removed in A and succeeded by Y': a bare conjunct with an agent, coordinated with
    a passive verb, is passive too (its subject and auxiliary are the first verb's)."""
    if verb.dep_ != "conj" or not any(c.dep_ == "agent" for c in verb.children):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children):
        return False
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.head.children)


# Verbs by which a holder leaves his office ("when X stepped down/resigned/retired/died").
_STEPPING_DOWN_VERBS = frozenset(["step", "resign", "retire", "die"])
# Verbs of a holder's leaving office that a coordinated succession follows at once ("stepped
# down in 2016 and was succeeded by Y", "was assassinated and succeeded by Y").
_LEAVING_VERBS = HOLDER_END_VERBS | _STEPPING_DOWN_VERBS | {"kill", "assassinate", "remove"}


def _after_a_fall(verb: Token) -> bool:
    """'X died in A and was succeeded by Y': a passive succession coordinated with the
    holder's death, resignation or removal (the verb it is a conjunct of)."""
    return (
        verb.dep_ == "conj"
        and lemma_of(verb.head) in _LEAVING_VERBS
        and any(c.dep_ == "auxpass" for c in verb.children)
    )


def _succession_date(
    anchor: Token,
    verb: Token,
    times: list[tuple[TimeMention, list[Token]]],
    sent: Span,
    ctx: DocContext,
) -> str | None:
    # "a few months before Y succeeded him in A": a span measures the distance, not the date
    times = [(tm, path) for tm, path in times if tm.value.kind not in ("duration", "set")]
    for tm, path in times:
        if path and path[-1].i == anchor.i:
            start, end = value_bounds(tm.value)
            return start or end
    if _passive_conjunct(verb) or _after_a_fall(verb):
        # "was removed in A and succeeded by Y", "died in A and was succeeded by Y": the
        # removal's (the death's) date
        for tm, path in times:
            if path and path[-1].i == verb.head.i:
                start, end = value_bounds(tm.value)
                return end or start
    # "served until 1978, when he was succeeded": the date of the clause modified
    if verb.dep_ in ("relcl", "advcl"):
        for tm in ctx.times_in(max(0, verb.head.i - 8), verb.head.i + 1):
            if tm.start <= verb.head.i < tm.end:
                start, end = value_bounds(tm.value)
                return end or start
    return when_clause_date(verb, ctx)


# "in succession to Y", "in place of Y": the preposition naming the one replaced.
_REPLACING_NOUNS = {"succession": "to", "place": "of"}


def may_replace_in_place(words: SentenceWords) -> bool:
    """Whether :func:`replaced_in_place` may fire: only on "succession" or "place"."""
    return not words.lemmas.isdisjoint(_REPLACING_NOUNS)


def replaced_in_place(sent: Span, ctx: DocContext, local: list[TenureFact]) -> list[TenureFact]:
    """'X came to Seoul as Ambassador in 1964 in succession to Y', 'X, elected Chancellor in
    place of Y': the office X takes in the sentence was Y's until X took it."""
    out: list[TenureFact] = []
    for noun in sent:
        prep = _REPLACING_NOUNS.get(lemma_of(noun))
        if prep is None or noun.dep_ != "pobj" or noun.head.lower_ != "in":
            continue
        replaced = next(
            (
                person_at(p, ctx)
                for c in _replacing_preps(noun, prep)
                for p in c.children
                if p.dep_ == "pobj"
            ),
            None,
        )
        successor = _replacing_person(noun.head.head, ctx)
        if replaced is None or successor is None or replaced.ref.key == successor.ref.key:
            continue
        taken = next(
            (
                t
                for t in reversed(local)
                if t.person_id == successor.ref.key and t.start is not None
            ),
            None,
        )
        if taken is None:
            continue
        held = (None, taken.start)
        out.append(tenure_fact(replaced, taken.role, taken.country, taken.to, held, sent, ctx, 0.5))
    return out


# What one takes up in another's place: the post, not a person ("took up his duties").
_TAKEN_POSTS = frozenset(["post", "duty", "office", "position", "place", "charge"])


def _replacing_preps(noun: Token, prep: str) -> list[Token]:
    """The ``prep`` naming the one replaced after "succession"/"place": the noun's own, or the
    one right after it that the parser hung on the verb ("came in succession to Y")."""
    own = [c for c in noun.children if c.lower_ == prep]
    if own or noun.i + 1 >= len(noun.doc):
        return own
    after = noun.doc[noun.i + 1]
    return [after] if after.lower_ == prep and after.head.i == noun.head.head.i else []


def _replacing_person(verb: Token, ctx: DocContext) -> Mention | None:
    """The one who takes the place: the subject of the verb the phrase hangs on, its object
    ("sent X as ambassador in place of Y"), or the name a participle modifies ("X, elected
    Chancellor in place of Y")."""
    if verb.dep_ in ("acl", "relcl") and verb.tag_ == "VBN":
        return person_at(verb.head, ctx)
    subject = clause_subject(verb)
    passive = any(c.dep_ == "nsubjpass" for c in verb.children)
    # "took up his post in succession to Y": the post taken is no person sent
    people = [c for c in verb.children if c.dep_ == "dobj" and lemma_of(c) not in _TAKEN_POSTS]
    if subject is not None and (passive or not people):
        return person_at(subject, ctx)
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return person_at(obj, ctx) if obj is not None else None


def may_leave_when_taken(words: SentenceWords) -> bool:
    """Whether :func:`left_when_taken` may fire: only on a verb of leaving office."""
    return not _STEPPING_DOWN_VERBS.isdisjoint(words.lemmas)


def left_when_taken(sent: Span, ctx: DocContext, local: list[TenureFact]) -> list[TenureFact]:
    """'Y became prime minister in A, when X stepped down', 'Y took office as president when X
    resigned': the holder whose leaving a "when" clause on Y's taking up an office tells held
    that office until Y took it (at Y's start)."""
    out: list[TenureFact] = []
    for verb in sent:
        if verb.dep_ not in ("advcl", "relcl") or lemma_of(verb) not in _STEPPING_DOWN_VERBS:
            continue
        if _left_another_post(verb):
            continue  # "when Y resigned as prime minister"
        if not _left_post(verb) or not any(
            c.lower_ == "when" and c.dep_ in ("advmod", "mark") for c in verb.children
        ):
            continue
        leaver = slot_person(clause_subject(verb), ctx)
        taker = _replacing_person(_clause_verb(verb.head), ctx)
        if leaver is None or taker is None or same_holder(leaver.ref.name, taker.ref.name):
            continue
        taken = next(
            (
                t
                for t in reversed(local)
                if t.person_id == taker.ref.key
                and t.start is not None
                and t.evidence_start == sent.start_char
            ),
            None,
        )
        if taken is None or taken.to is not None:
            continue
        held = (None, taken.start)
        out.append(tenure_fact(leaver, taken.role, taken.country, None, held, sent, ctx, 0.5))
    return out


def _clause_verb(token: Token) -> Token:
    """The verb a token hangs on through nouns and prepositions ("became president in May
    1970, when ..." parsed with the clause on the date: "became")."""
    node = token
    for _ in range(4):
        if node.pos_ in ("VERB", "AUX") or node.head.i == node.i:
            break
        node = node.head
    return node


def _left_another_post(verb: Token) -> bool:
    """'when Y resigned as prime minister': the leaving names a post of its own, which need not
    be the one the newcomer took."""
    return any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children)


def _left_post(verb: Token) -> bool:
    """'stepped down/aside', 'resigned', 'retired', 'died': a leaving, not a step taken."""
    if lemma_of(verb) != "step":
        return True
    return any(c.lower_ in ("down", "aside") for c in verb.children)

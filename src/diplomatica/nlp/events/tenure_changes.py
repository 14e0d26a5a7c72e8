"""Statements that bound a term already told: "X, who stayed until 1965", "served there for
four years", "left Hanoi in 1969", "has held that post since 1964", "took office in August
1979", "handed the premiership to Y", "was removed from his posts", "Y has held the same post
since A", "his Turkish counterpart, Z"."""

from __future__ import annotations

from spacy.tokens import Span, Token

from diplomatica.nlp.events.context import DocContext, Mention, TimeMention
from diplomatica.nlp.events.dating.parse import has_perfect
from diplomatica.nlp.events.lexicon import HELD_PLACES
from diplomatica.nlp.events.modality import is_factual
from diplomatica.nlp.events.tenure_base import (
    SERVED_TERMS,
    STAY_VERBS,
    Candidate,
    SentenceWords,
    lemma_of,
)
from diplomatica.nlp.events.tenure_dates import (
    anchored_times,
    shortly_after_date,
    term_bounds,
    time_preposition,
    time_value,
    value_bounds,
    when_clause_date,
)
from diplomatica.nlp.events.tenure_facts import (
    HOLD_VERBS,
    OWN_POSSESSIVES,
    SUCCESSION_POSTS,
    TenureState,
    last_office,
    latest_tenure,
    open_at,
    person_key,
    purposeful,
    recorded_office,
    same_holder,
    slot_person,
    tenure_fact,
    tenure_state,
    verb_destination,
)
from diplomatica.nlp.events.tenure_independence import independence_times
from diplomatica.nlp.events.tenure_links import (
    clause_subject,
    object_person,
    person_at,
    sentence_times,
    subject_person,
)
from diplomatica.nlp.events.tenure_roles import (
    TENURE_NOUNS,
    is_diplomatic,
    is_office,
    may_name_an_office,
    ministry_role,
    normalise_role,
    office_states,
    raw_role,
)
from diplomatica.nlp.events.triggers.envoys import titled_arrival_aside
from diplomatica.nlp.events.triggers.syntax import has_particle, prep_objects
from diplomatica.nlp.gazetteer import title
from diplomatica.nlp.time.relative import WEEKDAYS
from diplomatica.nlp.types import TenureFact, TimeValue


def continuations(
    sent: Span, ctx: DocContext, cands: list[Candidate], local: list[TenureFact]
) -> list[TenureFact]:
    """'X, who stayed until 1965' / 'and remained in Beijing until 1952': end X's last tenure."""
    out: list[TenureFact] = []
    anchored = {a.i for c in cands for a in c.anchors}
    state = tenure_state(ctx)
    for tm, path in sentence_times(sent, ctx):
        if not path or path[-1].i in anchored:
            continue
        verb = _stay_clause(path[-1])
        if _removed_from_post(verb) and _plural_posts(verb):
            out.extend(_removals_from_posts(verb, tm, ctx, state, local + out))
            continue
        left = _left_post(verb, tm, ctx, state, local + out) or _arrival(
            verb, tm, ctx, state, local + out
        )
        if left is not None:
            out.append(left)
            continue
        leading = lemma_of(verb) in _LEADING_VERBS and verb.dep_ == "relcl"
        # "Ambassador X, who has represented his country in P since A"
        representing = lemma_of(verb) == "represent" and verb.dep_ == "relcl"
        # "Ambassador X, who has been in Washington since A": present at his post
        present = _been_at_post_since(verb, tm, ctx)
        representing = representing or present
        if lemma_of(verb) not in STAY_VERBS | _STATIONED_VERBS and not (leading or representing):
            continue
        if not is_factual(verb, verb, sent):
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
        if person is not None and leading:
            last = _office_told_before(state, person, sent)
        else:
            last = last_office(state, local + out, person, sent) if person is not None else None
        place = verb_destination(verb, ctx)
        if person is not None and place is not None and not leading:
            # "X, who served in Beijing from 1978 to 1983, is now an adviser": the post abroad
            last = _post_abroad(verb, person, place, ctx, local + out) or last
        if person is None or last is None or (leading and is_diplomatic(last.role)):
            continue
        if representing and not is_diplomatic(last.role):
            continue
        if place is not None and not is_diplomatic(last.role) and place != last.country:
            continue  # "who served in Beijing from A to B, is now adviser": a post abroad
        if place is not None and last.to is not None and place != last.to:
            continue  # "served in Tokyo from 1980 to 1984": another post than the last one
        dates = (start, end) if start else (None, end)
        out.append(tenure_fact(person, last.role, last.country, last.to, dates, sent, ctx, 0.5))
    return out


_SUCCESSION_NOUNS = frozenset(["predecessor", "successor"])


def _post_abroad(
    verb: Token, person: Mention, place: str, ctx: DocContext, local: list[TenureFact]
) -> TenureFact | None:
    """The diplomatic post in ``place`` that "X served in P" refers to: X's own last one there,
    else (for "his predecessor, X") the post there of the one X preceded or succeeded; None
    when neither is told."""
    state = tenure_state(ctx)
    posts = local + state.history + state.undated
    own = _last_post_in(person.ref.name, place, posts)
    if own is not None:
        return own
    holder = clause_subject(verb)
    if holder is not None and holder.dep_ == "nsubj" and verb.dep_ == "relcl":
        holder = verb.head  # "his predecessor, X, who served in P"
    noun = holder.head if holder is not None and holder.dep_ == "appos" else None
    if noun is None or lemma_of(noun) not in _SUCCESSION_NOUNS:
        return None
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    other = person_at(owner, ctx) if owner is not None else None
    if other is None or other.ref.key == person.ref.key:
        return None
    return _last_post_in(other.ref.name, place, posts)


def _last_post_in(name: str, place: str, posts: list[TenureFact]) -> TenureFact | None:
    """Return the last diplomatic post in ``place`` that ``name`` holds among ``posts``."""
    held = [t for t in posts if same_holder(name, t.person) and is_diplomatic(t.role)]
    return next((t for t in reversed(held) if t.to == place), None)


def _office_told_before(state: TenureState, person: Mention, sent: Span) -> TenureFact | None:
    """Return the person's last office stated in a sentence before ``sent`` (dated or not):
    "X, who has led the party since A, was sworn in as president" leads with the office told
    before, not the one the sentence goes on to give."""
    before = [t for t in state.history + state.undated if t.evidence_end <= sent.start_char]
    before.sort(key=lambda t: t.evidence_start)
    return latest_tenure(TenureState(history=before), [], person)


def _arrival(
    verb: Token, tm: TimeMention, ctx: DocContext, state: TenureState, local: list[TenureFact]
) -> TenureFact | None:
    """'X, who arrived in 1990 and served until 1993, was the first ambassador', 'Ambassador X,
    who had come to Washington in 1970': an envoy's arrival in a relative clause on him starts
    the post stated in the same sentence."""
    lemma = lemma_of(verb)
    if verb.dep_ != "relcl" or purposeful(verb):
        return None
    if lemma not in ("arrive", "reach") and not titled_arrival_aside(verb, lemma):
        return None  # "Ambassador X, who had come to Washington in 1970" (not "came twice")
    if tm.value.kind != "date" or not is_factual(verb, verb, verb.sent):
        return None
    person = subject_person(verb, ctx)
    last = latest_tenure(state, local, person) if person is not None else None
    if person is None or last is None or last.start is not None or not is_diplomatic(last.role):
        return None
    if last.evidence_start != verb.sent.start_char:
        return None  # only the post this sentence states
    start, _end = value_bounds(tm.value)
    host = last.to or verb_destination(verb, ctx)
    return tenure_fact(
        person, last.role, last.country, host, (start, last.end), verb.sent, ctx, 0.5
    )


def _lasted(
    verb: Token, value: TimeValue, ctx: DocContext, local: list[TenureFact], sent: Span
) -> TenureFact | None:
    """'He served there for four years', 'she stayed six years': a whole number of years
    after a known start ends the holder's last stated term (whose end is not yet known)."""
    years = value.duration_years
    if years is None or years < 1 or years != int(years) or lemma_of(verb) not in STAY_VERBS:
        return None
    person = subject_person(verb, ctx)
    last = last_office(tenure_state(ctx), local, person, sent) if person is not None else None
    if person is None or last is None or last.start is None or last.end is not None:
        return None
    end = str(int(last.start[:4]) + int(years))
    return tenure_fact(person, last.role, last.country, last.to, (last.start, end), sent, ctx, 0.5)


_STATIONED_VERBS = frozenset(["post", "station", "accredit", "base"])
# "X, who has led the party since A": the leader's office, stated before, from A
_LEADING_VERBS = frozenset(["lead", "head"])


def _posted_since(verb: Token, tm: TimeMention, ctx: DocContext) -> bool:
    """'X has been posted here since 1985', 'she has served in Delhi since May': a perfect
    verb of being posted or serving with a "since" date starts the holder's current post
    (working or staying somewhere since a date does not)."""
    if lemma_of(verb) not in _STATIONED_VERBS | {"serve"}:
        return False
    return _since(tm, ctx) and has_perfect(verb)


# Times of a recent day: "since Monday", "since yesterday" date a stay, not a posting.
_RECENT_WORDS = frozenset(
    [*WEEKDAYS, "yesterday", "week", "weekend", "morning", "evening", "day", "days"]
)


def _been_at_post_since(verb: Token, tm: TimeMention, ctx: DocContext) -> bool:
    """'Ambassador X, who has been in Washington since 1958', 'who has been at the United
    Nations since January 1977': a perfect "be" in a relative clause, at a named place since
    a date, tells when an envoy took up the post there (the holder's last office must be
    diplomatic)."""
    if lemma_of(verb) != "be" or verb.dep_ != "relcl" or not _since(tm, ctx):
        return False
    if any(t.lower_ in _RECENT_WORDS for t in ctx.doc[tm.start : tm.end + 1]):
        return False  # "who has been in Washington since Monday": a trip
    if not has_perfect(verb):
        return False
    return any(
        ctx.mention_at(p) is not None or p.pos_ == "PROPN" for p in prep_objects(verb, ("in", "at"))
    )


def _since(tm: TimeMention, ctx: DocContext) -> bool:
    """Whether the time expression is a "since" date."""
    return ctx.doc[tm.start].lower_ == "since" or time_preposition(tm, ctx) == "since"


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


def may_hold_a_post(words: SentenceWords) -> bool:
    """Whether :func:`same_posts` or :func:`own_posts` may fire in a sentence of ``words``:
    both start only from a verb of holding (``HOLD_VERBS``)."""
    return not HOLD_VERBS.isdisjoint(words.lemmas)


def same_posts(sent: Span, ctx: DocContext, local: list[TenureFact]) -> list[TenureFact]:
    """'Y has held the same post (in P) since A': Y holds the office last stated, for the state
    of P when one is named, else for Y's own."""
    out: list[TenureFact] = []
    state = tenure_state(ctx)
    for verb in sent:
        if verb.pos_ != "VERB" or lemma_of(verb) not in HOLD_VERBS:
            continue
        post = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if post is None or lemma_of(post) not in SUCCESSION_POSTS:
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
        place = verb_destination(verb, ctx) or verb_destination(post, ctx)
        served, host = (None, place) if is_diplomatic(last.role) else (place, None)
        dates = term_bounds(anchored_times([verb, post], sent, ctx), "hold")
        out.append(tenure_fact(person, last.role, served, host, dates, sent, ctx, 0.5))
    return out


def may_name_a_counterpart(words: SentenceWords) -> bool:
    """Whether :func:`counterparts` may fire in a sentence of ``words``: only on the noun
    "counterpart"."""
    return "counterpart" in words.lemmas


def counterparts(sent: Span, ctx: DocContext, local: list[TenureFact]) -> list[TenureFact]:
    """'he and his Turkish counterpart, X, signed ...': X holds, for the state named on the
    noun, the office of the person "his" points to (the last office holder named before).
    Returned undated, for a later "X has held his post since A"."""
    out: list[TenureFact] = []
    state = tenure_state(ctx)
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
        out.append(tenure_fact(person, role, served, None, (None, None), sent, ctx, 0.4))
    return out


def _office_named_before(noun: Token, ctx: DocContext) -> str | None:
    """Return the last office named before ``noun`` in its sentence ("X became the first
    Greek foreign minister to ..., and he and his Turkish counterpart ...")."""
    sent = noun.sent
    for t in reversed(sent[: noun.i - sent.start]):
        if is_office(t):
            return normalise_role(raw_role(t, ctx))
    return None


def _own_post_object(verb: Token) -> Token | None:
    """The object of 'held his post / the office', or the bare 'his' of 'kept his' (his post)."""
    post = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if post is None:
        return None
    if post.lower_ in _POST_PRONOUNS:
        return _pronoun_post(verb, post)  # "assumed the presidency and held it until B"
    if post.lower_ in OWN_POSSESSIVES:
        return post  # ellipsis: "Y kept his until B"
    if lemma_of(post) in _RULE_HELD and not any(c.dep_ == "amod" for c in post.lefts):
        return post  # "had held power since A", "has occupied the throne since A"
    if lemma_of(post) not in _HELD_POSTS and named_post_role(post) is None:
        return None
    if any(c.lower_ in ("same", "identical") for c in post.lefts):
        return None  # "the same post" is someone else's office (see same_posts)
    if any(c.lower_ in OWN_POSSESSIVES or c.lower_ in _POST_DETERMINERS for c in post.lefts):
        return post
    if lemma_of(post) in HELD_PLACES and not any(c.dep_ in ("det", "amod") for c in post.lefts):
        return post  # "has held office since A": the holder's own office
    return None


# Pronouns standing for a post named just before: "held it", "the presidency, which he held".
_POST_PRONOUNS = frozenset(["it", "which"])


def _pronoun_post(verb: Token, pronoun: Token) -> Token | None:
    """The post a pronoun object of holding stands for: the office noun taken by the verb the
    holding is coordinated with ("assumed the presidency in A and held it until B", "took over
    the foreign ministry and kept it until B") or that the relative clause hangs on ("the
    premiership, which he retained until B"); None when that noun names no office ("signed the
    treaty and kept it secret", "the house, which he held until B")."""
    if pronoun.lower_ == "it" and verb.dep_ == "conj":
        nouns = [c for c in verb.head.children if c.dep_ in ("dobj", "attr")]
    elif pronoun.lower_ == "which" and verb.dep_ == "relcl":
        nouns = [verb.head]
    else:
        return None
    return next((n for n in nouns if named_post_role(n) is not None), None)


# "held the post", "has held that post", "this office": the office just named
_POST_DETERMINERS = frozenset(["the", "that", "this"])
# What a ruler holds, his own whatever its determiner: "held power", "occupied the throne".
_RULE_HELD = HELD_PLACES - {"office"}
# A post held, also a minister's "portfolio" ("has held the External Affairs portfolio").
_HELD_POSTS = SUCCESSION_POSTS | {"portfolio"}


def may_list_holders(words: SentenceWords) -> bool:
    """Whether :func:`listed_holders` may fire in a sentence of ``words``: only on a plural
    noun (tag NNS) that is an office (see :func:`may_name_an_office`)."""
    return "NNS" in words.tags and may_name_an_office(words)


def listed_holders(sent: Span, ctx: DocContext) -> list[TenureFact]:
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
                out.append(tenure_fact(person, role, state, None, (None, None), sent, ctx, 0.4))
    return out


def own_posts(sent: Span, ctx: DocContext, local: list[TenureFact]) -> list[TenureFact]:
    """'X had held his post since A', 'Y kept his until B', 'Z, who has held the office since
    A': the holder's own office, last stated (with or without dates), bounded by the date."""
    out: list[TenureFact] = []
    state = tenure_state(ctx)
    for verb in sent:
        if verb.pos_ not in ("VERB", "AUX") or lemma_of(verb) not in HOLD_VERBS:
            continue
        post = _own_post_object(verb)
        person = subject_person(verb, ctx) if post is not None else None
        if post is None or person is None or not is_factual(verb, verb, sent):
            continue
        times = anchored_times([verb, post], sent, ctx)
        # "who has held the post since independence": from the date given it elsewhere
        times += independence_times([verb], ctx, person.state)
        dates = term_bounds(times, "hold")
        if dates == (None, None):
            continue
        told = _told_before_the_clause(verb, local + out, ctx)
        last = _apposed_office(verb, person, local + out + state.undated, ctx) or last_office(
            state, told, person, sent
        )
        named = named_post_role(post)
        if named is not None and (last is None or last.role != named):
            served, _host = office_states(post, ctx)
            out.append(tenure_fact(person, named, served, None, dates, sent, ctx, 0.5))
            continue
        known = recorded_office(person, dates) if last is None else None
        if known is not None:  # "X, who has held office since A", the office stated nowhere
            out.append(tenure_fact(person, *known, None, dates, sent, ctx, 0.5))
        if last is None:
            continue
        out.append(tenure_fact(person, last.role, last.country, last.to, dates, sent, ctx, 0.5))
    return out


def _told_before_the_clause(
    verb: Token, posts: list[TenureFact], ctx: DocContext
) -> list[TenureFact]:
    """'X, who had held the office since A, left it in B to become ambassador': a relative
    clause of holding is about an office told before it, not one the sentence goes on to
    start; ``posts`` without the offices named after the clause."""
    if verb.dep_ != "relcl":
        return posts
    sent = verb.sent
    later = {
        normalise_role(raw_role(t, ctx))
        for t in sent[verb.right_edge.i + 1 - sent.start :]
        if is_office(t)
    }
    return [t for t in posts if t.role not in later]


def _apposed_office(
    verb: Token, person: Mention, posts: list[TenureFact], ctx: DocContext
) -> TenureFact | None:
    """'The foreign minister at the time, X, who held the office from A to B, was elected Y':
    the office a relative clause on a name holds is the one apposed to that name, not one the
    sentence goes on to give; None when no office is apposed or none of ``posts`` is it."""
    if verb.dep_ != "relcl":
        return None
    name = verb.head
    office = (
        name.head
        if name.dep_ == "appos" and is_office(name.head)
        else next((c for c in name.children if c.dep_ == "appos" and is_office(c)), None)
    )
    if office is None:
        return None
    role = normalise_role(raw_role(office, ctx))
    return next(
        (t for t in reversed(posts) if t.role == role and same_holder(person.ref.name, t.person)),
        None,
    )


def named_post_role(post: Token) -> str | None:
    """Return the office a held post names itself ("the presidency" -> president, "the
    foreign ministry" -> foreign minister); None for "the post", "that office", "his"."""
    if lemma_of(post) == "ministry":
        return ministry_role(post)
    return TENURE_NOUNS.get(post.lower_)


_TAKING_VERBS = frozenset(["take", "assume", "enter", "form"])
# what a head of government forms when his term starts: "formed his government in A"
_FORMED_BODIES = frozenset(["government", "cabinet"])


# what one takes to start a term: "took office", "assumed power", "took over the ministry"
_TAKEN_POSTS = frozenset(["office", "post", "power", "helm", "ministry", "throne", *TENURE_NOUNS])


def _taken_post(verb: Token) -> Token | None:
    """The office object of 'took office', 'took up his post', 'assumed the presidency',
    'took over the foreign ministry', 'entered office' (None for other verbs and objects)."""
    if verb.pos_ in ("VERB", "AUX") and lemma_of(verb) in _RETURNING_VERBS:
        return _returned_to(verb)
    if verb.pos_ == "VERB" and lemma_of(verb) == "move":
        return _moved_to(verb)
    if verb.pos_ not in ("VERB", "AUX") or lemma_of(verb) not in _TAKING_VERBS:
        return None
    post = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if lemma_of(verb) == "form":
        return post if post is not None and _own_government(post) else None
    if post is None or lemma_of(post) not in _TAKEN_POSTS:
        return None
    if lemma_of(post) == "power" and lemma_of(verb) != "assume" and not has_particle(verb, "over"):
        return None  # "took power" is a coup's leader's start only with an office named
    return post


# Verbs of reaching an office: "returned to power", "came to the throne", "acceded to office".
_RETURNING_VERBS = frozenset(["return", "come", "accede", "ascend"])


def _returned_to(verb: Token) -> Token | None:
    """The office of "returned to office/power/the presidency", "came to the throne" (a new
    term), else None."""
    return next(
        (
            p
            for p in prep_objects(verb, ("to",))
            if lemma_of(p) in _TAKEN_POSTS and lemma_of(p) != "ministry"
        ),
        None,
    )


def _moved_to(verb: Token) -> Token | None:
    """The office of "moved to the presidency/the foreign ministry" (a new post that ends the
    one held before), else None ("moved to Paris" names no office)."""
    return next(
        (p for p in prep_objects(verb, ("to",)) if named_post_role(p) is not None),
        None,
    )


def _held_post_clauses(verb: Token, post: Token) -> list[Token]:
    """'moved to the presidency in A, an office he held until B': the relative clause of
    holding on the post noun told beside the move, which dates its end."""
    return [
        c
        for node in (verb, post)
        for p in node.children
        if lemma_of(p) in SUCCESSION_POSTS and p.dep_ in ("attr", "appos", "npadvmod")
        for c in p.children
        if c.dep_ == "relcl" and lemma_of(c) in HOLD_VERBS
    ]


def _moved_from(verb: Token, last: TenureFact | None, role: str | None, start: str) -> None:
    """'X, prime minister since A, ... moved to the presidency in B': a move to a new office
    ends the holder's open earlier office at the move's date."""
    if lemma_of(verb) != "move" or last is None or role is None or last.role == role:
        return
    if open_at(last, start):
        last.end = start


def _own_government(post: Token) -> bool:
    """Whether ``post`` is a government a premier forms ("formed his/a government")."""
    return lemma_of(post) in _FORMED_BODIES


def _head_of_government(role: str) -> bool:
    """Whether ``role`` is the head of a government ("prime minister", "premier")."""
    known = title(role)
    return known is not None and known.key == "prime minister"


# verbs that bound a term only when their object is the office or term itself
OBJECT_BOUND_VERBS = _TAKING_VERBS | {"end", "begin", "start", "finish"}


def takes_something_else(c: Candidate) -> bool:
    """'took a train', 'took part', 'ended his journey', 'began talks': a verb of taking,
    beginning or ending whose object is no office, term or oath."""
    verb = next((a for a in c.anchors if lemma_of(a) == c.verb_lemma), None)
    if verb is None or _taken_post(verb) is not None:
        return False
    objects = [o for o in verb.children if o.dep_ == "dobj"]
    kept = _TAKEN_POSTS | SERVED_TERMS | {"oath"}
    return any(lemma_of(o) not in kept for o in objects)


def may_take_an_office(words: SentenceWords) -> bool:
    """Whether :func:`taken_offices` may fire in a sentence of ``words``: only on a verb of
    taking or returning (see :func:`_taken_post`)."""
    return not (_TAKING_VERBS | _RETURNING_VERBS | {"move"}).isdisjoint(words.lemmas)


def taken_offices(sent: Span, ctx: DocContext, local: list[TenureFact]) -> list[TenureFact]:
    """'X took office in August 1979', 'took over the foreign ministry in 1988', 'assumed the
    presidency in 1990': the taker's office (named by the object, else last stated) starts at
    the verb's date."""
    out: list[TenureFact] = []
    state = tenure_state(ctx)
    for verb in sent:
        post = _taken_post(verb)
        person = subject_person(verb, ctx) if post is not None else None
        if post is None or person is None or not is_factual(verb, verb, sent):
            continue
        # a closed range ("X, minister from A to B, returned to power in C") is another term's
        points = [v for v in anchored_times([verb, post], sent, ctx) if not _closed_range(v)]
        start, _end = term_bounds(points, "take")
        start = start or when_clause_date(verb, ctx) or shortly_after_date(verb, sent, ctx)
        if start is None:
            continue
        held = _held_post_clauses(verb, post)
        end = term_bounds(anchored_times(held, sent, ctx), "hold")[1] if held else None
        role = TENURE_NOUNS.get(post.lower_) or (
            ministry_role(post) if lemma_of(post) == "ministry" else None
        )
        last = last_office(state, local + out, person, sent)
        _moved_from(verb, last, role, start)
        if lemma_of(verb) == "form":
            # "since X formed his government in A": X's premiership, however titled
            role = last.role if last is not None and _head_of_government(last.role) else None
            role = role or "prime minister"
        returning = lemma_of(verb) == "return" and last is not None and _ended_before(last, start)
        if (
            role is None
            and last is not None
            and _started_here(last, local, start)
            and not returning
        ):
            continue  # "X, who assumed power in A, became President in B": not that office
        known = recorded_office(person, (start, None)) if role is None and last is None else None
        if role is None and last is None and known is None:
            continue
        if known is not None:  # "X took office in A", the office stated nowhere
            out.append(tenure_fact(person, *known, None, (start, end), sent, ctx, 0.5))
        elif role is None and last is not None:
            out.append(
                tenure_fact(person, last.role, last.country, last.to, (start, end), sent, ctx, 0.5)
            )
        elif role is not None:
            served, _host = office_states(post, ctx)
            out.append(tenure_fact(person, role, served, None, (start, end), sent, ctx, 0.5))
        out.extend(_predecessor_handing_over(verb, out[-1], sent, ctx))
    return out


def _closed_range(v: TimeValue) -> bool:
    """Whether ``v`` is a range with both ends ("from 1964 to 1970")."""
    return "range" in (v.kind, v.granularity) and all(value_bounds(v))


def _ended_before(last: TenureFact, start: str) -> bool:
    """Whether ``last`` ended in a year before ``start`` ("prime minister from 1964 to 1970,
    returned to power in 1974": a second term of that office)."""
    return last.end is not None and last.end[:4] < start[:4]


def _started_here(last: TenureFact, local: list[TenureFact], start: str) -> bool:
    """Whether ``last`` is an office the same sentence starts at another date than ``start``
    (a later step of the holder's career, not the office just taken)."""
    return any(t is last for t in local) and last.start is not None and last.start != start


def _predecessor_handing_over(
    verb: Token, taken: TenureFact, sent: Span, ctx: DocContext
) -> list[TenureFact]:
    """'took over the office from X in A': X held the office taken until A."""
    source = [
        p
        for c in verb.children
        if c.dep_ == "prep" and c.lower_ == "from"
        for p in c.children
        if p.dep_ == "pobj"
    ]
    giver = slot_person(source[0], ctx) if source else None
    if giver is None or same_holder(giver.ref.name, taken.person):
        return []
    dates = (None, taken.start)
    return [tenure_fact(giver, taken.role, taken.country, taken.to, dates, sent, ctx, 0.5)]


_HANDING_VERBS = frozenset(["hand", "pass", "transfer", "cede", "relinquish"])


def may_hand_over(words: SentenceWords) -> bool:
    """Whether :func:`handovers` may fire in a sentence of ``words``: only on a verb of
    handing over."""
    return not _HANDING_VERBS.isdisjoint(words.lemmas)


def handovers(sent: Span, ctx: DocContext, local: list[TenureFact]) -> list[TenureFact]:
    """'A handed the premiership to B in 1990', 'handed over power to B': A's office (named by
    the object, else A's last stated one) ends and B's starts at the verb's date."""
    out: list[TenureFact] = []
    state = tenure_state(ctx)
    for verb in sent:
        if verb.pos_ != "VERB" or lemma_of(verb) not in _HANDING_VERBS:
            continue
        post = next((c for c in verb.children if c.dep_ == "dobj"), None)
        to = [p for c in verb.children if c.lower_ == "to" for p in c.children if p.dep_ == "pobj"]
        if post is None or lemma_of(post) not in _TAKEN_POSTS or not to:
            continue
        giver, taker = subject_person(verb, ctx), slot_person(to[0], ctx)
        if giver is None or taker is None or not is_factual(verb, verb, sent):
            continue
        start, _end = term_bounds(_handover_times(verb, post, sent, ctx), "take")
        last = last_office(state, local + out, giver, sent)
        role = TENURE_NOUNS.get(post.lower_) or (last.role if last is not None else None)
        if start is None:
            continue
        country = last.country if last is not None and last.role == role else None
        if role is None:  # "X handed power to Y on D", neither office stated: the recorded one
            known = recorded_office(giver, (start, None)) or recorded_office(taker, (start, None))
            role, country = known if known is not None else (None, None)
        if role is None:
            continue
        out.append(tenure_fact(giver, role, country, None, (None, start), sent, ctx, 0.5))
        out.append(
            tenure_fact(
                taker, role, country or out[-1].country, None, (start, None), sent, ctx, 0.5
            )
        )
    return out


def _handover_times(verb: Token, post: Token, sent: Span, ctx: DocContext) -> list[TimeValue]:
    """The dates of a handing-over verb, not those of an apposition or relative clause on its
    subject ("X, president since A, handed power to Y on B": B)."""
    return [
        time_value(tm, ctx)
        for tm, path in sentence_times(sent, ctx)
        if any(n.i in (verb.i, post.i) for n in path)
        and not any(n.dep_ in ("appos", "relcl", "acl") and n.i != verb.i for n in path)
    ]


def _left_post(
    verb: Token, tm: TimeMention, ctx: DocContext, state: TenureState, local: list[TenureFact]
) -> TenureFact | None:
    """'She left Tokyo in 1996': an envoy leaving the host state (not on a trip) ends the
    post."""
    if _removed_from_post(verb):
        return _removal(verb, tm, ctx, state, local)
    if lemma_of(verb) in _DISMISSING_VERBS:
        return _dismissal(verb, tm, ctx, state, local)
    if _quits_office(verb):
        return _quit_office(verb, tm, ctx, state, local)
    if lemma_of(verb) not in ("leave", "depart") or purposeful(verb):
        return None
    if tm.value.kind != "date" or not is_factual(verb, verb, verb.sent):
        return None
    person = subject_person(verb, ctx)
    last = latest_tenure(state, local, person) if person is not None else None
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
    return tenure_fact(person, last.role, served, host, (None, start), verb.sent, ctx, 0.5)


_QUITTED_POSTS = frozenset(["ministry", "office", "post", "government", "cabinet", *TENURE_NOUNS])


def _quits_office(verb: Token) -> bool:
    """'left the foreign ministry in 1979', 'left office in 1974', 'quit the premiership'."""
    if lemma_of(verb) not in ("leave", "quit") or purposeful(verb):
        return False
    return any(c.dep_ == "dobj" and c.lower_ in _QUITTED_POSTS for c in verb.children)


def _quit_office(
    verb: Token, tm: TimeMention, ctx: DocContext, state: TenureState, local: list[TenureFact]
) -> TenureFact | None:
    """End the quitting person's last office (dated or not) at the time of ``verb``; leaving
    "the ministry" ends only a minister's post."""
    if tm.value.kind != "date" or not is_factual(verb, verb, verb.sent):
        return None
    person = subject_person(verb, ctx)
    last = last_office(state, local, person, verb.sent) if person is not None else None
    if person is None or last is None or is_diplomatic(last.role):
        return None
    post = next(c for c in verb.children if c.dep_ == "dobj" and c.lower_ in _QUITTED_POSTS)
    if post.lower_ == "ministry" and "minister" not in last.role:
        return None
    if post.lower_ in TENURE_NOUNS and TENURE_NOUNS[post.lower_] != last.role:
        return None
    start, _end = value_bounds(tm.value)
    dates = (None, start)
    return tenure_fact(person, last.role, last.country, last.to, dates, verb.sent, ctx, 0.5)


_REMOVAL_VERBS = frozenset(["remove", "dismiss", "relieve", "oust", "expel", "release"])


def _removed_from_post(verb: Token) -> bool:
    """'X was removed/dismissed/relieved from his post(s)/office'."""
    return lemma_of(verb) in _REMOVAL_VERBS and any(
        c.dep_ == "prep"
        and c.lower_ == "from"
        and any(lemma_of(p) in SUCCESSION_POSTS for p in c.children if p.dep_ == "pobj")
        for c in verb.children
    )


def _removal(
    verb: Token, tm: TimeMention, ctx: DocContext, state: TenureState, local: list[TenureFact]
) -> TenureFact | None:
    """A removal from office dated ``tm`` ends the holder's last tenure."""
    if tm.value.kind != "date" or not is_factual(verb, verb, verb.sent):
        return None
    person = subject_person(verb, ctx)
    last = latest_tenure(state, local, person) if person is not None else None
    if person is None or last is None or (last.end and last.end < tm.value.value[:4]):
        return None
    start, _end = value_bounds(tm.value)
    return tenure_fact(person, last.role, last.country, last.to, (None, start), verb.sent, ctx, 0.5)


# Verbs by which a superior puts the holder, their object, out of office ("dismissed X").
_DISMISSING_VERBS = frozenset(["dismiss", "sack", "depose", "oust"])


def _dismissal(
    verb: Token, tm: TimeMention, ctx: DocContext, state: TenureState, local: list[TenureFact]
) -> TenureFact | None:
    """'On 1 March 1956 the King dismissed X, commander of the Legion since 1939': a dated
    dismissal of a person ends the last office told of him, unless it had ended before."""
    if tm.value.kind != "date" or not is_factual(verb, verb, verb.sent):
        return None
    person = object_person(verb, ctx)
    last = latest_tenure(state, local, person) if person is not None else None
    if person is None or last is None or (last.end and last.end < tm.value.value[:4]):
        return None
    start, _end = value_bounds(tm.value)
    if last.start is not None and start is not None and last.start > start:
        return None  # an office he took after this dismissal
    return tenure_fact(person, last.role, last.country, last.to, (None, start), verb.sent, ctx, 0.5)


def _plural_posts(verb: Token) -> bool:
    """'removed from his posts', 'relieved of all his offices': several offices end."""
    return any(
        p.dep_ == "pobj" and lemma_of(p) in SUCCESSION_POSTS and p.tag_ == "NNS"
        for c in verb.children
        if c.dep_ == "prep"
        for p in c.children
    )


def _removals_from_posts(
    verb: Token, tm: TimeMention, ctx: DocContext, state: TenureState, local: list[TenureFact]
) -> list[TenureFact]:
    """'X was removed from his posts in A': every office stated for X (dated or not) and not
    ended before A ends at A."""
    if tm.value.kind != "date" or not is_factual(verb, verb, verb.sent):
        return []
    person = subject_person(verb, ctx)
    if person is None:
        return []
    start, _end = value_bounds(tm.value)
    out: list[TenureFact] = []
    for t in [*state.undated, *state.history, *local]:
        if not same_holder(person.ref.name, t.person):
            continue
        if (t.end and t.end[:4] < tm.value.value[:4]) or any(o.role == t.role for o in out):
            continue
        dates = (None, start)
        out.append(tenure_fact(person, t.role, t.country, t.to, dates, verb.sent, ctx, 0.5))
    return out


def may_expel(words: SentenceWords) -> bool:
    """Whether :func:`expulsions` may fire in a sentence of ``words``: only on "expel" or on
    "persona non grata"."""
    return "expel" in words.lemmas or "grata" in words.lowers


def _expelled_person(verb: Token, ctx: DocContext) -> Mention | None:
    """The person ``verb`` expels ("expelled X", "X was expelled") or declares persona non
    grata ("declared X (and his staff) persona non grata", "X was declared persona non grata"),
    else None."""
    lemma = lemma_of(verb)
    passive = any(c.dep_ == "nsubjpass" for c in verb.children)
    if lemma == "expel":
        return object_person(verb, ctx) or (subject_person(verb, ctx) if passive else None)
    if lemma != "declare":
        return None
    doc = verb.doc
    grata = next((t for t in doc[verb.i + 1 : verb.sent.end] if t.lower_ == "grata"), None)
    if grata is None or not verb.is_ancestor(grata):
        return None
    if passive:
        return subject_person(verb, ctx)
    # the parser hangs the one declared as object, subject of "persona" or its conjunct
    return next(
        (
            m
            for t in doc[verb.i + 1 : grata.i]
            if (m := ctx.mention_at(t)) and m.ref.kind == "person"
        ),
        None,
    )


def _expelling_state(verb: Token, ctx: DocContext) -> str | None:
    """The state of ``verb``'s subject: named ("Peru expelled") or told by a word before it
    ("the Peruvian government expelled"), else None."""
    for c in verb.children:
        if c.dep_ != "nsubj":
            continue
        for t in (c, *c.lefts):
            m = ctx.mention_at(t)
            if m is not None and m.state:
                return m.state
    return None


def expulsions(sent: Span, ctx: DocContext, local: list[TenureFact]) -> list[TenureFact]:
    """'In May 1988 Singapore expelled X, a first secretary at the American embassy', 'X was
    expelled in 1976', 'In April 1967 P declared X persona non grata': an expelled envoy's last
    diplomatic post ends at the expulsion's date, in the expelling state."""
    out: list[TenureFact] = []
    state = tenure_state(ctx)
    for verb in sent:
        if verb.pos_ != "VERB" or not is_factual(verb, verb, sent):
            continue
        person = _expelled_person(verb, ctx)
        last = latest_tenure(state, local + out, person) if person is not None else None
        if person is None or last is None or last.end:
            continue
        expeller = _expelling_state(verb, ctx)
        if not is_diplomatic(last.role) and (expeller is None or expeller == last.country):
            continue  # a post at home ("minister"), unless another state expels him
        when = [value_bounds(v)[0] for v in anchored_times([verb], sent, ctx) if v.kind == "date"]
        if not when or when[0] is None:
            continue
        host = last.to or (expeller if expeller != last.country else None)
        dates = (last.start, when[0])
        out.append(tenure_fact(person, last.role, last.country, host, dates, sent, ctx, 0.5))
    return out

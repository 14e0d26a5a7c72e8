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
* "until his death/assassination in B" ends a term; "from/since independence" with no date
  starts it at the date the document gives that independence; a decade ("in the early 1960s") bounds
  a held office;
* "X, President since A, died/fled/was overthrown in B" (the holder's end ends the office;
  with no date of its own, at the date the narrative gives it: "Kampala fell on B. X fled");
  "First Secretary of P and Chairman of Q" (two offices); "X, who had been minister since A,
  became ambassador in B" (the new post ends the old); "sent to head the American office"
  after "opened liaison offices" (the liaison office, from its opening); "X, the country's
  leader until A" (the office told before, else "leader"); a narrator's "would remain
  president until B"; "prime minister from A and president from B" (a career told in one
  sentence: the earlier office ends when the next starts);
  "in A, when X was appointed" dates by the year the clause modifies; "in A, days after X
  took office" by its month.

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

from diplomatica.nlp.events.context import DocContext, Mention
from diplomatica.nlp.events.dating.event import event_date
from diplomatica.nlp.events.lexicon import HELD_PLACES
from diplomatica.nlp.events.modality import is_factual
from diplomatica.nlp.events.tenure_base import (
    END_WORDS,
    HOLDER_END_VERBS,
    OUSTING_VERBS,
    RECALLING_VERBS,
    START_WORDS,
    TRAVEL_WORDS,
    Candidate,
    lemma_of,
    sentence_words,
)
from diplomatica.nlp.events.tenure_brackets import bracketed_terms, may_bracket_a_term
from diplomatica.nlp.events.tenure_candidates import conjoined_ends, office_candidates
from diplomatica.nlp.events.tenure_careers import end_earlier_posts
from diplomatica.nlp.events.tenure_changes import (
    OBJECT_BOUND_VERBS,
    continuations,
    counterparts,
    expulsions,
    handovers,
    listed_holders,
    may_expel,
    may_hand_over,
    may_hold_a_post,
    may_list_holders,
    may_name_a_counterpart,
    may_take_an_office,
    own_posts,
    same_posts,
    taken_offices,
    takes_something_else,
)
from diplomatica.nlp.events.tenure_dates import (
    anchored_times,
    assign_times,
    separate_terms,
    term_bounds,
    value_bounds,
    when_times,
)
from diplomatica.nlp.events.tenure_facts import (
    OWN_POSSESSIVES,
    PendingAppointment,
    purposeful,
    same_holder,
    tenure_fact,
    tenure_state,
    verb_destination,
)
from diplomatica.nlp.events.tenure_falls import (
    ended_holders,
    ended_terms,
    fallen_holders,
    may_end_a_holder,
    may_end_a_term,
    may_swear_in,
    may_tell_a_fall,
    sworn_successors,
)
from diplomatica.nlp.events.tenure_heads import head_candidates, kind_told_before, may_head_a_body
from diplomatica.nlp.events.tenure_holding import held_terms, may_hold_power
from diplomatica.nlp.events.tenure_in_office import apposed_terms
from diplomatica.nlp.events.tenure_links import (
    object_person,
    person_at,
    sentence_times,
    subject_person,
    time_root,
)
from diplomatica.nlp.events.tenure_predicates import first_to_do
from diplomatica.nlp.events.tenure_promotions import share_promotion_dates
from diplomatica.nlp.events.tenure_representing import may_represent_abroad, represented_abroad
from diplomatica.nlp.events.tenure_roles import (
    HEADED_BODIES,
    MISSION_BODIES,
    MISSION_CHIEFS,
    TENURE_NOUNS,
    is_diplomatic,
    is_office,
    may_name_an_office,
    normalise_role,
)
from diplomatica.nlp.events.tenure_successions import (
    left_when_taken,
    may_leave_when_taken,
    may_name_a_successor,
    may_replace_in_place,
    may_succeed,
    replaced_in_place,
    successions,
    successor_nouns,
)
from diplomatica.nlp.events.tenure_titles import generic_for, titles_over_generic_heads
from diplomatica.nlp.events.triggers import Trigger
from diplomatica.nlp.events.triggers.envoys import replaced_envoys
from diplomatica.nlp.events.triggers.syntax import prep_objects
from diplomatica.nlp.gazetteer import title
from diplomatica.nlp.types import TenureFact, TimeValue


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


def _bounding_lemma(c: Candidate, ctx: DocContext) -> str:
    """The verb whose dates bound the term: travel ("Foreign Minister X arrived in Tokyo in
    1977", "Ambassador X returned to Tokyo") starts or ends only a diplomatic post, and
    returning to the host state ends nothing, but going there "as ambassador" starts the post."""
    if _goes_to_post(c, ctx):
        return "arrive"  # "returned to Moscow as ambassador in 1967", "went to Hanoi as envoy"
    if _returns_to_office(c):
        return "take"  # "returned to office as prime minister in May 2018": a new term
    if _leaves_office(c):
        return "leave"  # "left office as prime minister in 1990": no journey
    if c.verb_lemma in OBJECT_BOUND_VERBS and takes_something_else(c):
        return "travel"  # "took a train to Lima in 1994", "ended his journey" bound nothing
    if c.verb_lemma not in TRAVEL_WORDS:
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
# What one leaves when a term ends: "left office", "left his post", "left power".
_LEFT_POSTS = HELD_PLACES | {"post"}


def _leaves_office(c: Candidate) -> bool:
    """Return whether the candidate's verb leaves an office, not a place ("left office as
    prime minister", "left his post as envoy"): the end of the term, for any office."""
    verb = next((a for a in c.anchors if lemma_of(a) == c.verb_lemma), None)
    return (
        verb is not None
        and c.verb_lemma == "leave"
        and any(o.dep_ == "dobj" and lemma_of(o) in _LEFT_POSTS for o in verb.children)
    )


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
    if to is None:
        # "X came back as Soviet envoy in 1925": to the post he left; "returned to Baghdad as
        # High Commissioner": to a place of no state known then
        return _came_back(verb) or _to_a_named_place(verb)
    return to != c.served


def _to_a_named_place(verb: Token) -> bool:
    """Return whether ``verb`` goes "to" a named place ("to Baghdad"), not home."""
    return any(
        p.pos_ == "PROPN" and p.ent_type_ in ("GPE", "LOC") for p in prep_objects(verb, ("to",))
    )


def _came_back(verb: Token) -> bool:
    """Return whether a journey with no destination is a coming back ("came back as envoy"),
    which, made in a diplomatic role, returns to a post abroad."""
    if any(c.dep_ in ("npadvmod", "advmod") and c.lower_ == "home" for c in verb.children):
        return False
    return lemma_of(verb) == "come" and any(
        c.lower_ == "back" and c.dep_ in ("prt", "advmod") for c in verb.children
    )


# What one returns to when a new term starts: "returned to office/power (as X)".
_RETURNED_TO_POSTS = HELD_PLACES | TENURE_NOUNS.keys()


def _returns_to_office(c: Candidate) -> bool:
    """Return whether the candidate's verb is a return to office or power ("returned to office
    as prime minister", "returned to power as president"): the start of a new term, not a
    journey."""
    verb = next((a for a in c.anchors if lemma_of(a) == c.verb_lemma), None)
    if verb is None or c.verb_lemma != "return":
        return False
    return any(lemma_of(p) in _RETURNED_TO_POSTS for p in prep_objects(verb, ("to",)))


_OPENING_VERBS = frozenset(["open", "establish"])


def _first_holder(c: Candidate, ctx: DocContext) -> bool:
    """'X was the first head of the mission': the office is qualified as the first; 'the
    countries opened liaison offices. X was sent to head the American office': the office
    just opened, told again, gets its first head."""
    return any(
        (
            is_office(a)
            and any(t.lower_ == "first" and t.dep_ == "amod" for t in a.lefts)
            and not first_to_do(a, a.head)  # "the first ambassador to live in P"
        )
        or (lemma_of(a) in MISSION_BODIES and kind_told_before(a, ctx) is not None)
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
    for t in reversed(tenure_state(ctx).history):
        if same_holder(c.person.ref.name, t.person) and t.role != c.role and t.start:
            return t.start
    return None


def _recall_date(c: Candidate, sent: Span, ctx: DocContext) -> str | None:
    """'On 1 November ... . London withdrew X, ambassador in P since A', 'Ambassador X was
    recalled': an envoy recalled in a sentence that states no date of its own leaves at the
    date the narrative gives the recall ("appointed in A and recalled" is not dated so)."""
    if c.verb_lemma != "recall" or not is_diplomatic(c.role):
        return None
    verb = next((a for a in c.anchors if lemma_of(a) in RECALLING_VERBS), None)
    if verb is None:
        return None
    times = _narrative_date(Trigger("RECALL_ENVOY", verb, verb), sent, ctx)
    own = {tm.value.start for tm in ctx.times_in(sent.start, sent.end)}
    if not times or times[0].start in own:
        return None  # a date of the sentence itself: another statement's
    return term_bounds(times, "recall")[1]


def _appointment_date(c: Candidate, sent: Span, ctx: DocContext) -> str | None:
    """'Relations were established in 1957. X went to Peking as the first ambassador', 'Havana
    soon sent X as its ambassador': a diplomatic post taken up (sent, named, gone to "as"
    envoy) in a clause that states no date of its own starts at the date the narrative gives
    the appointment ("X was appointed in A, while Y became ambassador in P": the date of the
    clause it is coordinated with)."""
    if not is_diplomatic(c.role) or _bounding_lemma(c, ctx) not in START_WORDS:
        return None
    verb = next((a for a in c.anchors if a.pos_ in ("VERB", "AUX") and a.lemma_ != "be"), None)
    if verb is None or not is_factual(verb, verb, sent):
        return None
    group = _coordinated_clauses(verb)
    if not all(path and path[-1].i in group for _tm, path in sentence_times(sent, ctx)):
        return None  # "Born in 1901, X went to Rome as ambassador": a date of another statement
    times = _narrative_date(Trigger("APPOINT_ENVOY", verb, verb), sent, ctx)
    return term_bounds(times, "send")[0] if times else None


_CONTRASTING_MARKS = frozenset(["while", "whereas"])


def _coordinated_clauses(verb: Token) -> set[int]:
    """The indices of ``verb`` and the verbs coordinated with it, directly or through another
    ("was appointed in A and served until B, while Y became ambassador"): the date of one is
    the narrative's date for the others."""

    def linked(t: Token) -> bool:
        return t.dep_ == "conj" or (
            t.dep_ == "advcl" and any(m.lower_ in _CONTRASTING_MARKS for m in t.children)
        )

    group, todo = {verb.i}, [verb]
    while todo:
        t = todo.pop()
        near = [c for c in t.children if linked(c)] + ([t.head] if linked(t) else [])
        for n in near:
            if n.i not in group:
                group.add(n.i)
                todo.append(n)
    return group


_FALL_VERBS = HOLDER_END_VERBS | OUSTING_VERBS | {"resign"}


def _fall_date(c: Candidate, sent: Span, ctx: DocContext) -> str | None:
    """'Kampala fell on 11 April 1979. Amin, President since January 1971, fled': a titled
    holder whose fall the sentence tells with no date of its own ends his term at the date the
    narrative gives that fall (never one of the sentence's own dates)."""
    verb = next((a for a in c.anchors if a.pos_ == "VERB" and lemma_of(a) in _FALL_VERBS), None)
    if verb is None or c.verb_lemma not in END_WORDS:
        return None
    times = _narrative_date(Trigger("RECALL_ENVOY", verb, verb), sent, ctx)
    own = {tm.value.start for tm in ctx.times_in(sent.start, sent.end)}
    if not times or times[0].start in own:
        return None
    end = term_bounds(times, "resign")[1]
    start = term_bounds(c.times, "be")[0]
    return end if end is not None and (start is None or start <= end) else None


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


_APPOSED = 2  # the priority of an office apposed to a name


def _apposed_range(c: Candidate) -> list[TimeValue]:
    """The closed ranges of an apposed office ("X, ambassador in P from A to B, had been
    accredited to Q"): the term itself, before any date of the verb the name is subject of."""
    if c.priority != _APPOSED:
        return []
    ranges = [v for v in c.times if "range" in (v.kind, v.granularity)]
    if not all(all(value_bounds(v)) for v in ranges):
        return []  # "prime minister until A and head of state from A to B": ranges of two posts
    return ranges


def _held_now(c: Candidate) -> bool:
    """Whether the candidate says its office is held now ("is now adviser", "is now foreign
    minister"): a closed term of the sentence is another post's."""
    verb = next((a for a in c.anchors if a.pos_ in ("AUX", "VERB") and lemma_of(a) == "be"), None)
    return (
        verb is not None
        and verb.tag_ in ("VBZ", "VBP")
        and any(t.dep_ == "advmod" and t.lower_ == "now" for t in verb.children)
    )


def _split_terms(cands: list[Candidate]) -> list[Candidate]:
    """'X was prime minister from 1924 to 1926, and again from 1929 until B': a statement whose
    dates tell two terms (a start after an end) is one statement per term; not when the
    sentence gives the holder another office, whose dates the parser may have shared ("X,
    foreign minister from A to B and prime minister from C to D")."""
    out: list[Candidate] = []
    for c in cands:
        other = any(d.person.ref.key == c.person.ref.key and d.role != c.role for d in cands)
        groups = [c.times] if other else separate_terms(c.times)
        out.extend([c] if len(groups) == 1 else [replace(c, times=g, time_pos=[]) for g in groups])
    return out


def _candidate_facts(cands: list[Candidate], sent: Span, ctx: DocContext) -> list[TenureFact]:
    out: list[TenureFact] = []
    pairs: list[tuple[Candidate, TenureFact]] = []
    for c in _split_terms(cands):
        dates = term_bounds(_apposed_range(c) or c.times, _bounding_lemma(c, ctx))
        if dates[1] is not None and _held_now(c):
            dates = (None, None)  # "X, who served in P from A to B, is now adviser": not its
        if c.then and dates[0] is None and (dates[1] is not None or is_diplomatic(c.role)):
            # "headed the government from 1952 to 1974 and then served as X until 1984"
            before = [f for f in out if f.person_id == c.person.ref.key and f.end]
            if before:
                dates = (before[-1].end, dates[1])
        if dates[0] is None and is_diplomatic(c.role) and _first_holder(c, ctx):
            dates = (_opening_date(sent, ctx), dates[1])
        if dates == (None, None):
            dates = (_appointment_date(c, sent, ctx), None)
        if dates[1] is None:
            dates = (
                dates[0],
                _own_appointment_date(c, ctx)
                or _recall_date(c, sent, ctx)
                or _fall_date(c, sent, ctx),
            )
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
    """Return the tenures ``sent`` states (see the module docstring for the patterns). A pass
    is skipped when the sentence lacks every word it fires on (its ``may_...`` gate)."""
    state = tenure_state(ctx)
    state.sentence += 1
    words = sentence_words(sent, ctx)
    out = _named_appointee(sent, ctx)
    cands = office_candidates(sent, ctx) if may_name_an_office(words) else []
    if may_head_a_body(words):
        heads = head_candidates(sent, ctx)
        cands += heads + [e for c in heads for e in conjoined_ends(c, sent)]
    cands.sort(key=lambda c: min(a.i for a in c.anchors))
    assign_times(cands, sent, ctx)
    share_promotion_dates(cands)
    cands = titles_over_generic_heads(cands)
    out.extend(_candidate_facts(cands, sent, ctx))
    if may_succeed(words):
        out.extend(successions(sent, ctx, cands, out))
    if may_name_a_successor(words):
        out.extend(successor_nouns(sent, ctx, out))
    out.extend(continuations(sent, ctx, cands, out))
    if may_represent_abroad(words):
        out.extend(represented_abroad(sent, ctx, out))
    holding = may_hold_a_post(words)
    if holding:
        out.extend(same_posts(sent, ctx, out))
    if may_name_a_counterpart(words):
        state.undated.extend(counterparts(sent, ctx, out))
    if may_list_holders(words):
        state.undated.extend(listed_holders(sent, ctx))
    if holding:
        out.extend(own_posts(sent, ctx, out))
    if may_take_an_office(words):
        out.extend(taken_offices(sent, ctx, out))
    if may_replace_in_place(words):
        # after the offices taken: "took up his post in succession to Y" ends Y's there
        out.extend(replaced_in_place(sent, ctx, out))
    if may_hand_over(words):
        out.extend(handovers(sent, ctx, out))
    if may_leave_when_taken(words):
        out.extend(left_when_taken(sent, ctx, out))
    if may_expel(words):
        out.extend(expulsions(sent, ctx, out))
    out.extend(apposed_terms(sent, ctx, cands, out))
    if may_bracket_a_term(words):
        out.extend(bracketed_terms(sent, ctx, out))
    if may_hold_power(words):
        out.extend(held_terms(sent, ctx, cands, out))
    if may_tell_a_fall(words):
        out.extend(fallen_holders(sent, ctx, out))
    if may_swear_in(words):
        out.extend(sworn_successors(sent, ctx, out))
    if may_end_a_holder(words):
        out.extend(ended_holders(sent, ctx, out))
    if may_end_a_term(words):
        out.extend(ended_terms(sent, ctx, out))
    end_earlier_posts(out, sent)
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
    if _named_by_another_office(anchor) or replaced_envoys(anchor):
        return []  # "Y was sent in his place": the office is the replaced one's, told with him
    person: Mention | None = None
    if trig.token.pos_ == "NOUN":
        for c in trig.token.children:
            if c.lower_ == "of":
                person = next((m for p in c.children if (m := person_at(p, ctx))), None)
    elif lemma_of(anchor) != "succeed":
        if _pronoun_for_unnamed_envoy(anchor, sent):
            return []
        person = _posted_object(anchor, ctx)
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


def _posted_object(anchor: Token, ctx: DocContext) -> Mention | None:
    """The person ``anchor`` posts or recalls: its object, but never the agent of a verb of
    posting ("the ambassador was appointed by President X": X appoints, holds no post)."""
    if lemma_of(anchor) in _POSTING_VERBS | RECALLING_VERBS:
        return next(
            (m for c in anchor.children if c.dep_ in ("dobj", "oprd") if (m := person_at(c, ctx))),
            None,
        )
    return object_person(anchor, ctx)


def _named_by_another_office(anchor: Token) -> bool:
    """Whether the person recalled or sent is titled in apposition by an office other than
    ambassador ("X, the British High Commissioner in Salisbury, was withdrawn"): that office,
    read by :func:`tenures_from_offices`, is the tenure, not an ambassadorship."""
    return any(
        c.dep_ in ("nsubjpass", "dobj")
        and any(
            _other_office(a) for a in (*(a for a in c.children if a.dep_ == "appos"), *_named_in(c))
        )
        for c in anchor.children
    )


def _other_office(token: Token) -> bool:
    return is_office(token) and lemma_of(token) != "ambassador"


def _named_in(office: Token) -> list[Token]:
    """'The Chinese Minister in Tokyo, X, was recalled': the office itself, when a name is
    apposed to it (the reverse order of "X, the Chinese Minister in Tokyo")."""
    named = any(a.dep_ == "appos" and a.pos_ == "PROPN" for a in office.children)
    # a diplomatic title ("the Soviet envoy, X") leaves the envoy's post to the trigger
    if is_diplomatic(normalise_role(office.lemma_)):
        return []
    return [office] if named and office.dep_ in ("nsubjpass", "dobj") else []


def _sent_to_head(anchor: Token) -> bool:
    """'X was sent to head the mission': the body headed names the post (see
    :func:`head_candidates`), not an ambassadorship."""
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
    """Two tenures of which one ends in a year before the other starts are different terms
    ("president from 2003 to 2010" and "returned to the presidency in January 2023")."""
    return bool(
        (a.end and b.start and a.end[:4] < b.start[:4])
        or (b.end and a.start and b.end[:4] < a.start[:4])
    )


def _dated_or_posted(t: TenureFact) -> bool:
    """Return whether ``t`` stands: it has a time bound or a host state, or is no mere seat. A
    "(permanent) representative" with neither bound nor host ("its permanent representative at
    the United Nations") holds a seat in a body, not a bilateral post."""
    return bool(t.start or t.end or t.to) or not t.role.lower().endswith("representative")


def merge_tenures(tenures: list[TenureFact]) -> list[TenureFact]:
    """Merge statements about the same person and role (and compatible host): the earliest
    start and the most precise end win. An undated, host-less representative is dropped
    (:func:`_dated_or_posted`), and so is a holder named only by a title ("the Premier") or
    by an office word ("Joint Secretary")."""
    merged: list[TenureFact] = []
    for t in tenures:
        if t.start or t.end:
            # "headed the legation from A to B": its minister (an undated head is left to
            # fold into the holder's precise office)
            t.role = MISSION_CHIEFS.get(t.role, t.role)
        for m in merged:
            if not same_holder(t.person, m.person) or m.role != t.role:
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
    merged = _generic_heads_folded(merged)
    _closed_by_successors(merged)
    return [
        m
        for m in merged
        if _dated_or_posted(m) and title(m.person) is None and not _named_by_an_office(m.person)
    ]


# Offices one person holds at a time: the next holder's start ends the last one's term.
_ONE_HOLDER_OFFICES = frozenset(
    [
        "president",
        "prime minister",
        "premier",
        "chancellor",
        "king",
        "queen",
        "shah",
        "emperor",
        "sultan",
        "foreign minister",
        "foreign secretary",
        "general secretary",
        "head of state",
        "head of government",
    ]
)
# Posts one person holds at a time in one host state.
_ONE_HOLDER_POSTS = frozenset(
    ["ambassador", "minister", "envoy", "high commissioner", "chargé d'affaires"]
)


def _one_holder(t: TenureFact) -> bool:
    """Whether ``t``'s office has one holder at a time: a state's head, head of government,
    foreign minister or party head, or its chief envoy in one host state."""
    role = t.role.lower()
    if t.to is not None:
        return role in _ONE_HOLDER_POSTS
    return role in _ONE_HOLDER_OFFICES


def _latest_end(t: TenureFact) -> str:
    """The latest year a term begun at ``t.start`` can plausibly last to: an envoy's post a
    dozen years, another office forty (a holder named decades later is no direct successor:
    the holders between went unnamed)."""
    assert t.start is not None
    return str(int(t.start[:4]) + (12 if t.to is not None else 40))


def _closed_by_successors(tenures: list[TenureFact]) -> None:
    """'Brandt, Chancellor from October 1969 ... Schmidt, Chancellor from May 1974': an
    open term of an office held by one person at a time ends when the next holder the
    document names (same office, state and host) takes it up."""
    for t in tenures:
        if t.end is not None or t.start is None or t.country is None or not _one_holder(t):
            continue
        later = [
            n.start
            for n in tenures
            if n.start is not None
            and n.role == t.role
            and n.country == t.country
            and n.to == t.to
            and n.start > t.start
            and t.start[:4] <= n.start[:4] <= _latest_end(t)
            and not same_holder(n.person, t.person)
        ]
        if later:
            t.end = min(later)


def _generic_heads_folded(tenures: list[TenureFact]) -> list[TenureFact]:
    """'Chargé d'affaires X ... . X, who has headed the British mission there since 1924': a
    generic head of a mission of a holder whose precise diplomatic office the document states
    elsewhere (same state served, no other host, no other start year) is that office; its
    bounds complete the precise one, which replaces it. ("head of government" is left alone:
    "headed the government from A to B and then served as chairman" are two offices.)"""
    out: list[TenureFact] = []
    for t in tenures:
        precise = next(
            (
                m
                for m in tenures
                if m is not t
                and same_holder(t.person, m.person)
                and is_diplomatic(t.role)
                and generic_for(t.role, m.role)
                and m.country == t.country
                and not (m.start and t.start and m.start[:4] != t.start[:4])
                and not (m.to and t.to and m.to != t.to)
                and not _disjoint(m, t)
            ),
            None,
        )
        if precise is None:
            out.append(t)
            continue
        precise.start = precise.start or t.start
        precise.end = precise.end or t.end
    return out


# Office words that end no one's name: "Joint Secretary", "the Permanent Secretary" in a
# record's list of those present are offices the recogniser took for names.
_NAMELESS_OFFICE_WORDS = frozenset(
    ["secretary", "minister", "commissioner", "ambassador", "counsellor", "consul", "envoy"]
)


def _named_by_an_office(person: str) -> bool:
    """Whether ``person`` ends with an office word, an office read as a name."""
    words = person.lower().split()
    return bool(words) and words[-1] in _NAMELESS_OFFICE_WORDS

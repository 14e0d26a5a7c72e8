"""Terms ended by a noun of the holder's fall: "the fall of X in October 1964", "since the
overthrow of X in A" (X's office ends at the noun's date). The office is the one a successor
holds "since" that fall, told in the same sentence, else X's last stated office. And terms
started by the oath that ends another: "X served as president until Y was sworn in on D"."""

from __future__ import annotations

from spacy.tokens import Span, Token

from diplomatica.nlp.events.context import DocContext, Mention
from diplomatica.nlp.events.modality import is_factual
from diplomatica.nlp.events.tenure_appositions import KILLED_VERBS, ends_the_holder
from diplomatica.nlp.events.tenure_base import (
    HOLDER_END_VERBS,
    SEIZING_VERBS,
    SERVED_TERMS,
    SentenceWords,
    lemma_of,
)
from diplomatica.nlp.events.tenure_dates import anchored_times, term_bounds, value_bounds
from diplomatica.nlp.events.tenure_facts import (
    last_office,
    open_at,
    recorded_office,
    same_holder,
    slot_person,
    tenure_fact,
    tenure_state,
)
from diplomatica.nlp.events.tenure_roles import RULING_OFFICES, is_diplomatic
from diplomatica.nlp.events.triggers.syntax import prep_objects
from diplomatica.nlp.types import TenureFact, TimeValue

# Nouns of a ruler's losing office (not death: a dead man's titles need not be offices held).
_FALL_NOUNS = frozenset(
    ["fall", "downfall", "overthrow", "ouster", "ousting", "deposition", "removal"]
)


# Nouns of a ruler's death, which end the rule only of one titled as ruling ("the death of
# King X on A"): see :func:`_titled_ruler`.
_DEATH_NOUNS = frozenset(["death", "assassination", "murder"])


def may_tell_a_fall(words: SentenceWords) -> bool:
    """Whether :func:`fallen_holders` may fire in a sentence of ``words``: only on a noun of
    falling from power or of death."""
    return not (_FALL_NOUNS | _DEATH_NOUNS).isdisjoint(words.lemmas)


def fallen_holders(sent: Span, ctx: DocContext, local: list[TenureFact]) -> list[TenureFact]:
    """Return the tenures ended by "the fall/overthrow/ouster of X in A" in ``sent``: X's office
    (the one a successor in ``local`` starts at A, else X's last stated one) ends at A."""
    out: list[TenureFact] = []
    for noun in sent:
        if noun.pos_ != "NOUN" or lemma_of(noun) not in _FALL_NOUNS | _DEATH_NOUNS:
            continue
        holder_tok = _of_object(noun)
        person = slot_person(holder_tok, ctx) if holder_tok is not None else None
        if holder_tok is None or person is None or person.ref.kind != "person":
            continue
        died = lemma_of(noun) in _DEATH_NOUNS
        if died and _titled_ruler(person, holder_tok, sent, ctx) is None:
            continue  # "the death of X": his titles need not be offices he held then
        when = [
            value_bounds(v)[0]
            for v in anchored_times([noun, holder_tok], sent, ctx) or _dated_after(person, ctx)
            if v.kind != "duration"
        ]
        if not when or when[0] is None:
            continue
        office = (
            _office_held_since(person, when[0], local)
            or last_office(tenure_state(ctx), local + out, person, sent)
            or _titled_ruler(person, holder_tok, sent, ctx)
        )
        if office is None or (office.end is not None and office.end[:4] < when[0][:4]):
            continue
        if office.start is not None and office.start[:4] > when[0][:4]:
            continue
        start = office.start if same_holder(office.person, person.ref.name) else None
        out.append(
            tenure_fact(
                person, office.role, office.country, office.to, (start, when[0]), sent, ctx, 0.5
            )
        )
    return out


def _titled_ruler(person: Mention, holder: Token, sent: Span, ctx: DocContext) -> TenureFact | None:
    """'the removal of President X in A', no office of X's told before: the ruler's office his
    title names, undated."""
    title = person.ref.title
    if title not in RULING_OFFICES or not _titled_by(holder, title):
        return None
    if any(t.lower_ in _PAST_MARKS for t in holder.subtree):
        return None  # "the death of former President X": no office held then
    return tenure_fact(person, title, None, None, (None, None), sent, ctx, 0.5)


_PAST_MARKS = frozenset(["former", "ex", "ex-", "exiled", "deposed"])


def _titled_by(holder: Token, title: str) -> bool:
    """Whether the title ``title`` stands as a compound before the name ``holder`` ("King X",
    "Prime Minister X": the title's last word, the rest of the title before it)."""
    words = title.split()
    doc = holder.doc
    for c in holder.lefts:
        if c.dep_ != "compound" or c.lower_ != words[-1]:
            continue
        before = doc[max(0, c.i - len(words) + 1) : c.i + 1]
        if [t.lower_ for t in before] == words:
            return True
    return False


def _dated_after(person: Mention, ctx: DocContext) -> list[TimeValue]:
    """'after the fall of X in October 1964' (the date hung on the main verb): a date right
    after the fallen holder's name, behind "in" or "on", is the fall's."""
    prep = person.end
    if prep >= len(ctx.doc):
        return []
    if ctx.doc[prep].lower_ not in ("in", "on"):
        # "the death of King X the day before": a date right after the name
        return [tm.value for tm in ctx.times_in(prep, prep + 5) if tm.start == prep]
    return [tm.value for tm in ctx.times_in(prep + 1, prep + 6) if tm.start == prep + 1]


def _of_object(noun: Token) -> Token | None:
    """The object of the noun's "of" phrase ("the fall of X")."""
    return next(
        (
            p
            for c in noun.children
            if c.dep_ == "prep" and c.lower_ == "of"
            for p in c.children
            if p.dep_ == "pobj"
        ),
        None,
    )


def _office_held_since(person: Mention, date: str, local: list[TenureFact]) -> TenureFact | None:
    """A tenure of another person the sentence starts at ``date`` ("Y, First Secretary since the
    fall of X in A"): the office X lost."""
    return next(
        (
            t
            for t in local
            if t.start == date and t.end is None and not same_holder(t.person, person.ref.name)
        ),
        None,
    )


_OATH_VERBS = frozenset(["swear", "inaugurate"])


def may_swear_in(words: SentenceWords) -> bool:
    """Whether :func:`sworn_successors` may fire in a sentence of ``words``: only on a verb of
    swearing in."""
    return not _OATH_VERBS.isdisjoint(words.lemmas)


def sworn_successors(sent: Span, ctx: DocContext, local: list[TenureFact]) -> list[TenureFact]:
    """Return the tenures started by "until Y was sworn in / inaugurated on D" in ``sent``: Y
    takes the office of the term the clause ends at D (a tenure of ``local``)."""
    out: list[TenureFact] = []
    for verb in sent:
        if verb.pos_ != "VERB" or lemma_of(verb) not in _OATH_VERBS:
            continue
        if not any(c.dep_ == "mark" and c.lower_ in ("until", "till") for c in verb.children):
            continue
        subj = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        person = slot_person(subj, ctx) if subj is not None else None
        dates = [v.value for v in anchored_times([verb], sent, ctx) if v.kind != "duration"]
        if person is None or not dates or dates[0] is None:
            continue
        ended = next(
            (
                t
                for t in local
                if t.end == dates[0]
                and t.evidence_start >= sent.start_char
                and not same_holder(t.person, person.ref.name)
            ),
            None,
        )
        if ended is None:
            continue
        out.append(
            tenure_fact(
                person, ended.role, ended.country, ended.to, (dates[0], None), sent, ctx, 0.5
            )
        )
    return out


def may_end_a_holder(words: SentenceWords) -> bool:
    """Whether :func:`ended_holders` may fire in a sentence of ``words``: only on a verb of
    dying, fleeing, resigning or being killed or overthrown."""
    return not (HOLDER_END_VERBS | KILLED_VERBS | SEIZING_VERBS | {"resign"}).isdisjoint(
        words.lemmas
    )


def ended_holders(sent: Span, ctx: DocContext, local: list[TenureFact]) -> list[TenureFact]:
    """'X became ambassador in May 2012; he was killed in P on 11 September 2012': a holder's
    death, flight or overthrow, dated in the sentence that starts his term, ends that term."""
    out: list[TenureFact] = []
    for verb in sent:
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        ousted = _ousted_object(verb)
        if (subj is None and ousted is None) or not is_factual(verb, verb, sent):
            continue
        quits = subj is not None and _quits_office(subj, verb)
        if ousted is not None:
            subj = ousted  # "the army overthrew King X in A": X's rule ends
        elif subj is None or not (quits or ends_the_holder(subj, verb)):
            continue
        person = slot_person(subj, ctx)
        times = [v for v in anchored_times([verb], sent, ctx) if v.kind != "duration"]
        end = term_bounds(times, "resign")[1] if times else None
        if person is None or end is None:
            continue
        held = [t for t in local if same_holder(t.person, person.ref.name) and open_at(t, end)]
        t = held[-1] if held else _ousted_from(verb, person, end, sent, ctx, local + out)
        if t is None and (quits or _killed_ruler(verb)):
            t = _office_left(person, end, sent, ctx, local + out, ruling_only=not quits)
        if t is None and ousted is not None:
            t = _office_left(person, end, sent, ctx, local + out, ruling_only=True)
            t = t or _titled_ruler(person, subj, sent, ctx)
        if t is not None:
            out.append(tenure_fact(person, t.role, t.country, t.to, (t.start, end), sent, ctx, 0.5))
    return out


def _ousted_object(verb: Token) -> Token | None:
    """'the army overthrew King X in A', 'a coup deposed President X', 'the army overthrew the
    regime of X', 'toppled X's government': the person (or whose rule) an active verb of
    putting a ruler out of power takes as its object, else None."""
    if verb.pos_ != "VERB" or lemma_of(verb) not in SEIZING_VERBS:
        return None
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return None
    for c in verb.children:
        if c.dep_ != "dobj":
            continue
        if c.pos_ == "PROPN":
            return c
        if lemma_of(c) in _RULING_BODIES:
            return _ruling_body_holder(c)
    return None


# What a ruler heads and falls with: "the regime of X", "X's government".
_RULING_BODIES = frozenset(["regime", "government", "dictatorship", "rule", "administration"])


def _ruling_body_holder(body: Token) -> Token | None:
    """The named holder of a ruling body: "the regime of X", "the government of Prime Minister
    X", "X's dictatorship"; None when none is named ("the military government")."""
    for c in body.children:
        if c.dep_ == "poss" and c.pos_ == "PROPN":
            return c
        if c.dep_ == "prep" and c.lower_ == "of":
            named = next((p for p in c.children if p.dep_ == "pobj" and p.pos_ == "PROPN"), None)
            if named is not None:
                return named
    return None


def _quits_office(subject: Token, verb: Token) -> bool:
    """'X resigned in B', 'X died in office in B': the holder leaves the office he held then
    ("resigned from the party" or "died in exile" tell no such thing)."""
    if subject.dep_ != "nsubj":
        return False
    lemma = lemma_of(verb)
    if lemma == "resign":
        return not any(lemma_of(p) not in _LOST_POSTS for p in prep_objects(verb, ("from", "as")))
    return lemma == "die" and any(lemma_of(p) == "office" for p in prep_objects(verb, ("in",)))


def _killed_ruler(verb: Token) -> bool:
    """'X was killed/assassinated (in the coup) in B': a verb of killing, passive."""
    return lemma_of(verb) in ("kill", "assassinate", "murder", "execute") and any(
        c.dep_ == "nsubjpass" for c in verb.children
    )


def _office_left(
    person: Mention,
    end: str,
    sent: Span,
    ctx: DocContext,
    local: list[TenureFact],
    ruling_only: bool,
) -> TenureFact | None:
    """The office a holder who resigned, died in office or was killed at ``end`` left: the one
    last stated for him, still open then (for a killing, a state's rule only)."""
    last = last_office(tenure_state(ctx), local, person, sent)
    if last is None:
        # "Collor resigned in December 1992", no office of his told: the gazetteer's
        known = recorded_office(person, (end, end))
        if known is None or (ruling_only and known[0] not in RULING_OFFICES):
            return None
        return tenure_fact(person, *known, None, (None, None), sent, ctx, 0.5)
    if not open_at(last, end):
        return None
    return last if not ruling_only or last.role in RULING_OFFICES else None


# Verbs of putting a ruler out of power, whose date ends the office he held then.
_RULE_ENDING_VERBS = SEIZING_VERBS | {"remove"}


# What a ruler is removed from: "removed from office/power/the presidency".
_LOST_POSTS = frozenset(
    ["office", "post", "power", "position", "government", "leadership", "throne", "presidency"]
)


def _out_of_power(verb: Token) -> bool:
    """Whether a verb of ousting puts its subject out of power: "overthrown", "removed by the
    army", "removed from office"; not "removed from the guest list"."""
    if lemma_of(verb) != "remove" or any(c.dep_ == "agent" for c in verb.children):
        return True
    return any(lemma_of(p) in _LOST_POSTS for p in prep_objects(verb, ("from",)))


def _ousted_from(
    verb: Token, person: Mention, end: str, sent: Span, ctx: DocContext, local: list[TenureFact]
) -> TenureFact | None:
    """'X became prime minister in A. ... X was overthrown in a coup in B': a ruler ousted
    (not killed or dead) loses the office last stated for him, told in an earlier sentence,
    when it is still open, no diplomatic post, and began by B."""
    if lemma_of(verb) not in _RULE_ENDING_VERBS or not _out_of_power(verb):
        return None
    last = last_office(tenure_state(ctx), local, person, sent)
    if last is None or is_diplomatic(last.role):
        return None
    return last if open_at(last, end) else None


# Verbs of a term's running out ("his term ended", "whose mandate expired").
_TERM_END_VERBS = frozenset(["end", "expire"])
# What ends with a term: the term itself or the mission it served.
_ENDED_TERMS = SERVED_TERMS | {"ambassadorship"}


def may_end_a_term(words: SentenceWords) -> bool:
    """Whether :func:`ended_terms` may fire in a sentence of ``words``: only on a verb of a
    term's ending."""
    return not _TERM_END_VERBS.isdisjoint(words.lemmas)


def ended_terms(sent: Span, ctx: DocContext, local: list[TenureFact]) -> list[TenureFact]:
    """'X, whose term ended yesterday', 'his mission ended in May 1975': the holder's last
    stated office ends at the verb's date."""
    out: list[TenureFact] = []
    for verb in sent:
        if verb.pos_ != "VERB" or lemma_of(verb) not in _TERM_END_VERBS:
            continue
        term = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if term is None or lemma_of(term) not in _ENDED_TERMS or not is_factual(verb, verb, sent):
            continue
        person = _term_holder(term, verb, ctx)
        times = [v for v in anchored_times([verb, term], sent, ctx) if v.kind != "duration"]
        end = term_bounds(times, "end")[1] if times else None
        if person is None or end is None:
            continue
        last = last_office(tenure_state(ctx), local + out, person, sent)
        if last is None or last.end is not None:
            continue  # no office open, or its end is already stated
        if last.start is not None and last.start[:4] > end[:4]:
            continue
        out.append(
            tenure_fact(person, last.role, last.country, last.to, (last.start, end), sent, ctx, 0.5)
        )
    return out


def _term_holder(term: Token, verb: Token, ctx: DocContext) -> Mention | None:
    """The holder of a term by its possessive: "whose term" (the relative clause's
    antecedent) or "his term" (the person the pronoun stands for)."""
    poss = next((c for c in term.children if c.dep_ == "poss"), None)
    if poss is None:
        return None
    if poss.lower_ == "whose":
        return slot_person(verb.head, ctx) if verb.dep_ == "relcl" else None
    return slot_person(poss, ctx)

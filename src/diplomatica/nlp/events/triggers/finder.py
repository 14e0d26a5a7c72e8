"""Trigger finding over a sentence: verb and noun triggers, nesting and restatement."""

from __future__ import annotations

from collections.abc import Set

from spacy.tokens import Token

from diplomatica.nlp.doc_text import doc_text
from diplomatica.nlp.events.anaphora import PRONOUN_NUMBER, antecedent_clause, resolved
from diplomatica.nlp.events.lexicon import Lexicon
from diplomatica.nlp.events.triggers.agreements import (
    SIGNING_VERBS,
    agreement_renewed,
    ended_agreement_times,
    is_non_renewal,
    ratified_agreement_times,
    renewed_agreement_times,
    split_signing,
)
from diplomatica.nlp.events.triggers.first_to_act import first_to_act
from diplomatica.nlp.events.triggers.nouns import noun_event_type
from diplomatica.nlp.events.triggers.relations import (
    continued_state_tokens,
    participle_on_relations,
    re_established,
    relations_told_before,
    restored_trigger,
)
from diplomatica.nlp.events.triggers.syntax import (
    governing_verb,
    has_own_subject,
    lemma_of,
    noun_anchor,
    objects_of,
    own_tokens,
    past_context,
    prep_objects,
)
from diplomatica.nlp.events.triggers.trigger import Trigger
from diplomatica.nlp.events.triggers.verbs import verb_event_type
from diplomatica.nlp.events.triggers.visits import (
    CONVEY_VERBS,
    received_in_place,
    sent_on_special_mission,
)
from diplomatica.nlp.events.triggers.words import RELATION_NOUNS


def find_triggers(
    tokens: list[Token],
    lex: Lexicon,
    entity_tokens: set[int],
    state_tokens: Set[int] = frozenset(),
) -> list[Trigger]:
    """Return the triggers among ``tokens`` (one sentence), anchored on their governing verb
    (``entity_tokens``: tokens of entity mentions; ``state_tokens``: of state names)."""
    found: list[Trigger] = []
    for tok in tokens:
        if tok.pos_ == "VERB" or (
            tok.pos_ == "AUX"
            and tok.lemma_ in ("have", "be")
            and tok.dep_ not in ("aux", "auxpass")
        ):
            if is_non_renewal(tok) and past_context(tok.head):
                found.append(Trigger("TERMINATE_AGREEMENT", tok, tok, negated=True))
                continue
            etype = verb_event_type(tok, lex, entity_tokens, state_tokens)
            if etype is None:
                continue
            if etype != "EXPRESS_SUPPORT" and not (past_context(tok) or first_to_act(tok)):
                continue
            found.append(_verb_trigger(etype, tok))
            if etype == "MEET" and received_in_place(tok, entity_tokens):
                found.append(Trigger("VISIT", tok, tok))  # the guest came to the capital
            if etype == "APPOINT_ENVOY" and sent_on_special_mission(tok, entity_tokens):
                found.append(Trigger("VISIT", tok, tok))  # the special envoy's journey
        elif tok.pos_ in ("NOUN", "PROPN"):
            prefix = re_established(tok) or participle_on_relations(tok)
            if prefix is not None:
                found.append(Trigger("ESTABLISH_RELATIONS", tok, prefix))
                continue
            etype = noun_event_type(tok, lex, entity_tokens)
            if etype is None:
                continue
            # "the visit to China and the visit to Korea": each conjunct keeps its own partners
            others = frozenset({t.i for t in tok.subtree} - own_tokens(tok))
            found.append(restored_trigger(tok) or Trigger(etype, tok, noun_anchor(tok), others))
    found = [_without_nested(t, found) for t in found if not _catalogue_visit(t)]
    out: list[Trigger] = []
    for trig in found:
        if _restates_verb_trigger(trig, found) or _participle_restating(trig, found):
            continue
        if trig.type == "SIGN_AGREEMENT" and trig.token.i == trig.anchor.i:
            out.extend(split_signing(trig))
        else:
            out.append(trig)
    return out


def _verb_trigger(etype: str, verb: Token) -> Trigger:
    """Return the trigger of a verb: relations named by a pronoun ("they were restored in
    1972") take the antecedent as trigger token, so its partners ("relations with X") count;
    a subject's relative clause ("X, who had been ambassador to Y, became ...") names an
    earlier post whose states are not this event's."""
    if etype in ("ESTABLISH_RELATIONS", "END_RELATIONS"):
        pronouns = [o for o in objects_of(verb) if o.lower_ in PRONOUN_NUMBER]
        antecedents = [a for a in resolved(pronouns) if lemma_of(a) in RELATION_NOUNS]
        if antecedents and antecedents[0].sent == verb.sent:
            earlier = antecedent_clause(antecedents[0], verb)
            if prep_objects(verb, ("with",)):
                # "established relations with A and restored them with B": B's, not A's
                own = frozenset(t.i for t in antecedents[0].subtree)
                return Trigger(etype, verb, verb, earlier | own)
            return Trigger(etype, antecedents[0], verb, earlier)
        before = relations_told_before(verb) if etype == "ESTABLISH_RELATIONS" else None
        if before is not None:
            return Trigger(etype, before, verb, antecedent_clause(before, verb))
        continued = continued_state_tokens(verb)
        if continued:
            return Trigger(etype, verb, verb, continued)  # "as the successor of X": not X
    if etype == "SIGN_AGREEMENT" and agreement_renewed(verb, lemma_of(verb)):
        # "extended the treaty of 1931": the treaty's own date is its first signing's
        return Trigger(etype, verb, verb, renewed_agreement_times(verb))
    if etype == "SIGN_AGREEMENT" and ratified_agreement_times(verb):
        # "the ratifications of the 1858 treaty were exchanged": the treaty's date
        return Trigger(etype, verb, verb, ratified_agreement_times(verb))
    if etype == "TERMINATE_AGREEMENT":
        # "abrogating the treaty of 1911, which expired in January 1940": the treaty's dates
        ended = ended_agreement_times(verb)
        if ended:
            return Trigger(etype, verb, verb, ended)
    if etype == "VISIT" and lemma_of(verb) in CONVEY_VERBS and verb.dep_ == "relcl":
        traveller_verb = governing_verb(verb.head)  # "made a tour", "visited X as part of a tour"
        if traveller_verb is not None:
            # the traveller is the subject of the verb governing the tour; its own objects
            # ("visited Ghana as part of a tour that took him to X") are another visit
            others = frozenset(
                t.i
                for c in traveller_verb.children
                if c.dep_ == "dobj" and not c.left_edge.i <= verb.i <= c.right_edge.i
                for t in c.subtree
            )
            return Trigger(etype, verb, traveller_verb, others)
    return Trigger(etype, verb, verb)


# Labels of a record's catalogue lines: who was present, where the copy is kept.
_CATALOGUE_LABELS = ("source:", "participants:", "present:", "archive reference:", "file:")


def _catalogue_visit(trig: Trigger) -> bool:
    """``Source: ... National Security Council Files, VIP Visits, Japan (Sato)``: a visit
    named on a record's catalogue line (its participants or its archive file) is a file's
    title, not an event of the text."""
    if trig.type != "VISIT":
        return False
    text = doc_text(trig.token.doc)
    line_start = text.rfind("\n", 0, trig.token.idx) + 1
    return text[line_start : line_start + 20].lower().startswith(_CATALOGUE_LABELS)


def _without_nested(trig: Trigger, found: list[Trigger]) -> Trigger:
    """A noun trigger excludes other noun triggers of its type inside its phrase ("the visit to
    Peru and the visit to Bolivia", however the parser attaches the second visit), but not a
    participle describing the noun's own act ("the agreement, signed by A and B")."""
    if trig.token.pos_ not in ("NOUN", "PROPN"):
        return trig
    own = {t.i for t in trig.token.subtree}
    nested: set[int] = set()
    for other in found:
        if _signing_participle(other, trig):
            continue
        if other.type == trig.type and other.token.i != trig.token.i and other.token.i in own:
            nested |= {t.i for t in other.token.subtree}
    if not nested:
        return trig
    return Trigger(trig.type, trig.token, trig.anchor, trig.excluded | nested, trig.negated)


def _signing_participle(other: Trigger, trig: Trigger) -> bool:
    """``the agreement, signed by A and B``: a signing participle on the agreement noun of
    ``trig`` tells the noun's own signing (its signers are the noun's parties)."""
    verb = other.token
    return (
        trig.type == "SIGN_AGREEMENT"
        and verb.dep_ == "acl"
        and verb.head.i == trig.token.i
        and lemma_of(verb) in SIGNING_VERBS
    )


# Acts a participle clause on the same act restates rather than repeats.
_RESTATED_BY_PARTICIPLE = frozenset(["TERMINATE_AGREEMENT", "END_RELATIONS", "ESTABLISH_RELATIONS"])


def _participle_restating(trig: Trigger, found: list[Trigger]) -> bool:
    """``cancelled the agreement, declaring the accord null and void``: a participle clause
    on a verb trigger of the same type, with no subject of its own, says how that act was
    done; it is no second act (its partners would be guessed). Only for acts on an agreement
    or on relations ("toured Africa, visiting Ghana" names further visits)."""
    verb = trig.anchor
    if trig.type not in _RESTATED_BY_PARTICIPLE:
        return False
    if verb.tag_ != "VBG" or verb.dep_ != "advcl" or verb.i < verb.head.i:
        return False
    if has_own_subject(verb):
        return False
    return any(o.type == trig.type and o.anchor.i == verb.head.i for o in found if o is not trig)


# Prepositions relating another act in time: what they govern is not the verb's own act.
_TEMPORAL_PREPS = frozenset(["after", "before", "since", "until", "following", "prior"])


def _restates_verb_trigger(trig: Trigger, found: list[Trigger]) -> bool:
    """A noun trigger inside the object of a verb trigger of the same type states the same act
    ("exchanged the instruments of ratification of the treaty")."""
    if trig.token.pos_ not in ("NOUN", "PROPN"):
        return False
    node = trig.token
    for _ in range(4):
        if node.dep_ not in ("dobj", "pobj", "prep", "compound", "conj", "nsubjpass", "appos"):
            return False
        if node.dep_ == "conj" and node.pos_ in ("VERB", "AUX"):
            return False  # "was received by X and held talks with Y": another act's verb
        if node.dep_ == "prep" and node.lower_ in _TEMPORAL_PREPS:
            return False  # "came to Aswan ... after the leader's journey to Jerusalem"
        node = node.head
        if any(
            v.type == trig.type and v.token.i == v.anchor.i == node.i and v.token.pos_ != "NOUN"
            for v in found
        ):
            return True
    return False

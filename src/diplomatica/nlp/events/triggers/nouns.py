"""The event type a noun trigger states."""

from __future__ import annotations

from spacy.tokens import Token

from diplomatica.nlp.events.lexicon import (
    AGREEMENT_NOUNS,
    ENVOY_NOUNS,
    MEETING_NOUNS,
    MISSION_NOUNS,
    Lexicon,
)
from diplomatica.nlp.events.triggers.agreements import dated_agreement, ended_by_verb
from diplomatica.nlp.events.triggers.aid import (
    DELIVERY_NOUNS,
    aid_ended,
    aid_given_as_adjective,
    aid_goods_named,
    names_aid,
    raised_aid_to,
)
from diplomatica.nlp.events.triggers.envoys import mission_act
from diplomatica.nlp.events.triggers.meetings import (
    body_in_session,
    body_meeting,
    entry_talks,
    gathering_as_aim,
    gathering_as_setting,
    hosted_meal,
    internal_meeting,
    organisation_summit,
    out_of_talks,
    reception_by_crowd,
    round_held,
    summit_deciding,
    summoned_for,
    talk_turned_to,
)
from diplomatica.nlp.events.triggers.relations import (
    RESTORATION_NOUNS,
    broken_relations,
    restored_relations,
)
from diplomatica.nlp.events.triggers.support import removal_opposed, support_noun_stated
from diplomatica.nlp.events.triggers.syntax import heads_in, lemma_of, prep_objects, word_in
from diplomatica.nlp.events.triggers.visits import (
    arrival_in_place,
    attended_abroad,
    conveyed_by_verb,
    date_not_known,
    is_destination,
    journey_destinations,
    leaders_pilgrimage,
    refers_back,
    stay_in_place,
    tour_stops,
    travelling_mission,
)


def noun_event_type(noun: Token, lex: Lexicon, entity_tokens: set[int]) -> str | None:
    """Return the event type a noun trigger states, or ``None``."""
    if noun.dep_ == "compound":
        return None
    lemma = lemma_of(noun)
    of_objs = prep_objects(noun, ("of",))
    if lemma == "visit":
        plural = noun.tag_ == "NNS"
        if any(c.lower_ in ("such", "these", "those", "both") for c in noun.children):
            return None
        if refers_back(noun, entity_tokens):
            return None  # "after that visit": the visit told before
        if date_not_known(noun):
            return None
        if plural and not any(t.i in entity_tokens for t in noun.subtree):
            return None
        return "VISIT"
    if lemma in ("journey", "trip", "tour") and conveyed_by_verb(noun):
        return None  # "his tour of Asia, which took him to A and B": the verb tells the visits
    if lemma == "tour" and any(t.i in entity_tokens for o in of_objs for t in o.subtree):
        return "VISIT"  # "a tour of Thailand, Malaysia and Singapore"
    if lemma in ("journey", "trip", "tour") and any(
        is_destination(d, entity_tokens) for d in journey_destinations(noun) + tour_stops(noun)
    ):
        return "VISIT"  # "the Egyptian leader's journey to Jerusalem"
    if travelling_mission(noun) and any(
        is_destination(d, entity_tokens) for d in prep_objects(noun, ("to",))
    ):
        return "VISIT"  # "returning from a trade mission to the People's Republic"
    if stay_in_place(noun, entity_tokens):
        return "VISIT"  # "his stay in Helsinki in September 1960"
    if arrival_in_place(noun, entity_tokens):
        return "VISIT"  # "since its arrival in Alexandria on 9 May"
    if lemma == "pilgrimage" and leaders_pilgrimage(noun, entity_tokens):
        return "VISIT"  # "the Pope's pilgrimage to Spain", "his second pilgrimage"
    if lemma == "round" and round_held(noun):
        return "MEET"  # "the last round was held in Beijing"
    if noun.lower_ == "meeting" and body_in_session(noun, entity_tokens):
        return None  # the participle misread as a noun
    if lemma == "summit" and noun.dep_ == "pobj" and noun.head.lower_ in ("at", "during"):
        return None  # "backed X's bid at the summit in Helsinki": the setting of another act
    if (
        lemma == "summit"
        and noun.dep_ == "pobj"
        and noun.head.lower_ == "for"
        and (organisation_summit(noun))
    ):
        return None  # "travelled to Algiers for the Arab League summit": a journey's aim
    if (
        (lemma == "meeting" or (lemma == "summit" and organisation_summit(noun)))
        and noun.dep_ == "dobj"
        and attended_abroad(noun.head, lemma_of(noun.head), [noun], entity_tokens)
    ):
        # "attended the meeting of APEC ministers in Seoul", "the summit of the Non-Aligned
        # Movement in Havana": a visit's setting (not "attended the summit in Moscow", where
        # the leaders met)
        return None
    if lemma == "meeting" and gathering_as_setting(noun) and body_meeting(noun):
        return None  # "at the meeting of communist parties in Bucharest, X refused ..."
    if gathering_as_aim(noun):
        return None  # "went to Moscow for the conference of the parties": a journey's aim
    if summit_deciding(noun):
        return None  # "the summit also fixed annual subsidies"
    if lemma in MEETING_NOUNS and (internal_meeting(noun) or summoned_for(noun)):
        return None  # "after a cabinet meeting", "recalled its ambassador for consultations"
    if lemma in MEETING_NOUNS and entry_talks(noun):
        return None  # "Serbia's EU accession negotiations": talks with a body
    if lemma in MEETING_NOUNS and out_of_talks(noun):
        return None  # "Albania has remained outside the negotiations"
    if reception_by_crowd(noun, entity_tokens):
        return None  # "arrived to a hostile reception from demonstrators"
    if lemma in MEETING_NOUNS and talk_turned_to(noun):
        return None  # "the talk turned to Vietnam": a topic of talks already told
    if word_in(noun, MEETING_NOUNS) or hosted_meal(noun, lemma):
        return "MEET"
    if lemma in ("signing", "conclusion", "signature", "ratification") and heads_in(
        of_objs, AGREEMENT_NOUNS
    ):
        return "SIGN_AGREEMENT"
    if dated_agreement(noun) and not ended_by_verb(noun, lex):
        return "SIGN_AGREEMENT"  # "the Sino-Soviet treaty of 1950"
    if lemma == "establishment" and any(
        lemma_of(o) in ("relation", "relations")
        and any(c.lower_ == "diplomatic" for c in o.children)
        for o in of_objs
    ):
        return "ESTABLISH_RELATIONS"
    if lemma in RESTORATION_NOUNS and any(c.lower_ == "such" for c in noun.children):
        return None  # "the first such restoration": the one just told
    if lemma in RESTORATION_NOUNS and restored_relations(noun, of_objs):
        return "ESTABLISH_RELATIONS"
    if broken_relations(noun):
        return "END_RELATIONS"
    envoys = any(o.i in entity_tokens or lemma_of(o) in ENVOY_NOUNS for o in of_objs)
    if lemma in lex.nouns["APPOINT_ENVOY"] and envoys:
        return "APPOINT_ENVOY"  # "the appointment of an ambassador"
    if lemma in lex.nouns["RECALL_ENVOY"] and envoys:
        return "RECALL_ENVOY"
    mission = mission_act(lemma, lex.nouns)  # "the closure of the embassy"
    if mission is not None and heads_in(of_objs, MISSION_NOUNS):
        return mission
    # aid "to" a recipient, or deliveries of named goods ("Soviet arms deliveries to Hanoi")
    delivered = lemma in DELIVERY_NOUNS and aid_goods_named(noun)
    if aid_given_as_adjective(noun, entity_tokens):
        return "PROVIDE_AID"  # "Bonn extended credits worth ... to Warsaw", misparsed
    if (lemma in lex.nouns["PROVIDE_AID"] or delivered) and (
        prep_objects(noun, ("to",)) or raised_aid_to(noun)
    ):
        return None if aid_ended(noun) else "PROVIDE_AID"
    if lemma in lex.nouns["EXPEL"]:
        return None if removal_opposed(noun) else "EXPEL"
    if lemma in lex.nouns["TERMINATE_AGREEMENT"] and (
        heads_in(of_objs, AGREEMENT_NOUNS)
        or any(c.dep_ == "poss" and lemma_of(c) in AGREEMENT_NOUNS for c in noun.children)
    ):
        return "TERMINATE_AGREEMENT"
    if lemma in ("support", "solidarity", "backing") and support_noun_stated(noun, lex):
        # "gave military support": material help, told by the giving verb as aid
        return None if names_aid([noun]) else "EXPRESS_SUPPORT"
    return None

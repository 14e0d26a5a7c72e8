"""The event type a verb trigger states."""

from __future__ import annotations

from collections.abc import Set

from spacy.tokens import Token

from diplomatica.nlp.events.anaphora import resolved
from diplomatica.nlp.events.lexicon import (
    AGREEMENT_NOUNS,
    AID_NOUNS,
    AID_PERSONNEL_NOUNS,
    ENTRY_NOUNS,
    ENVOY_NOUNS,
    LEADING_VERBS,
    MISSION_NOUNS,
    MONEY_AID_VERBS,
    REFUGEE_NOUNS,
    RULER_TITLES,
    RULING_VERBS,
    SIGNED_TEXT_NOUNS,
    VISIT_EVENT_NOUNS,
    VISIT_MOTION_VERBS,
    Lexicon,
)
from diplomatica.nlp.events.triggers.agreements import (
    acceded_to_agreement,
    accepted_agreement,
    accession_signed,
    agreement_agreed,
    agreement_followed,
    agreement_imposed,
    agreement_participle,
    agreement_reached,
    agreement_renewed,
    agreement_signed_after,
    agreement_signed_before,
    agreement_subject,
    concluded_judgment,
    earlier_clause_objects,
    issued_joint_text,
    main_verb_after_participle,
    name_put_to,
    one_like_agreement,
    replaced_by_new_agreement,
    settlement_signed,
    signed_after_long_title,
    signed_title_relative,
    signed_with_state,
    termination_type,
    titled_agreement,
)
from diplomatica.nlp.events.triggers.aid import (
    MONEY_GOODS,
    SHELTERING_VERBS,
    added_funds,
    aid_ended,
    aid_package,
    aid_raised,
    aid_received,
    aid_resumed,
    arms_bought,
    bases_allowed,
    built_with_grants,
    came_home_with_aid,
    credit_opened,
    dative_goods,
    debt_forgiven,
    depended_on_aid,
    financed_party,
    fled_from,
    foreign_money_flowed,
    foreign_money_sustained,
    found_shelter,
    given_as_gift,
    goods_transferred,
    granted_asylum,
    help_given_to,
    helped_with_aid,
    loan_approved,
    losses_replaced,
    money_committed,
    money_given_in_aid,
    money_lent,
    money_paid_for,
    money_sum_given,
    names_aid,
    nominal_aid,
    people_taken_in,
    poured_into,
    relief_sent,
    reparations_delivered,
    standing_donor,
    subsidy_paid,
    sum_delivered_in_aid,
    sums_given,
    taken_away,
    went_into_exile,
)
from diplomatica.nlp.events.triggers.envoys import (
    became_envoy,
    called_home,
    envoy_arrived,
    envoy_withdrawn,
    envoys_exchanged,
    foreigners_sent_home,
    mission_began_work,
    mission_kept_since,
    mission_suspended,
    mission_verb_type,
    mission_withdrawn,
    names_envoy,
    ordered_to_leave,
    posted_as_envoy,
    recalled_after_conjunct,
    recalled_person,
    replaced_envoys,
    sent_home,
    sent_to_head_mission,
    state_head_of_mission,
    succeeded_as_envoy,
    told_to_return,
    took_up_post,
)
from diplomatica.nlp.events.triggers.meetings import (
    audience_with,
    body_in_session,
    body_met,
    brought_together,
    called_on_person,
    came_to_see,
    conference_held,
    discussed_with,
    greeted_person,
    negotiated_alone,
    received_by_leader,
    received_person,
    saw_person,
    summoned_to_ministry,
    talk_partners,
    views_exchanged,
)
from diplomatica.nlp.events.triggers.military_aid import (
    AIRLIFT_VERBS,
    aid_goods_reached,
    aid_personnel_came,
    airlifted_goods,
    armed_subject,
    built_abroad,
    equipped_forces,
    experts_helped,
    forces_flown,
    forces_guarded_for,
    forces_helped,
    fought_beside,
    helped_build,
    left_with_arms,
    personnel_lent,
    personnel_worked_in,
    sent_to_evacuate,
    trained_forces,
    troops_kept_in,
    troops_posted_in,
    troops_sent_for_relief,
    troops_sent_to_help,
    troops_sent_to_state,
    troops_served_in,
)
from diplomatica.nlp.events.triggers.relations import (
    PAIR_DOER_VERBS,
    RESTORING_VERBS,
    bare_state_relations,
    broke_with_state,
    participle_subject_relations,
    raised_to_diplomatic,
    recognised_state,
    recognition_extended,
    relations_ended,
    relations_followed,
    relations_opened,
    relations_passive_established,
    relations_told_before,
)
from diplomatica.nlp.events.triggers.support import support_verb_type
from diplomatica.nlp.events.triggers.syntax import (
    PAST_TAGS,
    first_conjunct,
    heads_in,
    is_person,
    kept_since,
    lemma_of,
    objects_of,
    prep_objects,
    quantified_and_conjoined,
    with_quantified,
    word_in,
)
from diplomatica.nlp.events.triggers.visits import (
    agreed_to,
    arrived_at_dateline,
    arrived_at_post,
    arrived_from,
    attended_abroad,
    attended_by_clause,
    came_here,
    came_on_date,
    ceded_subject,
    crossed_into,
    guest_in_place,
    invitation_taken_up,
    is_destination,
    joined_in,
    journey_ended_in,
    landed_in,
    led_delegation_to,
    motion_destinations,
    moved_a_thing,
    non_visitor_subject,
    passed_through,
    resident_subject,
    sent_person,
    spent_time_in,
    stay_of_years,
    toured,
    trip_took,
    was_in,
    welcomed_to_place,
    went_on_to,
)
from diplomatica.nlp.events.triggers.words import RELATION_NOUNS

# Texts two governments exchange to agree: "an exchange of notes", "an exchange of letters".
_EXCHANGED_TEXTS = frozenset(["note", "notes", "letter", "letters"])


def exchanged_notes(objs: list[Token]) -> bool:
    """Return whether a signing verb's object is an exchange of notes or letters ("concluded
    an exchange of notes", "an exchange of letters signed in Paris"): an agreement in the
    form of the texts exchanged, unlike an exchange of goods or of views."""
    for o in objs:
        if lemma_of(o) == "exchange" and any(
            lemma_of(p) in _EXCHANGED_TEXTS for p in prep_objects(o, ("of",))
        ):
            return True
        of = o.head
        if (
            lemma_of(o) in _EXCHANGED_TEXTS
            and o.dep_ == "pobj"
            and of.lower_ == "of"
            and lemma_of(of.head) == "exchange"
        ):
            return True
    return False


# Verbs of choosing a person "as" an envoy: "chose X as its ambassador".
_CHOOSING_VERBS = frozenset(["choose", "select", "pick"])


# Offices whose succession is an appointment of an envoy ("the Permanent Representative ...
# was succeeded in 1981 by X", "X headed the mission ... He was succeeded by Y").
_SUCCESSION_OFFICES = ENVOY_NOUNS | MISSION_NOUNS | {"representative", "consul"}


# Offices of a state's leaders: a successor so titled takes over no post abroad. Besides the
# rulers' titles, the vice-president (who succeeds one) and "prime" of "Prime Minister X".
_LEADER_TITLES = RULER_TITLES | {"vice-president", "prime"}


# Kin by whom a ruler is succeeded: a throne or a dynasty's rule passes, no post abroad.
_HEIR_NOUNS = frozenset(
    ["son", "daughter", "brother", "nephew", "grandson", "widow", "heir", "cousin", "half-brother"]
)

# Nouns naming a state or its government as what is led ("had headed the government").
_LED_POLITY_NOUNS = frozenset(
    ["country", "state", "nation", "government", "kingdom", "republic", "empire", "regime",
     "junta", "monarchy", "emirate", "sultanate"]
)  # fmt: skip


def _led_polity(obj: Token) -> bool:
    """Return whether a led object is a state or its government: a polity noun ("the
    country", "the government") or a named state ("had led Iraq")."""
    return lemma_of(obj) in _LED_POLITY_NOUNS or obj.ent_type_ == "GPE"


def _ruling_clause(verb: Token) -> bool:
    """Return whether a "who" clause tells of ruling a state: a verb of ruling ("who had
    reigned since 1952"), or lead/head with a state or government as object ("who had led
    the country since 1994"; not "who had headed the British legation")."""
    lemma = lemma_of(verb)
    if lemma in RULING_VERBS:
        return True
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return lemma in LEADING_VERBS and any(_led_polity(o) for o in objects)


def _leader_titled(noun: Token) -> bool:
    """``King X``, ``X, president since 1970``, ``the Emir``: a noun titled as a state's
    leader by itself, its title words or a title in apposition."""
    words = [noun, *(c for c in noun.children if c.dep_ in ("compound", "amod", "appos"))]
    words += [c for w in words if w.dep_ == "appos" for c in w.children if c.dep_ == "compound"]
    return any(lemma_of(w) in _LEADER_TITLES for w in words)


def _ruler(noun: Token) -> bool:
    """A predecessor titled as a leader, or told as one by a "who" clause of ruling ("Kim,
    who had led the country since 1994", "the king, who had reigned since 1952")."""
    ruled = any(c.dep_ == "relcl" and _ruling_clause(c) for c in noun.children)
    return ruled or _leader_titled(noun)


def _leader_successor(verb: Token, agents: list[Token]) -> bool:
    """A passive "was succeeded by" hands on a leader's office, not a post abroad, when the
    successor is titled as a leader ("by his vice-president, X", "by the prime minister") or
    is the predecessor's kin ("by his son X"), or when the predecessor, the passive's subject
    or that of the verb it is conjoined to, is a ruler ("King X died in 1972 and was
    succeeded by ...", "Sadat, president since 1970, was assassinated and succeeded by ...")."""
    if any(_leader_titled(a) or lemma_of(a) in _HEIR_NOUNS for a in agents):
        return True
    first = first_conjunct(verb)
    subjects = [c for v in (verb, first) for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(_ruler(s) for s in subjects)


def verb_event_type(
    verb: Token, lex: Lexicon, entity_tokens: set[int], state_tokens: Set[int] = frozenset()
) -> str | None:
    """Return the event type a verb trigger states given its objects, or ``None``
    (``state_tokens``: tokens of state names, which make bare "relations" diplomatic)."""
    lemma = lemma_of(verb)
    objs = objects_of(verb)
    if concluded_judgment(verb):
        return None  # "concluded that it could not prolong the treaty": a judgment
    if lemma in ("sign", "conclude", "ratify", "initial") and (
        heads_in(resolved(objs), AGREEMENT_NOUNS) or any(titled_agreement(o) for o in objs)
    ):
        return "SIGN_AGREEMENT"  # "signed a treaty", "it was signed in Baghdad" (a treaty)
    if lemma in ("sign", "conclude") and one_like_agreement(objs):
        return "SIGN_AGREEMENT"  # "A signed a pact in May, and B signed one in June"
    if lemma == "sign" and heads_in(objs, SIGNED_TEXT_NOUNS):
        return "SIGN_AGREEMENT"  # "the joint statement, which was signed on 3 August"
    if lemma == "exchange" and any(lemma_of(o) in ("instrument", "ratification") for o in objs):
        return "SIGN_AGREEMENT"  # "exchanged the instruments of ratification", "ratifications"
    if settlement_signed(verb, lemma) or agreement_renewed(verb, lemma):
        return "SIGN_AGREEMENT"  # "a truce was concluded", "renewed the alliance"
    if agreement_agreed(verb, lemma) or replaced_by_new_agreement(verb, lemma):
        return "SIGN_AGREEMENT"  # "a customs union was agreed", "replaced by a new treaty"
    if agreement_followed(verb, lemma):
        return "SIGN_AGREEMENT"  # "a trade agreement followed in August"
    if lemma in ("sign", "conclude", "initial") and exchanged_notes(objs):
        return "SIGN_AGREEMENT"  # "settled by an exchange of letters signed in May"
    if (
        lemma in ("sign", "conclude")
        and (not objs or earlier_clause_objects(verb, objs))
        and agreement_subject(verb)
        and (
            any(c.dep_ == "prep" and c.lower_ in ("in", "on", "at") for c in verb.children)
            or signed_with_state(verb)
            or main_verb_after_participle(verb)
        )
    ):
        # "An agreement on trade concluded in 1960 provided for ...": the parser often makes
        # the agreement the subject of the participle that describes it
        return "SIGN_AGREEMENT"
    if agreement_signed_before(verb) or agreement_signed_after(verb) or agreement_participle(verb):
        return "SIGN_AGREEMENT"  # reduced and contact relatives, heavy objects shifted right
    if accepted_agreement(verb, lemma, objs) or name_put_to(verb, lemma, objs):
        return "SIGN_AGREEMENT"  # "accepted a disengagement agreement", "put his name to"
    if agreement_reached(verb, lemma, objs):
        return "SIGN_AGREEMENT"  # "reached a disengagement agreement"
    if acceded_to_agreement(verb, lemma) or accession_signed(verb, lemma, objs):
        return "SIGN_AGREEMENT"  # "acceded to the pact", "signed X's accession to the pact"
    if signed_after_long_title(verb) or signed_title_relative(verb):
        return "SIGN_AGREEMENT"  # "The agreement on trade between X and Y, signed in Peking"
    if issued_joint_text(verb, lemma, objs) or agreement_imposed(verb, lemma, objs):
        return "SIGN_AGREEMENT"  # "issued a joint communiqué", "forced treaties on them"
    robjs = resolved(objs)  # the objects a pronoun or relative stands for, read once
    relations = [o for o in robjs if lemma_of(o) in RELATION_NOUNS]
    diplomatic = any(
        c.lower_ in ("diplomatic", "ambassadorial") for o in relations for c in o.children
    )
    if lemma in lex.verbs["ESTABLISH_RELATIONS"] and relations and diplomatic:
        return "ESTABLISH_RELATIONS"
    if relations_opened(lemma, relations):
        return "ESTABLISH_RELATIONS"  # "a convention that opened normal relations"
    if relations and diplomatic and kept_since(verb):
        return "ESTABLISH_RELATIONS"  # "had maintained diplomatic relations with X since 1949"
    if (
        (
            lemma in PAIR_DOER_VERBS
            # "normalised relations", not "the initiative to normalise relations"
            or (lemma in ("normalise", "normalize") and verb.tag_ in PAST_TAGS)
        )
        and relations
        and bare_state_relations(verb, relations, state_tokens)
    ):
        return "ESTABLISH_RELATIONS"
    if lemma in RESTORING_VERBS and relations_told_before(verb) is not None:
        return "ESTABLISH_RELATIONS"  # "broke off relations with X, and relations were not
        # restored until 1968": the relations of the earlier clause
    if lemma in ("recognise", "recognize") and claim_backed(verb, objs):
        return "EXPRESS_SUPPORT"  # "recognised Moroccan sovereignty over Western Sahara"
    if lemma in ("recognise", "recognize") and recognised_state(verb, objs, entity_tokens):
        return "ESTABLISH_RELATIONS"
    if relations_passive_established(verb, lemma) or raised_to_diplomatic(verb, lemma, objs):
        return "ESTABLISH_RELATIONS"  # "Relations were established in 1965"
    if relations_followed(verb, lemma):
        return "ESTABLISH_RELATIONS"  # "full diplomatic relations followed in 1989"
    if relations_ended(verb, lemma):
        return "END_RELATIONS"  # "diplomatic relations with X ended", "came to an end"
    if lemma in lex.verbs["END_RELATIONS"] and (
        relations or participle_subject_relations(verb, lemma)
    ):
        return "END_RELATIONS"  # "broke off relations", "relations, severed in 1973, were ..."
    if broke_with_state(verb, lemma, state_tokens):
        return "END_RELATIONS"  # "Chad broke with Israel in November"
    if lemma == "withdraw" and any(lemma_of(o) == "recognition" for o in objs):
        return "END_RELATIONS"  # "withdrew its recognition from the government in Taipei"
    mission = mission_verb_type(verb, lemma, objs, lex)  # "opened an embassy"
    if mission is not None:
        return mission
    if mission_suspended(verb, lemma, objs) or mission_withdrawn(verb, lemma, objs):
        return "CLOSE_MISSION"  # "the embassy suspended its operations", "withdrew its mission"
    if mission_began_work(verb, lemma, objs) or mission_kept_since(verb, lemma, objs):
        return "OPEN_MISSION"  # "a Mongolian embassy began work in Tokyo"
    if recognition_extended(verb, lemma, objs, entity_tokens):
        return "ESTABLISH_RELATIONS"  # "extended de facto recognition to Israel"
    ended = termination_type(verb, lemma, robjs, lex)
    if ended is not None:
        return ended
    as_objs = prep_objects(verb, ("as",))
    if foreigners_sent_home(verb, objs):
        return "EXPEL"  # "Chinese experts were sent home"
    if (
        lemma in lex.verbs["PROVIDE_AID"]
        and not sent_to_evacuate(verb)
        and not taken_away(verb, lemma)
        and not sent_home(verb)
    ):
        # "provided Egypt with large amounts of economic aid", "supplied most of the tanks"
        goods = quantified_and_conjoined(robjs + prep_objects(verb, ("with",)))
        goods = [g for g in goods if not aid_ended(g)]  # "provided for the end of aid"
        if names_aid(goods) and not heads_in(as_objs, ENVOY_NOUNS):
            return "PROVIDE_AID"
        if lemma in ("send", "dispatch", "provide", "supply") and any(
            g.lower_ in AID_PERSONNEL_NOUNS for g in goods
        ):
            return "PROVIDE_AID"  # "sent some 480 military instructors", "provided doctors"
        if help_given_to(verb, lemma, goods, entity_tokens):
            return "PROVIDE_AID"  # "had given limited help to Zaire"
        if personnel_lent(verb, lemma, goods):
            return "PROVIDE_AID"  # "lent an army officer to train a new unit"
    given = quantified_and_conjoined(robjs)
    if aid_resumed(lemma, given) or debt_forgiven(verb, lemma, given):
        return "PROVIDE_AID"  # "restored development aid to Cuba", "wrote off its debt"
    if reparations_delivered(lemma, given) or troops_sent_for_relief(verb, lemma, given):
        return "PROVIDE_AID"
    if troops_sent_to_help(verb, lemma, objs):
        return "PROVIDE_AID"  # "sent troops to Yemen to support the republic"
    if troops_sent_to_state(verb, lemma, objs, state_tokens):
        return "PROVIDE_AID"  # "sent several thousand American troops to Thailand"
    if built_with_grants(verb, lemma):
        return "PROVIDE_AID"  # "with your grants Chinese workers built the mill"
    if lemma in SHELTERING_VERBS and any(
        (word_in(g, REFUGEE_NOUNS) or fled_from(g))
        and not any(c.dep_ == "poss" for c in g.children)  # not "brought his children"
        for g in with_quantified(objs)
    ):
        return "PROVIDE_AID"  # "admitted twenty thousand exiles", "brought 456 children"
    if money_sum_given(lemma, objs + dative_goods(verb), prep_objects(verb, ("with",))):
        return "PROVIDE_AID"  # "granted five billion yen", "provided it with $10 million"
    if sum_delivered_in_aid(verb, lemma, objs) or loan_approved(verb, lemma, objs, entity_tokens):
        return "PROVIDE_AID"  # "delivered $500 million in aid", "approved a loan to Spain"
    if came_home_with_aid(verb, lemma, entity_tokens):
        return "PROVIDE_AID"  # "she came home with additional American aid"
    if helped_with_aid(verb, lemma) or sums_given(lemma, objs):
        return "PROVIDE_AID"  # "helped Nicaragua with teachers", "gave considerable sums"
    if given_as_gift(verb, lemma):
        return "PROVIDE_AID"  # "the bridge was financed by Australia as a gift"
    if aid_package(verb, lemma, objs, entity_tokens) or people_taken_in(
        verb, lemma, objs, entity_tokens
    ):
        return "PROVIDE_AID"  # "announced an aid package", "took in 70,000 Finnish children"
    if lemma in MONEY_AID_VERBS and objs and money_given_in_aid(verb, objs):
        return "PROVIDE_AID"  # "granted it £50 million in aid"
    if money_paid_for(verb, lemma) or helped_build(verb, lemma, entity_tokens):
        return "PROVIDE_AID"  # "loans paid for roads", "has been helping to build the dam"
    if found_shelter(verb, lemma, objs) or standing_donor(verb, lemma):
        return "PROVIDE_AID"
    if granted_asylum(verb, lemma, objs, entity_tokens) or went_into_exile(verb, lemma):
        return "PROVIDE_AID"
    if nominal_aid(verb) or equipped_forces(verb, lemma, objs, entity_tokens):
        return "PROVIDE_AID"
    if financed_party(lemma, objs, entity_tokens, verb) or added_funds(lemma, objs):
        return "PROVIDE_AID"
    if losses_replaced(verb, lemma, objs, entity_tokens):
        return "PROVIDE_AID"  # "had replaced the aircraft and tanks that Syria lost"
    if money_committed(verb, lemma, objs, entity_tokens):
        return "PROVIDE_AID"  # "committed $225 million to the six-year development plan"
    if aid_raised(verb, lemma, objs, entity_tokens):
        return "PROVIDE_AID"  # "raised the annual subsidy", "doubled its aid"
    if aid_received(verb, lemma, objs, entity_tokens):
        return "PROVIDE_AID"  # "Pakistan received 50 tanks from China"
    if lemma == "provide" and any(
        lemma_of(g) in MONEY_GOODS | AID_NOUNS for g in prep_objects(verb, ("for",))
    ):
        return "PROVIDE_AID"  # "the agreement provided for a Soviet credit"
    if forces_flown(verb, lemma, objs, entity_tokens):
        return "PROVIDE_AID"  # "special forces were flown to Luanda"
    if lemma in AIRLIFT_VERBS and names_aid(airlifted_goods(objs, robjs)):
        dests = prep_objects(verb, ("to", "into"))
        dests += [d for o in with_quantified(objs) for d in prep_objects(o, ("to", "into"))]
        if any(d.i in entity_tokens for d in dests):
            return "PROVIDE_AID"  # "flew arms and equipment to India"
    if left_with_arms(verb, lemma, entity_tokens) or forces_helped(verb, lemma, entity_tokens):
        return "PROVIDE_AID"
    if fought_beside(verb, lemma, entity_tokens) or money_lent(verb, lemma, objs, entity_tokens):
        return "PROVIDE_AID"  # "Iraqi divisions fought beside the Syrian army", "lent money"
    if built_abroad(verb, lemma, objs, entity_tokens):
        return "PROVIDE_AID"  # "the Chinese built a textile mill in Dar es Salaam"
    if aid_goods_reached(verb, lemma, entity_tokens):
        return "PROVIDE_AID"  # "West German arms reached Israel"
    if troops_kept_in(verb, lemma, objs, entity_tokens):
        return "PROVIDE_AID"  # "Vietnam kept 40,000 troops in Laos"
    if trained_forces(verb, lemma, objs, entity_tokens):
        return "PROVIDE_AID"  # "Soviet officers trained the Somali army"
    if goods_transferred(verb, lemma, objs, entity_tokens):
        return "PROVIDE_AID"  # "sold Egypt weapons", "paid Jordan an annual subsidy"
    if arms_bought(verb, lemma, objs, entity_tokens):
        return "PROVIDE_AID"  # "bought more than 100 fighters from France"
    if bases_allowed(verb, lemma, entity_tokens):
        return "PROVIDE_AID"  # "let the guerrillas operate from bases in its south"
    if troops_served_in(verb, lemma, entity_tokens):
        return "PROVIDE_AID"  # "Korean troops served in South Vietnam"
    if experts_helped(verb, lemma, entity_tokens):
        return "PROVIDE_AID"  # "Soviet engineers helped the Iraqi company develop the field"
    if forces_guarded_for(verb, lemma, entity_tokens):
        return "PROVIDE_AID"  # "Zimbabwean troops guarded the corridor for Mozambique"
    if troops_posted_in(verb, lemma, entity_tokens):
        return "PROVIDE_AID"  # "British paratroopers were flown into Amman"
    if personnel_worked_in(verb, lemma, entity_tokens):
        return "PROVIDE_AID"  # "Soviet specialists were working in Chinese plants"
    if aid_personnel_came(verb, lemma, entity_tokens):
        return "PROVIDE_AID"  # "the first volunteers arrived in Ghana", "advisers followed"
    if depended_on_aid(verb, lemma, entity_tokens):
        return "PROVIDE_AID"  # "Vietnam's economy had depended on Soviet aid"
    if credit_opened(verb, lemma, objs, entity_tokens) or poured_into(
        verb, lemma, objs, entity_tokens
    ):
        return "PROVIDE_AID"  # "opened a line of credit to X", "poured arms into Addis Ababa"
    if relief_sent(lemma, given) or foreign_money_flowed(verb, entity_tokens):
        return "PROVIDE_AID"  # "sent rescue teams and a field hospital", "Libyan money followed"
    if foreign_money_sustained(verb, entity_tokens) or subsidy_paid(
        verb, lemma, objs, entity_tokens
    ):
        return "PROVIDE_AID"  # "Saudi subsidies kept it afloat", "went on paying a subsidy"
    if became_envoy(verb, lemma, entity_tokens):
        return "APPOINT_ENVOY"  # "became the first Danish ambassador to Peru"
    if lemma == "accredit" and (objs or prep_objects(verb, ("to",))):
        return "APPOINT_ENVOY"  # accreditation is diplomatic by itself
    if lemma == "exchange" and verb.tag_ in PAST_TAGS and any(names_envoy(o) for o in objs):
        return "APPOINT_ENVOY"  # "ambassadors were exchanged in 1976", "high commissioners"
    if lemma == "exchange" and verb.tag_ in PAST_TAGS and heads_in(objs, MISSION_NOUNS):
        return "OPEN_MISSION"  # "exchanged trade missions with A and B", "embassies"
    if envoys_exchanged(verb, lemma) or succeeded_as_envoy(verb, lemma):
        return "APPOINT_ENVOY"  # "and ambassadors exchanged", "succeeded X as envoy"
    if envoy_arrived(verb, lemma):
        return "APPOINT_ENVOY"  # "the new ambassador arrived in Havana"
    if took_up_post(verb, lemma, objs, entity_tokens):
        return "APPOINT_ENVOY"  # "Ambassador X, who took up his post in Bonn"
    if posted_as_envoy(verb, lemma):
        return "APPOINT_ENVOY"  # "was confirmed as ambassador", "had been posted to Accra"
    if envoy_withdrawn(verb, lemma, objs, entity_tokens):
        return "RECALL_ENVOY"  # "withdrew its ambassador from Addis Ababa", "withdrew X, its ..."
    if called_home(verb, lemma, objs):
        return "RECALL_ENVOY"  # "called home its ambassador"
    if ordered_to_leave(verb, lemma, objs, entity_tokens):
        return "EXPEL"
    if lemma in ("present", "hand", "submit") and any(lemma_of(o) == "credential" for o in objs):
        return "APPOINT_ENVOY"  # "presented his credentials in Beijing"
    if lemma in ("send", "dispatch") and sent_to_head_mission(verb):
        return "APPOINT_ENVOY"  # "was sent to Washington to head the liaison office"
    if lemma in lex.verbs["APPOINT_ENVOY"] and replaced_envoys(verb):
        return "APPOINT_ENVOY"  # "was recalled, and Y was sent in his place"
    if lemma in _CHOOSING_VERBS and verb.tag_ in PAST_TAGS and any(map(names_envoy, as_objs)):
        return "APPOINT_ENVOY"  # "chose the journalist X as its ambassador"
    if lemma in lex.verbs["APPOINT_ENVOY"] and (
        heads_in(as_objs, ENVOY_NOUNS)
        or any(names_envoy(o) for o in as_objs + objs)
        or any(map(state_head_of_mission, as_objs))  # "sent X to Peking as its Minister"
        or any(lemma_of(t) in ("diplomat", "ambassador", "envoy") for o in objs for t in o.subtree)
    ):
        return "APPOINT_ENVOY"
    if told_to_return(verb, lemma):
        return "RECALL_ENVOY"  # "the ambassador was instructed to return to London"
    if (
        lemma == "recall"
        # "recalled that ..." is speech (a clause before the verb is a misattached neighbour)
        and not any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children)
        and (recalled_person(objs, entity_tokens) or recalled_after_conjunct(verb))
    ):
        return "RECALL_ENVOY"
    if (
        lemma in lex.verbs["EXPEL"]
        and not any(lemma_of(o) in _MEMBER_NOUNS for o in objs)
        and not expelled_from_body(verb)
    ):
        return "EXPEL"  # not "expelled the Communist Party of X" from an organisation
    if lemma == "declare" and any(t.lower_ == "persona" for t in verb.subtree):
        return "EXPEL"
    support = support_verb_type(verb, lemma, objs, entity_tokens)
    if support is not None:
        return support
    return _contact_verb_type(verb, lemma, objs, entity_tokens)


# What a state recognises of another's in backing it, not in recognising it as a state.
_BACKED_CLAIMS = frozenset(["sovereignty", "claim", "annexation", "jurisdiction"])


def claim_backed(verb: Token, objs: list[Token]) -> bool:
    """``the United States recognised Moroccan sovereignty over Western Sahara``: recognising
    another's claim backs it; a recognition made "by/under the treaty", or told of a treaty
    ("a treaty recognizing each other's sovereignty"), is a term of that agreement, not a
    stance."""
    if not any(lemma_of(o) in _BACKED_CLAIMS for o in objs):
        return False
    if verb.dep_ in ("acl", "relcl") and word_in(verb.head, AGREEMENT_NOUNS):
        return False
    if verb.dep_ == "advcl" and heads_in(objects_of(verb.head), AGREEMENT_NOUNS):
        return False  # "signed a treaty in July recognizing each other's sovereignty"
    # the parser may hang "by the treaty" on the treaty's own participle, not on the verb
    return not any(
        t.dep_ == "pobj" and t.head.lower_ in ("by", "under") and word_in(t, AGREEMENT_NOUNS)
        for t in verb.sent
    )


_MEMBER_NOUNS = frozenset(["party", "parties", "member", "members", "delegate", "delegates"])


# Bodies one is expelled from as a member: "expelled from the Cominform", "from the party".
_BODY_NOUNS = frozenset(
    ["party", "organisation", "organization", "bloc", "alliance", "league", "pact", "council"]
)


def expelled_from_body(verb: Token) -> bool:
    """``Expelled from the Cominform in 1948, Yugoslavia ...``, ``was expelled from the
    party``: a member put out of an organisation (by the parser's ORG label or a body noun)
    is no foreigner expelled from a country."""
    return any(
        b.ent_type_ == "ORG" or lemma_of(b) in _BODY_NOUNS for b in prep_objects(verb, ("from",))
    )


def _contact_verb_type(
    verb: Token, lemma: str, objs: list[Token], entity_tokens: set[int]
) -> str | None:
    if lemma in ("visit", "meet") and agreed_to(verb):
        return None  # "agreed to visit Seoul at an appropriate time": a visit to come
    if lemma == "visit":
        return "VISIT"
    if came_on_date(verb, lemma, entity_tokens) or crossed_into(verb, lemma, entity_tokens):
        return "VISIT"
    if went_on_to(verb, lemma, entity_tokens):
        return "VISIT"  # "before continuing to Tbilisi the same evening"
    if landed_in(verb, lemma, entity_tokens) and not armed_subject(verb):
        return "VISIT"  # "the German Emperor landed at Tangier"
    if lemma in VISIT_MOTION_VERBS:
        if armed_subject(verb):
            return None  # "the troops arrived in X": a deployment, not a visit
        if non_visitor_subject(verb):
            return None  # "the aircraft flew from bases in Britain", "volunteers arrived"
        if ceded_subject(verb, entity_tokens):
            return None  # "the islands went to Chile": an award, not a visit
        if lemma in ("stay", "return") and (resident_subject(verb) or stay_of_years(verb)):
            return None  # "the ambassador stayed in Moscow until 1960": a post, not a visit
        if arrived_at_post(verb):
            return None  # "arrived in Tehran as the Soviet envoy": taking up a post
        if moved_a_thing(verb, lemma, entity_tokens):
            return None  # "had stopped the shipment of oil to both countries"
        dests = motion_destinations(verb)
        if any(is_destination(d, entity_tokens) for d in dests) or came_here(verb, lemma):
            return "VISIT"
        if arrived_at_dateline(verb, lemma):
            return "VISIT"  # "Keating flew in for the ceremony" (in a report from Nong Khai)
        if arrived_from(verb, lemma, entity_tokens):
            return "VISIT"  # "he had flown in from Tunis": he had been there
        return None
    if invitation_taken_up(verb, lemma, objs, entity_tokens):
        return "VISIT"  # "invited the American team, which the premier received on 14 April"
    if sent_person(verb, lemma, objs, entity_tokens):
        return "VISIT"  # "the foreign minister was sent to Tehran in September"
    if lemma == "bring" and brought_together(verb, objs, entity_tokens):
        return "MEET"  # "at Aden he brought the two leaders together"
    if lemma == "attend" and heads_in(objs, VISIT_EVENT_NOUNS) and not resident_subject(verb):
        # not "the Soviet ambassador to France attended the ceremony": an envoy at his post
        return "VISIT"
    if attended_by_clause(verb, lemma):
        return "VISIT"  # "hosted a summit in Tripoli, attended by the leaders of A and B"
    if attended_abroad(verb, lemma, objs, entity_tokens):
        return "VISIT"  # "attended the meeting of ministers in Seoul", "represented X at Y in Z"
    if toured(lemma, objs, entity_tokens) or trip_took(verb, lemma, entity_tokens):
        return "VISIT"
    if passed_through(verb, lemma, entity_tokens):
        return "VISIT"  # "passed through Karachi in May 1961"
    if was_in(verb, lemma, entity_tokens) or joined_in(verb, lemma, objs, entity_tokens):
        return "VISIT"
    if spent_time_in(verb, lemma, entity_tokens):
        return "VISIT"  # "spent two weeks in the Soviet Union"
    if guest_in_place(verb, lemma, entity_tokens):
        return "VISIT"  # "was his guest in Davao"
    if journey_ended_in(verb, lemma, objs, entity_tokens):
        return "VISIT"  # "ended his journey through the region in Manila"
    if led_delegation_to(verb, lemma, objs, entity_tokens):
        return "VISIT"  # "led the party delegation to Moscow", "led a trade mission to China"
    if lemma == "meet" and (
        body_in_session(verb, entity_tokens) or body_met(verb, objs, entity_tokens)
    ):
        return None  # "the Cominform, meeting in Bucharest, ...": a body's session
    if lemma == "meet":
        objs = [o for o in objs if o.pos_ != "SCONJ"]  # "met ... that September" misparsed
        partners = objs + prep_objects(verb, ("with",))
        if not objs or any(is_person(p, entity_tokens) for p in partners):
            return "MEET"
        return None
    if lemma == "welcome" and welcomed_to_place(verb, objs, entity_tokens):
        return "VISIT"  # "Nasser welcomed Tito to Cairo"
    if lemma in ("receive", "host") and any(is_person(o, entity_tokens) for o in objs):
        return "MEET"
    if lemma == "receive" and (
        received_person(verb, objs) or received_by_leader(verb, objs, entity_tokens)
    ):
        return "MEET"  # "he was received several times by the premier"
    if lemma in ("negotiate", "confer") and not any(word_in(o, ENTRY_NOUNS) for o in objs):
        if negotiated_alone(verb, objs):
            return None  # "the arrangements were negotiated by Sir William Luce"
        return "MEET"  # not "negotiated their accession to the EU": talks with the body
    if views_exchanged(lemma, objs) or audience_with(lemma, objs, entity_tokens, verb):
        return "MEET"  # "exchanged views", "had an audience with the Pope"
    if saw_person(verb, lemma, objs) or conference_held(verb, lemma, objs):
        return "MEET"  # "saw Castro", "held a summit conference"
    if summoned_to_ministry(verb, entity_tokens):
        return "MEET"  # "the chargé d'affaires was summoned to the State Department"
    if lemma == "call" and called_on_person(verb, entity_tokens):
        return "MEET"  # "called on the Pope at the Vatican"
    if lemma == "talk" and talk_partners(verb):
        return "MEET"  # "talked with the premier", not "stopped talking about"
    if came_to_see(verb, lemma, objs, entity_tokens):
        return "MEET"  # "Count Metternich came to see me early this month"
    if discussed_with(verb, lemma, entity_tokens) or greeted_person(
        verb, lemma, objs, entity_tokens
    ):
        return "MEET"  # "discussed the note with Mr. Gromyko", "was embraced by Franco"
    if lemma == "succeed" and verb.tag_ == "VBN" and prep_objects(verb, ("by",)):
        if _leader_successor(verb, prep_objects(verb, ("by",))):
            return None  # "died in office and was succeeded by his vice-president / his son"
        # the office may be named in this or the previous sentence
        nearby = verb.doc[max(0, verb.i - 50) : verb.i + 25]
        if any(lemma_of(t) in _SUCCESSION_OFFICES for t in nearby):
            return "APPOINT_ENVOY"
    return None

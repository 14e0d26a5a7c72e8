"""Meetings: people brought together or received, rounds, hosted meals; not bodies in session."""

from __future__ import annotations

from spacy.tokens import Token

from diplomatica.nlp.events.lexicon import (
    ENTRY_NOUNS,
    MEETING_NOUNS,
    PERSON_GROUP_NOUNS,
    SIDE_NOUNS,
    VISIT_MOTION_VERBS,
)
from diplomatica.nlp.events.triggers.envoys import names_envoy
from diplomatica.nlp.events.triggers.syntax import (
    NON_PERSON_ENTS,
    PAST_TAGS,
    is_guest,
    is_named_guest,
    is_person,
    is_person_like,
    lemma_of,
    past_context,
    prep_objects,
    subjects_of,
    word_in,
)


def body_in_session(verb: Token, entity_tokens: set[int]) -> bool:
    """``the Council, meeting in Geneva, ...``: a participle describing a body (not people)."""
    bare = not any(c.dep_ in ("det", "poss", "amod", "nsubj", "dobj") for c in verb.children)
    if not bare or verb.dep_ not in ("acl", "prep", "advcl") or verb.lower_ != "meeting":
        return False
    body = verb.head
    if body.pos_ in ("VERB", "AUX"):
        body = next((c for c in body.children if c.dep_ == "nsubj"), body)
    if body.pos_ in ("VERB", "AUX"):
        return False
    return not is_person_like(body, False) and body.ent_type_ != "PERSON"


# Assemblies that meet as bodies: "the Cortes met in exile in Mexico City".
_ASSEMBLY_NOUNS = frozenset(
    [
        "cortes",
        "parliament",
        "congress",
        "assembly",
        "council",
        "cabinet",
        "politburo",
        "committee",
        "senate",
        "diet",
        "synod",
        "conference",
        "presidium",
    ]
)


def body_met(verb: Token, objs: list[Token], entity_tokens: set[int]) -> bool:
    """``the Cortes met in exile``, ``the Council met in Geneva``: an assembly's session,
    with no partner met (not "the two leaders met")."""
    if objs or prep_objects(verb, ("with",)):
        return False
    subjects = subjects_of(verb)
    return bool(subjects) and all(word_in(s, _ASSEMBLY_NOUNS) for s in subjects)


def brought_together(verb: Token, objs: list[Token], entity_tokens: set[int]) -> bool:
    """``brought Siad Barre and Mengistu together``: two people brought together meet."""
    together = any(t.lower_ == "together" for t in verb.subtree if abs(t.i - verb.i) <= 10)
    people = [o for o in objs if is_person(o, entity_tokens)]
    return together and (len(people) >= 2 or any(o.lower_ in _PAIR_NOUNS for o in objs))


def called_on_person(verb: Token, entity_tokens: set[int]) -> bool:
    """``X called on the Pope at the Vatican``, ``the Ambassador called upon me``: a courtesy
    call on a person (not "called on the Soviet Union to withdraw", an appeal)."""
    if any(c.dep_ in ("xcomp", "ccomp", "advcl") for c in verb.children):
        return False
    hosts = prep_objects(verb, ("on", "upon"))
    for h in hosts:
        if any(c.dep_ in ("acl", "relcl") and c.tag_ == "VB" for c in h.children):
            return False  # "called on the powers to respect ..."
    return any(
        (h.ent_type_ == "PERSON" or lemma_of(h) in PERSON_GROUP_NOUNS | {"pope"})
        and h.ent_type_ not in NON_PERSON_ENTS
        for h in hosts
    ) or any(h.lower_ in _CALLED_ON_PRONOUNS for h in hosts)


# Pronouns a courtesy call is paid on: the record's writer ("called upon me") or a person
# named before ("the Soviet Ambassador had called on him and handed him a note").
_CALLED_ON_PRONOUNS = frozenset(["me", "us", "him", "her"])


_PAIR_NOUNS = frozenset(["leaders", "sides", "parties", "ministers", "delegations", "men"])


def received_person(verb: Token, objs: list[Token]) -> bool:
    """A person pronoun as the passive subject of "received" ("he was received by ...")."""
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    return passive and any(o.lower_ in ("he", "she", "they") for o in objs)


def received_by_leader(verb: Token, objs: list[Token], entity_tokens: set[int]) -> bool:
    """``X ... was received by Premier Y``: a passive reception by a person, whose subject is a
    person, a party sent abroad ("a Korean mission"), or a subject shared with a coordinated
    verb (not "the proposal was received")."""
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return False
    agents = prep_objects(verb, ("by",))
    if not any(is_person(a, entity_tokens) and a.ent_type_ not in NON_PERSON_ENTS for a in agents):
        return False
    return all(
        is_named_guest(o, entity_tokens) or word_in(o, _TRAVELLING_PARTY_NOUNS) for o in objs
    )


# Bodies of people sent abroad together, received as guests: "a Korean mission was received by
# President Arthur", "the Siamese embassy was received by the Queen".
_TRAVELLING_PARTY_NOUNS = frozenset(["mission", "embassy", "deputation", "entourage", "suite"])


# Bodies whose meetings are a state's internal business: "a cabinet meeting".
_INTERNAL_BODIES = frozenset(
    ["cabinet", "government", "staff", "board", "politburo", "party", "parliament", "family"]
)


def internal_meeting(noun: Token) -> bool:
    """``after a cabinet meeting``, ``at a Politburo meeting``: a body meeting on its own
    (not "six-party talks", the parties counted: states at one table)."""
    return any(
        c.dep_ in ("compound", "amod")
        and c.lower_ in _INTERNAL_BODIES
        and not any(n.dep_ == "nummod" for n in c.children)
        for c in noun.children
    )


def entry_talks(noun: Token) -> bool:
    """``Serbia's EU accession negotiations``, ``membership talks with NATO``: talks on a
    state's entry into a body are held with the body, no meeting between states (as "negotiated
    their accession to the EU")."""
    return any(
        c.dep_ in ("compound", "amod", "nmod") and lemma_of(c) in ENTRY_NOUNS for c in noun.children
    )


def talk_turned_to(noun: Token) -> bool:
    """``The talk turned to Vietnam``, ``the conversation then moved on to Cuba``: talk already
    under way passing to a subject; what it turns to is a topic, and the talk no new meeting
    (not "the talks moved to Warsaw", a new venue)."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.pos_ != "VERB":
        return False
    onward = [c for c in verb.children if c.dep_ in ("prt", "advmod") and c.lower_ == "on"]
    if lemma_of(verb) != "turn" and not (lemma_of(verb) in ("move", "pass") and onward):
        return False
    heads = [verb, *onward]
    return any(c.dep_ == "prep" and c.lower_ == "to" for h in heads for c in h.children)


def summoned_for(noun: Token) -> bool:
    """``recalled its ambassador for consultations``: consultations at home are the purpose
    of a recall, not a meeting between states (the parser may hang "for" on the envoy
    recalled rather than on the verb)."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "for":
        return False
    governor = noun.head.head
    if governor.dep_ in ("dobj", "nsubjpass") and governor.pos_ in ("NOUN", "PROPN"):
        governor = governor.head  # "recalling its ambassador for consultations"
    return lemma_of(governor) in ("recall", "summon", "call", "withdraw")


def round_held(noun: Token) -> bool:
    """A round (of talks) that was held or took place, or a "round of talks"."""
    if any(lemma_of(o) in MEETING_NOUNS for o in prep_objects(noun, ("of",))):
        return False  # "a round of talks": the talks are the trigger
    head = noun.head
    if noun.dep_ == "nsubjpass" and lemma_of(head) in ("hold", "conduct"):
        return True
    if noun.dep_ == "nsubj" and lemma_of(head) in ("follow", "open", "begin", "start"):
        return True  # "further rounds followed in Cairo and Geneva"
    return (
        noun.dep_ == "nsubj"
        and lemma_of(head) == "take"
        and any(lemma_of(c) == "place" for c in head.children if c.dep_ == "dobj")
    )


_MEAL_NOUNS = frozenset(["banquet", "dinner", "luncheon", "lunch", "breakfast"])


def reception_by_crowd(noun: Token, entity_tokens: set[int]) -> bool:
    """``arrived to a hostile reception from demonstrators``, ``a warm reception by the
    crowds``: a reception given by a crowd of people who are no state's leaders or envoys is
    the mood of an arrival, no meeting (not "a reception by President X")."""
    if lemma_of(noun) != "reception":
        return False
    givers = prep_objects(noun, ("from", "by"))
    return bool(givers) and all(
        g.tag_ == "NNS"
        and g.i not in entity_tokens
        and not is_person(g, entity_tokens)
        and lemma_of(g) not in SIDE_NOUNS
        for g in givers
    )


def hosted_meal(noun: Token, lemma: str) -> bool:
    """``the banquet that Premier X gave in his honour``: a meal a leader gives for a guest."""
    if lemma not in _MEAL_NOUNS:
        return False
    givers = [c for c in noun.children if c.dep_ == "relcl" and lemma_of(c) in ("give", "host")]
    honour = any(
        lemma_of(p) in ("honour", "honor")
        for g in [noun, *givers]
        for p in prep_objects(g, ("in",))
    )
    return bool(givers) and (
        honour
        or any(c.dep_ == "nsubj" and c.ent_type_ == "PERSON" for g in givers for c in g.children)
    )


def saw_person(verb: Token, lemma: str, objs: list[Token]) -> bool:
    """``stopped in Havana and saw Castro``: seeing a named person is meeting him (not "saw
    Castro as a threat", nor "saw the need")."""
    if lemma != "see" or verb.tag_ != "VBD" or prep_objects(verb, ("as",)):
        return False
    return any(o.ent_type_ == "PERSON" for o in objs)


# Objects of "came to see": the speaker of a record, or a person named before.
_SEEN_PRONOUNS = frozenset(["me", "us", "him", "her", "them"])


def came_to_see(verb: Token, lemma: str, objs: list[Token], entity_tokens: set[int]) -> bool:
    """``Count Metternich came to see me``, ``the President had come to see him``: a person
    who came, or went, to see another met him (not "came to see the need", a thing)."""
    if lemma != "see" or verb.tag_ != "VB" or verb.dep_ not in ("advcl", "xcomp"):
        return False
    came = verb.head
    if lemma_of(came) not in ("come", "go") or not past_context(came):
        return False
    return any(
        (o.lower_ in _SEEN_PRONOUNS or is_person(o, entity_tokens))
        and o.ent_type_ not in NON_PERSON_ENTS
        for o in objs
    )


_CONFERENCE_NOUNS = frozenset(["conference", "conferences", "summit", "summits"])


def conference_held(verb: Token, lemma: str, objs: list[Token]) -> bool:
    """``the leaders held the first of a series of summit conferences``, ``the conference of
    the Indochinese peoples held in southern China``: a conference held is a meeting of its
    participants (not "held a press conference")."""
    if lemma not in ("hold", "convene"):
        return False
    if verb.dep_ == "acl" and gathering_as_setting(verb.head):
        return False  # "attended the summit conference held in Rabat": a visit's setting
    held = list(objs)
    node = verb.head
    # "the conference of the Indochinese peoples held in ...": the participle hung on the
    # last noun of the conference's phrase
    for _ in range(3 if verb.dep_ == "acl" else 0):
        if node.dep_ not in ("pobj", "prep"):
            break
        node = node.head
        held.append(node)
    for _ in range(2):  # "the first of a series of conferences"
        held += [p for o in held for p in prep_objects(o, ("of",)) if p not in held]
    return any(
        word_in(h, _CONFERENCE_NOUNS) and not any(c.lower_ in ("press", "news") for c in h.children)
        for h in held
    )


def gathering_as_setting(noun: Token) -> bool:
    """``attended the Islamic summit conference held in Rabat``, ``At the second ASEAN summit,
    held in Kuala Lumpur, Marcos announced ...``: a gathering attended, or the one in which
    another act is set, is the setting of that visit or act; it states no meeting between the
    attender and the host."""
    if noun.dep_ == "dobj" and lemma_of(noun.head) == "attend":
        return True
    return noun.dep_ == "pobj" and noun.head.lower_ in ("at", "during")


# Words telling that a meeting is a body's or an alliance's: "a ministerial meeting".
_BODY_MEETING_WORDS = frozenset(["ministerial", "plenary", "annual", "regional"])

# Words counting a pair at a meeting: "the meeting of the two ministers".
_PAIR_COUNTS = frozenset(["two", "both"])


def body_meeting(noun: Token) -> bool:
    """``the ASEAN ministerial meeting``, ``the CSCE meetings``, ``the meeting of communist
    parties``: the gathering of a body or of many parties (not "their meeting", "the meeting
    of the two ministers", "the meeting of 11 November")."""
    if any(
        (c.dep_ in ("compound", "amod") and (c.pos_ == "PROPN" or c.ent_type_ == "ORG"))
        or c.lower_ in _BODY_MEETING_WORDS
        for c in noun.children
    ):
        return True
    return any(
        o.tag_ == "NNPS"
        or (o.tag_ == "NNS" and not any(c.lower_ in _PAIR_COUNTS for c in o.children))
        for o in prep_objects(noun, ("of",))
    )


def organisation_summit(noun: Token) -> bool:
    """``the Arab League summit``, ``the summit of the Organisation of African Unity``: a
    body's summit, whose members are many (not "a summit with Reagan")."""
    named = any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in noun.children)
    return named or bool(prep_objects(noun, ("of",)))


# Gatherings a traveller goes "for": "for the meeting", "for the conference of the parties".
_GATHERING_NOUNS = frozenset(["meeting", "conference", "session", "congress", "summit"])

# Verbs of a journey or a stay whose "for" phrase names its aim.
_JOURNEY_VERBS = VISIT_MOTION_VERBS | {"be", "leave", "gather"}


# Verbs of coming back from somewhere: "returning from a regional summit at Mbala".
_RETURN_VERBS = frozenset(["return", "come", "fly", "travel", "head"])


def gathering_as_aim(noun: Token) -> bool:
    """``Hoxha went to Moscow for the conference of the parties``, ``he had been in East
    Berlin for the meeting of the Committee``, ``who had travelled to the capital for the
    meeting``, ``returning from a regional summit at Mbala``: the gathering a journey or stay
    was for, or one a traveller comes back from, is told as the setting of the visit; it
    states no meeting of the traveller's with his hosts."""
    if lemma_of(noun) not in _GATHERING_NOUNS or noun.dep_ != "pobj":
        return False
    prep = noun.head
    if prep.lower_ == "from":
        # not "returning from his meeting with Brezhnev": a meeting of the traveller's own
        return _coming_back(prep.head) and not _own_meeting(noun)
    if prep.lower_ != "for" or lemma_of(prep.head) not in _JOURNEY_VERBS:
        return False
    return any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children)


def _own_meeting(noun: Token) -> bool:
    """Return whether a gathering noun is a person's own meeting: it has a "with" partner or a
    possessor ("his meeting with Brezhnev", "their talks")."""
    return any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "with") for c in noun.children)


def _coming_back(verb: Token) -> bool:
    """Return whether ``verb`` is a journey back ("returning from", "on his way back from",
    "came back from", "flew home from")."""
    if lemma_of(verb) == "return":
        return True
    back = any(c.lower_ in ("back", "home") for c in verb.children)
    if verb.lower_ in ("back", "home"):  # "on his way back from the summit"
        return True
    return back and lemma_of(verb) in _RETURN_VERBS


def summit_deciding(noun: Token) -> bool:
    """``The summit also fixed annual subsidies``, ``an Arab summit turned them into a force``:
    a summit named as the agent of a decision is the setting of that decision (its meeting is
    told where it was held), not a meeting of its own."""
    if lemma_of(noun) != "summit" or noun.dep_ != "nsubj":
        return False
    # "the summit took place in March": the meeting itself
    return any(c.dep_ == "dobj" and lemma_of(c) != "place" for c in noun.head.children)


# Seats of a foreign ministry to which an envoy is summoned.
_MINISTRY_NOUNS = frozenset(["ministry", "department", "office", "quai"])


def summoned_to_ministry(verb: Token, entity_tokens: set[int]) -> bool:
    """``Iran's chargé d'affaires was summoned to the State Department``, ``the ambassador was
    summoned by the Foreign Minister``: a foreign envoy called in by the host government meets
    it (not "summoned home", a recall)."""
    if lemma_of(verb) != "summon" or not any(c.dep_ == "auxpass" for c in verb.children):
        return False
    if any(c.lower_ in ("home", "back") for c in verb.children):
        return False
    envoys = [s for s in subjects_of(verb, ("nsubjpass",)) if names_envoy(s)]
    places = [p for p in prep_objects(verb, ("to",)) if lemma_of(p) in _MINISTRY_NOUNS]
    hosts = [p for p in prep_objects(verb, ("by",)) if is_person(p, entity_tokens)]
    return bool(envoys) and bool(places or hosts)


def talk_partners(verb: Token) -> list[Token]:
    """Return whom a verb of talking is with: "talked with X", and "talked at length with X",
    where the parser hangs "with" on "length"."""
    partners = prep_objects(verb, ("with",))
    lengths = [p for p in prep_objects(verb, ("at",)) if lemma_of(p) == "length"]
    return partners + [w for p in lengths for w in prep_objects(p, ("with",))]


def views_exchanged(lemma: str, objs: list[Token]) -> bool:
    """``the two ministers exchanged views``: an exchange of views or opinions is talks."""
    return lemma == "exchange" and any(o.lower_ in ("views", "opinions") for o in objs)


def audience_with(
    lemma: str, objs: list[Token], entity_tokens: set[int], verb: Token | None = None
) -> bool:
    """``had an audience with the Pope``, ``was granted an audience by the King``: an audience
    with a person is a meeting (not "an audience of 5,000"); so is one a person grants or
    gives to another (``the Pope granted her an audience``, ``gave the envoy an audience``,
    ``granted an audience to the Chinese envoy``)."""
    if lemma not in ("have", "grant", "give", "receive"):  # not "sought an audience"
        return False
    audiences = [o for o in objs if lemma_of(o) == "audience"]
    if any(is_person(p, entity_tokens) for a in audiences for p in prep_objects(a, ("with", "by"))):
        return True
    if verb is None or not audiences or lemma not in _AUDIENCE_GIVING_VERBS:
        return False
    return _audience_given_to_person(verb, audiences, entity_tokens)


# Verbs by which a host gives an audience to a guest: "granted her an audience".
_AUDIENCE_GIVING_VERBS = frozenset(["grant", "give"])


def _audience_given_to_person(verb: Token, audiences: list[Token], entity_tokens: set[int]) -> bool:
    """``X granted her an audience``, ``gave the Yugoslav minister an audience``, ``granted an
    audience to the envoy``: a person (or a person pronoun) given the audience by a person
    (not "gave the press an audience", nor a grant by a body)."""
    guests = [c for c in verb.children if c.dep_ == "dative"]
    guests += [g for w in [verb, *audiences] for g in prep_objects(w, ("to",))]
    if not any(is_guest(g, entity_tokens) or g.lower_ in ("me", "us") for g in guests):
        return False
    hosts = subjects_of(verb)
    return not hosts or any(is_named_guest(h, entity_tokens) for h in hosts)


# Verbs of putting a matter to a person: "discussed the note with X", "raised the question
# with his predecessor", "took the matter up with the Ambassador".
_MATTER_VERBS = frozenset(["discuss", "raise", "broach"])


def discussed_with(verb: Token, lemma: str, entity_tokens: set[int]) -> bool:
    """``discussed the note with Mr. Gromyko``, ``had raised the question of Spitsbergen with
    his predecessor``: talking a matter over, or putting it, to a person is a meeting (not
    "discussed the matter with the cabinet": a body of one's own)."""
    if lemma not in _MATTER_VERBS or verb.tag_ not in PAST_TAGS:
        return False
    # the parser may hang "with X" on the matter: "discussed the border question with X"
    matters = [c for c in verb.children if c.dep_ == "dobj"]
    partners = [h for w in [verb, *matters] for h in prep_objects(w, ("with",))]
    return any(_named_partner(p, entity_tokens) for p in partners)


def _named_partner(partner: Token, entity_tokens: set[int]) -> bool:
    """Return whether a "with" partner is a person: a named one ("with Mr. Gromyko"), or a
    person noun with a possessor or a state qualifying it ("with his Yugoslav counterpart",
    "with the Soviet Ambassador"; not "with the cabinet", "with officials")."""
    if partner.ent_type_ in NON_PERSON_ENTS:
        return False
    if partner.ent_type_ == "PERSON" or (
        partner.i in entity_tokens and is_person(partner, entity_tokens)
    ):
        return True
    if any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in partner.children):
        return True  # "with his predecessor, Mr. Lie"
    qualified = any(c.dep_ in ("poss", "amod", "compound") for c in partner.children)
    return qualified and partner.tag_ == "NN" and lemma_of(partner) in PERSON_GROUP_NOUNS


# Greetings that bring two people face to face: "was embraced by Franco at Torrejón".
_GREETING_VERBS = frozenset(["embrace", "greet"])


def greeted_person(verb: Token, lemma: str, objs: list[Token], entity_tokens: set[int]) -> bool:
    """``Eisenhower was embraced by Franco at Torrejón``, ``Morsi welcomed him at the
    airport``: a person greeting another at a place meets him in person (not "welcomed the
    agreement", "embraced the plan", nor "was greeted by crowds")."""
    if lemma not in _GREETING_VERBS | {"welcome"} or verb.tag_ not in PAST_TAGS:
        return False
    if not any(p.ent_type_ not in ("DATE", "TIME") for p in prep_objects(verb, ("at", "in"))):
        return False  # the greeting that opens a record of talks restates the talks
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    # the greeter of a passive is its agent ("embraced by Franco", not "greeted by crowds"),
    # the greeted of an active its object
    people = prep_objects(verb, ("by",)) if passive else [o for o in objs if o.dep_ == "dobj"]
    return any(
        (is_person(p, entity_tokens) or p.lower_ in ("him", "her", "them"))
        and p.ent_type_ not in NON_PERSON_ENTS
        for p in people
    )


# Nouns of a plural side or pair that negotiates as many: "the two sides negotiated a truce".
_MANY_NEGOTIATORS = frozenset(["they", "we", "both", "each"])


def negotiated_alone(verb: Token, objs: list[Token]) -> bool:
    """``The final arrangements were negotiated by Sir William Luce``, ``Harris negotiated
    the Treaty of Amity``, ``the South negotiated its own disappearance``, ``the drafts
    negotiated after that``: a thing negotiated by one negotiator, or by none named, with no
    partner named ("with", "between"), tells whose work it was, not a meeting of two sides
    (not "Titulescu and Litvinov negotiated a pact", "negotiated a ceasefire with the
    rebels")."""
    if lemma_of(verb) != "negotiate":
        return False
    things = [o for o in objs if o.dep_ in ("dobj", "nsubjpass")]
    participle = verb.dep_ == "acl" and verb.tag_ == "VBN"  # "the drafts negotiated after"
    if not things and not participle:
        return False
    if any(prep_objects(w, ("with", "between")) for w in [verb, *things]):
        return False
    passive = participle or any(c.dep_ == "auxpass" for c in verb.children)
    if passive:
        doers = prep_objects(verb, ("by",))
    else:
        doers = [s for s in subjects_of(verb) if s.tag_ not in ("WDT", "WP")]
        if verb.dep_ == "relcl" and not doers:
            doers = [verb.head]  # "Harris, who negotiated the treaty"
        if not doers:
            return False  # a shared subject of a coordinated verb: told elsewhere
    return all(
        not _coordinated(d) and d.tag_ not in ("NNS", "NNPS") and d.lower_ not in _MANY_NEGOTIATORS
        for d in doers
    )


def _coordinated(noun: Token) -> bool:
    """Return whether ``noun`` has a conjunct, on itself or on its apposition ("the Romanian
    minister, Titulescu, and the Soviet commissar, Litvinov")."""
    heads = [noun, *(c for c in noun.children if c.dep_ == "appos")]
    return any(c.dep_ == "conj" for h in heads for c in h.children)


# Verbs of keeping or going away from talks: "withdrew from the negotiations".
_AWAY_VERBS = frozenset(["withdraw", "pull", "exclude", "stay", "keep", "remain", "absent"])
# Verbs of refusing talks: "boycotted the talks".
_REFUSING_VERBS = frozenset(["boycott", "quit", "abandon", "shun"])


def out_of_talks(noun: Token) -> bool:
    """``Albania has remained outside the negotiations``, ``Paris withdrew from the
    negotiations``, ``stayed out of the talks``, ``boycotted the talks``: a side kept out of
    talks, or leaving them, meets no one there; the talks themselves are told elsewhere."""
    if noun.dep_ == "dobj":
        return lemma_of(noun.head) in _REFUSING_VERBS
    if noun.dep_ != "pobj":
        return False
    prep = noun.head
    if prep.lower_ == "outside":
        return True
    governor = prep.head
    if prep.lower_ == "of" and governor.lower_ == "out":
        # "stayed out of the talks" (not "walked out of the talks": he had been at them)
        return lemma_of(governor.head) in _AWAY_VERBS
    return prep.lower_ == "from" and lemma_of(governor) in _AWAY_VERBS

"""Envoys and expulsions: postings, heads of mission, foreigners ordered to leave."""

from __future__ import annotations

from collections.abc import Mapping, Set

from spacy.tokens import Token

from diplomatica.nlp.events.anaphora import resolved
from diplomatica.nlp.events.lexicon import ENVOY_NOUNS, MISSION_NOUNS, Lexicon
from diplomatica.nlp.events.triggers.syntax import (
    KEEPING_VERBS,
    PAST_TAGS,
    SUBJECT_DEPS,
    first_conjunct,
    has_own_subject,
    has_particle,
    heads_in,
    is_person,
    kept_since,
    lemma_of,
    mention_state,
    nationality_modified,
    prep_objects,
    quantified_and_conjoined,
    simple_or_past_perfect,
    subjects_of,
    word_in,
)

_LEAVE_VERBS = frozenset(["leave", "quit", "depart", "go"])


_EXPELLED_PEOPLE = frozenset(
    [
        "diplomat",
        "diplomats",
        "technician",
        "technicians",
        "adviser",
        "advisers",
        "advisor",
        "advisors",
        "expert",
        "experts",
        "specialist",
        "specialists",
        "national",
        "nationals",
        "citizen",
        "citizens",
        "staff",
        "personnel",
        "attaché",
        "attache",
        "attachés",
        "attaches",
        "official",
        "officials",
        "ambassador",
        "ambassadors",
        "envoy",
        "envoys",
        "consul",
        "consuls",
        "journalist",
        "journalists",
        "correspondent",
        "correspondents",
    ]
)


# Modifiers that make an office or a commission a diplomatic mission ("consular offices",
# "a liaison office", "high commissions").
_MISSION_OFFICE_KINDS = frozenset(["consular", "liaison", "diplomatic"])


# The posts a protecting power kept with a ruler it protected ("the Political Agency in
# Doha", "the Political Residency in Bushire"): its missions there, raised to embassies or
# closed when the protection ended.
_POLITICAL_POSTS = frozenset(["agency", "residency"])


def names_mission(tokens: list[Token]) -> bool:
    """Return whether one of ``tokens`` heads a diplomatic mission: an embassy, legation...,
    a consular, liaison or diplomatic office, a high commission, an interests section or a
    "People's Bureau"."""
    if heads_in(tokens, MISSION_NOUNS):
        return True
    for t in tokens:
        mods = {c.lower_ for c in t.children if c.dep_ in ("amod", "compound")}
        if lemma_of(t) == "office" and mods & _MISSION_OFFICE_KINDS:
            return True
        if lemma_of(t) == "commission" and "high" in mods:
            return True
        if lemma_of(t) == "section" and mods & {"interests", "interest"}:
            return True  # "an interests section in the other's capital"
        if lemma_of(t) == "bureau" and any(c.lower_ == "people" for c in t.children):
            return True  # "the Libyan People's Bureau": Libya's name for its embassies
        if lemma_of(t) in _POLITICAL_POSTS and "political" in mods:
            return True  # "the British Political Agency in Kuwait": a protecting power's post
    return False


def recalled_person(objs: list[Token], entity_tokens: set[int]) -> bool:
    """Return whether a recall's object is a person: a named or titled one ("recalled its
    ambassador", "Nowak was recalled", "recalled its High Commissioner in London"), or
    "he/she" or a bare surname as a passive subject ("he was recalled in 1960", "Welles was
    recalled"; not "they", which may be troops)."""
    return any(
        is_person(o, entity_tokens)
        or names_envoy(o)
        or (o.dep_ == "nsubjpass" and (o.lower_ in ("he", "she") or _bare_name(o)))
        for o in objs
    )


def recalled_after_conjunct(verb: Token) -> bool:
    """``Ambassador X, who presented his credentials in 1954 and was recalled in 1956``, ``the
    ambassador arrived in March and was recalled in June``: a passive recall sharing the
    subject of the verb it is conjoined to recalls that subject when he is a titled envoy or a
    named person."""
    if verb.dep_ != "conj" or not any(c.dep_ == "auxpass" for c in verb.children):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    first = first_conjunct(verb)
    subjects = [c for c in first.children if c.dep_ in ("nsubj", "nsubjpass")]
    if first.dep_ == "relcl" and any(s.lower_ in ("who", "that") for s in subjects):
        subjects = [first.head]
    return any(_titled_envoy(s) or s.ent_type_ == "PERSON" for s in subjects)


# Verbs that give a recalled envoy his next post ("was recalled and sent to India").
_ONWARD_POSTING_VERBS = frozenset(["send", "post", "transfer", "appoint", "name", "move"])


def onward_posting_tokens(recall: Token) -> set[int]:
    """Return the indices of the tokens of the postings conjoined after a recall ("X was
    recalled in 1957 and sent to India as ambassador"): the next post's host is no party of
    the recall."""
    out: set[int] = set()
    for c in recall.children:
        if c.dep_ != "conj" or c.i < recall.i or lemma_of(c) not in _ONWARD_POSTING_VERBS:
            continue
        if prep_objects(c, ("to", "as")) or any(d.dep_ == "dative" for d in c.children):
            out |= {t.i for t in c.subtree}
    return out


def _bare_name(noun: Token) -> bool:
    """A proper noun the recogniser left unnamed or named a person ("Welles was recalled"):
    the surname of one told of before."""
    return noun.pos_ == "PROPN" and noun.ent_type_ in ("", "PERSON")


def sent_to_head_mission(verb: Token) -> bool:
    """``was sent to Washington to head the liaison office``, ``was sent to Stockholm, where
    she served as envoy``: one sent to lead a mission, or to a place where one served as an
    envoy, is appointed there."""
    if _served_there_as_envoy(verb):
        return True
    for c in verb.children:
        if c.dep_ in ("xcomp", "advcl") and lemma_of(c) in ("head", "lead", "run", "open"):
            objs = [o for o in c.children if o.dep_ == "dobj"]
            if any(lemma_of(o) in MISSION_NOUNS | {"office"} for o in objs):
                return True
            if any(o.lower_ == "it" for o in objs) and _headed_mission(verb):
                return True  # "opened a mission in Tallinn and sent X to head it"
    return False


# Verbs by which an envoy leaves his post, so that another can be sent in his place
# ("X was recalled/withdrawn/expelled in 1938", "X died/resigned", "X left Lima").
_POST_LEFT_VERBS = frozenset(
    ["recall", "withdraw", "expel", "die", "resign", "retire", "leave", "depart", "dismiss",
     "relieve", "replace", "remove", "transfer", "declare"]
)  # fmt: skip


def _posted_to_place(verb: Token) -> bool:
    """Return whether the verb names a posting destination: a named place it sends to ("sent
    to Lima in his place") or an envoy's title it names as ("named as ambassador")."""
    if any(o.ent_type_ in ("GPE", "LOC") for o in prep_objects(verb, ("to",))):
        return True
    return any(names_envoy(o) for o in prep_objects(verb, ("as",)))


def replaced_envoys(verb: Token) -> list[Token]:
    """Return the envoys whose post the verb fills, with their appositions: the envoy named
    in an "in place of" phrase ("named Y in place of the ambassador, X"), or the titled envoy
    "his place" refers to, subject of the clause the verb is conjoined to, when that clause
    tells of him leaving his post ("X was recalled in January, and Y was sent in his place")
    or the verb names a posting destination. Empty when the verb fills no envoy's post ("the
    ambassador did not attend and sent his deputy in his place": a stand-in at an occasion)."""
    for place in prep_objects(verb, ("in",)):
        if lemma_of(place) != "place":
            continue
        replaced = [o for o in prep_objects(place, ("of",)) if names_envoy(o)]
        owners = [c for c in place.children if c.dep_ == "poss"]
        first = first_conjunct(verb)
        his = any(o.lower_ in ("his", "her") for o in owners)
        left = lemma_of(first) in _POST_LEFT_VERBS or _posted_to_place(verb)
        if not replaced and first is not verb and his and left:
            subjects = [c for c in first.children if c.dep_ in ("nsubj", "nsubjpass")]
            replaced = [s for s in subjects if names_envoy(s)]
        return [t for r in replaced for t in (r, *(c for c in r.children if c.dep_ == "appos"))]
    return []


def envoy_of_report_place(trigger_type: str, anchor: Token, core: list[Token]) -> bool:
    """``Dr. X, the German Ambassador, was recalled``, ``the Lithuanian Minister here was
    appointed``: in a news report, an envoy titled by his nationality alone, or placed
    "here", is the envoy at the place the report was filed (its dateline's state is his
    host); an envoy placed elsewhere ("the German Ambassador in Rome") or owned ("its
    ambassador") is not. One sent "in his place" takes the replaced envoy's post."""
    if trigger_type not in ("APPOINT_ENVOY", "RECALL_ENVOY"):
        return False
    titles = [t for t in [*core, *replaced_envoys(anchor)] if _envoy_title(t)]
    return bool(titles) and all(_national_title_unplaced(t) for t in titles)


def _national_title_unplaced(title: Token) -> bool:
    """Return whether the title bears a nationality and no place but "here" ("the German
    Ambassador", "the Lithuanian Minister here"; not "the German Ambassador in Rome")."""
    if not any(c.dep_ in ("amod", "compound") and c.ent_type_ == "NORP" for c in title.children):
        return False
    return not prep_objects(title, ("in", "at", "to"))


def _headed_mission(verb: Token) -> bool:
    """``opened a mission in Tallinn and sent X to head it``: "it" is the mission the verb's
    first conjunct opened or set up."""
    first = first_conjunct(verb)
    if first is verb:
        return False
    return any(c.dep_ == "dobj" and _standing_mission(c) for c in first.children)


def _served_there_as_envoy(verb: Token) -> bool:
    """The verb's destination bears a "where" clause of serving or acting as an envoy ("to
    Stockholm, where she served as envoy until 1945")."""
    for place in prep_objects(verb, ("to",)):
        for clause in place.children:
            if clause.dep_ != "relcl" or lemma_of(clause) not in ("serve", "act"):
                continue
            if not any(c.lower_ == "where" for c in clause.children):
                continue
            if any(names_envoy(r) for r in prep_objects(clause, ("as",))):
                return True
    return False


def ordered_to_leave(verb: Token, lemma: str, objs: list[Token], entity_tokens: set[int]) -> bool:
    """``ordered hundreds of Soviet technicians to leave the country``, ``told the ambassador to
    leave within 48 hours``, ``the diplomats were given a week to leave``: foreigners ordered
    out are expelled."""
    if lemma not in ("order", "tell", "instruct", "require", "give"):
        return False
    # "gave the diplomats 48 hours to leave": the people are the indirect object
    people = objs + [c for c in verb.children if c.dep_ == "dative"]
    # "gave 1,500 advisers a week to leave": the infinitive may modify the time allowed
    allowed = [d for c in verb.children if c.dep_ == "npadvmod" for d in c.children]
    # "were given four days to leave the country": the infinitive may hang as a purpose clause
    # or as a modifier of the time allowed
    leaving = [
        c
        for c in [*verb.children, *allowed, *(d for o in objs for d in o.children)]
        if lemma_of(c) in _LEAVE_VERBS
        and (
            c.dep_ in ("xcomp", "ccomp")
            or (
                c.dep_ in ("advcl", "relcl", "acl")
                and any(a.lower_ == "to" and a.dep_ == "aux" for a in c.children)
            )
        )
    ]
    out = any(c.lower_ == "out" and c.dep_ in ("prep", "prt", "advmod") for c in verb.children)
    if not (leaving or out):
        return False
    # an expulsion sends people out of the country ("ordered the American forces to leave the
    # country"), not out of a place in it ("the capital", "told the diplomats to leave the
    # building"); there, people named only by their nationality are foreigners
    if not (out or any(_left_the_country(c, entity_tokens) for c in leaving)):
        return False
    return any(
        word_in(p, _EXPELLED_PEOPLE) or foreign_body(p) or _foreigners(p, entity_tokens)
        for p in quantified_and_conjoined(people)
    )


def _left_the_country(leave: Token, entity_tokens: set[int]) -> bool:
    """A leaving with no place left, or one that leaves "the country" or a named state."""
    places = [c for c in leave.children if c.dep_ == "dobj"]
    return all(lemma_of(p) in ("country", "territory") or p.i in entity_tokens for p in places)


def _foreigners(noun: Token, entity_tokens: set[int]) -> bool:
    """``the Ghanaian traders``, ``the remaining American forces``: people named by their
    nationality (a plural common noun), who are foreigners where they are ordered out of."""
    return (
        noun.pos_ == "NOUN"
        and noun.tag_ == "NNS"
        and nationality_modified(noun, entity_tokens, deps=("amod", "compound"))
    )


def sent_home(verb: Token) -> bool:
    """Return whether a verb of sending sends its objects home, or back with no destination
    ("were sent home", "sent the advisers back"): a return, not a dispatch ("sent the
    specialists back to China with the delegation" sends them out)."""
    if lemma_of(verb) not in ("send", "ship", "fly"):
        return False
    words = [c for c in verb.children if c.dep_ in ("advmod", "prt", "npadvmod", "dobj")]
    if any(w.lower_ == "home" for w in words):
        return True
    if any(c.lower_ == "packing" for c in verb.children):
        return True  # "sent the ambassador packing": ordered out
    backs = [w for w in words if w.lower_ == "back"]
    # "back to China": the phrase may hang on the verb or on "back"
    return bool(backs) and not any(prep_objects(t, ("to",)) for t in [verb, *backs])


def foreigners_sent_home(verb: Token, objs: list[Token]) -> bool:
    """``Chinese experts and East German advisers were sent home``, ``sent the Soviet
    technicians back``: foreign diplomats, advisers or experts named by their nationality,
    sent home in the past, are expelled."""
    if verb.tag_ not in PAST_TAGS or not sent_home(verb):
        return False
    # "sent the advisers packing": the parser may make them the subject of "packing"
    objs = objs + [
        c for p in verb.children if p.lower_ == "packing" for c in p.children if c.dep_ == "nsubj"
    ]
    return any(
        (word_in(p, _EXPELLED_PEOPLE) and nationality_modified(p, deps=("amod", "compound")))
        or foreign_body(p)
        for p in quantified_and_conjoined(objs)
    )


# Groups of people sent by a state: "the Soviet military mission", "the West German aid team".
_BODY_NOUNS = frozenset(["group", "mission", "team", "contingent", "delegation"])


def foreign_body(noun: Token) -> bool:
    """Return whether ``noun`` is a group named by its people's nationality ("the Soviet military
    mission", "the British advisory group"): foreigners, whose removal is an expulsion."""
    return lemma_of(noun) in _BODY_NOUNS and nationality_modified(noun, deps=("amod", "compound"))


# Verbs of holding a post "as" its holder: "served as", "stayed on as", "remained as".
_HOLDING_AS_VERBS = frozenset(["serve", "stay", "remain", "continue"])


def became_envoy(verb: Token, lemma: str, entity_tokens: set[int]) -> bool:
    """``became the first Danish ambassador to Peru``, ``became ambassador in May 2012``:
    taking up a post abroad; so is holding the first post of a new mission ("served as the
    first Japanese ambassador from 1952", "stayed on as the first British ambassador in
    Baghdad": a post first filled is filled by an appointment)."""
    if verb.tag_ not in PAST_TAGS:
        return False
    if lemma in _HOLDING_AS_VERBS:
        return any(
            lemma_of(e) in ENVOY_NOUNS and _first_of_post(e) for e in prep_objects(verb, ("as",))
        )
    if lemma != "become":
        return False
    envoys = [c for c in verb.children if c.dep_ == "attr" and lemma_of(c) in ENVOY_NOUNS]
    return any(
        prep_objects(e, ("to", "in"))
        or any(c.i in entity_tokens for c in e.children)
        or not any(c.dep_ in ("det", "poss", "amod", "compound") for c in e.children)
        for e in envoys
    )


def _first_of_post(noun: Token) -> bool:
    """``the first British ambassador``, ``Japan's first minister``: the first holder."""
    return any(c.dep_ == "amod" and c.lower_ == "first" for c in noun.children)


# Nouns for a diplomat's post taken up: "took up his post in Bonn".
_POST_NOUNS = frozenset(["post", "duty", "duties", "posting"])


def _subject_titles(
    verb: Token,
    subject_deps: tuple[str, ...] = ("nsubj", "nsubjpass"),
    title_deps: tuple[str, ...] = ("compound", "appos", "amod"),
    singular: bool = False,
    titled_heads: bool = False,
) -> list[Token]:
    """Return the verb's subjects (or the noun its relative clause modifies) and the words
    titling them as ``title_deps`` ("Ambassador X", "X, the ambassador"). With ``singular``
    plural subjects are left out; with ``titled_heads`` a subject's head counts too when it
    is itself attached as one of ``title_deps``, or when the subject is an apposition of it
    ("X, the new ambassador, arrived")."""
    subjects = [
        c for c in verb.children if c.dep_ in subject_deps and not (singular and c.tag_ == "NNS")
    ]
    if verb.dep_ == "relcl":
        subjects.append(verb.head)
    near = [[*s.children, s.head] if titled_heads else list(s.children) for s in subjects]
    titles = subjects + [t for words in near for t in words if t.dep_ in title_deps]
    if titled_heads:
        titles += [s.head for s in subjects if s.dep_ == "appos"]
    return titles


def _envoy_subject(verb: Token) -> bool:
    """The verb's subject (or the noun its relative clause modifies) is titled as an envoy:
    "the ambassador", "Ambassador X", "X, who had ...", with "ambassador" as title or
    apposition."""
    return any(lemma_of(t) in ENVOY_NOUNS for t in _subject_titles(verb))


def took_up_post(verb: Token, lemma: str, objs: list[Token], entity_tokens: set[int]) -> bool:
    """``Ambassador X, who had taken up his post in Peking in 1958``, ``the envoy assumed his
    duties in Bonn``, ``Ambassador X, who took up his post here``: an envoy taking up a post
    in a named place (or "here", the record's place) is appointed there."""
    if verb.tag_ not in PAST_TAGS:
        return False
    if lemma == "take":
        if not has_particle(verb, "up"):
            return False
    elif lemma != "assume":
        return False
    if lemma == "take" and _took_up_mission(objs, entity_tokens):
        return True
    posts = [o for o in objs if lemma_of(o) in _POST_NOUNS]
    if not posts:
        return False
    # "took up the post of ambassador in Cairo": the place may hang on the office named
    offices = [r for o in posts for r in prep_objects(o, ("of",))]
    places = prep_objects(verb, ("in", "at")) + [
        p for o in posts + offices for p in prep_objects(o, ("in", "at"))
    ]
    named_place = any(p.i in entity_tokens for p in places)
    if not named_place and _here(verb):
        # "Ambassador X, who took up his post here": in a record, the host's own capital
        titles = _subject_titles(verb, titled_heads=True)
        return any(lemma_of(t) in ENVOY_NOUNS for t in titles)
    return named_place and (_envoy_subject(verb) or _envoy_role(verb, places + offices))


def _took_up_mission(objs: list[Token], entity_tokens: set[int]) -> bool:
    """``X took up the Swedish embassy in Washington``, ``took up the legation at Tokyo``: one
    who takes up a state's standing mission in a named place takes up its head's post."""
    return any(
        _standing_mission(o) and any(p.i in entity_tokens for p in prep_objects(o, ("in", "at")))
        for o in objs
        if o.dep_ == "dobj"
    )


def _here(verb: Token) -> bool:
    """The verb is told as happening "here" (the place of the record or report)."""
    return any(c.lower_ == "here" and c.dep_ == "advmod" for c in verb.children)


def _envoy_role(verb: Token, heads: list[Token]) -> bool:
    """Return whether the post taken is an envoy's by the office it names: "took up his post in
    Cairo as ambassador", "the post of ambassador" (``heads`` are the place and office nouns
    the verb governs, on which the parser may hang "as")."""
    roles = prep_objects(verb, ("as",)) + [a for h in heads for a in prep_objects(h, ("as",))]
    return any(names_envoy(r) for r in roles + heads)


def envoys_exchanged(verb: Token, lemma: str) -> bool:
    """``ambassadors exchanged later that year`` (a reduced passive after "were reopened and"):
    envoys as the subject of a bare "exchanged" with no object of its own."""
    if lemma != "exchange" or verb.tag_ not in PAST_TAGS:
        return False
    if any(c.dep_ == "dobj" for c in verb.children):
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") and names_envoy(c) for c in verb.children)


def succeeded_as_envoy(verb: Token, lemma: str) -> bool:
    """``X succeeded Y as the American envoy``: taking over a post abroad from a predecessor."""
    if lemma != "succeed" or verb.tag_ != "VBD":
        return False
    return any(
        lemma_of(a) in ENVOY_NOUNS or state_head_of_mission(a) or _minister_posted(a)
        for a in prep_objects(verb, ("as",))
    )


def _bare_minister(noun: Token) -> bool:
    """A "minister" with no word naming a government's office ("as Minister", "as the
    minister"; not "Foreign Minister", "Minister of Trade", "his minister")."""
    if lemma_of(noun) != "minister" or prep_objects(noun, ("of", "for")):
        return False
    return not any(c.dep_ in ("amod", "compound", "poss", "nmod") for c in noun.children)


def _minister_posted(noun: Token) -> bool:
    """``succeeded X as minister here``, ``as minister in Peking``: a bare minister placed
    "here" (the record's place) or in a named place is a head of legation there."""
    return _bare_minister(noun) and _placed_here_or_named(noun)


def _placed_here_or_named(noun: Token) -> bool:
    """Return whether the noun is placed "here" (the report's or the record's place) or in a
    named place."""
    here = any(c.dep_ == "advmod" and c.lower_ == "here" for c in noun.children)
    return here or any(p.ent_type_ == "GPE" for p in prep_objects(noun, ("in", "at")))


def _national_minister(noun: Token) -> list[Token] | None:
    """Return the nationality modifiers of a minister named by no office but his state's
    nationality or name ("the Lithuanian Minister", "their ministers"; an empty list when he
    has none), or None for another noun or a government office ("the Lithuanian Foreign
    Minister", "the Minister of Trade")."""
    if lemma_of(noun) not in ("minister", "representative") or prep_objects(noun, ("of", "for")):
        return None
    mods = [c for c in noun.children if c.dep_ in ("amod", "compound", "nmod")]
    if any(m.ent_type_ not in ("NORP", "GPE") for m in mods):
        return None
    return mods


def _outside_own_state(place: Token, mods: list[Token]) -> bool:
    """Return whether a named place lies outside the state the minister's nationality names
    ("the Norwegian ministers" are not abroad in Oslo); True when either state is unknown."""
    own = {mention_state(m) for m in mods} - {None}
    there = mention_state(place)
    return there is None or there not in own


def _national_minister_posted(noun: Token) -> bool:
    """``the Lithuanian Minister here``, ``the Chilean minister in Lima``: a minister named
    only by his state's nationality and placed here or in a named place of another state is
    that state's head of legation there."""
    mods = _national_minister(noun)
    if not mods or not _placed_here_or_named(noun):
        return False
    places = prep_objects(noun, ("in", "at"))
    return not places or any(_outside_own_state(p, mods) for p in places)


def set_up(verb: Token, lemma: str) -> bool:
    """``set up a liaison office``: the phrasal verb of opening."""
    return lemma == "set" and has_particle(verb, "up")


_CONVERTING_VERBS = frozenset(["convert", "upgrade", "raise", "elevate", "turn", "transform"])


def mission_upgraded(verb: Token, lemma: str) -> bool:
    """``the Indian Mission at Lhasa had been converted into a Consulate-General``, ``the
    legation became an embassy``, ``raised their missions to embassy rank``: a mission raised
    to a higher rank opens as that one."""
    if verb.tag_ not in PAST_TAGS:
        return False
    if lemma in _CONVERTING_VERBS:
        if any(c.dep_ in ("dobj", "nsubjpass") and lemma_of(c) == "embassy" for c in verb.children):
            return False  # "turned its embassies into people's bureaus": renamed, not raised
        ranks = prep_objects(verb, ("into", "to"))
        return names_mission(ranks) or any(_mission_rank(r) for r in ranks) or _misparsed_rank(verb)
    if lemma == "become":
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        ranks = [c for c in verb.children if c.dep_ == "attr"]
        return names_mission(subjects) and names_mission(ranks)
    return False


_RANK_NOUNS = frozenset(["rank", "status", "level"])


def _mission_rank(noun: Token) -> bool:
    """``embassy rank``, ``the status of an embassy``: the rank of a mission."""
    if lemma_of(noun) not in _RANK_NOUNS:
        return False
    kinds = [c for c in noun.children if c.dep_ in ("compound", "amod", "nmod")]
    return names_mission(kinds + prep_objects(noun, ("of",)))


def _misparsed_rank(verb: Token) -> bool:
    """``raised their missions to embassy rank``: the parser may read "to embassy" as an
    infinitive whose object is the rank; the verb's object must then be a mission."""
    if not names_mission([c for c in verb.children if c.dep_ == "dobj"]):
        return False
    return any(
        word_in(c, MISSION_NOUNS)
        and any(lemma_of(r) in _RANK_NOUNS for r in c.children if r.dep_ == "dobj")
        for c in verb.children
        if c.dep_ in ("advcl", "xcomp")
    )


# The acts on a mission, by the lexicon's words for them ("opened", "closure").
_MISSION_ACTS = ("OPEN_MISSION", "CLOSE_MISSION")


def mission_act(lemma: str, words: Mapping[str, frozenset[str]]) -> str | None:
    """Return the mission act (OPEN_MISSION, CLOSE_MISSION) among whose trigger ``words`` (the
    lexicon's verbs or nouns by type) ``lemma`` stands, or None."""
    return next((act for act in _MISSION_ACTS if lemma in words[act]), None)


def mission_verb_type(verb: Token, lemma: str, objs: list[Token], lex: Lexicon) -> str | None:
    """Return OPEN_MISSION or CLOSE_MISSION for a verb opening or closing a diplomatic mission
    ("opened an embassy", "set up a liaison office", the intransitive "the embassies opened
    in 1974", whose subject is the mission when there is no object) or raising one to a
    higher rank ("the mission was converted into a consulate-general": it opens as that
    one); None otherwise."""
    if mission_upgraded(verb, lemma) or mission_at_work(verb, lemma):
        return "OPEN_MISSION"
    if ordered_closed(verb, lemma, objs) or closed_its_doors(verb, lemma, objs):
        return "CLOSE_MISSION"
    if mission_left_closed(verb, lemma):
        return "CLOSE_MISSION"
    act = "OPEN_MISSION" if set_up(verb, lemma) else mission_act(lemma, lex.verbs)
    if act is None:
        return None  # most verbs: no mission is looked for
    subjects = subjects_of(verb) if not objs else []
    if not objs and not subjects:
        subjects = _shared_subjects(verb)
    if not objs and not subjects and verb.tag_ == "VBD" and verb.i > 0:
        # "In the autumn of 1991 American embassies opened in Riga": the parser may hang the
        # subject right before a finite verb on the phrase before it
        subjects.append(verb.nbor(-1))
    # "ransacked the embassy in Kabul, and Pakistan closed it": the mission a pronoun names
    return act if names_mission(objs + subjects + _pronoun_antecedents(objs)) else None


def _shared_subjects(verb: Token) -> list[Token]:
    """``the embassy was closed in 1954 and reopened in 1959``: a verb conjoined to another
    with no subject of its own shares that verb's subject (empty otherwise)."""
    if verb.dep_ != "conj" or verb.head.pos_ not in ("VERB", "AUX"):
        return []
    if has_own_subject(verb) or any(c.dep_ == "dobj" for c in verb.children):
        return []
    return subjects_of(verb.head, SUBJECT_DEPS)


_CLOSING_WORDS = frozenset(["close", "shut", "closing", "closure", "shutting"])


def _pronoun_antecedents(objs: list[Token]) -> list[Token]:
    """The antecedents of the pronouns among ``objs`` ("closed it": the embassy told before)."""
    return [a for o, a in zip(objs, resolved(objs), strict=True) if a.i != o.i]


# The work a mission is said to be at or in: "was at work in Aden", "was in operation".
_AT_WORK = frozenset(["work", "operation"])


def mission_at_work(verb: Token, lemma: str) -> bool:
    """``by the spring of 1968 a Soviet embassy was at work in Aden``, ``a Chinese legation was
    in operation there``: a mission first told of (with "a") as at work has opened (not "the
    embassy was at work on the case", one told of before)."""
    if lemma != "be" or verb.tag_ not in PAST_TAGS:
        return False
    if not any(lemma_of(w) in _AT_WORK for w in prep_objects(verb, ("at", "in"))):
        return False
    missions = [s for s in subjects_of(verb) if names_mission([s])]
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") for m in missions for c in m.children)


def mission_left_closed(verb: Token, lemma: str) -> bool:
    """``the embassy in Canberra was closed``, ``the embassy there had been shut``: the parser
    may read the participle as an adjective after "be"; a mission so left closed is closed
    (not "closed to visitors")."""
    if lemma != "be" or verb.tag_ not in PAST_TAGS:
        return False
    closed = [
        c
        for c in verb.children
        if c.dep_ == "acomp" and c.lower_ in ("closed", "shut") and not prep_objects(c, ("to",))
    ]
    return bool(closed) and names_mission(subjects_of(verb))


def closed_its_doors(verb: Token, lemma: str, objs: list[Token]) -> bool:
    """``the Israeli embassy in Kampala closed its doors``, ``the legation shut its doors``: a
    mission that closes its doors is closed (not "closed the border", "closed its doors to
    refugees", a mission's subject being needed)."""
    if lemma not in ("close", "shut") or verb.tag_ not in PAST_TAGS:
        return False
    if not any(lemma_of(o) == "door" for o in objs):
        return False
    return names_mission(subjects_of(verb)) and not prep_objects(verb, ("to",))


def ordered_closed(verb: Token, lemma: str, objs: list[Token]) -> bool:
    """``ordered the embassy closed``, ``ordered the closing of the consulates``, ``had the
    embassy shut``: an order to close a mission (or a causative "had") closes it."""
    if lemma not in ("order", "have") or verb.tag_ not in PAST_TAGS:
        return False
    closed = any(
        c.dep_ in ("ccomp", "xcomp", "oprd", "advcl", "acomp") and lemma_of(c) in _CLOSING_WORDS
        for c in verb.children
    )
    closed = closed or any(
        c.dep_ in ("acl", "amod") and lemma_of(c) in _CLOSING_WORDS
        for o in objs
        for c in o.children
    )
    if closed and names_mission(objs):
        return True
    closings = [o for o in objs if lemma_of(o) in _CLOSING_WORDS or o.lower_ in _CLOSING_WORDS]
    return any(names_mission(prep_objects(o, ("of",))) for o in closings)


# Resident envoys whose arrival takes up a post ("a special envoy" arrives on a mission).
_RESIDENT_ENVOYS = frozenset(["ambassador", "chargé", "charge", "nuncio", "pro-nuncio"])


# Journeys that take up a post when made "as ambassador"; only an arrival does by its subject.
_ENVOY_JOURNEY_VERBS = frozenset(["arrive", "go", "come", "return", "move"])


def _resident_envoy(noun: Token) -> bool:
    """An ambassador, nuncio or chargé, the last also as "chargé d'affaires" (whose head the
    parser makes "d'affaires")."""
    return (
        lemma_of(noun) in _RESIDENT_ENVOYS
        or any(
            c.dep_ in ("amod", "compound") and lemma_of(c) in _RESIDENT_ENVOYS
            for c in noun.children
        )
        or envoy_office(noun)
    )


def envoy_arrived(verb: Token, lemma: str) -> bool:
    """``Chile's new ambassador arrived in Havana in 1970``, ``Joseph Lake, who arrived in
    1990`` (after "the first resident ambassador"): a resident envoy's arrival takes up his post
    (not "a special envoy arrived", a mission, nor a plural "ambassadors arrived"); so does
    one arriving, going or coming "as ambassador" ("went to Colombo as chargé d'affaires")."""
    if lemma not in _ENVOY_JOURNEY_VERBS or not simple_or_past_perfect(verb):
        return False
    if verb.tag_ == "VBN" and _recent_trip(verb):
        return False  # "the Ambassador, who had arrived in Ottawa the day before"
    # "arrived in Moscow as the first Indian ambassador"; the parser may hang "as" on the
    # place ("went to Peking as Ceylon's first ambassador")
    places = prep_objects(verb, ("to", "in", "at"))
    roles = prep_objects(verb, ("as",)) + [a for p in places for a in prep_objects(p, ("as",))]
    # "had gone to Seoul as Minister": a journey abroad as a bare minister takes up a legation
    envoys = [
        t for t in roles if _resident_envoy(t) or state_head_of_mission(t) or _bare_minister(t)
    ]
    if lemma == "arrive" or titled_arrival_aside(verb, lemma):
        titles = _subject_titles(
            verb, ("nsubj",), ("compound", "appos"), singular=True, titled_heads=True
        )
        envoys += [t for t in titles if lemma_of(t) in _RESIDENT_ENVOYS]
    elif prep_objects(verb, ("to",)):
        # "a Chinese ambassador returned to Monrovia": an envoy first told of (with "a") who
        # goes or comes back to a capital is a new one taking up the post (not "the
        # ambassador returned to Lima", the same one back from consultations)
        envoys += [
            s
            for s in subjects_of(verb)
            if s.tag_ == "NN"
            and lemma_of(s) in _RESIDENT_ENVOYS
            and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in s.children)
        ]
    return any(not any(c.lower_ in ("special", "personal") for c in e.children) for e in envoys)


# Words that name a state's head of mission only when the state is named with them: "its
# Minister", "the Soviet envoy", "as Soviet representative" (not "the Minister of Trade").
_STATE_TITLED_OFFICES = frozenset(["envoy", "minister", "representative"])
# Words that may qualify such an office and leave it a standing post ("his personal envoy",
# "a special envoy" are on an errand).
_POST_QUALIFIERS = frozenset(
    ["first", "new", "resident", "plenipotentiary", "next", "diplomatic", "permanent"]
)


def state_head_of_mission(noun: Token) -> bool:
    """Return whether ``noun`` is a state's head of mission by an office that names one only
    with the state: "as its Minister", "as the Soviet envoy", "as Japan's first diplomatic
    representative" (not "as the Minister of Trade", "as his personal envoy", "as the Soviet
    representative at the talks", a minister or an errand)."""
    if lemma_of(noun) not in _STATE_TITLED_OFFICES:
        return False
    if prep_objects(noun, ("of", "for", "at", "on", "to")):
        return False
    return _names_its_state(noun, _POST_QUALIFIERS, other_owner_allowed=False)


# Words telling a journey made several times or for a purpose: a trip, not a posting.
_TRIP_WORDS = frozenset(["twice", "again", "often", "times", "visit", "delegation", "talks"])
# Words dating a journey by the day or hour: a recent trip rather than a posting.
_SHORT_TIME_WORDS = frozenset(
    ["day", "days", "evening", "morning", "afternoon", "night", "yesterday", "week", "hours"]
)


def _recent_trip(verb: Token) -> bool:
    """A past perfect journey dated by the day or hour ("who had arrived the day before",
    "the previous evening") or told as repeated or purposeful: a trip, not a posting."""
    words = {t.lower_ for t in verb.subtree}
    return bool(words & (_SHORT_TIME_WORDS | _TRIP_WORDS))


def titled_arrival_aside(verb: Token, lemma: str) -> bool:
    """``Ambassador X, who had come to Washington in 1970``: a relative clause of coming to a
    named place about a titled envoy tells when he took up his post (not "who came to Lagos
    twice", "who had come for talks", "who had come to attend the conference": trips)."""
    if lemma != "come" or verb.dep_ != "relcl" or not prep_objects(verb, ("to",)):
        return False
    for c in verb.children:
        if c.dep_ == "advcl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
            return False  # "who had come to attend the conference"
        if c.dep_ == "prep" and c.lower_ in ("for", "on", "with"):
            return False  # "for talks", "on a visit", "with a delegation"
    return not any(t.lower_ in _TRIP_WORDS for t in verb.subtree)


def called_home(verb: Token, lemma: str, objs: list[Token]) -> bool:
    """``China called home its ambassador from Ghana``, ``brought back its envoy``, ``called
    Ambassador Bonsal home for consultations``: an envoy called or brought home is
    recalled (the parser may make "home" the object, with the titled envoy its modifier)."""
    if lemma not in ("call", "bring", "order", "summon") or verb.tag_ not in PAST_TAGS:
        return False
    home = [c for c in verb.children if c.lower_ in ("home", "back")]
    envoys = objs + [m for h in home for m in h.children if m.dep_ in ("compound", "nmod")]
    return bool(home) and any(_titled_envoy(o) for o in envoys)


def _titled_envoy(noun: Token) -> bool:
    """An envoy noun, or a name titled as one ("Ambassador Bonsal", "Sir X, the ambassador")."""
    if names_envoy(noun):
        return True
    return any(c.dep_ == "compound" and _envoy_title(c) for c in noun.children)


def names_envoy(noun: Token) -> bool:
    """Return whether ``noun`` is an envoy: an envoy noun, a high commissioner, or a person
    with such a title in apposition ("Sir John, the British High Commissioner")."""
    titles = [noun] + [c for c in noun.children if c.dep_ == "appos"]
    return any(_envoy_title(t) for t in titles)


def _envoy_title(noun: Token) -> bool:
    if lemma_of(noun) in ENVOY_NOUNS or _resident_envoy(noun):  # an office among them
        return True
    if _national_minister_posted(noun):  # "the Lithuanian Minister here"
        return True
    # the parser may leave a capitalised plural unlemmatised ("High Commissioners")
    commissioner = noun.lower_ in ("commissioner", "commissioners")
    return (commissioner and any(c.lower_ == "high" for c in noun.children)) or _resident_title(
        noun
    )


def _resident_title(noun: Token) -> bool:
    """``the first Japanese minister resident`` (a head of legation by the old rank), ``was
    appointed Resident in Seoul`` (a power's resident agent at a foreign court, named with
    its seat): resident heads of mission (not "a resident of Seoul", "foreign residents")."""
    words = {lemma_of(noun), *(lemma_of(c) for c in noun.children if c.dep_ in _TITLE_PARTS)}
    if {"minister", "resident"} <= words:
        return True
    if noun.text != "Resident" or noun.is_sent_start or prep_objects(noun, ("of",)):
        return False
    return any(p.ent_type_ == "GPE" for p in prep_objects(noun, ("in", "at")))


# The attachments of the words of a compound title ("minister resident").
_TITLE_PARTS = ("compound", "amod")


def envoy_office(noun: Token) -> bool:
    """Return whether ``noun`` names a head of mission by an office that is not an envoy noun
    by itself: a "plenipotentiary representative" (the Soviet title of the 1920s) or a
    "minister to" a named state ("its first minister to the Soviet Union"; not a minister of
    a government, which has no "to")."""
    mods = {lemma_of(c) for c in noun.children if c.dep_ in ("amod", "compound")}
    if lemma_of(noun) == "representative":
        return "plenipotentiary" in mods
    if lemma_of(noun) == "minister":
        if any(o.pos_ == "PROPN" for o in prep_objects(noun, ("to",))):
            return True
        return _minister_abroad(noun)
    return False


# Words that may qualify a minister abroad ("the first American minister in Havana").
_ENVOY_QUALIFIERS = frozenset(["first", "new", "resident", "plenipotentiary", "next"])


def _minister_abroad(noun: Token) -> bool:
    """``Mexico's minister in Moscow``, ``the first American minister in Havana``: a minister
    of a named or demonym state "in" a named city is its envoy there (not "the foreign
    minister in Moscow" nor "the Minister of Trade in Cairo", whose office another word
    names)."""
    places = prep_objects(noun, ("in", "at"))
    if not any(p.ent_type_ == "GPE" for p in places):
        return False
    if prep_objects(noun, ("of", "for")):
        return False
    return _names_its_state(noun, _ENVOY_QUALIFIERS, other_owner_allowed=True)


def _names_its_state(noun: Token, qualifiers: frozenset[str], *, other_owner_allowed: bool) -> bool:
    """Return whether an office ``noun`` names the state it serves ("Mexico's minister", "its
    envoy", "the Soviet representative") and no modifier but a state or one of ``qualifiers``
    ("first", "new"); an owner that is no state ("his envoy") fails unless
    ``other_owner_allowed`` (then it just does not count)."""
    states = 0
    for c in noun.children:
        if c.dep_ == "poss":
            if c.ent_type_ in ("GPE", "NORP") or c.lower_ in ("its", "their"):
                states += 1
            elif not other_owner_allowed:
                return False
        elif c.dep_ in ("amod", "compound", "nmod"):
            if c.ent_type_ in ("NORP", "GPE"):
                states += 1
            elif c.lower_ not in qualifiers:
                return False
    return states > 0


_INSTRUCTING_VERBS = frozenset(["instruct", "order", "tell", "direct", "ask"])


def told_to_return(verb: Token, lemma: str) -> bool:
    """``the ambassador was instructed to return to London``: an envoy ordered home by his
    government is recalled."""
    if lemma not in _INSTRUCTING_VERBS or verb.tag_ not in PAST_TAGS:
        return False
    returns = [c for c in verb.children if c.dep_ in ("xcomp", "ccomp") and lemma_of(c) == "return"]
    envoys = [c for c in verb.children if c.dep_ == "nsubjpass" and names_envoy(c)]
    return bool(returns and envoys)


# Verbs that give an envoy his post "as ambassador" or "to" a capital ("was posted to Accra").
_ENVOY_POSTING_VERBS = frozenset(["post", "confirm", "transfer", "assign"])


def posted_as_envoy(verb: Token, lemma: str) -> bool:
    """``was confirmed as the first Swedish ambassador to Hanoi``, ``Ambassador X, who had been
    posted to Accra``: an envoy confirmed or posted to his post is appointed (not "confirmed
    the ambassador's report": the envoy must be the post taken or the one posted)."""
    if lemma not in _ENVOY_POSTING_VERBS or verb.tag_ not in PAST_TAGS:
        return False
    if heads_in(prep_objects(verb, ("as",)), ENVOY_NOUNS):
        return True
    return lemma == "post" and bool(prep_objects(verb, ("to",))) and _envoy_subject(verb)


def envoy_withdrawn(
    verb: Token, lemma: str, objs: list[Token], entity_tokens: Set[int] = frozenset()
) -> bool:
    """``withdrew its ambassador from Addis Ababa``, ``London withdrew Humphrey Trevelyan, its
    ambassador in Cairo``: an envoy, or a person with an envoy title, withdrawn (in the past:
    not "recommended that its members withdraw ...") is recalled; so is a named person
    withdrawn from a named place ("X was withdrawn from Moscow after ten days": only a state's
    agent abroad is withdrawn from a capital; troops are no person)."""
    if lemma != "withdraw":
        return False
    if verb.tag_ not in PAST_TAGS:
        # "suspended relations with X, withdrawing its ambassador": a participle clause of a
        # past act tells what was done with it
        accompanying = verb.tag_ == "VBG" and verb.dep_ == "advcl" and verb.head.tag_ == "VBD"
        return accompanying and any(names_envoy(o) for o in objs if o.dep_ == "dobj")
    if any(names_envoy(o) or _minister_withdrawn(o, verb) for o in objs):
        return True
    subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
    people = [
        t
        for s in subjects
        for t in [s, *(a for a in s.children if a.dep_ == "appos")]
        if t.ent_type_ == "PERSON"
    ]
    places = [p for p in prep_objects(verb, ("from",)) if p.i in entity_tokens]
    return bool(people and places)


def _minister_withdrawn(noun: Token, verb: Token) -> bool:
    """Return whether the noun is a head of legation withdrawn: ``withdrew its minister from
    London``, ``withdrew the British minister at Caracas``, ``their ministers were withdrawn
    from Lima and Quito``: a minister (or a state's representative) of no government office,
    owned by a state or named by its nationality only, withdrawn from or placed in a named
    place of another state (not "withdrew its ministers from the cabinet", nor "withdrew the
    Norwegian ministers from Oslo")."""
    mods = _national_minister(noun)
    if mods is None:
        return False
    places = prep_objects(verb, ("from", "at")) + prep_objects(noun, ("from", "in", "at"))
    return any(p.ent_type_ == "GPE" and _outside_own_state(p, mods) for p in places)


# Modifiers a mission may bear and still be a state's standing mission abroad ("its
# diplomatic mission"), unlike "a military mission" or "a trade mission", bodies sent.
_STANDING_MISSION_MODIFIERS = frozenset(["diplomatic", "permanent", "whole", "entire"])


def _standing_mission(noun: Token) -> bool:
    """An embassy, legation or consulate, or a "mission" with no modifier but a nationality
    or "diplomatic" (not "the military mission", "a goodwill mission": bodies sent on an
    errand)."""
    if lemma_of(noun) not in MISSION_NOUNS:
        return False
    mods = [c for c in noun.children if c.dep_ in ("amod", "compound", "nmod")]
    return lemma_of(noun) != "mission" or all(
        m.lower_ in _STANDING_MISSION_MODIFIERS or m.ent_type_ in ("NORP", "GPE") for m in mods
    )


def mission_withdrawn(verb: Token, lemma: str, objs: list[Token]) -> bool:
    """``Britain withdrew its mission from Tirana``, ``the legation was withdrawn``: a standing
    mission withdrawn (in the past) closes."""
    if lemma != "withdraw" or verb.tag_ not in PAST_TAGS:
        return False
    return any(_standing_mission(o) for o in objs if o.dep_ in ("dobj", "nsubjpass"))


def mission_kept_since(verb: Token, lemma: str, objs: list[Token]) -> bool:
    """``Israel had maintained a consulate in Addis Ababa since the 1950s``, ``soon had an
    embassy in Kampala``: a standing mission kept since a time, or soon had, was opened then
    (not "has an embassy in Beijing", a present state of affairs)."""
    if lemma not in KEEPING_VERBS:
        return False
    if not any(_standing_mission(o) for o in objs if o.dep_ == "dobj"):
        return False
    soon = verb.tag_ in PAST_TAGS and any(
        c.dep_ == "advmod" and c.lower_ == "soon" for c in verb.children
    )
    return soon or kept_since(verb)


# What a mission stops doing when it suspends its work.
_MISSION_WORK = frozenset(["operation", "operations", "activity", "activities", "work", "function"])


def mission_suspended(verb: Token, lemma: str, objs: list[Token]) -> bool:
    """``the embassy suspended its operations``, ``suspended the operations of its embassy``,
    ``the embassy was evacuated``, ``evacuated its embassy``: a mission that stops working or
    is evacuated closes (its staff evacuated do not close it by themselves)."""
    if verb.tag_ not in PAST_TAGS:
        return False
    subjects = subjects_of(verb, ("nsubj", "nsubjpass"))
    if lemma in ("suspend", "cease", "halt", "stop"):
        work = [o for o in objs if lemma_of(o) in _MISSION_WORK]
        missions = [s for s in subjects if lemma_of(s) in MISSION_NOUNS]
        # "suspended the operations of its embassy in Pyongyang": the mission named by "of"
        missions += [m for w in work if w.dep_ == "dobj" for m in prep_objects(w, ("of",))]
        return bool(work) and names_mission(missions)
    if lemma == "evacuate" and not prep_objects(verb, ("to",)):
        # "evacuated to Tunisia" names where the staff went, which the event would take
        # for the host: such an evacuation is left out rather than given the wrong state
        missions = [s for s in subjects if s.dep_ == "nsubjpass"]
        missions += [o for o in objs if o.dep_ == "dobj"]
        return any(lemma_of(m) in MISSION_NOUNS for m in missions)
    return False


_STARTING_VERBS = frozenset(["begin", "start", "commence"])


def mission_began_work(verb: Token, lemma: str, objs: list[Token]) -> bool:
    """``a Mongolian embassy began work in Tokyo``, ``the embassy started operations``,
    ``began the operations of its embassy``: a mission that starts working opens."""
    if lemma not in _STARTING_VERBS or verb.tag_ not in PAST_TAGS:
        return False
    work = [o for o in objs if lemma_of(o) in _MISSION_WORK]
    missions = [s for s in subjects_of(verb) if lemma_of(s) in MISSION_NOUNS]
    missions += [m for w in work if w.dep_ == "dobj" for m in prep_objects(w, ("of",))]
    return bool(work) and names_mission(missions)

"""Follow-up verbs: "X followed suit", "Y did the same" repeat the previous act."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from diplomatica.nlp.events.context import TRIGGER_INDEX
from diplomatica.nlp.events.lexicon import PERSON_GROUP_NOUNS, SIDE_NOUNS
from diplomatica.nlp.events.triggers.syntax import PAST_TAGS, agent_objects, lemma_of, prep_objects
from diplomatica.nlp.events.triggers.words import POLITY_NOUNS
from diplomatica.nlp.types import EventFact

# "in protest", "in return": an act done in answer to the one told before it.
_REACTION_NOUNS = frozenset(["protest", "retaliation", "response", "return", "reply", "reprisal"])


# Common nouns naming those who can repeat a diplomatic act: "the other governments followed".
_AGENT_NOUNS = (
    PERSON_GROUP_NOUNS
    | SIDE_NOUNS
    | POLITY_NOUNS
    | frozenset(
        [
            "administration",
            "ally",
            "allies",
            "cabinet",
            "capital",
            "capitals",
            "government",
            "governments",
            "member",
            "members",
            "nation",
            "nations",
            "neighbour",
            "neighbours",
            "neighbor",
            "neighbors",
            "other",
            "others",
            "power",
            "powers",
            "regime",
            "regimes",
            "republic",
            "republics",
        ]
    )
)


# Entity types of a name that can repeat an act, whatever its part-of-speech tag.
_NAMED_AGENTS = frozenset(["GPE", "NORP", "ORG", "PERSON"])


def _can_act(subject: Token) -> bool:
    """Return whether a follower's subject can repeat an act: a name, a pronoun, or a noun
    of a state, government or person ("the other governments followed"), not a thing
    ("Libyan money followed"). A name the tagger took for a common noun ("Bahrain/NN soon
    followed") is still a name: the entity recogniser marks it as a place, people or body."""
    if subject.pos_ != "NOUN" or subject.ent_type_ in _NAMED_AGENTS:
        return True
    return lemma_of(subject) in _AGENT_NOUNS or subject.lower_ in _AGENT_NOUNS


# The verbs of a follower: "followed (suit)", "did the same / likewise".
_FOLLOW_UP_VERBS = frozenset(["follow", "do"])


def is_follow_up(verb: Token) -> bool:
    """``X followed``, ``X followed suit``, ``X did the same / likewise``, ``..., as did X``: a
    verb repeating the previous act (a past verb with a subject and no other object)."""
    lemma = lemma_of(verb)
    if lemma not in _FOLLOW_UP_VERBS:
        return False  # asked first: the cheapest test, and most verbs fail it
    if verb.pos_ not in ("VERB", "AUX") or verb.tag_ not in PAST_TAGS:
        return False
    if followed_by_participle(verb) or surface_as_did(verb):
        return True
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects or not all(_can_act(s) for s in subjects):
        return False
    objs = [c for c in verb.children if c.dep_ in ("dobj", "attr")]
    if lemma == "follow":
        return all(lemma_of(o) in ("suit", "example", "lead") or _leader_named(o) for o in objs)
    if lemma == "do":
        return (
            any(c.lower_ in ("likewise", "so") for c in verb.children)
            or _so_right_after(verb)
            or any(o.lower_ == "same" for o in objs)
            or _as_did(verb, objs)
        )
    return False


def _leader_named(obj: Token) -> bool:
    """``Poland and Yugoslavia followed Hungary later in 1989``: a name as the object of
    "followed", with no phrase taking the follower somewhere ("followed Nixon to Beijing"),
    is the one whose act they repeated."""
    if obj.pos_ != "PROPN" or obj.ent_type_ not in ("GPE", "NORP", "ORG"):
        return False
    return not prep_objects(obj.head, ("to", "into", "across", "through"))


def followed_leaders(verb: Token) -> list[Token]:
    """Return the named objects of a follower's "followed" (``followed Hungary``): the
    states whose act is repeated, who are not themselves followers."""
    if lemma_of(verb) != "follow":
        return []
    return [
        o for c in verb.children if c.dep_ == "dobj" for o in (c, *c.conjuncts) if _leader_named(o)
    ]


def _so_right_after(verb: Token) -> bool:
    """``Britain did so early in February``: the parser may hang "so" on the adverb after it."""
    if verb.i + 1 >= len(verb.doc):
        return False
    after = verb.nbor(1)
    return after.lower_ == "so" and after.dep_ == "advmod" and after.head.head.i == verb.i


def _as_did(verb: Token, objs: list[Token]) -> bool:
    """``broke off relations with Israel, as did the Soviet Union and Poland``, ``never broke
    off relations with Sweden, as Cambodia had done with the United States``: "as did X" or
    "as X had done" after a clause repeats the clause's act (the subject after "did", or
    between "as" and a perfect "had done")."""
    if objs or verb.dep_ != "advcl" or verb.i < verb.head.i:
        return False
    marks = [c for c in verb.children if c.dep_ == "mark" and c.lower_ == "as"]
    if not marks:
        return False
    subjects = [s for s in verb.children if s.dep_ == "nsubj"]
    if all(s.i > verb.i for s in subjects):
        return True
    perfect = any(c.dep_ == "aux" and lemma_of(c) == "have" for c in verb.children)
    return perfect and all(marks[0].i < s.i < verb.i for s in subjects)


# Tokens that close the list of states after "as did": the clause or sentence goes on.
_LIST_ENDS = frozenset([";", ":", ".", "(", "—", "–"])


def surface_as_did(verb: Token) -> bool:
    """``broke off relations with Israel, as did the Soviet Union, Poland and Hungary;
    Romania kept its ties``: ", as did" followed by a name, read from the words (the parser
    may hang "did" on the next clause's verb as an auxiliary)."""
    if verb.i < 2 or verb.i + 1 >= len(verb.doc) or lemma_of(verb) != "do":
        return False
    if verb.tag_ != "VBD" or verb.nbor(-1).lower_ != "as" or verb.nbor(-2).text != ",":
        return False
    after = verb.nbor(1)
    return after.pos_ == "PROPN" or (after.lower_ == "the" and after.head.pos_ == "PROPN")


def as_did_list(verb: Token) -> list[Token]:
    """Return the words of the list of followers after a surface ", as did" (up to the end of
    the clause, a verb or a preposition): ``as did the Soviet Union, Poland and Hungary``."""
    out: list[Token] = []
    for t in verb.doc[verb.i + 1 : verb.sent.end]:
        if t.text in _LIST_ENDS or t.pos_ in ("VERB", "AUX", "ADP", "SCONJ"):
            break
        out.append(t)
    return out


def followed_by_participle(verb: Token) -> bool:
    """``X restored relations with Y in 1989, followed by A and B in 1990``: the participle
    "followed by" after a clause names (as its agents) those who repeated the clause's act."""
    if lemma_of(verb) != "follow" or verb.tag_ != "VBN" or verb.dep_ != "advcl":
        return False
    if verb.i < verb.head.i or any(
        c.dep_ in ("nsubj", "nsubjpass", "auxpass") for c in verb.children
    ):
        return False
    agents = agent_objects(verb)
    return bool(agents) and all(_can_act(a) for a in agents)


def further_agent_spans(verb: Token) -> list[tuple[int, int]]:
    """``followed by Italy the same month and by France in October``: return the token
    ranges of the "by" phrases conjoined to the first one, each running to the next (or to
    the end of the participle's clause); each names a follower with its own date."""
    starts = [
        c.i
        for agent in verb.children
        if agent.dep_ == "agent"
        for c in agent.conjuncts
        if c.lower_ == "by" and c.i > agent.i
    ]
    starts += [c.i for c in verb.children if c.dep_ == "conj" and c.lower_ == "by"]
    starts = sorted(set(starts))
    if not starts:
        return []
    ends = [*starts[1:], verb.right_edge.i + 1]
    return list(zip(starts, ends, strict=True))


# Prepositions naming the new partner of a repeated act: "did the same with Cuba".
_PARTNER_PREPS = ("with", "towards", "toward")


def follow_up_partners(verb: Token) -> list[Token]:
    """Return the heads of the phrases naming a follower's own partner ("it did the same with
    Cuba", "followed suit towards Bonn"), on the verb or on its "same"/"suit" object; empty
    when the follower repeats the act with the same partner."""
    holders = [verb, *(c for c in verb.children if c.dep_ in ("dobj", "attr"))]
    return [p for h in holders for p in prep_objects(h, _PARTNER_PREPS)]


def is_reaction(verb: Token) -> bool:
    """``recalled its ambassador in protest``, ``expelled a diplomat in return``: an act done
    in answer to another."""
    return any(lemma_of(o) in _REACTION_NOUNS for o in prep_objects(verb, ("in",)))


def followed_act(events: list[EventFact], doc: Doc) -> EventFact:
    """Return the act a follower ("Poland followed in November") repeats: the last event, or,
    when that event answers another ("X recalled its ambassador in protest"), the act it
    answers (the narrative goes on from it, not from the protest)."""
    last = events[-1]
    i = last.attributes.get(TRIGGER_INDEX)
    if not isinstance(i, int) or not 0 <= i < len(doc):
        return last
    if not is_reaction(doc[i]):
        return _main_act(events, doc[i]) or last
    earlier = [e for e in events if e.attributes.get(TRIGGER_INDEX) != i]
    return earlier[-1] if earlier else last


def _main_act(events: list[EventFact], trigger: Token) -> EventFact | None:
    """Return the event whose verb governs the adverbial clause holding ``trigger`` ("broke
    off relations with X after Belgrade recognised the GDR, and it did the same with Ghana"):
    the clause only dates the main act, which the narrative goes on from. None when the
    trigger lies in no adverbial clause of another event's verb."""
    node = trigger
    in_clause = False
    by_index: dict[object, EventFact] = {}  # the events by trigger index, once in a clause
    for _ in range(8):
        if node.head.i == node.i:
            return None
        if not in_clause and node.dep_ == "advcl":
            in_clause = True
            by_index = {e.attributes.get(TRIGGER_INDEX): e for e in events}
        node = node.head
        if in_clause and node.i in by_index and node.i != trigger.i:
            return by_index[node.i]
    return None

"""The shared vocabulary of tenure statements: the verbs that start, end or continue a term
of office, and the candidate statement (a person, an office and the tokens its dates hang on)
that the tenure rules build and date."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from diplomatica.nlp.events.context import DocContext, Mention
from diplomatica.nlp.types import TimeValue

# Verbs of taking an office over from its holder ("succeeded Y", "replaced Y as <office>").
REPLACING_VERBS = frozenset(["succeed", "replace"])

START_WORDS = frozenset(
    [
        "send",
        "dispatch",
        "appoint",
        "accredit",
        "name",
        "nominate",
        "become",
        "succeed",
        "elect",
        "arrive",
        "take",
        "assume",
        "present",
        "install",
        "inaugurate",
        "confirm",
        "swear",
        "proclaim",
        "crown",
        "begin",
        "start",
        "make",
        "promote",
        "transfer",
        "reappoint",
        "post",
        "assign",
        "reach",
        "appointment",
        "arrival",
        "accreditation",
        "nomination",
        "election",
    ]
)
END_WORDS = frozenset(
    [
        "recall",
        "leave",
        "retire",
        "resign",
        "dismiss",
        "return",
        "relieve",
        "replace",
        "step",
        "depart",
        "end",
        "departure",
        "retirement",
        "resignation",
        "dismissal",
    ]
)
ENDING_EVENTS = frozenset(
    [
        "death",
        "retirement",
        "resignation",
        "dismissal",
        "recall",
        "departure",
        "fall",
        "overthrow",
        "assassination",
        "murder",
        "execution",
        "ouster",
        "removal",
        "deposition",
        "defeat",
        "coup",
        "revolution",
        "abdication",
        "dissolution",
        "abolition",
        "collapse",
        # a move to another post ends the one held: "until his transfer to Berlin in 1938"
        "transfer",
        "replacement",
        "promotion",
        "reassignment",
        # a war or a break in relations ends an envoy's post: "until the outbreak of war in 1941"
        "outbreak",
        "rupture",
        "severance",
    ]
)
STAY_VERBS = frozenset(["stay", "remain", "serve", "continue", "work", "rule", "reign", "govern"])
HELD_VERBS = STAY_VERBS | {"be", "hold", "act"}
# Journeys, which bound only diplomatic posts.
TRAVEL_WORDS = frozenset(["reach", "arrive", "arrival", "leave", "depart", "departure", "return"])
# Nouns of a term of office ("his term", "her tenure as").
TERM_NOUNS = frozenset(["term", "tenure", "mandate", "office"])
# A term one begins or ends ("began his mission", "ended his reign", "his mission ended").
SERVED_TERMS = TERM_NOUNS | {"mission", "reign", "rule", "presidency"}
# Verbs that call an envoy home ("London recalled/withdrew X").
RECALLING_VERBS = frozenset(["recall", "withdraw"])
# The holder's own end, which ends the office: dying or fleeing (active).
HOLDER_END_VERBS = frozenset(["die", "flee"])
# Verbs of putting a ruler out of office (passive: "X was overthrown").
OUSTING_VERBS = frozenset(["overthrow", "depose", "oust"])
# Verbs of taking power from a ruler ("toppled the king").
SEIZING_VERBS = OUSTING_VERBS | {"topple"}
# Military ranks, which style a person but are no office ("Colonel X", "General de Gaulle").
MILITARY_TITLES = frozenset(
    ["colonel", "general", "marshal", "field marshal", "major", "captain", "lieutenant"]
)
THEN_WORDS = frozenset(["then", "later", "subsequently", "afterwards", "thereafter"])


@dataclass
class Candidate:
    """A statement that ``person`` held ``role``, with the tokens its dates may hang on."""

    person: Mention
    role: str
    anchors: list[Token]
    verb_lemma: str
    priority: int
    served: str | None = None
    host: str | None = None
    titled: bool = False
    then: bool = False
    times: list[TimeValue] = field(default_factory=list)
    time_pos: list[int] = field(default_factory=list)
    split_at: int | None = None  # a second host: its dates follow this token
    own_dates: bool = False  # a coordinated verb that never shares its head's date
    envoy: bool = False  # an office stated as representing a state abroad


def lemma_of(token: Token) -> str:
    """Return the lower-case lemma of ``token``."""
    return token.lemma_.lower()


def has_then(*tokens: Token) -> bool:
    """Return whether one of ``tokens`` has a "then/later" modifier ("and then served as")."""
    return any(c.lower_ in THEN_WORDS for t in tokens for c in t.children)


@dataclass(frozen=True)
class SentenceWords:
    """The lower-case lemmas, lower-case words and fine-grained tags of a sentence's tokens,
    gathered once per sentence: a tenure pass that fires only on a token of given lemmas (or
    words, or tag) cannot fire in a sentence that has none of them, and is skipped there."""

    lemmas: frozenset[str]
    lowers: frozenset[str]
    tags: frozenset[str]


def sentence_words(sent: Span, ctx: DocContext) -> SentenceWords:
    """Return the :class:`SentenceWords` of ``sent`` (read from the string ids ``ctx`` holds
    of the doc's tokens: no ``Token`` is built)."""
    strings = sent.doc.vocab.strings
    start, end = sent.start, sent.end
    return SentenceWords(
        frozenset(strings[x].lower() for x in set(ctx.token_lemmas[start:end])),
        frozenset(strings[x] for x in set(ctx.token_lowers[start:end])),
        frozenset(strings[x] for x in set(ctx.token_tags[start:end])),
    )

"""A count, then its list: "ten Arab governments severed relations with Bonn ... The ten were
Egypt, Iraq, ...": the states a later sentence lists for a group an act counted."""

from __future__ import annotations

from spacy.tokens import Span, Token

from diplomatica.nlp.events.clauses import subject_tokens
from diplomatica.nlp.events.context import DocContext
from diplomatica.nlp.events.triggers import Trigger
from diplomatica.nlp.time.patterns import UNITS_BELOW_TWENTY

# Number words of a counted group, three to fifteen.
_COUNTS = {word: n for word, n in UNITS_BELOW_TWENTY.items() if 3 <= n <= 15}

# Nouns of a counted group of states: "ten Arab governments", "five countries".
_COUNTED_NOUNS = frozenset(["government", "state", "country", "nation", "regime", "capital"])


def _count(token: Token) -> int:
    """Return the number a word or numeral says (0 when none)."""
    if token.text.isdigit() and len(token.text) <= 2:
        return int(token.text)  # "12 states", not the year in "in 1971 five states"
    return _COUNTS.get(token.lower_, 0)


def counted_subject(trigger: Trigger) -> int:
    """Return N when the trigger's subject is a group counted but not listed ("ten Arab
    governments severed relations", not "the ten governments", which points back): 0
    otherwise."""
    for t in subject_tokens(trigger.anchor):
        if t.lemma_.lower() not in _COUNTED_NOUNS or t.tag_ != "NNS":
            continue
        if any(c.dep_ == "det" for c in t.children):
            return 0
        size = next((_count(c) for c in t.children if c.dep_ == "nummod" and _count(c)), 0)
        if size >= 3:
            return size
    return 0


def listed_count(sent: Span, ctx: DocContext) -> tuple[int, list[str]]:
    """``The ten were Egypt, Iraq, ... and Yemen; Morocco kept its ties``: return the number
    a copula's subject "the N" counts and the states its complement lists, up to the end of
    the clause; ``(0, [])`` when the sentence lists no such group or the list is not of N."""
    for tok in sent:
        if tok.lemma_ != "be":
            continue
        subjects = [c for c in tok.children if c.dep_ == "nsubj"]
        attrs = [c for c in tok.children if c.dep_ == "attr"]
        if len(subjects) != 1 or not attrs:
            continue
        subj = subjects[0]
        words = list(subj.subtree)
        if not words or words[0].lower_ not in ("the", "these") or len(words) > 3:
            continue
        size = next((_count(w) for w in words if _count(w)), 0)
        # the list ends with its clause (a blanked ";" of a note reads as a space)
        end = next(
            (t.i for t in sent if t.i > tok.i and (t.text in (";", ":") or t.is_space)), sent.end
        )
        states: list[str] = []
        for m in ctx.mentions_in(attrs[0].left_edge.i, end):
            if m.state and m.ref.kind == "state" and m.state not in states:
                states.append(m.state)
        return (size, states) if size >= 3 and len(states) == size else (0, [])
    return 0, []

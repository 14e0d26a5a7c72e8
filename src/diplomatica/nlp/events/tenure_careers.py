"""Careers told in one sentence: "Banda, prime minister from 1964 and president from 1966", "X,
who had succeeded Y as prime minister in 1978 and became state president in 1984". A holder's
open-ended office ends when the sentence starts his next, different office in a later year,
unless the sentence says the two were held together ("also", "while remaining", "as well",
"who has been", "since A"), the earlier office is one commonly kept beside another (a party or
deputy post) or the later office ranks below a head of state's."""

from __future__ import annotations

from spacy.tokens import Span

from diplomatica.nlp.events.tenure_base import lemma_of
from diplomatica.nlp.events.tenure_facts import same_holder
from diplomatica.nlp.types import TenureFact

# words saying that a later office was held beside the earlier one
_CONCURRENT_WORDS = frozenset(["also", "both", "concurrently", "simultaneously", "retain", "while"])


def end_earlier_posts(facts: list[TenureFact], sent: Span) -> None:
    """End each open-ended, started office of ``facts`` (the tenures one sentence states) at
    the start of the same holder's next different office the sentence starts in a later year;
    nothing is changed when the sentence tells of holding offices together."""
    if not facts or _held_together(sent):
        return
    for earlier in facts:
        if earlier.end is not None or earlier.start is None or _kept_beside(earlier.role):
            continue
        later = _next_post(earlier, facts)
        if later is not None and not _rank_below(later.role, earlier.role):
            earlier.end = later.start


# Offices commonly kept beside a later one: a party post, a deputy's or acting post.
_KEPT_WORDS = frozenset(["party", "secretary", "deputy", "vice", "acting", "chairman"])
# Heads of state, ranking above the heads of government a president may add to his office.
_HEAD_OF_STATE_WORDS = frozenset(["president", "king", "queen", "emperor", "shah", "head"])


def _kept_beside(role: str) -> bool:
    """Whether an office is one commonly kept beside a later office (a party post: "secretary
    general of the Baath party from 1970 and president from 1971")."""
    return any(w in _KEPT_WORDS for w in role.lower().replace("-", " ").split())


def _rank_below(later: str, earlier: str) -> bool:
    """Whether the later office ranks below the earlier one ("president from 1971 and prime
    minister from 1977": a head of state adding the premiership keeps the presidency)."""
    head_of_state = any(w in _HEAD_OF_STATE_WORDS for w in earlier.lower().split())
    return head_of_state and not any(w in _HEAD_OF_STATE_WORDS for w in later.lower().split())


def _held_together(sent: Span) -> bool:
    """Whether ``sent`` tells of offices held together: "also", "while", "retaining", "as
    well", "too", a present perfect or "since" ("who has been prime minister since A",
    "foreign minister since A and prime minister since B": still held)."""
    for t in sent:
        if lemma_of(t) in _CONCURRENT_WORDS or t.lower_ in _CONCURRENT_WORDS:
            return True
        if t.lower_ == "well" and t.i > 0 and t.nbor(-1).lower_ == "as":
            return True
        if t.lower_ == "too" and t.dep_ == "advmod":
            return True
        if (t.dep_ == "aux" and t.lower_ in ("has", "have")) or t.lower_ == "since":
            return True
    return False


def _next_post(earlier: TenureFact, facts: list[TenureFact]) -> TenureFact | None:
    """The same holder's office of ``facts`` starting first in a year after ``earlier``'s start,
    another office than ``earlier``'s (None if there is none)."""
    assert earlier.start is not None
    later = [
        f
        for f in facts
        if f.start is not None
        and f.start[:4] > earlier.start[:4]
        and f.role != earlier.role
        and same_holder(f.person, earlier.person)
    ]
    return min(later, key=lambda f: f.start or "", default=None)

"""The sentence gates of the tenure passes (round 12, speed): a pass skipped because the
sentence lacks every word it fires on changes nothing (own sentences)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from diplomatica.nlp.events import tenures
from diplomatica.nlp.events.context import build_context
from diplomatica.nlp.events.tenure_base import SentenceWords, sentence_words
from diplomatica.nlp.events.tenure_changes import may_hold_a_post, may_list_holders
from diplomatica.nlp.events.tenure_roles import may_name_an_office

pytestmark = pytest.mark.slow

Extract = Callable[..., Doc]

_GATES = [name for name in dir(tenures) if name.startswith("may_")]

_TEXTS = [
    "Ivan Petrov served as ambassador to Norway from 1961 to 1965. He was succeeded in 1965 "
    "by Lars Berg, who held the post until 1970.",
    "The foreign ministers, Anton Weber of Austria and Jan Novak of Czechoslovakia, met in "
    "Vienna. Weber had held his post since 1968.",
    "In May 1971 Ruritania expelled Paul Grey, a first secretary at the British embassy. "
    "The chargé d'affaires, Tom Black, took up his post in June 1971.",
    "President Omar Said, in power since 1969, was overthrown in 1975. After the fall of Said "
    "in 1975, Ali Hassan handed the presidency to Musa Idris in 1980.",
    "The two countries opened liaison offices in 1973. David Bruce was sent to head the "
    "American office, and the talks went on until the new ambassador was sworn in on "
    "4 March 1979.",
]


def _tenure_keys(doc: Doc) -> list[tuple[str, str, str | None, str | None, str | None]]:
    return [(t.person, t.role, t.country, t.start, t.end) for t in doc._.dipl_tenures]


def test_sentence_words_gathers_lemmas_words_and_tags(extract: Extract) -> None:
    doc = extract("Talks ended. The ambassadors held their posts.")
    words = sentence_words(doc[3:], build_context(doc))
    assert {"ambassador", "hold", "post"} <= words.lemmas
    assert {"ambassadors", "held", "posts"} <= words.lowers
    assert "NNS" in words.tags
    assert "talk" not in words.lemmas and "ended" not in words.lowers
    assert words == SentenceWords(
        frozenset(t.lemma_.lower() for t in doc[3:]),
        frozenset(t.lower_ for t in doc[3:]),
        frozenset(t.tag_ for t in doc[3:]),
    )


def test_gates_read_lemmas_words_and_tags() -> None:
    none = SentenceWords(frozenset(["talk"]), frozenset(["talks"]), frozenset(["NNS"]))
    assert not may_hold_a_post(none)
    assert not may_name_an_office(none)
    assert not may_list_holders(none)
    affaires = SentenceWords(frozenset(["d'affaires"]), frozenset(["d\u2019affaires"]), frozenset())
    assert may_name_an_office(affaires)
    held = SentenceWords(frozenset(["retain", "minister"]), frozenset(), frozenset(["NNS"]))
    assert may_hold_a_post(held)
    assert may_list_holders(held)


@pytest.mark.parametrize("text", _TEXTS)
def test_gated_passes_give_the_tenures_of_ungated_ones(
    extract: Extract, monkeypatch: pytest.MonkeyPatch, text: str
) -> None:
    gated = _tenure_keys(extract(text))
    for name in _GATES:
        monkeypatch.setattr(tenures, name, lambda _words: True)
    assert _tenure_keys(extract(text)) == gated
    assert gated  # the sentences state tenures

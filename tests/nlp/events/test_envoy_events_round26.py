"""Round-26 envoys (own sentences): an appointment told as an infinitive of succession ("was
named to succeed him"), the old ranks "minister resident" and "Resident in <seat>", a journey
or succession "as minister" with no government office named, an envoy taking up "the embassy
in <capital>", and the host of a recall that names no post (the state just told of)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from .event_helpers import states

pytestmark = pytest.mark.slow

Extract = Callable[..., Doc]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Danish ambassador in Lima, Mr. Holm, died in 1960. Mr. Berg was named to "
         "succeed him later that year.", {"DNK", "PER"}),
        ("Relations between Egypt and Italy were restored in 1950. Mario Rossi was appointed "
         "the first Italian minister resident.", {"EGY", "ITA"}),
        ("Japan pressed Peru hard. In October Count Tanaka had gone to Lima as Minister.",
         {"JPN", "PER"}),
        ("LIMA, Sept. 7 — Britain was represented by Sir John Hart, who succeeded Sir Henry "
         "Cole as minister here last autumn.", {"GBR", "PER"}),
        ("Relations were cool for years. In 1974 Knut Berg took up the Norwegian embassy in "
         "Washington, where he stayed until 1980.", {"NOR", "USA"}),
    ],
)  # fmt: skip
def test_round26_appointments(extract: Extract, text: str, expected: set[str]) -> None:
    assert any(expected <= set(c) for c in states(extract(text, "1975-01-01"), "APPOINT_ENVOY"))


@pytest.mark.parametrize(
    "text",
    [
        "The Danish ambassador in Lima, Mr. Holm, died in 1960. Mr. Berg was expected to "
        "succeed him later that year.",
        "Japan pressed Peru hard. In October Count Tanaka had gone to Lima as Minister of Trade.",
        "Japan pressed Peru hard. In October Count Tanaka had gone to Lima as Prime Minister.",
        "LIMA, Sept. 7 — Britain was represented by Sir John Hart, who succeeded Sir Henry "
        "Cole as foreign minister last autumn.",
        "Relations were cool for years. In 1974 Knut Berg took up the matter with the "
        "Norwegian embassy in Washington.",
        "Relations were cool. In 1955 Li Wen was appointed Minister of Trade, a resident of Lima.",
    ],
)
def test_round26_no_appointment(extract: Extract, text: str) -> None:
    assert not states(extract(text, "1975-01-01"), "APPOINT_ENVOY")


def test_round26_recall_without_post_is_from_the_state_just_told_of(extract: Extract) -> None:
    doc = extract(
        "In March 1981 Peru expelled several American diplomats. In September 1985 the "
        "Peruvian president visited Washington and held talks with Reagan.\n\n"
        "Yet Santiago's conduct kept embarrassing its American friends. In June 1986 "
        "Washington recalled its ambassador, John Hart, for consultations.",
        "1990-01-01",
    )
    assert [sorted(c) for c in states(doc, "RECALL_ENVOY")] == [["CHL", "USA"]]

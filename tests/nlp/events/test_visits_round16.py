"""Round-16 visits and meetings: a meeting pointed back to from a time adjunct ("before the
meeting ended", "at the end of the conversation") or by "the two leaders", far from where it
was told, is the same meeting. Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from .event_helpers import dated_states, summary, types

pytestmark = pytest.mark.slow

Extract = Callable[..., Doc]

_OPENING = (
    "On 14 December 1963 Premier Zhou Enlai met President Nasser in Cairo. "
    "He said China valued the friendship of the Egyptian people.\n\n"
)
# A long stretch with no act in it, so that the pointing-back sentence lies far from the first.
_FILLER = (
    " ".join(
        ["The Premier then spoke at length about the harvest, the price of cotton and the "
         "progress of the irrigation works along the river."] * 22
    )
    + "\n\n"
)  # fmt: skip


@pytest.mark.parametrize(
    "tail",
    [
        "Before the meeting ended the Premier said that China would send engineers to Egypt.",
        "At the end of the conversation Zhou Enlai handed Nasser a letter from Chairman Mao.",
        "After the talks Nasser told reporters that Egypt would buy Chinese steel.",
        "The two leaders then held a long discussion of the world economy.",
    ],
)
def test_a_meeting_pointed_back_to_far_away_is_the_same_meeting(
    extract: Extract, tail: str
) -> None:
    meetings = dated_states(extract(_OPENING + _FILLER + tail), "MEET")
    assert meetings == [(["CHN", "EGY"], ("1963-12-14", "1963-12-14"))]


def test_a_time_adjunct_with_a_place_of_its_own_is_a_new_meeting(extract: Extract) -> None:
    text = _OPENING + _FILLER + "During the talks in Beijing in May 1965 Nasser met Zhou again."
    assert len(dated_states(extract(text), "MEET")) == 2


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("In May 1958 Karl Weber took up his post in Cairo as West German ambassador.",
         ["DEU", "EGY"]),
        ("Karl Weber took up the post of West German ambassador in Cairo in 1958.",
         ["DEU", "EGY"]),
        ("In 1962 Dr. Hans Kroll took up his post in Moscow as ambassador of the Federal "
         "Republic.", ["DEU", "SUN"]),
    ],
)  # fmt: skip
def test_a_post_taken_up_as_ambassador_is_an_appointment(
    extract: Extract, text: str, pair: list[str]
) -> None:
    assert ("APPOINT_ENVOY", pair) in summary(extract(text))


@pytest.mark.parametrize(
    "text",
    [
        "In 1965 the new governor took up his post in Nairobi.",
        "In 1970 Pierre Martin took up his post in Algiers as director of the French library.",
    ],
)
def test_a_post_taken_up_that_is_no_envoy_s_appoints_none(extract: Extract, text: str) -> None:
    assert "APPOINT_ENVOY" not in types(extract(text))


@pytest.mark.parametrize(
    "text",
    [
        "She is due to fly to Paris tomorrow and will then travel to Bonn for talks with "
        "Chancellor Kohl.",
        "The Dutch premier will go to Oslo next week for talks with the Norwegian government.",
    ],
)
def test_talks_as_the_purpose_of_a_journey_still_to_come_are_no_meeting(
    extract: Extract, text: str
) -> None:
    assert "MEET" not in types(extract(text, "1984-12-19"))


def test_talks_as_the_purpose_of_a_past_journey_are_a_meeting(extract: Extract) -> None:
    found = summary(extract("In May 1984 the Dutch premier went to Oslo for talks with the "
                            "Norwegian government."))  # fmt: skip
    assert ("MEET", ["NLD", "NOR"]) in found


@pytest.mark.parametrize(
    "text",
    [
        "He renewed his invitation for the President to visit Mexico.",
        "In 1975 the King repeated his invitation for the Chancellor to visit Morocco.",
    ],
)
def test_an_invitation_for_someone_to_visit_is_no_visit(extract: Extract, text: str) -> None:
    assert "VISIT" not in types(extract(text, "1962-04-04"))

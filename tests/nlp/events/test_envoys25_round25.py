"""Round-25 envoys and missions (own sentences): several doers of a recall conjoined to a
break act towards that act's partner, and a fellow doer's clause names no target; a
protecting power's Political Agency or Residency is a mission; a mission first told of as
"at work" has opened; "in both capitals" makes one mission act per capital; a successor
titled as a leader takes over no post abroad; "most of the states" names no party."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from .event_helpers import states

pytestmark = pytest.mark.slow

Extract = Callable[..., Doc]


def test_round25_recall_conjoined_to_a_break_takes_its_partner(extract: Extract) -> None:
    doc = extract(
        "The envoy said that Norway and Denmark had broken off relations with Lima in May "
        "and had recalled their ambassadors, but that Sweden had not followed them."
    )
    recalls = [sorted(c) for c in states(doc, "RECALL_ENVOY")]
    assert sorted(recalls) == [["DNK", "PER"], ["NOR", "PER"]]


def test_round25_fellow_doer_is_no_target_of_the_recall(extract: Extract) -> None:
    doc = extract(
        "Peru expelled two Chilean attachés in March 1975. In April, Norway and Denmark "
        "recalled their ambassadors, and Sweden did the same."
    )
    recalls = [sorted(c) for c in states(doc, "RECALL_ENVOY")]
    assert ["NOR", "PER"] in recalls and ["DNK", "PER"] in recalls
    assert ["NOR", "SWE"] not in recalls


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        ("In 1961 the British Political Agency in Kuwait became an embassy.",
         "OPEN_MISSION", {"GBR", "KWT"}),
        ("In 1958 the British Political Agency in Muscat was closed.",
         "CLOSE_MISSION", {"GBR", "OMN"}),
        ("By the autumn of 1972 a Chinese embassy was at work in Kigali.",
         "OPEN_MISSION", {"CHN", "RWA"}),
    ],
)  # fmt: skip
def test_round25_mission_posts_and_missions_at_work(
    extract: Extract, text: str, kind: str, expected: set[str]
) -> None:
    assert any(expected <= set(c) for c in states(extract(text), kind))


def test_round25_agency_of_news_is_no_mission(extract: Extract) -> None:
    doc = extract("In 1950 the French news agency in Rabat became a daily newspaper.")
    assert not states(doc, "OPEN_MISSION")


def test_round25_embassy_already_told_at_work_is_no_opening(extract: Extract) -> None:
    doc = extract("In 1975 the Chinese embassy in Kigali was at work on the new road.")
    assert not states(doc, "OPEN_MISSION")


def test_round25_mission_opened_in_both_capitals(extract: Extract) -> None:
    doc = extract(
        "Bahrain and Qatar became independent in 1971. In both capitals the British Political "
        "Agency became an embassy that year."
    )
    opened = [sorted(c) for c in states(doc, "OPEN_MISSION")]
    assert ["BHR", "GBR"] in opened and ["GBR", "QAT"] in opened


def test_round25_successor_as_leader_is_no_envoy(extract: Extract) -> None:
    doc = extract(
        "China kept an embassy in Accra from 1960. Nkrumah left office in 1966 and was "
        "succeeded by his deputy prime minister, Kofi Mensah."
    )
    assert not states(doc, "APPOINT_ENVOY")


def test_round25_envoy_succeeded_by_a_named_successor_is_appointed(extract: Extract) -> None:
    doc = extract(
        "Carl Rusk, the Danish ambassador in Lima, died in office in 1957 and was succeeded "
        "by Peter Lang."
    )
    assert any({"DNK", "PER"} <= set(c) for c in states(doc, "APPOINT_ENVOY"))


def test_round25_share_of_unnamed_states_is_no_party(extract: Extract) -> None:
    doc = extract(
        "By 1965 Israeli doctors were working in Chad and Niger, and most of the new African "
        "states had exchanged ambassadors with Israel."
    )
    assert not states(doc, "APPOINT_ENVOY")


def test_round25_withdrawing_its_ambassador_with_a_past_act(extract: Extract) -> None:
    doc = extract("In May 1962 Lima broke off relations with Oslo, withdrawing its ambassador.")
    assert any({"NOR", "PER"} == set(c) for c in states(doc, "RECALL_ENVOY"))


def test_round25_withdrawing_in_the_present_is_no_recall(extract: Extract) -> None:
    doc = extract("Peru is withdrawing its ambassador from Oslo, the minister said.")
    assert not states(doc, "RECALL_ENVOY")


def test_round25_an_ambassador_returning_after_restoration_is_appointed(
    extract: Extract,
) -> None:
    doc = extract("Relations were restored in 1980, and a Danish ambassador came to Lima in May.")
    assert any({"DNK", "PER"} == set(c) for c in states(doc, "APPOINT_ENVOY"))


def test_round25_the_ambassador_returning_is_no_appointment(extract: Extract) -> None:
    doc = extract("In 1975 the Peruvian ambassador returned to Oslo after consultations.")
    assert not states(doc, "APPOINT_ENVOY")

"""Round-19 modality: acts offered with "would be glad to", matters "under discussion", acts
under a shared negation are no facts; clauses the parser hung on a later verb past a
semicolon or a comma, finite clauses of thanks, acts whose aim only is intended, "had been
useful", "issued a statement after talks" and agreements named by their date are facts.
Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from .event_helpers import summary, types

pytestmark = pytest.mark.slow

Extract = Callable[..., Doc]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # an act offered or foreseen with a modal adjective
        (
            "The Foreign Minister of Poland said that he would be happy to visit Ghana later "
            "in the year.",
            "VISIT",
        ),
        (
            "Mr. Rusk said he hoped to tour Africa later in the year and would be happy to stop "
            "in Nigeria.",
            "VISIT",
        ),
        # a matter weighed "under discussion" or "under consideration"
        (
            "Officials said that a Soviet loan to Ghana, which had been under discussion with "
            "Moscow, would not go ahead.",
            "MEET",
        ),
        ("A visit by the Prime Minister of India to Moscow is under consideration.", "VISIT"),
        # a verb joined by "or" to a negated verb shares its negation
        (
            "In 1964 Chile did not break off relations with Cuba or recall its ambassador from "
            "Havana.",
            "RECALL_ENVOY",
        ),
    ],
)
def test_acts_offered_weighed_or_negated_are_no_facts(
    extract: Extract, text: str, kind: str
) -> None:
    assert kind not in types(extract(text, doc_date="1965-06-01"))


def test_a_modal_adjective_of_a_stance_in_reported_speech_is_the_stance(
    extract: Extract,
) -> None:
    text = (
        "In May 1965 the Foreign Minister of Ghana said that Ghana would be glad to support Egypt."
    )
    assert ("EXPRESS_SUPPORT", ["EGY", "GHA"]) in summary(extract(text))


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a clause hung on a later verb past a semicolon or a colon
        (
            "In March 1975 the Shah of Iran came to Cairo for talks; President Sadat welcomed "
            "him at the airport.",
            ("VISIT", ["EGY", "IRN"]),
        ),
        (
            "In 1956 the talks between Egypt and Syria in Cairo went badly: Damascus refused "
            "every proposal.",
            ("MEET", ["EGY", "SYR"]),
        ),
        # a clause after a comma hung on a verb that already has its object
        (
            "Egypt ordered the British consulates in Alexandria and Port Said closed in "
            "November 1956, Britain broke off relations with Egypt in December, and relations "
            "were restored only in 1959.",
            ("END_RELATIONS", ["EGY", "GBR"]),
        ),
        # a past verb conjoined to an infinitive
        (
            "In 1977 Somalia ordered all Soviet advisers to leave the country and broke off "
            "relations with Cuba.",
            ("END_RELATIONS", ["CUB", "SOM"]),
        ),
        # "it is well established that": no plan of "be to"
        (
            "It is now well established that Sweden quietly passed radar intelligence to the "
            "Finnish forces, a fact that Soviet officers did not forget.",
            ("PROVIDE_AID", ["FIN", "SWE"]),
        ),
        # a perfect judging talks done
        (
            "He recalled that the talks between Britain and Nigeria in 1968 had been useful.",
            ("MEET", ["GBR", "NGA"]),
        ),
        # a statement issued after talks: "issued" is no "issue" of a plan
        (
            "After talks with the Foreign Minister of Thailand in March 1962, the Secretary of "
            "State of the United States issued a joint statement.",
            ("MEET", ["THA", "USA"]),
        ),
        # a finite past clause under a verb of thanks
        (
            "In 1961 Khrushchev said he appreciated that the President of Finland had flown to "
            "Moscow to see him.",
            ("VISIT", ["FIN", "SUN"]),
        ),
        # only the aim of the act is intended
        (
            "The visit of President Nixon to Spain in 1970 was intended to reassure Franco.",
            ("VISIT", ["ESP", "USA"]),
        ),
        # "had done so" is no "so that"
        (
            "Norway recognised the Soviet Union in February 1924, shortly after Italy had done so.",
            ("ESTABLISH_RELATIONS", ["ITA", "SUN"]),
        ),
        # an agreement named by its date under a refusal to extend it
        (
            "In April 1979 Beijing informed Moscow that it would not extend the Sino-Soviet "
            "treaty of 1950.",
            ("SIGN_AGREEMENT", ["CHN", "SUN"]),
        ),
        # the same agreement as the subject of the refusal
        (
            "The treaty of 1950 between Moscow and Peking would not be extended.",
            ("SIGN_AGREEMENT", ["CHN", "SUN"]),
        ),
    ],
)
def test_acts_told_beside_wishes_and_plans_are_facts(
    extract: Extract, text: str, found: tuple[str, list[str]]
) -> None:
    assert found in summary(extract(text, doc_date="1980-01-01"))


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Talks between Britain and Nigeria would be useful.", "MEET"),
        ("The visit of the Shah of Iran to Moscow was intended to take place in May.", "VISIT"),
    ],
)
def test_acts_weighed_or_planned_stay_no_facts(extract: Extract, text: str, kind: str) -> None:
    assert kind not in types(extract(text, doc_date="1965-06-01"))


@pytest.mark.parametrize(
    ("text", "closed"),
    [
        ("The West German embassy in Prague was closed to visitors in August 1989.", False),
        ("The embassy of Japan in Lima closed to the public in December 1996.", False),
        ("In August 1989 West Germany closed its embassy in Prague.", True),
    ],
)
def test_a_mission_closed_to_people_is_no_closure(
    extract: Extract, text: str, closed: bool
) -> None:
    assert ("CLOSE_MISSION" in types(extract(text))) is closed

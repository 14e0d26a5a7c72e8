"""General patterns of the extractor (issue 4), each on sentences written for these tests.

Every case is a linguistic configuration (a trigger family, a dependency shape, a modality cue),
with a negative where the pattern could over-fire.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from diplomatica.nlp.types import EventFact

pytestmark = pytest.mark.slow

Extract = Callable[..., Doc]


def _events(doc: Doc, etype: str) -> list[EventFact]:
    return [e for e in doc._.dipl_events if e.type == etype]


def _summary(doc: Doc) -> list[tuple[str, list[str], str | None]]:
    return [(e.type, e.countries, e.date.start if e.date else None) for e in doc._.dipl_events]


# --- termination cues ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "countries", "start"),
    [
        (
            "In 1962 Egypt abrogated its defence treaty with Syria.",
            ["EGY", "SYR"],
            "1962",
        ),
        (
            "The trade agreement between Sweden and Finland, which lapsed in 1977, was never "
            "replaced.",
            ["FIN", "SWE"],
            "1977",
        ),
        (
            "In 1958 Sweden signed a fisheries treaty with Finland. It expired on 2 May 1973.",
            ["FIN", "SWE"],
            "1973-05-02",
        ),
        (
            "On 9 June 1981 the government of Chile decided not to renew the agreement with "
            "Argentina.",
            ["ARG", "CHL"],
            "1981-06-09",
        ),
        (
            "In 1966 Ghana withdrew from its aviation agreement with Guinea.",
            ["GHA", "GIN"],
            "1966",
        ),
        (
            "In 1979 Chile announced the denunciation of the border treaty with Argentina.",
            ["ARG", "CHL"],
            "1979",
        ),
    ],
)
def test_termination_cues(extract: Extract, text: str, countries: list[str], start: str) -> None:
    doc = extract(text)
    ended = _events(doc, "TERMINATE_AGREEMENT")
    assert any(
        e.countries == countries and e.date and e.date.start.startswith(start) for e in ended
    ), _summary(doc)


def test_negated_renewal_dates_the_decision_not_a_later_clause(extract: Extract) -> None:
    doc = extract(
        "On 9 June 1981 Chile decided not to renew the agreement with Argentina, and it expired "
        "on 1 January 1982."
    )
    starts = sorted(e.date.start for e in _events(doc, "TERMINATE_AGREEMENT") if e.date)
    assert starts == ["1981-06-09", "1982-01-01"], _summary(doc)


@pytest.mark.parametrize(
    "text",
    [
        "In 1981 Chile decided to renew the agreement with Argentina.",
        "In 1975 the mandate of the commission between Chile and Argentina expired.",
        "Chile could terminate the agreement with Argentina at any time.",
    ],
)
def test_not_a_termination(extract: Extract, text: str) -> None:
    doc = extract(text)
    assert not _events(doc, "TERMINATE_AGREEMENT"), _summary(doc)


def test_year_modifying_the_treaty_does_not_date_its_termination(extract: Extract) -> None:
    doc = extract("In March 1990 Egypt denounced its 1936 treaty with Syria.")
    (ended,) = _events(doc, "TERMINATE_AGREEMENT")
    assert ended.date is not None and ended.date.start.startswith("1990-03"), _summary(doc)


# --- support cues ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        (
            "In 1983 the Swedish premier conveyed his support for Finland's neutrality.",
            ["FIN", "SWE"],
        ),
        ("In 1990 Egypt reiterated its support for the position of Syria.", ["EGY", "SYR"]),
        ("In 1962 Ghana walked out of the conference in support of Guinea.", ["GHA", "GIN"]),
        ("In 1977 Sweden welcomed the proposal of Finland.", ["FIN", "SWE"]),
        ("In 1977 the Swedish government warmly received the Finnish initiative.", ["FIN", "SWE"]),
    ],
)
def test_support_cues(extract: Extract, text: str, countries: list[str]) -> None:
    doc = extract(text)
    assert any(e.countries == countries for e in _events(doc, "EXPRESS_SUPPORT")), _summary(doc)


@pytest.mark.parametrize(
    "text",
    [
        "In 1977 Sweden welcomed the Finnish delegation at the airport.",
        "In 1994 the Swedish government stood by the continuity of its policy.",
        "In 1980 Sweden signed a pact which should strengthen trade and support Finland.",
        "In 1950 the Swedish envoy was sent with the commitment to support Finland.",
    ],
)
def test_not_a_support_statement(extract: Extract, text: str) -> None:
    doc = extract(text)
    assert not _events(doc, "EXPRESS_SUPPORT"), _summary(doc)


# --- modality: negative quantifiers, generic talks -----------------------------------------


def test_negative_subject_is_not_a_fact(extract: Extract) -> None:
    doc = extract("In the 1970s no Finnish minister paid an official visit to Portugal.")
    assert not _events(doc, "VISIT"), _summary(doc)
    doc = extract("In 1975 a Finnish minister paid an official visit to Portugal.")
    assert _events(doc, "VISIT"), _summary(doc)


def test_permanent_or_regular_talks_are_not_meetings(extract: Extract) -> None:
    doc = extract(
        "In 1979 the ministries of Finland and Sweden reviewed the matter in their regular "
        "consultations."
    )
    assert not _events(doc, "MEET"), _summary(doc)
    doc = extract("In May 1979 Finland and Sweden held consultations on fishing quotas.")
    assert _events(doc, "MEET"), _summary(doc)


# --- coordinated agreements -----------------------------------------------------------------


def test_coordinated_agreements_keep_their_own_partners_and_dates(extract: Extract) -> None:
    doc = extract(
        "Hungary concluded a trade agreement with Austria on 4 March 1964 and a transit "
        "agreement with Yugoslavia on 9 October 1965."
    )
    got = sorted(
        (e.countries, e.date.start if e.date else None) for e in _events(doc, "SIGN_AGREEMENT")
    )
    assert got == [(["AUT", "HUN"], "1964-03-04"), (["HUN", "YUG"], "1965-10-09")], _summary(doc)


def test_enumerated_signings_in_one_sentence_stay_distinct(extract: Extract) -> None:
    doc = extract(
        "In May 1975 Austria and Hungary signed a consular convention, exchanged the "
        "instruments of ratification of the trade treaty and signed a protocol on border "
        "crossings."
    )
    assert len(_events(doc, "SIGN_AGREEMENT")) == 3, _summary(doc)


def test_one_agreement_mentioned_twice_is_one_event(extract: Extract) -> None:
    doc = extract(
        "In May 1975 Austria and Hungary signed a consular convention. The convention was "
        "signed by the two foreign ministers in Vienna."
    )
    assert len(_events(doc, "SIGN_AGREEMENT")) == 1, _summary(doc)


# --- missions and successions ---------------------------------------------------------------


def test_intransitive_opening_of_missions(extract: Extract) -> None:
    doc = extract("After long talks, the embassies of Sweden and Finland opened on 1 June 1978.")
    (opened,) = _events(doc, "OPEN_MISSION")
    assert opened.countries == ["FIN", "SWE"], _summary(doc)
    doc = extract(
        "In 1978 the Swedish mission in Helsinki opened a library for readers in Finland."
    )
    assert not _events(doc, "OPEN_MISSION"), _summary(doc)


def test_succession_of_a_mission_head_is_an_appointment(extract: Extract) -> None:
    doc = extract(
        "From 1970 to 1975 Anders Lind headed the Swedish mission in Finland. "
        "He was succeeded in 1975 by Erik Holm."
    )
    assert any(e.date and e.date.start.startswith("1975") for e in _events(doc, "APPOINT_ENVOY")), (
        _summary(doc)
    )


# --- venues ---------------------------------------------------------------------------------


def test_meeting_venue_is_not_a_party(extract: Extract) -> None:
    doc = extract("In May 1966 the Swedish and Finnish premiers met in Vienna.")
    assert [e.countries for e in _events(doc, "MEET")] == [["FIN", "SWE"]], _summary(doc)


def test_venue_fills_in_when_the_partner_is_unknown(extract: Extract) -> None:
    doc = extract("In May 1966 the Swedish premier met a delegation in Vienna.")
    assert [e.countries for e in _events(doc, "MEET")] == [["AUT", "SWE"]], _summary(doc)


def test_visit_destination_stays_a_party(extract: Extract) -> None:
    doc = extract("In May 1966 the Swedish premier paid a visit to Vienna.")
    assert [e.countries for e in _events(doc, "VISIT")] == [["AUT", "SWE"]], _summary(doc)


# --- money as aid ---------------------------------------------------------------------------


def test_money_granted_is_aid_and_the_currency_is_no_party(extract: Extract) -> None:
    doc = extract("In 1978 Sweden granted Finland a credit of 40 million US dollars.")
    assert [e.countries for e in _events(doc, "PROVIDE_AID")] == [["FIN", "SWE"]], _summary(doc)
    doc = extract("In 1981 Austria granted two billion yen to Hungary for a hospital.")
    assert [e.countries for e in _events(doc, "PROVIDE_AID")] == [["AUT", "HUN"]], _summary(doc)
    doc = extract("In 1981 Austria paid two billion yen to Hungary for the pipeline.")
    assert not _events(doc, "PROVIDE_AID"), _summary(doc)

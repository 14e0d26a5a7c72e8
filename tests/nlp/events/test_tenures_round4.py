"""Tenure patterns of round 4 (own sentences): appositions with a date range, terms ended by
an event, participles of serving, "since last <month>", "held the same post", and an office
that represents a state in another's capital."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from .tenure_helpers import tenures_of, terms_of

pytestmark = pytest.mark.slow

Extract = Callable[..., Doc]


def test_apposition_range_after_the_state(extract: Extract) -> None:
    doc = extract(
        "The thaw is linked to Olof Palme, Prime Minister of Sweden from 14 October 1969 "
        "until his defeat on 8 October 1976."
    )
    assert terms_of(doc, "Olof Palme") == {("prime minister", "1969-10-14", "1976-10-08")}


def test_apposition_followed_by_a_clause_keeps_no_date(extract: Extract) -> None:
    doc = extract("Olof Palme, Prime Minister of Sweden, flew to Hanoi in 1973.")
    assert terms_of(doc, "Olof Palme") == set()


def test_term_ended_by_an_assassination(extract: Extract) -> None:
    doc = extract(
        "Trade grew. Rahman was President of Bangladesh from 1977 until his murder in 1981."
    )
    assert terms_of(doc, "Rahman") == {("president", "1977", "1981")}


def test_remained_in_office_until_death_ends_the_term(extract: Extract) -> None:
    doc = extract(
        "Talks resumed with Kekkonen, who had been President of Finland since 1956 and "
        "remained in office until his resignation in 1982."
    )
    assert terms_of(doc, "Kekkonen") == {("president", "1956", "1982")}


def test_participle_of_serving_dates_the_post(extract: Extract) -> None:
    doc = extract(
        "Canada opened an embassy in Havana in 1962, and Paul Martel became the first "
        "Canadian ambassador to Cuba, serving from 1962 to 1967."
    )
    assert terms_of(doc, "Paul Martel") == {("ambassador", "1962", "1967")}


def test_participle_between_stay_verb_and_its_end(extract: Extract) -> None:
    doc = extract(
        "The economist Ivan Petrov was appointed ambassador in May 1988 and remained in the "
        "post, speaking for Moscow through the crisis, until 1994."
    )
    assert terms_of(doc, "Ivan Petrov") == {("ambassador", "1988-05", "1994")}


def test_since_last_month_resolves_against_the_document_date(extract: Extract) -> None:
    doc = extract("Mr Sato has been foreign minister since last March.", doc_date="1983-09-02")
    assert terms_of(doc, "Sato") == {("foreign minister", "1983-03", None)}


def test_same_post_takes_the_office_last_stated(extract: Extract) -> None:
    doc = extract(
        "Mr Sato has been foreign minister since 1981, and Mr Weber has held the same post "
        "in Bonn since 1980.",
        doc_date="1983-09-02",
    )
    (t,) = tenures_of(doc, "Weber")
    assert (t.role, t.country, t.start, t.end) == ("foreign minister", "DEU", "1980", None)


def test_other_posts_are_not_the_same_post(extract: Extract) -> None:
    doc = extract(
        "Mr Sato has been foreign minister since 1981, and Mr Weber has held a post in Bonn "
        "since 1980.",
        doc_date="1983-09-02",
    )
    assert tenures_of(doc, "Weber") == []


def test_represented_in_a_capital_by_its_minister(extract: Extract) -> None:
    doc = extract("Norway is represented in Warsaw by its minister, Lars Brekke.")
    (t,) = tenures_of(doc, "Lars Brekke")
    assert (t.role, t.country, t.to, t.start, t.end) == ("minister", "NOR", "POL", None, None)


def test_minister_in_apposition_without_representation_is_no_tenure(extract: Extract) -> None:
    doc = extract("Norway sent a note through its minister, Lars Brekke.")
    assert tenures_of(doc, "Lars Brekke") == []


def test_when_clause_names_the_envoy_of_an_exchange(extract: Extract) -> None:
    doc = extract("Ambassadors were exchanged in 1958, when Tomas Berg was posted to Prague.")
    (t,) = tenures_of(doc, "Tomas Berg")
    assert (t.role, t.to, t.start, t.end) == ("ambassador", "CSK", "1958", None)


def test_when_clause_without_a_destination_names_no_envoy(extract: Extract) -> None:
    doc = extract("Ambassadors were exchanged in 1958, when Tomas Berg was named a professor.")
    assert tenures_of(doc, "Tomas Berg") == []


def test_removal_from_posts_ends_the_last_tenure(extract: Extract) -> None:
    doc = extract(
        "Peter Lund served as Prime Minister of Norway from 1961. "
        "In March 1965 Lund was removed from his posts."
    )
    assert terms_of(doc, "Peter Lund") == {("prime minister", "1961", "1965-03")}


def test_removal_from_a_delegation_is_not_from_office(extract: Extract) -> None:
    doc = extract(
        "Peter Lund served as Prime Minister of Norway from 1961. "
        "In March 1965 Lund was removed from the guest list."
    )
    assert terms_of(doc, "Peter Lund") == {("prime minister", "1961", None)}


def test_succession_by_pronoun_takes_the_date_of_the_removal(extract: Extract) -> None:
    doc = extract(
        "Peter Lund served as Prime Minister of Norway from 1961. "
        "In March 1965 Lund was removed from his posts. "
        "Erik Berg, a former minister of trade, succeeded him as Prime Minister."
    )
    assert terms_of(doc, "Erik Berg") == {("prime minister", "1965-03", None)}
    assert terms_of(doc, "Peter Lund") == {("prime minister", "1961", "1965-03")}


def test_object_pronoun_is_not_the_successor_himself(extract: Extract) -> None:
    doc = extract(
        "Peter Lund served as Prime Minister of Norway from 1961 to 1965. "
        "Erik Berg, minister of trade from 1958 to 1965, succeeded him as Prime Minister."
    )
    assert ("prime minister", "1965", None) in terms_of(doc, "Erik Berg")
    assert terms_of(doc, "Peter Lund") == {("prime minister", "1961", "1965")}


def test_passive_sent_to_a_capital_as_envoy_names_the_host(extract: Extract) -> None:
    doc = extract("Trade with France grew. In 1966 Jean Morel was sent to Hanoi as ambassador.")
    (t,) = tenures_of(doc, "Jean Morel")
    assert (t.role, t.to, t.start) == ("ambassador", "VDR", "1966")


def test_first_holder_takes_up_the_post_when_the_missions_open(extract: Extract) -> None:
    doc = extract(
        "The embassies opened in Oslo and Lima on 3 June 1969. Pedro Alva was the first "
        "Peruvian ambassador in Oslo and served there until 1974."
    )
    assert terms_of(doc, "Pedro Alva") == {("ambassador", "1969-06-03", "1974")}


def test_a_later_holder_takes_no_opening_date(extract: Extract) -> None:
    doc = extract(
        "The embassies opened in Oslo and Lima on 3 June 1969. Pedro Alva was the third "
        "Peruvian ambassador in Oslo and served there until 1980."
    )
    assert terms_of(doc, "Pedro Alva") == {("ambassador", None, "1980")}

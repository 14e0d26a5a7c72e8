"""Tenure statement patterns, each on sentences written for these tests, with negatives."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from diplomatica.nlp.events.tenure_roles import is_diplomatic, normalise_role

from .tenure_helpers import tenures_of, terms_of

pytestmark = pytest.mark.slow

Extract = Callable[..., Doc]


def test_copular_ambassador_in_capital_from_to(extract: Extract) -> None:
    doc = extract("Relations improved slowly. D. Tsogt was ambassador in Tokyo from 1978 to 1983.")
    (t,) = tenures_of(doc, "D. Tsogt")
    assert (t.role, t.start, t.end, t.to) == ("ambassador", "1978", "1983", "JPN")


def test_apposition_with_range(extract: Extract) -> None:
    doc = extract(
        "The talks were prepared by B. Dash, Foreign Minister of Mongolia from 1970 to 1976, "
        "and his staff."
    )
    assert ("foreign minister", "1970", "1976") in terms_of(doc, "B. Dash")


def test_demonym_title_apposition_gives_state_and_host(extract: Extract) -> None:
    doc = extract("The guests included the Mongolian ambassador in New Delhi, B. Dash.")
    (t,) = tenures_of(doc, "B. Dash")
    assert (t.role, t.country, t.to, t.start, t.end) == ("ambassador", "MNG", "IND", None, None)


def test_served_until_open_start(extract: Extract) -> None:
    doc = extract(
        "After the war Ch. Bold served as counsellor at the embassy in Moscow until 1958."
    )
    assert ("counsellor", None, "1958") in terms_of(doc, "Ch. Bold")


def test_relative_clause_head_of_state_with_dates(extract: Extract) -> None:
    doc = extract(
        "The agreement was welcomed by P. Ochirbat, who was President from 1990 to 1997, "
        "and by the parliament."
    )
    assert ("president", "1990", "1997") in terms_of(doc, "P. Ochirbat")


def test_appointed_office_in_year_starts_it(extract: Extract) -> None:
    doc = extract("In March 1990 D. Gombojav was appointed Deputy Foreign Minister.")
    assert ("deputy foreign minister", "1990-03", None) in terms_of(doc, "D. Gombojav")


def test_recalled_and_appointed_share_the_date(extract: Extract) -> None:
    doc = extract(
        "Ambassador B. Dash was recalled in May 1969 and appointed Minister of Foreign Affairs."
    )
    spans = terms_of(doc, "B. Dash")
    assert ("ambassador", None, "1969-05") in spans
    assert ("foreign minister", "1969-05", None) in spans


def test_passive_succession_ends_one_and_starts_the_other(extract: Extract) -> None:
    doc = extract(
        "D. Tsogt served as ambassador in Tokyo from 1978. "
        "He was succeeded in 1983 by B. Dash, who stayed until 1987."
    )
    assert ("ambassador", "1978", "1983") in terms_of(doc, "D. Tsogt")
    (t,) = tenures_of(doc, "B. Dash")
    assert (t.role, t.start, t.end, t.to) == ("ambassador", "1983", "1987", "JPN")


def test_active_succession_with_office(extract: Extract) -> None:
    doc = extract("In 1984 B. Dash succeeded D. Tsogt as Prime Minister.")
    assert ("prime minister", "1984", None) in terms_of(doc, "B. Dash")
    assert ("prime minister", None, "1984") in terms_of(doc, "D. Tsogt")


def test_then_office_starts_when_the_previous_ended(extract: Extract) -> None:
    doc = extract(
        "D. Tsogt, who headed the government from 1968 to 1975 and then served as "
        "Chairman of the State Planning Commission until 1980, wrote his memoirs."
    )
    spans = terms_of(doc, "D. Tsogt")
    assert ("head of government", "1968", "1975") in spans
    assert ("chairman of state planning commission", "1975", "1980") in spans


def test_headed_mission_in_capital(extract: Extract) -> None:
    doc = extract("B. Dash headed the Mongolian mission in New Delhi from 1965 to 1969.")
    (t,) = tenures_of(doc, "B. Dash")
    assert (t.role, t.country, t.to, t.start, t.end) == (
        "head of mission",
        "MNG",
        "IND",
        "1965",
        "1969",
    )


def test_titled_arrival_starts_and_recall_ends(extract: Extract) -> None:
    doc = extract(
        "The new Ambassador B. Dash arrived in New Delhi in April 1975. "
        "Ambassador B. Dash was recalled in 1979."
    )
    assert ("ambassador", "1975-04", "1979") in terms_of(doc, "B. Dash")


def test_second_host_with_its_own_dates(extract: Extract) -> None:
    doc = extract(
        "He was born in 1920. "
        "D. Tsogt was ambassador to India from 1960 to 1964 and to Japan from 1972 to 1976."
    )
    got = {(t.to, t.start, t.end) for t in tenures_of(doc, "D. Tsogt")}
    assert {("IND", "1960", "1964"), ("JPN", "1972", "1976")} <= got


def test_unnamed_appointee_named_in_next_sentence(extract: Extract) -> None:
    doc = extract(
        "In 1975 Mongolia sent a seasoned diplomat as ambassador to New Delhi. "
        "B. Dash had worked in the foreign ministry for twenty years."
    )
    (t,) = tenures_of(doc, "B. Dash")
    assert (t.role, t.country, t.to, t.start) == ("ambassador", "MNG", "IND", "1975")


def test_unnamed_appointee_is_not_carried_across_paragraphs(extract: Extract) -> None:
    doc = extract(
        "In 1975 Mongolia sent a seasoned diplomat as ambassador to New Delhi.\n\n"
        "B. Dash had worked in the foreign ministry for twenty years."
    )
    assert tenures_of(doc, "B. Dash") == []


def test_took_up_the_post_of(extract: Extract) -> None:
    doc = extract("Trade with Japan grew. In 1983 B. Dash took up the post of ambassador in Tokyo.")
    (t,) = tenures_of(doc, "B. Dash")
    assert (t.role, t.start, t.end, t.to) == ("ambassador", "1983", None, "JPN")


def test_presented_credentials_starts_an_embassy(extract: Extract) -> None:
    doc = extract("Trade with Japan grew. B. Dash presented his credentials in Tokyo in May 1983.")
    (t,) = tenures_of(doc, "B. Dash")
    assert (t.role, t.start, t.end, t.to) == ("ambassador", "1983-05", None, "JPN")


def test_formerly_ambassador_is_an_undated_post(extract: Extract) -> None:
    doc = extract(
        "Trade with Japan grew. D. Tsogt (formerly ambassador in Tokyo) led talks in 1990."
    )
    assert terms_of(doc, "D. Tsogt") == {("ambassador", None, None)}


def test_titled_person_with_unrelated_date_gets_no_dates(extract: Extract) -> None:
    doc = extract("Ambassador B. Dash met the Indian foreign minister in New Delhi in 1977.")
    assert terms_of(doc, "B. Dash") == {("ambassador", None, None)}


def test_titled_minister_without_a_bound_is_not_a_tenure(extract: Extract) -> None:
    doc = extract("In 1977 Foreign Minister D. Tsogt visited Tokyo for talks on trade.")
    assert tenures_of(doc, "D. Tsogt") == []


def test_title_of_honour_and_expected_appointment_are_not_tenures(extract: Extract) -> None:
    doc = extract(
        "D. Tsogt was addressed as Great Leader by the crowd in 1962. "
        "B. Dash is expected to be named ambassador to Japan next year."
    )
    assert tenures_of(doc, "D. Tsogt") == []
    assert tenures_of(doc, "B. Dash") == []


def test_role_normalisation() -> None:
    assert normalise_role("Minister of Foreign Affairs") == "foreign minister"
    assert normalise_role("first deputy minister of foreign affairs") == "deputy foreign minister"
    assert normalise_role("ambassador extraordinary and plenipotentiary") == "ambassador"
    assert normalise_role("Chargé d'Affaires a.i.") == "chargé d'affaires"
    assert normalise_role("Secretary General of the party") == "general secretary of the party"
    assert normalise_role("Premier") == "prime minister"
    assert normalise_role("chairman of the council of ministers") == (
        "chairman of the council of ministers"
    )


def test_diplomatic_posts() -> None:
    assert is_diplomatic("ambassador") and is_diplomatic("embassy counsellor")
    assert is_diplomatic("head of mission") and is_diplomatic("1st secretary of embassy")
    assert not is_diplomatic("foreign minister") and not is_diplomatic("head of government")

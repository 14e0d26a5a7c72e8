"""Further tenure statement patterns (own sentences), each with a negative."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from diplomatica.nlp.events.tenures import person_key
from diplomatica.nlp.types import TenureFact

pytestmark = pytest.mark.slow

Extract = Callable[..., Doc]


def _of(doc: Doc, name: str) -> list[TenureFact]:
    key = set(person_key(name).split())
    return [t for t in doc._.dipl_tenures if key <= set(person_key(t.person).split())]


def _spans(doc: Doc, name: str) -> set[tuple[str, str | None, str | None]]:
    return {(t.role, t.start, t.end) for t in _of(doc, name)}


def test_decade_of_a_held_office_bounds_it(extract: Extract) -> None:
    doc = extract("Trade grew. B. Dash was ambassador in Tokyo in the early 1960s.")
    assert _spans(doc, "B. Dash") == {("ambassador", "1960", "1963")}


def test_decade_of_an_appointment_only_starts_it(extract: Extract) -> None:
    doc = extract("Trade grew. B. Dash was appointed ambassador to Japan in the 1960s.")
    assert _spans(doc, "B. Dash") == {("ambassador", "1960", None)}


def test_passive_headed_mission(extract: Extract) -> None:
    doc = extract("From 1957 until 1961 the embassy in Beijing was headed by B. Dash.")
    (t,) = _of(doc, "B. Dash")
    assert (t.role, t.to, t.start, t.end) == ("head of embassy", "CHN", "1957", "1961")


def test_passive_headed_non_office_is_not_a_tenure(extract: Extract) -> None:
    doc = extract("In 1960 the list of guests was headed by B. Dash.")
    assert _of(doc, "B. Dash") == []


def test_active_replacement_with_office(extract: Extract) -> None:
    doc = extract("In 1972 B. Dash replaced D. Tsogt as ambassador in Tokyo.")
    assert {(t.to, t.start, t.end) for t in _of(doc, "B. Dash")} == {("JPN", "1972", None)}
    assert {(t.to, t.start, t.end) for t in _of(doc, "D. Tsogt")} == {("JPN", None, "1972")}


def test_passive_replacement_takes_the_last_office(extract: Extract) -> None:
    doc = extract(
        "D. Tsogt served as ambassador in Tokyo from 1968. He was replaced by B. Dash in 1972."
    )
    assert ("ambassador", "1968", "1972") in _spans(doc, "D. Tsogt")
    assert ("ambassador", "1972", None) in _spans(doc, "B. Dash")


def test_replacement_of_things_is_not_a_tenure(extract: Extract) -> None:
    doc = extract("The old car of D. Tsogt was replaced by B. Dash in 1970.")
    assert _of(doc, "B. Dash") == [] and _of(doc, "D. Tsogt") == []


def test_possessive_term_as_office_with_parenthesised_years(extract: Extract) -> None:
    doc = extract(
        "Trade grew. B. Dash's tenure as ambassador in Tokyo (1970–74) was marked by talks. "
        "During D. Tsogt's time as foreign minister (1980–83) trade doubled."
    )
    (t,) = _of(doc, "B. Dash")
    assert (t.role, t.to, t.start, t.end) == ("ambassador", "JPN", "1970", "1974")
    assert _spans(doc, "D. Tsogt") == {("foreign minister", "1980", "1983")}


def test_reputation_as_minister_is_not_a_term(extract: Extract) -> None:
    doc = extract("Trade grew. B. Dash's reputation as foreign minister rose in 1975.")
    assert _of(doc, "B. Dash") == []


def test_apposed_envoy_arriving_starts_the_post(extract: Extract) -> None:
    doc = extract("The first Soviet ambassador to Mongolia, B. Dash, arrived in March 1955.")
    (t,) = _of(doc, "B. Dash")
    assert (t.role, t.country, t.to, t.start, t.end) == (
        "ambassador",
        "SUN",
        "MNG",
        "1955-03",
        None,
    )


def test_apposed_envoy_meeting_someone_is_undated(extract: Extract) -> None:
    doc = extract("The Soviet ambassador to Mongolia, B. Dash, met the premier in March 1955.")
    assert _spans(doc, "B. Dash") == {("ambassador", None, None)}


def test_travel_of_a_minister_bounds_no_term(extract: Extract) -> None:
    doc = extract(
        "Foreign Minister D. Tsogt arrived in Tokyo in 1977 for talks. "
        "B. Dash, the foreign minister of Mongolia, left Tokyo on 3 May 1978."
    )
    assert _of(doc, "D. Tsogt") == [] and _of(doc, "B. Dash") == []


def test_appointed_name_office_to_host(extract: Extract) -> None:
    doc = extract("Trade grew. In 1962 Mongolia appointed B. Dash ambassador to India.")
    (t,) = _of(doc, "B. Dash")
    assert (t.role, t.country, t.to, t.start, t.end) == ("ambassador", "MNG", "IND", "1962", None)


def test_appointed_unnamed_ambassador_names_nobody(extract: Extract) -> None:
    doc = extract("Trade grew. In 1962 Mongolia appointed an ambassador to India.")
    assert doc._.dipl_tenures == []


def test_possessive_appointment_and_dismissal_as_office(extract: Extract) -> None:
    doc = extract(
        "Trade grew. B. Dash's appointment as ambassador to India in 1965 surprised many. "
        "D. Tsogt was dismissed from his post as foreign minister in 1970."
    )
    assert {(t.to, t.start, t.end) for t in _of(doc, "B. Dash")} == {("IND", "1965", None)}
    assert _spans(doc, "D. Tsogt") == {("foreign minister", None, "1970")}


def test_possible_loss_of_post_is_not_a_term(extract: Extract) -> None:
    doc = extract("Trade grew. D. Tsogt might lose his post as foreign minister in 1970.")
    assert _of(doc, "D. Tsogt") == []


def test_served_terms_as_office(extract: Extract) -> None:
    doc = extract("Trade grew. B. Dash served two terms as president (1960–1968).")
    assert _spans(doc, "B. Dash") == {("president", "1960", "1968")}


def test_posted_or_assigned_to_a_mission_as(extract: Extract) -> None:
    doc = extract(
        "Trade grew. B. Dash was posted to New Delhi as ambassador in 1965. "
        "D. Tsogt was assigned to the embassy in New Delhi as counsellor in 1966."
    )
    assert {(t.to, t.start) for t in _of(doc, "B. Dash")} == {("IND", "1965")}
    assert {(t.role, t.to, t.start) for t in _of(doc, "D. Tsogt")} == {
        ("counsellor", "IND", "1966")
    }


def test_apposed_ambassador_to_host_does_not_serve_the_host(extract: Extract) -> None:
    doc = extract(
        "Mongolia and India traded. B. Dash, ambassador to India since 1962, wrote a book."
    )
    (t,) = _of(doc, "B. Dash")
    assert (t.country, t.to, t.start) == ("MNG", "IND", "1962")

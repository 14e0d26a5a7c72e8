"""Tenure patterns of round 5 (own sentences): a holder's own post ("had held his post since
A", "kept his until B", "who has held the office since A") and offices listed for several
holders ("the foreign ministers, X of P and Y of Q")."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from .tenure_helpers import terms_of

pytestmark = pytest.mark.slow

Extract = Callable[..., Doc]


def test_own_post_since_and_elided_post_until(extract: Extract) -> None:
    doc = extract(
        "The talks opened in Oslo between Karl Jensen, the Danish foreign minister, and "
        "Pieter Smit, the Dutch foreign minister. Jensen had held his post since 1964; "
        "Smit kept his until 1979."
    )
    assert terms_of(doc, "Jensen") == {("foreign minister", "1964", None)}
    assert terms_of(doc, "Smit") == {("foreign minister", None, "1979")}


def test_titled_holder_who_has_held_the_office(extract: Extract) -> None:
    doc = extract("President Marta Ruiz, who has held the office since 1988, did not attend.")
    assert terms_of(doc, "Marta Ruiz") == {("president", "1988", None)}


def test_listed_holders_of_a_plural_office(extract: Extract) -> None:
    doc = extract(
        "Karl Jensen chaired the sessions at which the foreign ministers, Ali Rezaei of Iran "
        "and Omar Khalil of Iraq, signed the protocol. Rezaei had held his post since 1972."
    )
    assert {(t.role, t.country, t.start) for t in doc._.dipl_tenures if "Rezaei" in t.person} == {
        ("foreign minister", "IRN", "1972")
    }


def test_own_post_without_a_known_office_gives_nothing(extract: Extract) -> None:
    doc = extract("Berg had held his post since 1969.")
    assert terms_of(doc, "Berg") == set()


def test_chancellor_is_head_of_government_but_not_of_the_exchequer() -> None:
    from diplomatica.nlp.gazetteer import title as known_title

    chancellor = known_title("Federal Chancellor")
    exchequer = known_title("Chancellor of the Exchequer")
    assert chancellor is not None and chancellor.key == "prime minister"
    assert exchequer is not None and exchequer.key == "chancellor of the exchequer"


def test_office_coordinated_with_the_name_after_a_comma(extract: Extract) -> None:
    doc = extract(
        "Trade with Poland grew. Tomas Lind, Sweden's envoy and later ambassador in Warsaw "
        "from 1951 to 1963, had pressed for a treaty that would settle the fishing claims."
    )
    assert terms_of(doc, "Tomas Lind") == {("ambassador", "1951", "1963")}


def test_high_commissioner_is_an_envoy_post(extract: Extract) -> None:
    doc = extract(
        "Talks resumed in Ottawa. Anna Clarke, who had been high commissioner in Canada "
        "since 1974, opened them."
    )
    tenures = [t for t in doc._.dipl_tenures if "Clarke" in t.person]
    assert [(t.role, t.start) for t in tenures] == [("high commissioner", "1974")]


def test_first_person_in_a_diary_is_its_author(extract: Extract) -> None:
    doc = extract(
        "From the diary of P. K. Sorokin\n\nRecord of a meeting, 3 May 1971\n\n"
        "Today I met the foreign minister of Finland in Helsinki. I have served in Helsinki as "
        "ambassador since 1966 and have never seen him so worried."
    )
    tenures = [t for t in doc._.dipl_tenures if "Sorokin" in t.person]
    assert [(t.role, t.to, t.start) for t in tenures] == [("ambassador", "FIN", "1966")]


def test_first_person_without_an_author_heading_is_nobody(extract: Extract) -> None:
    doc = extract("Record of a meeting\n\nI have served in Helsinki as ambassador since 1966.")
    assert [t.role for t in doc._.dipl_tenures] == []


def test_term_ends_with_the_holders_own_appointment(extract: Extract) -> None:
    doc = extract(
        "Lars Holm was appointed ambassador to Chile in May 1991. Holm had been director "
        "of the Prime Minister's office until his appointment."
    )
    assert ("director of prime minister's office", None, "1991-05") in terms_of(doc, "Holm")

"""Tenures of rulers, round 25 (own sentences): a princely state's ruler is named by the style
the document uses (emir, sultan, ruler), not the gazetteer's "king"; "His Majesty" is the
monarch named before, and an archive's box label is nobody; "X resigned in B", "X died in
office in B" and "X was killed in the coup of B" end X's office; "died in B and was succeeded
by his vice-president, Y" starts Y's at B; "Hamad bin Khalifa" is not "Khalifa bin Hamad"."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from diplomatica.nlp.events.tenure_facts import same_holder

from .tenure_helpers import tenures_of, terms_of

pytestmark = pytest.mark.slow

Extract = Callable[..., Doc]


def test_ten25_emir_named_as_the_text_names_him(extract: Extract) -> None:
    doc = extract(
        "Qatar's Emir came to Manama in 1990. In Bahrain, Sheikh Isa bin Salman Al Khalifa "
        "ruled from 1961 until his death in March 1999."
    )
    assert ("emir", "1961", "1999-03") in terms_of(doc, "Isa bin Salman Al Khalifa")
    assert not [t for t in doc._.dipl_tenures if t.role == "king"]


def test_ten25_ruler_of_a_sheikhdom(extract: Extract) -> None:
    doc = extract(
        "The ruler of Dubai sent his son to the talks. Sheikh Salem, who had ruled Qatar "
        "since 1975, asked for help.",
        "1985-07-02",
    )
    assert ("ruler", "1975", None) in terms_of(doc, "Sheikh Salem")


def test_ten25_emir_by_default(extract: Extract) -> None:
    doc = extract(
        "British troops came. Sheikh Salem, who had ruled Qatar since 1975, asked for help.",
        "1985-07-02",
    )
    assert ("emir", "1975", None) in terms_of(doc, "Sheikh Salem")


def test_ten25_emir_replaced_his_father(extract: Extract) -> None:
    doc = extract(
        "After Sheikh Hamad bin Khalifa replaced his father as Emir in June 1995, the two "
        "states quarrelled over the islands."
    )
    assert ("emir", "1995-06", None) in terms_of(doc, "Hamad bin Khalifa")


def test_ten25_father_and_son_of_arabic_names_differ() -> None:
    assert not same_holder("Sheikh Hamad bin Khalifa", "Khalifa bin Hamad Al Thani")
    assert same_holder("Hamad bin Khalifa", "Sheikh Hamad bin Khalifa Al Thani")


def test_ten25_majesty_is_the_sultan_named_before(extract: Extract) -> None:
    doc = extract(
        "The envoy brought a letter from Sultan Qaboos. The envoy said that His Majesty, who "
        "had led the country since he replaced his father, Sultan Said bin Taimur, in July "
        "1970, wanted peace.",
        "1981-03-02",
    )
    assert not [t for t in doc._.dipl_tenures if "Majesty" in t.person]
    assert any(t.role == "sultan" and t.start == "1970-07" for t in tenures_of(doc, "Qaboos"))


def test_ten25_box_label_is_no_person(extract: Extract) -> None:
    doc = extract(
        'Source: Papers of the Under Secretary, Box 17, folder "Chile". He said that he had '
        "become ambassador in Santiago in March 1977.",
        "1978-05-04",
    )
    assert not [t for t in doc._.dipl_tenures if any(ch.isdigit() for ch in t.person)]


def test_ten25_resigned_ends_the_office(extract: Extract) -> None:
    doc = extract(
        "Marco Pellan became president of Lorvania in March 1990. Pellan resigned in December 1992."
    )
    assert ("president", "1990-03", "1992-12") in terms_of(doc, "Marco Pellan")


def test_ten25_resigned_from_a_party_ends_nothing(extract: Extract) -> None:
    doc = extract(
        "Marco Pellan became president of Lorvania in March 1990. Pellan resigned from the "
        "party in December 1992."
    )
    assert ("president", "1990-03", None) in terms_of(doc, "Marco Pellan")


def test_ten25_killed_in_a_coup_ends_the_rule(extract: Extract) -> None:
    doc = extract(
        "Jonas Brill became president of Lorvania in July 1971. Brill was killed in the coup "
        "of April 1980 led by a sergeant."
    )
    assert ("president", "1971-07", "1980-04") in terms_of(doc, "Jonas Brill")


def test_ten25_killed_envoy_keeps_his_post_open(extract: Extract) -> None:
    doc = extract(
        "Jonas Brill became ambassador to France in July 1971. Brill was killed in an "
        "accident in April 1980."
    )
    assert ("ambassador", "1971-07", None) in terms_of(doc, "Jonas Brill")


def test_ten25_died_in_office_and_succeeded_by_his_deputy(extract: Extract) -> None:
    doc = extract(
        "Peter Malm became president of Lorvania in 1944. Malm died in office in July 1971 "
        "and was succeeded by his vice-president, Jonas Brill."
    )
    assert ("president", "1944", "1971-07") in terms_of(doc, "Peter Malm")
    assert ("president", "1971-07", None) in terms_of(doc, "Jonas Brill")


def test_ten25_died_and_was_succeeded_takes_the_death_date(extract: Extract) -> None:
    doc = extract(
        "Peter Malm became president of Lorvania in 1944. Malm died in July 1971 and was "
        "succeeded by Jonas Brill."
    )
    assert ("president", "1971-07", None) in terms_of(doc, "Jonas Brill")


def test_ten25_removal_of_a_titled_president(extract: Extract) -> None:
    doc = extract("The removal of President Omar Tambo in June 1969 brought the army to power.")
    assert ("president", None, "1969-06") in terms_of(doc, "Omar Tambo")


def test_ten25_removal_after_the_office_was_told(extract: Extract) -> None:
    doc = extract(
        "Omar Tambo became president of Lorvania in 1965. The removal of Tambo in June 1969 "
        "brought the army to power."
    )
    assert ("president", "1965", "1969-06") in terms_of(doc, "Omar Tambo")


def test_ten25_gazetteer_styles_of_military_rulers(extract: Extract) -> None:
    doc = extract(
        "Muammar Qaddafi, in power since September 1969, spoke. Moussa Traore, who had ruled "
        "Mali since the coup of November 1968, stayed silent.",
        "1973-01-10",
    )
    assert ("leader", "1969-09", None) in terms_of(doc, "Muammar Qaddafi")
    assert ("head of state", "1968-11", None) in terms_of(doc, "Moussa Traore")

"""Tenure patterns of round 27 (own sentences): a ministry named with its field's "Affairs"
noun ("succeeded Y at the External Affairs Ministry"), an envoy's term whose start and end are
told apart ("represented P in Q from A until his death in B"), and an office taken in one clause
and held by a pronoun in the next ("assumed the presidency in A and held it until B")."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from .tenure_helpers import tenures_of, terms_of

pytestmark = pytest.mark.slow

Extract = Callable[..., Doc]


# --- a succession at a ministry named "<Field> Affairs Ministry" ---------------------------


def test_round27_succeeded_at_the_external_affairs_ministry(extract: Extract) -> None:
    doc = extract(
        "India changed its cabinet. Ravi Menon succeeded Arjun Das at the External Affairs "
        "Ministry in October 1974."
    )
    assert ("foreign minister", "1974-10", None) in terms_of(doc, "Ravi Menon")
    assert ("foreign minister", None, "1974-10") in terms_of(doc, "Arjun Das")


def test_round27_replaced_at_the_foreign_affairs_ministry(extract: Extract) -> None:
    doc = extract(
        "Norway formed a new cabinet. Rolf Andersen replaced Knut Hagen at the Foreign Affairs "
        "Ministry in May 1961."
    )
    assert ("foreign minister", "1961-05", None) in terms_of(doc, "Rolf Andersen")
    assert ("foreign minister", None, "1961-05") in terms_of(doc, "Knut Hagen")


def test_round27_took_over_the_home_affairs_ministry(extract: Extract) -> None:
    doc = extract(
        "Austria had a new cabinet. Anton Berger took over the Home Affairs Ministry in March 1950."
    )
    assert ("home affairs minister", "1950-03", None) in terms_of(doc, "Anton Berger")


def test_round27_a_ministry_of_a_state_names_no_field(extract: Extract) -> None:
    # near miss: "the Soviet Ministry" names a state, not a field, so no office is taken
    doc = extract(
        "Moscow reorganised. Ivan Petrenko succeeded Oleg Sidorov at the Soviet Ministry in "
        "June 1958."
    )
    assert all("affairs" not in t.role for t in tenures_of(doc, "Oleg Sidorov"))


# --- an envoy's term told as "represented P in Q from A until <event> in B" -----------------


def test_round27_represented_from_until_his_death(extract: Extract) -> None:
    doc = extract(
        "Mexico valued its legation. Ramón Ortega represented Mexico in Washington from 1882 "
        "until his death in 1898."
    )
    assert ("ambassador", "1882", "1898") in terms_of(doc, "Ramón Ortega")


def test_round27_represented_from_until_her_transfer(extract: Extract) -> None:
    doc = extract(
        "Hungary kept a legation there. Hilda Varga represented Hungary in Vienna from 1921 "
        "until her transfer to Rome in 1927."
    )
    assert ("ambassador", "1921", "1927") in terms_of(doc, "Hilda Varga")


def test_round27_represented_until_the_outbreak_of_war(extract: Extract) -> None:
    doc = extract(
        "Latvia kept a legation in Britain. Tomas Berzins represented Latvia in London from "
        "1931 until the outbreak of war in 1939."
    )
    assert ("ambassador", "1931", "1939") in terms_of(doc, "Tomas Berzins")


def test_round27_represented_with_a_plain_date_states_no_term(extract: Extract) -> None:
    # near miss: a single act of representing ("in 1931") is no term
    doc = extract(
        "Latvia sent a delegation. Tomas Berzins represented Latvia in London in 1931 at a "
        "conference."
    )
    assert tenures_of(doc, "Tomas Berzins") == []


# --- an office taken, then held by a pronoun ("and held it until B") ------------------------


def test_round27_assumed_the_presidency_and_held_it(extract: Extract) -> None:
    doc = extract(
        "Kenya had a long presidency. Arthur Pennington, who assumed the presidency in "
        "January 1958 and held it until his death in 1972, refused to leave."
    )
    assert ("president", "1958-01", "1972") in terms_of(doc, "Arthur Pennington")


def test_round27_took_over_the_ministry_and_kept_it(extract: Extract) -> None:
    doc = extract(
        "Chile reshuffled its cabinet. In 1950 Rodrigo Fuentes took over the foreign ministry, "
        "and he kept it until 1961."
    )
    assert ("foreign minister", "1950", "1961") in terms_of(doc, "Rodrigo Fuentes")


def test_round27_the_presidency_which_he_held(extract: Extract) -> None:
    doc = extract(
        "Peru voted. In 1950 Manuel Quispe assumed the presidency, which he held until his "
        "death in 1961."
    )
    assert ("president", "1950", "1961") in terms_of(doc, "Manuel Quispe")


def test_round27_it_standing_for_no_office_holds_nothing(extract: Extract) -> None:
    # near misses: "it" stands for a treaty or a house, not an office
    doc = extract(
        "Chile signed. Rodrigo Fuentes signed the treaty in 1950 and kept it secret until 1961."
    )
    assert tenures_of(doc, "Rodrigo Fuentes") == []
    doc = extract("Chile changed. Rodrigo Fuentes bought the house in 1950 and held it until 1961.")
    assert tenures_of(doc, "Rodrigo Fuentes") == []


# --- a term told by directing a field or running a body "since A" ---------------------------


def test_round27_has_directed_policy_since(extract: Extract) -> None:
    doc = extract(
        "Warsaw answered. Foreign Minister Tadeusz Nowak, who has directed Polish policy since "
        "November 1932, spoke to the envoy."
    )
    assert ("foreign minister", "1932-11", None) in terms_of(doc, "Tadeusz Nowak")


def test_round27_a_minister_directing_a_field_of_policy_since(extract: Extract) -> None:
    # the field bounds the minister's stated office (a foreign field is the heading rule's,
    # tested since round 17)
    doc = extract(
        "Washington sent him. Secretary of State Paul Vance, who has directed American policy "
        "since January 1977, arrived in Cairo."
    )
    assert ("secretary of state", "1977-01", None) in terms_of(doc, "Paul Vance")
    doc = extract(
        "Poland waited. Finance Minister Jan Wolski, who has directed Polish economic policy "
        "since 1965, spoke."
    )
    assert ("finance minister", "1965", None) in terms_of(doc, "Jan Wolski")


def test_round27_had_run_the_colony_since(extract: Extract) -> None:
    doc = extract(
        "Kenya waited. Governor Hugh Marsh, who had run the colony since 1952, left Nairobi."
    )
    assert ("governor", "1952", None) in terms_of(doc, "Hugh Marsh")


def test_round27_directing_no_office_field_bounds_nothing(extract: Extract) -> None:
    # near misses: a president directing policy, another field, a thing run or conducted
    doc = extract(
        "Sweden debated. President Carl Holm, who has directed Swedish policy since 1965, spoke."
    )
    assert all(t.start != "1965" for t in tenures_of(doc, "Carl Holm"))
    doc = extract(
        "Sweden debated. Gustav Lind, who has directed Sweden's economic policy since 1965, spoke."
    )
    assert tenures_of(doc, "Gustav Lind") == []
    doc = extract(
        "Madrid agreed. Foreign Minister Ana Ruiz, who has conducted the negotiations since "
        "1976, called."
    )
    assert all(t.start != "1976" for t in tenures_of(doc, "Ana Ruiz"))
    doc = extract("Lagos agreed. Pieter Claes, who has run the company since 1976, called.")
    assert tenures_of(doc, "Pieter Claes") == []


# --- a ruler put out by overthrowing his regime or government -------------------------------


def test_round27_overthrew_the_regime_of(extract: Extract) -> None:
    doc = extract(
        "Prime Minister Mateus Correia governed Portugal from 1968. The army overthrew the "
        "regime of Mateus Correia in April 1974."
    )
    assert ("prime minister", "1968", "1974-04") in terms_of(doc, "Mateus Correia")


def test_round27_toppled_his_government(extract: Extract) -> None:
    doc = extract(
        "Chile was divided. President Ramón Ibarra took office in 1970. The generals toppled "
        "Ibarra's government in September 1973."
    )
    assert ("president", "1970", "1973-09") in terms_of(doc, "Ramón Ibarra")


def test_round27_ousted_a_titled_prime_minister(extract: Extract) -> None:
    doc = extract(
        "Thailand was restless. A junta ousted Prime Minister Somchai Wongsa in October 1976."
    )
    assert ("prime minister", None, "1976-10") in terms_of(doc, "Somchai Wongsa")


def test_round27_an_unnamed_government_ends_no_one(extract: Extract) -> None:
    # near misses: a government of no named holder; a regime defended, not overthrown
    doc = extract(
        "President Ramón Ibarra took office in 1970. The generals toppled the military "
        "government in September 1973."
    )
    assert ("president", "1970", None) in terms_of(doc, "Ramón Ibarra")
    doc = extract(
        "Prime Minister Mateus Correia governed Portugal from 1968. The army defended the "
        "regime of Mateus Correia in April 1974."
    )
    assert ("prime minister", "1968", None) in terms_of(doc, "Mateus Correia")


# --- successions: the successor's undated title, a "successor from A" apposed to a name -----


def test_round27_succeeded_in_the_office_told_before(extract: Extract) -> None:
    doc = extract(
        "Sir Hugh Granville, the British ambassador in Lisbon, called. He succeeded Lord "
        "Ashby in 1902."
    )
    assert ("ambassador", "1902", None) in terms_of(doc, "Hugh Granville")
    assert ("ambassador", None, "1902") in terms_of(doc, "Ashby")


def test_round27_succeeded_the_late_holder_last_year(extract: Extract) -> None:
    doc = extract(
        "Ottawa, 3 March 1911. Foreign Minister Paul Lemieux spoke today. Paul Lemieux "
        "succeeded the late Henri Bourassa last year.",
        "1911-03-03",
    )
    assert ("foreign minister", "1910", None) in terms_of(doc, "Paul Lemieux")
    assert ("foreign minister", None, "1910") in terms_of(doc, "Henri Bourassa")


def test_round27_successor_from_a_date_apposed(extract: Extract) -> None:
    doc = extract(
        "Count Anton Felder succeeded Karl Weiss as foreign minister in February 1912. Emil "
        "Varga, Felder's successor from January 1915, met the Italians."
    )
    assert ("foreign minister", "1912-02", "1915-01") in terms_of(doc, "Anton Felder")
    assert ("foreign minister", "1915-01", None) in terms_of(doc, "Emil Varga")
    doc = extract(
        "Prime Minister Knut Hagen governed Norway from 1950. His successor since 1960, Rolf "
        "Andersen, met the Swedes."
    )
    assert ("prime minister", "1960", None) in terms_of(doc, "Rolf Andersen")


def test_round27_successor_without_a_start_date_bounds_nothing(extract: Extract) -> None:
    # near misses: a decade or a date of another verb is no start of the successor's term
    doc = extract(
        "Prime Minister Knut Hagen governed Norway from 1950. Rolf Andersen, Hagen's "
        "successor in the 1960s, met the Swedes."
    )
    assert ("prime minister", "1950", None) in terms_of(doc, "Knut Hagen")
    doc = extract(
        "Prime Minister Knut Hagen governed Norway from 1950. Rolf Andersen, Hagen's "
        "successor, met the Swedes in 1962."
    )
    assert ("prime minister", "1950", None) in terms_of(doc, "Knut Hagen")


# --- a coordinated start whose office clause has only its own end ---------------------------


def test_round27_deposed_and_became_a_post_held_until(extract: Extract) -> None:
    doc = extract(
        "Qatar changed rulers. In February 1972 Sheikh Hamad bin Ali deposed his cousin and "
        "became Emir of Qatar, a post he held until 1995."
    )
    assert ("emir", "1972-02", "1995") in terms_of(doc, "Hamad bin Ali")


def test_round27_an_act_then_became_president_a_post_held_until(extract: Extract) -> None:
    # the office clause has only its end: its start is the first clause's date
    doc = extract(
        "Bolivia was unstable. Jorge Ramos returned from exile in May 1971 and became "
        "president, a post he held until 1978."
    )
    assert ("president", "1971-05", "1978") in terms_of(doc, "Jorge Ramos")
    doc = extract(
        "Bolivia was unstable. Colonel Jorge Ramos overthrew his cousin in May 1971 and became "
        "president, a post he held until 1978."
    )
    assert ("president", "1971-05", "1978") in terms_of(doc, "Jorge Ramos")


def test_round27_a_later_office_takes_no_date_of_the_first_clause(extract: Extract) -> None:
    # near miss: "later" tells the office began after the first clause's date
    doc = extract(
        "Bolivia was unstable. Jorge Ramos visited Paris in 1960 and later became president of "
        "Bolivia, a post he held until 1978."
    )
    assert all(t.start != "1960" for t in tenures_of(doc, "Jorge Ramos"))


def test_round27_credentials_of_a_minister_at_a_post(extract: Extract) -> None:
    # an envoy titled minister at a place, apposed to his name, is reported as minister
    doc = extract(
        "The British minister at Buenos Aires, Sir Ronald Macleay, presented his credentials "
        "in May 1926."
    )
    assert ("minister", "1926-05", None) in terms_of(doc, "Ronald Macleay")
    doc = extract(
        "Sir Ronald Macleay, the British minister in Madrid, presented his credentials in Madrid "
        "in May 1926."
    )
    assert ("minister", "1926-05", None) in terms_of(doc, "Ronald Macleay")


def test_round27_credentials_of_no_envoy_minister_stay_an_ambassadors(extract: Extract) -> None:
    # near misses: a cabinet minister's title, a minister's earlier post in another capital
    doc = extract(
        "Sir Ronald Macleay, the British minister of finance, presented his credentials in May "
        "1926."
    )
    assert ("ambassador", "1926-05", None) in terms_of(doc, "Ronald Macleay")
    doc = extract(
        "Sir Ronald Macleay, the British minister at Lisbon, presented his credentials in Madrid "
        "in May 1926."
    )
    assert ("ambassador", "1926-05", None) in terms_of(doc, "Ronald Macleay")

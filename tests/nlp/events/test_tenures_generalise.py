"""Further tenure statement patterns (own sentences), each with a negative."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from .tenure_helpers import tenures_of, terms_of

pytestmark = pytest.mark.slow

Extract = Callable[..., Doc]


def test_decade_of_a_held_office_bounds_it(extract: Extract) -> None:
    doc = extract("Trade grew. B. Dash was ambassador in Tokyo in the early 1960s.")
    assert terms_of(doc, "B. Dash") == {("ambassador", "1960", "1963")}


def test_decade_of_an_appointment_only_starts_it(extract: Extract) -> None:
    doc = extract("Trade grew. B. Dash was appointed ambassador to Japan in the 1960s.")
    assert terms_of(doc, "B. Dash") == {("ambassador", "1960", None)}


def test_passive_headed_mission(extract: Extract) -> None:
    doc = extract("From 1957 until 1961 the embassy in Beijing was headed by B. Dash.")
    (t,) = tenures_of(doc, "B. Dash")
    assert (t.role, t.to, t.start, t.end) == ("head of embassy", "CHN", "1957", "1961")


def test_passive_headed_non_office_is_not_a_tenure(extract: Extract) -> None:
    doc = extract("In 1960 the list of guests was headed by B. Dash.")
    assert tenures_of(doc, "B. Dash") == []


def test_active_replacement_with_office(extract: Extract) -> None:
    doc = extract("In 1972 B. Dash replaced D. Tsogt as ambassador in Tokyo.")
    assert {(t.to, t.start, t.end) for t in tenures_of(doc, "B. Dash")} == {("JPN", "1972", None)}
    assert {(t.to, t.start, t.end) for t in tenures_of(doc, "D. Tsogt")} == {("JPN", None, "1972")}


def test_passive_replacement_takes_the_last_office(extract: Extract) -> None:
    doc = extract(
        "D. Tsogt served as ambassador in Tokyo from 1968. He was replaced by B. Dash in 1972."
    )
    assert ("ambassador", "1968", "1972") in terms_of(doc, "D. Tsogt")
    assert ("ambassador", "1972", None) in terms_of(doc, "B. Dash")


def test_replacement_of_things_is_not_a_tenure(extract: Extract) -> None:
    doc = extract("The old car of D. Tsogt was replaced by B. Dash in 1970.")
    assert tenures_of(doc, "B. Dash") == [] and tenures_of(doc, "D. Tsogt") == []


def test_possessive_term_as_office_with_parenthesised_years(extract: Extract) -> None:
    doc = extract(
        "Trade grew. B. Dash's tenure as ambassador in Tokyo (1970–74) was marked by talks. "
        "During D. Tsogt's time as foreign minister (1980–83) trade doubled."
    )
    (t,) = tenures_of(doc, "B. Dash")
    assert (t.role, t.to, t.start, t.end) == ("ambassador", "JPN", "1970", "1974")
    assert terms_of(doc, "D. Tsogt") == {("foreign minister", "1980", "1983")}


def test_reputation_as_minister_is_not_a_term(extract: Extract) -> None:
    doc = extract("Trade grew. B. Dash's reputation as foreign minister rose in 1975.")
    assert tenures_of(doc, "B. Dash") == []


def test_apposed_envoy_arriving_starts_the_post(extract: Extract) -> None:
    doc = extract("The first Soviet ambassador to Mongolia, B. Dash, arrived in March 1955.")
    (t,) = tenures_of(doc, "B. Dash")
    assert (t.role, t.country, t.to, t.start, t.end) == (
        "ambassador",
        "SUN",
        "MNG",
        "1955-03",
        None,
    )


def test_apposed_envoy_meeting_someone_is_undated(extract: Extract) -> None:
    doc = extract("The Soviet ambassador to Mongolia, B. Dash, met the premier in March 1955.")
    assert terms_of(doc, "B. Dash") == {("ambassador", None, None)}


def test_travel_of_a_minister_bounds_no_term(extract: Extract) -> None:
    doc = extract(
        "Foreign Minister D. Tsogt arrived in Tokyo in 1977 for talks. "
        "B. Dash, the foreign minister of Mongolia, left Tokyo on 3 May 1978."
    )
    assert tenures_of(doc, "D. Tsogt") == [] and tenures_of(doc, "B. Dash") == []


def test_appointed_name_office_to_host(extract: Extract) -> None:
    doc = extract("Trade grew. In 1962 Mongolia appointed B. Dash ambassador to India.")
    (t,) = tenures_of(doc, "B. Dash")
    assert (t.role, t.country, t.to, t.start, t.end) == ("ambassador", "MNG", "IND", "1962", None)


def test_appointed_unnamed_ambassador_names_nobody(extract: Extract) -> None:
    doc = extract("Trade grew. In 1962 Mongolia appointed an ambassador to India.")
    assert doc._.dipl_tenures == []


def test_possessive_appointment_and_dismissal_as_office(extract: Extract) -> None:
    doc = extract(
        "Trade grew. B. Dash's appointment as ambassador to India in 1965 surprised many. "
        "D. Tsogt was dismissed from his post as foreign minister in 1970."
    )
    assert {(t.to, t.start, t.end) for t in tenures_of(doc, "B. Dash")} == {("IND", "1965", None)}
    assert terms_of(doc, "D. Tsogt") == {("foreign minister", None, "1970")}


def test_possible_loss_of_post_is_not_a_term(extract: Extract) -> None:
    doc = extract("Trade grew. D. Tsogt might lose his post as foreign minister in 1970.")
    assert tenures_of(doc, "D. Tsogt") == []


def test_served_terms_as_office(extract: Extract) -> None:
    doc = extract("Trade grew. B. Dash served two terms as president (1960–1968).")
    assert terms_of(doc, "B. Dash") == {("president", "1960", "1968")}


def test_posted_or_assigned_to_a_mission_as(extract: Extract) -> None:
    doc = extract(
        "Trade grew. B. Dash was posted to New Delhi as ambassador in 1965. "
        "D. Tsogt was assigned to the embassy in New Delhi as counsellor in 1966."
    )
    assert {(t.to, t.start) for t in tenures_of(doc, "B. Dash")} == {("IND", "1965")}
    assert {(t.role, t.to, t.start) for t in tenures_of(doc, "D. Tsogt")} == {
        ("counsellor", "IND", "1966")
    }


def test_apposed_ambassador_to_host_does_not_serve_the_host(extract: Extract) -> None:
    doc = extract(
        "Mongolia and India traded. B. Dash, ambassador to India since 1962, wrote a book."
    )
    (t,) = tenures_of(doc, "B. Dash")
    assert (t.country, t.to, t.start) == ("MNG", "IND", "1962")


def test_chaired_council_until_month_then_succeeded(extract: Extract) -> None:
    doc = extract(
        "Mongolia changed course. D. Tsogt, who chaired the council until April 1969, "
        "was succeeded by B. Dash."
    )
    assert terms_of(doc, "D. Tsogt") == {("chairman of council", None, "1969-04")}
    assert terms_of(doc, "B. Dash") == {("chairman of council", "1969-04", None)}


def test_chairing_a_meeting_is_not_an_office(extract: Extract) -> None:
    doc = extract("Mongolia changed course. D. Tsogt chaired the meeting in April 1969.")
    assert tenures_of(doc, "D. Tsogt") == []


def test_date_of_a_clause_under_a_titled_person_is_not_his(extract: Extract) -> None:
    doc = extract("Mongolia became a member on 6 March 1961 under Prime Minister D. Tsogt.")
    assert tenures_of(doc, "D. Tsogt") == []


def test_bare_surname_stands_for_the_person_named_before(extract: Extract) -> None:
    doc = extract(
        "Mongolia sent B. Dashdorj as ambassador to Japan. "
        "Dashdorj had been minister of health in 1961-1962."
    )
    assert ("minister of health", "1961", "1962") in terms_of(doc, "B. Dashdorj")


def test_then_sent_to_head_a_liaison_office(extract: Extract) -> None:
    doc = extract(
        "B. Dash served as ambassador in Paris from 1964 to 1973 and was then sent to "
        "Washington to head the new liaison office."
    )
    got = {(t.role, t.to, t.start, t.end) for t in tenures_of(doc, "B. Dash")}
    assert ("head of liaison office", "USA", "1973", None) in got


def test_sent_to_head_a_department_is_not_a_post(extract: Extract) -> None:
    doc = extract("In 1973 B. Dash was sent to Moscow to head a trade delegation.")
    assert tenures_of(doc, "B. Dash") == []


def test_reached_capital_as_charge_d_affaires(extract: Extract) -> None:
    doc = extract(
        "Mongolia and China. D. Tsogt, who reached Beijing as chargé d'affaires in "
        "February 1964, opened the Mongolian embassy."
    )
    (t,) = tenures_of(doc, "D. Tsogt")
    assert (t.role, t.country, t.to, t.start) == ("chargé d'affaires", "MNG", "CHN", "1964-02")


def test_relative_clause_working_since_starts_the_post(extract: Extract) -> None:
    doc = extract(
        "The Mongolian ambassador in Tokyo, D. Tsogt, who has been working in Japan since "
        "1972, gave a speech."
    )
    assert terms_of(doc, "D. Tsogt") == {("ambassador", "1972", None)}


def test_working_since_without_an_office_is_no_tenure(extract: Extract) -> None:
    doc = extract("Mongolia and Japan. D. Tsogt, who has been working in Japan since 1972, spoke.")
    assert tenures_of(doc, "D. Tsogt") == []


def test_when_clause_is_dated_by_the_year_it_modifies(extract: Extract) -> None:
    doc = extract("Relations improved in 1976, when B. Dash was appointed ambassador to Japan.")
    assert {(t.to, t.start) for t in tenures_of(doc, "B. Dash")} == {("JPN", "1976")}


def test_when_clause_of_a_visit_is_no_term(extract: Extract) -> None:
    doc = extract("Relations improved in 1976, when B. Dash visited Japan as foreign minister.")
    assert tenures_of(doc, "B. Dash") == []


def test_subject_glued_to_an_opening_date_range(extract: Extract) -> None:
    doc = extract(
        "Trade grew. Between 1962 and 1966 B. Dash was the Mongolian ambassador in New Delhi."
    )
    assert {(t.to, t.start, t.end) for t in tenures_of(doc, "B. Dash")} == {("IND", "1962", "1966")}


def test_glued_subject_of_a_visit_is_no_term(extract: Extract) -> None:
    doc = extract("Trade grew. Between 1962 and 1966 B. Dash visited India.")
    assert tenures_of(doc, "B. Dash") == []


def test_office_as_subject_and_holder_as_predicate(extract: Extract) -> None:
    doc = extract("Trade grew. The Mongolian ambassador to Japan from 1970 to 1975 was B. Dash.")
    (t,) = tenures_of(doc, "B. Dash")
    assert (t.role, t.country, t.to, t.start, t.end) == ("ambassador", "MNG", "JPN", "1970", "1975")


def test_a_post_he_held_until(extract: Extract) -> None:
    doc = extract(
        "Trade grew. In 1970 B. Dash became Mongolia's ambassador to Japan, a post he held "
        "until 1975."
    )
    assert terms_of(doc, "B. Dash") == {("ambassador", "1970", "1975")}


def test_held_the_presidency_or_ambassadorship(extract: Extract) -> None:
    doc = extract(
        "Trade grew. B. Dash held the presidency from 1960 to 1968. "
        "D. Tsogt held the ambassadorship in Tokyo until 1966."
    )
    assert terms_of(doc, "B. Dash") == {("president", "1960", "1968")}
    assert {(t.role, t.to, t.end) for t in tenures_of(doc, "D. Tsogt")} == {
        ("ambassador", "JPN", "1966")
    }


def test_holding_an_ambassador_in_regard_is_no_term(extract: Extract) -> None:
    doc = extract("Trade grew. B. Dash held the ambassador in high regard in 1965.")
    assert doc._.dipl_tenures == []


def test_letters_of_credence(extract: Extract) -> None:
    doc = extract("Trade grew. B. Dash presented his letters of credence in Tokyo on 3 May 1965.")
    assert {(t.role, t.to, t.start) for t in tenures_of(doc, "B. Dash")} == {
        ("ambassador", "JPN", "1965-05-03")
    }


def test_replaced_in_another_capacity_is_no_succession(extract: Extract) -> None:
    doc = extract(
        "Trade grew. D. Tsogt was ambassador in Tokyo from 1968. "
        "In 1972 he was replaced as head of the delegation by B. Dash."
    )
    assert tenures_of(doc, "B. Dash") == []
    assert terms_of(doc, "D. Tsogt") == {("ambassador", "1968", None)}


def test_trips_for_a_purpose_end_no_post(extract: Extract) -> None:
    doc = extract(
        "Trade grew. D. Tsogt, the Mongolian ambassador in Tokyo, returned to Mongolia in 1965 "
        "for consultations. Ambassador B. Dash left for Moscow in 1966 to attend a conference."
    )
    assert terms_of(doc, "D. Tsogt") == {("ambassador", None, None)}
    assert terms_of(doc, "B. Dash") == {("ambassador", None, None)}


def test_returning_home_ends_the_post(extract: Extract) -> None:
    doc = extract(
        "Trade grew. D. Tsogt, the Mongolian ambassador in Tokyo, returned to Mongolia in 1965."
    )
    assert terms_of(doc, "D. Tsogt") == {("ambassador", None, "1965")}


def test_until_the_holders_death_ends_the_term(extract: Extract) -> None:
    doc = extract(
        "Trade grew. B. Dash was ambassador in Tokyo from 1962 until his death in 1966. "
        "D. Tsogt served as foreign minister until his retirement in 1980."
    )
    assert terms_of(doc, "B. Dash") == {("ambassador", "1962", "1966")}
    assert terms_of(doc, "D. Tsogt") == {("foreign minister", None, "1980")}


def test_a_death_after_the_term_does_not_end_it(extract: Extract) -> None:
    doc = extract(
        "Trade grew. B. Dash was ambassador in Tokyo from 1962; after his death in 1990 ..."
    )
    assert terms_of(doc, "B. Dash") == {("ambassador", "1962", None)}


def test_appointed_and_recalled_in_one_sentence(extract: Extract) -> None:
    doc = extract(
        "Trade grew. B. Dash was appointed ambassador to Japan on 3 May 1962 and recalled in "
        "1966. D. Tsogt became foreign minister in 1962 and visited Tokyo in 1966."
    )
    assert terms_of(doc, "B. Dash") == {("ambassador", "1962-05-03", "1966")}
    assert terms_of(doc, "D. Tsogt") == {("foreign minister", "1962", None)}


def test_undated_conjoined_recall_takes_no_date(extract: Extract) -> None:
    doc = extract("Trade grew. B. Dash was appointed ambassador to Japan in 1962 and recalled.")
    assert terms_of(doc, "B. Dash") == {("ambassador", "1962", None)}


def test_later_second_office_with_its_own_years(extract: Extract) -> None:
    doc = extract(
        "Trade grew. B. Dash was ambassador in Tokyo (1962–1966) and later foreign minister "
        "(1970–1974)."
    )
    assert terms_of(doc, "B. Dash") == {
        ("ambassador", "1962", "1966"),
        ("foreign minister", "1970", "1974"),
    }


def test_joint_title_is_one_post(extract: Extract) -> None:
    doc = extract(
        "Trade grew. B. Dash served as First Secretary and Counsellor at the embassy in Tokyo."
    )
    assert len(tenures_of(doc, "B. Dash")) == 1


def test_envoy_leaving_the_host_capital_ends_the_post(extract: Extract) -> None:
    doc = extract(
        "Trade grew. N. Oyun was appointed ambassador to Japan in 1992. She left Tokyo in 1996."
    )
    assert terms_of(doc, "N. Oyun") == {("ambassador", "1992", "1996")}


def test_leaving_on_a_trip_or_another_city_ends_nothing(extract: Extract) -> None:
    doc = extract(
        "Trade grew. N. Oyun was appointed ambassador to Japan in 1992. "
        "She left Tokyo in 1996 for talks in Beijing. She left Beijing in 1997."
    )
    assert terms_of(doc, "N. Oyun") == {("ambassador", "1992", None)}


def test_his_successor_arriving_takes_over_the_post(extract: Extract) -> None:
    doc = extract(
        "Trade grew. D. Tsogt served as ambassador in Tokyo from 1968. "
        "His successor, B. Dash, arrived in Tokyo in May 1972."
    )
    assert terms_of(doc, "D. Tsogt") == {("ambassador", "1968", "1972-05")}
    assert {(t.role, t.to, t.start) for t in tenures_of(doc, "B. Dash")} == {
        ("ambassador", "JPN", "1972-05")
    }


def test_successor_of_someone_without_an_office(extract: Extract) -> None:
    doc = extract(
        "Trade grew. D. Tsogt visited Tokyo in 1968. His successor, B. Dash, arrived in Tokyo "
        "in May 1972."
    )
    assert doc._.dipl_tenures == []

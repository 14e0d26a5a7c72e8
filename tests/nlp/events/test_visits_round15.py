"""Round-15 visits and meetings: stays, trade missions, greetings and talks "discussed with"
someone; envoys at their post, restated visits and receptions that tell no journey; visits
repeated within "this year"; record headings with long party lines. Sentences written for
these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from diplomatica.ingest.header import find_header_date

from .event_helpers import dated_states, summary, types

pytestmark = pytest.mark.slow

Extract = Callable[..., Doc]


@pytest.mark.parametrize(
    "text",
    [
        "In March 1971 the Soviet ambassador to Britain attended the ceremony in London.",
        "The French ambassador in Cairo, Jean Dupont, attended the celebrations in 1962.",
        "In 1980 the Chinese envoy to Pakistan attended the anniversary celebrations.",
    ],
)
def test_an_envoy_attending_a_ceremony_at_his_post_is_no_visit(extract: Extract, text: str) -> None:
    assert "VISIT" not in types(extract(text))


def test_a_leader_attending_a_ceremony_abroad_visits(extract: Extract) -> None:
    assert ("VISIT", ["CHN", "MMR"]) in summary(
        extract("In 1962 Premier Zhou attended the ceremony in Rangoon.")
    )


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Nixon went to Peking in 1972 and again in 1976. The latter visit was private.",
         ["CHN", "USA"]),
        ("Tito went to Moscow in 1956 and again in 1962. The second visit ended the quarrel.",
         ["SUN", "YUG"]),
        ("Sadat flew to Washington in 1975 and again in 1978. The earlier visit was short.",
         ["EGY", "USA"]),
    ],
)  # fmt: skip
def test_an_ordinal_visit_restates_one_just_counted(
    extract: Extract, text: str, pair: list[str]
) -> None:
    visits = dated_states(extract(text), "VISIT")
    assert len(visits) == 2
    assert all(states == pair for states, _ in visits)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("President Sadat was received by President Carter in Washington in April 1977.",
         ["EGY", "USA"]),
        ("Tito was received by Khrushchev in Moscow in June 1956.", ["SUN", "YUG"]),
        ("In 1999 the Iranian president was received by King Fahd in Jeddah.", ["IRN", "SAU"]),
    ],
)  # fmt: skip
def test_received_by_a_leader_is_a_meeting_only(
    extract: Extract, text: str, pair: list[str]
) -> None:
    found = summary(extract(text))
    assert ("MEET", pair) in found
    assert "VISIT" not in [kind for kind, _ in found]


def test_received_in_a_capital_with_no_host_named_is_also_a_visit(extract: Extract) -> None:
    found = summary(extract("In May 1979 Mengistu was received in Moscow."))
    assert ("VISIT", ["ETH", "SUN"]) in found


@pytest.mark.parametrize(
    ("text", "dest"),
    [
        ("In 1965 the Brazilian Vice President led a trade mission to Japan.", "JPN"),
        ("In June 1972 the Indian minister led a goodwill mission to Nigeria.", "NGA"),
        ("On his return from a trade mission to Japan in 1965, the minister spoke to the press.",
         "JPN"),
    ],
)  # fmt: skip
def test_a_travelling_mission_is_a_visit(extract: Extract, text: str, dest: str) -> None:
    assert any(kind == "VISIT" and dest in states for kind, states in summary(extract(text)))


def test_a_diplomatic_mission_led_is_no_visit(extract: Extract) -> None:
    text = "In 1950 the Soviet mission to Israel was led by Pavel Yershov."
    assert "VISIT" not in types(extract(text))


@pytest.mark.parametrize(
    ("text", "pair", "start"),
    [
        ("Tito recalled his stay in Moscow in June 1956.", ["SUN", "YUG"], "1956-06"),
        ("Nasser's stay in Belgrade in July 1961 was short.", ["EGY", "YUG"], "1961-07"),
        ("Castro spoke warmly of his stay in Moscow in May 1963.", ["CUB", "SUN"], "1963-05"),
    ],
)
def test_a_persons_stay_in_a_capital_is_a_visit(
    extract: Extract, text: str, pair: list[str], start: str
) -> None:
    visits = dated_states(extract(text), "VISIT")
    assert any(states == pair and dates and dates[0] == start for states, dates in visits)


@pytest.mark.parametrize(
    "text",
    [
        "In 1963 the Finnish Foreign Minister discussed the border question with Mr. Gromyko.",
        "On 5 May 1966 the British ambassador discussed the matter with President Nasser.",
        "In 1971 Chancellor Brandt discussed the treaty with Leonid Brezhnev in the Crimea.",
    ],
)
def test_a_matter_discussed_with_a_person_is_a_meeting(extract: Extract, text: str) -> None:
    assert "MEET" in types(extract(text))


def test_a_matter_discussed_by_a_cabinet_is_no_meeting(extract: Extract) -> None:
    assert "MEET" not in types(extract("The cabinet discussed the treaty in 1970."))


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("In December 1959 Eisenhower was embraced by Franco at the air base.", ["ESP", "USA"]),
        ("On 3 March 1975 President Ford greeted King Faisal at the White House.",
         ["SAU", "USA"]),
        ("In July 1980 President Tito welcomed Indira Gandhi at the airport in Belgrade.",
         ["IND", "YUG"]),
    ],
)  # fmt: skip
def test_a_greeting_at_a_place_is_a_meeting(extract: Extract, text: str, pair: list[str]) -> None:
    assert ("MEET", pair) in summary(extract(text))


@pytest.mark.parametrize(
    "text",
    [
        "President Nixon toured Egypt in June 1974 and was greeted by large crowds in Cairo.",
        "The government welcomed the agreement in 1970.",
    ],
)
def test_crowds_and_agreements_greeted_are_no_meeting(extract: Extract, text: str) -> None:
    assert "MEET" not in types(extract(text))


@pytest.mark.parametrize(
    ("text", "date", "pair", "months"),
    [
        ("LONDON, Dec. 19 - The Foreign Secretary twice flew to Moscow this year, in March and"
         " again in October, to prepare the talks.", "1984-12-19", ["GBR", "SUN"],
         ["1984-03", "1984-10"]),
        ("PARIS, Nov. 20 - The French minister travelled to Bonn this year, in February and"
         " again in September.", "1975-11-20", ["DEU", "FRA"], ["1975-02", "1975-09"]),
    ],
)  # fmt: skip
def test_visits_repeated_this_year_keep_the_reports_year(
    extract: Extract, text: str, date: str, pair: list[str], months: list[str]
) -> None:
    visits = dated_states(extract(text, date), "VISIT")
    assert sorted(d[0] for s, d in visits if s == pair and d and d[0]) == months


def test_a_finer_time_restates_this_year(extract: Extract) -> None:
    text = "TOKYO, June 2 - Mr. Kaifu went to Washington this year, in January, and met Bush."
    visits = dated_states(extract(text, "1990-06-02"), "VISIT")
    assert (["JPN", "USA"], ("1990-01", "1990-01")) in visits


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("BEIJING, Dec. 19 - Mrs. Thatcher arrived in Beijing yesterday, two days after"
         " receiving the Soviet Politburo member Mikhail Gorbachev at Chequers.", "1984-12-19"),
        ("In May 1975 the Egyptian president flew to Paris a week after receiving the Soviet"
         " foreign minister in Cairo.", None),
        ("In March 1970 Tito arrived in Addis Ababa, shortly after meeting President Nasser in"
         " Cairo.", None),
    ],
)  # fmt: skip
def test_the_person_met_before_a_journey_is_no_party_to_it(
    extract: Extract, text: str, date: str | None
) -> None:
    visits = [s for kind, s in summary(extract(text, date)) if kind == "VISIT"]
    assert len(visits) == 1
    assert not {"SUN", "EGY"} & set(visits[0]) or visits[0] == ["EGY", "FRA"]


def test_a_date_in_what_the_partner_said_does_not_date_the_talks(extract: Extract) -> None:
    text = (
        "BEIJING, Dec. 19 - After the ceremony Mrs. Thatcher held talks with Mr. Deng, who"
        " assured her that the promise would be kept until 1997."
    )
    meets = dated_states(extract(text, "1984-12-19"), "MEET")
    assert meets and all(d and d[0] == "1984-12-19" for _, d in meets)


@pytest.mark.parametrize(
    ("text", "date", "pair", "starts"),
    [
        ("WASHINGTON, November 19, 1969. The Prime Minister of Japan said that this was his"
         " third visit to Washington. He had come in January 1965 and again in November 1967.",
         "1969-11-19", ["JPN", "USA"], {"1965-01", "1967-11"}),
        ("MOSCOW, May 20, 1972. President Tito said that this was not his first visit to the"
         " Soviet Union. He had come in June 1956 and again in 1962.", "1972-05-20",
         ["SUN", "YUG"], {"1956-06", "1962"}),
    ],
)  # fmt: skip
def test_a_guest_who_had_come_before_visited_the_host(
    extract: Extract, text: str, date: str, pair: list[str], starts: set[str]
) -> None:
    visits = dated_states(extract(text, date), "VISIT")
    assert starts <= {d[0] for s, d in visits if s == pair and d}


def test_a_change_that_had_come_is_no_visit(extract: Extract) -> None:
    text = "The crisis had come in 1962. The change had come in March 1970."
    assert "VISIT" not in types(extract(text))


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("RECORD OF CONVERSATION\nAnna Berg, President of the Republic of Testland, with"
         " Piotr Nowak, First Secretary of the Central Committee and Chairman of the Council"
         " of Ministers of Otherland\nDate: 24 November 1961\nPlace: Somewhere\n\nThe"
         " President said that he was glad to be here.", "1961-11-24"),
        ("SECRET\n\nMEMORANDUM OF CONVERSATION\n\nParticipants: The President; the Prime"
         " Minister\nDate and Place: Wednesday, November 19, 1969, 10:30 a.m., the Oval"
         " Office\n\nThe President welcomed the Prime Minister.", "1969-11-19"),
    ],
)  # fmt: skip
def test_a_record_header_with_a_long_party_line_is_dated(text: str, iso: str) -> None:
    found = find_header_date(text)
    assert found is not None and found.iso == iso


def test_a_visit_named_on_a_records_catalogue_line_is_no_event(extract: Extract) -> None:
    text = (
        "SECRET\n\nMEMORANDUM OF CONVERSATION\n\nParticipants: The President; Eisaku Sato,"
        " Prime Minister of Japan; interpreters\nDate and Place: Wednesday, November 19, 1969,"
        " 10:30 a.m., the Oval Office\nSource: Presidential Materials, VIP Visits, Korea (Park)"
        "\n\nThe President welcomed the Prime Minister to Washington."
    )
    visits = [s for kind, s in summary(extract(text)) if kind == "VISIT"]
    assert visits == [["JPN", "USA"]]


@pytest.mark.parametrize(
    ("text", "date", "kind", "start"),
    [
        ("REYKJAVIK, Aug. 26 - Mr. Hannibalsson told reporters, after he had held talks with the"
         " Latvian minister, that Iceland had never accepted the 1940 annexation.", "1991-08-26",
         "MEET", "1991-08-26"),
        ("CAIRO, May 2 - Mr. Fahmy said, after he had met Mr. Gromyko, that the 1971 treaty"
         " remained in force.", "1975-05-02", "MEET", "1975-05-02"),
        ("In 1972 Nixon met Mao in Peking and declared that the war of 1950 was over.", None,
         "MEET", "1972"),
    ],
)  # fmt: skip
def test_a_time_in_words_reported_beside_the_act_does_not_date_it(
    extract: Extract, text: str, date: str | None, kind: str, start: str
) -> None:
    found = dated_states(extract(text, date), kind)
    assert found and all(d and d[0] == start for _, d in found)


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("In 1956 Nehru returned from China.", ["CHN", "IND"]),
        ("In October 1983 the Hungarian minister was returning from Cuba.", ["CUB", "HUN"]),
        ("In 1975 President Tito returned from Egypt.", ["EGY", "YUG"]),
    ],
)  # fmt: skip
def test_a_return_from_a_place_is_a_visit(extract: Extract, text: str, pair: list[str]) -> None:
    assert ("VISIT", pair) in summary(extract(text))


@pytest.mark.parametrize(
    "text",
    [
        "The Soviet ambassador returned from Moscow in 1960.",
        "In 1948 he returned from exile.",
        "The troops returned from Korea in 1954.",
    ],
)
def test_envoys_exiles_and_troops_returning_make_no_visit(extract: Extract, text: str) -> None:
    assert "VISIT" not in types(extract(text))


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("Fidel Castro recalled his journey to the United States in April 1959.", ["CUB", "USA"]),
        ("Nasser remembered his trip to Moscow in 1958.", ["EGY", "SUN"]),
        ("In 1972 Tito described his journey to India in glowing terms.", ["IND", "YUG"]),
    ],
)
def test_a_journey_recalled_keeps_its_destination(
    extract: Extract, text: str, pair: list[str]
) -> None:
    assert ("VISIT", pair) in summary(extract(text))


@pytest.mark.parametrize(
    ("text", "meet", "visits"),
    [
        ("He had come to Washington in January 1965, when he held talks with President Johnson,"
         " and again in November 1967.", {"1965-01"}, {"1965-01", "1967-11"}),
        ("Tito went to Moscow in June 1956, when he met Khrushchev, and again in 1962.",
         {"1956-06"}, {"1956-06", "1962"}),
        ("Nasser flew to Belgrade in July 1961, when he held talks with Tito, and again in 1965.",
         {"1961-07"}, {"1961-07", "1965"}),
    ],
)  # fmt: skip
def test_talks_in_a_when_clause_take_the_journeys_first_date_only(
    extract: Extract, text: str, meet: set[str], visits: set[str]
) -> None:
    doc = extract(text)
    assert {d[0] for _, d in dated_states(doc, "MEET") if d} == meet
    assert {d[0] for _, d in dated_states(doc, "VISIT") if d} == visits


def test_a_bare_memorandum_title_is_dated_by_the_record_header(extract: Extract) -> None:
    text = (
        "MEMORANDUM OF CONVERSATION\n\nParticipants: President Nixon; Prime Minister Sato"
        " of Japan\nDate and Place: November 19, 1969, the Oval Office\n\nThe President"
        " recalled his own visit to Tokyo in 1953. The two leaders then met alone."
    )
    meets = dated_states(extract(text, "1969-11-19"), "MEET")
    assert meets and all(d and d[0] == "1969-11-19" for _, d in meets)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("MOSCOW, May 20 - Mr. Brezhnev recalled his visit to Paris in 1971. The two leaders"
         " then held talks for three hours.", "1973-05-20"),
        ("CAIRO, March 3 - Mr. Sadat said he had followed events since Mr. Ford took office in"
         " August 1974. The two presidents then met alone.", "1975-03-03"),
    ],
)  # fmt: skip
def test_a_recalled_or_since_time_does_not_date_what_follows(
    extract: Extract, text: str, date: str
) -> None:
    meets = dated_states(extract(text, date), "MEET")
    assert meets and all(d and d[0] == date for _, d in meets)

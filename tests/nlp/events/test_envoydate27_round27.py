"""Round-27 envoys: a ruler's succession ("King X died and was succeeded by his son") is no
envoy's appointment; a state's minister withdrawn from (or at) a named capital is its envoy
recalled; "became ambassador" and holding "as the first <nationality> ambassador" are
appointments. Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from .event_helpers import dated_states, start_dates, states

pytestmark = pytest.mark.slow

Extract = Callable[..., Doc]


# --- a ruler's succession is no envoy's appointment --------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The British ambassador in Amman reported the news. King Talal, who had reigned for "
        "barely a year, was deposed in 1952 and succeeded by his son Hussein.",
        "The Soviet embassy in Cairo watched closely. Nasser, president since 1956, died in "
        "September 1970 and was succeeded by Anwar Sadat.",
        "The embassy in Riyadh reported that the Emir, who had ruled since 1960, was "
        "overthrown and succeeded by his cousin.",
        "The American embassy in Pyongyang had never opened. Kim Il-sung, who had led the "
        "country since 1948, died in 1994 and was succeeded by Kim Jong-il.",
        "The French legation in Addis Ababa was closed. Emperor Menelik died in 1913 and was "
        "succeeded by his grandson.",
    ],
)
def test_ruler_succession_is_no_appointment(extract: Extract, text: str) -> None:
    assert states(extract(text), "APPOINT_ENVOY") == []


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "The American ambassador in Vientiane, Charles Yost, left in 1956. He was "
            "succeeded by J. Graham Parsons.",
            ["LAO", "USA"],
        ),
        (
            "Sir Percy Loraine served as British ambassador in Ankara until 1939, when he was "
            "succeeded by Sir Hughe Knatchbull-Hugessen.",
            ["GBR", "TUR"],
        ),
    ],
)
def test_envoy_succession_still_appoints(extract: Extract, text: str, pair: list[str]) -> None:
    assert pair in states(extract(text), "APPOINT_ENVOY")


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        # The reviewer's probe: heading a legation makes no ruler.
        (
            "Sir John Jordan, who had headed the British legation in Peking since 1906, was "
            "recalled in 1920 and succeeded by Sir Beilby Alston.",
            ["CHN", "GBR"],
        ),
        (
            "Mr. Brown, who had led the French mission in Tokyo since 1930, was recalled in "
            "1936 and succeeded by Mr. White.",
            ["FRA", "JPN"],
        ),
        (
            "Herr Vogel, who had headed the German embassy in Lisbon since 1931, was recalled "
            "in 1937 and succeeded by Herr Kurz.",
            ["DEU", "PRT"],
        ),
    ],
)
def test_head_of_mission_succession_still_appoints(
    extract: Extract, text: str, pair: list[str]
) -> None:
    assert pair in states(extract(text), "APPOINT_ENVOY")


def test_head_of_embassy_succession_keeps_its_actors(extract: Extract) -> None:
    doc = extract(
        "Dr. Smith, who had headed the embassy in Cairo since 1950, died in 1952 and was "
        "succeeded by Dr. Jones as ambassador."
    )
    appointments = [e for e in doc._.dipl_events if e.type == "APPOINT_ENVOY"]
    assert appointments and all(e.actors for e in appointments)


def test_leader_of_a_named_state_succession_is_no_appointment(extract: Extract) -> None:
    text = (
        "The British embassy in Cairo reported the news. Nasser, who had led Egypt since "
        "1954, died in 1970 and was succeeded by Sadat."
    )
    assert states(extract(text), "APPOINT_ENVOY") == []


# --- a minister withdrawn from a capital is recalled --------------------------------------


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("In 1863 Brazil withdrew its minister, Pedro Carvalho, from London.", ["BRA", "GBR"]),
        ("In 1902 Britain withdrew its minister at Caracas.", ["GBR", "VEN"]),
        (
            "Angered by the note, the Italian government withdrew the Italian minister from "
            "Belgrade in 1924.",
            ["ITA", "YUG"],
        ),
        ("In 1911 Peru and Ecuador withdrew their ministers from Quito and Lima.", ["ECU", "PER"]),
        ("In 1940 Paris withdrew the French minister from Oslo.", ["FRA", "NOR"]),
    ],
)
def test_minister_withdrawn_from_capital(extract: Extract, text: str, pair: list[str]) -> None:
    assert pair in states(extract(text), "RECALL_ENVOY")


@pytest.mark.parametrize(
    "text",
    [
        "In 1870 the Prime Minister withdrew his minister of finance from the cabinet.",
        "In 1863 Brazil withdrew its minister from the negotiations.",
        "In 1990 the party withdrew its ministers from the government in Bonn.",
        "In 1990 the Foreign Minister withdrew from Geneva.",
        # Ministers of the state the place lies in are no envoys abroad: the reviewer's probe
        # and two more.
        "In April 1940 King Haakon withdrew the Norwegian ministers from Oslo.",
        "In 1942 Vichy withdrew the French ministers from Paris.",
        "In 1944 the Danish government withdrew the Danish ministers at Copenhagen.",
    ],
)
def test_minister_withdrawn_near_misses(extract: Extract, text: str) -> None:
    assert states(extract(text), "RECALL_ENVOY") == []


# --- becoming an envoy, or holding a post as its first envoy ------------------------------


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Kenkichi Yoshizawa served as the first Japanese ambassador in Taipei from 1952 "
            "to 1955.",
            ["JPN", "TWN"],
        ),
        ("Humphrys stayed on as the first British ambassador in Baghdad in 1932.", ["GBR", "IRQ"]),
        ("In 1950 Jan Kowal remained in Beijing as the first Polish envoy.", ["CHN", "POL"]),
        ("Anna Berg became the first Swedish ambassador to Hanoi in 1969.", ["SWE", "VDR"]),
    ],
)
def test_first_holder_of_post_is_appointed(extract: Extract, text: str, pair: list[str]) -> None:
    assert pair in states(extract(text), "APPOINT_ENVOY")


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("Luke Wright served as the first American ambassador in Tokyo from 1906 to 1907.", "1906"),
        ("Mori remained as the first Japanese envoy in Washington from 1871 until 1873.", "1871"),
        (
            "Ivan Petrov served as the first Soviet ambassador in Accra from March 1957 to "
            "June 1960.",
            "1957-03",
        ),
    ],
)
def test_first_holder_is_appointed_at_the_start_of_the_term(
    extract: Extract, text: str, start: str
) -> None:
    (dated,) = dated_states(extract(text), "APPOINT_ENVOY")
    assert dated[1] == (start, start)


def test_became_bare_ambassador_is_appointed(extract: Extract) -> None:
    text = "J. Christopher Stevens became ambassador to Libya in May 2012."
    assert any("LBY" in c for c in states(extract(text), "APPOINT_ENVOY"))


@pytest.mark.parametrize(
    "text",
    [
        "Pedro Ortiz served as ambassador in Lima from 1950 to 1955.",
        "Pedro Ortiz became a close friend of the American ambassador in 1950.",
        "Maria Lopes served as the first woman in the Brazilian cabinet from 1982.",
    ],
)
def test_holding_near_misses(extract: Extract, text: str) -> None:
    assert states(extract(text), "APPOINT_ENVOY") == []


# --- a minister named by nationality and placed here or in a capital is an envoy ----------


@pytest.mark.parametrize(
    ("text", "kind", "pair"),
    [
        (
            "MOSCOW, Oct. 10 — Talks went on. The Latvian Minister here was recalled in May.",
            "RECALL_ENVOY",
            ["LVA", "SUN"],
        ),
        ("The Chilean minister in Lima was withdrawn in 1879.", "RECALL_ENVOY", ["CHL", "PER"]),
        (
            "ROME, June 2 — Talks went on. The Swiss Minister here, Paul Ruegger, was "
            "appointed last year.",
            "APPOINT_ENVOY",
            ["CHE", "ITA"],
        ),
    ],
)
def test_national_minister_posted(extract: Extract, text: str, kind: str, pair: list[str]) -> None:
    assert pair in states(extract(text, "1939-10-10"), kind)


# --- one sent or named in an envoy's place is appointed to his post -----------------------


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "The British ambassador in Lima, Sir Henry Bax, was withdrawn in 1938, and London "
            "named Charles Orde in his place.",
            ["GBR", "PER"],
        ),
        (
            "In 1956 Tokyo appointed Ichiro Kono in place of the ambassador in Moscow, "
            "Shunichi Matsumoto.",
            ["JPN", "SUN"],
        ),
        (
            "The Dutch envoy in Jakarta, Jan Smit, was recalled in March, and Piet Vos was "
            "dispatched in his place.",
            ["IDN", "NLD"],
        ),
        (
            "The Swedish minister in Oslo, Erik Berg, died in 1948, and Stockholm sent Nils Ek "
            "in his place.",
            ["NOR", "SWE"],
        ),
    ],
)
def test_sent_in_envoys_place(extract: Extract, text: str, pair: list[str]) -> None:
    assert pair in states(extract(text), "APPOINT_ENVOY")


@pytest.mark.parametrize(
    "text",
    [
        "The captain was wounded in March, and a young lieutenant was sent in his place.",
        "In 1960 the party named Jan Kowal in place of the chairman.",
        "The minister of trade resigned in 1950, and Brazil named Pedro Lima in his place.",
        # A stand-in sent to an occasion fills no post: the reviewer's probe and two more.
        "The American ambassador in Paris did not attend the ceremony on 4 July 1950 and sent "
        "his deputy in his place.",
        "The British ambassador in Rome fell ill before the coronation in May 1937 and sent his "
        "counsellor in his place.",
        "The Japanese ambassador in London declined the invitation to the banquet in 1935 and "
        "sent his military attaché in his place.",
    ],
)
def test_sent_in_place_near_misses(extract: Extract, text: str) -> None:
    assert states(extract(text), "APPOINT_ENVOY") == []


# --- "sent X to head it": the mission the same sentence opened ----------------------------


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "In 1920 Moscow opened a mission in Tallinn and sent Isidor Gukovsky to head it.",
            ["EST", "SUN"],
        ),
        (
            "Canada set up an embassy in Dublin in 1948 and dispatched John Hall to lead it.",
            ["CAN", "IRL"],
        ),
        ("In 1971 Peking opened a legation in Vienna and sent Wang Yue to run it.", ["AUT", "CHN"]),
    ],
)
def test_sent_to_head_the_mission_opened(extract: Extract, text: str, pair: list[str]) -> None:
    assert pair in states(extract(text), "APPOINT_ENVOY")


def test_sent_to_repair_it_is_no_appointment(extract: Extract) -> None:
    text = "In 1950 Pakistan opened a consulate in Kabul and sent an engineer to repair it."
    assert states(extract(text), "APPOINT_ENVOY") == []


# --- the host of an envoy titled by nationality alone is the report's place ---------------


@pytest.mark.parametrize(
    ("text", "kind", "pair"),
    [
        (
            "WASHINGTON, Feb. 13 — The protocols were signed. Dr. Hans Keller, the German "
            "Ambassador, was recalled in January, and Otto Brandt was sent in his place.",
            "APPOINT_ENVOY",
            ["DEU", "USA"],
        ),
        (
            "WASHINGTON, Feb. 13 — The protocols were signed. Dr. Hans Keller, the German "
            "Ambassador, was recalled in January.",
            "RECALL_ENVOY",
            ["DEU", "USA"],
        ),
        (
            "PARIS, May 4 — The talks failed. Count Sforza, the Italian Ambassador, was "
            "recalled last week.",
            "RECALL_ENVOY",
            ["FRA", "ITA"],
        ),
    ],
)
def test_envoy_host_is_report_place(
    extract: Extract, text: str, kind: str, pair: list[str]
) -> None:
    assert pair in states(extract(text, "1903-02-13"), kind)


# --- "N days after" / "a week before": an act dated by the other clause's time, moved ------


@pytest.mark.parametrize(
    ("text", "doc_date", "kind", "want"),
    [
        (
            "WASHINGTON, July 12 — The United States today expelled the Nicaraguan "
            "ambassador, one day after the Sandinista government ordered the American "
            "ambassador, Richard Melton, to leave Managua.",
            "1988-07-12",
            "EXPEL",
            "1988-07-11",
        ),
        (
            "On 3 May 1960 Ghana expelled the Togolese consul, a week after Togo had recalled "
            "its ambassador from Accra.",
            None,
            "RECALL_ENVOY",
            "1960-04-26",
        ),
        (
            "A day before Britain recalled its ambassador on 4 March 1970, Ghana had expelled "
            "two British diplomats.",
            None,
            "EXPEL",
            "1970-03-03",
        ),
        (
            "In June 1972 Uganda expelled the Israeli advisers, two months after Amin had "
            "flown to Tripoli.",
            None,
            "VISIT",
            "1972-04-01",
        ),
    ],
)
def test_counted_clause_moves_the_date(
    extract: Extract, text: str, doc_date: str | None, kind: str, want: str
) -> None:
    assert want in start_dates(extract(text, doc_date), kind)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The Soviet Government had recognised the republic in Baghdad two days after the "
            "revolution of 14 July 1958.",
            "1958-07-16",
        ),
        (
            "Bonn recalled its ambassador from Ankara three weeks after the coup of 12 "
            "September 1980.",
            "1980-10-03",
        ),
        (
            "Ankara expelled the Greek consul a month after the riots of September 1955.",
            "1955-10-01",
        ),
    ],
)
def test_counted_phrase_moves_the_date(extract: Extract, text: str, want: str) -> None:
    assert want in [d for e in extract(text)._.dipl_events if e.date for d in [e.date.start]]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Bonn recalled its ambassador from Ankara after the coup of 12 September 1980.",
            "1980-09-12",
        ),
        (
            "Bonn recalled its ambassador from Ankara weeks after the coup of 12 September 1980.",
            "1980-09-12",
        ),
        (
            "Ghana expelled the Togolese consul on 3 May 1960, a week after the border closed.",
            "1960-05-03",
        ),
        # "a few" says no number: the reviewer's probes and two more vague counts.
        (
            "Bonn recalled its ambassador from Ankara a few days after the coup of 12 "
            "September 1980.",
            "1980-09-12",
        ),
        (
            "Bonn recalled its ambassador from Ankara a few weeks after the coup of 12 "
            "September 1980.",
            "1980-09-12",
        ),
        (
            "Ankara expelled the Greek consul a few months after the riots of September 1955.",
            "1955-09-01",
        ),
        (
            "The Soviet Government had recognised the republic in Baghdad a few days after the "
            "revolution of 14 July 1958.",
            "1958-07-14",
        ),
    ],
)
def test_uncounted_or_own_time_is_not_moved(extract: Extract, text: str, want: str) -> None:
    assert [e.date.start for e in extract(text)._.dipl_events if e.date] == [want]

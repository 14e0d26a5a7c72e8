"""Tenure patterns of round 6 (own sentences): a term ended by an event whose date the parser
hangs on the verb ("until his overthrow in May 1997"), a recall dated by the narrative, and a
current post started by "has been posted/served here since"."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from .tenure_helpers import terms_of

pytestmark = pytest.mark.slow

Extract = Callable[..., Doc]


@pytest.mark.parametrize(
    ("text", "name", "role", "start", "end"),
    [
        (
            "In 1969 the army seized power. Its commander, Omar Haji, was President from 1969 "
            "until his overthrow in January 1991, and in 1970 he proclaimed socialism.",
            "Omar Haji",
            "president",
            "1969",
            "1991-01",
        ),
        (
            "Its founder, Kwame Mensah, was Prime Minister from 1957 until his fall in "
            "February 1966, and in 1961 he toured Asia.",
            "Kwame Mensah",
            "prime minister",
            "1957",
            "1966-02",
        ),
        (
            "Hafez Karim, who was President from 1965 until his overthrow in May 1997, "
            "visited Beijing often.",
            "Hafez Karim",
            "president",
            "1965",
            "1997-05",
        ),
    ],
)
def test_term_ended_by_a_dated_event(
    extract: Extract, text: str, name: str, role: str, start: str, end: str
) -> None:
    assert terms_of(extract(text), name) == {(role, start, end)}


@pytest.mark.parametrize(
    "text",
    [
        "Kenya broke off relations with Uganda on 2 May 1976, and the ambassador, James "
        "Hennessy, who had held the post since 1973, was recalled to London.",
        "Relations were severed on 2 May 1976. The Swedish ambassador, James Hennessy, who "
        "had been in Kampala since 1973, was recalled to Stockholm.",
    ],
)
def test_recall_without_its_own_date_ends_the_term_at_the_narrative_date(
    extract: Extract, text: str
) -> None:
    ends = {end for _role, _start, end in terms_of(extract(text), "James Hennessy")}
    assert ends == {"1976-05-02"}


def test_recall_is_not_dated_by_the_document_date(extract: Extract) -> None:
    doc = extract("The ambassador, James Hennessy, was recalled to London.", "1976-05-02")
    assert {end for _r, _s, end in terms_of(doc, "James Hennessy")} == {None}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Ms. Rao, India's High Commissioner in Colombo, met the President. Ms. Rao has "
            "been posted here since 1985.",
            "Rao",
        ),
        (
            "The French ambassador in Hanoi, Jean Morel, called on the minister. Morel has "
            "been stationed in Hanoi since 1985.",
            "Jean Morel",
        ),
        (
            "The French ambassador in Hanoi, Jean Morel, called on the minister. Morel has "
            "served here since 1985.",
            "Jean Morel",
        ),
    ],
)
def test_posted_here_since_starts_the_current_post(extract: Extract, text: str, name: str) -> None:
    starts = {start for _role, start, _end in terms_of(extract(text, "1987-07-29"), name)}
    assert starts == {"1985"}


def test_working_somewhere_since_a_date_does_not_start_a_post(extract: Extract) -> None:
    doc = extract(
        "The French ambassador in Hanoi, Jean Morel, called on the minister. Morel and his "
        "staff have worked from a hotel since 1985.",
        "1987-07-29",
    )
    assert {start for _r, start, _e in terms_of(doc, "Jean Morel")} == {None}


def test_a_range_served_in_another_capital_is_not_the_current_post(extract: Extract) -> None:
    doc = extract(
        "The French ambassador in Hanoi, Jean Morel, called on the minister. Morel served in "
        "Tokyo from 1980 to 1984.",
        "1991-03-02",
    )
    assert ("ambassador", "1980", "1984") not in terms_of(doc, "Jean Morel")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "In April 1971 the Chinese chargé d'affaires in Paris, Huang Zhen, was promoted to "
            "ambassador.",
            "Huang Zhen",
        ),
        (
            "In April 1971 Huang Zhen, the Chinese chargé d'affaires in Paris, was raised to the "
            "rank of ambassador.",
            "Huang Zhen",
        ),
    ],
)
def test_promotion_ends_the_old_post_and_starts_the_new(
    extract: Extract, text: str, name: str
) -> None:
    doc = extract(text)
    assert terms_of(doc, name) == {
        ("chargé d'affaires", None, "1971-04"),
        ("ambassador", "1971-04", None),
    }
    assert {(t.country, t.to) for t in doc._.dipl_tenures} == {("CHN", "FRA")}


@pytest.mark.parametrize(
    "text",
    [
        "Llewellyn Thompson returned to Moscow as ambassador in 1967 and remained until 1969.",
        "Llewellyn Thompson came to Moscow as ambassador in 1967 and remained until 1969.",
    ],
)
def test_going_to_a_capital_as_envoy_starts_the_post(extract: Extract, text: str) -> None:
    assert terms_of(extract(text), "Llewellyn Thompson") == {("ambassador", "1967", "1969")}


def test_returning_home_still_ends_the_post(extract: Extract) -> None:
    doc = extract(
        "The American ambassador in Moscow, Llewellyn Thompson, returned to Washington in July "
        "1962."
    )
    assert {end for _r, _s, end in terms_of(doc, "Llewellyn Thompson")} == {"1962-07"}


def test_recalled_to_the_capital_of_the_envoys_own_state(extract: Extract) -> None:
    doc = extract(
        "After seven years as ambassador in Bonn, Valentin Falin was recalled to Moscow in 1978."
    )
    assert [(t.country, t.to, t.end) for t in doc._.dipl_tenures] == [("SUN", "DEU", "1978")]


@pytest.mark.parametrize(
    ("text", "name", "term"),
    [
        (
            "The talks were led by Foreign Minister Carlos Mendes, who served from 1981 to 1985.",
            "Carlos Mendes",
            ("foreign minister", "1981", "1985"),
        ),
        (
            "Foreign Minister Carlos Mendes, who served until 1985, led the talks.",
            "Carlos Mendes",
            ("foreign minister", None, "1985"),
        ),
        (
            "Prime Minister Olof Berg, in office since 1946, received the delegation.",
            "Olof Berg",
            ("prime minister", "1946", None),
        ),
        (
            "President Luis Ortega, in office from 1970 to 1976, visited Madrid.",
            "Luis Ortega",
            ("president", "1970", "1976"),
        ),
    ],
)
def test_title_bounded_by_a_clause_about_its_holder(
    extract: Extract, text: str, name: str, term: tuple[str, str | None, str | None]
) -> None:
    assert terms_of(extract(text), name) == {term}


@pytest.mark.parametrize(
    ("text", "name", "term"),
    [
        (
            "Zhou Enlai, who has been premier since the founding of the People's Republic in "
            "1949, spoke first.",
            "Zhou Enlai",
            ("prime minister", "1949", None),
        ),
        (
            "Mitterrand, president since his election in May 1981, received him.",
            "Mitterrand",
            ("president", "1981-05", None),
        ),
    ],
)
def test_since_an_event_dated_in_its_phrase(
    extract: Extract, text: str, name: str, term: tuple[str, str | None, str | None]
) -> None:
    assert terms_of(extract(text), name) == {term}


@pytest.mark.parametrize(
    "text",
    [
        "The foreign minister, Jorge Ruiz, signed the note. Ruiz left the foreign ministry in "
        "1979 and was replaced by Castaneda.",
        "Foreign Minister Jorge Ruiz signed the note. Ruiz left office in 1979.",
    ],
)
def test_leaving_the_ministry_or_office_ends_the_last_office(extract: Extract, text: str) -> None:
    assert terms_of(extract(text), "Jorge Ruiz") == {("foreign minister", None, "1979")}


def test_leaving_the_ministry_does_not_end_a_presidency(extract: Extract) -> None:
    doc = extract("President Jorge Ruiz signed the note. Ruiz left the ministry in 1979.")
    assert terms_of(doc, "Jorge Ruiz") == set()


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("In 1951 Winston Churchill returned to the premiership.", "1951"),
        (
            "Prime Minister Adnan Kaya, who returned to the premiership last January, welcomed "
            "him.",
            "1999-01",
        ),
    ],
)
def test_returning_to_the_premiership_starts_a_term(
    extract: Extract, text: str, start: str
) -> None:
    names = {"1951": "Winston Churchill", "1999-01": "Adnan Kaya"}
    doc = extract(text, "2000-01-20")
    assert terms_of(doc, names[start]) == {("prime minister", start, None)}


@pytest.mark.parametrize(
    ("text", "name", "term"),
    [
        (
            "Julius Nyerere, President of Tanzania from 1964 until he stepped down in 1985, "
            "visited Beijing.",
            "Julius Nyerere",
            ("president", "1964", "1985"),
        ),
        (
            "Kenneth Kaunda was President of Zambia from 1964 until he was defeated in 1991.",
            "Kenneth Kaunda",
            ("president", "1964", "1991"),
        ),
        (
            "Sekou Toure, who was President from 1958 until he died in March 1984, visited Moscow.",
            "Sekou Toure",
            ("president", "1958", "1984-03"),
        ),
    ],
)
def test_until_clause_of_an_ending_event(
    extract: Extract, text: str, name: str, term: tuple[str, str | None, str | None]
) -> None:
    assert terms_of(extract(text), name) == {term}


@pytest.mark.parametrize(
    ("text", "name", "role", "country", "start"),
    [
        (
            "Foreign Minister Hans Dietrich met his Soviet counterpart, Andrei Gromyko, in "
            "Vienna. Gromyko had held his post since 1957.",
            "Andrei Gromyko",
            "foreign minister",
            "SUN",
            "1957",
        ),
        (
            "Defence Minister Paul Weber and his French counterpart, Jean Morel, signed the "
            "accord. Mr. Morel has held his post since 1997.",
            "Jean Morel",
            "defence minister",
            "FRA",
            "1997",
        ),
    ],
)
def test_counterpart_holds_the_same_office_for_its_state(
    extract: Extract, text: str, name: str, role: str, country: str, start: str
) -> None:
    doc = extract(text, "2000-01-20")
    surname = name.split()[-1]
    found = [(t.role, t.country, t.start) for t in doc._.dipl_tenures if surname in t.person]
    assert found == [(role, country, start)]


@pytest.mark.parametrize(
    ("text", "name", "role", "start", "end"),
    [
        (
            "Relations between Poland and the Holy See were restored in 1919. Archbishop Jan "
            "Nowak was appointed apostolic nuncio in August 1989 and held the post until 2010.",
            "Jan Nowak",
            "apostolic nuncio",
            "1989-08",
            "2010",
        ),
        (
            "Relations between Poland and the Holy See were restored in 1919. Lorenzo Lauri, "
            "who had been apostolic visitor in Warsaw since 1918, was named nuncio in 1919.",
            "Lorenzo Lauri",
            "apostolic visitor",
            "1918",
            "1919",  # round 11: the post held before ("had been") ends with the new one
        ),
    ],
)
def test_envoys_of_the_holy_see(
    extract: Extract, text: str, name: str, role: str, start: str, end: str | None
) -> None:
    doc = extract(text)
    found = {(t.role, t.country, t.to, t.start, t.end) for t in doc._.dipl_tenures}
    assert (role, "VAT", "POL", start, end) in found
    assert all(t.country == "VAT" for t in doc._.dipl_tenures if name in t.person)


def test_ruled_as_president(extract: Extract) -> None:
    doc = extract(
        "Mobutu Sese Seko, who ruled Zaire as President from 1965 until his overthrow in May "
        "1997, visited Beijing often."
    )
    assert terms_of(doc, "Mobutu Sese Seko") == {("president", "1965", "1997-05")}


def test_in_office_since_after_a_name_inside_a_phrase(extract: Extract) -> None:
    doc = extract(
        "The step was approved by the cabinet of Prime Minister Olof Berg, in office since 1946."
    )
    assert terms_of(doc, "Olof Berg") == {("prime minister", "1946", None)}


def test_attorney_general_is_an_office(extract: Extract) -> None:
    doc = extract("R. Kennedy, who has been Attorney General since January 1961, spoke first.")
    assert terms_of(doc, "R. Kennedy") == {("attorney general", "1961-01", None)}


def test_plural_office_before_names_is_singular(extract: Extract) -> None:
    doc = extract(
        "Ten days later the foreign ministers Jorge Ruiz and Carlos Oreja exchanged notes in "
        "Paris. Ruiz left the foreign ministry in 1979."
    )
    assert terms_of(doc, "Jorge Ruiz") == {("foreign minister", None, "1979")}


def test_counterpart_of_an_office_named_in_the_sentence(extract: Extract) -> None:
    doc = extract(
        "George Papandreou became the first Greek foreign minister in 38 years to visit "
        "Turkey, and he and his Turkish counterpart, Ismail Cem, signed agreements. Mr. Cem "
        "has held his post since 1997.",
        "2000-01-20",
    )
    assert [(t.role, t.country, t.start) for t in doc._.dipl_tenures if "Cem" in t.person] == [
        ("foreign minister", "TUR", "1997")
    ]

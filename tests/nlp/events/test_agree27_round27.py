"""Round-27 agreements: an agreement told as the means of an act ("By the treaty signed in
1809, Sweden ceded ...", "Under the accord concluded at Simla, India returned ...", "was bound
to Iran by the pact concluded in 1982") is signed by the states of that act when its own
participle names none; a title headed by a peace, an alliance or an entente ("the Peace of
Pressburg, signed in December 1805") is an agreement whose participle states its signing; a
state's own alliance denounced, or an agreement declared "at an end", is terminated; the
holder of obligations under an agreement and the states joined "in signing" are parties; a
renewal told with a series of dates is one signing per date; "concluded that ..." judges and
signs nothing; a place hung on the signed agreement is the venue. Sentences written for these
tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from .event_helpers import dated_states, states

pytestmark = pytest.mark.slow

Extract = Callable[..., Doc]

SIGN = "SIGN_AGREEMENT"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "by", the subject a list
        (
            "By the convention signed in Madrid on 4 March 1880, Spain, Portugal and Italy "
            "agreed to a common tariff.",
            [(["ESP", "ITA", "PRT"], ("1880-03-04", "1880-03-04"))],
        ),
        # "under", the parser hangs the phrase on the participle
        (
            "Under the accord concluded at Simla in July 1972, India returned the prisoners "
            "to Pakistan.",
            [(["IND", "PAK"], ("1972-07", "1972-07"))],
        ),
        # "through", the partner in a "to" phrase
        (
            "Through the convention concluded in Bangkok in 1883, Siam granted "
            "extraterritoriality to Britain.",
            [(["GBR", "THA"], ("1883", "1883"))],
        ),
        # passive act: "bound to X by the pact"
        (
            "Syria was bound to Iran by the pact concluded in Tehran in March 1982.",
            [(["IRN", "SYR"], ("1982-03", "1982-03"))],
        ),
    ],
)
def test_agreement_as_means_takes_the_act_parties(
    extract: Extract, text: str, expected: list[object]
) -> None:
    assert dated_states(extract(text, "1990-01-01"), SIGN) == expected


def test_handed_territory_is_no_party(extract: Extract) -> None:
    text = "By the Treaty of Frankfurt, signed on 10 May 1871, France ceded Alsace to Germany."
    assert states(extract(text, "1900-01-01"), SIGN) == [["DEU", "FRA"]]


def test_recognised_state_of_a_conjoined_act_is_a_party(extract: Extract) -> None:
    text = (
        "By the Peace of Prague, signed on 23 August 1866, Austria gave up Holstein and "
        "recognised the Kingdom of Prussia."
    )
    assert dated_states(extract(text, "1900-01-01"), SIGN) == [
        # the ontology names Prussia by the German state
        (["AUH", "DEU"], ("1866-08-23", "1866-08-23"))
    ]


def test_participle_naming_its_parties_keeps_them(extract: Extract) -> None:
    # the participle names the pair: the state the act concerns is no signer
    text = "By the treaty signed in Paris between Chile and Peru, Bolivia lost its coast."
    assert states(extract(text, "1930-01-01"), SIGN) == [["CHL", "PER"]]


def test_agreement_as_subject_is_no_means(extract: Extract) -> None:
    # no "by/under/through": the states of the sentence are not taken from an act by it
    text = "The treaty concluded in Lisbon in 1703 pleased England more than Spain."
    assert ["ESP", "GBR"] not in states(extract(text, "1720-01-01"), SIGN)


def test_means_of_a_non_signing_phrase_is_left_alone(extract: Extract) -> None:
    # "by the war": no agreement, no signing
    text = "By the war fought in 1866, Prussia defeated Austria."
    assert states(extract(text, "1900-01-01"), SIGN) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "By the Peace of Pressburg, signed on 26 December 1805, Austria ceded Venetia "
            "to France.",
            [(["AUH", "FRA"], ("1805-12-26", "1805-12-26"))],
        ),
        # "under", the participle tagged as a past tense and made a complement of the act
        (
            "Under the Peace of Bucharest, concluded in May 1918, Romania ceded Dobruja to "
            "Bulgaria.",
            [(["BGR", "ROU"], ("1918-05", "1918-05"))],
        ),
        (
            "By the Truce of Ilinden, signed on 3 June 1913, Serbia yielded Skopje to Bulgaria.",
            [(["BGR", "SRB"], ("1913-06-03", "1913-06-03"))],
        ),
        (
            "By the Armistice of Mudros, signed on 30 October 1918, Turkey surrendered to Britain.",
            [(["GBR", "OTT"], ("1918-10-30", "1918-10-30"))],
        ),
    ],
)
def test_titled_peace_with_participle_is_signed(
    extract: Extract, text: str, expected: list[object]
) -> None:
    assert dated_states(extract(text, "1900-01-01"), SIGN) == expected


def test_title_of_a_city_is_no_agreement(extract: Extract) -> None:
    # "the Peace Palace" names a building: nothing signed by the participle's phrase
    text = "The Peace Palace, built in The Hague in 1913, housed the court."
    assert states(extract(text, "1920-01-01"), SIGN) == []


TERMINATE = "TERMINATE_AGREEMENT"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On 4 May 1915 Italy denounced its alliance with Austria-Hungary.", ["AUH", "ITA"]),
        ("In 1920 Bolivia denounced their alliance with Peru.", ["BOL", "PER"]),
        ("In April 1904 Portugal denounced the alliance with Spain.", ["ESP", "PRT"]),
    ],
)
def test_own_alliance_denounced_is_ended(extract: Extract, text: str, expected: list[str]) -> None:
    assert states(extract(text, "1930-01-01"), TERMINATE) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # a condemnation: "as ..."
        "In 1923 Chile denounced the alliance as a tool of Peru.",
        # another pair's alliance, no bond of the doer's
        "In 1902 Japan denounced the alliance between Russia and France.",
    ],
)
def test_condemned_alliance_is_not_ended(extract: Extract, text: str) -> None:
    assert states(extract(text, "1930-01-01"), TERMINATE) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In March 1845 Brazil declared the right-of-search arrangements with Britain at "
            "an end.",
            ["BRA", "GBR"],
        ),
        ("In 1912 Persia considered the convention with Russia at an end.", ["IRN", "RUE"]),
        ("Peru pronounced its treaty with Ecuador at an end in 1910.", ["ECU", "PER"]),
    ],
)
def test_agreement_declared_at_an_end(extract: Extract, text: str, expected: list[str]) -> None:
    assert states(extract(text, "1930-01-01"), TERMINATE) == [expected]


def test_war_declared_at_an_end_is_no_termination(extract: Extract) -> None:
    text = "In 1815 France declared the war with Britain at an end."
    assert states(extract(text, "1930-01-01"), TERMINATE) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Poland invoked its obligations under the alliance concluded with France in 1921.",
            [(["FRA", "POL"], ("1921", "1921"))],
        ),
        (
            "The envoy said this was hard to square with Romania's commitments under the "
            "pact concluded with Yugoslavia in Belgrade in June 1921.",
            [(["ROU", "YUG"], ("1921-06", "1921-06"))],
        ),
        (
            "Britain recalled Egypt's duties under the treaty of alliance concluded with "
            "Britain in 1936.",
            [(["EGY", "GBR"], ("1936", "1936"))],
        ),
    ],
)
def test_holder_of_obligations_under_agreement_is_a_party(
    extract: Extract, text: str, expected: list[object]
) -> None:
    assert dated_states(extract(text, "1950-01-01"), SIGN) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In May 1981 Oman joined Saudi Arabia, Kuwait, Bahrain, Qatar and the United "
            "Arab Emirates in signing the charter of the Gulf Cooperation Council.",
            ["ARE", "BHR", "KWT", "OMN", "QAT", "SAU"],
        ),
        ("In 1955 Pakistan joined Turkey in concluding a pact with Iraq.", ["IRQ", "PAK", "TUR"]),
        (
            "Romania joined Czechoslovakia and Yugoslavia in the Little Entente, a defensive "
            "treaty signed in Bucharest in June 1921.",
            ["CSK", "ROU", "YUG"],
        ),
    ],
)
def test_states_joined_in_a_signing_are_parties(
    extract: Extract, text: str, expected: list[str]
) -> None:
    assert states(extract(text, "1990-01-01"), SIGN) == [expected]


def test_joined_in_talks_is_no_joint_signing(extract: Extract) -> None:
    # joined others in talks, not in the signing: they are no signers of the joining
    text = "In 1949 Norway joined Denmark and Britain in talks on defence."
    assert states(extract(text, "1990-01-01"), SIGN) == []


def test_renewal_with_several_dates_is_one_signing_per_date(extract: Extract) -> None:
    text = (
        "Italy joined Germany and Austria-Hungary in the Triple Alliance, a defensive treaty "
        "signed in Vienna on 20 May 1882. The alliance was renewed in February 1887, in May "
        "1891, in June 1902 and for the last time on 5 December 1912."
    )
    got = dated_states(extract(text, "1920-01-01"), SIGN)
    trio = ["AUH", "DEU", "ITA"]
    assert got == [
        (trio, ("1882-05-20", "1882-05-20")),
        (trio, ("1887-02", "1887-02")),
        (trio, ("1891-05", "1891-05")),
        (trio, ("1902-06", "1902-06")),
        (trio, ("1912-12-05", "1912-12-05")),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Britain and Portugal renewed their alliance in 1899, in 1914 and again in 1943.",
            ["1899", "1914", "1943"],
        ),
        (
            "The treaty with Japan was extended in 1955, in 1965 and in 1975.",
            ["1955", "1965", "1975"],
        ),
    ],
)
def test_renewal_series_of_dated_phrases(extract: Extract, text: str, expected: list[str]) -> None:
    got = [d[0] for _s, d in dated_states(extract(text, "1990-01-01"), SIGN) if d]
    assert got == expected


def test_renewal_with_one_phrase_of_two_years_is_not_split(extract: Extract) -> None:
    # one phrase, no preposition of its own for the second year: not read as a series
    text = "The Anglo-Japanese alliance was renewed in 1905 and 1911."
    assert len(states(extract(text, "1990-01-01"), SIGN)) == 1


def test_renewed_bare_treaty_takes_the_parties_told_before(extract: Extract) -> None:
    text = (
        "Britain signed a treaty of friendship with Portugal in 1899. The treaty was extended "
        "in 1914."
    )
    assert dated_states(extract(text, "1990-01-01"), SIGN) == [
        (["GBR", "PRT"], ("1899", "1899")),
        (["GBR", "PRT"], ("1914", "1914")),
    ]


def test_renewal_naming_other_states_keeps_them(extract: Extract) -> None:
    text = (
        "Britain signed a treaty of friendship with Portugal in 1899. In 1914 Spain and "
        "France renewed the treaty."
    )
    assert ["ESP", "FRA"] in states(extract(text, "1990-01-01"), SIGN)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "By the convention signed in Rome in 1902, Italy recognised French claims in Morocco.",
            ["FRA", "ITA"],
        ),
        (
            "Under the accord concluded in London in 1904, Britain recognised French "
            "interests in Egypt.",
            ["FRA", "GBR"],
        ),
        (
            "By the treaty signed in Kabul in 1921, Persia recognised Soviet rights in "
            "Afghanistan.",
            ["IRN", "SUN"],
        ),
    ],
)
def test_place_in_the_object_of_the_act_is_no_party(
    extract: Extract, text: str, expected: list[str]
) -> None:
    # the object's own "in" phrase places its topic; the state there signs nothing
    assert states(extract(text, "1990-01-01"), SIGN) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Germany signed a treaty with Russia in 1887. In 1890 it concluded that it could not "
        "prolong the treaty.",
        "In 1936 Paris concluded that the pact with Moscow had served its purpose.",
        "In 1911 the cabinet concluded the alliance would not survive another crisis.",
    ],
)
def test_concluding_a_judgment_signs_nothing(extract: Extract, text: str) -> None:
    got = dated_states(extract(text, "1990-01-01"), SIGN)
    assert [d for _s, d in got if d and d[0] in ("1890", "1936", "1911")] == []


def test_concluded_agreement_with_a_clause_on_it_is_signed(extract: Extract) -> None:
    text = "In 1890 Germany concluded a treaty with Britain that settled the dispute."
    assert states(extract(text, "1990-01-01"), SIGN) == [["DEU", "GBR"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In October 1982 Omani and South Yemeni representatives signed an agreement in "
            "Kuwait ending their dispute.",
            ["OMN", "YMD"],
        ),
        (
            "In 1982 Oman and South Yemen signed an agreement in Kuwait ending their dispute.",
            ["OMN", "YMD"],
        ),
        (
            "In 1964 Chile and Peru signed a protocol in Ecuador settling the quarrel.",
            ["CHL", "PER"],
        ),
    ],
)
def test_place_of_signing_hung_on_the_agreement_is_no_party(
    extract: Extract, text: str, expected: list[str]
) -> None:
    assert states(extract(text, "1990-01-01"), SIGN) == [expected]


def test_topic_place_of_an_agreement_is_still_read(extract: Extract) -> None:
    # "bases in Cyprus": the place qualifies the topic, not the agreement
    text = "In 1961 Britain signed an agreement on bases in Cyprus."
    assert states(extract(text, "1990-01-01"), SIGN) == [["CYP", "GBR"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In August 1986 Washington suspended its security obligations to New Zealand "
            "under the treaty.",
            ["NZL", "USA"],
        ),
        (
            "In 1956 Egypt suspended its obligations under the agreement with Britain.",
            ["EGY", "GBR"],
        ),
        ("In 1966 France renounced its commitments under the pact with Britain.", ["FRA", "GBR"]),
    ],
)
def test_obligations_under_agreement_ended(
    extract: Extract, text: str, expected: list[str]
) -> None:
    assert states(extract(text, "1990-01-01"), "TERMINATE_AGREEMENT") == [expected]


@pytest.mark.parametrize(
    "text",
    [
        # no agreement: aid suspended
        "In 1986 Washington suspended its aid to New Zealand.",
        # obligations kept, not ended
        "In 1980 Britain fulfilled its obligations under the treaty with Oman.",
    ],
)
def test_obligations_not_ended_under_agreement(extract: Extract, text: str) -> None:
    assert states(extract(text, "1990-01-01"), "TERMINATE_AGREEMENT") == []

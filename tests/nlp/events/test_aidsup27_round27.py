"""Round-27 patterns (issue 4): aid as forces or officers sent to a state or its army, troops or
volunteers fighting or acting beside an ally, experts working or building abroad, a state's
plan financed or works paid for by grants and loans, money committed to a state or its plan,
a subsidy raised, lost arms replaced, fugitives taken in ("took them in"); support as backing
"enjoyed" from a named backer, a claim acknowledged or reaffirmed (not by a treaty), a state's
operation welcomed. Sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from spacy.tokens import Doc

from .event_helpers import summary as _summary

pytestmark = pytest.mark.slow

Extract = Callable[..., Doc]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # forces, corps and officers sent or seconded to a state or to its army
        (
            "In 1864 Austria and Belgium sent volunteer corps to Mexico.",
            [("PROVIDE_AID", ["AUH", "MEX"]), ("PROVIDE_AID", ["BEL", "MEX"])],
        ),
        (
            "In 1914 Britain sent an expeditionary force to France.",
            [("PROVIDE_AID", ["FRA", "GBR"])],
        ),
        (
            "In 1972 Jordan seconded two hundred officers to the Omani army.",
            [("PROVIDE_AID", ["JOR", "OMN"])],
        ),
        ("In 1956 the Soviet Union sent a large force into Hungary.", []),
        ("In 1982 Argentina sent a naval task force to the islands.", []),
        # troops or volunteers fighting or acting beside another state's army or people
        (
            "In 1940 Swedish volunteers went to Finland to fight beside the Finns.",
            [("PROVIDE_AID", ["FIN", "SWE"])],
        ),
        (
            "In January 1920 Polish troops, acting with the Latvian army, drove the Red Army "
            "out of Latgale.",
            [("PROVIDE_AID", ["LVA", "POL"])],
        ),
        (
            "In 1919 several thousand Finnish volunteers crossed the gulf to fight beside the "
            "Estonians.",
            [("PROVIDE_AID", ["EST", "FIN"])],
        ),
        ("In 1920 Polish troops crossed the river to fight the Latvian army.", []),
        ("In 1967 Israeli troops acted with great speed.", []),
        (
            "In 1917 American troops fought beside the French army at Cantigny.",
            [("PROVIDE_AID", ["FRA", "USA"])],
        ),
        # a people as the ally in a coalition war, or a march "with" allies, is no aid
        ("In 1914 British troops fought beside the French at Mons.", []),
        ("In 1965 Australian troops fought alongside the Americans in Vietnam.", []),
        ("In 1944 British troops advanced with the Americans towards the Rhine.", []),
        ("In 1950 Turkish troops fought alongside the Americans in Korea.", []),
        ("In 1943 Polish troops attacked with the British at Monte Cassino.", []),
    ],
)
def test_forces_sent_and_fighting_beside(
    extract: Extract, text: str, expected: list[tuple[str, list[str]]]
) -> None:
    assert _summary(extract(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Since 1961 Soviet geologists and drilling specialists have been working in Pakistan.",
            [("PROVIDE_AID", ["PAK", "SUN"])],
        ),
        (
            "In the 1960s Indian engineers built the first motor road in Bhutan.",
            [("PROVIDE_AID", ["BTN", "IND"])],
        ),
        (
            "In 1964 Chinese workers were building a railway in Tanzania.",
            [("PROVIDE_AID", ["CHN", "TZA"])],
        ),
        (
            "In 1968 Soviet experts helped to build the steel plant at Bokaro in India.",
            [("PROVIDE_AID", ["IND", "SUN"])],
        ),
        ("In 1964 American scientists were working in Antarctica.", []),
        ("In 1970 Soviet engineers built a new bridge in Moscow.", []),
        ("In 1970 Chinese engineers designed a bridge.", []),
    ],
)
def test_experts_abroad(extract: Extract, text: str, expected: list[tuple[str, list[str]]]) -> None:
    assert _summary(extract(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In 1961 India financed the whole of Bhutan's First Five-Year Plan.",
            [("PROVIDE_AID", ["BTN", "IND"])],
        ),
        (
            "In 1965 France funded most of the budget of Mauritania.",
            [("PROVIDE_AID", ["FRA", "MRT"])],
        ),
        (
            "In 1974 Laos began a dam on the Mekong. Japan financed the dam through soft loans.",
            [("PROVIDE_AID", ["JPN", "LAO"])],
        ),
        (
            "In 1962 Nepal adopted a road plan, which India financed through grants and loans.",
            [("PROVIDE_AID", ["IND", "NPL"])],
        ),
        ("In 1970 Britain financed its own budget deficit.", []),
        ("In 1970 the bank financed the project through bonds.", []),
        # paying by loans is aid only for works or a plan, paid by a named state, with money
        # not named as another's (a borrower paying its own way is no donor)
        ("In 1915 Britain financed the war through American loans.", []),
        ("In 1946 the Labour government financed its housing programme with loans.", []),
        ("In 1920 Poland financed its army through French credits.", []),
        ("In 1950 the city financed the new bridge with loans from local banks.", []),
        # money committed to a state, its plan or a development programme
        (
            "Nigeria launched a six-year plan in 1962. The United States committed $225 million "
            "to the six-year development plan launched in 1962.",
            [("PROVIDE_AID", ["NGA", "USA"])],
        ),
        (
            "In 1975 Japan earmarked 50 billion yen in credits for Indonesia.",
            [("PROVIDE_AID", ["IDN", "JPN"])],
        ),
        (
            "In 1980 the Soviet Union committed $2 billion to Afghanistan's five-year plan.",
            [("PROVIDE_AID", ["AFG", "SUN"])],
        ),
        ("In 1981 the United States committed $5 billion to defence.", []),
        ("In 1981 France committed $3 billion to its own nuclear programme.", []),
        # a subsidy or aid raised
        (
            "In 1949 India raised the annual subsidy to Bhutan to five lakh rupees.",
            [("PROVIDE_AID", ["BTN", "IND"])],
        ),
        (
            "In 1949 India returned the tract of Dewangiri to Bhutan and raised the annual "
            "subsidy.",
            [("PROVIDE_AID", ["BTN", "IND"])],
        ),
        (
            "In 1975 Washington doubled its economic aid to Egypt.",
            [("PROVIDE_AID", ["EGY", "USA"])],
        ),
        ("In 1896 China raised a loan in Paris.", []),
        # a subsidy raised with no recipient, or a subsidy "on" goods, is spent at home
        ("In 1977 Egypt doubled the subsidy on bread.", []),
        ("In 1980 France raised the subsidy for its farmers.", []),
        ("In 1968 Britain trebled its subsidy on coal.", []),
        ("In 1980 France cut its tariffs and raised the subsidy for its farmers.", []),
        (
            "In 1949 India promised not to interfere in Bhutan's affairs and raised the annual "
            "subsidy.",
            [("PROVIDE_AID", ["BTN", "IND"])],
        ),
        ("In 1962 Egypt increased its army.", []),
        # lost arms replaced
        (
            "In 1974 the Soviet Union had replaced the aircraft and tanks that Syria lost.",
            [("PROVIDE_AID", ["SUN", "SYR"])],
        ),
        (
            "In 1973 the United States replenished Israel's losses.",
            [("PROVIDE_AID", ["ISR", "USA"])],
        ),
        (
            "In 1968 Moscow replaced the weapons the Egyptian army had lost in June.",
            [("PROVIDE_AID", ["EGY", "SUN"])],
        ),
        ("In 1968 Moscow replaced its ambassador in Cairo.", []),
        ("In 1970 the Soviet Union replaced its own losses.", []),
    ],
)
def test_money_and_arms(extract: Extract, text: str, expected: list[tuple[str, list[str]]]) -> None:
    assert _summary(extract(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "When Antwerp fell in October 1914, perhaps a million Belgians fled across the "
            "border, and the Dutch took them in, while Britain received some quarter of a "
            "million more.",
            [("PROVIDE_AID", ["BEL", "NLD"]), ("PROVIDE_AID", ["BEL", "GBR"])],
        ),
        (
            "In 1979 thousands of Cambodians fled the fighting, and Thailand took them in.",
            [("PROVIDE_AID", ["KHM", "THA"])],
        ),
        (
            "In 1956 some 200,000 Hungarians escaped to the west; Austria admitted them and "
            "Canada received several thousand more.",
            [("PROVIDE_AID", ["AUT", "HUN"]), ("PROVIDE_AID", ["CAN", "HUN"])],
        ),
        (
            "In 1956 Hungarian envoys came to Vienna and Austria received them.",
            [("VISIT", ["AUT", "HUN"])],
        ),
        (
            "In 1971 millions of Bengalis fled the army, and India received the refugees.",
            [("PROVIDE_AID", ["IND"])],
        ),
        # receiving "them" after a flight is a reception, not shelter given
        (
            "In May 1940 several Czech ministers fled to London, where Churchill received them.",
            [("MEET", ["GBR"])],
        ),
        (
            "In 1938 the Austrian chancellor fled to Paris, where Daladier received him.",
            [("MEET", ["AUT", "FRA"])],
        ),
        ("In 1959 the Dalai Lama fled to India, and Nehru received them at Mussoorie.", []),
    ],
)
def test_fugitives_taken_in(
    extract: Extract, text: str, expected: list[tuple[str, list[str]]]
) -> None:
    assert _summary(extract(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In 1975 Syria enjoyed the backing of Moscow.",
            [("EXPRESS_SUPPORT", ["SUN", "SYR"])],
        ),
        (
            "In 1962 the Algerian rebels won the support of Egypt.",
            [("EXPRESS_SUPPORT", ["DZA", "EGY"])],
        ),
        (
            "In 1980 Iraq received the support of Saudi Arabia.",
            [("EXPRESS_SUPPORT", ["IRQ", "SAU"])],
        ),
        # received backing is had backing; received military support is aid, no statement
        ("In 1980 Iraq received the military support of France.", []),
        (
            "In 1990 Kuwait had the support of the United Nations.",
            [("EXPRESS_SUPPORT", ["KWT"])],
        ),
        # the backing of a body of the haver's own state tells no state's stance
        ("In 1960 Sukarno enjoyed the support of the Indonesian army.", []),
        ("In 1948 Tito enjoyed the support of the Yugoslav communist party.", []),
        ("In 1965 Kenyatta won the backing of the Kenyan parliament.", []),
        ("In 1980 Iraq had the approval of its parliament.", []),
        (
            "In July 1920 Moscow acknowledged Lithuania's claim to Vilnius.",
            [("EXPRESS_SUPPORT", ["LTU", "SUN"])],
        ),
        (
            "In 1982 Peru reaffirmed Argentina's claim to the islands.",
            [("EXPRESS_SUPPORT", ["ARG", "PER"])],
        ),
        (
            "Moscow recognised Lithuania in the treaty of 1920, which also acknowledged the "
            "Lithuanian claim to Vilnius.",
            [("ESTABLISH_RELATIONS", ["LTU", "SUN"]), ("SIGN_AGREEMENT", ["LTU", "SUN"])],
        ),
        (
            "Latvia signed a treaty with Soviet Russia at Riga on 11 August 1920, which "
            "acknowledged the Latvian claim to Latgale.",
            [("SIGN_AGREEMENT", ["LVA", "SUN"])],
        ),
        (
            "In 1955 the agreement acknowledged the Austrian claim to the province.",
            [],
        ),
        ("The rebels acknowledged their defeat.", []),
        # a state's operation welcomed or praised by another state
        (
            "In December 2003 the Bhutanese army attacked the rebel camps. New Delhi welcomed "
            "the operation.",
            [("EXPRESS_SUPPORT", ["BTN", "IND"])],
        ),
        (
            "In 1988 Washington praised the Pakistani offensive against the smugglers.",
            [("EXPRESS_SUPPORT", ["PAK", "USA"])],
        ),
        (
            "In 2003 New Delhi welcomed Bhutan's operation against the rebels.",
            [("EXPRESS_SUPPORT", ["BTN", "IND"])],
        ),
        (
            "In 2003 the Bhutanese army attacked the camps. The Red Cross welcomed the operation.",
            [],
        ),
        ("In 1999 Moscow condemned the NATO operation against Yugoslavia.", []),
        (
            "In 1985 Paris praised the Spanish campaign against the separatists.",
            [("EXPRESS_SUPPORT", ["ESP", "FRA"])],
        ),
        (
            "In 1970 Washington praised the Thai military campaign.",
            [("EXPRESS_SUPPORT", ["THA", "USA"])],
        ),
        # an unarmed campaign, or an operation of an organisation, is no state's armed act
        ("In 1978 the United States welcomed the Egyptian campaign against illiteracy.", []),
        ("In 1961 Belgium welcomed the United Nations operation in the Congo.", []),
        ("In 1990 London welcomed the Indian campaign against polio.", []),
        ("In 1980 the government acknowledged the claims of the workers.", []),
    ],
)
def test_support_patterns(
    extract: Extract, text: str, expected: list[tuple[str, list[str]]]
) -> None:
    assert _summary(extract(text)) == expected

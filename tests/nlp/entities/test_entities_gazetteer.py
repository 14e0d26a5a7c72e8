"""The YAML gazetteer validates and the plain lookups link names across eras."""

from __future__ import annotations

from collections import Counter
from importlib import resources
from itertools import pairwise

import pytest
import yaml

from diplomatica.nlp.gazetteer import (
    link_state,
    load_gazetteer,
    normalize,
    organization,
    state_name,
    title,
)


def _yaml(name: str) -> dict[str, list[dict[str, object]]]:
    text = resources.files("diplomatica.data").joinpath(name).read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    assert isinstance(data, dict)
    return data


def test_states_have_required_fields_and_unique_codes() -> None:
    states = _yaml("states.yaml")["states"]
    assert len(states) >= 60
    for state in states:
        for key in ("iso3", "name", "names", "capitals", "demonyms", "valid_from", "valid_to"):
            assert key in state, (state.get("iso3"), key)
        iso3 = state["iso3"]
        assert isinstance(iso3, str) and len(iso3) == 3 and iso3.isupper()
        assert state["names"], iso3
    codes = Counter(s["iso3"] for s in states)
    assert [c for c, n in codes.items() if n > 1] == []


def test_cow_numbers_unique_among_states_that_coexist() -> None:
    states = load_gazetteer().states.values()
    by_cow: dict[int, list[tuple[int, int]]] = {}
    for state in states:
        for cow in (state.cow, *state.cow_alt):
            if cow is not None:
                by_cow.setdefault(cow, []).extend(state.named_eras)
    for cow, spans in by_cow.items():
        spans.sort()
        for (_, end), (start, _) in pairwise(spans):
            assert end <= start, f"COW {cow} used by two coexisting states"


def test_known_cow_codes() -> None:
    states = load_gazetteer().states
    expected = {"USA": 2, "CHN": 710, "MNG": 712, "PRK": 731, "KOR": 732, "JPN": 740}
    expected |= {"SUN": 365, "DDR": 265, "IND": 750, "TWN": 713, "VNM": 816}
    assert {code: states[code].cow for code in expected} == expected
    assert 260 in states["DEU"].cow_alt


def test_organizations_and_titles_validate() -> None:
    gaz = load_gazetteer()
    orgs = _yaml("organizations.yaml")["organizations"]
    assert len({o["key"] for o in orgs}) == len(orgs)
    for org in gaz.orgs.values():
        assert org.generic == (org.country is None and org.kind != "international"), org.key
        if org.country is not None:
            assert org.country in gaz.states, org.key
    titles = _yaml("titles.yaml")["titles"]
    assert len({t["key"] for t in titles}) == len(titles)
    assert {t["kind"] for t in titles} == {"office", "rank", "honorific"}


def test_every_region_country_is_a_known_state() -> None:
    gaz = load_gazetteer()
    assert all(r.iso3 is None or r.iso3 in gaz.states for r in gaz.regions)


@pytest.mark.parametrize(
    ("name", "year", "iso3"),
    [
        ("Mongolian People's Republic", None, "MNG"),
        ("MPR", 1970, "MNG"),
        ("Outer Mongolia", None, "MNG"),
        ("BNMAU", None, "MNG"),
        ("Ulan Bator", None, "MNG"),
        ("Ulaanbaatar", 1990, "MNG"),
        ("DPRK", None, "PRK"),
        ("P'yŏngyang", None, "PRK"),
        ("ROK", None, "KOR"),
        ("USSR", None, "SUN"),
        ("the Soviets", 1960, "SUN"),
        ("Soviet", None, "SUN"),
        ("Russia", 1975, "SUN"),
        ("Russia", 2000, "RUS"),
        ("Russia", None, "RUS"),
        ("China", 1940, "CHN"),
        ("Republic of China", 1946, "CHN"),
        ("China", 1970, "CHN"),
        ("China", None, "CHN"),
        ("Peking", 1960, "CHN"),
        ("Republic of China", 1980, "TWN"),
        ("GDR", 1970, "DDR"),
        ("East Germany", None, "DDR"),
        ("West Germany", 1970, "DEU"),
        ("Germany", 1995, "DEU"),
        ("Berlin", 1975, "DDR"),
        ("Bonn", 1975, "DEU"),
        ("Kampuchea", 1980, "KHM"),
        ("Vietnam", 1980, "VNM"),
        ("Dahomey", 1965, "BEN"),
        ("Zaire", 1980, "COD"),
        ("Burma", None, "MMR"),
    ],
)
def test_link_state(name: str, year: int | None, iso3: str) -> None:
    assert link_state(name, year) == iso3


@pytest.mark.parametrize(
    ("name", "year"),
    [("Germany", 1975), ("Korea", None), ("Korean", None), ("Vietnam", 1970), ("Atlantis", None)],
)
def test_link_state_ambiguous_or_unknown(name: str, year: int | None) -> None:
    assert link_state(name, year) is None


def test_state_name_and_organization_lookup() -> None:
    assert state_name("SUN") == "Soviet Union"
    assert state_name("mng") == "Mongolia"
    with pytest.raises(KeyError):
        state_name("XXX")
    wpk = organization("Korean Workers’ Party")
    assert wpk is not None and (wpk.key, wpk.country) == ("WPK", "PRK")
    mprp = organization("Mongolian People's Revolutionary Party")
    assert mprp is not None and mprp.country == "MNG"
    assert organization("Great Khural") is not None
    assert organization("Great Khural").country == "MNG"  # type: ignore[union-attr]
    cc = organization("Central Committee")
    assert cc is not None and cc.generic and cc.country is None
    assert organization("Comecon") == organization("CMEA")
    assert organization("Chess Club") is None


def test_titles_and_normalisation() -> None:
    deputy = title("Vice Foreign Minister")
    assert deputy is not None and deputy.key == "deputy foreign minister"
    comrade = title("Comrade")
    assert comrade is not None and comrade.kind == "honorific"
    assert normalize("The  Soviet–Union") == "soviet union"
    assert normalize("Workers’ Party") == normalize("Workers' Party")

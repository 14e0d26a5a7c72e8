"""Typed, cached lookups over the historical gazetteer in ``diplomatica/data/*.yaml``.

``states.yaml`` lists states with ISO3/COW codes, validity and the names, abbreviations,
capitals and demonyms used across eras; ``organizations.yaml`` parties, organs and international
bodies; ``titles.yaml`` office titles. Every surface form may carry its own era, so a name can be
resolved for a given year ("Germany" is not a state name between 1945 and 1990).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from importlib import resources
from typing import Any, Literal

import yaml
from anyascii import anyascii

FormKind = Literal["name", "abbreviation", "capital", "demonym", "region"]
TitleKind = Literal["office", "rank", "honorific"]

# Words before a title saying its office is no longer held ("the former Soviet foreign
# minister", "ex-President").
FORMER_WORDS = frozenset({"former", "ex", "ex-", "onetime", "erstwhile"})


@dataclass(frozen=True)
class Form:
    """A surface form of a state (or region), valid from ``start`` to ``end`` (years, inclusive)."""

    text: str
    kind: FormKind
    iso3: str | None  # None for regions without a state
    start: int | None = None
    end: int | None = None
    canonical: str | None = None  # for capitals: the city's main spelling

    def valid_in(self, year: int | None) -> bool:
        """Return whether the form could be used for its state in ``year`` (always if unknown)."""
        if year is None:
            return True
        return (self.start is None or self.start <= year) and (self.end is None or year <= self.end)

    @property
    def open_ended(self) -> bool:
        """Return whether the form is still in use today (no end year)."""
        return self.end is None


@dataclass(frozen=True)
class State:
    """A state with its codes, validity and surface forms."""

    iso3: str
    name: str
    cow: int | None
    valid_from: int | None
    valid_to: int | None
    forms: tuple[Form, ...]
    cow_alt: tuple[int, ...] = ()
    note: str | None = None

    @cached_property
    def named_eras(self) -> tuple[tuple[int, int], ...]:
        """The years in which the state's names are in use, as sorted, merged ``(start, end)``
        spans within its validity (Serbia: 1878-1918 and from 2006, Yugoslavia in between);
        open bounds are -9999 and 9999. Read once per state: the events' anachronism filter
        asks for every party."""
        low, high = self.valid_from or -9999, self.valid_to or 9999
        spans = sorted(
            (max(f.start or low, low), min(f.end or high, high))
            for f in self.forms
            if f.kind == "name"
        )
        spans = [(start, end) for start, end in spans if start <= end]
        merged: list[tuple[int, int]] = []
        for start, end in spans:
            if merged and start <= merged[-1][1] + 1:
                merged[-1] = (merged[-1][0], max(merged[-1][1], end))
            else:
                merged.append((start, end))
        return tuple(merged)

    def existed_in(self, year: int) -> bool:
        """Return whether the state existed in ``year``: within its validity and in an era of
        one of its names (Serbia did not exist as a state between 1918 and 2006)."""
        return any(start <= year <= end for start, end in self.named_eras)


@dataclass(frozen=True)
class Org:
    """A party, organ or international organisation."""

    key: str
    name: str
    kind: str
    country: str | None
    generic: bool
    aliases: tuple[str, ...]
    abbreviations: tuple[str, ...]
    # the states party to the founding treaty of an alliance, with the years they belonged
    members: tuple[tuple[str, int | None, int | None], ...] = ()
    # the state of a party by era, when it changed (the Kuomintang: China's to 1949, Taiwan's
    # after); ``country`` is the last era's state
    eras: tuple[tuple[str, int | None, int | None], ...] = ()

    def country_in(self, year: int | None) -> str | None:
        """Return the state the organisation belongs to in ``year``: the era containing it (the
        earliest one in a year of change), else ``country`` (no eras, no year, or a year outside
        every era)."""
        if year is not None:
            for iso3, start, end in self.eras:
                if (start is None or start <= year) and (end is None or year <= end):
                    return iso3
        return self.country

    @property
    def founded(self) -> int | None:
        """Return the year the founding members signed (the earliest membership year)."""
        return min((start for _iso3, start, _end in self.members if start), default=None)

    def members_in(self, year: int) -> list[str]:
        """Return the member states in ``year`` (those joining or leaving that year included)."""
        return sorted(
            iso3
            for iso3, start, end in self.members
            if (start is None or start <= year) and (end is None or year <= end)
        )


@dataclass(frozen=True)
class Title:
    """An office title, rank or honorific with its surface forms."""

    key: str
    kind: TitleKind
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class Office:
    """An office a gazetteer person held for a state (``iso3`` None: an international post)."""

    title: str
    iso3: str | None
    start: int | None
    end: int | None


@dataclass(frozen=True)
class Person:
    """A well-known statesman with name variants and the state(s) acted for, by period."""

    key: str
    name: str
    variants: tuple[str, ...]
    surname: str
    bare: bool
    countries: tuple[tuple[str, int | None, int | None], ...]
    offices: tuple[Office, ...] = ()

    def country_in(self, year: int | None) -> str | None:
        """Return the ISO3 of the state the person acted for in ``year``.

        Without a year, or a year after every period, the last period's state is returned
        only when the person acted for one state all along; else None. A year before every
        period is None: "Igor Ivanov" acted for Russia from 1992, not in 1962."""
        if year is not None:
            for iso3, start, end in self.countries:
                if (start is None or start <= year) and (end is None or year <= end):
                    return iso3
            starts = [start for _, start, _ in self.countries]
            if starts and all(start is not None and year < start for start in starts):
                return None
        states = {iso3 for iso3, _, _ in self.countries}
        if len(states) == 1:
            return next(iter(states))
        if year is None and self.countries:
            return self.countries[-1][0]
        return None

    def active_in(self, year: int | None) -> bool:
        """Return whether ``year`` falls in one of the person's offices (True without year or
        without offices)."""
        if year is None or not self.offices:
            return True
        return any(
            (o.start is None or o.start - 5 <= year) and (o.end is None or year <= o.end + 5)
            for o in self.offices
        )


@dataclass
class Gazetteer:
    """All gazetteer data with lookups by normalised surface form."""

    states: dict[str, State]
    regions: tuple[Form, ...]
    orgs: dict[str, Org]
    titles: dict[str, Title]
    people: dict[str, Person] = field(default_factory=dict)
    # combining forms of state names ("Anglo" -> GBR in "Anglo-Malaysian"), form -> ISO3
    combining_forms: dict[str, str] = field(default_factory=dict)
    people_by_name: dict[str, list[Person]] = field(default_factory=dict)
    people_by_surname: dict[str, list[Person]] = field(default_factory=dict)
    forms_by_norm: dict[str, list[Form]] = field(default_factory=dict)
    orgs_by_norm: dict[str, Org] = field(default_factory=dict)
    titles_by_norm: dict[str, Title] = field(default_factory=dict)
    # surnames the gazetteer links itself: those a statesman bears alone ("Brandt"); one that
    # only names a statesman after his full name ("David Lange ... Lange") is lent by that name
    statesman_surnames: frozenset[str] = field(init=False, default_factory=frozenset)
    # every full name and variant of a statesman (the keys of ``people_by_name``)
    person_names: frozenset[str] = field(init=False, default_factory=frozenset)

    def __post_init__(self) -> None:
        forms: defaultdict[str, list[Form]] = defaultdict(list)
        for state in self.states.values():
            for form in state.forms:
                forms[normalize(form.text)].append(form)
        for region in self.regions:
            forms[normalize(region.text)].append(region)
        self.forms_by_norm = dict(forms)
        for org in self.orgs.values():
            for alias in (org.name, *org.aliases, *org.abbreviations):
                self.orgs_by_norm.setdefault(normalize(alias), org)
        for title in self.titles.values():
            for alias in (title.key, *title.aliases):
                self.titles_by_norm.setdefault(normalize(alias), title)
        by_name: defaultdict[str, list[Person]] = defaultdict(list)
        by_surname: defaultdict[str, list[Person]] = defaultdict(list)
        for person in self.people.values():
            for variant in {person_key(v) for v in (person.name, *person.variants)}:
                by_name[variant].append(person)
            by_surname[person_key(person.surname)].append(person)
        self.people_by_name = dict(by_name)
        self.people_by_surname = dict(by_surname)
        # read by every document's entity pass: gathered once here
        self.statesman_surnames = frozenset(
            s for s, ps in by_surname.items() if any(p.bare for p in ps)
        )
        self.person_names = frozenset(by_name)

    def state_forms(self) -> list[Form]:
        """Return every surface form of every state and region."""
        return [form for forms in self.forms_by_norm.values() for form in forms]


_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'"})
_SPACES = re.compile(r"[\s\-‐–]+")


def normalize(text: str) -> str:
    """Return the lookup key of a surface form: ASCII-folded, lower case, apostrophes unified,
    hyphens and runs of spaces turned into one space, a leading "the " dropped."""
    folded = anyascii(text.translate(_APOSTROPHES)).lower().strip()
    folded = _SPACES.sub(" ", folded)
    return folded[4:] if folded.startswith("the ") else folded


def person_key(text: str) -> str:
    """Return the lookup key of a person's name: ASCII-folded, lower case, apostrophes dropped,
    hyphens, dots and spaces unified ("Kim Il-sung" and "Kim Il Sung" meet)."""
    folded = anyascii(text.translate(_APOSTROPHES)).lower().replace("'", "")
    return re.sub(r"[\s\-‐–.]+", " ", folded).strip()


def _person_from(raw: dict[str, Any]) -> Person:
    name = str(raw["name"])
    surname = str(raw.get("surname") or name.split()[-1])
    if raw.get("countries"):
        countries = tuple((str(c[0]), c[1], c[2]) for c in raw["countries"])
    else:
        countries = ((str(raw["country"]), None, None),) if raw.get("country") else ()
    offices = tuple(Office(str(o[0]), o[1], o[2], o[3]) for o in raw.get("offices", []) or [])
    return Person(
        key=str(raw["key"]),
        name=name,
        variants=tuple(str(v) for v in raw.get("variants", []) or []),
        surname=surname,
        bare=bool(raw.get("bare", True)),
        countries=countries,
        offices=offices,
    )


def _forms_of(raw: list[Any], kind: FormKind, iso3: str | None) -> list[Form]:
    forms = []
    for item in raw or []:
        if isinstance(item, str):
            forms.append(Form(item, kind, iso3))
        else:
            forms.append(Form(str(item["name"]), kind, iso3, item.get("from"), item.get("to")))
    return forms


def _capital_forms(raw: list[dict[str, Any]], iso3: str) -> list[Form]:
    forms = []
    for capital in raw or []:
        for text in (capital["name"], *capital.get("spellings", [])):
            forms.append(
                Form(
                    str(text),
                    "capital",
                    iso3,
                    capital.get("from"),
                    capital.get("to"),
                    canonical=str(capital["name"]),
                )
            )
    return forms


def _region_forms(raw: dict[str, Any]) -> list[Form]:
    """Return the forms of a region or city entry: one per spelling and era of ``countries``
    (``[[ISO3, from, to], ...]``), else one per spelling with its single ``country``."""
    eras: list[tuple[str | None, int | None, int | None]]
    if raw.get("countries"):
        eras = [(str(c[0]), c[1], c[2]) for c in raw["countries"]]
    else:
        eras = [(raw.get("country"), None, None)]
    texts = (str(raw["name"]), *(str(t) for t in raw.get("spellings", []) or []))
    return [Form(text, "region", iso3, start, end) for text in texts for iso3, start, end in eras]


def _within(form: Form, start: int | None, end: int | None) -> Form:
    """Return ``form`` with its era clipped to the state's existence."""
    lo = max((y for y in (form.start, start) if y is not None), default=None)
    hi = min((y for y in (form.end, end) if y is not None), default=None)
    return replace(form, start=lo, end=hi)


def _state_from(raw: dict[str, Any]) -> State:
    iso3 = str(raw["iso3"])
    forms = [
        *_forms_of(raw.get("names", []), "name", iso3),
        *_forms_of(raw.get("abbreviations", []), "abbreviation", iso3),
        *_capital_forms(raw.get("capitals", []), iso3),
        *_forms_of(raw.get("demonyms", []), "demonym", iso3),
    ]
    bounded = tuple(_within(f, raw.get("valid_from"), raw.get("valid_to")) for f in forms)
    return State(
        iso3=iso3,
        name=str(raw["name"]),
        cow=raw.get("cow"),
        valid_from=raw.get("valid_from"),
        valid_to=raw.get("valid_to"),
        forms=bounded,
        cow_alt=tuple(raw.get("cow_alt", []) or []),
        note=raw.get("note"),
    )


def _read_yaml(name: str) -> Any:
    text = resources.files("diplomatica.data").joinpath(name).read_text(encoding="utf-8")
    return yaml.safe_load(text)


def _member(raw: Any) -> tuple[str, int | None, int | None]:
    """Return a member state with the years it belonged: ``ALB`` or ``{state: ALB, to: 1968}``."""
    if isinstance(raw, str):
        return (raw, None, None)
    return (str(raw["state"]), raw.get("from"), raw.get("to"))


def _last_era_state(raw: Any) -> str | None:
    """Return the state of the last era of ``countries: [[ISO3, from, to], ...]`` (None without)."""
    return str(raw[-1][0]) if raw else None


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """Load and index the four YAML files once per process (cached)."""
    states_raw = _read_yaml("states.yaml")
    states = {s.iso3: s for s in (_state_from(raw) for raw in states_raw["states"])}
    regions = tuple(form for raw in states_raw.get("regions", []) for form in _region_forms(raw))
    orgs = {
        str(raw["key"]): Org(
            key=str(raw["key"]),
            name=str(raw["name"]),
            kind=str(raw["kind"]),
            country=raw.get("country") or _last_era_state(raw.get("countries")),
            generic=bool(raw.get("generic", False)),
            aliases=tuple(str(a) for a in raw.get("aliases", []) or []),
            abbreviations=tuple(str(a) for a in raw.get("abbreviations", []) or []),
            members=tuple(_member(m) for m in raw.get("members", []) or []),
            eras=tuple((str(c[0]), c[1], c[2]) for c in raw.get("countries", []) or []),
        )
        for raw in _read_yaml("organizations.yaml")["organizations"]
    }
    titles = {
        str(raw["key"]): Title(str(raw["key"]), raw["kind"], tuple(raw.get("aliases", [])))
        for raw in _read_yaml("titles.yaml")["titles"]
    }
    people = {p.key: p for p in (_person_from(raw) for raw in _read_yaml("people.yaml")["people"])}
    combining = {
        str(form): str(iso3) for form, iso3 in (states_raw.get("combining_forms") or {}).items()
    }
    return Gazetteer(
        states=states,
        regions=regions,
        orgs=orgs,
        titles=titles,
        people=people,
        combining_forms=combining,
    )


def resolve_forms(forms: list[Form], year: int | None, prefer_current: bool = True) -> list[str]:
    """Return the ISO3 codes the forms can denote in ``year``.

    With a year, only forms valid then count. Without one (and ``prefer_current``), forms still
    in use today are preferred ("China" → CHN rather than the pre-1949 ROC) when that leaves a
    single state.
    """
    valid = [f for f in forms if f.iso3 is not None and f.valid_in(year)]
    codes = sorted({f.iso3 for f in valid if f.iso3})
    if prefer_current and year is None and len(codes) > 1:
        current = sorted({f.iso3 for f in valid if f.iso3 and f.open_ended})
        if len(current) == 1:
            return current
    return codes


def regions_in(forms: list[Form], year: int | None) -> list[Form]:
    """Return the region forms among ``forms`` that make the name a place in ``year``, the one
    of the earliest era first (the predecessor state in a year of change).

    A name that is also a state's capital or name is a place only in a region era valid in
    ``year`` (Tashkent in 1975 is a Soviet city; in 2000 or without a year, Uzbekistan's
    capital). A name that is only a region is always a place: without a year, of its era still
    open today (else its last one); in a year outside all its eras, of no state.
    """
    regions = [f for f in forms if f.kind == "region"]
    if not regions:
        return []
    only_region = len(regions) == len(forms)
    if year is None:
        current = [f for f in regions if f.open_ended]
        return current or (regions[-1:] if only_region else [])
    valid = [f for f in regions if f.valid_in(year)]
    if valid or not only_region:
        return valid
    return [replace(regions[0], iso3=None)]


def link_state(name: str, year: int | None = None) -> str | None:
    """Return the ISO3 code of the state ``name`` denoted in ``year``, or None.

    ``name`` may be a full name, abbreviation, capital or demonym in any era's spelling. The
    answer is None when the name is unknown, names no state in that year ("Germany" in 1975) or
    stays ambiguous ("Korea" without context).
    """
    gaz = load_gazetteer()
    forms = gaz.forms_by_norm.get(normalize(name), [])
    codes = resolve_forms(forms, year)
    return codes[0] if len(codes) == 1 else None


def state_name(iso3: str) -> str:
    """Return the canonical display name of the state with code ``iso3`` (KeyError if unknown)."""
    return load_gazetteer().states[iso3.upper()].name


def organization(name: str) -> Org | None:
    """Return the organisation known by ``name`` (full name, alias or abbreviation), or None."""
    return load_gazetteer().orgs_by_norm.get(normalize(name))


def title(name: str) -> Title | None:
    """Return the office title, rank or honorific known by ``name``, or None."""
    return load_gazetteer().titles_by_norm.get(normalize(name))


def famous_person(name: str, year: int | None = None) -> Person | None:
    """Return the gazetteer statesman known by ``name`` (a full name or variant, or a bare
    surname that names one person only, the one in office around ``year`` if several), or None."""
    gaz = load_gazetteer()
    key = person_key(name)
    found = gaz.people_by_name.get(key) or [p for p in gaz.people_by_surname.get(key, []) if p.bare]
    if len(found) > 1:
        found = [p for p in found if p.active_in(year)]
    return found[0] if len(found) == 1 else None

"""Durations ("for eight years", "half a century", "a few weeks") as TIMEX3 duration values."""

from __future__ import annotations

from diplomatica.nlp.time.atoms import Group
from diplomatica.nlp.time.intervals import count_of
from diplomatica.nlp.types import Granularity, TimeValue

_DURATION_UNITS: dict[str, tuple[str, float, int]] = {
    # unit -> (TIMEX3 designator, length in years, multiplier into the designator)
    "minute": ("TM", 1 / 525960, 1),
    "hour": ("TH", 1 / 8766, 1),
    "day": ("D", 1 / 365.25, 1),
    "week": ("W", 7 / 365.25, 1),
    "month": ("M", 1 / 12, 1),
    "year": ("Y", 1.0, 1),
    "decade": ("Y", 10.0, 10),
    "century": ("Y", 100.0, 100),
}
_UNIT_AS_MONTHS_OR_MINUTES = {
    "century": (1200, "M"),
    "decade": (120, "M"),
    "year": (12, "M"),
    "month": (30, "D"),
    "day": (1440, "TM"),
    "hour": (60, "TM"),
}
_FRACTIONS = {"half": 0.5, "a quarter of": 0.25, "three quarters of": 0.75}


def _fraction_duration(unit: str, fraction: float) -> str:
    """ "half a century" -> P50Y, "a quarter of a century" -> P25Y, "half an hour" -> PT30M."""
    years = {"century": 100, "decade": 10}.get(unit, 0) * fraction
    if years and years % 1 == 0:
        return f"P{years:g}Y"
    amount, designator = _UNIT_AS_MONTHS_OR_MINUTES[unit]
    return _duration_code(amount * fraction, designator)


def _duration_unit(word: str) -> str:
    word = word.lower()
    if word.startswith("centur"):
        return "century"
    return word[:-1] if word.endswith("s") else word


def _duration_code(amount: float, designator: str) -> str:
    number = f"{amount:g}"
    return f"PT{number}{designator[1]}" if designator.startswith("T") else f"P{number}{designator}"


def duration(group: Group, text: str) -> TimeValue:
    """Return the value of a duration ("P8Y", "PT30M"; "PXY" for a vague count) with its length in
    years when it is known."""
    m = group.atoms[0].match
    unit = _duration_unit(m.group("unit"))
    designator, years, multiplier = _DURATION_UNITS[unit]
    fields = m.groupdict()
    if "n" not in fields and "n2" not in fields:
        if "frac" in fields:  # "half a century", "a quarter of a century"
            fraction = _FRACTIONS[" ".join(m.group("frac").lower().split())]
            value = _fraction_duration(unit, fraction)
            length = round(years * multiplier * fraction, 4)
            return TimeValue(
                text, value, None, None, "approximate", "duration", duration_years=length
            )
        code = "DE" if unit == "decade" else designator  # "many years", "a few weeks"
        vague = f"PTX{code[1]}" if code.startswith("T") else f"PX{code}"
        return TimeValue(text, vague, None, None, "approximate", "duration")
    count = count_of(fields.get("n") or fields.get("n2") or "a") or 1
    amount = count + (0.5 if fields.get("half") else 0.0)
    granularity: Granularity = {
        "decade": "decade",
        "month": "month",
        "year": "year",
        "century": "century",
    }.get(unit, "day")  # type: ignore[assignment]
    if unit == "hour" and fields.get("half"):
        value = f"PT{count}H30M"
    else:
        value = _duration_code(amount * multiplier, designator)
    return TimeValue(text, value, None, None, granularity, "duration",
                     duration_years=round(amount * years * multiplier, 4))  # fmt: skip

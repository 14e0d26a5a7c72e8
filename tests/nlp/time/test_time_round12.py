"""Time tagging round 12: "the same month" after a year named since; "on the 25th" in a dated
record; a bare "Hours later"; "the year was 1978"; a term of office in apposition is no
reference for "six days earlier" or "in February". Sentences written for these tests."""

from __future__ import annotations

from diplomatica.nlp.time.tagger import tag_text


def _values(text: str, doc_date: str | None = None) -> dict[str, str]:
    return {m.timex.text: m.timex.value for m in tag_text(text, doc_date)}


def test_same_month_points_back_past_a_year_named_since() -> None:
    text = (
        "The talks began on 3 March 1929. Late in May Ankara told Athens that it would not "
        "renew the convention of 1930, which lapsed the following year. "
        "In the same month the two navies held manoeuvres."
    )
    value = _values(text)["the same month"]
    assert value.endswith("-05") and len(value) == 7


def test_same_month_after_an_explicit_month_and_a_later_year() -> None:
    text = (
        "The crisis broke out on 2 June 1961. In October Oslo said it would leave the pact "
        "of 1949, which ended the following year. That month the embassy was reinforced."
    )
    assert _values(text)["That month"] == "1961-10"


def test_day_of_month_in_a_dated_record_takes_the_records_month() -> None:
    text = (
        "Date: 14 March 1983\n\n1. The Minister said that the visit of the delegation, which "
        "arrived in Lima on the 9th had gone well. He had become minister in January."
        " The talks were useful. He thanked the hosts for the dinner on the 11th."
    )
    values = _values(text, "1983-03-14")
    assert list(v for k, v in values.items() if k == "the 9th") == ["1983-03-09"]
    assert values["the 11th"] == "1983-03-11"


def test_day_of_month_after_the_records_day_is_last_month() -> None:
    values = _values("He recalled the dinner given for him on the 28th.", "1983-03-14")
    assert values["the 28th"] == "1983-02-28"


def test_bare_hours_later_is_the_day_just_named() -> None:
    text = (
        "The quarrel erupted on 5 May, when the envoy read a note in Geneva. Hours later the "
        "government announced that it was recalling him."
    )
    assert _values(text, "1994-06-01")["Hours later"] == "1994-05-05"


def test_bare_days_later_after_a_month_is_dropped() -> None:
    text = "The talks opened in June 1962. Days later it emerged that an envoy had gone."
    assert "Days later" not in _values(text)


def test_year_after_year_was_is_a_year() -> None:
    text = "He came in the spring of 1960. The crucial year was 1964. In the autumn he left."
    values = _values(text)
    assert values["1964"] == "1964"
    assert values["the autumn"] == "1964-FA"


def test_office_span_in_apposition_is_not_the_reference_of_an_offset() -> None:
    text = (
        "On 10 March 1979 the council rejected the ruling. Hamid Karim, premier of Iraq from "
        "April 1975 to May 1982, had nonetheless received the Syrian envoy four days earlier, "
        "and in April Karim flew to Damascus."
    )
    values = _values(text)
    assert values["four days earlier"] == "1979-03-06"
    assert values["April"] == "1979-04"

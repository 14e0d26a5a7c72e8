"""Round 22: a bare month told in passing in a dated document, and "earlier in the day"."""

from __future__ import annotations

from diplomatica.nlp.time.tagger import tag_text


def _tagged(text: str, doc_date: str | None = None) -> dict[str, str]:
    return {text[m.start : m.end]: m.timex.value for m in tag_text(text, doc_date)}


def test_month_in_passing_in_a_story_is_of_the_story_year() -> None:
    text = (
        "The two states quarrelled over the river in 1987. "
        "The dispute still weighs on trade. "
        "Their foreign ministers, meeting in Vienna in April, agreed to resume the talks."
    )
    assert _tagged(text, "2004-08-02")["April"] == "2004-04"


def test_month_in_passing_after_the_story_month_is_of_the_year_before() -> None:
    text = (
        "The frontier was closed in 1979. "
        "Both sides now want it reopened. "
        "The envoy, who arrived in Lusaka in November, presented his credentials."
    )
    assert _tagged(text, "1995-06-20")["November"] == "1994-11"


def test_month_opening_its_sentence_goes_on_with_the_year_told() -> None:
    text = "The frontier was closed in 1979. Trade stopped. In May the embassies were withdrawn."
    assert _tagged(text, "1995-06-20")["May"] == "1979-05"


def test_month_in_the_sentence_after_the_year_goes_on_with_it() -> None:
    text = "The frontier was closed in 1979. The embassies were withdrawn in May."
    assert _tagged(text, "1995-06-20")["May"] == "1979-05"


def test_month_after_a_year_in_the_same_sentence_keeps_that_year() -> None:
    text = "Relations cooled. The king went to Rome in March 1961, and the envoy left in June."
    assert _tagged(text, "1966-02-01")["June"] == "1961-06"


def test_earlier_in_the_day_is_the_record_day() -> None:
    text = (
        "The delegation had landed in Warsaw on 3 October. "
        "The minister said that the accord signed earlier in the day opened a new chapter."
    )
    assert _tagged(text, "1972-10-05")["earlier in the day"] == "1972-10-05"


def test_earlier_in_the_day_after_a_day_in_the_same_sentence() -> None:
    text = "On 3 October the delegation, received earlier in the day by the king, left for Oslo."
    assert _tagged(text, "1972-10-05")["earlier in the day"] == "1972-10-03"

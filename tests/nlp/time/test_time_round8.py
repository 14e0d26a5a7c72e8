"""Time round 8: "early in 1979" is a part of the year; "since June of that year" is an open
range; a backward year in the object of a sentence's first verb ("X abrogated the 1974 treaty")
is a flashback that leaves the narrative time where it was. Sentences written for these tests."""

from __future__ import annotations

from diplomatica.nlp.time.tagger import tag_text


def _tagged(text: str, doc_date: str | None = None) -> dict[str, str]:
    return {text[m.start : m.end]: m.timex.value for m in tag_text(text, doc_date)}


def test_early_in_a_year_is_its_early_part() -> None:
    assert _tagged("Early in 1983 Quito recalled its envoy.")["Early in 1983"] == "1983-EARLY"
    assert _tagged("The talks collapsed late in 1962.")["late in 1962"] == "1962-LATE"


def test_in_a_bare_year_is_unchanged() -> None:
    assert _tagged("The border was closed in 1971.")["1971"] == "1971"


def test_since_a_month_of_that_year_is_open() -> None:
    text = (
        "The envoy arrived on 2 March 1994. He saw the premier, in office since May of that year."
    )
    assert _tagged(text)["since May of that year"] == "1994-05/.."


def test_until_a_month_of_the_following_year_is_open() -> None:
    text = "The pact was signed in 1961. It held until April of the following year."
    assert _tagged(text)["until April of the following year"] == "../1962-04"


def test_object_year_does_not_move_the_narrative_back() -> None:
    text = (
        "The rupture came on 9 October 1983. Ghana denounced the 1971 convention and closed "
        "its border. Three weeks later Togo recalled its ambassador; that winter the trade ceased."
    )
    tagged = _tagged(text)
    assert tagged["that winter"] == "1983-WI"
    assert tagged["Three weeks later"].startswith("1983")


def test_sentence_opening_year_still_moves_the_narrative_back() -> None:
    text = (
        "The war ended in 1975. In 1962, the two states had signed a treaty. That winter it lapsed."
    )
    assert _tagged(text)["That winter"] == "1962-WI"


def test_news_yearless_day_before_the_last_explicit_day_is_this_year() -> None:
    text = (
        "The two armies agreed a truce on Nov. 3, 1988. On May 12 the foreign ministers met "
        "in Geneva for the first time."
    )
    assert _tagged(text, "1989-06-20")["May 12"] == "1989-05-12"


def test_news_yearless_day_after_the_last_explicit_day_keeps_its_year() -> None:
    text = "The talks opened on March 2, 1988. On May 12 the ministers met again."
    assert _tagged(text, "1989-06-20")["May 12"] == "1988-05-12"


def test_past_perfect_yearless_day_stays_in_the_narrative_year() -> None:
    text = "The treaty was signed on Nov. 3, 1988. The envoys had met on May 12 in Geneva."
    assert _tagged(text, "1989-06-20")["May 12"] == "1988-05-12"


def test_undated_essay_keeps_the_narrative_year() -> None:
    text = "The truce came on 3 November 1988. On 12 May the ministers met in Geneva."
    assert _tagged(text)["12 May"] == "1988-05-12"

"""Anchoring round 5: yearless dates in news resolve against the dateline, "that day"/"that
month" point back to the date just named, a record's heading date is the time of speech, and
"that October" takes the narrative's year. Sentences written for these tests."""

from __future__ import annotations

from diplomatica.nlp.time.tagger import tag_text


def _tagged(text: str, doc_date: str | None = None) -> dict[str, str]:
    return {text[m.start : m.end]: m.timex.value for m in tag_text(text, doc_date)}


def test_day_month_in_news_is_the_latest_before_the_dateline() -> None:
    text = (
        "The accord that the two premiers signed on May 4 last year took effect quickly. "
        "Consular ties were restored on Feb. 2, when the first envoy arrived."
    )
    assert _tagged(text, "1975-03-10")["Feb. 2"] == "1975-02-02"


def test_day_month_after_a_deictic_date_counts_from_the_dateline() -> None:
    text = (
        "Trade talks that opened in Vienna on October 9 last year were concluded in Geneva. "
        "The border crossing was reopened on Feb. 14 after repairs."
    )
    assert _tagged(text, "1991-03-20")["Feb. 14"] == "1991-02-14"


def test_month_in_news_after_recent_dates_is_not_in_the_future() -> None:
    text = (
        "On May 2 the envoys met in Rome. The following day they flew home. "
        "The two foreign ministers last met in October, at a conference in Geneva."
    )
    assert _tagged(text, "1993-06-14")["October"] == "1992-10"


def test_that_day_takes_the_day_an_open_range_names_in_the_sentence() -> None:
    text = (
        "The treaty signed on June 5 last year provided for embassies. The mission has operated "
        "since March 3 from the new chancery, which was inaugurated on that day."
    )
    assert _tagged(text, "1962-04-10")["that day"] == "1962-03-03"


def test_that_day_after_an_explicit_open_range() -> None:
    text = (
        "The talks ended on 2 June 1961. The envoys have resided since 12 May 1958 in a villa "
        "which the legation bought on that day."
    )
    assert _tagged(text)["that day"] == "1958-05-12"


def test_that_month_points_to_the_day_named_in_the_previous_sentence() -> None:
    text = (
        "The pact agreed on May 9 last year opened the way. Relations were restored on "
        "Feb. 11. Earlier that month the premier had visited the capital."
    )
    assert _tagged(text, "1975-03-20")["that month"] == "1975-02"


def test_that_month_after_a_news_date_in_another_story() -> None:
    text = (
        "The loan signed on 3 August last year is being repaid. The embassy reopened on "
        "Oct. 8. Later that month a trade mission followed."
    )
    assert _tagged(text, "1984-01-15")["that month"] == "1983-10"


def test_heading_date_of_a_record_is_the_time_of_speech() -> None:
    text = (
        "Memorandum of conversation\nLisbon, Foreign Ministry, 3 May 1971\n\n"
        "The minister said: last summer I went to Brazil, and we signed the treaty in March of "
        "last year. We spoke about it this morning."
    )
    tags = _tagged(text)
    assert tags["last summer"] == "1970-SU"
    assert tags["March of last year"] == "1970-03"
    assert tags["this morning"] == "1971-05-03"


def test_heading_date_after_long_title_lines() -> None:
    text = (
        "Embassy of Sweden\nRecord of a talk between the ambassador and the deputy minister of "
        "foreign affairs of the republic on trade\n\nBelgrade, 20 October 1985\n\n"
        "The deputy minister said that the delegation had arrived last week."
    )
    assert _tagged(text)["last week"] == "1985-W41"  # 20 October 1985 was a Sunday


def test_no_heading_date_in_running_text() -> None:
    text = (
        "Portugal and Brazil had signed a treaty of friendship on 3 May 1953, and for the next "
        "twenty years the two governments consulted closely on every question of the Atlantic, "
        "of Africa and of emigration, while their trade stayed small. Last year trade grew."
    )
    assert _tagged(text)["Last year"] != "1952"


def test_last_summer_spoken_after_this_summer_began_is_a_year_earlier() -> None:
    text = "Last summer our delegation travelled to Warsaw."
    assert _tagged(text, "1977-09-20")["Last summer"] == "1976-SU"
    assert _tagged(text, "1977-04-02")["Last summer"] == "1976-SU"


def test_last_winter_before_this_winter_is_the_one_just_over() -> None:
    assert _tagged("The strikes of last winter ended.", "1990-08-02")["last winter"] == "1989-WI"


def test_that_month_name_takes_the_narrative_year() -> None:
    text = (
        "The talks resumed in April 1996 in Geneva, and the last round was held in Rome "
        "that October."
    )
    assert _tagged(text)["October"] == "1996-10"


def test_that_month_name_after_a_year() -> None:
    text = "Trade fell sharply in 1971, and that March the embassy in Lagos closed."
    assert _tagged(text)["March"] == "1971-03"


def test_month_after_a_month_named_in_the_same_sentence_keeps_its_year() -> None:
    text = (
        "Record of a talk\nMadrid, 4 February 1966\n\nThe minister recalled that in March of last "
        "year the treaty was signed. The king came to Paris in May 1964, and in June the prime "
        "minister went to Madrid."
    )
    assert _tagged(text)["June"] == "1964-06"


def test_month_day_last_year_is_one_expression() -> None:
    text = "NAIROBI, March 14, 1978 - The treaty signed on April 2 last year came into force."
    assert _tagged(text, "1978-03-14")["April 2 last year"] == "1977-04-02"


def test_month_day_of_last_year_in_a_record() -> None:
    text = "The minister recalled the talks of September 9 of last year in Bonn."
    assert _tagged(text, "1966-02-01")["September 9 of last year"] == "1965-09-09"


def test_later_that_year_after_a_day_is_the_rest_of_the_year() -> None:
    text = "Zanzibar became independent on 10 July 1963, and Egypt recognised it later that year."
    assert _tagged(text)["that year"] == "1963-07/1963-12"
    text = "The consulate opened in March 1948. Later that year the first envoy arrived."
    assert _tagged(text)["that year"] == "1948-03/1948-12"


def test_earlier_that_year_before_a_month() -> None:
    text = "The pact was signed in October 1970; earlier that year the talks had begun."
    assert _tagged(text)["that year"] == "1970-01/1970-10"


def test_that_year_after_a_bare_year_stays_the_year() -> None:
    text = "In 1951 the talks began. Later that year they broke down."
    assert _tagged(text)["that year"] == "1951"


def test_day_range_across_two_months_without_a_year() -> None:
    tags = _tagged("The delegations held talks from 29 July to 1 August at Cierna.", "1968-08-20")
    assert tags["29 July to 1 August"] == "1968-07-29/1968-08-01"
    tags = _tagged("The conference sat from 28 February to 3 March in Geneva.", "1961-05-02")
    assert tags["28 February to 3 March"] == "1961-02-28/1961-03-03"

"""Expression families added after the held-out evaluation: clock times and parts of the day in
context, hour and vague durations, open ranges after a date, relative years inside dates, plans."""

from __future__ import annotations

import pytest

from diplomatica.nlp.time import tag_text


def found(text: str, doc_date: str | None = None) -> dict[str, tuple[str, str | None, str | None]]:
    return {
        m.timex.text: (m.timex.value, m.timex.start, m.timex.end) for m in tag_text(text, doc_date)
    }


def test_clock_time_takes_the_day_named_nearby() -> None:
    text = (
        "BONN, 8 May 1975 - The chancellor met the envoy yesterday. Their talk began at 9:15 a.m. "
        "and ended at noon. A second round is set for 3 p.m. tomorrow."
    )
    tags = found(text, "1975-05-08")
    assert tags["9:15 a.m."] == ("1975-05-07T09:15", "1975-05-07", "1975-05-07")
    assert tags["3 p.m."] == ("1975-05-09T15:00", "1975-05-09", "1975-05-09")


def test_clock_range_and_document_day_fallback() -> None:
    text = "Record of talks, Prague, 3 April 1968.\n\nFirst session, 10:30-11:45 a.m."
    tags = found(text, "1968-04-03")
    assert tags["10:30-11:45 a.m."][0] == "1968-04-03T10:30/1968-04-03T11:45"


def test_clock_time_without_any_day_is_not_reported() -> None:
    assert tag_text("The train leaves at 7 p.m. sharp.") == []


def test_parts_of_the_day() -> None:
    text = "The treaty was signed on 12 March 1971. That evening a reception was held."
    assert found(text)["That evening"][0] == "1971-03-12TEV"
    text = "The talks resumed on the morning of 4 June 1962 and ended in the late afternoon."
    tags = found(text)
    assert tags["the morning of 4 June 1962"][0] == "1962-06-04TMO"
    assert tags["in the late afternoon"][0] == "1962-06-04TAF"
    assert found("He will arrive tomorrow evening.", "1980-01-10")["tomorrow evening"][0] == (
        "1980-01-11TEV"
    )


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The meeting lasted three and a half hours.", "PT3H30M"),
        ("They spoke for forty minutes.", "PT40M"),
        ("The dispute went on for half a century.", "P50Y"),
        ("The plan ran for two and a half years.", "P2.5Y"),
        ("The border stayed closed for many years.", "PXY"),
        ("A settlement took several decades.", "PXDE"),
        ("The truce held for two centuries.", "P200Y"),
    ],
)
def test_durations(text: str, value: str) -> None:
    durations = [m.timex for m in tag_text(text) if m.timex.kind == "duration"]
    assert [d.value for d in durations] == [value]


def test_after_a_date_opens_a_range_but_not_after_an_event_word() -> None:
    tags = found("Trade grew after 1978 and again after March 1985.")
    assert tags["after 1978"] == ("1979/..", "1979-01-01", None)
    assert tags["after March 1985"] == ("1985-04/..", "1985-04-01", None)
    assert found("He resigned shortly after 1990 ended.")["1990"][0] == "1990"


def test_day_ranges_across_months() -> None:
    assert found("The summit met on 28 June-2 July 1972.")["28 June-2 July 1972"][0] == (
        "1972-06-28/1972-07-02"
    )
    tags = found("In 1981 the envoys met from June 29 to July 4.")
    assert tags["June 29 to July 4"][0] == "1981-06-29/1981-07-04"


def test_relative_years_inside_dates() -> None:
    text = "The mission reached Hanoi on 2 May 1965 and left on June 3-5 of the same year."
    assert found(text)["June 3-5 of the same year"][0] == "1965-06-03/1965-06-05"
    text = "The accord of 4 March 1960 was extended in October of the following year."
    assert found(text)["October of the following year"][0] == "1961-10"
    tags = found("Shipments fell last October and will recover early next year.", "1984-06-01")
    assert tags["October"][0] == "1983-10"  # the span leaves out the prefix word
    assert tags["early next year"] == ("1985-EARLY", "1985-01-01", "1985-04-30")
    text = "The embassy opened in March 1974, and early the following year it moved."
    assert found(text)["early the following year"][0] == "1975-EARLY"


def test_seasons_of_relative_years_and_season_pairs() -> None:
    tags = found("Talks will resume in the summer of next year.", "1990-02-01")
    assert tags["the summer of next year"][0] == "1991-SU"
    tags = found("Fighting continued through the autumn and winter of 1950.")
    assert tags["the autumn and winter of 1950"] == ("1950-FA,1950-WI", "1950-09-01", "1951-02-28")


def test_the_years_that_followed_open_after_the_reference_time() -> None:
    text = "Relations were restored in May 1982. In the years that followed, trade doubled."
    assert found(text)["the years that followed"] == ("1982/..", "1982-06-01", None)


def test_planned_dates_do_not_move_the_narrative_time() -> None:
    text = (
        "Minutes, 2 February 1975. On 28 January the envoy delivered a note about a visit "
        "planned for the spring of 1975. The same day he met the minister."
    )
    assert found(text, "1975-02-02")["The same day"][0] == "1975-01-28"


def test_offsets_count_from_a_date_of_the_same_sentence() -> None:
    text = (
        "PARIS, 3 May 1980 - The ministers met yesterday. The commission, founded in March 1962, "
        "was reformed three years later."
    )
    assert found(text, "1980-05-03")["three years later"][0] == "1965"


def test_deictic_seasons_and_fractions_of_units() -> None:
    tags = found("The strikes of last winter ended; talks resume next summer.", "1990-08-02")
    assert tags["last winter"] == ("1989-WI", "1989-12-01", "1990-02-28")
    assert tags["next summer"][0] == "1991-SU"
    tags = found("The rift lasted a quarter of a century and talks took half an hour.")
    assert tags["a quarter of a century"][0] == "P25Y"
    assert tags["half an hour"][0] == "PT30M"


def test_requests_speak_of_the_future() -> None:
    text = (
        "Memorandum, 2 August 1990. Relations began on 27 January 1987. The minister asked for "
        "grain before the winter of 1990-91 and for a trade accord by the end of the year."
    )
    assert found(text, "1990-08-02")["the end of the year"][0] == "1990-LATE"

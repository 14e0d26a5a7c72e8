"""Context resolution: deictic words against the document date, anaphors against the narrative."""

from __future__ import annotations

from diplomatica.nlp.time import tag_text


def values(text: str, doc_date: str | None = None) -> list[tuple[str, str, bool]]:
    return [
        (m.timex.text, m.timex.value, m.timex.resolved_from_context)
        for m in tag_text(text, doc_date)
    ]


def test_deictic_words_use_the_document_date() -> None:
    text = "We talked yesterday. Today I would like to add something. Several days ago it rained."
    found = tag_text(text, "1986-11-20")
    assert [m.timex.value for m in found] == ["1986-11-19", "1986-11-20", "1986-11-14/1986-11-19"]
    assert all(m.timex.resolved_from_context for m in found)


def test_today_without_document_date_stays_unresolved() -> None:
    timex = tag_text("Strange as this may sound today.")[0].timex
    assert (timex.value, timex.start, timex.end) == ("PRESENT_REF", None, None)


def test_anaphors_follow_the_last_explicit_date() -> None:
    text = (
        "On 26 March 1990 the two states agreed to establish relations. The following day, the "
        "newspaper published the news. In 1986, a delegation visited. These visits were followed "
        "in the same year by a state visit. Such a visit at that time was ritualised."
    )
    assert values(text) == [
        ("26 March 1990", "1990-03-26", False),
        ("The following day", "1990-03-27", True),
        ("1986", "1986", False),
        ("the same year", "1986", True),
        ("at that time", "1986", True),
    ]


def test_offsets_and_approximate_offsets() -> None:
    text = "In April 1989 the minister came. The last visit was fifteen years earlier."
    assert values(text)[-1] == ("fifteen years earlier", "1974", True)
    vague = tag_text("Kim paid a visit in the summer of 1988. A few months later, talks began.")
    timex = vague[-1].timex
    assert (timex.granularity, timex.start, timex.end) == (
        "approximate",
        "1988-09-01",
        "1989-02-28",
    )


def test_flashback_inside_a_sentence_does_not_move_the_narrative_time() -> None:
    text = (
        "Kim paid a state visit in the summer of 1988. The newspaper cited the treaty concluded "
        "in Pyongyang in 1986. A few months later, Sodnom travelled to Pyongyang."
    )
    assert tag_text(text)[-1].timex.start == "1988-09-01"


def test_weekdays_and_partial_dates_in_news() -> None:
    text = (
        "The ministers met on Monday. The deal, which takes effect on 1 January, was signed in "
        "October. The minister will travel on Friday."
    )
    assert [v for _, v, _ in values(text, "2021-11-03")] == [
        "2021-11-01",
        "2022-01-01",
        "2021-10",
        "2021-11-05",
    ]


def test_resolution_never_crosses_documents() -> None:
    tag_text("On 26 March 1990 relations were established.")
    timex = tag_text("The following day the paper reported it.")[0].timex
    assert timex.value == "PAST_REF" and timex.start is None


def test_anachronism_marks_a_year_far_ahead_of_its_narrative() -> None:
    text = (
        "In April 1998 the minister came. In November 1998 a deputy came. Trade fell in 1998. "
        "The government cut spending in 2019. Embassies closed in 1999. A delegation came in "
        "February 1999. The premier visited in November 1999. Talks went on in 1999."
    )
    marked = [m.timex.text for m in tag_text(text) if m.timex.anachronism]
    assert marked == ["2019"]


def test_anachronism_after_the_document_date() -> None:
    found = tag_text("The conversation of 1986 recalled the treaty of 1991.", "1986-11-20")
    assert [m.timex.anachronism for m in found] == [False, True]


def test_a_narrative_that_ends_with_a_jump_is_not_flagged() -> None:
    text = "In 1950 it began. In 1951 it went on. In 1952 it ended. In 2019 a book appeared."
    assert not any(m.timex.anachronism for m in tag_text(text))

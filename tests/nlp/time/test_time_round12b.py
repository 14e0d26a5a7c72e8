"""Time tagging round 12b: an adverbial "the day before" without punctuation, followed by a
past perfect ("the day before he had held talks", "the day before had been noticed"), while
"the day before he handed over" (a conjunction) is no date; "the southern winter of 1964"
is June to August. Sentences written for these tests."""

from __future__ import annotations

from diplomatica.nlp.time.tagger import tag_text


def _values(text: str, doc_date: str | None = None) -> dict[str, str]:
    return {m.timex.text: m.timex.value for m in tag_text(text, doc_date)}


def test_day_before_followed_by_pronoun_and_past_perfect() -> None:
    text = (
        "Date: 12 March 1958\n\n1. The Minister said that the talks had stalled. He told the "
        "Ambassador that the day before he had seen the King."
    )
    assert _values(text, "1958-03-12")["the day before"] == "1958-03-11"


def test_day_before_followed_by_past_perfect_verb() -> None:
    text = "On 9 June 1974 the mission reached Sofia. Its landing the day before had gone unseen."
    assert _values(text)["the day before"] == "1974-06-08"


def test_day_before_as_conjunction_is_no_date() -> None:
    text = "On 3 April 1981, the day before she left office, the minister signed the accord."
    assert "the day before" not in _values(text)


def test_southern_seasons_are_counted_in_the_southern_hemisphere() -> None:
    text = (
        "In the southern winter of 1964 the two navies held manoeuvres. In the austral "
        "spring of 1965 the talks resumed. In the winter of 1966 they broke down."
    )
    values = {m.timex.text: (m.timex.start, m.timex.end) for m in tag_text(text)}
    assert values["the southern winter of 1964"] == ("1964-06-01", "1964-08-31")
    assert values["the austral spring of 1965"] == ("1965-09-01", "1965-11-30")
    assert values["the winter of 1966"] == ("1966-12-01", "1967-02-28")

"""Time tagging round 10: a record's title in capitals dates it; a span or a later life in an
aside about a participant does not move the narrative's year. Sentences written for these
tests."""

from __future__ import annotations

from diplomatica.nlp.time.tagger import heading_date, tag_text


def _values(text: str, doc_date: str | None = None) -> dict[str, str]:
    return {m.timex.text: m.timex.value for m in tag_text(text, doc_date)}


def test_title_in_capitals_dates_the_record() -> None:
    text = (
        "SECRET\n\nMEMORANDUM OF A CONVERSATION BETWEEN THE FOREIGN MINISTER OF NORWAY AND THE "
        "AMBASSADOR OF POLAND, HELD AT THE MINISTRY IN OSLO ON TUESDAY 9 MARCH 1971\n\n"
        "The Minister said that he had returned from Warsaw the day before."
    )
    assert heading_date(text) == "1971-03-09"
    assert _values(text)["the day before"] == "1971-03-08"


def test_long_title_in_ordinary_case_is_not_a_heading() -> None:
    text = (
        "The Minister of Foreign Affairs of Norway received the Ambassador of Poland at the "
        "Ministry in Oslo on Tuesday 9 March 1971 and spoke with him for an hour about trade.\n"
        "He said the talks had gone well."
    )
    assert heading_date(text) is None


def test_capital_may_without_a_year_is_not_a_month() -> None:
    assert "MAY" not in _values("THE GOVERNMENT MAY DECIDE IN MAY WHETHER TO SIGN.")


def test_day_without_year_after_an_office_span_keeps_the_narrative_year() -> None:
    text = (
        "In March 1961 a delegation led by Ali Sabri, premier from 1962 to 1965, reached "
        "Belgrade. On 14 March the two sides signed a trade agreement."
    )
    assert _values(text)["14 March"] == "1961-03-14"


def test_later_life_in_a_relative_clause_does_not_move_the_year() -> None:
    text = (
        "In June 1958 a mission headed by Karl Holm, who served as minister until his death in "
        "1974, arrived in Cairo. On 20 June it signed a payments agreement."
    )
    assert _values(text)["20 June"] == "1958-06-20"


def test_next_step_in_a_relative_clause_moves_the_year() -> None:
    text = (
        "Trade talks opened in November 1955. The first round, which met in Rome in January "
        "1956, produced a draft. In April the two governments initialled it."
    )
    assert _values(text)["April"] == "1956-04"


def test_as_far_back_as_a_bare_year() -> None:
    text = "Trade between Peru and Japan had begun as far back as 1899, and as long ago as 1873 ..."
    values = _values(text)
    assert values["1899"] == "1899"
    assert values["1873"] == "1873"


def test_month_after_the_start_of_an_office_takes_the_narrative_year() -> None:
    text = (
        "The Ambassador called on the Minister on 2 November 1981. He said that Mr Soto, "
        "Head of Department since October 1980, had travelled to Lima in May and met the "
        "President."
    )
    assert _values(text, "1981-11-02")["May"] == "1981-05"


def test_that_month_in_a_relative_clause_does_not_move_the_narrative_back() -> None:
    text = (
        "NOTE OF A MEETING IN ROME ON FRIDAY 9 NOVEMBER 1979\n\n"
        "The Minister said his first contact with Mr Kania dated from March, when he had met "
        "Mr Jaroszewicz, who had become head of the delegation that month. The Secretary "
        "General had gone to Warsaw in August."
    )
    assert _values(text)["August"] == "1979-08"


def test_that_year_skips_the_end_of_an_office_in_apposition() -> None:
    text = (
        "On 4 March 1972 Julius Nyerere, president of Tanzania from 1964 until his retirement "
        "in 1985, flew to Lusaka. A road agreement was signed in June of that year."
    )
    assert _values(text)["June of that year"] == "1972-06"


def test_later_year_of_a_signing_clause_after_a_comma_is_not_an_office() -> None:
    text = (
        "The talks opened in 1970, and an accord was reached in 1971. A mission followed in "
        "May of that year."
    )
    assert _values(text)["May of that year"] == "1971-05"


def test_ordinal_day_takes_the_month_just_named() -> None:
    text = (
        "In March 1957 the Ghanaian premier went to Cairo, and a trade protocol was signed "
        "there on the 14th."
    )
    assert _values(text)["the 14th"] == "1957-03-14"


def test_ordinal_day_of_that_month() -> None:
    text = "The envoy reached Kabul in June 1963; on the 3rd of that month he met the King."
    assert _values(text)["the 3rd of that month"] == "1963-06-03"


def test_ordinal_before_a_noun_is_not_a_day() -> None:
    text = "In May 1980 they met on the 25th floor to mark the 25th anniversary."
    assert not any(text.startswith("the 25th") for text in _values(text))


def test_previous_evening_counts_from_the_record_day_not_a_restated_month() -> None:
    text = (
        "MEMORANDUM OF CONVERSATION\n\nDate: 12 May 1958, 4 p.m.\nPlace: The Foreign Office\n"
        "Source: Foreign Office files, talks with the Dutch, May 1958, no. 3\n\n"
        "The Secretary welcomed the Minister, who had reached London the previous evening."
    )
    assert _values(text)["the previous evening"].startswith("1958-05-11")


def test_turn_of_the_year_after_a_late_month() -> None:
    text = "Lisbon decided in October 1974 to leave; its legation shut at the turn of the year."
    found = {m.timex.text: m.timex for m in tag_text(text)}
    turn = found["the turn of the year"]
    assert (turn.start, turn.end) == ("1974-12-01", "1975-01-31")


def test_turn_of_the_year_after_a_january_day() -> None:
    text = "The consulate reopened on 5 January 1983, at the turn of the year."
    found = {m.timex.text: m.timex for m in tag_text(text)}
    assert found["the turn of the year"].value == "1982-12/1983-01"

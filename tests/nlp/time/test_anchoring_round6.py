"""Anchoring round 6: offsets count from the last narrative date, not from the bound of a
state ("president since December 1981"); a past-perfect clause takes a yearless month before
the narrative's time; "the following months" is a few months after the date just named.
Sentences written for these tests."""

from __future__ import annotations

from diplomatica.nlp.time.tagger import tag_text


def _tagged(text: str, doc_date: str | None = None) -> dict[str, str]:
    return {text[m.start : m.end]: m.timex.value for m in tag_text(text, doc_date)}


def test_days_later_skips_the_since_of_an_apposition() -> None:
    text = (
        "The garrison surrendered on 14 June 1982. Galtieri, president since December 1981, "
        "resigned three days later."
    )
    assert _tagged(text)["three days later"] == "1982-06-17"


def test_month_later_skips_the_since_of_a_relative_clause() -> None:
    text = (
        "The army crossed the canal on 6 October 1973. Sadat, who had been president since "
        "1970, received the American envoy a month later."
    )
    assert _tagged(text)["a month later"] == "1973-11"


def test_chained_offsets_after_an_apposition_count_on() -> None:
    text = (
        "The ceasefire took effect on 2 May 1950. Nuri, premier since March 1949, fell three "
        "days later, and the new cabinet met five days later."
    )
    tagged = _tagged(text)
    assert tagged["three days later"] == "1950-05-05"
    assert tagged["five days later"] == "1950-05-10"


def test_since_bound_does_not_move_the_narrative_back() -> None:
    text = (
        "The treaty was signed on 9 August 1971. Swaran Singh, minister since June 1970, "
        "flew to Moscow the following week."
    )
    assert _tagged(text)["the following week"].startswith("1971-W")


def test_past_perfect_month_lies_before_a_not_until_date() -> None:
    text = (
        "The republic was proclaimed on 3 October 1962. Moscow did not recognise it until "
        "February 1963. Cairo had already sent an envoy to Sanaa in November."
    )
    assert _tagged(text)["November"] == "1962-11"


def test_past_perfect_at_the_beginning_of_a_month() -> None:
    text = (
        "Zambia became independent in October 1964. Britain did not recognise the new regime "
        "until March 1965. France had already closed its consulate at the beginning of November."
    )
    assert _tagged(text)["November"] == "1964-11"


def test_simple_past_month_after_a_date_stays_in_its_year() -> None:
    text = "Talks began on 2 March 1960. In May the delegations signed a trade agreement."
    assert _tagged(text)["May"] == "1960-05"


def test_past_perfect_in_a_record_keeps_the_latest_such_day() -> None:
    text = (
        "Our contact, who was in Moscow last November, carried the letters, and I had arrived "
        "in Delhi on 8 May and saw him that evening."
    )
    assert _tagged(text, "1965-05-14")["8 May"] == "1965-05-08"


def test_following_months_are_a_few_months_after_the_date_just_named() -> None:
    text = (
        "In November 1971 Iraq broke off relations with Iran, and in the following months it "
        "expelled thousands of Iranians."
    )
    assert _tagged(text)["the following months"] == "1971-12/1972-05"


def test_months_that_followed_count_from_the_date_in_the_sentence() -> None:
    text = (
        "The envoy arrived in May 1975. The pact was signed in March 1962; in the months that "
        "followed, Cairo expelled several diplomats."
    )
    assert _tagged(text)["the months that followed"] == "1962-04/1962-09"


def test_following_years_stay_open() -> None:
    text = "The accord was signed in 1966, and trade grew in the following years."
    assert _tagged(text)["the following years"].endswith("/..")


def test_the_day_after_the_attack_counts_from_its_day() -> None:
    text = (
        "The rebels attacked the embassy in Kabul on 3 March 1979. They withdrew in April. "
        "The day after the attack Washington recalled its ambassador."
    )
    assert _tagged(text)["The day after"] == "1979-03-04"


def test_the_day_before_the_signing() -> None:
    text = (
        "The treaty was signed in Moscow on 12 August 1970; it was ratified in 1972. "
        "The evening before the signing the ministers dined at the Kremlin."
    )
    assert _tagged(text)["The evening before"].startswith("1970-08-11")


def test_the_day_after_alone_is_still_the_next_day() -> None:
    text = "The envoys met in Rome on 2 May 1961. The day after, they flew home."
    assert _tagged(text)["The day after"] == "1961-05-03"


def test_yesterday_in_a_record_counts_from_the_heading_day() -> None:
    text = (
        "Record of a conversation with the Greek ambassador\nBelgrade, 17 October 1985\n\n"
        "The ambassador said that yesterday his prime minister had met the Turkish premier."
    )
    assert _tagged(text, "1985-10-21")["yesterday"] == "1985-10-16"


def test_today_in_a_memorandum_written_later_is_the_talks_day() -> None:
    text = (
        "Memorandum of a talk\nCairo, 4 March 1958, evening\n\n"
        "The minister told me that today his government had recognised the new republic."
    )
    assert _tagged(text, "1958-03-09")["today"] == "1958-03-04"


def test_heading_long_before_the_document_date_is_not_the_speech_time() -> None:
    text = "Papers of the legation\n12 May 1931\n\nThe minister said that yesterday he arrived."
    assert _tagged(text, "1990-01-01")["yesterday"] == "1989-12-31"


def test_dates_a_speaker_recalls_do_not_move_the_meeting_day() -> None:
    text = (
        "Record of a meeting\nHanoi, 4 June 1975\n\n"
        "On 4 June 1975 Premier Pham Van Dong received the Soviet ambassador.\n\n"
        "Pham Van Dong: The last American troops left Vietnam on 29 March 1973.\n\n"
        "The ambassador thanked him. Later the same day the ambassador met Le Duan."
    )
    tagged = tag_text(text, None, lambda _offset: True)
    assert [m.timex.value for m in tagged if text[m.start : m.end] == "the same day"] == [
        "1975-06-04"
    ]


def test_a_speakers_recollection_in_a_record_of_talks() -> None:
    text = (
        "Memorandum of conversation\nBelgrade, 11 April 1984\n\n"
        "On 11 April 1984 President Spiljak received the Greek foreign minister.\n\n"
        "Spiljak: Our prime minister was in Athens on 2 February 1984.\n\n"
        "The minister agreed. Later that day he flew to Skopje."
    )
    tagged = tag_text(text, None, lambda _offset: True)
    assert [m.timex.value for m in tagged if text[m.start : m.end] == "that day"] == ["1984-04-11"]


def test_on_the_first_day_of_a_span_of_days_just_named() -> None:
    text = "Nixon visited China from 21 to 28 February 1972 and met Mao on the first day."
    assert _tagged(text)["the first day"] == "1972-02-21"


def test_on_the_last_day_of_a_span_in_the_previous_clause() -> None:
    text = "Tito was in Moscow from 1 to 20 June 1956; on the last day he signed a declaration."
    assert _tagged(text)["the last day"] == "1956-06-20"


def test_the_first_day_of_the_named_visit_keeps_the_span() -> None:
    text = "The visit lasted from 3 to 7 July 1973. On the first day of the visit they spoke."
    assert _tagged(text)["the first day of the visit"] == "1973-07-03/1973-07-07"


def test_that_year_skips_a_flashback_in_an_aside_of_its_own_sentence() -> None:
    text = (
        "On 3 February 1964 Castro spoke about the past. "
        "The first Soviet visitor he received was Mikoyan, who came in February 1960 and signed "
        "a trade agreement. Diplomatic relations, which Batista had broken off in 1952, were "
        "restored in May of that year."
    )
    assert _tagged(text, "1964-02-05")["May of that year"] == "1960-05"


def test_that_year_after_a_relative_clause_flashback_in_an_essay() -> None:
    text = (
        "By 1962 trade had grown. Nasser, who had flown to Moscow in April 1958, held long talks "
        "with Khrushchev. The consulate, "
        "which the British had closed in 1947, reopened in October of that year."
    )
    assert _tagged(text)["October of that year"] == "1958-10"


def test_that_june_takes_the_year_of_the_date_just_named() -> None:
    text = (
        "The election of Wojtyla, who reigned as pope from October 1978 until his death in "
        "2005, changed much. Jaruzelski called on the Pope at the Vatican on 13 January 1987, "
        "and the Pope paid a third visit to Poland that June."
    )
    assert _tagged(text)["June"] == "1987-06"


def test_that_march_after_a_tenure_running_into_later_years() -> None:
    text = (
        "Gomulka, who led the party from 1956 until his fall in 1970, met Brandt in Warsaw on "
        "7 December 1970. Cyrankiewicz had received the German delegation that March."
    )
    assert _tagged(text)["March"] == "1970-03"


def test_later_that_year_skips_the_end_of_a_tenure() -> None:
    text = (
        "Kowalczyk was appointed nuncio in August 1989 and held the post until 2010. A "
        "nunciature opened in Warsaw later that year."
    )
    assert _tagged(text)["that year"] == "1989"


def test_that_year_after_until_in_a_record() -> None:
    text = (
        "Sir John was sent to Cairo in May 1952 and remained there until 1956. The embassy "
        "moved to Zamalek that year."
    )
    assert _tagged(text)["that year"] == "1952"

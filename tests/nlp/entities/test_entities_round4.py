"""Round 4 of issue 4: international organisations, the year of era-split names past a
background flashback, and envoys' own states. Sentences written for these tests."""

from __future__ import annotations

from spacy.language import Language

from .helpers import refs as _refs
from .helpers import run as _run


def test_blocs_are_international_organisations(nlp: Language) -> None:
    refs = _refs(_run(nlp, "Albania left the Cominform, and OPEC and the Arab League met in 1975."))
    assert ("Cominform", "organization", "COMINFORM", None) in refs
    assert ("OPEC", "organization", "OPEC", None) in refs
    assert ("Arab League", "organization", "ARAB_LEAGUE", None) in refs


def test_dated_document_keeps_its_era_past_a_background_year(nlp: Language) -> None:
    text = (
        "Talks opened in Minsk on Tuesday. They follow the trade accord of 1955, which "
        "expired in 1979. At the talks Russia offered credits to Belarus."
    )
    refs = _refs(_run(nlp, text, "2003-04-08"))
    assert ("Russia", "state", "RUS", "RUS") in refs


def test_envoy_is_not_of_the_state_of_his_post(nlp: Language) -> None:
    refs = _refs(
        _run(nlp, "Pierre Dumont, the ambassador to Norway, met the Norwegian king in 1973.")
    )
    person = [r for r in refs if r[0] == "Pierre Dumont"]
    assert person and person[0][3] != "NOR"
    refs = _refs(_run(nlp, "Pierre Dumont, the Belgian ambassador to Norway, left in 1973."))
    assert ("Pierre Dumont", "person", "pierre dumont", "BEL") in refs

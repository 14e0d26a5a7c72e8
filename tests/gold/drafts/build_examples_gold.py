"""Write the gold drafts for the project's example corpus (``examples/``).

Run ``.venv/bin/python tests/gold/drafts/build_examples_gold.py`` to regenerate
``examples.events.jsonl``, ``examples.tenures.jsonl`` and ``examples.time.jsonl`` next to this file.
The annotations are written by hand below; the script only finds the sentence that contains each
temporal expression and checks that every quote and context occurs in its document.

Conventions (see also ``examples/README.md``):

* Time ``text`` leaves out a leading "in"/"on"/"at" but keeps "from ... to", "since", "until",
  "by" and "after", which change the meaning. Open ranges have ``start`` or ``end`` null.
* An event's ``date`` is null when its sentence carries no temporal expression, except for events
  of the occasion a record or report is about, which take the record's date with ``text`` null.
* ``attributes`` (agreement title, term, languages; aid goods and amounts) is an optional extra.
"""

from __future__ import annotations

import json
import re
import sys
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from defusedxml import ElementTree
from pypdf import PdfReader

REPO = Path(__file__).resolve().parents[3]
EX = REPO / "examples"
OUT = Path(__file__).resolve().parent
TEI_NS = "{http://www.tei-c.org/ns/1.0}"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"

E = "mongolia_third_neighbours_1972_2000"
A = "gorbachev_deng_1989"
T1 = "nixon_china_1972#d1"
T2 = "nixon_china_1972#d2"
P = "basic_treaty_1972"
N1 = "news-1990-03-26-mng-kor"
N2 = "news-1979-03-01-usa-chn"
N3 = "news-2001-07-16-chn-rus"
M = "indo_soviet_treaty_1971"
S = "sino_soviet_treaty_1950"

GENRE = {
    E: "essay",
    A: "archival",
    T1: "archival",
    T2: "archival",
    P: "encyclopedia",
    N1: "news",
    N2: "news",
    N3: "news",
    M: "encyclopedia",
    S: "encyclopedia",
}
DOC_DATE: dict[str, str | None] = {
    E: None,
    A: "1989-05-16",
    T1: "1972-02-14",
    T2: "1972-02-21",
    P: None,
    N1: "1990-03-26",
    N2: "1979-03-01",
    N3: "2001-07-16",
    M: None,
    S: None,
}

# --------------------------------------------------------------------------- document blocks


class _DataChunks(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.chunks: list[str] = []

    def handle_data(self, data: str) -> None:
        self.chunks.append(data)


def _norm(text: str) -> str:
    return " ".join(text.split())


def _paragraphs(text: str) -> list[str]:
    blocks: list[str] = []
    for para in re.split(r"\n\s*\n", text):
        lines = para.splitlines()
        if lines and lines[0].startswith("#"):
            blocks.append(lines[0])
            lines = lines[1:]
        if para.lstrip().startswith("[") and "\n[" in para:
            blocks.extend(lines)  # one note per line
        elif lines:
            blocks.append(" ".join(lines))
    return [_norm(b.replace("**", "").replace("*", "")) for b in blocks if b.strip()]


def _tei_blocks() -> dict[str, list[str]]:
    root = ElementTree.parse(EX / "tei" / "nixon_china_1972.xml").getroot()
    out: dict[str, list[str]] = {}
    for div in root.iter(f"{TEI_NS}div"):
        if div.get("type") != "document":
            continue
        blocks: list[str] = []
        for el in div.iter():
            if el.tag in {f"{TEI_NS}{t}" for t in ("p", "head", "dateline", "note", "item")}:
                parts = [el.text or ""]
                for child in el:
                    if child.tag != f"{TEI_NS}note":
                        parts.append("".join(child.itertext()))
                    parts.append(child.tail or "")
                blocks.append(_norm("".join(parts)))
        out[f"nixon_china_1972#{div.get(XML_ID)}"] = blocks
    return out


def _pdf_blocks() -> list[str]:
    sys.path.insert(0, str(REPO / "scripts"))
    import make_example_pdf

    return [make_example_pdf.TITLE, *(_norm(p) for p in make_example_pdf.PARAGRAPHS)]


def document_blocks() -> dict[str, list[str]]:
    """Return, per gold ``doc`` key, the text blocks (paragraphs, headings, notes) of the doc."""
    blocks: dict[str, list[str]] = {
        E: _paragraphs((EX / "essays" / f"{E}.txt").read_text(encoding="utf-8")),
        M: _paragraphs((EX / "articles" / f"{M}.md").read_text(encoding="utf-8")),
        S: _paragraphs((EX / "encyclopedia" / f"{S}.txt").read_text(encoding="utf-8")),
        P: _pdf_blocks(),
    }
    parser = _DataChunks()
    parser.feed((EX / "archive" / f"{A}.html").read_text(encoding="utf-8"))
    blocks[A] = [_norm(c) for c in parser.chunks if c.strip()]
    blocks.update(_tei_blocks())
    for line in (EX / "json" / "diplomatic_wire_reports.jsonl").read_text().splitlines():
        record = json.loads(line)
        blocks[record["id"]] = [_norm(record["text"])]
    return blocks


def check_pdf_layer() -> None:
    """Fail if the PDF's text layer lost words of the article (quotes are checked on it)."""
    text = _norm(" ".join(p.extract_text() for p in PdfReader(EX / "pdf" / f"{P}.pdf").pages))
    for block in _pdf_blocks():
        assert block in text, block


ABBREV = re.compile(r"(?:^|\s)(?:(?:[A-Z][a-z]?\.)+|Dr\.|Mr\.|p\.|a\.m\.|p\.m\.)$")


def sentences(block: str) -> list[str]:
    """Split a block into sentences, keeping initials ("M.S.", "Yu.") and "p." inside."""
    out: list[str] = []
    start = 0
    for match in re.finditer(r"[.!?][\"”]?(?:\[[ivxlc]+\])?\s+(?=[\"“A-Z\[])", block):
        before = block[start : match.start() + 1]
        if ABBREV.search(before) or re.fullmatch(r"\d+\.", before):
            continue
        out.append(block[start : match.end()].strip())
        start = match.end()
    out.append(block[start:].strip())
    return [s for s in out if s]


# --------------------------------------------------------------------------- annotations

Date = tuple[str | None, str, str, str]
ActorT = tuple[str, str, str | None, str]


def ev(
    doc: str,
    type_: str,
    quote: str,
    date: Date | None,
    countries: list[str],
    actors: list[ActorT] = (),  # type: ignore[assignment]
    place: str | None = None,
    **attributes: object,
) -> dict[str, Any]:
    row: dict[str, Any] = {
        "doc": doc,
        "type": type_,
        "date": None
        if date is None
        else {"text": date[0], "start": date[1], "end": date[2], "granularity": date[3]},
        "countries": sorted(countries),
        "actors": [{"name": n, "kind": k, "country": c, "role": r} for n, k, c, r in actors],
        "place": place,
        "quote": quote,
    }
    if attributes:
        row["attributes"] = attributes
    return row


def d(text: str | None, start: str, end: str | None = None, gran: str = "") -> Date:
    """Event date at the precision the text gives; granularity guessed from the ISO length."""
    end = end or start
    if not gran:
        gran = {4: "year", 7: "month", 10: "day"}[len(start)] if start == end else "range"
    return (text, start, end, gran)


def per(name: str, country: str | None, role: str) -> ActorT:
    return (name, "person", country, role)


def st(code: str, role: str) -> ActorT:
    return (code, "state", code, role)


EVENTS: list[dict[str, Any]] = [
    # ---- essay: Mongolia, Japan, South Korea
    ev(
        E,
        "SIGN_AGREEMENT",
        "which L.I. Brezhnev signed in Ulaanbaatar in January of that year",
        d("January of that year", "1966-01"),
        ["MNG", "SUN"],
        [per("L.I. Brezhnev", "SUN", "participant")],
        "Ulaanbaatar",
        title="treaty of friendship, cooperation and mutual assistance",
    ),
    ev(
        E,
        "ESTABLISH_RELATIONS",
        "On 24 February 1972 Mongolia and Japan established diplomatic relations.",
        d("24 February 1972", "1972-02-24"),
        ["JPN", "MNG"],
    ),
    ev(
        E,
        "OPEN_MISSION",
        "Japan opened its embassy in Ulaanbaatar in 1973",
        d("1973", "1973"),
        ["JPN", "MNG"],
        [st("JPN", "source")],
        "Ulaanbaatar",
    ),
    ev(
        E,
        "SIGN_AGREEMENT",
        "in 1977, when the two governments signed an agreement on economic cooperation",
        d("1977", "1977"),
        ["JPN", "MNG"],
        title="agreement on economic cooperation",
    ),
    ev(
        E,
        "PROVIDE_AID",
        "Under it Japan granted five billion yen for the construction of a cashmere and "
        "camel-wool processing plant in Ulaanbaatar",
        None,
        ["JPN", "MNG"],
        [st("JPN", "source"), st("MNG", "target")],
        goods="grant for a cashmere and camel-wool processing plant",
        quantity="five billion yen",
    ),
    ev(
        E,
        "ESTABLISH_RELATIONS",
        "On 27 January 1987 Mongolia established diplomatic relations with the United States.",
        d("27 January 1987", "1987-01-27"),
        ["MNG", "USA"],
    ),
    ev(
        E,
        "VISIT",
        "James Baker, who visited Ulaanbaatar in the summer of 1990",
        d("the summer of 1990", "1990-06", "1990-08", "season"),
        ["MNG", "USA"],
        [per("James Baker", "USA", "source")],
        "Ulaanbaatar",
    ),
    ev(
        E,
        "ESTABLISH_RELATIONS",
        "Mongolia and the Republic of Korea established diplomatic relations on 26 March 1990",
        d("26 March 1990", "1990-03-26"),
        ["KOR", "MNG"],
    ),
    ev(
        E,
        "VISIT",
        "in February 1991 President P. Ochirbat paid a state visit to Seoul, the first by a "
        "Mongolian head of state, and held talks with President Roh Tae-woo",
        d("February 1991", "1991-02"),
        ["KOR", "MNG"],
        [per("P. Ochirbat", "MNG", "source"), per("Roh Tae-woo", "KOR", "target")],
        "Seoul",
        visit_kind="state",
    ),
    ev(
        E,
        "VISIT",
        "In August 1991 Prime Minister Toshiki Kaifu visited Ulaanbaatar",
        d("August 1991", "1991-08"),
        ["JPN", "MNG"],
        [per("Toshiki Kaifu", "JPN", "source")],
        "Ulaanbaatar",
    ),
    ev(
        E,
        "MEET",
        "in September 1991, Tokyo hosted the first meeting of the countries and institutions "
        "assisting Mongolia",
        d("September 1991", "1991-09"),
        ["JPN", "MNG"],
        [st("JPN", "source")],
        "Tokyo",
    ),
    ev(
        E,
        "PROVIDE_AID",
        "Japan remained the largest bilateral donor to Mongolia throughout the 1990s",
        d("the 1990s", "1990", "1999", "decade"),
        ["JPN", "MNG"],
        [st("JPN", "source"), st("MNG", "target")],
    ),
    ev(
        E,
        "VISIT",
        "In January 1993 Ochirbat travelled to Moscow",
        d("January 1993", "1993-01"),
        ["MNG", "RUS"],
        [per("P. Ochirbat", "MNG", "source")],
        "Moscow",
    ),
    ev(
        E,
        "SIGN_AGREEMENT",
        "he and B.N. Yeltsin signed a Treaty on Friendly Relations and Cooperation",
        d("January 1993", "1993-01"),
        ["MNG", "RUS"],
        [per("P. Ochirbat", "MNG", "participant"), per("B.N. Yeltsin", "RUS", "participant")],
        "Moscow",
        title="Treaty on Friendly Relations and Cooperation",
    ),
    ev(
        E,
        "VISIT",
        "During the visit of Chinese Premier Li Peng to Ulaanbaatar in April 1994",
        d("April 1994", "1994-04"),
        ["CHN", "MNG"],
        [per("Li Peng", "CHN", "source")],
        "Ulaanbaatar",
    ),
    ev(
        E,
        "SIGN_AGREEMENT",
        "Mongolia and China signed a treaty of the same name.",
        d("April 1994", "1994-04"),
        ["CHN", "MNG"],
        place="Ulaanbaatar",
        title="Treaty on Friendly Relations and Cooperation",
    ),
    ev(
        E,
        "VISIT",
        "N. Bagabandi, who was President from 1997 to 2005, paid an official visit "
        "to Japan in 1998",
        d("1998", "1998"),
        ["JPN", "MNG"],
        [per("N. Bagabandi", "MNG", "source")],
        visit_kind="official",
    ),
    ev(
        E,
        "VISIT",
        "In May 1999 President Kim Dae-jung of South Korea came to Ulaanbaatar on a state visit.",
        d("May 1999", "1999-05"),
        ["KOR", "MNG"],
        [per("Kim Dae-jung", "KOR", "source")],
        "Ulaanbaatar",
        visit_kind="state",
    ),
    ev(
        E,
        "VISIT",
        "in July 1999, Prime Minister Keizo Obuchi visited Mongolia.",
        d("July 1999", "1999-07"),
        ["JPN", "MNG"],
        [per("Keizo Obuchi", "JPN", "source")],
    ),
    # ---- archive: Gorbachev and Deng, 1989
    ev(
        A,
        "VISIT",
        "who had arrived in Beijing on a state visit the previous day",
        d("the previous day", "1989-05-15"),
        ["CHN", "SUN"],
        [per("M.S. Gorbachev", "SUN", "source")],
        "Beijing",
        visit_kind="state",
    ),
    ev(
        A,
        "MEET",
        "On May 16, 1989, at 10 a.m., Chairman of the Central Military Commission of the CPC "
        "Deng Xiaoping received in the Great Hall of the People the General Secretary of the CC "
        "CPSU, Chairman of the Presidium of the Supreme Soviet of the USSR, Comrade M.S. Gorbachev",
        d("May 16, 1989", "1989-05-16"),
        ["CHN", "SUN"],
        [per("Deng Xiaoping", "CHN", "participant"), per("M.S. Gorbachev", "SUN", "participant")],
        "Great Hall of the People, Beijing",
    ),
    ev(
        A,
        "VISIT",
        "I last spoke with Soviet leaders in July 1963, when I led our party delegation to Moscow.",
        d("July 1963", "1963-07"),
        ["CHN", "SUN"],
        [per("Deng Xiaoping", "CHN", "source")],
        "Moscow",
    ),
    ev(
        A,
        "VISIT",
        "Comrade Qian Qichen visited Moscow in December 1988",
        d("December 1988", "1988-12"),
        ["CHN", "SUN"],
        [per("Qian Qichen", "CHN", "source")],
        "Moscow",
    ),
    ev(
        A,
        "VISIT",
        "Comrade Shevardnadze was in Beijing in February 1989 to prepare this meeting",
        d("February 1989", "1989-02"),
        ["CHN", "SUN"],
        [per("E.A. Shevardnadze", "SUN", "source")],
        "Beijing",
    ),
    ev(
        A,
        "EXPRESS_SUPPORT",
        "He conveyed his support for China's economic reform.",
        d(None, "1989-05-16"),
        ["CHN", "SUN"],
        [per("M.S. Gorbachev", "SUN", "source"), st("CHN", "target")],
    ),
    ev(
        A,
        "MEET",
        "Later the same day M.S. Gorbachev held talks with Zhao Ziyang",
        d("Later the same day", "1989-05-16"),
        ["CHN", "SUN"],
        [per("M.S. Gorbachev", "SUN", "participant"), per("Zhao Ziyang", "CHN", "participant")],
        "Beijing",
    ),
    # ---- TEI d1: Kissinger memorandum
    ev(
        T1,
        "VISIT",
        "my secret visit to Beijing from July 9 to July 11, 1971, when I held talks "
        "with Premier Zhou Enlai",
        d("from July 9 to July 11, 1971", "1971-07-09", "1971-07-11"),
        ["CHN", "USA"],
        [per("Henry A. Kissinger", "USA", "source"), per("Zhou Enlai", "CHN", "target")],
        "Beijing",
    ),
    ev(
        T1,
        "VISIT",
        "I returned to Beijing from October 20 to October 26, 1971",
        d("from October 20 to October 26, 1971", "1971-10-20", "1971-10-26"),
        ["CHN", "USA"],
        [per("Henry A. Kissinger", "USA", "source")],
        "Beijing",
    ),
    ev(
        T1,
        "VISIT",
        "In early January 1972 General Alexander Haig led an advance party to "
        "Beijing and met Premier Zhou",
        d("early January 1972", "1972-01", gran="approximate"),
        ["CHN", "USA"],
        [per("Alexander Haig", "USA", "source"), per("Zhou Enlai", "CHN", "target")],
        "Beijing",
    ),
    ev(
        T1,
        "SIGN_AGREEMENT",
        "the Mutual Defense Treaty with the Republic of China, which was signed in 1954",
        d("1954", "1954"),
        ["TWN", "USA"],
        title="Mutual Defense Treaty",
    ),
    ev(
        T1,
        "MEET",
        "From 1955 to 1970 the ambassadors of the two countries met more than 130 "
        "times, first in Geneva and later in Warsaw",
        d("From 1955 to 1970", "1955", "1970"),
        ["CHN", "USA"],
        place="Geneva; Warsaw",
    ),
    # ---- TEI d2: Nixon and Mao
    ev(
        T2,
        "VISIT",
        "The President arrived in Beijing in the late morning and was met at the "
        "airport by Premier Zhou Enlai.",
        d("the late morning", "1972-02-21"),
        ["CHN", "USA"],
        [per("Richard Nixon", "USA", "source"), per("Zhou Enlai", "CHN", "target")],
        "Beijing",
    ),
    ev(
        T2,
        "MEET",
        "A few hours later Chairman Mao Zedong received the President and Dr. "
        "Kissinger at his residence.",
        d("A few hours later", "1972-02-21"),
        ["CHN", "USA"],
        [
            per("Mao Zedong", "CHN", "participant"),
            per("Richard Nixon", "USA", "participant"),
            per("Henry A. Kissinger", "USA", "participant"),
        ],
        "Zhongnanhai, Beijing",
    ),
    ev(
        T2,
        "MEET",
        "That evening Premier Zhou gave a banquet for the President and his party "
        "in the Great Hall of the People.",
        d("That evening", "1972-02-21"),
        ["CHN", "USA"],
        [per("Zhou Enlai", "CHN", "participant"), per("Richard Nixon", "USA", "participant")],
        "Great Hall of the People, Beijing",
    ),
    # ---- PDF: Basic Treaty
    ev(
        P,
        "SIGN_AGREEMENT",
        "was signed in East Berlin on 21 December 1972 by Egon Bahr, "
        "Federal Minister for Special Affairs, and Michael Kohl, State Secretary of the East "
        "German Council of Ministers",
        d("21 December 1972", "1972-12-21"),
        ["DDR", "DEU"],
        [per("Egon Bahr", "DEU", "participant"), per("Michael Kohl", "DDR", "participant")],
        "East Berlin",
        title="Treaty concerning the Basis of Relations between the Federal "
        "Republic of Germany and the German Democratic Republic",
    ),
    ev(
        P,
        "VISIT",
        "On 19 March 1970 Brandt travelled to Erfurt and met Willi Stoph",
        d("19 March 1970", "1970-03-19"),
        ["DDR", "DEU"],
        [per("Willy Brandt", "DEU", "source"), per("Willi Stoph", "DDR", "target")],
        "Erfurt",
    ),
    ev(
        P,
        "VISIT",
        "on 21 May 1970, Stoph came to Kassel for a second meeting",
        d("21 May 1970", "1970-05-21"),
        ["DDR", "DEU"],
        [per("Willi Stoph", "DDR", "source"), per("Willy Brandt", "DEU", "target")],
        "Kassel",
    ),
    ev(
        P,
        "SIGN_AGREEMENT",
        "The Federal Republic signed a treaty with the Soviet Union in Moscow on 12 August 1970",
        d("12 August 1970", "1970-08-12"),
        ["DEU", "SUN"],
        place="Moscow",
    ),
    ev(
        P,
        "SIGN_AGREEMENT",
        "a treaty with Poland in Warsaw on 7 December 1970",
        d("7 December 1970", "1970-12-07"),
        ["DEU", "POL"],
        place="Warsaw",
    ),
    ev(
        P,
        "SIGN_AGREEMENT",
        "The four powers signed their agreement on Berlin on 3 September 1971.",
        d("3 September 1971", "1971-09-03"),
        ["FRA", "GBR", "SUN", "USA"],
        title="agreement on Berlin",
    ),
    ev(
        P,
        "SIGN_AGREEMENT",
        "Bahr and Kohl then concluded a transit agreement on 17 December 1971",
        d("17 December 1971", "1971-12-17"),
        ["DDR", "DEU"],
        [per("Egon Bahr", "DEU", "participant"), per("Michael Kohl", "DDR", "participant")],
        title="transit agreement",
    ),
    ev(
        P,
        "SIGN_AGREEMENT",
        "a traffic treaty on 26 May 1972",
        d("26 May 1972", "1972-05-26"),
        ["DDR", "DEU"],
        [per("Egon Bahr", "DEU", "participant"), per("Michael Kohl", "DDR", "participant")],
        title="traffic treaty",
    ),
    ev(
        P,
        "SIGN_AGREEMENT",
        "A protocol on the establishment of the permanent missions was signed on 14 March 1974",
        d("14 March 1974", "1974-03-14"),
        ["DDR", "DEU"],
        title="protocol on the establishment of the permanent missions",
    ),
    ev(
        P,
        "OPEN_MISSION",
        "the missions opened in Bonn and East Berlin on 2 May 1974",
        d("2 May 1974", "1974-05-02"),
        ["DDR", "DEU"],
        place="Bonn; East Berlin",
    ),
    ev(
        P,
        "APPOINT_ENVOY",
        "He was succeeded in 1981 by Klaus Bölling",
        d("1981", "1981"),
        ["DDR", "DEU"],
        [per("Klaus Bölling", "DEU", "source"), st("DDR", "target")],
        "East Berlin",
    ),
    ev(
        P,
        "APPOINT_ENVOY",
        "Bölling in 1982 by Hans Otto Bräutigam",
        d("1982", "1982"),
        ["DDR", "DEU"],
        [per("Hans Otto Bräutigam", "DEU", "source"), st("DDR", "target")],
        "East Berlin",
    ),
    ev(
        P,
        "APPOINT_ENVOY",
        "until 1978, when he was succeeded by Ewald Moldt",
        d("1978", "1978"),
        ["DDR", "DEU"],
        [per("Ewald Moldt", "DDR", "source"), st("DEU", "target")],
        "Bonn",
    ),
    ev(
        P,
        "VISIT",
        "Chancellor Helmut Schmidt visited the GDR in December 1981 and held talks "
        "with Erich Honecker at Lake Werbellin.",
        d("December 1981", "1981-12"),
        ["DDR", "DEU"],
        [per("Helmut Schmidt", "DEU", "source"), per("Erich Honecker", "DDR", "target")],
        "Lake Werbellin",
    ),
    ev(
        P,
        "PROVIDE_AID",
        "In 1983 a consortium of West German banks granted the GDR a credit "
        "of one billion Deutsche Mark, guaranteed by the federal government",
        d("1983", "1983"),
        ["DDR", "DEU"],
        [st("DEU", "source"), st("DDR", "target")],
        goods="credit",
        quantity="one billion Deutsche Mark",
    ),
    ev(
        P,
        "PROVIDE_AID",
        "a year later a second credit of 950 million Deutsche Mark followed",
        d("a year later", "1984"),
        ["DDR", "DEU"],
        [st("DEU", "source"), st("DDR", "target")],
        goods="credit",
        quantity="950 million Deutsche Mark",
    ),
    ev(
        P,
        "VISIT",
        "From 7 to 11 September 1987 Honecker paid an official working visit to the "
        "Federal Republic and was received in Bonn by Chancellor Helmut Kohl",
        d("From 7 to 11 September 1987", "1987-09-07", "1987-09-11"),
        ["DDR", "DEU"],
        [per("Erich Honecker", "DDR", "source"), per("Helmut Kohl", "DEU", "target")],
        "Bonn",
        visit_kind="official working",
    ),
    ev(
        P,
        "SIGN_AGREEMENT",
        "The Unification Treaty was signed in East Berlin on 31 August 1990",
        d("31 August 1990", "1990-08-31"),
        ["DDR", "DEU"],
        place="East Berlin",
        title="Unification Treaty",
    ),
    ev(
        P,
        "CLOSE_MISSION",
        "the permanent missions were closed when Germany was unified on 3 October 1990",
        d("3 October 1990", "1990-10-03"),
        ["DDR", "DEU"],
        place="Bonn; East Berlin",
    ),
    # ---- news 1990: Mongolia and South Korea
    ev(
        N1,
        "ESTABLISH_RELATIONS",
        "Mongolia and the Republic of Korea established diplomatic relations on Monday",
        d("Monday", "1990-03-26"),
        ["KOR", "MNG"],
    ),
    ev(
        N1,
        "ESTABLISH_RELATIONS",
        "Hungary, which established relations with South Korea in February 1989",
        d("February 1989", "1989-02"),
        ["HUN", "KOR"],
    ),
    ev(
        N1,
        "ESTABLISH_RELATIONS",
        "Czechoslovakia and Bulgaria followed earlier this month.",
        d("earlier this month", "1990-03", gran="approximate"),
        ["CSK", "KOR"],
    ),
    ev(
        N1,
        "ESTABLISH_RELATIONS",
        "Czechoslovakia and Bulgaria followed earlier this month.",
        d("earlier this month", "1990-03", gran="approximate"),
        ["BGR", "KOR"],
    ),
    # ---- news 1979: US-China embassies
    ev(
        N2,
        "OPEN_MISSION",
        "The United States and the People's Republic of China today opened "
        "embassies in each other's capitals",
        d("today", "1979-03-01"),
        ["CHN", "USA"],
        place="Beijing; Washington",
    ),
    ev(
        N2,
        "ESTABLISH_RELATIONS",
        "the two countries established diplomatic relations on January 1",
        d("January 1", "1979-01-01"),
        ["CHN", "USA"],
    ),
    ev(
        N2,
        "VISIT",
        "Vice Premier Deng Xiaoping's visit to the United States at the end of January",
        d("the end of January", "1979-01", gran="approximate"),
        ["CHN", "USA"],
        [per("Deng Xiaoping", "CHN", "source")],
    ),
    ev(
        N2,
        "SIGN_AGREEMENT",
        "the two governments signed agreements on science and technology and on cultural exchange",
        d("the end of January", "1979-01", gran="approximate"),
        ["CHN", "USA"],
        title="agreement on science and technology",
    ),
    ev(
        N2,
        "SIGN_AGREEMENT",
        "the two governments signed agreements on science and technology and on cultural exchange",
        d("the end of January", "1979-01", gran="approximate"),
        ["CHN", "USA"],
        title="agreement on cultural exchange",
    ),
    ev(
        N2,
        "END_RELATIONS",
        "The United States ended its diplomatic relations with Taiwan on January 1",
        d("January 1", "1979-01-01"),
        ["TWN", "USA"],
    ),
    ev(
        N2,
        "TERMINATE_AGREEMENT",
        "has given notice that it will terminate its 1954 mutual defense treaty with the island",
        None,
        ["TWN", "USA"],
        [st("USA", "source")],
        title="mutual defense treaty",
    ),
    # ---- news 2001: Sino-Russian treaty
    ev(
        N3,
        "SIGN_AGREEMENT",
        "President Vladimir Putin and President Jiang Zemin signed a "
        "Treaty of Good-Neighbourliness and Friendly Cooperation in the Kremlin on Monday",
        d("Monday", "2001-07-16"),
        ["CHN", "RUS"],
        [per("Vladimir Putin", "RUS", "participant"), per("Jiang Zemin", "CHN", "participant")],
        "Moscow",
        title="Treaty of Good-Neighbourliness and Friendly Cooperation",
        term="twenty years",
    ),
    ev(
        N3,
        "TERMINATE_AGREEMENT",
        "the alliance treaty of 1950, which lapsed in 1980",
        d("1980", "1980"),
        ["CHN", "SUN"],
        title="alliance treaty of 1950",
    ),
    ev(
        N3,
        "EXPRESS_SUPPORT",
        "In the treaty Russia reaffirmed its support for China's position "
        "that Taiwan is an inalienable part of China.",
        d(None, "2001-07-16"),
        ["CHN", "RUS"],
        [st("RUS", "source"), st("CHN", "target")],
    ),
    ev(
        N3,
        "EXPRESS_SUPPORT",
        "In a joint statement the two presidents also declared their "
        "support for the 1972 Anti-Ballistic Missile Treaty.",
        d(None, "2001-07-16"),
        ["CHN", "RUS"],
        [per("Vladimir Putin", "RUS", "source"), per("Jiang Zemin", "CHN", "source")],
    ),
    ev(
        N3,
        "VISIT",
        "Jiang, who is on a state visit to Russia",
        d(None, "2001-07-16"),
        ["CHN", "RUS"],
        [per("Jiang Zemin", "CHN", "source")],
        visit_kind="state",
    ),
    ev(
        N3,
        "VISIT",
        "in May 1991, when he visited the Soviet Union as leader of the Chinese Communist Party",
        d("May 1991", "1991-05"),
        ["CHN", "SUN"],
        [per("Jiang Zemin", "CHN", "source")],
        "Moscow",
    ),
    ev(
        N3,
        "SIGN_AGREEMENT",
        "the two sides signed an agreement on the eastern section of the border",
        d("May 1991", "1991-05"),
        ["CHN", "SUN"],
        place="Moscow",
        title="agreement on the eastern section of the border",
    ),
    # ---- Markdown: Indo-Soviet treaty
    ev(
        M,
        "SIGN_AGREEMENT",
        "was signed in New Delhi on 9 August 1971 by the Indian Minister of "
        "External Affairs, Sardar Swaran Singh, and the Soviet Minister of Foreign Affairs, A.A. "
        "Gromyko",
        d("9 August 1971", "1971-08-09"),
        ["IND", "SUN"],
        [per("Swaran Singh", "IND", "participant"), per("A.A. Gromyko", "SUN", "participant")],
        "New Delhi",
        title="Treaty of Peace, Friendship and Cooperation",
        term="twenty years",
        languages=["Hindi", "Russian", "English"],
    ),
    ev(
        M,
        "MEET",
        "In January 1966 the Soviet Premier, A.N. Kosygin, hosted Prime Minister Lal "
        "Bahadur Shastri and President Ayub Khan of Pakistan in Tashkent",
        d("January 1966", "1966-01"),
        ["IND", "PAK", "SUN"],
        [
            per("A.N. Kosygin", "SUN", "participant"),
            per("Lal Bahadur Shastri", "IND", "participant"),
            per("Ayub Khan", "PAK", "participant"),
        ],
        "Tashkent",
    ),
    ev(
        M,
        "SIGN_AGREEMENT",
        "where the Tashkent Declaration was signed on 10 January 1966",
        d("10 January 1966", "1966-01-10"),
        ["IND", "PAK"],
        place="Tashkent",
        title="Tashkent Declaration",
    ),
    ev(
        M,
        "VISIT",
        "In July 1971 Henry Kissinger travelled secretly from Pakistan to Beijing",
        d("July 1971", "1971-07"),
        ["CHN", "USA"],
        [per("Henry Kissinger", "USA", "source")],
        "Beijing",
    ),
    ev(
        M,
        "PROVIDE_AID",
        "By the autumn of 1971 about ten million refugees from East Pakistan "
        "had found shelter in India.",
        d("By the autumn of 1971", "1971-09", "1971-11", "season"),
        ["IND", "PAK"],
        [st("IND", "source")],
        goods="shelter for refugees",
        quantity="about ten million",
    ),
    ev(
        M,
        "VISIT",
        "At the end of September 1971 Prime Minister Indira Gandhi visited Moscow and "
        "held talks with the Soviet leaders.",
        d("the end of September 1971", "1971-09", gran="approximate"),
        ["IND", "SUN"],
        [per("Indira Gandhi", "IND", "source")],
        "Moscow",
    ),
    ev(
        M,
        "VISIT",
        "In November 1971 she toured Western capitals and met President Richard "
        "Nixon in Washington.",
        d("November 1971", "1971-11"),
        ["IND", "USA"],
        [per("Indira Gandhi", "IND", "source"), per("Richard Nixon", "USA", "target")],
        "Washington",
    ),
    ev(
        M,
        "EXPRESS_SUPPORT",
        "In the Security Council the Soviet Union vetoed several draft "
        "resolutions calling for a ceasefire, in support of India.",
        None,
        ["IND", "SUN"],
        [st("SUN", "source"), st("IND", "target")],
    ),
    ev(
        M,
        "VISIT",
        "L.I. Brezhnev visited India in November 1973",
        d("November 1973", "1973-11"),
        ["IND", "SUN"],
        [per("L.I. Brezhnev", "SUN", "source")],
    ),
    ev(
        M,
        "VISIT",
        "L.I. Brezhnev visited India in November 1973 and again in December 1980.",
        d("December 1980", "1980-12"),
        ["IND", "SUN"],
        [per("L.I. Brezhnev", "SUN", "source")],
    ),
    ev(
        M,
        "VISIT",
        "during a visit to New Delhi by the Russian President, B.N. Yeltsin",
        d("28 January 1993", "1993-01-28"),
        ["IND", "RUS"],
        [per("B.N. Yeltsin", "RUS", "source")],
        "New Delhi",
    ),
    ev(
        M,
        "SIGN_AGREEMENT",
        "India and Russia signed a new Treaty of Friendship and Cooperation",
        d("28 January 1993", "1993-01-28"),
        ["IND", "RUS"],
        place="New Delhi",
        title="Treaty of Friendship and Cooperation",
    ),
    # ---- encyclopedia: Sino-Soviet treaty
    ev(
        S,
        "SIGN_AGREEMENT",
        "was signed in Moscow on 14 February 1950 by the Soviet Minister of "
        "Foreign Affairs, A.Ya. Vyshinsky, and the Chinese Premier and Foreign Minister, Zhou "
        "Enlai",
        d("14 February 1950", "1950-02-14"),
        ["CHN", "SUN"],
        [per("A.Ya. Vyshinsky", "SUN", "participant"), per("Zhou Enlai", "CHN", "participant")],
        "Moscow",
        title="Treaty of Friendship, Alliance and Mutual Assistance",
        term="thirty years",
    ),
    ev(
        S,
        "ESTABLISH_RELATIONS",
        "The Soviet Union recognised the People's Republic of China on "
        "2 October 1949, the day after its proclamation, and the two states established "
        "diplomatic relations.",
        d("2 October 1949", "1949-10-02"),
        ["CHN", "SUN"],
    ),
    ev(
        S,
        "APPOINT_ENVOY",
        "N.V. Roshchin, who had been ambassador to the Nationalist "
        "government, became the first Soviet ambassador to the People's Republic",
        None,
        ["CHN", "SUN"],
        [per("N.V. Roshchin", "SUN", "source"), st("CHN", "target")],
        "Beijing",
    ),
    ev(
        S,
        "APPOINT_ENVOY",
        "Wang Jiaxiang served as China's first ambassador in Moscow from 1949 to 1951.",
        d("from 1949 to 1951", "1949", "1949", "year"),
        ["CHN", "SUN"],
        [per("Wang Jiaxiang", "CHN", "source"), st("SUN", "target")],
        "Moscow",
    ),
    ev(
        S,
        "VISIT",
        "Mao Zedong arrived in Moscow on 16 December 1949, on his first journey "
        "abroad, and met Stalin the same evening.",
        d("16 December 1949", "1949-12-16"),
        ["CHN", "SUN"],
        [per("Mao Zedong", "CHN", "source"), per("J.V. Stalin", "SUN", "target")],
        "Moscow",
    ),
    ev(
        S,
        "VISIT",
        "after Zhou Enlai joined him in January 1950",
        d("January 1950", "1950-01"),
        ["CHN", "SUN"],
        [per("Zhou Enlai", "CHN", "source")],
        "Moscow",
    ),
    ev(
        S,
        "SIGN_AGREEMENT",
        "the two sides signed an agreement on the Chinese Changchun Railway, Port Arthur and Dalny",
        None,
        ["CHN", "SUN"],
        title="agreement on the Chinese Changchun Railway, Port Arthur and Dalny",
    ),
    ev(
        S,
        "SIGN_AGREEMENT",
        "an agreement under which the Soviet Union granted China a credit "
        "of 300 million US dollars",
        None,
        ["CHN", "SUN"],
        title="credit agreement",
    ),
    ev(
        S,
        "PROVIDE_AID",
        "the Soviet Union granted China a credit of 300 million US dollars, "
        "to be drawn over five years at one per cent annual interest",
        None,
        ["CHN", "SUN"],
        [st("SUN", "source"), st("CHN", "target")],
        goods="credit",
        quantity="300 million US dollars",
    ),
    ev(
        S,
        "SIGN_AGREEMENT",
        "the treaty that the Soviet Union had concluded with the Nationalist "
        "government in August 1945",
        d("August 1945", "1945-08"),
        ["CHN", "SUN"],
    ),
    ev(
        S,
        "VISIT",
        "N.S. Khrushchev visited Beijing in the autumn of 1954 for the fifth "
        "anniversary of the People's Republic",
        d("the autumn of 1954", "1954-09", "1954-11", "season"),
        ["CHN", "SUN"],
        [per("N.S. Khrushchev", "SUN", "source")],
        "Beijing",
    ),
    ev(
        S,
        "APPOINT_ENVOY",
        "was succeeded in 1959 by S.V. Chervonenko",
        d("1959", "1959"),
        ["CHN", "SUN"],
        [per("S.V. Chervonenko", "SUN", "source"), st("CHN", "target")],
        "Beijing",
    ),
    ev(
        S,
        "RECALL_ENVOY",
        "By 1967 Beijing had recalled its ambassadors from nearly all foreign "
        "capitals, Moscow included.",
        d("By 1967", "1967"),
        ["CHN", "SUN"],
        [st("CHN", "source")],
        "Moscow",
    ),
    ev(
        S,
        "MEET",
        "On 11 September 1969 the Soviet Premier, A.N. Kosygin, met Zhou Enlai at "
        "Beijing airport on his way home from Hanoi.",
        d("11 September 1969", "1969-09-11"),
        ["CHN", "SUN"],
        [per("A.N. Kosygin", "SUN", "participant"), per("Zhou Enlai", "CHN", "participant")],
        "Beijing",
    ),
    ev(
        S,
        "EXPEL",
        "In January 1974 China expelled several Soviet diplomats on charges of espionage.",
        d("January 1974", "1974-01"),
        ["CHN", "SUN"],
        [st("CHN", "source"), st("SUN", "target")],
    ),
    ev(
        S,
        "TERMINATE_AGREEMENT",
        "On 3 April 1979 the Standing Committee of the National "
        "People's Congress decided not to extend the treaty",
        d("3 April 1979", "1979-04-03"),
        ["CHN", "SUN"],
        [st("CHN", "source")],
        title="Treaty of Friendship, Alliance and Mutual Assistance",
    ),
    ev(
        S,
        "TERMINATE_AGREEMENT",
        "it expired on 11 April 1980",
        d("11 April 1980", "1980-04-11"),
        ["CHN", "SUN"],
        title="Treaty of Friendship, Alliance and Mutual Assistance",
    ),
    ev(
        S,
        "VISIT",
        "M.S. Gorbachev's visit to Beijing in May 1989",
        d("May 1989", "1989-05"),
        ["CHN", "SUN"],
        [per("M.S. Gorbachev", "SUN", "source")],
        "Beijing",
    ),
]


def ten(
    doc: str,
    person: str,
    role: str,
    country: str | None,
    to: str | None,
    start: str | None,
    end: str | None,
    quote: str,
) -> dict[str, Any]:
    return {
        "doc": doc,
        "person": person,
        "role": role,
        "country": country,
        "to": to,
        "start": start,
        "end": end,
        "quote": quote,
    }


TENURES: list[dict[str, Any]] = [
    ten(
        E,
        "Yu. Tsedenbal",
        "head of government",
        "MNG",
        None,
        "1952",
        "1974",
        "Yu. Tsedenbal, who headed the government from 1952 to 1974",
    ),
    ten(
        E,
        "Yu. Tsedenbal",
        "Chairman of the Presidium of the People's Great Khural",
        "MNG",
        None,
        "1974",
        "1984",
        "then served as Chairman of the Presidium of the People's Great Khural until 1984",
    ),
    ten(
        E,
        "J. Batmunkh",
        "Chairman of the Council of Ministers",
        "MNG",
        None,
        "1974",
        "1984",
        "J. Batmunkh, Chairman of the Council of Ministers from 1974 to 1984",
    ),
    ten(
        E,
        "J. Batmunkh",
        "General Secretary of the ruling party",
        "MNG",
        None,
        "1984-08",
        None,
        "J. Batmunkh, Chairman of the Council of Ministers from 1974 to 1984, succeeded him as "
        "General Secretary of the ruling party.",
    ),
    ten(
        E,
        "Ts. Gombosuren",
        "foreign minister",
        "MNG",
        None,
        "1988",
        "1996",
        "Ts. Gombosuren, who served as foreign minister from 1988 to 1996",
    ),
    ten(
        E,
        "N. Bagabandi",
        "President",
        "MNG",
        None,
        "1997",
        "2005",
        "N. Bagabandi, who was President from 1997 to 2005",
    ),
    ten(
        A,
        "O.A. Troyanovsky",
        "ambassador",
        "SUN",
        "CHN",
        None,
        None,
        "the Soviet ambassador in Beijing, O.A. Troyanovsky",
    ),
    ten(
        P,
        "Willy Brandt",
        "Chancellor",
        "DEU",
        None,
        "1969",
        "1974",
        "Willy Brandt, who was Chancellor from 1969 to 1974",
    ),
    ten(
        P,
        "Günter Gaus",
        "head of the permanent mission",
        "DEU",
        "DDR",
        "1974",
        "1981",
        "Günter Gaus headed the West German mission in East Berlin from 1974 to 1981.",
    ),
    ten(
        P,
        "Klaus Bölling",
        "head of the permanent mission",
        "DEU",
        "DDR",
        "1981",
        "1982",
        "He was succeeded in 1981 by Klaus Bölling, and Bölling in 1982 by Hans Otto Bräutigam",
    ),
    ten(
        P,
        "Hans Otto Bräutigam",
        "head of the permanent mission",
        "DEU",
        "DDR",
        "1982",
        "1989",
        "Bölling in 1982 by Hans Otto Bräutigam, who remained in East Berlin until 1989.",
    ),
    ten(
        P,
        "Michael Kohl",
        "head of the permanent mission",
        "DDR",
        "DEU",
        "1974",
        "1978",
        "Michael Kohl was the first head of the East German mission in Bonn and served there "
        "until 1978",
    ),
    ten(
        P,
        "Ewald Moldt",
        "head of the permanent mission",
        "DDR",
        "DEU",
        "1978",
        None,
        "until 1978, when he was succeeded by Ewald Moldt",
    ),
    ten(
        N2,
        "Leonard Woodcock",
        "head of the liaison office",
        "USA",
        "CHN",
        "1977",
        None,
        "The American liaison office in Beijing, which Leonard Woodcock has headed since 1977",
    ),
    ten(
        N2,
        "Chai Zemin",
        "head of the liaison office",
        "CHN",
        "USA",
        None,
        None,
        "In Washington the Chinese liaison office, led by Chai Zemin",
    ),
    ten(
        M,
        "I.K. Gujral",
        "ambassador",
        "IND",
        "SUN",
        "1976",
        "1980",
        "I.K. Gujral, who later became Prime Minister, served as ambassador in Moscow from 1976 "
        "to 1980.",
    ),
    ten(
        S,
        "N.V. Roshchin",
        "ambassador",
        "SUN",
        "CHN",
        None,
        "1952",
        "became the first Soviet ambassador to the People's Republic and remained in Beijing "
        "until 1952",
    ),
    ten(
        S,
        "Wang Jiaxiang",
        "ambassador",
        "CHN",
        "SUN",
        "1949",
        "1951",
        "Wang Jiaxiang served as China's first ambassador in Moscow from 1949 to 1951.",
    ),
    ten(
        S,
        "P.F. Yudin",
        "ambassador",
        "SUN",
        "CHN",
        "1953",
        "1959",
        "P.F. Yudin was ambassador in Beijing from 1953 to 1959",
    ),
    ten(
        S,
        "S.V. Chervonenko",
        "ambassador",
        "SUN",
        "CHN",
        "1959",
        "1965",
        "was succeeded in 1959 by S.V. Chervonenko, who stayed until 1965",
    ),
]

# Statements that must NOT yield an event: negated, planned, hypothetical or not an event type.
NONEVENTS: list[dict[str, Any]] = [
    {"doc": d_, "not_type": t_, "quote": q_, "reason": r_}
    for d_, t_, q_, r_ in [
        (
            E,
            "VISIT",
            "No Mongolian leader paid an official visit to Japan during the Tsedenbal years",
            "negated",
        ),
        (
            A,
            "VISIT",
            "The Vietnamese side has stated that its troops will leave Cambodia by the "
            "end of September.",
            "future withdrawal, not a visit",
        ),
        (
            T1,
            "EXPRESS_SUPPORT",
            "I have told the Premier that the United States will not abandon its commitments",
            "future commitment reported in a memorandum",
        ),
        (
            P,
            "SIGN_AGREEMENT",
            "The text was initialled on 8 November 1972",
            "initialling is not signature",
        ),
        (
            P,
            "OPEN_MISSION",
            "Instead of embassies they agreed to exchange permanent missions.",
            "treaty content, not the opening itself",
        ),
        (
            N1,
            "OPEN_MISSION",
            "Officials said the two new partners planned to open embassies later this year.",
            "planned",
        ),
        (
            N1,
            "ESTABLISH_RELATIONS",
            "with which it has maintained diplomatic relations since 1948",
            "ongoing state, not the act of establishing",
        ),
        (
            N2,
            "APPOINT_ENVOY",
            "Mr. Woodcock is expected to be named the first ambassador",
            "expected, not done",
        ),
        (
            N2,
            "MEET",
            "during which he met President Jimmy Carter at the White House",
            "talks framed inside a visit are part of the VISIT",
        ),
        (
            M,
            "ESTABLISH_RELATIONS",
            "India recognised Bangladesh three days later",
            "recognition stated without relations; Bangladesh is outside the example scope",
        ),
        (
            S,
            "PROVIDE_AID",
            "the Soviet government withdrew its technical specialists from China",
            "withdrawal of aid is not aid",
        ),
    ]
]

# Time rows: (doc, text, value, start, end, granularity, resolved[, hint[, nth]]).
# "hint" picks the sentence when the text alone is ambiguous; nth picks among several matches.
Y = "year"
MO = "month"
DY = "day"
R = "range"
AP = "approximate"
SE = "season"
DE = "decade"


def yr(y: int) -> tuple[str, str]:
    return (f"{y}-01-01", f"{y}-12-31")


TIMES: list[tuple[Any, ...]] = [
    # essay
    (E, "1972–2000", "1972/2000", "1972-01-01", "2000-12-31", R, False, "Between Moscow"),
    (E, "almost half a century", "P50Y", None, None, AP, False),
    (E, "Until 1961", "/1961", None, "1961-12-31", R, False),
    (E, "from 1952 to 1974", "1952/1974", "1952-01-01", "1974-12-31", R, False),
    (E, "until 1984", "/1984", None, "1984-12-31", R, False),
    (E, "Since 1966", "1966/", "1966-01-01", None, R, False),
    (E, "January of that year", "1966-01", "1966-01-01", "1966-01-31", MO, True),
    (E, "the years that followed", "1966/", "1966-02-01", None, AP, True),
    (E, "the early 1970s", "197X", "1970-01-01", "1973-12-31", AP, False),
    (E, "24 February 1972", "1972-02-24", "1972-02-24", "1972-02-24", DY, False),
    (E, "1973", "1973", *yr(1973), Y, False, "opened its embassy"),
    (E, "1972 and 1973", "1972/1973", "1972-01-01", "1973-12-31", R, False),
    (E, "1977", "1977", *yr(1977), Y, False),
    (E, "1981", "1981", *yr(1981), Y, False),
    (E, "August 1984", "1984-08", "1984-08-01", "1984-08-31", MO, False),
    (E, "from 1974 to 1984", "1974/1984", "1974-01-01", "1984-12-31", R, False),
    (E, "the mid-1980s", "198X", "1984-01-01", "1986-12-31", AP, False),
    (E, "27 January 1987", "1987-01-27", "1987-01-27", "1987-01-27", DY, False),
    (E, "from 1988 to 1996", "1988/1996", "1988-01-01", "1996-12-31", R, False),
    (E, "the following years", "1989/", "1989-01-01", None, AP, True),
    (E, "from 1989 to 1992", "1989/1992", "1989-01-01", "1992-12-31", R, False),
    (E, "1990", "1990", *yr(1990), Y, False, "democratic revolution of 1990"),
    (E, "the summer of 1990", "1990-SU", "1990-06-01", "1990-08-31", SE, False),
    (E, "26 March 1990", "1990-03-26", "1990-03-26", "1990-03-26", DY, False),
    (E, "February 1991", "1991-02", "1991-02-01", "1991-02-28", MO, False),
    (E, "August 1991", "1991-08", "1991-08-01", "1991-08-31", MO, False),
    (E, "A few weeks later", "1991-09", "1991-08-01", "1991-10-31", AP, True),
    (E, "September 1991", "1991-09", "1991-09-01", "1991-09-30", MO, False),
    (E, "the 1990s", "199X", "1990-01-01", "1999-12-31", DE, False, "throughout the 1990s"),
    (E, "January 1993", "1993-01", "1993-01-01", "1993-01-31", MO, False),
    (E, "1966", "1966", *yr(1966), Y, False, "the agreement of 1966"),
    (E, "April 1994", "1994-04", "1994-04-01", "1994-04-30", MO, False),
    (E, "the summer of 1994", "1994-SU", "1994-06-01", "1994-08-31", SE, False),
    (E, "the late 1990s", "199X", "1997-01-01", "1999-12-31", AP, False),
    (E, "from 1997 to 2005", "1997/2005", "1997-01-01", "2005-12-31", R, False),
    (E, "1998", "1998", *yr(1998), Y, False, "to Japan in 1998"),
    (E, "May 1999", "1999-05", "1999-05-01", "1999-05-31", MO, False),
    (E, "Two months later", "1999-07", "1999-07-01", "1999-07-31", MO, True),
    (E, "July 1999", "1999-07", "1999-07-01", "1999-07-31", MO, False),
    (E, "By 2000", "2000", *yr(2000), Y, False),
    (E, "1979", "1979", *yr(1979), Y, False, "Stanford 1979"),
    (E, "1996", "1996", *yr(1996), Y, False, "Lanham 1996"),
    (E, "1973", "1973", *yr(1973), Y, False, "Tokyo 1973"),
    (E, "2005", "2005", *yr(2005), Y, False, "Berkeley 2005"),
    (E, "1991", "1991", *yr(1991), Y, False, "Seoul 1991"),
    (E, "1992", "1992", *yr(1992), Y, False, "Tokyo 1992"),
    (E, "2000", "2000", *yr(2000), Y, False, "Tokyo 2000"),
    # archive
    (A, "May 16, 1989", "1989-05-16", "1989-05-16", "1989-05-16", DY, False, "May 16, 1989"),
    (A, "May 16, 1989", "1989-05-16", "1989-05-16", "1989-05-16", DY, False, "On May 16, 1989"),
    (
        A,
        "May 16, 1989",
        "1989-05-16",
        "1989-05-16",
        "1989-05-16",
        DY,
        False,
        "May 16, 1989 Beijing",
    ),
    (A, "10 a.m.", "1989-05-16T10:00", "1989-05-16", "1989-05-16", DY, False),
    (A, "the previous day", "1989-05-15", "1989-05-15", "1989-05-15", DY, True),
    (A, "July 1963", "1963-07", "1963-07-01", "1963-07-31", MO, False),
    (A, "more than twenty years", "P20Y", None, None, AP, False),
    (A, "July 1986", "1986-07", "1986-07-01", "1986-07-31", MO, False),
    (A, "September 1988", "1988-09", "1988-09-01", "1988-09-30", MO, False),
    (A, "December 1988", "1988-12", "1988-12-01", "1988-12-31", MO, False),
    (A, "February 1989", "1989-02", "1989-02-01", "1989-02-28", MO, False),
    (A, "many years", "PXY", None, None, AP, False),
    (A, "February 15, 1989", "1989-02-15", "1989-02-15", "1989-02-15", DY, False),
    (A, "by the end of September", "1989-09", "1989-09-21", "1989-09-30", AP, True),
    (A, "the nineteenth century", "18", "1800-01-01", "1899-12-31", "century", False),
    (A, "since the 1960s", "196X/", "1960-01-01", None, R, False, "Deng Xiaoping spoke"),
    (A, "about two and a half hours", "PT2H30M", None, None, AP, False),
    (A, "Later the same day", "1989-05-16", "1989-05-16", "1989-05-16", DY, True),
    (A, "since the 1960s", "196X/", "1960-01-01", None, R, False, "review Sino-Soviet"),
    # TEI d1
    (T1, "February 14, 1972", "1972-02-14", "1972-02-14", "1972-02-14", DY, False),
    (T1, "one week", "P1W", None, None, DY, False),
    (
        T1,
        "from July 9 to July 11, 1971",
        "1971-07-09/1971-07-11",
        "1971-07-09",
        "1971-07-11",
        R,
        False,
    ),
    (
        T1,
        "from October 20 to October 26, 1971",
        "1971-10-20/1971-10-26",
        "1971-10-20",
        "1971-10-26",
        R,
        False,
    ),
    (T1, "October 25, 1971", "1971-10-25", "1971-10-25", "1971-10-25", DY, False),
    (T1, "early January 1972", "1972-01", "1972-01-01", "1972-01-10", AP, False),
    (T1, "since 1949", "1949/", "1949-01-01", None, R, False),
    (T1, "1954", "1954", *yr(1954), Y, False),
    (T1, "the past two decades", "P20Y", None, None, AP, False),
    (T1, "From 1955 to 1970", "1955/1970", "1955-01-01", "1970-12-31", R, False),
    # TEI d2
    (T2, "February 21, 1972", "1972-02-21", "1972-02-21", "1972-02-21", DY, False),
    (
        T2,
        "2:50–3:55 p.m.",
        "1972-02-21T14:50/1972-02-21T15:55",
        "1972-02-21",
        "1972-02-21",
        R,
        True,
    ),
    (T2, "the late morning", "1972-02-21TMO", "1972-02-21", "1972-02-21", DY, True),
    (T2, "A few hours later", "1972-02-21", "1972-02-21", "1972-02-21", DY, True),
    (T2, "twenty-two years", "P22Y", None, None, Y, False),
    (T2, "October 1, 1949", "1949-10-01", "1949-10-01", "1949-10-01", DY, False),
    (T2, "That evening", "1972-02-21TEV", "1972-02-21", "1972-02-21", DY, True),
    # PDF
    (P, "1972", "1972", *yr(1972), Y, False, "Basic Treaty (1972)"),
    (P, "21 December 1972", "1972-12-21", "1972-12-21", "1972-12-21", DY, False),
    (P, "21 June 1973", "1973-06-21", "1973-06-21", "1973-06-21", DY, False),
    (P, "from 1969 to 1974", "1969/1974", "1969-01-01", "1974-12-31", R, False),
    (P, "19 March 1970", "1970-03-19", "1970-03-19", "1970-03-19", DY, False),
    (P, "two months later", "1970-05", "1970-05-01", "1970-05-31", MO, True),
    (P, "21 May 1970", "1970-05-21", "1970-05-21", "1970-05-21", DY, False),
    (P, "12 August 1970", "1970-08-12", "1970-08-12", "1970-08-12", DY, False),
    (P, "7 December 1970", "1970-12-07", "1970-12-07", "1970-12-07", DY, False),
    (P, "3 September 1971", "1971-09-03", "1971-09-03", "1971-09-03", DY, False),
    (P, "17 December 1971", "1971-12-17", "1971-12-17", "1971-12-17", DY, False),
    (P, "26 May 1972", "1972-05-26", "1972-05-26", "1972-05-26", DY, False),
    (P, "the summer and autumn of 1972", "1972-SU/1972-FA", "1972-06-01", "1972-11-30", R, False),
    (P, "8 November 1972", "1972-11-08", "1972-11-08", "1972-11-08", DY, False),
    (P, "eleven days", "P11D", None, None, DY, False),
    (P, "the following month", "1972-12", "1972-12-01", "1972-12-31", MO, True),
    (P, "31 July 1973", "1973-07-31", "1973-07-31", "1973-07-31", DY, False),
    (P, "18 September 1973", "1973-09-18", "1973-09-18", "1973-09-18", DY, False),
    (P, "14 March 1974", "1974-03-14", "1974-03-14", "1974-03-14", DY, False),
    (P, "2 May 1974", "1974-05-02", "1974-05-02", "1974-05-02", DY, False),
    (P, "from 1974 to 1981", "1974/1981", "1974-01-01", "1981-12-31", R, False),
    (P, "1981", "1981", *yr(1981), Y, False, "succeeded in 1981"),
    (P, "1982", "1982", *yr(1982), Y, False, "succeeded in 1981"),
    (P, "until 1989", "/1989", None, "1989-12-31", R, False),
    (P, "until 1978", "/1978", None, "1978-12-31", R, False),
    (P, "December 1981", "1981-12", "1981-12-01", "1981-12-31", MO, False),
    (P, "1983", "1983", *yr(1983), Y, False),
    (P, "a year later", "1984", *yr(1984), Y, True),
    (
        P,
        "From 7 to 11 September 1987",
        "1987-09-07/1987-09-11",
        "1987-09-07",
        "1987-09-11",
        R,
        False,
    ),
    (P, "31 August 1990", "1990-08-31", "1990-08-31", "1990-08-31", DY, False),
    (P, "3 October 1990", "1990-10-03", "1990-10-03", "1990-10-03", DY, False),
    # news 1990
    (N1, "March 26", "1990-03-26", "1990-03-26", "1990-03-26", DY, True),
    (N1, "Monday", "1990-03-26", "1990-03-26", "1990-03-26", DY, True),
    (N1, "more than four decades", "P40Y", None, None, AP, False),
    (N1, "since 1948", "1948/", "1948-01-01", None, R, False),
    (N1, "later this year", "1990", "1990-03-27", "1990-12-31", AP, True),
    (N1, "February 1989", "1989-02", "1989-02-01", "1989-02-28", MO, False),
    (N1, "earlier this month", "1990-03", "1990-03-01", "1990-03-25", AP, True),
    (N1, "last year", "1989", *yr(1989), Y, True),
    # news 1979
    (N2, "March 1", "1979-03-01", "1979-03-01", "1979-03-01", DY, True),
    (N2, "today", "1979-03-01", "1979-03-01", "1979-03-01", DY, True),
    (N2, "two months", "P2M", None, None, MO, False),
    (N2, "January 1", "1979-01-01", "1979-01-01", "1979-01-01", DY, True, "two months after"),
    (N2, "since 1977", "1977/", "1977-01-01", None, R, False),
    (N2, "a few weeks", "PXW", None, None, AP, False),
    (N2, "the end of January", "1979-01", "1979-01-21", "1979-01-31", AP, True),
    (N2, "January 1", "1979-01-01", "1979-01-01", "1979-01-01", DY, True, "ended its diplomatic"),
    (N2, "1954", "1954", *yr(1954), Y, False),
    (N2, "the end of this year", "1979-12", "1979-12-16", "1979-12-31", AP, True),
    # news 2001
    (N3, "July 16", "2001-07-16", "2001-07-16", "2001-07-16", DY, True),
    (N3, "Monday", "2001-07-16", "2001-07-16", "2001-07-16", DY, True),
    (N3, "twenty years", "P20Y", None, None, Y, False),
    (N3, "1950", "1950", *yr(1950), Y, False),
    (N3, "1980", "1980", *yr(1980), Y, False),
    (N3, "1972", "1972", *yr(1972), Y, False),
    (N3, "May 1991", "1991-05", "1991-05-01", "1991-05-31", MO, False),
    # Markdown
    (M, "1971", "1971", *yr(1971), Y, False, "# The Indo-Soviet Treaty of 1971"),
    (M, "9 August 1971", "1971-08-09", "1971-08-09", "1971-08-09", DY, False),
    (M, "twenty years", "P20Y", None, None, Y, False),
    (M, "five years", "P5Y", None, None, Y, False),
    (M, "since the mid-1950s", "195X/", "1954-01-01", None, AP, False),
    (M, "January 1966", "1966-01", "1966-01-01", "1966-01-31", MO, False),
    (M, "10 January 1966", "1966-01-10", "1966-01-10", "1966-01-10", DY, False),
    (M, "the following day", "1966-01-11", "1966-01-11", "1966-01-11", DY, True),
    (M, "1971", "1971", *yr(1971), Y, False, "The crisis in East Pakistan"),
    (M, "July 1971", "1971-07", "1971-07-01", "1971-07-31", MO, False),
    (M, "By the autumn of 1971", "1971-FA", "1971-09-01", "1971-11-30", SE, False),
    (M, "1971", "1971", *yr(1971), Y, False, "## Signature and the war of 1971"),
    (M, "a few weeks", "PXW", None, None, AP, False),
    (M, "the end of September 1971", "1971-09", "1971-09-21", "1971-09-30", AP, False),
    (M, "November 1971", "1971-11", "1971-11-01", "1971-11-30", MO, False),
    (M, "3 December 1971", "1971-12-03", "1971-12-03", "1971-12-03", DY, False),
    (M, "three days later", "1971-12-06", "1971-12-06", "1971-12-06", DY, True),
    (M, "November 1973", "1973-11", "1973-11-01", "1973-11-30", MO, False),
    (M, "December 1980", "1980-12", "1980-12-01", "1980-12-31", MO, False),
    (M, "from 1976 to 1980", "1976/1980", "1976-01-01", "1980-12-31", R, False),
    (M, "28 January 1993", "1993-01-28", "1993-01-28", "1993-01-28", DY, False),
    (M, "1971", "1971", *yr(1971), Y, False, "the agreement of 1971"),
    # encyclopedia
    (S, "1950", "1950", *yr(1950), Y, False, "Assistance (1950)"),
    (S, "14 February 1950", "1950-02-14", "1950-02-14", "1950-02-14", DY, False),
    (S, "thirty years", "P30Y", None, None, Y, False),
    (S, "11 April 1950", "1950-04-11", "1950-04-11", "1950-04-11", DY, False),
    (S, "2 October 1949", "1949-10-02", "1949-10-02", "1949-10-02", DY, False),
    (S, "the day after its proclamation", "1949-10-02", "1949-10-02", "1949-10-02", DY, True),
    (S, "until 1952", "/1952", None, "1952-12-31", R, False),
    (S, "from 1949 to 1951", "1949/1951", "1949-01-01", "1951-12-31", R, False),
    (S, "16 December 1949", "1949-12-16", "1949-12-16", "1949-12-16", DY, False),
    (S, "the same evening", "1949-12-16TEV", "1949-12-16", "1949-12-16", DY, True),
    (S, "A few days later", "1949-12", "1949-12-17", "1949-12-26", AP, True),
    (S, "January 1950", "1950-01", "1950-01-01", "1950-01-31", MO, False),
    (S, "17 February 1950", "1950-02-17", "1950-02-17", "1950-02-17", DY, False),
    (S, "about two months", "P2M", None, None, AP, False),
    (S, "five years", "P5Y", None, None, Y, False),
    (S, "August 1945", "1945-08", "1945-08-01", "1945-08-31", MO, False),
    (S, "the end of 1952", "1952-12", "1952-12-01", "1952-12-31", AP, False),
    (S, "the autumn of 1954", "1954-FA", "1954-09-01", "1954-11-30", SE, False),
    (S, "May 1955", "1955-05", "1955-05-01", "1955-05-31", MO, False),
    (S, "from 1953 to 1959", "1953/1959", "1953-01-01", "1959-12-31", R, False),
    (S, "1959", "1959", *yr(1959), Y, False, "succeeded in 1959"),
    (S, "until 1965", "/1965", None, "1965-12-31", R, False),
    (S, "after 1956", "1957/", "1957-01-01", None, R, False),
    (S, "the summer of 1960", "1960-SU", "1960-06-01", "1960-08-31", SE, False),
    (S, "By 1967", "1967", *yr(1967), Y, False),
    (S, "2 March 1969", "1969-03-02", "1969-03-02", "1969-03-02", DY, False),
    (S, "11 September 1969", "1969-09-11", "1969-09-11", "1969-09-11", DY, False),
    (S, "January 1974", "1974-01", "1974-01-01", "1974-01-31", MO, False),
    (S, "3 April 1979", "1979-04-03", "1979-04-03", "1979-04-03", DY, False),
    (S, "11 April 1980", "1980-04-11", "1980-04-11", "1980-04-11", DY, False),
    (S, "A decade later", "1989", "1989-01-01", "1990-12-31", AP, True),
    (S, "May 1989", "1989-05", "1989-05-01", "1989-05-31", MO, False),
]

# Number strings that must NOT be tagged as time: (doc, text, hint).
NEGATIVES: list[tuple[str, str, str]] = [
    (E, "112", "p. 112"),
    (E, "87", "p. 87"),
    (E, "45", "p. 45"),
    (E, "64", "p. 64"),
    (E, "21", "p. 21"),
    (E, "133", "p. 133"),
    (E, "78", "p. 78"),
    (E, "56", "p. 56"),
    (E, "five billion", "five billion yen"),
    (A, "0100", "fond 0100"),
    (A, "86", "opis 86"),
    (A, "950", "papka 950"),
    (A, "1-9", "listy 1-9"),
    (A, "0001", "DIPL-EX-0001"),
    (T1, "130", "more than 130 times"),
    (T1, "1", "1. Memorandum"),
    (T2, "2", "2. Memorandum"),
    (P, "one billion", "one billion Deutsche Mark"),
    (P, "950", "950 million Deutsche Mark"),
    (N1, "a few million", "a few million dollars"),
    (M, "ten million", "ten million refugees"),
    (S, "300", "300 million US dollars"),
    (S, "seventieth", "seventieth birthday"),
    (S, "fifth", "fifth anniversary"),
    (S, "one per cent", "one per cent annual interest"),
]


def _kind(value: str) -> str:
    if value.startswith("P"):
        return "duration"
    return "range" if "/" in value else "date"


def context_for(blocks: dict[str, list[str]], doc: str, hint: str, nth: int = 0) -> str:
    """Return the nth sentence of ``doc`` that contains ``hint``."""
    found = [s for block in blocks[doc] for s in sentences(block) if hint in s]
    if len(found) <= nth:
        raise SystemExit(f"no sentence {nth} with {hint!r} in {doc}")
    return found[nth]


def time_rows(blocks: dict[str, list[str]]) -> list[dict[str, Any]]:
    """Build the time gold rows (positives then negatives) with their sentence contexts."""
    rows: list[dict[str, Any]] = []
    for spec in TIMES:
        doc, text, value, start, end, gran, resolved = spec[:7]
        hint = spec[7] if len(spec) > 7 else text
        nth = spec[8] if len(spec) > 8 else 0
        context = context_for(blocks, doc, hint, nth)
        assert text in context, (text, context)
        rows.append(
            {
                "doc": doc,
                "genre": GENRE[doc],
                "text": text,
                "context": context,
                "doc_date": DOC_DATE[doc],
                "value": value,
                "start": start,
                "end": end,
                "granularity": gran,
                "kind": _kind(value),
                "resolved_from_context": resolved,
            }
        )
    for doc, text, hint in NEGATIVES:
        context = context_for(blocks, doc, hint)
        assert text in context, (text, context)
        rows.append(
            {
                "doc": doc,
                "genre": GENRE[doc],
                "text": text,
                "context": context,
                "doc_date": DOC_DATE[doc],
                "value": None,
                "start": None,
                "end": None,
                "granularity": None,
                "resolved_from_context": False,
                "negative": True,
            }
        )
    return rows


def check_quotes(blocks: dict[str, list[str]], rows: list[dict[str, Any]]) -> None:
    """Fail if any quote is not an exact substring of one block of its document."""
    for row in rows:
        if not any(row["quote"] in block for block in blocks[row["doc"]]):
            raise SystemExit(f"quote not found in {row['doc']}: {row['quote']!r}")


# Archive-page blocks that ingestion keeps as record metadata rather than body text.
METADATA_FIELDS = {
    "Deng Xiaoping and M.S. Gorbachev review": "summary",
    "Archive of Foreign Policy of the Russian Federation, fond": "citation",
    "DIPL-EX-0001": "record_id",
}


def mark_metadata_rows(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Add ``"metadata_field"`` to time rows whose context is page metadata, not body text."""
    for row in rows:
        for prefix, field in METADATA_FIELDS.items():
            if row["doc"] == A and row["context"].startswith(prefix):
                row["metadata_field"] = field
    return rows


def write_jsonl(path: Path, rows: list[dict[str, Any]]) -> None:
    with path.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")


def main() -> int:
    """Check and write the three gold draft files; return the exit code."""
    check_pdf_layer()
    blocks = document_blocks()
    check_quotes(blocks, EVENTS)
    check_quotes(blocks, TENURES)
    check_quotes(blocks, NONEVENTS)
    write_jsonl(OUT / "examples.events.jsonl", EVENTS)
    write_jsonl(OUT / "examples.tenures.jsonl", TENURES)
    write_jsonl(OUT / "examples.nonevents.jsonl", NONEVENTS)
    write_jsonl(OUT / "examples.time.jsonl", mark_metadata_rows(time_rows(blocks)))
    print(f"{len(EVENTS)} events, {len(TENURES)} tenures, {len(time_rows(blocks))} time rows")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

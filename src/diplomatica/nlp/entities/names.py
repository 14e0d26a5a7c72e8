"""Person-name shapes of diplomatic texts, found by regular expressions over the raw text.

* Initials + name, Mongolian and Russian style: "Yu. Tsedenbal", "Sh. Gungaadorj",
  "M.S. Gorbachev", "L. I. Brezhnev" (a Cyrillic digraph initial is one to two letters).
* East Asian names: a known Korean, Chinese or Vietnamese surname followed by one or two given
  syllables, spaced or hyphenated ("Kim Il Sung", "Kim Il-sung", "Kang Ryang-uk", "Ho Dam",
  "Zhou Enlai", "Mao Tse-tung"). Given names must be made of romanised syllables, so
  "Park Avenue" or "Kim Said" do not match.

Keys are normalised so that spellings of one person meet: ASCII-folded, lower case, hyphens as
spaces, initials dropped ("Kim Il-Sung" and "Kim Il Sung" → "kim il sung"; "J. Batmunkh" →
"batmunkh").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

from anyascii import anyascii
from spacy.lang.en.stop_words import STOP_WORDS

NameShape = Literal["initials", "east_asian", "other"]

# Cyrillic digraphs transliterated as two letters: Yu, Ya, Ye, Yo, Sh, Ch, Ts, Kh, Zh.
INITIAL_DIGRAPHS = ("Yu", "Ya", "Ye", "Yo", "Sh", "Ch", "Ts", "Kh", "Zh", "Sch", "Shch")
# Two-letter abbreviations followed by a period that are not initials.
_NOT_INITIALS = frozenset(
    {"St", "Mt", "No", "Nr", "Co", "Jr", "Sr", "Mr", "Ms", "Dr", "Lt", "Op", "Ed", "Pp", "Vs", "Cf"}
)
_NOT_INITIAL_SEQUENCES = frozenset({"U.S.", "U.N.", "U.K.", "E.U.", "A.D.", "B.C.", "P.S."})

_UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĒĖĘĚĞĪĮİŁŃŇŌŐŒŘŚŠŞŤŪŮŰŲŹŻŽА-ЯЁӨҮ"
_LOWER = "a-zß-öø-ÿāăąćčďēėęěğīįıłńňōőœřśšşťūůűųźżžŏŭа-яёөү"
_INITIAL = rf"[{_UPPER}][a-z]{{0,3}}\.(?:\s?-?[{_UPPER}][a-z]?\.)*"
# Words after a name that make it a namesake institution, not the person.
INSTITUTION_WORDS = frozenset(
    [
        "University",
        "Square",
        "Street",
        "Stadium",
        "Prize",
        "Order",
        "Foundation",
        "Institute",
        "Academy",
        "School",
        "Museum",
        "Library",
        "Avenue",
        "Hall",
        "Palace",
        "Medal",
        "Award",
        "Bridge",
        "Plaza",
        "Centre",
        "Center",
    ]
)
_SURNAME = rf"[{_UPPER}][{_LOWER}]+(?:-[{_UPPER}{_LOWER}][{_LOWER}]+)?"
INITIALS_NAME = re.compile(rf"(?<![\w.])(?P<initials>{_INITIAL})\s*(?P<surname>{_SURNAME})\b")

KOREAN_SURNAMES = [
    "Kim",
    "Lee",
    "Yi",
    "Ri",
    "Rhee",
    "Rhi",
    "Park",
    "Pak",
    "Paek",
    "Paik",
    "Baek",
    "Choe",
    "Choi",
    "Chey",
    "Jong",
    "Jeong",
    "Chong",
    "Chung",
    "Kang",
    "Cho",
    "Jo",
    "Yun",
    "Yoon",
    "Jang",
    "Chang",
    "Han",
    "Ho",
    "Hwang",
    "Ryu",
    "Yu",
    "O",
    "Oh",
    "Re",
    "Rim",
    "Im",
    "Lim",
    "So",
    "Sö",
    "Song",
    "Shin",
    "Sin",
    "Hyon",
    "Hyun",
    "Kwon",
    "Kwŏn",
    "Nam",
    "Noh",
    "Roh",
    "Rho",
    "No",
    "Jon",
    "Jeon",
    "Chon",
    "Chun",
    "Hong",
    "Ko",
    "Moon",
    "Mun",
    "An",
    "Ahn",
    "Yang",
    "Ju",
    "Chu",
    "Min",
    "Bae",
    "Pae",
    "Ha",
    "Heo",
    "Hur",
    "Ho",
    "Kye",
    "Kil",
    "Tak",
    "Yon",
    "Won",
    "Kye",
    "Cha",
    "Chae",
    "Chŏng",
    "Kong",
    "Pyon",
    "Byun",
    "Son",
    "Seo",
    "Suh",
    "Sŏ",
    "Om",
    "Um",
    "Yŏ",
    "Yo",
    "Kwak",
    "Pang",
    "Bang",
    "Myong",
    "Ok",
    "Mo",
    "Ji",
    "Chi",
    "Jin",
    "Sim",
    "Shim",
    "Yom",
    "Yeom",
    "Wi",
]
CHINESE_SURNAMES = [
    "Mao",
    "Zhou",
    "Deng",
    "Liu",
    "Hu",
    "Jiang",
    "Li",
    "Zhao",
    "Hua",
    "Peng",
    "Lin",
    "Chen",
    "Wang",
    "Zhu",
    "Yang",
    "Wu",
    "Xi",
    "Wen",
    "Qian",
    "Ye",
    "Kang",
    "Tang",
    "Huang",
    "Zhang",
    "Gao",
    "Chou",
    "Teng",
    "Chiang",
    "Sun",
    "Lu",
    "Luo",
    "Xu",
    "Qiao",
    "Tian",
    "Yan",
    "Ji",
    "Bo",
    "Dong",
    "Ma",
    "Guo",
    "He",
    "Shen",
    "Song",
    "Su",
    "Tan",
    "Wei",
    "Xie",
    "Yao",
    "Yu",
    "Zeng",
    "Chu",
    "Hsu",
    "Tsai",
    "Lo",
    "Kuo",
    "Soong",
    "Ch'en",
    "Ch'iao",
    "Tung",
]
VIETNAMESE_SURNAMES = [
    "Nguyen",
    "Tran",
    "Le",
    "Pham",
    "Hoang",
    "Vo",
    "Vu",
    "Dang",
    "Bui",
    "Ngo",
    "Duong",
    "Truong",
    "Phan",
]
EAST_ASIAN_SURNAMES = tuple(
    sorted(set(KOREAN_SURNAMES + CHINESE_SURNAMES + VIETNAMESE_SURNAMES), key=len, reverse=True)
)

# One romanised syllable (Korean McCune-Reischauer/Revised, pinyin, Wade-Giles, Vietnamese).
_SYLLABLE = (
    r"(?:tch|ch|sh|zh|ts|tz|hs|kk|tt|pp|ss|jj|ng|kh|th|ph|gh|[bcdfghjklmnpqrstvwxyz])?'?"
    r"[wy]?[aeiouöüŏŭéèêôơư]{1,3}(?:ng|nh|ch|[klmnprt])?"
)
_GIVEN_WORD = re.compile(rf"(?:{_SYLLABLE}){{1,2}}", re.IGNORECASE)
_EAST_ASIAN = re.compile(
    r"(?<![\w.\-])(?P<surname>"
    + "|".join(re.escape(s) for s in EAST_ASIAN_SURNAMES)
    + rf")\s(?P<g1>[{_UPPER}][{_LOWER}'’]{{0,7}})"
    + rf"(?:(?P<sep>-|\s)(?P<g2>[{_UPPER}{_LOWER}][{_LOWER}'’]{{0,7}}))?(?![\w\-])"
)


_POSSESSIVE = re.compile(r"['’]s$")


def without_possessive(text: str) -> str:
    """Return ``text`` without a closing possessive "'s" ("Brezhnev's" → "Brezhnev")."""
    return _POSSESSIVE.sub("", text)


# Mongolian personal names are compounds of a small stock of morphemes; a capitalised proper noun
# ending in one of them is a name even when it stands alone ("Tsedenbal", "Batmunkh").
_MONGOLIAN_ENDINGS = [
    "baatar",
    "bayar",
    "dorj",
    "jav",
    "suren",
    "süren",
    "jargal",
    "erdene",
    "munkh",
    "mönkh",
    "monkh",
    "ochir",
    "tsetseg",
    "gerel",
    "khuu",
    "sambuu",
    "dagva",
    "namjil",
    "tseren",
    "tsogt",
    "jamts",
    "lkhagva",
    "khuyag",
    "purev",
    "chimed",
    "badrakh",
    "sukh",
    "dash",
    "tsend",
    "sanj",
    "bold",
    "gombo",
]
_MONGOLIAN_NAME = re.compile(
    rf"[{_UPPER}][{_LOWER}]{{2,}}(?:{'|'.join(_MONGOLIAN_ENDINGS)})", re.IGNORECASE
)


def looks_mongolian(word: str) -> bool:
    """Return whether a capitalised word has the shape of a Mongolian personal name."""
    return len(word) >= 6 and word[:1].isupper() and _MONGOLIAN_NAME.fullmatch(word) is not None


@dataclass(frozen=True)
class NameMatch:
    """A person-name shape found in text: character offsets, shape and normalised key parts."""

    start: int
    end: int
    shape: NameShape
    surname: str  # normalised surname (initials form) or full normalised name (East Asian)
    initials: str  # normalised initials, "" when none


def normalize_name(text: str) -> str:
    """Return a person-name key: ASCII-folded, lower case, hyphens/apostrophes/spaces unified;
    digits (a note mark glued to the name: "Giral.³") dropped."""
    folded = anyascii(text).lower().replace("’", "'")
    folded = re.sub(r"['`\d]", "", folded)
    return re.sub(r"[\s\-‐–.]+", " ", folded).strip()


def _is_given_word(word: str) -> bool:
    clean = word.replace("'", "").replace("’", "")
    return (
        bool(clean)
        and clean.lower() not in STOP_WORDS
        and _GIVEN_WORD.fullmatch(word.replace("’", "'")) is not None
    )


def _initials_ok(initials: str) -> bool:
    compact = initials.replace(" ", "")
    if compact in _NOT_INITIAL_SEQUENCES:
        return False
    first = compact.split(".")[0].lstrip("-")
    if len(first) > 1 and first not in INITIAL_DIGRAPHS:
        return False
    return first not in _NOT_INITIALS


def initials_names(text: str, excluded_words: frozenset[str]) -> Iterator[NameMatch]:
    """Yield "Yu. Tsedenbal"-shaped names in ``text``.

    ``excluded_words`` holds lower-case words that cannot be surnames here (gazetteer names,
    titles, months): "U.S. Army" or "No. 5" are not people.
    """
    for m in INITIALS_NAME.finditer(text):
        initials, surname = m.group("initials"), m.group("surname")
        if not _initials_ok(initials):
            continue
        low = surname.lower()
        if low in STOP_WORDS or low in excluded_words or len(surname) < 2:
            continue
        yield NameMatch(
            m.start(), m.end(), "initials", normalize_name(surname), normalize_name(initials)
        )


def east_asian_names(text: str, excluded_words: frozenset[str]) -> Iterator[NameMatch]:
    """Yield Korean/Chinese/Vietnamese-shaped names ("Kim Il Sung", "Zhou Enlai") in ``text``."""
    for m in _EAST_ASIAN.finditer(text):
        g1, g2, sep = m.group("g1"), m.group("g2"), m.group("sep")
        if not _is_given_word(g1) or g1.lower() in excluded_words:
            continue
        end = m.end("g1")
        if g2 is not None:
            g2 = without_possessive(g2)  # "Kim Il Sung's"
        if g2 is not None:
            second_ok = _is_given_word(g2) and g2.lower() not in excluded_words
            if sep == " " and not g2[0].isupper():
                second_ok = False
            if second_ok:
                end = m.start("g2") + len(g2)
            elif sep == "-":
                continue  # "Kim Il-whatever": not a name we can vouch for
        name = text[m.start() : end]
        yield NameMatch(m.start(), end, "east_asian", normalize_name(name), "")

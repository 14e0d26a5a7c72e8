"""Compiled regular expressions and word tables of the temporal tagger.

Every pattern is a flat alternation of literals and bounded character classes (no nested
unbounded quantifiers), so each ``finditer`` pass is linear in the length of the text. The
patterns find *atoms* (a year, a month and year, a decade, "the following day", "for eight
years"...); :mod:`diplomatica.nlp.time.atoms` combines adjacent atoms into ranges and sets and
decides from the surrounding words whether a bare four-digit number is a year.
"""

from __future__ import annotations

import re

MONTH_NUMBERS: dict[str, int] = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sept": 9,
    "sep": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}

UNITS_BELOW_TWENTY: dict[str, int] = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
TENS: dict[str, int] = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
}
ORDINAL_WORDS: dict[str, int] = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
    "twenty-first": 21,
}

_MONTH_FULL = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
)
_MONTH_ABBR = r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
# a record's title in capitals names its month so ("AT CHEQUERS ON SUNDAY 16 DECEMBER 1984")
_MONTH_CAPS = _MONTH_FULL.upper()


def _month(name: str, caps: bool = False) -> str:
    """A month name as a named group; ``caps`` also admits it in capitals (only where a year
    follows: "MAY" alone is more often the verb)."""
    upper = rf"|(?:{_MONTH_CAPS})(?![A-Za-z])" if caps else ""
    return rf"(?P<{name}>(?:{_MONTH_FULL})(?![a-z]){upper}|(?:{_MONTH_ABBR})\.)"


_DAY = r"(?:3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?"
YEAR = r"(?:1[0-9]{3}|20[0-9]{2}|2100)"
_YL = r"(?<![\w.,/\-–])"  # left edge of a number: not inside a word, decimal or thousands group
_YR = r"(?![\w%]|[.,][0-9])"  # right edge of a number
_DL = r"(?<![\w.,/])"
_NUM_WORD = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|hundred|one|two|three|four|five"
    r"|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen"
    r"|eighteen|nineteen)"
)
_COUNT = rf"(?:{_NUM_WORD}|[0-9]{{1,3}})"
_TIME = (
    r"(?:,?\s{1,3}at\s{1,3}(?P<hh>[01]?[0-9]|2[0-3])"
    r"(?:[:.](?P<mm>[0-5][0-9])\s?(?P<ap1>[ap]\.?m\.?)?|\s?(?P<ap2>[ap]\.?m\.?|o['’]clock))"
    r"(?![A-Za-z]))?"
)
_WS = r"\s{1,3}"
_WEEKDAY_NAMES = r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_WD = rf"(?:(?:{_WEEKDAY_NAMES}),?\s)?"

# ---- absolute atoms -------------------------------------------------------------------------

DATE_MDY = re.compile(
    rf"{_month('m', caps=True)}{_WS}(?P<d>{_DAY}),?{_WS}(?P<y>{YEAR}){_YR}{_TIME}"
)
DATE_DMY = re.compile(
    rf"{_WD}{_DL}(?:(?i:the)\s)?(?P<d>{_DAY}){_WS}(?:of\s)?{_month('m', caps=True)},?{_WS}"
    rf"(?P<y>{YEAR}){_YR}{_TIME}"
)
DAYRANGE_MDY = re.compile(
    rf"{_month('m')}{_WS}(?P<d1>{_DAY})\s?(?:[-–—]|to|until|through)\s?(?:{_month('m2')}{_WS})?"
    rf"(?P<d2>{_DAY}),?{_WS}(?P<y>{YEAR}){_YR}"
)
DAYRANGE_DMY = re.compile(
    rf"(?:(?i:between)\s)?{_DL}(?P<d1>{_DAY})(?:{_WS}{_month('m1')})?\s?(?:[-–—]|to|until|and)\s?"
    rf"(?P<d2>{_DAY}){_WS}"
    rf"{_month('m')},?{_WS}"
    rf"(?P<y>{YEAR}){_YR}"
)
DATE_NUMERIC = re.compile(
    rf"(?<![\w.])(?P<d>[0-3]?[0-9])\.(?P<mo>[01]?[0-9])\.(?P<y>{YEAR})(?![0-9]|\.[0-9])"
)
DATE_ISO = re.compile(rf"(?<![\w\-])(?P<y>{YEAR})-(?P<mo>[01][0-9])-(?P<d>[0-3][0-9])(?![0-9])")
MONTH_YEAR = re.compile(rf"{_month('m', caps=True)},?{_WS}(?P<y>{YEAR}){_YR}")
MONTHRANGE_YEAR = re.compile(
    rf"{_month('m1')}\s?(?P<sep>[-–—/]|to|until|and|or|&)\s?{_month('m2')},?{_WS}"
    rf"(?P<y>{YEAR}){_YR}"
)
DAY_NOYEAR = re.compile(rf"{_WD}{_month('m')}{_WS}(?P<d>{_DAY})(?![\w:/]|[.,][0-9]|,?{_WS}[0-9])")
DAY_NOYEAR_DMY = re.compile(
    rf"{_WD}{_DL}(?P<d>{_DAY}){_WS}(?:of\s)?{_month('m')}(?!,?{_WS}[0-9]|\sof\s(?i:the|that))"
)
DAYRANGE_NOYEAR = re.compile(
    rf"{_DL}(?P<d1>{_DAY})\s?(?:[-–—]|to|and)\s?(?P<d2>{_DAY}){_WS}{_month('m')}(?!,?{_WS}[0-9])"
    rf"|{_month('m2')}{_WS}(?P<d3>{_DAY})\s?(?:[-–—]|to)\s?(?:{_month('m3')}{_WS})?(?P<d4>{_DAY})"
    rf"(?![\w,:/]|[.,][0-9]|,?{_WS}[0-9])"
    rf"|{_DL}(?P<d5>{_DAY}){_WS}{_month('m5')}\s?(?:[-–—]|to|until)\s?(?P<d6>{_DAY}){_WS}"
    rf"{_month('m6')}(?!,?{_WS}[0-9])"
)
MONTH_OF_YEAR_REL = re.compile(
    rf"(?<!\w)(?:(?P<d>{_DAY}){_WS})?(?:{_month('m0')}\s(?P<msep>and|or|to)\s)?{_month('m')}"
    rf"(?:{_WS}(?P<d2>{_DAY}),?)?{_WS}(?:of{_WS})?"
    r"(?i:(?P<rel>the\ssame|that|the\sfollowing|the\snext|the\sprevious|this|last|next)\syear)\b"
)
WEEKDAY = re.compile(
    rf"(?<!\w)(?:(?i:(?P<wmod>last|next|this|on|by|until|since))\s)?(?P<wd>{_WEEKDAY_NAMES})\b"
    r"(?!,?\s(?:[0-9]|January|February|March|April|May|June|July|August|September|October"
    r"|November|December))"
)
MONTH_NOYEAR = re.compile(
    rf"(?i:\b(?:in|since|until|till|by|during|from|early|late|mid-?|end\s+of|beginning\s+of"
    rf"|throughout|between|last|next|this|that|the\s(?:following|next|previous|preceding)"
    # "in the first days of November": the days or weeks opening or closing a month
    rf"|(?:first|opening|closing|final)\s(?:few\s)?(?:days|weeks)\sof)\b)"
    rf"\s{{1,3}}(?:-\s?)?{_month('m')}"
    # "in April and May", "between June and August": two months of one stretch
    rf"(?:\s(?P<msep>and|or|to|until|till)\s{_month('m2')})?(?!,?{_WS}[0-9])"
    # "renewed in August last": the last August before the document's date
    r"(?:\s(?P<post>last)\b(?!\s(?i:year|month|week|spring|summer|autumn|winter)\b))?"
)
SEASON_YEAR = re.compile(
    rf"(?<!\w)(?i:(?:the\s)?(?:(?P<smod>early|late|mid)[-\s]?)?(?:(?P<hemi>southern|austral)\s)?"
    rf"(?:(?P<season0>spring|summer|autumn|fall|winter)\s(?P<ssep>and|or|to)\s(?:the\s)?)?"
    rf"(?P<season>spring|summer|autumn|fall|winter))(?:\sof)?,?{_WS}(?P<y>{YEAR}){_YR}"
)
SEASON_REL = re.compile(
    r"(?i:\b(?P<rel>that|the\ssame|the\sfollowing|the\snext|the\sprevious|(?:in|during|until|till"
    r"|by|for|since|before|after|through|throughout)\sthe)"
    r"\s(?P<season>spring|summer|autumn|winter)\b)(?!\s{1,3}of\b)"
)
YEAR_PART = re.compile(
    rf"(?i:(?P<part>early|late|mid|the\s(?:beginning|start|middle|end|first\shalf|second\shalf"
    rf"|latter\shalf|first\squarter|second\squarter|third\squarter|fourth\squarter|last\squarter)"
    rf"\sof))(?:\s(?i:in)(?=\s))?[-\s]{{1,2}}(?P<y>{YEAR}){_YR}"
)  # "early in 1979" is early 1979
DECADE = re.compile(
    r"(?<!\w)(?i:(?P<pre>the\s(?:beginning|start|middle|end|first\shalf|second\shalf|latter\shalf)"
    r"\sof\s)?(?:the\s)?(?:(?P<part>early|late|mid)[-\s]{1,2})?)"
    r"(?<![\w.,])(?P<dec>(?:1[0-9]|20)[0-9]0)['’]?s\b"
)
CENTURY = re.compile(
    r"(?<!\w)(?i:(?:the\s)?(?:(?P<part>early|late|mid)[-\s]{1,2})?"
    r"(?P<c>(?:1[0-9]|2[01]|[1-9])(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh"
    r"|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth"
    r"|seventeenth|eighteenth|nineteenth|twentieth|twenty-first)[-\s]century\b)"
)
YEAR_RANGE = re.compile(rf"{_YL}(?P<y1>{YEAR})\s?(?P<sep>[-–—/])\s?(?P<y2>{YEAR}|[0-9]{{2}}){_YR}")
BARE_YEAR = re.compile(rf"{_YL}(?P<y>{YEAR}){_YR}")

# ---- relative, anaphoric and duration atoms ------------------------------------------------

DEICTIC = re.compile(
    r"(?i:\b(?:(?P<word>the\sday\sbefore\syesterday|the\sday\safter\stomorrow|yesterday|today"
    r"|tomorrow|tonight)(?:\s(?P<tod>morning|afternoon|evening|night))?"
    r"|(?:(?P<side>earlier|later)\s)?(?<!the\s)(?P<dmod>this|last|next)\s"
    r"(?P<dunit>year|month|week|morning|afternoon|evening|night))\b)"
)
# Nouns for a dated happening that "the day after the ..." counts from.
EVENT_NOUNS = (
    r"(?:attack|invasion|coup|raid|bombing|assassination|murder|election|elections|signing"
    r"|meeting|summit|announcement|crossing|landing|incident|shooting|massacre|uprising|riots?"
    r"|explosion|vote|referendum|ceremony|ultimatum|crash|arrest|kidnapping|offensive|strike"
    r"|proclamation|declaration|surrender|ceasefire|armistice|revolution|takeover|killing"
    r"|shelling|clashes?|battle|defeat|victory|withdrawal|arrival|departure|funeral|death)"
)
# "the day before," or "the day before had been noticed", "the day before he had held talks"
# (a past perfect follows: an adverb), "arrived the day before with his wife" (a preposition
# follows); "the day before he left" is a conjunction, no date.
ANAPHOR_UNIT = re.compile(
    r"(?i:\b(?P<rel>the\ssame|that|the\sfollowing|the\snext|the\sprevious|the\spreceding"
    r"|the\ssubsequent)\s(?P<unit>year|month|day|week|morning|afternoon|evening|night)\b"
    r"|\bthe\s(?P<unit2>year|month|day)\s(?P<rel2>before|after)(?=\s?[,.;)]|\shad\b"
    r"|\s(?:with|for|in|at|from|on|to|and|but|during)\s"
    r"|(?<=before)\s(?:he|she|they|we|I)\shad\b)"
    r"|\bthe\s(?P<unit3>day|morning|evening|night)\s(?P<rel3>before|after)"
    rf"(?=\sthe\s(?:[a-z\-]+\s)?{EVENT_NOUNS}\b))"
)
ANAPHOR_OFFSET = re.compile(
    rf"(?i:\b(?:(?P<mod>a\sgood|nearly|almost|some|about|around|roughly|barely|only|just"
    rf"|more\sthan|over|less\sthan|fully)\s|(?P<exact>exactly|precisely)\s)?"
    rf"(?P<n>{_COUNT}|an?\sfew|several|an?\scouple\sof|an?)"
    rf"\s(?P<unit>day|week|month|year|decade|hour|minute)s?\s(?P<dir>later|earlier|afterwards|ago"
    rf"|had\spassed|have\spassed|has\spassed|had\selapsed|before(?=\s?[,.;)])"
    rf"|after(?=\s?[,.;)]))\b)"
)
# "Hours later Mr. X announced ...", "Days later": a bare plural counts a few units
ANAPHOR_OFFSET_BARE = re.compile(
    r"(?i:(?<![\w\-]\s)(?<![\w\-])\b(?P<unit>day|week|month|hour)s\s(?P<dir>later|earlier)\b)"
)
ANAPHOR_PART = re.compile(
    r"(?i:\b(?:the\s)?(?P<part>beginning|start|middle|end|first\shalf|second\shalf|latter\shalf"
    r"|first\squarter|second\squarter|third\squarter|fourth\squarter|last\squarter)"
    r"\sof\s(?P<rel>the|that|this|the\ssame|the\sfollowing|the\snext|the\sprevious|next|last)"
    r"\syear\b)"
)
# "at the turn of the year": the December and January around the year just named
TURN_OF_YEAR = re.compile(r"(?i:\bthe\sturn\sof\s(?:the|that)\syear\b)")
ANAPHOR_PERIOD = re.compile(
    r"(?i:\b(?:at\s(?:that|the|this)\stime(?!\sof\b)|at\sthat\s(?:point|stage)"
    r"|during\s(?:this|that)\s(?:period|time)|in\s(?:those|these)\syears)\b)"
)
# "throughout that decade", "in the same decade", "throughout the decade": the decade the
# narrative has reached (not "the decade after 1977", "the decade of détente"); "by the end of
# the decade": a part of it.
ANAPHOR_DECADE = re.compile(
    r"(?i:\bthe\s(?P<part>beginning|start|middle|end)\sof\s(?:the|that)\sdecade\b"
    r"|\b(?:that|the\ssame)\sdecade\b"
    r"|\b(?:throughout|during)\sthe\sdecade\b(?!\s(?:of|after|before|that|which|following)\b))"
)
# "over the past decade", "for the last two years", "in the preceding weeks": a stretch of time
# up to the document's day or the narrative's time (not "the last two years of the war").
PAST_STRETCH = re.compile(
    rf"(?i:\b(?:(?:over|in|during|for|within|throughout)\s)?the\s"
    rf"(?:(?P<rel>past|last|previous|preceding)\s(?P<n>{_COUNT}|few|several|couple\sof)\s"
    r"(?P<unit>day|week|month|year|decade)s"
    r"|(?P<rel2>past|last|previous|preceding)\s(?P<unit2>day|week|month|year|decade)s"
    r"|(?P<rel3>past|last)\s(?P<unit3>week|month|year|decade))\b)(?!\s(?i:of)\b)"
)
DEICTIC_PART = re.compile(
    r"(?i:\b(?P<part>early|late|mid)[-\s](?:in\s)?(?P<dmod>next|last|this|the\sfollowing"
    r"|the\snext|the\sprevious|that|the\ssame)\s(?P<dunit>year|month)\b)"
)
SEASON_DEICTIC = re.compile(
    r"(?i:\b(?P<dmod>last|next|this)\s(?P<season>spring|summer|autumn|fall|winter)\b)"
)
SEASON_OF_REL = re.compile(
    r"(?i:\b(?:the\s)?(?P<season>spring|summer|autumn|fall|winter)\sof\s(?P<rel>next|last|this"
    r"|the\sfollowing|the\snext|the\sprevious|the\ssame|that)\syear\b)"
)
# "soon afterwards", "shortly thereafter", "within weeks": a short while after the reference time.
ANAPHOR_SOON = re.compile(
    r"(?i:\b(?:(?:soon|shortly)\s(?:afterwards?|thereafter)|(?P<within>within)\s(?:a\sfew\s)?weeks)\b)"
)
# "since then": from the time just named on.
ANAPHOR_SINCE = re.compile(r"(?i:\bsince\sthen\b)")
ANAPHOR_OPEN = re.compile(
    r"(?i:\bthe\s(?:(?P<unit>years|decades|months|weeks|days)\s(?:that\s)?followed"
    r"|(?:following|subsequent|ensuing)\s(?P<unit2>years|decades|months|weeks|days))\b)"
)
# A clock time: "10 a.m.", "4:30 p.m.", "2:50-3:55 p.m.", "10am"; the day comes from context.
TIME_OF_DAY = re.compile(
    r"(?<![\w:.,/])(?:(?P<h1>1[0-2]|0?[1-9])(?:[:.](?P<m1>[0-5][0-9]))?\s?(?P<ap1>[ap]\.?m\.?)?"
    r"\s?[-–—]\s?)?(?P<hh>1[0-2]|0?[1-9])(?:[:.](?P<mm>[0-5][0-9]))?\s?(?P<ap>[ap]\.m\.|[ap]m\b)"
)
# A part of the day with no day named: "in the evening", "the late morning".
DAY_PART = re.compile(
    r"(?i:\b(?:(?:in|during)\sthe\s(?:(?:early|late)\s)?|the\s(?:early|late)\s)"
    r"(?P<tod>morning|afternoon|evening)\b)"
)
# The day the text speaks from, named by its place in it: "earlier in the day", "later in the
# day" (a record's own day, or a day just named in the sentence).
SAME_DAY = re.compile(r"(?i:\b(?:earlier|later)\s(?:in\s|during\s)?the\sday\b)")
# "signed on the 20th.", "on the 28th of that month the two governments ...": a day of the
# month just named; the ordinal must close its phrase (not "the 20th century", "the 25th
# anniversary"). Old correspondence names the letter's month "instant", the month before
# "ultimo" and the next "proximo" ("on the 10th instant", "by the 3rd ult.").
DAY_OF_MONTH = re.compile(
    r"(?i:\b(?:on|by)\s)(?P<t>(?i:the)\s(?P<d>3[01]|[12][0-9]|[1-9])(?:st|nd|rd|th)"
    r"(?:\s(?i:of\s(?:that|the\ssame)\smonth)"
    r"|\s(?P<rel>(?i:instant|ultimo|proximo|inst\.|ult\.|prox\.))"
    r"|(?=\s?[.,;:)]|\s(?:and|when|at|in|the|had|has|have"
    r"|was|were|he|she|they|we|it|with|after|before|from|to)\b)))"
)
# "were in the capital from the 20th to the 23rd of this month", "between the 4th and the 9th":
# a stretch of days of the month just named (of a dated record's own month for "this month").
DAYRANGE_OF_MONTH = re.compile(
    r"(?i:\b(?:from|between)\s)(?P<t>(?i:the)\s(?P<d>3[01]|[12][0-9]|[1-9])(?:st|nd|rd|th)"
    r"\s(?i:to|until|till|and)\s(?i:the\s)?(?P<d2>3[01]|[12][0-9]|[1-9])(?:st|nd|rd|th)"
    r"(?:\s(?i:of\s(?P<this>this|that|the\ssame)\smonth)"
    r"|\s(?P<rel>(?i:instant|ultimo|proximo|inst\.|ult\.|prox\.))"
    r"|(?=\s?[.,;:)]|\s(?:and|when|at|in|on|the|had|has|have|was|were|for|with"
    r"|he|she|they|we|it)\b)))"
)
EVENT_DAY = re.compile(
    r"(?i:\bthe\s(?P<ord>first|last|final|second|third|fourth|fifth|sixth|seventh|eighth"
    r"|ninth|tenth|closing|opening)\sday\sof\s"
    r"(?:the|his|her|their|this|that)\s(?:[a-z\-]{1,20}\s)?(?:visit|talks|negotiations"
    r"|conference|congress|session|meeting|summit|trip|tour|stay|festival)\b"
    r"|\bthe\s(?P<ord2>first|last|final|second|third)\sday\b(?!\s(?:of|in|after|before)\b))"
)
_UNIT = r"(?:day|week|month|year|decade|hour|minute)s?|century|centuries"
DURATION_HALF = re.compile(
    r"(?i:\b(?:(?:for|over|within|almost|nearly|about|some|more\sthan|at\sleast)\s){0,2}"
    r"(?P<frac>half|a\squarter\sof|three\squarters\sof)\s(?:an?\s)"
    r"(?P<unit>century|decade|year|month|day|hour)\b)"
)
DURATION_VAGUE = re.compile(
    r"(?i:\b(?:(?:for|over|within)\s)?(?:many|a\sfew|several)\s(?P<unit>day|week|month|year"
    r"|decade|hour)s\b)(?!\s(?i:later|earlier|ago|afterwards|had|have|has)\b)"
)
DURATION = re.compile(
    rf"(?i:\b(?P<pre>for|over|within|in\sthe\scourse\sof|an?\s(?:term|period)\sof"
    rf"|the\s(?:term|period)\sof)\s(?:(?:another|a\sfurther|more\sthan|nearly|almost|about"
    rf"|some|at\sleast|up\sto)\s)?(?P<n>{_COUNT}|an?)\s(?:more\s)?(?P<half>and\sa\shalf\s)?"
    rf"(?P<unit>{_UNIT})\b)(?!\s(?i:later|earlier|ago|had|have|has)\b)"
)
DURATION_BARE = re.compile(
    rf"(?i:\b(?:(?:nearly|almost|about|some|over|more\sthan|at\sleast|up\sto)\s(?P<n>{_COUNT}|an?)"
    rf"|(?P<n2>{_COUNT}))"
    rf"\s(?P<half>and\sa\shalf\s)?(?P<unit>{_UNIT})\b)"
    r"(?!\s(?i:old|of\sage|later|earlier|ago|afterwards)\b)"
)
DURATION_ADJ = re.compile(
    rf"(?i:\b(?P<n>{_COUNT})-(?P<unit>day|week|month|year|decade|hour|minute|century)"
    r"(?:-long)?\b)(?!-old)"
)

# The word each duration, offset or century cannot match without, a few words after its start
# ("some three *years* later", "the early *twentieth century*"): :mod:`.gated` tries these
# patterns only at the word starts before one.
_UNIT_KEY = re.compile(r"(?i:\b(?:day|week|month|year|decade|hour|minute|centur))")
GATE_KEYS: dict[re.Pattern[str], re.Pattern[str]] = {
    ANAPHOR_OFFSET: _UNIT_KEY,
    DURATION: _UNIT_KEY,
    DURATION_ADJ: _UNIT_KEY,
    DURATION_BARE: _UNIT_KEY,
    DURATION_HALF: _UNIT_KEY,
    DURATION_VAGUE: _UNIT_KEY,
    CENTURY: _UNIT_KEY,
    PAST_STRETCH: _UNIT_KEY,
}

# ---- context words used to accept or reject bare years and to combine atoms ---------------

YEAR_CUE_BEFORE = re.compile(
    r"(?i:(?:\b(?:in|since|until|till|by|of|from|during|after|before|around|circa|ca\.|c\."
    r"|year\s(?:was|is)|year|years|early|late|mid|end|beginning|between|through|throughout|the|an?|and|or|its|their"
    r"|his|her|our"
    r"|as\s(?:early|late|recently|long\sago)\sas|back\sas|as\sof|up\sto|spring|summer|autumn|winter|fall)"
    r"|\()\s{0,2}-?\s{0,2})$"
)
YEAR_CUE_AFTER = re.compile(
    r"(?:['’]s\b|\s?\)|,\s?pp?\.\s?[0-9]|\s(?:was|saw|marked|brought|witnessed)\b"
    r"|\s(?i:levels?|figures|prices"
    r"|budget|elections?|census|constitution|agreement|accord|treaty|protocol|visit|summit"
    r"|session|campaign|crisis|war|revolution|uprising|coup|congress|plan|talks|olympics"
    r"|games|earthquake|famine|purges?)\b)"
)
QUANTITY_BEFORE = re.compile(
    r"(?i:\b(?:total|sum|number|loan|credit|amount|population|force|budget|value|price|cost"
    r"|debt|some|about|around|nearly|almost|over|than|only)\s(?:of\s)?)$"
)
NUMBER_LABEL_BEFORE = re.compile(
    r"(?i:\b(?:no|nr|nos|id|fond|f|dans|delo|d|file|record|op|opis|list|l|ll|p|pp|page|pages"
    r"|khuu|vol|box|folder|item|doc|document|code|tel|phone|room|flight|route)\.?\s?[:#]?\s?"
    r"|[#$£€¥₮]\s?)$"
)
UNIT_AFTER = re.compile(
    r"(?i:\s?(?:%|percent\b|per\scent\b)|\s(?:km|kilomet\w*|miles?|head|tons?|tonnes?|people"
    r"|persons|men|women|children|workers|soldiers|troops|orphans|students|businessmen"
    r"|delegates|members|copies|pages|units|cars|tractors|horses|sheep|cattle|camels|dollars"
    r"|usd|rubles|roubles|tugriks?|yuan|won|euros?|metres|meters|m|kg|hectares?|ha|items"
    r"|documents|words|households|families|refugees|prisoners|casualties|deaths|victims"
    r"|inhabitants|residents|volumes|titles|tractors|trucks|wagons|animals|livestock)\b)"
)
RANGE_PREFIX = re.compile(
    r"(?i:\b(?P<p>from|between|(?:(?:for|in|during|over|throughout)\s)?the\s(?:years|period"
    r"(?:\sfrom)?))\s{1,3})$"
)
OPEN_PREFIX = re.compile(r"(?i:\b(?P<p>since|until|till|up\sto|up\suntil|from|after)\s{1,3})$")
# "after" opens a range only on its own: not "the day after", "shortly after", "soon after".
# "the morning of 2 March 1969": a part of the day before a date.
DAY_PART_OF = re.compile(
    r"(?i:\b(?:the\s)?(?P<tod>morning|afternoon|evening|night)\sof\s{1,3}(?:the\s)?)$"
)
# a date written without a year and followed by its year in words: "July 9-11 of that year"
OF_REL_YEAR = re.compile(
    r"\s(?i:of|in)\s(?P<rel>(?i:the\ssame|that|the\sfollowing|the\snext|the\sprevious|this|last"
    r"|next))\s(?i:year)\b"
)
CLOCK_TO_DAY = re.compile(r"\s{1,3}(?i:on\s{1,3}(?:the\s)?)?|,\s{1,3}(?i:on\s{1,3})?")
POINT_AFTER = re.compile(
    r"(?i:\b(?:days?|weeks?|months?|years?|shortly|soon|immediately|just|right|only|until|till)"
    r"\s{1,3}after\s{1,3})$"
)
SENTENCE_BREAK = re.compile(r"[.!?]\s+(?=[A-Z\"'(])|\n")
OPEN_SUFFIX = re.compile(r"(?i:\s{1,3}(?:onwards|onward|on)\b)")
RANGE_SEP = re.compile(r"\s{0,3}(?P<s>[-–—]|(?i:to|until|till|through|and))\s{0,3}")
SET_SEP = re.compile(r",\s{1,3}(?:(?:and|or)\s{1,3})?|\s{1,3}(?:and|or)\s{1,3}")
NEGATION_BEFORE = re.compile(r"(?i:\b(?:not|never|only)\b|n['’]t\b)")
FUTURE_CUE = re.compile(
    r"(?i:\b(?:will|shall|would|is\sto|are\sto|takes?\seffect|expected|planned|scheduled"
    r"|due|plans?\sto|intends?\sto|hopes?|hoped|hoping|propos\w+|suggest\w*|agreed?\sto|asked\sfor|asks?\sfor|request\w*|call(?:s|ed)?\sfor"
    r"|(?:not|no)\slater\sthan)\b)"
)
# A past perfect in the clause before a date ("had already closed its consulate in November"):
# the act lies before the narrative's reference time.
PAST_PERFECT_CUE = re.compile(
    r"(?i:\bhad\s(?:(?:already|just|earlier|previously|long|once|\w+ly)\s)?(?:been\s)?"
    r"(?:\w+(?:ed|en|wn|ne|ght|nt|lt|ld|ung|ft|ck|ade|ook|ame|ept)|met|set|put|cut|hit|let)\b)"
)
CITATION_AFTER = re.compile(r",\s?pp?\.\s?[0-9]")

# a clause opened by a relative pronoun (after a comma): ", which Spain had broken off in 1952"
# A speaker's turn in the transcript of a record: "M.S. Gorbachev: ...", "Kim Il Sung: ...".
SPEAKER_TURN = re.compile(r"[A-Z][\w.’'-]*(?:[ ][A-Z][\w.’'-]*){0,4}:[ ]")
RELATIVE_OPENING = re.compile(r"\s*(?i:which|who|whom|whose|where|when)\b")
# the label of a record's date line ("Date:", "DATE, TIME AND PLACE:", "Date and place:")
DATE_LABEL = re.compile(r"\s*(?:DATE|Date)\b[\w ,]{0,30}:")

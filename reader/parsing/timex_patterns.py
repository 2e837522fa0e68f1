"""Which stretches of text are time expressions: the rules as regular expressions.

Each rule is a regular expression with named parts (month, day, unit, ...)
built from the word lists in data/timex_lexicon.json. All rules are joined
Rules are tried in order at each position, so longer forms come before their
shorter heads.

Trying two dozen rules at every word would be slow, so the text is first
scanned for triggers, the words no time expression lacks (a month, a unit,
"today", a year-like number...), and the rules are only tried from the run of
modifier words just before each trigger ("the end of", "more than two").
"""

from __future__ import annotations

import re
from functools import cache

from reader.parsing.data import table


def lexicon() -> dict:
    return table("timex_lexicon.json")


def words(items, fold: bool = False) -> str:
    """An alternation of words or phrases as a prefix tree, so that a failing
    position costs one character test, not one per word; `fold` ignores case."""
    body = _trie(_prefix_tree(items), classes=False)
    return f"(?i:{body})" if fold else f"(?:{body})"


def folded_words(items) -> str:
    """words(items, fold=True) with each letter written as a class ([tT][hH][eE]), not under
    (?i:...): the regex engine tries a branch only when its class holds the character, while
    it enters every case-folded branch in turn. Faster to scan a text with, slower to
    compile: for the patterns run over whole sentences."""
    return f"(?:{_trie(_prefix_tree(items), classes=True)})"


def _prefix_tree(items) -> dict:
    trie: dict = {}
    for item in items:
        node = trie
        for token in re.findall(r"\S|\s+", " ".join(item.split())):
            node = node.setdefault(token, {})
        node[""] = {}
    return trie


def _trie(node: dict, classes: bool) -> str:
    branches = [_token(t, classes) + _trie(sub, classes) for t, sub in sorted(node.items()) if t]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


# What re's IGNORECASE matches with an ASCII letter besides its two cases (a test checks
# this over all of Unicode), for folded_words().
_OTHER_CASES = {"i": "İı", "k": "\u212a", "s": "ſ"}
# (?i:[a-z]) written the same way
FOLDED_LETTER = f"[a-zA-Z{''.join(_OTHER_CASES.values())}]"


def _token(token: str, classes: bool) -> str:
    if token.isspace():
        return r"\s+"
    if token == "'":
        return "['’]"
    if classes and token.isascii() and token.isalpha():
        lower = token.lower()
        return f"[{lower}{lower.upper()}{_OTHER_CASES.get(lower, '')}]"
    if classes and token.lower() != token.upper():
        return f"(?i:{re.escape(token)})"
    return re.escape(token)


def ci(*items: str) -> str:
    """Words that may be capitalised (at a sentence start) or not."""
    return words(items, fold=True)


@cache
def _parts() -> dict[str, str]:
    lex = lexicon()
    units = [u for u in lex["units"] if u != "century"]
    tens = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
    number = (
        rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?|(?i:(?:{tens})[- ](?:one|two|three|four|five|six"
        rf"|seven|eight|nine))|{words(lex['numbers'], fold=True)}|{words(lex['vague_numbers'], True)})"
    )
    p = {
        "MONTH": words(lex["months"]),
        "MONTH_ANY": rf"(?:{words(lex['months'])}|{words(lex['month_abbreviations'])}\.?)(?!\w)",
        "WEEKDAY": words(lex["weekdays"]),
        "DAY": r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\w)",
        "YEAR": r"(?:1\d{3}|20\d{2}|21\d{2})(?![\d%])",
        "SEASON": words(lex["seasons"], fold=True),
        "DAYPART": words(lex["day_parts"], fold=True),
        "DAYPART_LOWER": words(lex["day_parts"]),
        "NUM": number,
        "UNIT": rf"(?i:centur(?:y|ies)|(?:{'|'.join(units)})s?)",
        "UNIT_ONE": rf"(?i:century|{'|'.join(units)})",
        "ORD": words(lex["ordinals"], fold=True),
        "HOLIDAY": words(lex["holidays"]),
        "TZ": words(lex["time_zones"]),
        "DECADE_WORD": words(lex["trigger_words"]["decade"], fold=True),
    }
    p["DATE_SUFFIX"] = r"(?:,?\s+(?:of\s+)?(?P<year>{YEAR}))?".format(**p)
    p["MOD_OF"] = (
        r"(?i:(?:the\s+)?(?:very\s+)?(?:beginning|start|end|middle|rest|remainder|close"
        r"|first\s+half|second\s+half|latter\s+half|turn)\s+of\s+(?:the\s+)?)"
    )
    p["MOD_IN"] = r"(?i:(?:early|mid|late|earlier|later)\s+in\s+(?:the\s+)?)"
    p["MOD"] = (
        r"(?P<mod>{MOD_OF}|{MOD_IN}|(?i:(?:early|mid|late)(?:-|\s+)|(?:earlier|later)\s+))".format(
            **p
        )
    )
    return p


def _rules() -> list[tuple[str, str]]:
    """(name, pattern) pairs in the order they are tried."""
    p = _parts()
    clock = (
        r"(?P<hour>[01]?\d|2[0-3])(?:[:.](?P<minute>[0-5]\d))?\s*(?P<ampm>(?i:[ap]\.\s?m\.?|[ap]m))(?!\w)"
        r"|(?P<hour24>[01]?\d|2[0-3]):(?P<minute24>[0-5]\d)(?!\d|:\d)(?=\s+{TZ}|\s*h\b)"
        r"|(?P<lead>(?i:at|by|from|until|till|before|after|around|about|to|between)\s+)"
        r"(?P<hour_at>[01]?\d|2[0-3]):(?P<minute_at>[0-5]\d)(?!\d|:\d)"
        r"(?:\s*(?P<ampm_at>(?i:[ap]\.\s?m\.?|[ap]m))(?!\w))?"
        r"|(?P<hour_oc>[01]?\d|1[0-2])\s+o'clock"
        r"|(?P<named>(?i:noon|midday|midnight))"
    ).format(**p)
    return [
        (
            "iso",
            r"(?P<year>\d{4})-(?P<month>0[1-9]|1[0-2])-(?P<day>0[1-9]|[12]\d|3[01])"
            r"(?:[T ](?P<hour>[01]\d|2[0-3]):(?P<minute>[0-5]\d)(?::\d\d)?)?(?![\d-])",
        ),
        (
            "numeric",
            r"(?P<first>\d{1,2})(?:/(?P<second>\d{1,2})/(?P<year>\d{4}|\d{2})"
            r"|\.(?P<second_dot>\d{1,2})\.(?P<year_dot>\d{4}))(?![\d/.]\d|\d)",
        ),
        ("clock", rf"(?:{clock})(?:\s+{{TZ}}|\s*\({{TZ}}\))?".format(**p)),
        (
            "date_md",
            r"(?:(?P<weekday>{WEEKDAY}),?\s+(?:the\s+)?)?(?P<month>{MONTH_ANY})\s+(?P<day>{DAY})"
            r"(?:\s*(?:-|–|to|through)\s*(?P<day_end>{DAY}))?(?:(?:,\s*|\s+)(?P<year>{YEAR}))?"
            r"(?!\w)".format(**p),
        ),
        (
            "date_dm",
            r"(?:(?P<weekday>{WEEKDAY}),?\s+)?(?:the\s+)?(?P<day>{DAY})"
            r"(?:\s*(?:-|–)\s*(?P<day_end>{DAY}))?\s+(?:of\s+)?(?P<month>{MONTH_ANY})"
            r"(?:,?\s+(?P<year>{YEAR}))?".format(**p),
        ),
        ("month_year", r"{MOD}?(?P<month>{MONTH_ANY}),?\s+(?:of\s+)?(?P<year>{YEAR})".format(**p)),
        ("holiday", r"(?P<holiday>{HOLIDAY})(?:'s)?{DATE_SUFFIX}(?!\w)".format(**p)),
        (
            "decade",
            r"{MOD}?(?:(?i:the)\s+)?(?P<decade>(?:1\d|20)\d0|'\d0|\d0)'?s(?!\w)".format(**p),
        ),
        (
            "decade_word",
            r"{MOD}?(?i:the)\s+(?:(?i:early|mid|late)[- ]+)?(?P<word>{DECADE_WORD})(?!\w)".format(
                **p
            ),
        ),
        (
            "century",
            r"{MOD}?(?:(?i:the)\s+(?:(?i:early|mid|late)[- ]+)?|(?i:early|mid|late)-)"
            r"(?P<century>\d{{1,2}}(?:st|nd|rd|th)|(?i:twenty-first|twentieth"
            r"|nineteenth|eighteenth))[- ](?i:century)(?!\w)".format(**p),
        ),
        (
            "fiscal",
            r"(?:(?i:the\s+)?(?i:fiscal|financial)\s+(?:(?i:year)\s+)?(?P<year>{YEAR})(?:[-/]\d{{2,4}})?"
            r"|FY\s?(?P<fy>\d{{4}}|\d{{2}}))(?!\w)".format(**p),
        ),
        (
            "quarter",
            r"{MOD}?(?:(?i:the)\s+)?(?P<ord>{ORD}|(?i:final))[- ](?:(?i:fiscal|calendar)[- ])?"
            r"(?P<part>(?i:quarter|half))(?:\s+(?i:of)\s+(?:(?i:fiscal|the\s+fiscal\s+year)\s+)?"
            r"(?P<year>{YEAR})|,?\s+(?P<year2>{YEAR})|\s+(?i:of)\s+(?P<rel>(?i:this|last|next|the))"
            r"\s+(?i:year))?(?!\w)"
            r"|(?P<q>[1-4])Q(?:\s?(?P<qyear>{YEAR}|\d{{2}}))?(?!\w)"
            r"|Q(?P<qq>[1-4])(?:\s*(?:(?P<qqyear>{YEAR})|'(?P<qqshort>\d{{2}})))?(?!\w)"
            r"|(?P<yq>{YEAR})\s?Q(?P<yqq>[1-4])(?!\w)".format(**p),
        ),
        (
            "season_year",
            r"{MOD}?(?:(?i:the)\s+)?(?P<season>{SEASON})(?:\s+of)?,?\s+(?P<year>{YEAR})".format(
                **p
            ),
        ),
        (
            "relative",
            r"{MOD}?(?P<rel>(?i:this|last|next|past|coming|current|previous|that|the\s+(?:past|last|next"
            r"|previous|preceding|following|coming|current|same)))\s+(?:(?i:fiscal|calendar)\s+)?"
            r"(?P<what>(?P<unit>{UNIT_ONE})|(?P<weekend>(?i:weekend))|(?P<season>{SEASON})"
            r"|(?P<weekday>{WEEKDAY})|(?P<month>{MONTH})|(?P<daypart>{DAYPART}))"
            r"(?:\s+(?P<weekday_part>{DAYPART}))?(?![\w-])".format(**p),
        ),
        (
            "deictic",
            r"{MOD}?(?:(?P<offset>(?i:the\s+day\s+(?:before|after)))\s+)?"
            r"(?P<word>(?i:today|tonight|yesterday|tomorrow))(?:'s)?(?:\s+(?P<daypart>{DAYPART}))?(?!\w)"
            r"|(?P<last_night>(?i:last\s+night))(?!\w)".format(**p),
        ),
        (
            "ago",
            r"(?:(?i:about|nearly|almost|some|more\s+than|over|just|only|roughly|around)\s+)?"
            r"(?P<num>{NUM})[- ](?P<unit>{UNIT})\s+(?:(?P<dir>(?i:ago|from\s+now|hence|later|earlier"
            r"|afterwards))(?!\w)(?!\s+than\b)|(?P<dir_end>(?i:before|after|prior))(?=\s*[,.;:)]|\s*$"
            r"|\s+(?:and|when|that|but|in|on|at)\b))"
            r"|(?P<vague_unit>(?i:years|decades|months|weeks|days|centuries))\s+(?P<vague_dir>(?i:ago))"
            r"(?!\w)".format(**p),
        ),
        (
            "set",
            r"(?P<each>(?i:every|each))\s+(?:(?P<other>(?i:other))\s+|(?P<n>\d+|(?i:two|three|four"
            r"|five|six|seven|eight|nine|ten|twelve))\s+)?(?:(?P<unit>{UNIT})|(?P<weekday>{WEEKDAY})"
            r"|(?P<month>{MONTH})|(?P<season>{SEASON})|(?P<daypart>{DAYPART})|(?P<weekend>(?i:weekend)))"
            r"(?!\w)"
            r"|(?P<times>(?i:once|twice|\w+\s+times))\s+(?i:a|an|per|every)\s+(?P<per>{UNIT_ONE})(?!\w)"
            r"|(?P<annually>(?i:annually|biannually|quarterly|semi-annually))(?!\w)"
            r"|(?P<weekdays>{WEEKDAY})s(?!\w)".format(**p),
        ),
        (
            "duration",
            r"(?:(?P<span>(?i:the\s+)?(?i:past|last|next|first|previous|coming|following|final"
            r"|remaining|preceding))\s+)?(?:(?i:more|less|fewer)\s+than\s+|(?i:over|about|nearly"
            r"|almost|around|some|up\s+to|at\s+least|roughly|approximately|just|only|another"
            r"|an\s+additional|a\s+further)\s+)?(?P<num>{NUM})(?P<half_pre>\s+and\s+a\s+half)?[- ]"
            r"(?P<unit>{UNIT})"
            r"(?P<half>\s+and\s+a\s+half)?(?![- ]olds?\b)(?:-long)?(?!\w)"
            r"|(?P<half_of>(?i:half\s+an?))\s+(?P<half_unit>(?i:hour|day|year|century|decade))(?!\w)"
            r"|(?P<lead>(?i:for|over|within)\s+)(?P<bare>(?i:years|decades|months|weeks|hours))"
            r"(?!\w)(?!\s+(?i:of|to|ago|before|after|later|earlier))"
            r"|(?P<long>(?i:decades|years|months|weeks))-long(?!\w)".format(**p),
        ),
        (
            "weekday",
            r"{MOD}?(?:(?P<dir>(?i:last|next|this|coming|past))\s+)?(?P<weekday>{WEEKDAY})(?:['’]s)?"
            r"(?:\s+(?P<daypart>{DAYPART_LOWER}))?(?![\w-])".format(**p),
        ),
        (
            "anchored",
            r"(?P<phrase>(?i:the\s+(?:day|week|month|year)\s+(?:before|after)|the\s+next\s+morning"
            r"|the\s+morning\s+after))(?=\s*[,.;:)]|\s*$|\s+(?:and|when|but)\b)"
            r"|(?P<period_mod>{MOD_OF}|{MOD_IN})(?P<period>(?i:year|month|week|decade|century|quarter))"
            r"(?![\w-])|(?P<day_mod>{MOD_IN})(?P<day>(?i:day))(?![\w-])".format(**p),
        ),
        (
            "reference",
            r"(?P<plain>{refs})(?![\w-])|(?P<open>(?i:in\s+the\s+(?:near\s+|distant\s+)?"
            r"(?:past|future)))(?![\w-])(?!\s+(?:{NUM}|{UNIT}|(?i:few|several|couple)\b))".format(
                refs=words(
                    lexicon()["present_ref"] + lexicon()["past_ref"] + lexicon()["future_ref"], True
                ),
                **p,
            ),
        ),
        (
            "year",
            r"{MOD}?(?:(?P<the_year>(?i:the\s+)?(?i:year|calendar\s+year))\s+)?(?P<year>{YEAR})"
            r"(?:\s*(?:-|–|/|to|through)\s*(?P<year_end>{YEAR}|\d{{2}}))?(?!\w|,\d|\.\d)".format(
                **p
            ),
        ),
        (
            "month",
            r"(?:{MOD}|(?P<lead>(?i:in|since|until|till|by|from|to|during|through|throughout|of"
            r"|before|after|between|and|or|as\s+of|around)\s+))(?P<month>{MONTH})(?!\w)"
            r"(?!\s*,?\s*(?:of\s+)?\d)".format(**p),
        ),
        (
            "season",
            r"(?:{MOD}|(?P<lead>(?i:in|since|until|till|by|during|through|throughout|over)\s+))"
            r"(?:(?P<the>(?i:the))\s+)?(?P<season>{SEASON})(?!\w)"
            r"(?!\s*,?\s*(?:of\s+)?\d)(?!\s+(?i:of)\b)".format(**p),
        ),
        (
            "weekend",
            r"(?P<lead>(?i:over|during|at|on|for)\s+)(?i:the)\s+(?i:weekend)(?!\w)",
        ),
    ]


@cache
def _sources() -> dict[str, str]:
    return dict(_rules())


@cache
def rule(name: str) -> re.Pattern[str]:
    """One rule's own pattern, with its named parts; compiled on first use, since a
    short text needs few of them."""
    return re.compile(_sources()[name])


# The rules that may hold each kind of trigger word, in the order of _rules().
_KIND_RULES = {
    "month": {"date_md", "date_dm", "month_year", "holiday", "relative", "set", "month"},
    "weekday": {"date_md", "date_dm", "relative", "set", "weekday"},
    "holiday": {"holiday"},
    "unit": {"holiday", "century", "fiscal", "quarter", "relative", "deictic", "ago", "set"}
    | {"duration", "anchored", "reference", "year", "weekend"},
    "daypart": {"relative", "deictic", "set", "anchored"},
    "season": {"season_year", "relative", "set", "season"},
    "deictic": {"deictic"},
    "decade": {"decade_word"},
    "reference": {"relative", "duration", "weekday", "reference"},
    "frequency": {"set"},
    "clock": {"clock"},
    "digit": {"iso", "numeric", "clock", "decade", "fiscal", "quarter", "year"},
}


@cache
def rules_for(kind: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """The rules worth trying for an expression holding a trigger of this kind."""
    return tuple((name, rule(name)) for name in _sources() if name in _KIND_RULES[kind])


@cache
def rule_names(kind: str) -> tuple[str, ...]:
    """The names of rules_for(kind), in order."""
    return tuple(name for name in _sources() if name in _KIND_RULES[kind])


@cache
def loose_rule(name: str) -> re.Pattern[str]:
    """A rule with its back-references loosened to any separator: tried one after the
    other at a place, the loose rules of a kind find the rule that one alternation of
    them would, and its own pattern then reads the parts. Each is compiled when first
    tried and once for all kinds (compiling is most of a process's first analysis)."""
    source = _sources()[name]
    if _BACKREF.search(source) is None:
        return rule(name)
    return re.compile(_BACKREF.sub("[/.]", source))


_GROUP = re.compile(r"\(\?P<\w+>")
_BACKREF = re.compile(r"\(\?P=\w+\)")


@cache
def word_kinds() -> dict[str, str]:
    """Trigger words (lower case) and their kind."""
    lex = lexicon()
    kinds = {f"{u}s": "unit" for u in lex["units"] if u not in ("second", "century")}
    kinds.update({u: "unit" for u in lex["units"] if u != "second"})
    kinds.update({"centuries": "unit", "weekend": "unit", "weekends": "unit"})
    kinds.update({w: "daypart" for w in lex["day_parts"]})
    kinds.update({w: "season" for w in lex["seasons"]})
    for kind, items in lex["trigger_words"].items():
        kinds.update({w: kind for w in items})
    return kinds


@cache
def trigger_kinds() -> dict[str, str]:
    """Every single-word trigger as written (month names, day names, and the trigger
    words in lower case, capitalised or upper case) and its kind; the first kind listed
    wins, as in the order the kinds were once tried one by one."""
    lex = lexicon()
    kinds: dict[str, str] = {}
    for word in [*lex["months"], *lex["month_abbreviations"]]:
        kinds.setdefault(word, "month")
    for word in lex["weekdays"]:
        kinds.setdefault(word, "weekday")
        kinds.setdefault(f"{word}s", "weekday")
    for word, kind in word_kinds().items():
        for written in (word, word.capitalize(), word.upper()):
            kinds.setdefault(written, kind)
    return kinds


@cache
def trigger() -> re.Pattern[str]:
    """The head words: every time expression holds at least one. The group says which kind
    ("name": look the word up in trigger_kinds()).

    The single words are one prefix tree, so that a word start costs one branch
    test, not one per kind. Holidays come after them, as before the words were
    joined: "May Day" is found from its month. A digit is only a candidate:
    digit_head() tells whether a number could be a time (the look-ahead spares most word
    starts the digit branches).
    """
    lex = lexicon()
    return re.compile(
        rf"(?<!\w)(?:(?P<name>{words(trigger_kinds())})(?!\w)"
        rf"|(?P<holiday>{words(lex['holidays'])})(?!\w)"
        r"|(?=[\d'QF])(?P<digit>[12]\d{3}(?!\d)"
        r"|\d{1,2}(?=[:./]\d|\s*[apAP]\.?[mM]\b|\s+o'clock|0'?s\b|Q)|'\d0s|Q[1-4]|FY))"
    )


@cache
def digit_head() -> re.Pattern[str]:
    """Numbers that may belong to a time: a year, a clock time, a numeric date, a decade, Q3, FY08."""
    return re.compile(
        r"(?:1\d|2[01])\d\d(?!\d)|\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\b|[AP]\.?M\b|o'clock)"
        r"|\d{1,2}:\d\d|\d{1,2}[/.]\d{1,2}[/.]\d\d|'?\d0'?s\b|[1-4]Q|Q[1-4]|FY\s?\d"
    )


@cache
def boundary() -> re.Pattern[str]:
    """Where an expression may start: not inside a word, a number or an amount ($2010)."""
    return re.compile(r"(?<![\w$£€#@/.-])")


MAX_PREFIX_WORDS = 6  # "the very beginning of the financial" year


def _openers() -> list[str]:
    lex = lexicon()
    return lex["opening_words"] + list(lex["numbers"]) + list(lex["ordinals"])


@cache
def prefix_run() -> re.Pattern[str]:
    """A run of words that may open an expression before its trigger, up to the trigger."""
    opener = rf"(?:{words(_openers(), fold=True)}|\d[\d.,]*(?:st|nd|rd|th)?|'\d0)"
    return re.compile(rf"(?<![\w'’])(?:{opener}(?:\s+|-|,\s*)){{1,{MAX_PREFIX_WORDS}}}\Z")


@cache
def run_reach() -> re.Pattern[str]:
    """Written backwards, to be matched on the reversed text at a trigger: the stretch before
    it that a prefix_run() could cover (separators, digits and the words of openers). The
    search for the run, tried at every position, need not start before that stretch, which
    is often empty or a space."""
    vocabulary = {word for opener in _openers() for word in opener.split()}
    backwards = words([word[::-1] for word in vocabulary], fold=True)
    return re.compile(rf"(?:[\s,.\-'\d]|{backwards}(?!{FOLDED_LETTER})|(?:ts|dn|dr|ht)(?=\d))*+")

"""Which stretches of text are time expressions: the rules' patterns, compiled.

Each rule of timex_rules.RULES is a regular expression with named parts
(month, day, unit, ...) whose {PART}s are filled here from the word lists in
data/timex_lexicon.json. Rules are tried in order at each position, so longer
forms come before their shorter heads.

Trying two dozen rules at every word would be slow, so the text is first
scanned for triggers, the words no time expression lacks (a month, a unit,
"today", a year-like number...), and the rules are only tried from the run of
modifier words just before each trigger ("the end of", "more than two").
"""

from __future__ import annotations

import re
from functools import cache

from reader.parsing.alternation import FOLDED_LETTER, folded_words, words
from reader.parsing.data import table
from reader.parsing.precompiled import compiled
from reader.parsing.timex_rules import RULES


def lexicon() -> dict:
    return table("timex_lexicon.json")


@cache
def _parts() -> dict[str, str]:
    lex = lexicon()
    units = [u for u in lex["units"] if u != "century"]
    # "twenty-five": the tens, then a digit's word (not the article, "a")
    tens = "|".join(w for w, n in lex["numbers"].items() if n in range(20, 100, 10))
    ones = "|".join(w for w, n in lex["numbers"].items() if n < 10 and w not in ("a", "an"))
    number = (
        rf"(?:\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?|(?i:(?:{tens})[- ](?:{ones}))"
        rf"|{words(lex['numbers'], fold=True)}|{words(lex['vague_numbers'], True)})"
    )
    triggers, relative = lex["trigger_words"], lex["relative_words"]
    p = {
        "MONTH": words(lex["months"]),
        "MONTH_ANY": rf"(?:{words(lex['months'])}|{words(lex['month_abbreviations'])}\.?)(?!\w)",
        "WEEKDAY": words(lex["weekdays"]),
        "DAY": r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\w)",
        "DAY_WORD": words(lex["day_ordinals"], fold=True) + r"(?![\w-])",
        "DAY_CLOSER": words(lex["day_closers"], fold=True),
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
        # the zones a wire clock ("1430 GMT") is written before: not the two-letter ones,
        # which are words as well ("the 2008 PT Cruiser")
        "TZ_WIRE": words([z for z in lex["time_zones"] if len(z) > 2]),
        # a place's time after a clock ("5 p.m. New York time", "9 a.m. Beijing time"): one
        # or two capitalised words, no word that opens a sentence ("at 10 a.m. The time...")
        "PLACE_TIME": r"(?!(?:The|A|An|This|That|It|Its|He|She|They|We|I)\s)"
        r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+time(?![\w'’-])",
        # a zone with its offset from UTC ("UTC+3", "GMT-5:30"), after a clock or in brackets
        "TZ_OFFSET": r"(?:(?<=UTC|GMT)[+\u2212-](?:1[0-4]|0?\d)(?::?[0-5]\d)?(?![\w:]))?",
        "DECADE_WORD": words(triggers["decade"], fold=True),
        "DEICTIC_DAY": words(triggers["deictic"], fold=True),
        "FREQUENCY": words(triggers["frequency"], fold=True),
        "CLOCK_WORD": words(triggers["clock"], fold=True),
        "CENTURY_WORD": words(lex["century_words"], fold=True),
        "ERA": rf"(?:{words(lex['eras'])})(?!\w)",
        # a number right after a year cue ("AD 79", "AD512", "c. 347", "the year 94"):
        # fixed-width look-behinds, one per cue
        "ERA_CUE": _after(lex["year_cues"]["era"]),
        "CIRCA_CUE": _after(lex["year_cues"]["circa"]),
        "ERA_WORD": words(lex["year_cues"]["era"]),
        "CIRCA_WORD": words(lex["year_cues"]["circa"]),
        "RELATIVE": words([*relative["deictic"], *relative["anchored"]], fold=True),
        # a verb whose object may be the stretch it ends or begins ("ended the week higher")
        "PERIOD_VERB": _after(lex["period_verbs"]),
        # a word after which an apostrophe and two digits are a year ("in '98", "June '04")
        "SHORT_YEAR_CUE": _after(
            [*lex["short_year_cues"], *lex["months"], *lex["month_abbreviations"]]
        ),
    }
    # a year named from the publication's or the year told last, after a month or a day
    # ("in July last year", "in March of last year", "on June 3 of that year", "in March the
    # following year")
    p["REL_YEAR"] = (
        r"(?:(?:(?i:of)\s+)?(?P<rel_year>(?i:last|next|this))|(?:(?i:of)\s+|(?=(?i:the)\s))(?P<that_year>"
        r"(?i:that(?:\s+same)?|the\s+(?:same|following|next|previous|preceding))))\s+(?i:year)"
        r"(?![\w'’-])"
    )
    p["DATE_SUFFIX"] = r"(?:,?\s+(?:of\s+)?(?P<year>{YEAR}))?".format(**p)
    p["MOD_OF"] = (
        r"(?i:(?:the\s+)?(?:very\s+)?(?:beginning|start|end|middle|rest|remainder|close"
        r"|first\s+half|second\s+half|latter\s+half|turn)\s+of\s+(?:the\s+)?)"
    )
    p["MOD_IN"] = r"(?i:(?:early|mid|late|earlier|later)\s+in\s+(?:the\s+)?)"
    p["MOD"] = (
        r"(?P<mod>{MOD_OF}|{MOD_IN}|(?i:(?:early|mid|late)(?:-|\s+)|end-|(?:earlier|later)\s+))".format(
            **p
        )
    )
    p["REFS"] = words(lex["present_ref"] + lex["past_ref"] + lex["future_ref"], True)
    return p


def _after(cues: list[str]) -> str:
    """Right after one of the words and a space: fixed-width look-behinds, one per word."""
    return "|".join(rf"(?<=\b{re.escape(cue)}\s)" for cue in cues)


@cache
def _sources() -> dict[str, str]:
    """Each rule's pattern with its parts filled in, in the order the rules are tried."""
    parts = _parts()
    return {r.name: r.pattern.format(**parts) for r in RULES}


@cache
def rule(name: str) -> re.Pattern[str]:
    """One rule's own pattern, with its named parts; compiled on first use, since a
    short text needs few of them."""
    return compiled(_sources()[name])


@cache
def rules_for(kind: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """The rules worth trying for an expression holding a trigger of this kind."""
    return tuple((name, rule(name)) for name in rule_names(kind))


@cache
def rule_names(kind: str) -> tuple[str, ...]:
    """The names of rules_for(kind), in order."""
    return tuple(r.name for r in RULES if kind in r.triggers)


@cache
def scanner_for(kind: str) -> re.Pattern[str]:
    """The rules of rule_names(kind) as one alternation, in their order, back-references
    loosened to any separator: it finds the first rule that holds at a place (the group
    named after a rule tells which), whose own pattern then reads the parts. One match
    of it costs about three quarters of trying the rules one after the other, as each
    try pays for a call and a start of the engine (made ahead of time, see precompiled,
    its size costs a new process nothing)."""
    sources = _sources()
    branches = (
        f"(?P<{name}>{_BACKREF.sub('[/.]', _GROUP.sub('(?:', sources[name]))})"
        for name in rule_names(kind)
    )
    return compiled("|".join(branches))


_GROUP = compiled(r"\(\?P<\w+>")
_BACKREF = compiled(r"\(\?P=\w+\)")


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

    The single words are prefix trees, so that a word start costs a few branch tests,
    not one per kind; the engine tries the branches of a tree one after the other, so the
    words in lower case are a tree of their own, and a word start that no trigger starts
    with is passed over at once. Holidays come after them, as before the words were
    joined: "May Day" is found from its month. A digit is only a candidate:
    digit_head() tells whether a number could be a time (the look-ahead spares most word
    starts the digit branches).

    A match opens with the character before the trigger, one of no word (white space, a
    mark): the engine then passes over the letters of words at once, as it does over
    any character a match cannot start with, instead of trying the pattern after each
    of them. A trigger's own span is its group's; every trigger ends in a word's
    character, so the one before the next trigger is never part of a match. Scan a text
    with a space before it (see timex.scan): a trigger may open it.
    """
    lex = lexicon()
    kinds = trigger_kinds()
    lower = [w for w in kinds if w[0].islower()]
    firsts = _class({w[0] for w in [*kinds, *lex["holidays"]]} | set("'’QFAH"))
    return compiled(
        rf"\W(?=[{firsts}\d])"
        rf"(?:(?P<name>(?=[{_class({w[0] for w in lower})}]){words(lower)}"
        rf"|{words([w for w in kinds if not w[0].islower()])})(?!\w)"
        rf"|(?P<holiday>{words(lex['holidays'])})(?!\w)"
        r"|(?=[\d'’QFAH])(?P<digit>[12]\d{3}(?!\d)|0\d{3}(?!\w)|['’]\d\d(?![\w'’])"
        r"|\d{1,2}(?=[:./]\d|\s*[apAP]\.?[mM]\b|\s+o'clock|0'?s\b|Q)|'\d0s|Q[1-4]|FY"
        r"|H[12](?=\s+[12]\d{3}|\s?['’]\d\d(?!\w)|(?!\w))|[12]H(?=\d\d(?!\w)|\s?[12]\d{3}|(?!\w))"
        r"|(?<=\bthe\s)\d{1,2}(?=st\b|nd\b|rd\b|th\b)"
        rf"|{_early_year()}))"
    )


def _class(characters: set[str]) -> str:
    """The characters written for a regular expression's [...]."""
    return "".join(re.escape(c) for c in sorted(characters))


@cache
def digit_head() -> re.Pattern[str]:
    """Numbers that may belong to a time: a year, a clock time (a wire one: "1430 GMT", one
    with a leading zero: "at 0900"), a numeric date, a decade, Q3, FY08."""
    return compiled(
        r"(?:1\d|2[01])\d\d(?!\d)|\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\b|[AP]\.?M\b|o'clock)"
        r"|\d{1,2}:\d\d|\d{1,2}[/.]\d{1,2}[/.]\d\d|'?\d0'?s\b|[1-4]Q|Q[1-4]|H[12](?!\w)|H[12]\s+[12]\d{3}|[12]H|FY\s?\d"
        r"|(?:[01]\d|2[0-3])[0-5]\d\s+[A-Zl]|0\d[0-5]\d(?!\w)|['’]\d\d(?![\w'’])|\d{1,2}(?:st|nd|rd|th)\b"
        rf"|{_early_year()}"
    )


@cache
def _early_year() -> str:
    """A number that may be a year before 1000: with an era ("44 BC", "AD512"), after a
    year cue ("AD 79", "c. 347") or after a capitalised "In" ("In 735, Bede wrote")."""
    parts = _parts()
    return (
        rf"\d{{1,4}}(?=\s?{parts['ERA']})|(?:{parts['ERA_CUE']}|{parts['CIRCA_CUE']})\d{{1,3}}(?!\d)"
        r"|(?<=\bIn\s)\d{3}(?!\d)|AD(?=\d{1,3}(?!\d))"
    )


@cache
def boundary() -> re.Pattern[str]:
    """Where an expression may start: not inside a word, a number or an amount ($2010)."""
    return compiled(r"(?<![\w$£€#@/.-])")


MAX_PREFIX_WORDS = 6  # "the very beginning of the financial" year


def _openers() -> list[str]:
    lex = lexicon()
    cues = lex["year_cues"]
    return [
        *lex["opening_words"],
        *lex["numbers"],
        *lex["ordinals"],
        *lex["century_words"],  # "the nineteenth century": its ordinal opens it
        *cues["era"],
        *cues["circa"],
    ]


@cache
def prefix_run() -> re.Pattern[str]:
    """A run of words that may open an expression before its trigger, up to the trigger
    (searched for over the stretch before it: its words' letters as classes, see
    alternation.folded_words)."""
    opener = rf"(?:{folded_words(_openers())}|\d[\d.,]*(?:st|nd|rd|th)?|'\d0)"
    return compiled(rf"(?<![\w'’])(?:{opener}(?:\s+|-|,\s*)){{1,{MAX_PREFIX_WORDS}}}\Z")


@cache
def run_reach() -> re.Pattern[str]:
    """Written backwards, to be matched on the reversed text at a trigger: the stretch before
    it that a prefix_run() could cover (separators, digits and the words of openers). The
    search for the run, tried at every position, need not start before that stretch, which
    is often empty or a space."""
    # the pieces between dots too ("c." is a "c" and a dot), as the dots are read apart;
    # their letters as classes, as the stretch is read word after word (see folded_words)
    pieces = compiled(r"[\s.]+")
    vocabulary = {word for opener in _openers() for word in pieces.split(opener) if word}
    backwards = folded_words([word[::-1] for word in vocabulary])
    return compiled(rf"(?:[\s,.\-'\d]|{backwards}(?!{FOLDED_LETTER})|(?:ts|dn|dr|ht)(?=\d))*+")

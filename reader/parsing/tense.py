"""Whether a clause looks back or forward, from the verbs near a position.

"on Tuesday" means last Tuesday in "talks began on Tuesday" and next Tuesday
in "talks will begin on Tuesday": the nearest tense cue to the expression
decides. Each sentence is scanned for cues once, on the first question about
it; a question is then a bisection, so the cost stays linear in the text.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import cache
from typing import NamedTuple

from reader.parsing.alternation import FOLDED_LETTER, folded_words, words
from reader.parsing.data import table
from reader.parsing.lexicon import is_english_word
from reader.parsing.precompiled import compiled

WINDOW = 120  # how far (in characters) a cue may be from the expression
_BREAK = "break"
_WEAK = "weak "  # before a kind: the cue yields to a verb just before it
_NEITHER = "neither"  # a cue that looks neither way, and keeps other cues from the expression
_PROGRESSIVE = "progressive"  # "is closing": looks forward, but not to a time after "after"
_PLAN_NOUN = "plan noun"  # "its forecast for": looks forward to the period right after it
# "ahead of": a time after it is still to come ("on alert ahead of Friday's match"), one
# before it is no plan ("closed higher on Monday ahead of the results")
_AHEAD_OF = "ahead of"
# what leads from a noun of a plan to its period: "for" or "to", maybe with "the" or "this"
_PERIOD_OF_PLAN = compiled(r"\s+(?i:for|to)\s+(?:(?i:the|this|next|its)\s+)?")
_WEAK_REACH = 30  # how far before a weak cue that verb may end
_WHEN_AFTER = compiled(r",\s+(?i:when)\s+")  # "in March, when ...": a clause of the time
_WHEN_REACH = 40  # how far into that clause its verb may stand
# a plan told in the past, simple or perfect: "was scheduled", "had expected", "had been planned"
_PAST_BE = compiled(r"\b(?:was|were|had(?:\s+been)?)\s+(?:[a-z]+ly\s+)?\Z", re.IGNORECASE)
# what may stand between a verb and a time that qualifies it: up to three words in lower case
# and a preposition ("walked out on", "will return to work on", "was held in"), no "that"
# (which opens a clause of its own) nor a comma
_ADJUNCT = compiled(r"(?:\s+(?!that\b)[a-z]+){0,3}\s+(?:on|in|at|during|since)\s+(?:the\s+)?")
# what may stand between a verb of telling and the day it was told on: whom it was told to, a
# name ("told AFP", "told the Kelby Herald") or one word in lower case ("told reporters"), and
# "on", "late" or "early" or no word at all, as American wire copy writes the day ("told AFP
# Monday night it would appeal")
_TOLD_TO = compiled(
    r"(?P<whom>\s+(?:the\s+)?(?:[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,3}|[a-z]+))?"
    r"\s+(?:(?:on|late|early)\s+)?"
)
# verbs of telling whose object is the listener ("told reporters"), not the thing told
# ("announced the parade")
_TOLD_TO_WHOM = frozenset(("told", "warned"))
# a verb right after a day makes the day the subject of what was told ("told staff Monday
# would be a holiday"): the reported verb's
_VERB_AFTER_A_DAY = compiled(
    r"\s+(?:will|would|could|can|may|might|must|should|shall|is|are|was|were|has|had|have)\b"
)
# what may stand between "is" or "are" and a time the progressive after it governs: the verb
# in -ing (an adverb before it), up to four words of its object, none a preposition that
# brings in a thing of its own ("appealing for witnesses to a crash on"), and the time's
# preposition
_PROGRESSIVE_ADJUNCT = compiled(
    r"(?:\s+(?:still|also|now|already|[a-z]+ly))?\s+[a-z]+ing"
    r"(?:\s+(?!(?:for|to|of|about|into|with|from|against|after|since|following|over|before"
    r"|on|in|at|by|during|until|till)\b)[\w'’-]+){0,4}?"
    r"\s+(?:(?:on|in|at|from|by|during|until|till)\s+)?(?:the\s+)?"
)
_POSSESSIVE = ("'s", "’s")
_HAVE = frozenset(("has", "have"))  # a perfect's auxiliary, or a verb of having
_NEXT_WORD = compiled(r"\s+([A-Za-z]+)")
# what may stand between a verb of putting off and the new time: a few words (the thing put
# off, "back", "from Tuesday") and "to", "into", "until" or "for" ("postponed the launch of
# its new satellite to June", "to April 12, or to May 22", "moving the budget into
# September"), right before the time
_PUT_OFF_LEADS = ("to", "into", "until", "till", "for")
_PUT_OFF_TO = (
    rf"(?:\s+(?!that\b)[\w'-]+,?){{0,8}}\s+(?:{'|'.join(_PUT_OFF_LEADS)})(?:\s+(?:the\s+)?)?\Z"
)
_TO_OR_FOR = compiled(r"\s+(?:to|for)\b", re.IGNORECASE)
_BE = frozenset(("is", "are"))
_COUNTDOWN = compiled(
    r"\b\w+\s+(?:minutes|hours|days|weeks|months|years)\s+(?:to\s+go\s+)?$", re.IGNORECASE
)
# a clause after a comma, of "after" or "since" and a verb in -ing, up to a time it holds
# (", after cutting rates in February", ", since winning the title on Sunday")
_AFTER_DOING = compiled(
    r",\s+(?:after|since)\s+[a-z]{2,}ing(?:\s+(?!(?:and|but|that|which|who)\b)[\w'’-]+){0,6}?"
    r"\s+(?:in|on|at|during)\s+(?:the\s+)?\Z"
)
# the same clause opening the sentence ("After cutting rates in February, the bank will")
_OPENING_AFTER_DOING = compiled(
    r"\s*(?:After|Since)\s+[a-z]{2,}ing(?:\s+(?!(?:and|but|that|which|who)\b)[\w'’-]+){0,6}?"
    r"\s+(?:in|on|at|during)\s+(?:the\s+)?\Z"
)
# "would" (maybe "not"), its verb and a few words, a conjunction of time, its clause (a few
# words, not opening with a verb in -ing, no second "would", no "and", "but" or "that") and a
# preposition or none, right before a time: the time of a clause the future in the past governs
_WOULD_THEN = compiled(
    r"\bwould\s+(?:not\s+)?[a-z]+(?:\s+[\w'’-]+){0,8}?\s+(?:until|till|before|after|once)"
    r"\s+(?![a-z]+ing\b)(?:(?!(?:would|and|but|that)\b)[\w'’-]+\s+){1,8}?"
    r"(?:(?:on|in|at|by|during)\s+)?(?:the\s+)?\Z"
)


@cache
def _month_named() -> re.Pattern[str]:
    """A month's name (months of timex_lexicon.json) or a year: told before "would", it dates
    the telling, maybe months back, from which "would" looks ahead ("In October the judge said
    she would rule after the report was filed in November": the November after that October,
    gone by when told in January), so the clause's time takes no tense cue. A day's name
    dates a telling of the last few days, from which the future is the publication's."""
    months = words(table("timex_lexicon.json")["months"])
    return compiled(rf"(?<![\w'’])(?:{months}|(?:19|20)\d\d)(?![\w'’])")


_CLOSING_QUOTE = compiled(r"[\"”]")
_OPENING_QUOTE = compiled(r"[\"“]")
_CONJUNCTION = compiled(r"\b(?:and|but|that)\b", re.IGNORECASE)
# the auxiliary of a perfect right before a verb, maybe with an adverb between
_PERFECT_BEFORE = compiled(r"(?i:\bhas|\bhave|['’]s|['’]ve)\s+(?:[a-z]+ly\s+|also\s+|now\s+)?\Z")
# "to" and a verb after a verb of intent ("voted to strike"), not a noun or a figure ("agreed to
# a deal", "rose to 5 percent")
_TO_VERB = compiled(r"\s+to\s+(?!(?:the|a|an|its|their|his|her|our|this|that|these|those)\b)[a-z]")


_NOT = compiled(r"(?:\s+not(?!\w))?")  # "could not", or nothing


def _past_not(text: str, end: int) -> int:
    """Where a verb ending at `end` and its "not" end ("could not"; `end` without one)."""
    found = _NOT.match(text, end)
    return found.end() if found else end


def _negated(text: str, end: int, word: str) -> bool:
    """Whether a verb ending at `end` is negated: "couldn't", or "not" right after it."""
    return word.endswith(_CONTRACTED_NOT) or _past_not(text, end) > end


class _Cues(NamedTuple):
    """The pattern for every cue (and clause break), and the word sets that classify a hit."""

    pattern: re.Pattern[str]
    participles: frozenset[str]  # the past cues and irregular participles ("begun", "cut")
    future: frozenset[str]
    not_past: frozenset[str]
    participle_after: frozenset[str]
    determiners: frozenset[str]
    future_nouns: frozenset[str]
    not_participles: frozenset[str]
    weak: frozenset[str]
    speech: frozenset[str]
    before_to: frozenset[str]
    compared_after: frozenset[str]
    past_as_present: frozenset[str]
    auxiliaries: frozenset[str]
    perfect_adverbs: frozenset[str]
    plural_present: frozenset[str]
    intent: frozenset[str]
    could_back: frozenset[str]
    nouns_too: frozenset[str]
    no_object: frozenset[str]
    superseded: frozenset[str]
    own_time: frozenset[str]
    whether_if: frozenset[str]
    could_not_tell: frozenset[str]


@cache
def _cues() -> _Cues:
    data = table("timex_tense_cues.json")
    listed = folded_words(set(data["future"]) | set(data["past"]) | set(data["plural_present"]))
    # any word of four letters or more ending in "ed": the whole word is read at once (no
    # backtracking), then its last two letters are checked
    ending_in_ed = rf"{FOLDED_LETTER}{{4,}}+(?<=[eE][dD])"
    # a semicolon or a colon breaks a clause, not the colon of a clock time ("at 9:15"); the
    # colon is read before the look-behind for a digit, as most positions hold none
    pattern = compiled(
        r";|:(?<!\d:)(?!\d)|(?<![\w'])(?:" + listed + "|" + ending_in_ed + r")(?![\w'])"
    )
    return _Cues(
        pattern,
        frozenset(data["participles"]) | frozenset(data["past"]),
        *(
            frozenset(data[key])
            for key in (
                "future",
                "not_past",
                "participle_after",
                "determiners",
                "future_nouns",
                "not_participles",
                "weak",
                "speech",
                "before_to",
                "compared_after",
                "past_as_present",
                "auxiliaries",
                "perfect_adverbs",
                "plural_present",
                "intent",
                "could_back",
                "nouns_too",
                "no_object",
                "superseded",
                "own_time",
                "whether_if",
                "could_not_tell",
            )
        ),
    )


# a task set ("told officials to have the schools reopened", "asked residents to leave") and
# its deadline: "by" right before the time
_TASK_BY = (
    r"(?:\s+(?!to\b)[\w'-]+){0,4}\s+to\s+(?!(?:the|a|an|its|their|his|her|our|this|that)\b)"
    r"[a-z]+(?:\s+[\w'-]+){0,8}\s+by\s+(?:the\s+)?\Z"
)


@cache
def _led_up_to(verbs: str | tuple[str, ...], tail: str) -> re.Pattern[str]:
    """A verb of a list of timex_tense_cues.json (or of any of several lists), then `tail`,
    ending where a time starts: the shapes that make a time told in the past still to come
    (a task's deadline, a plan to do again, a day something is called for, a new time it is
    put off to)."""
    cues = table("timex_tense_cues.json")
    names = (verbs,) if isinstance(verbs, str) else verbs
    listed = words([verb for name in names for verb in cues[name]], fold=True)
    return compiled(r"(?<![\w'])" + listed + tail)


# "again" and a preposition (or none) right before a time
_AGAIN_BEFORE = compiled(r"\bagain\s+(?:(?:on|in|at|from|by)\s+)?(?:the\s+)?\Z")
# after a verb of intent: "to", a verb, a few words and "again" (a plan to do again what was
# done before the telling: "agreed to meet again on Thursday", "voted to strike again in May")
_TO_DO_AGAIN = (
    r"\s+to\s+[a-z]+(?:\s+[\w'-]+){0,5}?\s+again\s+(?:(?:on|in|at|from|by)\s+)?(?:the\s+)?\Z"
)
# after a verb of calling or setting ("called a 48-hour strike for Thursday"): the thing (no
# "that", which opens a clause) and "for", right before the time
_CALLED_FOR = r"(?:\s+(?!that\b|for\b)[\w'-]+){1,5}\s+for\s+(?:the\s+)?\Z"
# the same in the passive, the thing set its subject ("a hearing was set for Tuesday", "a strike
# has been called for Thursday"): no adverb between, as "was originally set for" is a plan given up
_SET_FOR = r"\s+for\s+(?:the\s+)?\Z"
# after a verb of looking back ("investigate", "mourning", "condemned"): a few words of its
# object (no comma, no "that") and maybe a preposition, right before a day in the possessive
_LOOKED_BACK_AT = (
    r"(?:\s+(?!that\b)[\w'’-]+){0,5}?\s+(?:(?:of|from|into|over|after|in)\s+)?(?:the\s+)?\Z"
)
# after a verb of making ready ("bracing", "prepare", "getting ready"): maybe "up" or whom it
# readies, "for", the thing readied for (a few words, maybe a comma after one, no "that" nor
# a word that opens a time or a clause of its own: "after storms on Monday", "the men who
# left on Sunday") and a preposition or none, right before the time
_READIES_WHOM = r"\s+(?:up|themselves|itself|ourselves|himself|herself)"
_READY_THING = (
    r"\s+for(?:\s+(?!(?:that|after|since|before|following|when|while|who|whom|which)\b)"
    r"[\w'’-]+,?){0,6}?\s+(?:(?:on|in|at|by|from|during)\s+)?(?:the\s+)?\Z"
)
_READY_FOR = f"(?:{_READIES_WHOM})?{_READY_THING}"
_READY_UP_FOR = _READIES_WHOM + _READY_THING  # "gearing up for": no cue without "up"
# the word of the thing right before the time, and the preposition between
_THING_LAST_WORD = compiled(r"([A-Za-z]+)\s+(?:(?:on|in|at|by|from|during)\s+)?(?:the\s+)?\Z")
# verbs of saying whose object is a clause, never a noun of their own ("said", not "told the
# council" nor "announced the deal")
_SAYING = frozenset(("said", "added"))
# a word in lower case opening a reported clause: no preposition nor adverb of the saying
_SUBJECT_AFTER = compiled(
    r"\s+(?!(?:in|on|at|during|since|late|earlier|later|last|this|yesterday|today|again|also"
    r"|then|that|to|after|before|while|when|as|it)\b)(?![a-z]*ly\b)[a-z]"
)
_OUTCOME_AFTER = compiled(r",?\s+(?:but|and)\b")  # a clause of how a task went, after it
_HAD_IN = compiled(r"\bhad\b")  # a past perfect in the clause of "if": a past condition
# "would not confirm if", "wouldn't confirm if": a verb of "whether" (a contraction ends
# in "n't": see _negated)
_NEGATIONS = frozenset(("not", "never"))
_CONTRACTED_NOT = ("n't", "n’t")
# what ends a clause of "if" before the time: a comma, a clause break or a sentence's end
_NO_CONDITION = compiled(r"[,;:.!?\n]")
# a verb of what would follow, not of a past that did not happen ("would have walked out")
_WOULD = compiled(r"\b(?i:would|could|might)\s+(?!(?:not\s+|n['’]t\s+)?have\b)[a-z]")
_HAD_BEFORE = compiled(r"\b(?i:had)\s+(?:[a-z]+ly\s+|also\s+|already\s+)?\Z")
_PASSIVE_BE = compiled(r"(?i:\b(?:was|were|been|is|are|be))\s+\Z")


class TenseIndex:
    """The tense cues of a text, sentence by sentence."""

    def __init__(self, text: str):
        self.text = text
        self._scanned: dict[int, tuple[list[int], list[int], list[str]]] = {}

    def at(self, start: int, end: int, lower: int = 0, upper: int | None = None) -> str | None:
        """ "past", "future" or None for the expression at text[start:end].

        `lower`/`upper` bound the search (the sentence); a clause break (; or :)
        stops it too. A cue before the expression wins a tie with one after it, and
        a cue after it in another clause does not outweigh one before it: an attribution
        after a comma ("..., officials said") dates the telling, not what is told, and
        a verb after "and", "but" or "that" opens a clause of its own ("sold nine in the
        first half and plans 20 this year", "said late Wednesday that it will"). A cue right before the expression, with a few words
        and a preposition between, is the verb it qualifies ("walked out on Monday will
        return", "will return to work on Friday after the union accepted"), whatever comes
        after.
        """
        upper = len(self.text) if upper is None else upper
        would = self._after_would(max(lower, start - WINDOW), start)
        if would is not None:
            if _month_named().search(self.text, lower, would):
                return None  # "In October she said she would rule after ... in November"
            return "future"  # "said he would stay until a successor was chosen in March"
        lead = self._lead(lower, start)
        when = self._when_clause(lower, start, end, upper)
        if when is not None:
            return when  # "the surge over the summer, when carmakers offered discounts"
        if self._condition_to_come(lower, start, upper):
            return "future"  # "would file it if they reached a deal by Thursday"
        if lead in _PUT_OFF_LEADS and self._put_off(max(lower, start - WINDOW), start):
            # "is considering moving the budget to September", "the vote was postponed to June":
            # the new time, to come
            return "future"
        task = (
            _led_up_to("intent", _TASK_BY).search(self.text, max(lower, start - WINDOW), start)
            if lead == "by"
            else None
        )
        if task is not None and not self._task_gone_by(lower, task.start(), end, upper):
            return "future"  # "ordered the schools to reopen by Monday": a task's deadline
        if (
            lead == "for"
            and not self.text.endswith(_POSSESSIVE, start, end)
            and self._called_for(max(lower, start - WINDOW), start)
        ):
            return "future"  # "called a strike for Thursday": the day it is set for
        if lead == "for" and self._set_in_passive(max(lower, start - WINDOW), start, end):
            return "future"  # "a hearing was set for Tuesday": told in the past, still to come
        if self.text.endswith(_POSSESSIVE, start, end) and _led_up_to(
            "looking_back", _LOOKED_BACK_AT
        ).search(self.text, max(lower, start - WINDOW), start):
            return "past"  # "will investigate Monday's blast": a thing looked back at is gone by
        if self._readying(max(lower, start - WINDOW), start):
            return "future"  # "are bracing for storms on Friday": what is readied for is to come
        if _AGAIN_BEFORE.search(self.text, max(lower, start - 16), start) and _led_up_to(
            "intent", _TO_DO_AGAIN
        ).search(self.text, max(lower, start - WINDOW), start):
            return "future"  # "agreed to meet again on Thursday": the next time, to come
        if _AFTER_DOING.search(self.text, max(lower, start - WINDOW), start) or (
            start - lower <= WINDOW and _OPENING_AFTER_DOING.match(self.text, lower, start)
        ):
            return "past"  # "..., after cutting rates in February": what came before the news
        starts, ends, kinds = self._cues_of(lower, upper)
        best, distance = None, WINDOW + 1
        index = bisect_right(ends, start) - 1
        if index >= 0 and kinds[index] == _PLAN_NOUN:
            if _PERIOD_OF_PLAN.fullmatch(self.text, ends[index], start):
                return "future"  # "its forecast for the fourth quarter": the period planned
            index -= 1  # "raised its forecast for the year on Tuesday": of the raising
        if index >= 0 and kinds[index] != _BREAK and start - ends[index] <= WINDOW:
            best, distance = self._governing(index, starts, ends, kinds), start - ends[index]
            if best == _PROGRESSIVE and (
                not _PROGRESSIVE_ADJUNCT.fullmatch(self.text, ends[index], start)
                or self.text.endswith(_POSSESSIVE, start, end)
            ):
                # "is recovering after surgery on Sunday", "are appealing for witnesses to a
                # crash on Sunday", "are searching for survivors of Sunday's quake": the time
                # of what a preposition brings in, or of a thing, not the verb's
                best = None
            if (
                best is not None
                and _ADJUNCT.fullmatch(self.text, ends[index], start)
                and not self._reported_subject(starts[index], ends[index])
            ):
                return _direction(best)  # "walked out on Monday will...": of the verb before it
            if (
                best == "past"
                and self._told_on(starts[index], ends[index], start, end)
                and not self._reported_subject(starts[index], ends[index])
            ):
                return "past"  # "told AFP Monday night it would appeal": the day of the telling
        index = bisect_left(starts, end)
        if (
            index < len(starts)
            and kinds[index] not in (_BREAK, _AHEAD_OF)
            and not (
                kinds[index].startswith(_WEAK)
                and self._governing(index, starts, ends, kinds) is None
            )
            and self.text[starts[index] : ends[index]].lower() not in _cues().own_time
            and starts[index] - end < distance
            and (best is None or not self._other_clause(end, starts[index]))
            and not self._attribution(lower, start, end, starts[index], ends[index])
        ):
            return _direction(kinds[index].removeprefix(_WEAK))
        return _direction(best)

    def _after_would(self, lower: int, at: int) -> int | None:
        """Where "would" starts when the time at `at` ends a clause of time ("until",
        "before", "after" or "once", with a subject) that follows "would" and its verb in the
        sentence: its past is the future seen from then ("said he would stay until a
        successor was chosen in March", "would decide after the report was published on
        Friday"), still to come when told. A look for "would" first, as most times have none
        before them."""
        if "would" not in self.text[lower:at]:
            return None
        found = _WOULD_THEN.search(self.text, lower, at)
        return None if found is None else found.start()

    def before(self, at: int, lower: int, upper: int) -> str | None:
        """The tense of the cue nearest before `at` (in the clause, within the window): the
        verb a weak cue after it follows ("was put off until": past)."""
        starts, ends, kinds = self._cues_of(lower, upper)
        index = bisect_right(ends, at) - 1
        if index < 0 or kinds[index] == _BREAK or at - ends[index] > WINDOW:
            return None
        return _direction(kinds[index].removeprefix(_WEAK))

    def after(self, at: int, lower: int, upper: int) -> str | None:
        """The tense of the cue nearest after `at` (in the clause, within the window): the
        verb a time in its subject comes before ("the vote on March 3 will be counted")."""
        starts, _, kinds = self._cues_of(lower, upper)
        index = bisect_left(starts, at)
        if index >= len(starts) or kinds[index] == _BREAK or starts[index] - at > WINDOW:
            return None
        return _direction(kinds[index].removeprefix(_WEAK))

    def _governing(
        self, index: int, starts: list[int], ends: list[int], kinds: list[str]
    ) -> str | None:
        """The tense of the cue at `index`; for a weak one ("until"), a past verb just before
        it in the same stretch leaves the way open ("worked until Tuesday" looks back,
        "adjourned until Nov. 3" forward, as a verb of putting off does: "was adjourned until
        Thursday"), and a future one keeps it."""
        kind = kinds[index]
        if not kind.startswith(_WEAK):
            return kind
        before = index - 1
        if before >= 0 and kinds[before] == "past":
            gap = self.text[ends[before] : starts[index]]
            stretch = len(gap) <= _WEAK_REACH and "," not in gap and not _CONJUNCTION.search(gap)
            if stretch and not self._put_off(starts[before], ends[index]):
                return None
        return kind.removeprefix(_WEAK)

    def _when_clause(self, lower: int, start: int, end: int, upper: int) -> str | None:
        """The tense of a clause of "when" right after the expression and a comma, which
        tells what happened or will happen at that time ("sales will pick up after the surge
        over the summer, when carmakers offered discounts": the summer gone by; "will reopen
        in March, when repairs are done"): its first cue, before another comma. Not a time
        to come after a verb in the past of the time's own clause ("prices were high in
        June, when the plant reopens": the June gone by)."""
        opened = _WHEN_AFTER.match(self.text, end, upper)
        if opened is None:
            return None
        starts, ends, kinds = self._cues_of(lower, upper)
        index = bisect_left(starts, opened.end())
        if index >= len(starts) or kinds[index] == _BREAK:
            return None
        gap = self.text[opened.end() : starts[index]]
        if len(gap) > _WHEN_REACH or "," in gap:
            return None
        told = _direction(kinds[index].removeprefix(_WEAK))
        before = bisect_right(ends, start) - 1
        if told == "future" and before >= 0 and kinds[before].removeprefix(_WEAK) == "past":
            return None  # the main clause's own verb, in the past, tells
        return told

    def _condition_to_come(self, lower: int, start: int, upper: int) -> bool:
        """Whether the time at `start` stands in a clause of "if" (no comma nor clause break
        between them) whose sentence tells what would follow ("he would file an amendment if
        negotiators reached a deal by Thursday", "if prices fell in March, the bank would
        act"): a condition put in the past of reported speech is still to come. Not "if"
        meaning "whether" ("asked if the board met on Friday", "would not confirm if":
        whether_if of timex_tense_cues.json, or a verb after "not"), nor a condition of the
        past ("would have walked out", "if the pilot had slept on Sunday")."""
        window = self.text[max(lower, start - WINDOW) : start].lower()
        at = window.rfind("if ")
        if at < 0 or (at > 0 and window[at - 1].isalnum()) or _NO_CONDITION.search(window, at):
            return False
        if _HAD_IN.search(window, at):
            return False  # "would try to establish if the pilot had slept on Sunday": gone by
        before = window[:at].split()[-2:]
        if before and (
            before[-1] in _cues().whether_if
            or before[0] in _NEGATIONS
            or before[0].endswith(_CONTRACTED_NOT)
        ):
            return False  # "asked if", "would not confirm if": "whether", no condition
        return _WOULD.search(self.text, lower, upper) is not None

    def _task_gone_by(self, lower: int, verb: int, end: int, upper: int) -> bool:
        """Whether a task set before its deadline (ending at `end`) is told as gone by: set in
        the past perfect ("had wanted the board to answer by Monday") or followed by "but" or
        "and" and a clause in the past that tells how it went ("wanted to finish by Tuesday,
        but he fell ill", "and it did so"; after "and", a clause with a subject of its own, not
        the same subject's next act, and no verb of saying): the deadline is then the nearest
        such time, not one still to come."""
        if _HAD_BEFORE.search(self.text, max(lower, verb - 20), verb):
            return True
        outcome = _OUTCOME_AFTER.match(self.text, end, upper)
        if outcome is None:
            return False
        told = [
            word.strip(",.;")
            for word in self.text[outcome.end() : min(upper, outcome.end() + 50)]
            .lower()
            .split()[:5]
        ]
        if outcome[0].rstrip().endswith("and") and told[:1] and past_form(told[0]):
            return False  # "ordered schools to reopen by Monday and closed roads": one more act
        for word in told:
            if word in _cues().speech:
                return False  # "but officials said buses would run": a report, no outcome
            if past_form(word):
                return True  # "and it did so", "but no answer came"
            if word in _cues().auxiliaries:
                return False  # "but it would try again": no outcome told
        return False

    def _lead(self, lower: int, at: int) -> str:
        """The word before `at` (before "the" if that comes right before it), in lower case:
        a cheap test before the searches that need it."""
        before = self.text[max(lower, at - 12) : at].lower().split()
        if before[-1:] == ["the"]:
            before.pop()
        return before[-1] if before else ""

    def _reported_subject(self, cue_start: int, cue_end: int) -> bool:
        """Whether the cue at text[cue_start:cue_end] is a verb of saying that takes a clause
        and what follows it opens that clause with its subject ("said the vote on Sunday will
        be close", "said demand in the fourth quarter would rise"): a time in the subject
        takes the reported verb's tense, told after it, not the saying's. Not when a
        preposition or an adverb follows the verb ("said in a statement on Monday", "said late
        on Monday"): the time of the saying."""
        return self.text[cue_start:cue_end].lower() in _SAYING and bool(
            _SUBJECT_AFTER.match(self.text, cue_end)
        )

    def _told_on(self, cue_start: int, cue_end: int, at: int, end: int) -> bool:
        """Whether the time at text[at:end] follows a verb of telling and whom it was told to
        ("told AFP Monday night it would appeal", "told the Kelby Herald on Monday it would
        sue", "told reporters Tuesday the mine will reopen"): the day of the telling, told in
        the past, whatever the clause told after it says of the future. Not a day that opens
        what was told, in the possessive ("told players Saturday's final will be tough") or
        before its verb ("told staff Monday would be a holiday"), nor after the thing a verb
        like "announced" takes ("announced the parade late Saturday will be cancelled")."""
        verb = self.text[cue_start:cue_end].lower()
        if verb not in _cues().speech or self.text.endswith(_POSSESSIVE, at, end):
            return False
        told = _TOLD_TO.fullmatch(self.text, cue_end, at)
        return (
            told is not None
            and (told["whom"] is None or verb in _TOLD_TO_WHOM)
            and not _VERB_AFTER_A_DAY.match(self.text, end)
        )

    def _called_for(self, lower: int, at: int) -> bool:
        """Whether a verb of calling, setting or forecasting, the thing and "for" lead to the
        time at `at` ("called a strike for Thursday", "forecast more storms for the weekend",
        "predicts snow for Sunday"): the time it is set or forecast for, still to come when
        told. Not in the past perfect ("had forecast rain for Monday, but it stayed dry"),
        told of a time before another gone by."""
        verb = _led_up_to("called_for", _CALLED_FOR).search(self.text, lower, at)
        return verb is not None and not _HAD_BEFORE.search(self.text, lower, verb.start())

    def _readying(self, lower: int, at: int) -> bool:
        """Whether a verb of making ready, not in the past, leads through "for" and the thing
        readied for to the time at `at` ("are bracing for strong winds on Saturday", "have
        been using the lull to prepare for a hot day on Friday", "is getting ready for the
        vote on Thursday"): the time of that thing, still to come when told. Not after "was"
        or "were" ("were bracing for the storm on Friday": told in the past, the storm may
        be gone by). Not when the word right before the time is a past form ("preparing for
        the trial of the men arrested on Sunday": the time of the arrest), and "steel" or
        "gear" only with "up" or whom they ready ("shipped steel for the bridge on Monday")."""
        if "for" not in self.text[lower:at]:
            return False
        verb = _led_up_to("readiness", _READY_FOR).search(self.text, lower, at) or _led_up_to(
            "readiness_with_up", _READY_UP_FOR
        ).search(self.text, lower, at)
        if verb is None or _PAST_BE.search(self.text, lower, verb.start()):
            return False
        last = _THING_LAST_WORD.search(self.text, verb.start(), at)
        word = last[1].lower() if last else ""
        return not (past_form(word) and word not in _cues().not_past)

    def _set_in_passive(self, lower: int, at: int, end: int) -> bool:
        """Whether a verb of calling or setting in the passive leads to the time at `at`: "a
        hearing was set for Tuesday", "a strike had been called for Monday" tell, in the past,
        what was set (as "the court set a hearing for Tuesday" does) and the day it is set
        for, still to come when told; not a day in the possessive ("was called for Monday's
        match": a thing of that day)."""
        if self.text.endswith(_POSSESSIVE, at, end):
            return False
        verb = _led_up_to("called_for", _SET_FOR).search(self.text, lower, at)
        return verb is not None and _PASSIVE_BE.search(self.text, lower, verb.start()) is not None

    def _put_off(self, lower: int, at: int) -> bool:
        """Whether a verb of putting off (or bringing forward) in text[lower:at] leads to the
        time at `at`: "adjourned until Thursday", "postponed the vote to June", "agreed last
        week to delay the exit to April 12" name a new time, still to come when told."""
        return _led_up_to("put_off", _PUT_OFF_TO).search(self.text, lower, at) is not None

    def _other_clause(self, end: int, cue_start: int) -> bool:
        """Whether the cue after an expression is in a clause of its own: after a comma (an
        attribution, "..., officials said", or the verb after an aside, "the bank, which
        will be sold on Friday, fell") or after a conjunction ("and", "but", or "that" opening
        what was said: "told analysts late Wednesday that the market should stabilise")."""
        gap = self.text[end:cue_start]
        return "," in gap or _CONJUNCTION.search(gap) is not None

    def _attribution(self, lower: int, start: int, end: int, cue_start: int, cue_end: int) -> bool:
        """Whether the cue after an expression is the verb of telling after the quotation
        that holds it ('"By March we want a free float," he told the radio'): it dates the
        telling, not what is quoted. Not for a sentence asked from its start, before the
        quotation opens ('"We think it works," said Ana Vell.'): its tense is the telling's."""
        text = self.text
        return (
            _OPENING_QUOTE.search(text, lower, start) is not None
            and _CLOSING_QUOTE.search(text, end, cue_start) is not None
            and text[cue_start:cue_end].lower() in _cues().speech
        )

    def _cues_of(self, lower: int, upper: int) -> tuple[list[int], list[int], list[str]]:
        if lower not in self._scanned:
            cues = _cues()
            starts, ends, kinds = [], [], []
            for match in cues.pattern.finditer(self.text, lower, upper):
                kind = _kind(self.text, match, cues)
                if kind:
                    starts.append(match.start())
                    ends.append(match.end())
                    kinds.append(kind)
            self._scanned[lower] = (starts, ends, kinds)
        return self._scanned[lower]


@cache
def _forecast_passive() -> re.Pattern[str]:
    """After "is" or "are": an adverb in -ly or none, a participle of forecasting
    (forecast_passive of timex_tense_cues.json), "to" and a verb other than "have" or "be"
    ("is widely predicted to win", not "is estimated to have cost")."""
    listed = words(table("timex_tense_cues.json")["forecast_passive"], fold=True)
    return compiled(r"(?:\s+[a-z]+ly)?\s+" + listed + r"\s+to\s+(?!(?:have|be|been)\b)[a-z]")


@cache
def _day_after() -> re.Pattern[str]:
    """A day name or a month right after a word, or after "on" or "in" ("is Thursday", "are
    on Monday", "is in October"), maybe with the hour of that day before it ("is midnight on
    Friday", "is 5 p.m. on Monday", "is at noon Tuesday": a deadline's)."""
    lexicon = table("timex_lexicon.json")
    days = words(list(lexicon["weekdays"]) + list(lexicon["months"]))
    hour = words(lexicon["trigger_words"]["clock"])
    return compiled(
        rf"\s+(?:(?:at\s+)?(?:{hour}|\d{{1,2}}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?)\s+)?"
        rf"(?:(?:on|in)\s+)?{days}(?![\w'’])"
    )


@cache
def _saying() -> str:
    """The verbs of saying and telling (says_a_clause, tells_whom of timex_tense_cues.json),
    which open a clause of their own after a plan or a term: its day is the telling's."""
    cues = table("timex_tense_cues.json")
    return words(cues["says_a_clause"] + cues["tells_whom"])


# after a verb of intent or bidding: what is bid ("him", "staff"), "to", a verb and a few words
# of its own (no comma, no conjunction, no verb of saying: "agreed to pay, the court said on
# Monday" dates the telling; no clause of its own told in the past, see _relative_in_the_past),
# then a preposition of a day or none, right before a day
@cache
def _intent_plan(month: bool = False) -> str:
    """`month`: a month's preposition "in" may stand before it as well ("to visit in June")."""
    lead = "on|from|until|till|in" if month else "on|from|until|till"
    return (
        r"(?:\s+(?!to\b)[\w'-]+){0,3}\s+to\s+(?!(?:the|a|an|its|their|his|her|our|this|that)\b)"
        rf"[a-z]+(?:\s+(?!(?:and|but|or|that|which|who|when|after|before|{_saying()})\b"
        rf"|{_relative_in_the_past()})[\w'’-]+){{0,8}}?\s+(?:(?:{lead})\s+)?\Z"
    )


@cache
def _relative_in_the_past() -> str:
    """A clause without "that" or "which" inside the object, its subject a pronoun or a
    determiner and a noun, then its verb in the past (the past of timex_tense_cues.json, or a
    word in -ed): "to repay fees it charged customers", "to ignore remarks the witness made";
    a time after it is of that verb, gone by, not of the thing bid."""
    past = words(table("timex_tense_cues.json")["past"])
    return (
        r"(?:(?:it|he|she|they|we|you|(?:the|a|an|its|their|his|her|our)\s+[\w'’-]+)"
        rf"\s+(?:{past}|[a-z]{{2,}}ed)\b)"
    )


_INTENT_REACH = 120
# the lists of timex_tense_cues.json whose verbs lead to a plan: "agreed to", "invited him to",
# "to offer to"
_PLANNING = ("intent", "bidding", "intent_infinitive")


def planned_by_intent(text: str, at: int, month: bool = False) -> bool:
    """Whether the time at `at` is of a plan a verb of intent or bidding told ("They agreed to
    return to work on Thursday", "The court ordered him to appear on Friday", "The protests
    led him to offer to quit on April 28"): a thing agreed, decided or bid is done after it
    was, and news tells it while it is to come; a look for "to " first, as most times have
    none before them, and one search for the verbs of all three lists. `month`: the time is a
    month, which "in" may lead."""
    lower = max(0, at - _INTENT_REACH)
    if "to " not in text[lower:at]:
        return False
    return _led_up_to(_PLANNING, _intent_plan(month)).search(text, lower, at) is not None


# after a verb of warning or of setting a term: what is warned of or set, a few words of its
# own (no comma, no clause of its own), and a word of a stretch's end right before a time
@cache
def _term_set() -> str:
    return (
        rf"(?:\s+(?!(?:but|that|which|who|when|{_saying()})\b)[\w'’-]+){{0,10}}?"
        r"\s+(?:until|till|through|thru)\s+(?:at\s+least\s+)?\Z"
    )


_TERM_REACH = 120


def term_set_before(text: str, at: int) -> bool:
    """Whether a verb of warning, forecasting or setting a term leads to a stretch that ends
    at the time at `at` ("It warned of landslides until Monday", "Police imposed a curfew
    through Sunday"): a warning or a term is of time still to come when it is told; a look
    for "til" or "thr" first, as most times have neither before them."""
    lower = max(0, at - _TERM_REACH)
    window = text[lower:at]
    if "til" not in window and "thr" not in window:
        return False
    term = _led_up_to("sets_a_term", _term_set())
    found = term.search(text, lower, at)
    while found is not None and _opens_a_clause_of_its_own(found[0].split()[1:]):
        found = term.search(text, found.start() + 1, at)
    return found is not None


def _opens_a_clause_of_its_own(words_after_verb: list[str]) -> bool:
    """Whether "and" or "or" among the words after a verb opens a clause of its own: one or
    two words, its subject, then a past form ("banned him and he trained alone", "declared
    the road safe and crews worked"), whose stretch is no term the first verb set; a second
    verb of the same subject ("declared a curfew and closed roads") is no new clause."""
    lowered = [word.lower() for word in words_after_verb]
    return any(
        word in ("and", "or")
        and not past_form(lowered[at + 1])
        and any(past_form(verb) for verb in lowered[at + 2 : at + 4])
        for at, word in enumerate(lowered[:-2])
    )


def past_form(word: str) -> bool:
    """Whether a word in lower case is a past form or a participle ("struck", "approved")."""
    return word in _cues().participles or (len(word) > 4 and word.endswith("ed"))


def tense_at(
    text: str, start: int, end: int, lower: int = 0, upper: int | None = None
) -> str | None:
    """The tense around one expression (see TenseIndex.at), for a single question."""
    window_low = max(lower, start - WINDOW)
    return TenseIndex(text).at(start, end, window_low, min(upper or len(text), end + WINDOW))


def _hyphened(text: str, match: re.Match) -> bool:
    """Whether the cue is glued by a hyphen to a word before or after it: part of a
    compound adjective, which tells no tense."""
    start, end = match.start(), match.end()
    return (start > 0 and text[start - 1] == "-") or (end < len(text) and text[end] == "-")


def _kind(text: str, match: re.Match, cues: _Cues) -> str | None:
    word = " ".join(match.group().lower().split())  # a phrase with one space: "takes effect"
    if word in ";:":
        return _BREAK
    if _hyphened(text, match):
        return None  # "a bigger-than-expected profit", "a next-generation chip": an adjective
    before = text[max(0, match.start() - 8) : match.start()].split()
    after = before[-1].lower() if before else ""
    if after.endswith(("'s", "’s")):
        after = "the"  # after a possessive, a word is a noun or an adjective ("the firm's plan")
    if word in _PAST_AFTER_SUBJECT and after in _SUBJECT_PRONOUNS:
        return "past"  # "down from the growth it forecast in October": a forecast made then
    if word in cues.plural_present:
        if " " in word and after not in cues.auxiliaries and after not in cues.determiners:
            return "future"  # "Voters in Velaru go to the polls on Saturday": a phrase, no noun
        if _plural(after) or _plural_subject_before(text, match.start()):
            return "future"  # "Ministers meet", "Kelby United host Tarsk", not "to meet"
        if after in ("and", "but") and _second_predicate(text, match.start(), cues):
            return "future"  # "Kelby lost on Tuesday and play again on Sunday"
        return None
    if word.startswith("could") and _negated(text, match.end(), word):
        told = _next_word(text, _past_not(text, match.end()))
        # "couldn't say when the vote would happen": a telling gone by, as "did not say";
        # "could not attend on Monday", "couldn't attend": no way either
        return "past" if told in cues.could_not_tell else None
    if word in cues.future:
        if word == "ahead" and _next_word(text, match.end()) == "of":
            return _AHEAD_OF
        if _word_before(text, match.start()) in cues.superseded:
            return _NEITHER  # "originally set for September": a plan given up or changed
        if word == "could" and _next_word(text, match.end()) in cues.could_back:
            return None  # "could not attend on Monday": an ability gone by
        if word in cues.future_nouns and after in cues.determiners:
            return None
        if after in cues.compared_after:
            return None  # "rose more than expected", "reopened as planned": no plan to come
        if _PAST_BE.search(text, max(0, match.start() - 30), match.start()) and not (
            _reported(text, match.start(), cues) or _attributed(text, match.end(), cues)
        ):
            return None  # "was originally scheduled for October": a plan told in the past
        if word in cues.before_to and after in cues.determiners:
            # "its forecast for the year": a noun, which looks forward to its period alone
            return _PLAN_NOUN if _TO_OR_FOR.match(text, match.end()) else None
        if word in cues.before_to and not _TO_OR_FOR.match(text, match.end()):
            if (
                after in _VERB_AFTER
                and word.endswith("s")
                and word not in _BE
                and _object_follows(text, match.end(), cues)
            ):
                return "future"  # "and plans more cuts in February": a verb, no noun
            if word in _BE and _progressive(text, match.end()):
                return _PROGRESSIVE  # "The show is closing on Friday": an arrangement
            if word in _BE and _forecast_passive().match(text, match.end()):
                return "future"  # "The storm is predicted to strike on Friday": a forecast
            # "The vote is Thursday", "The hearings are on Monday": a schedule
            return "future" if word in _BE and _day_after().match(text, match.end()) else None
        if word in cues.weak and _COUNTDOWN.search(text, max(0, match.start() - 24), match.start()):
            return None  # "with 40 days until the regatta": a count of time, no plan
        return _WEAK + "future" if word in cues.weak else "future"
    if word in cues.intent and _TO_VERB.match(text, match.end()):
        if _PERFECT_BEFORE.search(text, max(0, match.start() - 20), match.start()):
            return "future"  # "has promised to publish it on Friday": a perfect takes no day
        # "voted to strike in January": a time after it may be of the plan, to come, or of the
        # vote ("voted to strike on Monday"), gone by: the nearest one
        return _NEITHER
    if word in cues.not_past or (word in cues.past_as_present and after in cues.auxiliaries):
        return None  # "could hit a record in March": the present after an auxiliary
    if _negated_adjective(word):
        return None  # "kept prices unchanged until June": no verb "unchange"
    if word in _HAVE and not _perfect(text, match.end(), cues):
        return None  # "has until Friday", "will have lunch on Monday": a verb of having
    if word in cues.not_participles:
        return "past"
    if word in cues.nouns_too and not _object_follows(text, match.end(), cues):
        return None  # "expects a rate cut in March": a noun, no verb of the past
    if word not in cues.not_participles and _causative(text, match.start()):
        return None  # "asked to have the ban lifted before May": a participle, no past
    if after in cues.participle_after or after in cues.determiners:
        return None
    if after.endswith("ly") and _word_before_adverb(text, match.start()) in cues.participle_after:
        return None  # "is widely predicted to", "remain heavily guarded": a participle
    return "past"


_ADVERB_BEFORE = compiled(r"([a-z]+)\s+[a-z]+ly\s+\Z")
_ADVERB_REACH = 32  # a word of "is", "remain" ... and an adverb


def _word_before_adverb(text: str, at: int) -> str:
    """The word before the adverb in -ly right before `at`, in lower case ("is" of "is widely
    predicted"); "" for none."""
    found = _ADVERB_BEFORE.search(text, max(0, at - _ADVERB_REACH), at)
    return found[1] if found else ""


# "have" or "get" and what is had done, up to four words from a determiner or a pronoun, right
# before a participle: "to have the house arrest lifted", "will get the road reopened"
_CAUSATIVE = compiled(
    r"\b(?i:have|get|getting|having)\s+(?:the|a|an|its|their|his|her|our|my|your|it|them|him)"
    r"(?:\s+[\w'’-]+){0,3}\s+\Z"
)
_CAUSATIVE_REACH = 48


def _causative(text: str, at: int) -> bool:
    """Whether "have" or "get" and what is had done come right before `at` (see _CAUSATIVE);
    a look for the words first, as most past forms have neither before them."""
    lower = max(0, at - _CAUSATIVE_REACH)
    window = text[lower:at]
    return ("ha" in window or "get" in window) and bool(_CAUSATIVE.search(text, lower, at))


_NEXT_TOKEN = compiled(r"\s*([A-Za-z]+|\S)")


def _object_follows(text: str, at: int, cues: _Cues) -> bool:
    """Whether what follows a past form that is a noun too is its object, as after a verb
    ("cut rates", "cost $2 billion"), not a preposition, a verb or a stop ("a rate cut in
    March", "the cost was", "a bid.")."""
    following = _NEXT_TOKEN.match(text, at)
    if following is None:
        return False
    token = following[1]
    if token.isalpha():
        return token.lower() not in cues.no_object
    return token not in ",.;:!?)"


def _negated_adjective(word: str) -> bool:
    """Whether a word of "un" and a participle is an adjective, no past verb: no English
    verb is its stem ("unchanged", "undisclosed", "unidentified", as "unveiled" and
    "unplugged" are verbs' past: "unveil", "unplug")."""
    if not (word.startswith("un") and word.endswith("ed") and len(word) > 6):
        return False
    stems = (word[:-1], word[:-2], word[:-3], word[:-3] + "y")  # -d, -ed, -Xed, -ied
    return not any(map(is_english_word, stems))


_LAST_WORD = compiled(r"([A-Za-z]+)\s+\Z")


def _word_before(text: str, at: int) -> str:
    before = _LAST_WORD.search(text, max(0, at - 16), at)
    return before[1].lower() if before else ""


def _next_word(text: str, at: int) -> str:
    following = _NEXT_WORD.match(text, at)
    return following[1].lower() if following else ""


def _direction(kind: str | None) -> str | None:
    if kind in (_PROGRESSIVE, _AHEAD_OF):
        return "future"
    return None if kind in (_NEITHER, _PLAN_NOUN) else kind


# an adverb or two, then a word in -ing, after "is" or "are"
_ING_AFTER = compiled(
    r"(?:\s+(?:still|also|now|already|[a-z]+ly))?\s+([a-z]{2,}?)(?:ing)(?![\w'’-])"
)


def _progressive(text: str, at: int) -> bool:
    """Whether "is" or "are" ending at `at` makes a present progressive: a verb in -ing follows
    ("is closing", "are now holding", "is being held"). With a time it tells an arrangement
    to come ("The exhibition is closing on Friday", "Staff are holding a party on Thursday"),
    as news tells what happened in the past tense. A noun or a time in -ing is no verb ("is
    nothing", "is spring", "is evening"): its stem must be an English word."""
    following = _ING_AFTER.match(text, at)
    if following is None:
        return False
    stem = following[1].lower()
    if stem + "ing" in _ing_times():
        return False
    doubled = len(stem) > 2 and stem[-1] == stem[-2]  # "running", "planning"
    return any(map(is_english_word, (stem, stem + "e", stem[:-1] if doubled else stem)))


@cache
def _ing_times() -> frozenset[str]:
    """The names of times that end in -ing ("morning", "spring"): no verb after "is"."""
    lexicon = table("timex_lexicon.json")
    return frozenset(w for w in (*lexicon["day_parts"], *lexicon["seasons"]) if w.endswith("ing"))


_PLURAL_PRONOUNS = frozenset(("they", "we"))
# words after which "plans", "forecasts" or "wants" is a verb in the present, not a noun
_VERB_AFTER = frozenset(("and", "but", "it", "he", "she", "which", "who", "also", "now", "still"))
_SUBJECT_PRONOUNS = frozenset(("it", "they", "we", "he", "she", "i"))
# future cues spelt as their past: after a subject pronoun, the verb told in the past
_PAST_AFTER_SUBJECT = frozenset(("forecast", "set"))


# a name opening its clause (at the start of a sentence, a line or a dateline's dash, or after "and" or "but"),
# or a plural noun, maybe with an aside of "who" or "which" between commas after it, right
# before a verb: "Kelby United play on Friday", "Dravenna, who won the cup, host Tarsk"
_SUBJECT_BEFORE = compiled(
    r"(?:(?:(?<![\s\S])|(?<=[.!?;:—–]\s)|(?<=\n)|\b(?:and|but)\s+)"
    r"(?:The\s+)?(?:[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,3}"
    # or a plural noun opening its clause and where its members are ("Schools in Kessa",
    # "Voters across Velkor", "Students at Kelby University")
    r"|[A-Za-z][a-z]{2,}(?<![su]s)(?<!is)s\s+(?:in|across|at|from|of|around)\s+(?:the\s+)?"
    r"[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*){0,3})"
    r"|\b[a-z]{3,}(?<![su]s)(?<!is)s)"
    r"(?:,\s+(?:who|which)\b[^,;:.!?]*,)?\s+\Z"
)
_SUBJECT_REACH = 100


def _plural_subject_before(text: str, at: int) -> bool:
    """Whether the verb at `at` follows its subject as a verb in the plural present does: a
    plural noun past an aside ("The ministers, who met in May, meet again on Friday"), or
    a name opening its clause, which a verb in that form shows to be a body of many, as
    British copy writes teams and companies ("Kelby United play on Friday", "Dravenna, who
    won the cup last season, host Tarsk on Sunday"), or a plural noun opening its clause and
    where its members are ("Schools in Kessa reopen in September", "Voters in Velmora
    return to the polls on Sunday"); not after another verb ("fans saw Kelby play", the
    name an object)."""
    end = at
    while end > 0 and text[end - 1].isspace():
        end -= 1
    lower = max(0, at - _SUBJECT_REACH)
    first = max(text.rfind(" ", lower, end), text.rfind("\n", lower, end), lower - 1) + 1
    if end == 0 or not (text[first].isupper() or text[end - 1] == ","):
        return False  # a look at the word before first: most such verbs follow neither
    return _SUBJECT_BEFORE.search(text, lower, at) is not None


def _second_predicate(text: str, at: int, cues: _Cues) -> bool:
    """Whether the verb at `at`, right after "and" or "but", is a second predicate of the
    clause's subject, no infinitive's or auxiliary's second verb ("to train and play",
    "will rest and play"): in the plural present it is a plan, as sports copy tells a team's
    next match after its last ("Kelby Rovers lost on Tuesday and play again on Sunday").
    The auxiliary or "to" may stand anywhere in the clause before it ("refused to train on
    Monday and play on Tuesday"); "to" only before a verb, no name or article ("lost to
    Tarsk on Monday and play again on Sunday")."""
    lower = max(0, at - _CLAUSE_REACH)
    opens = max(text.rfind(mark, lower, at) for mark in _CLAUSE_MARKS) + 1
    words = text[max(lower, opens) : at].split()[:-1]  # the clause up to its "and"
    for i, word in enumerate(words):
        key = word.lower()
        if key not in cues.auxiliaries:
            continue
        following = words[i + 1] if i + 1 < len(words) else ""
        if key != "to" or (following[:1].islower() and following not in cues.determiners):
            return False
    return True


_CLAUSE_MARKS = (",", ";", ":", ".", "!", "?", "\n")  # what ends the clause before
_CLAUSE_REACH = 120  # the most characters of a clause looked back over


def _plural(word: str) -> bool:
    """Whether a word in lower case is a plural pronoun or looks like a plural noun
    ("ministers", "sides", "teams"; not "his", "bus", "class"): a verb's plural subject."""
    return word in _PLURAL_PRONOUNS or (
        len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is"))
    )


_PARTICIPLE_ENDINGS = ("ed", "en", "wn", "ne", "un", "ung", "unk", "uck")
_ADVERBS_BEFORE_PARTICIPLE = 2  # "have also already agreed"


@cache
def _objects_of_having() -> frozenset[str]:
    """Words with a participle's ending that are counts, pronouns or nouns, what one has
    ("have one poll day", "has seven members", "have fun", "have children"): the number
    words of timex_lexicon.json and have_objects of timex_tense_cues.json."""
    numbers = (w for w in table("timex_lexicon.json")["numbers"] if " " not in w)
    return frozenset(numbers) | frozenset(table("timex_tense_cues.json")["have_objects"])


def _perfect(text: str, at: int, cues: _Cues) -> bool:
    """Whether "has" or "have" ending at `at` makes a perfect: a participle follows, maybe
    after an adverb or two ("have risen", "has now come", "have also cut"). Before any other
    word it is a verb of having, which tells no time ("has until Friday", "have a plan", "will
    have lunch on Monday", "have talks on Tuesday")."""
    for _ in range(_ADVERBS_BEFORE_PARTICIPLE + 1):
        following = _NEXT_WORD.match(text, at)
        if following is None:
            return False
        word = following[1].lower()
        if word in cues.participles or (
            word.endswith(_PARTICIPLE_ENDINGS) and word not in _objects_of_having()
        ):
            return True
        if word not in cues.perfect_adverbs and not word.endswith("ly"):
            return False
        at = following.end()
    return False


_SPEECH_REACH = 60  # how far before a plan told in the past a verb of telling may be
_SENTENCE_BREAK = compiled(r"[.!?;]\s")


def _reported(text: str, at: int, cues: _Cues) -> bool:
    """Whether a verb of telling comes shortly before `at` in its sentence: "officials said
    more rain was expected on Sunday" reports a plan still to come, in the tense of the
    telling."""
    stretch = _SENTENCE_BREAK.split(text[max(0, at - _SPEECH_REACH) : at])[-1]
    return any(word.lower() in cues.speech for word in _WORDS.findall(stretch))


_WORDS = compiled(r"[A-Za-z]+")


_ATTRIBUTION_REACH = 160  # how far after a plan told in the past its attribution may end
_TELLER_WORDS = 6  # the most words of a teller before the verb ("the Velkor weather service")
_TELLING_WORDS = 4  # the most words after it: whom and when ("reporters late on Monday")
_CLAUSE_END = compiled(r"[.;!?]")


def _attributed(text: str, at: int, cues: _Cues) -> bool:
    """Whether the sentence after `at` ends with an attribution, a verb of telling after a
    comma, maybe with the day of the telling ("..., which was expected to make landfall on
    Thursday, the agency said on Tuesday."): the plan is reported as still to come then, as
    with the verb of telling before it."""
    stretch = _CLAUSE_END.split(text[at : at + _ATTRIBUTION_REACH])[0]
    if "," not in stretch:
        return False
    tail = _WORDS.findall(stretch.rsplit(",", 1)[1])
    return any(
        word.lower() in cues.speech
        for place, word in enumerate(tail[: _TELLER_WORDS + 1])
        if len(tail) - place - 1 <= _TELLING_WORDS
    )

"""Results of matches: a score and a word of a match make the names beside them teams.

Clubs are often named after their towns ("Kelby beat Harwick 2-1"); the score tells the
club from the town, which the gazetteer alone would make a place.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from reader.parsing.lexicon import Lexicon
from reader.parsing.precompiled import compiled
from reader.parsing.tokens import Token, keys_around

if TYPE_CHECKING:  # names.py reads a row's first side here (first_side_of_a_row)
    from reader.parsing.names import Candidate

_SCORE = compiled(r"\d{1,3}[-\u2013]\d{1,3}")  # "2-1", "3–0" written as one word
_DASHES = frozenset({"-", "\u2013"})
_FIGURES = compiled(r"\d+")
_OPPONENT = frozenset({"with", "to", "over", "against", "by"})  # "drew 1-1 with Y"
_PLAYING = frozenset({"signed", "signs", "sign", "played", "plays", "play", "playing"})
# "debut against X": a match, or a goal in one, with no score told
_MATCHES = frozenset(
    {"debut", "match", "game", "final", "fixture", "derby", "goal", "goals", "scored", "played"}
)
_SIGNS = frozenset({"signed", "signs"})  # "X signed striker Ana Vell": X is a club
_TRANSFERS = frozenset({"signed", "signs", "loaned"})  # "... from X": X is a club
_TRANSFER_REACH = 6  # the most words between a signing and the "from" of the club
# the last words of a place's name that clubs named after their towns end in too: "Kelby
# City", "Harwick Town", "Ostby County" (see _followed)
_CLUB_PLACES = frozenset({"city", "town", "county"})
# verbs in the plural a team's name takes in match reports ("Kelby were held", "Kelby
# travel to Harwick"), where a town's takes the singular ("Kelby is", "Kelby has")
_PLURAL_VERBS = frozenset(
    {"are", "were", "have", "play", "travel", "face", "host", "meet", "visit", "remain", "need"}
)
# what may stand before the subject of a clause
_CLAUSE_OPENINGS = frozenset({",", "while", "whereas", "but"})
_FINISHED = frozenset({"finished", "finishes", "finish"})
# the verbs after a side that _plural_subject and _finished read
_CLAUSE_VERBS = _PLURAL_VERBS | _FINISHED
# a place in a table: "X finished second", "X finished bottom"
_STANDINGS = frozenset(
    {"second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"}
    | {"last", "top", "bottom", "runners-up"}
)
_FANS = frozenset({"fans", "supporters"})
# what opens an aside after a side's name, and the most words to its closing comma
_ASIDE_REACH = {"the": 7, "who": 12}
_ASIDES = frozenset(_ASIDE_REACH)
_STANDING_WORDS = 3  # the most words of a side's standing before its name ("league leaders")
_REACH = 3  # the most words of the other side between a word of a match and its result
_GROUND_REACH = 8  # the most words between a score and the "at" of its ground


def played(tokens: list[Token], cand: Candidate, lex: Lexicon) -> bool:
    """Whether the name is a side of a match told with its score or margin: the subject
    of a word of a match ("X beat Y 2-1", "X drew 1-1 with Y", "X won by six wickets"),
    its object before the result ("beat X 2-1", "beat X by 20 runs") or the opponent
    after a word of a match ("lost 3-0 to X", "a 2-1 win over X", "lost to X by 8
    wickets"), or after a match and "against" ("his debut against X"); or the side a
    player or its coach is of ("X striker Ana Vell", "signed for X", "played for X", see
    staffed) or came from ("signed Ana Vell from X"); or a name in the singular that takes
    a verb in the plural (see _plural_subject), that finishes in a place of a table ("X
    finished second") or that has fans ("fans of X").

    The words right before and after the name are read once: each rule is asked only
    where the word it needs first stands (most names have none of them)."""
    i, j = cand.first, cand.last
    n = len(tokens)
    before, nxt = keys_around(tokens, i, j)
    if (nxt in lex.squad_roles or nxt in _SIGNS) and staffed(tokens, j + 1, lex):
        return True
    if before == "for" and i >= 2 and _plays_for(tokens, i - 1):
        return True
    # "X, who finished third last season, lost 1-0": the verb after the aside
    verb = _past_an_aside(tokens, j + 1) if nxt == "," else j + 1
    verb_key = tokens[verb].key if verb < n else ""
    if verb_key in _CLAUSE_VERBS and (
        _plural_subject(tokens, cand, verb) or _finished(tokens, verb)
    ):
        return True
    if (i == 0 or j + 2 >= n) and _side_of_a_row(tokens, i, j):
        return True  # a row's side opens or ends its line
    if before == "of" and i >= 2 and tokens[i - 2].key == "fans":
        return True  # "fans of X clashed": a side's fans, when X is named like a town
    if j > i and tokens[j].key in _CLUB_PLACES and _followed(tokens, j):
        # "Kelby City fans", "Kelby City's Arno Vesk scored"; not a city the gazetteer knows
        # ("Mexico City's Clara Brugada said": its mayor)
        return not lex.is_place(" ".join(t.key for t in tokens[i : j + 1]))
    if before == "from" and i >= 2 and _transferred(tokens, i - 2):
        return True
    if verb_key in lex.match_words and tokens[verb].lower:
        return any(_result_ends(tokens, k, lex) for k in range(verb + 1, min(verb + 4 + _REACH, n)))
    if _after_a_match_word(tokens, i, lex):
        return j + 1 < n and (_score_starts(tokens, j + 1) or _margin_at(tokens, j + 1, lex))
    if before == "against" and i >= 2 and tokens[i - 2].key in _MATCHES:
        return True  # "his debut against X", "the final against X", "scored against X"
    if before in _OPPONENT and i >= 2:
        at = _before_at_home(tokens, i - 2)  # "lost 1-0 at home to X"
        if tokens[at].key in lex.match_words:  # "a 2-1 win over X", "lost to X by 8 wickets"
            scored = any(_score_ends(tokens, k) for k in range(max(at - 3, 0), at))
            # "drew with X 1-1", "lost to X 3-0": the score after the opponent
            return scored or _score_starts(tokens, j + 1) or _margin_at(tokens, j + 1, lex)
        return _score_ends(tokens, at)  # "drew 1-1 with X"
    return False


def _before_at_home(tokens: list[Token], k: int) -> int:
    """Where the result stands before "at home" ending at `k` ("lost 1-0 at home to X",
    "beaten at home by X"): the side after is the visitor; `k` when no "at home" ends
    there."""
    if k >= 2 and tokens[k].key == "home" and tokens[k - 1].key == "at":
        return k - 2
    return k


def _side_of_a_row(tokens: list[Token], i: int, j: int) -> bool:
    """Whether the name at tokens[i..j] is a side in a row of results, a line of its own:
    the first before its goals or the score and the other side ("Kelby Town 2 Ostra City
    1", "Kelby Town 2-0 Ostra City"), or the other after them, ending the line or before
    its own goals. A figure of a place's site stands alone ("Terminal 2 reopened")."""
    n = len(tokens)
    if i == 0:
        return first_side_of_a_row(tokens, i, j)
    return (  # the line's end first: most names stand before more words
        i >= 2
        and (j + 1 == n or (j + 2 == n and _figure(tokens[j + 1])))
        and tokens[i - 2].cap
        and _goals(tokens[i - 1])
    )


def first_side_of_a_row(tokens: list[Token], i: int, j: int) -> bool:
    """Whether the name at tokens[i..j] opens a row of results, before its goals or the
    score and a capitalised word, the other side ("Kelby Town 2 Ostra City 1")."""
    return i == 0 and j + 2 < len(tokens) and tokens[j + 2].cap and _goals(tokens[j + 1])


def _goals(token: Token) -> bool:
    """A side's goals or a match's score in one word: "2", "2-1" (a figure first: asked
    before the score's pattern)."""
    text = token.text
    return text[:1].isdigit() and (
        (_figure(token) and len(text) <= 2) or _SCORE.fullmatch(text) is not None
    )


def _after_a_match_word(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """Whether a word of a match stands before the name at `i`, maybe with the side's
    standing in lower case between: "beat X", "beat league leaders X", "beat the
    defending champions X"."""
    match_words = lex.match_words
    # the words back from the name, then the match's
    for token in reversed(tokens[max(i - 1 - _STANDING_WORDS, 0) : i]):
        if token.key in match_words:
            return True
        if not (token.lower and token.word):
            return False
    return False


def _finished(tokens: list[Token], at: int) -> bool:
    """Whether a place in a table follows at `at`: "(X) finished second", "(X) finished
    bottom of the league": a side, when named like a town."""
    return (
        at + 1 < len(tokens)
        and tokens[at].key in _FINISHED
        and tokens[at + 1].lower
        and tokens[at + 1].key in _STANDINGS
    )


def _plural_subject(tokens: list[Token], cand: Candidate, verb: int) -> bool:
    """Whether a name in the singular, the subject of its clause, takes a verb in the
    plural, an apposition maybe between: "Kelby were held to a draw", "Kelby, the league
    leaders, travel to Harwick": a team, as British match reports write them; a town takes
    the singular. Not a name ending in "s" ("the Netherlands", "Kurds"), nor one in a list
    ("Kelby and Harwick are") or after "the". `verb`: where the clause goes on after the
    name (see _past_an_aside)."""
    i, j = cand.first, cand.last
    if tokens[j].key.endswith("s") or tokens[j].possessive:
        return False
    if i > 0 and tokens[i - 1].key not in _CLAUSE_OPENINGS:
        return False
    return verb < len(tokens) and tokens[verb].lower and tokens[verb].key in _PLURAL_VERBS


def _past_an_aside(tokens: list[Token], k: int) -> int:
    """Where the clause goes on after an apposition ("X, the league leaders, were") or a
    relative clause ("X, who had won three in a row, remain") opening at `k`; `k` when
    none opens there."""
    if k + 1 < len(tokens) and tokens[k].text == "," and tokens[k + 1].key in _ASIDES:
        reach = _ASIDE_REACH[tokens[k + 1].key]
        return next(
            (m + 1 for m in range(k + 2, min(k + reach, len(tokens))) if tokens[m].text == ","), k
        )
    return k


def one_score(tokens: list[Token]) -> bool:
    """Whether the sentence tells one score, of fewer than six: a match between teams
    ("Tarsk beat Velkor 2-1"); a match between two players is told in sets, of six or
    seven games ("Vell beat Ostrum 6-4, 6-3", "Vell won the final 7-5")."""
    scores = [k for k in range(len(tokens)) if _score_ends(tokens, k)]
    return len(scores) == 1 and max(_figures(tokens, scores[0])) < 6


def _figures(tokens: list[Token], k: int) -> list[int]:
    """The two figures of the score that ends at tokens[k]."""
    text = tokens[k].text
    if _SCORE.fullmatch(text):
        return [int(figure) for figure in _FIGURES.findall(text)]
    return [int(tokens[k - 2].text), int(text)]


def _followed(tokens: list[Token], j: int) -> bool:
    """Whether fans or supporters follow the name ending at `j`, or in the possessive, a
    capitalised word (a player's name): "Kelby City fans", "Harwick Town's Ana Vell". A
    town's own possessive takes a noun in lower case ("Kelby City's mayor")."""
    if j + 1 >= len(tokens):
        return False
    after = tokens[j + 1]
    if tokens[j].possessive:
        return after.cap and not after.titled
    return after.lower and after.key in _FANS


def staffed(tokens: list[Token], at: int, lex: Lexicon) -> bool:
    """Whether what stands at `at`, after a name, makes it a team whatever its shape: a
    player's or a coach's role and a name ("(X) striker Ana Vell"), or a signing of one
    ("(X) signed striker Ana Vell", "(X) signed Brazilian midfielder Rui Lima"): a name
    shaped like a person's ("Harriet striker Tomas Vell") is a club there."""
    if _staffs(tokens, at, lex):
        return True
    if at >= len(tokens) or tokens[at].key not in _SIGNS:
        return False
    for k in range(at + 1, min(at + 4, len(tokens))):
        if _staffs(tokens, k, lex):
            return True
        if not (tokens[k].lower or tokens[k].demonym):
            return False
    return False


def at_the_ground(tokens: list[Token], at: int) -> bool:
    """Whether "at" at `at` follows a match's score in its clause, a few words back: "beat
    Harwick 2-1 at (X)", "a 3-0 victory over Tarsk City at (X)": the name after is the
    ground or the town the match was played in, whatever its shape."""
    for k in range(at - 1, max(at - _GROUND_REACH, 0), -1):
        if _score_ends(tokens, k):
            return True
        if not (tokens[k].word or tokens[k].text in _DASHES):
            return False
    return False


def _staffs(tokens: list[Token], at: int, lex: Lexicon) -> bool:
    """Whether a role in a team, in lower case, then a capitalised word stand at `at`:
    "(X) striker Ana Vell", "(X) manager Tom Dorsan"."""
    return (
        at + 1 < len(tokens)
        and tokens[at].lower
        and tokens[at].key in lex.squad_roles
        and tokens[at + 1].cap
    )


def _transferred(tokens: list[Token], at: int) -> bool:
    """Whether a signing or a loan ends at `at`, before "from" and the club a player came
    from: "signed striker Ana Vell (from X)", "joined on loan (from X)"; the player's name
    and role may stand between, no mark of a clause ("Fans travelled from X" is no
    transfer). A loan not "on loan" is money: "a loan for a rail link from X" tells a
    route or a lender."""
    for k in range(at, max(at - _TRANSFER_REACH, -1), -1):
        token = tokens[k]
        if token.key in _TRANSFERS and token.lower:
            return True
        if token.key == "loan" and _on_loan(tokens, k):
            return True  # "joined on loan from X"; not "a loan for a rail link from X"
        if not token.word:
            return False
    return False


def _on_loan(tokens: list[Token], k: int) -> bool:
    """Whether "on" stands before the "loan" at `k`, maybe with an article and a term
    between ("on loan", "on a six-month loan", "on a season-long loan"): a player's."""
    j = k - 1
    while j > 0 and k - j <= 2 and (tokens[j].key in ("a", "an") or "-" in tokens[j].key):
        j -= 1
    return j >= 0 and j < k and tokens[j].key == "on"


def _plays_for(tokens: list[Token], at: int) -> bool:
    """Whether "for" at `at` follows a verb of playing or signing: "signed for (X)",
    "plays for (X)"."""
    return tokens[at].key == "for" and tokens[at - 1].key in _PLAYING


def _result_ends(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """Whether a score or a margin ("by six wickets") ends at tokens[k]."""
    if _score_ends(tokens, k):
        return True
    return k >= 2 and tokens[k].key in lex.match_margins and tokens[k - 2].key == "by"


def _margin_at(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """Whether a margin of a match stands at tokens[k]: "by 20 runs", "by six wickets"."""
    return k + 2 < len(tokens) and tokens[k].key == "by" and tokens[k + 2].key in lex.match_margins


def _score_ends(tokens: list[Token], k: int) -> bool:
    """Whether a score ends at tokens[k]: "2-1" as one word, or "2", a dash and "1"."""
    if _SCORE.fullmatch(tokens[k].text):
        return True
    return (
        k >= 2 and _figure(tokens[k]) and tokens[k - 1].text in _DASHES and _figure(tokens[k - 2])
    )


def _score_starts(tokens: list[Token], k: int) -> bool:
    """Whether a score starts at tokens[k]; none does past the last word (a headline ends
    on a side: "Velkor drew with Kelby")."""
    if k >= len(tokens):
        return False
    if _SCORE.fullmatch(tokens[k].text):
        return True
    return k + 2 < len(tokens) and _score_ends(tokens, k + 2)


def _figure(token: Token) -> bool:
    return token.text.isdigit() and len(token.text) <= 3

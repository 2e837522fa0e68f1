"""Prices and indices that move by an amount: "X fell 5 percent" makes X a listed
company or an index, no person or place."""

from __future__ import annotations

from reader.parsing.data import table
from reader.parsing.tokens import Token

_WORDS = table("price_moves.json")
# verbs of a trading session: "the X closed lower", "the X 225 opened flat"
SESSION_VERBS = frozenset(_WORDS["session_verbs"])
# the words that bound or qualify an amount between a market verb and the amount
_BOUNDS = frozenset(_WORDS["bounds"])


def held_in(tokens: list[Token], i: int, stake_nouns: frozenset[str]) -> bool:
    """Whether a stake's noun and "of" or "in" stand right before tokens[i] ("shares of
    X", "a stake in X"): what is held there is a company, whatever its name's shape."""
    return i >= 2 and tokens[i - 1].key in ("of", "in") and tokens[i - 2].key in stake_nouns


def moved(tokens: list[Token], i: int) -> bool:
    """ "X fell 5 percent", "X gained 120 points", "X lost more than 10 percent", "X rose
    as much as 4 percent", "X fell by 3 percent" (a market verb at tokens[i]): a price or
    an index that moves by so much."""
    return _unit_moved_by(tokens, i) != ""


def moved_by_percent(tokens: list[Token], i: int) -> bool:
    """ "X fell 5 percent", not "X rose 500 points" (a market verb, or "up" or "down", at
    tokens[i]): what a share's price moves by; a standing in polls or rankings moves by
    points too."""
    return _unit_moved_by(tokens, i) in _PERCENT


def share_of_their_own(tokens: list[Token], i: int) -> bool:
    """Whether "of" and a person's pronoun follow the amount of the move at tokens[i] ("each
    lost 5 percent of their body weight", "also gained 3 percent of his votes"): a share of
    something the subjects have, no price."""
    k = _amount_at(tokens, i) + 2
    return 2 <= k < len(tokens) - 1 and tokens[k].key == "of" and tokens[k + 1].key in _OWNERS


def _unit_moved_by(tokens: list[Token], i: int) -> str:
    """The unit of the amount after the move at tokens[i] ("percent", "points"), or ""."""
    k = _amount_at(tokens, i)
    return tokens[k + 1].key if k >= 0 else ""


def _amount_at(tokens: list[Token], i: int) -> int:
    """The index of the amount and its unit after the move at tokens[i], or -1."""
    k = i + 1
    while k < len(tokens) and tokens[k].key in _BOUNDS:
        k += 1  # "more than", "as much as", "by", "nearly"
    if k + 1 >= len(tokens) or k > i + 4:
        return -1
    amount, unit = tokens[k], tokens[k + 1]
    return k if amount.text[:1].isdigit() and unit.key in _UNITS else -1


_PERCENT = frozenset(_WORDS["percent"])  # "per cent"
_UNITS = _PERCENT | frozenset(_WORDS["units"])
# the words that sum up a list of names before its move ("X and Y both fell", "X also rose")
SUMMING = frozenset(_WORDS["summing"])
_OWNERS = frozenset(_WORDS["owners"])  # "of their body weight"


# what a price is, or a session did, before "up" or "down" and an amount: "X was down 1.5
# percent", "X closed up 3 percent"
_STATES = frozenset(_WORDS["states"]) | SESSION_VERBS
_WAYS = frozenset(_WORDS["ways"])


def moved_up_or_down(tokens: list[Token], i: int) -> bool:
    """ "X was down 1.5 percent", "X closed up 3 percent", "X ended lower by 2 percent" (a
    verb of being or of a session at tokens[i]): a price that moved by so much."""
    return (
        i + 1 < len(tokens)
        and tokens[i].key in _STATES
        and tokens[i + 1].key in _WAYS
        and moved(tokens, i + 1)
    )


# the heads of the street names that stand for the market on them ("Marrow Street fell")
MARKET_HEADS = frozenset(_WORDS["market_heads"])
STOCK_EXCHANGES = frozenset(_WORDS["exchanges"])  # "(NYSE: VLK)": see names.ticker_after
_MARKET_WORDS = frozenset(_WORDS["market_words"])  # "as banks slid", "stocks", "investors"


def trade_told(tokens: list[Token]) -> bool:
    """Whether the sentence tells of trading or of a company's results: a market's word
    ("shares", "stocks", "profits", "earnings") or a share of a hundred ("2%", "3
    percent"), as a listed company's ticker comes with them."""
    return any(t.key in _MARKET_WORDS or t.key in _PERCENT or t.text == "%" for t in tokens)


def traded(tokens: list[Token], i: int) -> bool:
    """Whether the market verb at tokens[i] tells of trading: a move follows it ("fell 2
    percent", "closed higher"), or a word of trading stands in the sentence ("fell as banks
    slid"); not "closed for the festival", "fell silent", which a street does too."""
    if moved(tokens, i) or (i + 1 < len(tokens) and tokens[i + 1].key in _WAYS):
        return True
    return any(token.key in _MARKET_WORDS for token in tokens)

"""The one cleaner of outside strings (reader.sources.clean)."""

from __future__ import annotations

import json

from reader.sources.clean import clean_line, clean_text, escape_json, json_dumps


def test_sequences_go_whole_and_the_words_around_them_stay():
    text = "Tide\x1b]0;x\x07 table\x1bP1$r\x1b\\ for\x1b(B May\x9b2J,\x1b[?25l\x9d8;;u\x9c 2023"
    assert clean_line(text) == "Tide table for May, 2023"


def test_an_unterminated_string_loses_its_introducer_not_the_rest_of_the_text():
    assert clean_text("Ferry\x1b]0;times\nThe ferry sails at noon.") == (
        "Ferry0;times\nThe ferry sails at noon."
    )


def test_bidi_overrides_isolates_and_lone_surrogates_go_marks_stay():
    assert clean_text("a\u202eb\u2067c\u2069d\ud83de\u200ff") == "abcde\u200ff"


def test_one_line_fields_lose_their_line_breaks_bodies_keep_them():
    assert clean_line("  Quay\r\nrepairs\tbegin\u2028today ") == "Quay repairs begin today"
    assert clean_text("Quay\r\nrepairs\rbegin\tnow") == "Quay\nrepairs\nbegin\tnow"


def test_json_escapes_c1_bidi_and_surrogates_and_stays_json():
    value = {"title": "Pier\x85\x9b31m\u202e\u2066\ud800 é"}
    written = json_dumps(value)
    assert written.isascii() is False and "é" in written  # readable, not all escaped
    assert not any(c in written for c in "\x85\x9b\u202e\u2066\ud800")
    assert json.loads(written) == value


def test_one_line_fields_drop_zero_width_characters_joiners_stay():
    # A zero-width space, word joiner, byte-order mark or soft hyphen takes no cell in
    # one terminal and one in another (tmux): a row's border would move by one.
    title = "\ufeffHarbour\u200b news\u2060 from\u00ad Wick\u2063"
    assert clean_line(title) == "Harbour news from Wick"
    assert clean_line("Coders \U0001f469\u200d\U0001f4bb meet") == (
        "Coders \U0001f469\u200d\U0001f4bb meet"  # the joiner makes one emoji: it stays
    )
    # the emoji variation selector: two cells for Textual, one for tmux, so it goes
    assert (
        clean_line("Ferry \u26a0\ufe0f fog, Wick \u2764\ufe0f") == "Ferry \u26a0 fog, Wick \u2764"
    )
    assert clean_line("\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645") == (
        "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645"  # a non-joiner spells a word
    )


def test_one_line_fields_drop_the_noncharacters_a_broken_feed_may_hold():
    # U+FFFE and U+FFFF are no characters: terminals draw them in different widths
    assert clean_line("Feed \ufffe of \uffffnews") == "Feed of news"


def test_bodies_keep_zero_width_characters_so_offsets_stay():
    assert clean_text("Quay\u200b repairs\ufeff") == "Quay\u200b repairs\ufeff"


def test_a_printable_text_is_not_searched_and_every_unsafe_character_is_unprintable(monkeypatch):
    """Searching a MB of text for unsafe characters took several times longer than telling
    that all of it is printable, which none of them is (checked here for each)."""
    import reader.sources.clean as clean

    unsafe = [chr(c) for c in range(0x10000) if clean._CONTROLS.match(chr(c))]
    escaped = [chr(c) for c in range(0x10000) if clean._JSON_ESCAPED.match(chr(c))]
    assert len(unsafe) > 60 and len(escaped) > 60
    assert not any(c.isprintable() for c in unsafe + escaped)

    class Unsearched:
        def search(self, text):
            raise AssertionError("searched")

        sub = search

    monkeypatch.setattr(clean, "_CONTROLS", Unsearched())
    monkeypatch.setattr(clean, "_JSON_ESCAPED", Unsearched())
    text = "Café “news”\tin Oslo —\nsaid Ana.\n" * 100
    assert clean_text(text) == text
    written = json.dumps(text, ensure_ascii=False)  # "\\n" and "\\t" there
    assert escape_json(written) == written


def test_a_character_carries_at_most_thirty_marks_or_joined_characters():
    """A letter under a megabyte of accents was one cell of the article, sent whole to
    the terminal at each repaint; what a character carries past 30 goes, as does the rest
    of an endless chain of joined emoji. Words of scripts that stack marks stay whole."""
    stacked = "Vel" + "\u0301" * 1_000_000 + "kor said."
    assert clean_text(stacked) == "Vel" + "\u0301" * 30 + "kor said."
    man, joiner = "\U0001f468", "\u200d"
    chain = joiner.join([man] * 1000)
    assert clean_text(f"Olu {chain} spoke.") == f"Olu {chain[:31]} spoke."
    assert clean_text(joiner.join("Velkor" * 1000)) == joiner.join("Velkor" * 1000)[:31]
    family = joiner.join(["\U0001f468", "\U0001f469", "\U0001f467", "\U0001f466"])
    words = (
        f"Viê\u0323t Nam {family} \u0915\u094d\u200d\u0937 \u05e9\u05b8\u05c1\u05dc\u05d5\u05b9\u05dd "
        "\u0f66\u0fa8\u0f7c\u0f7e 日本の首相は月曜日に東京で記者会見を開き、新しい経済政策を発表した。"
    )
    assert clean_text(words * 100) == words * 100

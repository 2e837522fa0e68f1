"""A name typed with evidence in one library article is typed alike in the next."""

from __future__ import annotations

import json


def kind_of(result, name: str) -> str:
    assert result.returncode == 0, result.stderr
    return next(a["kind"] for a in json.loads(result.stdout)["actors"] if a["name"] == name)


def test_reader_add_teaches_the_library_a_kind_that_parse_then_uses(run_reader, tmp_path):
    bare = tmp_path / "bare.txt"
    bare.write_text("Talks resumed\n\nLater, Quorvent moved the meeting to Oslo.\n")
    told = tmp_path / "told.txt"
    told.write_text("A new chair\n\nDr Quorvent said she would chair the panel.\n")
    assert kind_of(run_reader("parse", bare), "Quorvent") == "organization"
    assert run_reader("add", told).returncode == 0
    assert kind_of(run_reader("parse", bare), "Quorvent") == "person"
    assert kind_of(run_reader("parse", bare, "--no-cache"), "Quorvent") == "organization"

"""The analysis JSON read and written a piece at a time: the same text as json.dumps."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reader.store import json_pieces

scalars = (
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8)
)
values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=4), inner),
    max_leaves=8,
)
documents = st.dictionaries(st.text(max_size=6), st.lists(values, max_size=4) | values)


@given(documents)
def test_written_as_json_dumps_writes_compactly_and_read_back(document):
    compact = json.dumps(document, ensure_ascii=False, separators=(",", ":"))
    assert json_pieces.dumps(document) == compact
    assert json_pieces.loads(compact) == document


def test_an_analysis_shaped_document_round_trips():
    document = {
        "actors": [{"name": "Ngozi Eze", "mentions": [[0, 9], [40, 43]], "roles": []}],
        "timexes": [],
        "events": [{"text": "Ngozi Eze said “no” on Monday", "date": "2025-03-10"}],
    }
    assert json_pieces.loads(json_pieces.dumps(document)) == document


@pytest.mark.parametrize("text", ['{ "a" : [1, 2] }', '{"a":[1, 2]}', "[1,2]", '"x"'])
def test_json_that_is_not_a_compact_object_is_read_as_json_loads_reads_it(text):
    assert json_pieces.loads(text) == json.loads(text)


@pytest.mark.parametrize("text", ['{"a":[1,2', '{"a":[1,2]}x', "{", ""])
def test_broken_json_raises_as_json_loads_does(text):
    with pytest.raises(ValueError):
        json_pieces.loads(text)

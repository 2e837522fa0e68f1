"""`reader list --json` writes its array an entry at a time, as one dumps would."""

from __future__ import annotations

import io
import json

from reader.cli.listing import write_json_array


def written(items) -> str:
    out = io.StringIO()
    write_json_array(iter(items), out)
    return out.getvalue()


def test_the_array_is_what_one_dumps_writes_item_by_item():
    items = [{"id": 1, "title": "Line\none", "tags": ["a", "b"]}, {"id": 2, "nested": {"x": []}}]
    assert written(items) == json.dumps(items, indent=1, ensure_ascii=False) + "\n"
    assert written([]) == "[]\n"
    assert json.loads(written(items[:1])) == items[:1]


def test_each_item_is_written_before_the_next_is_asked_for():
    out = io.StringIO()

    def items():
        yield {"id": 1}
        assert '"id": 1' in out.getvalue()  # the first is out already
        yield {"id": 2}

    write_json_array(items(), out)
    assert json.loads(out.getvalue()) == [{"id": 1}, {"id": 2}]

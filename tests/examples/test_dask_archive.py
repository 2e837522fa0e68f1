"""The README's Dask example: an archive of JSON Lines analysed on a local Dask cluster
(two worker processes) gives the documents `analyse` gives, in the archive's order."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

pytest.importorskip("dask.bag")
distributed = pytest.importorskip("dask.distributed")

from examples.dask_archive import analyse_archive  # noqa: E402
from reader.model import Article, document  # noqa: E402
from reader.parsing import analyse  # noqa: E402

PEOPLE = ["Lena Park", "Omar Haddad", "Ines Moreau", "Tomas Brandt"]
PLACES = ["Oslo", "Lisbon", "Nairobi", "Toronto"]


def _records(count: int) -> list[dict]:
    records = []
    for i in range(count):
        who, place = PEOPLE[i % 4], PLACES[(i * 3) % 4]
        text = (
            f"{who} arrived in {place} on {1 + i % 27} May 2024 for talks with "
            f"{PEOPLE[(i + 1) % 4]}.\n\nThe two will meet again next year, {who} said."
        )
        records.append({"text": text, "title": f"Talks {i}", "published": "2024-05-30"})
    return records


def test_an_archive_is_analysed_on_a_local_cluster(tmp_path):
    records = _records(12)
    inputs = []
    for part in range(2):  # two files, a blank line in each
        path = tmp_path / f"archive-{part}.jsonl"
        lines = [json.dumps(r) for r in records[part * 6 : part * 6 + 6]]
        path.write_text("\n".join(lines[:3] + [""] + lines[3:]) + "\n", encoding="utf-8")
        inputs.append(str(path))

    cluster = distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    )
    with cluster, distributed.Client(cluster) as client:
        written = analyse_archive(inputs, str(tmp_path / "analysed"), blocksize=400)
        assert len(client.scheduler_info()["workers"]) == 2
    assert len(written) > 2  # the files were read in several blocks

    written.sort(key=lambda path: int(Path(path).stem))
    lines = [line for path in written for line in Path(path).read_text("utf-8").splitlines()]
    expected = []
    for record in records:
        article = Article(record["text"], record["title"], date(2024, 5, 30))
        expected.append(document(article, analyse(article.text, article.published)))
    assert [json.loads(line) for line in lines] == expected

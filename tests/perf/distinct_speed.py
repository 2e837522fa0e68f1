"""Time the whole analysis on distinct articles, each analysed once, as the app does.

Run: python tests/perf/distinct_speed.py [FOLDER ...]

parse_speed.py repeats a few articles up to 1 MB in one text: from the second copy on,
the analysis meets every run of capitalised words in a context it has worked out
already (names.NameFinder keeps its answers for the article), so it reads the speed of
an article that repeats itself. News does not: this script reads every .txt under the
FOLDERs (default: ../shared/eval/dev and dev-gum beside the repository or its worktree's
folder, else /work/shared/eval), analyses each once in turn, and prints MB/s in CPU time
(the steadier figure on a shared machine), then the same articles joined as one text,
then that text's first MB/3 repeated three times (what parse_speed.py's figure is like).
The reader measured is the one PYTHONPATH names, else this checkout's (printed).
"""

from __future__ import annotations

import os
import sys
import time
from datetime import date
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
if not os.environ.get("PYTHONPATH"):  # else the tree it names, as a comparison asks
    sys.path.insert(0, str(REPO))

import reader  # noqa: E402
from reader.parsing import analyse  # noqa: E402

PUBLISHED = date(2024, 1, 1)


def default_folders() -> list[Path]:
    for shared in (REPO.parent / "shared", REPO.parent.parent / "shared", Path("/work/shared")):
        folders = [shared / "eval" / "dev", shared / "eval" / "dev-gum"]
        if all(f.is_dir() for f in folders):
            return folders
    return [REPO / "seeds"]


def cpu_seconds(texts: list[str]) -> float:
    start = time.process_time()
    for text in texts:
        analyse(text, PUBLISHED)
    return time.process_time() - start


def main() -> int:
    folders = [Path(a) for a in sys.argv[1:]] or default_folders()
    texts = [p.read_text(encoding="utf-8") for f in folders for p in sorted(f.rglob("*.txt"))]
    if not texts:
        print("no .txt articles under " + ", ".join(map(str, folders)))
        return 1
    megabytes = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    print(f"articles: {len(texts)} ({megabytes:.2f} MB) under " + ", ".join(map(str, folders)))
    print(f"reader measured: {Path(reader.__file__).parent}")
    analyse(texts[0], PUBLISHED)  # word lists, gazetteers, patterns: a one-time cost
    joined = "\n\n".join(texts)
    third = joined[: len(joined) // 3]
    rows = [
        ("each article once, in turn", texts),
        ("joined as one text", [joined]),
        ("a third of it, three times in one text", ["\n\n".join([third] * 3)]),
    ]
    for label, batch in rows:
        size = sum(len(t.encode("utf-8")) for t in batch) / 1e6
        print(f"{label:>40}: {size / cpu_seconds(batch):5.2f} MB/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())

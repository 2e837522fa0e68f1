"""How long the app's drawing thread waits while another thread analyses a huge article
(the app analyses in a worker thread) and writes its story for the timelines.

    python tests/perf/analysis_pauses.py [--megabytes 5]

The main thread wakes every millisecond; printed is the longest it waited past that
while a thread analyses the article (reader.parsing.analyse) and, apart, while it works
out the story's row (reader.stories.story_row, its JSON), against the same thread
sleeping as long (the baseline: the machine's own jitter). A long wait is a call that
holds the interpreter: one pass of the regex engine or one C-level map over the whole
text, one call of the JSON encoder over the whole story. The cycle collector's first
passes after the analysis's pause, which fall in whichever thread allocates next, are
made before the story's figure (the app as a whole: huge_article.py).
"""

from __future__ import annotations

import argparse
import gc
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1].parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests" / "perf"))

from cache_pauses import longest_wait, print_waits  # noqa: E402
from huge_article import write_huge  # noqa: E402

from reader.parsing import analyse  # noqa: E402
from reader.sources import load  # noqa: E402
from reader.stories import story_row  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--megabytes", type=float, default=5.0)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp, "huge.txt")
        write_huge(path, args.megabytes)
        article = load(str(path))[0]
    analyse("Lena Park met officials in Oslo on Monday.")  # the word lists, read once
    found = []
    started = time.perf_counter()
    analysing = longest_wait(lambda: found.append(analyse(article.text, article.published)))
    took = time.perf_counter() - started
    gc.collect()  # the collector's first passes after the analysis's pause: not the story's
    story = longest_wait(lambda: story_row(article, found[0]))
    sleeping = longest_wait(lambda: time.sleep(took))
    print_waits(
        f"{args.megabytes:g} MB article, longest wait of the drawing thread:",
        sleeping,
        {"analysing it": analysing, "writing its story": story},
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())

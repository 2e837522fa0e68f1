"""Run the `reader` command line as a user would, in a subprocess."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tests.localsite import fast_limits, site  # noqa: F401 (fixtures for the feed tests)


@pytest.fixture
def run_reader():
    def run(*args: str, check_traceback: bool = True) -> subprocess.CompletedProcess:
        result = subprocess.run(
            [sys.executable, "-m", "reader", *map(str, args)],
            capture_output=True,
            text=True,
            timeout=120,
            env=os.environ.copy(),
        )
        if check_traceback:
            assert "Traceback" not in result.stderr
        return result

    return run

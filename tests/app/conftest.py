"""Fixtures for Pilot tests: an app on a temporary store, waited until it shows."""

from __future__ import annotations

import pytest

from reader.app import ReaderApp
from reader.settings import Settings
from reader.store import Store
from tests.localsite import fast_limits, site  # noqa: F401 (fixtures for the refresh test)


@pytest.fixture
def store(tmp_path):
    with Store.open(tmp_path / "cache") as opened:
        yield opened


@pytest.fixture
def config_path(tmp_path):
    return tmp_path / "config" / "config.toml"


@pytest.fixture
def make_app(store, config_path):
    def make(*sources, settings: Settings | None = None) -> ReaderApp:
        """The app on these sources; settings as given, else from `config_path` (none by
        default: the defaults, but no refresh at start, which most tests do not want)."""
        if settings is None and not config_path.exists():
            settings = Settings(refresh_at_start=False)
        app = ReaderApp(
            store, [str(s) for s in sources], settings=settings, settings_path=config_path
        )
        app.animation_level = "none"  # scrolls land at once: no timing in the tests
        return app

    return make


@pytest.fixture
def held_parser(monkeypatch):
    """Make the parser wait until the test calls `release()` (at most 5 s)."""
    import threading

    import reader.analysis

    gate = threading.Event()
    real = reader.analysis.analyse

    def held(*args, **kwargs):
        gate.wait(5)
        return real(*args, **kwargs)

    def hold() -> None:
        monkeypatch.setattr(reader.analysis, "analyse", held)

    hold.release = gate.set
    return hold


async def settle(pilot) -> None:
    """Wait until every worker is done and the screen has caught up: three quiet rounds
    in a row, as a worker's message may start another, and more on a loaded machine."""
    workers = pilot.app.workers
    quiet = 0
    for _ in range(100):
        await workers.wait_for_complete()
        await pilot.pause()
        quiet = quiet + 1 if all(worker.is_finished for worker in workers) else 0
        if quiet == 3:
            return

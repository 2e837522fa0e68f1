"""The real install: build the wheel, install it in a fresh venv, start the app from there."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import venv
import zipfile
from pathlib import Path

from reader import __version__

REPO = Path(__file__).resolve().parents[2]

HEADLESS_START = textwrap.dedent(
    """
    import asyncio, reader.resources as r
    from reader.app import ReaderApp
    from reader.store import Store

    async def main():
        assert "site-packages" in str(r.seeds()), r.seeds()
        assert r.stylesheet().is_file()
        app = ReaderApp(Store.open(enabled=False))
        async with app.run_test(size=(120, 40)) as pilot:
            for _ in range(100):
                await pilot.pause(0.1)
                if app.reading.analysis is not None:
                    break
            print("TITLE", app.screen.title)
            print("ACTORS", len(app.reading.analysis.actors))

    asyncio.run(main())
    """
)


def test_wheel_installs_and_starts_headless(tmp_path):
    dist = tmp_path / "dist"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(dist), str(REPO)],
        check=True,
        capture_output=True,
    )
    wheel = next(dist.glob("reader_news-*.whl"))
    assert wheel.name.startswith(f"reader_news-{__version__}-")  # the version has one source
    names = zipfile.ZipFile(wheel).namelist()
    assert any(name.endswith("/licenses/LICENSE") for name in names)
    assert "reader/parsing/data/README.md" in names
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    bin_dir = env_dir / "bin"
    subprocess.run([bin_dir / "pip", "install", "-q", str(wheel)], check=True, capture_output=True)
    env = {**os.environ, "PYTHONPATH": ""}
    version = subprocess.run(
        [bin_dir / "reader", "--version"], capture_output=True, text=True, cwd=tmp_path, env=env
    )
    assert version.stdout.startswith("reader ")
    module = subprocess.run(
        [bin_dir / "python", "-m", "reader", "--version"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert module.stdout == version.stdout
    started = subprocess.run(
        [bin_dir / "python", "-c", HEADLESS_START],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        timeout=120,
    )
    assert started.returncode == 0, started.stderr[-2000:]
    assert "TITLE Azerbaijan and Armenia foreign ministers meet in Arlington" in started.stdout
    assert int(started.stdout.split("ACTORS")[1]) > 5

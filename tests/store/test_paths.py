"""Where the cache lives: --cache-dir, then $READER_CACHE_DIR, then the per-user folder."""

from pathlib import Path

from reader import paths


def test_explicit_folder_wins(tmp_path, monkeypatch):
    monkeypatch.setenv("READER_CACHE_DIR", str(tmp_path / "from-env"))
    assert paths.cache_dir(tmp_path / "explicit") == tmp_path / "explicit"


def test_environment_variable_next(tmp_path, monkeypatch):
    monkeypatch.setenv("READER_CACHE_DIR", str(tmp_path / "from-env"))
    assert paths.cache_dir(None) == tmp_path / "from-env"


def test_per_user_folder_last(isolated_user_dirs, monkeypatch):
    monkeypatch.delenv("READER_CACHE_DIR")
    folder = paths.cache_dir(None)
    assert folder.name == "reader"
    assert Path(isolated_user_dirs) in folder.parents  # XDG_CACHE_HOME points into the tmp home

"""Per-user paths: the one place that decides where the cache lives."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "reader"


def cache_dir(explicit: Path | None = None) -> Path:
    """The cache folder: `explicit` (--cache-dir), else $READER_CACHE_DIR, else the per-user one."""
    if explicit is not None:
        return Path(explicit).expanduser()
    from_env = os.environ.get("READER_CACHE_DIR")
    if from_env:
        return Path(from_env).expanduser()
    return platformdirs.user_cache_path(APP_NAME)


def config_file() -> Path:
    """The settings file (TOML) in the per-user config folder."""
    return platformdirs.user_config_path(APP_NAME) / "config.toml"

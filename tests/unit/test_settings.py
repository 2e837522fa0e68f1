"""The settings file: read with tomllib, wrong keys warned about once, written back atomically."""

from __future__ import annotations

import os
import subprocess
import sys

from reader import settings
from reader.settings import DEFAULTS, Settings


def test_a_missing_file_is_the_defaults_without_a_warning(tmp_path):
    assert settings.load(tmp_path / "none.toml") == (DEFAULTS, None)
    assert (DEFAULTS.refresh_interval, DEFAULTS.refresh_at_start) == (30, True)


def test_good_keys_are_read(tmp_path):
    path = tmp_path / "config.toml"
    path.write_text('theme = "nord"\nrefresh_at_start = false\nrefresh_interval = 0\n')
    loaded, warning = settings.load(path)
    assert warning is None
    assert loaded == Settings(theme="nord", refresh_at_start=False, refresh_interval=0)


def test_wrong_types_and_unknown_keys_give_one_warning_and_their_defaults(tmp_path):
    path = tmp_path / "config.toml"
    path.write_text(
        'theme = "nord"\nrefresh_interval = "often"\nnarrow_width = true\n'
        "refresh_at_start = 1\ncolour = 3\n[section]\nx = 1\n"
    )
    loaded, warning = settings.load(path)
    assert loaded == Settings(theme="nord")  # the good key kept, the others defaults
    assert warning.count("\n") == 0
    for said in ("refresh_interval should be a whole number", "narrow_width", "'colour'"):
        assert said in warning
    assert "refresh_at_start should be true or false" in warning and str(path) in warning


def test_a_file_that_is_not_toml_gives_the_defaults(tmp_path):
    path = tmp_path / "config.toml"
    path.write_bytes(b"theme = \n\xff\xfe[[[")
    loaded, warning = settings.load(path)
    assert loaded == DEFAULTS and "could not be read" in warning


def test_negative_numbers_are_refused(tmp_path):
    path = tmp_path / "config.toml"
    path.write_text("refresh_interval = -5\n")
    loaded, warning = settings.load(path)
    assert loaded.refresh_interval == 30 and "negative" in warning


def test_save_writes_what_load_reads_back(tmp_path):
    path = tmp_path / "deep" / "config.toml"
    chosen = Settings(theme='odd "name" \\ \x07', refresh_at_start=False, narrow_width=90)
    settings.save(chosen, path)
    assert settings.load(path) == (chosen, None)
    assert [p.name for p in path.parent.iterdir()] == ["config.toml"]  # no temporary left


def test_config_path_names_the_file_in_the_user_config_folder(isolated_user_dirs):
    done = subprocess.run(
        [sys.executable, "-m", "reader", "config", "path"], capture_output=True, text=True
    )
    assert done.returncode == 0
    expected = isolated_user_dirs / "xdg_config_home" / "reader" / "config.toml"
    assert done.stdout.strip() == str(expected)


def test_a_settings_file_that_is_a_device_or_a_pipe_is_not_read(tmp_path):
    """A link to /dev/zero would be read for ever, a pipe waited on for ever."""
    device = tmp_path / "device.toml"
    device.symlink_to("/dev/zero")
    pipe = tmp_path / "pipe.toml"
    os.mkfifo(pipe)
    for path in (device, pipe):
        loaded, warning = settings.load(path)
        assert loaded == DEFAULTS and "not a regular file" in warning


def test_a_settings_file_of_megabytes_is_not_read(tmp_path):
    path = tmp_path / "config.toml"
    path.write_text("# padding\n" * 1_000_000 + "theme = 'nord'\n")
    loaded, warning = settings.load(path)
    assert loaded == DEFAULTS and "at most" in warning


def test_saving_through_a_link_keeps_the_link(tmp_path):
    """Settings kept in a dotfiles folder are often linked into place: the link stays."""
    kept = tmp_path / "dotfiles" / "reader.toml"
    kept.parent.mkdir()
    kept.write_text("refresh_at_start = false\n")
    link = tmp_path / "config" / "config.toml"
    link.parent.mkdir()
    link.symlink_to(kept)
    settings.save(Settings(theme="nord", refresh_at_start=False), link)
    assert link.is_symlink() and 'theme = "nord"' in kept.read_text()


def test_saving_keeps_the_users_comments_and_other_keys(tmp_path):
    """The theme chosen in the palette changes its line of a file written by hand, not the
    rest of it: comments, the order, a key of another version, a table of a later one."""
    path = tmp_path / "config.toml"
    path.write_text(
        "# my reader settings\n"
        'theme = "nord"  # dark, for the mornings\n'
        "\n"
        "refresh_interval = 15\n"
        "future_key = 1\n"
        "[colours]\n"
        'actor = "red"\n'
    )
    settings.save(Settings(theme="gruvbox", refresh_interval=15), path)
    assert path.read_text() == (
        "# my reader settings\n"
        'theme = "gruvbox"\n'
        "\n"
        "refresh_interval = 15\n"
        "future_key = 1\n"
        "refresh_at_start = true\n"
        "narrow_width = 100\n"
        "[colours]\n"
        'actor = "red"\n'
    )


def test_a_broken_file_is_written_anew_when_saved(tmp_path):
    path = tmp_path / "config.toml"
    path.write_text('theme = "nord"\ntheme = "twice"\nrefresh_at_start = maybe\n')
    chosen = Settings(theme="gruvbox")
    settings.save(chosen, path)
    assert settings.load(path) == (chosen, None)
    assert "twice" not in path.read_text()


def test_saving_one_key_keeps_what_the_file_says_of_the_others(tmp_path):
    """The palette saves the theme alone: a key the user edited while the app ran (its
    settings read before) keeps the user's value, and no key is added."""
    path = tmp_path / "config.toml"
    path.write_text("# by hand\nrefresh_interval = 15\n")
    settings.save(Settings(theme="nord"), path, only=("theme",))
    assert path.read_text() == '# by hand\nrefresh_interval = 15\ntheme = "nord"\n'


def test_a_file_nested_past_the_stack_is_unreadable_not_a_crash(tmp_path):
    """tomllib reads arrays by recursion: 30,000 nested (60 KB, within the size read)
    ended the app's start in a RecursionError."""
    path = tmp_path / "config.toml"
    path.write_text('theme = "velkor"\nshelf = ' + "[" * 30_000 + "]" * 30_000 + "\n")
    loaded, warning = settings.load(path)
    assert loaded == DEFAULTS
    assert warning is not None and "could not be read" in warning

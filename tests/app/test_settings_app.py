"""Pilot tests: the settings file applied at start, a broken one warned about, the theme
chosen in the palette saved."""

from __future__ import annotations

from reader import settings
from tests.app.conftest import settle


async def test_a_theme_chosen_in_the_palette_is_saved_and_used_next_time(
    make_app, seed_path, config_path
):
    config_path.parent.mkdir(parents=True)
    config_path.write_text("refresh_at_start = false\n")
    app = make_app(seed_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert not config_path.read_text().count("theme")  # starting saves nothing
        await pilot.press("ctrl+p")
        await pilot.press(*"theme")
        await pilot.press("enter")
        await pilot.pause()
        await pilot.press(*"nord")
        await pilot.press("enter")
        await settle(pilot)
        assert app.theme == "nord"
    assert settings.load(config_path)[0].theme == "nord"
    assert settings.load(config_path)[0].refresh_at_start is False  # the other keys kept
    again = make_app(seed_path)
    async with again.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert again.theme == "nord"


async def test_a_broken_settings_file_is_one_warning_and_the_app_runs(
    make_app, seed_path, config_path
):
    config_path.parent.mkdir(parents=True)
    config_path.write_text('refresh_at_start = false\nnarrow_width = "wide"\nspeed = 3\n')
    app = make_app(seed_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        warnings = [n.message for n in app._notifications if n.title == "Settings"]
        assert len(warnings) == 1 and "narrow_width" in warnings[0] and "speed" in warnings[0]
        assert app.screen.title  # the article is shown
        assert not app.screen.has_class("-narrow")  # the default width, 100


async def test_the_narrow_width_comes_from_the_settings(make_app, seed_path, config_path):
    config_path.parent.mkdir(parents=True)
    config_path.write_text("refresh_at_start = false\nnarrow_width = 130\n")
    app = make_app(seed_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert app.screen.has_class("-narrow")

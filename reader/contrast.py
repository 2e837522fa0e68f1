"""Colours that stay readable in every theme: WCAG contrast, worked out from the theme.

A theme's accent or warning colour is made for its own uses; as the background of a
highlight or as a border on the pane's surface it may be too faint (light text on orange
is about 1.5:1). The app's own colour variables are derived here from the theme's, each
moved towards black or white just enough to reach WCAG AA: 4.5:1 for text, 3:1 for a
border (a part of the interface that is not text).
"""

from __future__ import annotations

from textual.color import Color, ColorParseError

TEXT, BORDER = 4.5, 3.0  # WCAG AA minimum contrast ratios
BLACK, WHITE = Color(0, 0, 0), Color(255, 255, 255)


def luminance(colour: Color) -> float:
    """WCAG relative luminance."""

    def channel(value: int) -> float:
        share = value / 255
        return share / 12.92 if share <= 0.04045 else ((share + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.r) + 0.7152 * channel(colour.g) + 0.0722 * channel(colour.b)


def contrast(one: Color, other: Color) -> float:
    light, dark = sorted((luminance(one), luminance(other)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def readable(colour: Color, background: Color, minimum: float) -> Color:
    """`colour`, or the nearest mix of it with black or white that reaches `minimum`
    against `background` (one of the two always reaches 4.5:1)."""
    if contrast(colour, background) >= minimum:
        return colour
    target = WHITE if contrast(WHITE, background) > contrast(BLACK, background) else BLACK
    for step in range(1, 21):
        mixed = colour.blend(target, step / 20)
        if contrast(mixed, background) >= minimum:
            return mixed
    return target


def derived_variables(theme: dict[str, str]) -> dict[str, str]:
    """The app's colour variables (`$reader-*` in reader.tcss) for a theme's variables.
    A theme in ANSI colours (the terminal's own, unknown here) keeps the theme's."""
    try:
        surface, background = Color.parse(theme["surface"]), Color.parse(theme["background"])
        foreground = Color.parse(theme["foreground"])
        accent, warning = Color.parse(theme["accent"]), Color.parse(theme["warning"])
        muted = Color.parse(theme["panel-lighten-2"])
    except (KeyError, ColorParseError):
        return _ansi(theme)
    if any(c.ansi is not None for c in (surface, background, foreground, accent, warning)):
        return _ansi(theme)
    surface = background.blend(surface, surface.a) if surface.a < 1 else surface
    mention = surface.blend(warning, 0.4)
    sentence = surface.blend(accent, 0.3)
    colours = {
        "reader-text": readable(foreground, surface, TEXT),
        "reader-accent": readable(accent, surface, TEXT),  # focused borders, their titles
        "reader-muted": readable(foreground.blend(surface, 0.4), surface, TEXT),
        "reader-border": readable(muted, surface, BORDER),
        "reader-warning": readable(warning, surface, BORDER),  # the border of a warning
        "reader-mention": mention,
        "reader-on-mention": readable(foreground, mention, TEXT),
        "reader-current": warning,
        "reader-on-current": readable(background, warning, TEXT),
        "reader-sentence": sentence,
        "reader-on-sentence": readable(foreground, sentence, TEXT),
    }
    return {name: colour.hex for name, colour in colours.items()}


def _ansi(theme: dict[str, str]) -> dict[str, str]:
    get = theme.get
    return {
        "reader-text": get("foreground", "ansi_default"),
        "reader-accent": get("accent", "ansi_blue"),
        "reader-muted": get("foreground", "ansi_default"),
        "reader-border": get("foreground", "ansi_default"),
        "reader-warning": get("warning", "ansi_yellow"),
        "reader-mention": get("warning", "ansi_yellow"),
        "reader-on-mention": "ansi_black",
        "reader-current": get("error", "ansi_red"),
        "reader-on-current": "ansi_bright_white",
        "reader-sentence": get("accent", "ansi_blue"),
        "reader-on-sentence": "ansi_bright_white",
    }

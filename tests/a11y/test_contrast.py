"""WCAG contrast of every colour helper in ``ui/style.py`` under light, dark and high-contrast
palettes: 4.5:1 for text, 3:1 for borders and focus rings."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette

from tests.a11y.palettes import PALETTES
from wolkvox_desk.ui import a11y
from wolkvox_desk.ui.style import (
    Tone,
    accent,
    contrast,
    is_dark,
    primary_button_colour,
    tinted_background,
)

TEXT = 4.5
NON_TEXT = 3.0
Role = QPalette.ColorRole


@pytest.fixture(params=sorted(PALETTES))
def palette(request, qapp) -> QPalette:
    return PALETTES[request.param]()


def test_the_contrast_formula_matches_wcag_reference_values():
    assert contrast(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21.0)
    assert contrast(QColor("#777777"), QColor("#ffffff")) == pytest.approx(4.48, abs=0.01)
    assert contrast(QColor("#ffffff"), QColor("#ffffff")) == pytest.approx(1.0)


@pytest.mark.parametrize("tone", list(Tone))
def test_tone_text_reads_on_the_window_and_on_its_own_tint(palette, tone):
    window = palette.color(Role.Window)
    colour = accent(palette, tone)
    tint = tinted_background(palette, tone)
    assert contrast(colour, window) >= TEXT  # preview line, field errors
    for box in Tone:  # a tone label inside any tinted box (the call panel's message)
        assert contrast(colour, tinted_background(palette, box)) >= TEXT, box
    assert contrast(palette.color(Role.WindowText), tint) >= TEXT  # the outcome's words
    assert contrast(colour, window) >= NON_TEXT  # the outcome's border and bar


def test_the_primary_button_and_its_focus_ring_read(palette):
    button = primary_button_colour(palette)
    text = palette.color(Role.HighlightedText)
    assert contrast(text, button) >= TEXT
    assert contrast(text, button.lighter(112)) >= TEXT  # the top of a style's gradient
    # the Dial button's ring: highlighted text on the primary look, highlight on the busy one
    assert contrast(text, button) >= NON_TEXT
    assert contrast(palette.color(Role.Highlight), palette.color(Role.Button)) >= NON_TEXT


def test_palette_text_roles_read(palette):
    for text, back in (
        (Role.WindowText, Role.Window),
        (Role.Text, Role.Base),
        (Role.ButtonText, Role.Button),
    ):
        assert contrast(palette.color(text), palette.color(back)) >= TEXT, (text, back)


@pytest.mark.parametrize("name", sorted(PALETTES))
def test_high_contrast_is_recognised_only_in_high_contrast_palettes(qapp, name):
    palette = PALETTES[name]()
    assert a11y.is_high_contrast_palette(palette) == name.startswith("high-contrast")
    assert is_dark(palette) == (name in ("dark", "high-contrast-dark"))


@pytest.mark.parametrize("dark", [True, False])
def test_high_contrast_palettes_reach_aaa_for_text_and_selection(qapp, dark):
    palette = a11y.high_contrast_palette(dark=dark)
    for text, back in (
        (Role.WindowText, Role.Window),
        (Role.Text, Role.Base),
        (Role.ButtonText, Role.Button),
        (Role.HighlightedText, Role.Highlight),
        (Role.ToolTipText, Role.ToolTipBase),
        (Role.Link, Role.Base),
    ):
        assert contrast(palette.color(text), palette.color(back)) >= 7.0, (text, back)
    for tone in Tone:
        assert contrast(accent(palette, tone), palette.color(Role.Window)) >= 7.0, tone
    # a focus ring in the highlight colour stands out from the window and the buttons
    assert contrast(palette.color(Role.Highlight), palette.color(Role.Window)) >= NON_TEXT


def test_apply_contrast_follows_the_platform_or_a_force(qapp, monkeypatch):
    before = QPalette(qapp.palette())
    try:
        monkeypatch.setattr(a11y, "wants_high_contrast", lambda: False)
        assert not a11y.apply_contrast(qapp)
        assert not a11y.is_high_contrast_palette(qapp.palette())
        monkeypatch.setattr(a11y, "wants_high_contrast", lambda: True)
        assert a11y.apply_contrast(qapp)
        assert a11y.is_high_contrast_palette(qapp.palette())
        assert not a11y.apply_contrast(qapp)  # already high contrast: left alone
    finally:
        qapp.setPalette(before)

"""The tone colours follow the palette they are asked for, even though they are remembered."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

from wolkvox_desk.ui.style import Tone, accent, tinted_background


def _palette(window: str, text: str) -> QPalette:
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Window, QColor(window))
    palette.setColor(QPalette.ColorRole.WindowText, QColor(text))
    return palette


def test_a_changed_palette_gets_its_own_colours(qapp):
    palette = _palette("#ffffff", "#202020")
    light = accent(palette, Tone.SUCCESS)
    light_tint = tinted_background(palette, Tone.SUCCESS)
    assert light == accent(palette, Tone.SUCCESS)  # asked again: the same answer
    palette.setColor(QPalette.ColorRole.Window, QColor("#303030"))
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#f0f0f0"))
    dark = accent(palette, Tone.SUCCESS)
    assert dark != light and dark.lightnessF() > light.lightnessF()
    assert tinted_background(palette, Tone.SUCCESS).lightnessF() < light_tint.lightnessF()


def test_each_tone_keeps_its_own_colour(qapp):
    palette = _palette("#ffffff", "#202020")
    colours = {accent(palette, tone).name() for tone in Tone}
    assert len(colours) == len(Tone)


def test_a_caller_changing_the_colour_it_got_does_not_change_the_next_answer(qapp):
    palette = _palette("#ffffff", "#202020")
    first = accent(palette, Tone.ERROR)
    expected = first.name()
    first.setRed(0)
    first.setGreen(255)
    assert accent(palette, Tone.ERROR).name() == expected

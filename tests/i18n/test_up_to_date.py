"""The committed translation files match the code: .ts = lupdate(sources), .qm = lrelease(.ts).

When this fails: `make lupdate` (then translate what is new) and `make lrelease`.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.i18n.ts_files import i18n_tool, messages

TOOL = i18n_tool()
LANGUAGES = TOOL.LANGUAGES


def test_the_tool_ships_the_languages_the_app_loads() -> None:
    from wolkvox_desk import translations

    assert tuple(TOOL.LANGUAGES) == translations.SHIPPED
    assert TOOL.QM_DIR == translations.QM_DIR


def test_sources_are_the_package_without_the_simulator() -> None:
    names = {path.as_posix() for path in TOOL.sources()}
    assert "wolkvox_desk/text.py" in names
    assert "wolkvox_desk/ui/main_window.py" in names
    assert not any(name.startswith("wolkvox_desk/simulator/") for name in names)


def test_ts_files_have_every_text_of_the_code(tmp_path: Path) -> None:
    for language in LANGUAGES:
        shutil.copy(TOOL.TS_DIR / TOOL.ts_name(language), tmp_path)
    TOOL.lupdate(tmp_path, quiet=True)
    stale = []
    for language in LANGUAGES:
        committed = {m.key for m in messages(TOOL.TS_DIR / TOOL.ts_name(language))}
        fresh = {m.key for m in messages(tmp_path / TOOL.ts_name(language))}
        stale += [f"{language}: new in the code: {key}" for key in sorted(fresh - committed)]
        stale += [f"{language}: gone from the code: {key}" for key in sorted(committed - fresh)]
    assert not stale, "run `make lupdate`, then translate:\n" + "\n".join(stale[:40])


@pytest.mark.parametrize("language", LANGUAGES)
def test_qm_files_are_compiled_from_the_ts_files(language: str, tmp_path: Path) -> None:
    TOOL.lrelease(qm_dir=tmp_path, quiet=True)
    fresh = tmp_path / TOOL.qm_name(language)
    committed = TOOL.QM_DIR / TOOL.qm_name(language)
    assert committed.is_file(), f"{committed} is missing: run `make lrelease`"
    # lrelease is deterministic (checked: same input, same bytes), so compare bytes.
    assert committed.read_bytes() == fresh.read_bytes(), "run `make lrelease`"


def test_code_comments_are_not_left_as_notes_to_translators(tmp_path: Path) -> None:
    ts = tmp_path / "sample.ts"
    ts.write_text(
        "<message>\n        <source>Time</source>\n"
        "        <extracomment>the row's CallRecord</extracomment>\n"
        "        <translation>Hora</translation>\n</message>\n<message>\n"
        "        <source>Hold</source>\n"
        "        <extracomment>TRANSLATORS: the verb</extracomment>\n"
        "        <translation>Poner en espera</translation>\n</message>\n",
        encoding="utf-8",
    )
    TOOL.drop_code_comments(ts)
    kept = ts.read_text(encoding="utf-8")
    assert "CallRecord" not in kept
    assert "<extracomment>TRANSLATORS: the verb</extracomment>" in kept
    assert "<translation>Hora</translation>" in kept
    for language in LANGUAGES:  # and `make lupdate` has cleaned the committed files
        committed = (TOOL.TS_DIR / TOOL.ts_name(language)).read_text(encoding="utf-8")
        assert not TOOL.CODE_COMMENT.search(committed), "run `make lupdate`"

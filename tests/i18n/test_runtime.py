"""Choosing and installing the language: translators, Qt's own words, locale formats, CLI.

Most tests install small translations compiled here (so they test the mechanism whatever
the translators' progress); the last ones check the shipped files. None depends on the
machine's LANG: the system locale and environment are passed in.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import pytest
from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, QTime, QTranslator
from PySide6.QtWidgets import QDialogButtonBox

from tests.i18n.ts_files import ROOT, i18n_tool
from wolkvox_desk import text, translations
from wolkvox_desk.core.errors import RefusalKind, RefusedError
from wolkvox_desk.core.models import CallRecord, Outcome
from wolkvox_desk.qt.history_model import Column, HistoryTableModel

#: a few texts per language, by context ("" is wolkvox_desk.text's), for the mechanism tests
FAKE = {
    "es": {
        "": {"Refused by wolkvox": "Rechazado por wolkvox", "Refused": "Rechazada"},
        "MainWindow": {"&Help": "A&yuda"},
        "HistoryTableModel": {"Time": "Hora"},
    },
    "pt_BR": {
        "": {"Refused by wolkvox": "Recusado pelo wolkvox"},
        "MainWindow": {"&Help": "A&juda"},
    },
}


def _ts(language: str, contexts: dict[str, dict[str, str]]) -> str:
    parts = [f'<?xml version="1.0" encoding="utf-8"?>\n<TS version="2.1" language="{language}">']
    for context, pairs in contexts.items():
        parts.append(f"<context><name>{escape(context)}</name>")
        for source, translation in pairs.items():
            parts.append(
                f"<message><source>{escape(source)}</source>"
                f"<translation>{escape(translation)}</translation></message>"
            )
        parts.append("</context>")
    return "\n".join([*parts, "</TS>"])


@pytest.fixture(scope="module")
def fake_qm_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("qm")
    tool = i18n_tool()
    for language, contexts in FAKE.items():
        (folder / tool.ts_name(language)).write_text(_ts(language, contexts), encoding="utf-8")
    tool.lrelease(folder, folder, quiet=True)
    return folder


@pytest.fixture
def clean_language(qapp: Any) -> Iterator[Any]:
    """Leave no translator and no default locale behind (other tests expect English)."""
    before = QLocale()
    yield qapp
    translations._remove_translators(qapp)
    QLocale.setDefault(before)


@pytest.fixture
def fake(fake_qm_dir: Path, monkeypatch: pytest.MonkeyPatch, clean_language: Any) -> Any:
    monkeypatch.setattr(translations, "QM_DIR", fake_qm_dir)
    return clean_language


def refusal() -> RefusedError:
    return RefusedError(
        RefusalKind.INVALID_TOKEN, http_status=403, code="403", error=None, msg="INVALID TOKEN"
    )


def ours(app: Any) -> list[QTranslator]:
    return list(app.findChildren(QTranslator, translations.TRANSLATOR_NAME))


def cancel_text() -> str:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    button = box.button(QDialogButtonBox.StandardButton.Cancel)
    assert button is not None
    return button.text().replace("&", "")


# --- choosing --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("setting", "system", "expected"),
    [
        ("", ["es-CO", "es"], "es"),
        ("", ["es_MX.UTF-8"], "es"),
        ("", ["pt-BR"], "pt_BR"),
        ("", ["pt-PT", "pt"], "pt_BR"),  # Portugal: the Brazilian translation beats English
        ("", ["fr-FR", "es-ES"], "es"),  # the first language we ship, in the user's order
        ("", ["en-US", "es-ES"], "en"),  # English is shipped too (the source)
        ("", ["de-DE"], "en"),
        ("", ["C"], "en"),
        ("", [], "en"),
        ("en", ["es-CO"], "en"),  # the setting wins
        ("pt_BR", ["es-CO"], "pt_BR"),
        ("es", [], "es"),
    ],
)
def test_choose(setting: str, system: list[str], expected: str) -> None:
    assert translations.choose(setting, system) == expected


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({"LANG": "es_CO.UTF-8"}, ["es_CO.UTF-8"]),
        ({"LANGUAGE": "pt_BR:es", "LANG": "en_US.UTF-8"}, ["pt_BR", "es", "en_US.UTF-8"]),
        ({"LC_ALL": "es_ES.UTF-8", "LANG": "en_US.UTF-8"}, ["es_ES.UTF-8", "en_US.UTF-8"]),
        ({"LC_ALL": "C", "LANGUAGE": "es"}, []),  # gettext: the C locale is untranslated
        ({"LANG": "C.UTF-8"}, []),
    ],
)
def test_env_languages(env: dict[str, str], expected: list[str]) -> None:
    assert translations.env_languages(env) == expected


# --- installing in the window ------------------------------------------------------------------


def test_spanish_translates_our_words_qt_words_and_formats(fake: Any) -> None:
    assert translations.install("es", system=QLocale("en_US")) == "es"
    assert len(ours(fake)) == 2  # qtbase_es and ours
    assert text.explain(refusal()).title == "Rechazado por wolkvox"
    assert text.explain(refusal()).wolkvox_msg == "INVALID TOKEN"  # verbatim, always
    assert text.outcome_label(Outcome.REFUSED) == "Rechazada"
    assert cancel_text() == "Cancelar"  # Qt's own translation (qtbase_es.qm)
    assert QLocale().name() == "es_ES"  # an English system: Spanish formats with the words


def test_the_main_window_comes_out_translated(fake: Any, qtbot: Any) -> None:
    from wolkvox_desk.ui.main_window import MainWindow

    translations.install("pt_BR", system=QLocale("en_US"))
    window = MainWindow()
    qtbot.addWidget(window)
    menus = [action.text() for action in window.menuBar().actions()]
    assert "A&juda" in menus
    assert "&Help" not in menus


def test_history_dates_and_numbers_follow_the_locale(fake: Any) -> None:
    translations.install("es", system=QLocale("en_US"))
    model = HistoryTableModel()
    old = QDateTime(QDate(2024, 3, 25), QTime(14, 5)).toSecsSinceEpoch()
    now = QDateTime.currentSecsSinceEpoch()
    model.prepend(call(old, 1, latency_ms=12345.4))
    model.prepend(call(now, 2))
    spanish, short = QLocale("es_ES"), QLocale.FormatType.ShortFormat
    assert cell(model, 1, Column.TIME) == spanish.toString(QDate(2024, 3, 25), short)
    assert cell(model, 1, Column.TIME) != QLocale("en_US").toString(QDate(2024, 3, 25), short)
    assert cell(model, 1, Column.LATENCY) == "12.345"  # Spanish groups thousands with "."
    today = QDateTime.fromSecsSinceEpoch(now).time()
    assert cell(model, 0, Column.TIME) == spanish.toString(today, short)
    assert model.headerData(Column.TIME, _HORIZONTAL) == "Hora"


def test_relocalize_takes_up_a_new_language_without_reloading(fake: Any) -> None:
    model = HistoryTableModel()
    model.prepend(call(QDateTime.currentSecsSinceEpoch(), 1, latency_ms=12345.0))
    english = cell(model, 0, Column.LATENCY)
    assert model.headerData(Column.TIME, _HORIZONTAL) == "Time"
    changes: list[object] = []
    model.dataChanged.connect(lambda *args: changes.append(args))
    translations.install("es", system=QLocale("en_US"))
    model.relocalize()
    assert changes
    assert model.headerData(Column.TIME, _HORIZONTAL) == "Hora"
    assert cell(model, 0, Column.LATENCY) == "12.345" != english


def test_english_loads_nothing(fake: Any) -> None:
    translations.install("es", system=QLocale("en_US"))
    assert translations.install("en", system=QLocale("es_CO")) == "en"
    assert ours(fake) == []  # and the Spanish ones are gone
    assert text.explain(refusal()).title == "Refused by wolkvox"
    assert cancel_text() == "Cancel"
    assert QLocale().language() == QLocale.Language.English  # the chosen language's formats


def test_following_the_system_keeps_its_regional_formats(fake: Any) -> None:
    assert translations.install("", system=QLocale("pt_PT")) == "pt_BR"
    assert text.explain(refusal()).title == "Recusado pelo wolkvox"
    assert QLocale().name() == "pt_PT"
    assert translations.install("", system=QLocale("fr_FR")) == "en"
    assert ours(fake) == []
    assert QLocale().name() == "fr_FR"  # untranslated, but the user's dates and numbers
    assert translations.install("es", system=QLocale("es_CO")) == "es"
    assert QLocale().name() == "es_CO"  # the setting agrees with the system: its formats


def test_a_second_install_replaces_the_first(fake: Any) -> None:
    translations.install("es", system=QLocale("en_US"))
    translations.install("pt_BR", system=QLocale("en_US"))
    assert len(ours(fake)) == 2
    assert text.explain(refusal()).title == "Recusado pelo wolkvox"
    assert cancel_text() == "Cancelar"  # Portuguese says it the same way


# --- the CLI -----------------------------------------------------------------------------------

CLI_PROBE = """
import sys
from pathlib import Path
from wolkvox_desk import translations
translations.QM_DIR = Path(sys.argv[1])
language = translations.install_for_cli("")
from wolkvox_desk.text import explain, tr
print(language, "PySide6" in sys.modules, tr("Refused by wolkvox"), sep="|")
"""


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({"LANG": "en_US.UTF-8"}, "en|False|Refused by wolkvox"),
        ({"LANG": "C.UTF-8", "LANGUAGE": "es"}, "en|False|Refused by wolkvox"),
        ({"LANG": "es_CO.UTF-8"}, "es|True|Rechazado por wolkvox"),
        ({"LANGUAGE": "pt_BR", "LANG": "en_US.UTF-8"}, "pt_BR|True|Recusado pelo wolkvox"),
    ],
)
def test_cli_imports_qt_only_to_translate(
    env: dict[str, str], expected: str, fake_qm_dir: Path
) -> None:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("LANG", "LC_"))}
    result = subprocess.run(
        [sys.executable, "-c", CLI_PROBE, str(fake_qm_dir)],
        env={**clean, **env},
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.strip() == expected


# --- the shipped translations ------------------------------------------------------------------


@pytest.mark.parametrize("language", translations.SHIPPED)
def test_shipped_translations_load_and_translate(
    language: str, clean_language: Any, qtbot: Any
) -> None:
    from wolkvox_desk.ui.main_window import MainWindow

    assert translations.qm_path(language).is_file()
    translations.install(language, system=QLocale("en_US"))
    assert text.explain(refusal()).title != "Refused by wolkvox"
    window = MainWindow()
    qtbot.addWidget(window)
    menus = [action.text() for action in window.menuBar().actions()]
    assert "&Help" not in menus
    assert cancel_text() != "Cancel"


# --- helpers -------------------------------------------------------------------------------------

_HORIZONTAL = Qt.Orientation.Horizontal


def call(started_at: float, record_id: int, **extra: Any) -> CallRecord:
    return CallRecord(
        started_at=float(started_at),
        phone_typed="300 123 4567",
        phone_sent="93001234567",
        outcome=Outcome.OK,
        id=record_id,
        **extra,
    )


def cell(model: HistoryTableModel, row: int, column: Column) -> Any:
    return model.data(model.index(row, column))

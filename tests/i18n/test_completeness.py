"""Every user-visible text is translated, and each translation keeps what the code relies on.

It fails while a translation is unfinished: that is the point (issue 8). It checks the
committed .ts files; `test_up_to_date` checks that they hold every text of the code.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest

from tests.i18n.ts_files import Message, i18n_tool, messages

TOOL = i18n_tool()
#: Qt's plural rules: how many numerus forms each language has (Spanish and Portuguese: 2)
NUMERUS_FORMS = {"es": 2, "pt_BR": 2}
BRACES = re.compile(r"\{[^{}]*\}")  # str.format fields, with any format spec: {delay:.1f}
QT_ARGS = re.compile(r"%(?:n|L?\d)")  # QString::arg and %n
ACCELERATOR = re.compile(r"&[^&\s]")


def problems(message: Message, forms: int) -> list[str]:
    """What is wrong with one message's translation (empty when it is fine)."""
    if message.kind in ("unfinished", "vanished", "obsolete"):
        return [message.kind]
    if message.numerus and len(message.translations) != forms:
        return [f"{len(message.translations)} plural forms, not {forms}"]
    found = []
    source = message.source
    for text in message.translations:
        if not text.strip():
            found.append("empty")
            continue
        if sorted(BRACES.findall(text)) != sorted(BRACES.findall(source)):
            found.append(f"placeholders {BRACES.findall(text)} != {BRACES.findall(source)}")
        if sorted(set(QT_ARGS.findall(text))) != sorted(set(QT_ARGS.findall(source))):
            found.append("%-arguments differ")
        if bool(ACCELERATOR.search(_no_escaped(text))) != bool(
            ACCELERATOR.search(_no_escaped(source))
        ):
            found.append("& accelerator added or lost")
        for ending in ("…", ":"):
            if text.rstrip().endswith(ending) != source.rstrip().endswith(ending):
                found.append(f"trailing {ending!r} added or lost")
    return found


def _no_escaped(text: str) -> str:
    return text.replace("&&", "")


@pytest.mark.parametrize("language", TOOL.LANGUAGES)
def test_every_message_is_translated(language: str) -> None:
    path = TOOL.TS_DIR / TOOL.ts_name(language)
    assert ET.parse(path).getroot().get("language") == language
    report = []
    for message in messages(path):
        for problem in problems(message, NUMERUS_FORMS[language]):
            report.append(f"  [{message.context}] {message.source!r}: {problem}")
    summary = f"{path.name}: {len(report)} problem(s) in the translation"
    assert not report, summary + "\n" + "\n".join(report[:40])


# --- the checker itself --------------------------------------------------------------------


def _message(source: str, *translations: str, kind: str = "", numerus: bool = False) -> Message:
    return Message("", source, "", numerus, kind, translations)


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        (_message("Dial", "Marcar"), []),
        (_message("Dial", "", kind="unfinished"), ["unfinished"]),
        (_message("Dial", "Marcar", kind="vanished"), ["vanished"]),
        (_message("Dial", " "), ["empty"]),
        (_message("Sent to {phone}", "Enviado a {telefono}"), ["placeholders"]),
        (_message("{ms:.0f} ms", "{ms} ms"), ["placeholders"]),
        (_message("{a} and {b}", "{b} y {a}"), []),
        (_message("Sent as %1", "Enviado"), ["%-arguments"]),
        (_message("&Help", "Ayuda"), ["& accelerator"]),
        (_message("Help", "A&yuda"), ["& accelerator"]),
        (_message("&Help", "A&yuda"), []),
        (_message("Save && close", "Guardar y cerrar"), []),
        (_message("Settings…", "Configuración"), ["trailing '…'"]),
        (_message("Server:", "Servidor"), ["trailing ':'"]),
        (_message("%n call(s)", "%n llamada", numerus=True), ["1 plural forms"]),
        (_message("%n call(s)", "%n llamada", "%n llamadas", numerus=True), []),
    ],
)
def test_the_checker_finds_each_kind_of_problem(message: Message, expected: list[str]) -> None:
    found = problems(message, 2)
    assert len(found) == len(expected), found
    for problem, start in zip(found, expected, strict=True):
        assert problem.startswith(start), found

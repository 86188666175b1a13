"""Reading Qt Linguist .ts files for the translation tests (xml.etree: the format is XML)."""

from __future__ import annotations

import importlib.util
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]


def i18n_tool() -> ModuleType:
    """tools/i18n.py, the script `make lupdate` and `make lrelease` run (not a package)."""
    spec = importlib.util.spec_from_file_location("i18n_tool", ROOT / "tools" / "i18n.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str  # the disambiguation, part of a message's identity
    numerus: bool
    kind: str  # the translation's type attribute: "", "unfinished", "vanished", "obsolete"
    translations: tuple[str, ...]  # one, or one per numerus form

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.context, self.source, self.comment)


def messages(path: Path) -> list[Message]:
    found = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None, f"{path.name}: a message without <translation>"
            forms = translation.findall("numerusform")
            texts = tuple(f.text or "" for f in forms) if forms else (translation.text or "",)
            found.append(
                Message(
                    context=name,
                    source=message.findtext("source") or "",
                    comment=message.findtext("comment") or "",
                    numerus=message.get("numerus") == "yes",
                    kind=translation.get("type", ""),
                    translations=texts,
                )
            )
    return found

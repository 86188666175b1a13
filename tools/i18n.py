"""Translation upkeep: ``lupdate`` (sources -> .ts) and ``lrelease`` (.ts -> committed .qm).

    python tools/i18n.py lupdate [--ts-dir DIR]   update resources/i18n/*.ts from the code
    python tools/i18n.py lrelease [--ts-dir DIR] [--qm-dir DIR]
                                                  compile them to wolkvox_desk/i18n/*.qm

The sources are every Python file under wolkvox_desk/ that git tracks or would track
(untracked new files count), except the simulator, which speaks wolkvox's English on purpose.
lupdate keeps existing translations, drops vanished messages (-no-obsolete) and records no
line numbers (-locations none), so that a .ts file changes only when a text does. Our ``#:``
attribute comments, which lupdate mistakes for notes to translators, are dropped; write
``#: TRANSLATORS: ...`` just above a tr() call for a real note.

``--ts-dir`` updates copies elsewhere (the up-to-date test uses a temporary folder, and
nobody overwrites the translators' files while they work). The Makefile calls this script.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "wolkvox_desk"
TS_DIR = ROOT / "resources" / "i18n"
QM_DIR = ROOT / PACKAGE / "i18n"
#: the languages we ship besides English (the source language); Qt's names for them
LANGUAGES = ("es", "pt_BR")
#: an extracomment line that is not a TRANSLATORS: note (see drop_code_comments)
CODE_COMMENT = re.compile(r"\n[ \t]*<extracomment>(?!TRANSLATORS:)[^<]*</extracomment>(?=\n)")
#: folders whose texts are not for translation
EXCLUDED = ("wolkvox_desk/simulator/",)


def ts_name(language: str) -> str:
    return f"{PACKAGE}_{language}.ts"


def qm_name(language: str) -> str:
    return f"{PACKAGE}_{language}.qm"


def sources(root: Path = ROOT) -> list[Path]:
    """The Python files lupdate reads, relative to ``root``, sorted (stable output)."""
    try:
        listed = subprocess.run(
            ["git", "ls-files", "--cached", "--others", "--exclude-standard", f"{PACKAGE}/*.py"],
            cwd=root,
            check=True,
            capture_output=True,
            text=True,
        ).stdout.split()
    except (OSError, subprocess.CalledProcessError):  # an exported tree: no git
        listed = [p.relative_to(root).as_posix() for p in (root / PACKAGE).rglob("*.py")]
    kept = {name for name in listed if not name.startswith(EXCLUDED)}
    # deleted-but-tracked files are still listed by git until committed
    return [Path(name) for name in sorted(kept) if (root / name).is_file()]


def tool(name: str) -> str:
    """The path of pyside6-<name> next to this Python (the venv), else on PATH."""
    here = Path(sys.executable).parent
    for candidate in (here / f"pyside6-{name}", here / f"pyside6-{name}.exe"):
        if candidate.is_file():
            return str(candidate)
    found = shutil.which(f"pyside6-{name}")
    if found is None:
        raise SystemExit(f"pyside6-{name} not found: install PySide6 (make test sets it up)")
    return found


def lupdate(ts_dir: Path = TS_DIR, root: Path = ROOT, quiet: bool = False) -> None:
    """Update (or create) each language's .ts in ``ts_dir`` from the sources in ``root``."""
    ts_dir.mkdir(parents=True, exist_ok=True)
    files = [str(path) for path in sources(root)]
    for language in LANGUAGES:
        command = [tool("lupdate"), *files, "-no-obsolete", "-locations", "none"]
        command += ["-target-language", language, "-ts", str(ts_dir.resolve() / ts_name(language))]
        if quiet:
            command.append("-silent")
        subprocess.run(command, cwd=root, check=True)
        drop_code_comments(ts_dir / ts_name(language))


def drop_code_comments(ts_file: Path) -> None:
    """Remove the translator comments lupdate made of our ``#:`` attribute comments.

    lupdate reads every ``#:`` comment as a note to the translator and pins it on the next
    tr() call, however far below: here they document attributes and only mislead. A real
    note to translators starts with ``TRANSLATORS:`` (``#: TRANSLATORS: the verb``).
    """
    text = ts_file.read_text(encoding="utf-8")
    kept = CODE_COMMENT.sub("", text)
    if kept != text:
        ts_file.write_text(kept, encoding="utf-8")


def lrelease(ts_dir: Path = TS_DIR, qm_dir: Path = QM_DIR, quiet: bool = False) -> list[Path]:
    """Compile each language's .ts into ``qm_dir``; returns the .qm paths."""
    qm_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for language in LANGUAGES:
        target = qm_dir / qm_name(language)
        command = [tool("lrelease"), str(ts_dir / ts_name(language)), "-qm", str(target)]
        if quiet:
            command.append("-silent")
        subprocess.run(command, check=True)
        written.append(target)
    return written


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("action", choices=["lupdate", "lrelease"])
    parser.add_argument("--ts-dir", type=Path, default=TS_DIR, help="where the .ts files are")
    parser.add_argument("--qm-dir", type=Path, default=QM_DIR, help="where .qm files go")
    args = parser.parse_args(argv)
    if args.action == "lupdate":
        lupdate(args.ts_dir)
    else:
        lrelease(args.ts_dir, args.qm_dir)
    return 0


if __name__ == "__main__":
    sys.exit(main())

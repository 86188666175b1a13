"""Frozen launcher of the windowed ``wolkvox-desk`` executable (PyInstaller's entry script).

A windowed Windows executable has no console: ``sys.stdout``/``sys.stderr`` are None there, and
a library that writes to them would crash. They go to the null device instead; IT scripts that
need output and exit codes use ``wolkvox-desk-cli``.
"""

import os
import sys

from wolkvox_desk.cli import main

if __name__ == "__main__":
    if sys.stdout is None:
        sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - lives as long as the process
    if sys.stderr is None:
        sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115
    sys.exit(main())

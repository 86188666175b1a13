"""Frozen launcher of the console ``wolkvox-desk-cli`` executable (PyInstaller's entry script).

The same front door as ``wolkvox-desk``, built as a console program, so that IT scripts get
its output and exit codes on Windows too.
"""

import sys

from wolkvox_desk.cli import main

if __name__ == "__main__":
    sys.exit(main())

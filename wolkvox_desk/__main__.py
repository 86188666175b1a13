"""``python -m wolkvox_desk``: the same front door as the ``wolkvox-desk`` command."""

import sys

from wolkvox_desk.cli import main

sys.exit(main())

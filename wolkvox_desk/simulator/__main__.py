"""``python -m wolkvox_desk.simulator``: the simulator without the rest of the app."""

import sys

from wolkvox_desk.simulator.command import serve

sys.exit(serve())

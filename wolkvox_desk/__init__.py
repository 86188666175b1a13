"""wolkvox-desk: a desktop click-to-dial companion for wolkvox Agent.

This module owns the package's identity (name, version). It imports nothing heavy,
because every entry point (CLI, window, frozen bundle) reads it first.
"""

__version__ = "0.1.0"
APP_NAME = "wolkvox-desk"
APP_DISPLAY_NAME = "wolkvox desk"
ORGANIZATION = "wolkvox-desk"

__all__ = ["APP_DISPLAY_NAME", "APP_NAME", "ORGANIZATION", "__version__"]

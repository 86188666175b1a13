"""Reproducible measurements of wolkvox-desk, each against a baseline measured in the same run.

``python benchmarks/run.py`` (``make bench``) prints one table; see ``run.py``.
"""

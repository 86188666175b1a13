"""Programs that run the real app under a measuring instrument (one process per run)."""

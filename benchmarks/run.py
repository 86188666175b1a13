"""The benchmark runner (``make bench``): every figure against a baseline measured in this run.

Usage::

    python benchmarks/run.py [--quick] [--only NAME[,NAME]] [--runs N] [--json FILE]

Each figure is the median of ``--runs`` runs (default 7; ``--quick``: 3 runs, fewer dials,
a 100,000-row history instead of 1,000,000). Start-up figures start fresh processes for the
app and for its baseline, interleaved, after one untimed warm-up of each. Everything runs
offscreen (``QT_QPA_PLATFORM=offscreen``). Large histories are built once into ``.bench/``
(git-ignored) and reused. Progress goes to stderr; the table (Markdown) to stdout.

Figures (``--only`` names): startup, dial, selftest, history, extensions, memory, bundle,
window100k (issue 3: 100,000 rows).
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import sys
import time
import traceback
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ["QT_QPA_PLATFORM"] = "offscreen"

from benchmarks import (  # noqa: E402
    fig_bundle,
    fig_dial,
    fig_extensions,
    fig_history,
    fig_memory,
    fig_selftest,
    fig_startup,
    fig_window100k,
)
from benchmarks.common import ROOT, Config, Row, machine  # noqa: E402

FIGURES = [
    fig_startup,
    fig_dial,
    fig_selftest,
    fig_history,
    fig_extensions,
    fig_memory,
    fig_bundle,
    fig_window100k,
]
BY_NAME = {module.NAME: module for module in FIGURES}


def parse(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="benchmarks/run.py", description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="3 runs, 100k rows: a smoke run")
    parser.add_argument(
        "--only",
        action="append",
        default=[],
        help=f"figures to run (comma-separated): {', '.join(BY_NAME)}",
    )
    parser.add_argument("--runs", type=int, help="runs per figure (default 7, quick 3)")
    parser.add_argument("--json", type=Path, help="also write the rows as JSON to this file")
    args = parser.parse_args(argv)
    args.only = [name.strip() for item in args.only for name in item.split(",") if name.strip()]
    unknown = sorted(set(args.only) - BY_NAME.keys())
    if unknown:
        parser.error(f"unknown figure(s): {', '.join(unknown)}; choose from {', '.join(BY_NAME)}")
    return args


def ratio_text(row: Row) -> str:
    return "-" if row.ratio is None else f"{row.ratio:.2f}x"


def table(rows: list[Row]) -> str:
    header = ["Figure", "Measured", "Baseline", "Ratio", "Target", "Verdict", "Notes"]
    lines = [header] + [
        [r.figure, r.measured, r.baseline, ratio_text(r), r.target, r.verdict, "; ".join(r.notes)]
        for r in rows
    ]
    widths = [max(len(line[i]) for line in lines) for i in range(len(header))]

    def fmt(cells: list[str]) -> str:
        return "| " + " | ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)) + " |"

    rule = "|" + "|".join("-" * (w + 2) for w in widths) + "|"
    return "\n".join([fmt(lines[0]), rule] + [fmt(line) for line in lines[1:]])


def main(argv: list[str]) -> int:
    args = parse(argv)
    cfg = Config.make(args.quick, args.runs)
    chosen = [BY_NAME[name] for name in args.only] if args.only else FIGURES
    started = time.monotonic()
    # .pyc files for our code, as an installed app has them (and the same for every run)
    compileall.compile_dir(ROOT / "wolkvox_desk", quiet=1)
    compileall.compile_dir(ROOT / "benchmarks", quiet=1)
    rows: list[Row] = []
    failed: list[str] = []
    for module in chosen:
        print(f"bench: {module.NAME}...", file=sys.stderr, flush=True)
        figure_started = time.monotonic()
        try:
            rows += module.run(cfg)
        except Exception as exc:  # one broken figure must not hide the others
            traceback.print_exc(file=sys.stderr)
            rows.append(Row(module.NAME, " ".join(f"error: {exc}".split())[:160], ok=False))
            failed.append(module.NAME)
        print(
            f"bench: {module.NAME} took {time.monotonic() - figure_started:.0f} s",
            file=sys.stderr,
            flush=True,
        )
    elapsed = time.monotonic() - started
    kind = "quick" if cfg.quick else "full"
    print(f"\nMachine: {machine()}")
    print(f"Run: {kind}, median of {cfg.runs} runs per figure, {elapsed:.0f} s in all\n")
    print(table(rows))
    if args.json:
        args.json.write_text(
            json.dumps(
                [r.__dict__ | {"verdict": r.verdict} for r in rows], indent=2, ensure_ascii=False
            )
        )
    missed = [r.figure for r in rows if r.ok is False]
    if missed:
        print(f"\nbench: {len(missed)} target(s) missed", file=sys.stderr)
    # Missed targets are findings, not failures; a figure that could not be measured is.
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

# The README's commands. Each target sets itself up (tools/bootstrap.sh is idempotent).
VENV := .venv
PY := $(VENV)/bin/python
export QT_QPA_PLATFORM ?= offscreen

.PHONY: demo test lint bench bundle clean lupdate lrelease

demo:  ## open the app against the built-in simulator (no display: self-test + screenshot)
	@tools/bootstrap.sh
	@tools/demo.sh

test:  ## the whole test suite
	@tools/bootstrap.sh test
	$(PY) -m pytest

lint:  ## ruff, mypy (strict on core/services) and the import layering contracts
	@tools/bootstrap.sh dev
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/mypy
	$(VENV)/bin/lint-imports

bench:  ## the benchmark table; BENCH_ARGS=--quick for a smoke run
	@tools/bootstrap.sh test
	$(PY) benchmarks/run.py $(BENCH_ARGS)

bundle:  ## installers: onedir bundle + .tar.gz, .deb, MSI (stand-in payload), each checked
	@tools/bundle.sh

lupdate:  ## update resources/i18n/*.ts from the code (keeps translations, drops vanished texts)
	@tools/bootstrap.sh
	$(PY) tools/i18n.py lupdate

lrelease:  ## compile resources/i18n/*.ts into the committed wolkvox_desk/i18n/*.qm
	@tools/bootstrap.sh
	$(PY) tools/i18n.py lrelease

clean:
	rm -rf build dist .venv .mypy_cache .ruff_cache

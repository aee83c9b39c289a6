# The two commands a new user needs: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test test-fast eval bench bench-tiny screenshots clean

$(STAMP): pyproject.toml
	./scripts/ensure-system-libs
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/orgtracker

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q

test-fast: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -q -m "not gui and not slow"

screenshots: $(STAMP)
	$(BIN)/python scripts/screenshots.py

eval: $(STAMP)
	$(BIN)/python -m orgtracker.extract.evaluate

bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks.run

bench-tiny: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks.run --tiny

clean:
	rm -rf $(VENV) .pytest_cache .hypothesis build *.egg-info

# The two commands of the README: `make run` and `make test`. Both set up everything they need.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: run test lint system-deps screenshots bench clean

run: $(VENV)/.installed-app
	$(BIN)/spasm-desktop $(ARGS)

test: $(VENV)/.installed-dev
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

lint: $(VENV)/.installed-dev
	$(BIN)/ruff check spasm_desktop tests bench
	$(BIN)/mypy

system-deps:
	sh scripts/system-deps.sh

$(VENV)/bin/python:
	sh scripts/system-deps.sh
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip "setuptools>=68" wheel

$(VENV)/.installed-app: pyproject.toml | $(VENV)/bin/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-dev: pyproject.toml | $(VENV)/bin/python
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@ $(VENV)/.installed-app

bench: $(VENV)/.installed-dev
	$(BIN)/python bench/idle.py

clean:
	rm -rf $(VENV) build *.egg-info

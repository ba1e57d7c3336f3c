# Two set-up commands for a fresh machine with Python 3.11 and pip:
#   make run   create .venv, install, extract the seeds
#   make test  create .venv, install with test extras, run the tests
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/diasporafacts extract seeds/

test: $(STAMP)
	$(BIN)/python -m pytest -q

bench: $(STAMP)
	$(BIN)/python -m diasporafacts.bench

clean:
	rm -rf $(VENV) build *.egg-info

# The two set-up commands (README): `make run` and `make test`. Both work as root on a fresh Debian.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: install run test bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

# For now: extract every incident the bundled sample reports describe, as a table.
run: $(STAMP)
	$(BIN)/sitrep extract src/sitrep/samples/ --format table

test: $(STAMP)
	$(BIN)/python -m pytest

bench: $(STAMP)
	$(BIN)/python bench/extract_speed.py

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info

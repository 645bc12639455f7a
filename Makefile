# Two commands for a fresh machine: `make run` and `make test`. Everything else is set-up they share.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
# `make run RUN_PORT=8101` serves on another port.
RUN_PORT ?= 8000
VENDOR := static/vendor

.PHONY: run test setup assets messages bytecode lint typecheck i18n-check pytest bench clean

# Settings default to DEBUG off (a server); development and the checks run with it on, which
# also uses the development keys. A production server never goes through this Makefile.
run test typecheck pytest bench: export DEBUG = true

setup: $(VENV)/.installed assets messages .notes-keys.local $(VENV)/.kernels bytecode

# Compiled bytecode for our own modules, so that a machine with PYTHONDONTWRITEBYTECODE set (as CI
# and many containers have) does not recompile every import at every start: without it the
# `match_csv` command spends about 1.5 s more on imports. Only changed files are compiled again.
bytecode: $(VENV)/.installed
	$(PY) -m compileall -q revmentor bench scripts >/dev/null

# The matching engine's inner loops are compiled by Numba at first use (about 5 s, kept in
# __pycache__): do it here, once, rather than in a program manager's first matching run.
$(VENV)/.kernels: $(VENV)/.installed revmentor/matching/engine/kernels.py
	$(PY) -m revmentor.matching.engine.warmup
	touch $@

.notes-keys.local: $(VENV)/.installed
	$(PY) scripts/dev_key.py

$(VENV)/.installed: requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --disable-pip-version-check uv
	@# Bytecode compiled at install: see `bytecode` below.
	$(VENV)/bin/uv pip install --quiet --compile-bytecode --python $(PY) -r requirements.lock
	touch $@

assets: $(VENDOR)/.installed $(VENDOR)/chart.umd.min.js.map

# The Makefile too: a file added to the copy list below must reach existing checkouts.
$(VENDOR)/.installed: package.json package-lock.json Makefile
	npm ci --no-audit --no-fund --silent
	mkdir -p $(VENDOR)
	cp node_modules/htmx.org/dist/htmx.min.js $(VENDOR)/htmx.min.js
	cp node_modules/chart.js/dist/chart.umd.min.js $(VENDOR)/chart.umd.min.js
	cp node_modules/@picocss/pico/css/pico.min.css $(VENDOR)/pico.min.css
	touch $@

# chart.umd.min.js names its source map; collectstatic's manifest storage refuses a missing one.
$(VENDOR)/chart.umd.min.js.map: $(VENDOR)/.installed
	cp node_modules/chart.js/dist/chart.umd.min.js.map $@

# Compiled catalogues are build output: made from the committed .po files at every set-up.
messages: $(VENV)/.installed
	$(PY) scripts/i18n.py compile

run: setup
	$(PY) manage.py migrate --noinput
	$(PY) manage.py seed_demo
	@# The task worker (e-mail notifications) runs beside the web server and stops with it.
	$(PY) manage.py db_worker --no-startup-delay & worker=$$!; trap "kill $$worker 2>/dev/null" EXIT INT TERM; $(PY) manage.py runserver 127.0.0.1:$(RUN_PORT)

lint: $(VENV)/.installed
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

typecheck: $(VENV)/.installed
	$(VENV)/bin/mypy .

i18n-check: $(VENV)/.installed
	$(PY) scripts/i18n.py check

pytest: setup
	$(VENV)/bin/pytest

test: setup lint typecheck i18n-check
	$(PY) manage.py makemigrations --check --dry-run
	$(VENV)/bin/pytest

bench: setup
	$(PY) bench/import_people.py
	$(PY) bench/uploads.py
	$(PY) bench/matching.py --skip-dense

clean:
	rm -rf $(VENV) node_modules $(VENDOR) db.sqlite3 db.sqlite3-wal db.sqlite3-shm

# Developers: gather new strings into the Dutch catalogue (needs GNU gettext), then translate them.
messages-update: $(VENV)/.installed
	$(PY) scripts/i18n.py update

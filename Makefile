# The README's two commands: `make demo` and `make test`. Each sets everything up first
# and reuses what is already there on a second run.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
BROWSER_STAMP := $(VENV)/.browser-stamp
FULL_BROWSER_STAMP := $(VENV)/.full-browser-stamp

.PHONY: demo test setup browser full-browser lint bench clean

setup: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	touch $(STAMP)

browser: $(BROWSER_STAMP)

# Re-run when the choice of build changes: it may have a better build to install.
$(BROWSER_STAMP): $(STAMP) vautokit/browser/_resolve.py
	$(PY) -m vautokit setup-browser
	touch $(BROWSER_STAMP)

# A full build too, for what a person sees: the JupyterLab test and the CPU comparison.
full-browser: $(FULL_BROWSER_STAMP)

$(FULL_BROWSER_STAMP): $(STAMP) vautokit/browser/_resolve.py
	$(PY) -m vautokit setup-browser --headed
	touch $(FULL_BROWSER_STAMP)

demo: browser
	$(PY) -m vautokit demo

test: browser full-browser
	$(PY) -m ruff check vautokit tests benchmarks scripts
	$(PY) -m pytest tests notebooks -n 2 --dist loadscope --nbval-lax --nbval-current-env \
		--nbval-sanitize-with $(CURDIR)/tests/nbval_sanitize.cfg -p no:cacheprovider --durations=20

bench: browser full-browser
	cd benchmarks && ../$(PY) bench_steps.py && ../$(PY) bench_parallel.py && ../$(PY) bench_journal.py && ../$(PY) bench_endpoints.py \
		&& ../$(PY) bench_cpu.py && ../$(PY) bench_report.py \
		&& ../$(PY) bench_adaptive.py --part jobs && ../$(PY) bench_adaptive.py --part sweep

lint: $(STAMP)
	$(PY) -m ruff check vautokit tests benchmarks scripts

clean:
	rm -rf $(VENV) .vautokit build *.egg-info

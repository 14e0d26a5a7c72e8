# Diplomatica developer entry points. `make demo` and `make test` are the whole quick start.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEMO_DB := sqlite:///demo.db

.PHONY: install demo test lint typecheck pytest bench clean

install: $(STAMP)

$(STAMP): requirements.txt pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -r requirements.txt
	$(BIN)/pip install --quiet --disable-pip-version-check --no-deps -e .
	touch $(STAMP)

demo: install
	rm -f demo.db
	$(BIN)/diplomatica build examples --db $(DEMO_DB)
	$(BIN)/diplomatica documents --db $(DEMO_DB)
	$(BIN)/diplomatica search "treaty of friendship" --db $(DEMO_DB) --limit 5
	$(BIN)/diplomatica events --type SIGN_AGREEMENT --db $(DEMO_DB) --limit 8
	$(BIN)/diplomatica tenures --db $(DEMO_DB) --limit 8
	@echo
	@echo "Explore further:"
	@echo "  $(BIN)/diplomatica search 'ambassador' --db $(DEMO_DB)"
	@echo "  $(BIN)/diplomatica events --country MNG --country KOR --db $(DEMO_DB)"
	@echo "  $(BIN)/diplomatica tenures --country MNG --year 1995 --db $(DEMO_DB)"
	@echo "  $(BIN)/diplomatica export events --format jsonl -o events.jsonl --db $(DEMO_DB)"
	@echo "  $(BIN)/diplomatica export documents --format jsonl -o docs.jsonl --db $(DEMO_DB)"
	@echo "  $(BIN)/diplomatica --help"

lint: install
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench

typecheck: install
	$(BIN)/mypy src

pytest: install
	$(BIN)/pytest -n 2 -q

test: lint typecheck pytest

bench: install
	$(BIN)/python bench/run_all.py

clean:
	rm -rf $(VENV) demo.db .pytest_cache .mypy_cache .ruff_cache

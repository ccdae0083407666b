# kg — make demo | make test | make eval
# SHARED is the read-only folder with the corpus, gold data and scorers (beside this repository).
SHARED ?= ../shared
PYTHON ?= python3
VENV := .venv
SEED := seeds/russia-us-security-talks.txt

.PHONY: demo test eval clean

# the virtualenv, re-installed when pyproject.toml changes
$(VENV): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install -q -e '.[test]'
	touch $(VENV)

demo: $(VENV)
	mkdir -p out
	$(VENV)/bin/kg build $(SEED) -o out/seed.ttl --html out/seed.html
	tmp=$$(mktemp out/.seed-events.csv.XXXXXX) && trap 'rm -f "$$tmp"' EXIT && \
	  $(VENV)/bin/kg events out/seed.ttl --format csv > "$$tmp" && chmod 644 "$$tmp" && mv "$$tmp" out/seed-events.csv
	@echo "wrote out/seed.ttl (the graph), out/seed.html (open it in a browser) and out/seed-events.csv (its event table); see also: $(VENV)/bin/kg events out/seed.ttl"

test: $(VENV)
	$(VENV)/bin/python -m pytest -q

eval: $(VENV)
	$(VENV)/bin/python tools/eval.py --shared $(SHARED)

clean:
	rm -rf out .pytest_cache

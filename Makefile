# Every target creates .venv on first use, so a fresh clone needs only Python 3.11+.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test bench snapshots-update clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	# The editable install's meta-path finder prints an informational notice meant for packages whose name is also a
	# folder in the working directory; ours (followup) is not, so the notice is silenced.
	PYTHONWARNINGS=ignore $(BIN)/pip install --quiet -e '.[test,bench]'
	touch $(STAMP)

run: $(STAMP) 
	$(BIN)/followup --demo

test: $(STAMP) 
	$(BIN)/python -m pytest -q -n 2 --dist loadgroup

bench: $(STAMP)
	for b in score scaling check start memory keys; do $(BIN)/python benchmarks/$$b.py || exit 1; done

snapshots-update: $(STAMP)
	$(BIN)/python -m pytest -q tests/tui --snapshot-update

clean:
	rm -rf $(VENV) .pytest_cache .hypothesis

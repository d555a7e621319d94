"""The chart scanned by a maintained Kubernetes policy checker: checkov (PyPI, in its own
virtualenv under .tools: `make tools`), over what `helm template` renders for the default
values and each ci/*-values.yaml. Every finding is fixed, or skipped in the template with
its reason beside it (a ``checkov.io/skipN: CHECK=reason`` annotation on the resource)."""

from __future__ import annotations

import json

import pytest
from k8shelpers import CI_VALUES, find_tool, render_text, run


@pytest.fixture(scope="module")
def checkov() -> str:
    path = find_tool("checkov")
    assert path, "checkov is missing: `make tools` installs it into .tools/"
    return path


def scan(checkov: str, folder) -> list[dict]:
    """checkov over every file in ``folder``: its reports (one per framework)."""
    # Exit code 1 means findings: the JSON says which.
    out = run([checkov, "-d", str(folder), "--framework", "kubernetes", "--output", "json", "--skip-download"],
              check=False)
    assert out.returncode in (0, 1), out.stderr[-2000:]
    doc = json.loads(out.stdout)
    return doc if isinstance(doc, list) else [doc]


def results_of(reports: list[dict], file_name: str) -> dict[str, list[dict]]:
    """Failed, passed and skipped checks of one scanned file."""
    out: dict[str, list[dict]] = {"failed_checks": [], "passed_checks": [], "skipped_checks": []}
    for report in reports:
        for kind in out:
            out[kind] += [c for c in report.get("results", {}).get(kind, [])
                          if c.get("file_path", "").endswith("/" + file_name)]
    return out


VALUES = {"defaults": (), **{v.name: (v,) for v in CI_VALUES}}


@pytest.fixture(scope="module")
def reports(helm, checkov, tmp_path_factory) -> list[dict]:
    """One checkov run over the chart as each values file renders it (it takes seconds to start)."""
    folder = tmp_path_factory.mktemp("rendered")
    for name, values in VALUES.items():
        (folder / f"{name}.yaml").write_text(render_text(helm, values))
    return scan(checkov, folder)


@pytest.mark.parametrize("name", list(VALUES))
def test_the_chart_passes_checkov(reports, name):
    results = results_of(reports, f"{name}.yaml")
    failed = [f"{c['check_id']} {c['resource']}: {c['check_name']}" for c in results["failed_checks"]]
    assert not failed, "\n".join(failed)
    assert len(results["passed_checks"]) > 100, "checkov checked next to nothing"
    for skip in results["skipped_checks"]:
        reason = (skip.get("check_result") or {}).get("suppress_comment", "")
        assert len(reason) > 20, f"{skip['check_id']} on {skip['resource']} is skipped without a reason"


def test_checkov_finds_what_it_should(checkov, tmp_path):
    """The scan can fail: a pod with an image by tag, no limits and a secret in env."""
    bad = """apiVersion: v1
kind: Pod
metadata: {name: bad, namespace: bots}
spec:
  containers:
    - name: c
      image: example/app:1
      env:
        - name: TOKEN
          valueFrom: {secretKeyRef: {name: s, key: k}}
"""
    (tmp_path / "bad.yaml").write_text(bad)
    ids = {c["check_id"] for c in results_of(scan(checkov, tmp_path), "bad.yaml")["failed_checks"]}
    assert {"CKV_K8S_11", "CKV_K8S_43", "CKV_K8S_35"} <= ids

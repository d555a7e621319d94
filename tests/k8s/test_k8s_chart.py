"""The Helm chart, checked with the real helm binary and the Kubernetes OpenAPI schemas.

No Kubernetes API server runs here: manifests are rendered with `helm template` and
validated with kubernetes-validate; the `helm test` check command runs against a real
gRPC health server on port 0.
"""

from __future__ import annotations

import base64
import copy
import subprocess
import sys
import warnings
from concurrent import futures

import grpc
import kubernetes_validate
import pytest
import yaml
from grpc_health.v1 import health, health_pb2
from grpc_health.v1 import health_pb2_grpc as health_grpc
from k8shelpers import (
    CHART,
    CI_VALUES,
    NAMESPACE,
    RELEASE,
    SERVICES,
    credentials_are_files_or_refs,
    find,
    pod_specs,
    render,
    render_text,
    run,
    secret_sources,
    training_job_config,
    validate_all,
)

GPU = CHART / "ci" / "gpu-values.yaml"
CPU_DEV = CHART / "ci" / "cpu-dev-values.yaml"
EXTERNAL_S3 = CHART / "ci" / "external-s3-values.yaml"
ALL_VALUES = [()] + [(v,) for v in CI_VALUES]
#: Kinds of CustomResourceDefinitions the chart can render (no schema in kubernetes-validate):
#: Prometheus Operator, Gateway API, Envoy Gateway, Gateway API Inference Extension, KEDA.
CRD_KINDS = {"ServiceMonitor", "HTTPRoute", "GRPCRoute", "BackendTrafficPolicy", "InferencePool", "ScaledObject"}
IDS = ["defaults"] + [v.name for v in CI_VALUES]


def name(component: str) -> str:
    return f"{RELEASE}-botfarm-{component}"


def test_ci_values_files_cover_the_three_installs():
    assert {v.name for v in CI_VALUES} >= {"cpu-dev-values.yaml", "gpu-values.yaml", "external-s3-values.yaml"}


@pytest.mark.parametrize("values", ALL_VALUES, ids=IDS)
def test_helm_lint_strict(helm, values):
    cmd = [helm, "lint", "--strict", str(CHART)]
    for v in values:
        cmd += ["-f", str(v)]
    result = run(cmd, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 chart(s) failed" in result.stdout


@pytest.mark.parametrize("values", ALL_VALUES, ids=IDS)
def test_rendered_manifests_validate_against_kubernetes_schemas(helm, values):
    docs = render(helm, values)
    assert len(docs) > 10
    errors, skipped = validate_all(docs)
    assert not errors, "\n".join(errors)
    # Only CRD kinds may lack a bundled schema; they are reported, not hidden.
    assert all(s.split("/")[0] in CRD_KINDS for s in skipped), skipped
    if skipped:
        kinds = sorted({s.split(" (")[0] for s in skipped})
        warnings.warn(f"no bundled schema, not validated: {', '.join(kinds)}", stacklevel=1)


def test_strict_validation_catches_a_bad_manifest(helm):
    # The negative control for the test above: a misspelt field must fail strict validation.
    deployment = copy.deepcopy(find(render(helm), "Deployment", name("registry")))
    deployment["spec"]["template"]["spec"]["containers"][0]["imagePullPolicyy"] = "Always"
    errors, _ = validate_all([deployment])
    assert errors and "imagePullPolicyy" in errors[0]


def test_kube_version_floor(helm):
    ok = run([helm, "template", "x", str(CHART), "--kube-version", "1.30.0"], check=False)
    assert ok.returncode == 0, ok.stderr
    old = run([helm, "template", "x", str(CHART), "--kube-version", "1.29.0"], check=False)
    assert old.returncode != 0 and "kubeVersion" in old.stderr


def test_chart_metadata():
    chart = yaml.safe_load((CHART / "Chart.yaml").read_text())
    assert chart["apiVersion"] == "v2"
    assert chart["kubeVersion"].startswith(">=1.30")
    assert (CHART / "values.schema.json").exists()
    assert (CHART / "templates" / "NOTES.txt").exists()


def test_every_value_has_a_helm_docs_comment():
    """Each value carries a `# --` comment, on itself or on the map it belongs to
    (helm-docs documents `podSecurityContext: {...}` as one value)."""
    lines = (CHART / "values.yaml").read_text().splitlines()
    stack: list[tuple[int, bool]] = []  # (indent, documented) of the enclosing keys
    missing, leaves = [], 0
    for i, line in enumerate(lines):
        stripped = line.strip()
        if not stripped or stripped.startswith("#") or stripped.startswith("-"):
            continue
        indent = len(line) - len(line.lstrip())
        while stack and stack[-1][0] >= indent:
            stack.pop()
        j = i - 1
        while j >= 0 and lines[j].strip().startswith("#") and "# --" not in lines[j]:
            j -= 1
        documented = (j >= 0 and "# --" in lines[j]) or any(d for _, d in stack)
        key, _, rest = stripped.partition(":")
        if rest.strip():  # a leaf: scalar, flow map or flow list
            leaves += 1
            if not documented:
                missing.append(f"line {i + 1}: {key}")
        else:
            nxt = next((x for x in lines[i + 1:] if x.strip() and not x.strip().startswith("#")), "")
            if nxt.strip().startswith("-") and not documented:  # a block list value
                missing.append(f"line {i + 1}: {key}")
            stack.append((indent, documented))
    assert leaves > 100
    assert not missing, missing


# --- GPU scheduling -------------------------------------------------------------------

def test_gpu_training_job_template_asks_for_gpus_and_tolerates_the_taint(helm):
    job = training_job_config(render(helm, (GPU,)))
    assert job["gpu"] == {"count": 2, "resourceName": "nvidia.com/gpu"}
    assert {"key": "nvidia.com/gpu", "operator": "Exists", "effect": "NoSchedule"} in job["tolerations"]
    assert job["nodeSelector"] == {"nvidia.com/gpu.present": "true"}
    assert job["runtimeClassName"] == "nvidia"
    assert job["image"].startswith("ghcr.io/botfarm/botfarm-gpu")


def test_cpu_dev_training_job_template_is_cpu_only(helm):
    job = training_job_config(render(helm, (CPU_DEV,)))
    assert job["gpu"]["count"] == 0
    assert job["tolerations"] == [] and job["nodeSelector"] == {} and job["runtimeClassName"] == ""
    assert "-gpu" not in job["image"]


def test_training_job_config_follows_the_contract(helm):
    """The keys and types the training service's Kubernetes launcher reads."""
    docs = render(helm, (GPU,), ("training.gpu.count=4", "training.worker.backoffLimit=7"))
    job = training_job_config(docs)
    assert set(job) == {
        "namespace", "image", "imagePullPolicy", "command", "serviceAccountName", "gpu", "nodeSelector",
        "tolerations", "runtimeClassName", "resources", "backoffLimit", "activeDeadlineSeconds",
        "ttlSecondsAfterFinished", "pendingTimeoutSeconds", "s3", "env", "labels", "podSecurityContext",
        "securityContext", "nodes", "kueue", "priorityClassName",
    }
    assert job["namespace"] == NAMESPACE
    assert job["gpu"]["count"] == 4 and job["backoffLimit"] == 7
    assert job["command"] == ["botfarm", "train-worker"]
    assert job["serviceAccountName"] == name("training-worker")
    find(docs, "ServiceAccount", job["serviceAccountName"])
    assert job["s3"] == {
        "endpoint": f"{name('minio')}:9000", "bucket": "botfarm", "secure": False, "region": "",
        "existingSecret": name("s3"), "accessKeyKey": "accesskey", "secretKeyKey": "secretkey",
    }
    assert job["podSecurityContext"]["runAsNonRoot"] is True
    assert job["securityContext"]["capabilities"]["drop"] == ["ALL"]
    # The training service mounts exactly this ConfigMap at the path it is told.
    deployment = find(docs, "Deployment", name("training"))
    env = {e["name"]: e.get("value") for e in deployment["spec"]["template"]["spec"]["containers"][0]["env"]}
    assert env["BOTFARM_LAUNCHER"] == "kubernetes"
    assert env["BOTFARM_K8S_JOB_CONFIG"] == "/etc/botfarm/training-job.yaml"


def test_inference_gpu_block(helm):
    pod = find(render(helm, (GPU,)), "Deployment", name("inference"))["spec"]["template"]["spec"]
    container = pod["containers"][0]
    assert container["resources"]["limits"]["nvidia.com/gpu"] == "1"
    assert "botfarm-gpu" in container["image"]
    assert pod["nodeSelector"]["nvidia.com/gpu.present"] == "true"
    assert any(t["key"] == "nvidia.com/gpu" for t in pod["tolerations"])
    assert pod["runtimeClassName"] == "nvidia"
    assert {"name": "BOTFARM_DEVICE", "value": "cuda"} in container["env"]
    # Off by default: a CPU inference pod asks for no GPU and lands anywhere.
    cpu = find(render(helm), "Deployment", name("inference"))["spec"]["template"]["spec"]
    assert "nvidia.com/gpu" not in cpu["containers"][0]["resources"].get("limits", {})
    assert "tolerations" not in cpu and "runtimeClassName" not in cpu
    assert {"name": "BOTFARM_DEVICE", "value": "cpu"} in cpu["containers"][0]["env"]


# --- Secrets ------------------------------------------------------------------------

TOKEN = "s3cr3t-auth-T0KEN-4242"
BEARER = "AAAA-x-bearer-TOKEN-9999"


def _b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def test_secret_values_appear_only_base64_in_generated_secrets(helm):
    sets = (f"auth.token={TOKEN}", f"ingestion.xApi.bearerToken={BEARER}")
    text = render_text(helm, (), sets)
    assert TOKEN not in text and BEARER not in text
    docs = render(helm, (), sets)
    for doc in docs:
        body = yaml.safe_dump(doc)
        if doc["kind"] == "Secret":
            continue
        assert _b64(TOKEN) not in body and _b64(BEARER) not in body, doc["metadata"]["name"]
    auth = find(docs, "Secret", name("auth"))
    assert auth["data"]["token"] == _b64(TOKEN)
    x_api = find(docs, "Secret", name("x-api"))
    assert x_api["data"]["bearer-token"] == _b64(BEARER)


def test_existing_secrets_leave_no_trace_of_values(helm):
    # With existingSecret the chart must not even base64 a value someone passed by mistake.
    sets = (f"auth.token={TOKEN}", f"ingestion.xApi.bearerToken={BEARER}")
    text = render_text(helm, (EXTERNAL_S3,), sets)
    for secret in (TOKEN, BEARER):
        assert secret not in text and _b64(secret) not in text
    docs = render(helm, (EXTERNAL_S3,), sets)
    assert [d for d in docs if d["kind"] == "Secret"] == []
    refs = set()
    for _, spec in pod_specs(docs):
        for c in spec["containers"]:
            refs |= {(var, *source) for var, source in secret_sources(spec, c).items()}
    assert ("BOTFARM_S3_ACCESS_KEY", "botfarm-s3", "accesskey") in refs
    assert ("BOTFARM_S3_SECRET_KEY", "botfarm-s3", "secretkey") in refs
    assert ("BOTFARM_AUTH_TOKEN", "botfarm-auth", "token") in refs
    assert ("BOTFARM_X_BEARER_TOKEN", "botfarm-x-api", "bearer-token") in refs


@pytest.mark.parametrize("values", ALL_VALUES, ids=IDS)
def test_credentials_are_only_secret_references(helm, values):
    """Credentials reach a container as files of a mounted Secret (``*_FILE``), or as
    secretKeyRefs where the program reads only env (MinIO): never as values."""
    for label, spec in pod_specs(render(helm, values)):
        for c in spec["containers"]:
            assert not credentials_are_files_or_refs(spec, c), label
            refs = [e["name"] for e in c.get("env", []) if "secretKeyRef" in e.get("valueFrom", {})]
            assert not refs or c["name"] == "minio", (label, refs)


def test_external_s3_requires_an_existing_secret(helm):
    result = run([helm, "template", "x", str(CHART), "--set", "minio.enabled=false",
                  "--set", "s3.endpoint=s3.example.com:443"], check=False)
    assert result.returncode != 0
    assert "s3.existingSecret is required" in result.stderr


# --- Security and resources -----------------------------------------------------------

@pytest.mark.parametrize("values", ALL_VALUES, ids=IDS)
def test_every_container_is_non_root_read_only_with_limits(helm, values):
    docs = render(helm, values, ("podDisruptionBudget.enabled=true",))
    checked = 0
    for label, spec in pod_specs(docs):
        pod_sc = spec.get("securityContext", {})
        assert pod_sc.get("seccompProfile", {}).get("type") == "RuntimeDefault", label
        for c in spec.get("initContainers", []) + spec["containers"]:
            sc = {**pod_sc, **c.get("securityContext", {})}
            where = f"{label}/{c['name']}"
            assert sc.get("runAsNonRoot") is True, where
            assert sc.get("runAsUser", 0) != 0, where
            assert sc.get("allowPrivilegeEscalation") is False, where
            assert sc.get("readOnlyRootFilesystem") is True, where
            assert sc.get("capabilities", {}).get("drop") == ["ALL"], where
            assert c.get("resources", {}).get("limits", {}).get("memory"), where
            if sc.get("readOnlyRootFilesystem"):
                mounts = {m["mountPath"] for m in c.get("volumeMounts", [])}
                if not label.startswith("Pod/"):  # test pods write nothing
                    assert "/tmp" in mounts, where
            checked += 1
    assert checked >= 5


def test_every_botfarm_deployment_has_native_grpc_probes(helm):
    for values in ALL_VALUES:
        docs = render(helm, values)
        deployments = [d for d in docs if d["kind"] == "Deployment"]
        for svc in SERVICES:
            d = find(docs, "Deployment", name(svc))
            c = d["spec"]["template"]["spec"]["containers"][0]
            grpc_port = next(p["containerPort"] for p in c["ports"] if p["name"] == "grpc")
            for probe in ("livenessProbe", "readinessProbe", "startupProbe"):
                assert c[probe]["grpc"]["port"] == grpc_port, (svc, probe)
        for d in deployments:  # MinIO too has liveness and readiness probes
            c = d["spec"]["template"]["spec"]["containers"][0]
            assert "livenessProbe" in c and "readinessProbe" in c, d["metadata"]["name"]


def test_ports_and_commands_match_the_architecture(helm):
    docs = render(helm)
    expected = {"ingestion": (50051, 9101), "cleaning": (50052, 9102), "training": (50053, 9103),
                "registry": (50054, 9104), "inference": (50055, 9105)}
    for svc, (grpc_port, metrics_port) in expected.items():
        c = find(docs, "Deployment", name(svc))["spec"]["template"]["spec"]["containers"][0]
        assert c["command"] == ["botfarm", "serve", svc]
        env = {e["name"]: e.get("value") for e in c["env"]}
        assert env["BOTFARM_GRPC_PORT"] == str(grpc_port)
        assert env["BOTFARM_METRICS_PORT"] == str(metrics_port)
        assert env["BOTFARM_STORE_URL"] == "s3://botfarm"
        assert env["BOTFARM_REGISTRY_ADDR"] == f"{name('registry')}:50054"
        service = find(docs, "Service", name(svc))
        assert {p["name"]: p["port"] for p in service["spec"]["ports"]}["grpc"] == grpc_port
    inference = find(docs, "Service", name("inference"))
    assert {p["name"]: p["port"] for p in inference["spec"]["ports"]}["http"] == 8080


def test_topology_spread_gets_the_component_selector(helm):
    d = find(render(helm, (GPU,)), "Deployment", name("inference"))
    (tsc,) = d["spec"]["template"]["spec"]["topologySpreadConstraints"]
    assert tsc["labelSelector"]["matchLabels"]["app.kubernetes.io/component"] == "inference"
    assert tsc["topologyKey"] == "kubernetes.io/hostname"


# --- RBAC and optional resources ---------------------------------------------------------

def test_training_role_is_namespaced_and_minimal(helm):
    docs = render(helm)
    assert not [d for d in docs if d["kind"] in ("ClusterRole", "ClusterRoleBinding")]
    role = find(docs, "Role", name("training"))
    rules = {(tuple(r["apiGroups"]), r2): set(r["verbs"]) for r in role["rules"] for r2 in r["resources"]}
    assert rules[(("batch",), "jobs")] == {"create", "get", "list", "watch", "delete", "patch"}
    for res in ("pods", "pods/log", "events"):
        assert rules[(("",), res)] == {"get", "list", "watch"}
    binding = find(docs, "RoleBinding", name("training"))
    assert binding["subjects"] == [{"kind": "ServiceAccount", "name": name("training"), "namespace": NAMESPACE}]
    training = find(docs, "Deployment", name("training"))["spec"]["template"]["spec"]
    assert training["serviceAccountName"] == name("training")
    # Only the controller gets an API token.
    for svc in ("ingestion", "cleaning", "registry", "inference"):
        assert find(docs, "Deployment", name(svc))["spec"]["template"]["spec"]["automountServiceAccountToken"] is False
    off = render(helm, (), ("rbac.create=false",))
    assert not [d for d in off if d["kind"] in ("Role", "RoleBinding")]


def test_optional_resources_are_off_by_default(helm):
    kinds = {d["kind"] for d in render(helm)}
    assert not kinds & {"ServiceMonitor", "PodDisruptionBudget"}
    on = render(helm, (), ("metrics.serviceMonitor.enabled=true", "podDisruptionBudget.enabled=true"))
    count = {k: sum(d["kind"] == k for d in on) for k in ("ServiceMonitor", "PodDisruptionBudget")}
    assert count == {"ServiceMonitor": 5, "PodDisruptionBudget": 5}


def test_network_policies_are_on_by_default_and_admit_only_each_pods_ports(helm):
    """One policy per service, MinIO and the `helm test` pods. With allowExternal (the
    default) a service's own ports are open to any client and nothing else is; without
    it, only this release's pods (and allowedClients / metricsFrom) get in; MinIO takes
    connections from this release's pods only, either way."""
    def policies(sets=()):
        return {d["metadata"]["name"]: d["spec"] for d in render(helm, (), sets) if d["kind"] == "NetworkPolicy"}

    default = policies()
    assert set(default) == {name(s) for s in (*SERVICES, "minio", "test")}
    inference = default[name("inference")]["ingress"]
    assert [sorted(p["port"] for p in rule["ports"]) for rule in inference] == [[8080, 50055], [9105]]
    assert all("from" not in rule for rule in inference)
    assert default[name("test")].get("ingress") is None  # deny all
    minio_from = default[name("minio")]["ingress"][0]["from"]
    assert minio_from == [{"podSelector": {"matchLabels": {"app.kubernetes.io/instance": RELEASE,
                                                           "app.kubernetes.io/part-of": "botfarm"}}}]
    closed = policies(("networkPolicy.allowExternal=false",))
    [rule] = closed[name("registry")]["ingress"]  # no metricsFrom: no metrics rule
    assert rule["from"] == minio_from and [p["port"] for p in rule["ports"]] == [50054]
    assert not {d["kind"] for d in render(helm, (), ("networkPolicy.enabled=false",))} & {"NetworkPolicy"}


def test_minio_is_pinned_and_replaced_by_external_s3(helm):
    docs = render(helm)
    minio = find(docs, "Deployment", name("minio"))
    image = minio["spec"]["template"]["spec"]["containers"][0]["image"]
    assert "RELEASE." in image and "@sha256:" in image
    find(docs, "Job", name("minio-make-bucket"))
    external = render(helm, (EXTERNAL_S3,))
    assert not [d for d in external if "minio" in d["metadata"]["name"]]
    env = {e["name"]: e.get("value") for e in
           find(external, "Deployment", name("registry"))["spec"]["template"]["spec"]["containers"][0]["env"]}
    assert env["BOTFARM_S3_ENDPOINT"] == "s3.eu-west-1.amazonaws.com"
    assert env["BOTFARM_S3_SECURE"] == "true" and env["BOTFARM_STORE_URL"] == "s3://my-botfarm-state"


# --- Bad values: clear errors, never a half-rendered chart ---------------------------------

@pytest.mark.parametrize("sets, message", [
    (["training.gpu.count=two"], "/training/gpu/count"),
    (["inference.replicas=-1"], "/inference/replicas"),
    (["registry.grpcPort=70000"], "/registry/grpcPort"),
    (["s3.bucket=Bad_Bucket"], "/s3/bucket"),
    (["s3.endpoint=https://s3.example.com"], "/s3/endpoint"),
    (["logFormat=xml"], "/logFormat"),
    (["replicaCount=3"], "additional properties 'replicaCount' not allowed"),
    (["minio.enabled=false"], "s3.endpoint is required"),
    (["tls.enabled=true"], "tls.existingSecret is required"),
])
def test_bad_values_fail_with_a_clear_message(helm, sets, message):
    cmd = [helm, "template", "x", str(CHART)]
    for s in sets:
        cmd += ["--set", s]
    result = run(cmd, check=False)
    assert result.returncode != 0
    assert message in result.stderr, result.stderr


# --- helm test -------------------------------------------------------------------------------

def test_helm_test_pods_check_each_service_through_its_service(helm):
    docs = render(helm)
    pods = [d for d in docs if d["kind"] == "Pod"]
    assert len(pods) == len(SERVICES)
    targets = set()
    for pod in pods:
        assert pod["metadata"]["annotations"]["helm.sh/hook"] == "test"
        command = pod["spec"]["containers"][0]["command"]
        assert command[:2] == ["python", "-c"]
        host, port = command[3].split(":")
        service = find(docs, "Service", host)
        assert int(port) in [p["port"] for p in service["spec"]["ports"] if p["name"] == "grpc"]
        targets.add(host)
    assert targets == {name(s) for s in SERVICES}


@pytest.fixture()
def health_server():
    """A real gRPC server on port 0 with only grpc.health.v1, as every botfarm service has."""
    server = grpc.server(futures.ThreadPoolExecutor(max_workers=2))
    servicer = health.HealthServicer()
    health_grpc.add_HealthServicer_to_server(servicer, server)
    port = server.add_insecure_port("127.0.0.1:0")
    server.start()
    yield servicer, f"127.0.0.1:{port}"
    server.stop(None)


def test_helm_test_command_passes_on_serving_and_fails_otherwise(helm, health_server):
    """Runs the exact command of a `helm test` pod against a real health server."""
    servicer, addr = health_server
    pod = next(d for d in render(helm) if d["kind"] == "Pod")
    script = pod["spec"]["containers"][0]["command"][2]

    def check() -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-c", script, addr], capture_output=True, text=True, timeout=60)

    servicer.set("", health_pb2.HealthCheckResponse.SERVING)
    ok = check()
    assert ok.returncode == 0, ok.stderr
    assert "SERVING" in ok.stdout
    servicer.set("", health_pb2.HealthCheckResponse.NOT_SERVING)
    bad = check()
    assert bad.returncode == 1 and "NOT_SERVING" in bad.stdout


def test_strict_schemas_exist_for_the_versions_we_claim():
    versions = kubernetes_validate.utils.all_versions()
    assert "1.30.0" in versions


@pytest.mark.parametrize("values", [(GPU,), (CPU_DEV,), (EXTERNAL_S3,)], ids=["gpu", "cpu-dev", "external-s3"])
def test_training_service_turns_the_configmap_into_valid_jobs(helm, values):
    """The other side of the contract: the training service's own loader and Job renderer
    accept what the chart renders, and the Job it would create validates strictly."""
    from botfarm.training.launchers import k8s_manifest as manifest

    docs = render(helm, values)
    cfg = manifest.job_config_from_dict(training_job_config(docs))
    job = manifest.render_job(cfg, "20260101-000000-abcdef12")
    errors, skipped = validate_all([job])
    assert not errors and not skipped, errors
    pod = job["spec"]["template"]["spec"]
    worker = pod["containers"][0]
    assert pod["serviceAccountName"] == name("training-worker")
    assert pod["securityContext"]["runAsNonRoot"] is True
    assert worker["securityContext"]["readOnlyRootFilesystem"] is True
    sources = secret_sources(pod, worker)
    assert sources["BOTFARM_S3_ACCESS_KEY"][0] == sources["BOTFARM_S3_SECRET_KEY"][0] != ""
    assert not credentials_are_files_or_refs(pod, worker)
    if values != (CPU_DEV,):  # the chart's default is a GPU cluster; ci/gpu-values asks for two per Job
        assert worker["resources"]["limits"]["nvidia.com/gpu"] == ("2" if values == (GPU,) else "1")
        assert {"key": "nvidia.com/gpu", "operator": "Exists", "effect": "NoSchedule"} in pod["tolerations"]
        assert pod["runtimeClassName"] == "nvidia"
    else:
        assert "nvidia.com/gpu" not in worker["resources"].get("limits", {})
        assert "tolerations" not in pod


def _bytes(quantity: str) -> int:
    units = {"Ki": 1 << 10, "Mi": 1 << 20, "Gi": 1 << 30, "Ti": 1 << 40}
    for unit, factor in units.items():
        if quantity.endswith(unit):
            return int(float(quantity[:-2]) * factor)
    return int(quantity)


@pytest.mark.parametrize("values", [(), (GPU,)], ids=["defaults", "gpu"])
def test_upload_limits_reach_the_services_and_ingestion_tmp_holds_an_upload(helm, values):
    """Ingestion spools an upload to /tmp with the raw dataset it becomes: its emptyDir
    must hold twice the largest upload it accepts, or a large archive evicts the pod."""
    docs = render(helm, values)
    limits = {}
    for svc in ("ingestion", "registry"):
        pod = find(docs, "Deployment", name(svc))["spec"]["template"]["spec"]
        env = {e["name"]: e.get("value") for e in pod["containers"][0]["env"]}
        limits[svc] = int(env["BOTFARM_MAX_UPLOAD_BYTES"])
        if svc == "ingestion":
            tmp = next(v for v in pod["volumes"] if v["name"] == "tmp")["emptyDir"]["sizeLimit"]
            assert _bytes(tmp) >= 2 * limits[svc], (tmp, limits[svc])
    assert limits == {"ingestion": 2 << 30, "registry": 64 << 30}

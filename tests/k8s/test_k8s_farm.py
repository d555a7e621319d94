"""The chart's farm-scale options (all off by default), rendered with the real helm:
routing that keeps a bot on one replica (ingress-nginx, Gateway API + Envoy Gateway),
the Inference Extension's InferencePool, autoscaling on the queue (HPA, KEDA), and the
Grafana dashboard, whose every query must name a metric botfarm exports.

No Kubernetes API server, ingress controller, gateway, Prometheus or Grafana runs here:
built-in kinds are validated against the Kubernetes schemas, CRD kinds are checked field
by field below, and each option's key values are checked against the code they must
agree with (the routing header, the proto's service name, the exported metric names).
"""

from __future__ import annotations

import json
import re

import pytest
from botfarm.inference import routing
from k8shelpers import CHART, find, render, run, validate_all

FARM = CHART / "ci" / "farm-values.yaml"
OPTIONAL = {"Ingress", "HTTPRoute", "GRPCRoute", "BackendTrafficPolicy", "InferencePool", "HorizontalPodAutoscaler",
            "ScaledObject"}
INFERENCE = "rel-botfarm-inference"


def exported_metric_names() -> set[str]:
    """Every sample name botfarm's prometheus_client registrations export (counters'
    _total, histograms' _bucket/_sum/_count...), from the modules that register them."""
    import botfarm.cleaning.metrics  # noqa: F401
    import botfarm.inference.metrics  # noqa: F401
    import botfarm.ingestion.metrics  # noqa: F401
    import botfarm.training.metrics  # noqa: F401
    from botfarm.core.metrics import request_metrics
    from botfarm.inference import vllm_metrics
    from prometheus_client import REGISTRY

    request_metrics()
    suffixes = {"counter": ("_total",), "histogram": ("_bucket", "_sum", "_count"), "gauge": ("",),
                "summary": ("_sum", "_count", ""), "info": ("_info",)}
    names = {f.name + suffix for f in REGISTRY.collect() if f.name.startswith("botfarm_")
             for suffix in suffixes.get(f.type, ("",))}
    return names | set(vllm_metrics.NAMES)


#: PromQL words that are not metric names.
PROMQL = {"sum", "by", "without", "rate", "irate", "increase", "histogram_quantile", "avg", "max", "min", "count",
          "on", "ignoring", "group_left", "group_right", "and", "or", "unless", "label_values", "offset", "bool",
          "clamp_min", "clamp_max", "topk", "bottomk", "delta", "deriv", "abs", "vector", "scalar", "time"}


def metric_names_in(expr: str) -> set[str]:
    """The metric names a PromQL expression (or a Grafana label_values query) names."""
    expr = re.sub(r'"(?:[^"\\]|\\.)*"', '""', expr)            # strings
    expr = re.sub(r"\{[^}]*\}", "", expr)                        # label matchers
    expr = re.sub(r"\[[^\]]*\]", "", expr)                       # ranges
    expr = re.sub(r"\b(by|without|on|ignoring)\s*\([^)]*\)", "", expr)
    expr = re.sub(r"label_values\(([^,()]+),[^)]*\)", r"\1", expr)
    words = set(re.findall(r"[A-Za-z_:][A-Za-z0-9_:]*", expr))
    return {w for w in words if w not in PROMQL and not w.startswith("$")}


def dashboard_queries(dashboard: dict) -> list[str]:
    out = [t["expr"] for p in dashboard["panels"] for t in p.get("targets", [])]
    out += [v["query"] for v in dashboard["templating"]["list"] if v.get("type") == "query"]
    return out


def test_everything_is_off_by_default(helm):
    kinds = {d["kind"] for d in render(helm)}
    assert not kinds & OPTIONAL
    assert not [d for d in render(helm) if d["kind"] == "ConfigMap" and "botfarm-farm.json" in d.get("data", {})]
    assert "replicas" in find(render(helm), "Deployment", INFERENCE)["spec"]


def test_farm_values_validate_with_crds_listed(helm):
    docs = render(helm, (FARM,))
    assert {d["kind"] for d in docs} >= OPTIONAL - {"ScaledObject"}
    errors, skipped = validate_all(docs)
    assert not errors, "\n".join(errors)
    crds = {s.split("/")[0] for s in skipped}
    assert crds == {"ServiceMonitor", "HTTPRoute", "GRPCRoute", "BackendTrafficPolicy", "InferencePool"}, crds


def _env(docs) -> dict:
    container = find(docs, "Deployment", INFERENCE)["spec"]["template"]["spec"]["containers"][0]
    return {e["name"]: e.get("value") for e in container["env"]}


def test_ingress_nginx_hashes_on_the_bot(helm):
    docs = render(helm, (FARM,))
    http = find(docs, "Ingress", f"{INFERENCE}-http")
    notes = http["metadata"]["annotations"]
    assert notes["nginx.ingress.kubernetes.io/use-regex"] == "true"
    variable = notes["nginx.ingress.kubernetes.io/upstream-hash-by"]
    path = http["spec"]["rules"][0]["http"]["paths"][0]
    assert path["pathType"] == "ImplementationSpecific" and path["backend"]["service"]["port"]["name"] == "http"
    # nginx sets $bot from the location regex's named capture: the key our clients send too.
    regex = re.compile("^" + path["path"].replace("(?<", "(?P<"))
    assert variable == "$bot" and "bot" in regex.groupindex
    for url, ref in [("/bots/mcintweet/generate", "mcintweet"), ("/bots/mcintweet:production", "mcintweet:production"),
                     ("/bots/mcintweet@3/v1/chat/completions", "mcintweet@3"),
                     ("/bots/base/smollm2-135m:latest/generate", "base/smollm2-135m:latest")]:
        m = regex.match(url)
        assert m and m["bot"] == routing.routing_key(ref)
    grpc = find(docs, "Ingress", f"{INFERENCE}-grpc")
    assert grpc["metadata"]["annotations"]["nginx.ingress.kubernetes.io/backend-protocol"] == "GRPC"
    # nginx names a request header $http_<name with - as _>: our routing header.
    assert grpc["metadata"]["annotations"]["nginx.ingress.kubernetes.io/upstream-hash-by"] == \
        "$http_" + routing.HEADER.replace("-", "_")
    assert grpc["spec"]["rules"][0]["http"]["paths"][0]["path"] == "/" + _grpc_service()
    assert grpc["spec"]["tls"][0]["secretName"] == "bots-example-com-tls"


def _grpc_service() -> str:
    from botfarm.inference.v1 import inference_service_pb2 as pb

    return pb.DESCRIPTOR.services_by_name["InferenceService"].full_name


def test_gateway_routes_and_envoy_consistent_hash(helm):
    docs = render(helm, (FARM,))
    http, grpc = find(docs, "HTTPRoute", INFERENCE), find(docs, "GRPCRoute", INFERENCE)
    for route in (http, grpc):
        assert route["spec"]["parentRefs"] == [{"name": "eg", "namespace": "envoy-gateway-system"}]
        assert route["spec"]["hostnames"] == ["gw.bots.example.com"]
    bots_rule = http["spec"]["rules"][0]
    assert bots_rule["matches"] == [{"path": {"type": "PathPrefix", "value": "/bots/"}}]
    assert bots_rule["backendRefs"] == [{"name": INFERENCE, "port": 8080}]
    assert grpc["spec"]["rules"][0]["matches"] == [{"method": {"service": _grpc_service()}}]
    assert grpc["spec"]["rules"][0]["backendRefs"] == [{"name": INFERENCE, "port": 50055}]
    policy = find(docs, "BackendTrafficPolicy", f"{INFERENCE}-by-bot")
    assert policy["apiVersion"] == "gateway.envoyproxy.io/v1alpha1"
    assert {(t["kind"], t["name"]) for t in policy["spec"]["targetRefs"]} == {("HTTPRoute", INFERENCE),
                                                                              ("GRPCRoute", INFERENCE)}
    assert policy["spec"]["loadBalancer"] == {"type": "ConsistentHash", "consistentHash": {
        "type": "Header", "header": {"name": routing.HEADER}}}
    plain = render(helm, sets=("inference.gateway.enabled=true", "inference.gateway.parentRefs[0].name=gw"))
    assert "BackendTrafficPolicy" in {d["kind"] for d in plain} and "InferencePool" not in {d["kind"] for d in plain}


def test_inference_pool_selects_the_inference_pods_and_turns_on_vllm_metrics(helm):
    docs = render(helm, (FARM,))
    pool = find(docs, "InferencePool", INFERENCE)
    assert pool["apiVersion"] == "inference.networking.k8s.io/v1"
    pod_labels = find(docs, "Deployment", INFERENCE)["spec"]["template"]["metadata"]["labels"]
    assert pool["spec"]["selector"]["matchLabels"].items() <= pod_labels.items()
    assert pool["spec"]["targetPorts"] == [{"number": 8080}]
    assert pool["spec"]["endpointPickerRef"] == {"name": "botfarm-epp", "port": {"number": 9002},
                                                 "failureMode": "FailClose"}
    assert _env(docs)["BOTFARM_VLLM_METRICS"] == "true" and _env(docs)["BOTFARM_MAX_ADAPTERS"] == "256"
    v1 = find(docs, "HTTPRoute", INFERENCE)["spec"]["rules"][1]
    assert v1["backendRefs"] == [{"group": "inference.networking.k8s.io", "kind": "InferencePool", "name": INFERENCE}]
    assert "BOTFARM_VLLM_METRICS" not in _env(render(helm))


def test_hpa_scales_inference_on_an_exported_queue_metric(helm):
    docs = render(helm, (FARM,))
    hpa = find(docs, "HorizontalPodAutoscaler", INFERENCE)
    assert hpa["spec"]["scaleTargetRef"] == {"apiVersion": "apps/v1", "kind": "Deployment", "name": INFERENCE}
    assert (hpa["spec"]["minReplicas"], hpa["spec"]["maxReplicas"]) == (2, 16)
    metric = hpa["spec"]["metrics"][0]["pods"]
    assert metric["metric"]["name"] in exported_metric_names()
    assert metric["target"] == {"type": "AverageValue", "averageValue": "8"}
    assert hpa["spec"]["behavior"]["scaleDown"]["stabilizationWindowSeconds"] == 300
    assert "replicas" not in find(docs, "Deployment", INFERENCE)["spec"]  # the HPA owns it


def test_keda_scaled_object_queries_an_exported_metric(helm):
    sets = ("inference.keda.enabled=true", "inference.keda.serverAddress=http://prometheus-operated.monitoring:9090")
    docs = render(helm, sets=sets)
    scaled = find(docs, "ScaledObject", INFERENCE)
    assert scaled["spec"]["scaleTargetRef"] == {"name": INFERENCE}
    trigger = scaled["spec"]["triggers"][0]
    assert trigger["type"] == "prometheus" and trigger["metadata"]["threshold"] == "8"
    query = trigger["metadata"]["query"]
    assert metric_names_in(query) == {"botfarm_inference_queue_size"} <= exported_metric_names()
    assert 'namespace="bots"' in query and 'pod=~"rel-botfarm-inference-.*"' in query
    assert "replicas" not in find(docs, "Deployment", INFERENCE)["spec"]
    errors, skipped = validate_all(docs)
    assert not errors and any(s.startswith("ScaledObject/") for s in skipped)


@pytest.mark.parametrize("sets, message", [
    (("inference.keda.enabled=true", "inference.keda.serverAddress=http://p:9090", "inference.autoscaling.enabled=true"),
     "choose one"),
    (("inference.keda.enabled=true",), "inference.keda.serverAddress"),
    (("inference.inferencePool.enabled=true",), "inference.inferencePool.endpointPicker.name"),
    (("inference.gateway.enabled=true",), "inference.gateway.parentRefs"),
    (("inference.maxAdapters=0",), "maxAdapters"),
])
def test_incomplete_options_fail_at_render_time(helm, sets, message):
    cmd = [helm, "template", "rel", str(CHART)]
    for s in sets:
        cmd += ["--set", s]
    result = run(cmd, check=False)
    assert result.returncode != 0 and message in result.stderr, result.stderr


def _dashboard(docs) -> tuple[dict, dict]:
    cms = [d for d in docs if d["kind"] == "ConfigMap" and "botfarm-farm.json" in d.get("data", {})]
    assert len(cms) == 1
    return cms[0], json.loads(cms[0]["data"]["botfarm-farm.json"])


def test_grafana_dashboard_configmap_for_the_sidecar(helm):
    cm, dashboard = _dashboard(render(helm, (FARM,)))
    assert cm["metadata"]["labels"]["grafana_dashboard"] == "1"
    assert cm["metadata"]["annotations"] == {"grafana_folder": "botfarm"}
    assert cm["metadata"]["namespace"] == "bots"
    titles = {p["title"] for p in dashboard["panels"]}
    for want in ("Requests by outcome", "gRPC errors by code", "Time to first token", "Time per output token",
                 "Generated tokens/s", "Batch size", "Queue", "Adapter cache", "Training jobs by state",
                 "Ingestion throughput", "Cleaning throughput"):
        assert want in titles
    other = render(helm, sets=("grafana.dashboard.enabled=true", "grafana.dashboard.namespace=monitoring"))
    assert _dashboard(other)[0]["metadata"]["namespace"] == "monitoring"


def test_every_dashboard_query_names_a_metric_botfarm_exports(helm):
    _, dashboard = _dashboard(render(helm, (FARM,)))
    exported = exported_metric_names()
    queries = dashboard_queries(dashboard)
    assert len(queries) >= 20
    named = set()
    for q in queries:
        names = metric_names_in(q)
        assert names, f"no metric in {q!r}"
        assert names <= exported, f"{q!r} names {sorted(names - exported)}, which botfarm does not export"
        named |= names
    # The panels cover each service's own metrics, not only inference's.
    for prefix in ("botfarm_inference_adapter_", "botfarm_training_", "botfarm_ingestion_", "botfarm_cleaning_",
                   "botfarm_grpc_"):
        assert any(n.startswith(prefix) for n in named), prefix


def test_the_query_check_catches_a_misspelt_metric():
    exported = exported_metric_names()
    good = 'histogram_quantile(0.99, sum by (le) (rate(botfarm_inference_time_to_first_token_seconds_bucket{a="b"}[5m])))'
    assert metric_names_in(good) == {"botfarm_inference_time_to_first_token_seconds_bucket"} <= exported
    bad = good.replace("first_token", "frist_token")
    assert not metric_names_in(bad) <= exported
    assert not metric_names_in("sum(rate(botfarm_inference_generated_tokens[5m]))") <= exported  # _total missing

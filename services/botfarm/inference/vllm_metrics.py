"""vLLM's metric names, for routers that read them: the Gateway API Inference
Extension's endpoint picker (EPP, now in llm-d-router) scrapes each model server and
routes on these (its model-server protocol, docs/proposals/003-model-server-protocol):

    vllm:num_requests_waiting     gauge   requests queued for a batch slot (or for their adapter)
    vllm:num_requests_running     gauge   requests in the running batches
    vllm:kv_cache_usage_perc      gauge   KV-cache rows in use, from 0 to 1 (a slot holds a whole
                                          request's cache here, so rows in use is cache in use)
    vllm:gpu_cache_usage_perc     gauge   the same, under the name older pickers read
    vllm:lora_requests_info       gauge   value: the time of the scrape; labels max_lora (the bank's
                                          slots), running_lora_adapters (the LoRA bots loaded, ready
                                          to serve), waiting_lora_adapters (bots whose adapter is
                                          loading or whose requests wait), comma-separated bot names

Off unless ``--vllm-metrics`` is set: the lora series names bots, which our own
``botfarm_inference_*`` metrics never do. The values are read from the engine and the
pool when Prometheus (or the picker) scrapes, one series each: nothing accumulates.

    enable(app)      # once, when the service starts
"""

from __future__ import annotations

import threading
import time
import weakref
from collections.abc import Iterator
from typing import Any

from prometheus_client import REGISTRY
from prometheus_client.core import GaugeMetricFamily

#: The names exported (for checks that a query names something we export).
NAMES = ("vllm:num_requests_waiting", "vllm:num_requests_running", "vllm:kv_cache_usage_perc",
         "vllm:gpu_cache_usage_perc", "vllm:lora_requests_info")
_lock = threading.Lock()
_collector: VllmCollector | None = None


def bot_name(version_name: str) -> str:
    """"models/mcintweet/versions/3" -> "mcintweet", the name a request's ``model`` uses."""
    parts = version_name.split("/")
    return "/".join(parts[1:-2]) if len(parts) >= 4 and parts[0] == "models" else version_name


class VllmCollector:
    """Reads the engine and pool of the app it points at, at each scrape."""

    def __init__(self) -> None:
        self._app: weakref.ref[Any] | None = None

    def point_at(self, app: Any) -> None:
        self._app = weakref.ref(app)

    def describe(self) -> list:  # no samples at registration time
        return []

    def collect(self) -> Iterator[GaugeMetricFamily]:
        app = self._app() if self._app is not None else None
        if app is None:
            return
        requests = app.engine.requests()
        bots = app.pool.loaded()
        runners = [b.runner for b in bots if b.kind != "lora"]
        waiting = [r for r in requests if r.slot < 0]
        running = len(requests) - len(waiting)
        slots = sum(r.cache.slots for r in runners)
        yield _gauge("vllm:num_requests_waiting", "Requests waiting for a batch slot.", len(waiting))
        yield _gauge("vllm:num_requests_running", "Requests in the running batches.", running)
        usage = running / slots if slots else 0.0
        yield _gauge("vllm:kv_cache_usage_perc", "KV-cache rows in use (1 = all).", usage)
        yield _gauge("vllm:gpu_cache_usage_perc", "KV-cache rows in use (1 = all); older name.", usage)
        loaded = sorted({bot_name(b.name) for b in bots if b.kind == "lora"})
        pending = {bot_name(r.target.model_version) for r in waiting if r.target.adapter}
        pending |= {bot_name(n) for n in app.pool.loading()}
        info = GaugeMetricFamily("vllm:lora_requests_info", "LoRA bots loaded and waiting; value: scrape time.",
                                 labels=["running_lora_adapters", "max_lora", "waiting_lora_adapters"])
        info.add_metric([",".join(loaded), str(app.pool.config.max_adapters), ",".join(sorted(pending - set(loaded)))],
                        time.time())
        yield info


def _gauge(name: str, documentation: str, value: float) -> GaugeMetricFamily:
    return GaugeMetricFamily(name, documentation, value=value)


def enable(app: Any) -> VllmCollector:
    """Exports the vLLM names for ``app`` in the default registry (the metrics port and
    HTTP /metrics); a later call points them at a newer app (tests start several)."""
    global _collector
    with _lock:
        if _collector is None:
            _collector = VllmCollector()
            REGISTRY.register(_collector)  # type: ignore[arg-type]
        _collector.point_at(app)
        return _collector

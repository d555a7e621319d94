"""Prometheus metrics of the inference engine, named in the spirit of TGI's
``tgi_*`` series. Labels stay bounded: no bot name, no prompt, only a fixed set of
outcomes and model kinds.

They live in prometheus_client's default registry, which the runtime's metrics port
and our HTTP ``/metrics`` both expose.
"""

from __future__ import annotations

from prometheus_client import Counter, Gauge, Histogram

_LATENCY = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120)

REQUESTS = Counter("botfarm_inference_request_count", "Generation requests received.")
REQUEST_OUTCOMES = Counter("botfarm_inference_request_outcome", "Finished requests by outcome.",
                           ["outcome"])  # success | cancelled | deadline | overloaded | invalid | error
REQUEST_DURATION = Histogram("botfarm_inference_request_duration_seconds", "Time from submit to last token.",
                             buckets=_LATENCY)
QUEUE_DURATION = Histogram("botfarm_inference_request_queue_duration_seconds",
                           "Time from submit to prefill.", buckets=_LATENCY)
TIME_TO_FIRST_TOKEN = Histogram("botfarm_inference_time_to_first_token_seconds", "Time from submit to first token.",
                                buckets=_LATENCY)
TIME_PER_TOKEN = Histogram("botfarm_inference_request_mean_time_per_token_seconds",
                           "Mean time per generated token of a request.", buckets=_LATENCY)
GENERATED_TOKENS = Counter("botfarm_inference_generated_tokens", "Tokens generated.")
REQUEST_GENERATED_TOKENS = Histogram("botfarm_inference_request_generated_tokens", "Tokens generated per request.",
                                     buckets=(1, 4, 16, 32, 64, 128, 256, 512, 1024))
QUEUE_SIZE = Gauge("botfarm_inference_queue_size", "Requests waiting for a batch slot.")
BATCH_SIZE = Gauge("botfarm_inference_batch_current_size", "Rows in the running batches.")
BATCH_TOKENS = Gauge("botfarm_inference_batch_current_max_tokens", "Tokens reserved by admitted requests.")
FORWARD_DURATION = Histogram("botfarm_inference_forward_duration_seconds", "Duration of one forward pass.",
                             ["method"], buckets=_LATENCY)  # prefill | decode
LOADED_BOTS = Gauge("botfarm_inference_loaded_bots", "Bots loaded in memory.", ["kind"])  # lora | full | base
MEMORY_USED = Gauge("botfarm_inference_memory_used_bytes", "Memory taken by loaded models, adapters and caches.")
HTTP_BODY_BYTES = Counter("botfarm_inference_http_request_body_bytes", "HTTP request body bytes read.")
HTTP_REFUSED = Counter("botfarm_inference_http_refused", "HTTP requests refused before any route ran.",
                       ["reason"])  # unauthenticated | too_large | bad_request
UNLOADED_BOTS = Counter("botfarm_inference_unloaded_bots", "Bots unloaded because the registry deleted them.")
ADAPTER_CACHE_HITS = Counter("botfarm_inference_adapter_cache_hits",
                             "Requests for a LoRA bot whose adapter was already in its base's bank.")
ADAPTER_LOADS = Counter("botfarm_inference_adapter_loads", "LoRA adapters loaded into a bank slot (cache misses).")
ADAPTER_LOAD_DURATION = Histogram("botfarm_inference_adapter_load_duration_seconds",
                                  "A cold load: reading, verifying and converting an adapter, up to its slot.",
                                  buckets=_LATENCY)
ADAPTER_EVICTIONS = Counter("botfarm_inference_adapter_evictions", "LoRA adapters evicted from their bank.",
                            ["reason"])  # lru | base_evicted | deleted
ADAPTER_SLOTS = Gauge("botfarm_inference_adapter_slots", "LoRA bank slots of the loaded base models.",
                      ["state"])  # used | free
ADAPTER_SLOT_WAITS = Counter("botfarm_inference_adapter_slot_waits",
                             "Loads that found every slot held by adapters in use.",
                             ["result"])  # waited | refused
ROUTING_HEADER = Counter("botfarm_inference_routing_header_requests",
                         "gRPC generation requests by whether they carried the x-botfarm-bot routing header.",
                         ["header"])  # present | absent

"""The inference service started in-process for tests, as ``botfarm serve inference`` runs it."""

from __future__ import annotations


def serve_inference(registry, config=None, source=None, **settings):
    """Starts the inference service as ``botfarm serve inference`` runs it (real gRPC
    server on port 0, the HTTP API on a free port) over ``registry``; returns a handle
    whose ``close()`` stops it. ``config``: ServerConfig overrides (auth_token, TLS)."""
    import grpc
    from botfarm.core.config import ServerConfig
    from botfarm.core.server import create_server
    from botfarm.core.service import ServiceContext
    from botfarm.inference.service import Settings, make_service

    settings = Settings(**{"http_host": "127.0.0.1", "http_port": 0, "dtype": "float32", "max_total_tokens": 256,
                           "max_concurrent_requests": 3, "alias_ttl_s": 0.2, **settings})
    cfg = ServerConfig(grpc_host="127.0.0.1", grpc_port=0, metrics_port=-1, **(config or {}))
    spec = make_service(ServiceContext(config=cfg, store=registry.store, settings=settings),
                        source=source or registry)
    srv, port = create_server(cfg, spec)
    srv.start()

    class Served:
        def close(self):
            self.channel.close()
            srv.stop(0).wait()

    s = Served()
    s.spec, s.app, s.registry, s.server = spec, spec.app, registry, srv
    s.channel = grpc.insecure_channel(f"127.0.0.1:{port}")
    s.http = spec.extra_addresses.get("http_url") or f"http://{spec.extra_addresses['http']}"
    s.grpc_addr = f"127.0.0.1:{port}"
    return s

"""One smoke test per Settings combination the chart can produce: for each service and
each of ci/cpu-dev-values.yaml and ci/gpu-values.yaml, the env the chart renders for its
container (Secrets resolved, mounted files made, through the rewrites of podrewrite.py),
turned into ServerConfig and the service's Settings exactly as `botfarm serve` does,
then ``make_service``. The store is the MinIO stand-in (s3standin.py) on the rendered
address."""

from __future__ import annotations

import pytest
from helmrelease import Release
from kubelet import Pod

SERVICES = ("ingestion", "cleaning", "training", "registry", "inference")


@pytest.fixture(scope="module", params=["cpu-dev-values.yaml", "gpu-values.yaml"])
def release(request, tmp_path_factory):
    with Release(tmp_path_factory.mktemp("settings"), request.param) as rel:
        rel.install(only=("minio",))
        yield rel


@pytest.mark.parametrize("service", SERVICES)
def test_the_chart_renders_settings_make_service_accepts(release, service):
    from botfarm.core.cli_serve import _service_module, _settings_class
    from botfarm.core.config import (
        ServerConfig,
        dataclass_from_args,
        open_store_from_config,
        service_defaults,
    )
    from botfarm.core.service import ServiceContext

    deploy = release.deployment(service)
    tmpl = deploy["spec"]["template"]
    pod = Pod(release.cluster, f"settings-{service}", tmpl["spec"], tmpl["metadata"]["labels"])
    assert pod.schedule() == ""
    pod._make_volumes()
    env = pod.environment()
    assert tmpl["spec"]["containers"][0]["command"] == ["botfarm", "serve", service]

    module = _service_module(service)
    defaults = service_defaults(service)
    config = dataclass_from_args(ServerConfig, {}, env, defaults=defaults)
    settings_cls = _settings_class(module)
    settings = dataclass_from_args(settings_cls, {}, env) if settings_cls else None
    assert config.auth_token and config.store_url == "s3://botfarm" and not config.s3_secure
    spec = module.make_service(ServiceContext(config=config, store=open_store_from_config(config), settings=settings))
    assert spec.full_name == f"botfarm.{service}.v1.{service.capitalize()}Service"
    if service == "training":
        assert settings.launcher == "kubernetes" and "kubernetes" in spec.servicer.manager.launchers
    if service == "inference":
        rendered = {e["name"]: e.get("value") for e in tmpl["spec"]["containers"][0]["env"]}["BOTFARM_DEVICE"]
        assert rendered == ("cuda" if "gpu" in release.values else "cpu") and settings.device == "cpu"
    for hook in spec.on_stop:
        hook()

"""One smoke test per Settings combination the chart can produce: for each service and
each values file of helm/botfarm/ci (cpu-dev, gpu, external-s3, farm), the env the chart renders for its
container (Secrets resolved, mounted files made, through the rewrites of podrewrite.py),
turned into ServerConfig and the service's Settings exactly as `botfarm serve` does,
then ``make_service``. The store is the MinIO stand-in (s3standin.py) on the rendered
address; with external-s3-values.yaml it is the external endpoint as rendered (making a
service opens no connection) and the Secrets that file names are created beforehand, as
its header says."""

from __future__ import annotations

import pytest
from helmrelease import Release
from kubelet import Pod

SERVICES = ("ingestion", "cleaning", "training", "registry", "inference")
#: The Secrets external-s3-values.yaml names (existingSecret), made before install.
EXTERNAL_SECRETS = {"botfarm-s3": {"accesskey": "AKIAEXTERNAL", "secretkey": "external-secret-key"},
                    "botfarm-auth": {"token": "external-auth-token"},
                    "botfarm-x-api": {"bearer-token": "external-x-bearer"}}
#: values file -> (store URL, S3 endpoint, TLS to S3) its env must give.
MINIO = ("botfarm-minio", 9000)  # rewritten to its Service proxy (podrewrite.py rule 1)
STORES = {"cpu-dev-values.yaml": ("s3://botfarm", MINIO, False),
          "gpu-values.yaml": ("s3://botfarm", MINIO, False),
          "farm-values.yaml": ("s3://botfarm", MINIO, False),
          "external-s3-values.yaml": ("s3://my-botfarm-state", "s3.eu-west-1.amazonaws.com", True)}


@pytest.fixture(scope="module", params=list(STORES))
def release(request, tmp_path_factory):
    with Release(tmp_path_factory.mktemp("settings"), request.param) as rel:
        if request.param == "external-s3-values.yaml":
            for name, data in EXTERNAL_SECRETS.items():
                rel.create_secret(name, data)
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
    store_url, endpoint, secure = STORES[release.values]
    assert config.auth_token and config.store_url == store_url and config.s3_secure is secure
    assert config.s3_endpoint == (release.cluster.rewriter.services[endpoint] if endpoint == MINIO else endpoint)
    if release.values == "external-s3-values.yaml":
        assert (config.s3_access_key, config.s3_secret_key) == ("AKIAEXTERNAL", "external-secret-key")
        assert config.auth_token == "external-auth-token"
    spec = module.make_service(ServiceContext(config=config, store=open_store_from_config(config), settings=settings))
    assert spec.full_name == f"botfarm.{service}.v1.{service.capitalize()}Service"
    if service == "training":
        assert settings.launcher == "kubernetes" and "kubernetes" in spec.servicer.manager.launchers
    if service == "inference":
        rendered = {e["name"]: e.get("value") for e in tmpl["spec"]["containers"][0]["env"]}["BOTFARM_DEVICE"]
        assert rendered == ("cuda" if "gpu" in release.values else "cpu") and settings.device == "cpu"
    for hook in spec.on_stop:
        hook()

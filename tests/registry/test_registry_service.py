"""The RegistryService through a real gRPC server (botfarm.core.server.create_server on
port 0) and a real channel, on both store backends: results and error status codes."""

from __future__ import annotations

import grpc
import pytest
from botfarm.core.config import ServerConfig
from botfarm.core.server import create_server
from botfarm.core.service import ServiceContext
from botfarm.registry.service import make_service
from botfarm.registry.v1 import registry_service_pb2 as pb
from botfarm.registry.v1 import registry_service_pb2_grpc as pb_grpc
from grpc_status import rpc_status
from registry_helpers import make_weights_dir

TRAINING_DATA = [{"user": {"handle": "mcin", "display_name": "Mc In"},
                  "counts": {"downloaded": 10, "retweets": 2, "short": 3, "kept": 5,
                             "dropped_by_reason": {"duplicate": 0}}}]


@pytest.fixture
def stub(registry):
    config = ServerConfig(grpc_host="127.0.0.1", grpc_port=0, metrics_port=-1)
    server, port = create_server(config, make_service(ServiceContext(config=config, store=registry.store)))
    server.start()
    channel = grpc.insecure_channel(f"127.0.0.1:{port}")
    yield pb_grpc.RegistryServiceStub(channel)
    channel.close()
    server.stop(0).wait(5)


def _code(call, request) -> tuple[grpc.StatusCode, str]:
    with pytest.raises(grpc.RpcError) as e:
        call(request, timeout=30)
    status = rpc_status.from_call(e.value)
    reason = ""
    if status is not None:
        from google.rpc import error_details_pb2

        for d in status.details:
            info = error_details_pb2.ErrorInfo()
            if d.Unpack(info):
                reason = info.reason
    return e.value.code(), reason


def test_models_versions_aliases_and_cards(registry, stub, tmp_path):
    created = stub.CreateModel(pb.CreateModelRequest(model=pb.Model(
        name="models/mcintweet", tags=["demo"], description="a bot"))).model
    assert created.name == "models/mcintweet" and list(created.tags) == ["demo"] and created.latest_version == 0
    assert created.create_time.seconds > 0
    for i in range(3):
        registry.publish("mcintweet", make_weights_dir(tmp_path / str(i), seed=i), method="full",
                         training_data=TRAINING_DATA, hyperparameters={"learning_rate": 1e-4, "epochs": 4},
                         metrics={"eval_loss_after": 2.5}, loss_history=[{"step": 1, "train_loss": 3.0}])
    registry.publish("other", make_weights_dir(tmp_path / "o"), method="full")

    model = stub.GetModel(pb.GetModelRequest(name="models/mcintweet")).model
    assert model.latest_version == 3 and dict(model.aliases) == {"latest": 3}
    assert [u.handle for u in model.users] == ["mcin"]

    first = stub.ListModels(pb.ListModelsRequest(page_size=1))
    second = stub.ListModels(pb.ListModelsRequest(page_size=1, page_token=first.next_page_token))
    assert [m.name for m in first.models] == ["models/mcintweet"]
    assert [m.name for m in second.models] == ["models/other"] and second.next_page_token == ""

    page = stub.ListModelVersions(pb.ListModelVersionsRequest(parent="models/mcintweet", page_size=2))
    rest = stub.ListModelVersions(pb.ListModelVersionsRequest(parent="models/mcintweet", page_size=2,
                                                              page_token=page.next_page_token))
    assert [v.version for v in page.model_versions] + [v.version for v in rest.model_versions] == [3, 2, 1]

    v = stub.GetModelVersion(pb.GetModelVersionRequest(name="models/mcintweet/versions/2")).model_version
    assert v.name == "models/mcintweet/versions/2" and v.method == pb.METHOD_FULL
    assert v.hyperparameters.epochs == 4 and v.metrics.eval_loss_after == 2.5
    assert v.training_data[0].counts.kept == 5 and v.training_data[0].user.display_name == "Mc In"
    local = registry.get_version("mcintweet", 2)
    assert {(f.path, f.object.sha256, f.object.size_bytes) for f in v.files} == {
        (f.path, f.sha256, f.size) for f in local.files}

    resp = stub.SetAlias(pb.SetAliasRequest(model="models/mcintweet", alias="production", version=2))
    assert dict(resp.model.aliases) == {"latest": 3, "production": 2}
    resolved = stub.ResolveModelVersion(pb.ResolveModelVersionRequest(reference="mcintweet:production"))
    assert resolved.model_version.version == 2 and resolved.model.name == "models/mcintweet"
    assert stub.ResolveModelVersion(pb.ResolveModelVersionRequest(reference="mcintweet")).model_version.version == 3

    card = stub.GetModelCard(pb.GetModelCardRequest(name="models/mcintweet/versions/2"))
    assert "## Training data" in card.markdown and "| Tweets kept | 5 |" in card.markdown
    assert card.card.key.endswith("versions/2/files/README.md") and card.loss_plot.key.endswith("loss.png")

    stub.DeleteModelVersion(pb.DeleteModelVersionRequest(name="models/mcintweet/versions/3"))
    assert stub.GetModel(pb.GetModelRequest(name="models/mcintweet")).model.latest_version == 2
    resp = stub.DeleteAlias(pb.DeleteAliasRequest(model="models/mcintweet", alias="production"))
    assert dict(resp.model.aliases) == {"latest": 2}
    stub.DeleteModel(pb.DeleteModelRequest(name="models/mcintweet"))
    assert [m.name for m in stub.ListModels(pb.ListModelsRequest()).models] == ["models/other"]


def test_error_status_codes(registry, stub, weights_dir):
    registry.publish("bot", weights_dir, method="full")
    registry.set_alias("bot", "production", 1)
    NF, IA, FP, AE = (grpc.StatusCode.NOT_FOUND, grpc.StatusCode.INVALID_ARGUMENT,
                      grpc.StatusCode.FAILED_PRECONDITION, grpc.StatusCode.ALREADY_EXISTS)
    cases = [
        (stub.GetModel, pb.GetModelRequest(name="models/ghost"), NF, "MODEL_NOT_FOUND"),
        (stub.GetModel, pb.GetModelRequest(name="models/Bad Name"), IA, "INVALID_MODEL_NAME"),
        (stub.GetModelVersion, pb.GetModelVersionRequest(name="models/bot/versions/9"), NF, "VERSION_NOT_FOUND"),
        (stub.GetModelVersion, pb.GetModelVersionRequest(name="models/bot"), IA, "INVALID_VERSION_NAME"),
        (stub.ResolveModelVersion, pb.ResolveModelVersionRequest(reference="bot@9"), NF, "VERSION_NOT_FOUND"),
        (stub.ResolveModelVersion, pb.ResolveModelVersionRequest(reference="bot:canary"), NF, "ALIAS_NOT_FOUND"),
        (stub.ResolveModelVersion, pb.ResolveModelVersionRequest(reference="bot@-1"), IA, "INVALID_REFERENCE"),
        (stub.SetAlias, pb.SetAliasRequest(model="models/bot", alias="production", version=9), FP,
         "VERSION_NOT_FOUND"),
        (stub.SetAlias, pb.SetAliasRequest(model="models/bot", alias="latest", version=1), IA, "ALIAS_RESERVED"),
        (stub.DeleteModelVersion, pb.DeleteModelVersionRequest(name="models/bot/versions/1"), FP,
         "VERSION_HAS_ALIASES"),
        (stub.CreateModel, pb.CreateModelRequest(model=pb.Model(name="models/bot")), AE, "MODEL_EXISTS"),
        (stub.ListModels, pb.ListModelsRequest(page_token="!!"), IA, "INVALID_PAGE_TOKEN"),
        (stub.GetModelCard, pb.GetModelCardRequest(name="ghost"), NF, "MODEL_NOT_FOUND"),
    ]
    for call, request, code, reason in cases:
        assert _code(call, request) == (code, reason), request
    # Still intact after all of that.
    assert stub.ResolveModelVersion(pb.ResolveModelVersionRequest(reference="bot")).model_version.version == 1


def test_lora_lineage_in_resource_form(registry, stub, tmp_path):
    from botfarm.registry.convert import version_from_pb

    registry.publish("base/tiny", make_weights_dir(tmp_path / "b"), method="base")
    local = registry.publish("bot", make_weights_dir(tmp_path / "l", method="lora"), method="lora",
                             base_model="base/tiny", hyperparameters={"lora_rank": 8, "lora_dropout": 0.05})
    v = stub.ResolveModelVersion(pb.ResolveModelVersionRequest(reference="bot@1")).model_version
    assert (v.method, v.base_model) == (pb.METHOD_LORA, "models/base/tiny/versions/1")
    assert v.hyperparameters.lora_rank == 8 and v.hyperparameters.lora_dropout == pytest.approx(0.05)
    # What a client decodes is what the core returned (the loss history is not in the proto).
    back = version_from_pb(v)
    assert back.base_model == "base/tiny@1" and back.files == local.files and back.create_time == local.create_time
    card = stub.GetModelCard(pb.GetModelCardRequest(name="base/tiny"))
    assert "base model imported" in card.markdown and not card.HasField("loss_plot")

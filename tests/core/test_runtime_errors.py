"""The interceptors: domain errors -> status + ErrorInfo on all four RPC shapes,
bearer-token auth, message size limits."""

from __future__ import annotations

import grpc
import pytest
from botfarm.core import errors
from botfarm.core.clients import channel
from botfarm.core.service import ServiceSpec
from botfarm.ingestion.v1 import ingestion_service_pb2 as ing_pb
from botfarm.ingestion.v1 import ingestion_service_pb2_grpc as ing_grpc
from botfarm.registry.v1 import registry_service_pb2 as reg_pb
from botfarm.registry.v1 import registry_service_pb2_grpc as reg_grpc
from botfarm.training.v1 import training_service_pb2 as tr_pb
from botfarm.training.v1 import training_service_pb2_grpc as tr_grpc
from google.rpc import error_details_pb2
from grpc_health.v1 import health_pb2, health_pb2_grpc
from grpc_status import rpc_status
from runtime_helpers import insecure

#: Every domain error and the status it must become.
DOMAIN_ERRORS = [
    (errors.InvalidArgument, grpc.StatusCode.INVALID_ARGUMENT),
    (errors.NotFound, grpc.StatusCode.NOT_FOUND),
    (errors.AlreadyExists, grpc.StatusCode.ALREADY_EXISTS),
    (errors.FailedPrecondition, grpc.StatusCode.FAILED_PRECONDITION),
    (errors.ResourceExhausted, grpc.StatusCode.RESOURCE_EXHAUSTED),
    (errors.Unauthenticated, grpc.StatusCode.UNAUTHENTICATED),
    (errors.PermissionDenied, grpc.StatusCode.PERMISSION_DENIED),
    (errors.Unavailable, grpc.StatusCode.UNAVAILABLE),
    (errors.DeadlineExceeded, grpc.StatusCode.DEADLINE_EXCEEDED),
    (errors.DataLoss, grpc.StatusCode.DATA_LOSS),
    (errors.Cancelled, grpc.StatusCode.CANCELLED),
]
ERRORS_BY_NAME = {cls.__name__: cls for cls, _ in DOMAIN_ERRORS}


def raise_named(name: str) -> None:
    """What a core module does: raise a domain error (or, for "Bug", a real bug)."""
    if name == "Bug":
        raise KeyError("secret internal detail")
    if name in ERRORS_BY_NAME:
        raise ERRORS_BY_NAME[name](f"{name} happened", reason=f"TEST_{name.upper()}", metadata={"name": name})


class Registry(reg_grpc.RegistryServiceServicer):
    def GetModel(self, request, context):  # unary-unary
        if request.name == "Abort":  # a handler choosing its own status is left alone
            context.abort(grpc.StatusCode.ABORTED, "chose ABORTED")
        raise_named(request.name)
        return reg_pb.GetModelResponse()


class Training(tr_grpc.TrainingServiceServicer):
    def WatchTrainingJob(self, request, context):  # unary-stream: fails after one message
        yield tr_pb.WatchTrainingJobResponse(log_line="step 1")
        raise_named(request.name)
        yield tr_pb.WatchTrainingJobResponse(log_line="done")


class Ingestion(ing_grpc.IngestionServiceServicer):
    def UploadArchive(self, request_iterator, context):  # stream-unary
        chunks = [r.chunk for r in request_iterator]
        raise_named(chunks[-1].decode())
        return ing_pb.UploadArchiveResponse()


def echo(request_iterator, context):  # stream-stream (no botfarm RPC has this shape yet)
    for request in request_iterator:
        raise_named(request.decode())
        yield request


def add_all(servicer, server):
    reg_grpc.add_RegistryServiceServicer_to_server(servicer, server)
    tr_grpc.add_TrainingServiceServicer_to_server(Training(), server)
    ing_grpc.add_IngestionServiceServicer_to_server(Ingestion(), server)
    server.add_generic_rpc_handlers((grpc.method_handlers_generic_handler(
        "test.Echo", {"Chat": grpc.stream_stream_rpc_method_handler(echo)}),))


def spec() -> ServiceSpec:
    return ServiceSpec(full_name="botfarm.registry.v1.RegistryService", servicer=Registry(), add_to_server=add_all)


def error_info(e: grpc.RpcError) -> error_details_pb2.ErrorInfo:
    status = rpc_status.from_call(e)
    assert status is not None, "no google.rpc.Status in the trailers"
    assert status.code == e.code().value[0] and status.message == e.details()
    (detail,) = status.details
    info = error_details_pb2.ErrorInfo()
    assert detail.Unpack(info)
    return info


def call_all_shapes(ch: grpc.Channel, name: str):
    """Calls the four RPC shapes with ``name``; yields (shape, RpcError)."""
    with pytest.raises(grpc.RpcError) as e:
        reg_grpc.RegistryServiceStub(ch).GetModel(reg_pb.GetModelRequest(name=name), timeout=10)
    yield "unary-unary", e.value
    stream = tr_grpc.TrainingServiceStub(ch).WatchTrainingJob(tr_pb.WatchTrainingJobRequest(name=name), timeout=10)
    assert next(stream).log_line == "step 1"  # the error comes mid-stream
    with pytest.raises(grpc.RpcError) as e:
        next(stream)
    yield "unary-stream", e.value
    with pytest.raises(grpc.RpcError) as e:
        ing_grpc.IngestionServiceStub(ch).UploadArchive(
            iter([ing_pb.UploadArchiveRequest(chunk=b"x"), ing_pb.UploadArchiveRequest(chunk=name.encode())]),
            timeout=10)
    yield "stream-unary", e.value
    chat = ch.stream_stream("/test.Echo/Chat")(iter([b"hello", name.encode()]), timeout=10)
    assert next(chat) == b"hello"
    with pytest.raises(grpc.RpcError) as e:
        next(chat)
    yield "stream-stream", e.value


@pytest.fixture
def server(start_server):
    return start_server(spec())


def test_each_domain_error_maps_to_its_status_with_error_info(server):
    with insecure(server.address) as ch:
        for cls, code in DOMAIN_ERRORS:
            for shape, e in call_all_shapes(ch, cls.__name__):
                assert e.code() == code, (cls, shape)
                assert e.details() == f"{cls.__name__} happened"
                info = error_info(e)
                assert (info.reason, info.domain) == (f"TEST_{cls.__name__.upper()}", "botfarm.dev"), shape
                assert dict(info.metadata) == {"name": cls.__name__}


def test_a_bug_is_internal_without_leaking_and_is_logged(server, caplog):
    with insecure(server.address) as ch:
        for shape, e in call_all_shapes(ch, "Bug"):
            assert e.code() == grpc.StatusCode.INTERNAL, shape
            assert "secret" not in (e.details() or "")
    bug_logs = [r for r in caplog.records if r.levelname == "ERROR" and r.exc_info]
    assert len(bug_logs) == 4 and all(r.exc_info[0] is KeyError for r in bug_logs)


def test_handler_chosen_status_and_unimplemented_pass_through(server):
    with insecure(server.address) as ch:
        stub = reg_grpc.RegistryServiceStub(ch)
        with pytest.raises(grpc.RpcError) as e:
            stub.GetModel(reg_pb.GetModelRequest(name="Abort"), timeout=10)
        assert (e.value.code(), e.value.details()) == (grpc.StatusCode.ABORTED, "chose ABORTED")
        with pytest.raises(grpc.RpcError) as e:
            stub.ListModels(reg_pb.ListModelsRequest(), timeout=10)  # inherited from the generated base
        assert e.value.code() == grpc.StatusCode.UNIMPLEMENTED
        assert reg_grpc.RegistryServiceStub(ch).GetModel(reg_pb.GetModelRequest(name="fine"), timeout=10) \
            == reg_pb.GetModelResponse()


def test_metrics_count_error_codes(server):
    from runtime_helpers import scrape_metrics

    with insecure(server.address) as ch:
        list(call_all_shapes(ch, "NotFound"))
    text = scrape_metrics(server.metrics_address)
    for method in ("/botfarm.registry.v1.RegistryService/GetModel",
                   "/botfarm.training.v1.TrainingService/WatchTrainingJob",
                   "/botfarm.ingestion.v1.IngestionService/UploadArchive", "/test.Echo/Chat"):
        assert f'botfarm_grpc_requests_total{{code="NOT_FOUND",method="{method}",service="registry"}}' in text


def test_bearer_token(start_server):
    server = start_server(spec(), auth_token="s3cret")
    get = reg_pb.GetModelRequest(name="NotFound")
    for token in (None, "wrong", "s3cret-but-longer", ""):
        with channel(server.address, auth_token=token) as ch:
            with pytest.raises(grpc.RpcError) as e:
                reg_grpc.RegistryServiceStub(ch).GetModel(get, timeout=10)
            assert e.value.code() == grpc.StatusCode.UNAUTHENTICATED, token
            stream = tr_grpc.TrainingServiceStub(ch).WatchTrainingJob(tr_pb.WatchTrainingJobRequest(), timeout=10)
            with pytest.raises(grpc.RpcError) as e:
                next(stream)
            assert e.value.code() == grpc.StatusCode.UNAUTHENTICATED, token
            # Probes and reflection stay open.
            assert health_pb2_grpc.HealthStub(ch).Check(health_pb2.HealthCheckRequest(), timeout=10).status \
                == health_pb2.HealthCheckResponse.SERVING
    # The scheme is case-insensitive (RFC 7235); the token is compared exactly.
    with insecure(server.address) as ch:
        for value, code in (("bearer s3cret", grpc.StatusCode.NOT_FOUND), ("BEARER s3cret", grpc.StatusCode.NOT_FOUND),
                            ("bearer S3CRET", grpc.StatusCode.UNAUTHENTICATED)):
            with pytest.raises(grpc.RpcError) as e:
                reg_grpc.RegistryServiceStub(ch).GetModel(get, timeout=10, metadata=[("authorization", value)])
            assert e.value.code() == code, value
    with channel(server.address, auth_token="s3cret") as ch:
        with pytest.raises(grpc.RpcError) as e:  # the handler itself answers
            reg_grpc.RegistryServiceStub(ch).GetModel(get, timeout=10)
        assert e.value.code() == grpc.StatusCode.NOT_FOUND
        for _shape, e in call_all_shapes(ch, "AlreadyExists"):
            assert e.code() == grpc.StatusCode.ALREADY_EXISTS


def test_message_size_limit(start_server):
    server = start_server(spec(), max_message_bytes=64 * 1024)
    with insecure(server.address) as ch:
        stub = reg_grpc.RegistryServiceStub(ch)
        with pytest.raises(grpc.RpcError) as e:
            stub.GetModel(reg_pb.GetModelRequest(name="x" * 100_000), timeout=10)
        assert e.value.code() == grpc.StatusCode.RESOURCE_EXHAUSTED
        assert stub.GetModel(reg_pb.GetModelRequest(name="y" * 60_000), timeout=10) == reg_pb.GetModelResponse()

"""Request bytes that do not decode are the caller's error: INVALID_ARGUMENT with an
ErrorInfo (never INTERNAL "Exception deserializing request!"), for every method of
every service, sent as raw bytes the way a broken or hostile client would."""

from __future__ import annotations

import logging

import grpc
import pytest
from botfarm.core.config import SERVICES
from google.rpc import error_details_pb2
from grpc_status import rpc_status
from rpcsurface import call_raw, methods
from runtime_helpers import health, insecure

#: Bytes no protobuf message decodes: a field tag with a truncated varint, a
#: length-delimited field longer than the message, and invalid UTF-8 in field 1
#: (a string in every request that has one; for the others an unknown field, which is
#: fine: then only the first two are checked for that method).
TRUNCATED_VARINT = b"\x08\xff\xff\xff"
OVERLONG_FIELD = b"\x0a\x7f" + b"x"
BAD_UTF8_FIELD_1 = b"\x0a\x02\xc3\x28"


def _reason(err: grpc.RpcError) -> str:
    status = rpc_status.from_call(err)
    for d in status.details if status else []:
        info = error_details_pb2.ErrorInfo()
        if d.Unpack(info):
            return info.reason
    return ""


@pytest.mark.parametrize("service", SERVICES)
def test_every_method_answers_malformed_bytes_with_invalid_argument(service, start_server, caplog):
    server = start_server(service)
    caplog.set_level(logging.ERROR)
    with insecure(server.address) as ch:
        for method in methods(service):
            first = method.input.fields_by_number.get(1)
            bad = [TRUNCATED_VARINT, OVERLONG_FIELD]
            if first is not None and first.type == first.TYPE_STRING:
                bad.append(BAD_UTF8_FIELD_1)
            for data in bad:
                with pytest.raises(grpc.RpcError) as e:
                    call_raw(ch, method, [data], timeout=30)
                assert e.value.code() == grpc.StatusCode.INVALID_ARGUMENT, (method, data, e.value.details())
                assert _reason(e.value) == "MALFORMED_REQUEST", (method, data)
        assert health(ch, "") == 1  # SERVING: still up
    assert not [r for r in caplog.records if "deserializ" in r.getMessage().lower() or r.exc_info], \
        "a malformed request logged an error or a traceback"


def test_a_bad_message_mid_stream_fails_the_stream(start_server):
    server = start_server("ingestion")
    upload = next(m for m in methods("ingestion") if m.client_streaming)
    from botfarm.ingestion.v1 import ingestion_service_pb2 as pb

    first = pb.UploadArchiveRequest(metadata=pb.UploadMetadata(filename="tweets.js")).SerializeToString()
    with insecure(server.address) as ch, pytest.raises(grpc.RpcError) as e:
        call_raw(ch, upload, [first, TRUNCATED_VARINT], timeout=30)
    assert e.value.code() == grpc.StatusCode.INVALID_ARGUMENT and _reason(e.value) == "MALFORMED_REQUEST"


def test_an_error_quoting_a_10_mb_name_is_clipped(start_server):
    """The message and ErrorInfo travel in trailers, which clients cap at 8 KB: an error
    quoting a huge name must stay INVALID_ARGUMENT, not become RESOURCE_EXHAUSTED."""
    from botfarm.ingestion.v1 import ingestion_service_pb2 as pb

    server = start_server("ingestion")
    with insecure(server.address) as ch, pytest.raises(grpc.RpcError) as e:
        ch.unary_unary("/botfarm.ingestion.v1.IngestionService/GetIngestion")(
            pb.GetIngestionRequest(name="x" * (10 << 20)).SerializeToString(), timeout=60)
    assert e.value.code() == grpc.StatusCode.INVALID_ARGUMENT and _reason(e.value) == "INVALID_NAME"
    assert len(e.value.details()) < 1000 and "more characters" in e.value.details()

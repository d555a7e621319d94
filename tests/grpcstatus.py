"""gRPC error details in tests: the status code, ErrorInfo reason and message of a failed call."""

from __future__ import annotations

import grpc
import pytest
from google.rpc import error_details_pb2
from grpc_status import rpc_status


def status_of(call, request):
    """Calls ``call(request)``, which must fail; returns (code, ErrorInfo.reason, details)."""
    with pytest.raises(grpc.RpcError) as e:
        call(request, timeout=60)
    reason = ""
    status = rpc_status.from_call(e.value)
    for d in status.details if status else []:
        info = error_details_pb2.ErrorInfo()
        if d.Unpack(info):
            reason = info.reason
    return e.value.code(), reason, e.value.details()

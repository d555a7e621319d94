"""The inference gRPC service (thin servicer; logic comes with its issue).

    botfarm serve inference --grpc-port 0 --data-dir .botfarm/data
"""

from __future__ import annotations

from botfarm.core.service import ServiceContext, ServiceSpec
from botfarm.inference.v1 import inference_service_pb2_grpc as pb_grpc


class InferenceServicer(pb_grpc.InferenceServiceServicer):
    """Every RPC answers UNIMPLEMENTED until its issue lands (the generated base class)."""

    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx


def make_service(ctx: ServiceContext) -> ServiceSpec:
    return ServiceSpec(
        full_name="botfarm.inference.v1.InferenceService",
        servicer=InferenceServicer(ctx),
        add_to_server=pb_grpc.add_InferenceServiceServicer_to_server,
    )

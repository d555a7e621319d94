"""The cleaning gRPC service (thin servicer; logic comes with its issue).

    botfarm serve cleaning --grpc-port 0 --data-dir .botfarm/data
"""

from __future__ import annotations

from botfarm.core.service import ServiceContext, ServiceSpec
from botfarm.cleaning.v1 import cleaning_service_pb2_grpc as pb_grpc


class CleaningServicer(pb_grpc.CleaningServiceServicer):
    """Every RPC answers UNIMPLEMENTED until its issue lands (the generated base class)."""

    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx


def make_service(ctx: ServiceContext) -> ServiceSpec:
    return ServiceSpec(
        full_name="botfarm.cleaning.v1.CleaningService",
        servicer=CleaningServicer(ctx),
        add_to_server=pb_grpc.add_CleaningServiceServicer_to_server,
    )

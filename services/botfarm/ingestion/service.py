"""The ingestion gRPC service (thin servicer; logic comes with its issue).

    botfarm serve ingestion --grpc-port 0 --data-dir .botfarm/data
"""

from __future__ import annotations

from botfarm.core.service import ServiceContext, ServiceSpec
from botfarm.ingestion.v1 import ingestion_service_pb2_grpc as pb_grpc


class IngestionServicer(pb_grpc.IngestionServiceServicer):
    """Every RPC answers UNIMPLEMENTED until its issue lands (the generated base class)."""

    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx


def make_service(ctx: ServiceContext) -> ServiceSpec:
    return ServiceSpec(
        full_name="botfarm.ingestion.v1.IngestionService",
        servicer=IngestionServicer(ctx),
        add_to_server=pb_grpc.add_IngestionServiceServicer_to_server,
    )

"""The training gRPC service (thin servicer; logic comes with its issue).

    botfarm serve training --grpc-port 0 --data-dir .botfarm/data
"""

from __future__ import annotations

from botfarm.core.service import ServiceContext, ServiceSpec
from botfarm.training.v1 import training_service_pb2_grpc as pb_grpc


class TrainingServicer(pb_grpc.TrainingServiceServicer):
    """Every RPC answers UNIMPLEMENTED until its issue lands (the generated base class)."""

    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx


def make_service(ctx: ServiceContext) -> ServiceSpec:
    return ServiceSpec(
        full_name="botfarm.training.v1.TrainingService",
        servicer=TrainingServicer(ctx),
        add_to_server=pb_grpc.add_TrainingServiceServicer_to_server,
    )

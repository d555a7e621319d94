"""The registry gRPC service (thin servicer; logic comes with its issue).

    botfarm serve registry --grpc-port 0 --data-dir .botfarm/data
"""

from __future__ import annotations

from botfarm.core.service import ServiceContext, ServiceSpec
from botfarm.registry.v1 import registry_service_pb2_grpc as pb_grpc


class RegistryServicer(pb_grpc.RegistryServiceServicer):
    """Every RPC answers UNIMPLEMENTED until its issue lands (the generated base class)."""

    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx


def make_service(ctx: ServiceContext) -> ServiceSpec:
    return ServiceSpec(
        full_name="botfarm.registry.v1.RegistryService",
        servicer=RegistryServicer(ctx),
        add_to_server=pb_grpc.add_RegistryServiceServicer_to_server,
    )

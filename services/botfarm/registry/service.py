"""The registry gRPC service: a thin servicer over ``botfarm.registry.core.Registry``.

    botfarm serve registry --grpc-port 50054 --data-dir .botfarm/data

Domain errors raised by the core pass through unchanged; the server's interceptor maps
them to gRPC status codes (NOT_FOUND, FAILED_PRECONDITION, ...).
"""

from __future__ import annotations

from botfarm.core.service import ServiceContext, ServiceSpec
from botfarm.registry import convert
from botfarm.registry.core import CARD_FILE, PLOT_FILE, Registry
from botfarm.registry.names import model_from_resource, version_from_resource
from botfarm.registry.v1 import registry_service_pb2 as pb
from botfarm.registry.v1 import registry_service_pb2_grpc as pb_grpc


class RegistryServicer(pb_grpc.RegistryServiceServicer):
    def __init__(self, registry: Registry):
        self.registry = registry

    def CreateModel(self, request, context):
        m = request.model
        info = self.registry.create_model(
            m.name, users=[convert.user_to_dict(u) for u in m.users], tags=list(m.tags), description=m.description)
        return pb.CreateModelResponse(model=convert.model_to_pb(info))

    def GetModel(self, request, context):
        return pb.GetModelResponse(model=convert.model_to_pb(self.registry.get_model(model_from_resource(request.name))))

    def ListModels(self, request, context):
        models, token = self.registry.list_models(request.page_size, request.page_token)
        return pb.ListModelsResponse(models=[convert.model_to_pb(m) for m in models], next_page_token=token)

    def DeleteModel(self, request, context):
        self.registry.delete_model(model_from_resource(request.name))
        return pb.DeleteModelResponse()

    def GetModelVersion(self, request, context):
        model, n = version_from_resource(request.name)
        return pb.GetModelVersionResponse(model_version=convert.version_to_pb(self.registry.get_version(model, n)))

    def ListModelVersions(self, request, context):
        versions, token = self.registry.list_versions(
            model_from_resource(request.parent), request.page_size, request.page_token)
        return pb.ListModelVersionsResponse(model_versions=[convert.version_to_pb(v) for v in versions],
                                            next_page_token=token)

    def DeleteModelVersion(self, request, context):
        model, n = version_from_resource(request.name)
        self.registry.delete_version(model, n)
        return pb.DeleteModelVersionResponse()

    def SetAlias(self, request, context):
        model = model_from_resource(request.model)
        self.registry.set_alias(model, request.alias, request.version)
        return pb.SetAliasResponse(model=convert.model_to_pb(self.registry.get_model(model)))

    def DeleteAlias(self, request, context):
        model = model_from_resource(request.model)
        self.registry.delete_alias(model, request.alias)
        return pb.DeleteAliasResponse(model=convert.model_to_pb(self.registry.get_model(model)))

    def ResolveModelVersion(self, request, context):
        version = self.registry.resolve(request.reference)
        return pb.ResolveModelVersionResponse(model=convert.model_to_pb(self.registry.get_model(version.model)),
                                              model_version=convert.version_to_pb(version))

    def GetModelCard(self, request, context):
        markdown, version = self.registry.get_card(request.name)
        plot = next((f for f in version.files if f.path == PLOT_FILE), None)
        return pb.GetModelCardResponse(markdown=markdown, card=convert.file_ref(version.file(CARD_FILE)),
                                       loss_plot=convert.file_ref(plot) if plot else None)


def make_service(ctx: ServiceContext) -> ServiceSpec:
    cache_dir = getattr(ctx.settings, "cache_dir", None) if ctx.settings is not None else None
    return ServiceSpec(
        full_name="botfarm.registry.v1.RegistryService",
        servicer=RegistryServicer(Registry(ctx.store, cache_dir=cache_dir)),
        add_to_server=pb_grpc.add_RegistryServiceServicer_to_server,
    )

"""The registry gRPC service: a thin servicer over the registry core and its push sessions.

It calls ``botfarm.registry.core.Registry`` and ``botfarm.registry.uploads.Uploads``.

    botfarm serve registry --grpc-port 50054 --data-dir .botfarm/data [--max-upload-bytes N]

Domain errors raised by the core pass through unchanged; the server's interceptor maps
them to gRPC status codes (NOT_FOUND, FAILED_PRECONDITION, ...).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

import grpc

from botfarm.core.errors import Cancelled, InvalidArgument
from botfarm.core.service import ServiceContext, ServiceSpec
from botfarm.registry import convert
from botfarm.registry.core import CARD_FILE, PLOT_FILE, Registry
from botfarm.registry.names import model_from_resource, version_from_resource
from botfarm.registry.uploads import Uploads
from botfarm.registry.v1 import registry_service_pb2 as pb
from botfarm.registry.v1 import registry_service_pb2_grpc as pb_grpc

#: Bytes per DownloadFile message: well under the 4 MiB default message limit.
DOWNLOAD_CHUNK = 1 << 20


@dataclass(frozen=True)
class Settings:
    """Registry service settings (flags or BOTFARM_* variables)."""

    # Pushes declare their size up front; bigger ones are refused before a byte is sent.
    max_upload_bytes: int = field(default=64 << 30, metadata={"help": "largest push (all files together)",
                                                              "min": 1})


def _chunks(requests: Iterator[pb.UploadFileRequest]) -> Iterator[bytes]:
    """The bytes of an UploadFile stream after its header; a client that went away
    mid-stream is CANCELLED (the segment is not stored)."""
    try:
        for r in requests:
            if r.WhichOneof("content") != "chunk":
                raise InvalidArgument("an UploadFile stream sends one header, then chunks", reason="BAD_UPLOAD_STREAM")
            yield r.chunk
    except grpc.RpcError:
        raise Cancelled("the client cancelled the upload; the segment was not stored") from None


class RegistryServicer(pb_grpc.RegistryServiceServicer):
    def __init__(self, registry: Registry, uploads: Uploads):
        self.registry = registry
        self.uploads = uploads

    def CreateModel(self, request, context):
        m = request.model
        info = self.registry.create_model(
            m.name, users=[convert.user_to_dict(u) for u in m.users], tags=list(m.tags), description=m.description)
        return pb.CreateModelResponse(model=convert.model_to_pb(info))

    def GetModel(self, request, context):
        return pb.GetModelResponse(model=convert.model_to_pb(self.registry.get_model(model_from_resource(request.name))))

    def ListModels(self, request, context):
        models, token = self.registry.list_models(request.page_size, request.page_token,
                                                  kind=convert.KIND_FROM_PB.get(request.kind, ""))
        return pb.ListModelsResponse(models=[convert.model_to_pb(m) for m in models], next_page_token=token)

    def DeleteModel(self, request, context):
        self.registry.delete_model(model_from_resource(request.name), force=request.force)
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
        self.registry.delete_version(model, n, force=request.force)
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

    def CreateUpload(self, request, context):
        u = request.upload
        info = self.uploads.create(
            model=model_from_resource(u.model), method=convert.METHOD_FROM_PB.get(u.method, ""),
            files=[(f.path, f.size_bytes, f.sha256) for f in u.files], base_model=u.base_model,
            users=[convert.user_to_dict(x) for x in u.users], tags=list(u.tags), aliases=list(u.aliases),
            base_model_id=u.base_model_id, license=u.license, base_note=u.base_note)
        return pb.CreateUploadResponse(upload=convert.upload_to_pb(info))

    def UploadFile(self, request_iterator, context):
        first = next(request_iterator, None)
        if first is None or first.WhichOneof("content") != "header":
            raise InvalidArgument("an UploadFile stream starts with its header", reason="BAD_UPLOAD_STREAM")
        h = first.header
        received = self.uploads.write(h.upload, h.path, h.offset, _chunks(request_iterator))
        return pb.UploadFileResponse(path=h.path, received_bytes=received)

    def GetUpload(self, request, context):
        return pb.GetUploadResponse(upload=convert.upload_to_pb(self.uploads.get(request.name)))

    def CommitUpload(self, request, context):
        return pb.CommitUploadResponse(model_version=convert.version_to_pb(self.uploads.commit(request.name)))

    def DeleteUpload(self, request, context):
        self.uploads.delete(request.name)
        return pb.DeleteUploadResponse()

    def DownloadFile(self, request, context):
        entry = self.registry.resolve(request.name).file(request.path)
        if not 0 <= request.offset <= entry.size:
            raise InvalidArgument(f"offset {request.offset} is outside {request.path!r} ({entry.size} bytes)",
                                  reason="BAD_OFFSET", metadata={"size": str(entry.size)})
        skip = request.offset
        # The store streams from the start; a resumed download skips what it has
        # (bytes read here, not sent).
        for chunk in self.registry.store.iter_chunks(entry.key, DOWNLOAD_CHUNK):
            if skip >= len(chunk):
                skip -= len(chunk)
                continue
            yield pb.DownloadFileResponse(chunk=chunk[skip:])
            skip = 0


def make_service(ctx: ServiceContext) -> ServiceSpec:
    settings: Settings = ctx.settings or Settings()
    registry = Registry(ctx.store)
    return ServiceSpec(
        full_name="botfarm.registry.v1.RegistryService",
        servicer=RegistryServicer(registry, Uploads(registry, settings.max_upload_bytes)),
        add_to_server=pb_grpc.add_RegistryServiceServicer_to_server,
    )

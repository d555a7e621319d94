"""The ingestion gRPC service: a thin servicer over ``botfarm.ingestion.core``.

    botfarm serve ingestion --grpc-port 50051 --data-dir .botfarm/data [--x-bearer-token ...]

The X API token is best given as BOTFARM_X_BEARER_TOKEN (a Kubernetes Secret in the
chart) rather than a flag, which would show in the process list.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass, field

from botfarm.common.v1 import common_pb2
from botfarm.core.errors import InvalidArgument
from botfarm.core.service import ServiceContext, ServiceSpec
from botfarm.core.timestamps import to_timestamp
from botfarm.ingestion import records
from botfarm.ingestion.core import Ingestions, IngestionSettings
from botfarm.ingestion.sources.safezip import ZipLimits
from botfarm.ingestion.v1 import ingestion_service_pb2 as pb
from botfarm.ingestion.v1 import ingestion_service_pb2_grpc as pb_grpc


@dataclass(frozen=True)
class Settings:
    """Ingestion service settings (flags or BOTFARM_* variables)."""

    # Needed only for SOURCE_FORMAT_X_API_V2; env BOTFARM_X_BEARER_TOKEN.
    x_bearer_token: str = field(default="", repr=False, metadata={"help": "X API v2 bearer token",
                                                                   "secret": True})
    # Public Mastodon accounts need none.
    mastodon_token: str = field(default="", repr=False, metadata={"help": "Mastodon access token",
                                                                   "secret": True})
    # An X archive with media reaches gigabytes; only its text members are inflated.
    max_upload_bytes: int = field(default=2 << 30, metadata={"help": "largest archive accepted", "min": 1})
    # The most bytes inflated from one zip (zip-bomb guard).
    max_unzipped_bytes: int = field(default=1 << 30, metadata={"help": "most bytes inflated from one zip",
                                                               "min": 1})
    # JSON compresses about 10:1; 200:1 is a bomb.
    max_zip_ratio: float = field(default=200.0, metadata={"help": "highest compression ratio of a zip member",
                                                           "min": 1})

    # A request's api_base_url receives the tokens above: only URLs the operator lists.
    api_base_urls: tuple[str, ...] = field(default=(), metadata={
        "help": "comma-separated API base URLs a request's api_base_url may name (Mastodon servers "
                "that get the Mastodon token too)"})

    def core(self) -> IngestionSettings:
        return IngestionSettings(x_bearer_token=self.x_bearer_token, mastodon_token=self.mastodon_token,
                                 max_upload_bytes=self.max_upload_bytes, api_base_urls=self.api_base_urls,
                                 zip_limits=ZipLimits(max_total_bytes=self.max_unzipped_bytes,
                                                      max_ratio=self.max_zip_ratio))


_FORMATS = {
    pb.SOURCE_FORMAT_UNSPECIFIED: "", pb.SOURCE_FORMAT_X_ARCHIVE: records.X_ARCHIVE,
    pb.SOURCE_FORMAT_LEGACY_ARCHIVE: records.LEGACY_ARCHIVE, pb.SOURCE_FORMAT_API_V1_JSON: records.API_V1_JSON,
    pb.SOURCE_FORMAT_EXPORT: records.EXPORT, pb.SOURCE_FORMAT_X_API_V2: records.X_API_V2,
    pb.SOURCE_FORMAT_MASTODON: records.MASTODON, pb.SOURCE_FORMAT_BLUESKY: records.BLUESKY,
    pb.SOURCE_FORMAT_MASTODON_ARCHIVE: records.MASTODON_ARCHIVE, pb.SOURCE_FORMAT_BLUESKY_CAR: records.BLUESKY_CAR,
}
_FORMAT_ENUM = {v: k for k, v in _FORMATS.items()}


def _format(value: pb.SourceFormat.ValueType) -> str:
    if value not in _FORMATS:
        raise InvalidArgument(f"unknown source format {value}", reason="UNKNOWN_FORMAT")
    return _FORMATS[value]


def source_from_pb(s: pb.Source) -> dict:
    return {"format": _format(s.format), "object_key": s.object_key, "handle": s.handle, "since_id": s.since_id,
            "max_posts": s.max_posts, "api_base_url": s.api_base_url}


def ingestion_to_pb(rec: dict) -> pb.Ingestion:
    src = rec["source"]
    msg = pb.Ingestion(
        name=rec["name"], state=pb.Ingestion.State.Value(f"STATE_{rec['state']}"),
        error_message=rec.get("error_message", ""), dataset=rec.get("dataset", ""),
        posts_read=rec.get("posts_read", 0),
        source=pb.Source(format=_FORMAT_ENUM.get(src.get("format", ""), pb.SOURCE_FORMAT_UNSPECIFIED),
                         since_id=src.get("since_id", ""), max_posts=src.get("max_posts", 0),
                         api_base_url=src.get("api_base_url", ""),
                         **({"handle": src["handle"]} if src.get("handle") else {"object_key": src.get("object_key", "")})))
    for name in ("create_time", "end_time"):
        ts = to_timestamp(rec.get(name, ""))
        if ts is not None:
            getattr(msg, name).CopyFrom(ts)
    return msg


def dataset_to_pb(d: dict) -> pb.Dataset:
    msg = pb.Dataset(
        name=d["name"], object=common_pb2.ObjectRef(key=d["key"], sha256=d["object_sha256"], size_bytes=d["size_bytes"]),
        users=[common_pb2.User(**u) for u in d["users"]], post_count=d["post_count"],
        retweet_count=d["retweet_count"], reply_count=d["reply_count"],
        source_format=_FORMAT_ENUM.get(d["source_format"], pb.SOURCE_FORMAT_UNSPECIFIED),
        newest_post_id=d.get("newest_post_id", ""))
    ts = to_timestamp(d.get("create_time", ""))
    if ts is not None:
        msg.create_time.CopyFrom(ts)
    return msg


class IngestionServicer(pb_grpc.IngestionServiceServicer):
    def __init__(self, ingestions: Ingestions):
        self.ingestions = ingestions

    def CreateIngestion(self, request, context):
        rec = self.ingestions.create(source_from_pb(request.source), wait=request.wait)
        return pb.CreateIngestionResponse(ingestion=ingestion_to_pb(rec))

    def UploadArchive(self, request_iterator: Iterator[pb.UploadArchiveRequest], context):
        first = next(request_iterator, None)
        if first is None or first.WhichOneof("payload") != "metadata":
            raise InvalidArgument("the first UploadArchive message must carry the metadata", reason="NO_METADATA")
        meta = first.metadata

        def chunks() -> Iterator[bytes]:
            for msg in request_iterator:
                if msg.WhichOneof("payload") != "chunk":
                    raise InvalidArgument("only the first UploadArchive message carries metadata",
                                          reason="DUPLICATE_METADATA")
                yield msg.chunk

        rec, ds = self.ingestions.upload(meta.filename, chunks(), _format(meta.format), meta.handle, meta.size_bytes)
        return pb.UploadArchiveResponse(ingestion=ingestion_to_pb(rec), dataset=dataset_to_pb(ds))

    def GetIngestion(self, request, context):
        return pb.GetIngestionResponse(ingestion=ingestion_to_pb(self.ingestions.get(request.name)))

    def ListIngestions(self, request, context):
        recs, nxt = self.ingestions.list(request.page_size, request.page_token)
        return pb.ListIngestionsResponse(ingestions=[ingestion_to_pb(r) for r in recs], next_page_token=nxt)

    def GetDataset(self, request, context):
        return pb.GetDatasetResponse(dataset=dataset_to_pb(self.ingestions.get_dataset(request.name)))

    def ListDatasets(self, request, context):
        items, nxt = self.ingestions.list_datasets(request.page_size, request.page_token)
        return pb.ListDatasetsResponse(datasets=[dataset_to_pb(d) for d in items], next_page_token=nxt)


def make_service(ctx: ServiceContext) -> ServiceSpec:
    settings = ctx.settings if isinstance(ctx.settings, Settings) else Settings()
    ingestions = Ingestions(ctx.store, settings.core())
    stop = threading.Event()
    return ServiceSpec(
        full_name="botfarm.ingestion.v1.IngestionService",
        servicer=IngestionServicer(ingestions),
        add_to_server=pb_grpc.add_IngestionServiceServicer_to_server,
        # In the background: the store may not answer yet (a fresh install's MinIO).
        on_start=[lambda: ingestions.resume_when_the_store_answers(stop)],
        on_stop=[stop.set],
    )

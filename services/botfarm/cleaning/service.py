"""The cleaning gRPC service: a thin servicer over ``botfarm.cleaning.core``.

    botfarm serve cleaning --grpc-port 50052 --data-dir .botfarm/data
"""

from __future__ import annotations

from botfarm.cleaning import core, datasets
from botfarm.cleaning.v1 import cleaning_service_pb2 as pb
from botfarm.cleaning.v1 import cleaning_service_pb2_grpc as pb_grpc
from botfarm.common.v1 import common_pb2
from botfarm.core.pagination import paginate
from botfarm.core.service import ServiceContext, ServiceSpec
from botfarm.core.timestamps import to_timestamp

_REASONS = {None: pb.DROP_REASON_UNSPECIFIED, "retweet": pb.DROP_REASON_RETWEET, "short": pb.DROP_REASON_SHORT,
            "duplicate": pb.DROP_REASON_DUPLICATE, "empty": pb.DROP_REASON_EMPTY}


def _counts(c: dict, extra: dict | None = None) -> common_pb2.PostCounts:
    return common_pb2.PostCounts(downloaded=c["downloaded"], retweets=c["retweets"], short=c["short"],
                                 kept=c["kept"], dropped_by_reason=extra or c.get("dropped_by_reason") or {})


def _user_stats(s: dict) -> pb.UserStats:
    return pb.UserStats(user=common_pb2.User(**s["user"]), counts=_counts(s["counts"], s.get("dropped_by_reason")),
                        kept_characters=s.get("kept_characters", 0))


def clean_dataset_to_pb(rec: datasets.CleanDatasetRecord) -> pb.CleanDataset:
    msg = pb.CleanDataset(
        name=rec.name, raw_datasets=rec.raw_datasets, rules=rec.rules, state=pb.CleanDataset.STATE_SUCCEEDED,
        user_stats=[_user_stats(s) for s in rec.users], total=_counts(rec.total),
        train=common_pb2.ObjectRef(key=rec.train_key, sha256=rec.train_sha256, size_bytes=rec.train_size_bytes),
        eval=common_pb2.ObjectRef(key=rec.eval_key, sha256=rec.eval_sha256, size_bytes=rec.eval_size_bytes),
        seed=rec.seed, eval_fraction=rec.eval_fraction, warnings=rec.warnings)
    created = to_timestamp(rec.create_time)
    if created is not None:
        msg.create_time.CopyFrom(created)
    return msg


class CleaningServicer(pb_grpc.CleaningServiceServicer):
    def __init__(self, ctx: ServiceContext):
        self.store = ctx.store

    def CreateCleanDataset(self, request, context):
        rec = core.create_clean_dataset(self.store, list(request.raw_datasets), request.rules, request.seed,
                                        request.eval_fraction)
        return pb.CreateCleanDatasetResponse(clean_dataset=clean_dataset_to_pb(rec))

    def GetCleanDataset(self, request, context):
        return pb.GetCleanDatasetResponse(clean_dataset=clean_dataset_to_pb(
            datasets.load_clean_dataset(self.store, request.name)))

    def ListCleanDatasets(self, request, context):
        names = sorted(datasets.clean_dataset_names(self.store))
        page, nxt = paginate(names, listing="cleanDatasets", page_size=request.page_size,
                             page_token=request.page_token, key=lambda n: n)
        return pb.ListCleanDatasetsResponse(
            clean_datasets=[clean_dataset_to_pb(datasets.load_clean_dataset(self.store, n)) for n in page],
            next_page_token=nxt)

    def PreviewCleaning(self, request, context):
        out = core.preview(self.store, list(request.raw_datasets), request.rules, request.sample_size)

        def post(p: dict) -> pb.PreviewPost:
            return pb.PreviewPost(user=p["user"], original_text=p["original_text"], cleaned_text=p["cleaned_text"],
                                  drop_reason=_REASONS[p["drop_reason"]])

        return pb.PreviewCleaningResponse(kept=[post(p) for p in out["kept"]], dropped=[post(p) for p in out["dropped"]],
                                          user_stats=[_user_stats(s) for s in out["user_stats"]])


def make_service(ctx: ServiceContext) -> ServiceSpec:
    return ServiceSpec(
        full_name="botfarm.cleaning.v1.CleaningService",
        servicer=CleaningServicer(ctx),
        add_to_server=pb_grpc.add_CleaningServiceServicer_to_server,
    )

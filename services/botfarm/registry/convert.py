"""Conversions between the registry's dataclasses and its protobuf messages, both ways
(the servicer encodes; the CLI decodes what the service answers), and the one JSON
form of a version or model that ``--json`` prints, whether the CLI asked the service or
read the store: the message's own JSON (proto field names, every field), so both
paths print the same document."""

from __future__ import annotations

import datetime as dt

from google.protobuf.timestamp_pb2 import Timestamp

from botfarm.common.v1 import common_pb2
from botfarm.core.clients import message_json
from botfarm.core.timestamps import to_iso, to_timestamp
from botfarm.registry.names import parse_ref
from botfarm.registry.records import FileEntry, ModelInfo, VersionInfo
from botfarm.registry.uploads import UploadFile, UploadInfo
from botfarm.registry.v1 import registry_service_pb2 as pb

METHOD_TO_PB = {"lora": pb.METHOD_LORA, "full": pb.METHOD_FULL, "base": pb.METHOD_BASE}
METHOD_FROM_PB = {v: k for k, v in METHOD_TO_PB.items()}
KIND_FROM_PB = {pb.MODEL_KIND_UNSPECIFIED: "", pb.MODEL_KIND_BOT: "bot", pb.MODEL_KIND_BASE: "base"}


def _iso(ts: Timestamp) -> str:
    if not ts.seconds and not ts.nanos:
        return ""
    return to_iso(ts.ToDatetime(dt.UTC))


def _fill(msg, d: dict):
    """Sets the scalar fields of ``msg`` that ``d`` names, coercing numbers to the
    field's type; unknown keys are ignored (a newer trainer may record more)."""
    for f in msg.DESCRIPTOR.fields:
        value = (d or {}).get(f.name)
        if value is None:
            continue
        if f.type in (f.TYPE_INT32, f.TYPE_INT64):
            value = int(value)
        elif f.type in (f.TYPE_DOUBLE, f.TYPE_FLOAT):
            value = float(value)
        elif f.type == f.TYPE_STRING:
            value = str(value)
        elif f.type == f.TYPE_MESSAGE:
            if f.message_type.GetOptions().map_entry:
                getattr(msg, f.name).update({str(k): int(v) for k, v in value.items()})
            continue
        setattr(msg, f.name, value)
    return msg


def _to_dict(msg) -> dict:
    out: dict = {}
    for f, value in msg.ListFields():
        out[f.name] = dict(value) if f.message_type and f.message_type.GetOptions().map_entry else value
    return out


def user_to_pb(u: dict) -> common_pb2.User:
    return common_pb2.User(handle=u.get("handle", ""), display_name=u.get("display_name", ""),
                           avatar_url=u.get("avatar_url", ""))


def user_to_dict(u: common_pb2.User) -> dict:
    return {"handle": u.handle, "display_name": u.display_name, "avatar_url": u.avatar_url}


def file_ref(f: FileEntry) -> common_pb2.ObjectRef:
    return common_pb2.ObjectRef(key=f.key, sha256=f.sha256, size_bytes=f.size)


def base_ref_to_resource(ref: str) -> str:
    """"base/smollm2@1" -> "models/base/smollm2/versions/1" (the proto's form)."""
    if not ref:
        return ""
    r = parse_ref(ref)
    return f"models/{r.model}/versions/{r.version}" if r.version else f"models/{r.model}"


def resource_to_base_ref(name: str) -> str:
    if not name:
        return ""
    r = parse_ref(name)
    return f"{r.model}@{r.version}" if r.version else r.model


def model_to_pb(m: ModelInfo) -> pb.Model:
    return pb.Model(name=m.name, users=[user_to_pb(u) for u in m.users], tags=m.tags, description=m.description,
                    aliases=m.aliases, latest_version=m.latest_version, create_time=to_timestamp(m.create_time))


def model_from_pb(m: pb.Model) -> ModelInfo:
    return ModelInfo(model=m.name.removeprefix("models/"), users=[user_to_dict(u) for u in m.users],
                     tags=list(m.tags), description=m.description, aliases=dict(m.aliases),
                     latest_version=m.latest_version, create_time=_iso(m.create_time))


def version_to_pb(v: VersionInfo) -> pb.ModelVersion:
    return pb.ModelVersion(
        name=v.name, version=v.version, base_model=base_ref_to_resource(v.base_model),
        method=METHOD_TO_PB.get(v.method, pb.METHOD_UNSPECIFIED), clean_dataset=v.clean_dataset,
        clean_dataset_sha256=v.clean_dataset_sha256,
        hyperparameters=_fill(common_pb2.Hyperparameters(), v.hyperparameters),
        metrics=_fill(common_pb2.TrainingMetrics(), v.metrics),
        files=[pb.ModelFile(path=f.path, object=file_ref(f)) for f in v.files],
        training_data=[pb.UserCounts(user=user_to_pb(t.get("user", {})),
                                     counts=_fill(common_pb2.PostCounts(), t.get("counts", {})))
                       for t in v.training_data],
        architecture=v.architecture, create_time=to_timestamp(v.create_time), training_job=v.training_job,
        loss_history=[loss_point_to_pb(p) for p in v.loss_history], base_model_id=v.base_model_id,
        license=v.license, base_note=v.base_note, upload=v.upload, labels=v.labels)


def loss_point_to_pb(p: dict) -> pb.LossPoint:
    point = pb.LossPoint(step=int(p.get("step") or 0))
    for name in ("train_loss", "eval_loss"):
        if p.get(name) is not None:
            setattr(point, name, float(p[name]))
    return point


def loss_point_from_pb(p: pb.LossPoint) -> dict:
    return {"step": p.step, "train_loss": p.train_loss if p.HasField("train_loss") else None,
            "eval_loss": p.eval_loss if p.HasField("eval_loss") else None}


def version_from_pb(m: pb.ModelVersion) -> VersionInfo:
    model = m.name.removeprefix("models/").rsplit("/versions/", 1)[0]
    return VersionInfo(
        model=model, version=m.version, method=METHOD_FROM_PB.get(m.method, ""),
        base_model=resource_to_base_ref(m.base_model), architecture=m.architecture,
        files=tuple(FileEntry(path=f.path, key=f.object.key, size=f.object.size_bytes, sha256=f.object.sha256)
                    for f in m.files),
        clean_dataset=m.clean_dataset, clean_dataset_sha256=m.clean_dataset_sha256,
        hyperparameters=_to_dict(m.hyperparameters), metrics=_to_dict(m.metrics),
        training_data=[{"user": user_to_dict(t.user), "counts": _to_dict(t.counts)} for t in m.training_data],
        training_job=m.training_job, create_time=_iso(m.create_time),
        loss_history=[loss_point_from_pb(p) for p in m.loss_history], base_model_id=m.base_model_id,
        license=m.license, base_note=m.base_note, upload=m.upload, labels=dict(m.labels))


def upload_to_pb(u: UploadInfo) -> pb.Upload:
    return pb.Upload(
        name=u.name, model=f"models/{u.model}", method=METHOD_TO_PB.get(u.method, pb.METHOD_UNSPECIFIED),
        base_model=u.base_model, users=[user_to_pb(x) for x in u.users], tags=u.tags, aliases=u.aliases,
        files=[pb.UploadedFile(path=f.path, size_bytes=f.size, sha256=f.sha256, received_bytes=f.received)
               for f in u.files],
        base_model_id=u.base_model_id, license=u.license, base_note=u.base_note,
        create_time=to_timestamp(u.create_time), model_version=u.model_version)


def upload_from_pb(m: pb.Upload) -> UploadInfo:
    return UploadInfo(
        id=m.name.removeprefix("uploads/"), model=m.model.removeprefix("models/"),
        method=METHOD_FROM_PB.get(m.method, ""), base_model=m.base_model,
        files=tuple(UploadFile(f.path, f.size_bytes, f.sha256, f.received_bytes) for f in m.files),
        users=[user_to_dict(u) for u in m.users], tags=list(m.tags), aliases=list(m.aliases),
        base_model_id=m.base_model_id, license=m.license, base_note=m.base_note, create_time=_iso(m.create_time),
        model_version=m.model_version)


def version_json(v: VersionInfo) -> dict:
    return message_json(version_to_pb(v))


def model_json(m: ModelInfo) -> dict:
    return message_json(model_to_pb(m))

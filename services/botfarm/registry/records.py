"""What the registry stores about models and versions, as plain dataclasses.

A version's manifest (``models/{model}/versions/{n}/manifest.json``) is
``VersionInfo.to_json()``; the model record (``models/{model}/model.json``) holds the
users, tags and description of ``ModelInfo``. Neither imports grpc: the servicer
converts them (``botfarm.registry.convert``).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path

from botfarm.core.errors import NotFound

#: Manifest format, bumped on incompatible changes.
MANIFEST_FORMAT = 1
#: Methods a version can be made by.
METHODS = ("lora", "full", "base")
#: Files a publisher's folder may carry that the registry writes itself.
CARD_FILE, PLOT_FILE = "README.md", "loss.png"

#: ``progress(done_bytes, total_bytes)`` as bytes move.
Progress = Callable[[int, int], None]


def byte_counter(total: int, progress: Progress | None) -> Callable[[int], None]:
    """``advance(k)``: k more of ``total`` bytes moved, reported to ``progress`` (if any)
    as the running sum."""
    done = 0

    def advance(k: int) -> None:
        nonlocal done
        done += k
        if progress:
            progress(done, total)

    return advance


@dataclass(frozen=True)
class FileEntry:
    path: str      # path inside the version folder, e.g. "adapter_model.safetensors"
    key: str       # object-store key
    size: int
    sha256: str


@dataclass(frozen=True)
class VersionInfo:
    model: str                 # "mcintweet" or "base/smollm2-135m-instruct"
    version: int               # 1, 2, 3 ...
    method: str                # "lora" | "full" | "base"
    base_model: str            # pinned reference of the base, "base/smollm2-135m-instruct@1" ("" for none)
    architecture: str          # e.g. "LlamaForCausalLM"
    files: tuple[FileEntry, ...]
    clean_dataset: str = ""           # "cleanDatasets/{sha256}"
    clean_dataset_sha256: str = ""
    hyperparameters: dict = field(default_factory=dict)   # keys as common.v1.Hyperparameters fields
    metrics: dict = field(default_factory=dict)           # keys as common.v1.TrainingMetrics fields
    training_data: list = field(default_factory=list)     # [{"user": {...}, "counts": {...}}]
    loss_history: list = field(default_factory=list)      # [{"step", "train_loss", "eval_loss"}]
    training_job: str = ""
    create_time: str = ""                                  # ISO 8601
    # The base's id outside botfarm ("HuggingFaceTB/SmolLM2-135M-Instruct"): a base
    # records its own at import, a bot inherits its base's. Adapters name it as
    # base_model_name_or_path, cards as base_model, so they travel to other hosts.
    base_model_id: str = ""
    license: str = ""                                      # "apache-2.0"; a bot inherits its base's
    base_note: str = ""                                    # where the base's weights come from
    upload: str = ""                                       # "uploads/{id}" that published it, if any
    labels: dict = field(default_factory=dict)             # str -> str, e.g. botfarm apply's fingerprint

    @property
    def name(self) -> str:
        return f"models/{self.model}/versions/{self.version}"

    @property
    def ref(self) -> str:
        """The pinned reference, "mcintweet@3"."""
        return f"{self.model}@{self.version}"

    def file(self, path: str) -> FileEntry:
        for f in self.files:
            if f.path == path:
                return f
        raise NotFound(f"{self.name} has no file {path!r}", reason="FILE_NOT_FOUND", metadata={"path": path})

    def to_json(self) -> dict:
        d = asdict(self)
        d["format"] = MANIFEST_FORMAT
        return d

    @classmethod
    def from_json(cls, d: dict) -> VersionInfo:
        d = dict(d)
        d.pop("format", None)
        d["files"] = tuple(FileEntry(**f) for f in d.get("files", ()))
        known = set(cls.__dataclass_fields__)
        return cls(**{k: v for k, v in d.items() if k in known})


@dataclass(frozen=True)
class ModelInfo:
    model: str                                  # "mcintweet" or "base/..."
    users: list = field(default_factory=list)   # [{"handle", "display_name", "avatar_url"}]
    tags: list = field(default_factory=list)
    description: str = ""
    aliases: dict = field(default_factory=dict)  # alias -> version, "latest" included
    latest_version: int = 0
    create_time: str = ""

    @property
    def name(self) -> str:
        return f"models/{self.model}"


def version_number(text: str) -> int:
    """A version number from a key segment or a page token; ValueError otherwise."""
    if not (text.isascii() and text.isdigit()) or int(text) < 1:
        raise ValueError(text)
    return int(text)


def clean_user(u: dict) -> dict:
    return {"handle": str(u.get("handle", "")).lstrip("@"), "display_name": str(u.get("display_name", "")),
            "avatar_url": str(u.get("avatar_url", ""))}


def clean_training_row(t: dict) -> dict:
    """{"user": {...}, "counts": {...}} from a clean dataset's per-user stats, whose
    "dropped_by_reason" may sit beside "counts" rather than inside it."""
    counts = {k: v for k, v in dict(t.get("counts") or {}).items()
              if k in ("downloaded", "retweets", "short", "kept", "dropped_by_reason")}
    extra = counts.get("dropped_by_reason") or t.get("dropped_by_reason") or {}
    if extra:
        counts["dropped_by_reason"] = {str(k): int(v) for k, v in extra.items()}
    return {"user": clean_user(t.get("user") or {}), "counts": counts}


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(1 << 20):
            h.update(chunk)
    return h.hexdigest()

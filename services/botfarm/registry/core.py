"""The model registry: bots and base models, numbered versions, aliases, model cards,
all in the object store (no database, no server state).

    reg = Registry(store)
    v = reg.publish("mcintweet", Path("out/adapter"), method="lora",
                    base_model="base/smollm2-135m-instruct", training_data=[...])
    v = reg.resolve("mcintweet:production")        # or "mcintweet@3", "mcintweet"
    folder = reg.download(v)                        # sha256-verified, cached

Object-store layout (every key under ``models/``):

    models/{model}/model.json                       the Model: users, tags, description
    models/{model}/aliases/{alias}.json             {"version": n}; "latest" is never stored:
                                                    it is always the highest visible version
    models/{model}/versions/{n}/claim.json          claims number n (create-if-absent); stays
                                                    as a tombstone so a number is never reused
    models/{model}/versions/{n}/files/{path}        the version's files (PEFT or HF layout,
                                                    plus README.md card and loss.png)
    models/{model}/versions/{n}/manifest.json       written last, create-if-absent: the version
                                                    exists exactly when this object does

{model} is "mcintweet" for a bot and "base/{id}" for a base model. A publisher that
dies between its claim and its manifest leaves an invisible version; ``gc`` removes
its files once the claim is older than a grace period.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import shutil
import tempfile
import threading
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

from botfarm.core import pagination
from botfarm.core.errors import (
    AlreadyExists,
    DataLoss,
    FailedPrecondition,
    InvalidArgument,
    NotFound,
)
from botfarm.core.store import ObjectStore
from botfarm.core.timestamps import now_iso
from botfarm.registry import names
from botfarm.registry.names import LATEST
from botfarm.registry.safety import check_folder

#: Manifest format, bumped on incompatible changes.
MANIFEST_FORMAT = 1
#: Methods a version can be made by.
METHODS = ("lora", "full", "base")
#: Files a publisher's folder may carry that the registry writes itself.
CARD_FILE, PLOT_FILE = "README.md", "loss.png"

Progress = Callable[[int, int], None]


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
        raise NotFound(f"{self.name} has no file {path!r}", metadata={"path": path})

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


def _default_cache_dir() -> Path:
    # Read when a Registry is built, never at import time.
    root = os.environ.get("BOTFARM_CACHE_DIR") or Path.home() / ".cache" / "botfarm"
    return Path(root) / "registry"


def _version_number(text: str) -> int:
    if not (text.isascii() and text.isdigit()):
        raise ValueError(text)
    return int(text)


def _clean_user(u: dict) -> dict:
    return {"handle": str(u.get("handle", "")).lstrip("@"), "display_name": str(u.get("display_name", "")),
            "avatar_url": str(u.get("avatar_url", ""))}


def _clean_training_row(t: dict) -> dict:
    """{"user": {...}, "counts": {...}} from a clean dataset's per-user stats, whose
    "dropped_by_reason" may sit beside "counts" rather than inside it."""
    counts = {k: v for k, v in dict(t.get("counts") or {}).items()
              if k in ("downloaded", "retweets", "short", "kept", "dropped_by_reason")}
    extra = counts.get("dropped_by_reason") or t.get("dropped_by_reason") or {}
    if extra:
        counts["dropped_by_reason"] = {str(k): int(v) for k, v in extra.items()}
    return {"user": _clean_user(t.get("user") or {}), "counts": counts}


class _HashingReader:
    """A file object that hashes and counts what is read through it: the recorded
    sha256 is that of the bytes actually uploaded, even if the local file changes."""

    def __init__(self, f, progress: Callable[[int], None]):
        self._f, self._progress = f, progress
        self.sha256 = hashlib.sha256()
        self.size = 0

    def read(self, n: int = -1) -> bytes:
        b = self._f.read(n)
        if b:
            self.sha256.update(b)
            self.size += len(b)
            self._progress(len(b))
        return b


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        while chunk := f.read(1 << 20):
            h.update(chunk)
    return h.hexdigest()


class Registry:
    """Registry logic over an ObjectStore. Thread-safe and multi-process-safe: every
    decision that could race is a create-if-absent in the store."""

    def __init__(self, store: ObjectStore, cache_dir: Path | None = None):
        self.store = store
        self.cache_dir = Path(cache_dir) if cache_dir else _default_cache_dir()
        # One download per cached version at a time in this process (the inference
        # service asks for the same bot from many request threads).
        self._locks: dict[tuple[str, int], threading.Lock] = {}
        self._locks_guard = threading.Lock()

    # --- small store helpers -----------------------------------------------------

    def _get_json(self, key: str) -> dict:
        return json.loads(self.store.get_bytes(key))

    def _put_json(self, key: str, obj: dict, *, create: bool = False) -> None:
        data = json.dumps(obj, indent=1, sort_keys=True).encode()
        if create:
            self.store.create_if_absent(key, data, length=len(data))
        else:
            self.store.put(key, data, length=len(data))

    def _version_states(self, model: str) -> dict[int, set[str]]:
        """{n: {"claim", "manifest", "files"}} from one listing of the model's versions."""
        prefix = names.versions_prefix(model)
        states: dict[int, set[str]] = {}
        for info in self.store.list(prefix):
            num, _, rest = info.key[len(prefix):].partition("/")
            if not num.isdigit():
                continue
            kind = {"claim.json": "claim", "manifest.json": "manifest"}.get(rest, "files")
            states.setdefault(int(num), set()).add(kind)
        return states

    def _visible_versions(self, model: str) -> list[int]:
        return sorted(n for n, s in self._version_states(model).items() if "manifest" in s)

    def _aliases(self, model: str) -> dict[str, int]:
        prefix = f"{names.model_prefix(model)}aliases/"
        out = {}
        for info in self.store.list(prefix):
            alias = info.key[len(prefix):].removesuffix(".json")
            with contextlib.suppress(NotFound):
                out[alias] = int(self._get_json(info.key)["version"])
        return out

    def _require_model(self, model: str) -> dict:
        model = names.check_model(model)
        try:
            return self._get_json(names.model_key(model))
        except NotFound:
            raise NotFound(f"model {model!r} not found", reason="MODEL_NOT_FOUND",
                           metadata={"model": model}) from None

    # --- models --------------------------------------------------------------------

    def create_model(self, model: str, *, users: list[dict] | None = None, tags: Sequence[str] = (),
                     description: str = "") -> ModelInfo:
        """Creates an empty model; AlreadyExists if it exists."""
        model = names.check_model(model)
        record = {"users": [_clean_user(u) for u in users or []], "tags": list(tags),
                  "description": description, "create_time": now_iso()}
        try:
            self._put_json(names.model_key(model), record, create=True)
        except AlreadyExists:
            raise AlreadyExists(f"model {model!r} already exists", reason="MODEL_EXISTS",
                                metadata={"model": model}) from None
        return self.get_model(model)

    def _ensure_model(self, model: str, users: list[dict] | None, tags: Sequence[str]) -> None:
        users = [_clean_user(u) for u in users or []]
        try:
            self._put_json(names.model_key(model), {"users": users, "tags": list(tags), "description": "",
                                                    "create_time": now_iso()}, create=True)
            return
        except AlreadyExists:
            pass
        record = self._get_json(names.model_key(model))
        # A retrained bot may gain users or tags; last writer wins, which is harmless here.
        new_tags = list(dict.fromkeys([*record.get("tags", []), *tags]))
        if (users and users != record.get("users")) or new_tags != record.get("tags", []):
            record.update(users=users or record.get("users", []), tags=new_tags)
            self._put_json(names.model_key(model), record)

    def get_model(self, model: str) -> ModelInfo:
        model = names.check_model(model)
        record = self._require_model(model)
        versions = self._visible_versions(model)
        aliases = self._aliases(model)
        if versions:
            aliases[LATEST] = versions[-1]
        return ModelInfo(model=model, users=record.get("users", []), tags=record.get("tags", []),
                         description=record.get("description", ""), aliases=aliases,
                         latest_version=versions[-1] if versions else 0,
                         create_time=record.get("create_time", ""))

    def _model_names(self) -> list[str]:
        out = []
        for info in self.store.list(names.ROOT):
            rest = info.key[len(names.ROOT):]
            if rest.endswith("/model.json"):
                name = rest[: -len("/model.json")]
                with contextlib.suppress(InvalidArgument):
                    out.append(names.check_model(name))
        return sorted(out)

    def list_models(self, page_size: int = 0, page_token: str = "") -> tuple[list[ModelInfo], str]:
        """Models in name order; returns (page, next_page_token)."""
        size = pagination.page_size(page_size)
        after = pagination.decode_token("models", page_token, check=names.check_model)
        todo = [m for m in self._model_names() if m > after]
        page = []
        for m in todo[:size]:
            with contextlib.suppress(NotFound):  # deleted while listing
                page.append(self.get_model(m))
        token = pagination.encode_token("models", todo[size - 1]) if len(todo) > size else ""
        return page, token

    def dependents(self, model: str, version: int = 0) -> list[str]:
        """Pinned references of the versions built on ``model`` (on its ``version`` only,
        when given). Reads every bot's manifests: meant for the rare delete of a base."""
        prefix = f"{model}@"
        out = []
        for info in self.store.list(names.ROOT):
            if not info.key.endswith("/manifest.json") or info.key.startswith(names.model_prefix(model)):
                continue
            with contextlib.suppress(NotFound, ValueError, TypeError):
                v = VersionInfo.from_json(self._get_json(info.key))
                if (v.base_model == f"{prefix}{version}") if version else v.base_model.startswith(prefix):
                    out.append(v.ref)
        return sorted(out)

    def _refuse_if_used(self, model: str, version: int = 0) -> None:
        used_by = self.dependents(model, version) if model.startswith("base/") else []
        if used_by:
            what = f"{model}@{version}" if version else model
            shown = ", ".join(used_by[:5]) + (f" and {len(used_by) - 5} more" if len(used_by) > 5 else "")
            raise FailedPrecondition(f"{what} is the base of {shown}; delete those first, or force",
                                     reason="BASE_IN_USE", metadata={"model": what, "used_by": ",".join(used_by[:20])})

    def delete_model(self, model: str, *, force: bool = False) -> int:
        """Deletes a model with every version; returns the number of objects removed.
        A base model that versions of bots build on is FailedPrecondition unless ``force``."""
        model = names.check_model(model)
        self._require_model(model)
        if not force:
            self._refuse_if_used(model)
        # The record goes first, so a crash half-way leaves an invisible model for gc.
        self.store.delete(names.model_key(model))
        return 1 + self.store.delete_prefix(names.model_prefix(model))

    # --- versions ------------------------------------------------------------------

    def get_version(self, model: str, version: int) -> VersionInfo:
        model = names.check_model(model)
        if version < 1:
            raise InvalidArgument(f"invalid version {version}: a number >= 1", reason="INVALID_VERSION")
        key = names.manifest_key(model, version)
        try:
            return VersionInfo.from_json(self._get_json(key))
        except (ValueError, TypeError, KeyError) as e:
            raise DataLoss(f"manifest of {model}@{version} is unreadable ({e})", reason="MANIFEST_CORRUPT",
                           metadata={"key": key}) from None
        except NotFound:
            self._require_model(model)
            raise NotFound(f"version {version} of model {model!r} not found", reason="VERSION_NOT_FOUND",
                           metadata={"model": model, "version": str(version)}) from None

    def list_versions(self, model: str, page_size: int = 0, page_token: str = "") -> tuple[list[VersionInfo], str]:
        """Versions newest first; returns (page, next_page_token)."""
        model = names.check_model(model)
        self._require_model(model)
        size = pagination.page_size(page_size)
        listing = f"models/{model}/versions"
        after = pagination.decode_token(listing, page_token, check=_version_number)
        before = int(after) if after else None
        todo = [n for n in reversed(self._visible_versions(model)) if before is None or n < before]
        page = []
        for n in todo[:size]:
            with contextlib.suppress(NotFound):
                page.append(self.get_version(model, n))
        token = pagination.encode_token(listing, str(todo[size - 1])) if len(todo) > size else ""
        return page, token

    def delete_version(self, model: str, version: int, *, force: bool = False) -> None:
        """Deletes one version. FailedPrecondition while an alias (other than "latest")
        points at it, or, unless ``force``, while bots build on it. Its number is never
        given out again."""
        info = self.get_version(model, version)
        if not force:
            self._refuse_if_used(info.model, version)
        pinned = sorted(a for a, v in self._aliases(info.model).items() if v == version)
        if pinned:
            raise FailedPrecondition(
                f"version {version} of {info.model!r} is pointed at by alias(es) {', '.join(pinned)}; "
                "move or delete them first", reason="VERSION_HAS_ALIASES",
                metadata={"model": info.model, "version": str(version), "aliases": ",".join(pinned)})
        self.store.delete(names.manifest_key(info.model, version))
        self._tombstone(info.model, version)

    def _tombstone(self, model: str, version: int) -> int:
        """Removes a version's files, keeping its claim (marked deleted) so that the
        number stays taken."""
        n = 0
        for obj in list(self.store.list(names.version_prefix(model, version))):
            if obj.key != names.claim_key(model, version):
                self.store.delete(obj.key)
                n += 1
        self._put_json(names.claim_key(model, version), {"deleted": True, "delete_time": now_iso()})
        return n

    # --- aliases -------------------------------------------------------------------

    def set_alias(self, model: str, alias: str, version: int) -> None:
        model = names.check_model(model)
        names.check_alias(alias)
        if alias == LATEST:
            raise InvalidArgument('the alias "latest" always points at the newest version and cannot be set',
                                  reason="ALIAS_RESERVED", metadata={"alias": alias})
        self._require_model(model)
        if version < 1 or not self.store.exists(names.manifest_key(model, version)):
            raise FailedPrecondition(f"cannot point alias {alias!r} at version {version} of {model!r}: "
                                     "no such version", reason="VERSION_NOT_FOUND",
                                     metadata={"model": model, "version": str(version)})
        self._put_json(names.alias_key(model, alias), {"version": int(version), "update_time": now_iso()})

    def delete_alias(self, model: str, alias: str) -> None:
        model = names.check_model(model)
        names.check_alias(alias)
        self._require_model(model)
        key = names.alias_key(model, alias)
        if not self.store.exists(key):
            raise NotFound(f"model {model!r} has no alias {alias!r}", reason="ALIAS_NOT_FOUND",
                           metadata={"model": model, "alias": alias})
        self.store.delete(key)

    def resolve(self, ref: str) -> VersionInfo:
        """"name" (alias latest), "name@3", "name:production" or "models/name/versions/3"
        to a version. NotFound for an unknown model, version or alias; InvalidArgument
        for a malformed reference."""
        r = names.parse_ref(ref)
        if r.version:
            return self.get_version(r.model, r.version)
        self._require_model(r.model)
        if r.alias == LATEST:
            versions = self._visible_versions(r.model)
            if not versions:
                raise NotFound(f"model {r.model!r} has no versions yet", reason="VERSION_NOT_FOUND",
                               metadata={"model": r.model})
            return self.get_version(r.model, versions[-1])
        try:
            target = int(self._get_json(names.alias_key(r.model, r.alias))["version"])
        except NotFound:
            raise NotFound(f"model {r.model!r} has no alias {r.alias!r}", reason="ALIAS_NOT_FOUND",
                           metadata={"model": r.model, "alias": r.alias}) from None
        return self.get_version(r.model, target)

    # --- publishing ----------------------------------------------------------------

    def _claim(self, model: str) -> tuple[int, str]:
        """Claims the next free version number: create-if-absent on its claim object,
        moving on to the next number when another publisher got there first."""
        states = self._version_states(model)
        n = max(states, default=0) + 1
        token = uuid.uuid4().hex
        while True:
            try:
                self._put_json(names.claim_key(model, n), {"publisher": token, "claim_time": now_iso()}, create=True)
                return n, token
            except AlreadyExists:
                n += 1

    def publish(self, model: str, src_dir: Path, *, method: str, base_model: str = "", architecture: str = "",
                clean_dataset: str = "", clean_dataset_sha256: str = "", hyperparameters: dict | None = None,
                metrics: dict | None = None, training_data: list | None = None, loss_history: list | None = None,
                training_job: str = "", users: list[dict] | None = None, aliases: Sequence[str] = (LATEST,),
                tags: Sequence[str] = (), progress: Progress | None = None) -> VersionInfo:
        """Publishes every file of ``src_dir`` as the next version of ``model``.

        Safetensors only (pickle files are refused, custom code is refused). Uploads the
        files, renders the model card README.md and loss plot, then writes the manifest
        that makes the version visible, then moves ``aliases`` ("latest" needs no move).
        ``progress(done_bytes, total_bytes)`` is called as bytes go up.
        """
        from botfarm.registry import card

        model = names.check_model(model)
        if method not in METHODS:
            raise InvalidArgument(f"invalid method {method!r}: one of {', '.join(METHODS)}",
                                  reason="INVALID_METHOD", metadata={"method": str(method)})
        if (method == "base") != model.startswith("base/"):
            raise InvalidArgument(f"method {method!r} for {model!r}: base models, and only they, live under "
                                  "'base/' with method 'base'", reason="INVALID_METHOD",
                                  metadata={"model": model, "method": method})
        for a in aliases:
            names.check_alias(a)
        try:  # refuse what cannot go into the manifest before anything is uploaded
            json.dumps([hyperparameters, metrics, training_data, loss_history, users])
        except (TypeError, ValueError) as e:
            raise InvalidArgument(f"version metadata is not JSON-serialisable: {e}",
                                  reason="INVALID_METADATA") from None
        src_dir = Path(src_dir)
        files, config = check_folder(src_dir, method)
        files = [(p, f) for p, f in files if p not in (CARD_FILE, PLOT_FILE)]

        pinned_base = ""
        if base_model:
            base = self.resolve(base_model)
            if method == "lora" and base.method == "lora":
                # Only the outer adapter would be applied (on the inner one's base): wrong output.
                raise InvalidArgument(f"base_model {base.ref} is itself a LoRA adapter; a LoRA needs a base or "
                                      "full model", reason="BAD_BASE_MODEL", metadata={"base_model": base.ref})
            pinned_base = base.ref
            architecture = architecture or base.architecture
        elif method == "lora":
            raise InvalidArgument("a LoRA version needs base_model", reason="BASE_MODEL_REQUIRED")
        if not architecture:
            architecture = (config.get("architectures") or [""])[0]

        training_data = [_clean_training_row(t) for t in training_data or []]
        if users is None:
            users = [t["user"] for t in training_data]
        self._ensure_model(model, users, tags)
        n, token = self._claim(model)

        total = sum(f.stat().st_size for _, f in files)
        done = 0

        def advance(k: int) -> None:
            nonlocal done
            done += k
            if progress:
                progress(done, total)

        entries = []
        for path, local in files:
            key = names.file_key(model, n, path)
            with open(local, "rb") as f:
                size = os.fstat(f.fileno()).st_size
                reader = _HashingReader(f, advance)
                self.store.put(key, reader, length=size)
            if reader.size != size:
                raise FailedPrecondition(f"{local} changed size while it was uploaded", reason="FILE_CHANGED",
                                         metadata={"path": path})
            entries.append(FileEntry(path=path, key=key, size=size, sha256=reader.sha256.hexdigest()))

        version = VersionInfo(
            model=model, version=n, method=method, base_model=pinned_base, architecture=architecture,
            files=tuple(entries), clean_dataset=clean_dataset, clean_dataset_sha256=clean_dataset_sha256,
            hyperparameters=dict(hyperparameters or {}), metrics=dict(metrics or {}),
            training_data=training_data, loss_history=list(loss_history or []), training_job=training_job,
            create_time=now_iso())
        extra = []
        png = card.loss_plot_png(version.loss_history)
        if png:
            extra.append((PLOT_FILE, png))
        users_for_card = users or [t["user"] for t in training_data]
        extra.append((CARD_FILE, card.render_card(version, users_for_card, has_plot=bool(png)).encode()))
        for path, data in extra:
            key = names.file_key(model, n, path)
            sha = hashlib.sha256(data).hexdigest()
            self.store.put(key, data, length=len(data), metadata={"sha256": sha})
            entries.append(FileEntry(path=path, key=key, size=len(data), sha256=sha))
        version = replace(version, files=tuple(entries))

        self._write_manifest(version, token)
        for a in aliases:
            if a != LATEST:
                self.set_alias(model, a, n)
        return version

    def _write_manifest(self, version: VersionInfo, token: str) -> None:
        """The single step that makes a version visible."""
        model, n = version.model, version.version
        # A publisher slower than gc's grace period may have had its files collected.
        if self._get_json(names.claim_key(model, n)).get("publisher") != token:
            raise FailedPrecondition(f"version {n} of {model!r} was garbage-collected while publishing "
                                     "(slower than the gc grace period); publish again",
                                     reason="CLAIM_LOST", metadata={"model": model, "version": str(n)})
        self._put_json(names.manifest_key(model, n), version.to_json(), create=True)

    # --- model card ----------------------------------------------------------------

    def get_card(self, ref: str) -> tuple[str, VersionInfo]:
        """The card's Markdown and its version."""
        version = self.resolve(ref)
        entry = version.file(CARD_FILE)
        data = self.store.get_bytes(entry.key)
        if hashlib.sha256(data).hexdigest() != entry.sha256:
            raise DataLoss(f"model card of {version.name} is corrupt", metadata={"key": entry.key})
        return data.decode(), version

    # --- downloads -----------------------------------------------------------------

    def _fetch_blob(self, entry: FileEntry, progress: Callable[[int], None] | None) -> Path:
        """The file's bytes in the local content-addressed cache, verified once on the way in."""
        blob = self.cache_dir / "blobs" / entry.sha256[:2] / entry.sha256
        if blob.is_file() and blob.stat().st_size == entry.size:
            if progress:
                progress(entry.size)
            return blob
        blob.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=blob.parent, prefix=".part-")
        h = hashlib.sha256()
        try:
            with os.fdopen(fd, "wb") as out:
                for chunk in self.store.iter_chunks(entry.key):
                    h.update(chunk)
                    out.write(chunk)
                    if progress:
                        progress(len(chunk))
            if h.hexdigest() != entry.sha256:
                raise DataLoss(
                    f"file {entry.path!r} ({entry.key}) is corrupt: sha256 {h.hexdigest()} but "
                    f"{entry.sha256} was recorded; it was not served",
                    metadata={"key": entry.key, "expected_sha256": entry.sha256, "actual_sha256": h.hexdigest()})
            os.replace(tmp, blob)
        except BaseException:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tmp)
            raise
        return blob

    def download(self, version: VersionInfo, dest: Path | None = None,
                 progress: Progress | None = None) -> Path:
        """A local folder with every file of ``version``, each sha256-verified.

        Without ``dest`` the folder is in the cache (``{cache_dir}/versions/{model}/{n}``)
        and is reused. A corrupt file raises DataLoss and nothing corrupt is left behind.
        """
        total = sum(f.size for f in version.files)
        done = 0

        def advance(k: int) -> None:
            nonlocal done
            done += k
            if progress:
                progress(done, total)

        if dest is None:
            with self._locks_guard:
                lock = self._locks.setdefault((version.model, version.version), threading.Lock())
            with lock:
                dest = self.cache_dir / "versions" / version.model / str(version.version)
                marker = dest / ".botfarm-complete"
                if marker.is_file() and marker.read_text() == self._digest(version):
                    return dest
                return self._assemble(version, dest, advance, cached=True)
        return self._assemble(version, Path(dest), advance, cached=False)

    def _assemble(self, version: VersionInfo, dest: Path, advance: Callable[[int], None], *, cached: bool) -> Path:
        """Fetches every file (verified) into a staging folder beside ``dest``, then moves
        them into ``dest``: a reader never sees a half-written file there. The cache's
        own folders hard-link the blobs; a caller's folder gets copies, so editing a file
        there cannot corrupt the cache."""
        staging = Path(tempfile.mkdtemp(dir=self._mkdir(dest.parent), prefix=f".{dest.name}.part-"))
        try:
            for entry in version.files:
                blob = self._fetch_blob(entry, advance)
                target = staging / entry.path
                target.parent.mkdir(parents=True, exist_ok=True)
                try:
                    if not cached:
                        raise OSError("copy")
                    os.link(blob, target)
                except OSError:
                    shutil.copyfile(blob, target)
            self._mkdir(dest)
            marker = dest / ".botfarm-complete"
            marker.unlink(missing_ok=True)
            for staged in staging.iterdir():
                target = dest / staged.name
                if target.is_dir() and not target.is_symlink():
                    shutil.rmtree(target)
                os.replace(staged, target)
            if cached:  # last, so another process never trusts a half-moved folder
                marker.write_text(self._digest(version))
        finally:
            shutil.rmtree(staging, ignore_errors=True)
        return dest

    @staticmethod
    def _mkdir(p: Path) -> Path:
        p.mkdir(parents=True, exist_ok=True)
        return p

    @staticmethod
    def _digest(version: VersionInfo) -> str:
        return hashlib.sha256("".join(f"{f.path}\0{f.sha256}\n" for f in version.files).encode()).hexdigest()

    # --- garbage collection --------------------------------------------------------

    def gc(self, grace_seconds: float = 3600.0, *, now: dt.datetime | None = None,
           dry_run: bool = False) -> list[str]:
        """Removes what dead publishers and interrupted deletes left behind: files of
        versions with no manifest and models with no record, once every object of theirs
        is older than ``grace_seconds`` (so a publisher still uploading is never touched).
        Returns the keys removed (or that would be, with ``dry_run``)."""
        now = now or dt.datetime.now(dt.UTC)
        cutoff = now - dt.timedelta(seconds=grace_seconds)
        groups: dict[tuple[str, int], list] = {}
        model_records = set()
        for info in self.store.list(names.ROOT):
            rest = info.key[len(names.ROOT):]
            if rest.endswith("/model.json"):
                model_records.add(rest[: -len("/model.json")])
                groups.setdefault((rest[: -len("/model.json")], 0), []).append(info)
                continue
            model, sep, tail = rest.partition("/versions/")
            if sep:
                digits = tail.split("/", 1)[0]
                groups.setdefault((model, int(digits) if digits.isdigit() else -1), []).append(info)
            else:
                model = rest.rsplit("/aliases/", 1)[0] if "/aliases/" in rest else rest.rsplit("/", 1)[0]
                groups.setdefault((model, 0), []).append(info)

        def old(objs) -> bool:
            return all(o.last_modified is None or o.last_modified <= cutoff for o in objs)

        removed: list[str] = []

        def drop(keys: list[str]) -> None:
            removed.extend(keys)
            if not dry_run:
                for k in keys:
                    self.store.delete(k)

        for model in sorted({m for m, _ in groups} - model_records):
            # A model whose record is gone: an interrupted delete_model.
            objs = [o for (m, _), group in groups.items() if m == model for o in group]
            if old(objs):
                drop(sorted(o.key for o in objs))
        for (model, num), objs in sorted(groups.items()):
            if model not in model_records or num <= 0 or not old(objs):
                continue
            keys = {o.key for o in objs}
            claim = names.claim_key(model, num)
            doomed = sorted(k for k in keys if k != claim)
            if names.manifest_key(model, num) in keys or not doomed:
                continue
            drop(doomed)
            if not dry_run:
                # Keep the claim as a tombstone so the number is never reused.
                self._put_json(claim, {"deleted": True, "delete_time": now_iso(), "by": "gc"})
        return sorted(removed)

    def iter_all_versions(self) -> Iterator[VersionInfo]:
        for m in self._model_names():
            for n in self._visible_versions(m):
                with contextlib.suppress(NotFound):
                    yield self.get_version(m, n)

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

{model} is "mcintweet" for a bot and "base/{id}" for a base model. This module reads
and edits what is published; publishing itself is ``publishing``, the local download
cache ``cache``, garbage collection ``gc``, pushes over gRPC ``uploads``.

Listings cost what a page holds, not what the store holds: models are listed with a
"/" delimiter (one entry per model, whatever it stores) from the page token's model on,
and a model's versions with one entry per version number; only the models and
versions on the page are read.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
from collections.abc import Generator, Iterator, Sequence
from pathlib import Path
from typing import Any

from botfarm.core import pagination
from botfarm.core.errors import AlreadyExists, DataLoss, FailedPrecondition, InvalidArgument, NotFound
from botfarm.core.store import ObjectStore
from botfarm.core.timestamps import now_iso
from botfarm.registry import names
from botfarm.registry.cache import DownloadCache, default_cache_dir
from botfarm.registry.names import LATEST
from botfarm.registry.records import (  # noqa: F401 - re-exported: the registry's public types
    CARD_FILE,
    METHODS,
    PLOT_FILE,
    FileEntry,
    ModelInfo,
    Progress,
    VersionInfo,
    clean_user,
    sha256_file,
    version_number,
)

#: Where base models live; listed as one more level below ROOT.
BASE_ROOT = f"{names.ROOT}base/"
#: Page-token listings of ``list_models`` by kind: "" every model, "bot", "base".
MODEL_LISTINGS = {"": "models", "bot": "bots", "base": "baseModels"}


class Registry:
    """Registry logic over an ObjectStore. Thread-safe and multi-process-safe: every
    decision that could race is a create-if-absent in the store."""

    def __init__(self, store: ObjectStore, cache_dir: Path | None = None):
        self.store = store
        self.cache_dir = Path(cache_dir) if cache_dir else default_cache_dir()
        self.cache = DownloadCache(self.cache_dir, lambda _version, entry, path, progress: self.store.get_file(
            entry.key, path, sha256=entry.sha256, progress=progress))

    # --- small store helpers (also used by publishing, gc and uploads) -------------

    def get_json(self, key: str) -> dict:
        return json.loads(self.store.get_bytes(key))

    def put_json(self, key: str, obj: dict, *, create: bool = False) -> None:
        data = json.dumps(obj, indent=1, sort_keys=True).encode()
        if create:
            self.store.create_if_absent(key, data, length=len(data))
        else:
            self.store.put(key, data, length=len(data))

    def version_numbers(self, model: str) -> list[int]:
        """Every claimed number of ``model`` (visible, in progress or deleted), ascending,
        from one listing entry per number."""
        prefix = names.versions_prefix(model)
        out = []
        for info in self.store.list(prefix, delimiter="/"):
            with contextlib.suppress(ValueError):
                out.append(version_number(info.key[len(prefix):].rstrip("/")))
        return sorted(out)

    def latest_version(self, model: str) -> int:
        """The highest visible version (0 for none): numbers from the top down until a
        manifest exists."""
        for n in reversed(self.version_numbers(model)):
            if self.store.exists(names.manifest_key(model, n)):
                return n
        return 0

    def aliases(self, model: str) -> dict[str, int]:
        """The stored aliases (not "latest")."""
        prefix = f"{names.model_prefix(model)}aliases/"
        out = {}
        for info in self.store.list(prefix):
            alias = info.key[len(prefix):].removesuffix(".json")
            with contextlib.suppress(NotFound):
                out[alias] = int(self.get_json(info.key)["version"])
        return out

    def _require_model(self, model: str) -> dict:
        model = names.check_model(model)
        try:
            return self.get_json(names.model_key(model))
        except NotFound:
            raise NotFound(f"model {model!r} not found", reason="MODEL_NOT_FOUND",
                           metadata={"model": model}) from None

    # --- models --------------------------------------------------------------------

    def create_model(self, model: str, *, users: list[dict] | None = None, tags: Sequence[str] = (),
                     description: str = "") -> ModelInfo:
        """Creates an empty model; AlreadyExists if it exists."""
        model = names.check_model(model)
        record = {"users": [clean_user(u) for u in users or []], "tags": list(tags),
                  "description": description, "create_time": now_iso()}
        try:
            self.put_json(names.model_key(model), record, create=True)
        except AlreadyExists:
            raise AlreadyExists(f"model {model!r} already exists", reason="MODEL_EXISTS",
                                metadata={"model": model}) from None
        return self.get_model(model)

    def ensure_model(self, model: str, users: list[dict] | None, tags: Sequence[str]) -> None:
        """Creates the model record if missing, else adds new users and tags to it."""
        users = [clean_user(u) for u in users or []]
        try:
            self.put_json(names.model_key(model), {"users": users, "tags": list(tags), "description": "",
                                                   "create_time": now_iso()}, create=True)
            return
        except AlreadyExists:
            pass
        record = self.get_json(names.model_key(model))
        # A retrained bot may gain users or tags; last writer wins, which is harmless here.
        new_tags = list(dict.fromkeys([*record.get("tags", []), *tags]))
        if (users and users != record.get("users")) or new_tags != record.get("tags", []):
            record.update(users=users or record.get("users", []), tags=new_tags)
            self.put_json(names.model_key(model), record)

    def get_model(self, model: str) -> ModelInfo:
        model = names.check_model(model)
        record = self._require_model(model)
        latest = self.latest_version(model)
        aliases = self.aliases(model)
        if latest:
            aliases[LATEST] = latest
        return ModelInfo(model=model, users=record.get("users", []), tags=record.get("tags", []),
                         description=record.get("description", ""), aliases=aliases, latest_version=latest,
                         create_time=record.get("create_time", ""))

    def iter_model_names(self, after: str = "", kind: str = "") -> Generator[str, None, None]:
        """Model names in listing order (that of their keys, "models/{name}/") after
        ``after``, lazily: one store listing entry per model. ``kind`` "bot" skips the
        base models, "base" lists only them."""
        def bases(start: str) -> Iterator[str]:
            for e in self.store.list(BASE_ROOT, start_after=start, delimiter="/"):
                if e.is_prefix:
                    yield "base/" + e.key[len(BASE_ROOT):-1]

        def valid(seq: Iterator[str]) -> Iterator[str]:
            for name in seq:
                with contextlib.suppress(InvalidArgument):  # a stray folder, not a model
                    yield names.check_model(name)

        after_key = names.model_prefix(after) if after else ""
        if kind == "base":
            yield from valid(bases(after_key))
            return
        start = f"{names.ROOT}base" if after.startswith("base/") else after_key
        for e in self.store.list(names.ROOT, start_after=start, delimiter="/"):
            name = e.key[len(names.ROOT):-1]
            if not e.is_prefix:
                continue
            if name == "base":  # the base models' namespace, one level further down
                if kind != "bot":
                    yield from valid(bases(after_key if after.startswith("base/") else ""))
            elif names.model_prefix(name) > after_key:
                yield from valid(iter([name]))

    def list_models(self, page_size: int = 0, page_token: str = "", kind: str = "") -> tuple[list[ModelInfo], str]:
        """Models in listing order; returns (page, next_page_token). Reads the models on
        the page and one listing entry beyond it, whatever else the store holds."""
        if kind not in MODEL_LISTINGS:
            raise InvalidArgument(f"invalid model kind {kind!r}: '', 'bot' or 'base'", reason="INVALID_KIND")
        size = pagination.page_size(page_size)
        listing = MODEL_LISTINGS[kind]
        after = pagination.decode_token(listing, page_token, check=names.check_model)
        page: list[ModelInfo] = []
        names_iter = self.iter_model_names(after, kind)
        for name in names_iter:
            with contextlib.suppress(NotFound):  # deleted while listing, or a record-less folder for gc
                page.append(self.get_model(name))
            if len(page) == size:
                break
        more = next(names_iter, None) is not None
        names_iter.close()
        return page, pagination.encode_token(listing, page[-1].model) if more and page else ""

    def dependents(self, model: str, version: int = 0) -> list[str]:
        """Pinned references of the versions built on ``model`` (on its ``version`` only,
        when given). Reads every bot's manifests: meant for the rare delete of a base."""
        prefix = f"{model}@"
        out = []
        for info in self.store.list(names.ROOT):
            if not info.key.endswith("/manifest.json") or info.key.startswith(names.model_prefix(model)):
                continue
            with contextlib.suppress(NotFound, ValueError, TypeError):
                v = VersionInfo.from_json(self.get_json(info.key))
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
        found = self._manifest(model, version)
        if found is None:
            self._require_model(model)
            raise NotFound(f"version {version} of model {model!r} not found", reason="VERSION_NOT_FOUND",
                           metadata={"model": model, "version": str(version)})
        return found

    def _manifest(self, model: str, version: int) -> VersionInfo | None:
        """The version's manifest, None when there is none (never published, in
        progress, or deleted)."""
        key = names.manifest_key(model, version)
        try:
            return VersionInfo.from_json(self.get_json(key))
        except NotFound:
            return None
        except (ValueError, TypeError, KeyError) as e:
            raise DataLoss(f"manifest of {model}@{version} is unreadable ({e})", reason="MANIFEST_CORRUPT",
                           metadata={"key": key}) from None

    def list_versions(self, model: str, page_size: int = 0, page_token: str = "") -> tuple[list[VersionInfo], str]:
        """Versions newest first; returns (page, next_page_token). Lists one entry per
        version number of ``model`` and reads the manifests on the page."""
        model = names.check_model(model)
        self._require_model(model)
        size = pagination.page_size(page_size)
        listing = f"models/{model}/versions"
        after = pagination.decode_token(listing, page_token, check=version_number)
        todo = [n for n in reversed(self.version_numbers(model)) if not after or n < int(after)]
        page: list[VersionInfo] = []
        while todo and len(page) < size:
            found = self._manifest(model, todo.pop(0))  # None: in progress or deleted
            if found is not None:
                page.append(found)
        return page, pagination.encode_token(listing, str(page[-1].version)) if todo and page else ""

    def delete_version(self, model: str, version: int, *, force: bool = False) -> None:
        """Deletes one version. FailedPrecondition while an alias (other than "latest")
        points at it, or, unless ``force``, while bots build on it. Its number is never
        given out again."""
        info = self.get_version(model, version)
        if not force:
            self._refuse_if_used(info.model, version)
        pinned = sorted(a for a, v in self.aliases(info.model).items() if v == version)
        if pinned:
            raise FailedPrecondition(
                f"version {version} of {info.model!r} is pointed at by alias(es) {', '.join(pinned)}; "
                "move or delete them first", reason="VERSION_HAS_ALIASES",
                metadata={"model": info.model, "version": str(version), "aliases": ",".join(pinned)})
        self.store.delete(names.manifest_key(info.model, version))
        self.tombstone(info.model, version)

    def tombstone(self, model: str, version: int, by: str = "") -> int:
        """Removes a version's files, keeping its claim (marked deleted) so that the
        number stays taken; returns how many objects went."""
        n = 0
        for obj in list(self.store.list(names.version_prefix(model, version))):
            if obj.key != names.claim_key(model, version):
                self.store.delete(obj.key)
                n += 1
        record = {"deleted": True, "delete_time": now_iso(), **({"by": by} if by else {})}
        self.put_json(names.claim_key(model, version), record)
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
        self.put_json(names.alias_key(model, alias), {"version": int(version), "update_time": now_iso()})

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
            latest = self.latest_version(r.model)
            if not latest:
                raise NotFound(f"model {r.model!r} has no versions yet", reason="VERSION_NOT_FOUND",
                               metadata={"model": r.model})
            return self.get_version(r.model, latest)
        try:
            target = int(self.get_json(names.alias_key(r.model, r.alias))["version"])
        except NotFound:
            raise NotFound(f"model {r.model!r} has no alias {r.alias!r}", reason="ALIAS_NOT_FOUND",
                           metadata={"model": r.model, "alias": r.alias}) from None
        return self.get_version(r.model, target)

    # --- model card ----------------------------------------------------------------

    def get_card(self, ref: str) -> tuple[str, VersionInfo]:
        """The card's Markdown and its version."""
        version = self.resolve(ref)
        entry = version.file(CARD_FILE)
        data = self.store.get_bytes(entry.key)
        if hashlib.sha256(data).hexdigest() != entry.sha256:
            raise DataLoss(f"model card of {version.name} is corrupt", metadata={"key": entry.key})
        return data.decode(), version

    # --- publishing, downloads, gc: their own modules -------------------------------

    def publish(self, model: str, src_dir: Path, *, method: str, progress: Progress | None = None,
                **fields: Any) -> VersionInfo:
        """Publishes every file of ``src_dir`` as the next version of ``model``
        (``publishing.publish`` names the fields: base_model, training_data, metrics,
        loss_history, aliases, ...).

        Safetensors only (pickle files are refused, custom code is refused). Uploads the
        files, renders the model card README.md and loss plot, then writes the manifest
        that makes the version visible, then moves the aliases ("latest" needs no move).
        ``progress(done_bytes, total_bytes)`` is called as bytes go up.
        """
        from botfarm.registry import publishing
        from botfarm.registry.safety import check_folder

        publishing.check_request(model, method, fields.get("aliases", ()), [])
        files, config = check_folder(Path(src_dir), method)
        return publishing.publish(self, model, publishing.folder_sources(files), method=method, config=config,
                                  progress=progress, **fields)

    def download(self, version: VersionInfo, dest: Path | None = None, progress: Progress | None = None) -> Path:
        """A local folder with every file of ``version``, each sha256-verified (see
        ``cache.DownloadCache.download``)."""
        return self.cache.download(version, dest, progress)

    def gc(self, grace_seconds: float = 3600.0, *, now: dt.datetime | None = None,
           dry_run: bool = False) -> list[str]:
        """Removes what dead publishers, pushes and deletes left behind (see ``gc.collect``);
        returns the keys removed (or that would be, with ``dry_run``)."""
        from botfarm.registry.gc import collect

        return [r.key for r in collect(self, grace_seconds, now=now, dry_run=dry_run)]

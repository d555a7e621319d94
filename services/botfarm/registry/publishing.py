"""Publishing a version: claim a number, upload the files, render the card, write the
manifest (the one step that makes the version visible), move the aliases.

    version = publish(registry, "mcintweet", folder_sources(files), method="lora",
                      base_model="base/smollm2-135m-instruct", config=config)

Files come from a local folder (``Registry.publish``: training workers, operators
with a store) or from an upload session in the object store (``uploads.Uploads``:
``botfarm registry push`` through the service); both arrive here as ``Source``s.
Every decision that could race is a create-if-absent in the store, so publishers on
many machines never share a number. A publisher that fails cleans up after itself; one
that is killed leaves an invisible version that ``gc`` collects.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from botfarm.core.errors import AlreadyExists, DataLoss, FailedPrecondition, InvalidArgument
from botfarm.core.timestamps import now_iso
from botfarm.registry import names
from botfarm.registry.names import LATEST
from botfarm.registry.records import (
    CARD_FILE,
    METHODS,
    PLOT_FILE,
    FileEntry,
    Progress,
    VersionInfo,
    byte_counter,
    clean_training_row,
)
from botfarm.registry.safety import MAX_CONFIG_BYTES, Opener, file_opener, read_config

if TYPE_CHECKING:
    from botfarm.registry.core import Registry

#: The adapter file whose base_model_name_or_path the registry rewrites.
ADAPTER_CONFIG = "adapter_config.json"


@dataclass(frozen=True)
class Source:
    """One file to publish: its path in the version folder, its size, how to read it,
    and (when the sender declared one) the sha256 its bytes must have."""

    path: str
    size: int
    open: Opener
    sha256: str = ""


def folder_sources(files: Sequence[tuple[str, Path]]) -> list[Source]:
    return [Source(rel, p.stat().st_size, file_opener(p)) for rel, p in files]


@dataclass(frozen=True)
class Lineage:
    """What a version inherits from its base: the pinned reference and the facts that
    travel with its files (canonical id, license, where the weights come from)."""

    base_model: str = ""       # "base/smollm2-135m-instruct@1"
    architecture: str = ""
    base_model_id: str = ""    # "HuggingFaceTB/SmolLM2-135M-Instruct"
    license: str = ""
    base_note: str = ""


class _HashingReader:
    """A file object that hashes and counts what is read through it: the recorded
    sha256 is that of the bytes actually uploaded, even if the local file changes."""

    def __init__(self, f: BinaryIO, progress: Callable[[int], None]):
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


def check_request(model: str, method: str, aliases: Sequence[str], metadata: Sequence[object]) -> str:
    """Refuses what cannot be published before anything is uploaded; returns the model."""
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
    try:
        json.dumps(list(metadata))
    except (TypeError, ValueError) as e:
        raise InvalidArgument(f"version metadata is not JSON-serialisable: {e}", reason="INVALID_METADATA") from None
    return model


def pin_base(registry: Registry, method: str, base_model: str) -> Lineage:
    """The pinned base of a new version and what it inherits from it."""
    if not base_model:
        if method == "lora":
            raise InvalidArgument("a LoRA version needs base_model", reason="BASE_MODEL_REQUIRED")
        return Lineage()
    base = registry.resolve(base_model)
    if method == "lora" and base.method == "lora":
        # Only the outer adapter would be applied (on the inner one's base): wrong output.
        raise InvalidArgument(f"base_model {base.ref} is itself a LoRA adapter; a LoRA needs a base or "
                              "full model", reason="BAD_BASE_MODEL", metadata={"base_model": base.ref})
    return Lineage(base_model=base.ref, architecture=base.architecture, base_model_id=base.base_model_id,
                   license=base.license, base_note=base.base_note)


def portable_adapter_config(data: bytes, base_id: str) -> bytes:
    """The adapter config with ``base_model_name_or_path`` set to the base's id outside
    botfarm: a trainer writes the local folder it loaded the base from, which no other
    host (PEFT, vLLM, LoRAX) can resolve."""
    cfg = read_config(io.BytesIO(data), ADAPTER_CONFIG)
    cfg["base_model_name_or_path"] = base_id
    return (json.dumps(cfg, indent=2, sort_keys=True) + "\n").encode()


def claim(registry: Registry, model: str) -> tuple[int, str]:
    """Claims the next free version number: create-if-absent on its claim object,
    moving on to the next number when another publisher got there first."""
    n = max(registry.version_numbers(model), default=0) + 1
    token = uuid.uuid4().hex
    while True:
        try:
            registry.put_json(names.claim_key(model, n), {"publisher": token, "claim_time": now_iso()}, create=True)
            return n, token
        except AlreadyExists:
            n += 1


def write_manifest(registry: Registry, version: VersionInfo, token: str) -> None:
    """The single step that makes a version visible."""
    model, n = version.model, version.version
    # A publisher slower than gc's grace period may have had its files collected.
    if registry.get_json(names.claim_key(model, n)).get("publisher") != token:
        raise FailedPrecondition(f"version {n} of {model!r} was garbage-collected while publishing "
                                 "(slower than the gc grace period); publish again",
                                 reason="CLAIM_LOST", metadata={"model": model, "version": str(n)})
    registry.put_json(names.manifest_key(model, n), version.to_json(), create=True)


def _upload(registry: Registry, model: str, n: int, sources: Sequence[Source], portable_id: str,
            progress: Progress | None) -> list[FileEntry]:
    """Streams every source to ``versions/{n}/files/``, hashing on the way; a source
    whose bytes miss its declared sha256 is DataLoss."""
    advance = byte_counter(sum(s.size for s in sources), progress)
    entries = []
    for src in sources:
        key = names.file_key(model, n, src.path)
        with src.open() as f:
            reader = _HashingReader(f, advance)
            if src.path == ADAPTER_CONFIG and portable_id:
                data = portable_adapter_config(reader.read(MAX_CONFIG_BYTES + 1), portable_id)
                registry.store.put(key, data, length=len(data))
                stored = FileEntry(src.path, key, len(data), hashlib.sha256(data).hexdigest())
            else:
                registry.store.put(key, reader, length=src.size)
                stored = FileEntry(src.path, key, src.size, reader.sha256.hexdigest())
        if reader.size != src.size:
            raise FailedPrecondition(f"{src.path} changed size while it was uploaded", reason="FILE_CHANGED",
                                     metadata={"path": src.path})
        received = reader.sha256.hexdigest()
        if src.sha256 and received != src.sha256.lower():
            raise DataLoss(f"{src.path}: the bytes received hash to sha256 {received}, not the {src.sha256} "
                           "the sender declared; nothing was published", reason="CHECKSUM_MISMATCH",
                           metadata={"path": src.path, "expected_sha256": src.sha256, "actual_sha256": received})
        entries.append(stored)
    return entries


def _card_files(registry: Registry, version: VersionInfo, users: list[dict]) -> list[FileEntry]:
    """The card README.md and the loss plot beside it."""
    from botfarm.registry import card

    extra = []
    png = card.loss_plot_png(version.loss_history)
    if png:
        extra.append((PLOT_FILE, png))
    recipe = _sampling_defaults(registry, version)
    extra.append((CARD_FILE, card.render_card(version, users, has_plot=bool(png), recipe=recipe).encode()))
    entries = []
    for path, data in extra:
        key = names.file_key(version.model, version.version, path)
        sha = hashlib.sha256(data).hexdigest()
        registry.store.put(key, data, length=len(data), metadata={"sha256": sha})
        entries.append(FileEntry(path=path, key=key, size=len(data), sha256=sha))
    return entries


def _sampling_defaults(registry: Registry, version: VersionInfo) -> dict | None:
    """The version's generation defaults, when its generation_config.json sets them."""
    from botfarm.registry.genconfig import GENERATION_CONFIG, sampling_defaults

    entry = next((f for f in version.files if f.path == GENERATION_CONFIG), None)
    if entry is None or entry.size > MAX_CONFIG_BYTES:
        return None
    return sampling_defaults(registry.store.get_bytes(entry.key))


def publish(registry: Registry, model: str, sources: Sequence[Source], *, method: str, config: dict | None = None,
            base_model: str = "", architecture: str = "", clean_dataset: str = "", clean_dataset_sha256: str = "",
            hyperparameters: dict | None = None, metrics: dict | None = None, training_data: list | None = None,
            loss_history: list | None = None, training_job: str = "", users: list[dict] | None = None,
            aliases: Sequence[str] = (LATEST,), tags: Sequence[str] = (), base_model_id: str = "",
            license: str = "", base_note: str = "", upload: str = "", labels: Mapping[str, str] | None = None,
            progress: Progress | None = None) -> VersionInfo:
    """Publishes ``sources`` (already checked by ``safety``) as the next version of
    ``model``; ``config`` is their parsed config.json. ``base_model_id``, ``license``
    and ``base_note`` win over what the base passes on."""
    model = check_request(model, method, aliases, [hyperparameters, metrics, training_data, loss_history, users])
    labels = names.check_labels(labels)
    sources = [s for s in sources if s.path not in (CARD_FILE, PLOT_FILE)]
    lineage = pin_base(registry, method, base_model)
    architecture = architecture or lineage.architecture or ((config or {}).get("architectures") or [""])[0]
    base_model_id = base_model_id or lineage.base_model_id
    portable_id = (base_model_id or names.parse_ref(lineage.base_model).model) if method == "lora" else ""

    training_data = [clean_training_row(t) for t in training_data or []]
    if users is None:
        users = [t["user"] for t in training_data]
    registry.ensure_model(model, users, tags)
    n, token = claim(registry, model)
    try:
        entries = _upload(registry, model, n, sources, portable_id, progress)
        version = VersionInfo(
            model=model, version=n, method=method, base_model=lineage.base_model, architecture=architecture,
            files=tuple(entries), clean_dataset=clean_dataset, clean_dataset_sha256=clean_dataset_sha256,
            hyperparameters=dict(hyperparameters or {}), metrics=dict(metrics or {}),
            training_data=training_data, loss_history=list(loss_history or []), training_job=training_job,
            create_time=now_iso(), base_model_id=base_model_id, license=license or lineage.license,
            base_note=base_note or lineage.base_note, upload=upload, labels=labels)
        version = replace(version, files=(*entries, *_card_files(registry, version, users)))
        write_manifest(registry, version, token)
    except Exception as e:
        if not (isinstance(e, FailedPrecondition) and e.reason == "CLAIM_LOST"):
            # Nothing half-published stays behind; the claim stays as a tombstone.
            with contextlib.suppress(Exception):
                registry.tombstone(model, n)
        raise
    for a in aliases:
        if a != LATEST:
            registry.set_alias(model, a, n)
    return version

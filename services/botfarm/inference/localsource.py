"""A source of plain local folders (no registry): the benchmarks, and serving without
one. Same reference syntax as the registry.

    src = LocalModels()
    src.add("base", Path("smollm2"), method="base")
    src.add("bot0", Path("adapters/bot0"), method="lora", base_model="base@1")
    InferenceApp(src, ...)
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from botfarm.core.errors import FailedPrecondition, NotFound


@dataclass(frozen=True)
class LocalVersion:
    """A version served from a local folder (what ``LocalModels.resolve`` returns)."""

    model: str
    version: int
    method: str
    base_model: str
    path: Path

    @property
    def name(self) -> str:
        return f"models/{self.model}/versions/{self.version}"


class LocalModels:
    """A source of plain local folders with versions and aliases, for the benchmark
    and for serving without a registry. Same reference syntax as the registry."""

    def __init__(self):
        self._versions: dict[str, list[LocalVersion]] = {}
        self._aliases: dict[tuple[str, str], int] = {}

    def add(self, model: str, path: Path, method: str = "full", base_model: str = "") -> LocalVersion:
        versions = self._versions.setdefault(model, [])
        v = LocalVersion(model, len(versions) + 1, method, base_model, Path(path))
        versions.append(v)
        self._aliases[(model, "latest")] = v.version
        return v

    def set_alias(self, model: str, alias: str, version: int) -> None:
        if not 1 <= version <= len(self._versions.get(model, [])):
            raise FailedPrecondition(f"models/{model}/versions/{version} does not exist")
        self._aliases[(model, alias)] = version

    def resolve(self, ref: str) -> LocalVersion:
        model, version = ref, None
        if "@" in ref:
            model, n = ref.split("@", 1)
            version = int(n)
        elif ":" in ref:
            model, alias = ref.split(":", 1)
            version = self._aliases.get((model, alias))
            if version is None:
                raise NotFound(f"alias {alias!r} of model {model!r} not found")
        else:
            version = self._aliases.get((model, "latest"))
        versions = self._versions.get(model)
        if not versions:
            raise NotFound(f"model {model!r} not found", reason="MODEL_NOT_FOUND")
        if version is None or not 1 <= version <= len(versions):
            raise NotFound(f"version {version} of model {model!r} not found", reason="VERSION_NOT_FOUND")
        return versions[version - 1]

    def download(self, version: LocalVersion) -> Path:
        return version.path

    def list_models(self, page_size: int = 0, page_token: str = "") -> tuple[list[LocalModel], str]:
        """Models in name order, as the registry's ``list_models``."""
        from botfarm.core.pagination import paginate

        models = [LocalModel(name, len(v)) for name, v in sorted(self._versions.items())]
        return paginate(models, listing="models", page_size=page_size, page_token=page_token, key=lambda m: m.model)


@dataclass(frozen=True)
class LocalModel:
    model: str
    latest_version: int

"""Model names, version references and the object-store keys they map to.

A model id is 1-63 characters of lowercase letters, digits and "-", starting with a
letter ("mcintweet", "elonmusk-kanyewest"); base models live under "base/"
("base/smollm2-135m-instruct"). References name one version:

    "mcintweet"              the "latest" alias (the highest version)
    "mcintweet@3"            version 3
    "mcintweet:production"   the version the alias "production" points at
    "models/mcintweet/versions/3"   the resource name, same as "mcintweet@3"
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from botfarm.core.errors import InvalidArgument

_ID = r"[a-z][a-z0-9-]{0,62}"
_MODEL_RE = re.compile(rf"^(base/)?{_ID}$")
_ALIAS_RE = re.compile(rf"^{_ID}$")
_RESOURCE_RE = re.compile(rf"^models/((?:base/)?{_ID})(?:/versions/(\d+))?$")

#: The root of the registry in the object store.
ROOT = "models/"
#: The alias every model has: always the highest visible version, never stored, so two
#: racing publishers cannot leave it pointing backwards.
LATEST = "latest"


def check_model(model: str) -> str:
    """Returns ``model`` if it is a valid model id, else raises InvalidArgument."""
    if isinstance(model, str) and model.startswith("models/"):
        model = model[len("models/"):]
    if not isinstance(model, str) or not _MODEL_RE.fullmatch(model) or model == "base":
        raise InvalidArgument(
            f"invalid model name {model!r}: 1-63 lowercase letters, digits and '-', starting with a "
            "letter, optionally under 'base/'",
            reason="INVALID_MODEL_NAME", metadata={"name": str(model)})
    return model


def check_alias(alias: str) -> str:
    if not isinstance(alias, str) or not _ALIAS_RE.fullmatch(alias):
        raise InvalidArgument(
            f"invalid alias {alias!r}: 1-63 lowercase letters, digits and '-', starting with a letter",
            reason="INVALID_ALIAS", metadata={"alias": str(alias)})
    return alias


@dataclass(frozen=True)
class Ref:
    """A parsed reference: exactly one of ``version`` (> 0) and ``alias`` is set."""

    model: str
    version: int = 0
    alias: str = ""


def parse_ref(ref: str) -> Ref:
    """Parses "name", "name@3", "name:alias" or "models/name/versions/3"."""
    ref = (ref or "").strip()
    m = _RESOURCE_RE.match(ref)
    if m:
        return Ref(m.group(1), int(m.group(2))) if m.group(2) else Ref(m.group(1), alias=LATEST)
    if "@" in ref:
        model, _, num = ref.rpartition("@")
        # isascii: "²".isdigit() is true but int("²") fails.
        if not (num.isascii() and num.isdigit()) or int(num) < 1:
            raise InvalidArgument(f"invalid version in reference {ref!r}: a number >= 1",
                                  reason="INVALID_REFERENCE", metadata={"reference": ref})
        return Ref(check_model(model), int(num))
    if ":" in ref:
        model, _, alias = ref.rpartition(":")
        return Ref(check_model(model), alias=check_alias(alias))
    return Ref(check_model(ref), alias=LATEST)


def model_from_resource(name: str) -> str:
    """"models/mcintweet" (or plain "mcintweet") -> "mcintweet"."""
    return check_model(name)


def version_from_resource(name: str) -> tuple[str, int]:
    """"models/mcintweet/versions/3" -> ("mcintweet", 3)."""
    m = _RESOURCE_RE.match(name or "")
    if not m or not m.group(2) or int(m.group(2)) < 1:
        raise InvalidArgument(f"invalid version name {name!r}: want 'models/{{model}}/versions/{{n}}'",
                              reason="INVALID_VERSION_NAME", metadata={"name": str(name)})
    return m.group(1), int(m.group(2))


# --- object-store keys --------------------------------------------------------------

def model_prefix(model: str) -> str:
    return f"{ROOT}{model}/"


def model_key(model: str) -> str:
    return f"{ROOT}{model}/model.json"


def alias_key(model: str, alias: str) -> str:
    return f"{ROOT}{model}/aliases/{alias}.json"


def versions_prefix(model: str) -> str:
    return f"{ROOT}{model}/versions/"


def version_prefix(model: str, version: int) -> str:
    return f"{ROOT}{model}/versions/{version}/"


def claim_key(model: str, version: int) -> str:
    return f"{version_prefix(model, version)}claim.json"


def manifest_key(model: str, version: int) -> str:
    return f"{version_prefix(model, version)}manifest.json"


def file_key(model: str, version: int, path: str) -> str:
    return f"{version_prefix(model, version)}files/{path}"


_LABEL_KEY = re.compile(r"^[a-z0-9]([a-z0-9._/-]{0,61}[a-z0-9])?$")
MAX_LABELS = 32
MAX_LABEL_VALUE = 256


def check_labels(labels: Mapping[str, str] | None) -> dict[str, str]:
    """A version's (or a training job's) labels, checked: at most 32; keys 1-63 of
    [a-z0-9._/-] starting and ending with a letter or digit; values at most 256
    printable characters."""
    out = dict(labels or {})
    if len(out) > MAX_LABELS:
        raise InvalidArgument(f"{len(out)} labels: at most {MAX_LABELS}", reason="INVALID_LABEL")
    for key, value in out.items():
        if not isinstance(key, str) or not _LABEL_KEY.match(key):
            raise InvalidArgument(f"invalid label key {key!r}: 1-63 of a-z 0-9 . _ / -, starting and ending with "
                                  "a letter or digit", reason="INVALID_LABEL", metadata={"label": str(key)[:63]})
        if not isinstance(value, str) or len(value) > MAX_LABEL_VALUE or not value.isprintable():
            raise InvalidArgument(f"invalid value of label {key!r}: at most {MAX_LABEL_VALUE} printable characters",
                                  reason="INVALID_LABEL", metadata={"label": key})
    return out

"""Training data: the clean dataset's posts, packed end to end into full blocks.

huggingtweets padded every tweet to the longest one; we append the end-of-text token
to each post and cut the stream into blocks of exactly ``block_size`` tokens, so no
compute goes to padding and a model learns where a post ends.

The posts are shuffled (seeded by ``seed``) and packed once; every epoch visits those
same blocks, in an order of its own seeded by ``(seed, e)``, as the huggingtweets
recipe's blocks (``TextDataset``) were visited by its shuffling sampler. So a block's
tokens repeat every epoch, and the frozen layers' output over them can be kept from the
first (``lean.FrozenCache``: within its budget, by the process that computed it).

Block ``i`` of the run is a pure function of ``i``, and the blocks of a step (and of
each process's share of it, ``hparams.BatchPlan``) a pure function of the step number,
so a resumed worker needs only the step counter to continue with the very blocks it
would have seen, whatever the number of processes before and after.
"""

from __future__ import annotations

import gzip
import json
from dataclasses import dataclass, field

import torch

from botfarm.core.errors import InvalidArgument, NotFound
from botfarm.core.store import ObjectStore


@dataclass
class CleanDataset:
    name: str
    sha256: str
    train_key: str
    eval_key: str
    users: list = field(default_factory=list)


def _sha_of(name: str) -> str:
    sha = name[len("cleanDatasets/"):] if name.startswith("cleanDatasets/") else name
    if not sha or "/" in sha or not sha.isalnum():
        raise InvalidArgument(f"invalid clean dataset name {name!r}: want cleanDatasets/{{sha256}}",
                              reason="BAD_DATASET_NAME")
    return sha


def load_dataset(store: ObjectStore, name: str) -> CleanDataset:
    """The clean dataset's record; ``NotFound`` if it is not in the store."""
    sha = _sha_of(name)
    try:
        from botfarm.cleaning.datasets import load_clean_dataset
    except ImportError:  # the cleaning package's API; read its documented layout directly
        pass
    else:
        rec = load_clean_dataset(store, f"cleanDatasets/{sha}")
        return CleanDataset(name=f"cleanDatasets/{sha}", sha256=getattr(rec, "sha256", sha),
                            train_key=rec.train_key, eval_key=rec.eval_key, users=list(rec.users or []))
    prefix = f"datasets/clean/{sha}/"
    try:
        meta = json.loads(store.get_bytes(prefix + "dataset.json"))
    except NotFound:
        raise NotFound(f"clean dataset cleanDatasets/{sha} not found", reason="DATASET_NOT_FOUND",
                       metadata={"clean_dataset": f"cleanDatasets/{sha}"}) from None
    return CleanDataset(name=f"cleanDatasets/{sha}", sha256=sha, train_key=prefix + "train.jsonl.gz",
                        eval_key=prefix + "eval.jsonl.gz", users=list(meta.get("users") or []))


def read_texts(store: ObjectStore, key: str) -> list[str]:
    """Post texts of one split (gzip JSON lines ``{"user", "text"}``)."""
    try:
        from botfarm.cleaning.datasets import iter_texts

        return [t for t in iter_texts(store, key) if t]
    except ImportError:
        pass
    with store.open(key) as f, gzip.open(f, "rt", encoding="utf-8") as g:
        return [json.loads(line)["text"] for line in g if line.strip()]


def tokenize(tokenizer, texts: list[str]) -> list[list[int]]:
    """Token ids of each post followed by the end-of-text token."""
    eos = tokenizer.eos_token_id
    if eos is None:
        raise InvalidArgument("the base model's tokenizer has no end-of-text token", reason="NO_EOS_TOKEN")
    ids = tokenizer(texts, add_special_tokens=False)["input_ids"] if texts else []
    return [list(x) + [eos] for x in ids]


class PackedEpochs:
    """Blocks of ``block_size`` tokens, packed once, over ``epochs`` shuffled passes."""

    def __init__(self, posts: list[list[int]], block_size: int, epochs: int, seed: int):
        self.block_size, self.epochs, self.seed = block_size, epochs, seed
        self.tokens = sum(len(p) for p in posts)
        self.blocks_per_epoch = self.tokens // block_size
        order = torch.randperm(len(posts), generator=torch.Generator().manual_seed(seed)).tolist()
        n = self.blocks_per_epoch * block_size
        # The stream's tail short of a whole block is left out (every epoch the same posts).
        flat = torch.tensor([t for i in order for t in posts[i]][:n], dtype=torch.long)
        self.packed = flat.view(self.blocks_per_epoch, block_size)
        self._order: tuple[int, list[int]] | None = None

    def __len__(self) -> int:
        return self.blocks_per_epoch * self.epochs

    def _epoch(self, e: int) -> list[int]:
        """Epoch ``e``'s order of the packed blocks."""
        if self._order is None or self._order[0] != e:
            g = torch.Generator().manual_seed(self.seed * 1000 + e)
            self._order = (e, torch.randperm(self.blocks_per_epoch, generator=g).tolist())
        return self._order[1]

    def block(self, i: int) -> torch.Tensor:
        e, j = divmod(i, self.blocks_per_epoch)
        return self.packed[self._epoch(e)[j]]

    def blocks(self, start: int, n: int) -> torch.Tensor:
        """Blocks ``start`` .. ``start + n - 1`` as one ``(n, block_size)`` tensor."""
        return torch.stack([self.block(start + k) for k in range(n)])

    def batch(self, step: int, batch_size: int) -> torch.Tensor:
        return self.blocks(step * batch_size, batch_size)


def eval_blocks(posts: list[list[int]], block_size: int) -> torch.Tensor:
    """The held-out split packed in its stored order (no shuffle: same blocks before/after)."""
    flat = [t for p in posts for t in p]
    n = len(flat) // block_size
    if n == 0 and flat:  # a tiny eval split still gets one (short) block
        return torch.tensor(flat, dtype=torch.long).view(1, -1)
    return torch.tensor(flat[: n * block_size], dtype=torch.long).view(n, block_size)

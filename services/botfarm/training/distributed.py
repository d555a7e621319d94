"""torch.distributed for the training worker: which process this is, the few collectives
the worker needs, and the torchrun command lines the launchers start.

torchrun (``python -m torch.distributed.run``) starts one worker process per GPU (or per
requested CPU worker) and gives each RANK, WORLD_SIZE, LOCAL_RANK, MASTER_ADDR and
MASTER_PORT. The worker reads them once at start-up (:func:`from_env`, called by the
``train-worker`` entry point) and joins the group: NCCL on GPUs, gloo on CPUs. Without
those variables it is a single process and every collective here is a no-op, so one
process trains exactly as before, with no process group at all.

torchrun's own restarts stay off (``--max-restarts=0``): a dead process fails the whole
group, torchrun exits, and the job manager relaunches it from the last checkpoint, the
same path as a single worker that was killed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from botfarm.core.errors import InvalidArgument

#: The rendezvous port of a multi-node run (torchrun's default).
MASTER_PORT = 29500
#: How long a collective may wait for a peer. Rank 0 alone writes checkpoints and the
#: final version while the others wait at their next collective: this bounds that wait
#: with room for a slow upload, and a hung peer still ends the group eventually.
COLLECTIVE_TIMEOUT = dt.timedelta(minutes=30)


@dataclass(frozen=True)
class DistConfig:
    """This process's place in the group (torchrun's environment)."""

    rank: int = 0
    world_size: int = 1
    # The process's index on its machine: which GPU it drives.
    local_rank: int = 0

    @property
    def distributed(self) -> bool:
        return self.world_size > 1

    @property
    def is_main(self) -> bool:
        """Rank 0: the one process that reports, checkpoints and publishes."""
        return self.rank == 0


def from_env(environ: Mapping[str, str]) -> DistConfig:
    """The process's rank from torchrun's variables; a single process without them."""
    if "WORLD_SIZE" not in environ:
        return DistConfig()
    try:
        cfg = DistConfig(rank=int(environ.get("RANK", "0")), world_size=int(environ["WORLD_SIZE"]),
                         local_rank=int(environ.get("LOCAL_RANK", "0")))
    except ValueError:
        raise InvalidArgument("RANK, WORLD_SIZE and LOCAL_RANK must be integers (torchrun sets them)") from None
    if cfg.world_size < 1 or not 0 <= cfg.rank < cfg.world_size or cfg.local_rank < 0:
        raise InvalidArgument(f"bad torch.distributed environment: rank {cfg.rank} of {cfg.world_size}")
    return cfg


class PeerLost(Exception):  # noqa: N818 - a condition, not a bug: the worker exits "lost"
    """A collective failed: another process of the group died (killed, preempted, out of
    memory). Not this job's fault: the group ends and is relaunched from its checkpoint."""


class Group:
    """The collectives the worker uses, on the process group or, alone, as no-ops."""

    def __init__(self, cfg: DistConfig):
        self.cfg = cfg
        self._device = None

    def join(self, device) -> None:
        """Joins the process group: NCCL for a CUDA device, gloo for the CPU."""
        self._device = device
        if not self.cfg.distributed:
            return
        import torch.distributed as dist

        backend = "nccl" if device.type == "cuda" else "gloo"
        try:
            dist.init_process_group(backend, rank=self.cfg.rank, world_size=self.cfg.world_size,
                                    timeout=COLLECTIVE_TIMEOUT)
        except RuntimeError as e:
            raise PeerLost(f"cannot join the process group: {e}") from e

    def leave(self) -> None:
        if self.cfg.distributed:
            import torch.distributed as dist

            if dist.is_initialized():
                dist.destroy_process_group()

    def sum(self, values: Sequence[float]) -> list[float]:
        """Element-wise sums over every process (float64, so counts stay exact)."""
        if not self.cfg.distributed:
            return list(values)
        import torch
        import torch.distributed as dist

        t = torch.tensor(list(values), dtype=torch.float64, device=self._device)
        try:
            dist.all_reduce(t)
        except RuntimeError as e:
            raise PeerLost(f"a collective failed: {e}") from e
        return t.tolist()

    def wrap(self, model):
        """``model`` under DistributedDataParallel (gradients averaged over the group),
        or as it is alone."""
        if not self.cfg.distributed:
            return model
        from torch.nn.parallel import DistributedDataParallel

        cuda = self._device is not None and self._device.type == "cuda"
        # No buffers to keep in step (no batch norm), so none are broadcast each forward;
        # every process builds the same model from the same files and seed, and DDP's
        # initial broadcast from rank 0 makes sure of it.
        return DistributedDataParallel(model, device_ids=[self._device] if cuda else None,
                                       broadcast_buffers=False, gradient_as_bucket_view=True)


def torchrun(nproc_per_node: int, trainer: Sequence[str], *, launcher: Sequence[str] = ("torchrun",),
             nnodes: int = 1, node_rank: str = "", master_addr: str = "") -> list[str]:
    """The torchrun command that runs ``trainer`` (an executable and its arguments)
    ``nproc_per_node`` times on each of ``nnodes`` machines.

    One machine uses a standalone rendezvous on a free local port; several use the
    static rendezvous at ``master_addr`` (node 0), each told its ``node_rank``.
    """
    cmd = [*launcher]
    if nnodes == 1:
        cmd += ["--standalone", "--nnodes=1"]
    else:
        cmd += [f"--nnodes={nnodes}", f"--node-rank={node_rank}", f"--master-addr={master_addr}",
                f"--master-port={MASTER_PORT}"]
    # Restarts are the job manager's (from the checkpoint, counted in the job's attempts).
    return [*cmd, f"--nproc-per-node={nproc_per_node}", "--max-restarts=0", "--no-python", *trainer]

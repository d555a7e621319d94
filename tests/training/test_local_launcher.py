"""LocalLauncher bookkeeping of workers found again after a service restart."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from botfarm.training.jobs import Job
from botfarm.training.launchers.base import RUNNING
from botfarm.training.launchers.local import LocalLauncher


def test_adopted_worker_frees_its_slot_when_it_exits_without_another_poll(tmp_path):
    job = Job(id="20261122-000000-000000-abcdef12", model="bot", clean_dataset="cleanDatasets/x",
              base_model="base/b@1")
    # A stand-in "worker from before the restart": a process whose command line names the job.
    proc = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)", job.id])
    try:
        deadline = time.monotonic() + 10  # until the child has exec'd
        while job.id.encode() not in Path(f"/proc/{proc.pid}/cmdline").read_bytes() and time.monotonic() < deadline:
            time.sleep(0.01)
        job.launcher_state = {"pid": proc.pid}
        launcher = LocalLauncher(max_concurrent=1, log_dir=tmp_path)
        assert launcher.poll(job).phase == RUNNING
        assert launcher.capacity() == 0
    finally:
        proc.kill()
        proc.wait()
    # The manager finishes a job from its status.json (result "succeeded") without
    # polling its worker again: the slot must come back once the process is gone.
    assert launcher.capacity() == 1

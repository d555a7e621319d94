"""The worker against the S3 backend (a real moto_server process, tests/s3server.py),
configured only through BOTFARM_S3_* variables: how a Kubernetes Job's pod runs it."""

from __future__ import annotations

import subprocess
import sys

from botfarm.training.jobs import JobStore
from botfarm.training.manager import JobManager
from trainhelpers import FAST_HP, publish_base, worker_env, write_clean_dataset


def test_worker_trains_from_s3_with_env_settings(s3_server, s3_store, tiny_gpt2):
    base = publish_base(s3_store, tiny_gpt2)
    dataset = write_clean_dataset(s3_store)
    job = JobManager(s3_store, {"local": None}).create(model="s3bot", clean_dataset=dataset, base_model=base,
                                                       hyperparameters={**FAST_HP, "max_steps": 12})
    env = {**worker_env(), "BOTFARM_S3_ENDPOINT": s3_server.endpoint, "BOTFARM_S3_BUCKET": s3_store.bucket,
           "BOTFARM_S3_ACCESS_KEY": s3_server.access_key, "BOTFARM_S3_SECRET_KEY": s3_server.secret_key,
           "BOTFARM_S3_SECURE": "false"}
    proc = subprocess.run([sys.executable, "-m", "botfarm.cli", "train-worker", "--job", job.id], env=env,
                          capture_output=True, text=True, timeout=240)
    assert proc.returncode == 0, proc.stderr[-2000:]
    status = JobStore(s3_store).load_status(job.id)
    assert status["result"] == "succeeded" and status["model_version"] == "models/s3bot/versions/1"
    assert status["progress"]["step"] == 12
    from botfarm.registry.core import Registry

    v = Registry(s3_store).resolve("s3bot")
    assert v.training_job == job.id and v.method == "lora"

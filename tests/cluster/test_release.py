"""The Helm release, proven: `helm template` rendered, every workload run by the FAKE
kubelet, the pipeline driven with the CLI a user has, and faults injected mid-training.

The base model is a tiny random GPT-2 (tests/tinymodels.py), not SmolLM2, so that
training, its checkpoints and three worker pods fit in a few seconds each.
"""

from __future__ import annotations

import json

import pytest
from botfarm.training.hparams import Hyperparameters
from clusterconf import record
from clusteruser import Operator, grpc_serving, wait_until
from helmrelease import Release

ARCHIVE = "samples/x-archive-botfarm-demo"
#: `bot create` cannot set the checkpoint interval: the worker's default (50 steps) makes
#: one checkpoint in a run of 10 more steps; the sample archive has enough posts for that.
CHECKPOINT_STEP = Hyperparameters().checkpoint_every_steps
MAX_STEPS = CHECKPOINT_STEP + 10


@pytest.fixture
def tiny_base(tiny_gpt2):
    return tiny_gpt2


def _job(rel, job_id: str = "") -> tuple[str, dict]:
    """The one Kubernetes Job of a training job (of the only one when no id is given)."""
    jobs = [n for n, j in rel.api.jobs.items() if job_id in j["metadata"]["labels"]["botfarm.dev/training-job"]]
    assert len(jobs) == 1, f"one training Job expected for {job_id!r}: {list(rel.api.jobs)}"
    return jobs[0], rel.api.jobs[jobs[0]]


def _pods(rel, job_name: str) -> list[dict]:
    pods = [p for p in rel.api.pods.values() if p["metadata"]["labels"].get("batch.kubernetes.io/job-name") == job_name]
    return sorted(pods, key=lambda p: p["metadata"]["creationTimestamp"] + p["metadata"]["resourceVersion"].zfill(9))


def _lists_since(rel, n: int) -> int:
    return sum(1 for m, path, q, _ in rel.api.requests[n:] if m == "GET" and path.endswith("/jobs")
               and q.get("watch") not in ("true", "1"))


def _job_posts(rel, job_name: str) -> int:
    return sum(1 for m, path, _, body in rel.api.requests
               if m == "POST" and path.endswith("/jobs") and body["metadata"]["name"] == job_name)


def _held(rel, n: int, create) -> dict:
    def held():
        if create.poll() is not None:
            raise AssertionError(f"bot create ended early ({create.returncode}):\n{create.stderr.read()[-4000:]}")
        s = rel.gate()
        return s["waiting"] >= 1 and s["held"] >= n and s
    return wait_until(held, 240, f"a worker held at the store gate (#{n})")


def _install(rel) -> list[str]:
    rel.install()
    out = rel.helm_test()
    assert len(out) == 5 and all(line.endswith("SERVING") for line in out), out
    return out


def _import_base(user: Operator, tiny_base) -> str:
    # Through the registry Service (an upload session): no store credentials needed.
    out = user.run("registry", "import-base", str(tiny_base), "--name", "base/tiny-gpt2")
    assert "base/tiny-gpt2" in out
    return "base/tiny-gpt2"


def _get(training, name: str):
    from botfarm.training.v1 import training_service_pb2 as tr_pb

    return training.GetTrainingJob(tr_pb.GetTrainingJobRequest(name=name), timeout=30).training_job


def _faults(rel, create, training) -> list[str]:
    """While the first worker is held right after its checkpoint: the API server goes
    away (a job created meanwhile waits; the worker is killed meanwhile), the controller
    restarts, the second worker is evicted. Returns the faults survived."""
    from botfarm.common.v1 import common_pb2
    from botfarm.training.v1 import training_service_pb2 as tr_pb

    terminal = (tr_pb.TrainingJob.STATE_SUCCEEDED, tr_pb.TrainingJob.STATE_FAILED, tr_pb.TrainingJob.STATE_CANCELLED)

    _held(rel, 1, create)
    job_name, _ = _job(rel)
    pod1 = rel.jobs.running_pod(job_name)
    tj = training.ListTrainingJobs(tr_pb.ListTrainingJobsRequest(), timeout=30).training_jobs[0]

    # 1. The API server unreachable: the controller keeps serving and answers from the store.
    rel.api.down()
    assert grpc_serving(rel.address("training"))
    got = training.GetTrainingJob(tr_pb.GetTrainingJobRequest(name=tj.name), timeout=30).training_job
    assert got.state == tr_pb.TrainingJob.STATE_RUNNING and got.attempts == 1
    assert [j.name for j in training.ListTrainingJobs(tr_pb.ListTrainingJobsRequest(), timeout=30).training_jobs] \
        == [tj.name]
    # A job created meanwhile waits, saying why; the controller starts it once the API is back.
    late = training.CreateTrainingJob(tr_pb.CreateTrainingJobRequest(training_job=tr_pb.TrainingJob(
        model="latebot", clean_dataset=tj.clean_dataset, base_model=tj.base_model,
        hyperparameters=common_pb2.Hyperparameters(max_steps=2))), timeout=30).training_job
    waiting = wait_until(lambda: (j := _get(training, late.name)).error_message and j, 60, "the late job's reason")
    assert waiting.state == tr_pb.TrainingJob.STATE_QUEUED and "cannot start the worker yet" in waiting.error_message
    # 2. Meanwhile the worker dies by SIGKILL (OOM killer, a crash): the Job makes a new pod.
    rel.job_pods[pod1].kill()
    _held(rel, 2, create)
    seen = len(rel.api.requests)
    rel.api.up()
    wait_until(lambda: _lists_since(rel, seen), 120, "the controller to relist Jobs after the outage")
    assert rel.api.jobs[job_name]["status"]["failed"] == 1
    done = wait_until(lambda: (j := _get(training, late.name)).state in terminal and j, 240, "the late job to end")
    assert done.state == tr_pb.TrainingJob.STATE_SUCCEEDED and done.model_version == "models/latebot/versions/1"

    # 3. The controller's pod is deleted and recreated: it adopts the running Job.
    seen = len(rel.api.requests)
    rel.restart("training")
    again = training.GetTrainingJob(tr_pb.GetTrainingJobRequest(name=tj.name), timeout=30).training_job
    assert again.state == tr_pb.TrainingJob.STATE_RUNNING and again.attempts == 1
    wait_until(lambda: _lists_since(rel, seen), 120, "the new controller to list the Jobs it adopts")

    # 4. The second worker is evicted (kubectl drain): not counted against backoffLimit.
    pod2 = rel.jobs.running_pod(job_name)
    assert pod2 and pod2 != pod1
    rel.evict(pod2)
    state = _held(rel, 3, create)
    # Requests 1 and 2 belong to the two dead pods: dropped; the third pod's goes on.
    rel.gate(release=True, drop_below=state["held"])
    assert _job_posts(rel, job_name) == 1, "the controller created a second Job for the same attempt"
    return ["worker SIGKILL", "API server down", "controller restart", "eviction"]


def test_cpu_dev_release_end_to_end_with_faults(tmp_path, tiny_base):
    from botfarm.core.s3store import S3Store
    from botfarm.training.v1 import training_service_pb2 as tr_pb

    with Release(tmp_path / "cluster", "cpu-dev-values.yaml") as rel:
        _install(rel)
        user = Operator(rel, tmp_path / "home")
        base = _import_base(user, tiny_base)
        rel.gate(arm=True)
        create = user.popen("bot", "create", "tinybot", "--archive", str(rel_path(ARCHIVE)), "--base", base,
                            "--max-steps", str(MAX_STEPS), "-n", "2")
        training = user.stub("training")
        try:
            faults = _faults(rel, create, training)
            out, err = create.communicate(timeout=300)
        finally:
            if create.poll() is None:
                create.kill()
        assert create.returncode == 0, f"bot create failed:\n{err[-4000:]}"
        assert "Bot tinybot version 1" in out and "\n1. " in out and "\n2. " in out, out

        # The Job: one pod killed (counted), one evicted (ignored), one that finished.
        tj = next(j for j in training.ListTrainingJobs(tr_pb.ListTrainingJobsRequest(), timeout=30).training_jobs
                  if j.model == "tinybot")
        job_name, job = _job(rel, tj.name.split("/")[-1])
        wait_until(lambda: any(c["type"] == "Complete" for c in rel.api.jobs[job_name]["status"].get("conditions", [])),
                   60, "the Job's Complete condition")
        job = rel.api.jobs[job_name]
        assert job["status"]["failed"] == 1 and job["status"]["succeeded"] == 1
        assert [c["type"] for c in job["status"]["conditions"]] == ["SuccessCriteriaMet", "Complete"]
        pods = _pods(rel, job_name)
        codes = [p["status"]["containerStatuses"][0]["state"]["terminated"]["exitCode"] for p in pods]
        assert codes == [137, 143, 0], codes
        assert any(c["type"] == "DisruptionTarget" for c in pods[1]["status"]["conditions"])

        # The training job: one attempt, resumed from the checkpoint, a model version.
        tj = _get(training, tj.name)
        assert tj.state == tr_pb.TrainingJob.STATE_SUCCEEDED and tj.attempts == 1, tj
        assert tj.model_version == "models/tinybot/versions/1"
        s3 = user.store_env()
        store = S3Store("botfarm", s3["BOTFARM_S3_ENDPOINT"], s3["BOTFARM_S3_ACCESS_KEY"],
                        s3["BOTFARM_S3_SECRET_KEY"], secure=False)
        status = json.loads(store.get_bytes(f"training/jobs/{tj.name.split('/')[-1]}/status.json"))
        assert f"resumed from checkpoint at step {CHECKPOINT_STEP}" in status["phases"], status["phases"]
        assert status["progress"]["step"] == MAX_STEPS

        _serve_and_export(rel, user, tmp_path)
        assert not rel.api.denied, f"RBAC refused the controller: {rel.api.denied}"
        record(rel, bot="tinybot", job=job_name, faults=faults)
    _clean_shutdown(rel)


def _serve_and_export(rel, user: Operator, tmp_path) -> None:
    from text_generation import Client

    # The TGI client against the inference Service's HTTP port, as a user would.
    client = Client(f"http://{rel.address('inference', 'http')}/bots/tinybot",
                    headers={"Authorization": f"Bearer {user.token}"}, timeout=120)
    resp = client.generate("My dream is", max_new_tokens=8, do_sample=True, seed=1)
    assert resp.details.generated_tokens >= 1
    out = user.run("generate", "tinybot", "My dream is", "-n", "2", "--max-new-tokens", "8", "--seed", "3")
    assert len([line for line in out.splitlines() if line.strip()]) >= 2, out
    # A user's export: streamed by the registry Service, checked by sha256; no store access.
    user.run("registry", "export", "tinybot@1", "--output", str(tmp_path / "export"))
    files = {p.name for p in (tmp_path / "export").rglob("*")}
    assert "model.safetensors" in files and "config.json" in files, files


def _routing_and_picker_metrics(pods) -> None:
    """What gateways route on, seen on each inference replica's metrics port: the
    x-botfarm-bot header of every CLI call (bot create's samples and the two generate
    calls) came through the Service, and the vLLM names an endpoint picker reads
    (inference.vllmMetrics in gpu-values.yaml) are exported, the bot's adapter listed."""
    import urllib.request

    from prometheus_client.parser import text_string_to_metric_families

    routed, loaded = 0.0, []
    for pod in pods:
        with urllib.request.urlopen(f"http://127.0.0.1:{pod.named_ports['metrics']}/metrics", timeout=30) as r:
            samples = [s for f in text_string_to_metric_families(r.read().decode()) for s in f.samples]
        routed += sum(s.value for s in samples if s.name == "botfarm_inference_routing_header_requests_total"
                      and s.labels == {"header": "present"})
        info = [s for s in samples if s.name == "vllm:lora_requests_info"]
        assert len(info) == 1 and info[0].labels["max_lora"] == "128", info
        assert {"vllm:num_requests_waiting", "vllm:kv_cache_usage_perc"} <= {s.name for s in samples}
        loaded += info[0].labels["running_lora_adapters"].split(",")
    assert routed >= 3 and "gpubot" in loaded, (routed, loaded)


def _clean_shutdown(rel) -> None:
    codes = rel.exit_codes
    # Each Deployment pod ends with 0 on SIGTERM; ingestion may have restarted while MinIO came up.
    for deploy, exits in codes.items():
        assert exits and exits[-1] == 0, f"{deploy} did not stop cleanly on SIGTERM: {exits}"


def rel_path(p: str):
    from podrewrite import ROOT

    return ROOT / p


def test_gpu_values_release_trains_and_serves_on_the_cpu(tmp_path, tiny_base):
    with Release(tmp_path / "cluster", "gpu-values.yaml") as rel:
        _install(rel)
        # Two replicas of the registry and of inference, spread by the Services.
        assert len(rel.pods["botfarm-inference"]) == 2 and len(rel.pods["botfarm-registry"]) == 2
        assert all(p.node.name == "gpu-node-1" for p in rel.pods["botfarm-inference"])
        user = Operator(rel, tmp_path / "home")
        base = _import_base(user, tiny_base)
        out = user.run("bot", "create", "gpubot", "--archive", str(rel_path(ARCHIVE)), "--base", base,
                       "--max-steps", "4", "-n", "1")
        assert "Bot gpubot version 1" in out, out
        job_name, job = _job(rel)
        pod = rel.job_pods[rel.jobs.pods_of(job_name)[0]["metadata"]["name"]]
        # The GPU request was granted on the GPU node; the work ran on the CPU.
        # The manager marks the job done from the worker's status; the process exits just after.
        assert pod.done.wait(60) and pod.node_name == "gpu-node-1" and pod.exit_codes == [0]
        # Two GPUs per Job in these values: torchrun ran two DDP processes (gloo on this CPU),
        # and the version records the world size.
        worker = job["spec"]["template"]["spec"]["containers"][0]
        assert worker["resources"]["limits"]["nvidia.com/gpu"] == "2"
        assert "--nproc-per-node=2" in worker["command"]
        shown = json.loads(user.run("registry", "show", "gpubot", "--json"))
        assert shown["metrics"]["world_size"] == 2
        for seed in (1, 2):  # two connections: one to each inference replica
            user.run("generate", "gpubot", "My dream is", "--max-new-tokens", "4", "--seed", str(seed))
        assert all(p.ready.is_set() for p in rel.pods["botfarm-inference"])
        _routing_and_picker_metrics(rel.pods["botfarm-inference"])
        record(rel, bot="gpubot", job=job_name, faults=[])
    _clean_shutdown(rel)

"""How `botfarm apply` runs bots at once, through the real CLI and real gRPC: the real
ingestion, cleaning and registry services in this process (their ingestion and cleaning
RPCs held at a gate that counts the calls in flight), and a FAKE training service (it
stands in for the training workers, which would take minutes per bot: the test decides
when each job ends, and the fake counts the jobs submitted and unfinished at once).

Nothing waits on the clock: a gate lets calls through only once as many as the test
expects are in flight, so apply running bots one after the other fails the test (the
gate times out) instead of passing by luck.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path

import pytest
from botfarm.cli import main as botfarm_main
from botfarm.core.errors import NotFound
from botfarm.core.service import ServiceSpec
from botfarm.farm.spec import FINGERPRINT_LABEL, archive_digest, fingerprint, load
from botfarm.training.v1 import training_service_pb2 as pb
from botfarm.training.v1 import training_service_pb2_grpc as pb_grpc

REPO = Path(__file__).resolve().parents[2]
TWEETS = REPO / "samples" / "x-archive-botfarm-demo" / "data" / "tweets.js"
WAIT_S = 120.0  # only a broken apply waits this long (the test then fails)
S = pb.TrainingJob


class Gate:
    """Holds each call until ``width`` calls are in flight at once (or every one of the
    ``total`` expected calls has begun), and records the most in flight at once."""

    def __init__(self, width: int, total: int):
        self.width, self.total = width, total
        self.cond = threading.Condition()
        self.in_flight = self.most = self.started = self.done = 0
        self.timed_out = False

    def wrap(self, fn: Callable) -> Callable:
        def gated(request, context):
            with self.cond:
                self.in_flight += 1
                self.started += 1
                self.most = max(self.most, self.in_flight)
                self.cond.notify_all()
                if not self.cond.wait_for(lambda: self.in_flight >= self.width or self.started == self.total,
                                          timeout=WAIT_S):
                    self.timed_out = True
            try:
                return fn(request, context)
            finally:
                with self.cond:
                    self.in_flight -= 1
                    self.done += 1
                    self.cond.notify_all()

        return gated


class FakeTraining(pb_grpc.TrainingServiceServicer):
    """FAKE training service: jobs stay QUEUED until the test finishes them (no worker
    trains); it reports ``limit`` as its concurrency, like a service started with
    --max-concurrent-jobs ``limit``."""

    def __init__(self, limit: int):
        self.limit = limit
        self.jobs: dict[str, pb.TrainingJob] = {}
        self.created: list[str] = []
        self.cond = threading.Condition()
        self.most_unfinished = 0

    def add(self, job: pb.TrainingJob) -> pb.TrainingJob:
        with self.cond:
            job.name = f"trainingJobs/{len(self.jobs) + 1:04d}"
            self.jobs[job.name] = job
            self.most_unfinished = max(self.most_unfinished, len(self.unfinished()))
            self.cond.notify_all()
            return job

    def unfinished(self) -> list[str]:
        return [n for n, j in self.jobs.items() if j.state in (S.STATE_QUEUED, S.STATE_RUNNING)]

    def finish(self, name: str) -> None:
        with self.cond:
            job = self.jobs[name]
            job.state, job.model_version = S.STATE_SUCCEEDED, f"models/{job.model}/versions/1"
            self.cond.notify_all()

    def GetTrainingCapacity(self, request, context):
        return pb.GetTrainingCapacityResponse(training_capacity=pb.TrainingCapacity(
            name="trainingCapacity", default_launcher=pb.LAUNCHER_LOCAL, max_concurrent_jobs=self.limit))

    def CreateTrainingJob(self, request, context):
        job = pb.TrainingJob()
        job.CopyFrom(request.training_job)
        job.state = S.STATE_QUEUED
        job = self.add(job)
        with self.cond:
            self.created.append(job.name)
        return pb.CreateTrainingJobResponse(training_job=job)

    def GetTrainingJob(self, request, context):
        if request.name not in self.jobs:
            raise NotFound(f"{request.name} not found")
        return pb.GetTrainingJobResponse(training_job=self.jobs[request.name])

    def ListTrainingJobs(self, request, context):
        return pb.ListTrainingJobsResponse(training_jobs=list(self.jobs.values()))

    def WatchTrainingJob(self, request, context):
        job = self.jobs[request.name]
        yield pb.WatchTrainingJobResponse(training_job=job)
        with self.cond:
            while job.state in (S.STATE_QUEUED, S.STATE_RUNNING) and context.is_active():
                self.cond.wait(0.5)  # also notices a client that went away
        yield pb.WatchTrainingJobResponse(training_job=job)


@contextmanager
def services(data: Path, training: pb_grpc.TrainingServiceServicer, gates: dict[str, Gate]) -> Iterator[list[str]]:
    """The three real services and the fake one on free ports; yields apply's --server flags."""
    from botfarm.cleaning.service import make_service as cleaning
    from botfarm.core.config import ServerConfig
    from botfarm.core.server import create_server
    from botfarm.core.service import ServiceContext
    from botfarm.core.store import LocalStore
    from botfarm.ingestion.service import make_service as ingestion
    from botfarm.registry.service import make_service as registry

    config = ServerConfig(grpc_port=0, metrics_port=-1, grpc_host="127.0.0.1", data_dir=str(data))
    ctx = ServiceContext(config=config, store=LocalStore(data))
    specs = {"ingestion": ingestion(ctx), "cleaning": cleaning(ctx), "registry": registry(ctx),
             "training": ServiceSpec(full_name="botfarm.training.v1.TrainingService", servicer=training,
                                     add_to_server=pb_grpc.add_TrainingServiceServicer_to_server)}
    specs["ingestion"].servicer.UploadArchive = gates["ingestion"].wrap(specs["ingestion"].servicer.UploadArchive)
    specs["cleaning"].servicer.CreateCleanDataset = gates["cleaning"].wrap(
        specs["cleaning"].servicer.CreateCleanDataset)
    with ExitStack() as stack:
        flags = []
        for name, spec in specs.items():
            server, port = create_server(config, spec)
            server.start()
            stack.callback(server.stop, 0)
            flags.append(f"--server={name}=127.0.0.1:{port}")
        yield flags


def farm_file(root: Path, bots: int) -> Path:
    """``bots`` bots, each on its own copy of the sample's tweets.js less a few posts (so
    every archive differs)."""
    prefix, body = TWEETS.read_text().split("= ", 1)
    posts = json.loads(body)
    lines = ["defaults: {base: base/tiny-llama, max_steps: 2}", "bots:"]
    for i in range(bots):
        (root / f"bot{i}").mkdir(parents=True)
        (root / f"bot{i}" / "tweets.js").write_text(f"{prefix}= {json.dumps(posts[i:])}")
        lines.append(f"  - {{name: bot{i}, archives: [bot{i}/tweets.js]}}")
    (root / "farm.yaml").write_text("\n".join(lines) + "\n")
    return root / "farm.yaml"


class Apply(threading.Thread):
    """`botfarm apply --json` in this process, on a thread (the test drives the fake)."""

    def __init__(self, argv: list[str], capsys):
        super().__init__(daemon=True)
        self.argv, self.capsys, self.code = argv, capsys, None

    def run(self) -> None:
        self.code = botfarm_main(self.argv)

    def result(self) -> dict:
        self.join(WAIT_S)
        assert not self.is_alive(), "apply did not finish"
        out = self.capsys.readouterr()
        assert self.code == 0, out.err[-3000:]
        return json.loads(out.out)


def finish_all(training: FakeTraining, jobs: int, limit: int, cleaned: Gate) -> None:
    """Ends the jobs one at a time, oldest first, each time once apply has submitted as
    many as it may (``limit``, or what is left) and every bot is cleaned."""
    for left in range(jobs, 0, -1):
        want = min(limit, left)
        with training.cond:
            assert training.cond.wait_for(lambda want=want: len(training.unfinished()) >= want, WAIT_S)
        with cleaned.cond:
            assert cleaned.cond.wait_for(lambda: cleaned.done == cleaned.total, WAIT_S)
        training.finish(training.unfinished()[0])


@pytest.mark.parametrize(("bots", "parallel"), [(3, 3), (3, 2)])
def test_apply_ingests_and_cleans_parallel_bots_at_once(tmp_path, capsys, bots, parallel):
    gates = {"ingestion": Gate(parallel, bots), "cleaning": Gate(parallel, bots)}
    training = FakeTraining(limit=bots)
    farm = farm_file(tmp_path / "farm", bots)
    with services(tmp_path / "data", training, gates) as flags:
        run = Apply(["apply", "-f", str(farm), "--json", "--parallel", str(parallel), *flags], capsys)
        run.start()
        finish_all(training, bots, bots, gates["cleaning"])
        doc = run.result()
    assert [(b["action"], b["result"]) for b in doc["bots"]] == [("create", "ok")] * bots
    for gate in gates.values():
        assert not gate.timed_out, "apply did not run --parallel bots at once"
        assert (gate.most, gate.done) == (parallel, bots)  # never more than --parallel in flight


@pytest.mark.parametrize(("requested", "limit"), [(None, 2), ("1", 1), ("5", 2)])
def test_apply_keeps_training_within_the_service_concurrency(tmp_path, capsys, requested, limit):
    bots = 4
    gates = {"ingestion": Gate(1, bots), "cleaning": Gate(1, bots)}
    training = FakeTraining(limit=2)
    farm = farm_file(tmp_path / "farm", bots)
    extra = ["--max-training", requested] if requested else []
    with services(tmp_path / "data", training, gates) as flags:
        run = Apply(["apply", "-f", str(farm), "--json", "--parallel", "4", *extra, *flags], capsys)
        run.start()
        finish_all(training, bots, limit, gates["cleaning"])
        doc = run.result()
    assert doc["max_training"] == limit and doc["summary"]["create"] == bots
    assert len(training.created) == bots and training.most_unfinished == limit
    assert {b["training_job"] for b in doc["bots"]} == set(training.created)


def test_apply_follows_a_job_in_flight_instead_of_retraining(tmp_path, capsys):
    """An interrupted apply left bot0's job running: the next apply resumes it (no upload,
    no second job) and, with one training slot, trains bot1 only after it ends."""
    gates = {"ingestion": Gate(1, 1), "cleaning": Gate(1, 1)}
    training = FakeTraining(limit=1)
    farm = farm_file(tmp_path / "farm", 2)
    bot0 = load(farm).bots[0]
    fp = fingerprint(bot0, [archive_digest(a) for a in bot0.archives])
    running = training.add(pb.TrainingJob(model="bot0", state=S.STATE_RUNNING, labels={FINGERPRINT_LABEL: fp}))
    with services(tmp_path / "data", training, gates) as flags:
        plan = Apply(["apply", "-f", str(farm), "--json", "--dry-run", *flags], capsys)
        plan.start()
        steps = {b["name"]: b for b in plan.result()["bots"]}
        assert (steps["bot0"]["action"], steps["bot0"]["training_job"]) == ("resume", running.name)
        assert steps["bot1"]["action"] == "create"

        run = Apply(["apply", "-f", str(farm), "--json", *flags], capsys)
        run.start()
        with gates["cleaning"].cond:  # bot1 is ready to train, but the one slot is bot0's
            assert gates["cleaning"].cond.wait_for(lambda: gates["cleaning"].done == 1, WAIT_S)
        assert training.created == []
        training.finish(running.name)
        with training.cond:
            assert training.cond.wait_for(lambda: len(training.created) == 1, WAIT_S)
        training.finish(training.created[0])
        doc = run.result()
    bots = {b["name"]: b for b in doc["bots"]}
    assert (bots["bot0"]["action"], bots["bot0"]["result"], bots["bot0"]["training_job"]) == \
        ("resume", "ok", running.name)
    assert bots["bot0"]["model_version"] == "models/bot0/versions/1"
    assert (bots["bot1"]["action"], bots["bot1"]["result"]) == ("create", "ok")
    assert gates["ingestion"].done == 1  # bot0's archive was not uploaded again
    assert training.most_unfinished == 1


@pytest.mark.parametrize(("servicer", "requested", "expected"), [
    (FakeTraining(limit=3), None, (3, "the training service's --max-concurrent-jobs")),
    (FakeTraining(limit=3), 2, (2, "--max-training; the training service's --max-concurrent-jobs is 3")),
    (FakeTraining(limit=3), 8, (3, "--max-training 8 lowered to 3")),
    (FakeTraining(limit=0), None, (2, "sets no limit of its own")),      # the Kubernetes launcher
    (FakeTraining(limit=0), 8, (8, "sets no limit of its own")),
    (pb_grpc.TrainingServiceServicer(), None, (2, "does not report its concurrency")),  # an older service
    (pb_grpc.TrainingServiceServicer(), 5, (5, "does not report its concurrency")),
])
def test_the_training_limit_follows_the_service(tmp_path, servicer, requested, expected):
    from botfarm.core.clients import connect
    from botfarm.farm.apply import training_limit

    gates = {"ingestion": Gate(1, 0), "cleaning": Gate(1, 0)}
    with services(tmp_path / "data", servicer, gates) as flags, connect("training", [f.removeprefix("--server=") for f in flags]) as training:
        limit, why = training_limit(training, requested)
    assert limit == expected[0] and expected[1] in why, why

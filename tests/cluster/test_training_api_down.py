"""The chart's training container, run exactly as ci/gpu-values.yaml renders it (its
command, env, mounted Job configuration and service-account files), with no Kubernetes
API server answering: it starts, passes its rendered probes and answers gRPC health,
ListTrainingJobs and a CreateTrainingJob that waits for the API (FAKE kubelet and MinIO
stand-in: see helmrelease.py; no FAKE API server at all here)."""

from __future__ import annotations

from clusteruser import Operator, grpc_serving, wait_until
from helmrelease import Release


def test_training_controller_serves_while_the_api_server_is_unreachable(tmp_path):
    from botfarm.training.v1 import training_service_pb2 as tr_pb

    with Release(tmp_path / "cluster", "gpu-values.yaml", api_server=False) as rel:
        rel.install(only=("minio", "training"))
        pod = rel.pods["botfarm-training"][0]
        assert pod.ready.is_set() and grpc_serving(rel.address("training"))
        training = Operator(rel, tmp_path / "home").stub("training")
        assert list(training.ListTrainingJobs(tr_pb.ListTrainingJobsRequest(), timeout=30).training_jobs) == []
        # The watch of Jobs keeps retrying; the process stays up and healthy.
        wait_until(lambda: "training job watch failed" in pod.log_tail(20000) or None, 60,
                   "the controller to try the API server")
        assert pod.proc is not None and pod.proc.poll() is None and not pod.exit_codes, pod.log_tail()
        assert grpc_serving(rel.address("training"))
    assert rel.exit_codes["botfarm-training"] == [0]

"""Bounds of the inference HTTP API: a body over --max-request-bytes is refused before it
is read (told by Content-Length, or counted while a chunked body streams in), with the
bytes read and the memory allocated meanwhile measured, not the time; a prompt too long
in characters is refused before it is tokenized; prompt + new tokens over
max_total_tokens and sampling parameters at the float limit are 422 (INVALID_ARGUMENT
over gRPC)."""

from __future__ import annotations

import socket
import tracemalloc
from urllib.parse import urlparse

import pytest
import requests
from botfarm.inference.metrics import HTTP_BODY_BYTES
from botfarm.inference.v1 import inference_service_pb2 as pb
from botfarm.inference.v1 import inference_service_pb2_grpc as pb_grpc
from grpcstatus import status_of

LIMIT = 1 << 20
BIG = 10 * 1000 * 1000
CHUNK = 64 << 10


def _connect(server) -> socket.socket:
    u = urlparse(server.http)
    return socket.create_connection((u.hostname, u.port), timeout=30)


def _read_status(sock: socket.socket) -> tuple[int, bytes]:
    """The status and the whole answer (the server closes the connection after it)."""
    data = b""
    while True:
        try:
            got = sock.recv(65536)
        except ConnectionResetError:
            break
        if not got:
            break
        data += got
    return int(data.split(b" ", 2)[1]), data


def _send_until_answered(sock: socket.socket, total: int) -> int:
    """Sends a chunked body of ``total`` bytes, stopping once the server has answered
    (or closed); returns the bytes sent."""
    import select

    piece = b"x" * CHUNK
    sent = 0
    while sent < total:
        if select.select([sock], [], [], 0)[0]:
            break  # the answer is there
        try:
            sock.sendall(b"%x\r\n%s\r\n" % (len(piece), piece))
        except (BrokenPipeError, ConnectionResetError):
            break
        sent += len(piece)
    return sent


def test_body_over_the_limit_is_413_before_it_is_read(server):
    # Content-Length says 10 MB: answered from the headers, not one body byte read.
    before = HTTP_BODY_BYTES._value.get()
    with _connect(server) as sock:
        sock.sendall(b"POST /bots/bot0/generate HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                     b"Content-Length: %d\r\n\r\n" % BIG + b'{"inputs": "' + b"x" * CHUNK)
        status, head = _read_status(sock)
    assert status == 413 and b"connection: close" in head.lower()
    assert HTTP_BODY_BYTES._value.get() == before
    # Chunked, no length: refused once the bytes read pass the limit; what the server read
    # and what this process allocated meanwhile stay near the limit, not the 10 MB sent.
    before = HTTP_BODY_BYTES._value.get()
    tracemalloc.start()
    try:
        with _connect(server) as sock:
            sock.sendall(b"POST /v1/completions HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                         b"Transfer-Encoding: chunked\r\n\r\n")
            sent = _send_until_answered(sock, BIG)
            status, head = _read_status(sock)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    read = HTTP_BODY_BYTES._value.get() - before
    assert status == 413
    # The server hands the body on in the pieces asyncio reads off the socket (<= 256 KiB).
    assert LIMIT < read <= LIMIT + (256 << 10)
    assert peak < 3 * LIMIT, peak  # the refused body was never held whole (sent: %d bytes)
    assert sent < BIG
    body = head.split(b"\r\n\r\n", 1)[1]
    assert b"invalid_request_error" in body and b"max-request-bytes" in body  # OpenAI's shape on /v1
    # The server is still fine.
    r = requests.post(f"{server.http}/bots/bot0/generate", json={"inputs": "hi", "parameters": {"max_new_tokens": 2}},
                      timeout=60)
    assert r.status_code == 200


def test_prompt_too_long_in_characters_is_refused_before_tokenizing(server):
    runner = server.app.pool.acquire("bot0")
    runner.release()
    limit = runner.runner.max_prompt_chars
    assert limit < LIMIT  # a prompt the body limit lets through
    calls = []
    tokenizer = runner.runner.tokenizer
    original = type(tokenizer).__call__

    def counting(self, *args, **kwargs):
        calls.append(len(args[0]) if args else 0)
        return original(self, *args, **kwargs)

    type(tokenizer).__call__ = counting
    try:
        r = requests.post(f"{server.http}/bots/bot0/generate", timeout=60, json={"inputs": "a" * (limit + 1)})
        t = requests.post(f"{server.http}/bots/bot0/tokenize", timeout=60, json={"inputs": "a" * (limit + 1)})
    finally:
        type(tokenizer).__call__ = original
    assert r.status_code == 422 and "characters" in r.json()["error"], r.text
    assert t.status_code == 422 and "characters" in t.json()["error"]
    assert not [n for n in calls if n > limit]  # never tokenized


@pytest.mark.parametrize("parameters, field", [
    ({"top_p": 1e-300}, "top_p"), ({"temperature": 1e-300}, "temperature"), ({"typical_p": 1e-300}, "typical_p"),
    ({"max_new_tokens": 250}, "max_new_tokens"),
])
def test_limits_are_422_over_http_and_invalid_argument_over_grpc(server, parameters, field):
    body = {"inputs": "My dream is " * 3, "parameters": {"do_sample": True, **parameters}}
    r = requests.post(f"{server.http}/bots/bot0/generate", json=body, timeout=60)
    assert r.status_code == 422 and r.json()["error_type"] == "validation", r.text
    want = "max_total_tokens" if field == "max_new_tokens" else field
    assert want in r.json()["error"]
    oa = requests.post(f"{server.http}/v1/completions", timeout=60, json={
        "model": "bot0", "prompt": body["inputs"], **({"max_tokens": parameters["max_new_tokens"]}
                                                      if field == "max_new_tokens" else parameters)})
    if field != "typical_p":  # not an OpenAI field: refused as such
        assert oa.status_code == 422 and want in oa.json()["error"]["message"], oa.text
    if field in ("top_p", "temperature"):
        stub = pb_grpc.InferenceServiceStub(server.channel)
        code, reason, _ = status_of(stub.Generate, pb.GenerateRequest(
            bot="bot0", prompt="hi", parameters=pb.GenerationParameters(do_sample=True, **parameters)))
        assert (code.name, reason) == ("INVALID_ARGUMENT", "INVALID_PARAMETER")

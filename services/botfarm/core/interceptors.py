"""Server interceptors every botfarm service runs, outermost first:

1. ``MetricsInterceptor``: request count by method and status code, latency, in-flight.
2. ``AuthInterceptor``: an optional bearer token (``authorization: Bearer <token>``, the
   rule of ``botfarm.core.auth``);
   health and reflection stay open so Kubernetes gRPC probes and grpcurl work.
3. ``ErrorInterceptor``: a ``BotfarmError`` escaping a handler becomes its status code
   with a ``google.rpc.ErrorInfo`` detail (AIP-193); anything else is a bug and
   becomes INTERNAL, logged with its traceback. Request bytes that do not decode as
   the method's message are the caller's error: INVALID_ARGUMENT (reason
   MALFORMED_REQUEST), for every method of every service, health and reflection too.

4. ``DeadlineInterceptor``: the RPC's deadline (``context.time_remaining()``) is the
   deadline of everything the handler waits on (``botfarm.core.deadlines``): object
   store requests time out before the client gives up.

Each wraps the handler's behaviour for all four RPC shapes; for server streams the
wrapper is a generator, so errors raised mid-stream are mapped too.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterator
from typing import Any

import grpc
from google.protobuf import any_pb2
from google.rpc import code_pb2, error_details_pb2, status_pb2
from grpc_status import rpc_status

from botfarm.core.auth import BearerCheck
from botfarm.core.deadlines import deadline_after
from botfarm.core.errors import BotfarmError, InvalidArgument
from botfarm.core.metrics import request_metrics

log = logging.getLogger(__name__)

#: ErrorInfo.domain of every botfarm error.
ERROR_DOMAIN = "botfarm.dev"

#: Services that answer without a token: probes and tooling must reach them.
OPEN_SERVICES = ("/grpc.health.v1.Health/", "/grpc.reflection.v1alpha.ServerReflection/",
                 "/grpc.reflection.v1.ServerReflection/")

Behavior = Callable[..., Any]


def _rewrap(handler: grpc.RpcMethodHandler | None,
            wrap_unary: Callable[[Behavior], Behavior],
            wrap_stream: Callable[[Behavior], Behavior],
            wrap_deserializer: Callable[[Any], Any] | None = None) -> grpc.RpcMethodHandler | None:
    """A handler of the same shape whose behaviour is wrapped: ``wrap_unary`` for
    unary responses, ``wrap_stream`` (returning a generator) for streamed ones, and
    its request deserializer by ``wrap_deserializer`` when given."""
    if handler is None:  # unknown method: gRPC answers UNIMPLEMENTED itself
        return None
    des, ser = handler.request_deserializer, handler.response_serializer
    if wrap_deserializer is not None and des is not None:
        des = wrap_deserializer(des)
    if handler.request_streaming and handler.response_streaming:
        return grpc.stream_stream_rpc_method_handler(wrap_stream(handler.stream_stream), des, ser)
    if handler.request_streaming:
        return grpc.stream_unary_rpc_method_handler(wrap_unary(handler.stream_unary), des, ser)
    if handler.response_streaming:
        return grpc.unary_stream_rpc_method_handler(wrap_stream(handler.unary_stream), des, ser)
    return grpc.unary_unary_rpc_method_handler(wrap_unary(handler.unary_unary), des, ser)


def _code_name(context: grpc.ServicerContext, default: str) -> str:
    code = context.code()
    return getattr(code, "name", default) if code is not None else default


#: Longest message and ErrorInfo metadata value sent: both travel in trailers, which
#: clients cap at 8 KB (a longer one turns the answer into RESOURCE_EXHAUSTED), and an
#: error message may quote a caller's 10 MB name.
MAX_MESSAGE_CHARS = 400
MAX_METADATA_CHARS = 100


def clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else f"{text[:limit]}... ({len(text) - limit} more characters)"


def error_status(error: BotfarmError) -> grpc.Status:
    """The gRPC status of a domain error: its code, message and an ErrorInfo detail."""
    metadata = {clip(k, MAX_METADATA_CHARS): clip(v, MAX_METADATA_CHARS) for k, v in error.metadata.items()}
    info = error_details_pb2.ErrorInfo(reason=error.reason, domain=ERROR_DOMAIN, metadata=metadata)
    detail = any_pb2.Any()
    detail.Pack(info)
    code = getattr(code_pb2, error.code, code_pb2.INTERNAL)
    message = clip(error.message, MAX_MESSAGE_CHARS)
    return rpc_status.to_status(status_pb2.Status(code=code, message=message, details=[detail]))


class _Undecodable:
    """What a request deserializer returns instead of raising: gRPC would answer a
    raised error with INTERNAL ("Exception deserializing request!") and log it."""

    def __init__(self, error: Exception):
        self.error = error


def _safe_deserializer(deserialize: Callable[[bytes], Any]) -> Callable[[bytes], Any]:
    def safe(data: bytes) -> Any:
        try:
            return deserialize(data)
        except Exception as e:  # DecodeError, invalid UTF-8 in a string field, too deep ...
            return _Undecodable(e)
    return safe


def _decoded(request: Any, method: str) -> Any:
    """The request, or InvalidArgument when its bytes did not decode."""
    if isinstance(request, _Undecodable):
        raise InvalidArgument(f"the request is not a valid {method} message: {request.error}",
                              reason="MALFORMED_REQUEST", metadata={"method": method})
    return request


def _decoded_stream(requests: Iterator[Any], method: str) -> Iterator[Any]:
    for request in requests:
        yield _decoded(request, method)


class ErrorInterceptor(grpc.ServerInterceptor):
    """Maps exceptions escaping handlers, and undecodable requests, to gRPC statuses."""

    def intercept_service(self, continuation, handler_call_details):
        method = handler_call_details.method
        handler = continuation(handler_call_details)
        streamed_requests = handler is not None and handler.request_streaming

        def decoded(request: Any) -> Any:
            # A stream's messages are decoded as the servicer reads them.
            return _decoded_stream(request, method) if streamed_requests else _decoded(request, method)

        def fail(e: Exception, context: grpc.ServicerContext) -> None:
            if isinstance(e, BotfarmError):
                log.info("%s: %s: %s", method, e.code, clip(e.message, MAX_MESSAGE_CHARS),
                         extra={"method": method, "reason": e.reason})
                context.abort_with_status(error_status(e))
            if isinstance(e, NotImplementedError):
                # The generated base class (set_code(UNIMPLEMENTED), then raise): answer
                # UNIMPLEMENTED without gRPC logging a traceback for a known gap.
                context.abort(grpc.StatusCode.UNIMPLEMENTED, f"{method} is not implemented yet")
            if context.code() not in (None, grpc.StatusCode.OK):
                raise e  # the handler chose its status itself (context.abort): keep it
            log.error("%s failed", method, exc_info=e, extra={"method": method})
            context.abort(grpc.StatusCode.INTERNAL, "internal error (see the server log)")

        def wrap_unary(behavior: Behavior) -> Behavior:
            def wrapped(request: Any, context: grpc.ServicerContext) -> Any:
                try:
                    return behavior(decoded(request), context)
                except Exception as e:
                    fail(e, context)
                    raise  # not reached: fail always raises
            return wrapped

        def wrap_stream(behavior: Behavior) -> Behavior:
            def wrapped(request: Any, context: grpc.ServicerContext) -> Iterator[Any]:
                try:
                    yield from behavior(decoded(request), context)
                except Exception as e:
                    fail(e, context)
                    raise
            return wrapped

        return _rewrap(handler, wrap_unary, wrap_stream, _safe_deserializer)


class AuthInterceptor(grpc.ServerInterceptor):
    """Requires ``authorization: Bearer <token>`` on every RPC but health and reflection."""

    def __init__(self, token: str):
        self._check = BearerCheck(token)

    def _authorized(self, metadata: Any) -> bool:
        for key, value in metadata or ():
            if key == "authorization":
                return self._check.accepts(value)  # the scheme in any case, constant-time token
        return False

    def intercept_service(self, continuation, handler_call_details):
        method = handler_call_details.method
        if method.startswith(OPEN_SERVICES) or self._authorized(handler_call_details.invocation_metadata):
            return continuation(handler_call_details)

        def deny(_behavior: Behavior) -> Behavior:
            def denied(_request: Any, context: grpc.ServicerContext) -> Any:
                context.abort(grpc.StatusCode.UNAUTHENTICATED, "missing or invalid bearer token")
            return denied

        return _rewrap(continuation(handler_call_details), deny, deny)


class MetricsInterceptor(grpc.ServerInterceptor):
    """Counts, times and gauges every RPC (for streams: until the stream ends)."""

    def __init__(self, service: str):
        self.service = service
        self.metrics = request_metrics()

    def intercept_service(self, continuation, handler_call_details):
        method = handler_call_details.method
        m, service = self.metrics, self.service

        def begin() -> float:
            m.in_flight.labels(service, method).inc()
            return time.perf_counter()

        def end(start: float, code: str) -> None:
            m.in_flight.labels(service, method).dec()
            m.latency.labels(service, method).observe(time.perf_counter() - start)
            m.handled.labels(service, method, code).inc()

        def wrap_unary(behavior: Behavior) -> Behavior:
            def wrapped(request: Any, context: grpc.ServicerContext) -> Any:
                start, code = begin(), "UNKNOWN"
                try:
                    response = behavior(request, context)
                    code = _code_name(context, "OK")
                    return response
                except BaseException:
                    code = _code_name(context, "UNKNOWN")
                    raise
                finally:
                    end(start, code)
            return wrapped

        def wrap_stream(behavior: Behavior) -> Behavior:
            def wrapped(request: Any, context: grpc.ServicerContext) -> Iterator[Any]:
                start, code = begin(), "UNKNOWN"
                try:
                    yield from behavior(request, context)
                    code = _code_name(context, "OK")
                except GeneratorExit:  # the client went away mid-stream
                    code = "CANCELLED"
                    raise
                except BaseException:
                    code = _code_name(context, "UNKNOWN")
                    raise
                finally:
                    end(start, code)
            return wrapped

        return _rewrap(continuation(handler_call_details), wrap_unary, wrap_stream)


class DeadlineInterceptor(grpc.ServerInterceptor):
    """Opens a ``deadline_after`` scope of the RPC's remaining time around its handler."""

    def intercept_service(self, continuation, handler_call_details):
        def wrap_unary(behavior: Behavior) -> Behavior:
            def wrapped(request: Any, context: grpc.ServicerContext) -> Any:
                with deadline_after(context.time_remaining()):
                    return behavior(request, context)
            return wrapped

        def wrap_stream(behavior: Behavior) -> Behavior:
            def wrapped(request: Any, context: grpc.ServicerContext) -> Iterator[Any]:
                # The scope is entered anew around each step of the stream: between two
                # steps gRPC runs other code on this thread.
                responses = iter(behavior(request, context))
                try:
                    while True:
                        with deadline_after(context.time_remaining()):
                            try:
                                response = next(responses)
                            except StopIteration:
                                return
                        yield response
                finally:
                    close = getattr(responses, "close", None)
                    if close is not None:
                        close()  # the client went away: the handler's own finally blocks run now
            return wrapped

        return _rewrap(continuation(handler_call_details), wrap_unary, wrap_stream)

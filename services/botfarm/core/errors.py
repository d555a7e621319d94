"""Typed domain errors.

Core code raises these; one server interceptor (``botfarm.core.interceptors``) maps them
to gRPC status codes with a ``google.rpc.ErrorInfo`` detail, and the HTTP front ends map
them to HTTP statuses with ``http_status``. Each class carries both codes, so this file
is the one table of both mappings. Anything else that escapes a handler is a bug and
becomes INTERNAL (HTTP 500).
"""

from __future__ import annotations


class BotfarmError(Exception):
    """Base of every domain error.

    ``reason`` is a stable UPPER_SNAKE_CASE identifier (AIP-193 ErrorInfo.reason);
    ``metadata`` carries machine-readable details (strings only, as ErrorInfo wants).
    """

    #: gRPC status code name, e.g. "NOT_FOUND"; subclasses set it.
    code = "INTERNAL"
    #: HTTP status of the same meaning.
    http_status = 500
    #: Default ErrorInfo.reason.
    default_reason = "INTERNAL"

    def __init__(self, message: str, *, reason: str | None = None, metadata: dict[str, str] | None = None):
        super().__init__(message)
        self.message = message
        self.reason = reason or self.default_reason
        self.metadata = {k: str(v) for k, v in (metadata or {}).items()}


class InvalidArgument(BotfarmError):
    code = "INVALID_ARGUMENT"
    http_status = 422
    default_reason = "INVALID_ARGUMENT"


class NotFound(BotfarmError):
    code = "NOT_FOUND"
    http_status = 404
    default_reason = "NOT_FOUND"


class AlreadyExists(BotfarmError):
    code = "ALREADY_EXISTS"
    http_status = 409
    default_reason = "ALREADY_EXISTS"


class FailedPrecondition(BotfarmError):
    code = "FAILED_PRECONDITION"
    # google.rpc's HTTP mapping; 412 is for conditional request headers, which this is not.
    http_status = 400
    default_reason = "FAILED_PRECONDITION"


class ResourceExhausted(BotfarmError):
    code = "RESOURCE_EXHAUSTED"
    http_status = 429
    default_reason = "RESOURCE_EXHAUSTED"


class Unauthenticated(BotfarmError):
    code = "UNAUTHENTICATED"
    http_status = 401
    default_reason = "UNAUTHENTICATED"


class PermissionDenied(BotfarmError):
    code = "PERMISSION_DENIED"
    http_status = 403
    default_reason = "PERMISSION_DENIED"


class Unavailable(BotfarmError):
    code = "UNAVAILABLE"
    http_status = 503
    default_reason = "UNAVAILABLE"


class DeadlineExceeded(BotfarmError):
    code = "DEADLINE_EXCEEDED"
    http_status = 504
    default_reason = "DEADLINE_EXCEEDED"


class DataLoss(BotfarmError):
    """Stored bytes do not match their recorded checksum."""

    code = "DATA_LOSS"
    http_status = 500
    default_reason = "CHECKSUM_MISMATCH"


class Cancelled(BotfarmError):
    code = "CANCELLED"
    http_status = 499
    default_reason = "CANCELLED"


class RequestTooLarge(ResourceExhausted):
    """A request body (or message) over the configured size; refused before it is read.
    RESOURCE_EXHAUSTED over gRPC like any other limit; HTTP has a status of its own."""

    http_status = 413
    default_reason = "REQUEST_TOO_LARGE"


def http_status(error: BaseException) -> int:
    """The HTTP status of any exception: a domain error's own, else 500 (a bug)."""
    return error.http_status if isinstance(error, BotfarmError) else 500

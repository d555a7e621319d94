"""The S3 backend of the object store: MinIO, AWS S3 or any S3 server, through the
``minio`` client.

    store = S3Store("botfarm", "minio.botfarm.svc:9000", "KEY", "SECRET")
    store = open_store("s3://botfarm", endpoint="http://127.0.0.1:9000", access_key=..., secret_key=...)

Writes stream: an object is cut into parts of ``part_size`` bytes as it arrives; one
part means one PUT, more mean a multipart upload, so at most about two parts are in
memory whatever the object's size. ``create_if_absent`` sends ``If-None-Match: *``
(on the PUT, or on CompleteMultipartUpload), which MinIO and AWS S3 check
atomically (moto_server, the test server, needs a lock for it: tests/s3server.py);
minio-py's ``put_object`` would turn that header into user metadata,
so this module uses the client's lower-level request methods (pinned: minio 7.2).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from collections.abc import Iterable, Iterator
from typing import Any
from urllib.parse import urlsplit
from xml.etree import ElementTree as ET

import certifi
import urllib3
from minio import Minio
from minio.datatypes import parse_list_objects
from minio.error import InvalidResponseError, MinioException, S3Error, ServerError
from minio.helpers import md5sum_hash

from botfarm.core import deadlines
from botfarm.core.errors import AlreadyExists, BotfarmError, InvalidArgument, NotFound, Unavailable
from botfarm.core.s3http import GuardedPoolManager, S3Policy
from botfarm.core.store import (
    CHUNK,
    Chunk,
    IncompleteWrite,
    ObjectData,
    ObjectInfo,
    ObjectStore,
    check_length,
    chunks_of,
    normalize_metadata,
    validate_key,
    validate_list_args,
    validate_prefix,
)

#: Multipart part size. S3 wants at least 5 MiB per part and at most 10,000 parts:
#: 16 MiB parts allow objects up to 160 GB and keep two parts (32 MiB) in memory.
PART_SIZE = 16 << 20

_META_PREFIX = "x-amz-meta-"
_BUCKET = re.compile(r"[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]")
# S3 error codes that mean the server cannot serve us (bad credentials, missing
# bucket): the operator must act, the caller cannot.
_ACCESS_CODES = {"AccessDenied", "InvalidAccessKeyId", "SignatureDoesNotMatch", "InvalidToken"}


def _parts(chunks: Iterable[Chunk], size: int) -> Iterator[tuple[bytes, bool]]:
    """Cuts a stream of chunks into parts of exactly ``size`` bytes (the last one
    shorter), each with a flag saying whether it is the last. A part is only
    released once at least one more byte has arrived, so the last part is known."""
    buf = bytearray()
    for chunk in chunks:
        buf += chunk
        while len(buf) > size:
            with memoryview(buf) as view:  # one copy, not two
                part = bytes(view[:size])
            del buf[:size]
            yield part, False
    yield bytes(buf), True


def _parse_endpoint(endpoint: str, secure: bool) -> tuple[str, bool]:
    """``host:port`` (TLS from ``secure``) or ``http(s)://host:port`` (TLS from the
    scheme) -> (host:port, secure)."""
    if "://" in endpoint:
        parts = urlsplit(endpoint)
        if parts.scheme not in ("http", "https") or not parts.netloc or parts.path.strip("/"):
            raise InvalidArgument(f"invalid S3 endpoint {endpoint!r}: expected host:port or http(s)://host:port",
                                  metadata={"endpoint": endpoint})
        return parts.netloc, parts.scheme == "https"
    if not endpoint or "/" in endpoint:
        raise InvalidArgument(f"invalid S3 endpoint {endpoint!r}: expected host:port or http(s)://host:port",
                              metadata={"endpoint": endpoint})
    return endpoint, secure


class S3Store(ObjectStore):
    """Objects in one bucket of an S3 server, optionally under a key ``prefix``
    (several deployments can share a bucket)."""

    def __init__(self, bucket: str, endpoint: str, access_key: str, secret_key: str, secure: bool = False,
                 region: str | None = "", create_bucket: bool = True, *, prefix: str = "",
                 part_size: int = PART_SIZE, policy: S3Policy | None = None):
        # The S3 naming rules (MinIO enforces them too): catch a typo here, not at the first request.
        if not _BUCKET.fullmatch(bucket) or ".." in bucket:
            raise InvalidArgument(f"invalid S3 bucket name {bucket!r}: 3 to 63 lower-case letters, digits, "
                                  "'.' or '-', starting and ending with a letter or digit",
                                  metadata={"bucket": bucket})
        if part_size < 5 << 20:
            raise InvalidArgument(f"S3 part size {part_size} is below the 5 MiB minimum of S3")
        prefix = prefix.strip("/")
        if prefix:
            validate_key(prefix)
        self.bucket = bucket
        self.prefix = prefix + "/" if prefix else ""
        self.part_size = part_size
        host, secure = _parse_endpoint(endpoint, secure)
        self.endpoint = f"{'https' if secure else 'http'}://{host}"
        # Our own pool: every request bounded by timeouts and the caller's deadline,
        # retried only where safe, capped in number, behind a circuit (s3http); room
        # for many threads sharing one store.
        self.policy = policy or S3Policy()
        http = GuardedPoolManager(self.policy, self.endpoint, maxsize=32, cert_reqs="CERT_REQUIRED",
                                  ca_certs=certifi.where())
        self._client = Minio(host, access_key=access_key or None, secret_key=secret_key or None,
                             secure=secure, region=region or None, http_client=http)
        self._create_bucket = create_bucket
        self._bucket_checked = False

    def __repr__(self) -> str:
        return f"S3Store({self.endpoint}/{self.bucket}/{self.prefix})"

    # --- helpers ------------------------------------------------------------------

    def _name(self, key: str) -> str:
        return self.prefix + validate_key(key)

    def check(self) -> None:
        """Makes sure the bucket exists (creating it when allowed). Called lazily by
        every operation, so a service may start before its MinIO does."""
        if self._bucket_checked:
            return
        # No lock: concurrent first checks are harmless (a lost make_bucket race is
        # handled below), while callers queued behind one stalled check would not be.
        with self._errors(""):
            if not self._client.bucket_exists(self.bucket):
                if not self._create_bucket:
                    raise self._no_bucket()
                try:
                    self._client.make_bucket(self.bucket)
                except S3Error as e:  # another process created it first
                    if e.code not in ("BucketAlreadyOwnedByYou", "BucketAlreadyExists"):
                        raise
            self._bucket_checked = True

    def _no_bucket(self) -> Unavailable:
        return Unavailable(f"S3 bucket {self.bucket!r} does not exist at {self.endpoint}",
                           reason="STORE_BUCKET_MISSING",
                           metadata={"bucket": self.bucket, "endpoint": self.endpoint})

    @contextlib.contextmanager
    def _errors(self, key: str, *, conditional: bool = False) -> Iterator[None]:
        """Maps S3 and connection errors to domain errors."""
        try:
            yield
        except BotfarmError:
            raise
        except S3Error as e:
            where = {"bucket": self.bucket, "endpoint": self.endpoint, "s3_code": e.code or ""}
            if e.code in ("NoSuchKey", "NoSuchObject") or (e.code == "ResourceNotFound" and key):
                raise NotFound(f"object {key!r} not found", metadata={"key": key}) from None
            if e.code == "PreconditionFailed" and conditional:
                raise AlreadyExists(f"object {key!r} already exists", metadata={"key": key}) from None
            if e.code == "NoSuchBucket":
                self._bucket_checked = False
                raise self._no_bucket() from None
            if e.code in _ACCESS_CODES:
                raise Unavailable(f"S3 at {self.endpoint} refused botfarm's credentials for bucket "
                                  f"{self.bucket!r} ({e.code}: {e.message})",
                                  reason="STORE_ACCESS_DENIED", metadata=where) from None
            if e.code in ("InternalError", "ServiceUnavailable", "SlowDown", "RequestTimeout"):
                raise Unavailable(f"S3 at {self.endpoint} failed: {e.code}: {e.message}",
                                  reason="STORE_UNAVAILABLE", metadata=where) from None
            raise  # anything else is a bug on our side: INTERNAL
        except (ServerError, InvalidResponseError) as e:
            raise Unavailable(f"S3 at {self.endpoint} failed: {e}", reason="STORE_UNAVAILABLE",
                              metadata={"bucket": self.bucket, "endpoint": self.endpoint}) from None
        except urllib3.exceptions.HTTPError as e:  # urllib3 wraps socket errors in these
            raise Unavailable(f"cannot reach S3 at {self.endpoint}: {e}", reason="STORE_UNREACHABLE",
                              metadata={"bucket": self.bucket, "endpoint": self.endpoint}) from None
        except MinioException as e:
            raise Unavailable(f"S3 at {self.endpoint} failed: {e}", reason="STORE_UNAVAILABLE",
                              metadata={"bucket": self.bucket, "endpoint": self.endpoint}) from None

    def _upload(self, key: str, data: ObjectData, length: int,
                metadata: dict[str, str] | None, conditional: bool) -> ObjectInfo:
        name = self._name(key)
        meta = normalize_metadata(metadata)
        self.check()
        headers = {"Content-Type": "application/octet-stream",
                   **{_META_PREFIX + k: v for k, v in meta.items()}}
        cond = {"If-None-Match": "*"} if conditional else {}
        size = 0
        parts = _parts(chunks_of(data), self.part_size)
        with self._errors(key, conditional=conditional):
            first, last = next(parts)
            size += len(first)
            if last:  # small object: one PUT
                check_length(key, length, size)
                result = self._client._put_object(self.bucket, name, first, {**headers, **cond})
                return ObjectInfo(key=key, size=size, last_modified=dt.datetime.now(dt.UTC),
                                  etag=result.etag or "", metadata=meta)
            upload_id = self._client._create_multipart_upload(self.bucket, name, dict(headers))
            try:
                etags = [self._client._upload_part(self.bucket, name, first, None, upload_id, 1)]
                del first
                for part, _last in parts:
                    size += len(part)
                    etags.append(self._client._upload_part(self.bucket, name, part, None, upload_id,
                                                           len(etags) + 1))
                check_length(key, length, size)
                etag = self._complete(name, upload_id, etags, cond)
            except BaseException:
                # Nothing half-written stays behind: the server drops the parts.
                with contextlib.suppress(Exception):
                    self._client._abort_multipart_upload(self.bucket, name, upload_id)
                raise
        return ObjectInfo(key=key, size=size, last_modified=dt.datetime.now(dt.UTC), etag=etag, metadata=meta)

    def _complete(self, name: str, upload_id: str, etags: list[str], cond: dict[str, str]) -> str:
        # minio's _complete_multipart_upload takes no extra headers; this is its body
        # with If-None-Match added for create_if_absent.
        root = ET.Element("CompleteMultipartUpload")
        for number, etag in enumerate(etags, 1):
            part = ET.SubElement(root, "Part")
            ET.SubElement(part, "PartNumber").text = str(number)
            ET.SubElement(part, "ETag").text = f'"{etag}"'
        body = ET.tostring(root)
        response = self._client._execute(
            "POST", self.bucket, name, body=body,
            headers={"Content-Type": "application/xml", "Content-MD5": md5sum_hash(body) or "", **cond},
            query_params={"uploadId": upload_id},
        )
        # S3 may answer 200 with an <Error> body when completion fails late.
        doc = ET.fromstring(response.data)
        if doc.tag.endswith("Error"):
            code = next((c.text for c in doc if c.tag.endswith("Code")), "") or ""
            msg = next((c.text for c in doc if c.tag.endswith("Message")), "") or ""
            if code == "PreconditionFailed" and cond:
                raise AlreadyExists(f"object {name[len(self.prefix):]!r} already exists")
            raise Unavailable(f"S3 at {self.endpoint} failed to complete an upload: {code}: {msg}",
                              reason="STORE_UNAVAILABLE")
        return (next((c.text for c in doc if c.tag.endswith("ETag")), "") or "").strip('"')

    # --- ObjectStore --------------------------------------------------------------

    def put(self, key, data, *, length=-1, metadata=None):
        return self._upload(key, data, length, metadata, conditional=False)

    def create_if_absent(self, key, data, *, length=-1, metadata=None):
        return self._upload(key, data, length, metadata, conditional=True)

    def iter_chunks(self, key, chunk_size=CHUNK):
        name = self._name(key)
        self.check()
        with self._errors(key):
            response = self._client.get_object(self.bucket, name)
            try:
                for chunk in response.stream(chunk_size):
                    deadlines.check(f"reading {key!r} from S3")
                    yield chunk
            finally:
                # Also runs when the reader stops early: the connection goes back to
                # the pool (or is dropped if unread bytes remain), never leaks.
                response.close()
                response.release_conn()

    def stat(self, key):
        name = self._name(key)
        self.check()
        with self._errors(key):
            obj = self._client.stat_object(self.bucket, name)
        meta = {k.lower()[len(_META_PREFIX):]: v for k, v in (obj.metadata or {}).items()
                if k.lower().startswith(_META_PREFIX)}
        return ObjectInfo(key=key, size=obj.size or 0, last_modified=obj.last_modified,
                          etag=obj.etag or "", metadata=meta)

    def list(self, prefix="", *, start_after="", delimiter=""):
        validate_list_args(prefix, start_after, delimiter)
        self.check()
        server_after = start_after
        if delimiter and start_after.endswith(delimiter):
            # Past every key under that common prefix ("a/" -> "a0"), so the server
            # does not roll the same prefix up again.
            server_after = start_after[:-1] + chr(ord(delimiter) + 1)
        with self._errors(prefix):
            for obj in self._list_pages(self.prefix + prefix, delimiter,
                                        self.prefix + server_after if server_after else ""):
                key = obj.object_name[len(self.prefix):]
                if key <= start_after:  # S3 servers differ on StartAfter with a delimiter
                    continue
                if obj.is_dir:
                    yield ObjectInfo(key=key, size=0)
                    continue
                yield ObjectInfo(key=key, size=obj.size or 0, last_modified=obj.last_modified,
                                 etag=(obj.etag or "").strip('"'))

    def _list_pages(self, prefix: str, delimiter: str, start_after: str) -> Iterator[Any]:
        """ListObjectsV2, one request per 1,000 entries, fetched as the caller reads.
        A response lists its keys and its common prefixes apart (minio's own
        ``list_objects`` yields them in that order); they are merged here, so that
        the listing is in key order across both."""
        token: str | None = ""
        while True:
            query: dict[str, str | list[str] | tuple[str]] = {
                "list-type": "2", "prefix": prefix, "delimiter": delimiter, "max-keys": "1000", "encoding-type": "url"}
            if token:
                query["continuation-token"] = token
            elif start_after:
                query["start-after"] = start_after
            response = self._client._execute("GET", self.bucket, query_params=query)
            objects, truncated, token, _ = parse_list_objects(response)
            yield from sorted((o for o in objects if o.object_name), key=lambda o: o.object_name or "")
            if not truncated or not token:
                return

    def list_incomplete(self, prefix=""):
        """Multipart uploads begun under ``prefix`` and never completed nor aborted (their
        writer died): S3 keeps their parts, invisible to ``list``, until aborted."""
        validate_prefix(prefix)
        self.check()
        key_marker = upload_marker = None
        seen: set[str] = set()
        with self._errors(prefix):
            while True:
                result = self._client._list_multipart_uploads(
                    self.bucket, prefix=self.prefix + prefix, key_marker=key_marker, upload_id_marker=upload_marker)
                new = [up for up in result.uploads if up.upload_id not in seen]
                for up in new:
                    seen.add(up.upload_id)
                    yield IncompleteWrite(key=up.object_name[len(self.prefix):], size=0,
                                          last_modified=up.initiated_time, handle=up.upload_id)
                # minio 7.2 misnames NextUploadIdMarker; a page with nothing new ends the loop.
                if not result.is_truncated or not new:
                    return
                key_marker = result.next_key_marker
                upload_marker = getattr(result, "next_upload_id_marker", None) or new[-1].upload_id

    def abort_incomplete(self, write):
        name = self._name(write.key)
        self.check()
        with self._errors(write.key):
            try:
                self._client._abort_multipart_upload(self.bucket, name, write.handle)
            except S3Error as e:
                if e.code != "NoSuchUpload":  # aborted or completed already
                    raise

    def delete(self, key):
        name = self._name(key)
        self.check()
        with self._errors(key):
            self._client.remove_object(self.bucket, name)

"""Bad page tokens, over gRPC, to every paginated List RPC of every service (found from
the descriptors: a List RPC added later is covered): garbage, and the base64 of a valid
JSON value that is not a token ("null"). Each is answered INVALID_ARGUMENT with the
ErrorInfo reason INVALID_PAGE_TOKEN (botfarm.core.pagination), never INTERNAL."""

from __future__ import annotations

import base64

import grpc
import pytest
from botfarm.core.config import SERVICES
from google.protobuf import message_factory
from grpcstatus import status_of
from rpcsurface import Method, methods

PAGINATED = [m for s in SERVICES for m in methods(s) if "page_token" in m.input.fields_by_name]
BAD_TOKENS = {"garbage": "!!not-a-token%%", "base64-null": base64.urlsafe_b64encode(b"null").decode()}
#: Required fields besides the token (an existing parent: the token is what is wrong).
OTHER_FIELDS = {"ListModelVersions": {"parent": "models/token-bot"}}


@pytest.fixture(scope="module")
def parents(farm):
    from botfarm.core.errors import AlreadyExists
    from botfarm.core.store import LocalStore
    from botfarm.registry.core import Registry

    try:
        Registry(LocalStore(farm.data)).create_model("token-bot")
    except AlreadyExists:
        pass


def test_every_list_rpc_with_pages_is_covered():
    names = {m.path.rsplit("/", 1)[1] for m in PAGINATED}
    assert names >= {"ListIngestions", "ListDatasets", "ListCleanDatasets", "ListTrainingJobs", "ListModels",
                     "ListModelVersions"}


@pytest.mark.parametrize("token", list(BAD_TOKENS), ids=list(BAD_TOKENS))
@pytest.mark.parametrize("method", PAGINATED, ids=str)
def test_a_bad_page_token_is_invalid_argument(farm, parents, method: Method, token: str):
    name = method.path.rsplit("/", 1)[1]
    request = message_factory.GetMessageClass(method.input)(page_token=BAD_TOKENS[token],
                                                             **OTHER_FIELDS.get(name, {}))
    with grpc.insecure_channel(farm.servers[method.service].address) as channel:
        code, reason, details = status_of(channel.unary_unary(method.path), request.SerializeToString())
    assert (code, reason) == (grpc.StatusCode.INVALID_ARGUMENT, "INVALID_PAGE_TOKEN"), details
    assert "page_token" in details or "page token" in details

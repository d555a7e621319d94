"""The `botfarm` command's own rules, in-process, no services: exit codes by status,
help without markup, the `train MODEL` shorthand, where --server points."""

from __future__ import annotations

import grpc
import pytest
from botfarm import cli
from botfarm.core import errors
from botfarm.core.clients import configured_addresses, parse_servers
from botfarm.training.cli import expand_shorthand


def test_exit_codes_are_the_status_code_numbers():
    for code in grpc.StatusCode:
        if code == grpc.StatusCode.OK:
            continue
        number = code.value[0]
        expected = 1 if code.name in ("CANCELLED", "UNKNOWN") else number
        assert cli.exit_code(code.name) == expected, code
    assert cli.exit_code("SOMETHING_NEW") == cli.EXIT_FAILED


@pytest.mark.parametrize("error", [errors.NotFound, errors.InvalidArgument, errors.FailedPrecondition,
                                   errors.Unavailable, errors.DataLoss, errors.Unauthenticated])
def test_a_command_that_raises_exits_with_its_code_and_one_line(error, capsys):
    import argparse

    def boom(_args):
        raise error("what went wrong")

    rc = cli.run(argparse.Namespace(func=boom))
    err = capsys.readouterr().err
    assert rc == grpc.StatusCode[error.code].value[0]
    assert err == f"botfarm: error: {error.code}: what went wrong\n"


def test_help_has_no_markup_anywhere():
    parser = cli.build_parser()
    seen = []

    def walk(p):
        seen.append(p.format_help())
        for action in p._actions:
            if hasattr(action, "choices") and isinstance(action.choices, dict):
                for sub in action.choices.values():
                    walk(sub)

    walk(parser)
    assert len(seen) > 20 and not [h for h in seen if "`" in h]
    assert cli.plain("run ``botfarm up`` or `botfarm serve`") == "run botfarm up or botfarm serve"


def test_train_model_is_train_create_model():
    assert expand_shorthand(["train", "bot", "--clean-dataset", "x"]) == ["train", "create", "bot", "--clean-dataset", "x"]
    for argv in (["train", "list"], ["train", "logs", "j"], ["train", "--help"], ["train"], ["bot", "list"]):
        assert expand_shorthand(argv) == argv
    args = cli.build_parser().parse_args(expand_shorthand(["train", "bot", "--clean-dataset", "x", "--addr", "h:1"]))
    assert (args.train_command, args.model, args.addr) == ("create", "bot", ["h:1"])


def test_server_flags_for_one_service_and_for_many():
    assert parse_servers(["h:1"], default_service="registry") == {"registry": "h:1"}
    with pytest.raises(errors.InvalidArgument):
        parse_servers(["h:1"])  # which service? (bot create talks to five)
    both = parse_servers(["cluster", "registry=r:9"], default_service="registry")
    assert both["registry"] == "r:9" and both["training"] == "cluster:50053"
    addrs = configured_addresses(["training=t:1"], env={"BOTFARM_REGISTRY_ADDR": "r:2", "BOTFARM_TRAINING_ADDR": "x"})
    assert addrs == {"training": "t:1", "registry": "r:2"}  # flags win over the environment

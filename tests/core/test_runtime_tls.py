"""TLS and mutual TLS. The CA and certificates are generated in the test with the
`cryptography` package (self-signed CA, server cert for 127.0.0.1/localhost, client cert)."""

from __future__ import annotations

import datetime as dt
import ipaddress
from pathlib import Path

import grpc
import pytest
from botfarm.core.clients import channel, wait_for_serving
from botfarm.core.errors import InvalidArgument
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID
from grpc_health.v1 import health_pb2, health_pb2_grpc


def _name(cn: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn)])


def _cert(subject: str, issuer_key, issuer_name, key, *, ca=False, server=False):
    now = dt.datetime.now(dt.UTC)
    b = (x509.CertificateBuilder().subject_name(_name(subject)).issuer_name(issuer_name)
         .public_key(key.public_key()).serial_number(x509.random_serial_number())
         .not_valid_before(now - dt.timedelta(minutes=5)).not_valid_after(now + dt.timedelta(days=1))
         .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True))
    if server:
        b = b.add_extension(x509.SubjectAlternativeName(
            [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), critical=False)
        b = b.add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
    elif not ca:
        b = b.add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.CLIENT_AUTH]), critical=False)
    return b.sign(issuer_key, hashes.SHA256())


def _write(path: Path, cert=None, key=None) -> str:
    if cert is not None:
        path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    else:
        path.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return str(path)


@pytest.fixture(scope="module")
def pki(tmp_path_factory) -> dict[str, str]:
    d = tmp_path_factory.mktemp("pki")
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca = _cert("botfarm test CA", ca_key, _name("botfarm test CA"), ca_key, ca=True)
    srv_key, cli_key = ec.generate_private_key(ec.SECP256R1()), ec.generate_private_key(ec.SECP256R1())
    return {
        "ca": _write(d / "ca.pem", ca),
        "server_cert": _write(d / "server.pem", _cert("localhost", ca_key, ca.subject, srv_key, server=True)),
        "server_key": _write(d / "server.key", key=srv_key),
        "client_cert": _write(d / "client.pem", _cert("bot-client", ca_key, ca.subject, cli_key)),
        "client_key": _write(d / "client.key", key=cli_key),
    }


def check(ch: grpc.Channel) -> int:
    return health_pb2_grpc.HealthStub(ch).Check(health_pb2.HealthCheckRequest(), timeout=5).status


def test_tls_refuses_plaintext_and_serves_tls(start_server, pki):
    server = start_server("registry", tls_cert=pki["server_cert"], tls_key=pki["server_key"])
    with channel(server.address) as plain:
        with pytest.raises(grpc.RpcError) as e:
            check(plain)
        assert e.value.code() == grpc.StatusCode.UNAVAILABLE
    with channel(server.address, tls_ca=pki["ca"]) as tls:
        assert check(tls) == health_pb2.HealthCheckResponse.SERVING
        wait_for_serving(tls, "botfarm.registry.v1.RegistryService", timeout=10)


def test_mutual_tls_refuses_a_client_without_certificate(start_server, pki):
    server = start_server("registry", tls_cert=pki["server_cert"], tls_key=pki["server_key"],
                          tls_client_ca=pki["ca"])
    with channel(server.address, tls_ca=pki["ca"]) as no_cert:
        with pytest.raises(grpc.RpcError) as e:
            check(no_cert)
        assert e.value.code() == grpc.StatusCode.UNAVAILABLE
    with channel(server.address, tls_ca=pki["ca"], client_cert=pki["client_cert"],
                 client_key=pki["client_key"], auth_token="unused") as mtls:
        assert check(mtls) == health_pb2.HealthCheckResponse.SERVING


def test_unreadable_certificate_names_the_flag(start_server, tmp_path, pki):
    with pytest.raises(InvalidArgument, match="--tls-cert / BOTFARM_TLS_CERT"):
        start_server("registry", tls_cert=str(tmp_path / "missing.pem"), tls_key=pki["server_key"])

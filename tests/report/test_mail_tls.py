"""The digest mailer over TLS against a real aiosmtpd relay on loopback.

A throwaway CA (trustme) issues the relay's certificate; the client trusts it only because
SSL_CERT_FILE names the CA's PEM file (the mailer uses `ssl.create_default_context()`), so every
delivery here also proves that the server certificate was verified. Covered: STARTTLS and
implicit SSL, AUTH LOGIN and PLAIN with the password from `[email] password_env`, and the
failures a committee's admin meets first (wrong password, untrusted or misnamed certificate,
security not matching the port), each a one-line DeliveryError that never shows the password.
"""

from __future__ import annotations

import email
import email.policy
import logging
import ssl
from datetime import UTC, datetime
from pathlib import Path

import pytest
import trustme
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult
from click.testing import CliRunner
from sqlmodel import select

from pipeline.cli import cli
from pipeline.errors import DeliveryError
from pipeline.report.mail import build_message, send_message
from pipeline.store.engine import session_scope
from pipeline.store.models import DigestRecord
from tests.helpers_smtp import free_port

from . import dataset
from .conftest import make_settings, write_mail_config

USER = "watch"
PASSWORD = "Tr1cky-p4ss word!"
WRONG = "n0t-the-Pa55w0rd"
PASSWORD_ENV = "EVIDENCE_TEST_SMTP_PASSWORD"
RECIPIENTS = ["chair@example.org", "member@example.org"]
NOW = datetime(2025, 3, 10, 7, 0, tzinfo=UTC)


class Relay:
    """aiosmtpd handler and authenticator: keeps each mail with the TLS version it came over."""

    def __init__(self) -> None:
        self.received: list[tuple[object, str | None]] = []
        self.logins: list[tuple[str, bytes]] = []

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 (aiosmtpd's hook name)
        tls = server.transport.get_extra_info("ssl_object")
        self.received.append((envelope, tls.version() if tls else None))
        return "250 Message accepted for delivery"

    def authenticate(self, server, session, envelope, mechanism, auth_data) -> AuthResult:
        if auth_data.login == USER.encode() and auth_data.password == PASSWORD.encode():
            self.logins.append((mechanism, auth_data.login))
            return AuthResult(success=True)
        return AuthResult(success=False, handled=False)


@pytest.fixture(scope="module")
def ca() -> trustme.CA:
    return trustme.CA()


def server_context(ca: trustme.CA, host: str = "127.0.0.1") -> ssl.SSLContext:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ca.issue_cert(host).configure_cert(context)
    return context


@pytest.fixture
def trusted_ca(ca, tmp_path, monkeypatch) -> trustme.CA:
    """The throwaway CA, trusted by the client through SSL_CERT_FILE."""
    path = tmp_path / "relay-ca.pem"
    ca.cert_pem.write_to_path(str(path))
    monkeypatch.setenv("SSL_CERT_FILE", str(path))
    return ca


@pytest.fixture
def relay():
    """start(**Controller kwargs) -> (Relay, port): an aiosmtpd relay on 127.0.0.1, stopped after the test."""
    started = []

    def start(**kwargs) -> tuple[Relay, int]:
        handler, port = Relay(), free_port()
        if kwargs.pop("auth", False):
            kwargs["authenticator"] = handler.authenticate
        controller = Controller(handler, hostname="127.0.0.1", port=port, **kwargs)
        controller.start()
        started.append(controller)
        return handler, port

    yield start
    for controller in started:
        controller.stop()


def tls_relay(relay, ca, security: str, host: str = "127.0.0.1", **kwargs) -> tuple[Relay, int]:
    """A relay speaking `security` ("starttls" or "ssl") with a certificate for `host` from `ca`."""
    context = server_context(ca, host)
    if security == "starttls":
        return relay(tls_context=context, require_starttls=True, **kwargs)
    # aiosmtpd only counts STARTTLS as TLS for AUTH; this connection is TLS from the first byte.
    return relay(ssl_context=context, auth_require_tls=False, **kwargs)


def settings_for(tmp_path: Path, port: int, security: str, **email_overrides):
    return make_settings(tmp_path, email={"host": "127.0.0.1", "port": port, "security": security,
                                          "sender": "watch@example.org", "timeout_seconds": 5,
                                          "password_env": PASSWORD_ENV, **email_overrides},
                         digest={"recipients": RECIPIENTS})


def message():
    return build_message(sender="watch@example.org", recipients=RECIPIENTS, subject="Digest",
                         markdown="# Digest\n\nNo new studies.", html="<h1>Digest</h1>", images={}, now=NOW)


def deliver(settings) -> None:
    send_message(settings, message(), RECIPIENTS)


@pytest.mark.parametrize("security", ["starttls", "ssl"])
def test_the_mail_is_delivered_over_tls_to_a_relay_with_a_verified_certificate(
        security, relay, trusted_ca, tmp_path):
    server, port = tls_relay(relay, trusted_ca, security)
    deliver(settings_for(tmp_path, port, security))
    [(envelope, tls_version)] = server.received
    assert tls_version in ("TLSv1.2", "TLSv1.3")
    assert envelope.rcpt_tos == RECIPIENTS
    parsed = email.message_from_bytes(envelope.content, policy=email.policy.default)
    assert parsed["Subject"] == "Digest"


@pytest.mark.parametrize("security", ["starttls", "ssl"])
@pytest.mark.parametrize("mechanism", ["LOGIN", "PLAIN"])
def test_the_client_logs_in_with_the_password_from_the_named_variable(
        security, mechanism, relay, trusted_ca, tmp_path, monkeypatch):
    other = {"LOGIN": "PLAIN", "PLAIN": "LOGIN"}[mechanism]
    server, port = tls_relay(relay, trusted_ca, security, auth=True,
                             auth_exclude_mechanism=[other])
    monkeypatch.setenv(PASSWORD_ENV, PASSWORD)
    deliver(settings_for(tmp_path, port, security, username=USER))
    assert server.logins == [(mechanism, USER.encode())]
    assert len(server.received) == 1


def test_starttls_never_falls_back_to_plain_text(relay, trusted_ca, tmp_path, monkeypatch):
    server, port = relay(auth=True, auth_require_tls=False)  # no TLS offered, AUTH offered in clear
    monkeypatch.setenv(PASSWORD_ENV, PASSWORD)
    with pytest.raises(DeliveryError, match=rf"127\.0\.0\.1:{port} \(starttls\): cannot deliver the digest "
                                            r"\(STARTTLS extension not supported by server\.; check \[email\] security"):
        deliver(settings_for(tmp_path, port, "starttls", username=USER))
    assert (server.logins, server.received) == ([], [])


@pytest.mark.parametrize("security", ["starttls", "ssl"])
def test_a_wrong_password_is_a_delivery_error_that_never_shows_a_password(
        security, relay, trusted_ca, tmp_path, monkeypatch, caplog):
    caplog.set_level(logging.DEBUG)
    server, port = tls_relay(relay, trusted_ca, security, auth=True)
    monkeypatch.setenv(PASSWORD_ENV, WRONG)
    with pytest.raises(DeliveryError) as error:
        deliver(settings_for(tmp_path, port, security, username=USER))
    text = str(error.value)
    assert text.startswith(f"127.0.0.1:{port} ({security}): cannot deliver the digest (the relay rejected the "
                           f"login of [email] username 'watch' (535 ")
    assert f"check the user name and the password in ${PASSWORD_ENV}" in text
    assert error.value.__cause__ is None and error.value.__suppress_context__
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert WRONG not in text and WRONG not in logged
    assert server.received == []


def test_cli_with_a_wrong_password_exits_1_keeps_the_digest_and_shows_no_password(
        relay, trusted_ca, tmp_path, engine, monkeypatch, caplog):
    caplog.set_level(logging.DEBUG, logger="pipeline")
    dataset.populate(engine)
    server, port = tls_relay(relay, trusted_ca, "starttls", auth=True)
    monkeypatch.setenv(PASSWORD_ENV, WRONG)
    config = write_mail_config(tmp_path, port, "starttls", password_env=PASSWORD_ENV, username=USER)
    result = CliRunner().invoke(cli, ["--config", str(config), "-vv", "digest", "--since", "2025-03-03",
                                      "--until", "2025-03-09", "--send"])
    assert result.exit_code == 1
    assert result.output.splitlines()[-1].startswith(f"Error: 127.0.0.1:{port} (starttls): cannot deliver")
    assert "Traceback" not in result.output
    assert WRONG not in result.output
    assert WRONG not in "\n".join(record.getMessage() for record in caplog.records)
    assert (tmp_path / "digests" / "digest-2025-03-09.md").is_file()
    with session_scope(engine) as session:
        [record] = session.exec(select(DigestRecord)).all()
        assert (record.sent_at, record.send_attempts) == (None, 1)
        assert "rejected the login" in record.last_error and WRONG not in record.last_error
    assert server.received == []


@pytest.mark.parametrize("security", ["starttls", "ssl"])
@pytest.mark.parametrize("problem, expected", [
    ("unknown CA", "unable to get local issuer certificate"),
    ("other host", "IP address mismatch"),
])
def test_an_untrusted_server_certificate_is_a_clear_delivery_error(
        security, problem, expected, relay, trusted_ca, tmp_path):
    if problem == "unknown CA":
        server, port = tls_relay(relay, trustme.CA(), security)
    else:
        server, port = tls_relay(relay, trusted_ca, security, host="mail.example.org")
    with pytest.raises(DeliveryError) as error:
        deliver(settings_for(tmp_path, port, security))
    text = str(error.value)
    assert text.startswith(f"127.0.0.1:{port} ({security}): cannot deliver the digest (the server's TLS "
                           f"certificate is not trusted: {expected}")
    assert "check [email] host and security" in text and "SSL_CERT_FILE" in text
    assert error.value.__cause__ is None and error.value.__suppress_context__
    assert server.received == []


def test_cli_with_an_untrusted_certificate_exits_1_in_one_line(relay, tmp_path, engine):
    dataset.populate(engine)
    server, port = tls_relay(relay, trustme.CA(), "ssl")
    config = write_mail_config(tmp_path, port, "ssl", password_env=PASSWORD_ENV)
    result = CliRunner().invoke(cli, ["--config", str(config), "digest", "--since", "2025-03-03",
                                      "--until", "2025-03-09", "--send"])
    assert result.exit_code == 1
    [line] = [line for line in result.output.splitlines() if line.startswith("Error:")]
    assert line.startswith(f"Error: 127.0.0.1:{port} (ssl): cannot deliver the digest (the server's TLS "
                           f"certificate is not trusted")
    assert "Traceback" not in result.output
    assert (tmp_path / "digests" / "digest-2025-03-09.md").is_file()


def test_ssl_against_a_plain_relay_says_to_check_the_security_setting(relay, trusted_ca, tmp_path):
    _, port = relay()
    with pytest.raises(DeliveryError, match=rf"127\.0\.0\.1:{port} \(ssl\): cannot deliver the digest \(TLS "
                                            rf"handshake failed: .+; check that \[email\] security matches "
                                            rf"what port {port} speaks"):
        deliver(settings_for(tmp_path, port, "ssl"))

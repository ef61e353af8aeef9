"""run_digest end to end: saved before sent, mailed to a real SMTP server on loopback, retried."""

from __future__ import annotations

import email
import email.policy
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from click.testing import CliRunner
from sqlmodel import select

from pipeline.cli import cli
from pipeline.errors import ConfigError, DeliveryError
from pipeline.report.job import run_digest
from pipeline.store.engine import session_scope
from pipeline.store.models import DigestRecord, FlagRecord
from tests.helpers_smtp import Inbox, free_port

from . import dataset
from .conftest import make_settings, write_mail_config


@pytest.fixture
def port() -> int:
    return free_port()


@pytest.fixture
def smtp(port):
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    yield inbox
    controller.stop()


def mail_settings(tmp_path: Path, port: int, **email_overrides):
    return make_settings(tmp_path, email={"host": "127.0.0.1", "port": port, "security": "none",
                                          "sender": "watch@example.org", "timeout_seconds": 5, **email_overrides},
                         digest={"recipients": ["chair@example.org", "member@example.org"]})


@pytest.fixture
def mail_store(tmp_path, port, engine):
    dataset.populate(engine)
    return mail_settings(tmp_path, port)


def parse(envelope) -> email.message.EmailMessage:
    return email.message_from_bytes(envelope.content, policy=email.policy.default)


def test_the_mail_arrives_with_both_parts_the_plots_and_the_recipients(mail_store, smtp):
    result = run_digest(mail_store, now=dataset.NOW, send=True)
    [envelope] = smtp.envelopes
    assert envelope.rcpt_tos == ["chair@example.org", "member@example.org"]
    assert envelope.mail_from == "watch@example.org"
    message = parse(envelope)
    assert message.get_content_type() == "multipart/alternative"
    plain, related = message.get_payload()
    assert plain.get_content_type() == "text/plain"
    assert plain.get_content().replace("\r\n", "\n") == result.paths["md"].read_text(encoding="utf-8")
    assert related.get_content_type() == "multipart/related"
    html, *images = related.get_payload()
    assert html.get_content_type() == "text/html"
    assert sorted(i.get_filename() for i in images) == ["digest-2025-03-09-hsct-mortality.png",
                                                         "digest-2025-03-09-hsct-remission-rate.png"]
    for image in images:
        assert image.get_content_type() == "image/png"
        assert f'src="cid:{image["Content-ID"].strip("<>")}"' in html.get_content()
    assert "(11 flag(s), 5 high, 9 new article(s))" in message["Subject"]


def test_a_sent_digest_is_marked_sent_and_saved_first(mail_store, smtp, engine):
    result = run_digest(mail_store, now=dataset.NOW, send=True)
    with session_scope(engine) as session:
        [record] = session.exec(select(DigestRecord)).all()
    assert record.sent_at == dataset.NOW and record.send_attempts == 1
    assert record.out_path == str(result.paths["md"])
    assert {p.suffix for p in result.paths.values()} == {".md", ".json", ".html"}
    assert all(p.is_file() for p in result.paths.values())


def test_with_the_server_down_the_digest_is_kept_and_sent_on_the_next_run(mail_store, port, engine):
    with pytest.raises(DeliveryError, match=r"127\.0\.0\.1:\d+ \(none\): cannot deliver the digest"):
        run_digest(mail_store, now=dataset.NOW, send=True)
    with session_scope(engine) as session:
        [record] = session.exec(select(DigestRecord)).all()
    assert record.sent_at is None and record.send_attempts == 1 and record.last_error
    assert Path(record.out_path).is_file()

    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        later = datetime(2025, 3, 17, 7, 0, tzinfo=UTC)
        result = run_digest(mail_store, now=later, send=True)
    finally:
        controller.stop()
    assert (result.since, result.until) == (date(2025, 3, 10), date(2025, 3, 16))
    assert [parse(e)["Subject"].split(": ", 1)[1][:24] for e in inbox.envelopes] == [
        "2025-03-03 to 2025-03-09", "2025-03-10 to 2025-03-16"]
    with session_scope(engine) as session:
        assert all(r.sent_at == later for r in session.exec(select(DigestRecord)))


def test_a_digest_not_meant_for_mailing_is_never_sent_later(mail_store, smtp):
    run_digest(mail_store, now=dataset.NOW)
    run_digest(mail_store, now=datetime(2025, 3, 17, 7, 0, tzinfo=UTC), send=True)
    assert len(smtp.envelopes) == 1


def test_a_dry_run_writes_an_eml_instead_of_sending(mail_store, smtp):
    result = run_digest(mail_store, now=dataset.NOW, dry_run=True)
    assert smtp.envelopes == []
    message = email.message_from_bytes(result.eml_path.read_bytes(), policy=email.policy.default)
    assert message["To"] == "chair@example.org, member@example.org"
    assert message.get_content_type() == "multipart/alternative"


def test_rerunning_a_digest_does_not_duplicate_flags(mail_store, engine):
    first = run_digest(mail_store, now=dataset.NOW)
    second = run_digest(mail_store, now=dataset.NOW)
    with session_scope(engine) as session:
        stored = session.exec(select(FlagRecord)).all()
    assert (first.new_flags, second.new_flags, len(stored)) == (11, 0, 11)


def test_the_smtp_password_never_reaches_the_error(mail_store, smtp, tmp_path, port, monkeypatch):
    monkeypatch.setenv("EVIDENCE_SMTP_PASSWORD", "s3cret-Pa55")
    settings = mail_settings(tmp_path, port, username="watch")
    with pytest.raises(DeliveryError) as error:
        run_digest(settings, now=dataset.NOW, send=True)
    assert "s3cret-Pa55" not in str(error.value)


def test_sending_without_recipients_is_a_config_error(tmp_path, engine):
    settings = make_settings(tmp_path, digest={"recipients": []})
    with pytest.raises(ConfigError, match=r"\[digest\] recipients is empty"):
        run_digest(settings, now=dataset.NOW, send=True)


def test_cli_send_with_the_server_down_exits_1_and_the_next_run_sends(tmp_path, port, engine):
    dataset.populate(engine)
    config = write_mail_config(tmp_path, port)
    args = ["--config", str(config), "digest", "--since", "2025-03-03", "--until", "2025-03-09", "--send"]
    down = CliRunner().invoke(cli, args)
    assert down.exit_code == 1
    assert down.output.splitlines()[-1].startswith("Error: 127.0.0.1:")
    assert "Traceback" not in down.output
    assert (tmp_path / "digests" / "digest-2025-03-09.md").is_file()

    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        up = CliRunner().invoke(cli, [*args[:2], "digest", "--since", "2025-03-10", "--until", "2025-03-16",
                                      "--send", "--out", str(tmp_path / "out.md")])
    finally:
        controller.stop()
    assert up.exit_code == 0, up.output
    assert "mailed 2 digest(s)" in up.output
    assert len(inbox.envelopes) == 2


def test_cli_prints_the_json_digest(tmp_path, port, engine):
    dataset.populate(engine)
    config = write_mail_config(tmp_path, port)
    result = CliRunner().invoke(cli, ["--config", str(config), "digest", "--since", "2025-03-03",
                                      "--until", "2025-03-09", "--format", "json"])
    assert result.exit_code == 0, result.output
    assert '"new_articles": 9' in result.stdout


def test_cli_baseline_load_then_show(tmp_path, port):
    config = write_mail_config(tmp_path, port)
    loaded = CliRunner().invoke(cli, ["--config", str(config), "baseline", "load"])
    assert loaded.exit_code == 0 and loaded.output.startswith("Loaded baseline version ")
    again = CliRunner().invoke(cli, ["--config", str(config), "baseline", "load"])
    assert "document and claims unchanged" in again.output
    shown = CliRunner().invoke(cli, ["--config", str(config), "baseline", "show"])
    assert shown.exit_code == 0
    assert "  hsct.remission_rate: 60–70%" in shown.output
    assert "  msc.max_tolerated_dose: 3.0×10⁶ cells/kg" in shown.output


def test_cli_baseline_load_with_a_broken_quote_exits_2(tmp_path, port):
    config = write_mail_config(tmp_path, port)
    claims = tmp_path / "baseline" / "claims.toml"
    claims.write_text(claims.read_text(encoding="utf-8").replace("mortality (1-5%)", "mortality (2-5%)"),
                      encoding="utf-8")
    result = CliRunner().invoke(cli, ["--config", str(config), "baseline", "load"])
    assert result.exit_code == 2
    assert result.output.startswith(f"Error: {claims}: claim hsct.mortality: quote not found")

"""Mailing the digest: one multipart message over SMTP (STARTTLS, SSL or plain).

Structure (RFC 2046 / RFC 2387):

    multipart/alternative
    ├── text/plain            the Markdown digest
    └── multipart/related
        ├── text/html         the rendered digest, plots as <img src="cid:...">
        └── image/png …       one forest plot per pooled claim (Content-ID = its file name)

The SMTP password comes from `settings.smtp_password()` only and never reaches a message,
log line or exception text.

With security "ssl" or "starttls" the relay's certificate must name `[email] host` and chain to
a CA the machine trusts (`ssl.create_default_context()`: the system store, or the PEM file that
the SSL_CERT_FILE environment variable names, e.g. a relay with a private CA).
"""

from __future__ import annotations

import logging
import smtplib
import ssl
from collections.abc import Mapping, Sequence
from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid

from pipeline.config import Settings
from pipeline.errors import DeliveryError

log = logging.getLogger(__name__)
CID_DOMAIN = "evidence-watch"


def content_id(file_name: str) -> str:
    """The Content-ID (without brackets) a plot file is embedded under."""
    return f"{file_name}@{CID_DOMAIN}"


def build_message(*, sender: str, recipients: Sequence[str], subject: str, markdown: str, html: str,
                  images: Mapping[str, bytes], now: datetime) -> EmailMessage:
    """The digest mail: text/plain Markdown and text/html with inline PNGs."""
    message = EmailMessage()
    message["Subject"] = subject
    message["From"] = sender
    message["To"] = ", ".join(recipients)
    message["Date"] = format_datetime(now)
    message["Message-ID"] = make_msgid(domain=CID_DOMAIN)
    message.set_content(markdown, subtype="plain", charset="utf-8")
    message.add_alternative(html, subtype="html", charset="utf-8")
    html_part = message.get_payload()[1]
    for name, png in sorted(images.items()):
        html_part.add_related(png, maintype="image", subtype="png", cid=f"<{content_id(name)}>",
                              filename=name, disposition="inline")
    return message


def _scrub(text: str, secret: str | None) -> str:
    return text.replace(secret, "***") if secret else text


def _explain(exc: Exception, settings: Settings) -> str:
    """The cause of a failed delivery, with what to check for the common TLS and login mistakes."""
    email = settings.email
    if isinstance(exc, ssl.SSLCertVerificationError):
        return (f"the server's TLS certificate is not trusted: {exc.verify_message}; check [email] host and "
                f"security, and that the relay's certificate names that host and is issued by a CA this "
                f"machine trusts (for a private CA, point SSL_CERT_FILE at its PEM file)")
    if isinstance(exc, ssl.SSLError):
        return (f"TLS handshake failed: {exc.reason or exc}; check that [email] security matches what port "
                f"{email.port} speaks (\"ssl\" is usually port 465, \"starttls\" 587)")
    if isinstance(exc, smtplib.SMTPAuthenticationError):
        reply = exc.smtp_error.decode("utf-8", "replace") if isinstance(exc.smtp_error, bytes) else exc.smtp_error
        return (f"the relay rejected the login of [email] username {email.username!r} ({exc.smtp_code} {reply}); "
                f"check the user name and the password in ${email.password_env}")
    if isinstance(exc, smtplib.SMTPNotSupportedError):
        return f"{exc}; check [email] security (relays often offer AUTH only over TLS)"
    return f"{exc.__class__.__name__}: {exc}"


def send_message(settings: Settings, message: EmailMessage, recipients: Sequence[str]) -> None:
    """Deliver `message` through the configured relay; DeliveryError names host and cause."""
    email = settings.email
    password = settings.smtp_password()
    where = f"{email.host}:{email.port} ({email.security})"
    try:
        if email.security == "ssl":
            client = smtplib.SMTP_SSL(email.host, email.port, timeout=email.timeout_seconds,
                                      context=ssl.create_default_context())
        else:
            client = smtplib.SMTP(email.host, email.port, timeout=email.timeout_seconds)
        with client:
            if email.security == "starttls":
                client.starttls(context=ssl.create_default_context())
            if email.username:
                if not password:
                    raise DeliveryError(
                        f"{where}: [email] username is set but ${email.password_env} is empty; "
                        f"export the SMTP password in that variable")
                client.login(email.username, password)
            refused = client.send_message(message, from_addr=email.sender, to_addrs=list(recipients))
    except DeliveryError:
        raise
    except (smtplib.SMTPException, OSError) as exc:
        detail = _scrub(_explain(exc, settings), password)
        raise DeliveryError(f"{where}: cannot deliver the digest ({detail}); it is saved and will be "
                            f"sent again on the next run") from None
    if refused:
        log.warning("%s refused recipients: %s", where, ", ".join(sorted(refused)))
    log.info("digest mailed to %d recipient(s) via %s", len(recipients) - len(refused or {}), where)

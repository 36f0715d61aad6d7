#!/usr/bin/env python3
"""A real SMTP server on 127.0.0.1 for mfactl's tests, built on aiosmtpd.

It prints `READY <port>` on stdout once it listens and runs until killed.
Accepted messages are saved as .eml files holding the raw bytes received;
every command the server handles is appended to a command log, so a test
can prove what a client did and did not send (for example, no AUTH).
"""

import argparse
import asyncio
import logging
import os
import ssl
import sys
import tempfile
import warnings

try:
    from aiosmtpd.smtp import SMTP, AuthResult, LoginPassword
except ImportError:
    sys.exit(
        "smtp_server.py: the Python package aiosmtpd is missing; "
        "run scripts/install-test-deps"
    )


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=0, help="0 picks a free port")
    tls = parser.add_mutually_exclusive_group()
    tls.add_argument(
        "--starttls",
        nargs=2,
        metavar=("CERT", "KEY"),
        help="offer STARTTLS and require it before AUTH and mail",
    )
    tls.add_argument(
        "--implicit-tls",
        nargs=2,
        metavar=("CERT", "KEY"),
        help="speak TLS from the first byte (port 465 style)",
    )
    parser.add_argument(
        "--auth",
        metavar="USER:PASS",
        help="require AUTH LOGIN or PLAIN with these credentials",
    )
    parser.add_argument("--maildir", help="save each accepted message here as .eml")
    parser.add_argument("--command-log", help="append each handled command here")
    return parser.parse_args()


def tls_context(cert_and_key):
    """A server-side TLS context for the given PEM certificate and key."""
    if cert_and_key is None:
        return None
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(*cert_and_key)
    return context


class Maildir:
    """Saves each message atomically: a temporary file renamed to .eml."""

    def __init__(self, path):
        self.path = path
        self.count = 0

    async def handle_DATA(self, server, session, envelope):
        if self.path is not None:
            self.save(envelope.original_content)
        return "250 2.0.0 OK: message accepted"

    def save(self, raw):
        self.count += 1
        name = f"{self.count:06d}.eml"
        with tempfile.NamedTemporaryFile(
            dir=self.path, suffix=".tmp", delete=False
        ) as part:
            part.write(raw)
            part.flush()
            os.fsync(part.fileno())
        os.replace(part.name, os.path.join(self.path, name))


def make_authenticator(credentials):
    """Accepts exactly USER:PASS; any other login is refused with 535."""
    user, _, password = credentials.partition(":")

    def authenticate(server, session, envelope, mechanism, auth_data):
        accepted = (
            isinstance(auth_data, LoginPassword)
            and auth_data.login == user.encode()
            and auth_data.password == password.encode()
        )
        return AuthResult(success=accepted, handled=False)

    return authenticate


class RecordingSMTP(SMTP):
    """An SMTP session that logs `VERB tls=yes|no` for every handled command."""

    def __init__(self, handler, command_log, **options):
        super().__init__(handler, **options)
        self.command_log = command_log
        methods = self._smtp_methods.items()
        self._smtp_methods = {verb: self.recorded(verb, method) for verb, method in methods}

    def recorded(self, verb, method):
        async def run(arg):
            self.record(verb)
            await method(arg)

        return run

    def record(self, verb):
        if self.command_log is None:
            return
        encrypted = self.transport.get_extra_info("ssl_object") is not None
        with open(self.command_log, "a", encoding="ascii") as log:
            log.write(f"{verb} tls={'yes' if encrypted else 'no'}\n")


def session_factory(args):
    """Builds one RecordingSMTP per connection with the chosen options."""
    handler = Maildir(args.maildir)
    starttls = tls_context(args.starttls)
    options = {
        "hostname": "localhost",
        "tls_context": starttls,
        "require_starttls": starttls is not None,
        # An implicit-TLS or plain server takes AUTH as it comes; only the
        # STARTTLS server insists on encryption first. The plain one is the
        # bait that proves a client refuses to log in without TLS.
        "auth_require_tls": starttls is not None,
        "auth_required": args.auth is not None,
    }
    if args.auth is not None:
        options["authenticator"] = make_authenticator(args.auth)
    return lambda: RecordingSMTP(handler, args.command_log, **options)


async def serve(args):
    loop = asyncio.get_running_loop()
    server = await loop.create_server(
        session_factory(args),
        host="127.0.0.1",
        port=args.port,
        ssl=tls_context(args.implicit_tls),
    )
    port = server.sockets[0].getsockname()[1]
    print(f"READY {port}", flush=True)
    await server.serve_forever()


def main():
    # aiosmtpd warns about the plain-text login it is told to allow, and about
    # its own deprecations; only real errors belong on stderr.
    warnings.filterwarnings("ignore", message="Requiring AUTH while not requiring TLS")
    logging.getLogger("mail.log").setLevel(logging.ERROR)
    args = parse_args()
    if args.maildir is not None:
        os.makedirs(args.maildir, exist_ok=True)
    asyncio.run(serve(args))


if __name__ == "__main__":
    main()

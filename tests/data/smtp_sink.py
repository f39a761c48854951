"""A real SMTP server for the tests: aiosmtpd on a free loopback port,
keeping every message it accepts as one JSON file in a folder (envelope,
headers decoded, the plain-text body, and whether it came over TLS).

    python smtp_sink.py FOLDER [--port N] [--tls CERT KEY]

Prints the port on the first line of stdout once it listens. With --tls it
offers STARTTLS and refuses mail without it. --port reuses a port (a server
"back up" after the test stopped it)."""

import argparse
import asyncio
import email
import email.policy
import itertools
import json
import os
import ssl
import sys

from aiosmtpd.smtp import SMTP


class Keep:
    def __init__(self, folder):
        self.folder = folder
        self.numbers = itertools.count(1)

    async def handle_DATA(self, server, session, envelope):
        message = email.message_from_bytes(envelope.original_content, policy=email.policy.default)
        kept = {
            "mail_from": envelope.mail_from,
            "rcpt_tos": envelope.rcpt_tos,
            "tls": session.ssl is not None,
            "from": str(message["From"]),
            "to": str(message["To"]),
            "subject": str(message["Subject"]),
            "message_id": str(message["Message-ID"]),
            "content_type": message.get_content_type(),
            "body": message.get_content(),
        }
        name = f"{os.getpid()}-{next(self.numbers):06d}.json"
        temporary = os.path.join(self.folder, "." + name)
        with open(temporary, "w") as out:
            json.dump(kept, out)
        os.rename(temporary, os.path.join(self.folder, name))
        return "250 kept"


async def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("folder")
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--tls", nargs=2, metavar=("CERT", "KEY"))
    args = parser.parse_args()
    handler = Keep(args.folder)
    context = None
    if args.tls:
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(*args.tls)

    def protocol():
        return SMTP(
            handler,
            tls_context=context,
            require_starttls=context is not None,
            hostname="localhost",
        )

    loop = asyncio.get_running_loop()
    server = await loop.create_server(protocol, "127.0.0.1", args.port)
    print(server.sockets[0].getsockname()[1], flush=True)
    # The test closes stdin to stop us, and we stop if it dies.
    await loop.run_in_executor(None, sys.stdin.read)
    server.close()


asyncio.run(main())

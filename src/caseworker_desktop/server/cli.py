"""`caseworker-server`: run the sync server and administer its teams.

    caseworker-server migrate --database URL
    caseworker-server create-org "CAW Oost-Vlaanderen"
    caseworker-server create-team --org ORG_ID "Woonbegeleiding Gent"
    caseworker-server invite --team TEAM_ID --name "An Peeters" --role team_leader
    caseworker-server serve --host 0.0.0.0 --port 8443 --certfile cert.pem --keyfile key.pem

The database is a SQLAlchemy URL: `sqlite:///./caseworker-server.db` (the default, one file next to
where you run it) or `postgresql+psycopg://user:password@host/dbname` for production.

TLS. The laptops only talk HTTPS to anything but the machine itself, so a reachable server needs TLS.
Either give `serve` a certificate and key (`--certfile`, `--keyfile`; uvicorn terminates TLS), or, more
usual in production, keep `serve` on 127.0.0.1 and put a reverse proxy in front that terminates TLS and
forwards to it, e.g. with Caddy `reverse_proxy 127.0.0.1:8443`, or nginx `proxy_pass
http://127.0.0.1:8443;` with `client_max_body_size 64m;` so large pushes get through the proxy.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from sqlalchemy import Engine, make_url
from sqlalchemy.exc import OperationalError

from caseworker_desktop.protocol import DeviceStatus, Role, fingerprint
from caseworker_desktop.server import admin
from caseworker_desktop.server.app import create_app
from caseworker_desktop.server.credentials import decode_public_key, iso
from caseworker_desktop.server.database import (
    DEFAULT_DATABASE_URL,
    Database,
    UnsupportedDatabase,
    is_current,
    make_engine,
    upgrade,
)

_LOCAL_HOSTS = ("127.0.0.1", "localhost", "::1")


def _shown(url: str) -> str:
    return make_url(url).render_as_string(hide_password=True)


def _open(url: str) -> Database:
    """The database for an admin command, refused unless its schema is current."""
    database = Database(url)
    if not is_current(database.engine):
        database.dispose()
        raise admin.AdminError(
            f"The database {_shown(url)} is not set up for this version of the server. "
            f"Run: caseworker-server migrate --database {_shown(url)}"
        )
    return database


def _migrate(engine: Engine, url: str) -> None:
    upgrade(engine)
    print(f"The database {_shown(url)} is up to date.")


def cmd_migrate(args: argparse.Namespace) -> int:
    engine = make_engine(args.database)
    try:
        _migrate(engine, args.database)
    finally:
        engine.dispose()
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    import uvicorn  # only the serve command needs it loaded

    if bool(args.certfile) != bool(args.keyfile):
        print("Give both --certfile and --keyfile, or neither.", file=sys.stderr)
        return 2
    engine = make_engine(args.database)
    try:
        _migrate(engine, args.database)
    finally:
        engine.dispose()
    if not args.certfile and args.host not in _LOCAL_HOSTS:
        print(
            f"Warning: serving plain HTTP on {args.host}. The laptops refuse plain HTTP to other machines; "
            "give --certfile and --keyfile, or put a TLS reverse proxy in front.",
            file=sys.stderr,
        )
    uvicorn.run(
        create_app(args.database),
        host=args.host,
        port=args.port,
        ssl_certfile=args.certfile,
        ssl_keyfile=args.keyfile,
        server_header=False,
        log_level=args.log_level,
    )
    return 0


def cmd_create_org(args: argparse.Namespace) -> int:
    database = _open(args.database)
    try:
        with database.session(write=True) as session:
            organisation = admin.create_organisation(session, args.name)
            session.commit()
            print(f"Created organisation {organisation.name!r} with id {organisation.id}.")
    finally:
        database.dispose()
    return 0


def cmd_create_team(args: argparse.Namespace) -> int:
    database = _open(args.database)
    try:
        with database.session(write=True) as session:
            team = admin.create_team(session, args.org, args.name)
            session.commit()
            print(f"Created team {team.name!r} with id {team.id}.")
    finally:
        database.dispose()
    return 0


def cmd_invite(args: argparse.Namespace) -> int:
    if args.worker is None and (args.team is None or args.name is None or args.role is None):
        print(
            "Give --team, --name and --role for a new worker, or --worker for a known one.", file=sys.stderr
        )
        return 2
    database = _open(args.database)
    try:
        with database.session(write=True) as session:
            if args.worker is not None:
                invitation = admin.invite_device(session, args.worker, args.days)
            else:
                invitation = admin.invite(session, args.team, args.name, Role(args.role), args.days)
            session.commit()
            worker, team = invitation.worker, invitation.team
            role = Role(worker.role).value.replace("_", " ")
            print(f"Enrolment code for {worker.name} ({role}, worker id {worker.id}) in team {team.name!r}:")
            print()
            print(f"    {invitation.code}")
            print()
            print(
                f"It works once and expires on {invitation.expires_at:%Y-%m-%d %H:%M} UTC. "
                "Hand it over in person or by phone; it cannot be shown again."
            )
    finally:
        database.dispose()
    return 0


def cmd_devices(args: argparse.Namespace) -> int:
    database = _open(args.database)
    try:
        with database.session(write=False) as session:
            rows = admin.team_devices(session, args.team)
            if not rows:
                print("This team has no devices yet.")
                return 0
            print(f"{len(rows)} device(s):")
            for device, worker in rows:
                raw = decode_public_key(device.public_key)
                print(
                    f"  {device.id}  {DeviceStatus(device.status).value:<8}  "
                    f"{fingerprint(raw) if raw else '?':<19}  {worker.name} ({Role(worker.role).value}), "
                    f"{device.name!r}, enrolled {iso(device.enrolled_at)[:16].replace('T', ' ')} UTC"
                )
    finally:
        database.dispose()
    return 0


def cmd_revoke(args: argparse.Namespace) -> int:
    database = _open(args.database)
    try:
        with database.session(write=True) as session:
            device, worker, already = admin.revoke(session, args.device_id)
            session.commit()
            if already:
                print(f"Device {device.id} ({device.name!r} of {worker.name}) was already revoked.")
            else:
                print(
                    f"Revoked device {device.id} ({device.name!r} of {worker.name}). It can no longer sync."
                )
    finally:
        database.dispose()
    return 0


def cmd_openapi(args: argparse.Namespace) -> int:
    text = openapi_text()
    if args.out:
        Path(args.out).write_text(text, encoding="utf-8")
        print(f"Wrote the OpenAPI schema to {args.out}.")
    else:
        sys.stdout.write(text)
    return 0


def openapi_text() -> str:
    """The schema as committed in openapi.json; no database is opened to build it."""
    return json.dumps(create_app("sqlite://").openapi(), indent=2, ensure_ascii=False) + "\n"


def _with_database(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--database",
        default=DEFAULT_DATABASE_URL,
        metavar="URL",
        help=f"SQLAlchemy database URL (default: {DEFAULT_DATABASE_URL})",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="caseworker-server",
        description="The central sync server for Caseworker Desktop. It stores sealed envelopes only.",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    serve = commands.add_parser("serve", help="run the server (migrates the database first)")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8443)
    serve.add_argument("--certfile", help="TLS certificate (PEM); or use a TLS reverse proxy")
    serve.add_argument("--keyfile", help="TLS private key (PEM)")
    serve.add_argument(
        "--log-level", default="info", choices=["critical", "error", "warning", "info", "debug"]
    )
    _with_database(serve)
    serve.set_defaults(handler=cmd_serve)

    migrate = commands.add_parser("migrate", help="bring the database schema up to date")
    _with_database(migrate)
    migrate.set_defaults(handler=cmd_migrate)

    create_org = commands.add_parser("create-org", help="add an organisation")
    create_org.add_argument("name")
    _with_database(create_org)
    create_org.set_defaults(handler=cmd_create_org)

    create_team = commands.add_parser("create-team", help="add a team to an organisation")
    create_team.add_argument("--org", required=True, metavar="ORG_ID")
    create_team.add_argument("name")
    _with_database(create_team)
    create_team.set_defaults(handler=cmd_create_team)

    invite = commands.add_parser("invite", help="print a one-time enrolment code for a worker's device")
    invite.add_argument("--team", metavar="TEAM_ID")
    invite.add_argument("--name", help="the new worker's name")
    invite.add_argument("--role", choices=[role.value for role in Role])
    invite.add_argument("--worker", metavar="WORKER_ID", help="a known worker's extra or replacement device")
    invite.add_argument("--days", type=int, default=7, help="days the code stays valid (default 7)")
    _with_database(invite)
    invite.set_defaults(handler=cmd_invite)

    devices = commands.add_parser("devices", help="list a team's devices with status and fingerprint")
    devices.add_argument("--team", required=True, metavar="TEAM_ID")
    _with_database(devices)
    devices.set_defaults(handler=cmd_devices)

    revoke = commands.add_parser("revoke", help="revoke a device at once")
    revoke.add_argument("device_id")
    _with_database(revoke)
    revoke.set_defaults(handler=cmd_revoke)

    openapi = commands.add_parser("openapi", help="print the OpenAPI schema (JSON)")
    openapi.add_argument("--out", metavar="FILE", help="write it to FILE instead")
    openapi.set_defaults(handler=cmd_openapi)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        result: int = args.handler(args)
    except admin.AdminError as error:
        print(error, file=sys.stderr)
        return 1
    except UnsupportedDatabase as error:
        print(f"{error}; use sqlite:///FILE or postgresql+psycopg://...", file=sys.stderr)
        return 1
    except OperationalError as error:
        print(f"Cannot use the database {_shown(args.database)}: {error.orig}", file=sys.stderr)
        return 1
    return result


if __name__ == "__main__":
    sys.exit(main())

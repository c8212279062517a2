"""``tennis-extract users``: the review page's accounts (add, list, disable, enable, password,
remove) and its login locks (unlock). They act on the database, so they work against a running
server: a disabled, removed or re-passworded account's sessions end at their next request, and an
unlocked account can log in at once."""

from __future__ import annotations

import sys
from contextlib import contextmanager

import click

from extractor.cli.options import db_option, main, review_engine


@main.group()
def users() -> None:
    """Accounts of the review page: add, list, disable, enable, password, remove, unlock."""


@contextmanager
def _accounts(url: str):
    """The database's engine; an AccountError is one line and exit code 1."""
    from extractor.review.accounts import AccountError

    engine = review_engine(url)
    try:
        yield engine
    except AccountError as exc:
        raise click.ClickException(str(exc)) from None
    finally:
        engine.dispose()


def _read_password() -> str:
    """One line from stdin, or asked twice on a terminal."""
    if sys.stdin.isatty():
        return click.prompt("Password", hide_input=True, confirmation_prompt=True)
    return sys.stdin.readline().rstrip("\r\n")


@users.command("add")
@click.argument("name")
@click.option("--role", type=click.Choice(["editor", "admin"]), default="editor", show_default=True)
@db_option
def users_add(name: str, role: str, url: str) -> None:
    """Add an account; the password is read from stdin (one line), or asked for on a terminal."""
    from extractor.review.accounts import add_user

    password = _read_password()
    with _accounts(url) as engine:
        add_user(engine, name, password, role=role)
    click.echo(f"account {name} ({role}) added")


@users.command("list")
@db_option
def users_list(url: str) -> None:
    """List the accounts: name, role, whether disabled, and failed logins in the last 10 minutes
    (with the default limits: an account is locked at 5, an address at 50)."""
    from extractor.review.accounts import users as all_users
    from extractor.review.throttle import Throttle, account_key

    with _accounts(url) as engine:
        recent = Throttle(engine).recent()
        for account in all_users(engine):
            flags = ["disabled"] if account.disabled else []
            failures = recent.get(("account", account_key(account.name)))
            if failures:
                flags.append(_failures(*failures))
            click.echo("\t".join([account.name, account.role, *flags]))
        for (scope, key), failures in sorted(recent.items()):
            if scope == "address" and failures[1]:
                click.echo(f"address {key}\t{_failures(*failures)}")


def _failures(count: int, locked: int) -> str:
    text = f"{count} failed login(s)"
    return text + (f", locked ({locked // 60 + 1} min left)" if locked else "")


@users.command("disable")
@click.argument("name")
@db_option
def users_disable(name: str, url: str) -> None:
    """Disable an account: it can no longer log in, and its open sessions end."""
    from extractor.review.accounts import set_disabled

    with _accounts(url) as engine:
        set_disabled(engine, name)
    click.echo(f"account {name} disabled")


@users.command("enable")
@click.argument("name")
@db_option
def users_enable(name: str, url: str) -> None:
    """Enable a disabled account again."""
    from extractor.review.accounts import set_disabled

    with _accounts(url) as engine:
        set_disabled(engine, name, False)
    click.echo(f"account {name} enabled")


@users.command("password")
@click.argument("name")
@db_option
def users_password(name: str, url: str) -> None:
    """Reset an account's password: read from stdin (one line), or asked for on a terminal. Its
    open sessions end; its login lock is lifted."""
    from extractor.review.accounts import set_password
    from extractor.review.throttle import Throttle

    password = _read_password()
    with _accounts(url) as engine:
        set_password(engine, name, password)
        Throttle(engine).unlock(name=name)
    click.echo(f"account {name}: new password set")


@users.command("remove")
@click.argument("name")
@db_option
def users_remove(name: str, url: str) -> None:
    """Remove an account (its decisions keep its name); its open sessions end."""
    from extractor.review.accounts import remove_user
    from extractor.review.throttle import Throttle

    with _accounts(url) as engine:
        remove_user(engine, name)
        Throttle(engine).unlock(name=name)
    click.echo(f"account {name} removed")


@users.command("unlock")
@click.argument("name", required=False)
@click.option("--address", metavar="ADDR", help="Unlock a client address instead (or as well).")
@db_option
def users_unlock(name: str | None, address: str | None, url: str) -> None:
    """Lift the lock that failed logins put on account NAME (and/or on a client address), at once,
    also on a running server."""
    from extractor.review.throttle import Throttle

    if not name and not address:
        raise click.UsageError("give an account NAME, or --address ADDR")
    with _accounts(url) as engine:
        forgotten = Throttle(engine).unlock(name=name, address=address)
    what = " and ".join(x for x in (name and f"account {name}", address and f"address {address}") if x)
    click.echo(f"{what} unlocked ({forgotten} failed login(s) forgotten)")

"""Review accounts in the database: names, roles, password hashes (werkzeug's scrypt), disabling,
enabling, a new password, removal.

>>> add_user(engine, "ann", "a long passphrase", role="admin")    # doctest: +SKIP
>>> verify(engine, "ann", "a long passphrase")                     # the Account, or None
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass

from sqlalchemy import Engine, delete, func, insert, select, update
from sqlalchemy.exc import IntegrityError
from werkzeug.security import check_password_hash, generate_password_hash

from extractor.db.machine import MACHINE
from extractor.db.schema import ROLES, TABLES

MIN_PASSWORD = 8
MAX_NAME = 80
# Compared against when the name is unknown, so a wrong name costs as long as a wrong password.
_DUMMY_HASH = generate_password_hash(secrets.token_hex(8))


class AccountError(ValueError):
    """A request about accounts that cannot be carried out; the message says why."""


@dataclass(frozen=True)
class Account:
    id: int
    name: str
    role: str
    disabled: bool
    stamp: str = ""  # changes with the password: a session names it, so a new password ends old sessions

    @property
    def is_admin(self) -> bool:
        return self.role == "admin"


def _account(r) -> Account:
    return Account(r.id, r.name, r.role, bool(r.disabled), _stamp(r.password_hash))


def _stamp(password_hash: str) -> str:
    return hashlib.sha256(password_hash.encode("utf-8")).hexdigest()[:16]


def _check_password(password: str) -> None:
    if len(password or "") < MIN_PASSWORD:
        raise AccountError(f"the password must have at least {MIN_PASSWORD} characters")


def add_user(engine: Engine, name: str, password: str, *, role: str = "editor") -> Account:
    name = (name or "").strip()
    if not name or len(name) > MAX_NAME or any(c.isspace() for c in name):
        raise AccountError(f"an account name is 1 to {MAX_NAME} characters without spaces, got {name!r}")
    if name.lower() == MACHINE:
        raise AccountError(f"{MACHINE!r} names the machine's acceptances (--auto-accept); pick another name")
    if role not in ROLES:
        raise AccountError(f"role must be one of {', '.join(ROLES)}, got {role!r}")
    _check_password(password)
    u = TABLES["review_users"]
    password_hash = generate_password_hash(password)
    with engine.begin() as conn:
        if conn.execute(select(u.c.id).where(u.c.name == name)).first() is not None:
            raise AccountError(f"there is already an account {name!r}")
        new_id = conn.execute(
            insert(u).returning(u.c.id),
            {"name": name, "password_hash": password_hash, "role": role, "disabled": False},
        ).scalar_one()
    return Account(new_id, name, role, False, _stamp(password_hash))


def users(engine: Engine) -> list[Account]:
    u = TABLES["review_users"]
    with engine.connect() as conn:
        return [_account(r) for r in conn.execute(select(u).order_by(u.c.name))]


def any_users(engine: Engine) -> bool:
    u = TABLES["review_users"]
    with engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(u)).scalar() > 0


def set_disabled(engine: Engine, name: str, disabled: bool = True) -> None:
    u = TABLES["review_users"]
    with engine.begin() as conn:
        if not conn.execute(update(u).where(u.c.name == name).values(disabled=disabled)).rowcount:
            raise AccountError(f"no account {name!r}")


def set_password(engine: Engine, name: str, password: str) -> None:
    """A new password (an admin's reset); the account's open sessions end at their next request."""
    _check_password(password)
    u = TABLES["review_users"]
    with engine.begin() as conn:
        changed = conn.execute(
            update(u).where(u.c.name == name).values(password_hash=generate_password_hash(password))
        ).rowcount
    if not changed:
        raise AccountError(f"no account {name!r}")


def remove_user(engine: Engine, name: str) -> None:
    """Remove an account (its decisions keep its name); its open sessions end at their next request."""
    u = TABLES["review_users"]
    with engine.begin() as conn:
        if not conn.execute(delete(u).where(u.c.name == name)).rowcount:
            raise AccountError(f"no account {name!r}")


def get(engine: Engine, user_id: int) -> Account | None:
    u = TABLES["review_users"]
    with engine.connect() as conn:
        r = conn.execute(select(u).where(u.c.id == user_id)).first()
    return _account(r) if r is not None else None


def verify(engine: Engine, name: str, password: str) -> Account | None:
    """The account when the name and password match and it is not disabled; None otherwise."""
    u = TABLES["review_users"]
    with engine.connect() as conn:
        r = conn.execute(select(u).where(u.c.name == (name or "").strip())).first()
    if r is None:
        check_password_hash(_DUMMY_HASH, password or "")
        return None
    if not check_password_hash(r.password_hash, password or "") or r.disabled:
        return None
    return _account(r)


def secret_key(engine: Engine) -> str:
    """The key that signs session cookies, kept in the database so every server of it (and a
    restart) accepts the same sessions; made on first use."""
    s = TABLES["review_settings"]
    query = select(s.c.value).where(s.c.name == "secret_key")
    try:
        with engine.begin() as conn:
            value = conn.execute(query).scalar()
            if value is None:
                value = secrets.token_hex(32)
                conn.execute(insert(s), {"name": "secret_key", "value": value})
    except IntegrityError:  # another server made it at the same moment: use theirs
        with engine.connect() as conn:
            value = conn.execute(query).scalar_one()
    return value

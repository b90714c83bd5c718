"""The sandbox's SQLite database: accounts, vehicles, sessions, 2FA codes and the audit log."""

from __future__ import annotations

import hashlib
import json
import secrets
import sqlite3
import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from ._generator import VehicleSpec

SCHEMA = """
CREATE TABLE IF NOT EXISTS accounts (
    username TEXT PRIMARY KEY, salt TEXT, password_hash TEXT, dealer TEXT,
    failures INTEGER DEFAULT 0, code_failures INTEGER DEFAULT 0, locked_until REAL DEFAULT 0);
CREATE TABLE IF NOT EXISTS vehicles (
    id INTEGER PRIMARY KEY, account TEXT, stock TEXT, vin TEXT, page_vin TEXT, year INTEGER,
    make TEXT, model TEXT, trim TEXT, age_days INTEGER, dealer TEXT, sticker_kind TEXT,
    sticker TEXT, truth TEXT, options TEXT);
CREATE TABLE IF NOT EXISTS sessions (
    token TEXT PRIMARY KEY, account TEXT, created REAL, last_seen REAL, revoked INTEGER DEFAULT 0);
CREATE TABLE IF NOT EXISTS flows (token TEXT PRIMARY KEY, account TEXT, stage TEXT, created REAL);
CREATE TABLE IF NOT EXISTS codes (
    id INTEGER PRIMARY KEY, account TEXT, code TEXT, created REAL, used INTEGER DEFAULT 0);
CREATE TABLE IF NOT EXISTS audit (
    id INTEGER PRIMARY KEY, account TEXT, vehicle_id INTEGER, before TEXT, after TEXT, at REAL);
CREATE TABLE IF NOT EXISTS logins (id INTEGER PRIMARY KEY, account TEXT, at REAL);
CREATE TABLE IF NOT EXISTS failed_signins (
    id INTEGER PRIMARY KEY, account TEXT, step TEXT, at REAL);
"""

# sign-in step -> the accounts column counting its failures in a row (each step locks alone)
FAILURE_COLUMNS = {"password": "failures", "code": "code_failures"}


def _hash(password: str, salt: str) -> str:
    return hashlib.pbkdf2_hmac("sha256", password.encode(), salt.encode(), 50_000).hex()


@dataclass(frozen=True)
class AuditRow:
    account: str
    vehicle_id: int
    before: list[str]
    after: list[str]
    at: float


class Store:
    """Thread-safe access to one SQLite file (WAL), shared by the server and the Python API."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._db = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        self._db.row_factory = sqlite3.Row
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.executescript(SCHEMA)

    def clear(self) -> None:
        """Forget vehicles, sessions, sign-in flows, codes, audit rows and sign-ins."""
        with self._lock:
            self._db.executescript("DELETE FROM vehicles; DELETE FROM sessions; "
                                   "DELETE FROM flows; DELETE FROM codes; DELETE FROM audit; "
                                   "DELETE FROM logins; DELETE FROM failed_signins;")

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def _query(self, sql: str, args: Iterable = ()) -> list[sqlite3.Row]:
        with self._lock:
            return self._db.execute(sql, tuple(args)).fetchall()

    def _write(self, sql: str, args: Iterable = ()) -> int:
        with self._lock:
            return self._db.execute(sql, tuple(args)).lastrowid or 0

    # accounts -----------------------------------------------------------------
    def add_account(self, username: str, password: str, dealer: str) -> None:
        salt = secrets.token_hex(8)
        self._write("INSERT OR REPLACE INTO accounts(username, salt, password_hash, dealer) "
                    "VALUES (?,?,?,?)", (username, salt, _hash(password, salt), dealer))

    def account(self, username: str) -> sqlite3.Row | None:
        rows = self._query("SELECT * FROM accounts WHERE username=?", (username,))
        return rows[0] if rows else None

    def check_password(self, username: str, password: str) -> bool:
        row = self.account(username)
        return bool(row) and secrets.compare_digest(row["password_hash"],
                                                    _hash(password, row["salt"]))

    def record_failure(self, username: str, step: str, limit: int, lock_seconds: float) -> None:
        """Count a rejected password or code; ``limit`` of one step in a row lock the account."""
        column = FAILURE_COLUMNS[step]
        with self._lock:
            self._db.execute(f"UPDATE accounts SET {column} = {column} + 1 WHERE username=?",
                             (username,))
            self._db.execute(f"UPDATE accounts SET locked_until=?, {column}=0 "
                             f"WHERE username=? AND {column}>=?",
                             (time.time() + lock_seconds, username, limit))
        self.record_refusal(username, step)

    def record_refusal(self, username: str, step: str) -> None:
        """Note a failed sign-in attempt (also one refused because the account is locked)."""
        self._write("INSERT INTO failed_signins(account, step, at) VALUES (?,?,?)",
                    (username, step, time.time()))

    def reset_failures(self, username: str, step: str) -> None:
        column = FAILURE_COLUMNS[step]
        self._write(f"UPDATE accounts SET {column}=0 WHERE username=?", (username,))

    def failed_signins(self, username: str, step: str | None = None) -> int:
        sql, args = "SELECT COUNT(*) FROM failed_signins WHERE account=?", [username]
        if step is not None:
            sql, args = sql + " AND step=?", [*args, step]
        return self._query(sql, args)[0][0]

    def locked(self, username: str) -> bool:
        row = self.account(username)
        return bool(row) and row["locked_until"] > time.time()

    # vehicles -------------------------------------------------------------------
    def add_vehicles(self, vehicles: list[VehicleSpec]) -> None:
        with self._lock:
            self._db.executemany(
                "INSERT OR REPLACE INTO vehicles VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                [(v.id, v.account, v.stock, v.vin, v.page_vin, v.year, v.make, v.model, v.trim,
                  v.age_days, v.dealer, v.sticker_kind, json.dumps(v.sticker),
                  json.dumps(v.truth), json.dumps(v.initial)) for v in vehicles])

    def vehicles(self, account: str, age_min: int | None = None,
                 age_max: int | None = None) -> list[sqlite3.Row]:
        sql, args = "SELECT * FROM vehicles WHERE account=?", [account]
        if age_min is not None:
            sql, args = sql + " AND age_days>=?", [*args, age_min]
        if age_max is not None:
            sql, args = sql + " AND age_days<=?", [*args, age_max]
        return self._query(sql + " ORDER BY id", args)

    def vehicle(self, vehicle_id: int) -> sqlite3.Row | None:
        rows = self._query("SELECT * FROM vehicles WHERE id=?", (vehicle_id,))
        return rows[0] if rows else None

    def set_sticker(self, vehicle_id: int, kind: str, sticker_json: str) -> None:
        self._write("UPDATE vehicles SET sticker_kind=?, sticker=? WHERE id=?",
                    (kind, sticker_json, vehicle_id))

    def save_options(self, account: str, vehicle_id: int, options: list[str]) -> AuditRow:
        """Replace one vehicle's options and audit it, in one transaction."""
        after = sorted(set(options))
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            before = json.loads(self._db.execute("SELECT options FROM vehicles WHERE id=?",
                                                 (vehicle_id,)).fetchone()[0])
            self._db.execute("UPDATE vehicles SET options=? WHERE id=?",
                             (json.dumps(after), vehicle_id))
            now = time.time()
            self._db.execute("INSERT INTO audit(account, vehicle_id, before, after, at) "
                             "VALUES (?,?,?,?,?)",
                             (account, vehicle_id, json.dumps(before), json.dumps(after), now))
            self._db.execute("COMMIT")
        return AuditRow(account, vehicle_id, before, after, now)

    def audit(self) -> list[AuditRow]:
        return [AuditRow(r["account"], r["vehicle_id"], json.loads(r["before"]),
                         json.loads(r["after"]), r["at"])
                for r in self._query("SELECT * FROM audit ORDER BY id")]

    # sessions, sign-in flows and codes -----------------------------------------
    def new_session(self, account: str) -> str:
        token = secrets.token_urlsafe(24)
        now = time.time()
        self._write("INSERT INTO sessions VALUES (?,?,?,?,0)", (token, account, now, now))
        self._write("INSERT INTO logins(account, at) VALUES (?,?)", (account, now))
        return token

    def session(self, token: str) -> sqlite3.Row | None:
        rows = self._query("SELECT * FROM sessions WHERE token=?", (token,))
        return rows[0] if rows else None

    def touch_session(self, token: str) -> None:
        self._write("UPDATE sessions SET last_seen=? WHERE token=?", (time.time(), token))

    def session_tokens(self) -> list[str]:
        return [r[0] for r in self._query("SELECT token FROM sessions")]

    def revoke_sessions(self, account: str) -> None:
        self._write("UPDATE sessions SET revoked=1 WHERE account=?", (account,))

    def revoke_session(self, token: str) -> None:
        self._write("UPDATE sessions SET revoked=1 WHERE token=?", (token,))

    def login_count(self, account: str) -> int:
        return self._query("SELECT COUNT(*) FROM logins WHERE account=?", (account,))[0][0]

    def new_flow(self, account: str, stage: str) -> str:
        token = secrets.token_urlsafe(16)
        self._write("INSERT INTO flows VALUES (?,?,?,?)", (token, account, stage, time.time()))
        return token

    def flow(self, token: str) -> sqlite3.Row | None:
        rows = self._query("SELECT * FROM flows WHERE token=?", (token,))
        return rows[0] if rows else None

    def set_flow_stage(self, token: str, stage: str) -> None:
        self._write("UPDATE flows SET stage=? WHERE token=?", (stage, token))

    def new_code(self, account: str) -> str:
        code = f"{secrets.randbelow(1_000_000):06d}"
        self._write("INSERT INTO codes(account, code, created) VALUES (?,?,?)",
                    (account, code, time.time()))
        return code

    def codes(self, account: str) -> list[sqlite3.Row]:
        return self._query("SELECT * FROM codes WHERE account=? ORDER BY id DESC", (account,))

    def use_code(self, code_id: int) -> None:
        self._write("UPDATE codes SET used=1 WHERE id=?", (code_id,))

"""A SQLite file of another program given as the journal is refused, untouched."""

import sqlite3

import pytest

from vautokit import RunJournal
from vautokit.errors import JournalError


def _foreign(path):
    db = sqlite3.connect(path)
    db.executescript("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT);"
                     "INSERT INTO customers VALUES (1, 'Ada');")
    db.close()
    return path.read_bytes()


def test_a_foreign_sqlite_file_is_refused_before_anything_is_written(tmp_path):
    path = tmp_path / "crm.sqlite"
    before = _foreign(path)
    with pytest.raises(JournalError) as caught:
        RunJournal(path)
    message = str(caught.value)
    assert str(path) in message and "another program" in message and "customers" in message
    assert path.read_bytes() == before  # no tables added, journal mode unchanged
    db = sqlite3.connect(path)
    tables = {name for (name,) in db.execute("SELECT name FROM sqlite_master")}
    db.close()
    assert tables == {"customers"}


def test_an_empty_sqlite_file_and_an_existing_journal_open(tmp_path):
    empty = tmp_path / "empty.sqlite"
    sqlite3.connect(empty).close()
    RunJournal(empty).close()
    RunJournal(empty).close()  # now a journal of ours: opens again

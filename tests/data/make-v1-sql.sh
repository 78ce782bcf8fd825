#!/usr/bin/env bash
# Makes tests/data/v1.sql for tests/upgrade.rs: a database written by the first
# released version of tender (commit 7c57492, schema version 1: migration 0001
# only), holding three seed tenders of that version in three phases and their
# audit trail, dumped as SQL (no database file is kept in the repository; the
# test builds one from this text in a temporary folder). Run from the
# repository root; it builds that version in a temporary folder (a few minutes)
# and needs the sqlite3 shell.
set -euo pipefail
v1=7c57492
src=$(mktemp -d)
trap 'rm -rf "$src"' EXIT
git archive "$v1" | tar -x -C "$src"
cargo build --quiet --manifest-path "$src/Cargo.toml" --target-dir "$src/target"
db=$src/v1.db
# In the source folder, so that the trail names the files as tenders/….
run() { (cd "$src" && TENDER_DB=$db USER=inkoper target/debug/tender "$@" >/dev/null); }
run --now 2015-05-01T10:00 new tenders/ommen-hardenberg-2015.toml
run --now 2015-05-01T10:05 new tenders/walcheren-2016.toml
run --now 2015-05-01T10:10 new tenders/achterhoek-2022.toml
run --now 2015-08-03T09:00 publish ommen-hardenberg-2015
run --now 2015-08-04T09:00 cancel walcheren-2016 --reason "Opnieuw in overleg met de aanbieders"
{
    echo "-- A database written by the first released version of tender (commit 7c57492,"
    echo "-- schema version 1), as SQL: tests/upgrade.rs builds the file from it in a"
    echo "-- temporary folder. Made by tests/data/make-v1-sql.sh."
    sqlite3 "$db" .dump
    echo "PRAGMA user_version = 1;"
} > tests/data/v1.sql
echo "wrote tests/data/v1.sql"

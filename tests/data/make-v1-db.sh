#!/usr/bin/env bash
# Makes tests/data/v1.db for tests/upgrade.rs: a database written by the first
# released version of tender (commit 7c57492, schema version 1: migration 0001
# only), holding three seed tenders of that version in three phases and their
# audit trail. Run from the repository root; it builds that version in a
# temporary folder (a few minutes).
set -euo pipefail
v1=7c57492
src=$(mktemp -d)
trap 'rm -rf "$src"' EXIT
git archive "$v1" | tar -x -C "$src"
cargo build --quiet --manifest-path "$src/Cargo.toml" --target-dir "$src/target"
db=$PWD/tests/data/v1.db
rm -f "$db" "$db-wal" "$db-shm"
# In the source folder, so that the trail names the files as tenders/….
run() { (cd "$src" && TENDER_DB=$db USER=inkoper target/debug/tender "$@" >/dev/null); }
run --now 2015-05-01T10:00 new tenders/ommen-hardenberg-2015.toml
run --now 2015-05-01T10:05 new tenders/walcheren-2016.toml
run --now 2015-05-01T10:10 new tenders/achterhoek-2022.toml
run --now 2015-08-03T09:00 publish ommen-hardenberg-2015
run --now 2015-08-04T09:00 cancel walcheren-2016 --reason "Opnieuw in overleg met de aanbieders"
# The last connection to close folds the WAL into the file, so v1.db is one file.
test ! -e "$db-wal"
echo "wrote $db"

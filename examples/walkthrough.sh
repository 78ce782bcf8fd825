#!/usr/bin/env bash
# The README walkthrough: builds tender and carries the seed tenders through
# their life in a fresh database, at the moments the articles give.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet
export TENDER_DB="${TENDER_DB:-$(mktemp -d)/walkthrough.db}"
export USER="${USER:-inkoper}"
tender() {
    echo
    echo "\$ tender $*"
    ./target/release/tender "$@"
}
refused() {
    echo
    echo "\$ tender $*   # refused, as it should be"
    if ./target/release/tender "$@"; then
        echo "expected a refusal" >&2
        exit 1
    fi
}

echo "database: $TENDER_DB"

# Load every seed tender and look at them.
for file in tenders/*.toml; do
    tender --now 2015-06-01 new "$file" >/dev/null
done
tender --now 2015-06-01 list

# Achterhoek 2022 (classic): registration 1 April – 23 May 2021.
tender --now 2021-04-01T09:00 publish achterhoek-2022
tender --now 2021-05-10T10:00 register achterhoek-2022 --name "Zorgcoöperatie De Graafschap" --kvk 09123456 \
    --lots wmo-begeleiding,jeugd-ambulant --email intake@graafschap.example.nl --meets gva,kwaliteit --small
tender --now 2021-05-12T15:30 register achterhoek-2022 --name "Jeugdzorg Oost-Gelderland B.V." --kvk 08234567 \
    --agb 45012345 --lots jeugd-ambulant,jeugd-verblijf --meets gva,kwaliteit,skj-big,berichtenverkeer,verzekering
refused --now 2021-05-23T13:00 register achterhoek-2022 --name "Te Laat B.V." --kvk 07345678 --lots wmo-begeleiding
tender --now 2021-05-24 qualify achterhoek-2022 --kvk 08234567 --meets gva
tender --now 2021-05-24 qualify achterhoek-2022 --kvk 09123456 --reject "Geen gedragsverklaring aanbesteden overgelegd"
tender --now 2021-05-24 registrations achterhoek-2022
tender --now 2021-05-24 show achterhoek-2022
tender --now 2021-05-24 timeline achterhoek-2022

# Ommen/Hardenberg (open-house raamovereenkomst): 42 providers from a spreadsheet export.
tender --now 2015-08-03T09:00 publish ommen-hardenberg-2015
tender --now 2015-09-01 register ommen-hardenberg-2015 --csv tests/data/ommen-42.csv
tender --now 2015-09-01 list

# Leeuwarden's wijk tender is withdrawn before publication.
tender --now 2014-10-01 cancel leeuwarden-wijk --reason "Besluit om eerst een jaar te experimenteren in de wijk"

# The audit trail.
tender --now 2021-05-24 log achterhoek-2022

# The public history as open data (OCDS), and a backup that opens like the database.
out="$(mktemp -d)"
tender --now 2021-05-24 export achterhoek-2022 --ocds -o "$out/achterhoek-2022.json"
tender backup "$out/backup.db"
tender --db "$out/backup.db" --now 2021-05-24 --format csv list

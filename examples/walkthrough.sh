#!/usr/bin/env bash
# The README walkthrough: builds tender and carries the seed tenders through
# their life in a fresh database, at the moments the articles give.
set -euo pipefail
cd "$(dirname "$0")/.."
# TENDER_BIN runs a tender built elsewhere (tests/walkthrough.rs runs the script with its own).
if [ -n "${TENDER_BIN:-}" ]; then
    bin="$TENDER_BIN"
else
    cargo build --release --quiet
    # The binary is wherever cargo puts it (CARGO_TARGET_DIR, a workspace, ...).
    target_dir="$(cargo metadata --format-version 1 --no-deps | sed -n 's/.*"target_directory":"\([^"]*\)".*/\1/p')"
    bin="$target_dir/release/tender"
fi
# The files it writes go to a fresh folder; the database is a file there
# unless TENDER_DB names another (a file, or a server: postgres://…).
work="$(mktemp -d)"
export TENDER_DB="${TENDER_DB:-$work/walkthrough.db}"
export USER="${USER:-inkoper}"
tender() {
    echo
    echo "\$ tender $*"
    "$bin" "$@"
}
refused() {
    echo
    echo "\$ tender $*   # refused, as it should be"
    if "$bin" "$@"; then
        echo "expected a refusal" >&2
        exit 1
    fi
}

echo "database: $TENDER_DB"
quietly() {
    "$bin" "$@" >/dev/null
}

# Load every seed tender and look at them.
for file in tenders/*.toml; do
    tender --now 2014-06-02 new "$file" >/dev/null
done
tender --now 2015-06-01 list

# Achterhoek 2022 (classic): registration 1 April – 23 May 2021.
tender --now 2021-04-01T09:00 publish achterhoek-2022
# A question round: questions until 7 May, answers to everyone in a nota van inlichtingen.
tender --now 2021-04-20T10:00 ask achterhoek-2022 --from "Zorgcoöperatie De Graafschap" --lot wmo-begeleiding \
    --question "Mag de begeleiding deels in groepsverband worden geboden?"
tender --now 2021-04-22T14:00 ask achterhoek-2022 --from "Stichting Zorgpartners Oost" \
    --question "Moet de gedragsverklaring aanbesteden bij de aanmelding zijn gevoegd?"
tender --now 2021-04-28T09:00 answer achterhoek-2022 --question 1 --text "Ja, tot ten hoogste de helft van de uren."
tender --now 2021-04-28T09:05 answer achterhoek-2022 --question 2 --text "Ja, niet ouder dan twee jaar."
tender --now 2021-04-30T12:00 nvi achterhoek-2022 --publish
refused --now 2021-05-07T12:01 ask achterhoek-2022 --question "Kan het ook later?"
tender --now 2021-05-08 questions achterhoek-2022
tender --now 2021-05-10T10:00 register achterhoek-2022 --name "Zorgcoöperatie De Graafschap" --kvk 09123456 \
    --lots wmo-begeleiding,jeugd-ambulant --email intake@graafschap.example.nl --meets gva,kwaliteit --small
tender --now 2021-05-12T15:30 register achterhoek-2022 --name "Jeugdzorg Oost-Gelderland B.V." --kvk 08234567 \
    --agb 45012345 --lots jeugd-ambulant,jeugd-verblijf --meets gva,kwaliteit,skj-big,berichtenverkeer,verzekering
refused --now 2021-05-23T13:00 register achterhoek-2022 --name "Te Laat B.V." --kvk 07345678 --lots wmo-begeleiding
tender --now 2021-05-20T11:00 register achterhoek-2022 --name "Lindenhout Jeugd" --kvk 41045678 \
    --lots jeugd-ambulant --meets gva,kwaliteit,skj-big,berichtenverkeer,verzekering
refused --now 2021-05-23T13:00 register achterhoek-2022 --name "Te Laat B.V." --kvk 07345678 --lots wmo-begeleiding
tender --now 2021-05-24 qualify achterhoek-2022 --kvk 08234567 --meets gva
tender --now 2021-05-24 qualify achterhoek-2022 --kvk 41045678 --meets gva
tender --now 2021-05-24 qualify achterhoek-2022 --kvk 09123456 --reject "Geen gedragsverklaring aanbesteden overgelegd"
tender --now 2021-05-24 registrations achterhoek-2022
tender --now 2021-05-24 timeline achterhoek-2022

# Evaluation: the committee's scores from a spreadsheet, then the award decision.
tender --now 2021-06-15 score achterhoek-2022 --csv tests/data/achterhoek-scores.csv
tender --now 2021-09-28 award achterhoek-2022 --dry-run
tender --now 2021-10-01T10:00 award achterhoek-2022
# The letters to every bidder (in Dutch), sent the same day, as pages to print.
tender --now 2021-10-01T10:30 --lang nl letters achterhoek-2022 -o "$work/brieven" --html
# The standstill: an objection, rejected; then the final award and the contracts.
tender --now 2021-10-08 object achterhoek-2022 --kvk 08234567 --reason "De score op innovatie is onvoldoende gemotiveerd"
refused --now 2021-10-22 award achterhoek-2022 --final
tender --now 2021-10-25 resolve achterhoek-2022 --objection 1 --outcome rejected
tender --now 2021-10-25 award achterhoek-2022 --final
tender --now 2021-11-15 sign achterhoek-2022 --kvk 08234567
tender --now 2021-11-16 sign achterhoek-2022 --kvk 41045678
# The proces-verbaal (art. 2.132 Aw), confidential, in Dutch; and as an HTML page to print.
tender --now 2021-11-16 --lang nl report achterhoek-2022
"$bin" --now 2021-11-16 --lang nl report achterhoek-2022 --html > "$work/brieven/proces-verbaal.html"
# The notice of the awarded contract (light regime: within 30 days after the quarter).
tender --now 2021-12-01 notice achterhoek-2022 --on 2021-12-01 --ref "TenderNed 246810"
tender --now 2022-03-01 show achterhoek-2022
# The annual indexation (OVA) of the contracted prices, under the indexation clause of the documents.
tender --now 2022-12-15 amend achterhoek-2022 --lot jeugd-ambulant --index 2.9 --basis indexation --from 2023-01-01 \
    --reason "OVA 2023 (indexatieclausule van de overeenkomst)"
# Two years later the region exercises the first extension option.
tender --now 2024-09-20 remind --within 4w
tender --now 2024-09-20 extend achterhoek-2022

# Ommen/Hardenberg (open-house raamovereenkomst): 42 providers from a spreadsheet export.
tender --now 2015-08-03T09:00 publish ommen-hardenberg-2015
tender --now 2015-09-01 register ommen-hardenberg-2015 --csv tests/data/ommen-42.csv
tender --now 2015-09-01 list
# Evidence: the GVA of one of the 42, valid two years from issue; the reminder
# comes 10 weeks before it expires (a new one takes 8 weeks from Justis).
tender --now 2015-09-10 evidence ommen-hardenberg-2015 --kvk 52962709 --kind gva --issued 2015-09-10 --ref "Justis 2015-0042"
tender --now 2015-09-10 evidence ommen-hardenberg-2015 --kvk 52962709 --kind hkz --issued 2015-03-01 --expires 2018-02-28
echo
echo "# the admission check and the accession of all 42, signed on 9 November 2015"
for kvk in $(tail -n +2 tests/data/ommen-42.csv | cut -d';' -f2); do
    quietly --now 2015-09-21 qualify ommen-hardenberg-2015 --kvk "$kvk" --meets gva
done
quietly --now 2015-10-16 award ommen-hardenberg-2015
for kvk in $(tail -n +2 tests/data/ommen-42.csv | cut -d';' -f2); do
    quietly --now 2015-11-09T15:00 sign ommen-hardenberg-2015 --kvk "$kvk" --on 2015-11-09
done
tender --now 2015-11-10 list
# A newcomer applies to the open house and joins at the next joining moment.
tender --now 2016-02-10 register ommen-hardenberg-2015 --name "Thuiszorg Vechtdal Nieuw" --kvk 62345678 \
    --lots huishouden --meets gva,kwaliteit,resultaat,vog,iwmo
tender --now 2016-02-12 qualify ommen-hardenberg-2015 --kvk 62345678 --meets gva
tender --now 2016-03-25 remind
tender --now 2016-03-28 sign ommen-hardenberg-2015 --kvk 62345678
# The contract register for the Wmo desk of Ommen, after the newcomer joined on 1 April 2016.
tender --now 2016-04-12 providers --tender ommen-hardenberg-2015 --member Ommen --product 01A01
# A provider goes bankrupt: its contract is terminated, and it leaves the register from that day.
first_kvk="$(sed -n 2p tests/data/ommen-42.csv | cut -d';' -f2)"
refused --now 2016-05-20 withdraw ommen-hardenberg-2015 --kvk "$first_kvk"
tender --now 2016-05-20 terminate ommen-hardenberg-2015 --kvk "$first_kvk" --on 2016-06-01 --reason "Faillissement"
echo
echo "\$ tender --now 2016-06-02 --format csv registrations ommen-hardenberg-2015 | grep -e ^kvk, -e terminated"
"$bin" --now 2016-06-02 --format csv registrations ommen-hardenberg-2015 | grep -e ^kvk, -e terminated
echo
echo "\$ tender --now 2016-06-02 --format csv providers --tender ommen-hardenberg-2015 | grep -c $first_kvk"
"$bin" --now 2016-06-02 --format csv providers --tender ommen-hardenberg-2015 | grep -c "$first_kvk" || true
tender --now 2017-07-03 evidence ommen-hardenberg-2015
tender --now 2017-07-03 remind --within 1d

# Walcheren (bestuurlijk): overlegtafels, every qualifying provider contracted, a tariff amended.
tender --now 2015-06-15 consult walcheren-2016 --on 2015-06-15 --summary "Overlegtafel: tarieven begeleiding en dagbesteding"
tender --now 2015-07-01T09:00 publish walcheren-2016
tender --now 2015-08-10 register walcheren-2016 --name "Zeeuwse Gronden" --kvk 22123456 --lots begeleiding,dagbesteding \
    --meets kwaliteit,vog,porthos,iwmo
tender --now 2015-08-12 register walcheren-2016 --name "Emergis" --kvk 22654321 --lots begeleiding --meets kwaliteit,vog,porthos,iwmo
tender --now 2015-10-01 qualify walcheren-2016 --kvk 22123456 --meets kwaliteit
tender --now 2015-10-01 qualify walcheren-2016 --kvk 22654321 --meets kwaliteit
tender --now 2016-02-15 award walcheren-2016
tender --now 2016-03-01 sign walcheren-2016 --kvk 22123456
tender --now 2016-03-01 sign walcheren-2016 --kvk 22654321
tender --now 2016-11-30 amend walcheren-2016 --lot begeleiding --product 02A01 --tariff 54.25 --basis agreement \
    --from 2017-01-01 --reason "Indexatie 2017 (overlegtafel 28 november)"
tender --now 2017-01-02 show walcheren-2016

# Every deadline as a calendar for Outlook or Thunderbird.
tender --now 2021-05-24 calendar -o "$work/termijnen.ics"
echo "wrote $(grep -c BEGIN:VEVENT "$work/termijnen.ics") events to $work/termijnen.ics"

# Leeuwarden's wijk tender is withdrawn before publication.
tender --now 2014-10-01 cancel leeuwarden-wijk --reason "Besluit om eerst een jaar te experimenteren in de wijk"

# The audit trail.
tender --now 2024-09-20 log achterhoek-2022

# The public history as open data (OCDS), and a backup that opens like the database.
tender --now 2024-09-20 export achterhoek-2022 --ocds -o "$work/achterhoek-2022.json"
echo "wrote $work/achterhoek-2022.json"
tender backup "$work/backup.db"
tender --db "$work/backup.db" --now 2024-09-20 --format csv list

# The letters and the proces-verbaal as PDF pages, where headless Chromium is installed.
echo
bash examples/render.sh "$work/brieven"

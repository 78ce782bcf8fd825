# English: the messages, table headings, documents and letters of tender.
# Every key is in nl.ftl too (tested). Dutch terms of the trade are kept where
# a Dutch officer or provider would look for them.

error-prefix = error
xlsx-terminal = --format xlsx writes an Excel workbook, not text for a terminal; redirect the output to a file, for example `> overview.xlsx`

## Dates
date = { $day } { $month } { $year }
moment = { $date } at { $time }
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December

## tender letters
letters-no-decision = tender `{ $tender }` is in phase `{ $phase }` and has no award decision yet, so there are no letters to write; record the decision first with `tender award { $tender }`
letters-no-offer = KvK { $kvk } has no offer or registration in award decision { $decision } of tender `{ $tender }`; give the KvK number of a bidder, see `tender registrations { $tender }`
letters-not-a-folder = -o { $folder } is a file, not a folder; name a folder for the letters
letters-cannot-create = the folder { $folder } cannot be created: { $why }
letters-earlier = the folder { $folder } already holds { $count ->
        [one] a letter
       *[other] { $count } letters
    } of an earlier run; choose an empty folder, or pass --force to write over them
letters-written = wrote { $count ->
        [one] 1 letter
       *[other] { $count } letters
    } on award decision { $decision } in { $folder }

letter-subject = { $kind ->
        [voornemen-tot-gunning] Intended award (voornemen tot gunning)
        [toelating] Admission (toelating)
       *[afwijzing] Rejection (afwijzing)
    }: { $title }
letter-municipality = Municipality of { $name }
letter-on-behalf = also on behalf of the municipalities of { $members }
letter-kvk = KvK number { $kvk }
letter-date = Date: { $date }
letter-reference = Reference: { $reference }, award decision { $decision }
letter-salutation = Dear Sir or Madam,
letter-intro = On { $date } the municipality of { $lead }, also on behalf of the participating municipalities, decided on { $kind ->
        [classic] the award of the tender
        [bestuurlijk] the admission in the bestuurlijke aanbesteding
       *[raamovereenkomst] the admission to the framework agreement
    } { $title }. This letter tells you the outcome for your offer, with the reasons.
letter-lot = Lot { $lot }: { $name }
letter-lot-awarded = We intend to award this lot to you. Your offer ranked number { $rank }, with a total score of { $score }.
letter-lot-not-awarded = We intend not to award this lot to you. Your offer ranked number { $rank }, with a total score of { $score }; the lot is awarded to { $awarded ->
        [one] the bidder
       *[other] the { $awarded } bidders
    } ranked highest.
letter-lot-excluded = Your offer for this lot was excluded from the evaluation, because { $reason }.
letter-scores-changed = The scores changed after the award decision; the evaluation per criterion follows in a further letter.
letter-own-scores = The evaluation of your offer:
letter-awarded-scores = The characteristics and relative advantages of the chosen offer, without its prices:
letter-col-criterion = Criterion
letter-col-weight = Weight
letter-col-points = Your points or price
letter-col-score = Score
letter-col-bidder = Bidder
letter-col-price-score = Price score
letter-col-total = Total
letter-col-lot = Lot
letter-col-product = Product
letter-col-unit = Unit
letter-col-tariff = Tariff
letter-points-of = { $points } of { $max }
letter-standstill-heading = Standstill period (opschortende termijn)
letter-no-standstill = This tender has no standstill period; the award is final.
letter-standstill = A standstill period of { $days } calendar days applies. It ends on { $end }. We will not make the award final or sign the contract before it has ended.
letter-objection = If you do not agree with this intended award, you can start summary proceedings (kort geding) before the judge of the competent court within the standstill period, that is at the latest on { $end }. Please inform us in writing within the same period. If no summary proceedings have been started within the period, the right to challenge this decision lapses and we will make the award final.
letter-admitted = We inform you that you are admitted for the lots, products and tariffs below, from { $from }.
letter-admitted-next = You will receive the contract for signature. The tariffs apply as listed above; we announce any change to all care providers in good time.
letter-not-admitted = We inform you that your application does not lead to admission.
letter-unmet = Your application does not meet these admission requirements (toelatingseisen):
letter-reason = Explanation: { $reason }
letter-join-again = You may apply again for a later joining moment (toetredingsmoment) once you meet every admission requirement.
letter-object-admission = If you do not agree with this decision, please tell us in writing, with your reasons, within 20 calendar days of the date of this letter; you can also start summary proceedings (kort geding) before the judge of the competent court.
letter-questions = For questions about this letter please contact the procurement department, quoting the reference.
letter-questions-contact = For questions about this letter please contact { $contact }, quoting the reference.
letter-regards = Yours sincerely,
letter-signed-for = on behalf of the mayor and aldermen of the municipality of { $lead },
letter-signatory = the contract manager for social care procurement

## Exclusions, as the award records them
exclusion-missing-score = the score is missing for { $criteria }
exclusion-min-quality = the quality score of { $share }% is below the minimum of { $min }%
exclusion-price-floor = the price of { $price } is below the price floor of { $floor } (no realistic price)

## The ranking per lot (award, report)
ranking-lot = lot
ranking-rank = rank
ranking-kvk = kvk
ranking-name = name
ranking-price = price
ranking-score = score
ranking-result = result
ranking-excluded = excluded: { $reason }
ranking-tied = tied: draw needed
ranking-awarded = awarded
ranking-not-awarded = not awarded

## tender report: the proces-verbaal (art. 2.132 Aw)
pv-no-decision = tender `{ $tender }` has no award decision yet, so there is nothing to report; record one with `tender award { $tender }`
pv-title = Proces-verbaal (official record): { $title }
pv-confidential = CONFIDENTIAL (vertrouwelijk). Internal record of the procedure (art. 2.132 Aanbestedingswet 2012), with the names, prices and scores of every bidder; not for the bidders, who each receive their own letter (`tender letters`).
pv-provider = { $name } (KvK { $kvk })
pv-authority = Contracting authority: municipality of { $lead }
pv-on-behalf = On behalf of: { $members }
pv-kind = Tender { $id }: { $kind ->
        [classic] classic tender (klassieke aanbesteding)
        [bestuurlijk] bestuurlijke aanbesteding
       *[raamovereenkomst] framework agreement (raamovereenkomst)
    }, regime { $regime }
pv-reference = Reference: { $reference }
pv-date = Date of this record: { $date }
pv-phase = Phase on { $date }: { $phase }
pv-decision = Award decision { $number } of { $at }
pv-standstill = Standstill period (opschortende termijn) ends: { $end }
pv-final = Final award: { $at }
pv-final-not-yet = Final award: not yet
pv-contract-period = Contract period: { $from } to { $until }
pv-redo = Note: an objection against decision { $number } was upheld; a new decision is to be recorded with `tender award --redo`; the rankings below are those of decision { $number }.
pv-history = Course of the procedure ({ $timezone })
pv-step = { $kind ->
        [publish] announcement
        [rectify] rectificatie
        [consult] overlegtafel
        [nvi] nota van inlichtingen
        [award] award decision
        [letters] letters to the bidders
        [object] objection
        [resolve] ruling on an objection
        [final-award] final award
        [sign] signature
        [notice] notice of the awarded contract
        [amend] amendment
        [extend] extension
        [terminate] termination
        [cancel] withdrawal (intrekking)
       *[other] { $kind }
    }
pv-col-when = when
pv-col-step = step
pv-col-what = what
pv-no-ranking = A { $kind ->
        [bestuurlijk] bestuurlijke aanbesteding
       *[other] raamovereenkomst
    } has no ranking: every admitted provider is contracted per lot, at the tariffs of the tender.
pv-criteria = Award criteria
pv-price-criterion = price
pv-col-criterion = criterion
pv-col-name = name
pv-col-weight = weight
pv-col-max-points = max points
pv-formula = Price formula: { $formula }
pv-min-quality = Minimum quality: { $min }% of the maximum quality score
pv-lot = Lot { $lot }: { $name }
pv-no-offers = No admitted offers.
pv-scores-changed = The scores changed after decision { $number }; the table shows that decision as recorded, without the points per criterion and the prices, which now give another outcome.
pv-draw-heading = Draw
pv-draw = A tie for the last award place was broken by a draw; its outcome, best first:
pv-not-admitted = Not admitted
pv-rejected = rejected: { $reason }
pv-withdrawn = withdrawn
pv-col-kvk = kvk
pv-col-lots = lots
pv-col-why = why
pv-col-status = status
pv-col-joining = joining moment
pv-joiners = Joined the framework after the decision
pv-objections = Objections
pv-outcome = { $outcome } on { $at }
pv-outcome-open = open
pv-col-number = no.
pv-col-provider = provider
pv-col-filed = filed
pv-col-decision = decision
pv-col-reason = reason
pv-col-outcome = outcome
pv-contracts = Contracts
pv-col-signed = signed
pv-col-effective = effective
pv-contract-cancelled = ended: tender withdrawn on { $at }
pv-contract-ended = ended on { $at }
pv-contract-in-force = in force until { $until }
pv-registrations = Registrations and offers (aanmeldingen, inschrijvingen)
pv-col-registered = received

## Registrations (the status is stored in English and shown in the reader's language)
registration-status = { $status ->
        [registered] registered
        [withdrawn] withdrawn
        [qualified] qualified
        [rejected] rejected
        [awarded] awarded
        [terminated] terminated
       *[not-awarded] not awarded
    }

## Table headings of the listings (heading- and the English heading)
heading-what = what
heading-when = when
heading-status = status
heading-due = due
heading-tender = tender
heading-summary = summary
heading-next = next
heading-at = at
heading-utc = UTC
heading-actor = actor
heading-account = account
heading-action = action
heading-detail = detail
heading-id = id
heading-title = title
heading-kind = kind
heading-phase = phase
heading-next-deadline = next deadline
heading-registrations = registrations
heading-kvk = kvk
heading-name = name
heading-lots = lots
heading-meets = meets
heading-missing = missing
heading-small = small
heading-joining = joining
heading-lot = lot
heading-budget = budget
heading-products = products
heading-awarded = awarded
heading-no = no.
heading-provider = provider
heading-filed = filed
heading-reason = reason
heading-outcome = outcome
heading-signed = signed
heading-effective = effective
heading-held = held
heading-product = product
heading-field = field
heading-old = old
heading-new = new
heading-ended = ended
heading-recorded = recorded
heading-in-force-from = in force from
heading-basis = basis
heading-agb = AGB
heading-answer = answer
heading-asked = asked
heading-by = by
heading-email = e-mail
heading-evidence = evidence
heading-expires = expires
heading-from = from
heading-issued = issued
heading-members = members
heading-published = published
heading-question = question
heading-ref = ref
heading-until = until
heading-valid = valid

## tender registrations, and the milestones of new, show and timeline
registrations-partly-awarded = awarded { $awarded }; not awarded { $not_awarded }
registrations-small = yes
milestone-status = { $status }

## tender show
show-timeline = Timeline ({ $timezone })
show-lots = Lots ({ $count ->
        [one] 1 registration
       *[other] { $count } registrations
    } in all)
show-decision = Award decision { $number } of { $at }
show-standstill = standstill until { $end }
show-final = final since { $at }
show-not-final = not final yet
show-draw = draw: { $draw }
show-objections = Objections
show-outcome = { $outcome }
show-contracts = Contracts ({ $count } signed)
show-terminated = terminated as of { $on }: { $reason }
show-consultations = Consultation rounds (overlegtafels)
show-amendments = Amendments, the history of tariffs and budgets (the lots above show the values in force now)
show-kind = kind
show-kind-value = { $kind } ({ $dutch }), regime { $regime }, domain { $domains }
show-authority = authority
show-authority-value = { $lead } (lead){ $others }
show-phase = phase
show-next = next
show-timezone = time zone
show-reference = reference
show-value = value
show-value-estimated = { $value } (estimated)

## tender timeline
timeline-phase = phase { $phase }
timeline-now = now
timeline-before = before the chart
timeline-after = after the chart

## tender award (what the table says on stderr)
award-dry-run = dry run: nothing was recorded
award-recorded-standstill = recorded award decision { $number }; the standstill ends { $end }; then `tender award { $tender } --final`; write the letters to the bidders now with `tender letters { $tender } -o letters`
award-recorded = recorded award decision { $number }; write the letters with `tender letters { $tender } -o letters` and sign the contracts with `tender sign { $tender }`

## The course of the procedure in the proces-verbaal
pv-told-publish = announcement published; registration open until { $deadline }
pv-told-rectify = rectificatie: registration open until { $deadline }, award decision planned for { $decision }
pv-told-decision = award decision { $number }
pv-told-lot = lot { $lot }: awarded to { $awarded }
pv-told-nobody = nobody
pv-told-not-awarded = ; not awarded: { $providers }
pv-told-excluded = ; excluded: { $provider }, because { $reason }
pv-told-draw = draw, best first: { $draw }
pv-told-standstill = standstill until { $end }
pv-told-object = objection { $number } by { $provider }: { $reason }
pv-told-resolve = objection { $number } { $outcome }
pv-told-final = the award is final
pv-told-sign = { $provider } signs on { $signed }, effective { $effective }
pv-told-amend = { $field } of lot { $lot } (product { $product }) changed from { $old } to { $new }: { $reason }
pv-told-extend = extension option { $number } exercised; the contract now runs until { $until }
pv-told-cancel = tender withdrawn: { $reason }
pv-told-letter = { $kind ->
        [voornemen-tot-gunning] intended award
        [toelating] admission
       *[afwijzing] rejection
    } to { $provider }
pv-told-letters = letters on award decision { $decision }: { $letters }
pv-told-consult = consultation round (overlegtafel) { $number } on { $on }: { $summary }

## commands: the store's errors, and why a file could not be used
store-unnamed-database = the database
store-unknown-tender = no tender `{ $id }` in the database; `tender list` shows the tenders there are
store-duplicate-tender = a tender `{ $id }` already exists; change a draft with `tender update`, or give the new tender another id
store-missing = there is no database at { $path }; `tender new FILE` creates one there, or point --db or TENDER_DB at the existing file
store-create = cannot create the database file { $path }: { $reason }; choose a folder that exists and that you may write to
store-unreadable = cannot read { $path }: { $reason }
store-directory = { $path } is a directory, not a database file; point --db or TENDER_DB at the tender.db file inside it, or at a new file name
store-not-a-file = { $path } is not a regular file (a device, socket or pipe), so it cannot be a tender database; point --db or TENDER_DB at a tender database
store-empty = { $path } is empty (0 bytes), not a tender database: it may have been truncated; restore it from a backup made with `tender backup`, or remove it and start again with `tender new FILE`
store-not-a-database = { $path } is not a tender database (it is not a SQLite file); point --db or TENDER_DB at a tender database, or at a new file
store-not-tender = { $path } is a SQLite database { $tables ->
        [none] without any tables
       *[other] of another program
    }, not a tender database; point --db or TENDER_DB at a tender database, or at a new file
store-truncated = { $path } is truncated: it has { $size } bytes where its header promises { $declared }; restore it from a backup made with `tender backup`
store-corrupt = { $path } is damaged (SQLite reports corruption); restore it from a backup made with `tender backup`
store-locked = { $path } is locked by another process that is still writing; try again when it has finished
store-read-only = { $path } cannot be changed: you may only read it (the file or its folder is not writable, or the disk is read-only); run this command as a user who may write there, or on a copy made with `tender backup`
store-cannot-open = cannot open { $path }: SQLite could not open it or the -wal and -shm files beside it; check that you may read them and write to their folder
store-full = the disk holding { $path } is full, so nothing was written; free some space and run the command again
store-tighten = cannot make { $path } owner-only (it is mode { $mode } and holds contact data): { $reason }; run `chmod 600` on it as its owner
store-too-new = { $path } has schema version { $found }, newer than this tender knows (up to { $known }); use a newer version of tender
store-read-only-old = { $path } has schema version { $found } and needs an upgrade to { $known }, but it may only be read; run a command once where the file is writable, or use the version of tender that wrote it
store-unknown-scheme = `{ $scheme }://` in { $url } is not a kind of database tender knows; name a file, or a server as postgres://user@host:port/dbname
store-bad-url = the database URL { $url } is not valid ({ $reason }); write it as postgres://user@host:port/dbname?sslmode=require
store-tls-setup = cannot connect to the PostgreSQL server { $place } over TLS: { $reason }
store-server-unreachable = cannot connect to the PostgreSQL server at { $host } (database `{ $dbname }`): { $reason }; check that the server runs there and that the URL's user and password are right
store-no-server-database = there is no database `{ $dbname }` on the PostgreSQL server at { $host }; create it (`createdb { $dbname }`) or name an existing one
store-no-schema = the database { $place } has no tender schema; `tender new FILE` creates it there, or point --db or TENDER_DB at the tender database
store-not-tender-server = the database { $place } is not a tender database (its tables were not made by tender, or its audit log is not guarded); point --db or TENDER_DB at a tender database, or at an empty one for `tender new`
store-server-too-new = the database { $place } has schema version { $found }, newer than this tender knows (up to { $known }); use a newer version of tender
store-role-may-not-change = the database role `{ $role }` may not change the dossier; ask for an officer's role, or only read (list, show, remind)
store-server = the PostgreSQL server { $place } refused: { $reason }
store-server-gone = the connection to the PostgreSQL server { $place } was lost ({ $reason }), so nothing of this command was kept; run it again
store-target-not-empty = { $target } is not empty; `tender copy --to` writes only into a new file or an empty server database, so nothing was copied
store-copy-to-itself = { $target } is the database being copied; name another file or server database with --to
store-copy-mismatch = the copy holds { $found } rows of `{ $table }` where the source has { $expected }, so nothing was copied
store-invalid = the stored data is not valid: { $what }
store-sqlite = database error: { $what }
io-folder-missing = its folder does not exist
io-permission-denied = permission denied
io-disk-full = the disk is full
io-read-only = the disk is read-only
io-is-a-folder = it is a folder, not a file
io-no-such-file = there is no such file

## commands: output files (calendar -o, export -o, backup, letters)
output-what = { $what ->
        [calendar] calendar
        [export] export
        [backup] backup
       *[letter] letter
    }
output-names-a-folder = { $path } names a folder, not a file; give a file name for the { output-what }
output-parent-not-a-folder = { $folder } is not a folder, so the { output-what } cannot be written in it
output-no-folder = cannot write the { output-what } to { $path }: the folder { $folder } does not exist
output-folder-unusable = cannot write the { output-what } to { $path }: the folder { $folder } cannot be used: { $reason }
output-is-the-database = { $path } is { $role ->
        [database] the database itself
        [wal] the database's write-ahead log
        [shm] the database's shared-memory index
       *[journal] the database's rollback journal
    } ({ $database }); writing the { output-what } there would destroy the database, so choose another file
output-is-a-folder = { $path } is a folder; give a file name inside it for the { output-what }
output-not-a-file = { $path } is not a regular file (a device, socket or pipe); write the { output-what } to a regular file
output-cannot-write = cannot write the { output-what } to { $path }

## commands: CSV intake (register --csv, score --csv)
csv-cannot-read = cannot read { $file }: { $why }
csv-not-utf8 = { $file } is not UTF-8 text (line { $line }); save it from the spreadsheet as "CSV UTF-8"
csv-empty = { $file } is empty; the first line must be the header { $header }
csv-unclosed-quote = { $file }, line { $line }: a cell opens with a quote (") that is never closed, so the rest of the file would be read as that one cell; close the quote, or remove it
csv-wrong-header = { $file } has a wrong header: { $problem }; expected { $header }
csv-cells = { $cells ->
        [one] 1 cell
       *[other] { $cells } cells
    } where the header has { $columns }
csv-column = column `{ $column }`
csv-column-twice = column `{ $column }` appears twice
csv-column-unknown = unknown column `{ $column }`
csv-column-missing = column `{ $column }` is missing
csv-bad-row = {"  "}line { $line }: { $reason }
csv-bad-rows-more = {"  "}and { $count } more
csv-bad-rows = { $file } has { $count ->
        [one] 1 bad row
       *[other] { $count } bad rows
    }, so { $nothing }
csv-no-rows = { $file } has a header but no rows; { $nothing }

## commands: every command
warning-prefix = warning
context-tender = tender `{ $id }`
database-loosened = { $path } was mode { $mode }, readable by others; made it owner-only ({ $tightened }), since it holds contact data
now-invalid = --now (or TENDER_NOW) is not valid
variable-empty = { $variable } is empty; give a value, or unset the variable
option-empty = { $option } is empty; give a value, or leave the option out
definition-cannot-read = cannot read the file: { $why }
definition-not-utf8 = the file is not UTF-8 text; save it as UTF-8

## commands: check, new, update, publish, cancel
check-valid = { $file }: `{ $id }` is a valid { $kind } tender ({ $warnings ->
        [one] 1 warning
       *[other] { $warnings } warnings
    })
check-invalid = { $failed } of { $total } definitions { $failed ->
        [one] is
       *[other] are
    } not valid: { $files }
new-detail = loaded { $file } as a draft
new-done = loaded `{ $id }` ({ $kind }) as a draft; publish it with `tender publish { $id }`
update-published = tender `{ $id }` is published: { $problem }
update-unchanged = `{ $id }` is unchanged
update-done = { $rectified ->
        [true] rectified
       *[other] updated
    } `{ $id }`: { $changes }
publish-refused = tender `{ $id }` cannot be published: { $why }
publish-deadline-passed = tender `{ $id }` cannot be published: its registration deadline { $deadline } has passed; set a later deadline with `tender update` first
publish-detail = published; registration open until { $deadline }
publish-done = published `{ $id }`; registration is open until { $deadline } ({ $timezone })
cancel-no-reason = --reason is empty; say why the tender is cancelled, it goes into the audit trail
cancel-detail = cancelled in phase { $phase }: { $reason }
cancel-done = cancelled `{ $id }`

## commands: register, withdraw
register-detail = { $name } (KvK { $kvk }) registered{ $joining ->
        [true] {" as a joining application"}
       *[other] {""}
    } for lots { $lots }
register-detail-meets = ; declares to meet { $meets }
register-detail-small = ; small provider
register-detail-renamed = ; provider renamed from { $old }
register-detail-email = ; e-mail changed from { $old }
detail-none = (none)
register-joins = once admitted now, it joins the framework on { $at }
register-already = { $name } (KvK { $kvk }) is already registered for `{ $id }` (status { $status }); withdraw it with `tender withdraw` to register again
register-csv-done = registered { $count ->
        [one] 1 provider
       *[other] { $count } providers
    } for `{ $id }` from { $file }
register-csv-already = KvK { $kvk } is already registered for `{ $id }`; withdraw it first to register again
register-csv-twice = KvK { $kvk } is also on line { $first }
register-csv-nothing = nothing was registered
register-progress = registering
register-csv-detail = { $count ->
        [one] 1 provider
       *[other] { $count } providers
    } registered{ $joining ->
        [true] {" as joining applications"}
       *[other] {""}
    } from { $file }: KvK { $kvks }
register-csv-detail-renamed = ; providers renamed: { $renamed }
withdraw-refused = tender `{ $id }`: cannot withdraw: { $why }
withdraw-none = KvK { $kvk } has no registration for `{ $id }` to withdraw; `tender registrations { $id }` lists them
withdraw-done = { $name } (KvK { $kvk }) withdrew its registration

## commands: qualify
qualify-not-registered = KvK { $kvk } is not registered for `{ $id }`; `tender registrations { $id }` lists who is
qualify-withdrawn = { $name } (KvK { $kvk }) withdrew its registration for `{ $id }`, so there is nothing to admit or reject
qualify-not-joining = { $name } (KvK { $kvk }) registered before the framework started; its admission was decided in evaluation
qualify-no-reason = --reject needs a reason; it is recorded and sent to the provider
qualify-unproven = { $who } does not meet it yet: { $why }
qualify-rejected = { $who } rejected: { $reason }
qualify-qualified = { $who } qualified: meets every requirement
qualify-qualified-joins = { $who } qualified: meets every requirement; joins the framework on { $at }
qualify-partly = { $who } meets { $meets }; still missing { $missing }

## commands: score
score-csv-done = recorded { $count ->
        [one] 1 score
       *[other] { $count } scores
    } for `{ $id }`
score-no-price-criterion = tender `{ $id }` has no price criterion; give --criterion and --points
score-line = KvK { $kvk } lot { $lot } { $criterion }: { $value }
score-replaced = { $line } (was { $old })
score-csv-detail = { $count ->
        [one] 1 score
       *[other] { $count } scores
    } from { $file }: { $scores }
score-points = { $points } points
score-no-lot = lot `{ $lot }` does not exist in tender `{ $id }`; the lots are: { $lots }
score-not-for-lot = { $name } (KvK { $kvk }) did not register for lot `{ $lot }`
score-not-qualified = { $name } (KvK { $kvk }) is { $status }, not qualified; only qualified offers are scored
score-no-criterion = criterion `{ $criterion }` does not exist in tender `{ $id }`; the criteria are: { $criteria }
score-not-per-product = criterion `{ $criterion }` is scored in points for the whole offer; only the price criterion is given per product
score-not-a-number = `{ $value }` is not a number; give points or euros with at most two decimals, like 7.5
score-csv-twice = KvK { $kvk } lot { $lot } criterion { $criterion } is scored twice in the file
score-csv-nothing = no score was recorded
award-final-done = the award of `{ $id }` is final; sign the contracts with `tender sign`

## commands: ask, answer, nvi, evidence, notice, object, resolve
answer-no-text = --text is empty; give the answer as it goes into the nota van inlichtingen
answer-no-question = question { $question } does not exist in `{ $id }`; { $last ->
        [0] no question has been asked
       *[other] the questions are numbered 1 to { $last }
    }
answer-replaced = answer to question { $question } replaced (was: { $old }): { $text }
answer-done = answer to question { $question }: { $text }
evidence-not-a-date = --{ $flag } `{ $text }` is not a date; write YYYY-MM-DD, like 2027-03-01
evidence-future = --issued { $issued } is in the future; record evidence once it is issued
evidence-not-registered = KvK { $kvk } is not registered for `{ $id }`; evidence is recorded for a registered provider (`tender registrations { $id }` lists them)
evidence-done = { $name } (KvK { $kvk }): evidence { $kind } issued { $issued }, { $expires ->
        [never] does not expire
       *[other] valid until { $expires }
    }{ $reference }
evidence-reference = {" "}(ref { $reference })
notice-not-signed = `{ $id }` has no signed contract yet; the notice of the awarded contract follows the first signature (`tender sign`)
notice-future = --on { $on } is in the future; record the notice once it is published
notice-before-signature = --on { $on } lies before the first signature on { $first }; the notice announces a contract that was signed
notice-already = the notice of the awarded contract of `{ $id }` was already recorded as published on { $on }
notice-done = notice of the awarded contract published on { $on }{ $reference }
notice-reference = {" "}({ $reference })
object-no-reason = --reason is empty; record what the objection says
object-not-registered = KvK { $kvk } did not register for `{ $id }`; only a provider that took part can object
object-detail = objection { $number } by { $name } (KvK { $kvk }): { $reason }
object-done = recorded objection { $number } by { $name }; the award cannot become final until it is resolved with `tender resolve { $id } --objection { $number }`
resolve-not-open = objection { $number } of `{ $id }` is not open; `tender show { $id }` lists the objections
resolve-detail = objection { $number } { $outcome }
resolve-done = { $outcome ->
        [upheld] objection { $number } upheld; re-evaluate where needed and record a new decision with `tender award { $id } --redo`
       *[rejected] objection { $number } rejected
    }
ask-no-question = --question is empty; record the question as it was asked
ask-refused = cannot ask a question in `{ $id }`: { $why }
ask-not-registered = KvK { $kvk } is not registered for `{ $id }`; an interested party asks with --from NAME
ask-no-from = --from is empty; give the name of who asks, or leave it out
ask-detail = question { $number }{ $lot }: { $text }
ask-detail-lot = {" "}(lot { $lot })
ask-done = recorded question { $number } of `{ $id }`
nvi-refused = cannot publish a nota van inlichtingen of `{ $id }`: { $why }
nvi-done = nota van inlichtingen { $number } published to every registrant: { $count } answers
nvi-title = { $number ->
        [0] Nota van inlichtingen (concept)
       *[other] { $drafts ->
            [true] Nota van inlichtingen { $number }, with new answers (concept)
           *[other] Nota van inlichtingen { $number }
        }
    }: { $id } — { $title }
nvi-none-answered = No question has been answered yet.
nvi-general = General questions
nvi-lot = Lot { $lot } — { $name }
nvi-published = nota { $number }, { $on }
nvi-not-published = not yet published
nvi-question-heading = Question { $number } ({ $when })
nvi-question = Question: { $text }
nvi-answer = Answer: { $text }
nvi-intro = { $title } ({ $kind }), for { $members }. The answers are part of the tender documents and count from their publication to every registrant at once. { $count } questions asked; registration closes { $deadline }.

## commands: consult, extend
consult-no-summary = --summary is empty; record what was discussed and agreed
consult-future = --on { $on } is in the future; record a consultation round once it is held
consult-detail = consultation round { $number } on { $day }: { $summary }
consult-done = recorded consultation round { $number } of `{ $id }`
extend-detail = extension option { $number } of { $options } ({ $months ->
        [one] 1 month
       *[other] { $months } months
    }) exercised; the contract now ends { $end } instead of { $before }
extend-done = `{ $id }` now ends { $end }

## commands: sign, terminate, amend
sign-refused = tender `{ $id }`: cannot sign: { $why }
sign-not-registered = KvK { $kvk } did not register for `{ $id }`
sign-not-awarded = { $name } (KvK { $kvk }) is { $status }; only an awarded provider (or an admitted newcomer to an open house) signs
sign-already = { $name } (KvK { $kvk }) has already signed for `{ $id }`
sign-done = { $name } (KvK { $kvk }) signed{ $accession ->
        [true] {" its accession"}
       *[other] {""}
    } on { $on }, effective { $effective }
terminate-no-reason = --reason is empty; say why the contract ends (bankruptcy, notice, ontbinding)
terminate-refused = tender `{ $id }`: cannot terminate: { $why }
terminate-done = { $name } (KvK { $kvk }): contract terminated as of { $on }: { $reason }
terminate-join-again = it may apply to join the framework again with `tender register`
amend-no-reason = --reason is empty; record the agreement, index or clause the change rests on
amend-done = { $changes } from { $from } ({ $basis }): { $reason }
amend-refused = tender `{ $id }`: cannot amend: { $why }
amend-no-product = product `{ $code }` is not in lot `{ $lot }`; its products are: { $products }
amend-index-not-a-number = --index: `{ $percent }` is not a percentage; write a number with at most two decimals, like 2.5
amend-index-zero = --index 0 changes nothing; give the percentage of the indexation, like 2.5
amend-no-member = --member `{ $member }` is not a member that lot `{ $lot }` serves; its members are: { $members }
amend-member-needed = lot `{ $lot }` divides its budget over its members (budget_by_member); change one member's share with --member NAME
amend-index = lot { $lot } index { $index }
amend-product = {" "}product { $product }
amend-share = { $product } share of { $member }
amend-change = lot { $lot }{ $product } { $field } { $old } → { $new }

## commands: providers, backup, export
providers-not-a-code = --product `{ $code }` is not a product code; a code is 2 digits (the category) and 3 letters or digits, like 02A01
providers-no-member = --member `{ $member }` is not a member municipality of { $scope ->
        [any] any tender
       *[other] tender `{ $tender }`
    }; give one of the members named in [authority]
backup-exists = { $file } already exists; choose a new file for the backup, or pass --force to replace it
backup-done = backed up { $database } to { $file }
export-no-ocid-prefix = tender `{ $id }` has no ocid_prefix, so its ocid uses the placeholder `{ $placeholder }`; set the prefix the Open Contracting Partnership registered for you as `ocid_prefix` in the definition before publishing the data

## commands: remind, calendar
remind-overdue = OVERDUE: { $summary }
remind-next = next: { $next }
remind-days = { $when ->
        [today] today
        [future] in { $days ->
            [one] 1 day
           *[other] { $days } days
        }
       *[past] { $days ->
            [one] 1 day
           *[other] { $days } days
        } ago
    }
calendar-name = Tenders: deadlines
calendar-summary = { $cancelled ->
        [true] Cancelled: { $id }: { $label }
       *[other] { $id }: { $label }
    }
calendar-withdrawn = { $title } ({ $id }): { $label } { $when } is no longer a deadline, because { $why }.
calendar-description = { $title } ({ $id }): { $label } { $when }.
    Next: { $next }.
calendar-alarm = { $summary } ({ $days ->
        [1] tomorrow
       *[other] in { $days } days
    })

## commands: the milestones of new, show and timeline (deadline kinds stay as they are)
milestone-what = { $what ->
        [published] published
        [announce] announce
        [award-decision-recorded] award decision recorded
        [final-award-recorded] final award recorded
        [cancelled] cancelled
       *[other] { $what }
    }

## commands: the nota van inlichtingen in the proces-verbaal
pv-told-nvi = nota van inlichtingen { $number } published to every registrant: { $count ->
        [one] 1 answer
       *[other] { $count } answers
    }

## commands: the evidence column of registrations
registrations-evidence = { $kind }{ $state ->
        [until] {" "}until { $day }
        [expired] {" "}expired { $day }
        [not-yet] {" "}(not yet valid)
       *[valid] {""}
    }

## store: tender copy
copy-done = copied { $source } to { $target }: { $tenders } { $tenders ->
        [one] tender
       *[other] tenders
    }, { $events } { $events ->
        [one] event
       *[other] events
    }, { $registrations } { $registrations ->
        [one] registration
       *[other] registrations
    }, { $rows } rows in all, the same number in every table on both sides

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

## domain: lifecycle (refusals and next steps, domain/lifecycle.rs)
lifecycle-refusal = cannot { $action }: the tender is in phase `{ $phase }`, and { $reason }; next: { $next }
action-update = update the definition
action-rectify = extend a deadline
action-publish = publish
action-consult = record a consultation
action-register = register
action-withdraw = withdraw
action-qualify = qualify
action-score = score
action-award = award
action-object = record an objection
action-resolve = resolve an objection
action-redo = re-award
action-final-award = make the award final
action-sign = sign
action-amend = amend
action-extend = extend the contract
action-cancel = cancel
action-terminate = terminate a contract
when-update = the definition can be replaced only while the tender is a draft; after publication only a later deadline can be set (rectificatie)
when-rectify = a deadline can be extended only while registration is open
when-publish = only a draft can be published
when-consult = consultation rounds are recorded until the contract ends
when-register = registration is possible only while the tender is open
when-register-open-house = registration is possible while the tender is open, and as a joining application while the framework is contracted or active
when-withdraw = a provider withdraws while the tender is open or in evaluation, until the award decision; a signed contract is ended with `tender terminate`
when-withdraw-open-house = a provider withdraws while the tender is open or in evaluation until the award decision, and a joining application while the framework runs; a signed contract is ended with `tender terminate`
when-qualify = the admission check is made in evaluation
when-qualify-open-house = the admission check is made in evaluation, and for joiners while the framework is contracted or active
when-score = offers are scored and awarded in evaluation, after the registration deadline
when-object = objections and a re-award belong to the standstill period
when-final-award = the award becomes final after the standstill period
when-sign = contracts are signed after the final award, before the contract ends
when-sign-open-house = accessions are signed after the final award, while the framework runs
when-amend = tariffs and budgets are amended after the award, while the contract runs
when-terminate = a signed contract is terminated while the contract runs
when-extend = an extension option is exercised while the contract is signed and has not ended
when-cancel = a tender can be cancelled only before its contracts are active
refusal-standstill-runs = the standstill runs until { $end }
refusal-no-extension-left = no extension option is left
refusal-objection-open = an objection is still open; resolve it with `tender resolve` first
refusal-objection-upheld = an objection was upheld; record a new decision with `tender award --redo` first
refusal-objection-too-late = the standstill ended at { $end }; an objection now is too late
refusal-no-objection-open = no objection is open
refusal-nothing-to-redo = a re-award follows an upheld objection, and none is upheld against this decision
refusal-only-classic-scored = only a classic tender is scored; a { $kind } contracts every qualified provider at its tariffs
refusal-consult-bestuurlijk = consultation rounds (overlegtafel) belong to a bestuurlijke aanbesteding
refusal-cancelled = the tender was cancelled
refusal-registration-closed = the registration deadline was { $deadline } ({ $timezone }); te laat is te laat
refusal-registration-not-open = registration opens when the tender is published
next-draft = check the definition with `tender check`, then `tender publish`
next-open = register providers with `tender register` until the deadline of { $deadline }
next-evaluation-classic = qualify the providers with `tender qualify`, score the offers with `tender score`, then `tender award`
next-evaluation = qualify the providers with `tender qualify`, then `tender award`
next-standstill-objection = decide on the open objection with `tender resolve`
next-standstill-redo = an objection was upheld: redo the evaluation where needed, then record a new decision with `tender award --redo`
next-standstill-wait = wait for the standstill to end on { $end }, then `tender award --final`
next-standstill-final = make the award final with `tender award --final`
next-awarded = sign the contracts with `tender sign`
next-contracted = the contract starts on { $start }
next-active = the contract runs until { $end }
next-active-open-house = the contract runs until { $end }; newcomers join with `tender register`
next-ended = nothing; the contract ended on { $end }
next-cancelled = nothing; a cancelled tender is closed

## domain: registrations (domain/intake.rs, domain/text.rs)
kvk-lost-zero = KvK number `{ $kvk }` has 7 digits, and a KvK number is 8 digits: it probably lost its leading zero in a spreadsheet, so write it as 0{ $kvk } (and format the column as text)
kvk-invalid = KvK number `{ $kvk }` is not valid; a KvK number is 8 digits, like 12345678
agb-invalid = AGB code `{ $agb }` is not valid; an AGB code is 8 digits, like 98765432
email-invalid = e-mail address `{ $email }` is not valid; write it like intake@zorgaanbieder.nl
provider-name-empty = the provider name is empty; give the name as registered with the KvK
field-provider-name = the provider name
field-email = the e-mail address
control-character = { $field } holds the control character { $character } at position { $position }; write plain text{ $lines ->
        [one] {" "}on one line, without tabs, escape sequences or other control characters
       *[many] {" "}(newlines and tabs are allowed), without escape sequences or other control characters
    }
no-lots-given = no lots given; register for one or more of: { $lots }
unknown-lot = lot `{ $lot }` does not exist in tender `{ $tender }`; the lots are: { $lots }
unknown-requirement = requirement `{ $requirement }` does not exist in tender `{ $tender }`; the requirements are: { $count ->
        [0] (none)
       *[other] { $requirements }
    }
not-a-flag = `{ $value }` is not a yes/no value; write true or false (ja/nee, 1/0 and empty also work)

## domain: contracts, amendments and evidence (domain/contracts.rs, amendments.rs, evidence.rs)
signed-in-future = --on { $on } is in the future; record a signature once it is signed
signed-before-final = --on { $on } is before the award became final on { $from }; a contract is signed only after the final award (art. 2.127 Aw), so give a date from then on
sign-not-final = the award is not final yet; sign after `tender award --final`
nothing-to-terminate = KvK { $kvk } has no signed contract in force to terminate; `tender show` lists the contracts
terminated-before-signed = --on { $on } is before the contract was signed on { $signed }; a contract ends after it is signed
terminated-after-end = --on { $on } is after the contract ends on { $end }; it needs no termination
withdraw-signed = KvK { $kvk } has signed its contract, which a withdrawal cannot undo; end it with `tender terminate --kvk { $kvk } --on DATE --reason TEXT`
agreement-basis-bestuurlijk = --basis agreement is for a bestuurlijke aanbesteding; a { $kind } changes only under an indexation or a review clause in its documents (art. 2.163a, 2.163c Aw): use --basis indexation or --basis review-clause
amended-before-decision = --from { $from } is before the award decision of { $decided }; an amendment changes a contract from the decision on
-substantial = more than the 10 % a contract for services may change without a new procedure (art. 2.163b Aw); unless a clear review clause in the documents provides for it (art. 2.163c Aw), it is a substantial modification that needs a new procedure (art. 2.163a, 2.163g Aw)
substantial-indexation = the indexations of lot `{ $lot }` together raise its prices by { $percent } %, { -substantial }
substantial-tariff = the tariff of product `{ $product }` in lot `{ $lot }` goes from { $old } to { $new }, { -substantial }
substantial-budget = the budget of lot `{ $lot }` goes from { $old } to { $new }, { -substantial }
expires-before-issued = --expires { $expires } lies before --issued { $issued }; a piece of evidence expires after it is issued
evidence-expired = requirement `{ $requirement }` needs valid evidence of kind `{ $kind }`, and the latest expired on { $last }; record a new one with `tender evidence`
evidence-missing = requirement `{ $requirement }` needs evidence of kind `{ $kind }`, and none is recorded; record it with `tender evidence`

## domain: questions, award and scores (domain/questions.rs, award.rs, scoring.rs)
questions-not-yet = questions are taken once the tender is published
questions-too-late = the questions deadline was { $deadline } ({ $timezone }); a question now is too late
questions-closed = the tender is in phase `{ $phase }`; questions belong to the registration period, which closed on { $deadline }
nota-nothing-answered = no question has an answer yet; answer one with `tender answer` first
nota-nothing-new = every answer has been published (latest: nota { $latest }); nothing new to publish
award-undecided = tender `{ $tender }` cannot be awarded: { $count ->
        [one] { $count } registration is
       *[other] { $count } registrations are
    } still without an admission decision: { $providers }; qualify or reject them first
award-missing-scores = tender `{ $tender }` cannot be awarded: { $count ->
        [one] { $count } offer lacks a score
       *[other] { $count } offers lack a score
    }: { $offers }; record them with `tender score`
award-tie = lot `{ $lot }` of tender `{ $tender }` has a tie for the last award place between { $first } and { $last }; hold a draw and pass its outcome with --draw { $kvks } (best first)
award-nothing = tender `{ $tender }` has no qualified offers; there is nothing to award
product-not-in-lot = product `{ $product }` is not in lot `{ $lot }`; its products are: { $products }
price-needs-product = lot `{ $lot }` has several products ({ $products }); give the price of each with --product CODE (in a CSV: { $criterion }:CODE)
price-criterion-takes-price = criterion `{ $criterion }` is the price criterion, which takes a price, not points; give the offered price with --price EUR
price-zero = a price of { $amount } is not an offer; give the offered price
points-criterion-takes-points = criterion `{ $criterion }` is scored in points, not a price; use --criterion { $criterion } --points P
points-over-maximum = { $points } points is more than the maximum of { $max } for criterion `{ $criterion }`; give 0 to { $max }

## domain: dates and moments (domain/schedule.rs)
timeline-value = timeline.{ $field } = { $value }: { $why }
time-without-date = a time without a date; write a date like 2027-05-23 or 2027-05-23T12:00:00
not-a-calendar-date = not a valid calendar date
not-a-time-of-day = not a valid time of day
not-an-offset = not a valid UTC offset
not-a-date-time = not a valid date-time
skipped-hour = { $local } does not exist in { $timezone }, because the clocks go forward that night; choose a time outside the skipped hour
leap-second = `{ $text }` names a leap second (:60); write a time from 00:00:00 to 23:59:59
moment-year-out-of-bounds = `{ $text }` is out of bounds; the year { $year } must be { $min } to { $max }
not-a-moment = `{ $text }` is not a date or date-time; write YYYY-MM-DD, YYYY-MM-DDTHH:MM[:SS] or RFC 3339
moment-named = `{ $text }`: { $why }

## domain: the definition file (domain/definition.rs, bounds.rs)
definition-line = line { $line }, column { $column }: { $problem }
toml-unknown-field = unknown field `{ $field }`, expected one of { $expected }
toml-missing-field = missing field `{ $field }`
toml-problem = { $detail }
lot-without-products = lot `{ $lot }` has no products; give every lot at least one [[lots.products]] with its iStandaarden code
out-of-bounds = { $field } = { $value } is out of bounds; it must be { $min } to { $max }{ $unit ->
        [days] {" "}calendar days
        [months] {" "}months
        [points] {" "}points
       *[none] {""}
    }
year-out-of-bounds = timeline.{ $field } = { $value } is out of bounds; the year { $year } must be { $min } to { $max }
part-id-invalid = { $what } id `{ $id }` is not valid; use 1 to 40 lowercase letters, digits and `-` (never `|` or `,`, which separate lists), like `begeleiding`
field-a-lot-id = a lot id
field-lot-name = lot `{ $lot }` name
field-lot-product-code = lot `{ $lot }` product code
field-product-name = product `{ $product }` name
field-a-criterion-id = a criterion id
field-criterion-name = criterion `{ $criterion }` name
field-a-requirement-id = a requirement id
field-requirement-text = requirement `{ $requirement }` text
joining-twice = timeline.joining lists { $date } twice; each joining date once
joining-out-of-order = timeline.joining lists { $later } after { $earlier }; write the joining dates in order
joining-outside-contract = timeline.joining has no date within the contract period ({ $start } to { $end }); newcomers could never join
joining-empty = timeline.joining is an empty list; give the joining dates, or `monthly`, `quarterly` or `yearly`

## domain: the legal checks of check, new and publish (domain/checks.rs)
check-id-invalid = id `{ $id }` is not valid; use 3 to 64 lowercase letters, digits and `-`, like `achterhoek-2022`
check-title-empty = title is empty; give the tender the title it is published under
check-domain-empty = domain is empty; list `wmo`, `jeugd` or both
check-members-empty = authority.members is empty; list the municipalities that buy together
check-lead-not-member = authority.lead `{ $lead }` is not one of authority.members; the lead must be a member ({ $members })
check-timezone-unknown = timezone `{ $timezone }` is not a known time zone; use an IANA name like `Europe/Amsterdam`
check-field-only-for = { $field } is only for { $allowed ->
        [classic] `classic`
        [raamovereenkomst] `raamovereenkomst`
       *[open-house] open-house `raamovereenkomst`
    } tenders, and this one is `{ $kind }`; remove it
check-joining-closed-framework = timeline.joining is only for an open house, and this `raamovereenkomst` has open_house = false; set open_house = true or remove timeline.joining
check-joining-missing = timeline.joining is missing; an open house needs joining moments: `monthly`, `quarterly`, `yearly` or a list of dates
check-no-lots = the tender has no [[lots]]; add at least one lot with its products
check-product-twice = lot `{ $lot }` lists product `{ $product }` twice; each product once per lot
check-product-without-tariff = product `{ $product }` in lot `{ $lot }` has no tariff; a `{ $kind }` tender contracts at fixed tariffs, so every product needs one
check-some-weights = lot `{ $lot }` gives a basket weight to { $weighted } of its { $products } products; give every product a weight, or none for equal shares
check-weights-zero = the basket weights of lot `{ $lot }` sum to 0; give the products the shares they have in the price
check-max-awards-zero = lot `{ $lot }` has max_awards = 0; award at least one offer, or leave it out to award all
check-lot-member-unknown = lot `{ $lot }` lists member `{ $member }`, which is not a member of the authority; the members are: { $members }
check-lot-members-empty = lot `{ $lot }` has an empty members list; leave it out to serve every member
check-budget-member-not-served = lot `{ $lot }` gives budget_by_member to `{ $member }`, which the lot does not serve; its members are: { $members }
check-budget-shares-without-budget = lot `{ $lot }` has budget_by_member but no budget; give the lot budget the shares sum to
check-budget-shares-sum = the budget_by_member of lot `{ $lot }` sums to { $sum }, not to its budget of { $budget }; make the shares add up
check-budget-shares-overflow = the budget_by_member of lot `{ $lot }` sums to more than can be counted, not to its budget of { $budget }; make the shares add up
check-requirement-lot-unknown = requirement `{ $requirement }` applies to lot `{ $lot }`, which does not exist; the lots are: { $lots }
check-product-code-invalid = product code `{ $product }` in lot `{ $lot }` is not valid; a code is 2 digits (the product category) and 3 of A-Z and 0-9, like `02A01`
check-product-outside-domain = product `{ $product }` in lot `{ $lot }` has category { $category }, outside the tender's domain ({ $domains }; iStandaarden product categories)
check-empty-id = a { $what ->
        [lot] lot has an empty id; give every lot an id
        [requirement] requirement has an empty id; give every requirement an id
        [criterion] criterion has an empty id; give every criterion an id
       *[member] authority member has an empty id; give every authority member an id
    }
check-id-twice = { $what ->
        [lot] lot
        [requirement] requirement
        [criterion] criterion
       *[member] authority member
    } `{ $id }` appears twice; ids must be unique
check-no-criteria = a classic tender needs [[criteria]] to rank the offers on (art. 2.114 Aw)
check-weights-sum = the criteria weights sum to { $total }, not 100; art. 2.115 Aw asks for the relative weighting of the criteria, and this tool states it as weights summing to 100
check-price-without-formula = criterion `{ $criterion }` is a price criterion but price_formula is `none` (quality only, fixed price); remove `price = true` or choose `relative` or `fictitious` (art. 2.115 Aw)
check-formula-without-price = price_formula `{ $formula }` needs exactly one criterion with `price = true`, and there is none (art. 2.115 Aw)
check-several-prices = criteria { $criteria } are all marked `price = true`; exactly one criterion is the price (art. 2.115 Aw)
check-criterion-without-value = criterion `{ $criterion }` has no value; with price_formula `fictitious` every quality criterion needs the euros it is worth at full points
check-min-quality = award.min_quality is { $min }; it is a percentage of { $fictitious ->
        [yes] the total quality value in euros (the sum of the criteria's value)
       *[no] the maximum quality score
    }, 0 to 100
check-dates-out-of-order = timeline.{ $after } ({ $after_at }) is not after timeline.{ $before } ({ $before_at }); the dates must run announce < questions_deadline < registration_deadline < award_decision < contract_start < contract_end
check-2b-ended = regime is `2b` but the tender is announced on { $announce }; the 2B regime ended on 1 July 2016, when social services came under the light regime (art. 2.38, 2.39 Aw): use `sas`, `open` or `national`
check-framework-too-long = the framework runs { $months } months with its extensions; a closed framework agreement lasts at most 4 years unless justified (art. 2.140 Aw)
check-standstill-short = timeline.standstill_days is { $days }; a classic tender needs a standstill of at least 20 calendar days (art. 2.127 Aw){ $national ->
        [yes] ; below the EU threshold it is advised, not required
       *[no] {""}
    }
check-registration-period-short = the registration period is { $days ->
        [one] { $days } calendar day
       *[other] { $days } calendar days
    } from publication on { $opened }; an open procedure allows at least { $minimum } days { $electronic ->
        [yes] with
       *[no] without
    } electronic submission (art. 2.71, 2.74a Aw)
check-questions-late = timeline.questions_deadline ({ $questions }) is later than 6 days before the registration deadline; additional information must be given by { $answers } (Dir. 2014/24 art. 47(3), 53(2))
check-hulpmiddel-light-regime = product `{ $product }` in lot `{ $lot }` is a hulpmiddel (Wmo category { $category }), a supply and not a social service; the light regime (art. 2.38, 2.39 Aw) does not apply to it: set regime = "open", or "national" below the { $threshold } threshold for supplies (Dir. 2014/24 art. 4(c))
check-above-threshold = regime is `national` but the estimated value with extensions is { $value }, at or above the threshold of { $threshold } for { $what ->
        [supplies] supplies (hulpmiddelen); announce it in Europe (Dir. 2014/24 art. 4(c))
       *[services] social services; announce it in Europe (art. 2.38, 2.39 Aw)
    }
check-no-price-floor = product `{ $product }` in lot `{ $lot }` competes on price without a price_floor; a reële prijs must be guaranteed ({ $article }): set its price_floor

## domain: reminders and the calendar's deadlines (domain/reminders*)
days-today = today
days-ahead = in { $days ->
        [one] { $days } day
       *[other] { $days } days
    }
days-ago = { $days ->
        [one] { $days } day
       *[other] { $days } days
    } ago
remind-names = { $names }{ $more ->
        [0] {""}
       *[other] {" "}and { $more } more
    }
remind-joining-for = joining moment for { $who }
withdrawn-cancelled = the tender was cancelled on { $at }
withdrawn-decided = the award decision was recorded on { $at }
withdrawn-unplanned = it is no longer planned
remind-questions-close = questions from providers close
remind-answer-by = answer every question by { $due }
remind-answers-due = answers to questions due
remind-publish-answers = publish the answers to every question to all providers with `tender nvi --publish`, { $days } days before the registration deadline of { $deadline }
remind-unanswered = a question has no published answer
remind-answer-and-rectify = answer it and extend the registration deadline (rectificatie): `tender answer`, `tender nvi --publish`, then `tender update` with a later registration_deadline
remind-award-notice-due = notice of the awarded contract due
remind-award-notice-missing = the notice of the awarded contract is not recorded as published
remind-publish-award-notice = publish the notice of the awarded contract (TenderNed) and record it with `tender notice`
remind-evidence-expires = evidence expires
remind-renew-evidence = ask the provider for a new piece now (a gedragsverklaring aanbesteden takes 8 weeks) and record it with `tender evidence`
remind-registration-closes = registration closes
remind-award-decision-planned = award decision planned
remind-then-award = { $evaluation }, then record the decision with `tender award`
remind-standstill-ends = standstill ends
remind-final-if-no-objection = with no open objection, make the award final with `tender award --final`
remind-final-award = final award
remind-contracts-start = contracts start
remind-sign-before-start = every awarded provider signs before the start; record it with `tender sign`
remind-joining-moment = joining moment
remind-record-accessions = admitted newcomers join the framework; record their accession with `tender sign`
remind-notice-date = notice date for { $option }
remind-contract-ends = contract ends
remind-qualify-and-score = qualify the providers with `tender qualify` and score the offers with `tender score`
remind-qualify = qualify the providers with `tender qualify`
remind-extension-option = extension option { $number } of { $of } ({ $months ->
        [one] { $months } month
       *[other] { $months } months
    })
remind-extend-or-end = exercise it with `tender extend`, or let the contract end on { $end }
remind-end-no-option = no extension option is left; the follow-up contracts must be in place
remind-end-unless-extended = unless extended with `tender extend`, the follow-up contracts must be in place
remind-award-decision-passed = the planned award decision has passed
remind-standstill-ended = the standstill ended without a final award
remind-contracts-started-unsigned = the contracts started, but { $count ->
        [one] { $count } awarded provider has not signed
       *[other] { $count } awarded providers have not signed
    }
remind-record-signatures = record the signed contracts with `tender sign`: { $who }
remind-notice-date-passed = the notice date for { $option } has passed
remind-resolve-then-final = resolve the open objection with `tender resolve`, then make the award final with `tender award --final`
remind-upheld-redo = an objection was upheld: record a new decision with `tender award --redo`
remind-joining-passed-unsigned = the joining moment passed, but { $count ->
        [one] { $count } admitted newcomer has not signed
       *[other] { $count } admitted newcomers have not signed
    }
remind-record-accessions-of = record the accessions with `tender sign`: { $who }
remind-question-unanswered = question { $number } has no published answer, and the answers were due { $due }
remind-evidence-of = evidence `{ $kind }` of { $who } { $expired ->
        [yes] expired on
       *[no] expires on
    } { $day }

## domain: time runs forward, and rectificaties (domain/chronology.rs, revision.rs)
backdated = the moment { $now } lies before event { $event } of this tender ({ $kind }, recorded { $at }); time runs forward per tender: act at { $at } or later
too-early = --on { $on } lies before { $what ->
        [loaded] the tender was loaded
       *[application] the application
    } ({ $at }); give { $at } or later
rectify-other-field = `{ $field }` changed, and after publication only a later questions deadline, registration deadline or award decision can be set (rectificatie)
rectify-not-later = { $change } is not later than before; a rectificatie can only extend a deadline

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

## domain: amounts (domain/money.rs)
not-an-amount = `{ $text }` is not an amount in euros; write a number with at most two decimals, like 61.20
amount-out-of-bounds = { $text } euros is out of bounds; an amount is at most { $max }

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
store-no-schema = the database { $place } has no tender schema; loading a tender definition there with `tender new DEFINITION.toml` creates it, or point --db or TENDER_DB at the tender database
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
evidence-no-expiry = (does not expire)
evidence-valid = { $valid ->
        [yes] yes
       *[no] no
    }
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

## domain: amounts (domain/money.rs)
not-an-amount = `{ $text }` is not an amount in euros; write a number with at most two decimals, like 61.20
amount-out-of-bounds = { $text } euros is out of bounds; an amount is at most { $max }

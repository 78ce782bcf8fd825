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

# Nederlands: de berichten, tabelkoppen, documenten en brieven van tender.
# Elke sleutel staat ook in en.ftl (getest). Termen van het vak: aanmelding,
# inschrijving, perceel, toelatingseisen, gunningsbeslissing, opschortende termijn.

error-prefix = fout
xlsx-terminal = --format xlsx schrijft een Excel-werkmap, geen tekst voor een terminal; leid de uitvoer naar een bestand, bijvoorbeeld `> overzicht.xlsx`

## Datums
date = { $day } { $month } { $year }
moment = { $date } om { $time }
month-1 = januari
month-2 = februari
month-3 = maart
month-4 = april
month-5 = mei
month-6 = juni
month-7 = juli
month-8 = augustus
month-9 = september
month-10 = oktober
month-11 = november
month-12 = december

## tender letters
letters-no-decision = aanbesteding `{ $tender }` is in fase `{ $phase }` en heeft nog geen gunningsbeslissing, dus er zijn geen brieven te schrijven; neem eerst de beslissing met `tender award { $tender }`
letters-no-offer = KvK { $kvk } heeft geen inschrijving of aanmelding in gunningsbeslissing { $decision } van aanbesteding `{ $tender }`; kies het KvK-nummer van een inschrijver, zie `tender registrations { $tender }`
letters-not-a-folder = -o { $folder } is een bestand, geen map; geef een map op voor de brieven
letters-cannot-create = de map { $folder } kan niet worden aangemaakt: { $why }
letters-earlier = de map { $folder } bevat al { $count ->
        [one] een brief
       *[other] { $count } brieven
    } van een eerdere keer; kies een lege map, of geef --force om ze te overschrijven
letters-written = { $count ->
        [one] 1 brief
       *[other] { $count } brieven
    } bij gunningsbeslissing { $decision } geschreven in { $folder }

letter-subject = { $kind ->
        [voornemen-tot-gunning] Voornemen tot gunning
        [toelating] Toelating
       *[afwijzing] Afwijzing
    }: { $title }
letter-municipality = Gemeente { $name }
letter-on-behalf = mede namens de gemeenten { $members }
letter-kvk = KvK-nummer { $kvk }
letter-date = Datum: { $date }
letter-reference = Kenmerk: { $reference }, gunningsbeslissing { $decision }
letter-salutation = Geachte heer, mevrouw,
letter-intro = Op { $date } heeft de gemeente { $lead }, mede namens de deelnemende gemeenten, besloten over { $kind ->
        [classic] de gunning van de aanbesteding
        [bestuurlijk] de toelating in de bestuurlijke aanbesteding
       *[raamovereenkomst] de toelating tot de raamovereenkomst
    } { $title }. Met deze brief delen wij u de uitkomst voor uw inschrijving mee, met de motivering.
letter-lot = Perceel { $lot }: { $name }
letter-lot-awarded = Wij zijn voornemens dit perceel aan u te gunnen. Uw inschrijving is als nummer { $rank } gerangschikt, met een totaalscore van { $score }.
letter-lot-not-awarded = Wij zijn voornemens dit perceel niet aan u te gunnen. Uw inschrijving is als nummer { $rank } gerangschikt, met een totaalscore van { $score }; het perceel wordt gegund aan { $awarded ->
        [one] de inschrijver
       *[other] de { $awarded } inschrijvers
    } met de hoogste rangschikking.
letter-lot-excluded = Uw inschrijving voor dit perceel is uitgesloten van de beoordeling, omdat { $reason }.
letter-scores-changed = De scores zijn na de gunningsbeslissing gewijzigd; de beoordeling per criterium volgt in een aanvullende brief.
letter-own-scores = De beoordeling van uw inschrijving:
letter-awarded-scores = De kenmerken en relatieve voordelen van de gekozen inschrijving, zonder de prijzen:
letter-col-criterion = Criterium
letter-col-weight = Weging
letter-col-points = Uw punten of prijs
letter-col-score = Score
letter-col-bidder = Inschrijver
letter-col-price-score = Prijsscore
letter-col-total = Totaal
letter-col-lot = Perceel
letter-col-product = Product
letter-col-unit = Eenheid
letter-col-tariff = Tarief
letter-points-of = { $points } van { $max }
letter-standstill-heading = Opschortende termijn
letter-no-standstill = Voor deze aanbesteding geldt geen opschortende termijn; de gunning is definitief.
letter-standstill = Wij hanteren een opschortende termijn van { $days } kalenderdagen. Deze termijn eindigt op { $end }. Wij gaan niet eerder dan na afloop daarvan over tot definitieve gunning en het sluiten van de overeenkomst.
letter-objection = Kunt u zich niet verenigen met dit voornemen, dan kunt u binnen de opschortende termijn, dus uiterlijk op { $end }, een kort geding aanhangig maken bij de voorzieningenrechter van de bevoegde rechtbank. Wij verzoeken u ons daarvan binnen dezelfde termijn schriftelijk op de hoogte te stellen. Is binnen de termijn geen kort geding aanhangig gemaakt, dan vervalt het recht om tegen deze beslissing op te komen en gaan wij over tot definitieve gunning.
letter-admitted = Wij delen u mee dat u bent toegelaten voor de percelen, producten en tarieven hieronder, met ingang van { $from }.
letter-admitted-next = U ontvangt de overeenkomst ter ondertekening. De tarieven gelden zoals hierboven vermeld; wijzigingen maken wij tijdig aan alle zorgaanbieders bekend.
letter-not-admitted = Wij delen u mee dat uw aanmelding niet tot toelating leidt.
letter-unmet = Uw aanmelding voldoet niet aan de volgende toelatingseisen:
letter-reason = Toelichting: { $reason }
letter-join-again = U kunt zich opnieuw aanmelden met het oog op een volgend toetredingsmoment, wanneer u aan alle toelatingseisen voldoet.
letter-object-admission = Kunt u zich niet verenigen met deze beslissing, dan verzoeken wij u ons dat binnen 20 kalenderdagen na de datum van deze brief schriftelijk en gemotiveerd te laten weten; u kunt ook een kort geding aanhangig maken bij de voorzieningenrechter van de bevoegde rechtbank.
letter-questions = Voor vragen over deze brief kunt u contact opnemen met de afdeling inkoop, onder vermelding van het kenmerk.
letter-questions-contact = Voor vragen over deze brief kunt u contact opnemen via { $contact }, onder vermelding van het kenmerk.
letter-regards = Met vriendelijke groet,
letter-signed-for = namens het college van burgemeester en wethouders van de gemeente { $lead },
letter-signatory = de contractmanager inkoop sociaal domein

## Uitsluitingen, zoals de gunning ze vastlegt
exclusion-missing-score = de score ontbreekt voor { $criteria }
exclusion-min-quality = de kwaliteitsscore van { $share }% onder het minimum van { $min }% ligt
exclusion-price-floor = de prijs van { $price } onder de minimumprijs van { $floor } ligt (geen reële prijs)

## De rangschikking per perceel (award, report)
ranking-lot = perceel
ranking-rank = rang
ranking-kvk = kvk
ranking-name = naam
ranking-price = prijs
ranking-score = score
ranking-result = uitkomst
ranking-excluded = uitgesloten, omdat { $reason }
ranking-tied = gelijk geëindigd: loting nodig
ranking-awarded = gegund
ranking-not-awarded = niet gegund

## tender report: het proces-verbaal (art. 2.132 Aw)
pv-no-decision = aanbesteding `{ $tender }` heeft nog geen gunningsbeslissing, dus er is nog geen proces-verbaal op te maken; neem de beslissing met `tender award { $tender }`
pv-title = Proces-verbaal: { $title }
pv-confidential = VERTROUWELIJK. Intern proces-verbaal van de aanbesteding (art. 2.132 Aanbestedingswet 2012), met de namen, prijzen en scores van alle inschrijvers; niet bestemd voor de inschrijvers, die elk hun eigen brief ontvangen (`tender letters`).
pv-provider = { $name } (KvK { $kvk })
pv-authority = Aanbestedende dienst: gemeente { $lead }
pv-on-behalf = Mede namens: { $members }
pv-kind = Aanbesteding { $id }: { $kind ->
        [classic] klassieke aanbesteding
        [bestuurlijk] bestuurlijke aanbesteding
       *[raamovereenkomst] raamovereenkomst
    }, regime { $regime }
pv-reference = Kenmerk: { $reference }
pv-date = Datum van dit proces-verbaal: { $date }
pv-phase = Fase op { $date }: { $phase }
pv-decision = Gunningsbeslissing { $number } van { $at }
pv-standstill = Opschortende termijn eindigt: { $end }
pv-final = Definitieve gunning: { $at }
pv-final-not-yet = Definitieve gunning: nog niet
pv-contract-period = Contractperiode: { $from } tot en met { $until }
pv-redo = Let op: een bezwaar tegen gunningsbeslissing { $number } is gegrond verklaard; er moet een nieuwe beslissing worden genomen met `tender award --redo`. De rangschikkingen hieronder zijn die van beslissing { $number }.
pv-history = Verloop van de procedure ({ $timezone })
pv-step = { $kind ->
        [publish] aankondiging
        [rectify] rectificatie
        [consult] overlegtafel
        [nvi] nota van inlichtingen
        [award] gunningsbeslissing
        [letters] brieven aan inschrijvers
        [object] bezwaar
        [resolve] uitspraak op bezwaar
        [final-award] definitieve gunning
        [sign] ondertekening
        [notice] aankondiging van de gegunde opdracht
        [amend] wijziging
        [extend] verlenging
        [terminate] beëindiging
        [cancel] intrekking
       *[other] { $kind }
    }
pv-col-when = wanneer
pv-col-step = stap
pv-col-what = wat
pv-no-ranking = Een { $kind ->
        [bestuurlijk] bestuurlijke aanbesteding
       *[other] raamovereenkomst
    } kent geen rangschikking: elke toegelaten zorgaanbieder wordt per perceel gecontracteerd, tegen de tarieven van de aanbesteding.
pv-criteria = Gunningscriteria
pv-price-criterion = prijs
pv-col-criterion = criterium
pv-col-name = naam
pv-col-weight = weging
pv-col-max-points = maximum punten
pv-formula = Prijsformule: { $formula }
pv-min-quality = Minimale kwaliteit: { $min }% van de maximale kwaliteitsscore
pv-lot = Perceel { $lot }: { $name }
pv-no-offers = Geen toegelaten inschrijvingen.
pv-scores-changed = De scores zijn na gunningsbeslissing { $number } gewijzigd; de tabel toont die beslissing zoals vastgelegd, zonder de punten per criterium en de prijzen, die nu tot een andere uitkomst leiden.
pv-draw-heading = Loting
pv-draw = Een gelijke stand om de laatste gunningsplaats is beslist door loting; de uitkomst, beste eerst:
pv-not-admitted = Niet toegelaten
pv-rejected = afgewezen: { $reason }
pv-withdrawn = ingetrokken
pv-col-kvk = kvk
pv-col-lots = percelen
pv-col-why = waarom
pv-col-status = status
pv-col-joining = toetredingsmoment
pv-joiners = Na de beslissing toegetreden tot de raamovereenkomst
pv-objections = Bezwaren
pv-outcome = { $outcome ->
        [upheld] gegrond
       *[rejected] ongegrond
    } op { $at }
pv-outcome-open = open
pv-col-number = nr.
pv-col-provider = zorgaanbieder
pv-col-filed = ingediend
pv-col-decision = beslissing
pv-col-reason = reden
pv-col-outcome = uitkomst
pv-contracts = Overeenkomsten
pv-col-signed = getekend
pv-col-effective = ingangsdatum
pv-contract-cancelled = beëindigd: aanbesteding ingetrokken op { $at }
pv-contract-ended = afgelopen op { $at }
pv-contract-in-force = loopt tot en met { $until }
pv-registrations = Aanmeldingen en inschrijvingen
pv-col-registered = ontvangen

## Registrations (the status is stored in English and shown in the reader's language)
registration-status = { $status ->
        [registered] aangemeld
        [withdrawn] ingetrokken
        [qualified] toegelaten
        [rejected] afgewezen
        [awarded] gegund
        [terminated] beëindigd
       *[not-awarded] niet gegund
    }

## Tabelkoppen van de overzichten (heading- en de Engelse kop)
heading-what = wat
heading-when = wanneer
heading-status = status
heading-due = datum
heading-tender = aanbesteding
heading-summary = omschrijving
heading-next = volgende stap
heading-at = moment
heading-utc = UTC
heading-actor = door
heading-account = account
heading-action = handeling
heading-detail = toelichting
heading-id = id
heading-title = titel
heading-kind = soort
heading-phase = fase
heading-next-deadline = volgende termijn
heading-registrations = aanmeldingen
heading-kvk = KvK
heading-name = naam
heading-lots = percelen
heading-meets = voldoet aan
heading-missing = ontbreekt
heading-small = klein
heading-joining = toetreding
heading-lot = perceel
heading-budget = budget
heading-products = producten
heading-awarded = gegund aan
heading-no = nr.
heading-provider = zorgaanbieder
heading-filed = ingediend
heading-reason = reden
heading-outcome = uitkomst
heading-signed = getekend
heading-effective = ingangsdatum
heading-held = gehouden
heading-product = product
heading-field = veld
heading-old = oud
heading-new = nieuw
heading-ended = beëindigd
heading-recorded = vastgelegd
heading-in-force-from = geldt vanaf
heading-basis = grondslag
heading-agb = AGB
heading-answer = antwoord
heading-asked = gesteld
heading-by = door
heading-email = e-mail
heading-evidence = bewijsstukken
heading-expires = geldig tot
heading-from = van
heading-issued = afgegeven
heading-members = gemeenten
heading-published = gepubliceerd
heading-question = vraag
heading-ref = kenmerk
heading-until = tot
heading-valid = geldig

## tender registrations, en de mijlpalen van new, show en timeline
registrations-partly-awarded = gegund { $awarded }; niet gegund { $not_awarded }
registrations-small = ja
milestone-status = { $status ->
        [past] voorbij
        [next] volgende
       *[upcoming] komend
    }

## tender show
show-timeline = Tijdlijn ({ $timezone })
show-lots = Percelen ({ $count ->
        [one] 1 aanmelding
       *[other] { $count } aanmeldingen
    } in totaal)
show-decision = Gunningsbeslissing { $number } van { $at }
show-standstill = opschortende termijn tot { $end }
show-final = definitief sinds { $at }
show-not-final = nog niet definitief
show-draw = loting: { $draw }
show-objections = Bezwaren
show-outcome = { $outcome ->
        [upheld] gegrond
        [rejected] ongegrond
       *[open] open
    }
show-contracts = Overeenkomsten ({ $count } getekend)
show-terminated = beëindigd per { $on }: { $reason }
show-consultations = Overlegtafels
show-amendments = Wijzigingen, de geschiedenis van tarieven en budgetten (de percelen hierboven tonen de waarden die nu gelden)
show-kind = soort
show-kind-value = { $dutch } ({ $kind }), regime { $regime }, domein { $domains }
show-authority = opdrachtgever
show-authority-value = { $lead } (penvoerder){ $others }
show-phase = fase
show-next = volgende stap
show-timezone = tijdzone
show-reference = kenmerk
show-value = waarde
show-value-estimated = { $value } (geraamd)

## tender timeline
timeline-phase = fase { $phase }
timeline-now = nu
timeline-before = vóór de grafiek
timeline-after = na de grafiek

## tender award (wat de tabel op stderr meldt)
award-dry-run = proefberekening: er is niets vastgelegd
award-recorded-standstill = gunningsbeslissing { $number } vastgelegd; de opschortende termijn eindigt { $end }; daarna `tender award { $tender } --final`; schrijf nu de brieven aan de inschrijvers met `tender letters { $tender } -o brieven`
award-recorded = gunningsbeslissing { $number } vastgelegd; schrijf de brieven met `tender letters { $tender } -o brieven` en laat de overeenkomsten tekenen met `tender sign { $tender }`

## Het verloop van de procedure in het proces-verbaal
pv-told-publish = aankondiging gepubliceerd; aanmelden tot { $deadline }
pv-told-rectify = rectificatie: aanmelden tot { $deadline }, gunningsbeslissing gepland op { $decision }
pv-told-decision = gunningsbeslissing { $number }
pv-told-lot = perceel { $lot }: gegund aan { $awarded }
pv-told-nobody = niemand
pv-told-not-awarded = ; niet gegund: { $providers }
pv-told-excluded = ; uitgesloten: { $provider }, omdat { $reason }
pv-told-draw = loting, beste eerst: { $draw }
pv-told-standstill = opschortende termijn tot { $end }
pv-told-object = bezwaar { $number } van { $provider }: { $reason }
pv-told-resolve = bezwaar { $number } { $outcome ->
        [upheld] gegrond verklaard
       *[rejected] ongegrond verklaard
    }
pv-told-final = de gunning is definitief
pv-told-sign = { $provider } tekent op { $signed }, met ingang van { $effective }
pv-told-amend = { $field ->
        [tariff] tarief
       *[budget] budget
    } van perceel { $lot } (product { $product }) gewijzigd van { $old } naar { $new }: { $reason }
pv-told-extend = verlengingsoptie { $number } gebruikt; de overeenkomst loopt nu tot en met { $until }
pv-told-cancel = aanbesteding ingetrokken: { $reason }
pv-told-letter = { $kind ->
        [voornemen-tot-gunning] voornemen tot gunning
        [toelating] toelating
       *[afwijzing] afwijzing
    } aan { $provider }
pv-told-letters = brieven bij gunningsbeslissing { $decision }: { $letters }
pv-told-consult = overlegtafel { $number } op { $on }: { $summary }

## domain: lifecycle (refusals and next steps, domain/lifecycle.rs)
lifecycle-refusal = { $action } kan nu niet: de aanbesteding is in fase `{ $phase }` en { $reason }; volgende stap: { $next }
action-update = de definitie vervangen
action-rectify = een termijn verlengen
action-publish = publiceren
action-consult = een overlegtafel vastleggen
action-register = aanmelden
action-withdraw = terugtrekken
action-qualify = toetsen aan de toelatingseisen
action-score = beoordelen
action-award = gunnen
action-object = een bezwaar vastleggen
action-resolve = een bezwaar afhandelen
action-redo = opnieuw gunnen
action-final-award = definitief gunnen
action-sign = ondertekenen
action-amend = wijzigen
action-extend = de overeenkomst verlengen
action-cancel = intrekken
action-terminate = een overeenkomst beëindigen
when-update = de definitie kan alleen worden vervangen zolang de aanbesteding een concept is; na publicatie kan alleen een latere termijn worden gezet (rectificatie)
when-rectify = een termijn kan alleen worden verlengd zolang de aanmelding open is
when-publish = alleen een concept kan worden gepubliceerd
when-consult = overlegtafels worden vastgelegd tot de overeenkomst eindigt
when-register = aanmelden kan alleen zolang de aanbesteding open is
when-register-open-house = aanmelden kan zolang de aanbesteding open is, en als verzoek tot toetreding zolang de raamovereenkomst gesloten of lopend is
when-withdraw = een aanbieder trekt zich terug zolang de aanbesteding open of in beoordeling is, tot de gunningsbeslissing; een ondertekende overeenkomst wordt beëindigd met `tender terminate`
when-withdraw-open-house = een aanbieder trekt zich terug zolang de aanbesteding open of in beoordeling is, tot de gunningsbeslissing, en een verzoek tot toetreding zolang de raamovereenkomst loopt; een ondertekende overeenkomst wordt beëindigd met `tender terminate`
when-qualify = de toets aan de toelatingseisen gebeurt in de beoordeling
when-qualify-open-house = de toets aan de toelatingseisen gebeurt in de beoordeling, en voor toetreders zolang de raamovereenkomst gesloten of lopend is
when-score = inschrijvingen worden beoordeeld en gegund in de beoordeling, na de sluitingstermijn van de aanmelding
when-object = bezwaren en een nieuwe gunning horen bij de opschortende termijn
when-final-award = de gunning wordt definitief na de opschortende termijn
when-sign = overeenkomsten worden ondertekend na de definitieve gunning, voordat de overeenkomst eindigt
when-sign-open-house = toetredingen worden ondertekend na de definitieve gunning, zolang de raamovereenkomst loopt
when-amend = tarieven en budgetten worden gewijzigd na de gunning, zolang de overeenkomst loopt
when-terminate = een ondertekende overeenkomst wordt beëindigd zolang de overeenkomst loopt
when-extend = een verlengingsoptie wordt gebruikt zolang de overeenkomst ondertekend en niet geëindigd is
when-cancel = een aanbesteding kan alleen worden ingetrokken voordat de overeenkomsten ingaan
refusal-standstill-runs = de opschortende termijn loopt tot { $end }
refusal-no-extension-left = er is geen verlengingsoptie meer over
refusal-objection-open = er staat nog een bezwaar open; handel het eerst af met `tender resolve`
refusal-objection-upheld = een bezwaar is gegrond verklaard; leg eerst een nieuwe beslissing vast met `tender award --redo`
refusal-objection-too-late = de opschortende termijn eindigde op { $end }; een bezwaar komt nu te laat
refusal-no-objection-open = er staat geen bezwaar open
refusal-nothing-to-redo = een nieuwe gunning volgt op een gegrond bezwaar, en tegen deze beslissing is geen bezwaar gegrond verklaard
refusal-only-classic-scored = alleen een klassieke aanbesteding wordt beoordeeld met punten; een { $kind } contracteert elke toegelaten aanbieder tegen zijn tarieven
refusal-consult-bestuurlijk = overlegtafels horen bij een bestuurlijke aanbesteding
refusal-cancelled = de aanbesteding is ingetrokken
refusal-registration-closed = de sluitingstermijn van de aanmelding was { $deadline } ({ $timezone }); te laat is te laat
refusal-registration-not-open = de aanmelding opent wanneer de aanbesteding is gepubliceerd
next-draft = controleer de definitie met `tender check`, dan `tender publish`
next-open = meld aanbieders aan met `tender register` tot de sluitingstermijn van { $deadline }
next-evaluation-classic = toets de aanbieders met `tender qualify`, beoordeel de inschrijvingen met `tender score`, dan `tender award`
next-evaluation = toets de aanbieders met `tender qualify`, dan `tender award`
next-standstill-objection = beslis over het openstaande bezwaar met `tender resolve`
next-standstill-redo = een bezwaar is gegrond verklaard: doe de beoordeling waar nodig opnieuw en leg dan een nieuwe beslissing vast met `tender award --redo`
next-standstill-wait = wacht tot de opschortende termijn eindigt op { $end }, dan `tender award --final`
next-standstill-final = maak de gunning definitief met `tender award --final`
next-awarded = onderteken de overeenkomsten met `tender sign`
next-contracted = de overeenkomst gaat in op { $start }
next-active = de overeenkomst loopt tot { $end }
next-active-open-house = de overeenkomst loopt tot { $end }; nieuwkomers treden toe met `tender register`
next-ended = niets; de overeenkomst eindigde op { $end }
next-cancelled = niets; een ingetrokken aanbesteding is gesloten

## domain: registrations (domain/intake.rs, domain/text.rs)
kvk-lost-zero = KvK-nummer `{ $kvk }` heeft 7 cijfers, en een KvK-nummer heeft er 8: waarschijnlijk is de voorloopnul in een spreadsheet verloren gegaan, dus schrijf 0{ $kvk } (en maak de kolom een tekstkolom)
kvk-invalid = KvK-nummer `{ $kvk }` is ongeldig; een KvK-nummer bestaat uit 8 cijfers, zoals 12345678
agb-invalid = AGB-code `{ $agb }` is ongeldig; een AGB-code bestaat uit 8 cijfers, zoals 98765432
email-invalid = e-mailadres `{ $email }` is ongeldig; schrijf het als intake@zorgaanbieder.nl
provider-name-empty = de naam van de aanbieder is leeg; geef de naam zoals die bij de KvK is ingeschreven
field-provider-name = de naam van de aanbieder
field-email = het e-mailadres
control-character = { $field } bevat het stuurteken { $character } op positie { $position }; schrijf gewone tekst{ $lines ->
        [one] {" "}op één regel, zonder tabs, escapecodes of andere stuurtekens
       *[many] {" "}(regeleinden en tabs mogen), zonder escapecodes of andere stuurtekens
    }
no-lots-given = geen percelen opgegeven; meld aan voor een of meer van: { $lots }
unknown-lot = perceel `{ $lot }` bestaat niet in aanbesteding `{ $tender }`; de percelen zijn: { $lots }
unknown-requirement = eis `{ $requirement }` bestaat niet in aanbesteding `{ $tender }`; de toelatingseisen zijn: { $count ->
        [0] (geen)
       *[other] { $requirements }
    }
not-a-flag = `{ $value }` is geen ja/nee-waarde; schrijf ja of nee (true/false, 1/0 en leeg kunnen ook)

## domain: contracts, amendments and evidence (domain/contracts.rs, amendments.rs, evidence.rs)
signed-in-future = --on { $on } ligt in de toekomst; leg een ondertekening vast zodra die gezet is
signed-before-final = --on { $on } ligt vóór de definitieve gunning op { $from }; een overeenkomst wordt pas na de definitieve gunning ondertekend (art. 2.127 Aw), dus geef een datum vanaf dan
sign-not-final = de gunning is nog niet definitief; onderteken na `tender award --final`
nothing-to-terminate = KvK { $kvk } heeft geen lopende ondertekende overeenkomst om te beëindigen; `tender show` toont de overeenkomsten
terminated-before-signed = --on { $on } ligt vóór de ondertekening op { $signed }; een overeenkomst eindigt na de ondertekening
terminated-after-end = --on { $on } ligt na het einde van de overeenkomst op { $end }; beëindigen is niet nodig
withdraw-signed = KvK { $kvk } heeft de overeenkomst ondertekend, en terugtrekken maakt dat niet ongedaan; beëindig haar met `tender terminate --kvk { $kvk } --on DATE --reason TEXT`
agreement-basis-bestuurlijk = --basis agreement hoort bij een bestuurlijke aanbesteding; een { $kind } wijzigt alleen door indexatie of een herzieningsclausule in de aanbestedingsstukken (art. 2.163a, 2.163c Aw): gebruik --basis indexation of --basis review-clause
amended-before-decision = --from { $from } ligt vóór de gunningsbeslissing van { $decided }; een wijziging geldt vanaf de beslissing
-substantial = meer dan de 10 % waarmee een overeenkomst voor diensten mag wijzigen zonder nieuwe procedure (art. 2.163b Aw); tenzij een duidelijke herzieningsclausule in de aanbestedingsstukken erin voorziet (art. 2.163c Aw), is het een wezenlijke wijziging die een nieuwe procedure vraagt (art. 2.163a, 2.163g Aw)
substantial-indexation = de indexaties van perceel `{ $lot }` verhogen de prijzen samen met { $percent } %, { -substantial }
substantial-tariff = het tarief van product `{ $product }` in perceel `{ $lot }` gaat van { $old } naar { $new }, { -substantial }
substantial-budget = het budget van perceel `{ $lot }` gaat van { $old } naar { $new }, { -substantial }
expires-before-issued = --expires { $expires } ligt vóór --issued { $issued }; een bewijsstuk verloopt na de afgifte
evidence-expired = eis `{ $requirement }` vraagt een geldig bewijsstuk van soort `{ $kind }`, en het laatste verliep op { $last }; leg een nieuw vast met `tender evidence`
evidence-missing = eis `{ $requirement }` vraagt een bewijsstuk van soort `{ $kind }`, en er is er geen vastgelegd; leg het vast met `tender evidence`

## domain: questions, award and scores (domain/questions.rs, award.rs, scoring.rs)
questions-not-yet = vragen kunnen worden gesteld zodra de aanbesteding is gepubliceerd
questions-too-late = de termijn voor vragen was { $deadline } ({ $timezone }); een vraag komt nu te laat
questions-closed = de aanbesteding is in fase `{ $phase }`; vragen horen bij de aanmeldingsperiode, die sloot op { $deadline }
nota-nothing-answered = nog geen vraag is beantwoord; beantwoord er eerst een met `tender answer`
nota-nothing-new = elk antwoord is al gepubliceerd (laatste: nota { $latest }); er is niets nieuws te publiceren
award-undecided = aanbesteding `{ $tender }` kan niet worden gegund: { $count ->
        [one] { $count } aanmelding heeft
       *[other] { $count } aanmeldingen hebben
    } nog geen toelatingsbesluit: { $providers }; laat ze eerst toe of wijs ze af
award-missing-scores = aanbesteding `{ $tender }` kan niet worden gegund: { $count ->
        [one] { $count } inschrijving mist een score
       *[other] { $count } inschrijvingen missen een score
    }: { $offers }; leg ze vast met `tender score`
award-tie = perceel `{ $lot }` van aanbesteding `{ $tender }` heeft een gelijke stand om de laatste gunningsplaats tussen { $first } en { $last }; houd een loting en geef de uitkomst mee met --draw { $kvks } (beste eerst)
award-nothing = aanbesteding `{ $tender }` heeft geen toegelaten inschrijvingen; er is niets te gunnen
product-not-in-lot = product `{ $product }` hoort niet bij perceel `{ $lot }`; de producten zijn: { $products }
price-needs-product = perceel `{ $lot }` heeft meerdere producten ({ $products }); geef de prijs van elk met --product CODE (in een CSV: { $criterion }:CODE)
price-criterion-takes-price = criterium `{ $criterion }` is het prijscriterium, dat een prijs krijgt en geen punten; geef de geboden prijs met --price EUR
price-zero = een prijs van { $amount } is geen inschrijving; geef de geboden prijs
points-criterion-takes-points = criterium `{ $criterion }` wordt met punten beoordeeld, niet met een prijs; gebruik --criterion { $criterion } --points P
points-over-maximum = { $points } punten is meer dan het maximum van { $max } voor criterium `{ $criterion }`; geef 0 tot en met { $max }

## domain: dates and moments (domain/schedule.rs)
timeline-value = timeline.{ $field } = { $value }: { $why }
time-without-date = een tijd zonder datum; schrijf een datum als 2027-05-23 of 2027-05-23T12:00:00
not-a-calendar-date = geen geldige kalenderdatum
not-a-time-of-day = geen geldig tijdstip
not-an-offset = geen geldige afwijking van UTC
not-a-date-time = geen geldige datum en tijd
skipped-hour = { $local } bestaat niet in { $timezone }, omdat de klok die nacht vooruit gaat; kies een tijd buiten het overgeslagen uur
leap-second = `{ $text }` noemt een schrikkelseconde (:60); schrijf een tijd van 00:00:00 tot en met 23:59:59
moment-year-out-of-bounds = `{ $text }` valt buiten de grenzen; het jaar { $year } moet van { $min } tot en met { $max } zijn
not-a-moment = `{ $text }` is geen datum of datum met tijd; schrijf YYYY-MM-DD, YYYY-MM-DDTHH:MM[:SS] of RFC 3339
moment-named = `{ $text }`: { $why }

## domain: the definition file (domain/definition.rs, bounds.rs)
definition-line = regel { $line }, kolom { $column }: { $problem }
toml-unknown-field = onbekend veld `{ $field }`, verwacht een van { $expected }
toml-missing-field = veld `{ $field }` ontbreekt
toml-problem = { $detail }
lot-without-products = perceel `{ $lot }` heeft geen producten; geef elk perceel minstens één [[lots.products]] met zijn iStandaarden-code
out-of-bounds = { $field } = { $value } valt buiten de grenzen; het moet { $min } tot en met { $max }{ $unit ->
        [days] {" "}kalenderdagen
        [months] {" "}maanden
        [points] {" "}punten
       *[none] {""}
    } zijn
year-out-of-bounds = timeline.{ $field } = { $value } valt buiten de grenzen; het jaar { $year } moet van { $min } tot en met { $max } zijn
part-id-invalid = { $what ->
        [lot] perceel-id
        [requirement] eis-id
       *[criterion] criterium-id
    } `{ $id }` is ongeldig; gebruik 1 tot 40 kleine letters, cijfers en `-` (nooit `|` of `,`, die lijsten scheiden), zoals `begeleiding`
field-a-lot-id = een perceel-id
field-lot-name = de naam van perceel `{ $lot }`
field-lot-product-code = een productcode van perceel `{ $lot }`
field-product-name = de naam van product `{ $product }`
field-a-criterion-id = een criterium-id
field-criterion-name = de naam van criterium `{ $criterion }`
field-a-requirement-id = een eis-id
field-requirement-text = de tekst van eis `{ $requirement }`
joining-twice = timeline.joining noemt { $date } twee keer; noem elk toetredingsmoment één keer
joining-out-of-order = timeline.joining noemt { $later } na { $earlier }; zet de toetredingsmomenten op volgorde
joining-outside-contract = timeline.joining heeft geen datum binnen de looptijd van de overeenkomst ({ $start } tot { $end }); nieuwkomers zouden nooit kunnen toetreden
joining-empty = timeline.joining is een lege lijst; geef de toetredingsmomenten, of `monthly`, `quarterly` of `yearly`

## domain: the legal checks of check, new and publish (domain/checks.rs)
check-id-invalid = id `{ $id }` is ongeldig; gebruik 3 tot 64 kleine letters, cijfers en `-`, zoals `achterhoek-2022`
check-title-empty = title is leeg; geef de aanbesteding de titel waaronder zij wordt gepubliceerd
check-domain-empty = domain is leeg; noem `wmo`, `jeugd` of beide
check-members-empty = authority.members is leeg; noem de gemeenten die samen inkopen
check-lead-not-member = authority.lead `{ $lead }` staat niet in authority.members; de penvoerder moet deelnemer zijn ({ $members })
check-timezone-unknown = timezone `{ $timezone }` is geen bekende tijdzone; gebruik een IANA-naam zoals `Europe/Amsterdam`
check-field-only-for = { $field } is alleen voor aanbestedingen van soort { $allowed ->
        [classic] `classic`
        [raamovereenkomst] `raamovereenkomst`
       *[open-house] `raamovereenkomst` met open house
    }, en deze is `{ $kind }`; haal het weg
check-joining-closed-framework = timeline.joining is alleen voor een open house, en deze `raamovereenkomst` heeft open_house = false; zet open_house = true of haal timeline.joining weg
check-joining-missing = timeline.joining ontbreekt; een open house heeft toetredingsmomenten nodig: `monthly`, `quarterly`, `yearly` of een lijst met datums
check-no-lots = de aanbesteding heeft geen [[lots]]; voeg minstens één perceel met zijn producten toe
check-product-twice = perceel `{ $lot }` noemt product `{ $product }` twee keer; elk product één keer per perceel
check-product-without-tariff = product `{ $product }` in perceel `{ $lot }` heeft geen tarief; een aanbesteding van soort `{ $kind }` contracteert tegen vaste tarieven, dus elk product heeft er een nodig
check-some-weights = perceel `{ $lot }` geeft { $weighted } van zijn { $products } producten een gewicht in het mandje; geef elk product een gewicht, of geen enkel voor gelijke delen
check-weights-zero = de gewichten in het mandje van perceel `{ $lot }` tellen op tot 0; geef de producten het aandeel dat ze in de prijs hebben
check-max-awards-zero = perceel `{ $lot }` heeft max_awards = 0; gun minstens één inschrijving, of laat het weg om alle te gunnen
check-lot-member-unknown = perceel `{ $lot }` noemt deelnemer `{ $member }`, die geen deelnemer van de aanbestedende dienst is; de deelnemers zijn: { $members }
check-lot-members-empty = perceel `{ $lot }` heeft een lege lijst deelnemers; laat haar weg om alle deelnemers te bedienen
check-budget-member-not-served = perceel `{ $lot }` geeft budget_by_member aan `{ $member }`, die het perceel niet bedient; de deelnemers van het perceel zijn: { $members }
check-budget-shares-without-budget = perceel `{ $lot }` heeft budget_by_member maar geen budget; geef het perceelbudget waartoe de delen optellen
check-budget-shares-sum = de budget_by_member van perceel `{ $lot }` telt op tot { $sum }, niet tot het budget van { $budget }; laat de delen kloppen
check-budget-shares-overflow = de budget_by_member van perceel `{ $lot }` telt op tot meer dan te tellen is, niet tot het budget van { $budget }; laat de delen kloppen
check-requirement-lot-unknown = eis `{ $requirement }` geldt voor perceel `{ $lot }`, dat niet bestaat; de percelen zijn: { $lots }
check-product-code-invalid = productcode `{ $product }` in perceel `{ $lot }` is ongeldig; een code is 2 cijfers (de productcategorie) en 3 tekens uit A-Z en 0-9, zoals `02A01`
check-product-outside-domain = product `{ $product }` in perceel `{ $lot }` heeft categorie { $category }, buiten het domein van de aanbesteding ({ $domains }; productcategorieën van de iStandaarden)
check-empty-id = { $what ->
        [lot] een perceel heeft een leeg id; geef elk perceel een id
        [requirement] een eis heeft een leeg id; geef elke eis een id
        [criterion] een criterium heeft een leeg id; geef elk criterium een id
       *[member] een deelnemer heeft een lege naam; geef elke deelnemer een naam
    }
check-id-twice = { $what ->
        [lot] perceel
        [requirement] eis
        [criterion] criterium
       *[member] deelnemer
    } `{ $id }` komt twee keer voor; elk id moet uniek zijn
check-no-criteria = een klassieke aanbesteding heeft [[criteria]] nodig om de inschrijvingen te rangschikken (art. 2.114 Aw)
check-weights-sum = de gewichten van de criteria tellen op tot { $total }, niet tot 100; art. 2.115 Aw vraagt de relatieve weging van de criteria, en dit programma legt die vast als gewichten die samen 100 zijn
check-price-without-formula = criterium `{ $criterion }` is een prijscriterium maar price_formula is `none` (alleen kwaliteit, vaste prijs); haal `price = true` weg of kies `relative` of `fictitious` (art. 2.115 Aw)
check-formula-without-price = price_formula `{ $formula }` vraagt precies één criterium met `price = true`, en er is er geen (art. 2.115 Aw)
check-several-prices = de criteria { $criteria } hebben allemaal `price = true`; precies één criterium is de prijs (art. 2.115 Aw)
check-criterion-without-value = criterium `{ $criterion }` heeft geen value; met price_formula `fictitious` heeft elk kwaliteitscriterium het bedrag nodig dat het bij volle punten waard is
check-min-quality = award.min_quality is { $min }; het is een percentage van { $fictitious ->
        [yes] de totale kwaliteitswaarde in euro's (de som van de value van de criteria)
       *[no] de hoogst haalbare kwaliteitsscore
    }, 0 tot en met 100
check-dates-out-of-order = timeline.{ $after } ({ $after_at }) ligt niet na timeline.{ $before } ({ $before_at }); de datums moeten lopen als announce < questions_deadline < registration_deadline < award_decision < contract_start < contract_end
check-2b-ended = regime is `2b` maar de aanbesteding wordt aangekondigd op { $announce }; het 2B-regime eindigde op 1 juli 2016, toen sociale diensten onder het verlicht regime kwamen (art. 2.38, 2.39 Aw): gebruik `sas`, `open` of `national`
check-framework-too-long = de raamovereenkomst loopt met verlengingen { $months } maanden; een gesloten raamovereenkomst duurt ten hoogste 4 jaar, tenzij dat gemotiveerd is (art. 2.140 Aw)
check-standstill-short = timeline.standstill_days is { $days }; een klassieke aanbesteding heeft een opschortende termijn van minstens 20 kalenderdagen nodig (art. 2.127 Aw){ $national ->
        [yes] ; onder de Europese drempel is die een advies, geen plicht
       *[no] {""}
    }
check-registration-period-short = de aanmeldingsperiode is { $days ->
        [one] { $days } kalenderdag
       *[other] { $days } kalenderdagen
    } vanaf de publicatie op { $opened }; een openbare procedure geeft minstens { $minimum } dagen { $electronic ->
        [yes] met
       *[no] zonder
    } elektronische inschrijving (art. 2.71, 2.74a Aw)
check-questions-late = timeline.questions_deadline ({ $questions }) ligt later dan 6 dagen voor de sluitingstermijn van de aanmelding; aanvullende inlichtingen moeten uiterlijk { $answers } gegeven zijn (Richtlijn 2014/24 art. 47(3), 53(2))
check-hulpmiddel-light-regime = product `{ $product }` in perceel `{ $lot }` is een hulpmiddel (Wmo-categorie { $category }), een levering en geen sociale dienst; het verlicht regime (art. 2.38, 2.39 Aw) geldt er niet voor: zet regime = "open", of "national" onder de drempel van { $threshold } voor leveringen (Richtlijn 2014/24 art. 4(c))
check-above-threshold = regime is `national` maar de geraamde waarde met verlengingen is { $value }, op of boven de drempel van { $threshold } voor { $what ->
        [supplies] leveringen (hulpmiddelen); maak de aanbesteding Europees bekend (Richtlijn 2014/24 art. 4(c))
       *[services] sociale diensten; maak de aanbesteding Europees bekend (art. 2.38, 2.39 Aw)
    }
check-no-price-floor = product `{ $product }` in perceel `{ $lot }` concurreert op prijs zonder price_floor; een reële prijs moet gewaarborgd zijn ({ $article }): zet de price_floor

## domain: reminders and the calendar's deadlines (domain/reminders*)
days-today = vandaag
days-ahead = over { $days ->
        [one] { $days } dag
       *[other] { $days } dagen
    }
days-ago = { $days ->
        [one] { $days } dag
       *[other] { $days } dagen
    } geleden
remind-names = { $names }{ $more ->
        [0] {""}
       *[other] {" "}en { $more } meer
    }
remind-joining-for = toetredingsmoment voor { $who }
withdrawn-cancelled = de aanbesteding is ingetrokken op { $at }
withdrawn-decided = de gunningsbeslissing is vastgelegd op { $at }
withdrawn-unplanned = het staat niet meer gepland
remind-questions-close = de termijn voor vragen van aanbieders sluit
remind-answer-by = beantwoord elke vraag uiterlijk { $due }
remind-answers-due = antwoorden op de vragen verwacht
remind-publish-answers = publiceer de antwoorden op alle vragen aan alle aanbieders met `tender nvi --publish` (nota van inlichtingen), { $days } dagen voor de sluitingstermijn van de aanmelding op { $deadline }
remind-unanswered = een vraag heeft geen gepubliceerd antwoord
remind-answer-and-rectify = beantwoord haar en verleng de sluitingstermijn van de aanmelding (rectificatie): `tender answer`, `tender nvi --publish`, dan `tender update` met een latere registration_deadline
remind-award-notice-due = aankondiging van de gegunde opdracht verwacht
remind-award-notice-missing = de aankondiging van de gegunde opdracht is niet als gepubliceerd vastgelegd
remind-publish-award-notice = publiceer de aankondiging van de gegunde opdracht (TenderNed) en leg haar vast met `tender notice`
remind-evidence-expires = bewijsstuk verloopt
remind-renew-evidence = vraag de aanbieder nu om een nieuw bewijsstuk (een gedragsverklaring aanbesteden duurt 8 weken) en leg het vast met `tender evidence`
remind-registration-closes = de aanmelding sluit
remind-award-decision-planned = gunningsbeslissing gepland
remind-then-award = { $evaluation }, en leg dan de beslissing vast met `tender award`
remind-standstill-ends = de opschortende termijn eindigt
remind-final-if-no-objection = maak de gunning, zonder openstaand bezwaar, definitief met `tender award --final`
remind-final-award = definitieve gunning
remind-contracts-start = de overeenkomsten gaan in
remind-sign-before-start = elke gegunde aanbieder ondertekent voor de ingangsdatum; leg het vast met `tender sign`
remind-joining-moment = toetredingsmoment
remind-record-accessions = toegelaten nieuwkomers treden toe tot de raamovereenkomst; leg hun toetreding vast met `tender sign`
remind-notice-date = opzegdatum voor { $option }
remind-contract-ends = de overeenkomst eindigt
remind-qualify-and-score = toets de aanbieders met `tender qualify` en beoordeel de inschrijvingen met `tender score`
remind-qualify = toets de aanbieders met `tender qualify`
remind-extension-option = verlengingsoptie { $number } van { $of } ({ $months ->
        [one] { $months } maand
       *[other] { $months } maanden
    })
remind-extend-or-end = gebruik haar met `tender extend`, of laat de overeenkomst eindigen op { $end }
remind-end-no-option = er is geen verlengingsoptie meer; de vervolgovereenkomsten moeten klaarstaan
remind-end-unless-extended = tenzij verlengd met `tender extend`, moeten de vervolgovereenkomsten klaarstaan
remind-award-decision-passed = de geplande gunningsbeslissing is verstreken
remind-standstill-ended = de opschortende termijn is geëindigd zonder definitieve gunning
remind-contracts-started-unsigned = de overeenkomsten zijn ingegaan, maar { $count ->
        [one] { $count } gegunde aanbieder heeft niet ondertekend
       *[other] { $count } gegunde aanbieders hebben niet ondertekend
    }
remind-record-signatures = leg de ondertekende overeenkomsten vast met `tender sign`: { $who }
remind-notice-date-passed = de opzegdatum voor { $option } is verstreken
remind-resolve-then-final = handel het openstaande bezwaar af met `tender resolve` en maak dan de gunning definitief met `tender award --final`
remind-upheld-redo = een bezwaar is gegrond verklaard: leg een nieuwe beslissing vast met `tender award --redo`
remind-joining-passed-unsigned = het toetredingsmoment is verstreken, maar { $count ->
        [one] { $count } toegelaten nieuwkomer heeft niet ondertekend
       *[other] { $count } toegelaten nieuwkomers hebben niet ondertekend
    }
remind-record-accessions-of = leg de toetredingen vast met `tender sign`: { $who }
remind-question-unanswered = vraag { $number } heeft geen gepubliceerd antwoord, en de antwoorden waren verwacht op { $due }
remind-evidence-of = bewijsstuk `{ $kind }` van { $who } { $expired ->
        [yes] verliep op
       *[no] verloopt op
    } { $day }

## domain: time runs forward, and rectificaties (domain/chronology.rs, revision.rs)
backdated = het moment { $now } ligt vóór gebeurtenis { $event } van deze aanbesteding ({ $kind }, vastgelegd { $at }); de tijd loopt per aanbesteding vooruit: handel op { $at } of later
too-early = --on { $on } ligt vóór { $what ->
        [loaded] het moment waarop de aanbesteding werd geladen
       *[application] de aanvraag
    } ({ $at }); geef { $at } of later
rectify-other-field = `{ $field }` is gewijzigd, en na publicatie kan alleen een latere termijn voor vragen, sluitingstermijn van de aanmelding of gunningsbeslissing worden gezet (rectificatie)
rectify-not-later = { $change } is niet later dan eerst; een rectificatie kan een termijn alleen verlengen

## commands: the store's errors, and why a file could not be used
store-unnamed-database = de database
store-unknown-tender = er is geen aanbesteding `{ $id }` in de database; `tender list` toont de aanbestedingen die er zijn
store-duplicate-tender = er bestaat al een aanbesteding `{ $id }`; wijzig een concept met `tender update`, of geef de nieuwe aanbesteding een andere id
store-missing = er is geen database op { $path }; `tender new BESTAND` maakt er daar een aan, of wijs met --db of TENDER_DB naar het bestaande bestand
store-create = het databasebestand { $path } kan niet worden aangemaakt: { $reason }; kies een map die bestaat en waarin u mag schrijven
store-unreadable = { $path } kan niet worden gelezen: { $reason }
store-directory = { $path } is een map, geen databasebestand; wijs met --db of TENDER_DB naar het bestand tender.db daarin, of naar een nieuwe bestandsnaam
store-not-a-file = { $path } is geen gewoon bestand (een apparaat, socket of pipe) en kan dus geen tender-database zijn; wijs met --db of TENDER_DB naar een tender-database
store-empty = { $path } is leeg (0 bytes), geen tender-database: het bestand is mogelijk afgekapt; zet het terug uit een back-up van `tender backup`, of verwijder het en begin opnieuw met `tender new BESTAND`
store-not-a-database = { $path } is geen tender-database (het is geen SQLite-bestand); wijs met --db of TENDER_DB naar een tender-database, of naar een nieuw bestand
store-not-tender = { $path } is een SQLite-database { $tables ->
        [none] zonder tabellen
       *[other] van een ander programma
    }, geen tender-database; wijs met --db of TENDER_DB naar een tender-database, of naar een nieuw bestand
store-truncated = { $path } is afgekapt: het heeft { $size } bytes waar de kop er { $declared } belooft; zet het terug uit een back-up van `tender backup`
store-corrupt = { $path } is beschadigd (SQLite meldt corruptie); zet het terug uit een back-up van `tender backup`
store-locked = { $path } is vergrendeld door een ander proces dat nog schrijft; probeer het opnieuw wanneer dat klaar is
store-read-only = { $path } kan niet worden gewijzigd: u mag het alleen lezen (het bestand of de map is niet schrijfbaar, of de schijf is alleen-lezen); voer deze opdracht uit als een gebruiker die daar mag schrijven, of op een kopie van `tender backup`
store-cannot-open = { $path } kan niet worden geopend: SQLite kon het bestand of de -wal- en -shm-bestanden ernaast niet openen; controleer of u ze mag lezen en in hun map mag schrijven
store-full = de schijf met { $path } is vol, dus er is niets geschreven; maak ruimte vrij en voer de opdracht opnieuw uit
store-tighten = { $path } kan niet alleen voor de eigenaar leesbaar worden gemaakt (het heeft modus { $mode } en bevat contactgegevens): { $reason }; voer als eigenaar `chmod 600` erop uit
store-too-new = { $path } heeft schemaversie { $found }, nieuwer dan deze tender kent (tot { $known }); gebruik een nieuwere versie van tender
store-read-only-old = { $path } heeft schemaversie { $found } en moet worden bijgewerkt naar { $known }, maar mag alleen worden gelezen; voer eenmaal een opdracht uit waar het bestand schrijfbaar is, of gebruik de versie van tender die het schreef
store-unknown-scheme = `{ $scheme }://` in { $url } is geen soort database die tender kent; noem een bestand, of een server als postgres://gebruiker@host:poort/dbnaam
store-bad-url = de database-URL { $url } is ongeldig ({ $reason }); schrijf hem als postgres://gebruiker@host:poort/dbnaam?sslmode=require
store-tls-setup = geen TLS-verbinding met de PostgreSQL-server { $place }: { $reason }
store-server-unreachable = geen verbinding met de PostgreSQL-server op { $host } (database `{ $dbname }`): { $reason }; controleer of de server daar draait en of gebruiker en wachtwoord in de URL kloppen
store-no-server-database = er is geen database `{ $dbname }` op de PostgreSQL-server op { $host }; maak hem aan (`createdb { $dbname }`) of noem een bestaande
store-no-schema = de database { $place } heeft geen tender-schema; een aanbesteding laden met `tender new DEFINITIE.toml` maakt het daar aan, of wijs met --db of TENDER_DB naar de tender-database
store-not-tender-server = de database { $place } is geen tender-database (de tabellen zijn niet door tender gemaakt, of het logboek is niet beveiligd); wijs met --db of TENDER_DB naar een tender-database, of naar een lege voor `tender new`
store-server-too-new = de database { $place } heeft schemaversie { $found }, nieuwer dan deze tender kent (tot { $known }); gebruik een nieuwere versie van tender
store-role-may-not-change = de databaserol `{ $role }` mag het dossier niet wijzigen; vraag om de rol van een inkoper, of lees alleen (list, show, remind)
store-server = de PostgreSQL-server { $place } weigerde: { $reason }
store-server-gone = de verbinding met de PostgreSQL-server { $place } is verbroken ({ $reason }), dus er is niets van deze opdracht bewaard; voer hem opnieuw uit
store-target-not-empty = { $target } is niet leeg; `tender copy --to` schrijft alleen in een nieuw bestand of een lege serverdatabase, dus er is niets gekopieerd
store-copy-to-itself = { $target } is de database die wordt gekopieerd; noem met --to een ander bestand of een andere serverdatabase
store-copy-mismatch = de kopie bevat { $found } rijen van `{ $table }` waar de bron er { $expected } heeft, dus er is niets gekopieerd
store-invalid = de opgeslagen gegevens zijn ongeldig: { $what }
store-sqlite = databasefout: { $what }
io-folder-missing = de map bestaat niet
io-permission-denied = geen toestemming
io-disk-full = de schijf is vol
io-read-only = de schijf is alleen-lezen
io-is-a-folder = het is een map, geen bestand
io-no-such-file = dat bestand bestaat niet

## commands: output files (calendar -o, export -o, backup, letters)
output-what = { $what ->
        [calendar] de agenda
        [export] het exportbestand
        [backup] de back-up
       *[letter] de brief
    }
output-names-a-folder = { $path } noemt een map, geen bestand; geef een bestandsnaam voor { output-what }
output-parent-not-a-folder = { $folder } is geen map, dus { output-what } kan daarin niet worden geschreven
output-no-folder = { output-what } kan niet naar { $path } worden geschreven: de map { $folder } bestaat niet
output-folder-unusable = { output-what } kan niet naar { $path } worden geschreven: de map { $folder } is onbruikbaar: { $reason }
output-is-the-database = { $path } is { $role ->
        [database] de database zelf
        [wal] het write-ahead-logbestand van de database
        [shm] de gedeelde-geheugenindex van de database
       *[journal] het rollback-journaal van de database
    } ({ $database }); als { output-what } daar wordt geschreven, gaat de database verloren, dus kies een ander bestand
output-is-a-folder = { $path } is een map; geef een bestandsnaam in die map voor { output-what }
output-not-a-file = { $path } is geen gewoon bestand (een apparaat, socket of pipe); schrijf { output-what } naar een gewoon bestand
output-cannot-write = { output-what } kan niet naar { $path } worden geschreven

## commands: CSV intake (register --csv, score --csv)
csv-cannot-read = { $file } kan niet worden gelezen: { $why }
csv-not-utf8 = { $file } is geen UTF-8-tekst (regel { $line }); sla het in het rekenblad op als "CSV UTF-8"
csv-empty = { $file } is leeg; de eerste regel moet de kop { $header } zijn
csv-unclosed-quote = { $file }, regel { $line }: een cel begint met een aanhalingsteken (") dat nergens wordt gesloten, zodat de rest van het bestand als die ene cel zou worden gelezen; sluit het aanhalingsteken, of verwijder het
csv-wrong-header = { $file } heeft een verkeerde kop: { $problem }; verwacht { $header }
csv-cells = { $cells ->
        [one] 1 cel
       *[other] { $cells } cellen
    } waar de kop er { $columns } heeft
csv-column = kolom `{ $column }`
csv-column-twice = kolom `{ $column }` staat er twee keer in
csv-column-unknown = onbekende kolom `{ $column }`
csv-column-missing = kolom `{ $column }` ontbreekt
csv-bad-row = {"  "}regel { $line }: { $reason }
csv-bad-rows-more = {"  "}en nog { $count }
csv-bad-rows = { $file } heeft { $count ->
        [one] 1 foute regel
       *[other] { $count } foute regels
    }, dus { $nothing }
csv-no-rows = { $file } heeft een kop maar geen regels; { $nothing }

## commands: every command
warning-prefix = waarschuwing
context-tender = aanbesteding `{ $id }`
database-loosened = { $path } had modus { $mode } en was leesbaar voor anderen; alleen de eigenaar mag het nu lezen ({ $tightened }), omdat het contactgegevens bevat
now-invalid = --now (of TENDER_NOW) is ongeldig
variable-empty = { $variable } is leeg; geef een waarde, of verwijder de variabele
option-empty = { $option } is leeg; geef een waarde, of laat de optie weg
definition-cannot-read = het bestand kan niet worden gelezen: { $why }
definition-not-utf8 = het bestand is geen UTF-8-tekst; sla het op als UTF-8

## commands: check, new, update, publish, cancel
check-valid = { $file }: `{ $id }` is een geldige aanbesteding van soort { $kind } ({ $warnings ->
        [one] 1 waarschuwing
       *[other] { $warnings } waarschuwingen
    })
check-invalid = { $failed } van { $total } definities { $failed ->
        [one] is
       *[other] zijn
    } ongeldig: { $files }
new-detail = { $file } als concept geladen
new-done = `{ $id }` ({ $kind }) als concept geladen; publiceer het met `tender publish { $id }`
update-published = aanbesteding `{ $id }` is gepubliceerd: { $problem }
update-unchanged = `{ $id }` is ongewijzigd
update-done = { $rectified ->
        [true] rectificatie van
       *[other] bijgewerkt:
    } `{ $id }`: { $changes }
publish-refused = aanbesteding `{ $id }` kan niet worden gepubliceerd: { $why }
publish-deadline-passed = aanbesteding `{ $id }` kan niet worden gepubliceerd: de aanmeldtermijn { $deadline } is verstreken; stel eerst met `tender update` een latere termijn in
publish-detail = gepubliceerd; aanmelden kan tot { $deadline }
publish-done = `{ $id }` gepubliceerd; aanmelden kan tot { $deadline } ({ $timezone })
cancel-no-reason = --reason is leeg; geef aan waarom de aanbesteding wordt ingetrokken, dat komt in het logboek
cancel-detail = ingetrokken in fase { $phase }: { $reason }
cancel-done = `{ $id }` ingetrokken (intrekking)

## commands: register, withdraw
register-detail = { $name } (KvK { $kvk }) aangemeld{ $joining ->
        [true] {" als toetreder"}
       *[other] {""}
    } voor percelen { $lots }
register-detail-meets = ; verklaart te voldoen aan { $meets }
register-detail-small = ; kleine aanbieder
register-detail-renamed = ; naam van de aanbieder gewijzigd, was { $old }
register-detail-email = ; e-mailadres gewijzigd, was { $old }
detail-none = (geen)
register-joins = wordt de aanbieder nu toegelaten, dan treedt hij toe tot de raamovereenkomst op { $at } (toetredingsmoment)
register-already = { $name } (KvK { $kvk }) is al aangemeld voor `{ $id }` (status { $status }); trek de aanmelding in met `tender withdraw` om opnieuw aan te melden
register-csv-done = { $count ->
        [one] 1 aanbieder
       *[other] { $count } aanbieders
    } aangemeld voor `{ $id }` uit { $file }
register-csv-already = KvK { $kvk } is al aangemeld voor `{ $id }`; trek die aanmelding eerst in om opnieuw aan te melden
register-csv-twice = KvK { $kvk } staat ook op regel { $first }
register-csv-nothing = er is niemand aangemeld
register-progress = aanmelden
register-csv-detail = { $count ->
        [one] 1 aanbieder
       *[other] { $count } aanbieders
    } aangemeld{ $joining ->
        [true] {" als toetreders"}
       *[other] {""}
    } uit { $file }: KvK { $kvks }
register-csv-detail-renamed = ; namen van aanbieders gewijzigd: { $renamed }
withdraw-refused = aanbesteding `{ $id }`: intrekken van de aanmelding kan niet: { $why }
withdraw-none = KvK { $kvk } heeft geen aanmelding voor `{ $id }` om in te trekken; `tender registrations { $id }` toont de aanmeldingen
withdraw-done = { $name } (KvK { $kvk }) heeft de aanmelding ingetrokken

## commands: qualify
qualify-not-registered = KvK { $kvk } heeft zich niet aangemeld voor `{ $id }`; `tender registrations { $id }` toont wie wel
qualify-withdrawn = { $name } (KvK { $kvk }) heeft de aanmelding voor `{ $id }` ingetrokken, dus er valt niets toe te laten of af te wijzen
qualify-not-joining = { $name } (KvK { $kvk }) meldde zich aan voordat de raamovereenkomst begon; over die toelating is bij de beoordeling besloten
qualify-no-reason = --reject vraagt een reden; die wordt vastgelegd en naar de aanbieder gestuurd
qualify-unproven = { $who } voldoet daar nog niet aan: { $why }
qualify-rejected = { $who } afgewezen: { $reason }
qualify-qualified = { $who } toegelaten: voldoet aan alle toelatingseisen
qualify-qualified-joins = { $who } toegelaten: voldoet aan alle toelatingseisen; treedt toe tot de raamovereenkomst op { $at }
qualify-partly = { $who } voldoet aan { $meets }; ontbreekt nog: { $missing }

## commands: score
score-csv-done = { $count ->
        [one] 1 score
       *[other] { $count } scores
    } vastgelegd voor `{ $id }`
score-no-price-criterion = aanbesteding `{ $id }` heeft geen prijscriterium; geef --criterion en --points
score-line = KvK { $kvk } perceel { $lot } { $criterion }: { $value }
score-replaced = { $line } (was { $old })
score-csv-detail = { $count ->
        [one] 1 score
       *[other] { $count } scores
    } uit { $file }: { $scores }
score-points = { $points } punten
score-no-lot = perceel `{ $lot }` bestaat niet in aanbesteding `{ $id }`; de percelen zijn: { $lots }
score-not-for-lot = { $name } (KvK { $kvk }) heeft zich niet aangemeld voor perceel `{ $lot }`
score-not-qualified = { $name } (KvK { $kvk }) is { $status }, niet toegelaten; alleen inschrijvingen van toegelaten aanbieders krijgen een score
score-no-criterion = criterium `{ $criterion }` bestaat niet in aanbesteding `{ $id }`; de criteria zijn: { $criteria }
score-not-per-product = criterium `{ $criterion }` krijgt punten voor de hele inschrijving; alleen het prijscriterium wordt per product gegeven
score-not-a-number = `{ $value }` is geen getal; geef punten of euro's met hoogstens twee decimalen, zoals 7.5
score-csv-twice = KvK { $kvk } perceel { $lot } criterium { $criterion } staat twee keer in het bestand
score-csv-nothing = er is geen score vastgelegd
award-final-done = de gunning van `{ $id }` is definitief; onderteken de overeenkomsten met `tender sign`

## commands: ask, answer, nvi, evidence, notice, object, resolve
answer-no-text = --text is leeg; geef het antwoord zoals het in de nota van inlichtingen komt
answer-no-question = vraag { $question } bestaat niet in `{ $id }`; { $last ->
        [0] er is nog geen vraag gesteld
       *[other] de vragen zijn genummerd van 1 tot en met { $last }
    }
answer-replaced = antwoord op vraag { $question } vervangen (was: { $old }): { $text }
answer-done = antwoord op vraag { $question }: { $text }
evidence-not-a-date = --{ $flag } `{ $text }` is geen datum; schrijf JJJJ-MM-DD, zoals 2027-03-01
evidence-future = --issued { $issued } ligt in de toekomst; leg een bewijsstuk vast zodra het is afgegeven
evidence-not-registered = KvK { $kvk } heeft zich niet aangemeld voor `{ $id }`; bewijsstukken worden vastgelegd voor een aangemelde aanbieder (`tender registrations { $id }` toont ze)
evidence-done = { $name } (KvK { $kvk }): bewijsstuk { $kind } afgegeven op { $issued }, { $expires ->
        [never] verloopt niet
       *[other] geldig tot en met { $expires }
    }{ $reference }
evidence-reference = {" "}(kenmerk { $reference })
evidence-no-expiry = (verloopt niet)
evidence-valid = { $valid ->
        [yes] ja
       *[no] nee
    }
notice-not-signed = `{ $id }` heeft nog geen ondertekende overeenkomst; de aankondiging van de gegunde opdracht volgt op de eerste ondertekening (`tender sign`)
notice-future = --on { $on } ligt in de toekomst; leg de aankondiging vast zodra die is gepubliceerd
notice-before-signature = --on { $on } ligt vóór de eerste ondertekening op { $first }; de aankondiging maakt een ondertekende overeenkomst bekend
notice-already = de aankondiging van de gegunde opdracht van `{ $id }` is al vastgelegd als gepubliceerd op { $on }
notice-done = aankondiging van de gegunde opdracht gepubliceerd op { $on }{ $reference }
notice-reference = {" "}({ $reference })
object-no-reason = --reason is leeg; leg vast wat het bezwaar inhoudt
object-not-registered = KvK { $kvk } heeft zich niet aangemeld voor `{ $id }`; alleen een aanbieder die heeft deelgenomen kan bezwaar maken
object-detail = bezwaar { $number } van { $name } (KvK { $kvk }): { $reason }
object-done = bezwaar { $number } van { $name } vastgelegd; de gunning kan pas definitief worden wanneer het is afgehandeld met `tender resolve { $id } --objection { $number }`
resolve-not-open = bezwaar { $number } van `{ $id }` staat niet open; `tender show { $id }` toont de bezwaren
resolve-detail = bezwaar { $number } { $outcome }
resolve-done = { $outcome ->
        [upheld] bezwaar { $number } gegrond; beoordeel opnieuw waar nodig en leg een nieuwe gunningsbeslissing vast met `tender award { $id } --redo`
       *[rejected] bezwaar { $number } ongegrond
    }
ask-no-question = --question is leeg; leg de vraag vast zoals die is gesteld
ask-refused = in `{ $id }` kan geen vraag worden gesteld: { $why }
ask-not-registered = KvK { $kvk } heeft zich niet aangemeld voor `{ $id }`; een belangstellende stelt een vraag met --from NAAM
ask-no-from = --from is leeg; geef de naam van de vragensteller, of laat de optie weg
ask-detail = vraag { $number }{ $lot }: { $text }
ask-detail-lot = {" "}(perceel { $lot })
ask-done = vraag { $number } van `{ $id }` vastgelegd
nvi-refused = er kan geen nota van inlichtingen van `{ $id }` worden gepubliceerd: { $why }
nvi-done = nota van inlichtingen { $number } gepubliceerd aan alle aangemelde aanbieders: { $count } antwoorden
nvi-title = { $number ->
        [0] Nota van inlichtingen (concept)
       *[other] { $drafts ->
            [true] Nota van inlichtingen { $number }, met nieuwe antwoorden (concept)
           *[other] Nota van inlichtingen { $number }
        }
    }: { $id } — { $title }
nvi-none-answered = Er is nog geen vraag beantwoord.
nvi-general = Algemene vragen
nvi-lot = Perceel { $lot } — { $name }
nvi-published = nota { $number }, { $on }
nvi-not-published = nog niet gepubliceerd
nvi-question-heading = Vraag { $number } ({ $when })
nvi-question = Vraag: { $text }
nvi-answer = Antwoord: { $text }
nvi-intro = { $title } ({ $kind }), voor { $members }. De antwoorden maken deel uit van de aanbestedingsstukken en gelden vanaf hun publicatie voor alle aangemelde aanbieders tegelijk. { $count } vragen gesteld; aanmelden kan tot { $deadline }.

## commands: consult, extend
consult-no-summary = --summary is leeg; leg vast wat er is besproken en afgesproken
consult-future = --on { $on } ligt in de toekomst; leg een overlegtafel vast wanneer die is gehouden
consult-detail = overlegtafel { $number } op { $day }: { $summary }
consult-done = overlegtafel { $number } van `{ $id }` vastgelegd
extend-detail = verlengingsoptie { $number } van { $options } ({ $months ->
        [one] 1 maand
       *[other] { $months } maanden
    }) gebruikt; de overeenkomst loopt nu tot { $end } in plaats van { $before }
extend-done = `{ $id }` loopt nu tot { $end }

## commands: sign, terminate, amend
sign-refused = aanbesteding `{ $id }`: ondertekenen kan niet: { $why }
sign-not-registered = KvK { $kvk } heeft zich niet aangemeld voor `{ $id }`
sign-not-awarded = { $name } (KvK { $kvk }) is { $status }; alleen een aanbieder aan wie is gegund (of een toegelaten toetreder tot een open house) ondertekent
sign-already = { $name } (KvK { $kvk }) heeft al getekend voor `{ $id }`
sign-done = { $name } (KvK { $kvk }) heeft { $accession ->
        [true] de toetreding
       *[other] de overeenkomst
    } getekend op { $on }, met ingang van { $effective }
terminate-no-reason = --reason is leeg; geef aan waarom de overeenkomst eindigt (faillissement, opzegging, ontbinding)
terminate-refused = aanbesteding `{ $id }`: beëindigen kan niet: { $why }
terminate-done = { $name } (KvK { $kvk }): overeenkomst beëindigd per { $on }: { $reason }
terminate-join-again = de aanbieder kan zich met `tender register` opnieuw aanmelden voor toetreding tot de raamovereenkomst
amend-no-reason = --reason is leeg; leg de afspraak, de index of de clausule vast waarop de wijziging berust
amend-done = { $changes } met ingang van { $from } ({ $basis ->
        [indexation] indexatie
        [review-clause] herzieningsclausule
        [agreement] overeenkomst
       *[other] { $basis }
    }): { $reason }
amend-refused = aanbesteding `{ $id }`: wijzigen kan niet: { $why }
amend-no-product = product `{ $code }` hoort niet bij perceel `{ $lot }`; de producten zijn: { $products }
amend-index-not-a-number = --index: `{ $percent }` is geen percentage; schrijf een getal met hoogstens twee decimalen, zoals 2.5
amend-index-zero = --index 0 verandert niets; geef het percentage van de indexatie, zoals 2.5
amend-no-member = --member `{ $member }` is geen gemeente die perceel `{ $lot }` bedient; de gemeenten zijn: { $members }
amend-member-needed = perceel `{ $lot }` verdeelt het budget over de gemeenten (budget_by_member); wijzig het aandeel van één gemeente met --member NAAM
amend-index = perceel { $lot } indexatie { $index }
amend-product = {" "}product { $product }
amend-share = { $product } aandeel van { $member }
amend-change = perceel { $lot }{ $product } { $field ->
        [tariff] tarief
        [budget] budget
       *[other] { $field }
    } { $old } → { $new }

## commands: providers, backup, export
providers-not-a-code = --product `{ $code }` is geen productcode; een code bestaat uit 2 cijfers (de categorie) en 3 letters of cijfers, zoals 02A01
providers-no-member = --member `{ $member }` is geen deelnemende gemeente van { $scope ->
        [any] een aanbesteding
       *[other] aanbesteding `{ $tender }`
    }; geef een van de gemeenten uit [authority]
backup-exists = { $file } bestaat al; kies een nieuw bestand voor de back-up, of geef --force om het te vervangen
backup-done = back-up van { $database } gemaakt in { $file }
export-no-ocid-prefix = aanbesteding `{ $id }` heeft geen ocid_prefix, dus de ocid gebruikt de tijdelijke waarde `{ $placeholder }`; zet het voorvoegsel dat de Open Contracting Partnership voor u registreerde als `ocid_prefix` in de definitie voordat u de gegevens publiceert

## commands: remind, calendar
remind-overdue = TE LAAT: { $summary }
remind-next = volgende stap: { $next }
calendar-name = Aanbestedingen: termijnen
calendar-summary = { $cancelled ->
        [true] Vervallen: { $id }: { $label }
       *[other] { $id }: { $label }
    }
calendar-withdrawn = { $title } ({ $id }): { $label } { $when } is geen termijn meer, omdat { $why }.
calendar-description = { $title } ({ $id }): { $label } { $when }.
    Volgende stap: { $next }.
calendar-alarm = { $summary } ({ $days ->
        [1] morgen
       *[other] over { $days } dagen
    })

## commands: the milestones of new, show and timeline (deadline kinds stay as they are)
milestone-what = { $what ->
        [published] gepubliceerd
        [announce] aankondiging
        [award-decision-recorded] gunningsbeslissing vastgelegd
        [final-award-recorded] definitieve gunning vastgelegd
        [cancelled] ingetrokken
       *[other] { $what }
    }

## commands: the nota van inlichtingen in the proces-verbaal
pv-told-nvi = nota van inlichtingen { $number } gepubliceerd aan alle aangemelde aanbieders: { $count ->
        [one] 1 antwoord
       *[other] { $count } antwoorden
    }

## commands: the evidence column of registrations
registrations-evidence = { $kind }{ $state ->
        [until] {" "}tot en met { $day }
        [expired] {" "}verlopen op { $day }
        [not-yet] {" "}(nog niet geldig)
       *[valid] {""}
    }

## store: tender copy
copy-done = { $source } gekopieerd naar { $target }: { $tenders } { $tenders ->
        [one] aanbesteding
       *[other] aanbestedingen
    }, { $events } { $events ->
        [one] gebeurtenis
       *[other] gebeurtenissen
    }, { $registrations } { $registrations ->
        [one] aanmelding
       *[other] aanmeldingen
    }, { $rows } rijen in totaal, in elke tabel even veel aan beide kanten

## domain: amounts (domain/money.rs)
not-an-amount = `{ $text }` is geen bedrag in euro's; schrijf een getal met ten hoogste twee decimalen, zoals 61,20
amount-out-of-bounds = { $text } euro valt buiten de grenzen; een bedrag is ten hoogste { $max }

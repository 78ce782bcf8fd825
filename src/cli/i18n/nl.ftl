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

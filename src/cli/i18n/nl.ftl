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
store-no-schema = de database { $place } heeft geen tender-schema; `tender new BESTAND` maakt het daar aan, of wijs met --db of TENDER_DB naar de tender-database
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
remind-days = { $when ->
        [today] vandaag
        [future] over { $days ->
            [one] 1 dag
           *[other] { $days } dagen
        }
       *[past] { $days ->
            [one] 1 dag
           *[other] { $days } dagen
        } geleden
    }
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

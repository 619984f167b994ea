## Appens egne skjermbilder. Instrumentenes tekster ligger i identification.ftl, needs.ftl,
## risk.ftl; tekster som alle instrumentene deler, ligger i common.ftl.

app-name = Trygg
app-tagline = Vurderinger som blir på denne enheten

## Rask utgang: skjuler appen med en gang.
quick-exit = Forlat raskt
quick-exit-hint = Skjuler Trygg med en gang. Du kan også trykke Esc to ganger.

## Handlinger som brukes på mange skjermbilder
action-back = Tilbake
action-next = Neste
action-cancel = Avbryt
action-back-to-cases = Tilbake til sakene

## Startsiden
home-title = Saker på denne enheten
home-empty-title = Ingen saker på denne enheten ennå
home-empty-body = En sak samler vurderingene du gjør sammen med én kvinne. Den har en kode i stedet for navnet hennes, og den forlater aldri denne enheten med mindre du eksporterer den kryptert.
home-new-case = Start en ny sak
home-search-label = Finn en sak ut fra koden
home-search-none = Ingen sak på denne enheten har en slik kode.
home-list-limited = Bare de sist endrede sakene vises. Søk etter kode, eller vis alle.
home-show-all = Vis alle saker ({ $count })
home-case-updated = Sist endret { $date }
home-case-no-assessments = Ingen vurderinger ennå
home-resume = Siste samtale som pågår: { $instrument } for sak { $code }.
home-resume-button = Fortsett der du slapp
home-case-assessment = { $name }: { $stage }, { $answered } av { $total } besvart

## Hvor langt en vurdering har kommet
stage-not-started = ikke startet
stage-in-progress = pågår
stage-complete = fullført

## Ny sak og samtykke
new-case-title = Ny sak
new-case-code-label = Sakskode
new-case-code-hint = Koden står i stedet for navnet hennes. Oppbevar den et trygt sted, atskilt fra denne enheten, hvis du trenger å finne saken igjen. Du kan endre den.
new-case-code-invalid = En sakskode har seks bokstaver og sifre, for eksempel K7M-4QX (ikke 0, O, 1, I, L, U eller V).
new-case-code-taken = En annen sak på denne enheten har allerede denne koden.
new-case-role-label = Din rolle
new-case-role-hint = Samtykket registreres med rollen din, aldri med navnet ditt.
new-case-create = Opprett saken
role-outreach-worker = Oppsøkende medarbeider
role-case-manager = Saksansvarlig
role-shelter-worker = Ansatt i botilbud
role-other-professional = Annen fagperson

consent-record-legend = Kan svarene lagres på denne enheten?
consent-record-explain = Før noe lagres: fortell henne med dine egne ord hva som blir lagret, at det forblir kryptert på denne enheten, at hun kan stoppe når som helst og at hun kan hoppe over hvilket som helst spørsmål. Spør henne så.
consent-record-yes = Ja, hun samtykker i at svarene lagres
consent-record-no = Nei, hun samtykker ikke
consent-record-needed = Registrer svaret hennes: ingenting lagres uten at hun samtykker.
consent-share-legend = Kan resultatene deles kryptert med organisasjonen din?
consent-share-explain = Du kan også spørre om dette senere, før noe deles. Svaret hennes her endrer ikke hjelpen hun kan få.
consent-share-yes = Ja, hun samtykker i at resultatene kan deles kryptert
consent-share-no = Nei, ikke nå
consent-declined-title = Ingenting er lagret
consent-declined-body = Avgjørelsen hennes respekteres: ingen sak ble opprettet, og ingenting om henne er lagret på denne enheten. Du kan fortsatt hjelpe henne uten å lagre noe:
consent-declined-step-listen = Lytt, og fortell henne om rettighetene hennes og støtten hun kan få, enten hun forklarer seg for politiet eller ikke.
consent-declined-step-contacts = Gi henne kontaktinformasjon til hjelpetilbud og til et trygt sted å bo, hvis hun ønsker det.
consent-declined-step-later = Si til henne at hun kan komme tilbake til dette når som helst hvis hun ombestemmer seg.
consent-declined-change = Hun har ombestemt seg

consent-record-short = Lagring på denne enheten
consent-share-short = Deling av resultater
consent-not-asked = Ikke spurt ennå
consent-given = Samtykket { $date }
consent-declined = Avslått { $date }
consent-withdrawn = Trukket tilbake { $date }

## En sak
case-title = Sak { $code }
case-created = Opprettet
case-assessments = Vurderinger
case-assessment-started = startet { $date }
case-assessment-progress = { $stage }, { $answered } av { $total } besvart
case-continue = Fortsett
case-review-answers = Gå gjennom svarene
case-see-result = Se resultatet
case-start-heading = Start en ny vurdering
case-start-assessment = { $instrument }
case-more = Rapport og sak
case-report = Utskriftsvennlig rapport
case-delete = Slett denne saken
case-delete-confirm-title = Slette denne saken?
case-delete-confirm-body = Sak { $code } og alle vurderingene i den blir fjernet fra denne enheten. Dette kan ikke angres.
case-delete-confirm = Ja, slett saken
case-delete-keep = Nei, behold den
case-missing-title = Denne saken finnes ikke på denne enheten
case-missing-body = Den kan ha blitt slettet. Ingenting annet er endret.

## Samtalen
assessment-back-to-case = Sak { $code }
assessment-back-to-case-short = Tilbake til saken
assessment-section-of = Del { $current } av { $total }
assessment-answered-of = { $answered } av { $total } spørsmål besvart
assessment-section-count = ({ $answered }/{ $total })
assessment-overview = Alle delene av denne vurderingen
assessment-see-result = Se resultatet
question-hint-toggle = Hvorfor dette spørsmålet?
question-clear = Fjern svaret
question-note-toggle = Notat
question-note-label = Ditt notat til dette spørsmålet
need-urgency-label = Hvor snart trenger hun dette?
need-status-label = Hvor det står nå
need-service-label = Tjeneste eller organisasjon (valgfritt)

## Resultater
result-title = Resultat: { $instrument }
result-back-to-case = Tilbake til saken
result-review-answers = Gå gjennom svarene
result-unavailable = Dette resultatet kan ikke vises. Svarene er beholdt uendret.
result-by-dimension = Hva svarene viser, del for del
result-indicators-seen = Sett
result-indicators-unknown = Ikke kjent ennå
result-note = Ditt notat: { $note }
result-needs-count = { $count ->
    [0] Ingen behov registrert ennå.
    [one] Ett behov i tiltaksplanen.
   *[other] { $count } behov i tiltaksplanen.
}
result-needs-none = Ingen behov registrert ennå.
result-need-service = Tjeneste: { $service }
result-none = Ingen.
result-risk-reasons = Hva nivået bygger på
result-points = { $points } poeng
result-raise-toggle = Hev nivået ut fra faglig skjønn
result-raise-level = Nytt nivå
result-raise-reason = Hvorfor (må fylles ut)
result-raise-reason-needed = Skriv hvorfor du hever nivået.
result-raise-save = Hev nivået
result-return = Retur til hjemlandet eller til et annet land

## Den utskriftsvennlige rapporten
report-title = Rapport for sak { $code }
report-print = Skriv ut
report-printed = Skrevet ut { $date }
report-assessment-dates = Startet { $started }, sist endret { $updated }
report-answers = Alle svar
report-confidential = Konfidensielt. Denne rapporten inneholder sensitive personopplysninger: oppbevar den innelåst, del den bare med personer som trenger den for å hjelpe henne, og makuler den når den ikke lenger trengs.

## Oppstart, lagring, låsing
starting = Åpner Trygg…
save-saving = Lagrer…
save-saved = Alle svar er lagret
save-failed-short = Ikke lagret
save-failed-title = De siste svarene dine kunne ikke lagres ennå.
save-retry = Prøv igjen
lock-now = Lås

## Første oppstart: passordfrasen
setup-title = Beskytt dataene på denne enheten
setup-explain = Alt du registrerer i Trygg, krypteres på denne enheten med en passordfrase som bare du kjenner. Du trenger den hver gang du åpner Trygg, og etter at appen har låst seg selv.
setup-no-recovery = Hvis passordfrasen blir glemt, kan ingen gjenopprette dataene: ikke du, ikke organisasjonen din, ikke de som har laget Trygg. Den eneste utveien er da å slette alt på denne enheten.
setup-passphrase = Passordfrase
setup-passphrase-hint = Minst { $min } tegn. Noen ord uten sammenheng er lettere å huske og vanskeligere å gjette enn ett ord med spesialtegn.
setup-repeat = Gjenta passordfrasen
setup-strength-weak = For lett å gjette. Bruk minst { $min } tegn, og bland ord, sifre eller tegn.
setup-strength-fair = Godkjent. Lengre er sterkere.
setup-strength-strong = Lang og variert. Pass på at den ikke er noe andre vet om deg.
setup-too-short = Passordfrasen må ha minst { $min } tegn.
setup-mismatch = De to passordfrasene er ikke like.
setup-submit = Lagre passordfrasen
setup-working = Beskytter dataene…

## Opplåsing
unlock-title = Trygg er låst
unlock-explain = Skriv inn passordfrasen din for å åpne sakene på denne enheten.
unlock-passphrase = Passordfrase
unlock-submit = Lås opp
unlock-working = Låser opp…
unlock-wrong = Denne passordfrasen åpner ikke dataene på denne enheten. Sjekk om du har skrevet feil, og prøv igjen.
unlock-forgotten = Glemt passordfrasen?
unlock-forgotten-explain = Passordfrasen kan ikke gjenopprettes, og dataene kan ikke åpnes uten den. Du kan slette alt på denne enheten og begynne på nytt med en ny passordfrase.
erase-understood = Jeg forstår at alle sakene på denne enheten blir slettet for godt.
erase-submit = Slett alle data på denne enheten
no-storage-title = Trygg kan ikke lagre data i denne nettleseren
no-storage-body = Denne nettleseren lar ikke Trygg lagre noe (det skjer i noen private vinduer og med noen personverninnstillinger). Ingenting er lagret. Åpne Trygg i et vanlig vindu, eller i en annen nettleser, for å registrere vurderinger.

## Problemer med lagringen
storage-error-unavailable = Nettleseren lar ikke Trygg lagre data her akkurat nå. Ingenting som er lagret tidligere, er endret.
storage-error-quota = Enheten er full, så den siste endringen kunne ikke lagres. Alt som er lagret tidligere, er trygt. Frigjør litt plass på enheten, og velg så «Prøv igjen».
storage-error-connection = Nettleseren lukket lagringen til Trygg. Alt som er lagret tidligere, er trygt. Velg «Prøv igjen»; hvis dette skjer flere ganger, last inn siden på nytt.
storage-error-no-vault = Dataene på denne enheten ble slettet, kanskje i et annet vindu. Trygg starter på nytt.
storage-error-vault-exists = Denne enheten har allerede en passordfrase. Last inn siden på nytt for å låse opp.
storage-error-locked = Trygg ble låst. Lås opp for å fortsette; ingenting som er lagret, er endret.
storage-error-conflict = Et annet vindu endret de samme dataene i samme øyeblikk. Prøv igjen.
storage-error-corrupt = Noen lagrede data er skadet og kan ikke åpnes. Ingenting annet er endret.
storage-error-too-new = Disse dataene ble lagret av en nyere versjon av Trygg. Oppdater Trygg for å åpne dem.
storage-error-other = Noe gikk galt under lagringen. Alt som er lagret tidligere, er trygt. Prøv igjen.

## Innstillinger
settings-title = Innstillinger
settings-saved = Lagret.
settings-lock-heading = Låsing
settings-idle-label = Lås Trygg når den ikke har vært brukt på
settings-minutes = { $minutes ->
    [one] { $minutes } minutt
   *[other] { $minutes } minutter
}
settings-retention-heading = Oppbevaring av saker
settings-retention-label = Merk saker for gjennomgang når de har vært uendret i
settings-retention-hint = Organisasjonen din bestemmer hvor lenge saker kan oppbevares. Merkede saker blir ikke slettet: det bestemmer du.
settings-retention-none = Ikke merk
settings-days = { $days ->
    [one] { $days } dag
   *[other] { $days } dager
}
settings-persist-heading = Oppbevaring av data på denne enheten
settings-persist-yes = Nettleseren beholder dataene til Trygg også når det blir lite plass.
settings-persist-no = Nettleseren kan slette dataene til Trygg når det blir lite plass. Det kan du hindre ved å installere Trygg som app, eller la den lagre data permanent.
settings-persist-unknown = Denne nettleseren sier ikke om den beholder dataene til Trygg når det blir lite plass.
settings-passphrase-heading = Passordfrase
settings-passphrase-old = Nåværende passordfrase
settings-passphrase-new = Ny passordfrase
settings-passphrase-submit = Endre passordfrasen
settings-passphrase-changed = Passordfrasen er endret. Bruk den nye fra nå av.
settings-passphrase-wrong-old = Den nåværende passordfrasen er ikke riktig; ingenting ble endret.
settings-erase-heading = Slett alt
settings-erase-explain = Sletter alle saker på denne enheten og passordfrasen. Dette kan ikke angres.

## Den samme saken i to vinduer
case-read-only = Denne saken er åpen i et annet vindu eller en annen fane. Her kan du lese den; for å endre den her må du lukke den der.
case-opening = Åpner saken…
home-unreadable = Lagrede saker som ikke kunne åpnes fordi dataene er skadet: { $count }. De blir liggende uendret.
home-review-due = Uendret lenger enn organisasjonen din oppbevarer saker: vurder om den skal beholdes.

## Oppdateringer
update-ready = En ny versjon av Trygg er klar.
update-now = Oppdater nå

## Feilmeldinger som vises til brukeren
error-app-start = Trygg kunne ikke starte i denne nettleseren. De lagrede dataene dine er ikke endret. Prøv å laste inn siden på nytt.

## Sharing: organisation keys, exports and opening exports

home-sharing-heading = Del resultater
home-export = Eksporter saker
home-open-export = Åpne en eksport
case-export = Eksporter denne saken
file-error-too-large = Denne filen er for stor til å være den du leter etter.
file-error-unreadable = Filen kunne ikke leses. Velg den på nytt, eller sjekk at den fortsatt finnes.

keys-heading = Organisasjonsnøkler
keys-explain = Eksportene krypteres med organisasjonens offentlige nøkkel, slik at bare den som har den tilhørende hemmelige nøkkelen, kan lese dem. Organisasjonen din gir deg den offentlige nøkkelen sin; den begynner med «age1».
keys-none = Ingen organisasjonsnøkler på denne enheten ennå.
keys-add-heading = Legg til en offentlig nøkkel
keys-label = Navn på denne nøkkelen
keys-label-hint = For eksempel organisasjonen og kontoret. Ikke navnet på en person.
keys-public = Offentlig nøkkel (age1…)
keys-load-file = Eller hent nøkkelen fra en fil
keys-add = Legg til nøkkelen
keys-added = Nøkkelen ble lagt til.
keys-removed = Nøkkelen ble fjernet.
keys-remove = Fjern
keys-remove-named = Fjern nøkkelen { $label }
keys-error-empty = Lim inn en offentlig nøkkel, eller velg en fil som inneholder en.
keys-error-secret = Dette er en hemmelig nøkkel. Gi den aldri til appen: lim inn den offentlige nøkkelen, som begynner med «age1».
keys-error-not-public = Dette er ikke en offentlig nøkkel. En offentlig nøkkel begynner med «age1» og har 62 tegn.
keys-error-not-secret = Dette er ikke en hemmelig nøkkel. En hemmelig nøkkel begynner med «AGE-SECRET-KEY-».
keys-error-no-label = Gi nøkkelen et navn, så du kan skille den fra andre.
keys-error-duplicate = Denne nøkkelen står allerede på listen.
keys-create-heading = Opprett en organisasjonsnøkkel
keys-create-explain = Gjør dette én gang for organisasjonen din, på en datamaskin du stoler på. Appen lagrer den hemmelige nøkkelen som en fil og viser den offentlige nøkkelen, som medarbeiderne legger til på enhetene sine.
keys-create-warning = Oppbevar filen med den hemmelige nøkkelen trygt og uten nettilkobling, for eksempel på en USB-pinne i en låst skuff, og ta en kopi. Den som har filen, kan lese alle eksporter som er kryptert med denne nøkkelen. Hvis den går tapt, kan disse eksportene aldri leses. Appen tar ikke vare på den.
keys-create = Opprett en nøkkel og lagre filen med den hemmelige nøkkelen
keys-create-saved = Den hemmelige nøkkelen ble lagret som { $file } i nedlastingene dine. Flytt den til et trygt sted nå.
keys-create-failed = Filen med den hemmelige nøkkelen kunne ikke lagres. Ingenting ble opprettet; prøv igjen.
keys-create-public = Offentlig nøkkel som medarbeiderne skal få:
keys-copy = Kopier den offentlige nøkkelen
keys-copied = Den offentlige nøkkelen ble kopiert.
keys-copy-failed = Nettleseren tillot ikke kopiering. Merk nøkkelen og kopier den manuelt.

export-title = Eksporter saker
export-explain = Eksporten er én kryptert fil. Bare organisasjonsnøklene eller passordfrasen du velger, kan åpne den. Saker eksporteres bare når hun har samtykket til deling.
export-cases-legend = Saker som skal eksporteres
export-no-consent = Det er ikke registrert samtykke til deling for denne saken.
export-record-consent = Hun har samtykket til deling: registrer det
export-protect-legend = Hvem som kan åpne filen
export-method-keys = Organisasjonsnøkler
export-method-passphrase = En passordfrase
export-keys-legend = Organisasjonsnøkler
export-no-keys = Ingen organisasjonsnøkler på denne enheten ennå. Legg til organisasjonens offentlige nøkkel under Innstillinger, eller bruk en passordfrase.
export-go-settings = Gå til Innstillinger
export-passphrase-hint = Minst { $min } tegn. Gi den til den som skal åpne filen, på en annen måte enn selve filen, for eksempel på telefon.
export-passphrase = Passordfrase for denne filen
export-submit = Eksporter
export-busy = Krypterer…
export-done = { $count ->
    [one] Én sak ble eksportert som { $file } i nedlastingene dine.
   *[other] { $count } saker ble eksportert som { $file } i nedlastingene dine.
}
export-error-no-cases = Velg minst én sak som hun har samtykket til å dele.
export-error-no-keys = Velg minst én organisasjonsnøkkel.
export-error-short = Passordfrasen må ha minst { $min } tegn.
export-error-save = Filen kunne ikke lagres. Ingenting ble delt; prøv igjen.

open-title = Åpne en eksport
open-explain = Les en kryptert eksport på denne enheten. Filen åpnes bare i minnet; ingenting lagres med mindre du importerer en sak.
open-file-label = Eksportfil (.trygg.age)
open-unlock-legend = Åpne den med
open-with-key-file = Filen med den hemmelige nøkkelen
open-with-pasted-key = En innlimt hemmelig nøkkel
open-with-passphrase = Passordfrasen
open-key-file-label = Fil med hemmelig nøkkel
open-pasted-key-label = Hemmelig nøkkel (AGE-SECRET-KEY-…)
open-passphrase-label = Passordfrasen til filen
open-not-stored = Nøkkelen eller passordfrasen brukes én gang og lagres aldri.
open-submit = Åpne
open-busy = Åpner…
open-another = Åpne en annen fil
open-back-to-export = Tilbake til eksporten
open-summary = { $count ->
    [one] Én sak, eksportert { $date } med Trygg { $version }.
   *[other] { $count } saker, eksportert { $date } med Trygg { $version }.
}
open-case-details = { $count ->
    [one] Én vurdering, sist endret { $date }
   *[other] { $count } vurderinger, sist endret { $date }
}
open-read-report = Les rapporten
open-import = Importer til denne enheten
open-imported = Saken er nå på denne enheten.
open-same-version = Denne enheten har allerede nøyaktig denne versjonen av saken.
open-import-all = Importer alle { $count } sakene
open-import-all-imported = { $count ->
    [one] Én sak ble importert.
   *[other] { $count } saker ble importert.
}
open-import-all-same = { $count ->
    [one] Én sak fantes allerede uendret på denne enheten.
   *[other] { $count } saker fantes allerede uendret på denne enheten.
}
open-import-all-to-choose = { $count ->
    [one] Én sak finnes på denne enheten i en annen versjon. Velg nedenfor hvilken versjon som skal beholdes.
   *[other] { $count } saker finnes på denne enheten i en annen versjon. Velg nedenfor, for hver sak, hvilken versjon som skal beholdes.
}
open-conflict-title = Denne saken finnes allerede på denne enheten
open-conflict-body = Versjonen på denne enheten ble sist endret { $device }. Versjonen i filen ble sist endret { $file }. Vil du erstatte versjonen på denne enheten med den i filen?
open-conflict-replace = Erstatt med versjonen i filen
open-conflict-keep = Behold versjonen på denne enheten
open-error-no-file = Velg eksportfilen først.
open-error-no-key-file = Velg filen med den hemmelige nøkkelen.
open-error-no-passphrase = Skriv inn passordfrasen til filen.
open-error-empty = Filen er tom. Den ble kanskje ikke lagret helt; be om å få den på nytt.
open-error-too-large = Filen er større enn { $mib } MiB, altså større enn noen eksport fra Trygg. Den ble ikke lest.
open-error-not-age = Dette er ikke en kryptert eksport fra Trygg. Sjekk at du valgte riktig fil (navnet slutter på .trygg.age).
open-error-damaged = Filen er skadet eller ufullstendig, så den kan ikke åpnes. Be om å få den sendt på nytt.
open-error-needs-passphrase = Denne filen er beskyttet med en passordfrase, ikke med en nøkkel. Velg «Passordfrasen».
open-error-needs-key = Denne filen er beskyttet med organisasjonsnøkler, ikke med en passordfrase. Velg den hemmelige nøkkelen.
open-error-wrong-key = Denne nøkkelen kan ikke åpne filen. Filen ble laget for en annen nøkkel, eller den er skadet.
open-error-wrong-passphrase = Passordfrasen er ikke riktig, eller filen er skadet. Sjekk passordfrasen, og prøv igjen.
open-error-too-much-work = Å åpne denne filen ville kreve mer minne enn denne enheten tillater. Åpne den på en datamaskin med kommandolinjeverktøyet trygg.
open-error-not-trygg = Filen ble åpnet, men den inneholder noe annet enn en eksport fra Trygg.
open-error-too-new = Denne eksporten ble laget med en nyere versjon av Trygg. Oppdater Trygg for å åpne den.
open-error-invalid = Eksporten ble åpnet, men innholdet er skadet. Be om å få den sendt på nytt.

## Languages: the picker in the header, and her language in an interview
language-label = Språk
language-draft = Utkast til oversettelse
language-draft-explain = Ennå ikke gjennomgått av noen som snakker språket flytende. Sjekk viktige formuleringer med en tolk.
language-load-failed = Dette språket ({ $language }) kunne ikke lastes inn på enheten akkurat nå, så tekstene er uendret. Prøv igjen når enheten er koblet til internett.
respondent-language-label = Hennes språk
respondent-language-hint = Hvert spørsmål vises på ditt språk og, under det, på hennes, slik at hun kan lese med eller en tolk kan sjekke ordlyden.
respondent-load-failed = Spørsmålene kan ikke vises på hennes språk ({ $language }) akkurat nå, bare på ditt. Prøv igjen når enheten er koblet til internett.
action-close = Lukk

## Training with fictional cases

training-mark = Øving – fiktiv sak. Ingenting her er virkelig, og ingenting blir tatt vare på.
training-entry-heading = Øving
training-entry-explain = Øv på identifisering med fiktive saker, for eksempel på et seminar. Du trenger ingen passordfrase: øvingen berører aldri ekte saker.
training-entry = Øv med en fiktiv sak
training-load-failed = Øvingssakene kunne ikke lastes inn på enheten akkurat nå. Prøv igjen når enheten er koblet til internett.
training-title = Øving
training-leave = Avslutt øvingen
training-explain = Les historien om en fiktiv kvinne, svar på identifiseringen som om du hadde møtt henne, og sammenlign svarene dine med svarene til erfarne medarbeidere. Svarene dine blir bare tatt vare på til du avslutter øvingen.
training-scenarios = Scenarioer
training-start = Øv på dette scenarioet
training-open-file = Eller åpne en scenariofil fra kurslederen din (.trygg-scenario.json)
training-trainers = For kursledere
training-trainers-explain = Åpne resultatfilene deltakerne har lagret, for å se hvordan gruppen svarte, scenario for scenario.
training-group-summary = Oppsummering for gruppen
training-back-to-scenarios = Tilbake til scenarioene
training-story-explain = Les hele historien først. Svar så på spørsmålene ut fra det historien forteller: der den ikke sier noe, svarer du «Vet ikke».
training-begin = Svar på identifiseringen
training-feedback-title = Tilbakemelding: { $scenario }
training-agreement = Du var enig med referansen om { $matched } av { $total } indikatorer ({ $percent } %).
training-conclusion = Konklusjon
training-conclusion-same = Konklusjonen din er den samme som referansens.
training-conclusion-different = Konklusjonen din er en annen enn referansens. Forskjellene nedenfor forklarer hvorfor.
training-yours = Svarene dine
training-reference = Referanse
training-yours-reference = Du: { $yours }. Referansen: { $reference }.
training-finding-present = sett
training-finding-absent = ikke til stede
training-finding-unknown = ukjent
training-finding-not-relevant = ikke spurt
training-missed = { $count ->
    [one] Én oversett indikator
   *[other] { $count } oversette indikatorer
}
training-missed-explain = Historien viser disse indikatorene, men ifølge svarene dine er de ikke til stede.
training-over-called = { $count ->
    [one] Én indikator du ser, men som referansen ikke ser
   *[other] { $count } indikatorer du ser, men som referansen ikke ser
}
training-over-called-explain = Ifølge svarene dine er disse indikatorene til stede, men historien gir ikke grunnlag for dem.
training-unknown = { $count ->
    [one] Én indikator som bare er kjent på den ene siden
   *[other] { $count } indikatorer som bare er kjent på den ene siden
}
training-unknown-explain = Den ene siden svarte «Vet ikke» (eller kom ikke til spørsmålet) der den andre hadde et svar.
training-matched-list = { $count ->
    [one] Én indikator der du er enig med referansen
   *[other] { $count } indikatorer der du er enig med referansen
}
training-dimensions = Dimensjon for dimensjon
training-dimension = Dimensjon
training-save-heading = Lagre resultatet ditt
training-save-explain = Kurslederen din kan sette sammen resultatene for hele gruppen. Filen inneholder svarene dine på denne fiktive saken og, hvis du vil, et kallenavn; ingenting annet.
training-nickname = Kallenavn (valgfritt)
training-save = Lagre resultatfilen min
training-saved = Lagret som { $file } i nedlastingene dine.
training-save-failed = Filen kunne ikke lagres. Prøv igjen.
training-summary-title = Oppsummering for gruppen
training-summary-explain = Velg resultatfilene til gruppen, alle på én gang. Trygg teller dem opp per scenario; filene leses bare på denne enheten.
training-result-files = Resultatfiler (.trygg-training.json)
training-file-problem = { $file }: { $problem }
training-summary-counts = { $trainees ->
    [one] Én deltaker. Samme konklusjon som referansen: { $agreeing }. Gjennomsnittlig enighet om indikatorene: { $percent } %.
   *[other] { $trainees } deltakere. Samme konklusjon som referansen: { $agreeing }. Gjennomsnittlig enighet om indikatorene: { $percent } %.
}
training-chart-conclusion = Konklusjonen sammenlignet med referansen
training-chart-agreeing = Samme konklusjon
training-chart-differing = Annen konklusjon
training-chart-dimensions = Deltakere som er enige med referansen, per dimensjon
training-chart-missed = Indikatorer som oftest blir oversett
training-chart-over-called = Indikatorer som oftest blir sett der referansen ikke ser dem
training-error-not-scenario = Dette er ikke en scenariofil fra Trygg.
training-error-not-result = Dette er ikke en resultatfil fra øving i Trygg.
training-error-too-new = Denne filen ble laget med en nyere versjon av Trygg. Oppdater Trygg for å åpne den.
training-error-damaged = Denne filen er skadet og kan ikke leses.
training-error-no-reference = Dette scenarioet har ingen referansesvar for identifiseringen, så det kan ikke brukes til øving.
training-error-unknown-scenario = Dette resultatet gjelder et scenario som ikke er lastet inn. Åpne scenariofilen først.

## Training: the scenario editor

training-write = Skriv et scenario
training-editor-title = Skriv et scenario
training-editor-explain = Skriv historien om en fiktiv kvinne i korte deler, svar på identifiseringen slik en erfaren medarbeider ville gjort ut fra historien, og skriv for hver indikator hvorfor den gjelder eller ikke. Lagre så filen og gi den til deltakerne dine. Alt blir værende på denne enheten til du lagrer det.
training-editor-title-label = Tittel
training-editor-summary-label = Én setning om scenarioet
training-editor-story = Historien
training-editor-part = Del { $number }
training-editor-add-part = Legg til en del
training-editor-reference = Referansesvar
training-editor-answered = { $count ->
    [one] Ett spørsmål besvart så langt.
   *[other] { $count } spørsmål besvart så langt.
}
training-editor-answer = Svar på identifiseringen som referanse
training-editor-explanations = Hvorfor hver indikator gjelder eller ikke
training-editor-explanations-explain = Deltakerne leser forklaringene når svaret deres er et annet enn referansen. Én eller to setninger for hver er nok.
training-editor-save = Lagre scenariofilen
training-editor-saved = Lagret som { $file } i nedlastingene dine.
training-editor-error-empty = Gi scenarioet en tittel og minst én del av historien.
training-editor-error-no-answers = Svar først på identifiseringen som referanse.
## Widgeten: Trygg på en organisasjons eget nettsted. I selvsjekken svarer kvinnen selv.
widget-error-config = Dette skjemaet kan ikke vises fordi det ikke er satt opp riktig. Gi beskjed til organisasjonen som driver dette nettstedet.
widget-self-check-title = En privat sjekk av situasjonen din
widget-self-check-intro = Spørsmålene handler om situasjonen din og sikkerheten din. Det finnes ingen riktige eller gale svar. Du kan alltid svare at du ikke vet eller helst ikke vil svare, og du kan stoppe når som helst.
widget-self-check-private = Svarene dine blir ikke lagret, og ingenting blir sendt uten at du samtykker. Hvis noen kommer, trykk på Forlat raskt: siden forsvinner med en gang.
widget-start = Start
widget-share-title = Vil du dele svarene dine?
widget-share-body = Hvis du vil, kan du dele svarene dine med { $organisation }. Svarene er kryptert, så bare { $organisation } kan lese dem. Navnet ditt er ikke med. Du ser resultatet ditt uansett hva du velger.
widget-share-yes = Del svarene mine
widget-share-no = Ikke del
widget-shared = Svarene dine er delt med { $organisation }, kryptert.
widget-result-title = Resultatet ditt
widget-result-concern = Noen av svarene dine viser at du kanskje trenger hjelp eller beskyttelse. Det er ikke din skyld, og du trenger ikke å stå alene med det.
widget-result-unclear = Mange spørsmål ble ikke besvart, så denne sjekken kan ikke si så mye. Hvis noe bekymrer deg, er det helt greit å snakke med noen om det.
widget-result-no-concern = Svarene dine viser ikke klare grunner til bekymring. Hvis noe likevel bekymrer deg, er det helt greit å snakke med noen om det.
widget-result-not-a-decision = Denne sjekken avgjør ingenting om deg, og den melder deg ikke til noen. Bare du bestemmer hva som skal skje videre.
widget-emergency = Hvis du er i fare nå, ring 112.
widget-help-title = Her kan du få hjelp
widget-start-over = Slett svarene mine og begynn på nytt

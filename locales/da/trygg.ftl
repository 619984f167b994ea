## Appens egne skærmbilleder. Instrumenternes tekster ligger i identification.ftl, needs.ftl,
## risk.ftl; tekster, som alle instrumenter deler, ligger i common.ftl.

app-name = Trygg
app-tagline = Vurderinger, der bliver på denne enhed

## Hurtig exit: skjuler appen med det samme.
quick-exit = Forlad hurtigt
quick-exit-hint = Skjuler Trygg med det samme. Du kan også trykke på Esc to gange.

## Handlinger, der bruges på mange skærmbilleder
action-back = Tilbage
action-next = Næste
action-cancel = Annuller
action-back-to-cases = Tilbage til sagerne

## Startskærmen
home-title = Sager på denne enhed
home-empty-title = Ingen sager på denne enhed endnu
home-empty-body = En sag samler de vurderinger, du laver sammen med én kvinde. Den har en kode i stedet for hendes navn, og den forlader aldrig denne enhed, medmindre du eksporterer den krypteret.
home-new-case = Opret en ny sag
home-search-label = Find en sag ud fra koden
home-search-none = Ingen sag på denne enhed har en kode som den.
home-list-limited = Kun de senest ændrede sager vises. Søg efter kode, eller vis dem alle.
home-show-all = Vis alle sager ({ $count })
home-case-updated = Senest ændret { $date }
home-case-no-assessments = Ingen vurderinger endnu
home-resume = Seneste igangværende samtale: { $instrument } for sag { $code }.
home-resume-button = Fortsæt hvor du slap
home-case-assessment = { $name }: { $stage }, { $answered } af { $total } besvaret

## Hvor langt en vurdering er nået
stage-not-started = ikke startet
stage-in-progress = i gang
stage-complete = færdig

## Ny sag og samtykke
new-case-title = Ny sag
new-case-code-label = Sagskode
new-case-code-hint = Koden står i stedet for hendes navn. Opbevar den et sikkert sted, adskilt fra denne enhed, hvis du skal kunne finde sagen igen. Du kan ændre den.
new-case-code-invalid = En sagskode har seks bogstaver og tal, for eksempel K7M-4QX (ikke 0, O, 1, I, L, U eller V).
new-case-code-taken = En anden sag på denne enhed har allerede denne kode.
new-case-role-label = Din rolle
new-case-role-hint = Samtykket registreres med din rolle, aldrig med dit navn.
new-case-create = Opret sagen
role-outreach-worker = Opsøgende medarbejder
role-case-manager = Sagsansvarlig
role-shelter-worker = Medarbejder på krisecenter eller botilbud
role-other-professional = Anden fagperson

consent-record-legend = Må svarene gemmes på denne enhed?
consent-record-explain = Før noget gemmes: fortæl hende med dine egne ord, hvad der bliver gemt, at det forbliver krypteret på denne enhed, at hun kan stoppe når som helst, og at hun kan springe et hvilket som helst spørgsmål over. Spørg hende så.
consent-record-yes = Ja, hun giver samtykke til, at svarene gemmes
consent-record-no = Nej, hun giver ikke samtykke
consent-record-needed = Registrér hendes svar: intet gemmes uden hendes samtykke.
consent-share-legend = Må resultaterne deles krypteret med din organisation?
consent-share-explain = Du kan også spørge om dette senere, før noget deles. Hendes svar her ændrer ikke den hjælp, hun kan få.
consent-share-yes = Ja, hun giver samtykke til, at resultaterne må deles krypteret
consent-share-no = Nej, ikke lige nu
consent-declined-title = Intet er blevet gemt
consent-declined-body = Hendes beslutning respekteres: der blev ikke oprettet nogen sag, og intet om hende er gemt på denne enhed. Du kan stadig hjælpe hende uden at gemme noget:
consent-declined-step-listen = Lyt, og fortæl hende om hendes rettigheder og den støtte, hun kan få, uanset om hun afgiver forklaring til politiet eller ej.
consent-declined-step-contacts = Giv hende kontaktoplysninger på støttetilbud og et sikkert sted at bo, hvis hun ønsker det.
consent-declined-step-later = Fortæl hende, at hun kan vende tilbage til dette når som helst, hvis hun ombestemmer sig.
consent-declined-change = Hun har ombestemt sig

consent-record-short = Lagring på denne enhed
consent-share-short = Deling af resultater
consent-not-asked = Ikke spurgt endnu
consent-given = Givet { $date }
consent-declined = Afslået { $date }
consent-withdrawn = Trukket tilbage { $date }

## En sag
case-title = Sag { $code }
case-created = Oprettet
case-assessments = Vurderinger
case-assessment-started = startet { $date }
case-assessment-progress = { $stage }, { $answered } af { $total } besvaret
case-continue = Fortsæt
case-review-answers = Gennemgå svarene
case-see-result = Se resultatet
case-start-heading = Start en ny vurdering
case-start-assessment = { $instrument }
case-more = Rapport og sag
case-report = Rapport til udskrift
case-delete = Slet denne sag
case-delete-confirm-title = Slet denne sag?
case-delete-confirm-body = Sag { $code } og alle dens vurderinger bliver fjernet fra denne enhed. Det kan ikke fortrydes.
case-delete-confirm = Ja, slet sagen
case-delete-keep = Nej, behold den
case-missing-title = Denne sag findes ikke på denne enhed
case-missing-body = Den kan være blevet slettet. Intet andet er ændret.

## Samtalen
assessment-back-to-case = Sag { $code }
assessment-back-to-case-short = Tilbage til sagen
assessment-section-of = Del { $current } af { $total }
assessment-answered-of = { $answered } af { $total } spørgsmål besvaret
assessment-section-count = ({ $answered }/{ $total })
assessment-overview = Alle dele af denne vurdering
assessment-see-result = Se resultatet
question-hint-toggle = Hvorfor dette spørgsmål?
question-clear = Ryd svaret
question-note-toggle = Note
question-note-label = Din note til dette spørgsmål
need-urgency-label = Hvor hurtigt har hun brug for dette?
need-status-label = Hvor det står
need-service-label = Tilbud eller organisation (valgfrit)

## Resultater
result-title = Resultat: { $instrument }
result-back-to-case = Tilbage til sagen
result-review-answers = Gennemgå svarene
result-unavailable = Dette resultat kan ikke vises. Svarene er bevaret uændret.
result-by-dimension = Hvad svarene viser, del for del
result-indicators-seen = Set
result-indicators-unknown = Ikke kendt endnu
result-note = Din note: { $note }
result-needs-count = { $count ->
    [0] Ingen behov registreret endnu.
    [one] Ét behov i handleplanen.
   *[other] { $count } behov i handleplanen.
}
result-needs-none = Ingen behov registreret endnu.
result-need-service = Tilbud: { $service }
result-none = Ingen.
result-risk-reasons = Hvad niveauet bygger på
result-points = { $points } point
result-raise-toggle = Hæv niveauet ud fra faglig vurdering
result-raise-level = Nyt niveau
result-raise-reason = Hvorfor (skal udfyldes)
result-raise-reason-needed = Skriv, hvorfor du hæver niveauet.
result-raise-save = Hæv niveauet
result-return = Tilbagevenden til hjemlandet eller til et andet land

## Rapporten til udskrift
report-title = Rapport for sag { $code }
report-print = Udskriv
report-printed = Udskrevet { $date }
report-assessment-dates = Startet { $started }, senest ændret { $updated }
report-answers = Alle svar
report-confidential = Fortroligt. Denne rapport indeholder følsomme personoplysninger: opbevar den aflåst, del den kun med personer, der har brug for den for at hjælpe hende, og destruér den, når der ikke længere er brug for den.

## Opstart, gemning, låsning
starting = Åbner Trygg…
save-saving = Gemmer…
save-saved = Alle svar er gemt
save-failed-short = Ikke gemt
save-failed-title = Dine seneste svar kunne ikke gemmes endnu.
save-retry = Prøv igen
lock-now = Lås

## Første opstart: adgangssætningen
setup-title = Beskyt dataene på denne enhed
setup-explain = Alt, hvad du registrerer i Trygg, krypteres på denne enhed med en adgangssætning, som kun du kender. Du skal bruge den, hver gang du åbner Trygg, og når appen har låst sig selv.
setup-no-recovery = Hvis adgangssætningen bliver glemt, kan ingen gendanne dataene: hverken du, din organisation eller de, der har lavet Trygg. Den eneste udvej er så at slette alt på denne enhed.
setup-passphrase = Adgangssætning
setup-passphrase-hint = Mindst { $min } tegn. Nogle få ord uden sammenhæng er lettere at huske og sværere at gætte end ét ord med specialtegn.
setup-repeat = Gentag adgangssætningen
setup-strength-weak = For let at gætte. Brug mindst { $min } tegn, og bland ord, tal eller tegn.
setup-strength-fair = Acceptabel. Længere er stærkere.
setup-strength-strong = Lang og varieret. Sørg for, at den ikke er noget, andre ved om dig.
setup-too-short = Adgangssætningen skal have mindst { $min } tegn.
setup-mismatch = De to adgangssætninger er ikke ens.
setup-submit = Gem adgangssætningen
setup-working = Beskytter dataene…

## Oplåsning
unlock-title = Trygg er låst
unlock-explain = Indtast din adgangssætning for at åbne sagerne på denne enhed.
unlock-passphrase = Adgangssætning
unlock-submit = Lås op
unlock-working = Låser op…
unlock-wrong = Denne adgangssætning åbner ikke dataene på denne enhed. Tjek for tastefejl, og prøv igen.
unlock-forgotten = Har du glemt adgangssætningen?
unlock-forgotten-explain = Adgangssætningen kan ikke gendannes, og dataene kan ikke åbnes uden den. Du kan slette alt på denne enhed og starte forfra med en ny adgangssætning.
erase-understood = Jeg forstår, at alle sager på denne enhed bliver slettet for altid.
erase-submit = Slet alle data på denne enhed
no-storage-title = Trygg kan ikke gemme data i denne browser
no-storage-body = Denne browser lader ikke Trygg gemme noget (det sker i nogle private vinduer og med nogle privatlivsindstillinger). Intet er blevet gemt. Åbn Trygg i et almindeligt vindue eller i en anden browser for at registrere vurderinger.

## Problemer med lagringen
storage-error-unavailable = Browseren lader ikke Trygg gemme data her lige nu. Intet, der er gemt tidligere, er ændret.
storage-error-quota = Enheden er fuld, så den seneste ændring kunne ikke gemmes. Alt, der er gemt tidligere, er i sikkerhed. Frigør noget plads på enheden, og vælg så "Prøv igen".
storage-error-connection = Browseren lukkede Tryggs lager. Alt, der er gemt tidligere, er i sikkerhed. Vælg "Prøv igen"; hvis det bliver ved med at ske, så genindlæs siden.
storage-error-no-vault = Dataene på denne enhed er blevet slettet, muligvis i et andet vindue. Trygg starter forfra.
storage-error-vault-exists = Denne enhed har allerede en adgangssætning. Genindlæs siden for at låse op.
storage-error-locked = Trygg blev låst. Lås op for at fortsætte; intet, der er gemt, er ændret.
storage-error-conflict = Et andet vindue ændrede de samme data i samme øjeblik. Prøv igen.
storage-error-corrupt = Nogle gemte data er beskadigede og kan ikke åbnes. Intet andet er ændret.
storage-error-too-new = Disse data blev gemt af en nyere version af Trygg. Opdatér Trygg for at åbne dem.
storage-error-other = Noget gik galt, da der skulle gemmes. Alt, der er gemt tidligere, er i sikkerhed. Prøv igen.

## Indstillinger
settings-title = Indstillinger
settings-saved = Gemt.
settings-lock-heading = Låsning
settings-idle-label = Lås Trygg, når den ikke har været brugt i
settings-minutes = { $minutes ->
    [one] { $minutes } minut
   *[other] { $minutes } minutter
}
settings-retention-heading = Opbevaring af sager
settings-retention-label = Markér sager til gennemgang, når de har været uændrede i
settings-retention-hint = Din organisation bestemmer, hvor længe sager må opbevares. Markerede sager bliver ikke slettet: det bestemmer du.
settings-retention-none = Markér ikke
settings-days = { $days ->
    [one] { $days } dag
   *[other] { $days } dage
}
settings-persist-heading = Opbevaring af data på denne enhed
settings-persist-yes = Browseren beholder Tryggs data, også når der bliver mangel på plads.
settings-persist-no = Browseren kan slette Tryggs data, når der bliver mangel på plads. Det kan du forhindre ved at installere Trygg som app eller tillade, at den gemmer data permanent.
settings-persist-unknown = Denne browser oplyser ikke, om den beholder Tryggs data, når der bliver mangel på plads.
settings-passphrase-heading = Adgangssætning
settings-passphrase-old = Nuværende adgangssætning
settings-passphrase-new = Ny adgangssætning
settings-passphrase-submit = Skift adgangssætningen
settings-passphrase-changed = Adgangssætningen er skiftet. Brug den nye fra nu af.
settings-passphrase-wrong-old = Den nuværende adgangssætning er forkert; intet blev ændret.
settings-erase-heading = Slet alt
settings-erase-explain = Sletter alle sager på denne enhed og adgangssætningen. Det kan ikke fortrydes.

## Den samme sag i to vinduer
case-read-only = Denne sag er åben i et andet vindue eller en anden fane. Her kan du læse den; for at redigere den her skal du lukke den dér.
case-opening = Åbner sagen…
home-unreadable = Gemte sager, der ikke kunne åbnes, fordi deres data er beskadigede: { $count }. De bevares uændrede.
home-review-due = Uændret i længere tid, end din organisation opbevarer sager: overvej, om den skal beholdes.

## Opdateringer
update-ready = En ny version af Trygg er klar.
update-now = Opdater nu

## Fejl, der vises for brugeren
error-app-start = Trygg kunne ikke starte i denne browser. Dine gemte data er ikke blevet ændret. Prøv at genindlæse siden.

## Sharing: organisation keys, exports and opening exports

home-sharing-heading = Del resultater
home-export = Eksportér sager
home-open-export = Åbn en eksport
case-export = Eksportér denne sag
file-error-too-large = Filen er for stor til at være den, du leder efter.
file-error-unreadable = Filen kunne ikke læses. Vælg den igen, eller tjek, at den stadig findes.

keys-heading = Organisationsnøgler
keys-explain = Eksporterne krypteres med din organisations offentlige nøgle, så kun den, der har den tilhørende hemmelige nøgle, kan læse dem. Din organisation giver dig sin offentlige nøgle; den begynder med "age1".
keys-none = Ingen organisationsnøgler på denne enhed endnu.
keys-add-heading = Tilføj en offentlig nøgle
keys-label = Navn på nøglen
keys-label-hint = For eksempel organisationen og kontoret. Ikke en persons navn.
keys-public = Offentlig nøgle (age1…)
keys-load-file = Eller indlæs nøglen fra en fil
keys-add = Tilføj nøglen
keys-added = Nøglen blev tilføjet.
keys-removed = Nøglen blev fjernet.
keys-remove = Fjern
keys-remove-named = Fjern nøglen { $label }
keys-error-empty = Indsæt en offentlig nøgle, eller vælg en fil, der indeholder en.
keys-error-secret = Dette er en hemmelig nøgle. Giv den aldrig til appen: indsæt den offentlige nøgle, som begynder med "age1".
keys-error-not-public = Dette er ikke en offentlig nøgle. En offentlig nøgle begynder med "age1" og har 62 tegn.
keys-error-not-secret = Dette er ikke en hemmelig nøgle. En hemmelig nøgle begynder med "AGE-SECRET-KEY-".
keys-error-no-label = Giv nøglen et navn, så du kan kende den fra andre.
keys-error-duplicate = Denne nøgle er allerede på listen.
keys-create-heading = Opret en organisationsnøgle
keys-create-explain = Gør dette én gang for din organisation, på en computer, du har tillid til. Appen gemmer den hemmelige nøgle som en fil og viser den offentlige nøgle, som medarbejderne tilføjer på deres enheder.
keys-create-warning = Opbevar filen med den hemmelige nøgle sikkert og uden forbindelse til internettet, for eksempel på et USB-stik i en aflåst skuffe, og tag en kopi. Den, der har filen, kan læse alle eksporter, der er krypteret med denne nøgle. Hvis den går tabt, kan de eksporter aldrig læses. Appen gemmer den ikke.
keys-create = Opret en nøgle, og gem filen med den hemmelige nøgle
keys-create-saved = Den hemmelige nøgle blev gemt som { $file } i din downloadmappe. Flyt den til et sikkert sted nu.
keys-create-failed = Filen med den hemmelige nøgle kunne ikke gemmes. Intet blev oprettet; prøv igen.
keys-create-public = Offentlig nøgle, som medarbejderne skal have:
keys-copy = Kopiér den offentlige nøgle
keys-copied = Den offentlige nøgle blev kopieret.
keys-copy-failed = Browseren tillod ikke kopiering. Markér nøglen, og kopiér den manuelt.

export-title = Eksportér sager
export-explain = Eksporten er én krypteret fil. Kun organisationsnøglerne eller den adgangssætning, du vælger, kan åbne den. Sager eksporteres kun, når hun har givet samtykke til deling.
export-cases-legend = Sager, der skal eksporteres
export-no-consent = Der er ikke registreret samtykke til deling for denne sag.
export-record-consent = Hun har givet samtykke til deling: registrér det
export-protect-legend = Hvem der må åbne filen
export-method-keys = Organisationsnøgler
export-method-passphrase = En adgangssætning
export-keys-legend = Organisationsnøgler
export-no-keys = Ingen organisationsnøgler på denne enhed endnu. Tilføj din organisations offentlige nøgle under Indstillinger, eller brug en adgangssætning.
export-go-settings = Gå til Indstillinger
export-passphrase-hint = Mindst { $min } tegn. Giv den til den person, der skal åbne filen, ad en anden vej end selve filen, for eksempel over telefonen.
export-passphrase = Adgangssætning til denne fil
export-submit = Eksportér
export-busy = Krypterer…
export-done = { $count ->
    [one] Én sag blev eksporteret som { $file } i din downloadmappe.
   *[other] { $count } sager blev eksporteret som { $file } i din downloadmappe.
}
export-error-no-cases = Vælg mindst én sag, som hun har givet samtykke til at dele.
export-error-no-keys = Vælg mindst én organisationsnøgle.
export-error-short = Adgangssætningen skal have mindst { $min } tegn.
export-error-save = Filen kunne ikke gemmes. Intet blev delt; prøv igen.

open-title = Åbn en eksport
open-explain = Læs en krypteret eksport på denne enhed. Filen åbnes kun i hukommelsen; intet gemmes, medmindre du importerer en sag.
open-file-label = Eksportfil (.trygg.age)
open-unlock-legend = Åbn den med
open-with-key-file = Filen med den hemmelige nøgle
open-with-pasted-key = En indsat hemmelig nøgle
open-with-passphrase = Adgangssætningen
open-key-file-label = Fil med hemmelig nøgle
open-pasted-key-label = Hemmelig nøgle (AGE-SECRET-KEY-…)
open-passphrase-label = Filens adgangssætning
open-not-stored = Nøglen eller adgangssætningen bruges én gang og gemmes aldrig.
open-submit = Åbn
open-busy = Åbner…
open-another = Åbn en anden fil
open-back-to-export = Tilbage til eksporten
open-summary = { $count ->
    [one] Én sag, eksporteret { $date } med Trygg { $version }.
   *[other] { $count } sager, eksporteret { $date } med Trygg { $version }.
}
open-case-details = { $count ->
    [one] Én vurdering, senest ændret { $date }
   *[other] { $count } vurderinger, senest ændret { $date }
}
open-read-report = Læs rapporten
open-import = Importér til denne enhed
open-imported = Sagen er nu på denne enhed.
open-same-version = Denne enhed har allerede præcis denne version af sagen.
open-import-all = Importér alle { $count } sager
open-import-all-imported = { $count ->
    [one] Én sag blev importeret.
   *[other] { $count } sager blev importeret.
}
open-import-all-same = { $count ->
    [one] Én sag fandtes allerede uændret på denne enhed.
   *[other] { $count } sager fandtes allerede uændret på denne enhed.
}
open-import-all-to-choose = { $count ->
    [one] Én sag findes på denne enhed i en anden version. Vælg nedenfor, hvilken version der skal beholdes.
   *[other] { $count } sager findes på denne enhed i en anden version. Vælg nedenfor for hver sag, hvilken version der skal beholdes.
}
open-conflict-title = Denne sag findes allerede på denne enhed
open-conflict-body = Versionen på denne enhed blev senest ændret { $device }. Versionen i filen blev senest ændret { $file }. Vil du erstatte versionen på denne enhed med den i filen?
open-conflict-replace = Erstat med versionen i filen
open-conflict-keep = Behold versionen på denne enhed
open-error-no-file = Vælg eksportfilen først.
open-error-no-key-file = Vælg filen med den hemmelige nøgle.
open-error-no-passphrase = Skriv filens adgangssætning.
open-error-empty = Filen er tom. Den er måske ikke blevet gemt helt; bed om at få den igen.
open-error-too-large = Filen er større end { $mib } MiB, altså større end nogen eksport fra Trygg. Den blev ikke læst.
open-error-not-age = Dette er ikke en krypteret eksport fra Trygg. Tjek, at du valgte den rigtige fil (navnet ender på .trygg.age).
open-error-damaged = Filen er beskadiget eller ufuldstændig, så den kan ikke åbnes. Bed om at få den sendt igen.
open-error-needs-passphrase = Denne fil er beskyttet med en adgangssætning, ikke med en nøgle. Vælg "Adgangssætningen".
open-error-needs-key = Denne fil er beskyttet med organisationsnøgler, ikke med en adgangssætning. Vælg den hemmelige nøgle.
open-error-wrong-key = Denne nøgle kan ikke åbne filen. Filen er lavet til en anden nøgle, eller den er beskadiget.
open-error-wrong-passphrase = Adgangssætningen er forkert, eller filen er beskadiget. Tjek adgangssætningen, og prøv igen.
open-error-too-much-work = Det ville kræve mere hukommelse at åbne denne fil, end denne enhed tillader. Åbn den på en computer med kommandolinjeværktøjet trygg.
open-error-not-trygg = Filen blev åbnet, men den indeholder noget andet end en eksport fra Trygg.
open-error-too-new = Denne eksport er lavet med en nyere version af Trygg. Opdatér Trygg for at åbne den.
open-error-invalid = Eksporten blev åbnet, men indholdet er beskadiget. Bed om at få den sendt igen.

## Languages: the picker in the header, and her language in an interview
language-label = Sprog
language-draft = Udkast til oversættelse
language-draft-explain = Endnu ikke gennemgået af en, der taler sproget flydende. Tjek vigtige formuleringer med en tolk.
language-load-failed = Dette sprog ({ $language }) kunne ikke hentes på enheden lige nu, så teksterne er uændrede. Prøv igen, når enheden har forbindelse til internettet.
respondent-language-label = Hendes sprog
respondent-language-hint = Hvert spørgsmål vises på dit sprog og, nedenunder, på hendes, så hun kan læse med, eller en tolk kan tjekke formuleringen.
respondent-load-failed = Spørgsmålene kan ikke vises på hendes sprog ({ $language }) lige nu, kun på dit. Prøv igen, når enheden har forbindelse til internettet.
action-close = Luk

## Training with fictional cases

training-mark = Øvelse – fiktiv sag. Intet her er virkeligt, og intet bevares.
training-entry-heading = Øvelse
training-entry-explain = Øv dig i identifikation med fiktive sager, for eksempel på et seminar. Der kræves ingen adgangssætning: øvelsen rører aldrig ved rigtige sager.
training-entry = Øv dig på en fiktiv sag
training-load-failed = Øvelsessagerne kunne ikke indlæses på denne enhed lige nu. Prøv igen, når enheden er online.
training-title = Øvelse
training-leave = Afslut øvelsen
training-explain = Læs en fiktiv kvindes historie, besvar identifikationen, som om du havde mødt hende, og sammenlign dine svar med erfarne medarbejderes. Dine svar bevares kun, indtil du afslutter øvelsen.
training-scenarios = Scenarier
training-start = Øv dig på dette scenarie
training-open-file = Eller åbn en scenariefil fra din underviser (.trygg-scenario.json)
training-trainers = Til undervisere
training-trainers-explain = Åbn de resultatfiler, deltagerne har gemt, for at se, hvordan gruppen svarede, scenarie for scenarie.
training-group-summary = Opsummering for gruppen
training-back-to-scenarios = Tilbage til scenarierne
training-story-explain = Læs hele historien først. Besvar derefter spørgsmålene ud fra det, historien fortæller: hvor den ikke siger noget, svarer du "Ved ikke".
training-begin = Besvar identifikationen
training-feedback-title = Tilbagemelding: { $scenario }
training-agreement = Du var enig med referencen om { $matched } af { $total } indikatorer ({ $percent } %).
training-conclusion = Konklusion
training-conclusion-same = Din konklusion er den samme som referencens.
training-conclusion-different = Din konklusion er en anden end referencens. Forskellene nedenfor forklarer hvorfor.
training-yours = Dine svar
training-reference = Reference
training-yours-reference = Du: { $yours }. Referencen: { $reference }.
training-finding-present = set
training-finding-absent = ikke til stede
training-finding-unknown = ukendt
training-finding-not-relevant = ikke spurgt
training-missed = { $count ->
    [one] Én overset indikator
   *[other] { $count } oversete indikatorer
}
training-missed-explain = Historien viser disse indikatorer, men ifølge dine svar er de ikke til stede.
training-over-called = { $count ->
    [one] Én indikator, som du ser, men referencen ikke ser
   *[other] { $count } indikatorer, som du ser, men referencen ikke ser
}
training-over-called-explain = Ifølge dine svar er disse indikatorer til stede, men historien understøtter dem ikke.
training-unknown = { $count ->
    [one] Én indikator, der kun er kendt på den ene side
   *[other] { $count } indikatorer, der kun er kendt på den ene side
}
training-unknown-explain = Den ene side svarede "Ved ikke" (eller nåede ikke til spørgsmålet), hvor den anden havde et svar.
training-matched-list = { $count ->
    [one] Én indikator, hvor du er enig med referencen
   *[other] { $count } indikatorer, hvor du er enig med referencen
}
training-dimensions = Dimension for dimension
training-dimension = Dimension
training-save-heading = Gem dit resultat
training-save-explain = Din underviser kan samle resultaterne for hele gruppen. Filen indeholder dine svar på denne fiktive sag og, hvis du vil, et kaldenavn; intet andet.
training-nickname = Kaldenavn (valgfrit)
training-save = Gem min resultatfil
training-saved = Gemt som { $file } i din downloadmappe.
training-save-failed = Filen kunne ikke gemmes. Prøv igen.
training-summary-title = Opsummering for gruppen
training-summary-explain = Vælg gruppens resultatfiler, alle på én gang. Trygg tæller dem op for hvert scenarie; filerne læses kun på denne enhed.
training-result-files = Resultatfiler (.trygg-training.json)
training-file-problem = { $file }: { $problem }
training-summary-counts = { $trainees ->
    [one] Én deltager. Samme konklusion som referencen: { $agreeing }. Gennemsnitlig enighed om indikatorerne: { $percent } %.
   *[other] { $trainees } deltagere. Samme konklusion som referencen: { $agreeing }. Gennemsnitlig enighed om indikatorerne: { $percent } %.
}
training-chart-conclusion = Konklusionen sammenlignet med referencen
training-chart-agreeing = Samme konklusion
training-chart-differing = Anden konklusion
training-chart-dimensions = Deltagere, der er enige med referencen, pr. dimension
training-chart-missed = Indikatorer, der oftest overses
training-chart-over-called = Indikatorer, der oftest ses, hvor referencen ikke ser dem
training-error-not-scenario = Dette er ikke en scenariefil fra Trygg.
training-error-not-result = Dette er ikke en resultatfil fra en øvelse i Trygg.
training-error-too-new = Denne fil er lavet med en nyere version af Trygg. Opdatér Trygg for at åbne den.
training-error-damaged = Denne fil er beskadiget og kan ikke læses.
training-error-no-reference = Dette scenarie har ingen referencesvar for identifikationen, så det kan ikke bruges til øvelse.
training-error-unknown-scenario = Dette resultat hører til et scenarie, der ikke er indlæst. Åbn scenariefilen først.

## Training: the scenario editor

training-write = Skriv et scenarie
training-editor-title = Skriv et scenarie
training-editor-explain = Skriv en fiktiv kvindes historie i korte dele, besvar identifikationen, som en erfaren medarbejder ville gøre ud fra historien, og skriv for hver indikator, hvorfor den gælder eller ej. Gem derefter filen, og giv den til dine deltagere. Alt bliver på denne enhed, indtil du gemmer det.
training-editor-title-label = Titel
training-editor-summary-label = Én sætning om scenariet
training-editor-story = Historien
training-editor-part = Del { $number }
training-editor-add-part = Tilføj en del
training-editor-reference = Referencesvar
training-editor-answered = { $count ->
    [one] Ét spørgsmål besvaret indtil nu.
   *[other] { $count } spørgsmål besvaret indtil nu.
}
training-editor-answer = Besvar identifikationen som reference
training-editor-explanations = Hvorfor hver indikator gælder eller ej
training-editor-explanations-explain = Deltagerne læser forklaringerne, når deres svar afviger fra referencen. En eller to sætninger til hver er nok.
training-editor-save = Gem scenariefilen
training-editor-saved = Gemt som { $file } i din downloadmappe.
training-editor-error-empty = Giv scenariet en titel og mindst én del af historien.
training-editor-error-no-answers = Besvar først identifikationen som reference.
## Widgetten: Trygg på en organisations egen hjemmeside. I selvtjekket svarer kvinden selv.
widget-error-config = Denne formular kan ikke vises, fordi den ikke er sat rigtigt op. Giv venligst organisationen bag denne hjemmeside besked.
widget-self-check-title = Et privat tjek af din situation
widget-self-check-intro = Spørgsmålene handler om din situation og din sikkerhed. Der er ingen rigtige eller forkerte svar. Du kan altid svare, at du ikke ved det eller helst ikke vil svare, og du kan stoppe når som helst.
widget-self-check-private = Dine svar bliver ikke gemt, og intet bliver sendt uden dit samtykke. Hvis der kommer nogen, så tryk på Forlad hurtigt: siden forsvinder med det samme.
widget-start = Start
widget-share-title = Vil du dele dine svar?
widget-share-body = Hvis du vil, kan du dele dine svar med { $organisation }. Svarene er krypteret, så kun { $organisation } kan læse dem. Dit navn er ikke med. Du ser dit resultat, uanset hvad du vælger.
widget-share-yes = Del mine svar
widget-share-no = Del ikke
widget-shared = Dine svar er delt med { $organisation }, krypteret.
widget-result-title = Dit resultat
widget-result-concern = Nogle af dine svar viser, at du måske har brug for hjælp eller beskyttelse. Det er ikke din skyld, og du behøver ikke klare det alene.
widget-result-unclear = Mange spørgsmål blev ikke besvaret, så dette tjek kan ikke sige ret meget. Hvis noget bekymrer dig, er det helt i orden at tale med nogen om det.
widget-result-no-concern = Dine svar viser ikke klare grunde til bekymring. Hvis noget alligevel bekymrer dig, er det helt i orden at tale med nogen om det.
widget-result-not-a-decision = Dette tjek afgør ikke noget om dig, og det melder dig ikke til nogen. Det er kun dig, der bestemmer, hvad der skal ske nu.
widget-emergency = Hvis du er i fare lige nu, så ring 112.
widget-help-title = Her kan du få hjælp
widget-start-over = Slet mine svar og start forfra

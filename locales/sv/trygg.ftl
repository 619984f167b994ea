## Appens egna skärmar. Instrumentens texter finns i identification.ftl, needs.ftl,
## risk.ftl; texter som alla instrument delar finns i common.ftl.

app-name = Trygg
app-tagline = Bedömningar som stannar på den här enheten

## Snabb utgång: döljer appen direkt.
quick-exit = Lämna snabbt
quick-exit-hint = Döljer Trygg direkt. Du kan också trycka på Esc två gånger.

## Åtgärder som används på många skärmar
action-back = Tillbaka
action-next = Nästa
action-cancel = Avbryt
action-back-to-cases = Tillbaka till ärendena

## Startskärmen
home-title = Ärenden på den här enheten
home-empty-title = Inga ärenden på den här enheten än
home-empty-body = Ett ärende samlar de bedömningar du gör tillsammans med en kvinna. Det har en kod i stället för hennes namn, och det lämnar aldrig den här enheten om du inte exporterar det krypterat.
home-new-case = Starta ett nytt ärende
home-search-label = Hitta ett ärende med dess kod
home-search-none = Inget ärende på den här enheten har en sådan kod.
home-list-limited = Bara de senast ändrade fallen visas. Sök på kod, eller visa alla.
home-show-all = Visa alla fall ({ $count })
home-case-updated = Senast ändrat { $date }
home-case-no-assessments = Inga bedömningar än
home-resume = Senaste pågående samtal: { $instrument } för ärende { $code }.
home-resume-button = Fortsätt där du slutade
home-case-assessment = { $name }: { $stage }, { $answered } av { $total } besvarade

## Hur långt en bedömning har kommit
stage-not-started = inte påbörjad
stage-in-progress = pågår
stage-complete = klar

## Nytt ärende och samtycke
new-case-title = Nytt ärende
new-case-code-label = Ärendekod
new-case-code-hint = Koden står i stället för hennes namn. Förvara den på ett säkert ställe, skilt från den här enheten, om du behöver hitta ärendet igen. Du kan ändra den.
new-case-code-invalid = En ärendekod har sex bokstäver och siffror, till exempel K7M-4QX (inte 0, O, 1, I, L, U eller V).
new-case-code-taken = Ett annat ärende på den här enheten har redan den här koden.
new-case-role-label = Din roll
new-case-role-hint = Samtycket registreras med din roll, aldrig med ditt namn.
new-case-create = Skapa ärendet
role-outreach-worker = Uppsökande arbetare
role-case-manager = Ärendeansvarig
role-shelter-worker = Medarbetare på skyddat boende
role-other-professional = Annan yrkesverksam

consent-record-legend = Får svaren sparas på den här enheten?
consent-record-explain = Innan något sparas: berätta med egna ord vad som kommer att sparas, att det förblir krypterat på den här enheten, att hon kan avbryta när som helst och att hon kan hoppa över vilken fråga som helst. Fråga henne sedan.
consent-record-yes = Ja, hon samtycker till att svaren sparas
consent-record-no = Nej, hon samtycker inte
consent-record-needed = Registrera hennes svar: ingenting sparas utan hennes samtycke.
consent-share-legend = Får resultaten delas krypterat med din organisation?
consent-share-explain = Du kan också fråga om detta senare, innan något delas. Hennes svar här påverkar inte den hjälp hon kan få.
consent-share-yes = Ja, hon samtycker till att resultaten får delas krypterat
consent-share-no = Nej, inte just nu
consent-declined-title = Ingenting har sparats
consent-declined-body = Hennes beslut respekteras: inget ärende skapades och ingenting om henne sparas på den här enheten. Du kan ändå hjälpa henne utan att spara något:
consent-declined-step-listen = Lyssna, och berätta om hennes rättigheter och om det stöd hon kan få, oavsett om hon lämnar uppgifter till polisen eller inte.
consent-declined-step-contacts = Ge henne kontaktuppgifter till stödverksamheter och till ett tryggt ställe att bo på, om hon vill ha dem.
consent-declined-step-later = Berätta att hon kan komma tillbaka till detta när som helst om hon ändrar sig.
consent-declined-change = Hon har ändrat sig

consent-record-short = Sparande på den här enheten
consent-share-short = Delning av resultat
consent-not-asked = Inte frågat än
consent-given = Samtyckte { $date }
consent-declined = Avböjde { $date }
consent-withdrawn = Återkallade { $date }

## Ett ärende
case-title = Ärende { $code }
case-created = Skapat
case-assessments = Bedömningar
case-assessment-started = påbörjad { $date }
case-assessment-progress = { $stage }, { $answered } av { $total } besvarade
case-continue = Fortsätt
case-review-answers = Gå igenom svaren
case-see-result = Se resultatet
case-start-heading = Påbörja en ny bedömning
case-start-assessment = { $instrument }
case-more = Rapport och ärende
case-report = Utskriftsvänlig rapport
case-delete = Radera ärendet
case-delete-confirm-title = Radera ärendet?
case-delete-confirm-body = Ärende { $code } och alla dess bedömningar tas bort från den här enheten. Det går inte att ångra.
case-delete-confirm = Ja, radera ärendet
case-delete-keep = Nej, behåll det
case-missing-title = Ärendet finns inte på den här enheten
case-missing-body = Det kan ha raderats. Inget annat har ändrats.

## Samtalet
assessment-back-to-case = Ärende { $code }
assessment-back-to-case-short = Tillbaka till ärendet
assessment-section-of = Del { $current } av { $total }
assessment-answered-of = { $answered } av { $total } frågor besvarade
assessment-section-count = ({ $answered }/{ $total })
assessment-overview = Alla delar av den här bedömningen
assessment-see-result = Se resultatet
question-hint-toggle = Varför den här frågan?
question-clear = Rensa svaret
question-note-toggle = Anteckning
question-note-label = Din anteckning om frågan
need-urgency-label = Hur snart behöver hon detta?
need-status-label = Hur det ligger till
need-service-label = Verksamhet eller organisation (valfritt)

## Resultat
result-title = Resultat: { $instrument }
result-back-to-case = Tillbaka till ärendet
result-review-answers = Gå igenom svaren
result-unavailable = Resultatet kan inte visas. Svaren finns kvar oförändrade.
result-by-dimension = Vad svaren visar, del för del
result-indicators-seen = Iakttagna
result-indicators-unknown = Inte kända än
result-note = Din anteckning: { $note }
result-needs-count = { $count ->
    [0] Inga behov registrerade än.
    [one] Ett behov i stödplanen.
   *[other] { $count } behov i stödplanen.
}
result-needs-none = Inga behov registrerade än.
result-need-service = Verksamhet: { $service }
result-none = Inga.
result-risk-reasons = Vad nivån bygger på
result-points = { $points } poäng
result-raise-toggle = Höj nivån utifrån professionell bedömning
result-raise-level = Ny nivå
result-raise-reason = Varför (obligatoriskt)
result-raise-reason-needed = Skriv varför du höjer nivån.
result-raise-save = Höj nivån
result-return = Återvändande till hemlandet eller till ett annat land

## Den utskriftsvänliga rapporten
report-title = Rapport för ärende { $code }
report-print = Skriv ut
report-printed = Utskriven { $date }
report-assessment-dates = Påbörjad { $started }, senast ändrad { $updated }
report-answers = Alla svar
report-confidential = Konfidentiellt. Rapporten innehåller känsliga personuppgifter: förvara den inlåst, dela den bara med personer som behöver den för att hjälpa henne och förstör den när den inte längre behövs.

## Start, sparande, låsning
starting = Öppnar Trygg…
save-saving = Sparar…
save-saved = Alla svar är sparade
save-failed-short = Inte sparat
save-failed-title = Dina senaste svar har inte kunnat sparas än.
save-retry = Försök igen
lock-now = Lås

## Första starten: lösenfrasen
setup-title = Skydda uppgifterna på den här enheten
setup-explain = Allt du registrerar i Trygg krypteras på den här enheten med en lösenfras som bara du känner till. Du behöver den varje gång du öppnar Trygg och efter att appen har låst sig själv.
setup-no-recovery = Om lösenfrasen glöms bort kan ingen återställa uppgifterna: inte du, inte din organisation, inte de som har gjort Trygg. Den enda utvägen är då att radera allt på den här enheten.
setup-passphrase = Lösenfras
setup-passphrase-hint = Minst { $min } tecken. Några ord utan samband är lättare att komma ihåg och svårare att gissa än ett enda ord med specialtecken.
setup-repeat = Upprepa lösenfrasen
setup-strength-weak = För lätt att gissa. Använd minst { $min } tecken, och blanda ord, siffror eller tecken.
setup-strength-fair = Godtagbar. Längre är starkare.
setup-strength-strong = Lång och varierad. Se till att den inte är något som andra vet om dig.
setup-too-short = Lösenfrasen behöver minst { $min } tecken.
setup-mismatch = De två lösenfraserna är inte likadana.
setup-submit = Spara lösenfrasen
setup-working = Skyddar uppgifterna…

## Upplåsning
unlock-title = Trygg är låst
unlock-explain = Ange din lösenfras för att öppna ärendena på den här enheten.
unlock-passphrase = Lösenfras
unlock-submit = Lås upp
unlock-working = Låser upp…
unlock-wrong = Den här lösenfrasen öppnar inte uppgifterna på den här enheten. Kontrollera om du har skrivit fel och försök igen.
unlock-forgotten = Har du glömt lösenfrasen?
unlock-forgotten-explain = Lösenfrasen kan inte återställas, och uppgifterna kan inte öppnas utan den. Du kan radera allt på den här enheten och börja om med en ny lösenfras.
erase-understood = Jag förstår att alla ärenden på den här enheten raderas för gott.
erase-submit = Radera alla uppgifter på den här enheten
no-storage-title = Trygg kan inte spara uppgifter i den här webbläsaren
no-storage-body = Den här webbläsaren låter inte Trygg spara något (det händer i vissa privata fönster och med vissa integritetsinställningar). Ingenting har sparats. Öppna Trygg i ett vanligt fönster, eller i en annan webbläsare, för att registrera bedömningar.

## Problem med lagringen
storage-error-unavailable = Webbläsaren låter inte Trygg spara uppgifter här just nu. Inget som sparats tidigare har ändrats.
storage-error-quota = Enheten är full, så den senaste ändringen kunde inte sparas. Allt som sparats tidigare är i säkerhet. Frigör lite utrymme på enheten och välj sedan "Försök igen".
storage-error-connection = Webbläsaren stängde Tryggs lagring. Allt som sparats tidigare är i säkerhet. Välj "Försök igen"; om det fortsätter att hända, ladda om sidan.
storage-error-no-vault = Uppgifterna på den här enheten har raderats, kanske i ett annat fönster. Trygg startar om.
storage-error-vault-exists = Den här enheten har redan en lösenfras. Ladda om sidan för att låsa upp.
storage-error-locked = Trygg låstes. Lås upp för att fortsätta; inget som sparats har ändrats.
storage-error-conflict = Ett annat fönster ändrade samma uppgifter i samma ögonblick. Försök igen.
storage-error-corrupt = Vissa sparade uppgifter är skadade och kan inte öppnas. Inget annat har ändrats.
storage-error-too-new = De här uppgifterna sparades av en nyare version av Trygg. Uppdatera Trygg för att öppna dem.
storage-error-other = Något gick fel när uppgifterna skulle sparas. Allt som sparats tidigare är i säkerhet. Försök igen.

## Inställningar
settings-title = Inställningar
settings-saved = Sparat.
settings-lock-heading = Låsning
settings-idle-label = Lås Trygg när appen inte har använts på
settings-minutes = { $minutes ->
    [one] { $minutes } minut
   *[other] { $minutes } minuter
}
settings-retention-heading = Att behålla ärenden
settings-retention-label = Markera ärenden för genomgång när de har varit oförändrade i
settings-retention-hint = Din organisation bestämmer hur länge ärenden får sparas. Markerade ärenden raderas inte: det bestämmer du.
settings-retention-none = Markera inte
settings-days = { $days ->
    [one] { $days } dag
   *[other] { $days } dagar
}
settings-persist-heading = Att behålla uppgifterna på den här enheten
settings-persist-yes = Webbläsaren behåller Tryggs uppgifter även när utrymmet börjar ta slut.
settings-persist-no = Webbläsaren kan radera Tryggs uppgifter när utrymmet börjar ta slut. Det går att förhindra genom att installera Trygg som app, eller tillåta att den sparar uppgifter permanent.
settings-persist-unknown = Den här webbläsaren talar inte om ifall den behåller Tryggs uppgifter när utrymmet börjar ta slut.
settings-passphrase-heading = Lösenfras
settings-passphrase-old = Nuvarande lösenfras
settings-passphrase-new = Ny lösenfras
settings-passphrase-submit = Byt lösenfras
settings-passphrase-changed = Lösenfrasen är bytt. Använd den nya från och med nu.
settings-passphrase-wrong-old = Den nuvarande lösenfrasen stämmer inte; ingenting har ändrats.
settings-erase-heading = Radera allt
settings-erase-explain = Raderar alla ärenden på den här enheten och lösenfrasen. Det går inte att ångra.

## Samma ärende i två fönster
case-read-only = Det här ärendet är öppet i ett annat fönster eller en annan flik. Här kan du läsa det; för att ändra det här, stäng det där.
case-opening = Öppnar ärendet…
home-unreadable = Sparade ärenden som inte kunde öppnas eftersom uppgifterna är skadade: { $count }. De lämnas oförändrade.
home-review-due = Oförändrat längre än din organisation sparar ärenden: överväg om det ska behållas.

## Uppdateringar
update-ready = En ny version av Trygg är klar.
update-now = Uppdatera nu

## Felmeddelanden som visas för användaren
error-app-start = Trygg kunde inte starta i den här webbläsaren. Dina sparade uppgifter har inte ändrats. Försök att ladda om sidan.

## Sharing: organisation keys, exports and opening exports

home-sharing-heading = Dela resultat
home-export = Exportera ärenden
home-open-export = Öppna en export
case-export = Exportera ärendet
file-error-too-large = Filen är för stor för att vara den du letar efter.
file-error-unreadable = Filen kunde inte läsas. Välj den igen, eller kontrollera att den fortfarande finns kvar.

keys-heading = Organisationsnycklar
keys-explain = Exporter krypteras med din organisations publika nyckel, så att bara den som har motsvarande hemliga nyckel kan läsa dem. Din organisation ger dig sin publika nyckel; den börjar med "age1".
keys-none = Inga organisationsnycklar på den här enheten än.
keys-add-heading = Lägg till en publik nyckel
keys-label = Namn på nyckeln
keys-label-hint = Till exempel organisationen och kontoret. Inte en persons namn.
keys-public = Publik nyckel (age1…)
keys-load-file = Eller läs in nyckeln från en fil
keys-add = Lägg till nyckeln
keys-added = Nyckeln har lagts till.
keys-removed = Nyckeln har tagits bort.
keys-remove = Ta bort
keys-remove-named = Ta bort nyckeln { $label }
keys-error-empty = Klistra in en publik nyckel eller välj en fil som innehåller en.
keys-error-secret = Det här är en hemlig nyckel. Ge den aldrig till appen: klistra in den publika nyckeln, som börjar med "age1".
keys-error-not-public = Det här är inte en publik nyckel. En publik nyckel börjar med "age1" och har 62 tecken.
keys-error-not-secret = Det här är inte en hemlig nyckel. En hemlig nyckel börjar med "AGE-SECRET-KEY-".
keys-error-no-label = Ge nyckeln ett namn, så att du kan skilja den från andra.
keys-error-duplicate = Den här nyckeln finns redan i listan.
keys-create-heading = Skapa en organisationsnyckel
keys-create-explain = Gör detta en gång för din organisation, på en dator som du litar på. Appen sparar den hemliga nyckeln som en fil och visar den publika nyckeln, som medarbetarna sedan lägger till på sina enheter.
keys-create-warning = Förvara filen med den hemliga nyckeln säkert och utan anslutning till internet, till exempel på ett USB-minne i en låst låda, och ha en kopia. Den som har filen kan läsa alla exporter som har krypterats med den här nyckeln. Om den går förlorad kan de exporterna aldrig läsas. Appen sparar den inte.
keys-create = Skapa en nyckel och spara filen med den hemliga nyckeln
keys-create-saved = Den hemliga nyckeln sparades som { $file } bland dina hämtade filer. Flytta den till ett säkert ställe nu.
keys-create-failed = Filen med den hemliga nyckeln kunde inte sparas. Ingenting skapades; försök igen.
keys-create-public = Publik nyckel att ge till medarbetarna:
keys-copy = Kopiera den publika nyckeln
keys-copied = Den publika nyckeln har kopierats.
keys-copy-failed = Webbläsaren tillät inte kopieringen. Markera nyckeln och kopiera den manuellt.

export-title = Exportera ärenden
export-explain = Exporten är en enda krypterad fil. Bara organisationsnycklarna eller den lösenfras du väljer kan öppna den. Ärenden exporteras bara om hon har samtyckt till delning.
export-cases-legend = Ärenden att exportera
export-no-consent = Inget samtycke till delning är registrerat för det här ärendet.
export-record-consent = Hon har samtyckt till delning: registrera det
export-protect-legend = Vem som får öppna filen
export-method-keys = Organisationsnycklar
export-method-passphrase = En lösenfras
export-keys-legend = Organisationsnycklar
export-no-keys = Inga organisationsnycklar på den här enheten än. Lägg till din organisations publika nyckel under Inställningar, eller använd en lösenfras.
export-go-settings = Gå till Inställningar
export-passphrase-hint = Minst { $min } tecken. Ge den till den som ska öppna filen på ett annat sätt än själva filen, till exempel per telefon.
export-passphrase = Lösenfras för den här filen
export-submit = Exportera
export-busy = Krypterar…
export-done = { $count ->
    [one] Ett ärende exporterades som { $file } bland dina hämtade filer.
   *[other] { $count } ärenden exporterades som { $file } bland dina hämtade filer.
}
export-error-no-cases = Välj minst ett ärende som hon har samtyckt till att dela.
export-error-no-keys = Välj minst en organisationsnyckel.
export-error-short = Lösenfrasen behöver minst { $min } tecken.
export-error-save = Filen kunde inte sparas. Ingenting delades; försök igen.

open-title = Öppna en export
open-explain = Läs en krypterad export på den här enheten. Filen öppnas bara i minnet; ingenting sparas om du inte importerar ett ärende.
open-file-label = Exportfil (.trygg.age)
open-unlock-legend = Öppna den med
open-with-key-file = Filen med den hemliga nyckeln
open-with-pasted-key = En inklistrad hemlig nyckel
open-with-passphrase = Lösenfrasen
open-key-file-label = Fil med hemlig nyckel
open-pasted-key-label = Hemlig nyckel (AGE-SECRET-KEY-…)
open-passphrase-label = Filens lösenfras
open-not-stored = Nyckeln eller lösenfrasen används en gång och sparas aldrig.
open-submit = Öppna
open-busy = Öppnar…
open-another = Öppna en annan fil
open-back-to-export = Tillbaka till exporten
open-summary = { $count ->
    [one] Ett ärende, exporterat { $date } med Trygg { $version }.
   *[other] { $count } ärenden, exporterade { $date } med Trygg { $version }.
}
open-case-details = { $count ->
    [one] En bedömning, senast ändrat { $date }
   *[other] { $count } bedömningar, senast ändrat { $date }
}
open-read-report = Läs rapporten
open-import = Importera till den här enheten
open-imported = Ärendet finns nu på den här enheten.
open-same-version = Den här enheten har redan exakt den här versionen av ärendet.
open-import-all = Importera alla { $count } ärenden
open-import-all-imported = { $count ->
    [one] Ett ärende importerades.
   *[other] { $count } ärenden importerades.
}
open-import-all-same = { $count ->
    [one] Ett ärende fanns redan oförändrat på den här enheten.
   *[other] { $count } ärenden fanns redan oförändrade på den här enheten.
}
open-import-all-to-choose = { $count ->
    [one] Ett ärende finns på den här enheten i en annan version. Välj nedan vilken version som ska behållas.
   *[other] { $count } ärenden finns på den här enheten i en annan version. Välj nedan, för varje ärende, vilken version som ska behållas.
}
open-conflict-title = Ärendet finns redan på den här enheten
open-conflict-body = Versionen på den här enheten ändrades senast { $device }. Versionen i filen ändrades senast { $file }. Vill du ersätta versionen på den här enheten med den i filen?
open-conflict-replace = Ersätt med versionen i filen
open-conflict-keep = Behåll versionen på den här enheten
open-error-no-file = Välj exportfilen först.
open-error-no-key-file = Välj filen med den hemliga nyckeln.
open-error-no-passphrase = Skriv filens lösenfras.
open-error-empty = Filen är tom. Den kanske inte sparades helt; be att få den igen.
open-error-too-large = Filen är större än { $mib } MiB, alltså större än någon export från Trygg. Den lästes inte.
open-error-not-age = Det här är inte en krypterad export från Trygg. Kontrollera att du valde rätt fil (namnet slutar på .trygg.age).
open-error-damaged = Filen är skadad eller ofullständig och kan därför inte öppnas. Be att få den skickad igen.
open-error-needs-passphrase = Den här filen är skyddad med en lösenfras, inte med en nyckel. Välj "Lösenfrasen".
open-error-needs-key = Den här filen är skyddad med organisationsnycklar, inte med en lösenfras. Välj den hemliga nyckeln.
open-error-wrong-key = Den här nyckeln kan inte öppna filen. Filen gjordes för en annan nyckel, eller så är den skadad.
open-error-wrong-passphrase = Lösenfrasen stämmer inte, eller så är filen skadad. Kontrollera lösenfrasen och försök igen.
open-error-too-much-work = Att öppna den här filen skulle kräva mer minne än den här enheten tillåter. Öppna den på en dator med kommandoradsverktyget trygg.
open-error-not-trygg = Filen öppnades, men den innehåller något annat än en export från Trygg.
open-error-too-new = Den här exporten gjordes med en nyare version av Trygg. Uppdatera Trygg för att öppna den.
open-error-invalid = Exporten öppnades, men innehållet är skadat. Be att få den skickad igen.

## Languages: the picker in the header, and her language in an interview
language-label = Språk
language-draft = Utkast till översättning
language-draft-explain = Ännu inte granskad av någon som talar språket flytande. Kontrollera viktiga formuleringar med en tolk.
language-load-failed = Det här språket ({ $language }) kunde inte läsas in på enheten just nu, så texterna är oförändrade. Försök igen när enheten är ansluten till internet.
respondent-language-label = Hennes språk
respondent-language-hint = Varje fråga visas på ditt språk och, under den, på hennes, så att hon kan läsa med eller en tolk kan kontrollera formuleringen.
respondent-load-failed = Frågorna kan inte visas på hennes språk ({ $language }) just nu, bara på ditt. Försök igen när enheten är ansluten till internet.
action-close = Stäng

## Training with fictional cases

training-mark = Övning – fiktivt ärende. Ingenting här är verkligt, och ingenting behålls.
training-entry-heading = Övning
training-entry-explain = Öva identifiering på fiktiva ärenden, till exempel på ett seminarium. Ingen lösenfras behövs: övningen rör aldrig riktiga ärenden.
training-entry = Öva med ett fiktivt ärende
training-load-failed = Övningsfallen kunde inte läsas in på enheten just nu. Försök igen när enheten är ansluten till internet.
training-title = Övning
training-leave = Avsluta övningen
training-explain = Läs en fiktiv kvinnas berättelse, besvara identifieringen som om du hade träffat henne och jämför dina svar med erfarna medarbetares svar. Dina svar finns bara kvar tills du avslutar övningen.
training-scenarios = Scenarier
training-start = Öva på det här scenariot
training-open-file = Eller öppna en scenariofil från din utbildare (.trygg-scenario.json)
training-trainers = För utbildare
training-trainers-explain = Öppna resultatfilerna som deltagarna har sparat för att se hur gruppen svarade, scenario för scenario.
training-group-summary = Sammanställning för gruppen
training-back-to-scenarios = Tillbaka till scenarierna
training-story-explain = Läs först hela berättelsen. Svara sedan på frågorna utifrån det som berättelsen säger: där den inte säger något svarar du "Vet inte".
training-begin = Besvara identifieringen
training-feedback-title = Återkoppling: { $scenario }
training-agreement = Du var överens med referensen om { $matched } av { $total } indikatorer ({ $percent } %).
training-conclusion = Slutsats
training-conclusion-same = Din slutsats är densamma som referensens.
training-conclusion-different = Din slutsats skiljer sig från referensens. Skillnaderna nedan förklarar varför.
training-yours = Dina svar
training-reference = Referens
training-yours-reference = Du: { $yours }. Referensen: { $reference }.
training-finding-present = iakttagen
training-finding-absent = finns inte
training-finding-unknown = okänd
training-finding-not-relevant = frågan inte ställd
training-missed = { $count ->
    [one] En förbisedd indikator
   *[other] { $count } förbisedda indikatorer
}
training-missed-explain = Berättelsen visar de här indikatorerna, men enligt dina svar finns de inte.
training-over-called = { $count ->
    [one] En indikator som du ser men referensen inte ser
   *[other] { $count } indikatorer som du ser men referensen inte ser
}
training-over-called-explain = Enligt dina svar finns de här indikatorerna, men berättelsen ger inget stöd för dem.
training-unknown = { $count ->
    [one] En indikator som bara är känd på ena sidan
   *[other] { $count } indikatorer som bara är kända på ena sidan
}
training-unknown-explain = Ena sidan svarade "Vet inte" (eller kom inte fram till frågan) där den andra hade ett svar.
training-matched-list = { $count ->
    [one] En indikator där du är överens med referensen
   *[other] { $count } indikatorer där du är överens med referensen
}
training-dimensions = Dimension för dimension
training-dimension = Dimension
training-save-heading = Spara ditt resultat
training-save-explain = Din utbildare kan sammanställa resultaten för hela gruppen. Filen innehåller dina svar på det här fiktiva ärendet och, om du vill, ett smeknamn; inget annat.
training-nickname = Smeknamn (valfritt)
training-save = Spara min resultatfil
training-saved = Filen sparades som { $file } bland dina hämtade filer.
training-save-failed = Filen kunde inte sparas. Försök igen.
training-summary-title = Sammanställning för gruppen
training-summary-explain = Välj gruppens resultatfiler, alla på en gång. Trygg räknar ihop dem per scenario; filerna läses bara på den här enheten.
training-result-files = Resultatfiler (.trygg-training.json)
training-file-problem = { $file }: { $problem }
training-summary-counts = { $trainees ->
    [one] En deltagare. Samma slutsats som referensen: { $agreeing }. Genomsnittlig överensstämmelse för indikatorerna: { $percent } %.
   *[other] { $trainees } deltagare. Samma slutsats som referensen: { $agreeing }. Genomsnittlig överensstämmelse för indikatorerna: { $percent } %.
}
training-chart-conclusion = Slutsatsen jämförd med referensen
training-chart-agreeing = Samma slutsats
training-chart-differing = Annan slutsats
training-chart-dimensions = Deltagare som är överens med referensen, per dimension
training-chart-missed = Indikatorer som oftast förbises
training-chart-over-called = Indikatorer som oftast ses där referensen inte ser dem
training-error-not-scenario = Det här är inte en scenariofil från Trygg.
training-error-not-result = Det här är inte en resultatfil från en övning i Trygg.
training-error-too-new = Filen har skapats med en nyare version av Trygg. Uppdatera Trygg för att öppna den.
training-error-damaged = Filen är skadad och kan inte läsas.
training-error-no-reference = Scenariot saknar referenssvar för identifieringen och kan därför inte användas för övning.
training-error-unknown-scenario = Resultatet gäller ett scenario som inte är inläst. Öppna scenariofilen först.

## Training: the scenario editor

training-write = Skriv ett scenario
training-editor-title = Skriv ett scenario
training-editor-explain = Skriv en fiktiv kvinnas berättelse i korta delar, besvara identifieringen så som en erfaren medarbetare skulle göra utifrån berättelsen och skriv för varje indikator varför den gäller eller inte. Spara sedan filen och ge den till dina deltagare. Allt stannar på den här enheten tills du sparar det.
training-editor-title-label = Titel
training-editor-summary-label = En mening om scenariot
training-editor-story = Berättelsen
training-editor-part = Del { $number }
training-editor-add-part = Lägg till en del
training-editor-reference = Referenssvar
training-editor-answered = { $count ->
    [one] En fråga besvarad hittills.
   *[other] { $count } frågor besvarade hittills.
}
training-editor-answer = Besvara identifieringen som referens
training-editor-explanations = Varför varje indikator gäller eller inte
training-editor-explanations-explain = Deltagarna läser förklaringarna när deras svar skiljer sig från referensen. En eller två meningar för varje räcker.
training-editor-save = Spara scenariofilen
training-editor-saved = Filen sparades som { $file } bland dina hämtade filer.
training-editor-error-empty = Ge scenariot en titel och minst en del av berättelsen.
training-editor-error-no-answers = Besvara först identifieringen som referens.
## Widgeten: Trygg på en organisations egen webbplats. I självtestet svarar kvinnan själv.
widget-error-config = Det här formuläret kan inte visas eftersom det inte är rätt inställt. Meddela gärna organisationen som driver webbplatsen.
widget-self-check-title = En privat koll av din situation
widget-self-check-intro = Frågorna handlar om din situation och din säkerhet. Det finns inga rätta eller felaktiga svar. Du kan alltid svara att du inte vet eller helst inte vill svara, och du kan sluta när du vill.
widget-self-check-private = Dina svar sparas inte, och inget skickas utan att du godkänner det. Om någon kommer, tryck på Lämna snabbt: sidan försvinner direkt.
widget-start = Börja
widget-share-title = Vill du dela dina svar?
widget-share-body = Om du vill kan du dela dina svar med { $organisation }. Svaren är krypterade, så bara { $organisation } kan läsa dem. Ditt namn finns inte med. Du ser ditt resultat oavsett vad du väljer.
widget-share-yes = Dela mina svar
widget-share-no = Dela inte
widget-shared = Dina svar har delats med { $organisation }, krypterade.
widget-result-title = Ditt resultat
widget-result-concern = Några av dina svar visar att du kanske behöver hjälp eller skydd. Det är inte ditt fel, och du behöver inte klara det här ensam.
widget-result-unclear = Många frågor lämnades obesvarade, så den här kollen kan inte säga så mycket. Om något oroar dig är det helt okej att prata med någon om det.
widget-result-no-concern = Dina svar visar inga tydliga skäl till oro. Om något ändå oroar dig är det helt okej att prata med någon om det.
widget-result-not-a-decision = Den här kollen avgör ingenting om dig, och den anmäler dig inte till någon. Bara du bestämmer vad som ska hända nu.
widget-emergency = Om du är i fara just nu, ring 112.
widget-help-title = Här kan du få hjälp
widget-start-over = Rensa mina svar och börja om

## The app's own screens. Instrument texts are in identification.ftl, needs.ftl,
## risk.ftl; texts every instrument shares are in common.ftl.

app-name = Trygg
app-tagline = Izvērtējumi, kas paliek šajā ierīcē

## Quick exit: hides the app at once.
quick-exit = Ātrā iziešana
quick-exit-hint = Uzreiz paslēpj lietotni. Varat arī divreiz nospiest taustiņu Esc.

## Actions used on many screens
action-back = Atpakaļ
action-next = Tālāk
action-cancel = Atcelt
action-back-to-cases = Atpakaļ uz gadījumiem

## Home screen
home-title = Gadījumi šajā ierīcē
home-empty-title = Šajā ierīcē vēl nav neviena gadījuma
home-empty-body = Gadījumā tiek apkopoti izvērtējumi, ko veicat kopā ar vienu sievieti. To apzīmē ar kodu, nevis ar viņas vārdu, un tas nekad neatstāj šo ierīci, ja vien jūs to neeksportējat šifrētā veidā.
home-new-case = Sākt jaunu gadījumu
home-search-label = Meklēt gadījumu pēc koda
home-search-none = Šajā ierīcē nav gadījuma ar šādu kodu.
home-list-limited = Sarakstā ir tikai nesen mainītie gadījumi. Meklējiet pēc koda vai parādiet visus.
home-show-all = Rādīt visus gadījumus ({ $count })
home-case-updated = Pēdējās izmaiņas: { $date }
home-case-no-assessments = Vēl nav izvērtējumu
home-resume = Pēdējā nepabeigtā saruna: { $instrument }, gadījums { $code }.
home-resume-button = Turpināt no vietas, kur pārtraucāt
home-case-assessment = { $name }: { $stage }, atbildēts { $answered }/{ $total }

## Where an assessment stands
stage-not-started = nav sākts
stage-in-progress = procesā
stage-complete = pabeigts

## New case and consent
new-case-title = Jauns gadījums
new-case-code-label = Gadījuma kods
new-case-code-hint = Kods aizstāj viņas vārdu. Ja gadījums vēlāk būs jāatrod, glabājiet kodu drošā vietā atsevišķi no šīs ierīces. Kodu var mainīt.
new-case-code-invalid = Gadījuma kodā ir seši burti un cipari, piemēram, K7M-4QX (bez 0, O, 1, I, L, U un V).
new-case-code-taken = Šajā ierīcē jau ir cits gadījums ar šo kodu.
new-case-role-label = Jūsu loma
new-case-role-hint = Piekrišanu reģistrē kopā ar jūsu lomu, nekad ar jūsu vārdu.
new-case-create = Izveidot gadījumu
role-outreach-worker = Ielu darba speciālists
role-case-manager = Gadījuma vadītājs
role-shelter-worker = Patversmes darbinieks
role-other-professional = Cits speciālists

consent-record-legend = Vai atbildes drīkst saglabāt šajā ierīcē?
consent-record-explain = Pirms kaut kas tiek saglabāts, pastāstiet viņai saviem vārdiem, kas tiks saglabāts, ka dati paliek šifrēti šajā ierīcē, ka viņa var jebkurā brīdī pārtraukt un ka viņa var izlaist jebkuru jautājumu. Tad pajautājiet viņai.
consent-record-yes = Jā, viņa piekrīt, ka atbildes tiek saglabātas
consent-record-no = Nē, viņa nepiekrīt
consent-record-needed = Lūdzu, atzīmējiet viņas atbildi: bez viņas piekrišanas nekas netiek saglabāts.
consent-share-legend = Vai rezultātus drīkst šifrētā veidā nodot jūsu organizācijai?
consent-share-explain = To varat pajautāt arī vēlāk, pirms kaut kas tiek nodots. Viņas atbilde šeit nemaina palīdzību, ko viņa var saņemt.
consent-share-yes = Jā, viņa piekrīt, ka rezultātus drīkst nodot šifrētā veidā
consent-share-no = Nē, pagaidām ne
consent-declined-title = Nekas nav saglabāts
consent-declined-body = Viņas lēmums tiek respektēts: gadījums netika izveidots, un par viņu šajā ierīcē nekas netiek glabāts. Jūs joprojām varat viņai palīdzēt, neko nesaglabājot:
consent-declined-step-listen = Uzklausiet viņu un pastāstiet par viņas tiesībām un atbalstu, ko viņa var saņemt, neatkarīgi no tā, vai viņa sniedz liecību policijai.
consent-declined-step-contacts = Ja viņa vēlas, iedodiet viņai atbalsta dienestu un drošas naktsmītnes kontaktinformāciju.
consent-declined-step-later = Pasakiet viņai, ka viņa var pie tā atgriezties jebkurā laikā, ja pārdomās.
consent-declined-change = Viņa ir pārdomājusi

consent-record-short = Saglabāšana šajā ierīcē
consent-share-short = Rezultātu nodošana
consent-not-asked = Vēl nav jautāts
consent-given = Piekrišana dota: { $date }
consent-declined = Piekrišana nav dota: { $date }
consent-withdrawn = Piekrišana atsaukta: { $date }

## A case
case-title = Gadījums { $code }
case-created = Izveidots
case-assessments = Izvērtējumi
case-assessment-started = sākts: { $date }
case-assessment-progress = { $stage }, atbildēts { $answered }/{ $total }
case-continue = Turpināt
case-review-answers = Pārskatīt atbildes
case-see-result = Skatīt rezultātu
case-start-heading = Sākt jaunu izvērtējumu
case-start-assessment = { $instrument }
case-more = Ziņojums un gadījums
case-report = Drukājams ziņojums
case-delete = Dzēst šo gadījumu
case-delete-confirm-title = Vai dzēst šo gadījumu?
case-delete-confirm-body = Gadījums { $code } un visi tā izvērtējumi tiks izdzēsti no šīs ierīces. To nevar atsaukt.
case-delete-confirm = Jā, dzēst gadījumu
case-delete-keep = Nē, paturēt
case-missing-title = Šī gadījuma nav šajā ierīcē
case-missing-body = Iespējams, tas ir izdzēsts. Nekas cits nav mainījies.

## The interview
assessment-back-to-case = Gadījums { $code }
assessment-back-to-case-short = Atpakaļ uz gadījumu
assessment-section-of = { $current }. daļa no { $total }
assessment-answered-of = Atbildēti jautājumi: { $answered } no { $total }
assessment-section-count = ({ $answered }/{ $total })
assessment-overview = Visas šī izvērtējuma daļas
assessment-see-result = Skatīt rezultātu
question-hint-toggle = Kāpēc šis jautājums?
question-clear = Notīrīt atbildi
question-note-toggle = Piezīme
question-note-label = Jūsu piezīme par šo jautājumu
need-urgency-label = Cik drīz viņai tas ir vajadzīgs?
need-status-label = Pašreizējais stāvoklis
need-service-label = Pakalpojums vai organizācija (nav obligāti)

## Results
result-title = Rezultāts: { $instrument }
result-back-to-case = Atpakaļ uz gadījumu
result-review-answers = Pārskatīt atbildes
result-unavailable = Šo rezultātu nevar parādīt. Atbildes ir saglabātas nemainītas.
result-by-dimension = Ko atbildes parāda, pa daļām
result-indicators-seen = Konstatēts
result-indicators-unknown = Vēl nav zināms
result-note = Jūsu piezīme: { $note }
result-needs-count = { $count ->
    [0] Vēl nav atzīmēta neviena vajadzība.
    [zero] Atbalsta plānā ir { $count } vajadzības.
    [one] Atbalsta plānā ir { $count } vajadzība.
   *[other] Atbalsta plānā ir { $count } vajadzības.
}
result-needs-none = Vēl nav atzīmēta neviena vajadzība.
result-need-service = Pakalpojums: { $service }
result-none = Nav.
result-risk-reasons = Uz ko balstās līmenis
result-points = Punkti: { $points }
result-raise-toggle = Paaugstināt līmeni, pamatojoties uz profesionālo vērtējumu
result-raise-level = Jaunais līmenis
result-raise-reason = Pamatojums (obligāts)
result-raise-reason-needed = Lūdzu, uzrakstiet, kāpēc jūs paaugstināt līmeni.
result-raise-save = Paaugstināt līmeni
result-return = Atgriešanās izcelsmes valstī vai citā valstī

## The printable report
report-title = Gadījuma { $code } ziņojums
report-print = Drukāt
report-printed = Izdrukāts: { $date }
report-assessment-dates = Sākts: { $started }, pēdējās izmaiņas: { $updated }
report-answers = Visas atbildes
report-confidential = Konfidenciāli. Šajā ziņojumā ir sensitīvi personas dati: glabājiet to slēgtā vietā, rādiet to tikai tiem, kam tas vajadzīgs, lai viņai palīdzētu, un iznīciniet to, kad tas vairs nav vajadzīgs.

## Starting, saving, locking
starting = Notiek Trygg atvēršana…
save-saving = Notiek saglabāšana…
save-saved = Visas atbildes saglabātas
save-failed-short = Nav saglabāts
save-failed-title = Jūsu pēdējās atbildes vēl nevarēja saglabāt.
save-retry = Mēģināt vēlreiz
lock-now = Bloķēt

## First start: the passphrase
setup-title = Aizsargājiet šīs ierīces datus
setup-explain = Viss, ko ierakstāt Trygg, šajā ierīcē tiek šifrēts ar paroles frāzi, ko zināt tikai jūs. Tā būs vajadzīga katru reizi, kad atverat Trygg, un pēc automātiskās bloķēšanas.
setup-no-recovery = Ja paroles frāze ir aizmirsta, neviens nevar atgūt datus: ne jūs, ne jūsu organizācija, ne Trygg veidotāji. Tad vienīgā izeja ir izdzēst visu šajā ierīcē.
setup-passphrase = Paroles frāze
setup-passphrase-hint =
    { $min ->
        [zero] Vismaz { $min } rakstzīmes.
        [one] Vismaz { $min } rakstzīme.
       *[other] Vismaz { $min } rakstzīmes.
    } Dažus savstarpēji nesaistītus vārdus ir vieglāk atcerēties un grūtāk uzminēt nekā vienu vārdu ar simboliem.
setup-repeat = Atkārtojiet paroles frāzi
setup-strength-weak =
    { $min ->
        [zero] Pārāk viegli uzminēt. Jāizmanto vismaz { $min } rakstzīmes un jāapvieno vārdi, cipari vai zīmes.
        [one] Pārāk viegli uzminēt. Jāizmanto vismaz { $min } rakstzīme un jāapvieno vārdi, cipari vai zīmes.
       *[other] Pārāk viegli uzminēt. Jāizmanto vismaz { $min } rakstzīmes un jāapvieno vārdi, cipari vai zīmes.
    }
setup-strength-fair = Pieņemama. Jo garāka, jo drošāka.
setup-strength-strong = Gara un daudzveidīga. Pārliecinieties, ka tā nav kaut kas, ko citi par jums zina.
setup-too-short =
    { $min ->
        [zero] Paroles frāzē jāizmanto vismaz { $min } rakstzīmes.
        [one] Paroles frāzē jāizmanto vismaz { $min } rakstzīme.
       *[other] Paroles frāzē jāizmanto vismaz { $min } rakstzīmes.
    }
setup-mismatch = Abas paroles frāzes nesakrīt.
setup-submit = Iestatīt paroles frāzi
setup-working = Dati tiek aizsargāti…

## Unlocking
unlock-title = Lietotne Trygg ir bloķēta
unlock-explain = Ievadiet savu paroles frāzi, lai atvērtu šīs ierīces gadījumus.
unlock-passphrase = Paroles frāze
unlock-submit = Atbloķēt
unlock-working = Notiek atbloķēšana…
unlock-wrong = Šī paroles frāze neatver šīs ierīces datus. Pārbaudiet, vai nav drukas kļūdu, un mēģiniet vēlreiz.
unlock-forgotten = Aizmirsāt paroles frāzi?
unlock-forgotten-explain = Paroles frāzi nevar atgūt, un bez tās datus nevar atvērt. Varat izdzēst visu šajā ierīcē un sākt no jauna ar jaunu paroles frāzi.
erase-understood = Es saprotu, ka visi šīs ierīces gadījumi tiks neatgriezeniski izdzēsti.
erase-submit = Dzēst visus datus šajā ierīcē
no-storage-title = Trygg šajā pārlūkprogrammā nevar glabāt datus
no-storage-body = Šī pārlūkprogramma neļauj Trygg neko saglabāt (tā notiek dažos privātajos logos un ar dažiem privātuma iestatījumiem). Nekas nav saglabāts. Lai ierakstītu izvērtējumus, atveriet Trygg parastā logā vai citā pārlūkprogrammā.

## Storage problems
storage-error-unavailable = Pārlūkprogramma pašlaik neļauj Trygg šeit glabāt datus. Iepriekš saglabātais nav mainījies.
storage-error-quota = Ierīce ir pilna, tāpēc pēdējās izmaiņas nevarēja saglabāt. Viss iepriekš saglabātais ir drošībā. Atbrīvojiet vietu ierīcē un tad izvēlieties „Mēģināt vēlreiz”.
storage-error-connection = Pārlūkprogramma aizvēra Trygg datu krātuvi. Viss iepriekš saglabātais ir drošībā. Izvēlieties „Mēģināt vēlreiz”; ja tas atkārtojas, pārlādējiet lapu.
storage-error-no-vault = Dati šajā ierīcē tika izdzēsti, iespējams, citā logā. Trygg sāksies no jauna.
storage-error-vault-exists = Šajā ierīcē jau ir paroles frāze. Pārlādējiet lapu, lai atbloķētu.
storage-error-locked = Lietotne tika bloķēta. Atbloķējiet to, lai turpinātu; nekas no saglabātā nav mainījies.
storage-error-conflict = Cits logs tajā pašā brīdī mainīja tos pašus datus. Mēģiniet vēlreiz.
storage-error-corrupt = Daļa saglabāto datu ir bojāta un nav atverama. Nekas cits nav mainījies.
storage-error-too-new = Šie dati tika saglabāti ar jaunāku Trygg versiju. Lai tos atvērtu, atjauniniet Trygg.
storage-error-other = Saglabājot radās kļūda. Viss iepriekš saglabātais ir drošībā. Mēģiniet vēlreiz.

## Settings
settings-title = Iestatījumi
settings-saved = Saglabāts.
settings-lock-heading = Bloķēšana
settings-idle-label = Bloķēt lietotni, ja tā nav izmantota šādu laiku:
settings-minutes = { $minutes ->
    [zero] { $minutes } minūtes
    [one] { $minutes } minūte
   *[other] { $minutes } minūtes
}
settings-retention-heading = Gadījumu glabāšana
settings-retention-label = Atzīmēt gadījumus pārskatīšanai, ja tie nav mainīti šādu laiku:
settings-retention-hint = Jūsu organizācija nosaka, cik ilgi gadījumus drīkst glabāt. Atzīmētie gadījumi netiek dzēsti: lēmumu pieņemat jūs.
settings-retention-none = Neatzīmēt
settings-days = { $days ->
    [zero] { $days } dienas
    [one] { $days } diena
   *[other] { $days } dienas
}
settings-persist-heading = Datu saglabāšana šajā ierīcē
settings-persist-yes = Pārlūkprogramma saglabā Trygg datus arī tad, kad vietas kļūst maz.
settings-persist-no = Pārlūkprogramma var izdzēst Trygg datus, kad vietas kļūst maz. To var novērst, instalējot Trygg kā lietotni vai atļaujot pastāvīgu datu glabāšanu.
settings-persist-unknown = Šī pārlūkprogramma nenorāda, vai tā saglabā Trygg datus, kad vietas kļūst maz.
settings-passphrase-heading = Paroles frāze
settings-passphrase-old = Pašreizējā paroles frāze
settings-passphrase-new = Jaunā paroles frāze
settings-passphrase-submit = Mainīt paroles frāzi
settings-passphrase-changed = Paroles frāze ir nomainīta. No šī brīža izmantojiet jauno.
settings-passphrase-wrong-old = Pašreizējā paroles frāze nav pareiza; nekas netika mainīts.
settings-erase-heading = Dzēst visu
settings-erase-explain = Izdzēš visus šīs ierīces gadījumus un paroles frāzi. To nevar atsaukt.

## The same case in two windows
case-read-only = Šis gadījums ir atvērts citā logā vai cilnē. Šeit to var lasīt; lai to rediģētu šeit, aizveriet to tur.
case-opening = Notiek gadījuma atvēršana…
home-unreadable = Saglabātie gadījumi, kurus nevarēja atvērt bojātu datu dēļ: { $count }. Tie tiek glabāti nemainīti.
home-review-due = Nav mainīts ilgāk, nekā jūsu organizācija glabā gadījumus: izvērtējiet, vai to paturēt.

## Updates
update-ready = Ir gatava jauna Trygg versija.
update-now = Atjaunināt tagad

## Errors shown to the user
error-app-start = Trygg neizdevās palaist šajā pārlūkprogrammā. Jūsu saglabātie dati nav mainīti. Mēģiniet pārlādēt lapu.

## Sharing: organisation keys, exports and opening exports

home-sharing-heading = Rezultātu nodošana
home-export = Eksportēt gadījumus
home-open-export = Atvērt eksporta failu
case-export = Eksportēt šo gadījumu
file-error-too-large = Šis fails ir pārāk liels, lai būtu tas, ko meklējat.
file-error-unreadable = Failu nevarēja nolasīt. Izvēlieties to vēlreiz vai pārbaudiet, vai tas joprojām pastāv.

keys-heading = Organizācijas atslēgas
keys-explain = Eksporta faili tiek šifrēti ar jūsu organizācijas publisko atslēgu, lai tos varētu izlasīt tikai tas, kuram ir atbilstošā slepenā atslēga. Publisko atslēgu jums iedod jūsu organizācija; tā sākas ar „age1”.
keys-none = Šajā ierīcē vēl nav nevienas organizācijas atslēgas.
keys-add-heading = Pievienot publisko atslēgu
keys-label = Šīs atslēgas nosaukums
keys-label-hint = Piemēram, organizācija un birojs. Nevis personas vārds.
keys-public = Publiskā atslēga (age1…)
keys-load-file = Vai ielādēt atslēgu no faila
keys-add = Pievienot atslēgu
keys-added = Atslēga pievienota.
keys-removed = Atslēga noņemta.
keys-remove = Noņemt
keys-remove-named = Noņemt atslēgu { $label }
keys-error-empty = Ielīmējiet publisko atslēgu vai izvēlieties failu, kurā tā ir.
keys-error-secret = Šī ir slepenā atslēga. Nekad nedodiet to lietotnei: ielīmējiet publisko atslēgu, kas sākas ar „age1”.
keys-error-not-public = Šī nav publiskā atslēga. Publiskā atslēga sākas ar „age1”, un tajā ir 62 rakstzīmes.
keys-error-not-secret = Šī nav slepenā atslēga. Slepenā atslēga sākas ar „AGE-SECRET-KEY-”.
keys-error-no-label = Piešķiriet atslēgai nosaukumu, lai varētu to atšķirt no citām.
keys-error-duplicate = Šī atslēga jau ir sarakstā.
keys-create-heading = Izveidot organizācijas atslēgu
keys-create-explain = Dariet to vienu reizi savai organizācijai datorā, kuram uzticaties. Lietotne saglabā slepeno atslēgu failā un parāda publisko atslēgu, ko darbinieki pievieno savās ierīcēs.
keys-create-warning = Glabājiet slepenās atslēgas failu drošā vietā bezsaistē, piemēram, USB zibatmiņā slēgtā atvilktnē, un glabājiet arī tā kopiju. Ikviens, kam ir šis fails, var izlasīt visus eksporta failus, kas izveidoti šai atslēgai. Ja fails pazūd, šos eksporta failus vairs nekad nevarēs izlasīt. Lietotne to neglabā.
keys-create = Izveidot atslēgu un saglabāt slepenās atslēgas failu
keys-create-saved = Slepenā atslēga saglabāta lejupielāžu mapē ar nosaukumu { $file }. Tūlīt pārvietojiet to uz drošu vietu.
keys-create-failed = Slepenās atslēgas failu nevarēja saglabāt. Nekas netika izveidots; mēģiniet vēlreiz.
keys-create-public = Publiskā atslēga, kas jāiedod darbiniekiem:
keys-copy = Kopēt publisko atslēgu
keys-copied = Publiskā atslēga nokopēta.
keys-copy-failed = Pārlūkprogramma neatļāva kopēt. Atlasiet atslēgu un nokopējiet to manuāli.

export-title = Eksportēt gadījumus
export-explain = Eksports ir viens šifrēts fails. To var atvērt tikai ar organizācijas atslēgām vai jūsu izvēlētu paroles frāzi. Gadījumus eksportē tikai tad, ja viņa ir piekritusi to nodošanai.
export-cases-legend = Eksportējamie gadījumi
export-no-consent = Šim gadījumam nav reģistrēta piekrišana nodošanai.
export-record-consent = Viņa ir piekritusi nodošanai: reģistrēt piekrišanu
export-protect-legend = Kas drīkst atvērt failu
export-method-keys = Organizācijas atslēgas
export-method-passphrase = Paroles frāze
export-keys-legend = Organizācijas atslēgas
export-no-keys = Šajā ierīcē vēl nav nevienas organizācijas atslēgas. Pievienojiet savas organizācijas publisko atslēgu sadaļā Iestatījumi vai izmantojiet paroles frāzi.
export-go-settings = Atvērt iestatījumus
export-passphrase-hint =
    { $min ->
        [zero] Vismaz { $min } rakstzīmes.
        [one] Vismaz { $min } rakstzīme.
       *[other] Vismaz { $min } rakstzīmes.
    } Paziņojiet to personai, kas atvērs failu, citā veidā, nevis kopā ar failu, piemēram, pa tālruni.
export-passphrase = Šī faila paroles frāze
export-submit = Eksportēt
export-busy = Notiek šifrēšana…
export-done = { $count ->
    [zero] { $count } gadījumi eksportēti lejupielāžu mapē kā { $file }.
    [one] { $count } gadījums eksportēts lejupielāžu mapē kā { $file }.
   *[other] { $count } gadījumi eksportēti lejupielāžu mapē kā { $file }.
}
export-error-no-cases = Izvēlieties vismaz vienu gadījumu, kura nodošanai viņa ir piekritusi.
export-error-no-keys = Izvēlieties vismaz vienu organizācijas atslēgu.
export-error-short =
    { $min ->
        [zero] Paroles frāzē jāizmanto vismaz { $min } rakstzīmes.
        [one] Paroles frāzē jāizmanto vismaz { $min } rakstzīme.
       *[other] Paroles frāzē jāizmanto vismaz { $min } rakstzīmes.
    }
export-error-save = Failu nevarēja saglabāt. Nekas netika nodots; mēģiniet vēlreiz.

open-title = Atvērt eksporta failu
open-explain = Izlasiet šifrētu eksporta failu šajā ierīcē. Fails tiek atvērts tikai atmiņā; nekas netiek saglabāts, ja vien neimportējat gadījumu.
open-file-label = Eksporta fails (.trygg.age)
open-unlock-legend = Ar ko atvērt
open-with-key-file = Slepenās atslēgas fails
open-with-pasted-key = Ielīmēta slepenā atslēga
open-with-passphrase = Paroles frāze
open-key-file-label = Slepenās atslēgas fails
open-pasted-key-label = Slepenā atslēga (AGE-SECRET-KEY-…)
open-passphrase-label = Faila paroles frāze
open-not-stored = Atslēgu vai paroles frāzi izmanto vienu reizi un nekad nesaglabā.
open-submit = Atvērt
open-busy = Notiek atvēršana…
open-another = Atvērt citu failu
open-back-to-export = Atpakaļ uz eksporta failu
open-summary = { $count ->
    [zero] { $count } gadījumi. Eksportēšanas laiks: { $date }; Trygg versija { $version }.
    [one] { $count } gadījums. Eksportēšanas laiks: { $date }; Trygg versija { $version }.
   *[other] { $count } gadījumi. Eksportēšanas laiks: { $date }; Trygg versija { $version }.
}
open-case-details = { $count ->
    [zero] { $count } izvērtējumi, pēdējās izmaiņas: { $date }
    [one] { $count } izvērtējums, pēdējās izmaiņas: { $date }
   *[other] { $count } izvērtējumi, pēdējās izmaiņas: { $date }
}
open-read-report = Lasīt ziņojumu
open-import = Importēt šajā ierīcē
open-imported = Gadījums tagad ir šajā ierīcē.
open-same-version = Šajā ierīcē jau ir tieši šī gadījuma versija.
open-import-all = Importēt visus gadījumus ({ $count })
open-import-all-imported = { $count ->
    [zero] Importēti { $count } gadījumi.
    [one] Importēts { $count } gadījums.
   *[other] Importēti { $count } gadījumi.
}
open-import-all-same = { $count ->
    [zero] { $count } gadījumi šajā ierīcē jau bija nemainīti.
    [one] { $count } gadījums šajā ierīcē jau bija nemainīts.
   *[other] { $count } gadījumi šajā ierīcē jau bija nemainīti.
}
open-import-all-to-choose = { $count ->
    [zero] { $count } gadījumi šajā ierīcē ir citā versijā. Zemāk katram izvēlieties, kuru versiju paturēt.
    [one] { $count } gadījums šajā ierīcē ir citā versijā. Zemāk izvēlieties, kuru versiju paturēt.
   *[other] { $count } gadījumi šajā ierīcē ir citā versijā. Zemāk katram izvēlieties, kuru versiju paturēt.
}
open-conflict-title = Šis gadījums jau ir šajā ierīcē
open-conflict-body = Šajā ierīcē esošā versija pēdējo reizi mainīta: { $device }. Failā esošā versija pēdējo reizi mainīta: { $file }. Vai aizstāt šīs ierīces versiju ar faila versiju?
open-conflict-replace = Aizstāt ar faila versiju
open-conflict-keep = Paturēt šīs ierīces versiju
open-error-no-file = Vispirms izvēlieties eksporta failu.
open-error-no-key-file = Izvēlieties slepenās atslēgas failu.
open-error-no-passphrase = Ievadiet faila paroles frāzi.
open-error-empty = Fails ir tukšs. Iespējams, tas netika saglabāts pilnībā; palūdziet to vēlreiz.
open-error-too-large = Fails ir lielāks par { $mib } MiB, t. i., lielāks nekā jebkurš Trygg eksporta fails. Tas netika nolasīts.
open-error-not-age = Šis nav šifrēts Trygg eksporta fails. Pārbaudiet, vai izvēlējāties pareizo failu (tā nosaukums beidzas ar .trygg.age).
open-error-damaged = Fails ir bojāts vai nepilnīgs, tāpēc to nevar atvērt. Palūdziet to nosūtīt vēlreiz.
open-error-needs-passphrase = Šis fails ir aizsargāts ar paroles frāzi, nevis ar atslēgu. Izvēlieties „Paroles frāze”.
open-error-needs-key = Šis fails ir aizsargāts ar organizācijas atslēgām, nevis ar paroles frāzi. Izvēlieties slepeno atslēgu.
open-error-wrong-key = Ar šo atslēgu failu nevar atvērt. Fails ir izveidots citai atslēgai, vai arī tas ir bojāts.
open-error-wrong-passphrase = Paroles frāze nav pareiza, vai arī fails ir bojāts. Pārbaudiet paroles frāzi un mēģiniet vēlreiz.
open-error-too-much-work = Lai atvērtu šo failu, būtu vajadzīgs vairāk atmiņas, nekā šī ierīce atļauj. Atveriet to datorā ar komandrindas rīku trygg.
open-error-not-trygg = Fails tika atvērts, bet tajā ir kaut kas cits, nevis Trygg eksports.
open-error-too-new = Šis eksporta fails ir izveidots ar jaunāku Trygg versiju. Lai to atvērtu, atjauniniet Trygg.
open-error-invalid = Eksporta fails tika atvērts, bet tā saturs ir bojāts. Palūdziet to nosūtīt vēlreiz.

## Languages: the picker in the header, and her language in an interview
language-label = Valoda
language-draft = Tulkojuma melnraksts
language-draft-explain = To vēl nav pārskatījis cilvēks, kurš brīvi runā šajā valodā. Svarīgus formulējumus pārbaudiet kopā ar tulku.
language-load-failed = Šo valodu ({ $language }) pašlaik neizdevās ielādēt šajā ierīcē, tāpēc teksti paliek nemainīti. Mēģiniet vēlreiz, kad ierīce ir savienota ar internetu.
respondent-language-label = Viņas valoda
respondent-language-hint = Katrs jautājums tiek parādīts jūsu valodā un zem tā – viņas valodā, lai viņa varētu lasīt līdzi vai tulks varētu pārbaudīt formulējumu.
respondent-load-failed = Jautājumus pašlaik nevar parādīt viņas valodā ({ $language }), tikai jūsu valodā. Mēģiniet vēlreiz, kad ierīce ir savienota ar internetu.
action-close = Aizvērt

## Training with fictional cases

training-mark = Mācības — izdomāts gadījums. Nekas šeit nav īsts, un nekas netiek glabāts.
training-entry-heading = Mācības
training-entry-explain = Vingrinieties identificēšanā ar izdomātiem gadījumiem, piemēram, seminārā. Paroles frāze nav vajadzīga: mācību režīms nekad neskar īstus gadījumus.
training-entry = Vingrināties ar izdomātu gadījumu
training-load-failed = Mācību gadījumus šobrīd neizdevās ielādēt šajā ierīcē. Mēģiniet vēlreiz, kad ierīce ir pieslēgta internetam.
training-title = Mācības
training-leave = Iziet no mācībām
training-explain = Izlasiet izdomātas sievietes stāstu, atbildiet uz identificēšanas jautājumiem tā, it kā būtu viņu satikuši, un salīdziniet savas atbildes ar pieredzējušu speciālistu atbildēm. Jūsu atbildes tiek glabātas tikai līdz brīdim, kad izejat no mācībām.
training-scenarios = Scenāriji
training-start = Vingrināties ar šo scenāriju
training-open-file = Vai arī atveriet scenārija failu, ko jums devis pasniedzējs (.trygg-scenario.json)
training-trainers = Pasniedzējiem
training-trainers-explain = Atveriet dalībnieku saglabātos rezultātu failus, lai redzētu, kā grupa atbildēja katrā scenārijā.
training-group-summary = Grupas kopsavilkums
training-back-to-scenarios = Atpakaļ uz scenārijiem
training-story-explain = Vispirms izlasiet visu stāstu. Tad atbildiet uz jautājumiem, balstoties uz to, kas stāstā teikts: ja tajā par to nekas nav teikts, atbildiet „Nezina”.
training-begin = Atbildēt uz identificēšanas jautājumiem
training-feedback-title = Atgriezeniskā saite: { $scenario }
training-agreement = Pazīmes, kurās jūsu atbildes sakrīt ar etalonu: { $matched } no { $total } ({ $percent }%).
training-conclusion = Secinājums
training-conclusion-same = Jūsu secinājums ir tāds pats kā etalonā.
training-conclusion-different = Jūsu secinājums atšķiras no etalona. Tālāk norādītās atšķirības paskaidro, kāpēc.
training-yours = Jūsu atbildes
training-reference = Etalons
training-yours-reference = Jums: { $yours }. Etalonā: { $reference }.
training-finding-present = pazīme konstatēta
training-finding-absent = pazīmes nav
training-finding-unknown = nav zināms
training-finding-not-relevant = nav jautāts
training-missed = { $count ->
    [zero] { $count } nepamanītas pazīmes
    [one] { $count } nepamanīta pazīme
   *[other] { $count } nepamanītas pazīmes
}
training-missed-explain = Stāstā šīs pazīmes ir redzamas, bet saskaņā ar jūsu atbildēm to nav.
training-over-called = { $count ->
    [zero] { $count } pazīmes, kuras konstatējāt jūs, bet etalonā to nav
    [one] { $count } pazīme, kuru konstatējāt jūs, bet etalonā tās nav
   *[other] { $count } pazīmes, kuras konstatējāt jūs, bet etalonā to nav
}
training-over-called-explain = Saskaņā ar jūsu atbildēm šīs pazīmes ir, bet stāsts to neapstiprina.
training-unknown = { $count ->
    [zero] { $count } pazīmes, kas zināmas tikai vienai pusei
    [one] { $count } pazīme, kas zināma tikai vienai pusei
   *[other] { $count } pazīmes, kas zināmas tikai vienai pusei
}
training-unknown-explain = Viena puse atbildēja „Nezina” (vai nenonāca līdz šim jautājumam), bet otrai pusei bija atbilde.
training-matched-list = { $count ->
    [zero] { $count } pazīmes, kurās jūsu atbildes sakrīt ar etalonu
    [one] { $count } pazīme, kurā jūsu atbilde sakrīt ar etalonu
   *[other] { $count } pazīmes, kurās jūsu atbildes sakrīt ar etalonu
}
training-dimensions = Pa dimensijām
training-dimension = Dimensija
training-save-heading = Saglabājiet savu rezultātu
training-save-explain = Jūsu pasniedzējs var apkopot visas grupas rezultātus. Failā ir jūsu atbildes par šo izdomāto gadījumu un, ja vēlaties, segvārds; nekas cits.
training-nickname = Segvārds (nav obligāti)
training-save = Saglabāt manu rezultātu failu
training-saved = Saglabāts lejupielāžu mapē ar nosaukumu { $file }.
training-save-failed = Failu nevarēja saglabāt. Mēģiniet vēlreiz.
training-summary-title = Grupas kopsavilkums
training-summary-explain = Izvēlieties savas grupas rezultātu failus, visus uzreiz. Trygg tos apkopo pa scenārijiem; faili tiek nolasīti tikai šajā ierīcē.
training-result-files = Rezultātu faili (.trygg-training.json)
training-file-problem = { $file }: { $problem }
training-summary-counts = { $trainees ->
    [zero] { $trainees } dalībnieki. Tāds pats secinājums kā etalonā: { $agreeing }. Vidējā sakritība pazīmēs: { $percent }%.
    [one] { $trainees } dalībnieks. Tāds pats secinājums kā etalonā: { $agreeing }. Vidējā sakritība pazīmēs: { $percent }%.
   *[other] { $trainees } dalībnieki. Tāds pats secinājums kā etalonā: { $agreeing }. Vidējā sakritība pazīmēs: { $percent }%.
}
training-chart-conclusion = Secinājums salīdzinājumā ar etalonu
training-chart-agreeing = Tāds pats secinājums
training-chart-differing = Cits secinājums
training-chart-dimensions = Dalībnieki, kuru atbildes sakrīt ar etalonu, pa dimensijām
training-chart-missed = Visbiežāk nepamanītās pazīmes
training-chart-over-called = Pazīmes, kas visbiežāk konstatētas, lai gan etalonā to nav
training-error-not-scenario = Šis nav Trygg scenārija fails.
training-error-not-result = Šis nav Trygg mācību rezultātu fails.
training-error-too-new = Šis fails ir izveidots ar jaunāku Trygg versiju. Lai to atvērtu, atjauniniet Trygg.
training-error-damaged = Šis fails ir bojāts un nav nolasāms.
training-error-no-reference = Šajā scenārijā nav identificēšanas etalona atbilžu, tāpēc ar to nevar vingrināties.
training-error-unknown-scenario = Šis rezultāts attiecas uz scenāriju, kas nav ielādēts. Vispirms atveriet šī scenārija failu.

## Training: the scenario editor

training-write = Rakstīt scenāriju
training-editor-title = Uzrakstiet scenāriju
training-editor-explain = Uzrakstiet izdomātas sievietes stāstu īsās daļās, atbildiet uz identificēšanas jautājumiem tā, kā pieredzējis speciālists atbildētu, balstoties uz šo stāstu, un katrai pazīmei paskaidrojiet, kāpēc tā ir vai nav konstatēta. Pēc tam saglabājiet failu un iedodiet to saviem dalībniekiem. Viss paliek šajā ierīcē, līdz jūs to saglabājat.
training-editor-title-label = Nosaukums
training-editor-summary-label = Viens teikums par scenāriju
training-editor-story = Stāsts
training-editor-part = { $number }. daļa
training-editor-add-part = Pievienot daļu
training-editor-reference = Etalona atbildes
training-editor-answered = { $count ->
    [zero] Līdz šim atbildēts uz { $count } jautājumiem.
    [one] Līdz šim atbildēts uz { $count } jautājumu.
   *[other] Līdz šim atbildēts uz { $count } jautājumiem.
}
training-editor-answer = Sniegt etalona atbildes uz identificēšanas jautājumiem
training-editor-explanations = Kāpēc katra pazīme ir vai nav konstatēta
training-editor-explanations-explain = Dalībnieki lasa šos paskaidrojumus, ja viņu atbilde atšķiras no etalona. Pietiek ar vienu vai diviem teikumiem par katru pazīmi.
training-editor-save = Saglabāt scenārija failu
training-editor-saved = Saglabāts lejupielāžu mapē ar nosaukumu { $file }.
training-editor-error-empty = Norādiet scenārija nosaukumu un uzrakstiet vismaz vienu stāsta daļu.
training-editor-error-no-answers = Vispirms sniedziet etalona atbildes uz identificēšanas jautājumiem.
## Logrīks: Trygg organizācijas pašas tīmekļa vietnē. Pašpārbaudē sieviete atbild pati.
widget-error-config = Šo veidlapu nevar parādīt, jo tā nav pareizi iestatīta. Lūdzu, paziņo par to organizācijai, kas uztur šo tīmekļa vietni.
widget-self-check-title = Privāta tavas situācijas pārbaude
widget-self-check-intro = Šie jautājumi ir par tavu situāciju un tavu drošību. Nav pareizu vai nepareizu atbilžu. Tu vienmēr vari atbildēt, ka nezini vai nevēlies atbildēt, un tu vari pārtraukt jebkurā brīdī.
widget-self-check-private = Tavas atbildes netiek saglabātas, un nekas netiek nosūtīts bez tavas piekrišanas. Ja kāds nāk, nospied „Ātrā iziešana“: lapa uzreiz pazudīs.
widget-start = Sākt
widget-share-title = Vai vēlies dalīties ar savām atbildēm?
widget-share-body = Ja vēlies, vari dalīties ar savām atbildēm ar šo organizāciju: { $organisation }. Atbildes ir šifrētas, tāpēc tās var izlasīt tikai { $organisation }. Tavs vārds netiek pievienots. Savu rezultātu tu redzēsi jebkurā gadījumā.
widget-share-yes = Dalīties ar manām atbildēm
widget-share-no = Nedalīties
widget-shared = Tavas atbildes šifrētā veidā nosūtītas šai organizācijai: { $organisation }.
widget-result-title = Tavs rezultāts
widget-result-concern = Dažas tavas atbildes liecina, ka tev varētu būt vajadzīga palīdzība vai aizsardzība. Tā nav tava vaina, un tev ar to nav jātiek galā vienai.
widget-result-unclear = Daudzi jautājumi palika neatbildēti, tāpēc šī pārbaude nevar daudz pateikt. Ja kaut kas tevi uztrauc, ir pilnīgi normāli par to ar kādu parunāt.
widget-result-no-concern = Tavas atbildes neuzrāda skaidrus iemeslus bažām. Ja kaut kas tevi tomēr uztrauc, ir pilnīgi normāli par to ar kādu parunāt.
widget-result-not-a-decision = Šī pārbaude neko par tevi neizlemj un par tevi nevienam neziņo. Tikai tu izlem, ko darīt tālāk.
widget-emergency = Ja tu tagad esi briesmās, zvani 112.
widget-help-title = Kur vari saņemt palīdzību
widget-start-over = Dzēst manas atbildes un sākt no jauna

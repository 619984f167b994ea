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

## Errors shown to the user
error-app-start = Trygg neizdevās palaist šajā pārlūkprogrammā. Jūsu saglabātie dati nav mainīti. Mēģiniet pārlādēt lapu.

## Languages: the picker in the header, and her language in an interview
language-label = Valoda
language-draft = Tulkojuma melnraksts
language-draft-explain = To vēl nav pārskatījis cilvēks, kurš brīvi runā šajā valodā. Svarīgus formulējumus pārbaudiet kopā ar tulku.
language-load-failed = Šo valodu ({ $language }) pašlaik neizdevās ielādēt šajā ierīcē, tāpēc teksti paliek nemainīti. Mēģiniet vēlreiz, kad ierīce ir savienota ar internetu.
respondent-language-label = Viņas valoda
respondent-language-hint = Katrs jautājums tiek parādīts jūsu valodā un zem tā – viņas valodā, lai viņa varētu lasīt līdzi vai tulks varētu pārbaudīt formulējumu.
respondent-load-failed = Jautājumus pašlaik nevar parādīt viņas valodā ({ $language }), tikai jūsu valodā. Mēģiniet vēlreiz, kad ierīce ir savienota ar internetu.
action-close = Aizvērt

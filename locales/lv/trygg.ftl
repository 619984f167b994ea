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

## Errors shown to the user
error-app-start = Trygg neizdevās palaist šajā pārlūkprogrammā. Jūsu saglabātie dati nav mainīti. Mēģiniet pārlādēt lapu.

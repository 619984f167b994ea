## The app's own screens. Instrument texts are in identification.ftl, needs.ftl,
## risk.ftl; texts every instrument shares are in common.ftl.

app-name = Trygg
app-tagline = Hindamised, mis jäävad sellesse seadmesse

## Quick exit: hides the app at once.
quick-exit = Kiire väljumine
quick-exit-hint = Peidab rakenduse kohe. Võid ka vajutada kaks korda Esc-klahvi.

## Actions used on many screens
action-back = Tagasi
action-next = Edasi
action-cancel = Loobu
action-back-to-cases = Tagasi juhtumite juurde

## Home screen
home-title = Selle seadme juhtumid
home-empty-title = Selles seadmes pole veel ühtegi juhtumit
home-empty-body = Juhtum koondab hindamised, mille teed koos ühe naisega. Juhtumit tähistab kood, mitte tema nimi, ja see ei lahku kunagi sellest seadmest, kui sa seda ise krüpteeritult ei ekspordi.
home-new-case = Alusta uut juhtumit
home-search-label = Otsi juhtumit koodi järgi
home-search-none = Selles seadmes pole sellise koodiga juhtumit.
home-list-limited = Loetletud on ainult viimati muudetud juhtumid. Otsi koodi järgi või näita kõiki.
home-show-all = Näita kõiki juhtumeid ({ $count })
home-case-updated = Viimati muudetud { $date }
home-case-no-assessments = Hindamisi veel pole
home-resume = Viimane pooleli vestlus: { $instrument }, juhtum { $code }.
home-resume-button = Jätka sealt, kus pooleli jäi
home-case-assessment = { $name }: { $stage }, vastatud { $answered }/{ $total }

## Where an assessment stands
stage-not-started = alustamata
stage-in-progress = pooleli
stage-complete = lõpetatud

## New case and consent
new-case-title = Uus juhtum
new-case-code-label = Juhtumi kood
new-case-code-hint = Kood asendab tema nime. Kui sul on vaja juhtum hiljem üles leida, hoia koodi turvalises kohas, sellest seadmest eraldi. Koodi võid muuta.
new-case-code-invalid = Juhtumi koodis on kuus tähte ja numbrit, näiteks K7M-4QX (ilma märkideta 0, O, 1, I, L, U ja V).
new-case-code-taken = Selles seadmes on juba teine juhtum sama koodiga.
new-case-role-label = Sinu roll
new-case-role-hint = Nõusolek salvestatakse koos sinu rolliga, mitte kunagi sinu nimega.
new-case-create = Loo juhtum
role-outreach-worker = Tänavatöötaja
role-case-manager = Juhtumikorraldaja
role-shelter-worker = Turvakodu töötaja
role-other-professional = Muu spetsialist

consent-record-legend = Kas vastuseid võib sellesse seadmesse salvestada?
consent-record-explain = Enne kui midagi salvestatakse, räägi talle oma sõnadega, mida salvestatakse, et andmed jäävad krüpteeritult sellesse seadmesse, et ta võib igal ajal lõpetada ja et ta võib jätta ükskõik millise küsimuse vahele. Seejärel küsi temalt.
consent-record-yes = Jah, ta nõustub, et vastused salvestatakse
consent-record-no = Ei, ta ei nõustu
consent-record-needed = Palun märgi tema vastus: ilma tema nõusolekuta ei salvestata midagi.
consent-share-legend = Kas tulemusi võib krüpteeritult sinu organisatsiooniga jagada?
consent-share-explain = Võid seda küsida ka hiljem, enne kui midagi jagatakse. Tema vastus ei muuda abi, mida ta saada võib.
consent-share-yes = Jah, ta nõustub, et tulemusi võib krüpteeritult jagada
consent-share-no = Ei, praegu mitte
consent-declined-title = Midagi ei ole salvestatud
consent-declined-body = Tema otsust austatakse: juhtumit ei loodud ja tema kohta ei ole sellesse seadmesse midagi salvestatud. Võid teda aidata ka ilma midagi salvestamata:
consent-declined-step-listen = Kuula teda ja räägi talle tema õigustest ja toest, mida ta saada võib, olenemata sellest, kas ta annab politseile ütlusi.
consent-declined-step-contacts = Anna talle tugiteenuste ja turvalise peavarju kontaktandmed, kui ta neid soovib.
consent-declined-step-later = Ütle talle, et ta võib selle juurde igal ajal tagasi tulla, kui ta meelt muudab.
consent-declined-change = Ta on meelt muutnud

consent-record-short = Salvestamine sellesse seadmesse
consent-share-short = Tulemuste jagamine
consent-not-asked = Veel küsimata
consent-given = Nõusolek antud { $date }
consent-declined = Nõusolekust keeldutud { $date }
consent-withdrawn = Nõusolek tagasi võetud { $date }

## A case
case-title = Juhtum { $code }
case-created = Loodud
case-assessments = Hindamised
case-assessment-started = alustatud { $date }
case-assessment-progress = { $stage }, vastatud { $answered }/{ $total }
case-continue = Jätka
case-review-answers = Vaata vastused üle
case-see-result = Vaata tulemust
case-start-heading = Alusta uut hindamist
case-start-assessment = { $instrument }
case-more = Aruanne ja juhtum
case-report = Prinditav aruanne
case-delete = Kustuta see juhtum
case-delete-confirm-title = Kas kustutada see juhtum?
case-delete-confirm-body = Juhtum { $code } ja kõik selle hindamised kustutatakse sellest seadmest. Seda ei saa tagasi võtta.
case-delete-confirm = Jah, kustuta juhtum
case-delete-keep = Ei, jäta alles
case-missing-title = Seda juhtumit ei ole selles seadmes
case-missing-body = Võib-olla on see kustutatud. Midagi muud ei ole muutunud.

## The interview
assessment-back-to-case = Juhtum { $code }
assessment-back-to-case-short = Tagasi juhtumi juurde
assessment-section-of = Osa { $current }/{ $total }
assessment-answered-of = Vastatud küsimusi: { $answered }/{ $total }
assessment-section-count = ({ $answered }/{ $total })
assessment-overview = Hindamise kõik osad
assessment-see-result = Vaata tulemust
question-hint-toggle = Miks seda küsitakse?
question-clear = Kustuta vastus
question-note-toggle = Märkus
question-note-label = Sinu märkus selle küsimuse kohta
need-urgency-label = Kui kiiresti ta seda vajab?
need-status-label = Olukord
need-service-label = Teenus või organisatsioon (valikuline)

## Results
result-title = Tulemus: { $instrument }
result-back-to-case = Tagasi juhtumi juurde
result-review-answers = Vaata vastused üle
result-unavailable = Seda tulemust ei saa näidata. Vastused on alles ja muutmata.
result-by-dimension = Mida vastused näitavad, osade kaupa
result-indicators-seen = Täheldatud
result-indicators-unknown = Veel teadmata
result-note = Sinu märkus: { $note }
result-needs-count = { $count ->
    [0] Vajadusi pole veel märgitud.
    [one] Abiplaanis on üks vajadus.
   *[other] Abiplaanis on { $count } vajadust.
}
result-needs-none = Vajadusi pole veel märgitud.
result-need-service = Teenus: { $service }
result-none = Pole.
result-risk-reasons = Millel tase põhineb
result-points = Punktid: { $points }
result-raise-toggle = Tõsta taset professionaalse hinnangu põhjal
result-raise-level = Uus tase
result-raise-reason = Põhjendus (kohustuslik)
result-raise-reason-needed = Palun kirjuta, miks sa taset tõstad.
result-raise-save = Tõsta taset
result-return = Tagasipöördumine koduriiki või teise riiki

## The printable report
report-title = Juhtumi { $code } aruanne
report-print = Prindi
report-printed = Prinditud { $date }
report-assessment-dates = Alustatud { $started }, viimati muudetud { $updated }
report-answers = Kõik vastused
report-confidential = Konfidentsiaalne. Aruanne sisaldab tundlikke isikuandmeid: hoia seda lukustatult, jaga seda ainult nendega, kes vajavad seda tema aitamiseks, ja hävita see, kui seda enam ei vajata.

## Starting, saving, locking
starting = Trygg avaneb…
save-saving = Salvestamine…
save-saved = Kõik vastused on salvestatud
save-failed-short = Salvestamata
save-failed-title = Sinu viimaseid vastuseid ei õnnestunud veel salvestada.
save-retry = Proovi uuesti
lock-now = Lukusta

## First start: the passphrase
setup-title = Kaitse selle seadme andmeid
setup-explain = Kõik, mida sa Tryggi salvestad, krüpteeritakse selles seadmes paroolifraasiga, mida tead ainult sina. Sul on seda vaja iga kord, kui Tryggi avad, ja pärast seda, kui see on end ise lukustanud.
setup-no-recovery = Kui paroolifraas ununeb, ei saa keegi andmeid taastada: ei sina, sinu organisatsioon ega Tryggi tegijad. Siis on ainus lahendus kustutada kõik selles seadmes.
setup-passphrase = Paroolifraas
setup-passphrase-hint =
    { $min ->
        [one] Vähemalt { $min } märk.
       *[other] Vähemalt { $min } märki.
    } Mõnda omavahel seostamata sõna on lihtsam meelde jätta ja raskem ära arvata kui üht sümbolitega sõna.
setup-repeat = Korda paroolifraasi
setup-strength-weak = Liiga kergesti äraarvatav. Kasuta vähemalt { $min } märki ning kombineeri sõnu, numbreid või sümboleid.
setup-strength-fair = Vastuvõetav. Pikem on tugevam.
setup-strength-strong = Pikk ja mitmekesine. Veendu, et see pole midagi, mida teised sinu kohta teavad.
setup-too-short =
    { $min ->
        [one] Paroolifraasis peab olema vähemalt { $min } märk.
       *[other] Paroolifraasis peab olema vähemalt { $min } märki.
    }
setup-mismatch = Kaks paroolifraasi ei ole samad.
setup-submit = Määra paroolifraas
setup-working = Andmeid kaitstakse…

## Unlocking
unlock-title = Trygg on lukus
unlock-explain = Sisesta oma paroolifraas, et avada selle seadme juhtumid.
unlock-passphrase = Paroolifraas
unlock-submit = Ava
unlock-working = Avamine…
unlock-wrong = See paroolifraas ei ava selle seadme andmeid. Kontrolli trükivigu ja proovi uuesti.
unlock-forgotten = Kas unustasid paroolifraasi?
unlock-forgotten-explain = Paroolifraasi ei saa taastada ja ilma selleta ei saa andmeid avada. Võid kustutada kõik selles seadmes ja alustada uuesti uue paroolifraasiga.
erase-understood = Saan aru, et kõik selle seadme juhtumid kustutatakse jäädavalt.
erase-submit = Kustuta kõik andmed sellest seadmest
no-storage-title = Trygg ei saa selles brauseris andmeid hoida
no-storage-body = See brauser ei luba Tryggil midagi salvestada (nii juhtub mõnes privaatses aknas ja mõne privaatsusseade korral). Midagi ei ole salvestatud. Hindamiste salvestamiseks ava Trygg tavalises aknas või mõnes teises brauseris.

## Storage problems
storage-error-unavailable = Brauser ei luba Tryggil praegu siia andmeid salvestada. Varem salvestatu ei ole muutunud.
storage-error-quota = Seade on täis, seega viimast muudatust ei õnnestunud salvestada. Kõik varem salvestatu on alles. Vabasta seadmes ruumi ja vali siis „Proovi uuesti“.
storage-error-connection = Brauser sulges Tryggi andmehoidla. Kõik varem salvestatu on alles. Vali „Proovi uuesti“; kui see kordub, laadi leht uuesti.
storage-error-no-vault = Selle seadme andmed kustutati, võib-olla teises aknas. Trygg alustab uuesti.
storage-error-vault-exists = Selles seadmes on juba paroolifraas. Avamiseks laadi leht uuesti.
storage-error-locked = Trygg lukustati. Jätkamiseks ava see; midagi salvestatut ei ole muutunud.
storage-error-conflict = Teine aken muutis samal hetkel samu andmeid. Proovi uuesti.
storage-error-corrupt = Osa salvestatud andmetest on rikutud ja neid ei saa avada. Midagi muud ei ole muutunud.
storage-error-too-new = Need andmed salvestati Tryggi uuema versiooniga. Nende avamiseks uuenda Tryggi.
storage-error-other = Salvestamisel läks midagi valesti. Kõik varem salvestatu on alles. Proovi uuesti.

## Settings
settings-title = Seaded
settings-saved = Salvestatud.
settings-lock-heading = Lukustamine
settings-idle-label = Lukusta Trygg, kui seda ei ole kasutatud
settings-minutes = { $minutes ->
    [one] { $minutes } minut
   *[other] { $minutes } minutit
}
settings-retention-heading = Juhtumite säilitamine
settings-retention-label = Märgi juhtum ülevaatamiseks, kui see on olnud muutmata
settings-retention-hint = Sinu organisatsioon otsustab, kui kaua juhtumeid tohib säilitada. Märgitud juhtumeid ei kustutata: otsustad sina.
settings-retention-none = Ära märgi
settings-days = { $days ->
    [one] { $days } päev
   *[other] { $days } päeva
}
settings-persist-heading = Andmete säilimine selles seadmes
settings-persist-yes = Brauser hoiab Tryggi andmed alles ka siis, kui ruumi jääb väheks.
settings-persist-no = Brauser võib Tryggi andmed kustutada, kui ruumi jääb väheks. Seda saab vältida, kui paigaldad Tryggi rakendusena või lubad andmete püsiva salvestamise.
settings-persist-unknown = See brauser ei ütle, kas ta hoiab Tryggi andmed alles, kui ruumi jääb väheks.
settings-passphrase-heading = Paroolifraas
settings-passphrase-old = Praegune paroolifraas
settings-passphrase-new = Uus paroolifraas
settings-passphrase-submit = Muuda paroolifraasi
settings-passphrase-changed = Paroolifraas on muudetud. Kasuta nüüdsest uut.
settings-passphrase-wrong-old = Praegune paroolifraas ei ole õige; midagi ei muudetud.
settings-erase-heading = Kustuta kõik
settings-erase-explain = Kustutab kõik selle seadme juhtumid ja paroolifraasi. Seda ei saa tagasi võtta.

## The same case in two windows
case-read-only = See juhtum on avatud teises aknas või vahekaardil. Siin saad seda lugeda; selle siin muutmiseks sulge see seal.
case-opening = Juhtumi avamine…
home-unreadable = Salvestatud juhtumid, mida ei saanud avada rikutud andmete tõttu: { $count }. Need jäetakse muutmata.
home-review-due = Muutmata kauem, kui sinu organisatsioon juhtumeid säilitab: vaata üle, kas seda on vaja alles hoida.

## Updates
update-ready = Tryggi uus versioon on valmis.
update-now = Uuenda kohe

## Errors shown to the user
error-app-start = Trygg ei saanud selles brauseris käivituda. Sinu salvestatud andmeid ei ole muudetud. Proovi lehte uuesti laadida.

## Sharing: organisation keys, exports and opening exports

home-sharing-heading = Tulemuste jagamine
home-export = Ekspordi juhtumeid
home-open-export = Ava eksportfail
case-export = Ekspordi see juhtum
file-error-too-large = See fail on liiga suur, et olla see, mida otsid.
file-error-unreadable = Faili ei õnnestunud lugeda. Vali see uuesti või kontrolli, kas see on veel olemas.

keys-heading = Organisatsiooni võtmed
keys-explain = Eksportfailid krüpteeritakse sinu organisatsiooni avaliku võtmega, nii et neid saab lugeda ainult see, kellel on vastav salajane võti. Avaliku võtme annab sulle sinu organisatsioon; see algab märkidega „age1“.
keys-none = Selles seadmes pole veel ühtegi organisatsiooni võtit.
keys-add-heading = Lisa avalik võti
keys-label = Selle võtme nimi
keys-label-hint = Näiteks organisatsioon ja kontor. Mitte inimese nimi.
keys-public = Avalik võti (age1…)
keys-load-file = Või laadi võti failist
keys-add = Lisa võti
keys-added = Võti lisati.
keys-removed = Võti eemaldati.
keys-remove = Eemalda
keys-remove-named = Eemalda võti { $label }
keys-error-empty = Kleebi avalik võti või vali fail, milles see on.
keys-error-secret = See on salajane võti. Ära anna seda kunagi rakendusele: kleebi avalik võti, mis algab märkidega „age1“.
keys-error-not-public = See ei ole avalik võti. Avalik võti algab märkidega „age1“ ja selles on 62 märki.
keys-error-not-secret = See ei ole salajane võti. Salajane võti algab märkidega „AGE-SECRET-KEY-“.
keys-error-no-label = Anna võtmele nimi, et saaksid seda teistest eristada.
keys-error-duplicate = See võti on juba loendis.
keys-create-heading = Loo organisatsiooni võti
keys-create-explain = Tee seda oma organisatsiooni jaoks üks kord, arvutis, mida usaldad. Rakendus salvestab salajase võtme failina ja näitab avalikku võtit, mille töötajad oma seadmetesse lisavad.
keys-create-warning = Hoia salajase võtme faili turvaliselt ja võrguühenduseta, näiteks USB-mälupulgal lukustatud sahtlis, ning tee sellest koopia. Igaüks, kellel see fail on, saab lugeda kõiki selle võtme jaoks tehtud eksportfaile. Kui fail kaob, ei saa neid eksportfaile enam kunagi lugeda. Rakendus seda ei säilita.
keys-create = Loo võti ja salvesta salajase võtme fail
keys-create-saved = Salajane võti salvestati allalaadimiste kausta nimega { $file }. Vii see nüüd turvalisse kohta.
keys-create-failed = Salajase võtme faili ei õnnestunud salvestada. Midagi ei loodud; proovi uuesti.
keys-create-public = Avalik võti, mille annad töötajatele:
keys-copy = Kopeeri avalik võti
keys-copied = Avalik võti kopeeriti.
keys-copy-failed = Brauser ei lubanud kopeerida. Vali võti ja kopeeri see käsitsi.

export-title = Ekspordi juhtumeid
export-explain = Eksport on üks krüpteeritud fail. Seda saab avada ainult organisatsiooni võtmete või sinu valitud paroolifraasiga. Juhtumeid eksporditakse ainult siis, kui ta on jagamisega nõustunud.
export-cases-legend = Eksporditavad juhtumid
export-no-consent = Selle juhtumi puhul ei ole jagamiseks nõusolekut märgitud.
export-record-consent = Ta on jagamisega nõustunud: märgi nõusolek
export-protect-legend = Kes tohib faili avada
export-method-keys = Organisatsiooni võtmed
export-method-passphrase = Paroolifraas
export-keys-legend = Organisatsiooni võtmed
export-no-keys = Selles seadmes pole veel ühtegi organisatsiooni võtit. Lisa oma organisatsiooni avalik võti jaotises Seaded või kasuta paroolifraasi.
export-go-settings = Ava Seaded
export-passphrase-hint =
    { $min ->
        [one] Vähemalt { $min } märk.
       *[other] Vähemalt { $min } märki.
    } Anna see faili avajale muul viisil kui fail ise, näiteks telefoni teel.
export-passphrase = Selle faili paroolifraas
export-submit = Ekspordi
export-busy = Krüpteerimine…
export-done = { $count ->
    [one] Üks juhtum eksporditi allalaadimiste kausta faili { $file }.
   *[other] { $count } juhtumit eksporditi allalaadimiste kausta faili { $file }.
}
export-error-no-cases = Vali vähemalt üks juhtum, mille jagamisega ta on nõustunud.
export-error-no-keys = Vali vähemalt üks organisatsiooni võti.
export-error-short =
    { $min ->
        [one] Paroolifraasis peab olema vähemalt { $min } märk.
       *[other] Paroolifraasis peab olema vähemalt { $min } märki.
    }
export-error-save = Faili ei õnnestunud salvestada. Midagi ei jagatud; proovi uuesti.

open-title = Ava eksportfail
open-explain = Loe krüpteeritud eksportfaili selles seadmes. Fail avatakse ainult mälus; midagi ei salvestata, kui sa juhtumit ei impordi.
open-file-label = Eksportfail (.trygg.age)
open-unlock-legend = Millega faili avada
open-with-key-file = Salajase võtme fail
open-with-pasted-key = Kleebitud salajane võti
open-with-passphrase = Paroolifraas
open-key-file-label = Salajase võtme fail
open-pasted-key-label = Salajane võti (AGE-SECRET-KEY-…)
open-passphrase-label = Faili paroolifraas
open-not-stored = Võtit või paroolifraasi kasutatakse üks kord ja seda ei salvestata kunagi.
open-submit = Ava
open-busy = Avamine…
open-another = Ava teine fail
open-back-to-export = Tagasi eksportfaili juurde
open-summary = { $count ->
    [one] Üks juhtum, eksporditud { $date } Tryggi versiooniga { $version }.
   *[other] { $count } juhtumit, eksporditud { $date } Tryggi versiooniga { $version }.
}
open-case-details = { $count ->
    [one] Üks hindamine, viimati muudetud { $date }
   *[other] { $count } hindamist, viimati muudetud { $date }
}
open-read-report = Loe aruannet
open-import = Impordi sellesse seadmesse
open-imported = Juhtum on nüüd selles seadmes.
open-same-version = Selles seadmes on juba täpselt see juhtumi versioon.
open-import-all = Impordi kõik { $count } juhtumit
open-import-all-imported = { $count ->
    [one] Imporditi üks juhtum.
   *[other] Imporditi { $count } juhtumit.
}
open-import-all-same = { $count ->
    [one] Üks juhtum oli selles seadmes juba muutmata kujul olemas.
   *[other] { $count } juhtumit olid selles seadmes juba muutmata kujul olemas.
}
open-import-all-to-choose = { $count ->
    [one] Üks juhtum on selles seadmes teises versioonis. Vali allpool, milline versioon alles jätta.
   *[other] { $count } juhtumit on selles seadmes teises versioonis. Vali allpool iga juhtumi puhul, milline versioon alles jätta.
}
open-conflict-title = See juhtum on juba selles seadmes
open-conflict-body = Selles seadmes olevat versiooni muudeti viimati { $device }. Failis olevat versiooni muudeti viimati { $file }. Kas asendada selle seadme versioon failis olevaga?
open-conflict-replace = Asenda faili versiooniga
open-conflict-keep = Jäta selle seadme versioon alles
open-error-no-file = Vali kõigepealt eksportfail.
open-error-no-key-file = Vali salajase võtme fail.
open-error-no-passphrase = Sisesta faili paroolifraas.
open-error-empty = Fail on tühi. Võib-olla ei salvestatud seda täielikult; palu see uuesti saata.
open-error-too-large = Fail on suurem kui { $mib } MiB, suurem kui ükski Tryggi eksportfail. Seda ei loetud.
open-error-not-age = See ei ole Tryggi krüpteeritud eksportfail. Kontrolli, kas valisid õige faili (selle nimi lõpeb laiendiga .trygg.age).
open-error-damaged = Fail on rikutud või poolik, seega ei saa seda avada. Palu see uuesti saata.
open-error-needs-passphrase = See fail on kaitstud paroolifraasiga, mitte võtmega. Vali „Paroolifraas“.
open-error-needs-key = See fail on kaitstud organisatsiooni võtmetega, mitte paroolifraasiga. Vali salajane võti.
open-error-wrong-key = See võti ei ava seda faili. Fail on tehtud teise võtme jaoks või on see rikutud.
open-error-wrong-passphrase = Paroolifraas ei ole õige või on fail rikutud. Kontrolli paroolifraasi ja proovi uuesti.
open-error-too-much-work = Selle faili avamine nõuaks rohkem mälu, kui see seade lubab. Ava see arvutis käsurea tööriistaga trygg.
open-error-not-trygg = Fail avanes, kuid selles on midagi muud kui Tryggi eksportfail.
open-error-too-new = See eksportfail on tehtud Tryggi uuema versiooniga. Selle avamiseks uuenda Tryggi.
open-error-invalid = Eksportfail avanes, kuid selle sisu on rikutud. Palu see uuesti saata.

## Languages: the picker in the header, and her language in an interview
language-label = Keel
language-draft = Tõlke mustand
language-draft-explain = Seda pole veel üle vaadanud keelt vabalt valdav inimene. Kontrolli olulist sõnastust tõlgiga.
language-load-failed = Seda keelt ({ $language }) ei õnnestunud praegu selles seadmes laadida, seega jäävad tekstid samaks. Proovi uuesti, kui seade on internetiga ühendatud.
respondent-language-label = Tema keel
respondent-language-hint = Iga küsimus on näha sinu keeles ja selle all tema keeles, et ta saaks kaasa lugeda või tõlk saaks sõnastust kontrollida.
respondent-load-failed = Küsimusi ei saa praegu tema keeles ({ $language }) näidata, ainult sinu keeles. Proovi uuesti, kui seade on internetiga ühendatud.
action-close = Sulge

## Training with fictional cases

training-mark = Harjutus – väljamõeldud juhtum. Miski siin ei ole päris ja midagi ei säilitata.
training-entry-heading = Harjutamine
training-entry-explain = Harjuta tuvastamist väljamõeldud juhtumite põhjal, näiteks seminaril. Paroolifraasi pole vaja: harjutamine ei puuduta kunagi päris juhtumeid.
training-entry = Harjuta väljamõeldud juhtumiga
training-load-failed = Harjutusjuhtumeid ei õnnestunud praegu selles seadmes laadida. Proovi uuesti, kui seade on võrgus.
training-title = Harjutamine
training-leave = Lõpeta harjutamine
training-explain = Loe väljamõeldud naise lugu, vasta tuvastamise küsimustele nii, nagu oleksid temaga kohtunud, ja võrdle oma vastuseid kogenud töötajate vastustega. Sinu vastused säilivad ainult seni, kuni harjutamise lõpetad.
training-scenarios = Stsenaariumid
training-start = Harjuta selle stsenaariumiga
training-open-file = Või ava koolitajalt saadud stsenaariumifail (.trygg-scenario.json)
training-trainers = Koolitajatele
training-trainers-explain = Ava osalejate salvestatud tulemusfailid, et näha, kuidas rühm vastas, stsenaariumide kaupa.
training-group-summary = Rühma kokkuvõte
training-back-to-scenarios = Tagasi stsenaariumide juurde
training-story-explain = Loe kõigepealt kogu lugu läbi. Seejärel vasta küsimustele selle põhjal, mida lugu räägib: kui loos selle kohta midagi ei öelda, vasta „Ei tea“.
training-begin = Vasta tuvastamise küsimustele
training-feedback-title = Tagasiside: { $scenario }
training-agreement = Tunnused, milles olid võrdlusvastustega ühel meelel: { $matched }/{ $total } ({ $percent }%).
training-conclusion = Järeldus
training-conclusion-same = Sinu järeldus on sama mis võrdlusvastustes.
training-conclusion-different = Sinu järeldus erineb võrdlusvastustest. Allpool toodud erinevused selgitavad, miks.
training-yours = Sinu vastused
training-reference = Võrdlusvastused
training-yours-reference = Sina: { $yours }. Võrdlusvastus: { $reference }.
training-finding-present = täheldatud
training-finding-absent = ei esine
training-finding-unknown = teadmata
training-finding-not-relevant = küsimata
training-missed = { $count ->
    [one] Üks tunnus jäi märkamata
   *[other] { $count } tunnust jäi märkamata
}
training-missed-explain = Lugu näitab neid tunnuseid, kuid sinu vastuste järgi neid ei esine.
training-over-called = { $count ->
    [one] Üks tunnus, mille sina täheldasid, aga võrdlusvastus mitte
   *[other] { $count } tunnust, mille sina täheldasid, aga võrdlusvastused mitte
}
training-over-called-explain = Sinu vastuste järgi need tunnused esinevad, kuid lugu neid ei toeta.
training-unknown = { $count ->
    [one] Üks tunnus, millele on vastus ainult ühel poolel
   *[other] { $count } tunnust, millele on vastus ainult ühel poolel
}
training-unknown-explain = Üks pool vastas „Ei tea“ (või ei jõudnud küsimuseni), kui teisel oli vastus olemas.
training-matched-list = { $count ->
    [one] Üks tunnus, milles oled võrdlusvastusega ühel meelel
   *[other] { $count } tunnust, milles oled võrdlusvastustega ühel meelel
}
training-dimensions = Mõõdete kaupa
training-dimension = Mõõde
training-save-heading = Salvesta oma tulemus
training-save-explain = Sinu koolitaja saab kogu rühma tulemused kokku panna. Failis on sinu vastused selle väljamõeldud juhtumi kohta ja soovi korral hüüdnimi; mitte midagi muud.
training-nickname = Hüüdnimi (valikuline)
training-save = Salvesta minu tulemusfail
training-saved = Salvestatud allalaadimiste kausta nimega { $file }.
training-save-failed = Faili ei õnnestunud salvestada. Proovi uuesti.
training-summary-title = Rühma kokkuvõte
training-summary-explain = Vali oma rühma tulemusfailid, kõik korraga. Trygg loeb need kokku stsenaariumide kaupa; faile loetakse ainult selles seadmes.
training-result-files = Tulemusfailid (.trygg-training.json)
training-file-problem = { $file }: { $problem }
training-summary-counts = { $trainees ->
    [one] Üks osaleja. Sama järeldus mis võrdlusvastustes: { $agreeing }. Keskmine kokkulangevus tunnustes: { $percent }%.
   *[other] { $trainees } osalejat. Sama järeldus mis võrdlusvastustes: { $agreeing }. Keskmine kokkulangevus tunnustes: { $percent }%.
}
training-chart-conclusion = Järeldus võrreldes võrdlusvastustega
training-chart-agreeing = Sama järeldus
training-chart-differing = Erinev järeldus
training-chart-dimensions = Võrdlusvastustega ühel meelel olevad osalejad mõõdete kaupa
training-chart-missed = Kõige sagedamini märkamata jäänud tunnused
training-chart-over-called = Tunnused, mida kõige sagedamini täheldati, kuigi võrdlusvastustes neid ei ole
training-error-not-scenario = See ei ole Tryggi stsenaariumifail.
training-error-not-result = See ei ole Tryggi harjutamise tulemusfail.
training-error-too-new = See fail on tehtud Tryggi uuema versiooniga. Selle avamiseks uuenda Tryggi.
training-error-damaged = See fail on rikutud ja seda ei saa lugeda.
training-error-no-reference = Selles stsenaariumis pole tuvastamise võrdlusvastuseid, seega sellega ei saa harjutada.
training-error-unknown-scenario = See tulemus on stsenaariumi kohta, mida pole laaditud. Ava kõigepealt selle stsenaariumi fail.

## Training: the scenario editor

training-write = Kirjuta stsenaarium
training-editor-title = Kirjuta stsenaarium
training-editor-explain = Kirjuta väljamõeldud naise lugu lühikeste osadena, vasta tuvastamise küsimustele nii, nagu kogenud töötaja selle loo põhjal vastaks, ja selgita iga tunnuse kohta, miks see esineb või ei esine. Seejärel salvesta fail ja anna see oma osalejatele. Kõik jääb sellesse seadmesse, kuni sa selle salvestad.
training-editor-title-label = Pealkiri
training-editor-summary-label = Üks lause stsenaariumi kohta
training-editor-story = Lugu
training-editor-part = { $number }. osa
training-editor-add-part = Lisa osa
training-editor-reference = Võrdlusvastused
training-editor-answered = { $count ->
    [one] Seni on vastatud ühele küsimusele.
   *[other] Seni on vastatud { $count } küsimusele.
}
training-editor-answer = Vasta tuvastamise küsimustele võrdlusvastustena
training-editor-explanations = Miks iga tunnus esineb või ei esine
training-editor-explanations-explain = Osalejad loevad neid selgitusi, kui nende vastus erineb võrdlusvastusest. Igaühe kohta piisab ühest-kahest lausest.
training-editor-save = Salvesta stsenaariumifail
training-editor-saved = Salvestatud allalaadimiste kausta nimega { $file }.
training-editor-error-empty = Anna stsenaariumile pealkiri ja kirjuta loost vähemalt üks osa.
training-editor-error-no-answers = Vasta kõigepealt tuvastamise küsimustele võrdlusvastustena.
## Vidin: Trygg organisatsiooni enda veebisaidil. Enesekontrollis vastab naine ise.
widget-error-config = Seda vormi ei saa näidata, sest see ei ole õigesti seadistatud. Palun anna sellest teada organisatsioonile, kes seda veebisaiti haldab.
widget-self-check-title = Sinu olukorra privaatne kontroll
widget-self-check-intro = Need küsimused puudutavad sinu olukorda ja turvalisust. Õigeid ega valesid vastuseid ei ole. Sa võid alati vastata, et sa ei tea või ei soovi vastata, ja sa võid igal ajal lõpetada.
widget-self-check-private = Sinu vastuseid ei salvestata ja midagi ei saadeta ilma sinu nõusolekuta. Kui keegi tuleb, vajuta „Kiire väljumine“: leht kaob kohe.
widget-start = Alusta
widget-share-title = Kas soovid oma vastuseid jagada?
widget-share-body = Kui soovid, võid oma vastuseid jagada organisatsiooniga { $organisation }. Vastused on krüpteeritud, nii et ainult { $organisation } saab neid lugeda. Sinu nime ei lisata. Oma tulemust näed sa igal juhul.
widget-share-yes = Jaga minu vastuseid
widget-share-no = Ära jaga
widget-shared = Sinu vastused jagati krüpteeritult organisatsiooniga { $organisation }.
widget-result-title = Sinu tulemus
widget-result-concern = Mõned sinu vastused näitavad, et sa võid vajada abi või kaitset. See ei ole sinu süü ja sa ei pea sellega üksi toime tulema.
widget-result-unclear = Paljud küsimused jäid vastuseta, seega ei saa see kontroll palju öelda. Kui miski teeb sulle muret, on täiesti loomulik sellest kellegagi rääkida.
widget-result-no-concern = Sinu vastused ei näita selgeid põhjusi muretsemiseks. Kui miski siiski teeb sulle muret, on täiesti loomulik sellest kellegagi rääkida.
widget-result-not-a-decision = See kontroll ei otsusta sinu kohta midagi ega teavita sinust kedagi. Ainult sina otsustad, mida edasi teha.
widget-emergency = Kui oled praegu ohus, helista 112.
widget-help-title = Kust saad abi
widget-start-over = Kustuta minu vastused ja alusta uuesti

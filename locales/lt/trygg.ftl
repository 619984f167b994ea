## The app's own screens. Instrument texts are in identification.ftl, needs.ftl,
## risk.ftl; texts every instrument shares are in common.ftl.

app-name = Trygg
app-tagline = Vertinimai, kurie lieka šiame įrenginyje

## Quick exit: hides the app at once.
quick-exit = Greitas išėjimas
quick-exit-hint = Iš karto paslepia programėlę. Taip pat galite du kartus paspausti Esc.

## Actions used on many screens
action-back = Atgal
action-next = Toliau
action-cancel = Atšaukti
action-back-to-cases = Atgal į atvejus

## Home screen
home-title = Atvejai šiame įrenginyje
home-empty-title = Šiame įrenginyje dar nėra atvejų
home-empty-body = Atvejyje kaupiami vertinimai, kuriuos atliekate su viena moterimi. Jis žymimas kodu, o ne jos vardu, ir niekada nepalieka šio įrenginio, nebent jį eksportuojate užšifruotą.
home-new-case = Pradėti naują atvejį
home-search-label = Ieškoti atvejo pagal kodą
home-search-none = Šiame įrenginyje nėra atvejo su tokiu kodu.
home-list-limited = Rodomi tik neseniai pakeisti atvejai. Ieškokite pagal kodą arba parodykite visus.
home-show-all = Rodyti visus atvejus ({ $count })
home-case-updated = Paskutinis pakeitimas: { $date }
home-case-no-assessments = Vertinimų dar nėra
home-resume = Paskutinis nebaigtas pokalbis: { $instrument }, atvejis { $code }.
home-resume-button = Tęsti nuo ten, kur baigėte
home-case-assessment = { $name }: { $stage }, atsakyta { $answered } iš { $total }

## Where an assessment stands
stage-not-started = nepradėtas
stage-in-progress = vykdomas
stage-complete = baigtas

## New case and consent
new-case-title = Naujas atvejis
new-case-code-label = Atvejo kodas
new-case-code-hint = Kodas naudojamas vietoj jos vardo. Jei atvejį vėliau reikės rasti, laikykite kodą saugioje vietoje atskirai nuo šio įrenginio. Kodą galite pakeisti.
new-case-code-invalid = Atvejo kodą sudaro šešios raidės ir skaitmenys, pavyzdžiui, K7M-4QX (be 0, O, 1, I, L, U ir V).
new-case-code-taken = Šiame įrenginyje jau yra kitas atvejis su šiuo kodu.
new-case-role-label = Jūsų vaidmuo
new-case-role-hint = Sutikimas registruojamas su jūsų vaidmeniu, niekada su jūsų vardu.
new-case-create = Sukurti atvejį
role-outreach-worker = Gatvės socialinis darbuotojas
role-case-manager = Atvejo vadybininkas
role-shelter-worker = Prieglaudos darbuotojas
role-other-professional = Kitas specialistas

consent-record-legend = Ar atsakymus galima įrašyti šiame įrenginyje?
consent-record-explain = Prieš ką nors įrašydami, savais žodžiais paaiškinkite jai, kas bus įrašyta, kad duomenys liks užšifruoti šiame įrenginyje, kad ji gali bet kada sustoti ir kad gali praleisti bet kurį klausimą. Tada paklauskite jos.
consent-record-yes = Taip, ji sutinka, kad atsakymai būtų įrašyti
consent-record-no = Ne, ji nesutinka
consent-record-needed = Pažymėkite jos atsakymą: be jos sutikimo niekas neįrašoma.
consent-share-legend = Ar rezultatais galima užšifruotais pasidalyti su jūsų organizacija?
consent-share-explain = To galite paklausti ir vėliau, prieš kuo nors dalijantis. Jos atsakymas čia nekeičia pagalbos, kurią ji gali gauti.
consent-share-yes = Taip, ji sutinka, kad rezultatais būtų dalijamasi užšifruotais
consent-share-no = Ne, kol kas ne
consent-declined-title = Niekas neįrašyta
consent-declined-body = Jos sprendimas gerbiamas: atvejis nebuvo sukurtas ir šiame įrenginyje apie ją nieko nesaugoma. Vis tiek galite jai padėti nieko neįrašydami:
consent-declined-step-listen = Išklausykite ją ir papasakokite apie jos teises ir pagalbą, kurią ji gali gauti, nesvarbu, ar ji duos parodymus policijai.
consent-declined-step-contacts = Jei ji nori, duokite jai pagalbos tarnybų ir saugios apgyvendinimo vietos kontaktus.
consent-declined-step-later = Pasakykite jai, kad ji gali prie to grįžti bet kada, jei persigalvos.
consent-declined-change = Ji persigalvojo

consent-record-short = Įrašymas šiame įrenginyje
consent-share-short = Dalijimasis rezultatais
consent-not-asked = Dar neklausta
consent-given = Sutiko: { $date }
consent-declined = Nesutiko: { $date }
consent-withdrawn = Sutikimą atšaukė: { $date }

## A case
case-title = Atvejis { $code }
case-created = Sukurta
case-assessments = Vertinimai
case-assessment-started = pradėta: { $date }
case-assessment-progress = { $stage }, atsakyta { $answered } iš { $total }
case-continue = Tęsti
case-review-answers = Peržiūrėti atsakymus
case-see-result = Žiūrėti rezultatą
case-start-heading = Pradėti naują vertinimą
case-start-assessment = { $instrument }
case-more = Ataskaita ir atvejis
case-report = Ataskaita spausdinimui
case-delete = Ištrinti šį atvejį
case-delete-confirm-title = Ištrinti šį atvejį?
case-delete-confirm-body = Atvejis { $code } ir visi jo vertinimai bus ištrinti iš šio įrenginio. To nebus galima atšaukti.
case-delete-confirm = Taip, ištrinti atvejį
case-delete-keep = Ne, palikti
case-missing-title = Šio atvejo šiame įrenginyje nėra
case-missing-body = Galbūt jis buvo ištrintas. Niekas kita nepasikeitė.

## The interview
assessment-back-to-case = Atvejis { $code }
assessment-back-to-case-short = Atgal į atvejį
assessment-section-of = { $current } dalis iš { $total }
assessment-answered-of = Atsakyta klausimų: { $answered } iš { $total }
assessment-section-count = ({ $answered }/{ $total })
assessment-overview = Visos šio vertinimo dalys
assessment-see-result = Žiūrėti rezultatą
question-hint-toggle = Kodėl šis klausimas?
question-clear = Išvalyti atsakymą
question-note-toggle = Pastaba
question-note-label = Jūsų pastaba dėl šio klausimo
need-urgency-label = Kaip greitai jai to reikia?
need-status-label = Dabartinė būklė
need-service-label = Paslauga arba organizacija (neprivaloma)

## Results
result-title = Rezultatas: { $instrument }
result-back-to-case = Atgal į atvejį
result-review-answers = Peržiūrėti atsakymus
result-unavailable = Šio rezultato negalima parodyti. Atsakymai išsaugoti nepakeisti.
result-by-dimension = Ką rodo atsakymai, dalis po dalies
result-indicators-seen = Pastebėta
result-indicators-unknown = Dar nežinoma
result-note = Jūsų pastaba: { $note }
result-needs-count = { $count ->
    [0] Poreikių dar nepažymėta.
    [one] Pagalbos plane yra { $count } poreikis.
    [few] Pagalbos plane yra { $count } poreikiai.
    [many] Pagalbos plane yra { $count } poreikio.
   *[other] Pagalbos plane yra { $count } poreikių.
}
result-needs-none = Poreikių dar nepažymėta.
result-need-service = Paslauga: { $service }
result-none = Nėra.
result-risk-reasons = Kuo grindžiamas lygis
result-points = Taškai: { $points }
result-raise-toggle = Padidinti lygį remiantis profesiniu vertinimu
result-raise-level = Naujas lygis
result-raise-reason = Priežastis (privaloma)
result-raise-reason-needed = Parašykite, kodėl didinate lygį.
result-raise-save = Padidinti lygį
result-return = Grįžimas į kilmės šalį arba kitą šalį

## The printable report
report-title = Atvejo { $code } ataskaita
report-print = Spausdinti
report-printed = Išspausdinta: { $date }
report-assessment-dates = Pradėta: { $started }, paskutinis pakeitimas: { $updated }
report-answers = Visi atsakymai
report-confidential = Konfidencialu. Šioje ataskaitoje yra neskelbtinų asmens duomenų: laikykite ją užrakintą, rodykite tik tiems, kuriems jos reikia, kad galėtų padėti šiai moteriai, ir sunaikinkite, kai jos nebereikės.

## Starting, saving, locking
starting = Atidaroma Trygg…
save-saving = Išsaugoma…
save-saved = Visi atsakymai išsaugoti
save-failed-short = Neišsaugota
save-failed-title = Jūsų naujausių atsakymų kol kas nepavyko išsaugoti.
save-retry = Bandyti dar kartą
lock-now = Užrakinti

## First start: the passphrase
setup-title = Apsaugokite šio įrenginio duomenis
setup-explain = Viskas, ką įrašote į Trygg, šiame įrenginyje užšifruojama slaptafraze, kurią žinote tik jūs. Jos reikės kiekvieną kartą atidarant Trygg ir po to, kai programėlė užsirakins savaime.
setup-no-recovery = Pamiršus slaptafrazę, niekas negalės atkurti duomenų: nei jūs, nei jūsų organizacija, nei Trygg kūrėjai. Tada vienintelė išeitis – ištrinti viską šiame įrenginyje.
setup-passphrase = Slaptafrazė
setup-passphrase-hint =
    { $min ->
        [one] Bent { $min } simbolis.
        [few] Bent { $min } simboliai.
        [many] Bent { $min } simbolio.
       *[other] Bent { $min } simbolių.
    } Kelis tarpusavyje nesusijusius žodžius lengviau įsiminti ir sunkiau atspėti nei vieną žodį su simboliais.
setup-repeat = Pakartokite slaptafrazę
setup-strength-weak =
    { $min ->
        [one] Per lengva atspėti. Naudokite bent { $min } simbolį ir derinkite žodžius, skaitmenis ar ženklus.
        [few] Per lengva atspėti. Naudokite bent { $min } simbolius ir derinkite žodžius, skaitmenis ar ženklus.
        [many] Per lengva atspėti. Naudokite bent { $min } simbolio ir derinkite žodžius, skaitmenis ar ženklus.
       *[other] Per lengva atspėti. Naudokite bent { $min } simbolių ir derinkite žodžius, skaitmenis ar ženklus.
    }
setup-strength-fair = Priimtina. Kuo ilgesnė, tuo stipresnė.
setup-strength-strong = Ilga ir įvairi. Įsitikinkite, kad tai nėra kažkas, ką kiti apie jus žino.
setup-too-short =
    { $min ->
        [one] Slaptafrazėje turi būti bent { $min } simbolis.
        [few] Slaptafrazėje turi būti bent { $min } simboliai.
        [many] Slaptafrazėje turi būti bent { $min } simbolio.
       *[other] Slaptafrazėje turi būti bent { $min } simbolių.
    }
setup-mismatch = Abi slaptafrazės nesutampa.
setup-submit = Nustatyti slaptafrazę
setup-working = Duomenys apsaugomi…

## Unlocking
unlock-title = Programėlė Trygg užrakinta
unlock-explain = Įveskite slaptafrazę, kad atidarytumėte šio įrenginio atvejus.
unlock-passphrase = Slaptafrazė
unlock-submit = Atrakinti
unlock-working = Atrakinama…
unlock-wrong = Ši slaptafrazė neatidaro šio įrenginio duomenų. Patikrinkite, ar nėra rašybos klaidų, ir bandykite dar kartą.
unlock-forgotten = Pamiršote slaptafrazę?
unlock-forgotten-explain = Slaptafrazės atkurti neįmanoma, o be jos duomenų atidaryti negalima. Galite ištrinti viską šiame įrenginyje ir pradėti iš naujo su nauja slaptafraze.
erase-understood = Suprantu, kad visi šio įrenginio atvejai bus ištrinti visam laikui.
erase-submit = Ištrinti visus šio įrenginio duomenis
no-storage-title = Trygg negali saugoti duomenų šioje naršyklėje
no-storage-body = Ši naršyklė neleidžia Trygg nieko išsaugoti (taip nutinka kai kuriuose privačiuose languose ir esant kai kuriems privatumo nustatymams). Niekas neišsaugota. Kad galėtumėte įrašyti vertinimus, atidarykite Trygg įprastame lange arba kitoje naršyklėje.

## Storage problems
storage-error-unavailable = Naršyklė šiuo metu neleidžia Trygg čia saugoti duomenų. Anksčiau išsaugoti duomenys nepasikeitė.
storage-error-quota = Įrenginys pilnas, todėl naujausio pakeitimo nepavyko išsaugoti. Visa, kas išsaugota anksčiau, yra saugu. Atlaisvinkite vietos įrenginyje ir pasirinkite „Bandyti dar kartą“.
storage-error-connection = Naršyklė uždarė Trygg duomenų saugyklą. Visa, kas išsaugota anksčiau, yra saugu. Pasirinkite „Bandyti dar kartą“; jei tai kartojasi, iš naujo įkelkite puslapį.
storage-error-no-vault = Šio įrenginio duomenys buvo ištrinti, galbūt kitame lange. Trygg pradės iš naujo.
storage-error-vault-exists = Šiame įrenginyje jau nustatyta slaptafrazė. Iš naujo įkelkite puslapį, kad atrakintumėte.
storage-error-locked = Programėlė užrakinta. Atrakinkite ją, kad galėtumėte tęsti; niekas, kas išsaugota, nepasikeitė.
storage-error-conflict = Kitas langas tuo pačiu metu pakeitė tuos pačius duomenis. Bandykite dar kartą.
storage-error-corrupt = Dalis išsaugotų duomenų sugadinta, jų negalima atidaryti. Niekas kita nepasikeitė.
storage-error-too-new = Šie duomenys išsaugoti naujesne Trygg versija. Kad juos atidarytumėte, atnaujinkite Trygg.
storage-error-other = Saugant įvyko klaida. Visa, kas išsaugota anksčiau, yra saugu. Bandykite dar kartą.

## Settings
settings-title = Nustatymai
settings-saved = Išsaugota.
settings-lock-heading = Užrakinimas
settings-idle-label = Užrakinti Trygg, kai nenaudojama tiek laiko:
settings-minutes = { $minutes ->
    [one] { $minutes } minutė
    [few] { $minutes } minutės
    [many] { $minutes } minutės
   *[other] { $minutes } minučių
}
settings-retention-heading = Atvejų saugojimas
settings-retention-label = Pažymėti atvejus peržiūrai, kai jie nekeičiami tiek laiko:
settings-retention-hint = Jūsų organizacija nusprendžia, kiek laiko atvejus galima saugoti. Pažymėti atvejai neištrinami: sprendžiate jūs.
settings-retention-none = Nežymėti
settings-days = { $days ->
    [one] { $days } diena
    [few] { $days } dienos
    [many] { $days } dienos
   *[other] { $days } dienų
}
settings-persist-heading = Duomenų išsaugojimas šiame įrenginyje
settings-persist-yes = Naršyklė išsaugo Trygg duomenis net tada, kai trūksta vietos.
settings-persist-no = Kai trūksta vietos, naršyklė gali ištrinti Trygg duomenis. To galima išvengti įdiegus Trygg kaip programėlę arba leidus nuolat saugoti duomenis.
settings-persist-unknown = Ši naršyklė nenurodo, ar ji išsaugo Trygg duomenis, kai trūksta vietos.
settings-passphrase-heading = Slaptafrazė
settings-passphrase-old = Dabartinė slaptafrazė
settings-passphrase-new = Nauja slaptafrazė
settings-passphrase-submit = Pakeisti slaptafrazę
settings-passphrase-changed = Slaptafrazė pakeista. Nuo šiol naudokite naująją.
settings-passphrase-wrong-old = Dabartinė slaptafrazė neteisinga; niekas nepakeista.
settings-erase-heading = Ištrinti viską
settings-erase-explain = Ištrina visus šio įrenginio atvejus ir slaptafrazę. To nebus galima atšaukti.

## The same case in two windows
case-read-only = Šis atvejis atidarytas kitame lange ar skirtuke. Čia galite jį skaityti; norėdami jį redaguoti čia, uždarykite jį ten.
case-opening = Atidaromas atvejis…
home-unreadable = Išsaugoti atvejai, kurių nepavyko atidaryti dėl sugadintų duomenų: { $count }. Jie paliekami nepakeisti.
home-review-due = Nekeistas ilgiau, nei jūsų organizacija saugo atvejus: įvertinkite, ar jį palikti.

## Updates
update-ready = Paruošta nauja Trygg versija.
update-now = Atnaujinti dabar

## Errors shown to the user
error-app-start = Trygg nepavyko paleisti šioje naršyklėje. Jūsų išsaugoti duomenys nepakeisti. Pabandykite iš naujo įkelti puslapį.

## Sharing: organisation keys, exports and opening exports

home-sharing-heading = Dalijimasis rezultatais
home-export = Eksportuoti atvejus
home-open-export = Atidaryti eksporto failą
case-export = Eksportuoti šį atvejį
file-error-too-large = Šis failas per didelis, kad būtų tas, kurio ieškote.
file-error-unreadable = Failo nepavyko perskaityti. Pasirinkite jį dar kartą arba patikrinkite, ar jis vis dar yra.

keys-heading = Organizacijos raktai
keys-explain = Eksporto failai užšifruojami jūsų organizacijos viešuoju raktu, todėl juos perskaityti gali tik tas, kas turi atitinkamą slaptąjį raktą. Viešąjį raktą jums duoda jūsų organizacija; jis prasideda „age1“.
keys-none = Šiame įrenginyje dar nėra organizacijos raktų.
keys-add-heading = Pridėti viešąjį raktą
keys-label = Šio rakto pavadinimas
keys-label-hint = Pavyzdžiui, organizacija ir biuras. Ne asmens vardas.
keys-public = Viešasis raktas (age1…)
keys-load-file = Arba įkelti raktą iš failo
keys-add = Pridėti raktą
keys-added = Raktas pridėtas.
keys-removed = Raktas pašalintas.
keys-remove = Pašalinti
keys-remove-named = Pašalinti raktą { $label }
keys-error-empty = Įklijuokite viešąjį raktą arba pasirinkite failą, kuriame jis yra.
keys-error-secret = Tai slaptasis raktas. Niekada neduokite jo programėlei: įklijuokite viešąjį raktą, kuris prasideda „age1“.
keys-error-not-public = Tai ne viešasis raktas. Viešasis raktas prasideda „age1“ ir jį sudaro 62 simboliai.
keys-error-not-secret = Tai ne slaptasis raktas. Slaptasis raktas prasideda „AGE-SECRET-KEY-“.
keys-error-no-label = Suteikite raktui pavadinimą, kad galėtumėte jį atskirti nuo kitų.
keys-error-duplicate = Šis raktas jau yra sąraše.
keys-create-heading = Sukurti organizacijos raktą
keys-create-explain = Tai atlikite vieną kartą savo organizacijai, kompiuteryje, kuriuo pasitikite. Programėlė išsaugo slaptąjį raktą kaip failą ir parodo viešąjį raktą, kurį darbuotojai prideda savo įrenginiuose.
keys-create-warning = Laikykite slaptojo rakto failą saugiai ir atjungtą nuo tinklo, pavyzdžiui, USB atmintinėje užrakintame stalčiuje, ir pasidarykite jo kopiją. Kas turi šį failą, gali perskaityti visus šiam raktui sukurtus eksporto failus. Jei failas pradings, tų eksporto failų niekada nebus galima perskaityti. Programėlė jo nesaugo.
keys-create = Sukurti raktą ir išsaugoti slaptojo rakto failą
keys-create-saved = Slaptasis raktas išsaugotas atsisiuntimų aplanke pavadinimu { $file }. Dabar perkelkite jį į saugią vietą.
keys-create-failed = Slaptojo rakto failo nepavyko išsaugoti. Niekas nesukurta; bandykite dar kartą.
keys-create-public = Viešasis raktas, kurį reikia duoti darbuotojams:
keys-copy = Kopijuoti viešąjį raktą
keys-copied = Viešasis raktas nukopijuotas.
keys-copy-failed = Naršyklė neleido kopijuoti. Pažymėkite raktą ir nukopijuokite jį rankiniu būdu.

export-title = Eksportuoti atvejus
export-explain = Eksportas yra vienas užšifruotas failas. Jį atidaryti galima tik organizacijos raktais arba jūsų pasirinkta slaptafraze. Atvejai eksportuojami tik tada, jei ji sutiko, kad jais būtų dalijamasi.
export-cases-legend = Eksportuojami atvejai
export-no-consent = Šiam atvejui neužregistruotas sutikimas dalytis.
export-record-consent = Ji sutiko dalytis: užregistruoti sutikimą
export-protect-legend = Kas gali atidaryti failą
export-method-keys = Organizacijos raktai
export-method-passphrase = Slaptafrazė
export-keys-legend = Organizacijos raktai
export-no-keys = Šiame įrenginyje dar nėra organizacijos raktų. Pridėkite savo organizacijos viešąjį raktą skiltyje „Nustatymai“ arba naudokite slaptafrazę.
export-go-settings = Eiti į nustatymus
export-passphrase-hint =
    { $min ->
        [one] Bent { $min } simbolis.
        [few] Bent { $min } simboliai.
        [many] Bent { $min } simbolio.
       *[other] Bent { $min } simbolių.
    } Perduokite ją failą atidarysiančiam asmeniui kitu būdu nei patį failą, pavyzdžiui, telefonu.
export-passphrase = Šio failo slaptafrazė
export-submit = Eksportuoti
export-busy = Šifruojama…
export-done = { $count ->
    [one] { $count } atvejis eksportuotas ir išsaugotas atsisiuntimų aplanke kaip { $file }.
    [few] { $count } atvejai eksportuoti ir išsaugoti atsisiuntimų aplanke kaip { $file }.
    [many] { $count } atvejo eksportuota ir išsaugota atsisiuntimų aplanke kaip { $file }.
   *[other] { $count } atvejų eksportuota ir išsaugota atsisiuntimų aplanke kaip { $file }.
}
export-error-no-cases = Pasirinkite bent vieną atvejį, kuriuo ji sutiko dalytis.
export-error-no-keys = Pasirinkite bent vieną organizacijos raktą.
export-error-short =
    { $min ->
        [one] Slaptafrazėje turi būti bent { $min } simbolis.
        [few] Slaptafrazėje turi būti bent { $min } simboliai.
        [many] Slaptafrazėje turi būti bent { $min } simbolio.
       *[other] Slaptafrazėje turi būti bent { $min } simbolių.
    }
export-error-save = Failo nepavyko išsaugoti. Niekuo nepasidalyta; bandykite dar kartą.

open-title = Atidaryti eksporto failą
open-explain = Perskaitykite užšifruotą eksporto failą šiame įrenginyje. Failas atidaromas tik atmintyje; niekas neišsaugoma, nebent importuojate atvejį.
open-file-label = Eksporto failas (.trygg.age)
open-unlock-legend = Kuo atidaryti
open-with-key-file = Slaptojo rakto failas
open-with-pasted-key = Įklijuotas slaptasis raktas
open-with-passphrase = Slaptafrazė
open-key-file-label = Slaptojo rakto failas
open-pasted-key-label = Slaptasis raktas (AGE-SECRET-KEY-…)
open-passphrase-label = Failo slaptafrazė
open-not-stored = Raktas arba slaptafrazė naudojami vieną kartą ir niekada neišsaugomi.
open-submit = Atidaryti
open-busy = Atidaroma…
open-another = Atidaryti kitą failą
open-back-to-export = Atgal į eksporto failą
open-summary = { $count ->
    [one] { $count } atvejis. Eksportuota: { $date }, Trygg versija { $version }.
    [few] { $count } atvejai. Eksportuota: { $date }, Trygg versija { $version }.
    [many] { $count } atvejo. Eksportuota: { $date }, Trygg versija { $version }.
   *[other] { $count } atvejų. Eksportuota: { $date }, Trygg versija { $version }.
}
open-case-details = { $count ->
    [one] { $count } vertinimas, paskutinis pakeitimas: { $date }
    [few] { $count } vertinimai, paskutinis pakeitimas: { $date }
    [many] { $count } vertinimo, paskutinis pakeitimas: { $date }
   *[other] { $count } vertinimų, paskutinis pakeitimas: { $date }
}
open-read-report = Skaityti ataskaitą
open-import = Importuoti į šį įrenginį
open-imported = Atvejis dabar yra šiame įrenginyje.
open-same-version = Šiame įrenginyje jau yra lygiai tokia pati šio atvejo versija.
open-import-all = Importuoti visus atvejus ({ $count })
open-import-all-imported = { $count ->
    [one] Importuotas { $count } atvejis.
    [few] Importuoti { $count } atvejai.
    [many] Importuota { $count } atvejo.
   *[other] Importuota { $count } atvejų.
}
open-import-all-same = { $count ->
    [one] { $count } atvejis šiame įrenginyje jau buvo nepakitęs.
    [few] { $count } atvejai šiame įrenginyje jau buvo nepakitę.
    [many] { $count } atvejo šiame įrenginyje jau buvo nepakitę.
   *[other] { $count } atvejų šiame įrenginyje jau buvo nepakitę.
}
open-import-all-to-choose = { $count ->
    [one] { $count } atvejis šiame įrenginyje yra kitos versijos. Žemiau pasirinkite, kurią versiją palikti.
    [few] { $count } atvejai šiame įrenginyje yra kitos versijos. Žemiau kiekvienam pasirinkite, kurią versiją palikti.
    [many] { $count } atvejo šiame įrenginyje yra kitos versijos. Žemiau kiekvienam pasirinkite, kurią versiją palikti.
   *[other] { $count } atvejų šiame įrenginyje yra kitos versijos. Žemiau kiekvienam pasirinkite, kurią versiją palikti.
}
open-conflict-title = Šis atvejis jau yra šiame įrenginyje
open-conflict-body = Šiame įrenginyje esanti versija paskutinį kartą pakeista: { $device }. Faile esanti versija paskutinį kartą pakeista: { $file }. Pakeisti šiame įrenginyje esančią versiją faile esančia?
open-conflict-replace = Pakeisti failo versija
open-conflict-keep = Palikti šio įrenginio versiją
open-error-no-file = Pirmiausia pasirinkite eksporto failą.
open-error-no-key-file = Pasirinkite slaptojo rakto failą.
open-error-no-passphrase = Įveskite failo slaptafrazę.
open-error-empty = Failas tuščias. Galbūt jis nebuvo išsaugotas iki galo; paprašykite jo dar kartą.
open-error-too-large = Failas didesnis nei { $mib } MiB, t. y. didesnis už bet kurį Trygg eksporto failą. Jis nebuvo perskaitytas.
open-error-not-age = Tai ne užšifruotas Trygg eksporto failas. Patikrinkite, ar pasirinkote tinkamą failą (jo pavadinimas baigiasi .trygg.age).
open-error-damaged = Failas sugadintas arba neišsamus, todėl jo atidaryti negalima. Paprašykite atsiųsti jį dar kartą.
open-error-needs-passphrase = Šis failas apsaugotas slaptafraze, o ne raktu. Pasirinkite „Slaptafrazė“.
open-error-needs-key = Šis failas apsaugotas organizacijos raktais, o ne slaptafraze. Pasirinkite slaptąjį raktą.
open-error-wrong-key = Šiuo raktu failo atidaryti negalima. Failas sukurtas kitam raktui arba jis sugadintas.
open-error-wrong-passphrase = Slaptafrazė neteisinga arba failas sugadintas. Patikrinkite slaptafrazę ir bandykite dar kartą.
open-error-too-much-work = Šiam failui atidaryti reikėtų daugiau atminties, nei leidžia šis įrenginys. Atidarykite jį kompiuteryje komandinės eilutės įrankiu trygg.
open-error-not-trygg = Failas atidarytas, bet jame yra ne Trygg eksportas, o kažkas kita.
open-error-too-new = Šis eksporto failas sukurtas naujesne Trygg versija. Kad jį atidarytumėte, atnaujinkite Trygg.
open-error-invalid = Eksporto failas atidarytas, bet jo turinys sugadintas. Paprašykite atsiųsti jį dar kartą.

## Languages: the picker in the header, and her language in an interview
language-label = Kalba
language-draft = Vertimo juodraštis
language-draft-explain = Šios kalbos laisvai mokantis žmogus vertimo dar neperžiūrėjo. Svarbias formuluotes patikrinkite su vertėju.
language-load-failed = Šios kalbos ({ $language }) dabar nepavyko įkelti į šį įrenginį, todėl tekstai lieka tokie patys. Bandykite dar kartą, kai įrenginys bus prisijungęs prie interneto.
respondent-language-label = Jos kalba
respondent-language-hint = Kiekvienas klausimas rodomas jūsų kalba, o po juo – jos kalba, kad ji galėtų skaityti kartu arba vertėjas galėtų patikrinti formuluotę.
respondent-load-failed = Klausimų dabar negalima parodyti jos kalba ({ $language }), tik jūsų kalba. Bandykite dar kartą, kai įrenginys bus prisijungęs prie interneto.
action-close = Uždaryti

## Training with fictional cases

training-mark = Mokymai – išgalvotas atvejis. Niekas čia nėra tikra ir niekas nesaugoma.
training-entry-heading = Mokymai
training-entry-explain = Mokykitės identifikuoti naudodamiesi išgalvotais atvejais, pavyzdžiui, per seminarą. Slaptafrazės nereikia: mokymų režimas niekada neliečia tikrų atvejų.
training-entry = Praktikuotis su išgalvotu atveju
training-load-failed = Mokomųjų atvejų šiuo metu nepavyko įkelti į šį įrenginį. Bandykite dar kartą, kai įrenginys bus prisijungęs prie interneto.
training-title = Mokymai
training-leave = Išeiti iš mokymų
training-explain = Perskaitykite išgalvotos moters istoriją, atsakykite į identifikavimo klausimus taip, lyg būtumėte ją sutikę, ir palyginkite savo atsakymus su patyrusių darbuotojų atsakymais. Jūsų atsakymai saugomi tik tol, kol išeisite iš mokymų.
training-scenarios = Scenarijai
training-start = Praktikuotis su šiuo scenarijumi
training-open-file = Arba atidarykite scenarijaus failą, gautą iš mokymų vadovo (.trygg-scenario.json)
training-trainers = Mokymų vadovams
training-trainers-explain = Atidarykite dalyvių išsaugotus rezultatų failus, kad pamatytumėte, kaip grupė atsakė kiekviename scenarijuje.
training-group-summary = Grupės suvestinė
training-back-to-scenarios = Atgal į scenarijus
training-story-explain = Pirmiausia perskaitykite visą istoriją. Tada atsakykite į klausimus remdamiesi tuo, kas joje pasakyta: jei apie tai nieko nepasakyta, atsakykite „Nežino“.
training-begin = Atsakyti į identifikavimo klausimus
training-feedback-title = Grįžtamasis ryšys: { $scenario }
training-agreement = Požymiai, dėl kurių jūsų atsakymai sutapo su etalonu: { $matched } iš { $total } ({ $percent } %).
training-conclusion = Išvada
training-conclusion-same = Jūsų išvada tokia pati kaip etalone.
training-conclusion-different = Jūsų išvada skiriasi nuo etalono. Toliau nurodyti skirtumai paaiškina, kodėl.
training-yours = Jūsų atsakymai
training-reference = Etalonas
training-yours-reference = Jūsų atsakyme: { $yours }. Etalone: { $reference }.
training-finding-present = požymis pastebėtas
training-finding-absent = požymio nėra
training-finding-unknown = nežinoma
training-finding-not-relevant = neklausta
training-missed = { $count ->
    [one] { $count } nepastebėtas požymis
    [few] { $count } nepastebėti požymiai
    [many] { $count } nepastebėto požymio
   *[other] { $count } nepastebėtų požymių
}
training-missed-explain = Istorijoje šie požymiai matyti, bet pagal jūsų atsakymus jų nėra.
training-over-called = { $count ->
    [one] { $count } požymis, kurį pastebėjote jūs, bet etalone jo nėra
    [few] { $count } požymiai, kuriuos pastebėjote jūs, bet etalone jų nėra
    [many] { $count } požymio, kuriuos pastebėjote jūs, bet etalone jų nėra
   *[other] { $count } požymių, kuriuos pastebėjote jūs, bet etalone jų nėra
}
training-over-called-explain = Pagal jūsų atsakymus šie požymiai yra, bet istorija to nepatvirtina.
training-unknown = { $count ->
    [one] { $count } požymis, žinomas tik vienai pusei
    [few] { $count } požymiai, žinomi tik vienai pusei
    [many] { $count } požymio, žinomo tik vienai pusei
   *[other] { $count } požymių, žinomų tik vienai pusei
}
training-unknown-explain = Viena pusė atsakė „Nežino“ (arba nepriėjo iki šio klausimo), o kita turėjo atsakymą.
training-matched-list = { $count ->
    [one] { $count } požymis, dėl kurio jūsų atsakymas sutampa su etalonu
    [few] { $count } požymiai, dėl kurių jūsų atsakymai sutampa su etalonu
    [many] { $count } požymio, dėl kurių jūsų atsakymai sutampa su etalonu
   *[other] { $count } požymių, dėl kurių jūsų atsakymai sutampa su etalonu
}
training-dimensions = Pagal dimensijas
training-dimension = Dimensija
training-save-heading = Išsaugokite savo rezultatą
training-save-explain = Jūsų mokymų vadovas gali sujungti visos grupės rezultatus. Faile yra jūsų atsakymai apie šį išgalvotą atvejį ir, jei norite, slapyvardis; nieko daugiau.
training-nickname = Slapyvardis (neprivaloma)
training-save = Išsaugoti mano rezultatų failą
training-saved = Išsaugota atsisiuntimų aplanke pavadinimu { $file }.
training-save-failed = Failo nepavyko išsaugoti. Bandykite dar kartą.
training-summary-title = Grupės suvestinė
training-summary-explain = Pasirinkite savo grupės rezultatų failus, visus iš karto. Trygg juos suskaičiuoja pagal scenarijus; failai skaitomi tik šiame įrenginyje.
training-result-files = Rezultatų failai (.trygg-training.json)
training-file-problem = { $file }: { $problem }
training-summary-counts = { $trainees ->
    [one] { $trainees } dalyvis. Tokia pati išvada kaip etalone: { $agreeing }. Vidutinis požymių sutapimas: { $percent } %.
    [few] { $trainees } dalyviai. Tokia pati išvada kaip etalone: { $agreeing }. Vidutinis požymių sutapimas: { $percent } %.
    [many] { $trainees } dalyvio. Tokia pati išvada kaip etalone: { $agreeing }. Vidutinis požymių sutapimas: { $percent } %.
   *[other] { $trainees } dalyvių. Tokia pati išvada kaip etalone: { $agreeing }. Vidutinis požymių sutapimas: { $percent } %.
}
training-chart-conclusion = Išvada, palyginti su etalonu
training-chart-agreeing = Tokia pati išvada
training-chart-differing = Kita išvada
training-chart-dimensions = Dalyviai, kurių atsakymai sutampa su etalonu, pagal dimensijas
training-chart-missed = Dažniausiai nepastebėti požymiai
training-chart-over-called = Požymiai, kurie dažniausiai pastebėti, nors etalone jų nėra
training-error-not-scenario = Tai ne Trygg scenarijaus failas.
training-error-not-result = Tai ne Trygg mokymų rezultatų failas.
training-error-too-new = Šis failas sukurtas naujesne Trygg versija. Kad jį atidarytumėte, atnaujinkite Trygg.
training-error-damaged = Šis failas sugadintas, jo negalima perskaityti.
training-error-no-reference = Šiame scenarijuje nėra etaloninių identifikavimo atsakymų, todėl su juo praktikuotis negalima.
training-error-unknown-scenario = Šis rezultatas skirtas scenarijui, kuris neįkeltas. Pirmiausia atidarykite to scenarijaus failą.

## Training: the scenario editor

training-write = Rašyti scenarijų
training-editor-title = Parašykite scenarijų
training-editor-explain = Parašykite išgalvotos moters istoriją trumpomis dalimis, atsakykite į identifikavimo klausimus taip, kaip pagal šią istoriją atsakytų patyręs darbuotojas, ir prie kiekvieno požymio paaiškinkite, kodėl jis yra arba jo nėra. Tada išsaugokite failą ir duokite jį savo dalyviams. Kol neišsaugosite, viskas lieka tik šiame įrenginyje.
training-editor-title-label = Pavadinimas
training-editor-summary-label = Vienas sakinys apie scenarijų
training-editor-story = Istorija
training-editor-part = { $number } dalis
training-editor-add-part = Pridėti dalį
training-editor-reference = Etaloniniai atsakymai
training-editor-answered = { $count ->
    [one] Kol kas atsakyta į { $count } klausimą.
    [few] Kol kas atsakyta į { $count } klausimus.
    [many] Kol kas atsakyta į { $count } klausimo.
   *[other] Kol kas atsakyta į { $count } klausimų.
}
training-editor-answer = Pateikti etaloninius identifikavimo atsakymus
training-editor-explanations = Kodėl kiekvienas požymis yra arba jo nėra
training-editor-explanations-explain = Dalyviai skaito šiuos paaiškinimus, kai jų atsakymas skiriasi nuo etalono. Pakanka vieno ar dviejų sakinių apie kiekvieną požymį.
training-editor-save = Išsaugoti scenarijaus failą
training-editor-saved = Išsaugota atsisiuntimų aplanke pavadinimu { $file }.
training-editor-error-empty = Įrašykite scenarijaus pavadinimą ir bent vieną istorijos dalį.
training-editor-error-no-answers = Pirmiausia pateikite etaloninius identifikavimo atsakymus.
## Valdiklis: Trygg pačios organizacijos svetainėje. Savitikroje moteris atsako pati.
widget-error-config = Šios formos negalima parodyti, nes ji netinkamai nustatyta. Prašome pranešti apie tai organizacijai, kuri tvarko šią svetainę.
widget-self-check-title = Privatus tavo padėties patikrinimas
widget-self-check-intro = Šie klausimai yra apie tavo padėtį ir saugumą. Teisingų ar neteisingų atsakymų nėra. Visada gali atsakyti, kad nežinai arba nenori atsakyti, ir gali bet kada sustoti.
widget-self-check-private = Tavo atsakymai neišsaugomi, ir nieko nesiunčiame be tavo sutikimo. Jei kas nors ateina, paspausk „Greitas išėjimas“: puslapis iškart dings.
widget-start = Pradėti
widget-share-title = Ar nori pasidalyti savo atsakymais?
widget-share-body = Jei nori, gali pasidalyti savo atsakymais su šia organizacija: { $organisation }. Atsakymai užšifruoti, todėl juos gali perskaityti tik { $organisation }. Tavo vardas nepridedamas. Savo rezultatą pamatysi bet kuriuo atveju.
widget-share-yes = Pasidalyti mano atsakymais
widget-share-no = Nesidalyti
widget-shared = Tavo atsakymai užšifruoti ir perduoti šiai organizacijai: { $organisation }.
widget-result-title = Tavo rezultatas
widget-result-concern = Kai kurie tavo atsakymai rodo, kad tau gali reikėti pagalbos ar apsaugos. Tai ne tavo kaltė, ir tau nereikia su tuo susidoroti vienai.
widget-result-unclear = Daug klausimų liko neatsakyta, todėl šis patikrinimas negali daug pasakyti. Jei kas nors tave neramina, visai normalu apie tai su kuo nors pasikalbėti.
widget-result-no-concern = Tavo atsakymai nerodo aiškių priežasčių nerimauti. Jei kas nors vis tiek tave neramina, visai normalu apie tai su kuo nors pasikalbėti.
widget-result-not-a-decision = Šis patikrinimas nieko apie tave nesprendžia ir apie tave niekam nepraneša. Tik tu sprendi, ką daryti toliau.
widget-emergency = Jei dabar tau gresia pavojus, skambink 112.
widget-help-title = Kur gali gauti pagalbos
widget-start-over = Ištrinti mano atsakymus ir pradėti iš naujo

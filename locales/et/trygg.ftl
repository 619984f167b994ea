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
home-case-updated = Viimati muudetud { $date }
home-case-no-assessments = Hindamisi veel pole
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

## Errors shown to the user
error-app-start = Trygg ei saanud selles brauseris käivituda. Sinu salvestatud andmeid ei ole muudetud. Proovi lehte uuesti laadida.

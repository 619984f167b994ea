## Skjáir forritsins sjálfs. Textar matstækjanna eru í identification.ftl, needs.ftl,
## risk.ftl; textar sem öll matstækin deila eru í common.ftl.

app-name = Trygg
app-tagline = Mat sem verður kyrrt á þessu tæki

## Loka strax: felur forritið samstundis.
quick-exit = Loka strax
quick-exit-hint = Felur Trygg samstundis. Þú getur líka ýtt tvisvar á Esc.

## Aðgerðir sem eru notaðar á mörgum skjám
action-back = Til baka
action-next = Áfram
action-cancel = Hætta við
action-back-to-cases = Aftur í málin

## Upphafsskjár
home-title = Mál á þessu tæki
home-empty-title = Engin mál á þessu tæki enn
home-empty-body = Mál heldur utan um matið sem þú gerir með einni konu. Það er auðkennt með kóða, ekki með nafni hennar, og fer aldrei af þessu tæki nema þú flytjir það út dulkóðað.
home-new-case = Stofna nýtt mál
home-search-label = Finna mál eftir kóða þess
home-search-none = Ekkert mál á þessu tæki er með slíkan kóða.
home-case-updated = Síðast breytt { $date }
home-case-no-assessments = Ekkert mat enn
home-case-assessment = { $name }: { $stage }, { $answered } af { $total } svarað

## Staða mats
stage-not-started = ekki hafið
stage-in-progress = í vinnslu
stage-complete = lokið

## Nýtt mál og samþykki
new-case-title = Nýtt mál
new-case-code-label = Málskóði
new-case-code-hint = Kóðinn kemur í stað nafns hennar. Geymdu hann á öruggum stað, fjarri þessu tæki, ef þú þarft að finna málið aftur. Þú mátt breyta honum.
new-case-code-invalid = Málskóði er sex bókstafir og tölustafir, til dæmis K7M-4QX (ekki 0, O, 1, I, L, U eða V).
new-case-code-taken = Annað mál á þessu tæki er þegar með þennan kóða.
new-case-role-label = Hlutverk þitt
new-case-role-hint = Samþykkið er skráð með hlutverki þínu, aldrei með nafni þínu.
new-case-create = Stofna málið
role-outreach-worker = Starfsmaður í vettvangsstarfi
role-case-manager = Málstjóri
role-shelter-worker = Starfsmaður í athvarfi
role-other-professional = Annar fagaðili

consent-record-legend = Má skrá svörin á þetta tæki?
consent-record-explain = Áður en nokkuð er vistað skaltu segja henni með þínum eigin orðum hvað verður skráð, að það verði áfram dulkóðað á þessu tæki, að hún geti hætt hvenær sem er og að hún geti sleppt hvaða spurningu sem er. Spyrðu hana síðan.
consent-record-yes = Já, hún samþykkir að svörin séu skráð
consent-record-no = Nei, hún samþykkir það ekki
consent-record-needed = Skráðu svar hennar: ekkert er vistað án samþykkis hennar.
consent-share-legend = Má deila niðurstöðunum dulkóðuðum með samtökunum þínum?
consent-share-explain = Þú getur líka spurt um þetta síðar, áður en nokkru er deilt. Svar hennar hér breytir engu um þá aðstoð sem hún getur fengið.
consent-share-yes = Já, hún samþykkir að niðurstöðunum megi deila dulkóðuðum
consent-share-no = Nei, ekki að svo stöddu
consent-declined-title = Ekkert hefur verið skráð
consent-declined-body = Ákvörðun hennar er virt: ekkert mál var stofnað og ekkert um hana er geymt á þessu tæki. Þú getur samt hjálpað henni án þess að skrá neitt:
consent-declined-step-listen = Hlustaðu, og segðu henni frá réttindum hennar og þeim stuðningi sem hún getur fengið, hvort sem hún gefur skýrslu hjá lögreglu eða ekki.
consent-declined-step-contacts = Gefðu henni upplýsingar um hvernig hún nær sambandi við stuðningsþjónustu og öruggan dvalarstað, ef hún vill.
consent-declined-step-later = Segðu henni að hún geti komið aftur að þessu hvenær sem er ef hún skiptir um skoðun.
consent-declined-change = Hún hefur skipt um skoðun

consent-record-short = Skráning á þetta tæki
consent-share-short = Deiling niðurstaðna
consent-not-asked = Ekki spurt enn
consent-given = Samþykkt { $date }
consent-declined = Hafnað { $date }
consent-withdrawn = Dregið til baka { $date }

## Mál
case-title = Mál { $code }
case-created = Stofnað
case-assessments = Mat
case-assessment-started = hafið { $date }
case-assessment-progress = { $stage }, { $answered } af { $total } svarað
case-continue = Halda áfram
case-review-answers = Fara yfir svörin
case-see-result = Sjá niðurstöðuna
case-start-heading = Hefja nýtt mat
case-start-assessment = { $instrument }
case-more = Skýrsla og mál
case-report = Skýrsla til útprentunar
case-delete = Eyða þessu máli
case-delete-confirm-title = Eyða þessu máli?
case-delete-confirm-body = Mál { $code } og allt mat sem því fylgir verður fjarlægt af þessu tæki. Ekki er hægt að afturkalla það.
case-delete-confirm = Já, eyða málinu
case-delete-keep = Nei, halda því
case-missing-title = Þetta mál er ekki á þessu tæki
case-missing-body = Því gæti hafa verið eytt. Ekkert annað hefur breyst.

## Viðtalið
assessment-back-to-case = Mál { $code }
assessment-back-to-case-short = Aftur í málið
assessment-section-of = Hluti { $current } af { $total }
assessment-answered-of = { $answered } af { $total } spurningum svarað
assessment-section-count = ({ $answered }/{ $total })
assessment-overview = Allir hlutar þessa mats
assessment-see-result = Sjá niðurstöðuna
question-hint-toggle = Af hverju þessi spurning?
question-clear = Hreinsa svarið
question-note-toggle = Athugasemd
question-note-label = Athugasemd þín við þessa spurningu
need-urgency-label = Hversu fljótt þarf hún á þessu að halda?
need-status-label = Staðan
need-service-label = Þjónusta eða samtök (valfrjálst)

## Niðurstöður
result-title = Niðurstaða: { $instrument }
result-back-to-case = Aftur í málið
result-review-answers = Fara yfir svörin
result-unavailable = Ekki er hægt að sýna þessa niðurstöðu. Svörin eru geymd óbreytt.
result-by-dimension = Það sem svörin sýna, hluta fyrir hluta
result-indicators-seen = Komið fram
result-indicators-unknown = Ekki vitað enn
result-note = Athugasemd þín: { $note }
result-needs-count = { $count ->
    [0] Engar þarfir skráðar enn.
    [one] { $count } þörf í stuðningsáætluninni.
   *[other] { $count } þarfir í stuðningsáætluninni.
}
result-needs-none = Engar þarfir skráðar enn.
result-need-service = Þjónusta: { $service }
result-none = Ekkert.
result-risk-reasons = Á hverju áhættustigið byggist
result-points = { $points } stig
result-raise-toggle = Hækka áhættustigið samkvæmt faglegu mati
result-raise-level = Nýtt áhættustig
result-raise-reason = Af hverju (skylt að fylla út)
result-raise-reason-needed = Skrifaðu af hverju þú hækkar áhættustigið.
result-raise-save = Hækka áhættustigið
result-return = Heimför til heimalandsins eða til annars lands

## Skýrslan til útprentunar
report-title = Skýrsla fyrir mál { $code }
report-print = Prenta
report-printed = Prentað { $date }
report-assessment-dates = Hafið { $started }, síðast breytt { $updated }
report-answers = Öll svör
report-confidential = Trúnaðarmál. Þessi skýrsla inniheldur viðkvæmar persónuupplýsingar: geymdu hana í læstri hirslu, deildu henni aðeins með fólki sem þarf á henni að halda til að hjálpa henni og eyddu henni þegar hennar er ekki lengur þörf.

## Villur sem notandinn sér
error-app-start = Trygg gat ekki ræst í þessum vafra. Vistuðum gögnum þínum hefur ekki verið breytt. Prófaðu að endurhlaða síðuna.

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
home-list-limited = Aðeins nýlegast breyttu málin eru sýnd. Leitaðu eftir kóða eða sýndu öll.
home-show-all = Sýna öll mál ({ $count })
home-case-updated = Síðast breytt { $date }
home-case-no-assessments = Ekkert mat enn
home-resume = Síðasta viðtal í gangi: { $instrument } fyrir mál { $code }.
home-resume-button = Halda áfram þar sem frá var horfið
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

## Ræsing, vistun, læsing
starting = Opnar Trygg…
save-saving = Vistar…
save-saved = Öll svör vistuð
save-failed-short = Ekki vistað
save-failed-title = Ekki hefur enn tekist að vista nýjustu svörin þín.
save-retry = Reyna aftur
lock-now = Læsa

## Fyrsta ræsing: lykilorðið
setup-title = Verndaðu gögnin á þessu tæki
setup-explain = Allt sem þú skráir í Trygg er dulkóðað á þessu tæki með lykilorði sem aðeins þú þekkir. Þú þarft á því að halda í hvert sinn sem þú opnar Trygg og eftir að forritið læsir sér sjálft.
setup-no-recovery = Ef lykilorðið gleymist getur enginn endurheimt gögnin: hvorki þú, samtökin þín né þau sem gerðu Trygg. Eina leiðin er þá að eyða öllu á þessu tæki.
setup-passphrase = Lykilorð
setup-passphrase-hint = Að minnsta kosti { $min } stafir. Nokkur óskyld orð er auðveldara að muna og erfiðara að giska á en eitt orð með táknum.
setup-repeat = Endurtaktu lykilorðið
setup-strength-weak = Of auðvelt að giska á. Notaðu að minnsta kosti { $min } stafi og blandaðu saman orðum, tölustöfum eða táknum.
setup-strength-fair = Ásættanlegt. Lengra er sterkara.
setup-strength-strong = Langt og fjölbreytt. Gættu þess að það sé ekki eitthvað sem aðrir vita um þig.
setup-too-short = Lykilorðið þarf að vera að minnsta kosti { $min } stafir.
setup-mismatch = Lykilorðin tvö eru ekki eins.
setup-submit = Vista lykilorðið
setup-working = Verndar gögnin…

## Aflæsing
unlock-title = Trygg er læst
unlock-explain = Sláðu inn lykilorðið þitt til að opna málin á þessu tæki.
unlock-passphrase = Lykilorð
unlock-submit = Aflæsa
unlock-working = Aflæsir…
unlock-wrong = Þetta lykilorð opnar ekki gögnin á þessu tæki. Athugaðu hvort um innsláttarvillu sé að ræða og reyndu aftur.
unlock-forgotten = Gleymdirðu lykilorðinu?
unlock-forgotten-explain = Ekki er hægt að endurheimta lykilorðið og ekki er hægt að opna gögnin án þess. Þú getur eytt öllu á þessu tæki og byrjað upp á nýtt með nýju lykilorði.
erase-understood = Ég skil að öllum málum á þessu tæki verður eytt fyrir fullt og allt.
erase-submit = Eyða öllum gögnum á þessu tæki
no-storage-title = Trygg getur ekki geymt gögn í þessum vafra
no-storage-body = Þessi vafri leyfir Trygg ekki að geyma neitt (það gerist í sumum huliðsgluggum og með sumum persónuverndarstillingum). Ekkert hefur verið geymt. Opnaðu Trygg í venjulegum glugga, eða í öðrum vafra, til að skrá mat.

## Vandamál við gagnageymslu
storage-error-unavailable = Vafrinn leyfir Trygg ekki að geyma gögn hér eins og er. Ekkert sem var vistað áður hefur breyst.
storage-error-quota = Tækið er fullt, svo ekki var hægt að vista síðustu breytinguna. Allt sem var vistað áður er öruggt. Losaðu pláss á tækinu og veldu síðan „Reyna aftur“.
storage-error-connection = Vafrinn lokaði gagnageymslu Trygg. Allt sem var vistað áður er öruggt. Veldu „Reyna aftur“; ef þetta gerist aftur og aftur skaltu endurhlaða síðuna.
storage-error-no-vault = Gögnunum á þessu tæki var eytt, hugsanlega í öðrum glugga. Trygg byrjar upp á nýtt.
storage-error-vault-exists = Þetta tæki er þegar með lykilorð. Endurhladdu síðuna til að aflæsa.
storage-error-locked = Trygg var læst. Aflæstu til að halda áfram; ekkert sem var vistað hefur breyst.
storage-error-conflict = Annar gluggi breytti sömu gögnum á sama augnabliki. Reyndu aftur.
storage-error-corrupt = Sum vistuð gögn eru skemmd og ekki er hægt að opna þau. Ekkert annað hefur breyst.
storage-error-too-new = Þessi gögn voru vistuð með nýrri útgáfu af Trygg. Uppfærðu Trygg til að opna þau.
storage-error-other = Eitthvað fór úrskeiðis við vistunina. Allt sem var vistað áður er öruggt. Reyndu aftur.

## Stillingar
settings-title = Stillingar
settings-saved = Vistað.
settings-lock-heading = Læsing
settings-idle-label = Læsa Trygg þegar það hefur ekki verið notað í
settings-minutes = { $minutes ->
    [one] { $minutes } mínútu
   *[other] { $minutes } mínútur
}
settings-retention-heading = Varðveisla mála
settings-retention-label = Merkja mál til yfirferðar þegar þau hafa verið óbreytt í
settings-retention-hint = Samtökin þín ákveða hversu lengi má geyma mál. Merktum málum er ekki eytt: þú ákveður það.
settings-retention-none = Ekki merkja
settings-days = { $days ->
    [one] { $days } dag
   *[other] { $days } daga
}
settings-persist-heading = Varðveisla gagna á þessu tæki
settings-persist-yes = Vafrinn geymir gögn Trygg jafnvel þegar pláss er að verða á þrotum.
settings-persist-no = Vafrinn gæti eytt gögnum Trygg þegar pláss er að verða á þrotum. Ef þú setur Trygg upp sem forrit, eða leyfir því að geyma gögn varanlega, kemurðu í veg fyrir það.
settings-persist-unknown = Þessi vafri gefur ekki upp hvort hann geymir gögn Trygg þegar pláss er að verða á þrotum.
settings-passphrase-heading = Lykilorð
settings-passphrase-old = Núverandi lykilorð
settings-passphrase-new = Nýtt lykilorð
settings-passphrase-submit = Breyta lykilorðinu
settings-passphrase-changed = Lykilorðinu hefur verið breytt. Notaðu nýja lykilorðið héðan í frá.
settings-passphrase-wrong-old = Núverandi lykilorð er ekki rétt; engu var breytt.
settings-erase-heading = Eyða öllu
settings-erase-explain = Eyðir öllum málum á þessu tæki og lykilorðinu. Ekki er hægt að afturkalla það.

## Sama mál í tveimur gluggum
case-read-only = Þetta mál er opið í öðrum glugga eða flipa. Hér geturðu lesið það; til að breyta því hér skaltu loka því þar.
case-opening = Opnar málið…
home-unreadable = Vistuð mál sem ekki var hægt að opna vegna skemmdra gagna: { $count }. Þau eru geymd óbreytt.
home-review-due = Óbreytt lengur en samtökin þín geyma mál: athugaðu hvort eigi að halda því.

## Uppfærslur
update-ready = Ný útgáfa af Trygg er tilbúin.
update-now = Uppfæra núna

## Villur sem notandinn sér
error-app-start = Trygg gat ekki ræst í þessum vafra. Vistuðum gögnum þínum hefur ekki verið breytt. Prófaðu að endurhlaða síðuna.

## Sharing: organisation keys, exports and opening exports

home-sharing-heading = Deila niðurstöðum
home-export = Flytja út mál
home-open-export = Opna útflutningsskrá
case-export = Flytja þetta mál út
file-error-too-large = Þessi skrá er of stór til að geta verið sú sem þú leitar að.
file-error-unreadable = Ekki tókst að lesa skrána. Veldu hana aftur eða athugaðu hvort hún sé enn til.

keys-heading = Lyklar samtaka
keys-explain = Útflutningsskrár eru dulkóðaðar með opinberum lykli samtakanna þinna, svo að aðeins sá sem hefur samsvarandi leynilykil getur lesið þær. Samtökin þín afhenda þér opinbera lykilinn sinn; hann byrjar á „age1“.
keys-none = Engir lyklar samtaka eru á þessu tæki enn.
keys-add-heading = Bæta við opinberum lykli
keys-label = Heiti lykilsins
keys-label-hint = Til dæmis heiti samtakanna og starfsstöðvar. Ekki nafn einstaklings.
keys-public = Opinber lykill (age1…)
keys-load-file = Eða sækja lykilinn úr skrá
keys-add = Bæta lyklinum við
keys-added = Lyklinum var bætt við.
keys-removed = Lykillinn var fjarlægður.
keys-remove = Fjarlægja
keys-remove-named = Fjarlægja lykilinn { $label }
keys-error-empty = Límdu inn opinberan lykil eða veldu skrá sem inniheldur slíkan lykil.
keys-error-secret = Þetta er leynilykill. Láttu forritið aldrei fá hann: límdu inn opinbera lykilinn, sem byrjar á „age1“.
keys-error-not-public = Þetta er ekki opinber lykill. Opinber lykill byrjar á „age1“ og er 62 stafir að lengd.
keys-error-not-secret = Þetta er ekki leynilykill. Leynilykill byrjar á „AGE-SECRET-KEY-“.
keys-error-no-label = Gefðu lyklinum heiti svo að þú getir greint hann frá öðrum lyklum.
keys-error-duplicate = Þessi lykill er þegar á listanum.
keys-create-heading = Búa til lykil fyrir samtökin
keys-create-explain = Gerðu þetta einu sinni fyrir samtökin þín, í tölvu sem þú treystir. Forritið vistar leynilykilinn sem skrá og sýnir opinbera lykilinn, sem starfsfólk bætir svo við á tækjunum sínum.
keys-create-warning = Geymdu leynilyklaskrána á öruggum stað án nettengingar, til dæmis á USB-minnislykli í læstri skúffu, og hafðu afrit af henni. Hver sem hefur skrána getur lesið allar útflutningsskrár sem gerðar eru fyrir þennan lykil. Ef hún glatast verður aldrei hægt að lesa þær. Forritið geymir hana ekki.
keys-create = Búa til lykil og vista leynilyklaskrána
keys-create-saved = Leynilykillinn var vistaður sem { $file } í niðurhalsmöppunni þinni. Færðu hann á öruggan stað núna.
keys-create-failed = Ekki tókst að vista leynilyklaskrána. Ekkert var búið til; reyndu aftur.
keys-create-public = Opinber lykill sem starfsfólk á að fá:
keys-copy = Afrita opinbera lykilinn
keys-copied = Opinberi lykillinn var afritaður.
keys-copy-failed = Vafrinn leyfði ekki afritun. Veldu lykilinn og afritaðu hann handvirkt.

export-title = Flytja út mál
export-explain = Útflutningurinn er ein dulkóðuð skrá. Aðeins lyklar samtakanna eða lykilorðið sem þú velur geta opnað hana. Mál eru aðeins flutt út ef hún hefur samþykkt að niðurstöðum sé deilt.
export-cases-legend = Mál til útflutnings
export-no-consent = Ekkert samþykki fyrir deilingu hefur verið skráð í þessu máli.
export-record-consent = Hún hefur samþykkt deilingu: skrá samþykkið
export-protect-legend = Hver má opna skrána
export-method-keys = Lyklar samtaka
export-method-passphrase = Lykilorð
export-keys-legend = Lyklar samtaka
export-no-keys = Engir lyklar samtaka eru á þessu tæki enn. Bættu opinberum lykli samtakanna þinna við í Stillingum, eða notaðu lykilorð.
export-go-settings = Fara í Stillingar
export-passphrase-hint = Að minnsta kosti { $min } stafir. Láttu þann sem opnar skrána fá lykilorðið eftir annarri leið en skrána sjálfa, til dæmis í síma.
export-passphrase = Lykilorð fyrir þessa skrá
export-submit = Flytja út
export-busy = Dulkóðar…
export-done = { $count ->
    [one] { $count } mál var flutt út og vistað sem { $file } í niðurhalsmöppunni þinni.
   *[other] { $count } mál voru flutt út og vistuð sem { $file } í niðurhalsmöppunni þinni.
}
export-error-no-cases = Veldu að minnsta kosti eitt mál sem hún hefur samþykkt að deila.
export-error-no-keys = Veldu að minnsta kosti einn lykil samtaka.
export-error-short = Lykilorðið þarf að vera að minnsta kosti { $min } stafir.
export-error-save = Ekki tókst að vista skrána. Engu var deilt; reyndu aftur.

open-title = Opna útflutningsskrá
open-explain = Lestu dulkóðaða útflutningsskrá á þessu tæki. Skráin er aðeins opnuð í vinnsluminni; ekkert er vistað nema þú flytjir mál inn.
open-file-label = Útflutningsskrá (.trygg.age)
open-unlock-legend = Aðferð til að opna hana
open-with-key-file = Leynilyklaskráin
open-with-pasted-key = Leynilykill sem er límdur inn
open-with-passphrase = Lykilorðið
open-key-file-label = Leynilyklaskrá
open-pasted-key-label = Leynilykill (AGE-SECRET-KEY-…)
open-passphrase-label = Lykilorð skrárinnar
open-not-stored = Lykillinn eða lykilorðið er notað einu sinni og aldrei vistað.
open-submit = Opna
open-busy = Opnar…
open-another = Opna aðra skrá
open-back-to-export = Aftur í útflutningsskrána
open-summary = { $count ->
    [one] { $count } mál, flutt út { $date } með Trygg { $version }.
   *[other] { $count } mál, flutt út { $date } með Trygg { $version }.
}
open-case-details = { $count ->
    [one] { $count } mat, síðast breytt { $date }
   *[other] { $count } möt, síðast breytt { $date }
}
open-read-report = Lesa skýrsluna
open-import = Flytja inn á þetta tæki
open-imported = Málið er nú á þessu tæki.
open-same-version = Þetta tæki er þegar með nákvæmlega þessa útgáfu af málinu.
open-import-all = Flytja inn öll { $count } málin
open-import-all-imported = { $count ->
    [one] { $count } mál var flutt inn.
   *[other] { $count } mál voru flutt inn.
}
open-import-all-same = { $count ->
    [one] { $count } mál var þegar óbreytt á þessu tæki.
   *[other] { $count } mál voru þegar óbreytt á þessu tæki.
}
open-import-all-to-choose = { $count ->
    [one] { $count } mál er á þessu tæki í annarri útgáfu. Veldu hér fyrir neðan hvaða útgáfu á að halda.
   *[other] { $count } mál eru á þessu tæki í annarri útgáfu. Veldu hér fyrir neðan, fyrir hvert mál, hvaða útgáfu á að halda.
}
open-conflict-title = Þetta mál er þegar á þessu tæki
open-conflict-body = Útgáfunni á þessu tæki var síðast breytt { $device }. Útgáfunni í skránni var síðast breytt { $file }. Viltu skipta útgáfunni á þessu tæki út fyrir útgáfuna í skránni?
open-conflict-replace = Skipta út fyrir útgáfuna í skránni
open-conflict-keep = Halda útgáfunni á þessu tæki
open-error-no-file = Veldu fyrst útflutningsskrána.
open-error-no-key-file = Veldu leynilyklaskrána.
open-error-no-passphrase = Sláðu inn lykilorð skrárinnar.
open-error-empty = Skráin er tóm. Hugsanlega var hún ekki vistuð að fullu; biddu um að fá hana aftur.
open-error-too-large = Skráin er stærri en { $mib } MiB, stærri en nokkur útflutningsskrá úr Trygg. Hún var ekki lesin.
open-error-not-age = Þetta er ekki dulkóðuð útflutningsskrá úr Trygg. Athugaðu hvort þú valdir rétta skrá (heiti hennar endar á .trygg.age).
open-error-damaged = Skráin er skemmd eða ófullgerð og því ekki hægt að opna hana. Biddu um að hún verði send aftur.
open-error-needs-passphrase = Þessi skrá er varin með lykilorði, ekki með lykli. Veldu „Lykilorðið“.
open-error-needs-key = Þessi skrá er varin með lyklum samtaka, ekki með lykilorði. Veldu leynilykilinn.
open-error-wrong-key = Þessi lykill getur ekki opnað skrána. Hún var gerð fyrir annan lykil, eða hún er skemmd.
open-error-wrong-passphrase = Lykilorðið er ekki rétt, eða skráin er skemmd. Athugaðu lykilorðið og reyndu aftur.
open-error-too-much-work = Til að opna þessa skrá þyrfti meira minni en þetta tæki leyfir. Opnaðu hana í tölvu með skipanalínuforritinu trygg.
open-error-not-trygg = Skráin opnaðist, en í henni er eitthvað annað en útflutningsskrá úr Trygg.
open-error-too-new = Þessi útflutningsskrá var gerð með nýrri útgáfu af Trygg. Uppfærðu Trygg til að opna hana.
open-error-invalid = Útflutningsskráin opnaðist, en innihald hennar er skemmt. Biddu um að hún verði send aftur.

## Languages: the picker in the header, and her language in an interview
language-label = Tungumál
language-draft = Drög að þýðingu
language-draft-explain = Enginn sem talar málið reiprennandi hefur enn farið yfir þýðinguna. Farðu yfir mikilvægt orðalag með túlki.
language-load-failed = Ekki tókst að hlaða þessu tungumáli ({ $language }) inn á tækið núna, svo textarnir haldast óbreyttir. Reyndu aftur þegar tækið er tengt netinu.
respondent-language-label = Tungumál hennar
respondent-language-hint = Hver spurning birtist á þínu tungumáli og fyrir neðan hana á hennar tungumáli, svo hún geti lesið með eða túlkur geti athugað orðalagið.
respondent-load-failed = Ekki er hægt að sýna spurningarnar á tungumáli hennar ({ $language }) núna, aðeins á þínu. Reyndu aftur þegar tækið er tengt netinu.
action-close = Loka

## Training with fictional cases

training-mark = Æfing – skáldað mál. Ekkert hér er raunverulegt og ekkert er geymt.
training-entry-heading = Æfing
training-entry-explain = Æfðu greiningu með skálduðum málum, til dæmis á námskeiði. Ekki þarf lykilorð: æfingin snertir aldrei raunveruleg mál.
training-entry = Æfa sig á skálduðu máli
training-load-failed = Ekki tókst að hlaða æfingamálunum í þetta tæki núna. Reyndu aftur þegar tækið er nettengt.
training-title = Æfing
training-leave = Hætta æfingunni
training-explain = Lestu sögu skáldaðrar konu, svaraðu spurningum greiningarinnar eins og þú hefðir hitt hana og berðu svörin þín saman við svör reynds starfsfólks. Svörin þín eru aðeins geymd þar til þú hættir æfingunni.
training-scenarios = Sviðsmyndir
training-start = Æfa sig á þessari sviðsmynd
training-open-file = Eða opna sviðsmyndaskrá frá leiðbeinandanum þínum (.trygg-scenario.json)
training-trainers = Fyrir leiðbeinendur
training-trainers-explain = Opnaðu niðurstöðuskrárnar sem þátttakendurnir vistuðu til að sjá hvernig hópurinn svaraði, sviðsmynd fyrir sviðsmynd.
training-group-summary = Samantekt fyrir hópinn
training-back-to-scenarios = Aftur í sviðsmyndirnar
training-story-explain = Lestu fyrst alla söguna. Svaraðu svo spurningunum út frá því sem sagan segir: þar sem hún segir ekkert skaltu svara „Veit ekki“.
training-begin = Svara spurningum greiningarinnar
training-feedback-title = Endurgjöf: { $scenario }
training-agreement = Vísbendingar þar sem þú varst sammála viðmiðinu: { $matched } af { $total } ({ $percent }%).
training-conclusion = Niðurstaða
training-conclusion-same = Niðurstaða þín er sú sama og í viðmiðinu.
training-conclusion-different = Niðurstaða þín er önnur en í viðmiðinu. Munurinn hér fyrir neðan skýrir hvers vegna.
training-yours = Svörin þín
training-reference = Viðmið
training-yours-reference = Þú: { $yours }. Viðmið: { $reference }.
training-finding-present = komið fram
training-finding-absent = ekki til staðar
training-finding-unknown = ekki vitað
training-finding-not-relevant = ekki spurt
training-missed = { $count ->
    [one] { $count } vísbending fór fram hjá þér
   *[other] { $count } vísbendingar fóru fram hjá þér
}
training-missed-explain = Sagan sýnir þessar vísbendingar, en samkvæmt svörum þínum eru þær ekki til staðar.
training-over-called = { $count ->
    [one] { $count } vísbending sem þú sérð en viðmiðið ekki
   *[other] { $count } vísbendingar sem þú sérð en viðmiðið ekki
}
training-over-called-explain = Samkvæmt svörum þínum eru þessar vísbendingar til staðar, en sagan styður þær ekki.
training-unknown = { $count ->
    [one] { $count } vísbending sem aðeins annar aðilinn hefur svar við
   *[other] { $count } vísbendingar sem aðeins annar aðilinn hefur svar við
}
training-unknown-explain = Annar aðilinn svaraði „Veit ekki“ (eða komst ekki að spurningunni) þar sem hinn hafði svar.
training-matched-list = { $count ->
    [one] { $count } vísbending þar sem þú ert sammála viðmiðinu
   *[other] { $count } vísbendingar þar sem þú ert sammála viðmiðinu
}
training-dimensions = Þáttur fyrir þátt
training-dimension = Þáttur
training-save-heading = Vistaðu niðurstöðuna þína
training-save-explain = Leiðbeinandinn þinn getur tekið saman niðurstöður alls hópsins. Skráin inniheldur svörin þín við þessu skáldaða máli og, ef þú vilt, gælunafn; ekkert annað.
training-nickname = Gælunafn (valfrjálst)
training-save = Vista niðurstöðuskrána mína
training-saved = Vistað sem { $file } í niðurhalsmöppunni þinni.
training-save-failed = Ekki tókst að vista skrána. Reyndu aftur.
training-summary-title = Samantekt fyrir hópinn
training-summary-explain = Veldu niðurstöðuskrár hópsins, allar í einu. Trygg tekur þær saman eftir sviðsmyndum; skrárnar eru aðeins lesnar á þessu tæki.
training-result-files = Niðurstöðuskrár (.trygg-training.json)
training-file-problem = { $file }: { $problem }
training-summary-counts = { $trainees ->
    [one] { $trainees } þátttakandi. Sama niðurstaða og í viðmiðinu: { $agreeing }. Meðalsamræmi í vísbendingum: { $percent }%.
   *[other] { $trainees } þátttakendur. Sama niðurstaða og í viðmiðinu: { $agreeing }. Meðalsamræmi í vísbendingum: { $percent }%.
}
training-chart-conclusion = Niðurstaðan borin saman við viðmiðið
training-chart-agreeing = Sama niðurstaða
training-chart-differing = Önnur niðurstaða
training-chart-dimensions = Þátttakendur sem eru sammála viðmiðinu, eftir þáttum
training-chart-missed = Vísbendingar sem oftast fóru fram hjá þátttakendum
training-chart-over-called = Vísbendingar sem oftast voru taldar koma fram þótt viðmiðið sjái þær ekki
training-error-not-scenario = Þetta er ekki sviðsmyndaskrá úr Trygg.
training-error-not-result = Þetta er ekki niðurstöðuskrá úr æfingu í Trygg.
training-error-too-new = Þessi skrá var gerð með nýrri útgáfu af Trygg. Uppfærðu Trygg til að opna hana.
training-error-damaged = Þessi skrá er skemmd og ekki er hægt að lesa hana.
training-error-no-reference = Í þessari sviðsmynd eru engin viðmiðunarsvör fyrir greininguna, svo ekki er hægt að æfa sig á henni.
training-error-unknown-scenario = Þessi niðurstaða á við sviðsmynd sem er ekki opin. Opnaðu fyrst skrána með þeirri sviðsmynd.

## Training: the scenario editor

training-write = Skrifa sviðsmynd
training-editor-title = Skrifa sviðsmynd
training-editor-explain = Skrifaðu sögu skáldaðrar konu í stuttum hlutum, svaraðu spurningum greiningarinnar eins og reyndur starfsmaður myndi svara út frá sögunni og segðu fyrir hverja vísbendingu hvers vegna hún á við eða ekki. Vistaðu svo skrána og láttu þátttakendurna þína fá hana. Allt helst á þessu tæki þar til þú vistar það.
training-editor-title-label = Titill
training-editor-summary-label = Ein setning um sviðsmyndina
training-editor-story = Sagan
training-editor-part = Hluti { $number }
training-editor-add-part = Bæta við hluta
training-editor-reference = Viðmiðunarsvör
training-editor-answered = { $count ->
    [one] Þú hefur svarað { $count } spurningu hingað til.
   *[other] Þú hefur svarað { $count } spurningum hingað til.
}
training-editor-answer = Svara spurningum greiningarinnar sem viðmiðunarsvör
training-editor-explanations = Hvers vegna hver vísbending á við eða ekki
training-editor-explanations-explain = Þátttakendur lesa skýringarnar þegar svar þeirra er annað en viðmiðið. Ein eða tvær setningar við hverja vísbendingu nægja.
training-editor-save = Vista sviðsmyndaskrána
training-editor-saved = Vistað sem { $file } í niðurhalsmöppunni þinni.
training-editor-error-empty = Gefðu sviðsmyndinni titil og að minnsta kosti einn hluta af sögunni.
training-editor-error-no-answers = Svaraðu fyrst spurningum greiningarinnar sem viðmiðunarsvör.
## Viðbótin: Trygg á eigin vefsíðu samtaka. Í sjálfsathuguninni svarar konan sjálf.
widget-error-config = Ekki er hægt að sýna þetta eyðublað vegna þess að það er ekki rétt sett upp. Vinsamlegast láttu samtökin sem reka þessa vefsíðu vita.
widget-self-check-title = Einkaathugun á stöðu þinni
widget-self-check-intro = Spurningarnar fjalla um aðstæður þínar og öryggi þitt. Það eru engin rétt eða röng svör. Þú getur alltaf svarað að þú vitir það ekki eða viljir helst ekki svara, og þú getur hætt hvenær sem er.
widget-self-check-private = Svörin þín eru ekki vistuð og ekkert er sent án samþykkis þíns. Ef einhver kemur skaltu ýta á Loka strax: síðan hverfur samstundis.
widget-start = Byrja
widget-share-title = Viltu deila svörunum þínum?
widget-share-body = Ef þú vilt getur þú deilt svörunum þínum með þessum samtökum: { $organisation }. Svörin eru dulkóðuð, svo að aðeins { $organisation } getur lesið þau. Nafnið þitt fylgir ekki með. Þú sérð niðurstöðuna þína hvort sem er.
widget-share-yes = Deila svörunum mínum
widget-share-no = Ekki deila
widget-shared = Svörin þín voru send dulkóðuð til þessara samtaka: { $organisation }.
widget-result-title = Niðurstaðan þín
widget-result-concern = Sum svörin þín sýna að þú gætir þurft hjálp eða vernd. Það er ekki þér að kenna, og þú þarft ekki að takast á við þetta ein.
widget-result-unclear = Mörgum spurningum var ekki svarað, svo þessi athugun getur ekki sagt mikið. Ef eitthvað veldur þér áhyggjum er sjálfsagt að ræða það við einhvern.
widget-result-no-concern = Svörin þín sýna ekki skýrar ástæður til að hafa áhyggjur. Ef eitthvað veldur þér samt áhyggjum er sjálfsagt að ræða það við einhvern.
widget-result-not-a-decision = Þessi athugun ákveður ekkert um þig og tilkynnir þig ekki til neins. Aðeins þú ákveður hvað þú gerir næst.
widget-emergency = Ef þú ert í hættu núna, hringdu í 112.
widget-help-title = Hvar þú getur fengið hjálp
widget-start-over = Eyða svörunum mínum og byrja aftur

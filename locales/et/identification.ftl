## Identification: indicators of trafficking for sexual exploitation (ILO/EC operational indicators).
## Questions marked "Ask her" are put to the woman; the others are the worker's own observations.
## She can always say she does not know, or prefer not to answer.

identification-title = Tuvastamine

## Sections

identification-context = Tema olukord
identification-deceptive-recruitment = Kuidas ta värvati: lubadused ja tegelikkus
identification-coercive-recruitment = Kuidas ta värvati: sund ja surve
identification-vulnerability-recruitment = Tema olukord enne lahkumist
identification-exploitation = Tingimused seal, kus ta oli
identification-coercion-destination = Kontroll ja surve seal, kus ta oli
identification-vulnerability-destination = Mis teda seal kinni hoidis

## Her situation (not scored)

identification-came-from-abroad = Kas sa tulid siia riiki mõnest teisest riigist?
identification-came-from-abroad-hint = Mõned küsimused on olulised ainult siis, kui ta on ületanud riigipiiri; see ütleb rakendusele, milliseid küsimusi näidata.
identification-someone-arranged = Kas keegi teine korraldas sinu töö, reisi või koha, kus sa pidid elama?
identification-someone-arranged-hint = Aitab sul lugu jälgida; see ei mõjuta ühtegi järeldust.
identification-interpreter-present = Kas selles vestluses osaleb tõlk?

## Dimension 1: deceptive recruitment

identification-deceived-about-work = Kas töö, mida sa lõpuks tegid, oli teistsugune kui see, millest sulle räägiti?
identification-deceived-about-work-hint = Töö sisu kohta eksitamine on üks selgemaid tunnuseid. Küsi õrnalt: paljud naised süüdistavad ennast selles, et nad pakkumist uskusid.
identification-deceived-about-earnings = Kas sa teenisid palju vähem, kui sulle lubati?
identification-deceived-about-conditions = Kas töötingimused olid väga erinevad sellest, mida sulle räägiti?
identification-deceived-about-contract = Kas sinuga sõlmitud lepingust või kokkuleppest ei peetud kinni või muudeti seda pärast sinu saabumist?
identification-deceived-about-contract-hint = Leping võis olla kirjalik või ainult suuline. Mõlemad lähevad arvesse.
identification-deceived-about-housing = Kas koht, kus sa elasid, oli teistsugune, kui sulle oli lubatud?
identification-deceived-about-papers = Kas sulle räägiti valesti sinu dokumentide, viisa või siin viibimise õiguse kohta?
identification-deceived-about-papers-hint = Valeinfo dokumentide kohta hoiab naist sageli ametivõimude ees hirmul.
identification-deceived-about-journey = Kas sind eksitati reisi, selle hinna või selle kohta, kui palju sa selle eest võlgu jääd?
identification-deceived-about-journey-hint = Varjatud või kasvavad reisikulud on levinud viis võla tekitamiseks.
identification-false-promise-of-relationship = Kas keegi lubas sulle abielu, suhet või su pere siia toomist, et sa siia tuleksid?
identification-false-promise-of-relationship-hint = Vahel on värbaja poiss-sõber või elukaaslane. Küsi suhet hukka mõistmata.
identification-deceived-about-education = Kas sulle lubati õppimis- või koolitusvõimalust, mida kunagi ei tulnud?

## Dimension 2: coercive recruitment

identification-violence-at-recruitment = Kas keegi tegi sulle enne reisi või selle ajal füüsiliselt või seksuaalselt haiget?
identification-violence-hint = Ta ei pruugi tahta juhtunut kirjeldada. Jah või ei on piisav; üksikasjad võivad oodata või jäädagi rääkimata.
identification-threats-at-recruitment = Kas keegi ähvardas sulle enne reisi või selle ajal haiget teha?
identification-taken-or-sold = Kas sind viidi ära vastu sinu tahtmist, sunniti abielluma või müüdi või anti kellelegi üle?
identification-taken-or-sold-hint = Need on sunni rasked vormid. Lase tal vastata oma sõnadega ja oma tempos.
identification-debt-at-recruitment = Kas sulle pandi reisi või töö eest võlg, mille pidid tööga tagasi maksma?
identification-debt-hint = Võlg, mida ei saa kunagi ära maksta, hoiab naist kontrolli all. Summa ei ole siin oluline.
identification-papers-taken-at-recruitment = Kas keegi võttis enne reisi või selle ajal sinu passi või isikutunnistuse ja jättis selle endale?
identification-papers-taken-hint = Ilma dokumentideta ei saa ta lahkuda ega tõendada, kes ta on.
identification-confined-at-recruitment = Kas sind hoiti enne reisi või selle ajal luku taga, teistest eraldatuna või pideva valve all?
identification-threat-of-authorities-at-recruitment = Kas keegi ähvardas enne sinu lahkumist sinust politseile või migratsiooniametnikele teatada?
identification-threat-to-tell-family-at-recruitment = Kas keegi ähvardas enne sinu lahkumist sinu perele või kogukonnale sinu kohta midagi rääkida?
identification-threat-to-tell-hint = Häbistamisega ähvardamine võib mõjuda sama tugevalt kui vägivallaga ähvardamine.
identification-family-threatened-at-recruitment = Kas keegi tegi enne sinu lahkumist sinu perele haiget või ähvardas neid?
identification-money-withheld-at-recruitment = Kas keegi jättis enne sinu lahkumist endale raha, mis kuulus sulle?

## Dimension 3: abuse of vulnerability at recruitment

identification-hard-family-situation = Kas sa olid enne lahkumist väga raskes pere- või isiklikus olukorras?
identification-vulnerability-hint = Raske olukord ei ole tema süü; teisi ära kasutavad inimesed otsivad seda ja kasutavad seda ära.
identification-irregular-status-before = Kas sul puudusid tol ajal kehtivad dokumendid või luba riiki, kuhu sa läksid?
identification-language-or-schooling-barrier = Kas tundub, et ta on vähe koolis käinud või ei räägi selle riigi keelt, kuhu ta viidi?
identification-lacked-information = Kas sa teadsid lahkudes vähe riigist, kuhu sa läksid, või oma õigustest seal?
identification-controlled-before-leaving = Kas keegi kontrollis juba enne sinu lahkumist sinu elu või otsuseid?
identification-economic-hardship-before = Kas sul või sinu perel oli enne lahkumist elamiseks väga vähe raha?
identification-false-promises-about-law = Kas sulle räägiti siinsete seaduste või ametivõimude kohta asju, mis osutusid valeks?
identification-emotional-dependency-before = Kas sa olid emotsionaalselt sõltuv inimesest, kes sinu lahkumise korraldas?
identification-emotional-dependency-before-hint = Armastus või lojaalsus värbaja vastu on tavaline ja võib teha tema kohta rääkimise raskeks.
identification-hardship-earlier-in-life = Kas sa oled varem elus läbi elanud midagi väga rasket, näiteks vägivalda või kodu kaotamist?
identification-hardship-earlier-in-life-hint = Küsi ainult siis, kui ta on selleks valmis. Ärakasutajad kasutavad varasemaid raskusi ära; need ei tee teda kunagi vastutavaks.
identification-could-not-arrange-journey = Kas sul oleks olnud raske omal käel reisida, ilma inimesteta, kes reisi korraldasid?
identification-beliefs-used-against-her = Kas sinu uskumusi või traditsioone, näiteks vannet või rituaali, kasutati selleks, et sind nõustuma panna?
identification-beliefs-used-against-her-hint = Vanded ja rituaalid võivad naist hirmu kaudu siduda. Küsides austa tema uskumusi.
identification-hard-general-situation = Kas elu seal, kus sa elasid, oli üldiselt väga raske, näiteks vaesuse, konflikti või rahutuste tõttu?

## Dimension 4: exploitative conditions

identification-excessive-hours = Kas sa pidid töötama väga pikki päevi või olema kättesaadav päeval ja öösel?
identification-excessive-hours-hint = Pikad tööpäevad ja puhkepäevade puudumine on ärakasutamise tunnus, olenemata tööst.
identification-little-or-no-pay = Kas sulle maksti töö eest vähe või üldse mitte?
identification-pay-manipulated = Kas sinu rahast võeti trahve, üüri või „kulusid“, millega sa ei olnud nõus?
identification-pay-manipulated-hint = Mahaarvamistega saab tagada, et naisel ei ole kunagi oma raha.
identification-poor-living-conditions = Kas tingimused, kus sa elasid, olid väga halvad, näiteks rahvast täis, räpased või ilma piisava toiduta?
identification-dangerous-conditions = Kas sa olid tööl ohus, näiteks vägivaldsete klientide või ohtlike kohtade tõttu?
identification-health-unprotected = Kas sind takistati oma tervist kaitsmast, näiteks kondoomi kasutamast või arsti juures käimast?
identification-health-unprotected-hint = See räägib ka tervishoiuvajadustest; märgi need vajaduste hindamise jaoks üles.
identification-no-access-to-education = Kas sind takistati keelt õppimast või mingit haridust saamast?

## Dimension 5: coercion at destination

identification-papers-taken = Kas keegi võttis sinu passi või isikutunnistuse ja jättis selle endale?
identification-debt-bondage = Kas sul oli võlg, mida sind sunniti tööga tasa teenima ja mis ei paistnud kunagi vähenevat?
identification-confined-or-watched = Kas sind hoiti luku taga, pideva valve all või ei lubatud sul üksi välja minna?
identification-confined-or-watched-hint = Kontroll võib toimuda ka telefoni, kaamerate või teiste naiste kaudu, keda sunnitakse valvama.
identification-violence-at-destination = Kas keegi tegi sulle seal olles füüsiliselt või seksuaalselt haiget?
identification-forced-clients-or-acts = Kas sind sunniti kliente vastu võtma või tegema asju, mida sa ei tahtnud teha?
identification-forced-clients-or-acts-hint = Kui ta ei saanud klientidest või tegudest keelduda, on see seksuaalse ärakasutamise tugev tunnus. Ta ei pea üksikasju rääkima.
identification-threats-at-destination = Kas keegi ähvardas sulle seal olles haiget teha?
identification-forced-into-crime = Kas sind sunniti tegema seadusevastaseid asju, näiteks narkootikume vedama?
identification-forced-into-crime-hint = Seadus võib suhtuda teisiti süütegudesse, mida teda sunniti toime panema; märgi see õigusnõustamise jaoks üles.
identification-controlled-by-others = Kas tundub, et ta on kellegi tugeva mõju all, näiteks vaatab enne vastamist kellegi teise poole?
identification-controlled-by-others-hint = Pane tähele, kas keegi vastab tema eest, hoiab tema telefoni või ootab läheduses.
identification-told-what-to-say = Kas sulle öeldi, mida sa pead rääkima politseile, ametnikele või oma perele?
identification-told-what-to-say-hint = Ettevalmistatud lugu võib seletada vastuseid, mis ei tundu kokku sobivat. See ei ole põhjus teda mitte uskuda.
identification-threat-of-authorities = Kas keegi ähvardas sinust politseile või migratsiooniametnikele teatada?
identification-threat-of-worse-conditions = Kas sulle öeldi, et sinu olukord läheb hullemaks, kui sa ei allu?
identification-family-threatened = Kas keegi tegi sinu perele haiget või ähvardas neid, kui sa seal olid?
identification-earnings-withheld = Kas keegi jättis endale raha, mille sa teenisid?
identification-threat-to-tell-family = Kas keegi ähvardas rääkida sinu perele või kogukonnale tööst, mida sind sunniti tegema?

## Dimension 6: abuse of vulnerability at destination

identification-depends-on-exploiters = Kas sa sõltusid sind kontrollinud inimestest toidu, magamiskoha või muu vajaliku osas?
identification-depends-on-exploiters-hint = Sõltuvus võib panna lahkumise tunduma võimatuna ka ilma lukustatud usteta.
identification-isolated-in-unknown-place = Kas sind hoiti võõras kohas, ilma et sa oleksid teadnud, kust abi saada?
identification-economic-hardship-now = Kas sulle tundus, et sa ei saa lahkuda, sest sul ei olnud üldse raha?
identification-family-situation-used = Kas sinu pere olukorda, näiteks nende rahavajadust, kasutati selleks, et sind seal hoida?
identification-status-used-against-her = Kas seda, et sul ei olnud dokumente või luba, kasutati selleks, et sind seal hoida?
identification-status-used-against-her-hint = Väljasaatmise hirm on üks tugevamaid viise naist vaikima sundida.
identification-earlier-hardship-used = Kas midagi rasket sinu minevikust kasutati sinu vastu?
identification-personal-situation-used = Kas tundub, et midagi tema olukorrast on kasutatud tema vastu, näiteks haigust, puuet, rasedust või tema vanust?
identification-personal-situation-used-hint = Märgi üles, mida näed, ilma oletusi tegemata; ta võib sind parandada.

## Result

identification-dimension-deceptive-recruitment = Petlik värbamine
identification-dimension-coercive-recruitment = Sunniviisiline värbamine
identification-dimension-vulnerability-recruitment = Värbamine haavatava olukorra ärakasutamisega
identification-dimension-exploitation = Ärakasutavad tingimused
identification-dimension-coercion-destination = Sund sihtriigis
identification-dimension-vulnerability-destination = Haavatava olukorra ärakasutamine sihtriigis
identification-dimension-met = Tunnused täheldatud
identification-dimension-could-be-met = Võiksid esineda, kui teadmata vastused oleksid „jah“
identification-dimension-not-met = Senistes vastustes ei esine
identification-strength-strong = Tugev tunnus
identification-strength-medium = Keskmise tugevusega tunnus
identification-strength-weak = Nõrk tunnus
identification-outcome-supports-reasonable-grounds = Täheldatud tunnused annavad põhjendatud aluse arvata, et ta võib olla inimkaubanduse ohver.
identification-outcome-insufficient-information = Veel ei teata piisavalt: puuduvad vastused võivad seda pilti muuta.
identification-outcome-does-not-yet-support = Senised vastused ei anna veel põhjendatud alust nii arvata. Uus teave võib seda igal ajal muuta.
identification-result-disclaimer = See kokkuvõte toetab sinu professionaalset hinnangut. See ei ole otsus selle kohta, kas ta on ohver, ega asenda riiklikku tuvastamismenetlust.
identification-unknown-count = { $count ->
    [one] Üks tunnus on veel vastuseta.
   *[other] { $count } tunnust on veel vastuseta.
}
identification-declined-count = { $count ->
    [one] Ta ei soovinud vastata ühele küsimusele.
   *[other] Ta ei soovinud vastata { $count } küsimusele.
}

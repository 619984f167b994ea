## Greining: vísbendingar um mansal í kynferðislegum tilgangi (vísbendingar ILO/EC um mansal).
## Spurningar merktar „Spyrðu hana“ eru lagðar fyrir konuna; hinar eru þínar eigin athuganir.
## Hún getur alltaf sagt að hún viti það ekki, eða að hún vilji helst ekki svara.

identification-title = Greining

## Hlutar

identification-context = Aðstæður hennar
identification-deceptive-recruitment = Hvernig hún var fengin til að fara: loforð og veruleiki
identification-coercive-recruitment = Hvernig hún var fengin til að fara: þvingun og þrýstingur
identification-vulnerability-recruitment = Aðstæður hennar áður en hún fór
identification-exploitation = Aðstæðurnar þar sem hún var
identification-coercion-destination = Stjórnun og þrýstingur þar sem hún var
identification-vulnerability-destination = Það sem hélt henni þar

## Aðstæður hennar (ekki reiknað með)

identification-came-from-abroad = Komstu til þessa lands frá öðru landi?
identification-came-from-abroad-hint = Sumar spurningar skipta aðeins máli eftir ferð yfir landamæri; svarið segir forritinu hverjar á að sýna.
identification-someone-arranged = Var það einhver annar sem skipulagði vinnuna þína, ferðina eða hvar þú áttir að búa?
identification-someone-arranged-hint = Hjálpar þér að fylgja frásögninni; þetta hefur ekki áhrif á neina niðurstöðu.
identification-interpreter-present = Tekur túlkur þátt í þessu samtali?

## Þáttur 1: ráðning með blekkingum

identification-deceived-about-work = Var vinnan sem þú lentir í önnur en sú sem þér hafði verið sagt frá?
identification-deceived-about-work-hint = Að hafa verið blekkt um hvers konar vinna þetta yrði er eitt skýrasta merkið. Spyrðu af nærgætni: margar konur kenna sjálfum sér um að hafa trúað tilboðinu.
identification-deceived-about-earnings = Fékkstu miklu minna borgað en þér var lofað?
identification-deceived-about-conditions = Voru vinnuaðstæðurnar allt aðrar en þér hafði verið sagt?
identification-deceived-about-contract = Var ekki staðið við samning eða samkomulag sem þú fékkst, eða var skilmálunum breytt eftir að þú komst?
identification-deceived-about-contract-hint = Samningurinn gæti hafa verið skriflegur eða bara munnlegur. Hvort tveggja gildir.
identification-deceived-about-housing = Var staðurinn þar sem þú bjóst öðruvísi en þér hafði verið lofað?
identification-deceived-about-papers = Var þér sagt eitthvað rangt um skilríkin þín, vegabréfsáritun eða rétt þinn til að dvelja hér?
identification-deceived-about-papers-hint = Rangar upplýsingar um skilríki gera konu oft hrædda við yfirvöld.
identification-deceived-about-journey = Varstu blekkt um ferðina, hvað hún kostaði eða hvað þú myndir skulda fyrir hana?
identification-deceived-about-journey-hint = Falinn eða vaxandi ferðakostnaður er algeng leið til að búa til skuld.
identification-false-promise-of-relationship = Lofaði einhver þér hjónabandi, sambandi eða að fá fjölskylduna þína hingað, til að fá þig til að koma?
identification-false-promise-of-relationship-hint = Stundum er það kærasti eða maki sem fær konuna til að fara. Spyrðu án þess að dæma sambandið.
identification-deceived-about-education = Var þér lofað tækifæri til að læra eða fá þjálfun sem varð aldrei að veruleika?

## Þáttur 2: ráðning með þvingun

identification-violence-at-recruitment = Beitti einhver þig líkamlegu eða kynferðislegu ofbeldi fyrir ferðina eða á meðan á henni stóð?
identification-violence-hint = Hún vill kannski ekki lýsa því sem gerðist. Já eða nei nægir; smáatriðin geta beðið, eða aldrei komið fram.
identification-threats-at-recruitment = Hótaði einhver að meiða þig fyrir ferðina eða á meðan á henni stóð?
identification-taken-or-sold = Varstu tekin gegn vilja þínum, neydd í hjónaband, eða seld eða afhent einhverjum?
identification-taken-or-sold-hint = Þetta eru alvarlegar tegundir þvingunar. Leyfðu henni að svara með eigin orðum og á eigin hraða.
identification-debt-at-recruitment = Var sett á þig skuld vegna ferðarinnar eða vinnunnar sem þú þurftir að borga til baka með vinnu?
identification-debt-hint = Skuld sem aldrei er hægt að greiða upp heldur konu undir stjórn. Upphæðin skiptir ekki máli hér.
identification-papers-taken-at-recruitment = Tók einhver vegabréfið þitt eða skilríki og hélt þeim, fyrir ferðina eða á meðan á henni stóð?
identification-papers-taken-hint = Án skilríkja sinna getur hún hvorki farið né sannað hver hún er.
identification-confined-at-recruitment = Varstu lokuð inni, einangruð frá öðrum eða undir stöðugu eftirliti, fyrir ferðina eða á meðan á henni stóð?
identification-threat-of-authorities-at-recruitment = Hótaði einhver að tilkynna þig til lögreglu eða útlendingayfirvalda áður en þú fórst?
identification-threat-to-tell-family-at-recruitment = Hótaði einhver að segja fjölskyldu þinni eða fólkinu í kringum þig eitthvað um þig áður en þú fórst?
identification-threat-to-tell-hint = Hótanir um skömm geta verið jafn sterkar og hótanir um ofbeldi.
identification-family-threatened-at-recruitment = Gerði einhver fjölskyldu þinni mein eða hótaði henni áður en þú fórst?
identification-money-withheld-at-recruitment = Hélt einhver eftir peningum sem þú áttir áður en þú fórst?

## Þáttur 3: misnotkun á bágri stöðu við ráðningu

identification-hard-family-situation = Varstu í mjög erfiðri stöðu, í fjölskyldunni eða persónulega, áður en þú fórst?
identification-vulnerability-hint = Erfiðleikar eru ekki henni að kenna; fólk sem misnotar aðra leitar að þeim og notfærir sér þá.
identification-irregular-status-before = Varstu á þeim tíma án gildra skilríkja eða leyfis fyrir landið sem þú ætlaðir til?
identification-language-or-schooling-barrier = Virðist hún hafa litla skólagöngu að baki, eða talar hún ekki tungumál landsins sem hún var flutt til?
identification-lacked-information = Vissirðu lítið um landið sem þú ætlaðir til eða um réttindi þín þar, þegar þú fórst?
identification-controlled-before-leaving = Var einhver þegar farinn að stjórna lífi þínu eða ákvörðunum áður en þú fórst?
identification-economic-hardship-before = Áttir þú eða fjölskylda þín mjög lítið til að lifa af áður en þú fórst?
identification-false-promises-about-law = Var þér sagt eitthvað um lögin eða yfirvöld hér sem reyndist ekki satt?
identification-emotional-dependency-before = Varstu tilfinningalega háð manneskjunni sem skipulagði ferðina þína?
identification-emotional-dependency-before-hint = Ást eða tryggð við þann sem fékk hana til að fara er algeng og getur gert erfitt að tala um viðkomandi.
identification-hardship-earlier-in-life = Hefurðu fyrr á ævinni gengið í gegnum eitthvað mjög erfitt, til dæmis ofbeldi eða að missa heimili þitt?
identification-hardship-earlier-in-life-hint = Spyrðu aðeins ef hún er tilbúin. Gerendur notfæra sér fyrri erfiðleika; þeir gera hana aldrei ábyrga.
identification-could-not-arrange-journey = Hefði verið erfitt fyrir þig að ferðast á eigin vegum, án fólksins sem skipulagði ferðina?
identification-beliefs-used-against-her = Voru trú þín eða hefðir, til dæmis eiður eða helgisiður, notaðar til að fá þig til að láta undan?
identification-beliefs-used-against-her-hint = Eiðar og helgisiðir geta bundið konu með ótta. Virtu trú hennar þegar þú spyrð.
identification-hard-general-situation = Var lífið þar sem þú bjóst almennt mjög erfitt, til dæmis vegna fátæktar, átaka eða ófriðar?

## Þáttur 4: aðstæður sem fela í sér misneytingu

identification-excessive-hours = Þurftirðu að vinna mjög langa vinnudaga eða vera til taks dag og nótt?
identification-excessive-hours-hint = Langir vinnudagar án hvíldardaga eru merki um misneytingu, sama hver vinnan er.
identification-little-or-no-pay = Fékkstu lítið eða ekkert borgað fyrir vinnuna þína?
identification-pay-manipulated = Voru peningarnir þínir teknir upp í sektir, leigu eða „kostnað“ sem þú hafðir ekki samþykkt?
identification-pay-manipulated-hint = Frádráttur getur tryggt að kona eigi aldrei eigin peninga.
identification-poor-living-conditions = Voru aðstæðurnar þar sem þú bjóst mjög slæmar, til dæmis þröngt, óhreint eða ekki nægur matur?
identification-dangerous-conditions = Varstu í hættu í vinnunni, til dæmis vegna ofbeldisfullra viðskiptavina eða óöruggra staða?
identification-health-unprotected = Var komið í veg fyrir að þú gætir verndað heilsu þína, til dæmis notað smokk eða farið til læknis?
identification-health-unprotected-hint = Þetta segir þér líka frá heilbrigðisþörfum; skráðu þær fyrir þarfamatið.
identification-no-access-to-education = Var komið í veg fyrir að þú lærðir tungumálið eða fengir nokkra menntun?

## Þáttur 5: þvingun á áfangastað

identification-papers-taken = Tók einhver vegabréfið þitt eða skilríki og hélt þeim?
identification-debt-bondage = Varstu með skuld sem þú varst neydd til að vinna af þér og virtist aldrei minnka?
identification-confined-or-watched = Varstu lokuð inni, undir stöðugu eftirliti eða hindruð í að fara ein út?
identification-confined-or-watched-hint = Eftirlitið getur líka farið fram í gegnum síma, myndavélar eða aðrar konur sem eru látnar fylgjast með.
identification-violence-at-destination = Beitti einhver þig líkamlegu eða kynferðislegu ofbeldi á meðan þú varst þar?
identification-forced-clients-or-acts = Varstu neydd til að taka á móti viðskiptavinum eða gera hluti sem þú vildir ekki gera?
identification-forced-clients-or-acts-hint = Að geta ekki neitað viðskiptavinum eða athöfnum er sterkt merki um kynferðislega misneytingu. Hún þarf ekki að lýsa neinum smáatriðum.
identification-threats-at-destination = Hótaði einhver að meiða þig á meðan þú varst þar?
identification-forced-into-crime = Varstu neydd til að gera eitthvað ólöglegt, til dæmis að flytja fíkniefni?
identification-forced-into-crime-hint = Brot sem hún var neydd til að fremja geta fengið aðra meðferð að lögum; skráðu þetta vegna lögfræðiráðgjafar.
identification-controlled-by-others = Virðist hún vera undir sterkum áhrifum einhvers, til dæmis líta á einhvern annan áður en hún svarar?
identification-controlled-by-others-hint = Taktu eftir því ef einhver svarar fyrir hana, er með símann hennar eða bíður í grenndinni.
identification-told-what-to-say = Var þér sagt hvað þú ættir að segja við lögregluna, yfirvöld eða fjölskylduna þína?
identification-told-what-to-say-hint = Æfð frásögn getur skýrt svör sem virðast ekki passa saman. Það er engin ástæða til að efast um hana.
identification-threat-of-authorities = Hótaði einhver að tilkynna þig til lögreglu eða útlendingayfirvalda?
identification-threat-of-worse-conditions = Var þér sagt að ástandið myndi versna fyrir þig ef þú hlýddir ekki?
identification-family-threatened = Gerði einhver fjölskyldu þinni mein eða hótaði henni á meðan þú varst þar?
identification-earnings-withheld = Hélt einhver eftir peningunum sem þú vannst þér inn?
identification-threat-to-tell-family = Hótaði einhver að segja fjölskyldu þinni eða fólkinu í kringum þig frá vinnunni sem þú varst neydd til að vinna?

## Þáttur 6: misnotkun á bágri stöðu á áfangastað

identification-depends-on-exploiters = Varstu háð fólkinu sem stjórnaði þér um mat, svefnstað eða annað sem þú þurftir?
identification-depends-on-exploiters-hint = Að vera háð þeim getur látið það virðast ómögulegt að fara, jafnvel án læstra dyra.
identification-isolated-in-unknown-place = Varstu höfð á stað sem þú þekktir ekki, án þess að vita hvernig þú gætir fengið hjálp?
identification-economic-hardship-now = Fannst þér þú ekki geta farið af því að þú áttir enga peninga?
identification-family-situation-used = Var staða fjölskyldu þinnar, til dæmis peningaþörf hennar, notuð til að halda þér þar?
identification-status-used-against-her = Var það notað til að halda þér þar að þú hafðir ekki skilríki eða leyfi?
identification-status-used-against-her-hint = Ótti við brottvísun er ein sterkasta leiðin til að þagga niður í konu.
identification-earlier-hardship-used = Var eitthvað erfitt úr fortíð þinni notað gegn þér?
identification-personal-situation-used = Virðist eitthvað í aðstæðum hennar hafa verið notað gegn henni, til dæmis veikindi, fötlun, þungun eða aldur hennar?
identification-personal-situation-used-hint = Skráðu það sem þú sérð, án þess að gefa þér neitt fyrir fram; hún getur leiðrétt þig.

## Niðurstaða

identification-dimension-deceptive-recruitment = Ráðning með blekkingum
identification-dimension-coercive-recruitment = Ráðning með þvingun
identification-dimension-vulnerability-recruitment = Ráðning með misnotkun á bágri stöðu
identification-dimension-exploitation = Aðstæður sem fela í sér misneytingu
identification-dimension-coercion-destination = Þvingun á áfangastað
identification-dimension-vulnerability-destination = Misnotkun á bágri stöðu á áfangastað
identification-dimension-met = Vísbendingar hafa komið fram
identification-dimension-could-be-met = Gætu komið fram ef óþekkt svör væru já
identification-dimension-not-met = Hafa ekki komið fram í svörunum hingað til
identification-strength-strong = Sterk vísbending
identification-strength-medium = Meðalsterk vísbending
identification-strength-weak = Veik vísbending
identification-outcome-supports-reasonable-grounds = Vísbendingarnar sem hafa komið fram styðja rökstuddan grun um að hún kunni að vera þolandi mansals.
identification-outcome-insufficient-information = Ekki er enn vitað nóg: svörin sem enn vantar gætu breytt þessari mynd.
identification-outcome-does-not-yet-support = Svörin hingað til styðja ekki enn rökstuddan grun um mansal. Nýjar upplýsingar geta breytt þessu hvenær sem er.
identification-result-disclaimer = Þessi samantekt styður faglegt mat þitt. Hún er ekki ákvörðun um hvort hún sé þolandi, og hún kemur ekki í stað opinbers ferlis við að bera kennsl á þolendur mansals.
identification-unknown-count = { $count ->
    [one] { $count } vísbending er enn án svars.
   *[other] { $count } vísbendingar eru enn án svars.
}
identification-declined-count = { $count ->
    [one] Hún vildi helst ekki svara { $count } spurningu.
   *[other] Hún vildi helst ekki svara { $count } spurningum.
}

## Áhætta: bráð hætta, hætta á að hún verði aftur þolandi mansals, hvað verndar hana og hvort
## hægt sé að skipuleggja heimför á öruggan hátt. Spyrðu fyrst um bráða hættu, í hvert sinn.

risk-title = Áhætta og öryggi

## Hlutar

risk-immediate-danger = Hætta núna
risk-re-trafficking = Hætta á misneytingu á ný
risk-protective = Það sem hjálpar henni að vera örugg
risk-return-plans = Áform um heimför
risk-return-conditions = Skilyrði fyrir öruggri heimför

## Hætta núna

risk-urgent-medical-need = Þarftu læknishjálp núna strax?
risk-urgent-medical-need-hint = Brýnar heilbrigðisþarfir ganga fyrir öllum öðrum spurningum.
risk-thoughts-of-self-harm = Hefurðu haft hugsanir um að skaða þig eða um að vilja ekki lifa?
risk-thoughts-of-self-harm-hint = Það að spyrja um þetta kemur hugmyndinni ekki inn hjá henni. Ef hún svarar já, vertu hjá henni og útvegaðu bráða aðstoð í dag.
risk-afraid-of-serious-harm = Ertu hrædd um að einhver muni skaða þig alvarlega?
risk-afraid-of-serious-harm-hint = Hennar eigin ótti er einn besti vísirinn á hættu. Taktu hann alvarlega, jafnvel þótt engin önnur merki séu.
risk-exploiters-nearby = Er fólk sem tengist misneytingunni hér eða nálægt núna, til dæmis að bíða fyrir utan eða hringja í hana?
risk-exploiters-nearby-hint = Ef svo er kemur öryggi hennar og þitt fyrst: farið á öruggan stað áður en þið haldið áfram.
risk-threatened-recently = Hefur einhver hótað þér eða einhverjum nákomnum þér síðustu daga?
risk-hurt-recently = Hefur einhver meitt þig síðustu vikur?
risk-exploiters-know-where = Veit fólkið sem notfærði sér þig hvar þú dvelur núna?
risk-being-looked-for = Er einhver að leita að þér eða reyna að fá þig til að koma aftur?
risk-family-in-danger = Er einhver nákominn þér, til dæmis börnin þín eða fjölskylda, í hættu núna?
risk-family-in-danger-hint = Hótanir gegn fjölskyldunni eru algeng leið til að þrýsta á konu.
risk-no-safe-place-tonight = Ertu án öruggs staðar til að gista á í nótt?
risk-worker-sees-danger = Sérðu önnur merki um hættu núna sem spurningarnar hér að ofan ná ekki yfir?
risk-worker-sees-danger-hint = Þínar eigin faglegu áhyggjur skipta máli. Skráðu það sem þú sérð í athugasemdina.

## Hætta á misneytingu á ný

risk-exploiters-in-contact = Er fólkið sem notfærði sér þig enn að hafa samband við þig, fylgjast með þér eða hóta þér?
risk-exploiters-in-contact-hint = Áframhaldandi samband er einn þeirra þátta sem oftast sjást áður en kona verður aftur þolandi mansals.
risk-trafficked-before = Hefur eitthvað þessu líkt komið fyrir þig áður?
risk-first-exploited-under-18 = Varstu yngri en 18 ára þegar þetta gerðist fyrst?
risk-first-exploited-under-18-hint = Að hafa fyrst orðið fyrir misneytingu sem barn tengist meiri áhættu síðar. Spyrðu af nærgætni.
risk-family-involved = Tók einhver í fjölskyldu þinni þátt í að senda þig af stað eða skipuleggja ferðina?
risk-family-involved-hint = Ef svo er gæti verið óöruggt fyrir hana að snúa aftur til fjölskyldunnar. Spyrðu án þess að dæma fjölskyldu hennar.
risk-owes-debt = Skuldarðu einhverjum peninga, eða segir einhver að þú gerir það?
risk-group-discriminated = Er fólk úr þínum hópi beitt misrétti eða útilokað í heimalandi þínu?
risk-group-discriminated-hint = Mismunun takmarkar möguleika á vinnu og stuðningi heima fyrir, sem eykur hættuna á misneytingu á ný.
risk-conflict-at-home = Er stríð, vopnuð átök eða alvarlegur ófriður þar sem þú kemur frá?
risk-struggling-emotionally = Áttu mjög erfitt með að ráða við tilfinningar þínar?
risk-struggling-emotionally-hint = Vanlíðan er eðlilegt viðbragð. Hún gerir líka erfiðara að meta ný tilboð, svo stuðningur skiptir máli.
risk-distrusts-help = Virðist hún vantreysta stuðningsþjónustu eða yfirvöldum?
risk-distrusts-help-hint = Vantraust er skiljanlegt eftir það sem gerðist. Það getur haldið henni frá hjálp, svo byggðu upp traust í rólegheitum.
risk-left-exploitation-recently = Eru minna en tvö ár síðan þú komst út úr misneytingunni?
risk-left-exploitation-recently-hint = Flestar konur sem verða aftur þolendur mansals verða það innan um tveggja ára.
risk-no-way-to-support-herself = Ertu sem stendur án nokkurrar leiðar til að framfleyta þér?
risk-pressure-to-send-money = Er þrýst á þig að senda peninga heim?

## Það sem hjálpar henni að vera örugg

risk-has-trusted-person = Er einhver sem þú treystir og getur leitað til?
risk-has-trusted-person-hint = Ein manneskja sem hún treystir getur skipt sköpum fyrir öryggi hennar.
risk-supportive-family = Styður fjölskyldan þín þig?
risk-safe-housing = Ertu með öruggan stað til að búa á?
risk-in-touch-with-support = Er hún í reglulegu sambandi við stuðningsþjónustu?
risk-own-income = Ertu með eigin tekjur?
risk-secure-residence = Ertu með öruggan rétt til að dvelja þar sem þú ert?
risk-knows-where-to-get-help = Veistu hvert þú getur leitað eftir hjálp ef þú ert í hættu?
risk-own-plans = Áttu þér áform eða vonir um framtíðina sem skipta þig máli?
risk-own-plans-hint = Hennar eigin markmið eru styrkur sem hægt er að byggja áætlunina á.

## Heimför

risk-return-considered = Er verið að íhuga að þú snúir aftur til heimalands þíns eða flytjir til annars lands?
risk-return-considered-hint = Svaraðu já aðeins ef heimför eða flutningur er til umræðu; þá koma skilyrðin fyrir öruggri heimför.
risk-return-her-own-wish = Er það þín eigin ósk að snúa aftur?
risk-return-her-own-wish-hint = Heimför verður að vera sjálfviljug. Ef einhver þrýstir á hana, líka yfirvöld, er þetta skilyrði ekki uppfyllt.
risk-receiving-service-identified = Hefur stuðningsþjónusta í landinu sem hún snýr aftur til samþykkt að taka á móti henni?
risk-receiving-service-identified-hint = Heimförina ætti að skipuleggja í samvinnu við þá þjónustu.
risk-return-risk-assessed = Hefur verið metið hvaða hætta bíður hennar eftir heimförina?
risk-return-risk-assessed-hint = Hugaðu að hættunni heima, ekki aðeins hér: aðild fjölskyldunnar, skuldum og því hversu langt áhrif gerendanna ná.
risk-return-needs-assessed = Hefur þarfamat verið gert vegna heimfarar hennar?
risk-return-financed = Er búið að greiða fyrir sjálfa heimförina?
risk-return-financed-hint = Landið þar sem hún varð fyrir misneytingu ætti að greiða kostnaðinn við örugga heimför, ekki hún sjálf.
risk-financial-assistance-arranged = Hefur verið gengið frá fjárhagsstuðningi við hana eftir heimförina?
risk-financial-assistance-arranged-hint = Peningar til að lifa af eftir heimför hjálpa til við að koma í veg fyrir að hún verði aftur fyrir misneytingu.

## Niðurstaða

risk-category-immediate-danger = Hætta núna
risk-category-re-trafficking = Hætta á misneytingu á ný
risk-category-protective = Verndandi þáttur
risk-category-return = Skilyrði fyrir heimför
risk-level-low = Minni áhætta
risk-level-medium = Miðlungs áhætta
risk-level-high = Mikil áhætta
risk-red-flag = Hættumerki: þetta eitt og sér gerir áhættuna mikla
risk-unknown-red-flags = Ósvaraðar spurningar um hættumerki: spyrðu þeirra fyrst
risk-unknown-count = { $count ->
    [one] { $count } spurningu er enn ósvarað.
   *[other] { $count } spurningum er enn ósvarað.
}
risk-override-raised = Þú hækkaðir áhættustigið samkvæmt faglegu mati
risk-override-rejected = Faglegt mat getur hækkað áhættustigið en ekki lækkað það, svo reiknaða stigið stendur
risk-safety-plan = Öryggisáætlun sem þarf að gera í samráði við hana
risk-result-disclaimer = Þetta áhættustig styður faglegt mat þitt; það spáir ekki fyrir um hvað mun gerast. Mettu áhættuna aftur í hvert sinn sem þið hittist og hækkaðu stigið hvenær sem þú hefur áhyggjur.

## Öryggisáætlun

risk-plan-medical-care-today = Útvegaðu læknisaðstoð í dag.
risk-plan-crisis-support-today = Útvegaðu bráða aðstoð í dag og skildu hana ekki eftir eina á meðan hún er í hættu.
risk-plan-safe-place-tonight = Finndu öruggan stað fyrir hana til að gista á í nótt.
risk-plan-leave-safely-now = Farið á öruggan stað núna, burt frá fólkinu sem tengist misneytingunni.
risk-plan-emergency-numbers = Komið ykkur saman um hvaða neyðarnúmer hún á að hringja í og hvernig hún geymir þau svo aðrir finni þau ekki.
risk-plan-signal-for-help = Komið ykkur saman um orð eða merki sem hún getur notað til að láta þig vita að hún sé í hættu.
risk-plan-phone-safety = Athugaðu hvort hægt sé að rekja símann hennar og skipuleggðu örugga leið til að halda sambandi.
risk-plan-routes-and-places = Skipuleggðu hvernig hún getur forðast staði og leiðir sem gerendurnir þekkja.
risk-plan-family-safety = Skipuleggið saman hvernig hægt er að vernda börnin hennar eða fjölskyldu.
risk-plan-police-option = Ræddu við hana hvort og hvernig eigi að fá lögregluna að málinu; valið er hennar nema líf sé í hættu.
risk-plan-trusted-person = Finnið saman manneskju sem hún treystir og getur haft samband við.
risk-plan-debt-advice = Útvegaðu ráðgjöf um skuldina, meðal annars um hvort hún sé yfirhöfuð lögleg.
risk-plan-regular-contact = Komið ykkur saman um hversu oft og hvernig þið haldið sambandi.
risk-plan-reassess-next-contact = Mettu áhættuna aftur næst þegar þið hittist.

## Athugun fyrir heimför

risk-return-condition-voluntary = Heimförin er hennar eigin ósk
risk-return-condition-receiving-service = Móttökuþjónusta í landinu sem hún snýr aftur til liggur fyrir
risk-return-condition-risk-assessed = Áhættan eftir heimförina hefur verið metin
risk-return-condition-needs-assessed = Þarfir hennar vegna heimfararinnar hafa verið metnar
risk-return-condition-financed = Heimförin er fjármögnuð
risk-return-condition-financial-assistance = Gengið hefur verið frá fjárhagsstuðningi eftir heimförina
risk-return-holds = Uppfyllt
risk-return-does-not-hold = Ekki uppfyllt
risk-return-unknown = Ekki vitað enn
risk-return-safe-to-plan = Hægt er að skipuleggja heimför á öruggan hátt: öll skilyrði eru uppfyllt.
risk-return-not-yet = Ekki er enn hægt að skipuleggja heimför á öruggan hátt. Skilyrði sem enn vantar:
risk-return-not-considered = Engin heimför er til skoðunar.

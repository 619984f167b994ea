## Risk: immediate danger, risk of being trafficked again, what protects her, and whether a
## return can be planned safely. Ask about immediate danger first, at every contact.

risk-title = Risk ja turvalisus

## Sections

risk-immediate-danger = Oht praegu
risk-re-trafficking = Oht uuesti ära kasutatud saada
risk-protective = Mis aitab tal turvaliselt püsida
risk-return-plans = Tagasipöördumise plaanid
risk-return-conditions = Turvalise tagasipöördumise tingimused

## Danger now

risk-urgent-medical-need = Kas sa vajad praegu kohe arstiabi?
risk-urgent-medical-need-hint = Kiireloomulised tervisevajadused on tähtsamad kui ükski teine küsimus.
risk-thoughts-of-self-harm = Kas sul on olnud mõtteid endale haiget teha või et sa ei taha enam elada?
risk-thoughts-of-self-harm-hint = Selle kohta küsimine ei pane talle seda mõtet pähe. Kui ta vastab jah, jää tema juurde ja leia kriisiabi veel täna.
risk-afraid-of-serious-harm = Kas sa kardad, et keegi teeb sulle tõsiselt haiget?
risk-afraid-of-serious-harm-hint = Tema enda hirm on üks parimaid ohu näitajaid. Võta seda tõsiselt ka siis, kui muid märke ei ole.
risk-exploiters-nearby = Kas ärakasutamisega seotud inimesed on praegu siin või lähedal, näiteks ootavad väljas või helistavad talle?
risk-exploiters-nearby-hint = Kui jah, on tema ja sinu turvalisus esikohal: minge enne jätkamist turvalisse kohta.
risk-threatened-recently = Kas keegi on viimastel päevadel ähvardanud sind või kedagi sulle lähedast?
risk-hurt-recently = Kas keegi on viimastel nädalatel sulle haiget teinud?
risk-exploiters-know-where = Kas inimesed, kes sind ära kasutasid, teavad, kus sa praegu elad?
risk-being-looked-for = Kas keegi otsib sind või püüab sind tagasi tulema sundida?
risk-family-in-danger = Kas keegi sulle lähedane, näiteks sinu lapsed või pere, on praegu ohus?
risk-family-in-danger-hint = Pere ähvardamine on levinud viis naisele survet avaldada.
risk-no-safe-place-tonight = Kas sa oled tänaseks ööks ilma turvalise peavarjuta?
risk-worker-sees-danger = Kas sa näed praegu muid ohumärke, mida eespool olevad küsimused ei hõlma?
risk-worker-sees-danger-hint = Sinu enda professionaalne mure on oluline. Kirjuta märkusesse, mida sa näed.

## Risk of being exploited again

risk-exploiters-in-contact = Kas inimesed, kes sind ära kasutasid, võtavad sinuga endiselt ühendust, jälgivad või ähvardavad sind?
risk-exploiters-in-contact-hint = Jätkuv kontakt on üks tegureid, mida nähakse kõige sagedamini enne, kui naine uuesti inimkaubanduse ohvriks langeb.
risk-trafficked-before = Kas sinuga on midagi sellist varem juhtunud?
risk-first-exploited-under-18 = Kas sa olid alla 18-aastane, kui see esimest korda juhtus?
risk-first-exploited-under-18-hint = Lapsena ärakasutamine on seotud suurema riskiga hiljem. Küsi hoolivalt.
risk-family-involved = Kas keegi sinu perest oli seotud sinu saatmise või reisi korraldamisega?
risk-family-involved-hint = Kui jah, ei pruugi pere juurde tagasi minek olla turvaline. Küsi tema peret hukka mõistmata.
risk-owes-debt = Kas sa oled kellelegi raha võlgu või väidab keegi, et oled?
risk-group-discriminated = Kas sinu kodumaal koheldakse sinu rühma inimesi halvasti või tõrjutakse neid?
risk-group-discriminated-hint = Diskrimineerimine piirab kodumaal töö- ja abivõimalusi, mis suurendab riski uuesti ära kasutatud saada.
risk-conflict-at-home = Kas seal, kust sa pärit oled, on sõda, relvakonflikt või tõsised rahutused?
risk-struggling-emotionally = Kas sul on väga raske oma tunnetega toime tulla?
risk-struggling-emotionally-hint = Ahastus on normaalne reaktsioon. Samas muudab see uute pakkumiste hindamise raskemaks, seega on tugi oluline.
risk-distrusts-help = Kas tundub, et ta ei usalda tugiteenuseid või ametiasutusi?
risk-distrusts-help-hint = Umbusaldus on pärast juhtunut mõistetav. See võib takistada tal abi saamast, seega loo usaldust järk-järgult.
risk-left-exploitation-recently = Kas sa pääsesid ärakasutamisest vähem kui kaks aastat tagasi?
risk-left-exploitation-recently-hint = Enamik naisi, kes langevad uuesti inimkaubanduse ohvriks, langevad selleks umbes kahe aasta jooksul.
risk-no-way-to-support-herself = Kas sul puudub praegu võimalus end ise ülal pidada?
risk-pressure-to-send-money = Kas sulle avaldatakse survet koju raha saata?

## What helps her stay safe

risk-has-trusted-person = Kas sul on keegi, keda sa usaldad ja kelle poole saad pöörduda?
risk-has-trusted-person-hint = Juba üks usaldusväärne inimene võib turvalisust tõeliselt mõjutada.
risk-supportive-family = Kas sinu pere toetab sind?
risk-safe-housing = Kas sul on turvaline elukoht?
risk-in-touch-with-support = Kas ta on regulaarselt ühenduses mõne tugiteenusega?
risk-own-income = Kas sul on oma sissetulek?
risk-secure-residence = Kas sul on kindel õigus elada seal, kus sa praegu oled?
risk-knows-where-to-get-help = Kas sa tead, kust saada abi, kui oled ohus?
risk-own-plans = Kas sul on tuleviku jaoks plaane või lootusi, mis on sulle olulised?
risk-own-plans-hint = Tema enda eesmärgid on tugevus, millele plaan üles ehitada.

## Return

risk-return-considered = Kas kaalutakse sinu tagasipöördumist koduriiki või kolimist teise riiki?
risk-return-considered-hint = Vasta jah ainult siis, kui tagasipöördumist või kolimist arutatakse; seejärel tulevad turvalise tagasipöördumise tingimused.
risk-return-her-own-wish = Kas tagasipöördumine on sinu enda soov?
risk-return-her-own-wish-hint = Tagasipöördumine peab olema vabatahtlik. Kui keegi, sealhulgas ametiasutused, avaldab survet, ei ole see tingimus täidetud.
risk-receiving-service-identified = Kas tagasipöördumise riigis on tugiteenus nõustunud teda vastu võtma?
risk-receiving-service-identified-hint = Tagasipöördumine tuleks planeerida koos selle teenusega.
risk-return-risk-assessed = Kas on hinnatud riski, mis teda pärast tagasipöördumist ootaks?
risk-return-risk-assessed-hint = Arvesta riski kodumaal, mitte ainult siin: pere seotus, võlad, ärakasutajate haare.
risk-return-needs-assessed = Kas tema tagasipöördumiseks on tehtud vajaduste hindamine?
risk-return-financed = Kas tagasipöördumine ise on rahastatud?
risk-return-financed-hint = Turvalise tagasipöördumise kulud peaks katma riik, kus teda ära kasutati, mitte tema ise.
risk-financial-assistance-arranged = Kas talle on korraldatud rahaline tugi pärast tagasipöördumist?
risk-financial-assistance-arranged-hint = Raha elamiseks pärast tagasipöördumist aitab vältida seda, et teda uuesti ära kasutatakse.

## Result

risk-category-immediate-danger = Oht praegu
risk-category-re-trafficking = Oht uuesti ära kasutatud saada
risk-category-protective = Kaitsetegur
risk-category-return = Tagasipöördumise tingimus
risk-level-low = Madalam risk
risk-level-medium = Keskmine risk
risk-level-high = Kõrge risk
risk-red-flag = Ohumärk: juba see üksi teeb riski kõrgeks
risk-unknown-red-flags = Ohumärgi küsimustele pole veel vastatud: küsi neid esimesena
risk-unknown-count = { $count ->
    [one] Üks küsimus on veel vastuseta.
   *[other] { $count } küsimust on veel vastuseta.
}
risk-override-raised = Sa tõstsid taset professionaalse hinnangu põhjal
risk-override-rejected = Professionaalse hinnanguga saab taset tõsta, kuid mitte langetada, seega jääb kehtima arvutatud tase
risk-safety-plan = Turvaplaan, mis temaga kokku leppida
risk-result-disclaimer = See tase toetab sinu professionaalset hinnangut; see ei ennusta, mis juhtub. Hinda olukorda uuesti igal kohtumisel ja tõsta taset alati, kui oled mures.

## Safety plan

risk-plan-medical-care-today = Korralda arstiabi täna.
risk-plan-crisis-support-today = Leia kriisiabi täna ja ära jäta teda üksi, kuni ta on ohus.
risk-plan-safe-place-tonight = Leia talle tänaseks ööks turvaline koht.
risk-plan-leave-safely-now = Minge kohe turvalisse kohta, eemale ärakasutamisega seotud inimestest.
risk-plan-emergency-numbers = Leppige kokku, millistele hädaabinumbritele helistada ja kuidas neid hoida nii, et teised neid ei leiaks.
risk-plan-signal-for-help = Leppige kokku sõna või märk, millega ta saab sulle teada anda, et on ohus.
risk-plan-phone-safety = Kontrolli, kas tema telefoni saab jälgida, ja planeerige turvaline viis ühenduses olla.
risk-plan-routes-and-places = Planeerige, kuidas vältida kohti ja teid, mida ärakasutajad teavad.
risk-plan-family-safety = Planeerige koos, kuidas kaitsta tema lapsi või peret.
risk-plan-police-option = Aruta temaga, kas ja kuidas politsei kaasata; otsus on tema, välja arvatud juhul, kui kellegi elu on ohus.
risk-plan-trusted-person = Leidke koos inimene, keda ta usaldab ja kellega ta saab ühendust võtta.
risk-plan-debt-advice = Korralda nõustamine võla kohta, sealhulgas selle kohta, kas võlg on üldse seaduslik.
risk-plan-regular-contact = Leppige kokku, kui tihti ja kuidas te ühendust hoiate.
risk-plan-reassess-next-contact = Hinda riski uuesti järgmisel kohtumisel.

## Return check

risk-return-condition-voluntary = Tagasipöördumine on tema enda soov
risk-return-condition-receiving-service = Tagasipöördumise riigis on leitud vastuvõttev teenus
risk-return-condition-risk-assessed = Tagasipöördumise järgne risk on hinnatud
risk-return-condition-needs-assessed = Tema vajadused tagasipöördumiseks on hinnatud
risk-return-condition-financed = Tagasipöördumine on rahastatud
risk-return-condition-financial-assistance = Rahaline tugi pärast tagasipöördumist on korraldatud
risk-return-holds = Täidetud
risk-return-does-not-hold = Täitmata
risk-return-unknown = Veel teadmata
risk-return-safe-to-plan = Tagasipöördumist saab turvaliselt planeerida: kõik tingimused on täidetud.
risk-return-not-yet = Tagasipöördumist ei saa veel turvaliselt planeerida. Puuduvad tingimused:
risk-return-not-considered = Tagasipöördumist ei kaaluta.

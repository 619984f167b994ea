## Identification: indicators of trafficking for sexual exploitation (ILO/EC operational indicators).
## Questions marked "Ask her" are put to the woman; the others are the worker's own observations.
## She can always say she does not know, or prefer not to answer.

identification-title = Identifikavimas

## Sections

identification-context = Jos padėtis
identification-deceptive-recruitment = Kaip ji buvo užverbuota: pažadai ir tikrovė
identification-coercive-recruitment = Kaip ji buvo užverbuota: prievarta ir spaudimas
identification-vulnerability-recruitment = Jos padėtis prieš išvykstant
identification-exploitation = Sąlygos ten, kur ji buvo
identification-coercion-destination = Kontrolė ir spaudimas ten, kur ji buvo
identification-vulnerability-destination = Kas ją ten laikė

## Her situation (not scored)

identification-came-from-abroad = Ar atvykai į šią šalį iš kitos šalies?
identification-came-from-abroad-hint = Kai kurie klausimai svarbūs tik tada, jei buvo kirsta siena; šis atsakymas nurodo programėlei, kuriuos klausimus rodyti.
identification-someone-arranged = Ar kas nors kitas tau surado darbą, suorganizavo kelionę ar vietą, kur gyventi?
identification-someone-arranged-hint = Padeda sekti pasakojimą; neturi įtakos jokiai išvadai.
identification-interpreter-present = Ar šiame pokalbyje dalyvauja vertėjas?

## Dimension 1: deceptive recruitment

identification-deceived-about-work = Ar darbas, kurį galiausiai dirbai, skyrėsi nuo darbo, apie kurį tau buvo pasakota?
identification-deceived-about-work-hint = Klaidinimas dėl darbo pobūdžio yra vienas aiškiausių požymių. Klauskite švelniai: daug moterų kaltina save, kad patikėjo pasiūlymu.
identification-deceived-about-earnings = Ar uždirbai daug mažiau, nei tau buvo žadėta?
identification-deceived-about-conditions = Ar darbo sąlygos labai skyrėsi nuo to, ką tau sakė?
identification-deceived-about-contract = Ar su tavimi sudaryta sutartis ar susitarimas nebuvo vykdomi arba buvo pakeisti tau atvykus?
identification-deceived-about-contract-hint = Sutartis galėjo būti rašytinė arba tik žodinė. Tinka abu atvejai.
identification-deceived-about-housing = Ar vieta, kur gyvenai, skyrėsi nuo to, kas tau buvo žadėta?
identification-deceived-about-papers = Ar tau buvo sakoma netiesa apie tavo dokumentus, vizą ar teisę čia būti?
identification-deceived-about-papers-hint = Melaginga informacija apie dokumentus dažnai verčia moterį bijoti institucijų.
identification-deceived-about-journey = Ar tave suklaidino dėl kelionės, jos kainos ar to, kiek už ją būsi skolinga?
identification-deceived-about-journey-hint = Paslėptos ar augančios kelionės išlaidos yra dažnas būdas sukurti skolą.
identification-false-promise-of-relationship = Ar kas nors žadėjo tau santuoką, santykius ar atvežti čia tavo šeimą, kad tik atvyktum?
identification-false-promise-of-relationship-hint = Kartais verbuotojas yra vaikinas ar partneris. Klauskite nesmerkdami šių santykių.
identification-deceived-about-education = Ar tau buvo žadėta galimybė mokytis ar įgyti profesiją, bet jos taip ir nebuvo?

## Dimension 2: coercive recruitment

identification-violence-at-recruitment = Ar prieš kelionę ar jos metu kas nors tave fiziškai ar seksualiai skriaudė?
identification-violence-hint = Ji gali nenorėti apibūdinti, kas nutiko. Pakanka „taip“ arba „ne“; detalės gali palaukti arba niekada nebūti papasakotos.
identification-threats-at-recruitment = Ar prieš kelionę ar jos metu kas nors grasino tau pakenkti?
identification-taken-or-sold = Ar tave išvežė prieš tavo valią, privertė tekėti, pardavė ar perdavė kam nors?
identification-taken-or-sold-hint = Tai sunkios prievartos formos. Leiskite jai atsakyti savais žodžiais ir savo tempu.
identification-debt-at-recruitment = Ar tau buvo užkrauta skola už kelionę ar darbą, kurią turėjai atidirbti?
identification-debt-hint = Skola, kurios niekada neįmanoma grąžinti, laiko moterį kontrolėje. Suma čia nesvarbi.
identification-papers-taken-at-recruitment = Ar prieš kelionę ar jos metu kas nors paėmė tavo pasą ar asmens tapatybės kortelę ir pasiliko?
identification-papers-taken-hint = Be dokumentų ji negali išvykti ir įrodyti, kas ji yra.
identification-confined-at-recruitment = Ar prieš kelionę ar jos metu tave laikė užrakintą, atskirtą nuo kitų ar nuolat stebimą?
identification-threat-of-authorities-at-recruitment = Ar prieš tau išvykstant kas nors grasino pranešti apie tave policijai ar migracijos tarnybai?
identification-threat-to-tell-family-at-recruitment = Ar prieš tau išvykstant kas nors grasino ką nors apie tave papasakoti tavo šeimai ar bendruomenei?
identification-threat-to-tell-hint = Grasinimai sugėdinti gali veikti taip pat stipriai kaip grasinimai smurtu.
identification-family-threatened-at-recruitment = Ar prieš tau išvykstant kas nors skriaudė tavo šeimą ar jai grasino?
identification-money-withheld-at-recruitment = Ar prieš tau išvykstant kas nors pasiliko tau priklausančius pinigus?

## Dimension 3: abuse of vulnerability at recruitment

identification-hard-family-situation = Ar prieš išvykdama buvai labai sunkioje šeimos ar asmeninėje padėtyje?
identification-vulnerability-hint = Sunkumai nėra jos kaltė; kitus išnaudojantys žmonės jų ieško ir jais naudojasi.
identification-irregular-status-before = Ar tuo metu buvai be galiojančių dokumentų ar leidimo šaliai, į kurią vykai?
identification-language-or-schooling-barrier = Ar atrodo, kad ji mažai mokėsi mokykloje arba nekalba šalies, į kurią buvo išvežta, kalba?
identification-lacked-information = Ar išvykdama mažai žinojai apie šalį, į kurią vykai, ar apie savo teises ten?
identification-controlled-before-leaving = Ar jau prieš tau išvykstant kas nors kontroliavo tavo gyvenimą ar sprendimus?
identification-economic-hardship-before = Ar prieš tau išvykstant tau ar tavo šeimai labai trūko pinigų pragyventi?
identification-false-promises-about-law = Ar tau pasakojo apie čionykščius įstatymus ar institucijas dalykų, kurie pasirodė netiesa?
identification-emotional-dependency-before = Ar buvai emociškai priklausoma nuo žmogaus, kuris suorganizavo tavo išvykimą?
identification-emotional-dependency-before-hint = Meilė ar lojalumas verbuotojui yra dažni ir gali apsunkinti kalbėjimą apie jį.
identification-hardship-earlier-in-life = Ar anksčiau gyvenime patyrei ką nors labai sunkaus, pavyzdžiui, smurtą ar namų netekimą?
identification-hardship-earlier-in-life-hint = Klauskite tik jei ji tam pasirengusi. Išnaudotojai pasinaudoja ankstesniais sunkumais; šie niekada nepadaro jos atsakingos.
identification-could-not-arrange-journey = Ar tau būtų buvę sunku keliauti vienai, be žmonių, kurie suorganizavo kelionę?
identification-beliefs-used-against-her = Ar tavo įsitikinimais ar tradicijomis, pavyzdžiui, priesaika ar ritualu, buvo pasinaudota, kad sutiktum?
identification-beliefs-used-against-her-hint = Priesaikos ir ritualai gali susaistyti moterį baime. Klausdami gerbkite jos įsitikinimus.
identification-hard-general-situation = Ar gyvenimas ten, kur gyvenai, apskritai buvo labai sunkus, pavyzdžiui, dėl skurdo, konflikto ar neramumų?

## Dimension 4: exploitative conditions

identification-excessive-hours = Ar turėjai dirbti labai ilgas valandas arba būti pasiekiama dieną ir naktį?
identification-excessive-hours-hint = Ilgos darbo valandos be poilsio dienų yra išnaudojimo požymis, kad ir koks būtų darbas.
identification-little-or-no-pay = Ar už darbą tau mokėjo mažai arba nieko?
identification-pay-manipulated = Ar tavo pinigai buvo atimami baudoms, nuomai ar „išlaidoms“, su kuriomis nesutikai?
identification-pay-manipulated-hint = Išskaitomis galima pasiekti, kad moteris niekada neturėtų savų pinigų.
identification-poor-living-conditions = Ar sąlygos, kuriomis gyvenai, buvo labai prastos, pavyzdžiui, buvo ankšta, nešvaru ar trūko maisto?
identification-dangerous-conditions = Ar darbe tau grėsė pavojus, pavyzdžiui, dėl smurtaujančių klientų ar nesaugių vietų?
identification-health-unprotected = Ar tau neleido rūpintis savo sveikata, pavyzdžiui, naudoti prezervatyvų ar eiti pas gydytoją?
identification-health-unprotected-hint = Tai taip pat parodo sveikatos priežiūros poreikius; pažymėkite juos poreikių vertinimui.
identification-no-access-to-education = Ar tau neleido mokytis kalbos ar įgyti kokio nors išsilavinimo?

## Dimension 5: coercion at destination

identification-papers-taken = Ar kas nors paėmė tavo pasą ar asmens tapatybės kortelę ir pasiliko?
identification-debt-bondage = Ar turėjai skolą, kurią buvai verčiama atidirbti ir kuri, atrodo, niekada nemažėjo?
identification-confined-or-watched = Ar tave laikė užrakintą, nuolat stebėjo ar neleido išeiti vienai?
identification-confined-or-watched-hint = Kontroliuoti galima ir telefonu, kameromis ar per kitas moteris, kurios verčiamos stebėti.
identification-violence-at-destination = Ar kas nors tave fiziškai ar seksualiai skriaudė, kol buvai ten?
identification-forced-clients-or-acts = Ar buvai verčiama priimti klientus arba daryti tai, ko nenorėjai?
identification-forced-clients-or-acts-hint = Jei ji negalėjo atsisakyti klientų ar veiksmų, tai stiprus seksualinio išnaudojimo požymis. Jai nereikia pasakoti detalių.
identification-threats-at-destination = Ar kas nors grasino tau pakenkti, kol buvai ten?
identification-forced-into-crime = Ar buvai verčiama daryti neteisėtus dalykus, pavyzdžiui, gabenti narkotikus?
identification-forced-into-crime-hint = Nusikalstamos veikos, kurias ji buvo priversta padaryti, pagal įstatymą gali būti vertinamos kitaip; pažymėkite tai teisinei konsultacijai.
identification-controlled-by-others = Ar atrodo, kad ji yra stiprioje kažkieno įtakoje, pavyzdžiui, prieš atsakydama pažvelgia į kitą žmogų?
identification-controlled-by-others-hint = Atkreipkite dėmesį, ar kas nors atsako už ją, laiko jos telefoną ar laukia netoliese.
identification-told-what-to-say = Ar tau buvo pasakyta, ką sakyti policijai, pareigūnams ar savo šeimai?
identification-told-what-to-say-hint = Iš anksto paruošta istorija gali paaiškinti atsakymus, kurie atrodo nesuderinami. Tai nėra priežastis ja abejoti.
identification-threat-of-authorities = Ar kas nors grasino pranešti apie tave policijai ar migracijos tarnybai?
identification-threat-of-worse-conditions = Ar tau sakė, kad tau bus dar blogiau, jei nepaklusi?
identification-family-threatened = Ar kas nors skriaudė tavo šeimą ar jai grasino, kol buvai ten?
identification-earnings-withheld = Ar kas nors pasiliko tavo uždirbtus pinigus?
identification-threat-to-tell-family = Ar kas nors grasino papasakoti tavo šeimai ar bendruomenei apie darbą, kurį buvai verčiama dirbti?

## Dimension 6: abuse of vulnerability at destination

identification-depends-on-exploiters = Ar buvai priklausoma nuo tave kontroliavusių žmonių dėl maisto, vietos miegoti ar kitų būtinų dalykų?
identification-depends-on-exploiters-hint = Dėl priklausomybės išeiti gali atrodyti neįmanoma net ir be užrakintų durų.
identification-isolated-in-unknown-place = Ar tave laikė nepažįstamoje vietoje, kur nežinojai, kaip gauti pagalbos?
identification-economic-hardship-now = Ar jauteisi negalinti išeiti, nes visai neturėjai pinigų?
identification-family-situation-used = Ar tavo šeimos padėtimi, pavyzdžiui, jų pinigų poreikiu, buvo pasinaudota, kad liktum ten?
identification-status-used-against-her = Ar tuo, kad neturėjai dokumentų ar leidimo, buvo pasinaudota, kad liktum ten?
identification-status-used-against-her-hint = Deportacijos baimė yra vienas stipriausių būdų priversti moterį tylėti.
identification-earlier-hardship-used = Ar kas nors sunkaus iš tavo praeities buvo panaudota prieš tave?
identification-personal-situation-used = Ar atrodo, kad kas nors iš jos padėties buvo panaudota prieš ją, pavyzdžiui, liga, negalia, nėštumas ar jos amžius?
identification-personal-situation-used-hint = Pažymėkite, ką matote, nedarydami prielaidų; ji gali jus pataisyti.

## Result

identification-dimension-deceptive-recruitment = Apgaulingas verbavimas
identification-dimension-coercive-recruitment = Prievartinis verbavimas
identification-dimension-vulnerability-recruitment = Verbavimas pasinaudojant pažeidžiamumu
identification-dimension-exploitation = Išnaudojimo sąlygos
identification-dimension-coercion-destination = Prievarta paskirties šalyje
identification-dimension-vulnerability-destination = Pasinaudojimas pažeidžiamumu paskirties šalyje
identification-dimension-met = Požymių pastebėta
identification-dimension-could-be-met = Galėtų būti pastebėta, jei nežinomi atsakymai būtų „taip“
identification-dimension-not-met = Iki šiol atsakymuose nepastebėta
identification-strength-strong = Stiprus požymis
identification-strength-medium = Vidutinis požymis
identification-strength-weak = Silpnas požymis
identification-outcome-supports-reasonable-grounds = Pastebėti požymiai leidžia pagrįstai manyti, kad ji galėjo nukentėti nuo prekybos žmonėmis.
identification-outcome-insufficient-information = Kol kas žinoma per mažai: trūkstami atsakymai gali pakeisti šį vaizdą.
identification-outcome-does-not-yet-support = Iki šiol gauti atsakymai dar neleidžia to pagrįstai manyti. Nauja informacija tai gali bet kada pakeisti.
identification-result-disclaimer = Ši santrauka padeda jūsų profesiniam vertinimui. Tai nėra sprendimas, ar ji yra auka, ir ji nepakeičia nacionalinės identifikavimo procedūros.
identification-unknown-count = { $count ->
    [one] { $count } požymis dar be atsakymo.
    [few] { $count } požymiai dar be atsakymo.
    [many] { $count } požymio dar be atsakymo.
   *[other] { $count } požymių dar be atsakymo.
}
identification-declined-count = { $count ->
    [one] Ji nenorėjo atsakyti į { $count } klausimą.
    [few] Ji nenorėjo atsakyti į { $count } klausimus.
    [many] Ji nenorėjo atsakyti į { $count } klausimo.
   *[other] Ji nenorėjo atsakyti į { $count } klausimų.
}

## Identification: indicators of trafficking for sexual exploitation (ILO/EC operational indicators).
## Questions marked "Ask her" are put to the woman; the others are the worker's own observations.
## She can always say she does not know, or prefer not to answer.

identification-title = Identificēšana

## Sections

identification-context = Viņas situācija
identification-deceptive-recruitment = Kā viņa tika vervēta: solījumi un realitāte
identification-coercive-recruitment = Kā viņa tika vervēta: spēks un spiediens
identification-vulnerability-recruitment = Viņas situācija pirms aizbraukšanas
identification-exploitation = Apstākļi tur, kur viņa atradās
identification-coercion-destination = Kontrole un spiediens tur, kur viņa atradās
identification-vulnerability-destination = Kas viņu tur noturēja

## Her situation (not scored)

identification-came-from-abroad = Vai tu atbrauci uz šo valsti no citas valsts?
identification-came-from-abroad-hint = Daži jautājumi ir svarīgi tikai tad, ja ir šķērsota robeža; šī atbilde lietotnei norāda, kurus jautājumus rādīt.
identification-someone-arranged = Vai kāds cits tev nokārtoja darbu, ceļu vai vietu, kur dzīvot?
identification-someone-arranged-hint = Palīdz sekot stāstam; neietekmē nevienu secinājumu.
identification-interpreter-present = Vai šajā sarunā piedalās tulks?

## Dimension 1: deceptive recruitment

identification-deceived-about-work = Vai darbs, ko tu galu galā darīji, atšķīrās no darba, par kuru tev stāstīja?
identification-deceived-about-work-hint = Maldināšana par to, kāds būs darbs, ir viena no skaidrākajām pazīmēm. Jautājiet saudzīgi: daudzas sievietes vaino sevi, ka noticējušas piedāvājumam.
identification-deceived-about-earnings = Vai tu nopelnīji daudz mazāk, nekā tev solīja?
identification-deceived-about-conditions = Vai darba apstākļi bija ļoti atšķirīgi no tā, ko tev stāstīja?
identification-deceived-about-contract = Vai līgumu vai vienošanos ar tevi neievēroja vai mainīja pēc tam, kad tu biji ieradusies?
identification-deceived-about-contract-hint = Līgums var būt bijis rakstisks vai tikai mutisks. Abi tiek ņemti vērā.
identification-deceived-about-housing = Vai vieta, kur tu dzīvoji, atšķīrās no tā, kas tev bija solīts?
identification-deceived-about-papers = Vai tev stāstīja nepatiesas lietas par taviem dokumentiem, vīzu vai tiesībām šeit uzturēties?
identification-deceived-about-papers-hint = Nepatiesa informācija par dokumentiem bieži liek sievietei baidīties no iestādēm.
identification-deceived-about-journey = Vai tevi maldināja par ceļu, tā izmaksām vai par to, cik tu par to būsi parādā?
identification-deceived-about-journey-hint = Slēptas vai augošas ceļa izmaksas ir izplatīts veids, kā radīt parādu.
identification-false-promise-of-relationship = Vai kāds tev solīja laulību, attiecības vai to, ka atvedīs šurp tavu ģimeni, lai tu atbrauktu?
identification-false-promise-of-relationship-hint = Dažkārt vervētājs ir draugs vai partneris. Jautājiet, nenosodot šīs attiecības.
identification-deceived-about-education = Vai tev solīja iespēju mācīties vai apgūt arodu, bet tā nekad neīstenojās?

## Dimension 2: coercive recruitment

identification-violence-at-recruitment = Vai pirms ceļojuma vai tā laikā kāds tev nodarīja fizisku vai seksuālu pāri?
identification-violence-hint = Viņa var nevēlēties aprakstīt notikušo. Pietiek ar „jā” vai „nē”; detaļas var pagaidīt vai arī nekad netikt stāstītas.
identification-threats-at-recruitment = Vai pirms ceļojuma vai tā laikā kāds draudēja tev nodarīt pāri?
identification-taken-or-sold = Vai tevi aizveda pret tavu gribu, piespieda precēties vai pārdeva vai nodeva kādam citam?
identification-taken-or-sold-hint = Tie ir smagi piespiešanas veidi. Ļaujiet viņai atbildēt saviem vārdiem un savā tempā.
identification-debt-at-recruitment = Vai tev par ceļu vai darbu uzlika parādu, kas tev bija jāatstrādā?
identification-debt-hint = Parāds, ko nekad nevar atmaksāt, notur sievieti kontrolē. Summai šeit nav nozīmes.
identification-papers-taken-at-recruitment = Vai pirms ceļojuma vai tā laikā kāds paņēma tavu pasi vai personas apliecību un paturēja to?
identification-papers-taken-hint = Bez dokumentiem viņa nevar aizbraukt un pierādīt, kas viņa ir.
identification-confined-at-recruitment = Vai pirms ceļojuma vai tā laikā tevi turēja ieslēgtu, nošķirtu no citiem vai pastāvīgi uzraudzīja?
identification-threat-of-authorities-at-recruitment = Vai pirms aizbraukšanas kāds draudēja par tevi ziņot policijai vai migrācijas iestādēm?
identification-threat-to-tell-family-at-recruitment = Vai pirms aizbraukšanas kāds draudēja kaut ko par tevi pastāstīt tavai ģimenei vai kopienai?
identification-threat-to-tell-hint = Draudi apkaunot var būt tikpat spēcīgi kā vardarbības draudi.
identification-family-threatened-at-recruitment = Vai pirms aizbraukšanas kāds nodarīja pāri tavai ģimenei vai draudēja tai?
identification-money-withheld-at-recruitment = Vai pirms aizbraukšanas kāds paturēja naudu, kas piederēja tev?

## Dimension 3: abuse of vulnerability at recruitment

identification-hard-family-situation = Vai pirms aizbraukšanas tu biji ļoti grūtā ģimenes vai personiskā situācijā?
identification-vulnerability-hint = Grūtības nav viņas vaina; cilvēki, kas izmanto citus, tās meklē un izmanto.
identification-irregular-status-before = Vai toreiz tev trūka derīgu dokumentu vai atļaujas valstij, uz kuru tu devies?
identification-language-or-schooling-barrier = Vai šķiet, ka viņa ir maz mācījusies skolā vai nerunā tās valsts valodā, uz kuru viņu aizveda?
identification-lacked-information = Vai aizbraucot tu maz zināji par valsti, uz kuru devies, vai par savām tiesībām tur?
identification-controlled-before-leaving = Vai jau pirms aizbraukšanas kāds kontrolēja tavu dzīvi vai lēmumus?
identification-economic-hardship-before = Vai pirms aizbraukšanas tev vai tavai ģimenei bija ļoti maz naudas iztikai?
identification-false-promises-about-law = Vai tev stāstīja par šejienes likumiem vai iestādēm lietas, kas izrādījās nepatiesas?
identification-emotional-dependency-before = Vai tu biji emocionāli atkarīga no cilvēka, kurš noorganizēja tavu aizbraukšanu?
identification-emotional-dependency-before-hint = Mīlestība vai lojalitāte pret vervētāju ir bieža un var apgrūtināt runāšanu par viņu.
identification-hardship-earlier-in-life = Vai agrāk dzīvē tu esi piedzīvojusi kaut ko ļoti smagu, piemēram, vardarbību vai mājokļa zaudēšanu?
identification-hardship-earlier-in-life-hint = Jautājiet tikai tad, ja viņa ir gatava. Ekspluatētāji izmanto agrākas grūtības; tās nekad nepadara viņu atbildīgu.
identification-could-not-arrange-journey = Vai tev būtu bijis grūti ceļot pašai, bez cilvēkiem, kas ceļu noorganizēja?
identification-beliefs-used-against-her = Vai tavus uzskatus vai tradīcijas, piemēram, zvērestu vai rituālu, izmantoja, lai tu piekristu?
identification-beliefs-used-against-her-hint = Zvēresti un rituāli var piesaistīt sievieti ar bailēm. Jautājot cieniet viņas uzskatus.
identification-hard-general-situation = Vai dzīve vietā, kur tu dzīvoji, kopumā bija ļoti grūta, piemēram, nabadzības, konflikta vai nemieru dēļ?

## Dimension 4: exploitative conditions

identification-excessive-hours = Vai tev bija jāstrādā ļoti garas stundas vai jābūt pieejamai dienu un nakti?
identification-excessive-hours-hint = Garas darba stundas un brīvdienu trūkums ir ekspluatācijas pazīme neatkarīgi no darba veida.
identification-little-or-no-pay = Vai tev par darbu maksāja maz vai neko?
identification-pay-manipulated = Vai tavu naudu paņēma sodiem, īrei vai „izdevumiem”, kuriem tu nebiji piekritusi?
identification-pay-manipulated-hint = Ar atvilkumiem var panākt, ka sievietei nekad nav savas naudas.
identification-poor-living-conditions = Vai apstākļi, kur tu dzīvoji, bija ļoti slikti, piemēram, pārapdzīvoti, netīri vai bez pietiekama ēdiena?
identification-dangerous-conditions = Vai darbā tu biji apdraudēta, piemēram, vardarbīgu klientu vai nedrošu vietu dēļ?
identification-health-unprotected = Vai tev liedza rūpēties par savu veselību, piemēram, lietot prezervatīvus vai apmeklēt ārstu?
identification-health-unprotected-hint = Tas norāda arī uz medicīniskām vajadzībām; atzīmējiet tās vajadzību izvērtējumam.
identification-no-access-to-education = Vai tev liedza mācīties valodu vai iegūt jebkādu izglītību?

## Dimension 5: coercion at destination

identification-papers-taken = Vai kāds paņēma tavu pasi vai personas apliecību un paturēja to?
identification-debt-bondage = Vai tev bija parāds, kas tev bija jāatstrādā un kas, šķiet, nekad nesamazinājās?
identification-confined-or-watched = Vai tevi turēja ieslēgtu, pastāvīgi uzraudzīja vai neļāva iziet vienai?
identification-confined-or-watched-hint = Kontrole var notikt arī ar telefona, kameru vai citu sieviešu starpniecību, kuras piespiež uzraudzīt.
identification-violence-at-destination = Vai, atrodoties tur, kāds tev nodarīja fizisku vai seksuālu pāri?
identification-forced-clients-or-acts = Vai tevi piespieda pieņemt klientus vai darīt lietas, ko tu negribēji darīt?
identification-forced-clients-or-acts-hint = Ja viņa nevarēja atteikt klientiem vai darbībām, tā ir spēcīga seksuālās ekspluatācijas pazīme. Viņai nav jāstāsta sīkāk.
identification-threats-at-destination = Vai, atrodoties tur, kāds draudēja tev nodarīt pāri?
identification-forced-into-crime = Vai tevi piespieda darīt nelikumīgas lietas, piemēram, pārvadāt narkotikas?
identification-forced-into-crime-hint = Likums var citādi vērtēt nodarījumus, kurus viņa tika piespiesta izdarīt; atzīmējiet to juridiskajai konsultācijai.
identification-controlled-by-others = Vai šķiet, ka viņa ir kāda cilvēka spēcīgā ietekmē, piemēram, pirms atbildēšanas skatās uz kādu citu?
identification-controlled-by-others-hint = Pievērsiet uzmanību, vai kāds atbild viņas vietā, tur viņas telefonu vai gaida tuvumā.
identification-told-what-to-say = Vai tev teica, kas jāsaka policijai, amatpersonām vai tavai ģimenei?
identification-told-what-to-say-hint = Iepriekš sagatavots stāsts var izskaidrot atbildes, kas šķiet nesaderīgas. Tas nav iemesls viņai neticēt.
identification-threat-of-authorities = Vai kāds draudēja par tevi ziņot policijai vai migrācijas iestādēm?
identification-threat-of-worse-conditions = Vai tev teica, ka tev klāsies vēl sliktāk, ja tu neklausīsi?
identification-family-threatened = Vai, kamēr tu biji tur, kāds nodarīja pāri tavai ģimenei vai draudēja tai?
identification-earnings-withheld = Vai kāds paturēja naudu, ko tu nopelnīji?
identification-threat-to-tell-family = Vai kāds draudēja pastāstīt tavai ģimenei vai kopienai par darbu, ko tevi piespieda darīt?

## Dimension 6: abuse of vulnerability at destination

identification-depends-on-exploiters = Vai tu biji atkarīga no cilvēkiem, kas tevi kontrolēja, attiecībā uz ēdienu, vietu, kur gulēt, vai citām vajadzībām?
identification-depends-on-exploiters-hint = Atkarības dēļ aiziešana var šķist neiespējama pat bez aizslēgtām durvīm.
identification-isolated-in-unknown-place = Vai tevi turēja nepazīstamā vietā, kur tu nezināji, kā dabūt palīdzību?
identification-economic-hardship-now = Vai tev šķita, ka tu nevari aiziet, jo tev nebija nekādas naudas?
identification-family-situation-used = Vai tavas ģimenes situāciju, piemēram, viņu vajadzību pēc naudas, izmantoja, lai tevi tur noturētu?
identification-status-used-against-her = Vai to, ka tev nebija dokumentu vai atļaujas, izmantoja, lai tevi tur noturētu?
identification-status-used-against-her-hint = Bailes no izraidīšanas ir viens no spēcīgākajiem veidiem, kā panākt, lai sieviete klusē.
identification-earlier-hardship-used = Vai kaut ko smagu no tavas pagātnes izmantoja pret tevi?
identification-personal-situation-used = Vai šķiet, ka kaut kas viņas situācijā ir izmantots pret viņu, piemēram, slimība, invaliditāte, grūtniecība vai viņas vecums?
identification-personal-situation-used-hint = Atzīmējiet, ko redzat, neizdarot pieņēmumus; viņa var jūs izlabot.

## Result

identification-dimension-deceptive-recruitment = Maldinoša vervēšana
identification-dimension-coercive-recruitment = Piespiedu vervēšana
identification-dimension-vulnerability-recruitment = Vervēšana, izmantojot ievainojamību
identification-dimension-exploitation = Ekspluatējoši apstākļi
identification-dimension-coercion-destination = Piespiešana galamērķa valstī
identification-dimension-vulnerability-destination = Ievainojamības izmantošana galamērķa valstī
identification-dimension-met = Pazīmes konstatētas
identification-dimension-could-be-met = Varētu tikt konstatētas, ja nezināmās atbildes būtu „jā”
identification-dimension-not-met = Līdzšinējās atbildēs nav konstatētas
identification-strength-strong = Spēcīga pazīme
identification-strength-medium = Vidēji spēcīga pazīme
identification-strength-weak = Vāja pazīme
identification-outcome-supports-reasonable-grounds = Konstatētās pazīmes dod pamatotu iemeslu uzskatīt, ka viņa, iespējams, ir cilvēku tirdzniecības upuris.
identification-outcome-insufficient-information = Vēl nav zināms pietiekami daudz: trūkstošās atbildes var mainīt šo ainu.
identification-outcome-does-not-yet-support = Līdzšinējās atbildes vēl nedod pamatotu iemeslu tā uzskatīt. Jauna informācija to var mainīt jebkurā brīdī.
identification-result-disclaimer = Šis kopsavilkums palīdz jūsu profesionālajam vērtējumam. Tas nav lēmums par to, vai viņa ir upuris, un tas neaizstāj valsts identificēšanas procedūru.
identification-unknown-count = { $count ->
    [zero] { $count } pazīmes vēl ir bez atbildes.
    [one] { $count } pazīme vēl ir bez atbildes.
   *[other] { $count } pazīmes vēl ir bez atbildes.
}
identification-declined-count = { $count ->
    [zero] Viņa nevēlējās atbildēt uz { $count } jautājumiem.
    [one] Viņa nevēlējās atbildēt uz { $count } jautājumu.
   *[other] Viņa nevēlējās atbildēt uz { $count } jautājumiem.
}

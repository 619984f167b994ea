## Needs: what support she wants and needs. For each item, record with her how urgent it is
## and where it stands. Her wishes lead; she can decline any support.

needs-title = Vajadzības un atbalsta plāns

## Sections

needs-about-her = Viņas situācija
needs-safety-and-shelter = Drošība un dzīvesvieta
needs-health = Veselība un labsajūta
needs-language-and-rights = Valoda, tiesības un juridiskais statuss
needs-money-and-daily-life = Nauda un ikdiena
needs-family = Ģimene
needs-future = Nākotne

## About her situation (not part of the plan)

needs-came-from-abroad = Vai tu atbrauci uz šo valsti no citas valsts?
needs-has-children = Vai tev ir bērni?
needs-has-children-hint = Bērni var būt kopā ar viņu, mājās vai kāda cita aprūpē. Viņu drošība bieži ir viņas pirmās rūpes.
needs-thinking-of-return = Vai tu domā par atgriešanos savā valstī?
needs-thinking-of-return-hint = Pareizas atbildes nav. Atgriezties, palikt vai vēl nezināt — viss ir labi.

## Safety and a place to stay

needs-protection-from-exploiters = Vai tev vajadzīga palīdzība, lai būtu drošībā no cilvēkiem, kas tevi ekspluatēja?
needs-protection-from-exploiters-hint = Drošība ir pirmajā vietā. Riska izvērtējumā briesmas aplūko sīkāk.
needs-safety-plan = Ar viņu saskaņots drošības plāns
needs-safe-phone = Vai tev vajadzīgs drošs telefons vai drošs veids, kā uzturēt saziņu?
needs-safe-phone-hint = Ekspluatētāju iedotu telefonu var izsekot.
needs-place-tonight = Vai tev vajadzīga droša vieta, kur pārnakšņot šonakt?
needs-longer-term-housing = Vai tev vajadzīga palīdzība, lai atrastu vietu, kur dzīvot ilgāku laiku?

## Health and well-being

needs-urgent-medical-care = Vai tev tūlīt vajadzīgs ārsts vai medmāsa sāpju, traumas vai slimības dēļ?
needs-urgent-medical-care-hint = Neatliekamā medicīniskā palīdzība ir viņas tiesības neatkarīgi no viņas statusa.
needs-sexual-health = Vai tu vēlētos pārbaudi vai padomu par seksuālo veselību, kontracepciju vai grūtniecību?
needs-sexual-health-hint = Piedāvājiet to kā izvēli. Viņa izlemj, vai un kad.
needs-ongoing-health-care = Vai tev vajadzīga ilgstoša veselības aprūpe vai zāles?
needs-someone-to-talk-to = Vai tu vēlētos kādu, ar ko parunāt par to, kā tu jūties?
needs-someone-to-talk-to-hint = Daudzas sievietes jūtas notrulinātas vai trauksmainas vai nevar aizmigt. Tā ir normāla reakcija uz notikušo.
needs-trauma-support = Vai tu vēlētos ilgtermiņa atbalstu no terapeita?
needs-substance-use-support = Vai tu vēlētos atbalstu saistībā ar alkoholu, narkotikām vai medikamentiem?
needs-substance-use-support-hint = Dažkārt sievietes piespiež lietot vielas, lai viņas kontrolētu. Jautājiet bez nosodījuma.

## Language, rights and legal status

needs-interpreter = Vai tev vajadzīgs tulks, un vai tu gribētu, lai tā būtu sieviete?
needs-interpreter-hint = Pārliecinieties, ka tulkam nav saistības ar viņas kopienu vai ekspluatētājiem.
needs-information-on-rights = Vai tu vēlētos informāciju par savām tiesībām un iespējām?
needs-information-on-rights-hint = Arī par viņas tiesībām uz atbalstu neatkarīgi no tā, vai viņa runā ar policiju.
needs-support-in-proceedings = Ja tu piedalīsies kriminālprocesā vai tiesā, vai tu vēlētos, lai tev būtu advokāts vai kāds, kas ir blakus?
needs-support-in-proceedings-hint = Atbalsts nav atkarīgs no tā, vai viņa piekrīt būt lieciniece.
needs-reflection-period = Vai tu vēlētos uzzināt par atveseļošanās un pārdomu periodu?
needs-reflection-period-hint = Vismaz 30 dienas ilgs laiks, lai atpūstos un bez spiediena pieņemtu lēmumu. Tā ilgums ir atkarīgs no valsts; pārbaudiet spēkā esošo kārtību.
needs-residence-permit = Vai tev vajadzīga palīdzība ar uzturēšanās atļauju?
needs-identity-papers = Vai tev vajadzīga palīdzība, lai atgūtu vai atjaunotu pasi vai personas apliecību?
needs-identity-papers-hint = Ekspluatētāji, iespējams, dokumentus ir paņēmuši vai iznīcinājuši.

## Money and daily life

needs-money-for-now = Vai tev tieši tagad vajadzīga nauda ikdienas vajadzībām?
needs-compensation = Vai tu vēlētos uzzināt, vai vari pieprasīt kompensāciju vai neizmaksāto samaksu?
needs-compensation-hint = Kompensāciju atkarībā no valsts var saņemt no likumpārkāpēja vai no valsts fonda.
needs-debts = Vai tev ir parādi, ar kuriem tev vajadzīga palīdzība?
needs-debts-hint = Arī parādi, kurus, pēc ekspluatētāju teiktā, viņa ir parādā. Bieži tie nav likumīgi.
needs-everyday-essentials = Vai tev vajadzīgs apģērbs, ēdiens, higiēnas preces vai citas ikdienas lietas?
needs-contact-person = Vai tu vēlētos vienu cilvēku, kurš palīdz tev sekot līdzi visam atbalstam?
needs-contact-person-hint = Ja ir viena kontaktpersona, viņai nav atkal un atkal jāstāsta savs stāsts.
needs-self-care = Vai tu vēlētos palīdzību ikdienas lietās, piemēram, atpūtā, dienas ritmā un rūpēs par sevi?
needs-support-person = Vai tu vēlētos atbalsta personu, kas var tevi pavadīt un būt tev blakus?
needs-support-person-hint = Atbalsta persona ir tikai viņas pusē un nav ne policija, ne iestāde.
needs-help-with-authorities = Vai tev vajadzīga palīdzība saziņā ar iestādēm vai veidlapu aizpildīšanā?

## Family

needs-care-for-children = Vai taviem bērniem vajadzīga aprūpe vai atbalsts?
needs-family-support = Vai tu vai tava ģimene vēlētos atbalstu vai padomu, piemēram, par saziņu vai drošību?
needs-family-support-hint = Ģimene var būt atbalsts, bet var būt arī iesaistīta notikušajā. Ļaujiet viņai noteikt virzienu.

## The future

needs-language-learning = Vai tu vēlētos apgūt šejienes valodu?
needs-training-or-education = Vai tu vēlētos apmācības vai izglītību?
needs-finding-work = Vai tu vēlētos palīdzību darba atrašanā?
needs-settling-here = Vai tu vēlētos palīdzību, lai iedzīvotos šeit, ja nolem palikt?
needs-settling-here-hint = Integrācijas atbalsts ir sievietēm, kuras izvēlas palikt.
needs-safe-return = Vai tu vēlētos palīdzību, lai plānotu drošu atgriešanos?
needs-safe-return-hint = Atgriezties vajadzētu tikai pēc viņas pašas vēlēšanās, un atgriešanās jāplāno kopā ar pakalpojumu sniedzēju viņas valstī. Riska izvērtējumā pārbauda nosacījumus.
needs-reintegration = Vai pēc atgriešanās tu vēlētos atbalstu, lai sāktu no jauna mājās?

## Care domains

needs-domain-safety = Drošība un aizsardzība
needs-domain-shelter = Patvērums un mājoklis
needs-domain-medical = Medicīniskā palīdzība
needs-domain-psychological = Psiholoģiskais atbalsts
needs-domain-interpretation = Tulkošana
needs-domain-legal-advice = Juridiskā konsultācija
needs-domain-residence = Uzturēšanās statuss un pārdomu periods
needs-domain-financial = Finansiālā palīdzība un kompensācija
needs-domain-social-support = Sociālais atbalsts
needs-domain-support-person = Atbalsta persona
needs-domain-authorities = Palīdzība saziņā ar iestādēm
needs-domain-family = Ģimene
needs-domain-substance-use = Atkarību ārstēšana
needs-domain-training-work = Apmācība un darbs
needs-domain-integration = Integrācija
needs-domain-return = Brīvprātīga atgriešanās un reintegrācija

## Service types to refer to

needs-service-police-protection = Policijas aizsardzība
needs-service-safety-planning = Drošības plānošana
needs-service-secure-shelter = Drošs patvērums
needs-service-confidential-flat = Dzīvoklis slepenā adresē
needs-service-supported-housing = Atbalstīts mājoklis
needs-service-emergency-medical-care = Neatliekamā medicīniskā palīdzība
needs-service-general-health-care = Vispārējā veselības aprūpe
needs-service-sexual-reproductive-health = Seksuālās un reproduktīvās veselības aprūpe
needs-service-crisis-counselling = Krīzes konsultēšana
needs-service-trauma-therapy = Traumu terapija
needs-service-legal-counselling = Juridiskā konsultēšana
needs-service-victim-lawyer = Cietušā pārstāvis (advokāts)
needs-service-migration-counselling = Konsultācijas par migrāciju un uzturēšanās tiesībām
needs-service-case-worker = Sociālais darbinieks
needs-service-peer-support = Līdzinieku atbalsts
needs-service-self-care-training = Atbalsts ikdienas dzīvē un rūpēs par sevi
needs-service-financial-aid = Finansiālā palīdzība
needs-service-compensation-claim = Palīdzība kompensācijas pieprasīšanā
needs-service-debt-counselling = Parādu konsultēšana
needs-service-interpreter = Tulks
needs-service-support-person = Atbalsta persona
needs-service-accompaniment = Pavadīšana uz iestādēm
needs-service-family-counselling = Ģimenes konsultēšana
needs-service-childcare = Bērnu aprūpe un atbalsts bērniem
needs-service-addiction-care = Atkarību ārstēšana
needs-service-language-course = Valodas kursi
needs-service-vocational-training = Profesionālā apmācība
needs-service-job-placement = Palīdzība darba atrašanā
needs-service-integration-programme = Integrācijas programma
needs-service-return-programme = Brīvprātīgas atgriešanās programma
needs-service-receiving-organisation = Uzņemošā organizācija atgriešanās valstī

## Urgency and status

needs-urgency-immediate = Nekavējoties (1–3 dienu laikā)
needs-urgency-short-term = Tuvākajā laikā
needs-urgency-long-term = Ilgtermiņā
needs-urgency-none = Pašlaik nav vajadzīgs
needs-status-identified = Apzināta
needs-status-referred = Nosūtīta
needs-status-in-progress = Procesā
needs-status-met = Nodrošināta
needs-status-declined-by-her = Viņa to pašlaik nevēlas
needs-status-not-applicable = Neattiecas

## Result

needs-care-plan = Atbalsta plāns
needs-referrals = Vēl jānosūta
needs-open-needs = Vēl nav pārrunāts
needs-service-types = Kur nosūtīt
needs-result-disclaimer = Šajā plānā ir atzīmēts tas, par ko jūs ar viņu vienojāties. Pārskatiet to kopā ar viņu katrā tikšanās reizē; viņas vēlmes var mainīties.

## Needs: what support she wants and needs. For each item, record with her how urgent it is
## and where it stands. Her wishes lead; she can decline any support.

needs-title = Poreikiai ir pagalbos planas

## Sections

needs-about-her = Jos padėtis
needs-safety-and-shelter = Saugumas ir gyvenamoji vieta
needs-health = Sveikata ir gerovė
needs-language-and-rights = Kalba, teisės ir teisinis statusas
needs-money-and-daily-life = Pinigai ir kasdienis gyvenimas
needs-family = Šeima
needs-future = Ateitis

## About her situation (not part of the plan)

needs-came-from-abroad = Ar atvykai į šią šalį iš kitos šalies?
needs-has-children = Ar turi vaikų?
needs-has-children-hint = Vaikai gali būti su ja, namuose ar kieno nors kito globoje. Jų saugumas dažnai yra pirmasis jos rūpestis.
needs-thinking-of-return = Ar galvoji apie grįžimą į savo šalį?
needs-thinking-of-return-hint = Teisingo atsakymo nėra. Grįžti, likti ar dar nežinoti – visa tai yra gerai.

## Safety and a place to stay

needs-protection-from-exploiters = Ar tau reikia pagalbos, kad būtum saugi nuo žmonių, kurie tave išnaudojo?
needs-protection-from-exploiters-hint = Saugumas – svarbiausia. Rizikos vertinime pavojus nagrinėjamas išsamiau.
needs-safety-plan = Su ja suderintas saugumo planas
needs-safe-phone = Ar tau reikia saugaus telefono ar saugaus būdo palaikyti ryšį?
needs-safe-phone-hint = Išnaudotojų duotas telefonas gali būti sekamas.
needs-place-tonight = Ar tau reikia saugios vietos nakvoti šiąnakt?
needs-longer-term-housing = Ar tau reikia pagalbos rasti vietą, kur gyventi ilgesnį laiką?

## Health and well-being

needs-urgent-medical-care = Ar tau dabar reikia gydytojo ar slaugytojos dėl skausmo, sužalojimo ar ligos?
needs-urgent-medical-care-hint = Skubi medicinos pagalba yra jos teisė, nepriklausomai nuo jos statuso.
needs-sexual-health = Ar norėtum pasitikrinti ar gauti patarimų dėl lytinės sveikatos, kontracepcijos ar nėštumo?
needs-sexual-health-hint = Pasiūlykite tai kaip pasirinkimą. Ji sprendžia, ar ir kada.
needs-ongoing-health-care = Ar tau reikia nuolatinės sveikatos priežiūros ar vaistų?
needs-someone-to-talk-to = Ar norėtum, kad būtų kas nors, su kuo galėtum pasikalbėti apie tai, kaip jautiesi?
needs-someone-to-talk-to-hint = Daug moterų jaučiasi tarsi sustingusios, nerimauja ar negali užmigti. Tai normali reakcija į tai, kas nutiko.
needs-trauma-support = Ar norėtum ilgalaikės psichoterapeuto pagalbos?
needs-substance-use-support = Ar norėtum pagalbos dėl alkoholio, narkotikų ar vaistų vartojimo?
needs-substance-use-support-hint = Kartais moterys verčiamos vartoti medžiagas, kad jas būtų lengviau kontroliuoti. Klauskite nesmerkdami.

## Language, rights and legal status

needs-interpreter = Ar tau reikia vertėjo ir ar norėtum, kad tai būtų moteris?
needs-interpreter-hint = Įsitikinkite, kad vertėjas nesusijęs su jos bendruomene ar išnaudotojais.
needs-information-on-rights = Ar norėtum informacijos apie savo teises ir galimybes?
needs-information-on-rights-hint = Taip pat apie jos teisę gauti pagalbą nepriklausomai nuo to, ar ji kalbasi su policija.
needs-support-in-proceedings = Jei dalyvausi ikiteisminiame tyrime ar teismo procese, ar norėtum advokato ar žmogaus, kuris būtų šalia?
needs-support-in-proceedings-hint = Pagalba nepriklauso nuo to, ar ji sutinka būti liudytoja.
needs-reflection-period = Ar norėtum sužinoti apie atsigavimo ir apmąstymo laikotarpį?
needs-reflection-period-hint = Bent 30 dienų laikotarpis pailsėti ir be spaudimo apsispręsti. Jo trukmė priklauso nuo šalies; pasitikrinkite galiojančią tvarką.
needs-residence-permit = Ar tau reikia pagalbos dėl leidimo gyventi?
needs-identity-papers = Ar tau reikia pagalbos atgauti pasą ar asmens tapatybės kortelę arba gauti naują?
needs-identity-papers-hint = Išnaudotojai galėjo dokumentus atimti ar sunaikinti.

## Money and daily life

needs-money-for-now = Ar tau dabar reikia pinigų kasdienėms reikmėms?
needs-compensation = Ar norėtum sužinoti, ar gali reikalauti kompensacijos ar nesumokėto atlyginimo?
needs-compensation-hint = Priklausomai nuo šalies, kompensaciją galima gauti iš nusikaltėlio arba iš valstybės fondo.
needs-debts = Ar turi skolų, dėl kurių tau reikia pagalbos?
needs-debts-hint = Taip pat skolų, kurias, pasak išnaudotojų, ji jiems skolinga. Dažnai jos neteisėtos.
needs-everyday-essentials = Ar tau reikia drabužių, maisto, higienos priemonių ar kitų kasdienių daiktų?
needs-contact-person = Ar norėtum, kad vienas žmogus padėtų tau susigaudyti visoje gaunamoje pagalboje?
needs-contact-person-hint = Kai yra vienas kontaktinis asmuo, jai nereikia vėl ir vėl pasakoti savo istorijos.
needs-self-care = Ar norėtum pagalbos kasdieniuose dalykuose, pavyzdžiui, poilsio, dienos režimo ir rūpinimosi savimi?
needs-support-person = Ar norėtum palaikančio asmens, kuris galėtų tave lydėti ir būti šalia?
needs-support-person-hint = Palaikantis asmuo yra tik jos pusėje ir nėra nei policija, nei institucija.
needs-help-with-authorities = Ar tau reikia pagalbos bendraujant su institucijomis ar pildant formas?

## Family

needs-care-for-children = Ar tavo vaikams reikia priežiūros ar pagalbos?
needs-family-support = Ar tu ar tavo šeima norėtumėte pagalbos ar patarimų, pavyzdžiui, dėl bendravimo ar saugumo?
needs-family-support-hint = Šeima gali būti atrama, bet gali būti ir susijusi su tuo, kas nutiko. Leiskite jai pačiai pasirinkti kryptį.

## The future

needs-language-learning = Ar norėtum išmokti šios šalies kalbą?
needs-training-or-education = Ar norėtum mokymų ar išsilavinimo?
needs-finding-work = Ar norėtum pagalbos ieškant darbo?
needs-settling-here = Ar norėtum pagalbos įsikurti čia, jei nuspręsi likti?
needs-settling-here-hint = Integracijos pagalba skirta moterims, kurios nusprendžia likti.
needs-safe-return = Ar norėtum pagalbos planuojant saugų grįžimą?
needs-safe-return-hint = Grįžimas turėtų būti jos pačios noras ir planuojamas kartu su pagalbos tarnyba jos šalyje. Rizikos vertinime tikrinamos sąlygos.
needs-reintegration = Ar po grįžimo norėtum pagalbos iš naujo pradėti gyvenimą namuose?

## Care domains

needs-domain-safety = Saugumas ir apsauga
needs-domain-shelter = Apgyvendinimas ir būstas
needs-domain-medical = Medicinos pagalba
needs-domain-psychological = Psichologinė pagalba
needs-domain-interpretation = Vertimas žodžiu
needs-domain-legal-advice = Teisinės konsultacijos
needs-domain-residence = Teisė gyventi šalyje ir apmąstymo laikotarpis
needs-domain-financial = Finansinė pagalba ir kompensacija
needs-domain-social-support = Socialinė pagalba
needs-domain-support-person = Palaikantis asmuo
needs-domain-authorities = Pagalba bendraujant su institucijomis
needs-domain-family = Šeima
needs-domain-substance-use = Priklausomybių gydymas
needs-domain-training-work = Mokymai ir darbas
needs-domain-integration = Integracija
needs-domain-return = Savanoriškas grįžimas ir reintegracija

## Service types to refer to

needs-service-police-protection = Policijos apsauga
needs-service-safety-planning = Saugumo planavimas
needs-service-secure-shelter = Saugi prieglauda
needs-service-confidential-flat = Butas slaptu adresu
needs-service-supported-housing = Apsaugotas būstas
needs-service-emergency-medical-care = Skubi medicinos pagalba
needs-service-general-health-care = Pirminė sveikatos priežiūra
needs-service-sexual-reproductive-health = Lytinės ir reprodukcinės sveikatos priežiūra
needs-service-crisis-counselling = Krizių konsultavimas
needs-service-trauma-therapy = Traumų terapija
needs-service-legal-counselling = Teisinis konsultavimas
needs-service-victim-lawyer = Nukentėjusiojo atstovas (advokatas)
needs-service-migration-counselling = Migracijos ir leidimų gyventi konsultacijos
needs-service-case-worker = Atvejo vadybininkas
needs-service-peer-support = Savitarpio pagalba
needs-service-self-care-training = Pagalba kasdieniame gyvenime ir rūpinantis savimi
needs-service-financial-aid = Finansinė pagalba
needs-service-compensation-claim = Pagalba teikiant prašymą dėl kompensacijos
needs-service-debt-counselling = Konsultavimas skolų klausimais
needs-service-interpreter = Vertėjas
needs-service-support-person = Palaikantis asmuo
needs-service-accompaniment = Palydėjimas į institucijas
needs-service-family-counselling = Šeimos konsultavimas
needs-service-childcare = Vaikų priežiūra ir pagalba vaikams
needs-service-addiction-care = Priklausomybių gydymas
needs-service-language-course = Kalbos kursai
needs-service-vocational-training = Profesinis mokymas
needs-service-job-placement = Pagalba ieškant darbo
needs-service-integration-programme = Integracijos programa
needs-service-return-programme = Savanoriško grįžimo programa
needs-service-receiving-organisation = Priimanti organizacija grįžimo šalyje

## Urgency and status

needs-urgency-immediate = Skubiai (per 1–3 dienas)
needs-urgency-short-term = Artimiausiu metu
needs-urgency-long-term = Ilgalaikėje perspektyvoje
needs-urgency-none = Šiuo metu nereikia
needs-status-identified = Nustatyta
needs-status-referred = Nukreipta
needs-status-in-progress = Vykdoma
needs-status-met = Patenkinta
needs-status-declined-by-her = Ji šiuo metu to nenori
needs-status-not-applicable = Netaikoma

## Result

needs-care-plan = Pagalbos planas
needs-referrals = Dar reikia nukreipti
needs-open-needs = Dar neaptarta
needs-service-types = Kur nukreipti
needs-result-disclaimer = Šiame plane užfiksuota tai, dėl ko su ja susitarėte. Peržiūrėkite jį kartu su ja kiekvieno susitikimo metu; jos norai gali keistis.

## Needs: what support she wants and needs. For each item, record with her how urgent it is
## and where it stands. Her wishes lead; she can decline any support.

needs-title = Vajadused ja abiplaan

## Sections

needs-about-her = Tema olukord
needs-safety-and-shelter = Turvalisus ja peavari
needs-health = Tervis ja heaolu
needs-language-and-rights = Keel, õigused ja õiguslik seisund
needs-money-and-daily-life = Raha ja igapäevaelu
needs-family = Pere
needs-future = Tulevik

## About her situation (not part of the plan)

needs-came-from-abroad = Kas sa tulid siia riiki mõnest teisest riigist?
needs-has-children = Kas sul on lapsi?
needs-has-children-hint = Lapsed võivad olla temaga, kodus või kellegi teise hoole all. Nende turvalisus on sageli tema esimene mure.
needs-thinking-of-return = Kas sa mõtled koduriiki tagasi pöörduda?
needs-thinking-of-return-hint = Õiget vastust ei ole. Tagasipöördumine, siia jäämine või see, et ta veel ei tea, on kõik sobivad vastused.

## Safety and a place to stay

needs-protection-from-exploiters = Kas sa vajad abi, et olla kaitstud inimeste eest, kes sind ära kasutasid?
needs-protection-from-exploiters-hint = Turvalisus on esikohal. Riskihindamine vaatab ohtu lähemalt.
needs-safety-plan = Temaga kokku lepitud turvaplaan
needs-safe-phone = Kas sa vajad turvalist telefoni või turvalist viisi ühenduses olemiseks?
needs-safe-phone-hint = Ärakasutajate antud telefoni võidakse jälgida.
needs-place-tonight = Kas sa vajad tänaseks ööks turvalist magamiskohta?
needs-longer-term-housing = Kas sa vajad abi, et leida koht, kus pikemat aega elada?

## Health and well-being

needs-urgent-medical-care = Kas sa vajad kohe arsti või õde valu, vigastuse või haiguse tõttu?
needs-urgent-medical-care-hint = Vältimatu abi on tema õigus, olenemata tema staatusest.
needs-sexual-health = Kas sa sooviksid läbivaatust või nõu seksuaaltervise, rasestumisvastaste vahendite või raseduse kohta?
needs-sexual-health-hint = Paku seda võimalusena. Tema otsustab, kas ja millal.
needs-ongoing-health-care = Kas sa vajad pidevat arstiabi või ravimeid?
needs-someone-to-talk-to = Kas sa sooviksid kedagi, kellega rääkida sellest, kuidas sa end tunned?
needs-someone-to-talk-to-hint = Paljud naised tunnevad end tuimana või ärevana või ei saa magada. See on normaalne reaktsioon juhtunule.
needs-trauma-support = Kas sa sooviksid terapeudilt pikemaajalist tuge?
needs-substance-use-support = Kas sa sooviksid tuge seoses alkoholi, narkootikumide või ravimitega?
needs-substance-use-support-hint = Naistele antakse vahel aineid sunniviisiliselt, et neid kontrollida. Küsi hinnanguid andmata.

## Language, rights and legal status

needs-interpreter = Kas sa vajad tõlki ja kas eelistaksid naistõlki?
needs-interpreter-hint = Kontrolli, et tõlk ei oleks seotud tema kogukonna ega ärakasutajatega.
needs-information-on-rights = Kas sa sooviksid teavet oma õiguste ja võimaluste kohta?
needs-information-on-rights-hint = Sealhulgas tema õigusest saada abi olenemata sellest, kas ta räägib politseiga.
needs-support-in-proceedings = Kui sa osaled kriminaalmenetluses või kohtuprotsessis, kas sa sooviksid endale advokaati või kedagi enda kõrvale?
needs-support-in-proceedings-hint = Abi ei sõltu sellest, kas ta nõustub tunnistajaks olema.
needs-reflection-period = Kas sa sooviksid teada taastumis- ja järelemõtlemisaja kohta?
needs-reflection-period-hint = Vähemalt 30-päevane aeg, et puhata ja surveta otsustada. Selle pikkus sõltub riigist; kontrolli kehtivat korda.
needs-residence-permit = Kas sa vajad abi elamisloaga?
needs-identity-papers = Kas sa vajad abi, et saada tagasi või asendada pass või isikutunnistus?
needs-identity-papers-hint = Ärakasutajad võisid dokumendid ära võtta või hävitada.

## Money and daily life

needs-money-for-now = Kas sa vajad praegu raha igapäevasteks vajadusteks?
needs-compensation = Kas sa sooviksid teada, kas saad nõuda hüvitist või maksmata töötasu?
needs-compensation-hint = Hüvitist võib sõltuvalt riigist saada süüdlaselt või riiklikust fondist.
needs-debts = Kas sul on võlgu, millega sa vajad abi?
needs-debts-hint = Sealhulgas võlad, mida ärakasutajad väidavad, et ta neile võlgneb. Sageli ei ole need seaduslikud.
needs-everyday-essentials = Kas sa vajad riideid, toitu, hügieenitarbeid või muid igapäevaseid asju?
needs-contact-person = Kas sa sooviksid ühte inimest, kes aitab sul kogu saadaval abil silma peal hoida?
needs-contact-person-hint = Üks kontaktisik aitab vältida seda, et ta peab oma lugu ikka ja jälle kordama.
needs-self-care = Kas sa sooviksid abi igapäevaste asjadega, näiteks puhkuse, päevarütmi ja enda eest hoolitsemisega?
needs-support-person = Kas sa sooviksid tugiisikut, kes saab sinuga kaasa tulla ja sinu kõrval olla?
needs-support-person-hint = Tugiisik on ainult tema poolel ega ole politsei ega ametiasutus.
needs-help-with-authorities = Kas sa vajad abi ametiasutustega suhtlemisel või vormide täitmisel?

## Family

needs-care-for-children = Kas sinu lapsed vajavad hoidu või tuge?
needs-family-support = Kas sina või sinu pere sooviksite tuge või nõu, näiteks suhtlemise või turvalisuse kohta?
needs-family-support-hint = Pere võib olla toeks, kuid võib olla ka juhtunuga seotud. Lase temal suunda näidata.

## The future

needs-language-learning = Kas sa sooviksid õppida siinset keelt?
needs-training-or-education = Kas sa sooviksid koolitust või haridust?
needs-finding-work = Kas sa sooviksid abi töö leidmisel?
needs-settling-here = Kas sa sooviksid abi siia sisseelamisel, kui otsustad jääda?
needs-settling-here-hint = Lõimumistugi on naistele, kes otsustavad jääda.
needs-safe-return = Kas sa sooviksid abi turvalise tagasipöördumise planeerimisel?
needs-safe-return-hint = Tagasipöördumine peaks olema tema enda soov ja see planeeritakse koos tema riigi teenusepakkujaga. Riskihindamine kontrollib tingimusi.
needs-reintegration = Kas sa sooviksid pärast tagasipöördumist tuge, et kodus uuesti alustada?

## Care domains

needs-domain-safety = Turvalisus ja kaitse
needs-domain-shelter = Peavari ja eluase
needs-domain-medical = Arstiabi
needs-domain-psychological = Psühholoogiline tugi
needs-domain-interpretation = Tõlkimine
needs-domain-legal-advice = Õigusnõustamine
needs-domain-residence = Elamisõigus ja järelemõtlemisaeg
needs-domain-financial = Rahaline abi ja hüvitis
needs-domain-social-support = Sotsiaalne tugi
needs-domain-support-person = Tugiisik
needs-domain-authorities = Abi ametiasutustega suhtlemisel
needs-domain-family = Pere
needs-domain-substance-use = Sõltuvusravi
needs-domain-training-work = Koolitus ja töö
needs-domain-integration = Lõimumine
needs-domain-return = Vabatahtlik tagasipöördumine ja taasintegreerimine

## Service types to refer to

needs-service-police-protection = Politsei kaitse
needs-service-safety-planning = Turvaplaani koostamine
needs-service-secure-shelter = Turvakodu
needs-service-confidential-flat = Salajase aadressiga korter
needs-service-supported-housing = Toetatud elamine
needs-service-emergency-medical-care = Vältimatu arstiabi
needs-service-general-health-care = Üldarstiabi
needs-service-sexual-reproductive-health = Seksuaal- ja reproduktiivtervise teenused
needs-service-crisis-counselling = Kriisinõustamine
needs-service-trauma-therapy = Traumateraapia
needs-service-legal-counselling = Õigusnõustamine
needs-service-victim-lawyer = Kannatanu esindaja (advokaat)
needs-service-migration-counselling = Migratsiooni- ja elamisloanõustamine
needs-service-case-worker = Juhtumikorraldaja
needs-service-peer-support = Kogemusnõustamine
needs-service-self-care-training = Tugi igapäevaelus ja enda eest hoolitsemisel
needs-service-financial-aid = Rahaline abi
needs-service-compensation-claim = Abi hüvitisnõude esitamisel
needs-service-debt-counselling = Võlanõustamine
needs-service-interpreter = Tõlk
needs-service-support-person = Tugiisik
needs-service-accompaniment = Saatmine ametiasutustesse
needs-service-family-counselling = Perenõustamine
needs-service-childcare = Lastehoid ja tugi lastele
needs-service-addiction-care = Sõltuvusravi
needs-service-language-course = Keelekursus
needs-service-vocational-training = Kutseõpe
needs-service-job-placement = Abi töö leidmisel
needs-service-integration-programme = Lõimumisprogramm
needs-service-return-programme = Vabatahtliku tagasipöördumise programm
needs-service-receiving-organisation = Vastuvõttev organisatsioon tagasipöördumise riigis

## Urgency and status

needs-urgency-immediate = Kohe (1–3 päeva jooksul)
needs-urgency-short-term = Lähiajal
needs-urgency-long-term = Pikemas perspektiivis
needs-urgency-none = Praegu pole vaja
needs-status-identified = Välja selgitatud
needs-status-referred = Suunatud
needs-status-in-progress = Töös
needs-status-met = Vajadus rahuldatud
needs-status-declined-by-her = Ta ei soovi seda praegu
needs-status-not-applicable = Ei ole asjakohane

## Result

needs-care-plan = Abiplaan
needs-referrals = Veel suunata
needs-open-needs = Veel arutamata
needs-service-types = Kuhu suunata
needs-result-disclaimer = See plaan kajastab seda, milles sa temaga kokku leppisid. Vaadake see igal kohtumisel koos üle; tema soovid võivad muutuda.

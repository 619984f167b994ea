## Needs: what support she wants and needs. For each item, record with her how urgent it is
## and where it stands. Her wishes lead; she can decline any support.

needs-title = Tarpeet ja tukisuunnitelma

## Sections

needs-about-her = Hänen tilanteensa
needs-safety-and-shelter = Turvallisuus ja asuinpaikka
needs-health = Terveys ja hyvinvointi
needs-language-and-rights = Kieli, oikeudet ja oikeudellinen asema
needs-money-and-daily-life = Raha ja arki
needs-family = Perhe
needs-future = Tulevaisuus

## About her situation (not part of the plan)

needs-came-from-abroad = Tulitko tähän maahan toisesta maasta?
needs-has-children = Onko sinulla lapsia?
needs-has-children-hint = Lapset voivat olla hänen kanssaan, kotimaassa tai jonkun muun hoidossa. Heidän turvallisuutensa on usein hänen ensimmäinen huolensa.
needs-thinking-of-return = Mietitkö paluuta kotimaahasi?
needs-thinking-of-return-hint = Oikeaa vastausta ei ole. Paluu, jääminen tai se, ettei vielä tiedä, ovat kaikki hyviä vastauksia.

## Safety and a place to stay

needs-protection-from-exploiters = Tarvitsetko apua, jotta olisit turvassa ihmisiltä, jotka käyttivät sinua hyväksi?
needs-protection-from-exploiters-hint = Turvallisuus on etusijalla. Riskiarviointi tarkastelee vaaraa tarkemmin.
needs-safety-plan = Hänen kanssaan sovittu turvasuunnitelma
needs-safe-phone = Tarvitsetko turvallisen puhelimen tai turvallisen tavan pitää yhteyttä?
needs-safe-phone-hint = Hyväksikäyttäjien antamaa puhelinta voidaan seurata.
needs-place-tonight = Tarvitsetko turvallisen paikan, jossa nukkua tänä yönä?
needs-longer-term-housing = Tarvitsetko apua pidempiaikaisen asuinpaikan löytämiseen?

## Health and well-being

needs-urgent-medical-care = Tarvitsetko lääkäriä tai hoitajaa nyt kivun, vamman tai sairauden takia?
needs-urgent-medical-care-hint = Kiireellinen hoito on hänen oikeutensa, oli hänen asemansa mikä tahansa.
needs-sexual-health = Haluaisitko tarkastuksen tai neuvoja seksuaaliterveydestä, ehkäisystä tai raskaudesta?
needs-sexual-health-hint = Tarjoa tätä vaihtoehtona. Hän päättää, haluaako hän sitä ja milloin.
needs-ongoing-health-care = Tarvitsetko jatkuvaa terveydenhoitoa tai lääkkeitä?
needs-someone-to-talk-to = Haluaisitko jonkun, jonka kanssa voit puhua siitä, miltä sinusta tuntuu?
needs-someone-to-talk-to-hint = Moni nainen tuntee olonsa turtuneeksi tai ahdistuneeksi tai ei saa unta. Se on normaali reaktio siihen, mitä on tapahtunut.
needs-trauma-support = Haluaisitko pidempiaikaista tukea terapeutilta?
needs-substance-use-support = Haluaisitko tukea alkoholin, huumeiden tai lääkkeiden käyttöön liittyen?
needs-substance-use-support-hint = Naisia pakotetaan joskus käyttämään päihteitä, jotta heitä voidaan kontrolloida. Kysy arvostelematta.

## Language, rights and legal status

needs-interpreter = Tarvitsetko tulkkia, ja haluaisitko mieluiten naistulkin?
needs-interpreter-hint = Varmista, ettei tulkilla ole yhteyttä hänen yhteisöönsä tai hyväksikäyttäjiin.
needs-information-on-rights = Haluaisitko tietoa oikeuksistasi ja vaihtoehdoistasi?
needs-information-on-rights-hint = Myös hänen oikeudestaan tukeen riippumatta siitä, puhuuko hän poliisille.
needs-support-in-proceedings = Jos osallistut rikosasian käsittelyyn tai oikeudenkäyntiin, haluaisitko avustajan tai jonkun tueksesi?
needs-support-in-proceedings-hint = Tuki ei riipu siitä, suostuuko hän todistajaksi.
needs-reflection-period = Haluaisitko tietää toipumis- ja harkinta-ajasta?
needs-reflection-period-hint = Vähintään 30 päivän aika levätä ja päättää ilman painostusta. Sen pituus vaihtelee maittain; tarkista voimassa oleva sääntö.
needs-residence-permit = Tarvitsetko apua oleskeluluvan kanssa?
needs-identity-papers = Tarvitsetko apua saadaksesi passin tai henkilöllisyystodistuksen takaisin tai uuden tilalle?
needs-identity-papers-hint = Hyväksikäyttäjät ovat voineet ottaa tai tuhota paperit.

## Money and daily life

needs-money-for-now = Tarvitsetko juuri nyt rahaa päivittäisiin tarpeisiin?
needs-compensation = Haluaisitko tietää, voitko hakea korvausta tai maksamattomia palkkoja?
needs-compensation-hint = Korvausta voi maasta riippuen saada rikoksentekijältä tai valtion varoista.
needs-debts = Onko sinulla velkoja, joiden kanssa tarvitset apua?
needs-debts-hint = Myös velat, jotka hyväksikäyttäjät väittävät hänen olevan heille velkaa. Ne ovat usein laittomia.
needs-everyday-essentials = Tarvitsetko vaatteita, ruokaa, hygieniatarvikkeita tai muita arjen tarvikkeita?
needs-contact-person = Haluaisitko yhden ihmisen, joka auttaa sinua pitämään kaiken tuen koossa?
needs-contact-person-hint = Kun yhteyshenkilö on yksi, hänen ei tarvitse kertoa tarinaansa yhä uudelleen.
needs-self-care = Haluaisitko apua arjen asioissa, kuten levossa, päivärytmissä ja itsestäsi huolehtimisessa?
needs-support-person = Haluaisitko tukihenkilön, joka voi tulla mukaasi ja olla tukenasi?
needs-support-person-hint = Tukihenkilö on vain hänen puolellaan, eikä hän ole poliisi tai viranomainen.
needs-help-with-authorities = Tarvitsetko apua viranomaisasioinnissa tai lomakkeiden täyttämisessä?

## Family

needs-care-for-children = Tarvitsevatko lapsesi hoitoa tai tukea?
needs-family-support = Haluaisitko sinä tai perheesi tukea tai neuvoja, esimerkiksi yhteydenpidosta tai turvallisuudesta?
needs-family-support-hint = Perhe voi olla tuki, mutta se voi myös olla osallisena tapahtuneeseen. Anna hänen ohjata.

## The future

needs-language-learning = Haluaisitko oppia täkäläistä kieltä?
needs-training-or-education = Haluaisitko kouluttautua tai opiskella?
needs-finding-work = Haluaisitko apua työn löytämiseen?
needs-settling-here = Haluaisitko apua asettumiseen tänne, jos päätät jäädä?
needs-settling-here-hint = Kotoutumisen tuki on naisille, jotka päättävät jäädä.
needs-safe-return = Haluaisitko apua turvallisen paluun suunnitteluun?
needs-safe-return-hint = Paluun pitäisi olla hänen oma toiveensa, ja se suunnitellaan yhdessä hänen maansa palvelun kanssa. Riskiarviointi tarkistaa edellytykset.
needs-reintegration = Haluaisitko paluun jälkeen tukea, jotta voisit aloittaa alusta kotimaassa?

## Care domains

needs-domain-safety = Turvallisuus ja suojelu
needs-domain-shelter = Majoitus ja asuminen
needs-domain-medical = Terveydenhoito
needs-domain-psychological = Psyykkinen tuki
needs-domain-interpretation = Tulkkaus
needs-domain-legal-advice = Oikeudellinen neuvonta
needs-domain-residence = Oleskeluoikeus ja harkinta-aika
needs-domain-financial = Taloudellinen tuki ja korvaukset
needs-domain-social-support = Sosiaalinen tuki
needs-domain-support-person = Tukihenkilö
needs-domain-authorities = Apu viranomaisasioissa
needs-domain-family = Perhe
needs-domain-substance-use = Päihdehoito
needs-domain-training-work = Koulutus ja työ
needs-domain-integration = Kotoutuminen
needs-domain-return = Vapaaehtoinen paluu ja uudelleenkotoutuminen

## Service types to refer to

needs-service-police-protection = Poliisin suojelu
needs-service-safety-planning = Turvasuunnitelman laatiminen
needs-service-secure-shelter = Turvakoti
needs-service-confidential-flat = Asunto salaisessa osoitteessa
needs-service-supported-housing = Tuettu asuminen
needs-service-emergency-medical-care = Kiireellinen hoito
needs-service-general-health-care = Perusterveydenhuolto
needs-service-sexual-reproductive-health = Seksuaali- ja lisääntymisterveyden palvelut
needs-service-crisis-counselling = Kriisiapu
needs-service-trauma-therapy = Traumaterapia
needs-service-legal-counselling = Oikeudellinen neuvonta
needs-service-victim-lawyer = Asianomistajan avustaja
needs-service-migration-counselling = Maahanmuutto- ja oleskelulupaneuvonta
needs-service-case-worker = Omatyöntekijä
needs-service-peer-support = Vertaistuki
needs-service-self-care-training = Tuki arjessa ja itsestä huolehtimisessa
needs-service-financial-aid = Taloudellinen tuki
needs-service-compensation-claim = Apu korvausvaatimuksessa
needs-service-debt-counselling = Velkaneuvonta
needs-service-interpreter = Tulkki
needs-service-support-person = Tukihenkilö
needs-service-accompaniment = Saattaja viranomaisasioinnissa
needs-service-family-counselling = Perheneuvonta
needs-service-childcare = Lastenhoito ja lasten tukeminen
needs-service-addiction-care = Päihdehoito
needs-service-language-course = Kielikurssi
needs-service-vocational-training = Ammatillinen koulutus
needs-service-job-placement = Apu työn löytämiseen
needs-service-integration-programme = Kotoutumisohjelma
needs-service-return-programme = Vapaaehtoisen paluun ohjelma
needs-service-receiving-organisation = Vastaanottava organisaatio paluumaassa

## Urgency and status

needs-urgency-immediate = Välitön (1–3 päivän kuluessa)
needs-urgency-short-term = Lyhyellä aikavälillä
needs-urgency-long-term = Pitkällä aikavälillä
needs-urgency-none = Ei tarvetta nyt
needs-status-identified = Tunnistettu
needs-status-referred = Ohjattu palveluun
needs-status-in-progress = Käynnissä
needs-status-met = Tarpeeseen vastattu
needs-status-declined-by-her = Hän ei halua tätä nyt
needs-status-not-applicable = Ei sovellu

## Result

needs-care-plan = Tukisuunnitelma
needs-referrals = Vielä ohjattavat
needs-open-needs = Ei vielä käsitelty
needs-service-types = Mihin ohjata
needs-result-disclaimer = Tähän suunnitelmaan on kirjattu, mitä sovitte hänen kanssaan. Käykää se läpi yhdessä jokaisella tapaamisella; hänen toiveensa voivat muuttua.

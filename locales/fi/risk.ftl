## Risk: immediate danger, risk of being trafficked again, what protects her, and whether a
## return can be planned safely. Ask about immediate danger first, at every contact.

risk-title = Riskit ja turvallisuus

## Sections

risk-immediate-danger = Vaara nyt
risk-re-trafficking = Riski joutua uudelleen hyväksikäytetyksi
risk-protective = Mikä auttaa häntä pysymään turvassa
risk-return-plans = Paluusuunnitelmat
risk-return-conditions = Turvallisen paluun edellytykset

## Danger now

risk-urgent-medical-need = Tarvitsetko terveydenhoitoa juuri nyt?
risk-urgent-medical-need-hint = Kiireelliset terveystarpeet menevät kaikkien muiden kysymysten edelle.
risk-thoughts-of-self-harm = Onko sinulla ollut ajatuksia itsesi satuttamisesta tai siitä, ettet haluaisi elää?
risk-thoughts-of-self-harm-hint = Tästä kysyminen ei tuo ajatusta hänen mieleensä. Jos hän vastaa kyllä, pysy hänen luonaan ja hanki kriisiapua vielä tänään.
risk-afraid-of-serious-harm = Pelkäätkö, että joku vahingoittaa sinua vakavasti?
risk-afraid-of-serious-harm-hint = Hänen oma pelkonsa on yksi parhaista vaaran mittareista. Ota se vakavasti, vaikka muita merkkejä ei olisi.
risk-exploiters-nearby = Onko hyväksikäyttöön liittyviä ihmisiä nyt täällä tai lähellä, esimerkiksi odottamassa ulkona tai soittamassa hänelle?
risk-exploiters-nearby-hint = Jos on, hänen ja sinun turvallisuutesi on etusijalla: siirtykää turvalliseen paikkaan ennen kuin jatkatte.
risk-threatened-recently = Onko joku uhannut sinua tai jotakuta läheistäsi viime päivinä?
risk-hurt-recently = Onko joku satuttanut sinua viime viikkoina?
risk-exploiters-know-where = Tietävätkö sinua hyväksikäyttäneet ihmiset, missä asut nyt?
risk-being-looked-for = Etsiikö joku sinua tai yrittääkö joku saada sinut palaamaan?
risk-family-in-danger = Onko joku läheisesi, kuten lapsesi tai perheesi, nyt vaarassa?
risk-family-in-danger-hint = Perheeseen kohdistuvat uhkaukset ovat yleinen tapa painostaa naista.
risk-no-safe-place-tonight = Oletko tänä yönä ilman turvallista paikkaa, jossa olla?
risk-worker-sees-danger = Näetkö nyt muita vaaran merkkejä, joita yllä olevat kysymykset eivät kata?
risk-worker-sees-danger-hint = Oma ammatillinen huolesi on tärkeä. Kirjaa havaintosi muistiinpanoon.

## Risk of being exploited again

risk-exploiters-in-contact = Ottavatko sinua hyväksikäyttäneet ihmiset yhä yhteyttä sinuun, tarkkailevatko he sinua tai uhkailevatko he sinua?
risk-exploiters-in-contact-hint = Jatkuva yhteydenpito on yksi tekijöistä, joita nähdään useimmin ennen kuin nainen joutuu uudelleen ihmiskaupan uhriksi.
risk-trafficked-before = Onko sinulle tapahtunut jotain tällaista aiemmin?
risk-first-exploited-under-18 = Olitko alle 18-vuotias, kun tämä tapahtui ensimmäisen kerran?
risk-first-exploited-under-18-hint = Lapsena koettu hyväksikäyttö liittyy suurempaan riskiin myöhemmin. Kysy hienotunteisesti.
risk-family-involved = Oliko joku perheestäsi mukana lähettämässä sinua tai järjestämässä matkaa?
risk-family-involved-hint = Jos oli, perheen luo palaaminen ei ehkä ole turvallista. Kysy arvostelematta hänen perhettään.
risk-owes-debt = Oletko velkaa jollekulle, tai väittääkö joku, että olet?
risk-group-discriminated = Kohdellaanko kotimaassasi ryhmääsi kuuluvia ihmisiä huonosti tai suljetaanko heidät ulkopuolelle?
risk-group-discriminated-hint = Syrjintä rajoittaa työ- ja tukimahdollisuuksia kotimaassa, mikä lisää riskiä joutua uudelleen hyväksikäytetyksi.
risk-conflict-at-home = Onko kotiseudullasi sota, aseellinen konflikti tai vakavia levottomuuksia?
risk-struggling-emotionally = Onko sinun hyvin vaikea selviytyä tunteidesi kanssa?
risk-struggling-emotionally-hint = Ahdistus on normaali reaktio. Se myös vaikeuttaa uusien tarjousten arvioimista, joten tuki on tärkeää.
risk-distrusts-help = Vaikuttaako siltä, että hän ei luota tukipalveluihin tai viranomaisiin?
risk-distrusts-help-hint = Epäluottamus on ymmärrettävää sen jälkeen, mitä on tapahtunut. Se voi estää häntä hakemasta apua, joten rakenna luottamusta vähitellen.
risk-left-exploitation-recently = Pääsitkö pois hyväksikäytöstä alle kaksi vuotta sitten?
risk-left-exploitation-recently-hint = Useimmat naiset, jotka joutuvat uudelleen ihmiskaupan uhriksi, joutuvat siihen noin kahden vuoden sisällä.
risk-no-way-to-support-herself = Oletko tällä hetkellä ilman keinoa elättää itsesi?
risk-pressure-to-send-money = Painostetaanko sinua lähettämään rahaa kotiin?

## What helps her stay safe

risk-has-trusted-person = Onko sinulla joku, johon luotat ja jonka puoleen voit kääntyä?
risk-has-trusted-person-hint = Yksikin luotettu ihminen voi vaikuttaa turvallisuuteen todella paljon.
risk-supportive-family = Tukeeko perheesi sinua?
risk-safe-housing = Onko sinulla turvallinen asuinpaikka?
risk-in-touch-with-support = Onko hän säännöllisesti yhteydessä johonkin tukipalveluun?
risk-own-income = Onko sinulla omia tuloja?
risk-secure-residence = Onko sinulla varma oikeus oleskella siellä, missä nyt olet?
risk-knows-where-to-get-help = Tiedätkö, mistä saat apua, jos olet vaarassa?
risk-own-plans = Onko sinulla tulevaisuutta koskevia suunnitelmia tai toiveita, jotka ovat sinulle tärkeitä?
risk-own-plans-hint = Hänen omat tavoitteensa ovat vahvuus, jonka varaan suunnitelman voi rakentaa.

## Return

risk-return-considered = Harkitaanko paluuta kotimaahasi tai muuttoa toiseen maahan?
risk-return-considered-hint = Vastaa kyllä vain, jos paluusta tai muutosta keskustellaan; turvallisen paluun edellytykset tulevat seuraavaksi.
risk-return-her-own-wish = Onko paluu oma toiveesi?
risk-return-her-own-wish-hint = Paluun on oltava vapaaehtoinen. Jos kuka tahansa painostaa, myös viranomainen, tämä edellytys ei täyty.
risk-receiving-service-identified = Onko paluumaassa tukipalvelu, joka on suostunut ottamaan hänet vastaan?
risk-receiving-service-identified-hint = Paluu tulisi suunnitella yhdessä tämän palvelun kanssa.
risk-return-risk-assessed = Onko arvioitu, millainen riski häntä odottaa paluun jälkeen?
risk-return-risk-assessed-hint = Ota huomioon riskit kotimaassa, ei vain täällä: perheen osallisuus, velat, hyväksikäyttäjien ulottuvuus.
risk-return-needs-assessed = Onko hänen paluutaan varten tehty tarvearviointi?
risk-return-financed = Onko itse paluu rahoitettu?
risk-return-financed-hint = Turvallisen paluun kustannukset kuuluu kattaa sen maan, jossa häntä käytettiin hyväksi, eikä hänen itsensä.
risk-financial-assistance-arranged = Onko hänelle järjestetty taloudellista tukea paluun jälkeen?
risk-financial-assistance-arranged-hint = Raha elämiseen paluun jälkeen auttaa ehkäisemään uutta hyväksikäyttöä.

## Result

risk-category-immediate-danger = Vaara nyt
risk-category-re-trafficking = Riski joutua uudelleen hyväksikäytetyksi
risk-category-protective = Suojaava tekijä
risk-category-return = Paluun edellytys
risk-level-low = Pienempi riski
risk-level-medium = Kohtalainen riski
risk-level-high = Suuri riski
risk-red-flag = Hälytysmerkki: tämä yksin tekee riskistä suuren
risk-unknown-red-flags = Hälytysmerkkikysymyksiin ei ole vielä vastattu: kysy nämä ensin
risk-unknown-count = { $count ->
    [one] Yhteen kysymykseen ei ole vielä vastattu.
   *[other] { $count } kysymykseen ei ole vielä vastattu.
}
risk-override-raised = Nostit tasoa ammatillisen harkinnan perusteella
risk-override-rejected = Ammatillisella harkinnalla tasoa voi nostaa mutta ei laskea, joten laskettu taso pysyy
risk-safety-plan = Turvasuunnitelma, josta sovitaan hänen kanssaan
risk-result-disclaimer = Tämä taso tukee ammatillista harkintaasi; se ei ennusta, mitä tapahtuu. Arvioi tilanne uudelleen jokaisella tapaamisella ja nosta tasoa aina, kun olet huolissasi.

## Safety plan

risk-plan-medical-care-today = Järjestä terveydenhoito tänään.
risk-plan-crisis-support-today = Hanki kriisiapua tänään äläkä jätä häntä yksin, kun hän on vaarassa.
risk-plan-safe-place-tonight = Etsi hänelle turvallinen paikka tälle yölle.
risk-plan-leave-safely-now = Siirtykää nyt turvalliseen paikkaan, pois hyväksikäyttöön liittyvien ihmisten luota.
risk-plan-emergency-numbers = Sopikaa, mihin hätänumeroihin soitetaan ja miten ne säilytetään niin, etteivät muut löydä niitä.
risk-plan-signal-for-help = Sopikaa sana tai merkki, jolla hän voi kertoa sinulle olevansa vaarassa.
risk-plan-phone-safety = Tarkista, voidaanko hänen puhelintaan seurata, ja suunnitelkaa turvallinen tapa pitää yhteyttä.
risk-plan-routes-and-places = Suunnitelkaa, miten vältetään paikkoja ja reittejä, jotka hyväksikäyttäjät tuntevat.
risk-plan-family-safety = Suunnitelkaa yhdessä, miten hänen lapsiaan tai perhettään suojellaan.
risk-plan-police-option = Keskustele hänen kanssaan, otetaanko poliisi mukaan ja miten; valinta on hänen, ellei jonkun henki ole vaarassa.
risk-plan-trusted-person = Etsikää yhdessä ihminen, johon hän luottaa ja johon hän voi ottaa yhteyttä.
risk-plan-debt-advice = Järjestä neuvontaa velasta, myös siitä, onko velka ylipäätään laillinen.
risk-plan-regular-contact = Sopikaa, kuinka usein ja miten pidätte yhteyttä.
risk-plan-reassess-next-contact = Arvioi riski uudelleen seuraavalla tapaamisella.

## Return check

risk-return-condition-voluntary = Paluu on hänen oma toiveensa
risk-return-condition-receiving-service = Paluumaasta on löydetty vastaanottava palvelu
risk-return-condition-risk-assessed = Paluun jälkeinen riski on arvioitu
risk-return-condition-needs-assessed = Hänen paluuseen liittyvät tarpeensa on arvioitu
risk-return-condition-financed = Paluu on rahoitettu
risk-return-condition-financial-assistance = Taloudellinen tuki paluun jälkeen on järjestetty
risk-return-holds = Kunnossa
risk-return-does-not-hold = Ei kunnossa
risk-return-unknown = Ei vielä tiedossa
risk-return-safe-to-plan = Paluun voi suunnitella turvallisesti: kaikki edellytykset täyttyvät.
risk-return-not-yet = Paluuta ei voi vielä suunnitella turvallisesti. Puuttuvat edellytykset:
risk-return-not-considered = Paluuta ei harkita.

## Identification: indicators of trafficking for sexual exploitation (ILO/EC operational indicators).
## Questions marked "Ask her" are put to the woman; the others are the worker's own observations.
## She can always say she does not know, or prefer not to answer.

identification-title = Tunnistaminen

## Sections

identification-context = Hänen tilanteensa
identification-deceptive-recruitment = Miten hänet värvättiin: lupaukset ja todellisuus
identification-coercive-recruitment = Miten hänet värvättiin: pakko ja painostus
identification-vulnerability-recruitment = Hänen tilanteensa ennen lähtöä
identification-exploitation = Olot siellä, missä hän oli
identification-coercion-destination = Kontrolli ja painostus siellä, missä hän oli
identification-vulnerability-destination = Mikä piti hänet siellä

## Her situation (not scored)

identification-came-from-abroad = Tulitko tähän maahan toisesta maasta?
identification-came-from-abroad-hint = Osa kysymyksistä on merkityksellisiä vain, jos hän on tullut rajan yli; tämä kertoo sovellukselle, mitkä kysymykset näytetään.
identification-someone-arranged = Järjestikö joku muu työsi, matkasi tai paikan, jossa asuisit?
identification-someone-arranged-hint = Auttaa sinua seuraamaan kertomusta; ei vaikuta mihinkään johtopäätökseen.
identification-interpreter-present = Onko tulkki mukana tässä keskustelussa?

## Dimension 1: deceptive recruitment

identification-deceived-about-work = Oliko työ, jota päädyit tekemään, erilaista kuin se työ, josta sinulle kerrottiin?
identification-deceived-about-work-hint = Harhaanjohtaminen työn luonteesta on yksi selvimmistä merkeistä. Kysy hienotunteisesti: moni nainen syyttää itseään siitä, että uskoi tarjoukseen.
identification-deceived-about-earnings = Ansaitsitko paljon vähemmän kuin sinulle luvattiin?
identification-deceived-about-conditions = Olivatko työolot hyvin erilaiset kuin sinulle kerrottiin?
identification-deceived-about-contract = Jätettiinkö sinun kanssasi tehty sopimus tai sovittu asia noudattamatta, tai muutettiinko sitä, kun olit saapunut?
identification-deceived-about-contract-hint = Sopimus on voinut olla kirjallinen tai vain suullinen. Kumpikin lasketaan.
identification-deceived-about-housing = Oliko paikka, jossa asuit, erilainen kuin sinulle oli luvattu?
identification-deceived-about-papers = Kerrottiinko sinulle vääriä asioita papereistasi, viisumistasi tai oikeudestasi oleskella täällä?
identification-deceived-about-papers-hint = Väärä tieto papereista saa naisen usein pelkäämään viranomaisia.
identification-deceived-about-journey = Johdettiinko sinua harhaan matkasta, sen hinnasta tai siitä, mitä olisit siitä velkaa?
identification-deceived-about-journey-hint = Salatut tai kasvavat matkakulut ovat yleinen tapa luoda velka.
identification-false-promise-of-relationship = Lupasiko joku sinulle avioliittoa, parisuhdetta tai perheesi tuomista tänne saadakseen sinut tulemaan?
identification-false-promise-of-relationship-hint = Poikaystävä tai kumppani on joskus värvääjä. Kysy arvostelematta suhdetta.
identification-deceived-about-education = Luvattiinko sinulle mahdollisuus opiskella tai kouluttautua, mutta siitä ei tullut mitään?

## Dimension 2: coercive recruitment

identification-violence-at-recruitment = Satuttiko joku sinua fyysisesti tai seksuaalisesti ennen matkaa tai sen aikana?
identification-violence-hint = Hän ei ehkä halua kuvata tapahtunutta. Kyllä tai ei riittää; yksityiskohdat voivat odottaa, eikä niitä välttämättä tule koskaan.
identification-threats-at-recruitment = Uhkasiko joku satuttaa sinua ennen matkaa tai sen aikana?
identification-taken-or-sold = Vietiinkö sinut vastoin tahtoasi, pakotettiinko sinut naimisiin, tai myytiinkö tai luovutettiinko sinut jollekulle?
identification-taken-or-sold-hint = Nämä ovat vakavia pakottamisen muotoja. Anna hänen vastata omin sanoin ja omaan tahtiinsa.
identification-debt-at-recruitment = Saitko matkasta tai työpaikasta velan, joka sinun piti maksaa takaisin tekemällä töitä?
identification-debt-hint = Velka, jota ei voi koskaan maksaa pois, pitää naisen toisten vallassa. Summalla ei ole tässä merkitystä.
identification-papers-taken-at-recruitment = Ottiko joku ennen matkaa tai sen aikana passisi tai henkilöllisyystodistuksesi ja piti sen itsellään?
identification-papers-taken-hint = Ilman papereitaan hän ei voi lähteä eikä todistaa henkilöllisyyttään.
identification-confined-at-recruitment = Pidettiinkö sinua ennen matkaa tai sen aikana lukkojen takana, erillään muista tai jatkuvasti valvottuna?
identification-threat-of-authorities-at-recruitment = Uhkasiko joku ennen lähtöäsi ilmoittaa sinusta poliisille tai maahanmuuttoviranomaisille?
identification-threat-to-tell-family-at-recruitment = Uhkasiko joku ennen lähtöäsi kertoa perheellesi tai yhteisöllesi asioita sinusta?
identification-threat-to-tell-hint = Häpäisyllä uhkaaminen voi olla yhtä voimakasta kuin väkivallalla uhkaaminen.
identification-family-threatened-at-recruitment = Satuttiko tai uhkasiko joku perhettäsi ennen lähtöäsi?
identification-money-withheld-at-recruitment = Pitikö joku ennen lähtöäsi itsellään rahaa, joka kuului sinulle?

## Dimension 3: abuse of vulnerability at recruitment

identification-hard-family-situation = Olitko ennen lähtöäsi hyvin vaikeassa perhe- tai elämäntilanteessa?
identification-vulnerability-hint = Vaikea tilanne ei ole hänen syytään; muita hyväksikäyttävät ihmiset etsivät sellaista ja käyttävät sitä hyväkseen.
identification-irregular-status-before = Olitko silloin ilman voimassa olevia papereita tai lupaa maahan, johon olit menossa?
identification-language-or-schooling-barrier = Vaikuttaako siltä, että hän on käynyt koulua vain vähän tai ettei hän puhu sen maan kieltä, johon hänet vietiin?
identification-lacked-information = Tiesitkö lähtiessäsi vain vähän maasta, johon olit menossa, tai oikeuksistasi siellä?
identification-controlled-before-leaving = Kontrolloiko joku elämääsi tai päätöksiäsi jo ennen lähtöäsi?
identification-economic-hardship-before = Oliko sinulla tai perheelläsi ennen lähtöäsi hyvin vähän rahaa elämiseen?
identification-false-promises-about-law = Kerrottiinko sinulle täkäläisestä laista tai viranomaisista asioita, jotka osoittautuivat vääriksi?
identification-emotional-dependency-before = Olitko tunnetasolla riippuvainen ihmisestä, joka järjesti lähtösi?
identification-emotional-dependency-before-hint = Rakkaus tai lojaalisuus värvääjää kohtaan on yleistä ja voi vaikeuttaa hänestä puhumista.
identification-hardship-earlier-in-life = Koitko aiemmin elämässäsi jotain hyvin vaikeaa, kuten väkivaltaa tai kodin menettämisen?
identification-hardship-earlier-in-life-hint = Kysy vain, jos hän on siihen valmis. Hyväksikäyttäjät käyttävät aiempia vaikeuksia hyväkseen; ne eivät koskaan tee häntä vastuulliseksi.
identification-could-not-arrange-journey = Olisiko sinun ollut vaikea matkustaa omin päin ilman ihmisiä, jotka järjestivät matkan?
identification-beliefs-used-against-her = Käytettiinkö uskomuksiasi tai perinteitäsi, kuten valaa tai rituaalia, jotta suostuisit?
identification-beliefs-used-against-her-hint = Valat ja rituaalit voivat sitoa naisen pelon avulla. Kunnioita hänen uskomuksiaan kysyessäsi.
identification-hard-general-situation = Oliko elämä asuinpaikassasi yleisesti hyvin vaikeaa, esimerkiksi köyhyyden, konfliktin tai levottomuuksien vuoksi?

## Dimension 4: exploitative conditions

identification-excessive-hours = Jouduitko tekemään hyvin pitkiä päiviä tai olemaan käytettävissä yötä päivää?
identification-excessive-hours-hint = Pitkät työpäivät ilman vapaapäiviä ovat merkki hyväksikäytöstä, oli työ mitä tahansa.
identification-little-or-no-pay = Saitko työstäsi vain vähän tai ei lainkaan palkkaa?
identification-pay-manipulated = Otettiinko rahojasi sakkoihin, vuokraan tai ”kuluihin”, joihin et ollut suostunut?
identification-pay-manipulated-hint = Vähennyksillä voidaan varmistaa, ettei naisella ole koskaan omaa rahaa.
identification-poor-living-conditions = Olivatko asuinolosi hyvin huonot, esimerkiksi ahtaat tai likaiset, tai oliko ruokaa liian vähän?
identification-dangerous-conditions = Olitko työssä vaarassa, esimerkiksi väkivaltaisten asiakkaiden tai turvattomien paikkojen takia?
identification-health-unprotected = Estettiinkö sinua suojaamasta terveyttäsi, esimerkiksi käyttämästä kondomia tai käymästä lääkärissä?
identification-health-unprotected-hint = Tämä kertoo myös terveydenhoidon tarpeista; kirjaa ne tarvearviointia varten.
identification-no-access-to-education = Estettiinkö sinua opiskelemasta kieltä tai saamasta mitään koulutusta?

## Dimension 5: coercion at destination

identification-papers-taken = Ottiko joku passisi tai henkilöllisyystodistuksesi ja piti sen itsellään?
identification-debt-bondage = Oliko sinulla velka, jota sinut pakotettiin maksamaan työllä ja joka ei tuntunut koskaan pienenevän?
identification-confined-or-watched = Pidettiinkö sinua lukkojen takana tai jatkuvasti valvottuna, tai estettiinkö sinua menemästä ulos yksin?
identification-confined-or-watched-hint = Valvonta voi tapahtua myös puhelimen tai kameroiden kautta, tai niin, että muut naiset pakotetaan vahtimaan.
identification-violence-at-destination = Satuttiko joku sinua fyysisesti tai seksuaalisesti, kun olit siellä?
identification-forced-clients-or-acts = Pakotettiinko sinut tapaamaan asiakkaita tai tekemään asioita, joita et halunnut tehdä?
identification-forced-clients-or-acts-hint = Jos hän ei voinut kieltäytyä asiakkaista tai teoista, se on vahva merkki seksuaalisesta hyväksikäytöstä. Hänen ei tarvitse kertoa yksityiskohtia.
identification-threats-at-destination = Uhkasiko joku satuttaa sinua, kun olit siellä?
identification-forced-into-crime = Pakotettiinko sinut tekemään laittomia asioita, kuten kuljettamaan huumeita?
identification-forced-into-crime-hint = Rikoksiin, joihin hänet on pakotettu, voidaan laissa suhtautua eri tavalla; kirjaa tämä oikeudellista neuvontaa varten.
identification-controlled-by-others = Vaikuttaako siltä, että hän on jonkun voimakkaan vaikutuksen alaisena, esimerkiksi katsoo jotakuta muuta ennen kuin vastaa?
identification-controlled-by-others-hint = Kiinnitä huomiota, vastaako joku hänen puolestaan, pitääkö joku hänen puhelintaan tai odottaako joku lähistöllä.
identification-told-what-to-say = Kerrottiinko sinulle, mitä sinun pitää sanoa poliisille, viranomaisille tai perheellesi?
identification-told-what-to-say-hint = Valmiiksi opetettu tarina voi selittää vastauksia, jotka eivät tunnu sopivan yhteen. Se ei ole syy epäillä häntä.
identification-threat-of-authorities = Uhkasiko joku ilmoittaa sinusta poliisille tai maahanmuuttoviranomaisille?
identification-threat-of-worse-conditions = Sanottiinko sinulle, että tilanteesi pahenee, jos et tottele?
identification-family-threatened = Satuttiko tai uhkasiko joku perhettäsi, kun olit siellä?
identification-earnings-withheld = Pitikö joku itsellään rahat, jotka ansaitsit?
identification-threat-to-tell-family = Uhkasiko joku kertoa perheellesi tai yhteisöllesi työstä, johon sinut pakotettiin?

## Dimension 6: abuse of vulnerability at destination

identification-depends-on-exploiters = Olitko riippuvainen sinua kontrolloineista ihmisistä ruoan, nukkumapaikan tai muun tarvitsemasi vuoksi?
identification-depends-on-exploiters-hint = Riippuvuus voi saada lähtemisen tuntumaan mahdottomalta, vaikka ovet eivät olisi lukossa.
identification-isolated-in-unknown-place = Pidettiinkö sinua vieraassa paikassa niin, ettet tiennyt, mistä saada apua?
identification-economic-hardship-now = Tuntuiko sinusta, ettet voinut lähteä, koska sinulla ei ollut lainkaan rahaa?
identification-family-situation-used = Käytettiinkö perheesi tilannetta, esimerkiksi heidän rahantarvettaan, jotta pysyisit siellä?
identification-status-used-against-her = Käytettiinkö sitä, että sinulta puuttuivat paperit tai lupa, jotta pysyisit siellä?
identification-status-used-against-her-hint = Karkotuksen pelko on yksi tehokkaimmista tavoista saada nainen vaikenemaan.
identification-earlier-hardship-used = Käytettiinkö jotain vaikeaa menneisyydestäsi sinua vastaan?
identification-personal-situation-used = Vaikuttaako siltä, että jotain hänen tilanteestaan on käytetty häntä vastaan, esimerkiksi sairautta, vammaa, raskautta tai hänen ikäänsä?
identification-personal-situation-used-hint = Kirjaa, mitä näet, tekemättä oletuksia; hän voi korjata sinua.

## Result

identification-dimension-deceptive-recruitment = Harhaanjohtava värväys
identification-dimension-coercive-recruitment = Pakottava värväys
identification-dimension-vulnerability-recruitment = Värväys haavoittuvaa asemaa hyväksikäyttäen
identification-dimension-exploitation = Hyväksikäyttävät olot
identification-dimension-coercion-destination = Pakottaminen kohdemaassa
identification-dimension-vulnerability-destination = Haavoittuvan aseman hyväksikäyttö kohdemaassa
identification-dimension-met = Tunnusmerkkejä havaittu
identification-dimension-could-be-met = Voisi täyttyä, jos puuttuvat vastaukset olisivat ”kyllä”
identification-dimension-not-met = Ei havaittu tähänastisissa vastauksissa
identification-strength-strong = Vahva tunnusmerkki
identification-strength-medium = Keskivahva tunnusmerkki
identification-strength-weak = Heikko tunnusmerkki
identification-outcome-supports-reasonable-grounds = Havaitut tunnusmerkit antavat perustellun syyn olettaa, että hän on voinut joutua ihmiskaupan uhriksi.
identification-outcome-insufficient-information = Vielä ei tiedetä tarpeeksi: puuttuvat vastaukset voivat muuttaa kuvaa.
identification-outcome-does-not-yet-support = Tähänastiset vastaukset eivät vielä anna perusteltua syytä olettaa ihmiskauppaa. Uusi tieto voi muuttaa tämän milloin tahansa.
identification-result-disclaimer = Tämä yhteenveto tukee ammatillista harkintaasi. Se ei ole päätös siitä, onko hän uhri, eikä se korvaa kansallista tunnistamismenettelyä.
identification-unknown-count = { $count ->
    [one] Yhteen tunnusmerkkiin ei ole vielä vastausta.
   *[other] { $count } tunnusmerkkiin ei ole vielä vastausta.
}
identification-declined-count = { $count ->
    [one] Hän ei halunnut vastata yhteen kysymykseen.
   *[other] Hän ei halunnut vastata { $count } kysymykseen.
}

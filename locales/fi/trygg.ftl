## The app's own screens. Instrument texts are in identification.ftl, needs.ftl,
## risk.ftl; texts every instrument shares are in common.ftl.

app-name = Trygg
app-tagline = Arvioinnit, jotka pysyvät tällä laitteella

## Quick exit: hides the app at once.
quick-exit = Poistu nopeasti
quick-exit-hint = Piilottaa sovelluksen heti. Voit myös painaa Esc-näppäintä kahdesti.

## Actions used on many screens
action-back = Takaisin
action-next = Seuraava
action-cancel = Peruuta
action-back-to-cases = Takaisin tapauksiin

## Home screen
home-title = Tämän laitteen tapaukset
home-empty-title = Tällä laitteella ei ole vielä tapauksia
home-empty-body = Tapaukseen kootaan arvioinnit, jotka teet yhden naisen kanssa. Tapaus tunnistetaan koodista, ei hänen nimestään, eikä se koskaan lähde tältä laitteelta, ellet itse vie sitä salattuna.
home-new-case = Aloita uusi tapaus
home-search-label = Etsi tapausta koodilla
home-search-none = Tällä laitteella ei ole tapausta, jonka koodi vastaisi tätä.
home-list-limited = Luettelossa ovat vain viimeksi muutetut tapaukset. Hae koodilla tai näytä kaikki.
home-show-all = Näytä kaikki tapaukset ({ $count })
home-case-updated = Viimeksi muutettu { $date }
home-case-no-assessments = Ei vielä arviointeja
home-resume = Viimeisin kesken oleva haastattelu: { $instrument }, tapaus { $code }.
home-resume-button = Jatka siitä, mihin jäit
home-case-assessment = { $name }: { $stage }, vastattu { $answered }/{ $total }

## Where an assessment stands
stage-not-started = ei aloitettu
stage-in-progress = kesken
stage-complete = valmis

## New case and consent
new-case-title = Uusi tapaus
new-case-code-label = Tapauksen koodi
new-case-code-hint = Koodia käytetään hänen nimensä sijasta. Jos tarvitset tapauksen myöhemmin, säilytä koodi turvallisessa paikassa erillään tästä laitteesta. Voit vaihtaa koodin.
new-case-code-invalid = Tapauksen koodissa on kuusi kirjainta ja numeroa, esimerkiksi K7M-4QX (ei merkkejä 0, O, 1, I, L, U tai V).
new-case-code-taken = Tällä laitteella on jo toinen tapaus, jolla on tämä koodi.
new-case-role-label = Roolisi
new-case-role-hint = Suostumuksen yhteyteen kirjataan roolisi, ei koskaan nimeäsi.
new-case-create = Luo tapaus
role-outreach-worker = Jalkautuva työntekijä
role-case-manager = Asiakasvastaava
role-shelter-worker = Turvakodin työntekijä
role-other-professional = Muu ammattilainen

consent-record-legend = Saako vastaukset tallentaa tälle laitteelle?
consent-record-explain = Ennen kuin mitään tallennetaan, kerro hänelle omin sanoin, mitä tallennetaan, että tiedot pysyvät salattuina tällä laitteella, että hän voi lopettaa milloin tahansa ja että hän voi jättää minkä tahansa kysymyksen väliin. Kysy sitten häneltä.
consent-record-yes = Kyllä, hän suostuu vastausten tallentamiseen
consent-record-no = Ei, hän ei suostu
consent-record-needed = Kirjaa hänen vastauksensa: mitään ei tallenneta ilman hänen suostumustaan.
consent-share-legend = Saako tulokset jakaa salattuina organisaatiollesi?
consent-share-explain = Voit kysyä tätä myös myöhemmin, ennen kuin mitään jaetaan. Hänen vastauksensa ei vaikuta apuun, jota hän voi saada.
consent-share-yes = Kyllä, hän suostuu tulosten jakamiseen salattuina
consent-share-no = Ei, ei toistaiseksi
consent-declined-title = Mitään ei ole tallennettu
consent-declined-body = Hänen päätöstään kunnioitetaan: tapausta ei luotu, eikä hänestä ole tallennettu tälle laitteelle mitään. Voit silti auttaa häntä tallentamatta mitään:
consent-declined-step-listen = Kuuntele ja kerro hänelle hänen oikeuksistaan ja tuesta, jota hän voi saada, riippumatta siitä, puhuuko hän poliisille.
consent-declined-step-contacts = Anna hänelle tukipalvelujen ja turvallisen majoituksen yhteystiedot, jos hän haluaa.
consent-declined-step-later = Kerro hänelle, että hän voi palata asiaan milloin tahansa, jos hän muuttaa mielensä.
consent-declined-change = Hän on muuttanut mielensä

consent-record-short = Tallennus tälle laitteelle
consent-share-short = Tulosten jakaminen
consent-not-asked = Ei vielä kysytty
consent-given = Suostui { $date }
consent-declined = Ei suostunut { $date }
consent-withdrawn = Perui suostumuksensa { $date }

## A case
case-title = Tapaus { $code }
case-created = Luotu
case-assessments = Arvioinnit
case-assessment-started = aloitettu { $date }
case-assessment-progress = { $stage }, vastattu { $answered }/{ $total }
case-continue = Jatka
case-review-answers = Tarkastele vastauksia
case-see-result = Näytä tulos
case-start-heading = Aloita uusi arviointi
case-start-assessment = { $instrument }
case-more = Raportti ja tapaus
case-report = Tulostettava raportti
case-delete = Poista tämä tapaus
case-delete-confirm-title = Poistetaanko tämä tapaus?
case-delete-confirm-body = Tapaus { $code } ja kaikki sen arvioinnit poistetaan tältä laitteelta. Tätä ei voi perua.
case-delete-confirm = Kyllä, poista tapaus
case-delete-keep = Ei, säilytä se
case-missing-title = Tätä tapausta ei ole tällä laitteella
case-missing-body = Se on ehkä poistettu. Mikään muu ei ole muuttunut.

## The interview
assessment-back-to-case = Tapaus { $code }
assessment-back-to-case-short = Takaisin tapaukseen
assessment-section-of = Osa { $current }/{ $total }
assessment-answered-of = Vastattu { $answered }/{ $total } kysymykseen
assessment-section-count = ({ $answered }/{ $total })
assessment-overview = Arvioinnin kaikki osat
assessment-see-result = Näytä tulos
question-hint-toggle = Miksi tämä kysymys?
question-clear = Tyhjennä vastaus
question-note-toggle = Muistiinpano
question-note-label = Muistiinpanosi tästä kysymyksestä
need-urgency-label = Kuinka pian hän tarvitsee tätä?
need-status-label = Tilanne
need-service-label = Palvelu tai organisaatio (valinnainen)

## Results
result-title = Tulos: { $instrument }
result-back-to-case = Takaisin tapaukseen
result-review-answers = Tarkastele vastauksia
result-unavailable = Tätä tulosta ei voi näyttää. Vastaukset säilyvät muuttumattomina.
result-by-dimension = Mitä vastaukset osoittavat, osa kerrallaan
result-indicators-seen = Havaittu
result-indicators-unknown = Ei vielä tiedossa
result-note = Muistiinpanosi: { $note }
result-needs-count = { $count ->
    [0] Tarpeita ei ole vielä kirjattu.
    [one] Tukisuunnitelmassa on yksi tarve.
   *[other] Tukisuunnitelmassa on { $count } tarvetta.
}
result-needs-none = Tarpeita ei ole vielä kirjattu.
result-need-service = Palvelu: { $service }
result-none = Ei mitään.
result-risk-reasons = Mihin taso perustuu
result-points = Pisteet: { $points }
result-raise-toggle = Nosta tasoa ammatillisen harkinnan perusteella
result-raise-level = Uusi taso
result-raise-reason = Perustelu (pakollinen)
result-raise-reason-needed = Kirjoita, miksi nostat tasoa.
result-raise-save = Nosta tasoa
result-return = Paluu kotimaahan tai muuhun maahan

## The printable report
report-title = Raportti: tapaus { $code }
report-print = Tulosta
report-printed = Tulostettu { $date }
report-assessment-dates = Aloitettu { $started }, viimeksi muutettu { $updated }
report-answers = Kaikki vastaukset
report-confidential = Luottamuksellinen. Raportti sisältää arkaluonteisia henkilötietoja: säilytä se lukitussa paikassa, näytä se vain niille, jotka tarvitsevat sitä auttaakseen häntä, ja hävitä se, kun sitä ei enää tarvita.

## Starting, saving, locking
starting = Trygg avautuu…
save-saving = Tallennetaan…
save-saved = Kaikki vastaukset tallennettu
save-failed-short = Ei tallennettu
save-failed-title = Viimeisimpiä vastauksiasi ei vielä voitu tallentaa.
save-retry = Yritä uudelleen
lock-now = Lukitse

## First start: the passphrase
setup-title = Suojaa tämän laitteen tiedot
setup-explain = Kaikki, mitä kirjaat Tryggiin, salataan tällä laitteella salalauseella, jonka vain sinä tiedät. Tarvitset sitä aina, kun avaat Tryggin, ja kun se on lukittunut itsestään.
setup-no-recovery = Jos salalause unohtuu, kukaan ei voi palauttaa tietoja: et sinä, ei organisaatiosi eivätkä Tryggin tekijät. Silloin ainoa vaihtoehto on poistaa kaikki tiedot tältä laitteelta.
setup-passphrase = Salalause
setup-passphrase-hint =
    { $min ->
        [one] Vähintään { $min } merkki.
       *[other] Vähintään { $min } merkkiä.
    } Muutama toisiinsa liittymätön sana on helpompi muistaa ja vaikeampi arvata kuin yksi sana erikoismerkkeineen.
setup-repeat = Toista salalause
setup-strength-weak =
    { $min ->
        [one] Liian helppo arvata. Salalauseessa pitää olla vähintään { $min } merkki; yhdistele sanoja, numeroita tai erikoismerkkejä.
       *[other] Liian helppo arvata. Salalauseessa pitää olla vähintään { $min } merkkiä; yhdistele sanoja, numeroita tai erikoismerkkejä.
    }
setup-strength-fair = Hyväksyttävä. Pidempi on vahvempi.
setup-strength-strong = Pitkä ja monipuolinen. Varmista, ettei se ole jotain, minkä muut tietävät sinusta.
setup-too-short =
    { $min ->
        [one] Salalauseessa pitää olla vähintään { $min } merkki.
       *[other] Salalauseessa pitää olla vähintään { $min } merkkiä.
    }
setup-mismatch = Salalauseet eivät ole samat.
setup-submit = Aseta salalause
setup-working = Tietoja suojataan…

## Unlocking
unlock-title = Trygg on lukittu
unlock-explain = Kirjoita salalauseesi, niin voit avata tämän laitteen tapaukset.
unlock-passphrase = Salalause
unlock-submit = Avaa lukitus
unlock-working = Avataan lukitusta…
unlock-wrong = Tämä salalause ei avaa tämän laitteen tietoja. Tarkista kirjoitusvirheet ja yritä uudelleen.
unlock-forgotten = Unohditko salalauseen?
unlock-forgotten-explain = Salalausetta ei voi palauttaa, eikä tietoja voi avata ilman sitä. Voit poistaa kaikki tiedot tältä laitteelta ja aloittaa alusta uudella salalauseella.
erase-understood = Ymmärrän, että kaikki tämän laitteen tapaukset poistetaan lopullisesti.
erase-submit = Poista kaikki tiedot tältä laitteelta
no-storage-title = Trygg ei voi säilyttää tietoja tässä selaimessa
no-storage-body = Tämä selain ei salli Tryggin tallentaa mitään (näin käy joissakin yksityisissä ikkunoissa ja joillakin tietosuoja-asetuksilla). Mitään ei ole tallennettu. Jotta voit kirjata arviointeja, avaa Trygg tavallisessa ikkunassa tai toisessa selaimessa.

## Storage problems
storage-error-unavailable = Selain ei juuri nyt salli Tryggin tallentaa tietoja tänne. Aiemmin tallennettu ei ole muuttunut.
storage-error-quota = Laitteen tallennustila on täynnä, joten viimeisintä muutosta ei voitu tallentaa. Kaikki aiemmin tallennettu on tallessa. Vapauta tilaa laitteelta ja valitse sitten ”Yritä uudelleen”.
storage-error-connection = Selain sulki Tryggin tallennustilan. Kaikki aiemmin tallennettu on tallessa. Valitse ”Yritä uudelleen”; jos tämä toistuu, lataa sivu uudelleen.
storage-error-no-vault = Tämän laitteen tiedot on poistettu, mahdollisesti toisessa ikkunassa. Trygg käynnistyy alusta.
storage-error-vault-exists = Tällä laitteella on jo salalause. Lataa sivu uudelleen ja avaa lukitus.
storage-error-locked = Trygg lukittiin. Avaa lukitus, niin voit jatkaa; mikään tallennettu ei ole muuttunut.
storage-error-conflict = Toinen ikkuna muutti samoja tietoja samalla hetkellä. Yritä uudelleen.
storage-error-corrupt = Osa tallennetuista tiedoista on vioittunut, eikä niitä voi avata. Mikään muu ei ole muuttunut.
storage-error-too-new = Nämä tiedot on tallennettu Tryggin uudemmalla versiolla. Päivitä Trygg, niin voit avata ne.
storage-error-other = Tallennuksessa tapahtui virhe. Kaikki aiemmin tallennettu on tallessa. Yritä uudelleen.

## Settings
settings-title = Asetukset
settings-saved = Tallennettu.
settings-lock-heading = Lukitus
settings-idle-label = Lukitse Trygg, kun viimeisestä käytöstä on kulunut
settings-minutes = { $minutes ->
    [one] { $minutes } minuutti
   *[other] { $minutes } minuuttia
}
settings-retention-heading = Tapausten säilyttäminen
settings-retention-label = Merkitse tapaus tarkistettavaksi, kun viimeisestä muutoksesta on kulunut
settings-retention-hint = Organisaatiosi päättää, kuinka kauan tapauksia saa säilyttää. Merkittyjä tapauksia ei poisteta: sinä päätät.
settings-retention-none = Älä merkitse
settings-days = { $days ->
    [one] { $days } päivä
   *[other] { $days } päivää
}
settings-persist-heading = Tietojen säilyminen tällä laitteella
settings-persist-yes = Selain säilyttää Tryggin tiedot silloinkin, kun tila käy vähiin.
settings-persist-no = Selain saattaa poistaa Tryggin tiedot, kun tila käy vähiin. Sen voi estää asentamalla Tryggin sovellukseksi tai sallimalla pysyvän tallennuksen.
settings-persist-unknown = Tämä selain ei kerro, säilyttääkö se Tryggin tiedot, kun tila käy vähiin.
settings-passphrase-heading = Salalause
settings-passphrase-old = Nykyinen salalause
settings-passphrase-new = Uusi salalause
settings-passphrase-submit = Vaihda salalause
settings-passphrase-changed = Salalause on vaihdettu. Käytä tästä lähtien uutta.
settings-passphrase-wrong-old = Nykyinen salalause ei ole oikein; mitään ei muutettu.
settings-erase-heading = Poista kaikki
settings-erase-explain = Poistaa kaikki tämän laitteen tapaukset ja salalauseen. Tätä ei voi perua.

## The same case in two windows
case-read-only = Tämä tapaus on auki toisessa ikkunassa tai välilehdessä. Täällä voit lukea sitä; jos haluat muokata sitä täällä, sulje se siellä.
case-opening = Avataan tapausta…
home-unreadable = Tallennettuja tapauksia, joita ei voitu avata vioittuneiden tietojen vuoksi: { $count }. Ne säilytetään muuttamattomina.
home-review-due = Ollut muuttamatta pidempään kuin organisaatiosi säilyttää tapauksia: harkitse, säilytetäänkö se.

## Updates
update-ready = Tryggin uusi versio on valmis.
update-now = Päivitä nyt

## Errors shown to the user
error-app-start = Trygg ei käynnistynyt tässä selaimessa. Tallennettuja tietojasi ei ole muutettu. Yritä ladata sivu uudelleen.

## Sharing: organisation keys, exports and opening exports

home-sharing-heading = Tulosten jakaminen
home-export = Vie tapauksia
home-open-export = Avaa vientitiedosto
case-export = Vie tämä tapaus
file-error-too-large = Tiedosto on liian suuri ollakseen se, jota etsit.
file-error-unreadable = Tiedostoa ei voitu lukea. Valitse se uudelleen tai tarkista, että se on yhä olemassa.

keys-heading = Organisaation avaimet
keys-explain = Vientitiedostot salataan organisaatiosi julkisella avaimella, joten vain vastaavan salaisen avaimen haltija voi lukea ne. Saat julkisen avaimen organisaatioltasi; se alkaa merkeillä ”age1”.
keys-none = Tällä laitteella ei ole vielä organisaation avaimia.
keys-add-heading = Lisää julkinen avain
keys-label = Avaimen nimi
keys-label-hint = Esimerkiksi organisaatio ja toimipiste. Ei henkilön nimeä.
keys-public = Julkinen avain (age1…)
keys-load-file = Tai lataa avain tiedostosta
keys-add = Lisää avain
keys-added = Avain lisättiin.
keys-removed = Avain poistettiin.
keys-remove = Poista
keys-remove-named = Poista avain { $label }
keys-error-empty = Liitä julkinen avain tai valitse tiedosto, jossa se on.
keys-error-secret = Tämä on salainen avain. Älä koskaan anna sitä sovellukselle: liitä julkinen avain, joka alkaa merkeillä ”age1”.
keys-error-not-public = Tämä ei ole julkinen avain. Julkinen avain alkaa merkeillä ”age1”, ja siinä on 62 merkkiä.
keys-error-not-secret = Tämä ei ole salainen avain. Salainen avain alkaa merkeillä ”AGE-SECRET-KEY-”.
keys-error-no-label = Anna avaimelle nimi, jotta erotat sen muista.
keys-error-duplicate = Tämä avain on jo luettelossa.
keys-create-heading = Luo organisaation avain
keys-create-explain = Tee tämä kerran organisaatiollesi tietokoneella, johon luotat. Sovellus tallentaa salaisen avaimen tiedostoksi ja näyttää julkisen avaimen, jonka työntekijät lisäävät laitteilleen.
keys-create-warning = Säilytä salaisen avaimen tiedosto turvassa ja irti verkosta, esimerkiksi USB-muistitikulla lukitussa laatikossa, ja pidä siitä varakopio. Kuka tahansa, jolla tiedosto on, voi lukea kaikki tälle avaimelle tehdyt vientitiedostot. Jos tiedosto katoaa, niitä ei voi enää koskaan lukea. Sovellus ei säilytä sitä.
keys-create = Luo avain ja tallenna salaisen avaimen tiedosto
keys-create-saved = Salainen avain tallennettiin latauskansioosi nimellä { $file }. Siirrä se nyt turvalliseen paikkaan.
keys-create-failed = Salaisen avaimen tiedostoa ei voitu tallentaa. Mitään ei luotu; yritä uudelleen.
keys-create-public = Julkinen avain, joka annetaan työntekijöille:
keys-copy = Kopioi julkinen avain
keys-copied = Julkinen avain kopioitiin.
keys-copy-failed = Selain ei sallinut kopiointia. Valitse avain ja kopioi se käsin.

export-title = Vie tapauksia
export-explain = Vienti tehdään yhdeksi salatuksi tiedostoksi. Sen voi avata vain organisaation avaimilla tai valitsemallasi salalauseella. Tapaus viedään vain, jos hän on suostunut tulosten jakamiseen.
export-cases-legend = Vietävät tapaukset
export-no-consent = Tähän tapaukseen ei ole kirjattu suostumusta jakamiseen.
export-record-consent = Hän on suostunut jakamiseen: kirjaa suostumus
export-protect-legend = Kuka saa avata tiedoston
export-method-keys = Organisaation avaimet
export-method-passphrase = Salalause
export-keys-legend = Organisaation avaimet
export-no-keys = Tällä laitteella ei ole vielä organisaation avaimia. Lisää organisaatiosi julkinen avain kohdassa Asetukset tai käytä salalausetta.
export-go-settings = Siirry asetuksiin
export-passphrase-hint =
    { $min ->
        [one] Vähintään { $min } merkki.
       *[other] Vähintään { $min } merkkiä.
    } Anna salalause tiedoston avaajalle muuta kautta kuin itse tiedosto, esimerkiksi puhelimessa.
export-passphrase = Tämän tiedoston salalause
export-submit = Vie
export-busy = Salataan…
export-done = { $count ->
    [one] Yksi tapaus vietiin. Tiedosto { $file } on latauskansiossasi.
   *[other] { $count } tapausta vietiin. Tiedosto { $file } on latauskansiossasi.
}
export-error-no-cases = Valitse vähintään yksi tapaus, jonka jakamiseen hän on suostunut.
export-error-no-keys = Valitse vähintään yksi organisaation avain.
export-error-short =
    { $min ->
        [one] Salalauseessa pitää olla vähintään { $min } merkki.
       *[other] Salalauseessa pitää olla vähintään { $min } merkkiä.
    }
export-error-save = Tiedostoa ei voitu tallentaa. Mitään ei jaettu; yritä uudelleen.

open-title = Avaa vientitiedosto
open-explain = Lue salattu vientitiedosto tällä laitteella. Tiedosto avataan vain muistiin; mitään ei tallenneta, ellet tuo tapausta laitteelle.
open-file-label = Vientitiedosto (.trygg.age)
open-unlock-legend = Millä tiedosto avataan
open-with-key-file = Salaisen avaimen tiedosto
open-with-pasted-key = Liitetty salainen avain
open-with-passphrase = Salalause
open-key-file-label = Salaisen avaimen tiedosto
open-pasted-key-label = Salainen avain (AGE-SECRET-KEY-…)
open-passphrase-label = Tiedoston salalause
open-not-stored = Avainta tai salalausetta käytetään vain kerran, eikä sitä tallenneta.
open-submit = Avaa
open-busy = Avataan…
open-another = Avaa toinen tiedosto
open-back-to-export = Takaisin vientitiedostoon
open-summary = { $count ->
    [one] Yksi tapaus, viety { $date } Tryggin versiolla { $version }.
   *[other] { $count } tapausta, viety { $date } Tryggin versiolla { $version }.
}
open-case-details = { $count ->
    [one] Yksi arviointi, viimeksi muutettu { $date }
   *[other] { $count } arviointia, viimeksi muutettu { $date }
}
open-read-report = Lue raportti
open-import = Tuo tälle laitteelle
open-imported = Tapaus on nyt tällä laitteella.
open-same-version = Tällä laitteella on jo täsmälleen tämä versio tapauksesta.
open-import-all = Tuo kaikki { $count } tapausta
open-import-all-imported = { $count ->
    [one] Yksi tapaus tuotiin.
   *[other] { $count } tapausta tuotiin.
}
open-import-all-same = { $count ->
    [one] Yksi tapaus oli jo tällä laitteella muuttumattomana.
   *[other] { $count } tapausta oli jo tällä laitteella muuttumattomina.
}
open-import-all-to-choose = { $count ->
    [one] Yksi tapaus on tällä laitteella eri versiona. Valitse alta, kumpi versio säilytetään.
   *[other] { $count } tapausta on tällä laitteella eri versioina. Valitse alta kunkin kohdalla, mikä versio säilytetään.
}
open-conflict-title = Tämä tapaus on jo tällä laitteella
open-conflict-body = Tämän laitteen versiota on viimeksi muutettu { $device }. Tiedostossa olevaa versiota on viimeksi muutettu { $file }. Korvataanko tämän laitteen versio tiedoston versiolla?
open-conflict-replace = Korvaa tiedoston versiolla
open-conflict-keep = Säilytä tämän laitteen versio
open-error-no-file = Valitse ensin vientitiedosto.
open-error-no-key-file = Valitse salaisen avaimen tiedosto.
open-error-no-passphrase = Kirjoita tiedoston salalause.
open-error-empty = Tiedosto on tyhjä. Sitä ei ehkä tallennettu kokonaan; pyydä se uudelleen.
open-error-too-large = Tiedosto on suurempi kuin { $mib } MiB eli suurempi kuin yksikään Tryggin vientitiedosto. Sitä ei luettu.
open-error-not-age = Tämä ei ole Tryggin salattu vientitiedosto. Tarkista, että valitsit oikean tiedoston (sen nimen lopussa on .trygg.age).
open-error-damaged = Tiedosto on vioittunut tai puutteellinen, joten sitä ei voi avata. Pyydä, että se lähetetään uudelleen.
open-error-needs-passphrase = Tämä tiedosto on suojattu salalauseella, ei avaimella. Valitse ”Salalause”.
open-error-needs-key = Tämä tiedosto on suojattu organisaation avaimilla, ei salalauseella. Valitse salainen avain.
open-error-wrong-key = Tämä avain ei avaa tiedostoa. Tiedosto on tehty toiselle avaimelle, tai se on vioittunut.
open-error-wrong-passphrase = Salalause ei ole oikein, tai tiedosto on vioittunut. Tarkista salalause ja yritä uudelleen.
open-error-too-much-work = Tämän tiedoston avaaminen vaatisi enemmän muistia kuin tämä laite sallii. Avaa se tietokoneella trygg-komentorivityökalulla.
open-error-not-trygg = Tiedosto avautui, mutta siinä on jotain muuta kuin Tryggin vientitiedosto.
open-error-too-new = Tämä vientitiedosto on tehty Tryggin uudemmalla versiolla. Päivitä Trygg, niin voit avata sen.
open-error-invalid = Vientitiedosto avautui, mutta sen sisältö on vioittunut. Pyydä, että se lähetetään uudelleen.

## Languages: the picker in the header, and her language in an interview
language-label = Kieli
language-draft = Käännösluonnos
language-draft-explain = Kieltä sujuvasti puhuva ei ole vielä tarkistanut käännöstä. Tarkista tärkeät sanamuodot tulkin kanssa.
language-load-failed = Tätä kieltä ({ $language }) ei juuri nyt voitu ladata tälle laitteelle, joten tekstit pysyvät ennallaan. Yritä uudelleen, kun laite on yhteydessä internetiin.
respondent-language-label = Hänen kielensä
respondent-language-hint = Jokainen kysymys näytetään sinun kielelläsi ja sen alla hänen kielellään, jotta hän voi lukea mukana tai tulkki voi tarkistaa sanamuodon.
respondent-load-failed = Kysymyksiä ei juuri nyt voida näyttää hänen kielellään ({ $language }), vain sinun kielelläsi. Yritä uudelleen, kun laite on yhteydessä internetiin.
action-close = Sulje

## Training with fictional cases

training-mark = Harjoitus – kuvitteellinen tapaus. Mikään tässä ei ole totta, eikä mitään säilytetä.
training-entry-heading = Harjoittelu
training-entry-explain = Harjoittele tunnistamista kuvitteellisilla tapauksilla esimerkiksi seminaarissa. Salalausetta ei tarvita: harjoittelu ei koskaan ulotu todellisiin tapauksiin.
training-entry = Harjoittele kuvitteellisella tapauksella
training-load-failed = Harjoitustapauksia ei voitu juuri nyt ladata tälle laitteelle. Yritä uudelleen, kun laite on verkossa.
training-title = Harjoittelu
training-leave = Lopeta harjoittelu
training-explain = Lue kuvitteellisen naisen tarina, vastaa tunnistamisen kysymyksiin ikään kuin olisit tavannut hänet ja vertaa vastauksiasi kokeneiden työntekijöiden vastauksiin. Vastauksesi säilyvät vain siihen asti, kun lopetat harjoittelun.
training-scenarios = Skenaariot
training-start = Harjoittele tällä skenaariolla
training-open-file = Tai avaa kouluttajaltasi saatu skenaariotiedosto (.trygg-scenario.json)
training-trainers = Kouluttajille
training-trainers-explain = Avaa osallistujien tallentamat tulostiedostot, niin näet, miten ryhmä vastasi, skenaario kerrallaan.
training-group-summary = Ryhmän yhteenveto
training-back-to-scenarios = Takaisin skenaarioihin
training-story-explain = Lue ensin koko tarina. Vastaa sitten kysymyksiin sen perusteella, mitä tarinassa kerrotaan: jos siinä ei sanota asiasta mitään, vastaa ”Ei tiedä”.
training-begin = Vastaa tunnistamisen kysymyksiin
training-feedback-title = Palaute: { $scenario }
training-agreement = Tunnusmerkit, joista olit samaa mieltä vertailuvastausten kanssa: { $matched }/{ $total } ({ $percent } %).
training-conclusion = Johtopäätös
training-conclusion-same = Johtopäätöksesi on sama kuin vertailuvastauksissa.
training-conclusion-different = Johtopäätöksesi poikkeaa vertailuvastauksista. Alla olevat erot selittävät, miksi.
training-yours = Sinun vastauksesi
training-reference = Vertailuvastaukset
training-yours-reference = Sinä: { $yours }. Vertailuvastaus: { $reference }.
training-finding-present = havaittu
training-finding-absent = ei esiinny
training-finding-unknown = ei tiedossa
training-finding-not-relevant = ei kysytty
training-missed = { $count ->
    [one] Yksi tunnusmerkki jäi huomaamatta
   *[other] { $count } tunnusmerkkiä jäi huomaamatta
}
training-missed-explain = Tarinassa nämä tunnusmerkit näkyvät, mutta vastaustesi mukaan niitä ei esiinny.
training-over-called = { $count ->
    [one] Yksi tunnusmerkki, jonka havaitsit, mutta vertailuvastaus ei
   *[other] { $count } tunnusmerkkiä, jotka havaitsit, mutta vertailuvastaukset eivät
}
training-over-called-explain = Vastaustesi mukaan nämä tunnusmerkit esiintyvät, mutta tarina ei tue niitä.
training-unknown = { $count ->
    [one] Yksi tunnusmerkki, johon vain toisella osapuolella on vastaus
   *[other] { $count } tunnusmerkkiä, joihin vain toisella osapuolella on vastaus
}
training-unknown-explain = Toinen osapuoli vastasi ”Ei tiedä” (tai ei päässyt kysymykseen asti), kun toisella oli vastaus.
training-matched-list = { $count ->
    [one] Yksi tunnusmerkki, josta olet samaa mieltä vertailuvastauksen kanssa
   *[other] { $count } tunnusmerkkiä, joista olet samaa mieltä vertailuvastausten kanssa
}
training-dimensions = Ulottuvuus kerrallaan
training-dimension = Ulottuvuus
training-save-heading = Tallenna tuloksesi
training-save-explain = Kouluttajasi voi koota koko ryhmän tulokset yhteen. Tiedostossa on vastauksesi tähän kuvitteelliseen tapaukseen ja halutessasi nimimerkki; ei mitään muuta.
training-nickname = Nimimerkki (valinnainen)
training-save = Tallenna tulostiedostoni
training-saved = Tallennettu latauskansioosi nimellä { $file }.
training-save-failed = Tiedostoa ei voitu tallentaa. Yritä uudelleen.
training-summary-title = Ryhmän yhteenveto
training-summary-explain = Valitse ryhmäsi tulostiedostot kaikki kerralla. Trygg laskee ne yhteen skenaarioittain; tiedostot luetaan vain tällä laitteella.
training-result-files = Tulostiedostot (.trygg-training.json)
training-file-problem = { $file }: { $problem }
training-summary-counts = { $trainees ->
    [one] Yksi osallistuja. Sama johtopäätös kuin vertailuvastauksissa: { $agreeing }. Keskimääräinen yhtäpitävyys tunnusmerkeissä: { $percent } %.
   *[other] { $trainees } osallistujaa. Sama johtopäätös kuin vertailuvastauksissa: { $agreeing }. Keskimääräinen yhtäpitävyys tunnusmerkeissä: { $percent } %.
}
training-chart-conclusion = Johtopäätös verrattuna vertailuvastauksiin
training-chart-agreeing = Sama johtopäätös
training-chart-differing = Eri johtopäätös
training-chart-dimensions = Vertailuvastausten kanssa samaa mieltä olleet osallistujat ulottuvuuksittain
training-chart-missed = Useimmin huomaamatta jääneet tunnusmerkit
training-chart-over-called = Tunnusmerkit, jotka havaittiin useimmin, vaikka vertailuvastauksissa niitä ei ole
training-error-not-scenario = Tämä ei ole Tryggin skenaariotiedosto.
training-error-not-result = Tämä ei ole Tryggin harjoittelun tulostiedosto.
training-error-too-new = Tämä tiedosto on tehty Tryggin uudemmalla versiolla. Päivitä Trygg, niin voit avata sen.
training-error-damaged = Tiedosto on vioittunut, eikä sitä voi lukea.
training-error-no-reference = Tässä skenaariossa ei ole tunnistamisen vertailuvastauksia, joten sillä ei voi harjoitella.
training-error-unknown-scenario = Tämä tulos koskee skenaariota, jota ei ole ladattu. Avaa ensin sen skenaarion tiedosto.

## Training: the scenario editor

training-write = Kirjoita skenaario
training-editor-title = Kirjoita skenaario
training-editor-explain = Kirjoita kuvitteellisen naisen tarina lyhyinä osina, vastaa tunnistamisen kysymyksiin niin kuin kokenut työntekijä vastaisi tarinan perusteella ja kerro jokaisesta tunnusmerkistä, miksi se esiintyy tai ei esiinny. Tallenna sitten tiedosto ja anna se osallistujillesi. Kaikki pysyy tällä laitteella, kunnes tallennat sen.
training-editor-title-label = Otsikko
training-editor-summary-label = Skenaarion kuvaus yhdellä virkkeellä
training-editor-story = Tarina
training-editor-part = Osa { $number }
training-editor-add-part = Lisää osa
training-editor-reference = Vertailuvastaukset
training-editor-answered = { $count ->
    [one] Tähän mennessä on vastattu yhteen kysymykseen.
   *[other] Tähän mennessä on vastattu { $count } kysymykseen.
}
training-editor-answer = Anna vertailuvastaukset tunnistamisen kysymyksiin
training-editor-explanations = Miksi kukin tunnusmerkki esiintyy tai ei esiinny
training-editor-explanations-explain = Osallistujat lukevat nämä perustelut, kun heidän vastauksensa poikkeaa vertailuvastauksesta. Yksi tai kaksi virkettä kustakin riittää.
training-editor-save = Tallenna skenaariotiedosto
training-editor-saved = Tallennettu latauskansioosi nimellä { $file }.
training-editor-error-empty = Anna skenaariolle otsikko ja kirjoita tarinasta vähintään yksi osa.
training-editor-error-no-answers = Anna ensin vertailuvastaukset tunnistamisen kysymyksiin.
## Widget: Trygg järjestön omalla verkkosivustolla. Itsearvioinnissa nainen vastaa itse.
widget-error-config = Tätä lomaketta ei voi näyttää, koska sen asetukset ovat virheelliset. Kerro asiasta tätä verkkosivustoa ylläpitävälle organisaatiolle.
widget-self-check-title = Yksityinen tarkistus tilanteestasi
widget-self-check-intro = Kysymykset koskevat tilannettasi ja turvallisuuttasi. Oikeita tai vääriä vastauksia ei ole. Voit aina vastata, ettet tiedä tai ettet halua vastata, ja voit lopettaa milloin tahansa.
widget-self-check-private = Vastauksiasi ei tallenneta, eikä mitään lähetetä ilman suostumustasi. Jos joku tulee, paina Poistu nopeasti: sivu katoaa heti.
widget-start = Aloita
widget-share-title = Haluatko jakaa vastauksesi?
widget-share-body = Halutessasi voit jakaa vastauksesi tälle organisaatiolle: { $organisation }. Vastaukset salataan, joten vain { $organisation } voi lukea ne. Nimeäsi ei liitetä mukaan. Näet tuloksesi joka tapauksessa.
widget-share-yes = Jaa vastaukseni
widget-share-no = Älä jaa
widget-shared = Vastauksesi jaettiin salattuina tälle organisaatiolle: { $organisation }.
widget-result-title = Tuloksesi
widget-result-concern = Jotkin vastauksistasi kertovat, että saatat tarvita apua tai suojelua. Se ei ole sinun syytäsi, eikä sinun tarvitse selvitä siitä yksin.
widget-result-unclear = Moni kysymys jäi avoimeksi, joten tämä tarkistus ei voi sanoa paljon. Jos jokin huolestuttaa sinua, siitä on hyvä puhua jonkun kanssa.
widget-result-no-concern = Vastauksesi eivät näytä selviä syitä huoleen. Jos jokin silti huolestuttaa sinua, siitä on hyvä puhua jonkun kanssa.
widget-result-not-a-decision = Tämä tarkistus ei päätä sinusta mitään, eikä se ilmoita sinusta kenellekään. Vain sinä päätät, mitä teet seuraavaksi.
widget-emergency = Jos olet nyt vaarassa, soita 112.
widget-help-title = Mistä saat apua
widget-start-over = Tyhjennä vastaukseni ja aloita alusta

## Þarfir: hvaða stuðning hún vill og þarf. Skráðu með henni fyrir hvern lið hversu brýnn hann er
## og hver staðan er. Óskir hennar ráða; hún getur afþakkað hvaða stuðning sem er.

needs-title = Þarfir og stuðningsáætlun

## Hlutar

needs-about-her = Um aðstæður hennar
needs-safety-and-shelter = Öryggi og húsnæði
needs-health = Heilsa og líðan
needs-language-and-rights = Tungumál, réttindi og dvalarstaða
needs-money-and-daily-life = Fjármál og daglegt líf
needs-family = Fjölskylda
needs-future = Framtíðin

## Um aðstæður hennar (ekki hluti af áætluninni)

needs-came-from-abroad = Komstu til þessa lands frá öðru landi?
needs-has-children = Áttu börn?
needs-has-children-hint = Börnin geta verið hjá henni, heima eða í umsjá annarra. Öryggi þeirra er oft það sem hún hefur mestar áhyggjur af.
needs-thinking-of-return = Ertu að hugsa um að fara aftur til heimalands þíns?
needs-thinking-of-return-hint = Það er ekkert rétt svar. Að fara heim, vera áfram eða vita það ekki enn er allt í lagi.

## Öryggi og húsnæði

needs-protection-from-exploiters = Þarftu hjálp til að vera örugg fyrir fólkinu sem notfærði sér þig?
needs-protection-from-exploiters-hint = Öryggið kemur fyrst. Áhættumatið skoðar hættuna nánar.
needs-safety-plan = Öryggisáætlun sem er gerð í samráði við hana
needs-safe-phone = Þarftu öruggan síma, eða örugga leið til að halda sambandi?
needs-safe-phone-hint = Sími sem gerendurnir létu hana fá gæti verið rakinn.
needs-place-tonight = Þarftu öruggan stað til að sofa á í nótt?
needs-longer-term-housing = Þarftu hjálp við að finna húsnæði til lengri tíma?

## Heilsa og líðan

needs-urgent-medical-care = Þarftu að hitta lækni eða hjúkrunarfræðing núna, vegna verkja, áverka eða veikinda?
needs-urgent-medical-care-hint = Bráðaheilbrigðisþjónusta er réttur hennar, óháð stöðu hennar.
needs-sexual-health = Viltu fá skoðun eða ráðgjöf um kynheilbrigði, getnaðarvarnir eða þungun?
needs-sexual-health-hint = Bjóddu þetta sem val. Hún ræður hvort og hvenær.
needs-ongoing-health-care = Þarftu áframhaldandi heilbrigðisþjónustu eða lyf?
needs-someone-to-talk-to = Viltu hafa einhvern til að tala við um hvernig þér líður?
needs-someone-to-talk-to-hint = Margar konur finna fyrir dofa eða kvíða eða geta ekki sofið. Þetta eru eðlileg viðbrögð við því sem gerðist.
needs-trauma-support = Viltu fá stuðning hjá meðferðaraðila til lengri tíma?
needs-substance-use-support = Viltu fá stuðning vegna áfengis, vímuefna eða lyfja?
needs-substance-use-support-hint = Konur eru stundum neyddar til að nota vímuefni svo hægt sé að stjórna þeim. Spyrðu án þess að dæma.

## Tungumál, réttindi og dvalarstaða

needs-interpreter = Þarftu túlk, og viltu frekar að túlkurinn sé kona?
needs-interpreter-hint = Gakktu úr skugga um að túlkurinn hafi engin tengsl við samfélag hennar eða við gerendurna.
needs-information-on-rights = Viltu fá upplýsingar um réttindi þín og möguleika?
needs-information-on-rights-hint = Þar á meðal um rétt hennar til stuðnings, hvort sem hún talar við lögregluna eða ekki.
needs-support-in-proceedings = Ef þú tekur þátt í lögreglumáli eða réttarhöldum, viltu þá hafa lögmann eða einhvern með þér?
needs-support-in-proceedings-hint = Stuðningurinn er ekki háður því að hún samþykki að bera vitni.
needs-reflection-period = Viltu vita meira um umþóttunartíma, tíma til að jafna þig og hugsa málið?
needs-reflection-period-hint = Tímabil sem er að minnsta kosti 30 dagar til að hvílast og taka ákvörðun án þrýstings. Lengdin fer eftir landinu; athugaðu hvaða regla gildir núna.
needs-residence-permit = Þarftu hjálp við að fá leyfi til að dvelja hér?
needs-identity-papers = Þarftu hjálp við að fá vegabréfið þitt eða skilríki aftur, eða ný í staðinn?
needs-identity-papers-hint = Gerendurnir gætu hafa tekið eða eyðilagt skilríki hennar.

## Fjármál og daglegt líf

needs-money-for-now = Þarftu peninga fyrir daglegum þörfum núna?
needs-compensation = Viltu vita hvort þú getir krafist skaðabóta eða launa sem þú fékkst ekki greidd?
needs-compensation-hint = Bætur geta komið frá brotamanninum eða úr ríkissjóði, eftir landinu.
needs-debts = Ertu með skuldir sem þú þarft hjálp við?
needs-debts-hint = Líka skuldir sem gerendurnir segja að hún skuldi. Þær eru oft ekki löglegar.
needs-everyday-essentials = Þarftu föt, mat, hreinlætisvörur eða annað til daglegra nota?
needs-contact-person = Viltu hafa eina manneskju sem hjálpar þér að halda utan um allan stuðninginn?
needs-contact-person-hint = Með einum tengilið þarf hún ekki að segja sögu sína aftur og aftur.
needs-self-care = Viltu fá hjálp við daglega hluti, eins og hvíld, reglu á deginum og að hugsa um sjálfa þig?
needs-support-person = Viltu fá stuðningsaðila sem getur fylgt þér og staðið með þér?
needs-support-person-hint = Stuðningsaðili stendur aðeins með henni og er hvorki lögreglan né yfirvald.
needs-help-with-authorities = Þarftu hjálp í samskiptum við yfirvöld eða við að fylla út eyðublöð?

## Fjölskylda

needs-care-for-children = Þurfa börnin þín umönnun eða stuðning?
needs-family-support = Viltu fá stuðning eða ráðgjöf fyrir þig eða fjölskylduna þína, til dæmis um samskipti eða öryggi?
needs-family-support-hint = Fjölskyldan getur verið stuðningur en gæti líka tengst því sem gerðist. Leyfðu henni að ráða ferðinni.

## Framtíðin

needs-language-learning = Viltu læra tungumálið hér?
needs-training-or-education = Viltu fara í nám eða starfsþjálfun?
needs-finding-work = Viltu fá hjálp við að finna vinnu?
needs-settling-here = Viltu fá hjálp við að koma þér fyrir hér, ef þú ákveður að vera áfram?
needs-settling-here-hint = Stuðningur við aðlögun er fyrir konur sem velja að vera áfram.
needs-safe-return = Viltu fá hjálp við að skipuleggja örugga heimför?
needs-safe-return-hint = Heimför ætti að vera hennar eigin ósk og skipulögð með þjónustu í heimalandi hennar. Áhættumatið athugar skilyrðin.
needs-reintegration = Viltu fá stuðning til að byrja upp á nýtt heima eftir heimför?

## Stuðningssvið

needs-domain-safety = Öryggi og vernd
needs-domain-shelter = Athvarf og húsnæði
needs-domain-medical = Heilbrigðisþjónusta
needs-domain-psychological = Sálrænn stuðningur
needs-domain-interpretation = Túlkun
needs-domain-legal-advice = Lögfræðiráðgjöf
needs-domain-residence = Dvalarstaða og umþóttunartími
needs-domain-financial = Fjárhagsaðstoð og bætur
needs-domain-social-support = Félagslegur stuðningur
needs-domain-support-person = Stuðningsaðili
needs-domain-authorities = Aðstoð í samskiptum við yfirvöld
needs-domain-family = Fjölskylda
needs-domain-substance-use = Meðferð vegna vímuefnavanda
needs-domain-training-work = Nám og vinna
needs-domain-integration = Aðlögun
needs-domain-return = Sjálfviljug heimför og enduraðlögun

## Þjónusta sem hægt er að vísa á

needs-service-police-protection = Lögregluvernd
needs-service-safety-planning = Gerð öryggisáætlunar
needs-service-secure-shelter = Öruggt athvarf
needs-service-confidential-flat = Íbúð á leynilegu heimilisfangi
needs-service-supported-housing = Húsnæði með stuðningi
needs-service-emergency-medical-care = Bráðaheilbrigðisþjónusta
needs-service-general-health-care = Almenn heilbrigðisþjónusta
needs-service-sexual-reproductive-health = Þjónusta á sviði kyn- og frjósemisheilbrigðis
needs-service-crisis-counselling = Áfallahjálp
needs-service-trauma-therapy = Áfallameðferð
needs-service-legal-counselling = Lögfræðiráðgjöf
needs-service-victim-lawyer = Réttargæslumaður
needs-service-migration-counselling = Ráðgjöf um útlendingamál og dvalarleyfi
needs-service-case-worker = Málstjóri
needs-service-peer-support = Jafningjastuðningur
needs-service-self-care-training = Stuðningur við sjálfsumönnun og daglegt líf
needs-service-financial-aid = Fjárhagsaðstoð
needs-service-compensation-claim = Aðstoð við bótakröfu
needs-service-debt-counselling = Skuldaráðgjöf
needs-service-interpreter = Túlkur
needs-service-support-person = Stuðningsaðili
needs-service-accompaniment = Fylgd til yfirvalda
needs-service-family-counselling = Fjölskylduráðgjöf
needs-service-childcare = Barnagæsla og stuðningur við börn
needs-service-addiction-care = Meðferð vegna vímuefnavanda
needs-service-language-course = Tungumálanámskeið
needs-service-vocational-training = Starfsnám
needs-service-job-placement = Aðstoð við atvinnuleit
needs-service-integration-programme = Aðlögunarúrræði
needs-service-return-programme = Aðstoð við sjálfviljuga heimför
needs-service-receiving-organisation = Móttökusamtök í landinu sem hún snýr aftur til

## Hversu brýnt og hver staðan er

needs-urgency-immediate = Strax (innan 1 til 3 daga)
needs-urgency-short-term = Til skamms tíma
needs-urgency-long-term = Til lengri tíma
needs-urgency-none = Engin þörf núna
needs-status-identified = Greint
needs-status-referred = Vísað áfram
needs-status-in-progress = Í vinnslu
needs-status-met = Uppfyllt
needs-status-declined-by-her = Hún vill þetta ekki núna
needs-status-not-applicable = Á ekki við

## Niðurstaða

needs-care-plan = Stuðningsáætlun
needs-referrals = Á eftir að vísa áfram
needs-open-needs = Ekki rætt enn
needs-service-types = Hvert má vísa henni
needs-result-disclaimer = Þessi áætlun skráir það sem þið komuð ykkur saman um. Farðu yfir hana með henni í hvert sinn sem þið hittist; óskir hennar geta breyst.

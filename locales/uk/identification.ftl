## Ідентифікація: індикатори торгівлі людьми з метою сексуальної експлуатації (операційні індикатори ILO/EC (МОП/ЄК)).
## Запитання з позначкою «Запитайте її» ставлять жінці; решта — власні спостереження фахівця.
## Вона завжди може сказати, що не знає, або вирішити не відповідати.

identification-title = Ідентифікація

## Розділи

identification-context = Її становище
identification-deceptive-recruitment = Вербування: обіцянки й реальність
identification-coercive-recruitment = Вербування: примус і тиск
identification-vulnerability-recruitment = Її становище до від’їзду
identification-exploitation = Умови там, де вона перебувала
identification-coercion-destination = Контроль і тиск там, де вона перебувала
identification-vulnerability-destination = Що її там утримувало

## Її становище (не враховується в підрахунку)

identification-came-from-abroad = Ви приїхали до цієї країни з іншої країни?
identification-came-from-abroad-hint = Деякі запитання мають сенс лише після перетину кордону; ця відповідь підказує застосунку, які з них показувати.
identification-someone-arranged = Чи хтось інший організував для вас роботу, поїздку або місце, де ви мали жити?
identification-someone-arranged-hint = Допомагає стежити за її історією; не впливає на жоден висновок.
identification-interpreter-present = Чи бере участь у цій розмові перекладач?

## Вимір 1: вербування шляхом обману

identification-deceived-about-work = Чи відрізнялася робота, яку вам довелося виконувати, від тієї, про яку вам казали?
identification-deceived-about-work-hint = Обман щодо того, якою буде робота, — одна з найочевидніших ознак. Запитуйте делікатно: багато жінок звинувачують себе в тому, що повірили пропозиції.
identification-deceived-about-earnings = Чи заробили ви набагато менше, ніж вам обіцяли?
identification-deceived-about-conditions = Чи дуже відрізнялися умови праці від того, що вам казали?
identification-deceived-about-contract = Чи порушили договір або домовленість з вами, чи змінили їх після вашого приїзду?
identification-deceived-about-contract-hint = Договір міг бути письмовим або лише усним. Враховується і те, і те.
identification-deceived-about-housing = Чи відрізнялося місце, де ви жили, від того, що вам обіцяли?
identification-deceived-about-papers = Чи казали вам неправду про ваші документи, візу або право тут перебувати?
identification-deceived-about-papers-hint = Неправдива інформація про документи часто змушує жінку боятися влади.
identification-deceived-about-journey = Чи ввели вас в оману щодо поїздки, її вартості або того, скільки ви будете за неї винні?
identification-deceived-about-journey-hint = Приховані або дедалі більші витрати на дорогу — поширений спосіб створити борг.
identification-false-promise-of-relationship = Чи обіцяв вам хтось шлюб, стосунки або що перевезе сюди вашу родину, щоб ви приїхали?
identification-false-promise-of-relationship-hint = Іноді вербувальником є хлопець або партнер. Запитуйте, не засуджуючи ці стосунки.
identification-deceived-about-education = Чи обіцяли вам можливість навчатися або пройти підготовку, якої так і не було?

## Вимір 2: вербування шляхом примусу

identification-violence-at-recruitment = Чи застосовував хтось до вас фізичне або сексуальне насильство до поїздки чи під час неї?
identification-violence-hint = Вона може не захотіти описувати, що сталося. Достатньо відповіді «так» чи «ні»; подробиці можуть зачекати або й не знадобитися.
identification-threats-at-recruitment = Чи погрожував вам хтось заподіяти шкоду до поїздки чи під час неї?
identification-taken-or-sold = Чи забрали вас проти вашої волі, змусили вийти заміж, продали чи передали комусь?
identification-taken-or-sold-hint = Це тяжкі форми примусу. Дайте їй відповісти своїми словами й у своєму темпі.
identification-debt-at-recruitment = Чи казали вам, що за поїздку або роботу ви винні гроші, які треба відпрацювати?
identification-debt-hint = Борг, який неможливо сплатити, тримає жінку під контролем. Сума тут не має значення.
identification-papers-taken-at-recruitment = Чи забрав хтось ваш паспорт або посвідчення особи й залишив у себе до поїздки чи під час неї?
identification-papers-taken-hint = Без документів вона не може виїхати чи довести, хто вона.
identification-confined-at-recruitment = Чи замикали вас, ізолювали від інших людей або постійно за вами стежили до поїздки чи під час неї?
identification-threat-of-authorities-at-recruitment = Чи погрожував вам хтось до від’їзду, що повідомить про вас поліції або міграційній службі?
identification-threat-to-tell-family-at-recruitment = Чи погрожував вам хтось до від’їзду, що розповість щось про вас вашій родині чи оточенню?
identification-threat-to-tell-hint = Погрози осоромити можуть діяти так само сильно, як погрози насильством.
identification-family-threatened-at-recruitment = Чи хтось до від’їзду заподіював шкоду вашій родині або погрожував їй?
identification-money-withheld-at-recruitment = Чи хтось до від’їзду залишав собі ваші гроші?

## Вимір 3: вербування з використанням уразливого становища

identification-hard-family-situation = Чи були ви до від’їзду в дуже складній сімейній або особистій ситуації?
identification-vulnerability-hint = Труднощі — не її провина; ті, хто експлуатує інших, шукають їх і користуються ними.
identification-irregular-status-before = Чи були ви тоді без дійсних документів або дозволу для країни, до якої їхали?
identification-language-or-schooling-barrier = Чи схоже, що вона мало навчалася в школі або не розмовляє мовою країни, куди її привезли?
identification-lacked-information = Коли ви їхали, чи мало ви знали про країну, до якої їдете, або про свої права там?
identification-controlled-before-leaving = Чи хтось уже до від’їзду контролював ваше життя або ваші рішення?
identification-economic-hardship-before = Чи було у вас або вашої родини до від’їзду дуже мало грошей на життя?
identification-false-promises-about-law = Чи казали вам щось про закони чи владу тут, що виявилося неправдою?
identification-emotional-dependency-before = Чи були ви емоційно залежні від людини, яка організувала вашу поїздку?
identification-emotional-dependency-before-hint = Любов або відданість вербувальникові — поширене явище, і через це про нього буває важко говорити.
identification-hardship-earlier-in-life = Чи довелося вам раніше в житті пережити щось дуже тяжке, наприклад насильство чи втрату домівки?
identification-hardship-earlier-in-life-hint = Запитуйте, лише якщо вона готова. Ті, хто експлуатує, використовують пережиті труднощі; це ніколи не робить її відповідальною.
identification-could-not-arrange-journey = Чи було б вам важко поїхати самостійно, без людей, які все організували?
identification-beliefs-used-against-her = Чи використовували ваші переконання або традиції, наприклад клятву чи ритуал, щоб змусити вас погодитися?
identification-beliefs-used-against-her-hint = Клятви й ритуали можуть тримати жінку страхом. Запитуючи, поважайте її переконання.
identification-hard-general-situation = Чи було життя там, де ви жили, загалом дуже важким, наприклад через бідність, конфлікт чи заворушення?

## Вимір 4: умови експлуатації

identification-excessive-hours = Чи доводилося вам працювати дуже багато годин або бути напоготові вдень і вночі?
identification-excessive-hours-hint = Довгі години праці без вихідних — ознака експлуатації, хоч би якою була робота.
identification-little-or-no-pay = Чи платили вам за вашу роботу мало або нічого?
identification-pay-manipulated = Чи забирали у вас гроші у вигляді штрафів, плати за житло або «витрат», на які ви не погоджувалися?
identification-pay-manipulated-hint = Через відрахування жінка може так ніколи й не мати власних грошей.
identification-poor-living-conditions = Чи були умови, в яких ви жили, дуже поганими — наприклад, тіснота, бруд або брак їжі?
identification-dangerous-conditions = Чи були ви в небезпеці під час роботи, наприклад через агресивних клієнтів чи небезпечні місця?
identification-health-unprotected = Чи заважали вам дбати про своє здоров’я, наприклад користуватися презервативами чи звертатися до лікаря?
identification-health-unprotected-hint = Це також вказує на медичні потреби; занотуйте їх для оцінювання потреб.
identification-no-access-to-education = Чи заважали вам вивчати мову або здобувати будь-яку освіту?

## Вимір 5: примус у місці призначення

identification-papers-taken = Чи забрав хтось ваш паспорт або посвідчення особи й залишив у себе?
identification-debt-bondage = Чи був у вас борг, який вас змушували відпрацьовувати і який, здавалося, ніколи не зменшувався?
identification-confined-or-watched = Чи замикали вас, постійно за вами стежили або не дозволяли виходити самій?
identification-confined-or-watched-hint = Контроль може бути й через телефон, камери або інших жінок, яких змушували стежити.
identification-violence-at-destination = Чи застосовував хтось до вас фізичне або сексуальне насильство, поки ви були там?
identification-forced-clients-or-acts = Чи змушували вас приймати клієнтів або робити те, чого ви не хотіли?
identification-forced-clients-or-acts-hint = Неможливість відмовити клієнтам чи відмовитися від певних дій — сильна ознака сексуальної експлуатації. Їй не потрібно розповідати подробиці.
identification-threats-at-destination = Чи погрожував вам хтось заподіяти шкоду, поки ви були там?
identification-forced-into-crime = Чи змушували вас робити щось протизаконне, наприклад перевозити наркотики?
identification-forced-into-crime-hint = Правопорушення, до яких її примусили, закон може розглядати інакше; занотуйте це для юридичної консультації.
identification-controlled-by-others = Чи схоже, що вона перебуває під сильним впливом іншої людини, наприклад дивиться на когось, перш ніж відповісти?
identification-controlled-by-others-hint = Зверніть увагу, чи хтось не відповідає замість неї, не тримає її телефон або не чекає поблизу.
identification-told-what-to-say = Чи казали вам, що говорити поліції, посадовцям або вашій родині?
identification-told-what-to-say-hint = Заздалегідь підготовлена історія може пояснити відповіді, які здаються непослідовними. Це не привід їй не довіряти.
identification-threat-of-authorities = Чи погрожував вам хтось, що повідомить про вас поліції або міграційній службі?
identification-threat-of-worse-conditions = Чи казали вам, що вам буде гірше, якщо ви не будете слухатися?
identification-family-threatened = Чи хтось заподіював шкоду вашій родині або погрожував їй, поки ви були там?
identification-earnings-withheld = Чи хтось залишав собі гроші, які ви заробили?
identification-threat-to-tell-family = Чи погрожував вам хтось, що розповість вашій родині або оточенню про роботу, яку вас змушували виконувати?

## Вимір 6: використання уразливого становища в місці призначення

identification-depends-on-exploiters = Чи залежали ви від людей, які вас контролювали, — у їжі, місці для сну чи чомусь іншому необхідному?
identification-depends-on-exploiters-hint = Через залежність піти може здаватися неможливим, навіть якщо двері не замкнені.
identification-isolated-in-unknown-place = Чи тримали вас у незнайомому місці, де ви не знали, як отримати допомогу?
identification-economic-hardship-now = Чи відчували ви, що не можете піти, бо у вас зовсім не було грошей?
identification-family-situation-used = Чи використовували становище вашої родини, наприклад те, що їй потрібні були гроші, щоб утримувати вас там?
identification-status-used-against-her = Чи використовували те, що у вас не було документів або дозволу, щоб утримувати вас там?
identification-status-used-against-her-hint = Страх депортації — один із найсильніших способів змусити жінку мовчати.
identification-earlier-hardship-used = Чи використовували проти вас щось тяжке з вашого минулого?
identification-personal-situation-used = Чи схоже, що щось у її становищі використали проти неї, наприклад хворобу, інвалідність, вагітність чи вік?
identification-personal-situation-used-hint = Занотовуйте те, що бачите, не роблячи припущень; вона може вас виправити.

## Результат

identification-dimension-deceptive-recruitment = Вербування шляхом обману
identification-dimension-coercive-recruitment = Вербування шляхом примусу
identification-dimension-vulnerability-recruitment = Вербування з використанням уразливого становища
identification-dimension-exploitation = Умови експлуатації
identification-dimension-coercion-destination = Примус у місці призначення
identification-dimension-vulnerability-destination = Використання уразливого становища в місці призначення
identification-dimension-met = Індикатори виявлено
identification-dimension-could-be-met = Можуть бути виявлені, якщо на ще невідомі запитання відповідь буде «так»
identification-dimension-not-met = У відповідях поки не виявлено
identification-strength-strong = Сильний індикатор
identification-strength-medium = Середній індикатор
identification-strength-weak = Слабкий індикатор
identification-outcome-supports-reasonable-grounds = Виявлені індикатори дають обґрунтовані підстави вважати, що вона могла постраждати від торгівлі людьми.
identification-outcome-insufficient-information = Поки що відомо недостатньо: відповіді, яких бракує, можуть змінити цю картину.
identification-outcome-does-not-yet-support = Відповіді поки що не дають обґрунтованих підстав. Нова інформація може будь-коли це змінити.
identification-result-disclaimer = Цей підсумок допомагає вашому професійному судженню. Він не є рішенням про те, чи постраждала вона від торгівлі людьми, і не замінює національної процедури ідентифікації.
identification-unknown-count = { $count ->
    [one] { $count } індикатор ще без відповіді.
    [few] { $count } індикатори ще без відповіді.
    [many] { $count } індикаторів ще без відповіді.
   *[other] { $count } індикаторів ще без відповіді.
}
identification-declined-count = { $count ->
    [one] Вона воліла не відповідати на { $count } запитання.
    [few] Вона воліла не відповідати на { $count } запитання.
    [many] Вона воліла не відповідати на { $count } запитань.
   *[other] Вона воліла не відповідати на { $count } запитань.
}

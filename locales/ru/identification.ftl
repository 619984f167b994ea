## Идентификация: индикаторы торговли людьми с целью сексуальной эксплуатации (оперативные индикаторы ILO/EC (МОТ/ЕК)).
## Вопросы с пометкой «Спросите её» задаются женщине; остальные — собственные наблюдения специалиста.
## Она всегда может сказать, что не знает, или предпочесть не отвечать.

identification-title = Идентификация

## Разделы

identification-context = Её ситуация
identification-deceptive-recruitment = Вербовка: обещания и реальность
identification-coercive-recruitment = Вербовка: принуждение и давление
identification-vulnerability-recruitment = Её положение до отъезда
identification-exploitation = Условия там, где она находилась
identification-coercion-destination = Контроль и давление там, где она находилась
identification-vulnerability-destination = Что её там удерживало

## Её ситуация (не учитывается в оценке)

identification-came-from-abroad = Вы приехали в эту страну из другой страны?
identification-came-from-abroad-hint = Некоторые вопросы важны только после пересечения границы; этот ответ подсказывает приложению, какие из них показывать.
identification-someone-arranged = Кто-то другой организовал вам работу, поездку или место, где вы будете жить?
identification-someone-arranged-hint = Помогает следить за её историей; не учитывается ни в каком выводе.
identification-interpreter-present = Участвует ли в этом разговоре переводчик?

## Измерение 1: вербовка путём обмана

identification-deceived-about-work = Работа, которую вам пришлось выполнять, отличалась от той, о которой вам говорили?
identification-deceived-about-work-hint = Обман о том, какой будет работа, — один из самых явных признаков. Спрашивайте бережно: многие женщины винят себя за то, что поверили предложению.
identification-deceived-about-earnings = Вы заработали намного меньше, чем вам обещали?
identification-deceived-about-conditions = Условия работы сильно отличались от того, что вам говорили?
identification-deceived-about-contract = Договор или соглашение с вами нарушили или изменили после вашего приезда?
identification-deceived-about-contract-hint = Договор мог быть письменным или только устным. Учитывается и то, и другое.
identification-deceived-about-housing = Место, где вы жили, отличалось от того, что вам обещали?
identification-deceived-about-papers = Вам говорили неправду о ваших документах, визе или праве здесь находиться?
identification-deceived-about-papers-hint = Ложные сведения о документах часто заставляют женщину бояться властей.
identification-deceived-about-journey = Вас ввели в заблуждение насчёт поездки, её стоимости или того, сколько вы будете за неё должны?
identification-deceived-about-journey-hint = Скрытые или растущие расходы на дорогу — частый способ создать долг.
identification-false-promise-of-relationship = Чтобы вы приехали, кто-то обещал вам брак, отношения или что перевезёт сюда вашу семью?
identification-false-promise-of-relationship-hint = Иногда вербовщиком оказывается парень или партнёр. Спрашивайте, не осуждая эти отношения.
identification-deceived-about-education = Вам обещали возможность учиться или пройти обучение, которой так и не было?

## Измерение 2: вербовка путём принуждения

identification-violence-at-recruitment = До поездки или в пути кто-нибудь применял к вам физическое или сексуальное насилие?
identification-violence-hint = Она может не захотеть описывать, что произошло. Достаточно ответа «да» или «нет»; подробности могут подождать или не понадобиться вовсе.
identification-threats-at-recruitment = До поездки или в пути кто-нибудь угрожал причинить вам вред?
identification-taken-or-sold = Вас увезли против вашей воли, заставили выйти замуж, продали или передали кому-то?
identification-taken-or-sold-hint = Это тяжёлые формы принуждения. Дайте ей ответить своими словами и в своём темпе.
identification-debt-at-recruitment = Вам сказали, что за поездку или работу вы должны деньги, которые нужно отработать?
identification-debt-hint = Долг, который невозможно выплатить, держит женщину под контролем. Сумма здесь не важна.
identification-papers-taken-at-recruitment = До поездки или в пути кто-нибудь забрал ваш паспорт или удостоверение личности и оставил у себя?
identification-papers-taken-hint = Без документов она не может уехать или подтвердить, кто она.
identification-confined-at-recruitment = До поездки или в пути вас запирали, изолировали от других людей или постоянно следили за вами?
identification-threat-of-authorities-at-recruitment = До отъезда кто-нибудь угрожал сообщить о вас в полицию или миграционную службу?
identification-threat-to-tell-family-at-recruitment = До отъезда кто-нибудь угрожал рассказать что-то о вас вашей семье или окружению?
identification-threat-to-tell-hint = Угрозы опозорить могут действовать так же сильно, как угрозы насилием.
identification-family-threatened-at-recruitment = До отъезда кто-нибудь причинял вред вашей семье или угрожал ей?
identification-money-withheld-at-recruitment = До отъезда кто-нибудь оставлял себе ваши деньги?

## Измерение 3: вербовка с использованием уязвимого положения

identification-hard-family-situation = До отъезда вы были в очень трудной семейной или личной ситуации?
identification-vulnerability-hint = Трудности — не её вина; те, кто эксплуатирует других, ищут их и пользуются ими.
identification-irregular-status-before = Вы тогда были без действительных документов или разрешения для страны, в которую ехали?
identification-language-or-schooling-barrier = Похоже ли, что она мало училась в школе или не говорит на языке страны, куда её привезли?
identification-lacked-information = Когда вы уезжали, вы мало знали о стране, куда едете, или о своих правах там?
identification-controlled-before-leaving = До отъезда кто-то уже контролировал вашу жизнь или ваши решения?
identification-economic-hardship-before = До отъезда у вас или вашей семьи было очень мало денег на жизнь?
identification-false-promises-about-law = Вам говорили что-то о законах или властях здесь, что оказалось неправдой?
identification-emotional-dependency-before = Вы эмоционально зависели от человека, который организовал вашу поездку?
identification-emotional-dependency-before-hint = Любовь или преданность вербовщику — обычное явление, и из-за этого о нём бывает трудно говорить.
identification-hardship-earlier-in-life = Раньше в жизни вам пришлось пережить что-то очень тяжёлое, например насилие или потерю дома?
identification-hardship-earlier-in-life-hint = Спрашивайте, только если она готова. Те, кто эксплуатирует, используют прежние трудности; это никогда не делает её ответственной.
identification-could-not-arrange-journey = Было бы вам трудно поехать самостоятельно, без людей, которые всё организовали?
identification-beliefs-used-against-her = Ваши убеждения или традиции, например клятву или ритуал, использовали, чтобы заставить вас согласиться?
identification-beliefs-used-against-her-hint = Клятвы и ритуалы могут связывать женщину страхом. Задавая вопрос, уважайте её убеждения.
identification-hard-general-situation = Жизнь там, где вы жили, была в целом очень тяжёлой, например из-за бедности, конфликта или беспорядков?

## Измерение 4: условия эксплуатации

identification-excessive-hours = Вам приходилось работать очень много часов или быть наготове днём и ночью?
identification-excessive-hours-hint = Долгие часы работы без выходных — признак эксплуатации, какой бы ни была работа.
identification-little-or-no-pay = Вам платили за вашу работу мало или ничего не платили?
identification-pay-manipulated = У вас забирали деньги в виде штрафов, платы за жильё или «расходов», на которые вы не соглашались?
identification-pay-manipulated-hint = С помощью вычетов можно сделать так, чтобы у женщины никогда не было своих денег.
identification-poor-living-conditions = Условия, в которых вы жили, были очень плохими, например было тесно, грязно или не хватало еды?
identification-dangerous-conditions = Вы были в опасности во время работы, например из-за жестоких клиентов или небезопасных мест?
identification-health-unprotected = Вам не давали заботиться о своём здоровье, например пользоваться презервативами или обращаться к врачу?
identification-health-unprotected-hint = Это также говорит о медицинских потребностях; отметьте их для оценки потребностей.
identification-no-access-to-education = Вам не давали учить язык или получать какое-либо образование?

## Измерение 5: принуждение в месте назначения

identification-papers-taken = Кто-нибудь забрал ваш паспорт или удостоверение личности и оставил у себя?
identification-debt-bondage = У вас был долг, который вас заставляли отрабатывать и который, казалось, никогда не уменьшался?
identification-confined-or-watched = Вас запирали, постоянно следили за вами или не давали выходить одной?
identification-confined-or-watched-hint = Контроль может быть и по телефону, через камеры или через других женщин, которых заставляли следить.
identification-violence-at-destination = Пока вы были там, кто-нибудь применял к вам физическое или сексуальное насилие?
identification-forced-clients-or-acts = Вас заставляли принимать клиентов или делать то, чего вы не хотели?
identification-forced-clients-or-acts-hint = Невозможность отказать клиентам или отказаться от каких-то действий — сильный признак сексуальной эксплуатации. Ей не нужно рассказывать подробности.
identification-threats-at-destination = Пока вы были там, кто-нибудь угрожал причинить вам вред?
identification-forced-into-crime = Вас заставляли делать что-то противозаконное, например перевозить наркотики?
identification-forced-into-crime-hint = Правонарушения, к которым её принудили, закон может рассматривать иначе; отметьте это для юридической консультации.
identification-controlled-by-others = Похоже ли, что она находится под сильным влиянием другого человека, например смотрит на кого-то, прежде чем ответить?
identification-controlled-by-others-hint = Обратите внимание, не отвечает ли кто-то за неё, не держит ли её телефон, не ждёт ли поблизости.
identification-told-what-to-say = Вам говорили, что рассказывать полиции, чиновникам или вашей семье?
identification-told-what-to-say-hint = Заранее подготовленная история может объяснить ответы, которые кажутся несогласованными. Это не повод ей не доверять.
identification-threat-of-authorities = Кто-нибудь угрожал сообщить о вас в полицию или миграционную службу?
identification-threat-of-worse-conditions = Вам говорили, что вам станет хуже, если вы не будете подчиняться?
identification-family-threatened = Пока вы были там, кто-нибудь причинял вред вашей семье или угрожал ей?
identification-earnings-withheld = Кто-нибудь оставлял себе деньги, которые вы заработали?
identification-threat-to-tell-family = Кто-нибудь угрожал рассказать вашей семье или окружению о работе, которую вас заставляли выполнять?

## Измерение 6: использование уязвимого положения в месте назначения

identification-depends-on-exploiters = Вы зависели от тех, кто вас контролировал, — в еде, месте для сна или в чём-то ещё необходимом?
identification-depends-on-exploiters-hint = Из-за зависимости уйти может казаться невозможным, даже если двери не заперты.
identification-isolated-in-unknown-place = Вас держали в незнакомом месте, где вы не знали, как получить помощь?
identification-economic-hardship-now = Вам казалось, что вы не можете уйти, потому что у вас совсем не было денег?
identification-family-situation-used = Положение вашей семьи, например то, что ей нужны были деньги, использовали, чтобы удерживать вас там?
identification-status-used-against-her = То, что у вас не было документов или разрешения, использовали, чтобы удерживать вас там?
identification-status-used-against-her-hint = Страх депортации — один из самых сильных способов заставить женщину молчать.
identification-earlier-hardship-used = Что-то тяжёлое из вашего прошлого использовали против вас?
identification-personal-situation-used = Похоже ли, что что-то в её положении использовали против неё, например болезнь, инвалидность, беременность или возраст?
identification-personal-situation-used-hint = Отмечайте то, что видите, не делая предположений; она может вас поправить.

## Результат

identification-dimension-deceptive-recruitment = Вербовка путём обмана
identification-dimension-coercive-recruitment = Вербовка путём принуждения
identification-dimension-vulnerability-recruitment = Вербовка с использованием уязвимого положения
identification-dimension-exploitation = Условия эксплуатации
identification-dimension-coercion-destination = Принуждение в месте назначения
identification-dimension-vulnerability-destination = Использование уязвимого положения в месте назначения
identification-dimension-met = Индикаторы выявлены
identification-dimension-could-be-met = Могут быть выявлены, если на ещё неизвестные вопросы ответ будет «да»
identification-dimension-not-met = В ответах пока не выявлены
identification-strength-strong = Сильный индикатор
identification-strength-medium = Средний индикатор
identification-strength-weak = Слабый индикатор
identification-outcome-supports-reasonable-grounds = Выявленные индикаторы дают разумные основания полагать, что она могла пострадать от торговли людьми.
identification-outcome-insufficient-information = Пока известно недостаточно: недостающие ответы могут изменить эту картину.
identification-outcome-does-not-yet-support = Ответы пока не дают разумных оснований. Новая информация может изменить это в любой момент.
identification-result-disclaimer = Эта сводка помогает вашему профессиональному суждению. Она не является решением о том, пострадала ли она от торговли людьми, и не заменяет национальную процедуру идентификации.
identification-unknown-count = { $count ->
    [one] { $count } индикатор пока без ответа.
    [few] { $count } индикатора пока без ответа.
    [many] { $count } индикаторов пока без ответа.
   *[other] { $count } индикаторов пока без ответа.
}
identification-declined-count = { $count ->
    [one] Она предпочла не отвечать на { $count } вопрос.
    [few] Она предпочла не отвечать на { $count } вопроса.
    [many] Она предпочла не отвечать на { $count } вопросов.
   *[other] Она предпочла не отвечать на { $count } вопросов.
}

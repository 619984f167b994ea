## Потребности: какая поддержка ей нужна и какую она хочет. По каждому пункту отметьте вместе с ней,
## насколько это срочно и на каком этапе. Решают её желания; от любой поддержки она может отказаться.

needs-title = Потребности и план помощи

## Разделы

needs-about-her = О её ситуации
needs-safety-and-shelter = Безопасность и жильё
needs-health = Здоровье и самочувствие
needs-language-and-rights = Язык, права и правовой статус
needs-money-and-daily-life = Деньги и повседневная жизнь
needs-family = Семья
needs-future = Будущее

## О её ситуации (не входит в план)

needs-came-from-abroad = Вы приехали в эту страну из другой страны?
needs-has-children = У вас есть дети?
needs-has-children-hint = Дети могут быть с ней, дома или на попечении других людей. Их безопасность часто волнует её больше всего.
needs-thinking-of-return = Вы думаете о том, чтобы вернуться на родину?
needs-thinking-of-return-hint = Правильного ответа нет. Вернуться, остаться или пока не знать — всё это нормально.

## Безопасность и жильё

needs-protection-from-exploiters = Вам нужна помощь, чтобы защититься от людей, которые вас эксплуатировали?
needs-protection-from-exploiters-hint = Безопасность прежде всего. Подробнее опасность рассматривается в оценке рисков.
needs-safety-plan = План безопасности, согласованный с ней
needs-safe-phone = Вам нужен безопасный телефон или безопасный способ оставаться на связи?
needs-safe-phone-hint = Телефон, полученный от эксплуататоров, могут отслеживать.
needs-place-tonight = Вам нужно безопасное место, где переночевать сегодня?
needs-longer-term-housing = Вам нужна помощь, чтобы найти жильё на более долгий срок?

## Здоровье и самочувствие

needs-urgent-medical-care = Вам нужно прямо сейчас к врачу или медсестре из-за боли, травмы или болезни?
needs-urgent-medical-care-hint = Экстренная медицинская помощь — её право, каким бы ни был её статус.
needs-sexual-health = Хотели бы вы пройти обследование или получить консультацию о сексуальном здоровье, контрацепции или беременности?
needs-sexual-health-hint = Предложите это как возможность. Нужно ли это и когда — решает она.
needs-ongoing-health-care = Вам нужно постоянное медицинское наблюдение или лекарства?
needs-someone-to-talk-to = Хотели бы вы с кем-нибудь поговорить о том, что вы чувствуете?
needs-someone-to-talk-to-hint = Многие женщины чувствуют оцепенение, тревогу или не могут спать. Это нормальная реакция на то, что произошло.
needs-trauma-support = Хотели бы вы получать длительную поддержку психотерапевта?
needs-substance-use-support = Хотели бы вы получить поддержку в связи с алкоголем, наркотиками или лекарствами?
needs-substance-use-support-hint = Иногда женщин принуждают к употреблению веществ, чтобы их контролировать. Спрашивайте без осуждения.

## Язык, права и правовой статус

needs-interpreter = Вам нужен переводчик? Хотели бы вы, чтобы это была женщина?
needs-interpreter-hint = Убедитесь, что переводчик никак не связан с её общиной или с эксплуататорами.
needs-information-on-rights = Хотели бы вы получить информацию о ваших правах и возможностях?
needs-information-on-rights-hint = В том числе о её праве на поддержку независимо от того, обращается ли она в полицию.
needs-support-in-proceedings = Если вы будете участвовать в уголовном деле или судебном процессе, хотели бы вы, чтобы у вас был адвокат или кто-то рядом?
needs-support-in-proceedings-hint = Поддержка не зависит от того, согласится ли она быть свидетелем.
needs-reflection-period = Хотели бы вы узнать о периоде для восстановления и размышления?
needs-reflection-period-hint = Не менее 30 дней, чтобы отдохнуть и принять решение без давления. Срок зависит от страны; уточните действующее правило.
needs-residence-permit = Вам нужна помощь с разрешением на пребывание?
needs-identity-papers = Вам нужна помощь, чтобы вернуть или восстановить паспорт или удостоверение личности?
needs-identity-papers-hint = Документы могли забрать или уничтожить эксплуататоры.

## Деньги и повседневная жизнь

needs-money-for-now = Вам сейчас нужны деньги на повседневные нужды?
needs-compensation = Хотели бы вы узнать, можете ли вы потребовать компенсацию или невыплаченный заработок?
needs-compensation-hint = В зависимости от страны компенсацию может выплатить преступник или государственный фонд.
needs-debts = У вас есть долги, с которыми вам нужна помощь?
needs-debts-hint = В том числе долги, которые, по словам эксплуататоров, она им должна. Часто они незаконны.
needs-everyday-essentials = Вам нужны одежда, еда, средства гигиены или другие необходимые вещи?
needs-contact-person = Хотели бы вы, чтобы один человек помогал вам разобраться во всей поддержке, которую вы получаете?
needs-contact-person-hint = С одним контактным человеком ей не придётся снова и снова пересказывать свою историю.
needs-self-care = Хотели бы вы помощи в повседневных делах, например с отдыхом, распорядком дня и заботой о себе?
needs-support-person = Хотели бы вы, чтобы у вас был человек поддержки, который может ходить с вами и быть на вашей стороне?
needs-support-person-hint = Человек поддержки — только на её стороне; это не полиция и не представитель власти.
needs-help-with-authorities = Вам нужна помощь в общении с государственными органами или в заполнении документов?

## Семья

needs-care-for-children = Вашим детям нужен уход или поддержка?
needs-family-support = Хотели бы вы или ваша семья получить поддержку или совет, например о связи друг с другом или о безопасности?
needs-family-support-hint = Семья может быть опорой, но может быть и причастна к тому, что произошло. Пусть она решает сама.

## Будущее

needs-language-learning = Хотели бы вы учить здешний язык?
needs-training-or-education = Хотели бы вы пройти обучение или получить образование?
needs-finding-work = Хотели бы вы помощи в поиске работы?
needs-settling-here = Хотели бы вы помощи, чтобы обустроиться здесь, если решите остаться?
needs-settling-here-hint = Поддержка в интеграции предназначена для женщин, которые решили остаться.
needs-safe-return = Хотели бы вы помощи в планировании безопасного возвращения?
needs-safe-return-hint = Возвращение должно быть её собственным желанием и планироваться вместе со службой в её стране. Условия проверяются в оценке рисков.
needs-reintegration = Хотели бы вы после возвращения получить поддержку, чтобы начать жизнь заново дома?

## Сферы помощи

needs-domain-safety = Безопасность и защита
needs-domain-shelter = Приют и жильё
needs-domain-medical = Медицинская помощь
needs-domain-psychological = Психологическая поддержка
needs-domain-interpretation = Услуги переводчика
needs-domain-legal-advice = Юридическая консультация
needs-domain-residence = Статус пребывания и период для размышления
needs-domain-financial = Финансовая помощь и компенсация
needs-domain-social-support = Социальная поддержка
needs-domain-support-person = Человек поддержки
needs-domain-authorities = Помощь в общении с органами власти
needs-domain-family = Семья
needs-domain-substance-use = Помощь при употреблении психоактивных веществ
needs-domain-training-work = Обучение и работа
needs-domain-integration = Интеграция
needs-domain-return = Добровольное возвращение и реинтеграция

## Виды служб, куда можно направить

needs-service-police-protection = Защита полиции
needs-service-safety-planning = Планирование безопасности
needs-service-secure-shelter = Защищённый приют
needs-service-confidential-flat = Квартира с закрытым адресом
needs-service-supported-housing = Жильё с сопровождением
needs-service-emergency-medical-care = Экстренная медицинская помощь
needs-service-general-health-care = Общая медицинская помощь
needs-service-sexual-reproductive-health = Помощь в области сексуального и репродуктивного здоровья
needs-service-crisis-counselling = Кризисное консультирование
needs-service-trauma-therapy = Терапия травмы
needs-service-legal-counselling = Юридическое консультирование
needs-service-victim-lawyer = Адвокат для пострадавших от преступлений
needs-service-migration-counselling = Консультирование по вопросам миграции и пребывания
needs-service-case-worker = Куратор случая
needs-service-peer-support = Поддержка по принципу «равный — равному»
needs-service-self-care-training = Поддержка в заботе о себе и в повседневной жизни
needs-service-financial-aid = Материальная помощь
needs-service-compensation-claim = Помощь с требованием компенсации
needs-service-debt-counselling = Консультирование по долгам
needs-service-interpreter = Переводчик
needs-service-support-person = Человек поддержки
needs-service-accompaniment = Сопровождение в органы власти
needs-service-family-counselling = Семейное консультирование
needs-service-childcare = Уход за детьми и поддержка детей
needs-service-addiction-care = Помощь при употреблении психоактивных веществ
needs-service-language-course = Языковые курсы
needs-service-vocational-training = Профессиональное обучение
needs-service-job-placement = Помощь в поиске работы
needs-service-integration-programme = Программа интеграции
needs-service-return-programme = Программа добровольного возвращения
needs-service-receiving-organisation = Принимающая организация в стране возвращения

## Срочность и статус

needs-urgency-immediate = Немедленно (в течение 1–3 дней)
needs-urgency-short-term = В ближайшее время
needs-urgency-long-term = В долгосрочной перспективе
needs-urgency-none = Сейчас не нужно
needs-status-identified = Выявлена
needs-status-referred = Направлена
needs-status-in-progress = В работе
needs-status-met = Удовлетворена
needs-status-declined-by-her = Сейчас она этого не хочет
needs-status-not-applicable = Не относится

## Результат

needs-care-plan = План помощи
needs-referrals = Ещё нужно направить
needs-open-needs = Ещё не обсуждали
needs-service-types = Куда направить
needs-result-disclaimer = В этом плане записано то, о чём вы договорились с ней. Пересматривайте его вместе с ней при каждой встрече: её желания могут измениться.

## Потреби: яка підтримка їй потрібна і якої вона хоче. Для кожного пункту позначте разом із нею,
## наскільки це терміново і на якому етапі. Вирішальні — її бажання; від будь-якої підтримки вона може відмовитися.

needs-title = Потреби та план допомоги

## Розділи

needs-about-her = Про її становище
needs-safety-and-shelter = Безпека та житло
needs-health = Здоров’я та самопочуття
needs-language-and-rights = Мова, права та правовий статус
needs-money-and-daily-life = Гроші та повсякденне життя
needs-family = Родина
needs-future = Майбутнє

## Про її становище (не входить до плану)

needs-came-from-abroad = Ви приїхали до цієї країни з іншої країни?
needs-has-children = Чи є у вас діти?
needs-has-children-hint = Діти можуть бути з нею, вдома або під опікою інших людей. Їхня безпека часто турбує її найбільше.
needs-thinking-of-return = Чи думаєте ви про повернення на батьківщину?
needs-thinking-of-return-hint = Правильної відповіді немає. Повернутися, залишитися чи ще не знати — усе це нормально.

## Безпека та житло

needs-protection-from-exploiters = Чи потрібна вам допомога, щоб захиститися від людей, які вас експлуатували?
needs-protection-from-exploiters-hint = Безпека — насамперед. Докладніше небезпеку розглядають під час оцінювання ризиків.
needs-safety-plan = План безпеки, погоджений із нею
needs-safe-phone = Чи потрібен вам безпечний телефон або безпечний спосіб підтримувати зв’язок?
needs-safe-phone-hint = Телефон, отриманий від експлуататорів, можуть відстежувати.
needs-place-tonight = Чи потрібне вам безпечне місце, щоб переночувати сьогодні?
needs-longer-term-housing = Чи потрібна вам допомога, щоб знайти житло на довший час?

## Здоров’я та самопочуття

needs-urgent-medical-care = Чи потрібно вам зараз до лікаря чи медсестри через біль, травму або хворобу?
needs-urgent-medical-care-hint = Екстрена медична допомога — її право, незалежно від її статусу.
needs-sexual-health = Чи хотіли б ви пройти обстеження або отримати консультацію щодо сексуального здоров’я, контрацепції чи вагітності?
needs-sexual-health-hint = Запропонуйте це як можливість. Чи потрібно це і коли — вирішує вона.
needs-ongoing-health-care = Чи потрібні вам постійна медична допомога або ліки?
needs-someone-to-talk-to = Чи хотіли б ви з кимось поговорити про те, що ви відчуваєте?
needs-someone-to-talk-to-hint = Багато жінок відчувають заціпеніння, тривогу або не можуть спати. Це нормальна реакція на те, що сталося.
needs-trauma-support = Чи хотіли б ви тривалої підтримки психотерапевта?
needs-substance-use-support = Чи хотіли б ви отримати підтримку у зв’язку з алкоголем, наркотиками або ліками?
needs-substance-use-support-hint = Іноді жінок примушують уживати речовини, щоб їх контролювати. Запитуйте без осуду.

## Мова, права та правовий статус

needs-interpreter = Чи потрібен вам перекладач і чи хотіли б ви, щоб це була жінка?
needs-interpreter-hint = Переконайтеся, що перекладач не пов’язаний з її громадою чи з експлуататорами.
needs-information-on-rights = Чи хотіли б ви отримати інформацію про свої права та можливості?
needs-information-on-rights-hint = Зокрема про її право на підтримку незалежно від того, чи звертається вона до поліції.
needs-support-in-proceedings = Якщо ви братимете участь у кримінальній справі чи судовому процесі, чи хотіли б ви мати адвоката або когось поруч?
needs-support-in-proceedings-hint = Підтримка не залежить від того, чи погодиться вона бути свідком.
needs-reflection-period = Чи хотіли б ви дізнатися про період для відновлення та роздумів?
needs-reflection-period-hint = Щонайменше 30 днів, щоб відпочити й ухвалити рішення без тиску. Тривалість залежить від країни; перевірте чинні правила.
needs-residence-permit = Чи потрібна вам допомога з дозволом на перебування?
needs-identity-papers = Чи потрібна вам допомога, щоб повернути або відновити паспорт чи посвідчення особи?
needs-identity-papers-hint = Документи могли забрати або знищити експлуататори.

## Гроші та повсякденне життя

needs-money-for-now = Чи потрібні вам зараз гроші на щоденні потреби?
needs-compensation = Чи хотіли б ви дізнатися, чи можете ви вимагати компенсацію або невиплачений заробіток?
needs-compensation-hint = Залежно від країни компенсацію може виплатити кривдник або державний фонд.
needs-debts = Чи є у вас борги, з якими вам потрібна допомога?
needs-debts-hint = Зокрема борги, які, за словами експлуататорів, вона їм винна. Часто вони незаконні.
needs-everyday-essentials = Чи потрібні вам одяг, їжа, засоби гігієни або інші речі на щодень?
needs-contact-person = Чи хотіли б ви, щоб одна людина допомагала вам орієнтуватися в усій підтримці, яку ви отримуєте?
needs-contact-person-hint = З однією контактною особою їй не доведеться знову й знову переповідати свою історію.
needs-self-care = Чи хотіли б ви допомоги в повсякденних справах, наприклад з відпочинком, розпорядком дня і турботою про себе?
needs-support-person = Чи хотіли б ви мати особу підтримки, яка може ходити з вами та бути на вашому боці?
needs-support-person-hint = Особа підтримки — тільки на її боці; це не поліція і не представник влади.
needs-help-with-authorities = Чи потрібна вам допомога у спілкуванні з органами влади або в заповненні документів?

## Родина

needs-care-for-children = Чи потрібні вашим дітям догляд або підтримка?
needs-family-support = Чи хотіли б ви або ваша родина отримати підтримку чи пораду, наприклад щодо зв’язку між вами або безпеки?
needs-family-support-hint = Родина може бути опорою, але може бути й причетна до того, що сталося. Нехай вона вирішує сама.

## Майбутнє

needs-language-learning = Чи хотіли б ви вивчати тутешню мову?
needs-training-or-education = Чи хотіли б ви пройти навчання або здобути освіту?
needs-finding-work = Чи хотіли б ви допомоги в пошуку роботи?
needs-settling-here = Чи хотіли б ви допомоги, щоб облаштуватися тут, якщо вирішите залишитися?
needs-settling-here-hint = Підтримка в інтеграції призначена для жінок, які вирішили залишитися.
needs-safe-return = Чи хотіли б ви допомоги в плануванні безпечного повернення?
needs-safe-return-hint = Повернення має бути її власним бажанням і плануватися разом зі службою в її країні. Умови перевіряють під час оцінювання ризиків.
needs-reintegration = Чи хотіли б ви після повернення отримати підтримку, щоб почати все заново вдома?

## Сфери допомоги

needs-domain-safety = Безпека та захист
needs-domain-shelter = Притулок і житло
needs-domain-medical = Медична допомога
needs-domain-psychological = Психологічна підтримка
needs-domain-interpretation = Послуги перекладача
needs-domain-legal-advice = Юридична консультація
needs-domain-residence = Статус перебування та період для роздумів
needs-domain-financial = Фінансова допомога та компенсація
needs-domain-social-support = Соціальна підтримка
needs-domain-support-person = Особа підтримки
needs-domain-authorities = Допомога у справах з органами влади
needs-domain-family = Родина
needs-domain-substance-use = Допомога у зв’язку з уживанням психоактивних речовин
needs-domain-training-work = Навчання та робота
needs-domain-integration = Інтеграція
needs-domain-return = Добровільне повернення та реінтеграція

## Види служб, до яких можна перенаправити

needs-service-police-protection = Захист поліції
needs-service-safety-planning = Планування безпеки
needs-service-secure-shelter = Захищений притулок
needs-service-confidential-flat = Квартира з конфіденційною адресою
needs-service-supported-housing = Житло із супроводом
needs-service-emergency-medical-care = Екстрена медична допомога
needs-service-general-health-care = Загальна медична допомога
needs-service-sexual-reproductive-health = Допомога у сфері сексуального та репродуктивного здоров’я
needs-service-crisis-counselling = Кризове консультування
needs-service-trauma-therapy = Терапія травми
needs-service-legal-counselling = Юридичне консультування
needs-service-victim-lawyer = Адвокат для постраждалих від злочинів
needs-service-migration-counselling = Консультування з питань міграції та перебування
needs-service-case-worker = Фахівець із ведення випадку
needs-service-peer-support = Підтримка за принципом «рівний — рівному»
needs-service-self-care-training = Підтримка в турботі про себе та в повсякденному житті
needs-service-financial-aid = Матеріальна допомога
needs-service-compensation-claim = Допомога з вимогою про компенсацію
needs-service-debt-counselling = Консультування щодо боргів
needs-service-interpreter = Перекладач
needs-service-support-person = Особа підтримки
needs-service-accompaniment = Супровід до органів влади
needs-service-family-counselling = Сімейне консультування
needs-service-childcare = Догляд за дітьми та підтримка дітей
needs-service-addiction-care = Допомога у зв’язку з уживанням психоактивних речовин
needs-service-language-course = Мовні курси
needs-service-vocational-training = Професійне навчання
needs-service-job-placement = Допомога в пошуку роботи
needs-service-integration-programme = Програма інтеграції
needs-service-return-programme = Програма добровільного повернення
needs-service-receiving-organisation = Організація, яка приймає її в країні повернення

## Терміновість і статус

needs-urgency-immediate = Негайно (протягом 1–3 днів)
needs-urgency-short-term = Найближчим часом
needs-urgency-long-term = У довгостроковій перспективі
needs-urgency-none = Зараз не потрібно
needs-status-identified = Виявлено
needs-status-referred = Перенаправлено
needs-status-in-progress = У роботі
needs-status-met = Задоволено
needs-status-declined-by-her = Зараз вона цього не хоче
needs-status-not-applicable = Не стосується

## Результат

needs-care-plan = План допомоги
needs-referrals = Ще треба перенаправити
needs-open-needs = Ще не обговорювали
needs-service-types = Куди перенаправити
needs-result-disclaimer = У цьому плані записано те, про що ви домовилися з нею. Переглядайте його разом із нею під час кожної зустрічі: її бажання можуть змінитися.

## Екрани самого застосунку. Тексти інструментів містяться в identification.ftl, needs.ftl,
## risk.ftl; тексти, спільні для всіх інструментів, — у common.ftl.

app-name = Trygg
app-tagline = Оцінювання, які залишаються на цьому пристрої

## Швидкий вихід: одразу приховує застосунок.
quick-exit = Швидкий вихід
quick-exit-hint = Одразу приховує Trygg. Також можна двічі натиснути Esc.

## Дії, що трапляються на багатьох екранах
action-back = Назад
action-next = Далі
action-cancel = Скасувати
action-back-to-cases = До списку випадків

## Головний екран
home-title = Випадки на цьому пристрої
home-empty-title = На цьому пристрої ще немає випадків
home-empty-body = Випадок містить оцінювання, які ви проводите з однією жінкою. Його позначено кодом, а не її ім’ям, і він ніколи не залишає цього пристрою, якщо тільки ви не експортуєте його в зашифрованому вигляді.
home-new-case = Відкрити новий випадок
home-search-label = Знайти випадок за кодом
home-search-none = На цьому пристрої немає випадку з таким кодом.
home-case-updated = Остання зміна: { $date }
home-case-no-assessments = Оцінювань ще немає
home-case-assessment = { $name }: { $stage }, відповідей: { $answered } з { $total }

## На якому етапі оцінювання
stage-not-started = не розпочато
stage-in-progress = триває
stage-complete = завершено

## Новий випадок і згода
new-case-title = Новий випадок
new-case-code-label = Код випадку
new-case-code-hint = Код замінює її ім’я. Якщо вам знадобиться знову знайти цей випадок, зберігайте код у безпечному місці окремо від цього пристрою. Код можна змінити.
new-case-code-invalid = Код випадку складається з шести латинських літер і цифр, наприклад K7M-4QX (без 0, O, 1, I, L, U та V).
new-case-code-taken = Інший випадок на цьому пристрої вже має такий код.
new-case-role-label = Ваша роль
new-case-role-hint = Згоду записують із зазначенням вашої ролі, але ніколи — вашого імені.
new-case-create = Створити випадок
role-outreach-worker = Аутріч-працівник
role-case-manager = Фахівець із ведення випадку
role-shelter-worker = Працівник притулку
role-other-professional = Інший фахівець

consent-record-legend = Чи можна записувати відповіді на цьому пристрої?
consent-record-explain = Перш ніж щось зберігати, розкажіть їй своїми словами, що буде записано, що все зберігається на цьому пристрої в зашифрованому вигляді, що вона може зупинитися будь-коли й пропустити будь-яке запитання. Потім запитайте її.
consent-record-yes = Так, вона згодна, щоб відповіді записували
consent-record-no = Ні, вона не згодна
consent-record-needed = Будь ласка, позначте її відповідь: без її згоди нічого не зберігається.
consent-share-legend = Чи можна передавати результати вашій організації в зашифрованому вигляді?
consent-share-explain = Про це можна запитати й пізніше, перш ніж щось буде передано. Її відповідь тут ніяк не впливає на допомогу, яку вона може отримати.
consent-share-yes = Так, вона згодна, щоб результати передавали в зашифрованому вигляді
consent-share-no = Ні, поки що ні
consent-declined-title = Нічого не записано
consent-declined-body = Її рішення поважають: випадок не створено, і на цьому пристрої нічого про неї не зберігається. Ви все одно можете допомогти їй, нічого не записуючи:
consent-declined-step-listen = Вислухайте її та розкажіть про її права й підтримку, яку вона може отримати, незалежно від того, чи звертатиметься вона до поліції.
consent-declined-step-contacts = Якщо вона хоче, дайте їй контакти служб підтримки та безпечного місця, де можна зупинитися.
consent-declined-step-later = Скажіть їй, що вона може повернутися до цього будь-коли, якщо передумає.
consent-declined-change = Вона передумала

consent-record-short = Запис на цьому пристрої
consent-share-short = Передавання результатів
consent-not-asked = Ще не запитували
consent-given = Згоду надано: { $date }
consent-declined = Згоди не надано: { $date }
consent-withdrawn = Згоду відкликано: { $date }

## Випадок
case-title = Випадок { $code }
case-created = Створено
case-assessments = Оцінювання
case-assessment-started = розпочато: { $date }
case-assessment-progress = { $stage }, відповідей: { $answered } з { $total }
case-continue = Продовжити
case-review-answers = Переглянути відповіді
case-see-result = Переглянути результат
case-start-heading = Почати нове оцінювання
case-start-assessment = { $instrument }
case-more = Звіт і випадок
case-report = Звіт для друку
case-delete = Видалити цей випадок
case-delete-confirm-title = Видалити цей випадок?
case-delete-confirm-body = Випадок { $code } і всі його оцінювання буде видалено з цього пристрою. Цю дію не можна скасувати.
case-delete-confirm = Так, видалити випадок
case-delete-keep = Ні, залишити
case-missing-title = Цього випадку немає на цьому пристрої
case-missing-body = Можливо, його видалили. Більше нічого не змінилося.

## Розмова
assessment-back-to-case = Випадок { $code }
assessment-back-to-case-short = Назад до випадку
assessment-section-of = Частина { $current } з { $total }
assessment-answered-of = Запитань із відповіддю: { $answered } з { $total }
assessment-section-count = ({ $answered }/{ $total })
assessment-overview = Усі частини цього оцінювання
assessment-see-result = Переглянути результат
question-hint-toggle = Навіщо це запитання?
question-clear = Стерти відповідь
question-note-toggle = Примітка
question-note-label = Ваша примітка до цього запитання
need-urgency-label = Наскільки терміново їй це потрібно?
need-status-label = На якому етапі
need-service-label = Служба або організація (необов’язково)

## Результати
result-title = Результат: { $instrument }
result-back-to-case = Назад до випадку
result-review-answers = Переглянути відповіді
result-unavailable = Цей результат неможливо показати. Відповіді збережено без змін.
result-by-dimension = Що показують відповіді — частина за частиною
result-indicators-seen = Виявлено
result-indicators-unknown = Поки невідомо
result-note = Ваша примітка: { $note }
result-needs-count = { $count ->
    [0] Потреб ще не записано.
    [one] { $count } потреба в плані допомоги.
    [few] { $count } потреби в плані допомоги.
    [many] { $count } потреб у плані допомоги.
   *[other] { $count } потреб у плані допомоги.
}
result-needs-none = Потреб ще не записано.
result-need-service = Служба: { $service }
result-none = Немає.
result-risk-reasons = На чому ґрунтується рівень
result-points = { $points ->
    [one] { $points } бал
    [few] { $points } бали
    [many] { $points } балів
   *[other] { $points } балів
}
result-raise-toggle = Підвищити рівень на підставі професійного судження
result-raise-level = Новий рівень
result-raise-reason = Чому (обов’язково)
result-raise-reason-needed = Будь ласка, напишіть, чому ви підвищуєте рівень.
result-raise-save = Підвищити рівень
result-return = Повернення на батьківщину або переїзд до іншої країни

## Звіт для друку
report-title = Звіт щодо випадку { $code }
report-print = Надрукувати
report-printed = Надруковано: { $date }
report-assessment-dates = Розпочато: { $started }; остання зміна: { $updated }
report-answers = Усі відповіді
report-confidential = Конфіденційно. Цей звіт містить чутливі персональні дані: зберігайте його під замком, показуйте лише тим, кому він потрібен, щоб їй допомогти, і знищте, коли він більше не знадобиться.

## Повідомлення про помилки для користувача
error-app-start = Не вдалося запустити Trygg у цьому браузері. Ваші збережені дані не змінено. Спробуйте перезавантажити сторінку.

## Экраны самого приложения. Тексты инструментов находятся в identification.ftl, needs.ftl,
## risk.ftl; общие для всех инструментов тексты — в common.ftl.

app-name = Trygg
app-tagline = Оценки, которые остаются на этом устройстве

## Быстрый выход: сразу скрывает приложение.
quick-exit = Быстрый выход
quick-exit-hint = Сразу скрывает Trygg. Можно также дважды нажать Esc.

## Действия, которые встречаются на многих экранах
action-back = Назад
action-next = Далее
action-cancel = Отмена
action-back-to-cases = К списку случаев

## Главный экран
home-title = Случаи на этом устройстве
home-empty-title = На этом устройстве пока нет случаев
home-empty-body = В случае хранятся оценки, которые вы проводите с одной женщиной. Он обозначен кодом, а не её именем, и никогда не покидает это устройство, если только вы не экспортируете его в зашифрованном виде.
home-new-case = Открыть новый случай
home-search-label = Найти случай по коду
home-search-none = На этом устройстве нет случая с таким кодом.
home-case-updated = Последнее изменение: { $date }
home-case-no-assessments = Оценок пока нет
home-case-assessment = { $name }: { $stage }, ответов: { $answered } из { $total }

## На каком этапе оценка
stage-not-started = не начато
stage-in-progress = в процессе
stage-complete = завершено

## Новый случай и согласие
new-case-title = Новый случай
new-case-code-label = Код случая
new-case-code-hint = Код заменяет её имя. Если вам понадобится снова найти этот случай, храните код в надёжном месте отдельно от этого устройства. Код можно изменить.
new-case-code-invalid = Код случая состоит из шести латинских букв и цифр, например K7M-4QX (без 0, O, 1, I, L, U и V).
new-case-code-taken = У другого случая на этом устройстве уже есть такой код.
new-case-role-label = Ваша роль
new-case-role-hint = Согласие записывается с указанием вашей роли, но никогда — вашего имени.
new-case-create = Создать случай
role-outreach-worker = Аутрич-работник
role-case-manager = Специалист по ведению случая
role-shelter-worker = Сотрудник приюта
role-other-professional = Другой специалист

consent-record-legend = Можно ли записывать ответы на этом устройстве?
consent-record-explain = Прежде чем что-либо сохранять, расскажите ей своими словами, что будет записано, что всё хранится на этом устройстве в зашифрованном виде, что она может остановиться в любой момент и пропустить любой вопрос. Затем спросите её.
consent-record-yes = Да, она согласна, чтобы ответы записывались
consent-record-no = Нет, она не согласна
consent-record-needed = Отметьте, пожалуйста, её ответ: без её согласия ничего не сохраняется.
consent-share-legend = Можно ли передавать результаты вашей организации в зашифрованном виде?
consent-share-explain = Об этом можно спросить и позже, до того как что-либо будет передано. Её ответ здесь никак не влияет на помощь, которую она может получить.
consent-share-yes = Да, она согласна, чтобы результаты передавались в зашифрованном виде
consent-share-no = Нет, пока нет
consent-declined-title = Ничего не записано
consent-declined-body = Её решение уважается: случай не создан, и на этом устройстве ничего о ней не хранится. Вы всё равно можете помочь ей, ничего не записывая:
consent-declined-step-listen = Выслушайте её и расскажите о её правах и о поддержке, которую она может получить, независимо от того, будет ли она обращаться в полицию.
consent-declined-step-contacts = Если она хочет, дайте ей контакты служб поддержки и безопасного места, где можно остановиться.
consent-declined-step-later = Скажите ей, что она может вернуться к этому в любое время, если передумает.
consent-declined-change = Она передумала

consent-record-short = Запись на этом устройстве
consent-share-short = Передача результатов
consent-not-asked = Ещё не спрашивали
consent-given = Согласие дано: { $date }
consent-declined = Согласие не дано: { $date }
consent-withdrawn = Согласие отозвано: { $date }

## Случай
case-title = Случай { $code }
case-created = Создан
case-assessments = Оценки
case-assessment-started = начато: { $date }
case-assessment-progress = { $stage }, ответов: { $answered } из { $total }
case-continue = Продолжить
case-review-answers = Просмотреть ответы
case-see-result = Посмотреть результат
case-start-heading = Начать новую оценку
case-start-assessment = { $instrument }
case-more = Отчёт и случай
case-report = Отчёт для печати
case-delete = Удалить этот случай
case-delete-confirm-title = Удалить этот случай?
case-delete-confirm-body = Случай { $code } и все его оценки будут удалены с этого устройства. Это действие нельзя отменить.
case-delete-confirm = Да, удалить случай
case-delete-keep = Нет, оставить
case-missing-title = Этого случая нет на этом устройстве
case-missing-body = Возможно, он был удалён. Больше ничего не изменилось.

## Беседа
assessment-back-to-case = Случай { $code }
assessment-back-to-case-short = Назад к случаю
assessment-section-of = Часть { $current } из { $total }
assessment-answered-of = Вопросов с ответом: { $answered } из { $total }
assessment-section-count = ({ $answered }/{ $total })
assessment-overview = Все части этой оценки
assessment-see-result = Посмотреть результат
question-hint-toggle = Зачем этот вопрос?
question-clear = Стереть ответ
question-note-toggle = Заметка
question-note-label = Ваша заметка к этому вопросу
need-urgency-label = Насколько срочно ей это нужно?
need-status-label = На каком этапе
need-service-label = Служба или организация (необязательно)

## Результаты
result-title = Результат: { $instrument }
result-back-to-case = Назад к случаю
result-review-answers = Просмотреть ответы
result-unavailable = Этот результат невозможно показать. Ответы сохранены без изменений.
result-by-dimension = Что показывают ответы, по частям
result-indicators-seen = Выявлены
result-indicators-unknown = Пока неизвестно
result-note = Ваша заметка: { $note }
result-needs-count = { $count ->
    [0] Потребности пока не записаны.
    [one] { $count } потребность в плане помощи.
    [few] { $count } потребности в плане помощи.
    [many] { $count } потребностей в плане помощи.
   *[other] { $count } потребностей в плане помощи.
}
result-needs-none = Потребности пока не записаны.
result-need-service = Служба: { $service }
result-none = Нет.
result-risk-reasons = На чём основан уровень
result-points = { $points ->
    [one] { $points } балл
    [few] { $points } балла
    [many] { $points } баллов
   *[other] { $points } баллов
}
result-raise-toggle = Повысить уровень на основании профессионального суждения
result-raise-level = Новый уровень
result-raise-reason = Причина (обязательно)
result-raise-reason-needed = Напишите, пожалуйста, почему вы повышаете уровень.
result-raise-save = Повысить уровень
result-return = Возвращение на родину или переезд в другую страну

## Отчёт для печати
report-title = Отчёт по случаю { $code }
report-print = Распечатать
report-printed = Напечатано: { $date }
report-assessment-dates = Начато: { $started }; последнее изменение: { $updated }
report-answers = Все ответы
report-confidential = Конфиденциально. В этом отчёте содержатся чувствительные персональные данные: храните его под замком, показывайте только тем, кому он нужен, чтобы ей помочь, и уничтожьте, когда он больше не понадобится.

## Сообщения об ошибках для пользователя
error-app-start = Не удалось запустить Trygg в этом браузере. Ваши сохранённые данные не изменились. Попробуйте перезагрузить страницу.

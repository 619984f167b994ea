## Общие для всех трёх инструментов: варианты ответа, состояния ответа, кто отвечает.

choice-yes = Да
choice-no = Нет
answer-not-asked = Ещё не спрашивали
answer-dont-know = Не знаю
answer-declined = Предпочитает не отвечать
answer-declined-self = Предпочитаю не отвечать
answer-not-relevant = Не относится
answer-answered = Есть ответ
answer-invalid = Ответ нужно проверить
asked-interview = Спросите её
asked-observation = Ваше наблюдение

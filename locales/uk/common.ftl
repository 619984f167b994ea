## Спільне для всіх трьох інструментів: варіанти відповіді, стани відповіді, хто відповідає.

choice-yes = Так
choice-no = Ні
answer-not-asked = Ще не запитували
answer-dont-know = Не знаю
answer-declined = Воліє не відповідати
answer-declined-self = Волію не відповідати
answer-not-relevant = Не стосується
answer-answered = Є відповідь
answer-invalid = Відповідь треба перевірити
asked-interview = Запитайте її
asked-observation = Ваше спостереження

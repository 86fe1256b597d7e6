# Canton Guide — the help directory (GET /v1/help, offline bundle): categories, and the
# name and note of each entry of seeds/policies/help-*.yaml by its key.

help-category-emergency = Экстренные службы
help-category-hotline = Горячие линии
help-category-consulate = Консульства
help-category-hospital = Больницы и клиники
help-police-name = Полиция
help-police-note = Преступление, опасность или любая экстренная ситуация. Бесплатно с любого телефона.
help-fire-name = Пожарные и спасатели
help-fire-note = Пожар, утечка газа, люди в ловушке.
help-ambulance-name = Скорая помощь
help-ambulance-note = Тяжёлая болезнь или травма. Поездка на скорой платная.
help-traffic-police-name = Дорожная полиция
help-traffic-police-note = Дорожные происшествия.
help-hotline-12345-name = Горячая линия госуслуг Гуанчжоу
help-hotline-12345-note = Вопросы и жалобы о городских службах (не экстренные).
help-multilingual-960169-name = Многоязычная горячая линия Гуанчжоу
help-multilingual-960169-note = Перевод в трёхстороннем звонке с городскими службами, 12345, 110, 119 или 120: английский круглосуточно, японский и корейский 9:00–21:00.
help-health-12320-name = Горячая линия здравоохранения Гуанчжоу
help-health-12320-note = Вопросы о здоровье и запись в больницу.
help-consulate-us-name = Генеральное консульство США в Гуанчжоу
help-consulate-us-note = Помощь гражданам США: утеря паспорта, арест, экстренные случаи.
help-consulate-es-name = Генеральное консульство Испании в Гуанчжоу
help-consulate-es-note = Помощь гражданам Испании: утеря паспорта, арест, экстренные случаи.
help-consulate-kw-name = Генеральное консульство Кувейта в Гуанчжоу
help-consulate-kw-note = Помощь гражданам Кувейта: утеря паспорта, арест, экстренные случаи.

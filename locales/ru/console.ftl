# Canton Guide — веб-консоль для продавцов и сотрудников туризма. Ошибки полей формы берутся из сообщений API в main.ftl.

## Рамка каждой страницы

console-brand = Консоль Canton Guide
console-skip-to-content = Перейти к основному содержанию
console-nav-label = Консоль
console-nav-sign-in = Вход
console-nav-sign-up = Создать аккаунт продавца
console-nav-listings = Мои объявления
console-nav-staff = Главная для сотрудников
console-signed-in-as = Вы вошли как { $email }
console-sign-out = Выйти
console-language = Язык
console-language-apply = Сменить
console-footer = Canton Guide помогает иностранным гостям ориентироваться в Гуанчжоу.
console-role-visitor = гость
console-role-merchant = продавец
console-role-curator = куратор
console-role-admin = администратор

## Вход

console-sign-in-title = Вход
console-sign-in-intro = Для продавцов и сотрудников туризма Canton Guide.
console-field-email = Адрес электронной почты
console-field-password = Пароль
console-sign-in-submit = Войти
console-sign-in-failed = Неверный адрес электронной почты или пароль.
console-sign-in-limited = { $minutes ->
    [one] Слишком много попыток входа. Подождите { $minutes } минуту и попробуйте снова.
    [few] Слишком много попыток входа. Подождите { $minutes } минуты и попробуйте снова.
   *[other] Слишком много попыток входа. Подождите { $minutes } минут и попробуйте снова.
}
console-sign-in-no-account = Впервые в Canton Guide?
console-sign-in-create = Создать аккаунт продавца
console-notice-signed-out = Вы вышли из консоли.
console-notice-session-ended = Сеанс завершён. Войдите снова.
console-notice-sign-in-required = Чтобы открыть эту страницу, войдите в консоль.

## Регистрация

console-sign-up-title = Создать аккаунт продавца
console-sign-up-intro = Зарегистрируйте свой магазин, ресторан или заведение, чтобы иностранные гости могли его найти. Кураторы путеводителя проверяют каждое объявление перед публикацией.
console-field-display-name = Ваше имя или название компании (необязательно)
console-field-password-new = Пароль
console-field-password-hint = Не менее { $min } символов. Несколько не связанных между собой слов легко запомнить и трудно угадать.
console-sign-up-submit = Создать аккаунт
console-sign-up-have-account = Уже зарегистрированы?
console-sign-up-sign-in = Войти
console-sign-up-limited = { $minutes ->
    [one] Из этой сети создано слишком много аккаунтов. Попробуйте снова через { $minutes } минуту.
    [few] Из этой сети создано слишком много аккаунтов. Попробуйте снова через { $minutes } минуты.
   *[other] Из этой сети создано слишком много аккаунтов. Попробуйте снова через { $minutes } минут.
}
console-form-has-errors = Исправьте отмеченные ниже поля.
console-error-email-taken = Аккаунт с этим адресом уже существует. Войдите в него.

## Объявления продавца

console-listings-title = Мои объявления
console-listings-intro = У каждого объявления виден его статус: черновик, который видите только вы, ожидает проверки, опубликовано в путеводителе или не принято — с причиной от проверяющего.
console-listings-empty = У вас пока нет объявлений.
console-listings-older = Более ранние объявления
console-status-label = Статус
console-status-draft = Черновик
console-status-pending = Ожидает проверки
console-status-live = Опубликовано
console-status-live-pending = Опубликовано; ваши изменения ожидают проверки
console-status-rejected = Не принято
console-status-live-rejected = Опубликовано; ваши изменения не приняты
console-reason = Причина:
console-reason-note = Комментарий проверяющего:
console-updated = Последнее изменение
console-unnamed = (пока без названия)

## Главная для сотрудников

console-staff-title = Главная для сотрудников
console-staff-intro = Ваша роль: { $role }.
console-staff-queue = Ожидают проверки
console-staff-queue-empty = Ничего не ожидает проверки.
console-staff-queue-count = { $count ->
    [one] { $count } заявка ожидает проверки.
    [few] { $count } заявки ожидают проверки.
   *[other] { $count } заявок ожидают проверки.
}
console-staff-queue-more = Проверки ждут и другие заявки; здесь показаны { $shown } самых старых.
console-staff-submitted = Отправлено

## Страницы ошибок

console-problem-code = Ошибка { $status }
console-problem-home = На главную консоли
console-problem-not-found-title = Страница не найдена
console-problem-not-found-detail = По этому адресу нет страницы. Проверьте ссылку или начните с главной страницы консоли.
console-problem-forbidden-title = Доступ запрещён
console-problem-forbidden-detail = Эта страница недоступна для вашего аккаунта ({ $role }).
console-problem-visitor-detail = Консоль предназначена для продавцов и сотрудников туризма. У вас аккаунт гостя: пользуйтесь приложением Canton Guide.
console-problem-csrf-title = Срок действия формы истёк
console-problem-csrf-detail = Форма отправлена не с открытой страницы консоли или устарела. Вернитесь, обновите страницу и отправьте её снова.
console-problem-bad-request-title = Запрос не понят
console-problem-bad-request-detail = Что-то в адресе или в форме не удалось разобрать. Вернитесь и попробуйте снова.
console-problem-bad-language-title = Язык недоступен
console-problem-bad-language-detail = «{ $value }» — не язык консоли. Выберите один из этих:
console-problem-bad-cursor-detail = Ссылка на страницу недействительна. Начните с первой страницы объявлений.
console-problem-too-large-detail = Форма больше { $max } байт, которые принимает консоль.
console-problem-internal-title = Что-то пошло не так на нашей стороне
console-problem-internal-detail = Не удалось показать страницу. Попробуйте ещё раз чуть позже.

## Форма объявления (продавец)
console-nav-new-listing = Новое объявление
console-listing-new-title = Новое объявление
console-listing-edit-title = Редактирование объявления
console-listing-created = Черновик создан. Пока вы не отправите его на проверку и куратор его не одобрит, его видите только вы.
console-listing-saved = Сохранено. Черновик по-прежнему видите только вы.
console-listing-saved-live = Сохранено. Ваши изменения ожидают проверки; до тех пор в путеводителе остаётся опубликованная версия.
console-listing-submitted = Отправлено на проверку. Решение появится здесь.
console-listing-errors = { $count ->
    [one] Объявление не сохранено: { $count } поле требует исправления.
    [few] Объявление не сохранено: { $count } поля требуют исправления.
    [many] Объявление не сохранено: { $count } полей требуют исправления.
   *[other] Объявление не сохранено: { $count } поля требуют исправления.
}
console-listing-stale = После того как вы открыли это объявление, его сохранили в другой вкладке или окне. Ваши изменения остались в форме ниже; повторное сохранение заменит другую версию.
console-listing-stale-submit = Это объявление изменилось после того, как вы его открыли. Проверьте версию ниже и отправьте снова.
console-listing-status = Текущий статус
console-listing-view-public = Открыть публичную страницу
console-submit = Отправить на проверку
console-submit-hint = Куратор проверяет объявление, прежде чем оно появится в путеводителе.
console-save = Сохранить
console-section-basics = Основное
console-field-kind = Тип места
console-field-district = Район
console-field-name-zh = Название на китайском
console-field-name-zh-hint = Как на вывеске: его читают таксисты и прохожие.
console-field-address-zh = Адрес на китайском
console-field-phone = Телефон
console-section-location = Местоположение
console-field-map-link = Ссылка на место на карте
console-field-map-link-hint = Вставьте ссылку из Amap, Apple Maps или Google Maps; она заменит координаты ниже. Amap использует китайские координаты GCJ-02; они пересчитываются в WGS-84.
console-field-lat = Широта (WGS-84)
console-field-lng = Долгота (WGS-84)
console-field-location-needed = Введите широту и долготу, например 23.1291 и 113.2644, или вставьте ссылку на место на карте.
console-map-link-not-a-link = Вставьте веб-адрес, который начинается с https://.
console-map-link-unknown = Это не ссылка Amap, Apple Maps или Google Maps.
console-map-link-short = Короткие ссылки не содержат координат. Откройте ссылку в браузере и скопируйте полный адрес из адресной строки.
console-map-link-no-coordinates = Эта ссылка указывает на место или поиск, а не на точку. Поделитесь поставленной на карте меткой или введите координаты.
console-section-hours = Часы работы
console-field-hours = Часы работы (синтаксис OpenStreetMap)
console-field-hours-hint = Например, «Mo-Fr 10:00-22:00; Sa-Su 10:00-23:00; PH off» (PH — праздничные дни).
console-hours-preview = Ближайшие семь дней так, как их увидят гости
console-hours-closed = Закрыто
console-hours-unknown = неизвестно
console-section-payments = Как гости могут оплатить
console-section-friendliness = Для иностранных гостей
console-friendly-unsaid = Не указано
console-friendly-yes = Да
console-friendly-no = Нет
console-field-staff-languages = Языки, на которых говорит персонал
console-field-staff-languages-hint = Коды языков через запятую, например en, ja, yue.
console-section-refund = Возврат налога
console-field-refund-store = Зарегистрированный магазин с возвратом налога при выезде
console-field-refund-instant = Возвращает налог сразу на месте (мгновенный возврат)
console-section-more = Подробнее о месте
console-field-night = Открыто вечером (ночная экономика)
console-field-interests = Чем интересно
console-interest-food = Еда
console-interest-shopping = Покупки
console-interest-night = Вечерний досуг
console-interest-heritage = Наследие
console-interest-culture = Культура
console-interest-nature = Природа
console-interest-family = Семейный отдых
console-field-tags = Теги
console-field-tags-hint = Через запятую.
console-field-visit-minutes = Обычная продолжительность посещения, в минутах
console-section-texts = Тексты для гостей по языкам
console-texts-hint = Английский обязателен. Добавьте языки, на которых вы хорошо пишете; если текста на каком-то языке нет, гости видят английский.
console-field-name = Название
console-field-summary = Краткое описание
console-field-address = Адрес

## Проверка (кураторы и администраторы)
console-nav-review = Очередь проверки
console-review-title = Очередь проверки
console-review-intro = Заявки продавцов, сначала самые старые. Откройте заявку, чтобы сравнить её с опубликованной версией, затем одобрите или отклоните её.
console-review-more = Другие заявки
console-review-merchant = Продавец:
console-review-kind-new = Новое объявление
console-review-kind-edit = Изменение опубликованного объявления
console-review-one-title = Проверка заявки
console-review-changes = Что меняется
console-review-field = Поле
console-review-live = Сейчас опубликовано
console-review-proposed = Предлагается
console-review-no-changes = Ни одно поле не отличается от опубликованной версии.
console-review-empty-value = —
console-review-approve-heading = Одобрить
console-review-approve-hint = Предложенная версия сразу появится в путеводителе.
console-review-approve = Одобрить и опубликовать
console-review-reject-heading = Отклонить
console-review-reason = Причина
console-review-reason-choose = Выберите причину
console-review-note = Комментарий для продавца (необязательно)
console-review-note-hint = Показывается так, как вы его напишете; сама причина показывается на языке продавца.
console-review-reject = Отклонить
console-review-reject-fix = Перед отклонением выберите причину.
console-review-approved = Одобрено: объявление опубликовано.
console-review-rejected = Отклонено: продавец увидит причину на своём языке.
console-review-gone = По этой заявке уже принял решение кто-то другой, или она изменилась после того, как вы её открыли. Вот очередь в её текущем виде.

## Журнал аудита, учётные записи и тематические маршруты (кураторы и администраторы)
console-nav-audit = Журнал аудита
console-audit-title = Журнал аудита
console-audit-intro = Все изменения, сделанные сотрудниками и продавцами, сначала новые, с состоянием до и после. Время гуанчжоуское.
console-audit-filters = Фильтры
console-audit-actor = Кто (идентификатор учётной записи)
console-audit-action = Действие
console-audit-action-hint = Точно, или начало с точкой в конце, например route.
console-audit-target-type = Тип объекта (place, route, event, alert, user)
console-audit-target-id = Идентификатор объекта
console-audit-since = С
console-audit-until = До (не включая)
console-audit-time-hint = Дата и время со смещением, например 2026-12-01T09:00:00+08:00.
console-audit-apply = Применить фильтры
console-audit-clear = Сбросить фильтры
console-audit-fix = Некоторые фильтры не удалось прочитать; см. сообщения рядом с ними.
console-audit-empty = Под эти фильтры не подходит ни одна запись.
console-audit-time = Время
console-audit-who = Кто
console-audit-action-column = Действие
console-audit-target = Объект
console-audit-show-change = До и после
console-audit-before = До
console-audit-after = После
console-audit-older = Более ранние записи
console-nav-users = Учётные записи
console-users-title = Учётные записи и роли
console-users-intro = Найдите учётную запись по адресу электронной почты и измените её роль. Изменение действует со следующего запроса этой учётной записи.
console-users-email = Адрес электронной почты
console-users-find = Найти
console-users-none = Учётной записи с таким адресом нет.
console-users-since = Создана
console-users-role = Роль
console-users-change = Изменить роль
console-users-changed = Роль изменена. Она действует со следующего запроса учётной записи.
console-users-fix = Роль не изменена; см. сообщение рядом с полем.
console-nav-routes = Маршруты
console-routes-title = Тематические маршруты
console-routes-intro = Прогулки и однодневные поездки для гостей, включая черновики. Маршрут появляется в путеводителе после публикации.
console-routes-new = Новый маршрут
console-routes-empty = Маршрутов пока нет.
console-routes-stops = { $count ->
    [one] { $count } остановка
    [few] { $count } остановки
    [many] { $count } остановок
   *[other] { $count } остановки
}
console-routes-updated = Изменён
console-route-new-title = Новый маршрут
console-route-edit-title = Изменить маршрут
console-route-slug = Короткое имя для адреса (slug)
console-route-slug-hint = Строчные латинские буквы, цифры и дефисы, например lingnan-heritage-walk.
console-route-theme = Тема
console-route-stops = Остановки в порядке посещения
console-route-stops-hint = От 2 до 30 мест, опубликованных в путеводителе. Добавление, перемещение и удаление остановки меняют только эту форму: нажмите «Сохранить», чтобы сохранить изменения.
console-route-no-stops = Остановок пока нет.
console-route-stop = Остановка { $number }
console-route-dwell = Минут на месте
console-route-leg-mode = Дальше до следующей остановки
console-route-leg-minutes = Минут до следующей остановки
console-route-up = Выше
console-route-down = Ниже
console-route-remove = Удалить
console-route-add-place = Место для добавления
console-route-add-place-hint = Короткое имя (slug) или идентификатор места, например canton-tower.
console-route-add = Добавить остановку
console-route-sources = Источники
console-route-sources-hint = По одному веб-адресу в строке: страницы, на которых основан маршрут.
console-route-unsaved = Ещё не сохранено: нажмите «Сохранить», чтобы сохранить эти изменения.
console-route-errors = { $count ->
    [one] Маршрут не сохранён: { $count } поле требует исправления.
    [few] Маршрут не сохранён: { $count } поля требуют исправления.
    [many] Маршрут не сохранён: { $count } полей требуют исправления.
   *[other] Маршрут не сохранён: { $count } поля требуют исправления.
}
console-route-created = Маршрут создан как черновик. Опубликуйте его, когда он будет готов.
console-route-saved = Маршрут сохранён.
console-route-published = Опубликовано: маршрут есть в путеводителе.
console-route-unpublished = Снято с публикации: маршрут снова черновик.
console-route-publish = Опубликовать
console-route-publish-hint = Гости сразу увидят маршрут в путеводителе.
console-route-unpublish = Снять с публикации
console-route-unpublish-hint = Маршрут исчезнет из путеводителя и снова станет черновиком.

## События и предупреждения (кураторы и администраторы)
console-nav-events = События
console-nav-alerts = Предупреждения
console-field-zones = Торговые районы
console-confidence-confirmed = Подтверждены: организатор их объявил
console-confidence-inferred = Ожидаемые: по прошлым годам, ещё не объявлены
console-confidence-uncertain = Неточные: гостей просят их проверить
console-events-title = События
console-events-intro = Выставки-ярмарки, праздники, выставки и государственные праздники, включая черновики. Событие появляется в путеводителе после публикации.
console-events-new = Новое событие
console-events-empty = Событий пока нет.
console-event-new-title = Новое событие
console-event-edit-title = Изменить событие
console-event-slug-hint = Строчные латинские буквы, цифры и дефисы, например canton-fair-spring.
console-event-kind = Тип события
console-event-dates = Даты
console-event-starts-on = Первый день
console-event-ends-on = Последний день
console-event-dates-hint = Дни по Гуанчжоу; последний день включается. Для однодневного события укажите один и тот же день дважды.
console-event-confidence = Насколько точны даты?
console-event-where = Где
console-event-place = Место проведения (необязательно)
console-event-place-hint = Короткое имя (slug) или идентификатор места, опубликованного в путеводителе, например canton-tower. Оставьте пустым для события по всему городу.
console-event-sources-hint = Один веб-адрес в строке: страницы, откуда взяты даты.
console-event-errors = { $count ->
    [one] Событие не сохранено: { $count } поле требует исправления.
    [few] Событие не сохранено: { $count } поля требуют исправления.
    [many] Событие не сохранено: { $count } полей требуют исправления.
   *[other] Событие не сохранено: { $count } поля требуют исправления.
}
console-event-created = Событие создано как черновик. Опубликуйте его, когда оно будет готово.
console-event-saved = Событие сохранено.
console-event-published = Опубликовано: событие есть в путеводителе.
console-event-unpublished = Снято с публикации: событие снова черновик.
console-event-publish-hint = Гости сразу увидят событие в путеводителе.
console-event-unpublish-hint = Событие исчезнет из путеводителя и снова станет черновиком.
console-severity-info = Информация
console-severity-warning = Предупреждение
console-severity-severe = Опасно
console-alerts-title = Предупреждения
console-alerts-intro = Предупреждения для гостей (тайфуны, ливни, закрытия), включая черновики и прошедшие. Опубликованное предупреждение показывается в путеводителе в течение срока действия.
console-alerts-new = Новое предупреждение
console-alerts-empty = Предупреждений пока нет.
console-alerts-in-force = Действует сейчас
console-alerts-upcoming = Ещё не действует
console-alerts-over = Истекло
console-alert-new-title = Новое предупреждение
console-alert-edit-title = Изменить предупреждение
console-alert-severity = Уровень
console-alert-severity-hint = Информация: полезно знать. Предупреждение: учтите при планировании. Опасно: действуйте сейчас (сигнал тайфуна, безопасность).
console-alert-starts-at = С
console-alert-ends-at = До
console-alert-window-hint = Время Гуанчжоу (UTC+8). Предупреждение показывается с первого момента до второго.
console-alert-time-invalid = Ожидаются дата и время, например 2026-12-01 19:30 (время Гуанчжоу).
console-alert-area = Где действует
console-alert-area-hint = Отметьте затронутые торговые районы и маршруты; ничего не отмечайте, если это весь город.
console-alert-title-field = Заголовок
console-alert-body = Подробности
console-alert-errors = { $count ->
    [one] Предупреждение не сохранено: { $count } поле требует исправления.
    [few] Предупреждение не сохранено: { $count } поля требуют исправления.
    [many] Предупреждение не сохранено: { $count } полей требуют исправления.
   *[other] Предупреждение не сохранено: { $count } поля требуют исправления.
}
console-alert-created = Предупреждение создано как черновик. Опубликуйте его, чтобы показать.
console-alert-saved = Предупреждение сохранено.
console-alert-published = Опубликовано: предупреждение показывается, пока действует.
console-alert-unpublished = Снято с публикации: предупреждение снова черновик.
console-alert-publish-hint = Гости видят предупреждение в течение срока его действия.
console-alert-unpublish-hint = Предупреждение больше не показывается и снова становится черновиком.

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

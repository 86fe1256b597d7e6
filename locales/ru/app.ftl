# Тексты экранов приложения (модели представления guide-core). Общие слова — в main.ftl.

app-title-explore = Обзор
app-title-zones = Торговые районы
app-title-routes = Маршруты
app-title-planner = Планировщик поездки
app-title-refund = Возврат налога
app-title-saved = Сохранённое
app-title-settings = Настройки
app-offline-banner = Офлайн: показан путеводитель, сохранённый на телефоне
app-no-data = Офлайн-путеводителя пока нет. Подключитесь к интернету один раз, чтобы скачать его.
app-error-offline = Нет подключения. Сохранённый путеводитель продолжает работать.
app-explore-empty = Нет мест, подходящих под эти фильтры.
app-place-count = { $count ->
    [one] { $count } место
    [few] { $count } места
    [many] { $count } мест
   *[other] { $count } мест
}
app-stop-count = { $count ->
    [one] { $count } остановка
    [few] { $count } остановки
    [many] { $count } остановок
   *[other] { $count } остановок
}
app-duration-hm = { $hours } ч { $minutes } мин
app-stay = Пробыть { $duration }
app-leg = { $mode }, { $duration }
app-price = { $amount } ¥
app-date = { $weekday }, { $day } { $month }
app-date-time = { $date }, { $time }
app-weekday-1 = пн
app-weekday-2 = вт
app-weekday-3 = ср
app-weekday-4 = чт
app-weekday-5 = пт
app-weekday-6 = сб
app-weekday-7 = вс
app-month-1 = янв.
app-month-2 = февр.
app-month-3 = мар.
app-month-4 = апр.
app-month-5 = мая
app-month-6 = июн.
app-month-7 = июл.
app-month-8 = авг.
app-month-9 = сент.
app-month-10 = окт.
app-month-11 = нояб.
app-month-12 = дек.
app-hours-unknown = Часы работы неизвестны
app-transit-eligible = Вы можете въехать без визы
app-transit-not-eligible = Для этой поездки нужна виза
app-transit-deadline = Покиньте материковый Китай до { $time }
app-countdown = Осталось { $days ->
    [one] { $days } день
    [few] { $days } дня
    [many] { $days } дней
   *[other] { $days } дней
} { $hours } ч
app-countdown-over = Безвизовое пребывание закончилось
app-plan-summary = { $days ->
    [one] { $days } день
    [few] { $days } дня
    [many] { $days } дней
   *[other] { $days } дней
}, { $visits ->
    [one] { $visits } посещение
    [few] { $visits } посещения
    [many] { $visits } посещений
   *[other] { $visits } посещений
}
app-plan-leave = Выехать в пункт отправления в { $time }
app-plan-empty = Чтобы составить план, проверьте безвизовый режим или укажите время отъезда.
app-role-visit = Посещение
app-role-lunch = Обед
app-role-dinner = Ужин
app-role-night = Вечер
app-refund-spent = Потрачено: { $amount }
app-refund-estimate = Ожидаемый возврат: { $amount }
app-refund-instant = Уже возвращено в магазине: { $amount }
app-refund-collect = Получить при выезде: { $amount }
app-refund-empty = Добавьте покупки с чеком на возврат налога, чтобы следить за возвратом.
app-refund-not-eligible = Меньше минимальной суммы для этого магазина в этот день
app-saved-empty = Пока ничего не сохранено.
app-saved-pending = Сохранено на телефоне; синхронизируется, когда вы в сети и вошли в аккаунт
app-settings-language = Язык
app-settings-offline = Офлайн-путеводитель
app-settings-synced = Сохранено мест: { $count }, обновлено { $time }
app-settings-never = Ещё не скачан
app-settings-account = Аккаунт
app-settings-signed-in = Вы вошли: избранное и маршруты синхронизируются
app-settings-signed-out = Вы не вошли (для просмотра аккаунт не нужен)
app-sync-updated = Путеводитель обновлён, изменений: { $changed }
app-sync-current = Путеводитель актуален
app-source-checked = { $url } (проверено { $date })

# The desktop and phone shells' own labels (GuideCore.labels).
app-label-search = Поиск мест
app-label-back = Назад
app-label-driver-show = Показать таксисту
app-label-close = Закрыть
app-label-favorite-add = Сохранить
app-label-favorite-remove = Убрать из сохранённых
app-label-map-amap = Amap
app-label-map-apple = Карты Apple
app-label-map-google = Google Карты
app-label-nationality = Страна паспорта
app-label-entry-port = Аэропорт или порт прибытия
app-label-entry-at = Время прибытия
app-label-origin = Откуда
app-label-destination = Куда дальше
app-label-departure = Время вылета
app-label-check = Проверить безвизовый въезд
app-label-interests = Интересы
app-interest-food = Еда
app-interest-shopping = Шопинг
app-interest-night = Ночные виды
app-interest-heritage = Наследие
app-interest-culture = Культура
app-interest-nature = Природа
app-interest-family = Семья
app-label-plan = Спланировать дни
app-label-store = Магазин
app-label-date = Дата покупки
app-label-amount = Сумма в юанях (с НДС)
app-label-vat = Ставка НДС (%)
app-label-instant = Возмещено в магазине
app-label-add = Добавить покупку
app-label-remove = Удалить
app-label-checklist = Перед отъездом
app-label-sync = Обновить путеводитель

# Canton Guide — Russian messages (translated from the English reference,
# locales/en/main.ftl: this file must have exactly its keys; a test enforces it).
#
# Shared by guide-server (problem+json titles and details, labels in responses) and
# guide-core (the app's view models). Variables are written { $name }.

## Problem titles and details (RFC 9457 problem+json)

error-not-found-title = Не найдено
error-not-found-detail = Не найдено: { $what } «{ $id }».
error-route-not-found-detail = По адресу { $path } нет конечной точки API. Список конечных точек см. в /docs.
error-validation-title = Некоторые данные введены неверно
error-validation-detail = Проверьте поля, перечисленные в «errors»: для каждого указано, какие значения допустимы.
error-bad-request-title = Неверный запрос
error-method-not-allowed-title = Метод не разрешён
error-method-not-allowed-detail = Эта конечная точка не принимает данный HTTP-метод.
error-payload-too-large-title = Слишком большое тело запроса
error-payload-too-large-detail = Максимальный размер тела запроса (в байтах): { $max }.
error-unsupported-media-type-title = Неподдерживаемый тип данных
error-unsupported-media-type-detail = Отправьте тело запроса в формате JSON с заголовком «Content-Type: application/json».
error-not-acceptable-title = Неприемлемый формат ответа
error-unauthorized-title = Требуется вход
error-unauthorized-detail = Войдите снова: токен доступа отсутствует, истёк или недействителен.
error-forbidden-title = Действие запрещено
error-forbidden-detail = Вашей учётной записи это действие недоступно.
error-conflict-title = Конфликт
error-precondition-failed-title = Изменено другим пользователем
error-precondition-failed-detail = Этот объект изменился после того, как вы его загрузили. Загрузите его заново, повторите правку и сохраните ещё раз; ничего не было перезаписано.
error-precondition-required-detail = Передайте ETag объекта в заголовке «If-Match», чтобы не перезаписать чужие правки.
error-too-many-requests-title = Слишком много запросов
error-too-many-requests-detail = Подождите { $seconds } с и повторите попытку.
error-unavailable-title = Сервис временно недоступен
error-unavailable-detail = Сейчас нет связи с базой данных. Повторите попытку чуть позже.
error-overloaded-detail = Сервер перегружен. Подождите { $seconds } с и повторите попытку.
error-uri-too-long-title = Слишком длинный адрес запроса
error-uri-too-long-detail = Путь и параметры запроса могут занимать не более { $max } байт.
error-host-required-detail = Запрос HTTP/1.1 должен содержать заголовок Host.
error-last-admin-detail = Всегда должен оставаться хотя бы один администратор: сначала назначьте администратором кого-то другого.
error-internal-title = На нашей стороне произошла ошибка
error-internal-detail = Проблема зарегистрирована. Повторите попытку позже.

## Field-level validation messages (the “errors” array)

field-invalid-coordinates = Ожидается «LAT,LNG» в десятичных градусах: широта −90…90, долгота −180…180, например «23.1291,113.2644».
field-out-of-range = Ожидается целое число от { $min } до { $max }.
field-invalid-number = Ожидается число.
field-invalid-choice = Значение «{ $value }» здесь недопустимо. Допустимые значения: { $accepted }.
field-invalid-boolean = Ожидается «true» или «false».
field-invalid-tax-refund = Ожидается «true» (любой магазин с возвратом налога) или «instant» (мгновенный возврат налога в магазине).
field-invalid-time = Ожидаются дата и время со смещением часового пояса, например «2026-12-01T19:30:00+08:00».
field-invalid-date = Ожидается дата, например «2026-12-01».
field-invalid-cursor = Этот курсор недействителен или устарел; запросите первую страницу заново без «cursor».
field-too-long = Максимальное число символов: { $max }.
field-requires-near = Допускается только вместе с «near».
field-unknown-parameter = Неизвестный параметр. Допустимые параметры: { $accepted }.
field-invalid-json = Тело запроса не является допустимым JSON для этой конечной точки: { $reason }
field-required = Это поле обязательно.
field-invalid-range = «from» не может быть позже «to».

## Place kinds

kind-shop = Магазин
kind-mall = Торговый центр
kind-flagship_store = Флагманский магазин
kind-restaurant = Ресторан
kind-food_street = Гастрономическая улица
kind-duty_free_shop = Магазин беспошлинной торговли
kind-tax_refund_point = Пункт возврата налога
kind-night_scene = Ночные виды
kind-attraction = Достопримечательность
kind-market = Специализированный рынок
kind-transport_hub = Транспортный узел

## Payment methods

pay-foreign_card_pos = Иностранные банковские карты (терминал)
pay-alipay_foreign_card = Alipay с иностранной картой
pay-wechat_foreign_card = WeChat Pay с иностранной картой
pay-foreign_wallets = Иностранные электронные кошельки (AlipayHK, Kakao Pay, Touch ’n Go…)
pay-unionpay = UnionPay
pay-cash = Наличные (юани)

## Foreigner-friendliness

friendly-english_menu = Меню на английском
friendly-picture_menu = Меню с фотографиями
friendly-order_without_wechat = Заказ без WeChat
friendly-halal = Халяль
friendly-vegetarian = Есть вегетарианские блюда
friendly-wheelchair = Доступно для инвалидных колясок
friendly-staff_languages = Персонал говорит на языках: { $languages }

## Badges and notices

badge-open-now = Сейчас открыто
badge-closed-now = Сейчас закрыто
badge-hours-unknown = Часы работы неизвестны
hours-closed-day = Закрыто
hours-unknown-span = неизвестно
badge-foreign-card = Принимают иностранные карты
badge-tax-refund = Возврат налога
badge-instant-refund = Мгновенный возврат налога
badge-duty-free = Беспошлинно
badge-night = Ночная жизнь
notice-verify-before-travel = Уточните перед поездкой
notice-not-yet-verified = Ещё не проверено
notice-approximate-location = Приблизительное местоположение
notice-translation-fallback = Ещё не переведено на ваш язык; показано на языке: { $language }.
opens-at = Открывается в { $time }
closes-at = Закрывается в { $time }

## Driver card (shown to taxi drivers)

driver-card-title = Покажите это водителю
driver-card-request = 请带我去这里 (Пожалуйста, отвезите меня сюда)

## Districts of Guangzhou

district-yuexiu = Юэсю
district-liwan = Ливань
district-haizhu = Хайчжу
district-tianhe = Тяньхэ
district-baiyun = Байюнь
district-huangpu = Хуанпу
district-panyu = Паньюй
district-huadu = Хуаду
district-nansha = Наньша
district-conghua = Цунхуа
district-zengcheng = Цзэнчэн

## Commercial zones (the "5+2+4" plan)

zone-tier-world_class = Торговый район мирового уровня
zone-tier-lingnan = Торговый район с наследием Линнань
zone-tier-transport_hub = Торговый район при транспортном узле

## Getting around

mode-walk = Пешком
mode-metro = Метро
mode-taxi = Такси
mode-bus = Автобус
mode-ferry = Паром
minutes = { $count ->
    [one] { $count } минута
    [few] { $count } минуты
    [many] { $count } минут
   *[other] { $count } минуты
}
distance-m = { $meters } м
distance-km = { $km } км

## Events

event-kind-fair = Торговая ярмарка
event-kind-festival = Фестиваль
event-kind-exhibition = Выставка
event-kind-sport = Спорт
event-kind-holiday = Государственный праздник
notice-dates-unconfirmed = Даты ещё не подтверждены

## Accounts, merchant listings and staff review
error-precondition-required-title = Требуется If-Match
error-invalid-credentials-detail = Неверный адрес электронной почты или пароль.
error-email-taken-detail = Учётная запись с этим адресом уже существует. Войдите или укажите другой адрес.
error-conflict-state-detail = Это невозможно, пока объект находится в состоянии «{ $state }».
error-limit-reached-detail = Достигнут предел в { $max } сохранённых элементов. Удалите часть и повторите попытку.
error-slug-taken-detail = Идентификатор «{ $slug }» уже занят. Выберите другой.
field-password-too-short = Используйте не менее { $min } символов. Несколько не связанных между собой слов — надёжный и запоминающийся пароль.
field-password-too-common = Этот пароль слишком распространён или прост. Попробуйте несколько не связанных между собой слов.
field-password-contains-email = Пароль не должен содержать ваш адрес электронной почты.
field-invalid-email = Ожидается адрес электронной почты, например «name@example.com».
field-outside-guangzhou = Эта точка находится за пределами Гуанчжоу. Широта должна быть от 22.5 до 23.95, долгота — от 112.95 до 114.05 (WGS-84).
field-invalid-opening-hours = Недопустимые часы работы OpenStreetMap: { $reason }
field-missing-translation = Требуется перевод «{ $locale }».
field-unpublished-place = «{ $place }» — не опубликованное место.
field-not-on-last-stop = У последней остановки нет следующей: не указывайте «to_next».
field-ends-before-start = Окончание должно быть позже начала.
field-unknown-reference = «{ $value }» не существует.
field-invalid-slug = Используйте строчные латинские буквы, цифры и «-» (не более 100 символов).
field-invalid-url = Укажите адрес веб-страницы, доступной всем, начиная с https:// (не более 2000 символов).
review-reason-incomplete = Не хватает обязательных сведений. Дополните карточку.
review-reason-inaccurate = Некоторые сведения не удалось подтвердить или они выглядят неверными. Проверьте их.
review-reason-duplicate = Это место уже есть в путеводителе.
review-reason-not_eligible = Это место не подходит для путеводителя для иностранных гостей Гуанчжоу.
review-reason-inappropriate = Карточка содержит текст или изображения, которые нельзя публиковать.
field-nul-character = Текст не должен содержать символы NUL (%00).
review-reason-other = См. примечание проверяющего.

## Public place and route pages (/p/…, /r/…)
page-hours = Часы работы
page-payments = Как оплатить
page-maps = Открыть в картах
page-sources = Источники
page-stops = Остановки
page-not-found = Этого места или маршрута нет в путеводителе, или он больше не опубликован.

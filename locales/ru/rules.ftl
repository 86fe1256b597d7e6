# Canton Guide — сообщения модуля правил (transit, tax_refund, planner). Ключи и переменные как в en/rules.ftl.

## Проверка безвиза: режимы и разрешённая территория

transit-scheme-transit_240h = Безвизовый транзит на 240 часов
transit-scheme-transit_144h = Безвизовый транзит на 144 часа
transit-scheme-visa_free_30d = Безвизовый въезд на 30 дней
transit-scheme-none = Не подтверждено: уточните в посольстве
transit-area-designated_provinces = Провинции режима 240 часов (24 провинции с назначенными пунктами пропуска, включая Гуандун); не покидайте их.
transit-area-guangdong = Только провинция Гуандун.
transit-area-mainland = Материковый Китай.

## Проверка безвиза: почему режим не подходит

transit-reason-nationality_not_eligible = Паспорта { $country } не подпадают под этот режим.
transit-reason-nationality_list_unknown = У нас нет списка стран для этой даты, поэтому подтвердить ваше гражданство нельзя.
transit-reason-port_not_designated = { $port } не является назначенным пунктом въезда для этого режима.
transit-reason-onward_not_third_country = Билет для дальнейшей поездки должен быть в третью страну или регион; материковый Китай ({ $destination }) не подходит.
transit-reason-round_trip = Вы прилетаете из { $country } и возвращаетесь туда же; для транзита нужен билет в третью страну или регион.
transit-reason-purpose_not_allowed = Режим допускает только туризм, деловые поездки и визиты; для работы, учёбы и журналистики нужна виза.
transit-reason-passport_validity_too_short = Паспорт должен действовать как минимум до { $date }.
transit-reason-exit_before_entry = Планируемый выезд раньше въезда.
transit-reason-exit_after_deadline = Планируемый выезд позже крайнего срока ({ $deadline }, пекинское время).
transit-reason-policy_not_in_force = Нам неизвестна версия этого режима, действовавшая { $date }.

## Проверка безвиза: предупреждения

transit-warning-verify_before_travel = Проверьте перед поездкой: правила меняются, и часть сведений не подтверждена. Уточните у авиакомпании или в посольстве Китая.
transit-warning-exit_port_rule_uncertain = Источники не говорят ясно, обязателен ли выезд через назначенный пункт пропуска; для надёжности выезжайте через такой пункт.
transit-warning-port_identity_uncertain = Какой именно терминал означает «{ $port }», не подтверждено.
transit-warning-port_not_listed = { $port } нет в нашем списке пунктов пропуска Гуандуна; он может быть назначенным в другом месте Китая.
transit-warning-exit_port_not_listed = Вашего пункта выезда { $port } нет в нашем списке назначенных пунктов.
transit-warning-policy_ends_during_stay = Это правило подтверждено только до { $date }, то есть до окончания вашего пребывания.
transit-warning-policy_ends_soon = Это правило подтверждено только до { $date }; перед поездкой проверьте, не продлено ли оно.
transit-warning-country_window_uncertain = Сроки этого режима для вашей страны не подтверждены.
transit-warning-nationality_list_unknown = Список стран на эту дату не записан.
transit-warning-suspended_2020_2023 = Этот режим был приостановлен с 2020 года до 8 января 2023 года.
transit-warning-passport_validity_uncertain = Один источник требует паспорт, действующий не менее 6 месяцев; убедитесь, что ваш подходит.
transit-warning-day_count_rule_uncertain = Мы считаем 30 дней с 0:00 дня, следующего за въездом, как для транзита; для этого режима источники это не подтверждают.

## Visa-free check: mutual visa-exemption agreements and answers we cannot confirm

transit-scheme-mutual_visa_exemption = Взаимный безвизовый режим (соглашение Китая с вашей страной)
transit-reason-no_agreement = Нам не известно соглашение о взаимной отмене виз между Китаем и { $country } для обычных паспортов.
transit-reason-agreement_not_yet_in_force = Соглашение о безвизовом режиме с { $country } действует для въезда начиная с { $date }.
transit-reason-agreement_ended = Соглашение о безвизовом режиме с { $country } действовало только для въезда до { $date }.
transit-reason-nationality_not_in_data = В наших данных нет безвизового режима для паспортов { $country }. Это не значит, что его нет.
transit-warning-cannot_confirm_check_embassy = Мы не можем подтвердить безвизовый въезд для этой поездки. Перед поездкой уточните в посольстве или консульстве Китая либо у авиакомпании.
transit-warning-cumulative_any_180_days = По этому соглашению можно пребывать в сумме не более { $days } дней в любые 180 дней; учитывайте прошлые поездки.
transit-warning-cumulative_calendar_year = По этому соглашению можно пребывать в сумме не более { $days } дней за календарный год; учитывайте прошлые поездки.
transit-warning-agreement_uncertain = Условия этого соглашения не подтверждены официальным уведомлением.

## Возврат налога: почему возврата нет

refund-reason-below_minimum = Меньше минимума { $minimum } юаней на магазин в день.
refund-reason-export_window_passed = Товары нужно вывезти из Китая до { $date }; ваш отъезд позже.
refund-reason-vat_rate_not_refundable = Товары с НДС { $vat } % не подлежат возврату.
refund-reason-stay_too_long = Возврат возможен только для тех, кто провёл на материке не более { $days } дней подряд.

## Возврат налога: предупреждения

refund-warning-stay_too_long = Вы провели на материке больше { $days } дней подряд, поэтому ни одна покупка не даёт права на возврат.
refund-warning-transfer_only = Возврат свыше { $limit } юаней выплачивается только банковским переводом, не наличными.
refund-warning-effective_date_uncertain = Текущий минимум и лимит наличных действуют с апреля 2025 года; точная дата не подтверждена.
refund-warning-refund_counter_location_uncertain = Точная стойка возврата и терминал в аэропорту Байюнь не подтверждены; спросите в аэропорту.
refund-warning-verify_before_travel = Проверьте перед поездкой: некоторые из этих правил не подтверждены и могли измениться.

## Возврат налога: мгновенный возврат в магазине

refund-instant-card_preauthorisation = Магазин блокирует сумму на вашей банковской карте и сразу выплачивает возврат.
refund-instant-customs_check_at_departure = При выезде всё равно нужно предъявить товары таможне.
refund-instant-leave_within_export_window = Вывезите товары из Китая в срок, иначе заблокированная сумма будет списана.

## Возврат налога: список перед отъездом

refund-checklist-eligible_travellers = Возврат могут получить иностранные туристы и жители Гонконга, Макао и Тайваня.
refund-checklist-goods_unused_and_carried = Не пользуйтесь товарами и везите их с собой — в ручной клади или в багаже.
refund-checklist-leave_within_90_days = Выезжайте из Китая с товарами в течение { $days } дней после покупки.
refund-checklist-keep_forms_and_invoices = Храните формы возврата и чеки каждого магазина вместе с паспортом.
refund-checklist-customs_stamp_before_checkin = В аэропорту Байюнь поставьте таможенный штамп на формы до сдачи багажа.
refund-checklist-collect_in_restricted_zone = Получите возврат у агента по возврату в стерильной зоне, после досмотра.
refund-checklist-refund_counter_location_uncertain = Точная стойка и терминал не подтверждены: спросите сотрудников аэропорта.
refund-checklist-cash_limit = Возврат до { $limit } юаней можно получить наличными или переводом; сверх этого — только банковским переводом.
refund-checklist-instant_refund_customs_check = Мгновенный возврат: таможенная проверка при выезде всё равно обязательна.

## Планировщик маршрута: предупреждения

plan-warning-outlasts_deadline = Ваш отъезд позже окончания безвизового срока ({ $deadline }, пекинское время); план заканчивается вовремя. Поменяйте билет или оформите визу.
plan-warning-leave_for_port = Выезжайте в { $port } не позже { $time }, чтобы быть там за { $minutes } минут до отправления.
plan-warning-leave_for_departure = Выезжайте не позже { $time }, чтобы быть на месте отправления за { $minutes } минут.
plan-warning-tax_refund_reminder = У вас есть покупки с возвратом налога: заложите время в пункте выезда на штамп таможни до регистрации и получение возврата после досмотра.
plan-warning-start_outside_guangzhou = Ваша начальная точка за пределами Гуанчжоу; дорога может занять больше времени, чем указано.
plan-warning-outside_guangzhou = { $place } находится за пределами Гуанчжоу; убедитесь, что это в пределах территории, разрешённой вашим безвизовым режимом.
plan-warning-must_see_unknown = Место «{ $place }» нам неизвестно.
plan-warning-must_see_not_scheduled = «{ $place }» не поместилось в план: в каждое свободное время закрыто или слишком далеко.
plan-warning-nothing_fits = Между прибытием и выездом в пункт отправления не помещается ни одного посещения.

## Input checks of the rules endpoints (server) and planner notices added by the server

field-invalid-country = Ожидается двухбуквенный код ISO 3166-1, например «US», «JP» или «HK».
field-positive-amount = Ожидается сумма в юанях больше 0 и не более { $max }, например «250.00».
field-too-many = Допустимо не более { $max } элементов.
field-plan-needs-end = Укажите «exit_at» или безвизовый «deadline»: у плана должно быть окончание.
field-end-before-entry = Ожидается время позже «entry_at».
field-window-too-long = Поездка может длиться не более { $days } дн.
plan-warning-hours_unknown = Часы работы места «{ $place }» неизвестны; уточните их перед поездкой.

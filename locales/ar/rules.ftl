# Canton Guide — رسائل محرك قواعد الزائر (transit وtax_refund وplanner). المفاتيح والمتغيرات نفسها في en/rules.ftl.

## التحقق من الإعفاء من التأشيرة: الأنظمة والمنطقة المسموح بها

transit-scheme-transit_240h = عبور دون تأشيرة لمدة 240 ساعة
transit-scheme-transit_144h = عبور دون تأشيرة لمدة 144 ساعة
transit-scheme-visa_free_30d = دخول دون تأشيرة لمدة 30 يومًا
transit-scheme-none = غير مؤكد: راجع السفارة
transit-area-designated_provinces = مقاطعات نظام 240 ساعة (24 مقاطعة فيها منافذ معتمدة، منها قوانغدونغ)؛ لا تغادرها.
transit-area-guangdong = مقاطعة قوانغدونغ فقط.
transit-area-mainland = البر الرئيسي للصين.

## التحقق من الإعفاء من التأشيرة: أسباب عدم الأهلية

transit-reason-nationality_not_eligible = جوازات سفر { $country } غير مشمولة بهذا النظام.
transit-reason-nationality_list_unknown = ليست لدينا قائمة الجنسيات المشمولة في ذلك التاريخ، فلا يمكننا تأكيد جنسيتك.
transit-reason-port_not_designated = { $port } ليس منفذ دخول معتمدًا لهذا النظام.
transit-reason-onward_not_third_country = يجب أن تكون تذكرة المتابعة إلى بلد أو إقليم ثالث؛ البر الرئيسي للصين ({ $destination }) لا يُحتسب.
transit-reason-round_trip = تصل من { $country } وتتابع إليه نفسه؛ يتطلب العبور تذكرة إلى بلد أو إقليم ثالث.
transit-reason-purpose_not_allowed = يشمل هذا النظام السياحة والأعمال والزيارات فقط؛ العمل والدراسة والصحافة تتطلب تأشيرة.
transit-reason-passport_validity_too_short = يجب أن يكون جواز سفرك ساريًا حتى { $date } على الأقل.
transit-reason-exit_before_entry = موعد المغادرة المخطط قبل موعد الدخول.
transit-reason-exit_after_deadline = موعد المغادرة المخطط بعد الموعد النهائي ({ $deadline } بتوقيت بكين).
transit-reason-policy_not_in_force = لا نعرف نسخة من هذا النظام سارية في { $date }.

## التحقق من الإعفاء من التأشيرة: تنبيهات

transit-warning-verify_before_travel = تحقق قبل السفر: القواعد تتغير وبعض المعلومات هنا غير مؤكدة. استفسر من شركة الطيران أو من السفارة الصينية.
transit-warning-exit_port_rule_uncertain = لا توضح المصادر ما إذا كان يجب المغادرة من منفذ معتمد؛ احتياطًا، غادر من أحدها.
transit-warning-port_identity_uncertain = لم يتأكد أي محطة يقصد بـ«{ $port }».
transit-warning-port_not_listed = { $port } ليس في قائمتنا لمنافذ قوانغدونغ لهذا النظام؛ قد يكون معتمدًا في مكان آخر من الصين.
transit-warning-exit_port_not_listed = منفذ مغادرتك { $port } ليس في قائمتنا للمنافذ المعتمدة.
transit-warning-policy_ends_during_stay = هذه القاعدة مؤكدة حتى { $date } فقط، وهو قبل نهاية إقامتك.
transit-warning-policy_ends_soon = هذه القاعدة مؤكدة حتى { $date } فقط؛ تحقق من تمديدها قبل السفر.
transit-warning-country_window_uncertain = تواريخ هذا النظام لبلدك غير مؤكدة.
transit-warning-nationality_list_unknown = قائمة الجنسيات المشمولة في ذلك التاريخ غير مسجلة.
transit-warning-suspended_2020_2023 = عُلّق هذا النظام من عام 2020 حتى 8 يناير 2023.
transit-warning-passport_validity_uncertain = يطلب أحد المصادر جواز سفر ساريًا 6 أشهر على الأقل؛ تأكد من ذلك.
transit-warning-day_count_rule_uncertain = نحسب الأيام الثلاثين من منتصف الليل في اليوم التالي للدخول كما في العبور؛ ولا تؤكد المصادر ذلك لهذا النظام.

## Visa-free check: mutual visa-exemption agreements and answers we cannot confirm

transit-scheme-mutual_visa_exemption = إعفاء متبادل من التأشيرة (اتفاقية بين الصين وبلدك)
transit-reason-no_agreement = لا نعلم بوجود اتفاقية إعفاء متبادل من التأشيرة بين الصين و{ $country } لجوازات السفر العادية.
transit-reason-agreement_not_yet_in_force = تسري اتفاقية الإعفاء من التأشيرة مع { $country } على الدخول اعتبارًا من { $date }.
transit-reason-agreement_ended = سرت اتفاقية الإعفاء من التأشيرة مع { $country } على الدخول حتى { $date } فقط.
transit-reason-nationality_not_in_data = لا تتضمن بياناتنا أي ترتيب للدخول دون تأشيرة لجوازات سفر { $country }. وهذا لا يعني عدم وجوده.
transit-warning-cannot_confirm_check_embassy = لا يمكننا تأكيد الدخول دون تأشيرة لهذه الرحلة. تحقق من السفارة أو القنصلية الصينية أو من شركة الطيران قبل السفر.
transit-warning-cumulative_any_180_days = لا يجوز أن يتجاوز مجموع الإقامات بموجب هذه الاتفاقية { $days } يومًا في أي 180 يومًا؛ احسب زياراتك السابقة.
transit-warning-cumulative_calendar_year = لا يجوز أن يتجاوز مجموع الإقامات بموجب هذه الاتفاقية { $days } يومًا في السنة الميلادية؛ احسب زياراتك السابقة.
transit-warning-agreement_uncertain = شروط هذه الاتفاقية غير مؤكدة بإشعار رسمي.

## استرداد الضريبة: أسباب عدم الاسترداد

refund-reason-below_minimum = أقل من الحد الأدنى البالغ { $minimum } يوان لكل متجر في اليوم.
refund-reason-export_window_passed = يجب أن تغادر البضائع الصين بحلول { $date }؛ ومغادرتك بعد ذلك.
refund-reason-vat_rate_not_refundable = لا تُسترد ضريبة البضائع الخاضعة لضريبة قيمة مضافة { $vat }٪.
refund-reason-stay_too_long = يحق الاسترداد فقط لمن أمضى { $days } يومًا متتاليًا على الأكثر في البر الرئيسي.

## استرداد الضريبة: تنبيهات

refund-warning-stay_too_long = أمضيت أكثر من { $days } يومًا متتاليًا في البر الرئيسي، فلا تستحق أي مشتريات الاسترداد.
refund-warning-transfer_only = المبالغ المستردة فوق { $limit } يوان تُدفع بتحويل مصرفي فقط، لا نقدًا.
refund-warning-effective_date_uncertain = يسري الحد الأدنى وحد النقد الحاليان منذ أبريل 2025؛ والتاريخ الدقيق غير مؤكد.
refund-warning-refund_counter_location_uncertain = مكتب الاسترداد والمبنى الدقيقان في مطار بايون غير مؤكدين؛ اسأل في المطار.
refund-warning-verify_before_travel = تحقق قبل السفر: بعض هذه القواعد غير مؤكد وقد يكون تغيّر.

## استرداد الضريبة: الاسترداد الفوري في المتجر

refund-instant-card_preauthorisation = يحجز المتجر مبلغًا على بطاقتك المصرفية ويدفع لك الاسترداد فورًا.
refund-instant-customs_check_at_departure = لا يزال عليك عرض البضائع على الجمارك عند مغادرة الصين.
refund-instant-leave_within_export_window = غادر الصين بالبضائع خلال مهلة التصدير، وإلا خُصم المبلغ المحجوز.

## استرداد الضريبة: قائمة المغادرة

refund-checklist-eligible_travellers = يحق للزوار الأجانب ولسكان هونغ كونغ وماكاو وتايوان طلب الاسترداد.
refund-checklist-goods_unused_and_carried = أبقِ البضائع غير مستعملة واحملها معك، في حقيبة اليد أو الأمتعة المسجلة.
refund-checklist-leave_within_90_days = غادر الصين بالبضائع خلال { $days } يومًا من شرائها.
refund-checklist-keep_forms_and_invoices = احتفظ باستمارات الاسترداد وفواتير كل متجر مع جواز سفرك.
refund-checklist-customs_stamp_before_checkin = في مطار بايون، اختم الاستمارات لدى الجمارك قبل تسجيل أمتعتك.
refund-checklist-collect_in_restricted_zone = استلم المبلغ من وكالة الاسترداد داخل المنطقة المقيدة بعد التفتيش الأمني.
refund-checklist-refund_counter_location_uncertain = المكتب والمبنى الدقيقان غير مؤكدين: اسأل موظفي المطار.
refund-checklist-cash_limit = يمكن صرف الاسترداد حتى { $limit } يوان نقدًا أو بتحويل؛ وما فوق ذلك بتحويل مصرفي فقط.
refund-checklist-instant_refund_customs_check = الاسترداد الفوري: لا يزال الفحص الجمركي عند المغادرة مطلوبًا.

## مخطط الرحلة: تنبيهات

plan-warning-outlasts_deadline = مغادرتك بعد الموعد النهائي لإقامتك دون تأشيرة ({ $deadline } بتوقيت بكين)؛ تنتهي الخطة في الوقت المناسب. غيّر تذكرتك أو احصل على تأشيرة.
plan-warning-leave_for_port = انطلق إلى { $port } قبل { $time } لتصل قبل المغادرة بـ { $minutes } دقيقة.
plan-warning-leave_for_departure = انطلق قبل { $time } لتكون في مكان المغادرة قبل الموعد بـ { $minutes } دقيقة.
plan-warning-tax_refund_reminder = لديك مشتريات مستردة الضريبة: خصص وقتًا في منفذ المغادرة لختم الجمارك قبل تسجيل الأمتعة ولاستلام المبلغ بعد التفتيش الأمني.
plan-warning-start_outside_guangzhou = نقطة انطلاقك خارج قوانغتشو؛ قد تطول أوقات التنقل عما هو معروض.
plan-warning-outside_guangzhou = { $place } خارج قوانغتشو؛ تأكد أنه ضمن المنطقة التي تسمح بها إقامتك دون تأشيرة.
plan-warning-must_see_unknown = لا نعرف المكان «{ $place }».
plan-warning-must_see_not_scheduled = تعذّر إدراج «{ $place }»: مغلق أو بعيد جدًا في كل وقت فراغ.
plan-warning-nothing_fits = لا تتسع أي زيارة بين وصولك وموعد الانطلاق إلى المنفذ.

## Input checks of the rules endpoints (server) and planner notices added by the server

field-invalid-country = المتوقع رمز ISO 3166-1 من حرفين مثل «US» أو «JP» أو «HK».
field-positive-amount = المتوقع مبلغ باليوان أكبر من 0 ولا يتجاوز { $max }، مثل «250.00».
field-too-many = الحد الأقصى للعناصر: { $max }.
field-plan-needs-end = أدخل «exit_at» أو «deadline» الخاص بالإعفاء من التأشيرة: تحتاج الخطة إلى وقت نهاية.
field-end-before-entry = المتوقع وقت بعد «entry_at».
field-window-too-long = الحد الأقصى لمدة الرحلة بالأيام: { $days }.
plan-warning-hours_unknown = لا نعرف مواعيد عمل { $place }؛ تحقّق منها قبل الذهاب.

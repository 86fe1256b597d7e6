# Canton Guide — Arabic messages (translated from the English reference,
# locales/en/main.ftl: this file must have exactly its keys; a test enforces it).
#
# Shared by guide-server (problem+json titles and details, labels in responses) and
# guide-core (the app's view models). Variables are written { $name }.

## Problem titles and details (RFC 9457 problem+json)

error-not-found-title = غير موجود
error-not-found-detail = لم يُعثر على { $what } باسم «{ $id }».
error-route-not-found-detail = لا توجد نقطة نهاية API على المسار { $path }. راجع /docs للاطلاع على قائمة نقاط النهاية.
error-validation-title = بعض المدخلات غير صالحة
error-validation-detail = تحقّق من الحقول المدرجة في «errors»؛ يوضّح كلٌّ منها القيم المقبولة.
error-bad-request-title = طلب غير صالح
error-method-not-allowed-title = الطريقة غير مسموح بها
error-method-not-allowed-detail = لا تقبل نقطة النهاية هذه طريقة HTTP المستخدمة.
error-payload-too-large-title = نص الطلب كبير جدًا
error-payload-too-large-detail = الحد الأقصى لحجم نص الطلب هو { $max } بايت.
error-unsupported-media-type-title = نوع وسائط غير مدعوم
error-unsupported-media-type-detail = أرسل نص الطلب بتنسيق JSON مع الترويسة «Content-Type: application/json».
error-not-acceptable-title = تنسيق الاستجابة المطلوب غير متاح
error-unauthorized-title = يلزم تسجيل الدخول
error-unauthorized-detail = سجّل الدخول مرة أخرى: رمز الوصول مفقود أو منتهي الصلاحية أو غير صالح.
error-forbidden-title = غير مسموح
error-forbidden-detail = لا يُسمح لحسابك بتنفيذ هذا الإجراء.
error-conflict-title = تعارض
error-precondition-failed-title = عدّله شخص آخر
error-precondition-failed-detail = تغيّر هذا العنصر منذ أن حمّلته. أعد تحميله، ثم طبّق تعديلك من جديد واحفظه مرة أخرى؛ لم يُستبدَل أي شيء.
error-precondition-required-detail = أرسل قيمة ETag الخاصة بالعنصر في ترويسة «If-Match» حتى لا تُستبدَل تعديلات الآخرين.
error-too-many-requests-title = طلبات كثيرة جدًا
error-too-many-requests-detail = يُرجى الانتظار { $seconds } ثانية ثم المحاولة مرة أخرى.
error-unavailable-title = الخدمة غير متاحة مؤقتًا
error-unavailable-detail = يتعذّر الوصول إلى قاعدة البيانات حاليًا. يُرجى المحاولة مرة أخرى بعد قليل.
error-overloaded-detail = الخادم مشغول. يُرجى الانتظار { $seconds } ثانية ثم المحاولة مرة أخرى.
error-uri-too-long-title = عنوان الطلب طويل جدًا
error-uri-too-long-detail = يجب ألّا يتجاوز المسار والاستعلام في الطلب { $max } بايت.
error-host-required-detail = يجب أن يتضمن طلب HTTP/1.1 ترويسة Host.
error-last-admin-detail = يجب أن يبقى مسؤول واحد على الأقل دائمًا: رقِّ شخصًا آخر إلى مسؤول أولًا.
error-internal-title = حدث خطأ من جانبنا
error-internal-detail = تم تسجيل المشكلة. يُرجى المحاولة مرة أخرى لاحقًا.

## Field-level validation messages (the “errors” array)

field-invalid-coordinates = يجب أن تكون القيمة بالصيغة «LAT,LNG» بالدرجات العشرية، مع خط عرض من −90 إلى 90 وخط طول من −180 إلى 180، مثل «23.1291,113.2644».
field-out-of-range = يجب أن تكون القيمة عددًا صحيحًا من { $min } إلى { $max }.
field-invalid-number = يجب أن تكون القيمة رقمًا.
field-invalid-choice = القيمة «{ $value }» غير مقبولة هنا. القيم المقبولة: { $accepted }.
field-invalid-boolean = يجب أن تكون القيمة «true» أو «false».
field-invalid-tax-refund = يجب أن تكون القيمة «true» (أي متجر يتيح استرداد الضريبة) أو «instant» (استرداد فوري للضريبة في المتجر).
field-invalid-time = يجب إدخال تاريخ ووقت مع فارق التوقيت، مثل «2026-12-01T19:30:00+08:00».
field-invalid-date = يجب إدخال تاريخ، مثل «2026-12-01».
field-invalid-cursor = هذا المؤشر غير صالح أو انتهت صلاحيته؛ اطلب الصفحة الأولى مجددًا بدون «cursor».
field-too-long = الحد الأقصى لعدد الأحرف: { $max }.
field-requires-near = مسموح به فقط مع «near».
field-unknown-parameter = معلمة غير معروفة. المعلمات المقبولة: { $accepted }.
field-invalid-json = نص الطلب ليس JSON صالحًا لنقطة النهاية هذه: { $reason }
field-required = هذا الحقل مطلوب.
field-invalid-range = يجب ألا يكون «from» بعد «to».

## Place kinds

kind-shop = متجر
kind-mall = مركز تسوّق
kind-flagship_store = متجر رئيسي
kind-restaurant = مطعم
kind-food_street = شارع المأكولات
kind-duty_free_shop = متجر معفى من الرسوم الجمركية
kind-tax_refund_point = نقطة استرداد الضريبة
kind-night_scene = مشهد ليلي
kind-attraction = معلم سياحي
kind-market = سوق متخصصة
kind-transport_hub = مركز مواصلات

## Payment methods

pay-foreign_card_pos = البطاقات المصرفية الأجنبية (جهاز الدفع)
pay-alipay_foreign_card = Alipay ببطاقة أجنبية
pay-wechat_foreign_card = WeChat Pay ببطاقة أجنبية
pay-foreign_wallets = المحافظ الإلكترونية الأجنبية (AlipayHK وKakao Pay وTouch ’n Go…)
pay-unionpay = UnionPay
pay-cash = نقدًا (باليوان الصيني)

## Foreigner-friendliness

friendly-english_menu = قائمة طعام بالإنجليزية
friendly-picture_menu = قائمة طعام مصوّرة
friendly-order_without_wechat = الطلب دون WeChat
friendly-halal = حلال
friendly-vegetarian = خيارات نباتية
friendly-wheelchair = مهيّأ للكراسي المتحركة
friendly-staff_languages = لغات الموظفين: { $languages }

## Badges and notices

badge-open-now = مفتوح الآن
badge-closed-now = مغلق الآن
badge-hours-unknown = ساعات العمل غير معروفة
hours-closed-day = مغلق
hours-unknown-span = غير معروف
badge-foreign-card = يقبل البطاقات الأجنبية
badge-tax-refund = استرداد الضريبة
badge-instant-refund = استرداد فوري للضريبة
badge-duty-free = معفى من الرسوم الجمركية
badge-night = الحياة الليلية
notice-verify-before-travel = تحقّق قبل التوجّه إليه
notice-not-yet-verified = لم يُتحقَّق منه بعد
notice-approximate-location = موقع تقريبي
notice-translation-fallback = لم يُترجَم إلى لغتك بعد؛ يُعرض بلغة { $language }.
opens-at = يفتح الساعة { $time }
closes-at = يغلق الساعة { $time }

## Driver card (shown to taxi drivers)

driver-card-title = اعرض هذا على السائق
driver-card-request = 请带我去这里 (من فضلك خذني إلى هنا)

## Districts of Guangzhou

district-yuexiu = يويشيو
district-liwan = ليوان
district-haizhu = هايتشو
district-tianhe = تيانخه
district-baiyun = بايون
district-huangpu = هوانغبو
district-panyu = بانيو
district-huadu = هوادو
district-nansha = نانشا
district-conghua = تسونغهوا
district-zengcheng = تسنغتشنغ

## Commercial zones (the "5+2+4" plan)

zone-tier-world_class = منطقة تجارية عالمية المستوى
zone-tier-lingnan = منطقة تجارية بطابع لينغنان التراثي
zone-tier-transport_hub = منطقة تجارية في مركز مواصلات

## Getting around

mode-walk = سيرًا على الأقدام
mode-metro = مترو
mode-taxi = سيارة أجرة
mode-bus = حافلة
mode-ferry = عبّارة
minutes = { $count ->
    [zero] { $count } دقيقة
    [one] دقيقة واحدة
    [two] دقيقتان
    [few] { $count } دقائق
    [many] { $count } دقيقة
   *[other] { $count } دقيقة
}
distance-m = { $meters } م
distance-km = { $km } كم

## Events

event-kind-fair = معرض تجاري
event-kind-festival = مهرجان
event-kind-exhibition = معرض
event-kind-sport = رياضة
event-kind-holiday = عطلة رسمية
notice-dates-unconfirmed = لم تُؤكَّد المواعيد بعد

## Accounts, merchant listings and staff review
error-precondition-required-title = الترويسة If-Match مطلوبة
error-invalid-credentials-detail = البريد الإلكتروني أو كلمة المرور غير صحيحة.
error-email-taken-detail = يوجد حساب بهذا البريد الإلكتروني بالفعل. سجّل الدخول أو استخدم عنوانًا آخر.
error-conflict-state-detail = لا يمكن تنفيذ ذلك ما دام العنصر في الحالة «{ $state }».
error-limit-reached-detail = بلغت الحد الأقصى البالغ { $max } من العناصر المحفوظة. احذف بعضها ثم حاول مرة أخرى.
error-slug-taken-detail = المعرّف «{ $slug }» مستخدم بالفعل. اختر معرّفًا آخر.
field-password-too-short = استخدم { $min } أحرف على الأقل. بضع كلمات غير مترابطة تصنع كلمة مرور جيدة وسهلة التذكر.
field-password-too-common = كلمة المرور هذه شائعة جدًا أو بسيطة جدًا. جرّب بضع كلمات غير مترابطة.
field-password-contains-email = يجب ألا تحتوي كلمة المرور على بريدك الإلكتروني.
field-invalid-email = المتوقع عنوان بريد إلكتروني مثل «name@example.com».
field-outside-guangzhou = تقع هذه النقطة خارج قوانغتشو. يجب أن يكون خط العرض بين 22.5 و23.95 وخط الطول بين 112.95 و114.05 (WGS-84).
field-invalid-opening-hours = مواعيد عمل OpenStreetMap غير صالحة: { $reason }
field-missing-translation = الترجمة «{ $locale }» مطلوبة.
field-unpublished-place = «{ $place }» ليس مكانًا منشورًا.
field-not-on-last-stop = المحطة الأخيرة ليس بعدها محطة: احذف «to_next».
field-ends-before-start = يجب أن تكون النهاية بعد البداية.
field-unknown-reference = «{ $value }» غير موجود.
field-invalid-slug = استخدم أحرفًا لاتينية صغيرة وأرقامًا و«-» (100 حرف على الأكثر).
field-invalid-url = اكتب عنوان صفحة ويب يستطيع أي شخص فتحها، يبدأ بـ https://‎ (2000 حرف على الأكثر).
review-reason-incomplete = تنقص بعض المعلومات المطلوبة. يُرجى إكمال البيانات.
review-reason-inaccurate = تعذّر تأكيد بعض المعلومات أو تبدو خاطئة. يُرجى التحقق منها.
review-reason-duplicate = هذا المكان مدرج في الدليل بالفعل.
review-reason-not_eligible = هذا المكان لا يناسب دليل الزوار الأجانب لقوانغتشو.
review-reason-inappropriate = تتضمن البيانات نصوصًا أو صورًا لا يمكن نشرها.
field-nul-character = يجب ألا يحتوي النص على محارف NUL ‏(%00).
review-reason-other = اطّلع على ملاحظة المراجِع.

## Public place and route pages (/p/…, /r/…)
page-hours = ساعات العمل
page-payments = طرق الدفع
page-maps = افتح في تطبيق الخرائط
page-sources = المصادر
page-stops = المحطات
page-not-found = هذا المكان أو المسار غير موجود في الدليل، أو لم يعد منشورًا.

# نصوص لوحة تحكم Canton Guide على الويب للتجار وموظفي السياحة. أخطاء حقول النماذج مأخوذة من رسائل الواجهة البرمجية في main.ftl.

## إطار كل صفحة

console-brand = لوحة تحكم Canton Guide
console-skip-to-content = انتقل إلى المحتوى الرئيسي
console-nav-label = لوحة التحكم
console-nav-sign-in = تسجيل الدخول
console-nav-sign-up = إنشاء حساب تاجر
console-nav-listings = قوائمي
console-nav-staff = صفحة الموظفين
console-signed-in-as = تم تسجيل الدخول باسم { $email }
console-sign-out = تسجيل الخروج
console-language = اللغة
console-language-apply = تغيير
console-footer = يساعد Canton Guide الزوار الأجانب على التنقل في قوانغتشو.
console-role-visitor = زائر
console-role-merchant = تاجر
console-role-curator = مراجِع
console-role-admin = مسؤول

## تسجيل الدخول

console-sign-in-title = تسجيل الدخول
console-sign-in-intro = للتجار وموظفي السياحة في Canton Guide.
console-field-email = البريد الإلكتروني
console-field-password = كلمة المرور
console-sign-in-submit = تسجيل الدخول
console-sign-in-failed = البريد الإلكتروني أو كلمة المرور غير صحيحة.
console-sign-in-limited = { $minutes ->
    [one] محاولات تسجيل دخول كثيرة جدًا. يُرجى الانتظار دقيقة واحدة ثم المحاولة مجددًا.
    [two] محاولات تسجيل دخول كثيرة جدًا. يُرجى الانتظار دقيقتين ثم المحاولة مجددًا.
    [few] محاولات تسجيل دخول كثيرة جدًا. يُرجى الانتظار { $minutes } دقائق ثم المحاولة مجددًا.
   *[other] محاولات تسجيل دخول كثيرة جدًا. يُرجى الانتظار { $minutes } دقيقة ثم المحاولة مجددًا.
}
console-sign-in-no-account = جديد على Canton Guide؟
console-sign-in-create = إنشاء حساب تاجر
console-notice-signed-out = لقد سجّلت الخروج.
console-notice-session-ended = انتهت جلستك. يُرجى تسجيل الدخول مرة أخرى.
console-notice-sign-in-required = يُرجى تسجيل الدخول لفتح هذه الصفحة.

## إنشاء حساب

console-sign-up-title = إنشاء حساب تاجر
console-sign-up-intro = سجّل متجرك أو مطعمك أو مكانك ليتمكن الزوار الأجانب من العثور عليه. يراجع مراجعو الدليل كل قائمة قبل نشرها.
console-field-display-name = اسمك أو اسم نشاطك التجاري (اختياري)
console-field-password-new = كلمة المرور
console-field-password-hint = { $min } أحرف على الأقل. بضع كلمات لا رابط بينها سهلة التذكر وصعبة التخمين.
console-sign-up-submit = إنشاء الحساب
console-sign-up-have-account = لديك حساب بالفعل؟
console-sign-up-sign-in = تسجيل الدخول
console-sign-up-limited = { $minutes ->
    [one] أُنشئ عدد كبير جدًا من الحسابات من هذه الشبكة. يُرجى المحاولة بعد دقيقة واحدة.
    [two] أُنشئ عدد كبير جدًا من الحسابات من هذه الشبكة. يُرجى المحاولة بعد دقيقتين.
    [few] أُنشئ عدد كبير جدًا من الحسابات من هذه الشبكة. يُرجى المحاولة بعد { $minutes } دقائق.
   *[other] أُنشئ عدد كبير جدًا من الحسابات من هذه الشبكة. يُرجى المحاولة بعد { $minutes } دقيقة.
}
console-form-has-errors = يُرجى تصحيح الحقول المشار إليها أدناه.
console-error-email-taken = يوجد حساب بهذا البريد الإلكتروني بالفعل. سجّل الدخول بدلًا من ذلك.

## قوائم التاجر

console-listings-title = قوائمي
console-listings-intro = تعرض كل قائمة حالتها: مسودة لا يراها غيرك، أو بانتظار المراجعة، أو منشورة في الدليل، أو غير مقبولة مع سبب المراجِع.
console-listings-empty = ليست لديك أي قوائم بعد.
console-listings-older = قوائم أقدم
console-status-label = الحالة
console-status-draft = مسودة
console-status-pending = بانتظار المراجعة
console-status-live = منشورة
console-status-live-pending = منشورة؛ تعديلاتك بانتظار المراجعة
console-status-rejected = غير مقبولة
console-status-live-rejected = منشورة؛ لم تُقبل تعديلاتك
console-reason = سبب المراجِع:
console-reason-note = ملاحظة المراجِع:
console-updated = آخر تعديل
console-unnamed = (بلا اسم بعد)

## صفحة الموظفين

console-staff-title = صفحة الموظفين
console-staff-intro = أنت مسجّل الدخول بصفتك { $role }.
console-staff-queue = بانتظار المراجعة
console-staff-queue-empty = لا شيء بانتظار المراجعة.
console-staff-queue-count = { $count ->
    [one] طلب واحد بانتظار المراجعة.
    [two] طلبان بانتظار المراجعة.
    [few] { $count } طلبات بانتظار المراجعة.
   *[other] { $count } طلبًا بانتظار المراجعة.
}
console-staff-queue-more = هناك طلبات أخرى بانتظار المراجعة؛ هذه أقدم { $shown } منها.
console-staff-submitted = تاريخ الإرسال

## صفحات الأخطاء

console-problem-code = خطأ { $status }
console-problem-home = الذهاب إلى الصفحة الرئيسية للوحة التحكم
console-problem-not-found-title = الصفحة غير موجودة
console-problem-not-found-detail = لا توجد صفحة على هذا العنوان. تحقّق من الرابط، أو ابدأ من جديد من الصفحة الرئيسية للوحة التحكم.
console-problem-forbidden-title = غير مسموح
console-problem-forbidden-detail = هذه الصفحة غير متاحة لحسابك ({ $role }).
console-problem-visitor-detail = لوحة التحكم مخصّصة للتجار وموظفي السياحة. حسابك حساب زائر: استخدم تطبيق Canton Guide بدلًا منها.
console-problem-csrf-title = انتهت صلاحية هذا النموذج
console-problem-csrf-detail = لم يُرسل النموذج من صفحة مفتوحة في لوحة التحكم، أو أنه قديم جدًا. ارجع وأعد تحميل الصفحة ثم أرسله مرة أخرى.
console-problem-bad-request-title = تعذّر فهم الطلب
console-problem-bad-request-detail = تعذّر فهم شيء ما في العنوان أو في النموذج. ارجع وحاول مرة أخرى.
console-problem-bad-language-title = اللغة غير متاحة
console-problem-bad-language-detail = «{ $value }» ليست من لغات لوحة التحكم. اختر إحدى هذه اللغات:
console-problem-bad-cursor-detail = رابط هذه الصفحة غير صالح. ابدأ من جديد من الصفحة الأولى لقوائمك.
console-problem-too-large-detail = النموذج أكبر من { $max } بايت، وهو الحد الذي تقبله لوحة التحكم.
console-problem-internal-title = حدث خطأ من جهتنا
console-problem-internal-detail = تعذّر عرض الصفحة. يُرجى المحاولة مرة أخرى بعد قليل.

## نموذج القائمة (التاجر)
console-nav-new-listing = قائمة جديدة
console-listing-new-title = قائمة جديدة
console-listing-edit-title = تعديل القائمة
console-listing-created = أُنشئت المسودة. لا يراها غيرك حتى ترسلها ويوافق عليها أحد المراجِعين.
console-listing-saved = تم الحفظ. لا تزال المسودة مرئية لك وحدك.
console-listing-saved-live = تم الحفظ. تعديلاتك بانتظار المراجعة، وتبقى النسخة المنشورة في الدليل حتى ذلك الحين.
console-listing-submitted = أُرسلت للمراجعة. سيظهر القرار هنا.
console-listing-errors = { $count ->
    [zero] لم تُحفظ القائمة.
    [one] لم تُحفظ القائمة: يُرجى تصحيح حقل واحد.
    [two] لم تُحفظ القائمة: يُرجى تصحيح حقلين.
    [few] لم تُحفظ القائمة: يُرجى تصحيح { $count } حقول.
    [many] لم تُحفظ القائمة: يُرجى تصحيح { $count } حقلًا.
   *[other] لم تُحفظ القائمة: يُرجى تصحيح { $count } حقل.
}
console-listing-stale = حُفظت هذه القائمة في علامة تبويب أو نافذة أخرى بعد أن فتحتها. لا تزال تعديلاتك في النموذج أدناه، وإذا حفظت مرة أخرى فستحلّ محل النسخة الأخرى.
console-listing-stale-submit = تغيّرت هذه القائمة بعد أن فتحتها. راجع النسخة أدناه ثم أرسلها مرة أخرى.
console-listing-status = حالتها الآن
console-listing-view-public = فتح الصفحة العامة
console-submit = إرسال للمراجعة
console-submit-hint = يراجع أحد المراجِعين القائمة قبل ظهورها في الدليل.
console-save = حفظ
console-section-basics = المعلومات الأساسية
console-field-kind = نوع المكان
console-field-district = المنطقة
console-field-name-zh = الاسم بالصينية
console-field-name-zh-hint = كما هو مكتوب على اللافتة: يقرؤه سائقو سيارات الأجرة والمارّة.
console-field-address-zh = العنوان بالصينية
console-field-phone = الهاتف
console-section-location = الموقع
console-field-map-link = رابط مشاركة الخريطة
console-field-map-link-hint = الصق رابطًا من Amap أو Apple Maps أو Google Maps، وسيحلّ محل الإحداثيات أدناه. يستخدم Amap إحداثيات GCJ-02 الصينية، وتُحوَّل إلى WGS-84.
console-field-lat = خط العرض (WGS-84)
console-field-lng = خط الطول (WGS-84)
console-field-location-needed = أدخل خط العرض وخط الطول، مثل 23.1291 و 113.2644، أو الصق رابط مشاركة خريطة.
console-map-link-not-a-link = الصق عنوان ويب يبدأ بـ https://.
console-map-link-unknown = هذا ليس رابطًا من Amap أو Apple Maps أو Google Maps.
console-map-link-short = الروابط المختصرة لا تحتوي على إحداثيات. افتح الرابط في متصفح، ثم انسخ العنوان الكامل من شريط العنوان.
console-map-link-no-coordinates = يشير هذا الرابط إلى مكان أو عملية بحث، لا إلى نقطة. شارك دبوسًا مثبّتًا على الخريطة بدلًا من ذلك، أو أدخل الإحداثيات.
console-section-hours = ساعات العمل
console-field-hours = ساعات العمل (بصيغة OpenStreetMap)
console-field-hours-hint = مثال: «Mo-Fr 10:00-22:00; Sa-Su 10:00-23:00; PH off» (PH: العطلات الرسمية).
console-hours-preview = الأيام السبعة القادمة كما سيراها الزوار
console-hours-closed = مغلق
console-hours-unknown = غير معروف
console-section-payments = طرق الدفع المتاحة للزوار
console-section-friendliness = للزوار القادمين من الخارج
console-friendly-unsaid = غير محدد
console-friendly-yes = نعم
console-friendly-no = لا
console-field-staff-languages = اللغات التي يتحدثها الموظفون
console-field-staff-languages-hint = رموز اللغات مفصولة بفواصل، مثل en, ja, yue.
console-section-refund = استرداد الضريبة
console-field-refund-store = متجر مسجّل لاسترداد الضريبة عند المغادرة
console-field-refund-instant = يدفع قيمة الاسترداد في الحال (استرداد فوري)
console-section-more = المزيد عن المكان
console-field-night = مفتوح مساءً (الاقتصاد الليلي)
console-field-interests = مجالات الاهتمام
console-interest-food = الطعام
console-interest-shopping = التسوق
console-interest-night = السهر
console-interest-heritage = التراث
console-interest-culture = الثقافة
console-interest-nature = الطبيعة
console-interest-family = العائلات
console-field-tags = الوسوم
console-field-tags-hint = مفصولة بفواصل.
console-field-visit-minutes = المدة المعتادة للزيارة بالدقائق
console-section-texts = نصوص للزوار حسب اللغة
console-texts-hint = الإنجليزية مطلوبة. أضف اللغات التي تجيد الكتابة بها، ويرى الزوار النص الإنجليزي حيث تنقص لغة ما.
console-field-name = الاسم
console-field-summary = الملخص
console-field-address = العنوان

## المراجعة (المراجِعون والمسؤولون)
console-nav-review = طلبات المراجعة
console-review-title = طلبات المراجعة
console-review-intro = طلبات التجار، الأقدم أولًا. افتح أحدها لمقارنته بالنسخة المنشورة، ثم وافق عليه أو ارفضه.
console-review-more = مزيد من الطلبات
console-review-merchant = التاجر:
console-review-kind-new = قائمة جديدة
console-review-kind-edit = تعديل على قائمة منشورة
console-review-one-title = مراجعة طلب
console-review-changes = ما الذي يتغيّر
console-review-field = الحقل
console-review-live = المنشور حاليًا
console-review-proposed = المقترح
console-review-no-changes = لا يختلف أي حقل عن النسخة المنشورة.
console-review-empty-value = —
console-review-approve-heading = الموافقة
console-review-approve-hint = تُنشر النسخة المقترحة في الدليل فورًا.
console-review-approve = الموافقة والنشر
console-review-reject-heading = الرفض
console-review-reason = السبب
console-review-reason-choose = اختر سببًا
console-review-note = ملاحظة للتاجر (اختيارية)
console-review-note-hint = تُعرض كما تكتبها، أما السبب نفسه فيُعرض بلغة التاجر.
console-review-reject = رفض
console-review-reject-fix = اختر سببًا قبل الرفض.
console-review-approved = تمت الموافقة: القائمة منشورة الآن.
console-review-rejected = تم الرفض: يرى التاجر السبب بلغته.
console-review-gone = بتّ شخص آخر في هذا الطلب، أو تغيّر بعد أن فتحته. هذه هي الطلبات التي تنتظر المراجعة الآن.

## سجل التدقيق والحسابات والمسارات المواضيعية (المراجِعون والمسؤولون)
console-nav-audit = سجل التدقيق
console-audit-title = سجل التدقيق
console-audit-intro = كل تغيير أجراه الموظفون والتجار، الأحدث أولًا، مع الحالة قبله وبعده. الأوقات بتوقيت قوانغتشو.
console-audit-filters = عوامل التصفية
console-audit-actor = مَن (معرّف الحساب)
console-audit-action = الإجراء
console-audit-action-hint = مطابق تمامًا، أو بدايته متبوعة بنقطة، مثل route.
console-audit-target-type = نوع العنصر (place أو route أو event أو alert أو user)
console-audit-target-id = معرّف العنصر
console-audit-since = من
console-audit-until = حتى (غير مشمول)
console-audit-time-hint = التاريخ والوقت مع فرق التوقيت، مثل 2026-12-01T09:00:00+08:00.
console-audit-apply = تطبيق عوامل التصفية
console-audit-clear = مسح عوامل التصفية
console-audit-fix = تعذّرت قراءة بعض عوامل التصفية؛ راجع الرسائل بجانبها.
console-audit-empty = لا يوجد إدخال يطابق عوامل التصفية هذه.
console-audit-time = الوقت
console-audit-who = مَن
console-audit-action-column = الإجراء
console-audit-target = العنصر
console-audit-show-change = قبل وبعد
console-audit-before = قبل
console-audit-after = بعد
console-audit-older = إدخالات أقدم
console-nav-users = الحسابات
console-users-title = الحسابات والأدوار
console-users-intro = ابحث عن حساب بعنوان بريده الإلكتروني، ثم غيّر دوره. يسري التغيير من الطلب التالي لهذا الحساب.
console-users-email = عنوان البريد الإلكتروني
console-users-find = بحث
console-users-none = لا يوجد حساب بهذا العنوان.
console-users-since = تاريخ إنشاء الحساب
console-users-role = الدور
console-users-change = تغيير الدور
console-users-changed = تم تغيير الدور. ويسري من الطلب التالي لهذا الحساب.
console-users-fix = لم يتغيّر الدور؛ راجع الرسالة بجانبه.
console-nav-routes = المسارات
console-routes-title = المسارات المواضيعية
console-routes-intro = جولات سيرًا ورحلات ليوم واحد للزوار، بما فيها المسودات. يظهر المسار في الدليل بعد نشره.
console-routes-new = مسار جديد
console-routes-empty = لا توجد مسارات بعد.
console-routes-stops = { $count ->
    [zero] لا توقفات
    [one] توقف واحد
    [two] توقفان
    [few] { $count } توقفات
    [many] { $count } توقفًا
   *[other] { $count } توقف
}
console-routes-updated = آخر تغيير
console-route-new-title = مسار جديد
console-route-edit-title = تعديل المسار
console-route-slug = اسم قصير للعنوان (slug)
console-route-slug-hint = حروف لاتينية صغيرة وأرقام وشرطات، مثل lingnan-heritage-walk.
console-route-theme = الموضوع
console-route-stops = التوقفات بترتيب الزيارة
console-route-stops-hint = من 2 إلى 30 مكانًا منشورًا في الدليل. إضافة توقف أو نقله أو إزالته تغيّر هذا النموذج فقط: اضغط حفظ للاحتفاظ بالتغيير.
console-route-no-stops = لا توجد توقفات بعد.
console-route-stop = التوقف { $number }
console-route-dwell = مدة البقاء بالدقائق
console-route-leg-mode = ثم إلى التوقف التالي بواسطة
console-route-leg-minutes = الدقائق حتى التوقف التالي
console-route-up = نقل لأعلى
console-route-down = نقل لأسفل
console-route-remove = إزالة
console-route-add-place = المكان المراد إضافته
console-route-add-place-hint = الاسم القصير (slug) للمكان أو معرّفه، مثل canton-tower.
console-route-add = إضافة توقف
console-route-sources = المصادر
console-route-sources-hint = عنوان ويب واحد في كل سطر: الصفحات التي يستند إليها المسار.
console-route-unsaved = لم يُحفظ بعد: اضغط حفظ للاحتفاظ بهذه التغييرات.
console-route-errors = { $count ->
    [zero] لم يُحفظ المسار.
    [one] لم يُحفظ المسار: يُرجى تصحيح حقل واحد.
    [two] لم يُحفظ المسار: يُرجى تصحيح حقلين.
    [few] لم يُحفظ المسار: يُرجى تصحيح { $count } حقول.
    [many] لم يُحفظ المسار: يُرجى تصحيح { $count } حقلًا.
   *[other] لم يُحفظ المسار: يُرجى تصحيح { $count } حقل.
}
console-route-created = أُنشئ المسار كمسودة. انشره عندما يصبح جاهزًا.
console-route-saved = حُفظ المسار.
console-route-published = نُشر: المسار موجود في الدليل.
console-route-unpublished = سُحب: عاد المسار مسودة.
console-route-publish = نشر
console-route-publish-hint = يرى الزوار المسار في الدليل فورًا.
console-route-unpublish = سحب
console-route-unpublish-hint = يخرج المسار من الدليل ويعود مسودة.

## الفعاليات والتنبيهات (المنسّقون والمسؤولون)
console-nav-events = الفعاليات
console-nav-alerts = التنبيهات
console-field-zones = المناطق التجارية
console-confidence-confirmed = مؤكدة: أعلنها المنظِّم
console-confidence-inferred = متوقعة: بناءً على السنوات السابقة، ولم تُعلن بعد
console-confidence-uncertain = غير مؤكدة: يُطلب من الزوار التحقق منها
console-events-title = الفعاليات
console-events-intro = المعارض التجارية والمهرجانات والمعارض الفنية والعطلات الرسمية، بما فيها المسودات. تظهر الفعالية في الدليل بعد نشرها.
console-events-new = فعالية جديدة
console-events-empty = لا توجد فعاليات بعد.
console-event-new-title = فعالية جديدة
console-event-edit-title = تعديل الفعالية
console-event-slug-hint = حروف لاتينية صغيرة وأرقام وشرطات، مثل canton-fair-spring.
console-event-kind = نوع الفعالية
console-event-dates = التواريخ
console-event-starts-on = اليوم الأول
console-event-ends-on = اليوم الأخير
console-event-dates-hint = أيام بتوقيت قوانغتشو؛ اليوم الأخير مشمول. لفعالية ليوم واحد، أدخل اليوم نفسه مرتين.
console-event-confidence = ما مدى التأكد من التواريخ؟
console-event-where = المكان
console-event-place = مكان الإقامة (اختياري)
console-event-place-hint = الاسم القصير (slug) لمكان منشور في الدليل أو معرّفه، مثل canton-tower. اتركه فارغًا لفعالية في أنحاء المدينة.
console-event-sources-hint = عنوان ويب واحد في كل سطر: الصفحات التي أُخذت منها التواريخ.
console-event-errors = { $count ->
    [zero] لم تُحفظ الفعالية.
    [one] لم تُحفظ الفعالية: يُرجى تصحيح حقل واحد.
    [two] لم تُحفظ الفعالية: يُرجى تصحيح حقلين.
    [few] لم تُحفظ الفعالية: يُرجى تصحيح { $count } حقول.
    [many] لم تُحفظ الفعالية: يُرجى تصحيح { $count } حقلًا.
   *[other] لم تُحفظ الفعالية: يُرجى تصحيح { $count } حقل.
}
console-event-created = أُنشئت الفعالية كمسودة. انشرها عندما تصبح جاهزة.
console-event-saved = حُفظت الفعالية.
console-event-published = نُشرت: الفعالية في الدليل.
console-event-unpublished = سُحبت: عادت الفعالية مسودة.
console-event-publish-hint = يرى الزوار الفعالية في الدليل فورًا.
console-event-unpublish-hint = تخرج الفعالية من الدليل وتعود مسودة.
console-severity-info = معلومة
console-severity-warning = تحذير
console-severity-severe = خطر
console-alerts-title = التنبيهات
console-alerts-intro = تنبيهات للزوار (أعاصير، عواصف مطرية، إغلاقات)، بما فيها المسودات والتنبيهات المنتهية. يظهر التنبيه المنشور في الدليل خلال مدة سريانه.
console-alerts-new = تنبيه جديد
console-alerts-empty = لا توجد تنبيهات بعد.
console-alerts-in-force = سارٍ الآن
console-alerts-upcoming = لم يسرِ بعد
console-alerts-over = انتهى
console-alert-new-title = تنبيه جديد
console-alert-edit-title = تعديل التنبيه
console-alert-severity = درجة الخطورة
console-alert-severity-hint = معلومة: من المفيد معرفتها. تحذير: خطّط مع أخذه في الحسبان. خطر: تصرّف الآن (إشارة إعصار، سلامة).
console-alert-starts-at = من
console-alert-ends-at = حتى
console-alert-window-hint = بتوقيت قوانغتشو (UTC+8). يظهر التنبيه من الوقت الأول حتى الثاني.
console-alert-time-invalid = المتوقع تاريخ ووقت، مثل 2026-12-01 19:30 (بتوقيت قوانغتشو).
console-alert-area = أين يسري
console-alert-area-hint = حدّد المناطق التجارية والمسارات المعنية؛ لا تحدّد شيئًا إذا كان يشمل المدينة كلها.
console-alert-title-field = العنوان
console-alert-body = التفاصيل
console-alert-errors = { $count ->
    [zero] لم يُحفظ التنبيه.
    [one] لم يُحفظ التنبيه: يُرجى تصحيح حقل واحد.
    [two] لم يُحفظ التنبيه: يُرجى تصحيح حقلين.
    [few] لم يُحفظ التنبيه: يُرجى تصحيح { $count } حقول.
    [many] لم يُحفظ التنبيه: يُرجى تصحيح { $count } حقلًا.
   *[other] لم يُحفظ التنبيه: يُرجى تصحيح { $count } حقل.
}
console-alert-created = أُنشئ التنبيه كمسودة. انشره ليظهر.
console-alert-saved = حُفظ التنبيه.
console-alert-published = نُشر: يظهر التنبيه ما دام ساريًا.
console-alert-unpublished = سُحب: عاد التنبيه مسودة.
console-alert-publish-hint = يرى الزوار التنبيه خلال مدة سريانه.
console-alert-unpublish-hint = لا يعود التنبيه ظاهرًا ويرجع مسودة.

# نصوص شاشات التطبيق (نماذج العرض في guide-core). الكلمات المشتركة في main.ftl.

app-title-explore = استكشاف
app-title-zones = المناطق التجارية
app-title-routes = المسارات
app-title-planner = مخطط الرحلة
app-title-refund = استرداد الضريبة
app-title-saved = المحفوظات
app-title-settings = الإعدادات
app-offline-banner = دون اتصال: يُعرض الدليل المحفوظ على الهاتف
app-no-data = لا يوجد دليل دون اتصال بعد. اتصل بالإنترنت مرة واحدة لتنزيله.
app-error-offline = أنت غير متصل. الدليل المحفوظ ما زال يعمل.
app-explore-empty = لا توجد أماكن تطابق عوامل التصفية هذه.
app-place-count = { $count ->
    [one] مكان واحد
    [two] مكانان
    [few] { $count } أماكن
    [many] { $count } مكانًا
   *[other] { $count } مكان
}
app-stop-count = { $count ->
    [one] محطة واحدة
    [two] محطتان
    [few] { $count } محطات
    [many] { $count } محطة
   *[other] { $count } محطة
}
app-duration-hm = { $hours } س { $minutes } د
app-stay = البقاء { $duration }
app-leg = { $mode }، { $duration }
app-price = { $amount } ¥
app-date = { $weekday } { $day } { $month }
app-date-time = { $date } { $time }
app-weekday-1 = الاثنين
app-weekday-2 = الثلاثاء
app-weekday-3 = الأربعاء
app-weekday-4 = الخميس
app-weekday-5 = الجمعة
app-weekday-6 = السبت
app-weekday-7 = الأحد
app-month-1 = يناير
app-month-2 = فبراير
app-month-3 = مارس
app-month-4 = أبريل
app-month-5 = مايو
app-month-6 = يونيو
app-month-7 = يوليو
app-month-8 = أغسطس
app-month-9 = سبتمبر
app-month-10 = أكتوبر
app-month-11 = نوفمبر
app-month-12 = ديسمبر
app-hours-unknown = ساعات العمل غير معروفة
app-transit-eligible = يمكنك الدخول دون تأشيرة
app-transit-not-eligible = هذه الرحلة تحتاج إلى تأشيرة
app-transit-deadline = غادر البر الرئيسي للصين قبل { $time }
app-countdown = متبقٍ { $days ->
    [one] يوم واحد
    [two] يومان
    [few] { $days } أيام
    [many] { $days } يومًا
   *[other] { $days } يوم
} و{ $hours } س
app-countdown-over = انتهت مدة الإقامة دون تأشيرة
app-plan-summary = { $days ->
    [one] يوم واحد
    [two] يومان
    [few] { $days } أيام
    [many] { $days } يومًا
   *[other] { $days } يوم
}، { $visits ->
    [one] زيارة واحدة
    [two] زيارتان
    [few] { $visits } زيارات
    [many] { $visits } زيارة
   *[other] { $visits } زيارة
}
app-plan-leave = انطلق إلى المنفذ الساعة { $time }
app-plan-empty = تحقق من قواعد الإعفاء من التأشيرة أو أدخل وقت المغادرة لإنشاء خطة.
app-role-visit = زيارة
app-role-lunch = غداء
app-role-dinner = عشاء
app-role-night = سهرة
app-refund-spent = المبلغ المنفق: { $amount }
app-refund-estimate = الاسترداد المتوقع: { $amount }
app-refund-instant = استُرد فورًا في المتاجر: { $amount }
app-refund-collect = يُستلم عند المغادرة: { $amount }
app-refund-empty = أضف مشترياتك التي لها فاتورة استرداد ضريبي لمتابعة المبلغ المسترد.
app-refund-not-eligible = أقل من الحد الأدنى لهذا المتجر في هذا اليوم
app-saved-empty = لم تحفظ شيئًا بعد.
app-saved-pending = محفوظ على الهاتف؛ تتم المزامنة عند الاتصال وتسجيل الدخول
app-settings-language = اللغة
app-settings-offline = الدليل دون اتصال
app-settings-synced = الأماكن المحفوظة: { $count }، آخر تحديث { $time }
app-settings-never = لم يُنزَّل بعد
app-settings-account = الحساب
app-settings-signed-in = تم تسجيل الدخول: تتم مزامنة المفضلة وخطط الرحلات
app-settings-signed-out = لم تسجل الدخول (التصفح لا يحتاج إلى حساب)
app-sync-updated = تم تحديث الدليل: { $changed } تغييرات
app-sync-current = الدليل محدَّث
app-source-checked = { $url } (تم التحقق في { $date })

# The desktop and phone shells' own labels (GuideCore.labels).
app-label-search = ابحث عن الأماكن
app-label-back = رجوع
app-label-driver-show = اعرضه على سائق الأجرة
app-label-close = إغلاق
app-label-favorite-add = حفظ
app-label-favorite-remove = إزالة من المحفوظات
app-label-map-amap = خرائط Amap
app-label-map-apple = خرائط Apple
app-label-map-google = خرائط Google
app-label-nationality = بلد جواز السفر
app-label-entry-port = مطار أو ميناء الوصول
app-label-entry-at = وقت الوصول
app-label-origin = قادم من
app-label-destination = متجه إلى
app-label-departure = وقت المغادرة
app-label-check = تحقق من الدخول بدون تأشيرة
app-label-interests = الاهتمامات
app-interest-food = الطعام
app-interest-shopping = التسوق
app-interest-night = المشاهد الليلية
app-interest-heritage = التراث
app-interest-culture = الثقافة
app-interest-nature = الطبيعة
app-interest-family = العائلة
app-label-plan = خطط أيامي
app-label-store = المتجر
app-label-date = تاريخ الشراء
app-label-amount = المبلغ باليوان (شامل الضريبة)
app-label-vat = نسبة ضريبة القيمة المضافة (%)
app-label-instant = استُرد في المتجر
app-label-add = أضف مشترى
app-label-remove = إزالة
app-label-checklist = قبل المغادرة
app-label-sync = حدّث الدليل الآن

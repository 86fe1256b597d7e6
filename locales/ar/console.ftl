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

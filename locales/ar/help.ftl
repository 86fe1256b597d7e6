# Canton Guide — the help directory (GET /v1/help, offline bundle): categories, and the
# name and note of each entry of seeds/policies/help-*.yaml by its key.

help-category-emergency = الطوارئ
help-category-hotline = الخطوط الساخنة
help-category-consulate = القنصليات
help-category-hospital = المستشفيات والعيادات
help-police-name = الشرطة
help-police-note = جريمة أو خطر أو أي حالة طارئة. الاتصال مجاني من أي هاتف.
help-fire-name = الإطفاء والإنقاذ
help-fire-note = حريق، تسرب غاز، أشخاص محاصرون.
help-ambulance-name = الإسعاف
help-ambulance-note = مرض أو إصابة خطيرة. نقل الإسعاف مدفوع الأجر.
help-traffic-police-name = شرطة المرور
help-traffic-police-note = حوادث الطرق.
help-hotline-12345-name = الخط الساخن للخدمات الحكومية في قوانغتشو
help-hotline-12345-note = استفسارات وشكاوى بشأن الخدمات العامة (لغير الطوارئ).
help-multilingual-960169-name = الخط الساخن متعدد اللغات للخدمات العامة في قوانغتشو
help-multilingual-960169-note = ترجمة في مكالمة ثلاثية مع الخدمات العامة أو 12345 أو 110 أو 119 أو 120: الإنجليزية على مدار الساعة، واليابانية والكورية من 9:00 إلى 21:00.
help-health-12320-name = الخط الساخن للصحة في قوانغتشو
help-health-12320-note = استفسارات صحية ومواعيد المستشفيات.
help-consulate-us-name = القنصلية العامة للولايات المتحدة في قوانغتشو
help-consulate-us-note = مساعدة المواطنين الأمريكيين: فقدان جواز السفر، الاعتقال، حالات الطوارئ.
help-consulate-es-name = القنصلية العامة لإسبانيا في قوانغتشو
help-consulate-es-note = مساعدة المواطنين الإسبان: فقدان جواز السفر، الاعتقال، حالات الطوارئ.
help-consulate-kw-name = القنصلية العامة لدولة الكويت في قوانغتشو
help-consulate-kw-note = مساعدة المواطنين الكويتيين: فقدان جواز السفر، الاعتقال، حالات الطوارئ.

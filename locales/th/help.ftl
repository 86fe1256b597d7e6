# Canton Guide — the help directory (GET /v1/help, offline bundle): categories, and the
# name and note of each entry of seeds/policies/help-*.yaml by its key.

help-category-emergency = เหตุฉุกเฉิน
help-category-hotline = สายด่วน
help-category-consulate = สถานกงสุล
help-category-hospital = โรงพยาบาลและคลินิก
help-police-name = ตำรวจ
help-police-note = อาชญากรรม อันตราย หรือเหตุฉุกเฉินใด ๆ โทรฟรีจากทุกโทรศัพท์
help-fire-name = ดับเพลิงและกู้ภัย
help-fire-note = ไฟไหม้ แก๊สรั่ว คนติดอยู่
help-ambulance-name = รถพยาบาล
help-ambulance-note = เจ็บป่วยหรือบาดเจ็บสาหัส ค่ารถพยาบาลต้องชำระเอง
help-traffic-police-name = ตำรวจจราจร
help-traffic-police-note = อุบัติเหตุทางถนน
help-hotline-12345-name = สายด่วนบริการรัฐบาลเมืองกว่างโจว
help-hotline-12345-note = สอบถามและร้องเรียนเรื่องบริการสาธารณะ (ไม่ใช่เหตุฉุกเฉิน)
help-multilingual-960169-name = สายด่วนบริการสาธารณะหลายภาษาเมืองกว่างโจว
help-multilingual-960169-note = ล่ามในการโทรสามสายกับหน่วยงานรัฐ 12345 110 119 หรือ 120: ภาษาอังกฤษตลอด 24 ชั่วโมง ภาษาญี่ปุ่นและเกาหลี 9:00–21:00
help-health-12320-name = สายด่วนสุขภาพเมืองกว่างโจว
help-health-12320-note = ปรึกษาเรื่องสุขภาพและนัดหมายโรงพยาบาล
help-consulate-us-name = สถานกงสุลใหญ่สหรัฐอเมริกา ณ นครกว่างโจว
help-consulate-us-note = ช่วยเหลือพลเมืองสหรัฐฯ: หนังสือเดินทางหาย ถูกจับกุม เหตุฉุกเฉิน
help-consulate-es-name = สถานกงสุลใหญ่สเปน ณ นครกว่างโจว
help-consulate-es-note = ช่วยเหลือพลเมืองสเปน: หนังสือเดินทางหาย ถูกจับกุม เหตุฉุกเฉิน
help-consulate-kw-name = สถานกงสุลใหญ่คูเวต ณ นครกว่างโจว
help-consulate-kw-note = ช่วยเหลือพลเมืองคูเวต: หนังสือเดินทางหาย ถูกจับกุม เหตุฉุกเฉิน

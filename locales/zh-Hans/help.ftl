# Canton Guide — the help directory (GET /v1/help, offline bundle): categories, and the
# name and note of each entry of seeds/policies/help-*.yaml by its key.

help-category-emergency = 紧急求助
help-category-hotline = 服务热线
help-category-consulate = 领事馆
help-category-hospital = 医院和诊所
help-police-name = 报警
help-police-note = 遇到犯罪、危险或任何紧急情况。任何电话均可免费拨打。
help-fire-name = 火警与救援
help-fire-note = 火灾、燃气泄漏、人员被困。
help-ambulance-name = 急救
help-ambulance-note = 重病或重伤。救护车需要收费。
help-traffic-police-name = 交通事故报警
help-traffic-police-note = 道路交通事故。
help-hotline-12345-name = 广州市政府服务热线
help-hotline-12345-note = 公共服务咨询和投诉（非紧急情况）。
help-multilingual-960169-name = 广州市多语种公共服务热线
help-multilingual-960169-note = 与公共服务部门、12345、110、119 或 120 三方通话翻译：英语全天，日语和韩语 9:00–21:00。
help-health-12320-name = 广州卫生健康热线
help-health-12320-note = 健康咨询和医院预约。
help-consulate-us-name = 美国驻广州总领事馆
help-consulate-us-note = 为美国公民提供协助：护照遗失、被拘留、紧急情况。
help-consulate-es-name = 西班牙驻广州总领事馆
help-consulate-es-note = 为西班牙公民提供协助：护照遗失、被拘留、紧急情况。
help-consulate-kw-name = 科威特驻广州总领事馆
help-consulate-kw-note = 为科威特公民提供协助：护照遗失、被拘留、紧急情况。

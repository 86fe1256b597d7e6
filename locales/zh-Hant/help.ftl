# Canton Guide — the help directory (GET /v1/help, offline bundle): categories, and the
# name and note of each entry of seeds/policies/help-*.yaml by its key.

help-category-emergency = 緊急求助
help-category-hotline = 服務熱線
help-category-consulate = 領事館
help-category-hospital = 醫院和診所
help-police-name = 報警
help-police-note = 遇到犯罪、危險或任何緊急情況。任何電話均可免費撥打。
help-fire-name = 火警與救援
help-fire-note = 火災、燃氣洩漏、人員被困。
help-ambulance-name = 急救
help-ambulance-note = 重病或重傷。救護車需要收費。
help-traffic-police-name = 交通事故報警
help-traffic-police-note = 道路交通事故。
help-hotline-12345-name = 廣州市政府服務熱線
help-hotline-12345-note = 公共服務諮詢和投訴（非緊急情況）。
help-multilingual-960169-name = 廣州市多語種公共服務熱線
help-multilingual-960169-note = 與公共服務部門、12345、110、119 或 120 三方通話翻譯：英語全天，日語和韓語 9:00–21:00。
help-health-12320-name = 廣州衛生健康熱線
help-health-12320-note = 健康諮詢和醫院預約。
help-consulate-us-name = 美國駐廣州總領事館
help-consulate-us-note = 為美國公民提供協助：護照遺失、被拘留、緊急情況。
help-consulate-es-name = 西班牙駐廣州總領事館
help-consulate-es-note = 為西班牙公民提供協助：護照遺失、被拘留、緊急情況。
help-consulate-kw-name = 科威特駐廣州總領事館
help-consulate-kw-note = 為科威特公民提供協助：護照遺失、被拘留、緊急情況。

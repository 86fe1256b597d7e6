# Canton Guide — the help directory (GET /v1/help, offline bundle): categories, and the
# name and note of each entry of seeds/policies/help-*.yaml by its key.

help-category-emergency = 緊急
help-category-hotline = ホットライン
help-category-consulate = 領事館
help-category-hospital = 病院・診療所
help-police-name = 警察
help-police-note = 犯罪、危険、その他あらゆる緊急時に。どの電話からも無料です。
help-fire-name = 消防・救助
help-fire-note = 火災、ガス漏れ、閉じ込め。
help-ambulance-name = 救急車
help-ambulance-note = 重い病気やけが。救急車は有料です。
help-traffic-police-name = 交通警察
help-traffic-police-note = 交通事故。
help-hotline-12345-name = 広州市政府サービスホットライン
help-hotline-12345-note = 公共サービスに関する問い合わせや苦情（緊急時以外）。
help-multilingual-960169-name = 広州市多言語公共サービスホットライン
help-multilingual-960169-note = 公共サービス、12345、110、119、120 との三者通話で通訳：英語は終日、日本語と韓国語は 9:00～21:00。
help-health-12320-name = 広州市衛生健康ホットライン
help-health-12320-note = 健康相談と病院の予約。
help-consulate-us-name = 在広州米国総領事館
help-consulate-us-note = 米国市民への援助：旅券の紛失、逮捕、緊急事態。
help-consulate-es-name = 在広州スペイン総領事館
help-consulate-es-note = スペイン市民への援助：旅券の紛失、逮捕、緊急事態。
help-consulate-kw-name = 在広州クウェート総領事館
help-consulate-kw-note = クウェート市民への援助：旅券の紛失、逮捕、緊急事態。

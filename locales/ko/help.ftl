# Canton Guide — the help directory (GET /v1/help, offline bundle): categories, and the
# name and note of each entry of seeds/policies/help-*.yaml by its key.

help-category-emergency = 긴급
help-category-hotline = 상담 전화
help-category-consulate = 영사관
help-category-hospital = 병원 및 의원
help-police-name = 경찰
help-police-note = 범죄, 위험 또는 모든 긴급 상황. 어느 전화로든 무료입니다.
help-fire-name = 소방 및 구조
help-fire-note = 화재, 가스 누출, 갇힌 사람.
help-ambulance-name = 구급차
help-ambulance-note = 중한 질병이나 부상. 구급차는 유료입니다.
help-traffic-police-name = 교통경찰
help-traffic-police-note = 교통사고.
help-hotline-12345-name = 광저우시 정부 서비스 핫라인
help-hotline-12345-note = 공공 서비스 문의 및 민원(긴급 상황 제외).
help-multilingual-960169-name = 광저우시 다국어 공공 서비스 핫라인
help-multilingual-960169-note = 공공 서비스, 12345, 110, 119, 120과의 3자 통화 통역: 영어는 24시간, 일본어와 한국어는 9:00~21:00.
help-health-12320-name = 광저우 보건 핫라인
help-health-12320-note = 건강 상담과 병원 예약.
help-consulate-us-name = 주광저우 미국 총영사관
help-consulate-us-note = 미국 시민 지원: 여권 분실, 체포, 긴급 상황.
help-consulate-es-name = 주광저우 스페인 총영사관
help-consulate-es-note = 스페인 시민 지원: 여권 분실, 체포, 긴급 상황.
help-consulate-kw-name = 주광저우 쿠웨이트 총영사관
help-consulate-kw-note = 쿠웨이트 시민 지원: 여권 분실, 체포, 긴급 상황.

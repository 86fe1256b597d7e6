# Canton Guide — Korean messages (translated from the English reference,
# locales/en/main.ftl: this file must have exactly its keys; a test enforces it).
#
# Shared by guide-server (problem+json titles and details, labels in responses) and
# guide-core (the app's view models). Variables are written { $name }.

## Problem titles and details (RFC 9457 problem+json)

error-not-found-title = 찾을 수 없음
error-not-found-detail = “{ $id }”(이)라는 { $what }을(를) 찾을 수 없습니다.
error-route-not-found-detail = { $path }에는 API 엔드포인트가 없습니다. 엔드포인트 목록은 /docs를 참조하세요.
error-validation-title = 일부 입력값이 올바르지 않습니다
error-validation-detail = “errors”에 나열된 필드를 확인하세요. 각 항목에 허용되는 값이 안내되어 있습니다.
error-bad-request-title = 잘못된 요청
error-method-not-allowed-title = 허용되지 않는 메서드
error-method-not-allowed-detail = 이 엔드포인트는 해당 HTTP 메서드를 허용하지 않습니다.
error-payload-too-large-title = 요청 본문이 너무 큼
error-payload-too-large-detail = 요청 본문은 최대 { $max }바이트까지 보낼 수 있습니다.
error-unsupported-media-type-title = 지원되지 않는 미디어 유형
error-unsupported-media-type-detail = 본문을 “Content-Type: application/json”과 함께 JSON 형식으로 보내세요.
error-not-acceptable-title = 허용 가능한 형식으로 응답할 수 없음
error-unauthorized-title = 로그인 필요
error-unauthorized-detail = 다시 로그인하세요. 액세스 토큰이 없거나, 만료되었거나, 유효하지 않습니다.
error-forbidden-title = 허용되지 않음
error-forbidden-detail = 이 계정으로는 이 작업을 할 수 없습니다.
error-conflict-title = 충돌
error-precondition-failed-title = 다른 사용자가 변경함
error-precondition-failed-detail = 불러온 후에 이 항목이 변경되었습니다. 다시 불러와서 수정 사항을 다시 적용한 후 저장하세요. 덮어쓴 내용은 없습니다.
error-precondition-required-detail = 다른 사람의 수정 내용을 덮어쓰지 않도록 항목의 ETag를 “If-Match” 헤더에 담아 보내세요.
error-too-many-requests-title = 요청이 너무 많음
error-too-many-requests-detail = { $seconds }초 후에 다시 시도하세요.
error-unavailable-title = 일시적으로 서비스를 이용할 수 없음
error-unavailable-detail = 지금은 데이터베이스에 연결할 수 없습니다. 잠시 후 다시 시도하세요.
error-overloaded-detail = 서버가 혼잡합니다. { $seconds }초 후에 다시 시도해 주세요.
error-uri-too-long-title = 요청 주소가 너무 깁니다
error-uri-too-long-detail = 요청의 경로와 쿼리는 최대 { $max }바이트까지 가능합니다.
error-host-required-detail = HTTP/1.1 요청에는 Host 헤더가 있어야 합니다.
error-last-admin-detail = 관리자는 항상 한 명 이상 있어야 합니다. 먼저 다른 사람을 관리자로 지정하세요.
error-internal-title = 서버에 문제가 발생했습니다
error-internal-detail = 문제가 기록되었습니다. 나중에 다시 시도하세요.

## Field-level validation messages (the “errors” array)

field-invalid-coordinates = 십진 도 단위의 “LAT,LNG” 형식이어야 합니다(위도 −90…90, 경도 −180…180). 예: “23.1291,113.2644”
field-out-of-range = { $min }부터 { $max }까지의 정수여야 합니다.
field-invalid-number = 숫자여야 합니다.
field-invalid-choice = 여기에는 “{ $value }”을(를) 사용할 수 없습니다. 허용되는 값: { $accepted }
field-invalid-boolean = “true” 또는 “false”여야 합니다.
field-invalid-tax-refund = “true”(세금 환급이 되는 모든 매장) 또는 “instant”(매장 내 즉시 환급)여야 합니다.
field-invalid-time = 시간대 오프셋이 포함된 날짜와 시간이어야 합니다. 예: “2026-12-01T19:30:00+08:00”
field-invalid-date = 날짜여야 합니다. 예: “2026-12-01”
field-invalid-cursor = 이 커서는 유효하지 않거나 만료되었습니다. “cursor” 없이 첫 페이지를 다시 요청하세요.
field-too-long = 최대 { $max }자까지 입력할 수 있습니다.
field-requires-near = “near”와 함께 사용할 때만 허용됩니다.
field-unknown-parameter = 알 수 없는 매개변수입니다. 허용되는 매개변수: { $accepted }
field-invalid-json = 본문이 이 엔드포인트에 맞는 유효한 JSON이 아닙니다: { $reason }
field-required = 필수 항목입니다.
field-invalid-range = “from”은 “to”보다 늦을 수 없습니다.

## Place kinds

kind-shop = 상점
kind-mall = 쇼핑몰
kind-flagship_store = 플래그십 스토어
kind-restaurant = 음식점
kind-food_street = 먹자골목
kind-duty_free_shop = 면세점
kind-tax_refund_point = 세금 환급처
kind-night_scene = 야경 명소
kind-attraction = 관광 명소
kind-market = 전문 시장
kind-transport_hub = 교통 허브

## Payment methods

pay-foreign_card_pos = 해외 카드(카드 단말기)
pay-alipay_foreign_card = 해외 카드를 연결한 알리페이
pay-wechat_foreign_card = 해외 카드를 연결한 위챗페이
pay-foreign_wallets = 해외 간편결제(AlipayHK, 카카오페이, Touch ’n Go…)
pay-unionpay = 유니온페이(은련)
pay-cash = 현금(위안화)

## Foreigner-friendliness

friendly-english_menu = 영어 메뉴
friendly-picture_menu = 사진 메뉴
friendly-order_without_wechat = 위챗 없이 주문 가능
friendly-halal = 할랄
friendly-vegetarian = 채식 메뉴 있음
friendly-wheelchair = 휠체어 이용 가능
friendly-staff_languages = 직원 사용 언어: { $languages }

## Badges and notices

badge-open-now = 영업 중
badge-closed-now = 영업 종료
badge-hours-unknown = 영업시간 정보 없음
hours-closed-day = 휴무
hours-unknown-span = 정보 없음
badge-foreign-card = 해외 카드 결제 가능
badge-tax-refund = 세금 환급
badge-instant-refund = 즉시 세금 환급
badge-duty-free = 면세
badge-night = 나이트라이프
notice-verify-before-travel = 방문 전에 확인하세요
notice-not-yet-verified = 아직 확인되지 않음
notice-approximate-location = 대략적인 위치
notice-translation-fallback = 아직 사용자의 언어로 번역되지 않아 { $language }(으)로 표시합니다.
opens-at = { $time }에 영업 시작
closes-at = { $time }에 영업 종료

## Driver card (shown to taxi drivers)

driver-card-title = 이 화면을 기사님께 보여 주세요
driver-card-request = 请带我去这里 (여기로 가 주세요)

## Districts of Guangzhou

district-yuexiu = 웨슈구
district-liwan = 리완구
district-haizhu = 하이주구
district-tianhe = 톈허구
district-baiyun = 바이윈구
district-huangpu = 황푸구
district-panyu = 판위구
district-huadu = 화두구
district-nansha = 난사구
district-conghua = 충화구
district-zengcheng = 쩡청구

## Commercial zones (the "5+2+4" plan)

zone-tier-world_class = 세계적 수준의 상권
zone-tier-lingnan = 링난 전통문화 상권
zone-tier-transport_hub = 교통 허브 상권

## Getting around

mode-walk = 도보
mode-metro = 지하철
mode-taxi = 택시
mode-bus = 버스
mode-ferry = 페리
minutes = { $count ->
   *[other] { $count }분
}
distance-m = { $meters }m
distance-km = { $km }km

## Events

event-kind-fair = 무역 박람회
event-kind-festival = 축제
event-kind-exhibition = 전시회
event-kind-sport = 스포츠
event-kind-holiday = 공휴일
notice-dates-unconfirmed = 날짜 미확정

## Accounts, merchant listings and staff review
error-precondition-required-title = If-Match 필요
error-invalid-credentials-detail = 이메일 주소 또는 비밀번호가 올바르지 않습니다.
error-email-taken-detail = 이 이메일 주소로 된 계정이 이미 있습니다. 로그인하거나 다른 주소를 사용하세요.
error-conflict-state-detail = 항목이 “{ $state }” 상태일 때는 이 작업을 할 수 없습니다.
error-limit-reached-detail = 저장 한도인 { $max }개에 도달했습니다. 일부를 삭제한 후 다시 시도하세요.
error-slug-taken-detail = 슬러그 “{ $slug }”은(는) 이미 사용 중입니다. 다른 것을 선택하세요.
field-password-too-short = { $min }자 이상 사용하세요. 서로 관련 없는 단어 몇 개를 이으면 기억하기 쉽고 안전한 비밀번호가 됩니다.
field-password-too-common = 이 비밀번호는 너무 흔하거나 단순합니다. 서로 관련 없는 단어 몇 개를 사용해 보세요.
field-password-contains-email = 비밀번호에 이메일 주소를 포함할 수 없습니다.
field-invalid-email = “name@example.com”과 같은 이메일 주소를 입력하세요.
field-outside-guangzhou = 이 지점은 광저우 밖에 있습니다. 위도 22.5~23.95, 경도 112.95~114.05(WGS-84) 범위여야 합니다.
field-invalid-opening-hours = 올바른 OpenStreetMap 영업시간이 아닙니다: { $reason }
field-missing-translation = “{ $locale }” 번역이 필요합니다.
field-unpublished-place = “{ $place }”은(는) 게시된 장소가 아닙니다.
field-not-on-last-stop = 마지막 정류지에는 다음 정류지가 없습니다. “to_next”를 빼세요.
field-ends-before-start = 종료는 시작보다 늦어야 합니다.
field-unknown-reference = “{ $value }”이(가) 존재하지 않습니다.
field-invalid-slug = 소문자 ASCII 영문자, 숫자, “-”를 사용하세요(최대 100자).
field-invalid-url = 누구나 열 수 있는 웹 페이지 주소를 https://로 시작해 입력하세요(최대 2000자).
review-reason-incomplete = 필수 정보가 일부 빠져 있습니다. 등록 정보를 완성해 주세요.
review-reason-inaccurate = 일부 정보를 확인할 수 없거나 잘못된 것 같습니다. 확인해 주세요.
review-reason-duplicate = 이 장소는 이미 가이드에 등록되어 있습니다.
review-reason-not_eligible = 이 장소는 광저우를 찾는 외국인 방문객을 위한 가이드에 맞지 않습니다.
review-reason-inappropriate = 등록 정보에 게시할 수 없는 글이나 이미지가 있습니다.
field-nul-character = 텍스트에 NUL 문자(%00)를 넣을 수 없습니다.
review-reason-other = 검토자의 메모를 확인하세요.

## Public place and route pages (/p/…, /r/…)
page-hours = 영업시간
page-payments = 결제 방법
page-maps = 지도 앱에서 열기
page-sources = 출처
page-stops = 경유지
page-not-found = 이 장소나 경로는 가이드에 없거나 더 이상 게시되지 않습니다.

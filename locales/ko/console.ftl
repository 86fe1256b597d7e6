# Canton Guide 가맹점·관광 직원용 웹 관리 화면의 문구. 입력란 오류는 main.ftl의 API 메시지를 씁니다.

## 모든 페이지의 틀

console-brand = Canton Guide 관리 화면
console-skip-to-content = 본문으로 건너뛰기
console-nav-label = 관리 화면
console-nav-sign-in = 로그인
console-nav-sign-up = 가맹점 계정 만들기
console-nav-listings = 내 등록 정보
console-nav-staff = 직원 홈
console-signed-in-as = { $email }(으)로 로그인됨
console-sign-out = 로그아웃
console-language = 언어
console-language-apply = 변경
console-footer = Canton Guide는 외국인 여행자가 광저우를 편하게 다니도록 돕습니다.
console-role-visitor = 여행자
console-role-merchant = 가맹점
console-role-curator = 심사 담당자
console-role-admin = 관리자

## 로그인

console-sign-in-title = 로그인
console-sign-in-intro = Canton Guide 가맹점과 관광 직원을 위한 화면입니다.
console-field-email = 이메일 주소
console-field-password = 비밀번호
console-sign-in-submit = 로그인
console-sign-in-failed = 이메일 주소 또는 비밀번호가 올바르지 않습니다.
console-sign-in-limited = 로그인 시도가 너무 많습니다. { $minutes }분 후에 다시 시도해 주세요.
console-sign-in-no-account = Canton Guide가 처음이신가요?
console-sign-in-create = 가맹점 계정 만들기
console-notice-signed-out = 로그아웃했습니다.
console-notice-session-ended = 세션이 끝났습니다. 다시 로그인해 주세요.
console-notice-sign-in-required = 이 페이지를 열려면 로그인해 주세요.

## 계정 만들기

console-sign-up-title = 가맹점 계정 만들기
console-sign-up-intro = 상점, 식당, 시설을 등록해 외국인 여행자가 찾을 수 있게 하세요. 모든 등록 정보는 공개 전에 가이드의 심사 담당자가 검토합니다.
console-field-display-name = 이름 또는 상호(선택)
console-field-password-new = 비밀번호
console-field-password-hint = { $min }자 이상. 서로 관련 없는 단어 몇 개를 이으면 기억하기 쉽고 추측하기 어렵습니다.
console-sign-up-submit = 계정 만들기
console-sign-up-have-account = 이미 가입하셨나요?
console-sign-up-sign-in = 로그인
console-sign-up-limited = 이 네트워크에서 만든 계정이 너무 많습니다. { $minutes }분 후에 다시 시도해 주세요.
console-form-has-errors = 아래 표시된 항목을 고쳐 주세요.
console-error-email-taken = 이 이메일 주소로 된 계정이 이미 있습니다. 로그인해 주세요.

## 가맹점 등록 정보

console-listings-title = 내 등록 정보
console-listings-intro = 각 등록 정보의 상태가 표시됩니다: 나만 볼 수 있는 초안, 심사 대기, 가이드에 공개 중, 또는 심사 담당자의 사유와 함께 반려.
console-listings-empty = 아직 등록 정보가 없습니다.
console-listings-older = 이전 등록 정보
console-status-label = 상태
console-status-draft = 초안
console-status-pending = 심사 대기
console-status-live = 공개 중
console-status-live-pending = 공개 중, 수정 내용은 심사 대기
console-status-rejected = 반려됨
console-status-live-rejected = 공개 중, 수정 내용은 반려됨
console-reason = 심사 사유:
console-reason-note = 심사 담당자 메모:
console-updated = 마지막 수정
console-unnamed = (아직 이름 없음)

## 직원 홈

console-staff-title = 직원 홈
console-staff-intro = { $role }(으)로 로그인했습니다.
console-staff-queue = 심사 대기
console-staff-queue-empty = 심사를 기다리는 항목이 없습니다.
console-staff-queue-count = 제출 { $count }건이 심사를 기다리고 있습니다.
console-staff-queue-more = 심사를 기다리는 제출이 더 있습니다. 가장 오래된 { $shown }건입니다.
console-staff-submitted = 제출 시각

## 오류 페이지

console-problem-code = 오류 { $status }
console-problem-home = 관리 화면 홈으로
console-problem-not-found-title = 페이지를 찾을 수 없습니다
console-problem-not-found-detail = 이 주소에는 페이지가 없습니다. 링크를 확인하거나 관리 화면 홈에서 다시 시작해 주세요.
console-problem-forbidden-title = 접근할 수 없습니다
console-problem-forbidden-detail = 이 페이지는 내 계정({ $role })으로 열 수 없습니다.
console-problem-visitor-detail = 관리 화면은 가맹점과 관광 직원용입니다. 내 계정은 여행자 계정이니 Canton Guide 앱을 이용해 주세요.
console-problem-csrf-title = 이 양식은 만료되었습니다
console-problem-csrf-detail = 이 양식은 열려 있는 관리 화면에서 보낸 것이 아니거나 너무 오래되었습니다. 이전 페이지로 돌아가 새로 고친 뒤 다시 보내 주세요.
console-problem-bad-request-title = 요청을 이해하지 못했습니다
console-problem-bad-request-detail = 주소나 양식의 내용을 이해하지 못했습니다. 이전 페이지로 돌아가 다시 시도해 주세요.
console-problem-bad-language-title = 지원하지 않는 언어
console-problem-bad-language-detail = “{ $value }”은(는) 관리 화면의 언어가 아닙니다. 다음 중에서 고르세요:
console-problem-bad-cursor-detail = 이 페이지 링크는 유효하지 않습니다. 등록 정보의 첫 페이지부터 다시 시작해 주세요.
console-problem-too-large-detail = 양식이 관리 화면이 받는 { $max }바이트보다 큽니다.
console-problem-internal-title = 저희 쪽에 문제가 생겼습니다
console-problem-internal-detail = 페이지를 표시할 수 없습니다. 잠시 후 다시 시도해 주세요.

## 등록 정보 양식(가맹점)
console-nav-new-listing = 새 등록 정보
console-listing-new-title = 새 등록 정보
console-listing-edit-title = 등록 정보 수정
console-listing-created = 초안을 만들었습니다. 심사를 요청하고 심사 담당자가 승인하기 전까지는 나만 볼 수 있습니다.
console-listing-saved = 저장했습니다. 초안은 여전히 나만 볼 수 있습니다.
console-listing-saved-live = 저장했습니다. 수정 내용은 심사를 기다리며, 그때까지는 공개 중인 버전이 가이드에 그대로 표시됩니다.
console-listing-submitted = 심사를 요청했습니다. 결과는 여기에 표시됩니다.
console-listing-errors = { $count ->
   *[other] 등록 정보를 저장하지 못했습니다. 항목 { $count }개를 확인해 주세요.
}
console-listing-stale = 이 등록 정보를 연 뒤 다른 탭이나 창에서 저장한 내용이 있습니다. 내 수정 내용은 아래 양식에 그대로 있으며, 다시 저장하면 다른 버전을 대체합니다.
console-listing-stale-submit = 이 등록 정보를 연 뒤 내용이 바뀌었습니다. 아래 버전을 확인한 뒤 다시 심사를 요청해 주세요.
console-listing-status = 현재 상태
console-listing-view-public = 공개 페이지 열기
console-submit = 심사 요청
console-submit-hint = 가이드에 표시되기 전에 심사 담당자가 등록 정보를 확인합니다.
console-save = 저장
console-section-basics = 기본 정보
console-field-kind = 장소 유형
console-field-district = 구
console-field-name-zh = 중국어 이름
console-field-name-zh-hint = 간판에 적힌 그대로 입력하세요. 택시 기사와 행인이 읽습니다.
console-field-address-zh = 중국어 주소
console-field-phone = 전화번호
console-section-location = 위치
console-field-map-link = 지도 공유 링크
console-field-map-link-hint = Amap, Apple Maps 또는 Google Maps의 링크를 붙여 넣으세요. 아래 좌표를 대체합니다. Amap은 중국의 GCJ-02 좌표를 쓰며, WGS-84로 변환됩니다.
console-field-lat = 위도(WGS-84)
console-field-lng = 경도(WGS-84)
console-field-location-needed = 위도와 경도를 입력하거나(예: 23.1291, 113.2644) 지도 공유 링크를 붙여 넣으세요.
console-map-link-not-a-link = https://로 시작하는 웹 주소를 붙여 넣으세요.
console-map-link-unknown = Amap, Apple Maps 또는 Google Maps 링크가 아닙니다.
console-map-link-short = 단축 링크에는 좌표가 없습니다. 브라우저에서 링크를 연 다음 주소 표시줄에서 전체 주소를 복사하세요.
console-map-link-no-coordinates = 이 링크는 지점이 아니라 장소 이름이나 검색을 가리킵니다. 대신 지도에 꽂은 핀을 공유하거나 좌표를 입력하세요.
console-section-hours = 영업시간
console-field-hours = 영업시간(OpenStreetMap 문법)
console-field-hours-hint = 예: “Mo-Fr 10:00-22:00; Sa-Su 10:00-23:00; PH off”(PH: 공휴일).
console-hours-preview = 앞으로 7일간 여행자에게 보이는 영업시간
console-hours-closed = 휴무
console-hours-unknown = 알 수 없음
console-section-payments = 여행자 결제 방법
console-section-friendliness = 외국인 여행자를 위한 정보
console-friendly-unsaid = 미기재
console-friendly-yes = 예
console-friendly-no = 아니요
console-field-staff-languages = 직원이 쓰는 언어
console-field-staff-languages-hint = 언어 코드를 쉼표로 구분해 입력하세요(예: en, ja, yue).
console-section-refund = 세금 환급
console-field-refund-store = 출국 시 세금 환급 등록 매장
console-field-refund-instant = 현장에서 바로 환급(즉시 환급)
console-section-more = 장소에 대한 추가 정보
console-field-night = 저녁 영업(야간 경제)
console-field-interests = 추천 대상
console-interest-food = 음식
console-interest-shopping = 쇼핑
console-interest-night = 밤 나들이
console-interest-heritage = 문화유산
console-interest-culture = 문화
console-interest-nature = 자연
console-interest-family = 가족
console-field-tags = 태그
console-field-tags-hint = 쉼표로 구분합니다.
console-field-visit-minutes = 보통 방문 시간(분)
console-section-texts = 여행자용 문구(언어별)
console-texts-hint = 영어는 필수입니다. 잘 쓸 수 있는 언어를 추가하세요. 없는 언어는 여행자에게 영어로 표시됩니다.
console-field-name = 이름
console-field-summary = 요약
console-field-address = 주소

## 심사(심사 담당자와 관리자)
console-nav-review = 심사 대기열
console-review-title = 심사 대기열
console-review-intro = 가맹점의 제출을 오래된 순서로 보여 줍니다. 하나를 열어 공개 중인 내용과 비교한 뒤 승인하거나 반려하세요.
console-review-more = 제출 더 보기
console-review-merchant = 가맹점:
console-review-kind-new = 새 등록 정보
console-review-kind-edit = 공개 중인 등록 정보 변경
console-review-one-title = 제출 심사
console-review-changes = 변경 사항
console-review-field = 항목
console-review-live = 현재 공개 중
console-review-proposed = 제안 내용
console-review-no-changes = 공개 중인 버전과 다른 항목이 없습니다.
console-review-empty-value = —
console-review-approve-heading = 승인
console-review-approve-hint = 제안된 버전이 바로 가이드에 공개됩니다.
console-review-approve = 승인하고 공개
console-review-reject-heading = 반려
console-review-reason = 사유
console-review-reason-choose = 사유 선택
console-review-note = 가맹점에 남길 메모(선택)
console-review-note-hint = 작성한 그대로 표시됩니다. 사유 자체는 가맹점의 언어로 표시됩니다.
console-review-reject = 반려
console-review-reject-fix = 반려하기 전에 사유를 선택하세요.
console-review-approved = 승인했습니다. 등록 정보가 공개되었습니다.
console-review-rejected = 반려했습니다. 가맹점은 자기 언어로 사유를 보게 됩니다.
console-review-gone = 이 제출은 다른 사람이 이미 처리했거나, 연 뒤에 변경되었습니다. 현재 대기열을 보여 드립니다.

## 감사 로그, 계정, 테마 경로(심사 담당자와 관리자)
console-nav-audit = 감사 로그
console-audit-title = 감사 로그
console-audit-intro = 직원과 판매자가 한 모든 변경을 최신순으로, 변경 전후 상태와 함께 보여 줍니다. 시간은 광저우 시간입니다.
console-audit-filters = 필터
console-audit-actor = 누가(계정 ID)
console-audit-action = 작업
console-audit-action-hint = 정확히 일치하거나, 끝에 마침표를 붙인 앞부분(예: route.).
console-audit-target-type = 대상 종류(place, route, event, alert, user)
console-audit-target-id = 대상 ID
console-audit-since = 시작
console-audit-until = 종료(해당 시각 제외)
console-audit-time-hint = 시차를 포함한 날짜와 시간(예: 2026-12-01T09:00:00+08:00).
console-audit-apply = 필터 적용
console-audit-clear = 필터 지우기
console-audit-fix = 읽을 수 없는 필터가 있습니다. 옆의 메시지를 확인하세요.
console-audit-empty = 이 필터에 맞는 기록이 없습니다.
console-audit-time = 시간
console-audit-who = 누가
console-audit-action-column = 작업
console-audit-target = 대상
console-audit-show-change = 변경 전후
console-audit-before = 변경 전
console-audit-after = 변경 후
console-audit-older = 이전 기록
console-nav-users = 계정
console-users-title = 계정과 역할
console-users-intro = 이메일 주소로 계정을 찾아 역할을 바꾸세요. 변경은 해당 계정의 다음 요청부터 적용됩니다.
console-users-email = 이메일 주소
console-users-find = 찾기
console-users-none = 이 이메일 주소를 쓰는 계정이 없습니다.
console-users-since = 계정 생성
console-users-role = 역할
console-users-change = 역할 변경
console-users-changed = 역할을 바꿨습니다. 해당 계정의 다음 요청부터 적용됩니다.
console-users-fix = 역할이 바뀌지 않았습니다. 옆의 메시지를 확인하세요.
console-nav-routes = 경로
console-routes-title = 테마 경로
console-routes-intro = 여행자를 위한 산책과 당일 여행 경로입니다(초안 포함). 게시하면 가이드에 표시됩니다.
console-routes-new = 새 경로
console-routes-empty = 아직 경로가 없습니다.
console-routes-stops = { $count ->
   *[other] 들를 곳 { $count }곳
}
console-routes-updated = 마지막 변경
console-route-new-title = 새 경로
console-route-edit-title = 경로 편집
console-route-slug = 주소용 짧은 이름(슬러그)
console-route-slug-hint = 영문 소문자, 숫자, 하이픈(예: lingnan-heritage-walk).
console-route-theme = 테마
console-route-stops = 들를 곳(방문 순서)
console-route-stops-hint = 가이드에 공개된 장소 2~30곳. 들를 곳을 추가·이동·삭제하면 이 양식만 바뀝니다. 유지하려면 저장을 누르세요.
console-route-no-stops = 아직 들를 곳이 없습니다.
console-route-stop = 들를 곳 { $number }
console-route-dwell = 머무는 시간(분)
console-route-leg-mode = 다음 장소까지 이동 수단
console-route-leg-minutes = 다음 장소까지 걸리는 시간(분)
console-route-up = 위로
console-route-down = 아래로
console-route-remove = 삭제
console-route-add-place = 추가할 장소
console-route-add-place-hint = 장소의 짧은 이름(슬러그) 또는 ID(예: canton-tower).
console-route-add = 들를 곳 추가
console-route-sources = 출처
console-route-sources-hint = 한 줄에 웹 주소 하나: 경로의 근거가 된 페이지.
console-route-unsaved = 아직 저장되지 않았습니다. 변경을 유지하려면 저장을 누르세요.
console-route-errors = { $count ->
   *[other] 경로가 저장되지 않았습니다. { $count }개 항목을 확인하세요.
}
console-route-created = 경로를 초안으로 만들었습니다. 준비되면 게시하세요.
console-route-saved = 경로를 저장했습니다.
console-route-published = 게시했습니다. 경로가 가이드에 있습니다.
console-route-unpublished = 게시를 취소했습니다. 경로가 다시 초안이 되었습니다.
console-route-publish = 게시
console-route-publish-hint = 여행자가 가이드에서 바로 이 경로를 봅니다.
console-route-unpublish = 게시 취소
console-route-unpublish-hint = 경로가 가이드에서 빠지고 다시 초안이 됩니다.

## 행사와 경보(큐레이터와 관리자)
console-nav-events = 행사
console-nav-alerts = 경보
console-field-zones = 상권
console-confidence-confirmed = 확정: 주최 측이 발표함
console-confidence-inferred = 예상: 예년 기준, 아직 발표되지 않음
console-confidence-uncertain = 불확실: 여행자에게 확인을 권함
console-events-title = 행사
console-events-intro = 박람회, 축제, 전시회, 공휴일입니다(초안 포함). 게시하면 가이드에 표시됩니다.
console-events-new = 새 행사
console-events-empty = 아직 행사가 없습니다.
console-event-new-title = 새 행사
console-event-edit-title = 행사 편집
console-event-slug-hint = 영문 소문자, 숫자, 하이픈(예: canton-fair-spring).
console-event-kind = 행사 종류
console-event-dates = 날짜
console-event-starts-on = 첫날
console-event-ends-on = 마지막 날
console-event-dates-hint = 광저우 날짜이며 마지막 날을 포함합니다. 하루 행사는 같은 날을 두 번 입력하세요.
console-event-confidence = 날짜가 얼마나 확실한가요?
console-event-where = 장소
console-event-place = 행사장(선택)
console-event-place-hint = 가이드에 공개 중인 장소의 짧은 이름(슬러그) 또는 ID(예: canton-tower). 도시 전역의 행사라면 비워 두세요.
console-event-sources-hint = 한 줄에 웹 주소 하나: 날짜의 근거가 된 페이지.
console-event-errors = { $count ->
   *[other] 행사가 저장되지 않았습니다. { $count }개 항목을 확인하세요.
}
console-event-created = 행사를 초안으로 만들었습니다. 준비되면 게시하세요.
console-event-saved = 행사를 저장했습니다.
console-event-published = 게시했습니다. 행사가 가이드에 있습니다.
console-event-unpublished = 게시를 취소했습니다. 행사가 다시 초안이 되었습니다.
console-event-publish-hint = 여행자가 가이드에서 바로 이 행사를 봅니다.
console-event-unpublish-hint = 행사가 가이드에서 빠지고 다시 초안이 됩니다.
console-severity-info = 안내
console-severity-warning = 주의
console-severity-severe = 위험
console-alerts-title = 경보
console-alerts-intro = 여행자를 위한 경보(태풍, 호우, 휴업)입니다. 초안과 지난 경보도 포함합니다. 게시한 경보는 유효 기간 동안 가이드에 표시됩니다.
console-alerts-new = 새 경보
console-alerts-empty = 아직 경보가 없습니다.
console-alerts-in-force = 현재 유효
console-alerts-upcoming = 아직 유효하지 않음
console-alerts-over = 종료
console-alert-new-title = 새 경보
console-alert-edit-title = 경보 편집
console-alert-severity = 심각도
console-alert-severity-hint = 안내: 알아 두면 좋음. 주의: 일정에 반영하세요. 위험: 즉시 행동(태풍 신호, 안전).
console-alert-starts-at = 시작
console-alert-ends-at = 종료
console-alert-window-hint = 광저우 시간(UTC+8). 시작 시각부터 종료 시각까지 표시됩니다.
console-alert-time-invalid = 날짜와 시각을 입력하세요(예: 2026-12-01 19:30, 광저우 시간).
console-alert-area = 적용 지역
console-alert-area-hint = 해당하는 상권과 경로를 선택하세요. 도시 전체라면 아무것도 선택하지 마세요.
console-alert-title-field = 제목
console-alert-body = 세부 내용
console-alert-errors = { $count ->
   *[other] 경보가 저장되지 않았습니다. { $count }개 항목을 확인하세요.
}
console-alert-created = 경보를 초안으로 만들었습니다. 표시하려면 게시하세요.
console-alert-saved = 경보를 저장했습니다.
console-alert-published = 게시했습니다. 유효 기간 동안 경보가 표시됩니다.
console-alert-unpublished = 게시를 취소했습니다. 경보가 다시 초안이 되었습니다.
console-alert-publish-hint = 여행자가 유효 기간 동안 이 경보를 봅니다.
console-alert-unpublish-hint = 경보가 더 이상 표시되지 않고 다시 초안이 됩니다.

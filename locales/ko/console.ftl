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

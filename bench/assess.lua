-- wrk script: POST the API contract's student example to the residence assessment endpoint.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept-Language"] = "en"
wrk.body = [[{"applicationKind":"FIRST","permitType":"STUDENT","reason":null,"studyLevel":"BACHELOR","relationship":null,
"applicationDate":"2026-11-21","applicantRole":"SELF","applicant":{"birthDate":"2006-05-01","nationality":"SY",
"maritalStatus":"SINGLE","accommodation":"DORMITORY","hostMarried":false,"parentsOnPassport":true,
"parentSituation":"BOTH_PRESENT","healthInsurance":"SGK_GHI_WITHIN_3_MONTHS","protectionStatus":"NONE",
"currentPermit":{"type":"STUDENT","validUntil":"2026-12-01"},
"permitHistory":[{"type":"STUDENT","from":"2018-09-01","to":"2022-08-31"}],"socialAssistanceLast3Years":false,
"previousTurkishCoursePermits":0,"graduationDate":null,"documentsIssuedIn":"SY","costsCoveredByPublicBody":false},
"study":{"enrolment":"REGULAR","enrolmentDate":"2026-09-15"},"stay":{"requestedMonths":48,"programmeMonths":null},
"sponsor":null}]]

done = function(summary, latency, requests)
  local non2xx = summary.errors.status
  io.write(string.format("non-2xx responses: %d\n", non2xx))
end

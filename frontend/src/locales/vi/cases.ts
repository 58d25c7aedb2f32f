/** Vietnamese strings of the cases pages: fetched with the pages that use them (loadStrings in lib/i18n.ts). */
export const cases = {
  cases: {
    title: 'Quy trình: {{title}}',
    back: 'Quay lại',
    notFound: 'Không tìm thấy quy trình',
    diagramError: 'Không vẽ được sơ đồ quy trình',
    open: 'Xem quy trình',
    openUnit: 'Quy trình của đơn vị',
    processes: {
      'improvement-task': 'Quy trình nhiệm vụ nâng cao Chỉ số CCHC',
      'assessment-campaign': 'Quy trình xác định Chỉ số CCHC',
      'unit-assessment': 'Quy trình tự đánh giá và thẩm định của một đơn vị',
    },
    legend: {
      'case-active': 'Bước hiện tại',
      'case-overdue': 'Quá hạn',
      'case-done': 'Đã hoàn thành',
    },
    history: {
      title: 'Lịch sử xử lý',
      step: 'Bước',
      type: 'Loại',
      start: 'Bắt đầu',
      end: 'Kết thúc',
      assignee: 'Người xử lý',
      empty: 'Chưa có bước nào',
    },
    types: {
      startEvent: 'Bắt đầu',
      endEvent: 'Kết thúc',
      userTask: 'Công việc',
      serviceTask: 'Xử lý tự động',
      exclusiveGateway: 'Rẽ nhánh',
      parallelGateway: 'Song song',
      callActivity: 'Quy trình con',
      boundaryTimer: 'Hẹn giờ',
      intermediateTimer: 'Hẹn giờ',
    },
  },
};

// SPDX-License-Identifier: GPL-3.0-or-later
#include "EventImporter.h"
#include "EventImport.h"

namespace servicelens::flow {

using namespace eventlog;

const io::ImportShape &EventImporter::shape()
{
    static const io::ImportShape shape{
        {{"order_id", "工单号", false,
          "工单编号|单号|报修单号|服务单号|Ticket ID|Ticket|Ticket Number|Number|Case ID|Case "
          "Number|Incident ID|Incident Number|Request ID"},
         {"branch", "网点", false, "网点编号|服务网点|网点代码|Branch Code"},
         {"at", "事件时间", false,
          "时间|变更时间|操作时间|状态时间|更新时间|sys_updated_at|Updated|Updated At|Event "
          "Time|Timestamp|Changed At|Date|Time"},
         {"state", "状态", false,
          "工单状态|处理状态|当前状态|incident_state|State|Status|Ticket Status|New State|To "
          "State"},
         {"by", "操作人", false, "处理人|变更人|sys_updated_by|Updated By|Changed By|Author|Actor"},
         {"note", "备注", true, "说明|操作说明|Comment|Comments|Note|Work Notes"},
         {"received_at", "受理时间", false,
          "报修时间|创建时间|opened_at|Created|Created At|Opened|Opened At"},
         {"priority", "优先级", false, "紧急程度|Severity"},
         {"category", "类别", false, "产品类别|品类|服务类别|Ticket Type|Request Type|Type"},
         {"product", "产品", false, "产品型号|型号|机型|Model|Product Model"},
         {"channel", "渠道", false, "来源|报修渠道|Source|Contact Type|contact_type|Via"},
         {"technician", "技术员", false,
          "维修师傅|维修人员|工程师|负责人|Assignee|Assigned To|Engineer|Resolver"},
         {"customer", "客户", false, "客户姓名|联系人|Customer Name|Requester|Caller|Caller ID"},
         {"customer_phone", "客户电话", false, "联系电话|手机|手机号|Phone|Phone Number"},
         {"description", "故障描述", true,
          "问题描述|故障现象|Short Description|Description|Subject"},
         {"due_at", "承诺完成时间", false, "截止时间|Due Date|Due|SLA Due|Deadline"}},
        {OrderIdCol, AtCol, StateCol},
        {QStringLiteral("order_event"), QStringLiteral("service_order"),
         QStringLiteral("stage_event"), QStringLiteral("customer"), QStringLiteral("staff"),
         QStringLiteral("order_month_count")},
        true};
    Q_ASSERT(shape.columns.size() == ColumnCount);
    return shape;
}

EventImporter::EventImporter(Database &db)
    : m_db(db)
{}

EventImporter::~EventImporter() = default;

Status EventImporter::prepare(const io::CsvImport &frame)
{
    m_import = std::make_unique<EventImport>(m_db, frame);
    return m_import->prepare();
}

Result<io::CsvImport::Outcome> EventImporter::row(io::CsvImport::Row &row)
{
    return m_import->handle(row);
}

Status EventImporter::finish(const io::ImportSummary &summary)
{
    return m_import->finish(summary);
}

QStringList EventImporter::notes(const io::CsvImport &) const
{
    return m_import ? m_import->notes() : QStringList();
}

} // namespace servicelens::flow

// SPDX-License-Identifier: GPL-3.0-or-later
#include "PackTables.h"

#include <cstring>

namespace servicelens::network {

using Kind = PackTable::Kind;

std::vector<QByteArray> PackTable::columnList() const
{
    std::vector<QByteArray> list;
    for (const QByteArray &c : QByteArray(columns).split(','))
        if (!c.trimmed().isEmpty())
            list.push_back(c.trimmed());
    return list;
}

bool PackTable::isBlob(const QByteArray &column)
{
    return column == "image" || column == "thumbnail" || column == "verify_photo";
}

const std::vector<PackTable> &PackTables::all()
{
    // Column lists as in the workbook's schema (resources/schema); a test compares them with a
    // new workbook's tables, so a column added there and forgotten here fails.
    static const std::vector<PackTable> tables = {
        {Kind::Shared,
         "inspection_template",
         "uid, code, version, name, name_zh, frequency, pass_score, created_at, updated_at, "
         "kind",
         {},
         false,
         nullptr,
         "code, version"},
        {Kind::Shared,
         "inspection_section",
         "position, title, title_zh",
         {{"template_id", "inspection_template"}},
         false,
         nullptr,
         "template_id, position"},
        {Kind::Shared,
         "inspection_item",
         "position, code, type, text, text_zh, guidance, guidance_zh, weight, critical, "
         "min_value, max_value",
         {{"template_id", "inspection_template"}, {"section_id", "inspection_section"}},
         false,
         nullptr,
         "template_id, code"},
        {Kind::Shared,
         "survey",
         "uid, code, version, name, name_zh, intro, intro_zh, created_at, updated_at",
         {},
         false,
         nullptr,
         "code, version"},
        {Kind::Shared,
         "survey_question",
         "position, code, type, dimension, text, text_zh, options, options_zh",
         {{"survey_id", "survey"}},
         false,
         nullptr,
         "survey_id, code"},
        {Kind::Shared,
         "training_course",
         "uid, code, title, skill_area, validity_months, created_at, updated_at",
         {},
         false,
         nullptr,
         "code"},

        {Kind::Owned,
         "staff",
         "uid, code, name, role, team, hire_date, active, created_at, updated_at",
         {},
         true},
        {Kind::Owned,
         "customer",
         "uid, name, phone, segment, created_at, updated_at, address",
         {},
         false},
        {Kind::Owned,
         "inspection_schedule",
         "uid, template_code, frequency, next_due, active, created_at, updated_at",
         {{"assignee_id", "staff"}},
         true},
        {Kind::Owned,
         "service_order",
         "uid, order_no, channel, category, product, priority, complaint, visits, reopened, "
         "status, stage, received_at, responded_at, analysed_at, solution_at, implemented_at, "
         "followed_up_at, closed_at, received_month, closed_month, description, created_at, "
         "updated_at, unknown_inputs, due_at, fault_code",
         {{"technician_id", "staff"}, {"customer_id", "customer"}},
         true},
        {Kind::Owned,
         "inspection",
         "uid, status, started_at, completed_at, score, passed, note, created_at, updated_at, "
         "content_hash",
         {{"template_id", "inspection_template"},
          {"schedule_id", "inspection_schedule"},
          {"inspector_id", "staff"}},
         true},
        {Kind::Owned,
         "corrective_action",
         "uid, source, description, due_date, priority, status, created_at, done_at, "
         "verified_at, verify_note, verify_photo, updated_at",
         {{"inspection_id", "inspection"},
          {"item_id", "inspection_item"},
          {"order_id", "service_order"},
          {"owner_id", "staff"},
          {"verifier_id", "staff"}},
         true},
        {Kind::Owned,
         "survey_response",
         "uid, external_id, channel, status, due_at, sent_at, responded_at, attempts, "
         "call_back_at, created_at, updated_at",
         {{"survey_id", "survey"}, {"order_id", "service_order"}, {"caller_id", "staff"}},
         true},
        {Kind::Owned,
         "training_session",
         "uid, day, trainer, hours, created_at, updated_at",
         {{"course_id", "training_course"}},
         true},

        {Kind::Child,
         "stage_event",
         "uid, kind, stage, at, note, from_log",
         {{"order_id", "service_order"}, {"staff_id", "staff"}},
         false,
         "order_id"},
        {Kind::Child,
         "order_event",
         "at, source_state, state, by_name, note",
         {{"order_id", "service_order"}},
         false,
         "order_id"},
        {Kind::Child,
         "inspection_answer",
         "na, passed, rating, number, text, note, answered_at",
         {{"inspection_id", "inspection"}, {"item_id", "inspection_item"}},
         false,
         "inspection_id"},
        {Kind::Child,
         "inspection_photo",
         "uid, file_name, image, thumbnail, created_at",
         {{"inspection_id", "inspection"}, {"item_id", "inspection_item"}},
         false,
         "inspection_id"},
        {Kind::Child,
         "inspection_evidence",
         "",
         {{"inspection_id", "inspection"},
          {"item_id", "inspection_item"},
          {"order_id", "service_order"}},
         false,
         "inspection_id"},
        {Kind::Child,
         "survey_answer",
         "value, text",
         {{"response_id", "survey_response"}, {"question_id", "survey_question"}},
         false,
         "response_id"},
        {Kind::Child,
         "training_attendance",
         "pre_score, post_score",
         {{"session_id", "training_session"}, {"staff_id", "staff"}},
         false,
         "session_id"},
    };
    return tables;
}

const std::vector<HeadOfficeTable> &PackTables::headOffice()
{
    static const std::vector<HeadOfficeTable> tables = {
        {"calendar_year", "year, source", "1"},
        {"calendar_day", "uid, day, kind, name", "1"},
        {"sla_policy",
         "uid, priority, category, response_hours, resolution_wd, pause_while_waiting, updated_at",
         "1"},
        {"setting", "key, value", "key LIKE 'target.%'"},
        {"product_category", "uid, name, name_en, created_at, updated_at", "1"},
        {"product_model", "uid, model, name, category, launched, created_at, updated_at", "1"},
        {"product_alias", "list, key, spelling, target, source, created_at", "1"},
        {"fault_group", "uid, name, name_en, created_at, updated_at", "1", 18},
        {"fault_code", "uid, code, name, name_en, group_name, created_at, updated_at", "1", 18},
        {"installed_base", "model, month, units, created_at, updated_at", "1", 18},
        // The cases head office approved (and those it retired since): received at a branch
        // through its case library (HeadOfficeCases), by uid; drafts stay where they are written.
        {"service_case",
         "uid, title, symptom, cause, fix, fault_code, tags, author, status, version, "
         "approved_at, created_at, updated_at",
         HeadOfficeTable::publishedCase, 19},
        {"service_case_model",
         "(SELECT c.uid FROM main.service_case c WHERE c.id = case_id) AS case_uid, model",
         "case_id IN (SELECT id FROM main.service_case WHERE approved_at IS NOT NULL AND status "
         "<> 'draft')",
         19},
        {"service_case_photo",
         "uid, (SELECT c.uid FROM main.service_case c WHERE c.id = case_id) AS case_uid, "
         "position, caption, image, created_at",
         "case_id IN (SELECT id FROM main.service_case WHERE approved_at IS NOT NULL AND status "
         "<> 'draft')",
         19},
    };
    return tables;
}

const PackTable *PackTables::find(const QString &name)
{
    for (const PackTable &t : all())
        if (name == QLatin1String(t.name))
            return &t;
    return nullptr;
}

bool PackTables::isSharedTable(const char *table)
{
    const PackTable *t = find(QLatin1String(table));
    return t && t->kind == Kind::Shared;
}

QByteArray PackTables::packedReference(const PackReference &r)
{
    if (isSharedTable(r.table))
        return QByteArray("t.") + r.column;
    return QByteArray("(SELECT uid FROM main.") + r.table + " WHERE id = t." + r.column + ")";
}

QByteArray PackTables::storeReference(const PackReference &r, const char *alias)
{
    if (isSharedTable(r.table))
        return QByteArray("(SELECT id FROM temp.map_") + r.table + " WHERE pack_id = " + alias +
               "." + r.column + ")";
    return QByteArray("(SELECT id FROM main.") + r.table + " WHERE uid = " + alias + "." +
           r.column + ")";
}

QByteArray PackTables::packSelectList(const PackTable &table)
{
    QByteArrayList parts;
    if (table.kind == Kind::Shared)
        parts << "t.id AS pack_id";
    for (const QByteArray &c : table.columnList())
        parts << "t." + c;
    for (const PackReference &r : table.references)
        parts << packedReference(r) + " AS " + r.column;
    return parts.join(", ");
}

QByteArray PackTables::jsonObject(const PackTable &table, const char *alias, bool inPack,
                                  bool postgres)
{
    const QByteArray a(alias);
    QByteArrayList parts;
    for (const QByteArray &c : table.columnList())
        parts << "'" + c + "', " +
                     (!PackTable::isBlob(c) ? QByteArray(a + "." + c)
                      : postgres
                          ? QByteArray("coalesce(upper(encode(" + a + "." + c + ", 'hex')), '')")
                          : QByteArray("hex(" + a + "." + c + ")"));
    for (const PackReference &r : table.references) {
        QByteArray value;
        if (isSharedTable(r.table))
            value = inPack ? storeReference(r, alias) : QByteArray(a + "." + r.column);
        else
            value = inPack ? QByteArray(a + "." + r.column)
                           : QByteArray("(SELECT uid FROM main.") + r.table + " WHERE id = " + a +
                                 "." + r.column + ")";
        parts << "'" + QByteArray(r.column) + "', " + value;
    }
    return (postgres ? "json_build_object(" : "json_object(") + parts.join(", ") + ")";
}

} // namespace servicelens::network

// SPDX-License-Identifier: GPL-3.0-or-later
// Workbooks as every earlier release wrote them (tests/fixtures/schema/vN.servicelens, made by
// the hidden "[.make-fixtures]" case below with the first N schema steps and the rows a
// branch of that release would hold), each upgraded to the latest format and compared row by
// row: every row and value of the old file is in the new one, and the new columns are filled.
//
// To add the fixture of the format this build writes before a new step lands:
//   build/servicelens_core_tests "[.make-fixtures]"
// Fixtures are never edited afterwards: they are what was released.
#include "TestSupport.h"

#include "inspection/InspectionSeal.h"
#include "storage/AuditChain.h"
#include "workbook/Workbook.h"
#include "workbook/WorkbookCheck.h"
#include "workbook/WorkbookSchema.h"

#include <QDir>

#include <sqlite3.h>

using namespace servicelens;
using namespace servicelens::test;

namespace {

QString fixturePath(int version)
{
    return QStringLiteral(SERVICELENS_FIXTURES "/schema/v%1.servicelens").arg(version);
}

// The rows a branch of a release with `version` steps holds, in that release's own columns.
QByteArray rowsFor(int version)
{
    QByteArray sql = R"SQL(
INSERT INTO staff (uid, branch_id, code, name, role, team, hire_date, active, created_at, updated_at)
VALUES ('f-staff-1', 1, 'T01', '王建国', 'technical_support', '一组', '2023-04-01', 1, 1760000000, 1760000000),
       ('f-staff-2', 1, 'C01', '李晓梅', 'customer_service', '', '2024-07-15', 1, 1760000000, 1760000000),
       ('f-staff-3', 1, 'M01', '周敏', 'manager', '', NULL, 0, 1760000000, 1770000000);
INSERT INTO customer (uid, name, phone, segment, created_at, updated_at)
VALUES ('f-cust-1', '张三', '13800138000', 'key', 1760000000, 1760000000),
       ('f-cust-2', '欧阳娜娜', '021-55556666', 'regular', 1760000000, 1760000000);
INSERT INTO service_order (uid, branch_id, order_no, channel, category, product, priority,
    complaint, technician_id, customer_id, visits, reopened, status, stage, received_at,
    responded_at, analysed_at, solution_at, implemented_at, followed_up_at, closed_at,
    received_month, closed_month, description, created_at, updated_at)
VALUES ('f-order-1', 1, 'SO-2026-0001', 'phone', '空调', 'KFR-35GW', 'high', 0, 1, 1, 2, 0,
        'closed', 'closed', 1790820000, 1790823600, 1790900000, 1790990000, 1791000000,
        1791100000, 1791200000, 202609, 202609, '空调不制冷，更换压缩机', 1790820000, 1791200000),
       ('f-order-2', 1, 'SO-2026-0002', 'wechat', '洗衣机', 'XQG100', 'normal', 1, 1, 2, 1, 1,
        'waiting_parts', 'analysed', 1791300000, 1791303000, 1791400000, NULL, NULL, NULL,
        NULL, 202609, NULL, '客户投诉：上门迟到', 1791300000, 1791400000),
       ('f-order-3', 1, 'SO-2026-0003', 'walk_in', '', '', 'low', 0, NULL, NULL, 0, 0,
        'open', 'received', 1791500000, NULL, NULL, NULL, NULL, NULL, NULL, 202609, NULL, '',
        1791500000, 1791500000);
INSERT INTO stage_event (uid, order_id, kind, stage, at, staff_id, note)
VALUES ('f-ev-1', 2, 'wait_parts_start', NULL, 1791400000, 1, '等待电机配件'),
       ('f-ev-2', 1, 'stage', 'closed', 1791200000, 2, '');
INSERT INTO audit_log (at, actor, action, entity, entity_uid, before_json, after_json)
VALUES (1791200000, '李晓梅', 'update', 'service_order', 'f-order-1',
        '{"status":"open"}', '{"status":"closed"}'),
       (1791400000, '王建国', 'insert', 'stage_event', 'f-ev-1', NULL, '{"note":"等待电机配件"}');
)SQL";
    if (version >= 6)
        sql += R"SQL(
INSERT INTO inspection (uid, template_id, branch_id, inspector_id, status, started_at,
    completed_at, score, passed, note, created_at, updated_at)
VALUES ('f-insp-1', (SELECT min(id) FROM inspection_template), 1, 3, 'completed', 1791000000,
        1791007200, 87.5, 1, '维修区整洁', 1791000000, 1791007200),
       ('f-insp-2', (SELECT min(id) FROM inspection_template), 1, 3, 'draft', 1791600000,
        NULL, NULL, NULL, '', 1791600000, 1791600000);
INSERT INTO inspection_answer (inspection_id, item_id, na, passed, rating, number, text, note,
    answered_at)
SELECT 1, id, 0, CASE WHEN type = 'pass_fail' THEN (code <> 'flow.site') END,
       CASE WHEN type = 'rating5' THEN 4 END, CASE WHEN type = 'number' THEN 2 END,
       CASE WHEN type = 'text' THEN '正常' ELSE '' END, '备注' || code, 1791003600
FROM inspection_item WHERE template_id = (SELECT min(id) FROM inspection_template)
  AND type <> 'photo';
INSERT INTO inspection_answer (inspection_id, item_id, na, passed, answered_at)
SELECT 2, id, 0, 1, 1791600100 FROM inspection_item
WHERE template_id = (SELECT min(id) FROM inspection_template) AND type = 'pass_fail' LIMIT 3;
INSERT INTO inspection_evidence (inspection_id, item_id, order_id)
SELECT 1, min(id), 1 FROM inspection_item WHERE type = 'pass_fail';
INSERT INTO corrective_action (uid, branch_id, source, inspection_id, item_id, description,
    owner_id, due_date, priority, status, created_at, updated_at, done_at)
SELECT 'f-action-1', 1, 'inspection', 1, id, '重新划分维修区', 1, '2026-10-20', 'high', 'done',
       1791007200, 1791500000, 1791500000
FROM inspection_item WHERE code = 'flow.site'
  AND template_id = (SELECT min(id) FROM inspection_template);
)SQL";
    if (version >= 7)
        sql += R"SQL(
INSERT INTO survey_response (uid, survey_id, branch_id, order_id, channel, status, due_at,
    sent_at, responded_at, attempts, caller_id, created_at, updated_at)
VALUES ('f-resp-1', (SELECT min(id) FROM survey), 1, 1, 'phone', 'answered', 1791210000,
        1791220000, 1791220000, 1, 2, 1791210000, 1791220000),
       ('f-resp-2', (SELECT min(id) FROM survey), 1, 2, 'phone', 'no_answer', 1791410000,
        1791420000, NULL, 2, 2, 1791410000, 1791500000);
INSERT INTO survey_answer (response_id, question_id, value, text)
SELECT 1, id, CASE WHEN type = 'text' THEN NULL WHEN type = 'nps' THEN 9 ELSE 4 END,
       CASE WHEN type = 'text' THEN '师傅很耐心，电话回访很及时' ELSE '' END
FROM survey_question WHERE survey_id = (SELECT min(id) FROM survey)
  AND type <> 'single';
)SQL";
    if (version >= 8)
        sql += R"SQL(
INSERT INTO training_course (uid, code, title, skill_area, created_at, updated_at)
VALUES ('f-course-1', 'FD-101', '变频空调故障诊断', 'fault_diagnosis', 1780000000, 1780000000);
INSERT INTO training_session (uid, course_id, branch_id, day, trainer, hours, created_at,
    updated_at)
VALUES ('f-session-1', 1, 1, '2026-08-15', '陈工', 6, 1786000000, 1786000000);
INSERT INTO training_attendance (session_id, staff_id, pre_score, post_score)
VALUES (1, 1, 62, 88), (1, 2, NULL, 75);
)SQL";
    if (version >= 11)
        sql += R"SQL(
UPDATE service_order SET unknown_inputs = 1, due_at = 1791300000 WHERE uid = 'f-order-1';
)SQL";
    if (version >= 12)
        sql += R"SQL(
INSERT INTO sla_policy (uid, priority, category, response_hours, resolution_wd,
    pause_while_waiting, updated_at)
VALUES ('f-sla-1', NULL, '空调', 24, 5, 1, 1791000000);
INSERT INTO order_event (order_id, at, source_state, state, by_name, note)
VALUES (1, 1790820000, '新建', 'received', '李晓梅', ''),
       (1, 1791000000, '已解决', 'implemented', '王建国', '更换电机');
)SQL";
    if (version >= 15)
        sql += R"SQL(
INSERT INTO branch (uid, code, name, time_zone, created_at, updated_at)
VALUES ('f-branch-2', 'HZ02', '杭州二号', 'Asia/Shanghai', 1791000000, 1791000000);
INSERT INTO staff (uid, branch_id, code, name, role, team, hire_date, active, created_at, updated_at)
VALUES ('f-staff-4', 2, 'T01', '赵磊', 'technical_support', '', NULL, 1, 1791000000, 1791000000);
)SQL";
    if (version >= 16)
        sql += R"SQL(
INSERT INTO product_category (uid, name, name_en, created_at, updated_at)
VALUES ('f-category-1', '洗衣机', 'Washing machine', 1791000000, 1791000000);
INSERT INTO product_model (uid, model, name, category, launched, created_at, updated_at)
VALUES ('f-model-1', 'XQB80', '波轮洗衣机 8kg', '洗衣机', '2023-03-01', 1791000000, 1791000000),
       ('f-model-2', 'KFR-35GW', '', '', NULL, 1791000000, 1791000000);
INSERT INTO product_alias (list, key, spelling, target, source, created_at)
VALUES ('model', 'xqb80洗衣机', 'XQB80洗衣机', 'XQB80', 'confirmed', 1791000000),
       ('category', '洗衣', '洗衣', '洗衣机', 'file', 1791000000);
)SQL";
    if (version >= 17)
        sql += R"SQL(
INSERT INTO fault_group (uid, name, name_en, created_at, updated_at)
VALUES ('f-fault-group-1', '制冷系统', 'Refrigeration', 1791000000, 1791000000);
INSERT INTO fault_code (uid, code, name, name_en, group_name, created_at, updated_at)
VALUES ('f-fault-1', 'R01', '压缩机不启动', 'Compressor does not start', '制冷系统', 1791000000,
        1791000000),
       ('f-fault-2', 'X99', '其他', '', '', 1791000000, 1791000000);
)SQL";
    if (version >= 18)
        sql += R"SQL(
UPDATE service_order SET fault_code = 'R01' WHERE uid = 'f-order-1';
INSERT INTO installed_base (model, month, units, created_at, updated_at)
VALUES ('XQB80', 202609, 12000, 1791000000, 1791000000),
       ('XQB80', 202610, 12500, 1791000000, 1791000000);
)SQL";
    if (version >= 19)
        sql += R"SQL(
INSERT INTO service_case (uid, title, symptom, cause, fix, fault_code, tags, author, status,
    version, source_order_id, approved_at, created_at, updated_at)
VALUES ('f-case-1', '压缩机不启动：启动电容失效', '空调不制冷，外机不转', '启动电容容量衰减',
        '测量电容\n更换电容', 'R01', '电容,压缩机', '王建国', 'approved', 2, 1, 1791100000,
        1791000000, 1791100000),
       ('f-case-2', '排水泵堵塞', '洗衣机不排水', '', '', '', '', '王建国', 'draft', 1, NULL,
        NULL, 1791200000, 1791200000);
INSERT INTO service_case_model (case_id, model) VALUES (1, 'KFR-35GW'), (1, 'KFR-26GW');
INSERT INTO service_case_version (case_id, version, content, replaced_at, replaced_by)
VALUES (1, 1, '{"title":"压缩机不启动"}', 1791100000, '周敏');
INSERT INTO service_case_photo (uid, case_id, position, caption, image, created_at)
VALUES ('f-case-photo-1', 1, 0, '电容鼓包', X'FFD8FFE000104A464946', 1791000000);
INSERT INTO service_case_use (order_id, case_id, used_at, used_by)
VALUES (1, 1, 1790900000, '王建国');
INSERT INTO case_search (rowid, title, symptom, cause, fix, tags)
VALUES (1, '压 缩 机 不 启 动', '空 调 不 制 冷', '启 动 电 容', '测 量 电 容', '电 容');
)SQL";
    if (version >= 20)
        sql += R"SQL(
INSERT INTO equipment (uid, branch_id, code, name, kind, location, serial, purchased_on, owner_id,
    retired, usage_unit, note, created_at, updated_at)
VALUES ('f-eq-1', 1, 'T-01', '压缩机测试台', '测试台', '维修车间', 'SN-2023-001', '2023-03-15', 1, 0,
        'hours', '', 1791000000, 1791000000),
       ('f-eq-2', 1, 'V-01', '服务车 沪A·12345', '车辆', '', '', NULL, NULL, 0, 'km', '',
        1791000000, 1791000000);
INSERT INTO maintenance_plan (uid, branch_id, equipment_id, kind, name, cadence, every,
    day_of_month, first_month, since, template_code, owner_id, active, created_at, updated_at)
VALUES ('f-plan-1', 1, 1, '', '周检', 'working_days', 5, 1, 1, '2026-01-05', '', 1, 1, 1791000000,
        1791000000),
       ('f-plan-2', 1, NULL, '车辆', '保养', 'usage', 5000, 1, 1, '2026-01-01', '', NULL, 1,
        1791000000, 1791000000);
INSERT INTO maintenance_record (uid, equipment_id, plan_id, done_on, reading, result, certificate,
    expires_on, inspection_id, done_by, note, created_at, updated_at)
VALUES ('f-rec-1', 1, 1, '2026-09-28', 1520.5, 'pass', '', NULL, NULL, 1, '正常', 1791000000,
        1791000000);
INSERT INTO equipment_reading (uid, equipment_id, read_on, value, created_at)
VALUES ('f-read-1', 2, '2026-09-29', 18250, 1791000000);
INSERT INTO equipment_breakdown (uid, equipment_id, down_at, up_at, fault, repair, reported_by,
    repaired_by, created_at, updated_at)
VALUES ('f-down-1', 1, 1790000000, 1790200000, '冷媒泄漏', '更换阀门', 1, 1, 1790000000, 1790200000);
INSERT INTO equipment_wait (order_id, breakdown_id, started_at, ended_at)
VALUES (1, 1, 1790010000, 1790200000);
INSERT INTO order_equipment (order_id, equipment_id, used_at) VALUES (2, 1, 1790300000);
)SQL";
    if (version >= 21)
        sql += R"SQL(
INSERT INTO incident_plan (uid, branch_id, scenario, name, script, active, created_at, updated_at)
VALUES ('f-plan-r', 1, 'recall', '产品召回', '您好，您购买的产品属于召回范围。', 1, 1791000000,
        1791000000);
INSERT INTO incident_plan_step (plan_id, position, text, owner_id, within_hours)
VALUES (1, 1, '隔离库存', 1, 2), (1, 2, '逐一联系客户', 2, 72);
INSERT INTO incident (uid, branch_id, code, plan_id, scenario, title, description, severity, drill,
    owner_id, script, affected_from, affected_to, opened_at, closed_at, lessons, created_at,
    updated_at)
VALUES ('f-inc-1', 1, '2026-001', 1, 'recall', 'XQB80 召回', '电机批次', 'major', 0, 3,
        '您好，您购买的产品属于召回范围。', 1788000000, 1791000000, 1791000000, NULL, '',
        1791000000, 1791000000),
       ('f-inc-2', 1, '2026-002', NULL, 'outage', '系统故障演练', '', 'minor', 1, NULL, '', NULL,
        NULL, 1789000000, 1789014400, '纸质工单模板提前打印', 1789000000, 1789014400);
INSERT INTO incident_scope (incident_id, kind, value)
VALUES (1, 'product', 'XQB80'), (1, 'batch', 'B2405');
INSERT INTO incident_step (incident_id, position, text, owner_id, due_at, done_at, done_by)
VALUES (1, 1, '隔离库存', 1, 1791007200, 1791003600, 1), (1, 2, '逐一联系客户', 2, 1791259200,
        NULL, NULL);
INSERT INTO incident_event (uid, incident_id, at, kind, text, staff_id, created_at)
VALUES ('f-ev-1', 1, 1791000000, 'opened', '产品召回', 3, 1791000000),
       ('f-ev-2', 1, 1791003600, 'step', '隔离库存', 1, 1791003600);
INSERT INTO incident_contact (uid, incident_id, customer_id, order_id, status, attempts,
    call_back_at, called_at, caller_id, note, created_at)
VALUES ('f-contact-1', 1, 1, 1, 'reached', 1, NULL, 1791100000, 2, '已约上门', 1791000000);
INSERT INTO corrective_action (uid, branch_id, source, description, due_date, priority, status,
    created_at, updated_at)
VALUES ('f-action-inc', 1, 'incident', '来料抽检', '2026-12-15', 'normal', 'open', 1791000000,
        1791000000);
INSERT INTO incident_action (incident_id, action_id)
VALUES (1, (SELECT id FROM corrective_action WHERE uid = 'f-action-inc'));
)SQL";
    if (version >= 22)
        sql += R"SQL(
INSERT INTO review_cycle (uid, branch_id, code, name, survey_id, opens_on, closes_on, threshold,
    closed_at, created_at, updated_at)
VALUES ('f-cycle-1', 1, '2026H1', '2026 上半年', (SELECT id FROM survey WHERE code = 'review-360'),
        '2026-06-15', '2026-06-30', 3.5, 1791000000, 1790000000, 1791000000);
INSERT INTO review_rater (cycle_id, subject_id, rater_id, rater_group)
VALUES (1, 1, 1, 'self'), (1, 1, 3, 'manager'), (1, 1, 2, 'other');
INSERT INTO review_response (id, cycle_id, subject_id, rater_group)
VALUES ('9f1c2a7e', 1, 1, 'self'), ('3b8d0e14', 1, 1, 'manager');
INSERT INTO review_answer (response_id, question_id, rating, text)
SELECT '9f1c2a7e', id, CASE WHEN type = 'likert5' THEN 4 END,
       CASE WHEN type = 'text' THEN '多总结' ELSE '' END
FROM survey_question WHERE survey_id = (SELECT id FROM survey WHERE code = 'review-360');
INSERT INTO review_answer (response_id, question_id, rating, text)
SELECT '3b8d0e14', id, CASE WHEN type = 'likert5' THEN 3 END, ''
FROM survey_question WHERE survey_id = (SELECT id FROM survey WHERE code = 'review-360');
INSERT INTO review_tally (cycle_id, subject_id, rater_group, asked, answered)
VALUES (1, 1, 'self', 1, 1), (1, 1, 'manager', 1, 1), (1, 1, 'other', 1, 0);
)SQL";
    return sql;
}

using Row = QVariantList;
struct Table {
    bool byRowid = true;    // false for WITHOUT ROWID tables: compared as a set of rows
    QMap<qint64, Row> rows; // by rowid, or by position
};

QStringList columnsOf(sqlite3 *db, const QString &table)
{
    QStringList columns;
    sqlite3_stmt *stmt = nullptr;
    const QByteArray sql = "SELECT name FROM pragma_table_info(?1) ORDER BY cid";
    REQUIRE(sqlite3_prepare_v2(db, sql.constData(), -1, &stmt, nullptr) == SQLITE_OK);
    const QByteArray name = table.toUtf8();
    sqlite3_bind_text(stmt, 1, name.constData(), -1, SQLITE_TRANSIENT);
    while (sqlite3_step(stmt) == SQLITE_ROW)
        columns << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
    sqlite3_finalize(stmt);
    return columns;
}

QVariant valueAt(sqlite3_stmt *stmt, int c)
{
    switch (sqlite3_column_type(stmt, c)) {
    case SQLITE_NULL:
        return QVariant();
    case SQLITE_INTEGER:
        return sqlite3_column_int64(stmt, c);
    case SQLITE_FLOAT:
        return sqlite3_column_double(stmt, c);
    case SQLITE_BLOB:
        return QByteArray(static_cast<const char *>(sqlite3_column_blob(stmt, c)),
                          sqlite3_column_bytes(stmt, c));
    default:
        return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, c)));
    }
}

// Every user table's rows, in the given columns, by rowid (by position for a table without).
Table rowsOf(sqlite3 *db, const QString &table, const QStringList &columns)
{
    Table t;
    const QString list = QStringLiteral("\"%1\"").arg(columns.join(QStringLiteral("\", \"")));
    sqlite3_stmt *stmt = nullptr;
    QByteArray sql = QStringLiteral("SELECT rowid, %1 FROM \"%2\"").arg(list, table).toUtf8();
    if (sqlite3_prepare_v2(db, sql.constData(), -1, &stmt, nullptr) != SQLITE_OK) {
        t.byRowid = false;
        sql = QStringLiteral("SELECT NULL, %1 FROM \"%2\" ORDER BY %1").arg(list, table).toUtf8();
        REQUIRE(sqlite3_prepare_v2(db, sql.constData(), -1, &stmt, nullptr) == SQLITE_OK);
    }
    qint64 position = 0;
    while (sqlite3_step(stmt) == SQLITE_ROW) {
        Row row;
        for (int c = 1; c <= columns.size(); ++c)
            row << valueAt(stmt, c);
        t.rows.insert(t.byRowid ? sqlite3_column_int64(stmt, 0) : position++, row);
    }
    sqlite3_finalize(stmt);
    return t;
}

QStringList tablesOf(sqlite3 *db)
{
    QStringList tables;
    sqlite3_stmt *stmt = nullptr;
    REQUIRE(sqlite3_prepare_v2(db,
                               "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT "
                               "LIKE 'sqlite_%' ORDER BY name",
                               -1, &stmt, nullptr) == SQLITE_OK);
    while (sqlite3_step(stmt) == SQLITE_ROW)
        tables << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
    sqlite3_finalize(stmt);
    return tables;
}

struct RawFile {
    sqlite3 *db = nullptr;
    explicit RawFile(const QString &path)
    {
        REQUIRE(sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY,
                                nullptr) == SQLITE_OK);
    }
    ~RawFile() { sqlite3_close(db); }
};

} // namespace

TEST_CASE("Make the schema fixtures of every earlier format", "[.make-fixtures]")
{
    QDir().mkpath(QStringLiteral(SERVICELENS_FIXTURES "/schema"));
    FixedClock clock(QDateTime(QDate(2026, 9, 30), QTime(18, 0), QTimeZone("Asia/Shanghai"))
                         .toMSecsSinceEpoch());
    const auto &all = WorkbookSchema::migrations();
    for (int version = 1; version < WorkbookSchema::latestVersion(); ++version) {
        const QString path = fixturePath(version);
        if (QFileInfo::exists(path))
            continue; // released: never rewritten
        const std::vector<Migration> release(all.begin(), all.begin() + version);
        Database::Options o;
        o.clock = &clock;
        o.actor = QStringLiteral("店长");
        o.migrations = &release;
        {
            auto wb = Workbook::create(path, NewWorkbook{}, o);
            REQUIRE(wb.ok());
            REQUIRE((*wb)->database().schemaVersion() == version);
            const Status inserted =
                (*wb)->database().execScript("BEGIN;" + rowsFor(version) + "COMMIT;");
            INFO((inserted ? QString() : inserted.error().detail).toStdString());
            REQUIRE(inserted.ok());
            // From format 10 on, the release sealed each inspection as it completed it.
            if (inspection::InspectionSeal::isSealed((*wb)->database().handle()))
                REQUIRE(inspection::InspectionSeal::sealAll((*wb)->database().handle()).ok());
            // From format 9 on, the release chained each audit record as it wrote it.
            if (AuditChain::isChained((*wb)->database().handle()))
                REQUIRE(AuditChain::chainAll((*wb)->database().handle()).ok());
            REQUIRE((*wb)->database().execScript("PRAGMA wal_checkpoint(TRUNCATE)").ok());
        }
        // One self-contained file (no -wal), small.
        sqlite3 *db = nullptr;
        REQUIRE(sqlite3_open(QFile::encodeName(path).constData(), &db) == SQLITE_OK);
        REQUIRE(sqlite3_exec(db, "PRAGMA journal_mode=DELETE; VACUUM;", nullptr, nullptr,
                             nullptr) == SQLITE_OK);
        sqlite3_close(db);
    }
}

TEST_CASE("Every earlier format is upgraded with each of its rows and values intact",
          "[storage][upgrade]")
{
    for (int version = 1; version < WorkbookSchema::latestVersion(); ++version) {
        INFO("format " << version);
        const QString fixture = fixturePath(version);
        REQUIRE(QFileInfo::exists(fixture));
        TempFolder dir;
        const QString path = dir.file(QStringLiteral("旧版-%1.servicelens").arg(version));
        REQUIRE(QFile::copy(fixture, path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);

        // The old file as it is, every table and row.
        std::map<QString, std::pair<QStringList, Table>> before;
        {
            RawFile old(path);
            for (const QString &table : tablesOf(old.db)) {
                const QStringList columns = columnsOf(old.db, table);
                before[table] = {columns, rowsOf(old.db, table, columns)};
            }
        }
        REQUIRE(before.count(QStringLiteral("service_order")) == 1);
        REQUIRE(before[QStringLiteral("service_order")].second.rows.size() == 3);

        FixedClock clock(referenceNowMsecs());
        Database::Options o;
        o.clock = &clock;
        {
            auto wb = Workbook::open(path, o);
            REQUIRE(wb.ok());
            CHECK((*wb)->database().schemaVersion() == WorkbookSchema::latestVersion());
            CHECK_FALSE((*wb)->database().migrationBackupPath().isEmpty());
        }

        RawFile upgraded(path);
        for (const auto &[table, content] : before) {
            INFO("table " << table.toStdString());
            const auto &[columns, rows] = content;
            const QStringList now = columnsOf(upgraded.db, table);
            for (const QString &c : columns)
                REQUIRE(now.contains(c)); // no column is ever dropped
            const Table after = rowsOf(upgraded.db, table, columns);
            for (auto it = rows.rows.begin(); it != rows.rows.end(); ++it) {
                INFO("row " << it.key());
                // The audit chain's head moves on when a step writes audit records (format 20
                // installs the maintenance checklist); the chain is verified whole below.
                if (table == QLatin1String("setting") &&
                    it.value().value(0).toString() == QLatin1String("audit.head"))
                    continue;
                if (rows.byRowid) {
                    REQUIRE(after.rows.contains(it.key()));
                    CHECK(after.rows.value(it.key()) == it.value());
                } else {
                    CHECK(after.rows.values().contains(it.value()));
                }
            }
        }
        // What the later steps add is filled in: the audit chain and the inspection seals.
        auto problems = WorkbookCheck::verifyFile(path);
        REQUIRE(problems.ok());
        CHECK(problems->isEmpty());
        auto chain = WorkbookCheck::verifyAuditTrail(path);
        REQUIRE(chain.ok());
        CHECK(chain->intact());
        CHECK(chain->records >= 2);
        auto seals = WorkbookCheck::verifyInspectionSeals(path);
        REQUIRE(seals.ok());
        CHECK(seals->intact());
        CHECK(seals->sealed == (version >= 6 ? 1 : 0));
        // The default template and survey are there for formats that had none.
        const QStringList tables = tablesOf(upgraded.db);
        CHECK(tables.contains(QStringLiteral("inspection_template")));
        CHECK(tables.contains(QStringLiteral("survey")));
        CHECK(tables.contains(QStringLiteral("training_course")));
    }
}

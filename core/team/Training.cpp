// SPDX-License-Identifier: GPL-3.0-or-later
#include "Training.h"

#include "org/Staff.h"
#include "storage/AuditLog.h"
#include "storage/Clock.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/WriteTransaction.h"

#include <QJsonArray>
#include <QJsonObject>

#include <map>

namespace servicelens::team {

namespace {

QVariant optionalScore(const std::optional<double> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType::fromType<double>());
}

QJsonObject courseJson(const Course &c)
{
    return {{QStringLiteral("code"), c.code},
            {QStringLiteral("title"), c.title},
            {QStringLiteral("skill_area"), SkillNames::code(c.skillArea)},
            {QStringLiteral("validity_months"), c.validityMonths}};
}

Status checkScore(const std::optional<double> &score)
{
    if (score && (*score < 0 || *score > 100))
        return makeError(
            ErrorKind::InvalidInput,
            TrainingRepository::tr("An assessment score is from 0 to 100, not %1.").arg(*score));
    return {};
}

} // namespace

QString SkillNames::code(SkillArea area)
{
    switch (area) {
    case SkillArea::ProductKnowledge:
        return QStringLiteral("product_knowledge");
    case SkillArea::FaultDiagnosis:
        return QStringLiteral("fault_diagnosis");
    case SkillArea::Communication:
        return QStringLiteral("communication");
    case SkillArea::Safety:
        return QStringLiteral("safety");
    case SkillArea::ServiceStandards:
        return QStringLiteral("service_standards");
    case SkillArea::Systems:
        return QStringLiteral("systems");
    }
    return {};
}

QString SkillNames::label(SkillArea area)
{
    switch (area) {
    case SkillArea::ProductKnowledge:
        return tr("Product knowledge");
    case SkillArea::FaultDiagnosis:
        return tr("Fault diagnosis");
    case SkillArea::Communication:
        return tr("Communication");
    case SkillArea::Safety:
        return tr("Safety");
    case SkillArea::ServiceStandards:
        return tr("Service standards");
    case SkillArea::Systems:
        return tr("Systems");
    }
    return {};
}

std::optional<SkillArea> SkillNames::parse(const QString &text)
{
    static const char *const aliases[] = {"产品知识", "故障诊断", "沟通技巧",
                                          "安全",     "服务规范", "系统操作"};
    const QString t = text.trimmed();
    for (std::size_t i = 0; i < allSkillAreas.size(); ++i)
        if (t.compare(code(allSkillAreas[i]), Qt::CaseInsensitive) == 0 ||
            t == QString::fromUtf8(aliases[i]))
            return allSkillAreas[i];
    return std::nullopt;
}

Status TrainingRepository::saveCourse(Course &c)
{
    if (c.code.trimmed().isEmpty() || c.title.trimmed().isEmpty())
        return makeError(ErrorKind::InvalidInput, tr("A course needs a code and a title."));
    if (c.validityMonths < 0)
        return makeError(ErrorKind::InvalidInput, tr("A course's validity is 0 months or more."));
    WriteTransaction tx(m_db);
    if (!tx.status())
        return tx.status();
    auto existing = courseByCode(c.code.trimmed());
    if (!existing)
        return existing.error();
    const qint64 now = m_db.clock().nowSecsSinceEpoch();
    if (*existing) {
        const Course before = **existing;
        c.id = before.id;
        c.uid = before.uid;
        SqlQuery q(m_db, QStringLiteral("UPDATE training_course SET title = :t, skill_area = :a, "
                                        "validity_months = :v, updated_at = :now WHERE id = :id"));
        q.bind(QStringLiteral(":t"), c.title.trimmed())
            .bind(QStringLiteral(":a"), SkillNames::code(c.skillArea))
            .bind(QStringLiteral(":v"), c.validityMonths)
            .bind(QStringLiteral(":now"), now)
            .bind(QStringLiteral(":id"), c.id);
        if (auto s = q.exec(); !s)
            return s;
        if (auto s =
                AuditLog(m_db).record(AuditLog::Action::Update, QStringLiteral("training_course"),
                                      c.uid, courseJson(before), courseJson(c));
            !s)
            return s;
    } else {
        c.uid = m_db.uids().next();
        SqlQuery q(m_db,
                   QStringLiteral("INSERT INTO training_course (uid, code, title, skill_area, "
                                  "validity_months, created_at, updated_at) VALUES (:uid, "
                                  ":c, :t, :a, :v, :now, :now)"));
        q.bind(QStringLiteral(":uid"), c.uid)
            .bind(QStringLiteral(":c"), c.code.trimmed())
            .bind(QStringLiteral(":t"), c.title.trimmed())
            .bind(QStringLiteral(":a"), SkillNames::code(c.skillArea))
            .bind(QStringLiteral(":v"), c.validityMonths)
            .bind(QStringLiteral(":now"), now);
        if (auto s = q.exec(); !s)
            return s;
        c.id = q.lastInsertId();
        if (auto s =
                AuditLog(m_db).record(AuditLog::Action::Insert, QStringLiteral("training_course"),
                                      c.uid, {}, courseJson(c));
            !s)
            return s;
    }
    return tx.commit();
}

Result<std::vector<Course>> TrainingRepository::courses() const
{
    SqlQuery q(m_db, QStringLiteral("SELECT id, uid, code, title, skill_area, validity_months FROM "
                                    "training_course ORDER BY code"));
    return q.all<Course>([](const SqlQuery &r) {
        return Course{
            r.value(0).toLongLong(),
            r.value(1).toString(),
            r.value(2).toString(),
            r.value(3).toString(),
            SkillNames::parse(r.value(4).toString()).value_or(SkillArea::ProductKnowledge),
            r.value(5).toInt()};
    });
}

Result<std::optional<Course>> TrainingRepository::courseByCode(const QString &code) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT id, uid, code, title, skill_area, validity_months FROM "
                                    "training_course WHERE code = :c"));
    q.bind(QStringLiteral(":c"), code);
    return q.first<Course>([](const SqlQuery &r) {
        return Course{
            r.value(0).toLongLong(),
            r.value(1).toString(),
            r.value(2).toString(),
            r.value(3).toString(),
            SkillNames::parse(r.value(4).toString()).value_or(SkillArea::ProductKnowledge),
            r.value(5).toInt()};
    });
}

Status TrainingRepository::saveSession(Session &s)
{
    if (!s.day.isValid() || s.courseId == 0)
        return makeError(ErrorKind::InvalidInput, tr("A session needs a course and a date."));
    if (s.hours < 0)
        return makeError(ErrorKind::InvalidInput, tr("A session's hours are 0 or more."));
    for (const Attendance &a : s.attendance) {
        if (auto c = checkScore(a.preScore); !c)
            return c;
        if (auto c = checkScore(a.postScore); !c)
            return c;
    }
    WriteTransaction tx(m_db);
    if (!tx.status())
        return tx.status();
    const qint64 now = m_db.clock().nowSecsSinceEpoch();
    if (s.id == 0) {
        s.uid = m_db.uids().next();
        SqlQuery q(m_db, QStringLiteral("INSERT INTO training_session (uid, course_id, branch_id, "
                                        "day, trainer, hours, created_at, updated_at) VALUES "
                                        "(:uid, :c, :b, :d, :t, :h, :now, :now)"));
        q.bind(QStringLiteral(":uid"), s.uid)
            .bind(QStringLiteral(":c"), s.courseId)
            .bind(QStringLiteral(":b"), s.branchId)
            .bind(QStringLiteral(":d"), s.day.toString(Qt::ISODate))
            .bind(QStringLiteral(":t"), s.trainer.trimmed())
            .bind(QStringLiteral(":h"), s.hours)
            .bind(QStringLiteral(":now"), now);
        if (auto st = q.exec(); !st) {
            if (st.error().kind == ErrorKind::Conflict)
                return makeError(ErrorKind::Conflict, tr("This course already has a session on %1.")
                                                          .arg(s.day.toString(Qt::ISODate)));
            return st;
        }
        s.id = q.lastInsertId();
    } else {
        SqlQuery q(m_db, QStringLiteral("UPDATE training_session SET day = :d, trainer = :t, hours "
                                        "= :h, updated_at = :now WHERE id = :id"));
        q.bind(QStringLiteral(":d"), s.day.toString(Qt::ISODate))
            .bind(QStringLiteral(":t"), s.trainer.trimmed())
            .bind(QStringLiteral(":h"), s.hours)
            .bind(QStringLiteral(":now"), now)
            .bind(QStringLiteral(":id"), s.id);
        if (auto st = q.exec(); !st)
            return st;
    }
    SqlQuery clear(m_db, QStringLiteral("DELETE FROM training_attendance WHERE session_id = :s"));
    clear.bind(QStringLiteral(":s"), s.id);
    if (auto st = clear.exec(); !st)
        return st;
    QJsonArray people;
    for (const Attendance &a : s.attendance) {
        if (auto st = attend(s.id, a); !st)
            return st;
        people.append(QJsonObject{
            {QStringLiteral("staff_id"), static_cast<double>(a.staffId)},
            {QStringLiteral("pre"), a.preScore ? QJsonValue(*a.preScore) : QJsonValue()},
            {QStringLiteral("post"), a.postScore ? QJsonValue(*a.postScore) : QJsonValue()}});
    }
    if (auto st = AuditLog(m_db).record(AuditLog::Action::Update,
                                        QStringLiteral("training_session"), s.uid, {},
                                        {{QStringLiteral("day"), s.day.toString(Qt::ISODate)},
                                         {QStringLiteral("trainer"), s.trainer},
                                         {QStringLiteral("hours"), s.hours},
                                         {QStringLiteral("attendance"), people}});
        !st)
        return st;
    return tx.commit();
}

Status TrainingRepository::attend(qint64 sessionId, const Attendance &a)
{
    if (auto c = checkScore(a.preScore); !c)
        return c;
    if (auto c = checkScore(a.postScore); !c)
        return c;
    SqlQuery q(m_db, QStringLiteral("INSERT INTO training_attendance (session_id, staff_id, "
                                    "pre_score, post_score) VALUES (:s, :p, :pre, :post) ON "
                                    "CONFLICT (session_id, staff_id) DO UPDATE SET pre_score = "
                                    "excluded.pre_score, post_score = excluded.post_score"));
    q.bind(QStringLiteral(":s"), sessionId)
        .bind(QStringLiteral(":p"), a.staffId)
        .bind(QStringLiteral(":pre"), optionalScore(a.preScore))
        .bind(QStringLiteral(":post"), optionalScore(a.postScore));
    return q.exec();
}

Result<std::vector<TrainingRepository::Attended>>
TrainingRepository::attendedBy(qint64 staffId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT s.day, c.id, c.uid, c.code, c.title, c.skill_area, "
                                    "c.validity_months, a.pre_score, a.post_score FROM "
                                    "training_attendance a JOIN training_session s ON s.id = "
                                    "a.session_id JOIN training_course c ON c.id = s.course_id "
                                    "WHERE a.staff_id = :p ORDER BY s.day"));
    q.bind(QStringLiteral(":p"), staffId);
    return q.all<Attended>([](const SqlQuery &r) {
        Attended a;
        a.day = QDate::fromString(r.value(0).toString(), Qt::ISODate);
        a.course =
            Course{r.value(1).toLongLong(),
                   r.value(2).toString(),
                   r.value(3).toString(),
                   r.value(4).toString(),
                   SkillNames::parse(r.value(5).toString()).value_or(SkillArea::ProductKnowledge),
                   r.value(6).toInt()};
        if (!r.value(7).isNull())
            a.preScore = r.value(7).toDouble();
        if (!r.value(8).isNull())
            a.postScore = r.value(8).toDouble();
        return a;
    });
}

Result<std::optional<qint64>> TrainingRepository::sessionOn(qint64 courseId, qint64 branchId,
                                                            QDate day) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT id FROM training_session WHERE course_id = :c AND "
                                    "branch_id = :b AND day = :d"));
    q.bind(QStringLiteral(":c"), courseId)
        .bind(QStringLiteral(":b"), branchId)
        .bind(QStringLiteral(":d"), day.toString(Qt::ISODate));
    auto id = q.scalar();
    if (!id)
        return id.error();
    return id->isValid() ? std::optional<qint64>(id->toLongLong()) : std::nullopt;
}

Result<std::optional<Attendance>> TrainingRepository::attendance(qint64 sessionId,
                                                                 qint64 staffId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT pre_score, post_score FROM training_attendance WHERE "
                                    "session_id = :s AND staff_id = :p"));
    q.bind(QStringLiteral(":s"), sessionId).bind(QStringLiteral(":p"), staffId);
    return q.first<Attendance>([staffId](const SqlQuery &r) {
        const auto score = [](const QVariant &v) {
            return v.isNull() ? std::optional<double>() : std::optional<double>(v.toDouble());
        };
        Attendance a;
        a.staffId = staffId;
        a.preScore = score(r.value(0));
        a.postScore = score(r.value(1));
        return a;
    });
}

Result<std::optional<Session>> TrainingRepository::session(qint64 id) const
{
    SqlQuery q(m_db,
               QStringLiteral("SELECT id, uid, course_id, branch_id, day, trainer, hours FROM "
                              "training_session WHERE id = :id"));
    q.bind(QStringLiteral(":id"), id);
    auto found = q.first<Session>([](const SqlQuery &r) {
        Session s;
        s.id = r.value(0).toLongLong();
        s.uid = r.value(1).toString();
        s.courseId = r.value(2).toLongLong();
        s.branchId = r.value(3).toLongLong();
        s.day = QDate::fromString(r.value(4).toString(), Qt::ISODate);
        s.trainer = r.value(5).toString();
        s.hours = r.value(6).toDouble();
        return s;
    });
    if (!found || !*found)
        return found;
    SqlQuery people(m_db, QStringLiteral("SELECT a.staff_id, s.code, s.name, a.pre_score, "
                                         "a.post_score FROM training_attendance a JOIN staff s ON "
                                         "s.id = a.staff_id WHERE a.session_id = :s ORDER BY "
                                         "s.code"));
    people.bind(QStringLiteral(":s"), id);
    auto list = people.all<Attendance>([](const SqlQuery &r) {
        Attendance a;
        a.staffId = r.value(0).toLongLong();
        a.staffCode = r.value(1).toString();
        a.staffName = r.value(2).toString();
        if (!r.value(3).isNull())
            a.preScore = r.value(3).toDouble();
        if (!r.value(4).isNull())
            a.postScore = r.value(4).toDouble();
        return a;
    });
    if (!list)
        return list.error();
    (*found)->attendance = std::move(*list);
    return found;
}

Result<std::vector<SessionRow>> TrainingRepository::sessions(qint64 branchId) const
{
    SqlQuery q(m_db, QStringLiteral(
                         "SELECT s.id, c.id, c.uid, c.code, c.title, c.skill_area, "
                         "c.validity_months, (SELECT count(*) FROM training_attendance a WHERE "
                         "a.session_id = s.id), (SELECT avg(a.post_score - a.pre_score) FROM "
                         "training_attendance a WHERE a.session_id = s.id AND a.pre_score IS NOT "
                         "NULL AND a.post_score IS NOT NULL) FROM training_session s JOIN "
                         "training_course c ON c.id = s.course_id WHERE s.branch_id = :b ORDER BY "
                         "s.day DESC, c.code"));
    q.bind(QStringLiteral(":b"), branchId);
    auto rows = q.all<std::tuple<qint64, Course, int, QVariant>>([](const SqlQuery &r) {
        Course c{r.value(1).toLongLong(),
                 r.value(2).toString(),
                 r.value(3).toString(),
                 r.value(4).toString(),
                 SkillNames::parse(r.value(5).toString()).value_or(SkillArea::ProductKnowledge),
                 r.value(6).toInt()};
        return std::tuple{r.value(0).toLongLong(), c, r.value(7).toInt(), r.value(8)};
    });
    if (!rows)
        return rows.error();
    std::vector<SessionRow> out;
    for (const auto &[id, course, attendees, gain] : *rows) {
        auto s = session(id);
        if (!s)
            return s.error();
        SessionRow row;
        row.session = **s;
        row.course = course;
        row.attendees = attendees;
        if (!gain.isNull())
            row.meanGain = gain.toDouble();
        out.push_back(std::move(row));
    }
    return out;
}

Result<std::vector<MatrixRow>> TrainingMatrix::compute(Database &db, qint64 branchId, QDate today)
{
    auto staff = org::StaffRepository(db).list();
    if (!staff)
        return staff.error();
    // The latest session of each person in each skill area, and its course's validity.
    SqlQuery q(db, QStringLiteral("SELECT a.staff_id, c.skill_area, max(s.day), c.validity_months "
                                  "FROM training_attendance a JOIN training_session s ON s.id = "
                                  "a.session_id JOIN training_course c ON c.id = s.course_id "
                                  "WHERE s.branch_id = :b GROUP BY a.staff_id, c.skill_area, "
                                  "c.id"));
    q.bind(QStringLiteral(":b"), branchId);
    if (auto s = q.exec(); !s)
        return s.error();
    // Of several courses in an area, the one that keeps it current the longest counts; a course
    // without a validity keeps it current for good.
    struct Seen {
        QDate last;
        QDate expires;
        bool permanent = false;
    };
    std::map<std::pair<qint64, int>, Seen> seen;
    while (q.next()) {
        const auto area = SkillNames::parse(q.value(1).toString());
        if (!area)
            continue;
        const QDate day = QDate::fromString(q.value(2).toString(), Qt::ISODate);
        const int validity = q.value(3).toInt();
        Seen &s = seen[{q.value(0).toLongLong(), static_cast<int>(*area)}];
        if (!s.last.isValid() || day > s.last)
            s.last = day;
        if (validity == 0)
            s.permanent = true;
        else if (!s.expires.isValid() || day.addMonths(validity) > s.expires)
            s.expires = day.addMonths(validity);
    }
    std::map<std::pair<qint64, int>, MatrixCell> cells;
    for (const auto &[key, s] : seen) {
        MatrixCell cell;
        cell.lastTrained = s.last;
        cell.expires = s.permanent ? QDate() : s.expires;
        cells[key] = cell;
    }
    std::vector<MatrixRow> rows;
    for (const org::StaffMember &m : *staff) {
        if (!m.active)
            continue;
        MatrixRow row;
        row.staffId = m.id;
        row.code = m.code;
        row.name = m.name;
        row.team = m.team;
        row.role = m.role;
        for (std::size_t a = 0; a < allSkillAreas.size(); ++a) {
            auto it = cells.find({m.id, static_cast<int>(a)});
            if (it == cells.end())
                continue;
            MatrixCell cell = it->second;
            if (cell.expires.isValid() && cell.expires < today)
                cell.state = MatrixCell::State::Expired;
            else if (cell.expires.isValid() && today.daysTo(cell.expires) <= 30)
                cell.state = MatrixCell::State::Expiring;
            else
                cell.state = MatrixCell::State::Current;
            row.cells[a] = cell;
        }
        rows.push_back(std::move(row));
    }
    return rows;
}

} // namespace servicelens::team

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "org/Staff.h"
#include "storage/Result.h"

#include <QCoreApplication>
#include <QDate>

#include <array>
#include <optional>
#include <vector>

namespace servicelens {
class Database;
}

namespace servicelens::team {

enum class SkillArea {
    ProductKnowledge,
    FaultDiagnosis,
    Communication,
    Safety,
    ServiceStandards,
    Systems
};
inline constexpr std::array<SkillArea, 6> allSkillAreas = {
    SkillArea::ProductKnowledge, SkillArea::FaultDiagnosis,   SkillArea::Communication,
    SkillArea::Safety,           SkillArea::ServiceStandards, SkillArea::Systems};

class SkillNames final {
    Q_DECLARE_TR_FUNCTIONS(SkillNames)

public:
    static QString code(SkillArea area);
    static QString label(SkillArea area);
    // Code or Chinese alias (产品知识, 故障诊断, 沟通技巧, 安全, 服务规范, 系统操作).
    static std::optional<SkillArea> parse(const QString &text);
};

struct Course {
    qint64 id = 0;
    QString uid;
    QString code;
    QString title;
    SkillArea skillArea = SkillArea::ProductKnowledge;
    int validityMonths = 0; // 0: does not expire
};

struct Attendance {
    qint64 staffId = 0;
    QString staffCode;
    QString staffName;
    std::optional<double> preScore;  // 0-100
    std::optional<double> postScore; // 0-100
    std::optional<double> gain() const
    {
        return preScore && postScore ? std::optional<double>(*postScore - *preScore) : std::nullopt;
    }
};

struct Session {
    qint64 id = 0;
    QString uid;
    qint64 courseId = 0;
    qint64 branchId = 0;
    QDate day;
    QString trainer;
    double hours = 0;
    std::vector<Attendance> attendance;
};

struct SessionRow {
    Session session;
    Course course;
    int attendees = 0;
    std::optional<double> meanGain; // mean post − pre over attendees with both scores
};

// Courses, their sessions and who attended with what assessment scores. Every change is
// audited.
class TrainingRepository final {
    Q_DECLARE_TR_FUNCTIONS(TrainingRepository)

public:
    explicit TrainingRepository(Database &db)
        : m_db(db)
    {}

    Status saveCourse(Course &course); // by code: created or updated
    Result<std::vector<Course>> courses() const;
    Result<std::optional<Course>> courseByCode(const QString &code) const;

    // A session with its attendance (replacing the attendance it had).
    Status saveSession(Session &session);
    Result<std::optional<Session>> session(qint64 id) const;
    Result<std::vector<SessionRow>> sessions(qint64 branchId) const;

    // The session of a course on a day at a branch, if there is one.
    Result<std::optional<qint64>> sessionOn(qint64 courseId, qint64 branchId, QDate day) const;
    // One person's scores in a session, if they attended it.
    Result<std::optional<Attendance>> attendance(qint64 sessionId, qint64 staffId) const;
    // One person's attendance record added to or updated in a session.
    Status attend(qint64 sessionId, const Attendance &attendance);

    // What one person attended, oldest first.
    struct Attended {
        QDate day;
        Course course;
        std::optional<double> preScore;
        std::optional<double> postScore;
    };
    Result<std::vector<Attended>> attendedBy(qint64 staffId) const;

private:
    Database &m_db;
};

// The training matrix (培训矩阵): for each active staff member and skill area, when they were last
// trained and whether it is still current.
struct MatrixCell {
    QDate lastTrained; // invalid: never
    QDate expires;     // invalid: does not expire (or never trained)
    enum class State { Never, Current, Expiring, Expired } state = State::Never;
};

struct MatrixRow {
    qint64 staffId = 0;
    QString code;
    QString name;
    QString team;
    org::Role role = org::Role::TechnicalSupport;
    std::array<MatrixCell, allSkillAreas.size()> cells;
};

class TrainingMatrix final {
public:
    // `today` decides expired and expiring (within 30 days).
    static Result<std::vector<MatrixRow>> compute(Database &db, qint64 branchId, QDate today);
};

} // namespace servicelens::team

// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReviewCycles.h"

#include "org/Staff.h"
#include "storage/AuditLog.h"
#include "storage/AuditedWrite.h"
#include "storage/Clock.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/UidGenerator.h"
#include "storage/WriteTransaction.h"

#include <QCryptographicHash>
#include <QJsonObject>
#include <QRandomGenerator>

#include <algorithm>
#include <map>

namespace servicelens::team {

namespace {

const QString selectCycle = QStringLiteral(
    "SELECT id, uid, branch_id, code, name, survey_id, opens_on, closes_on, threshold, closed_at, "
    "period_from, period_to FROM review_cycle ");

ReviewCycle cycleOf(const SqlQuery &q)
{
    ReviewCycle c;
    c.id = q.value(0).toLongLong();
    c.uid = q.value(1).toString();
    c.branchId = q.value(2).toLongLong();
    c.code = q.value(3).toString();
    c.name = q.value(4).toString();
    c.surveyId = q.value(5).toLongLong();
    c.opensOn = QDate::fromString(q.value(6).toString(), Qt::ISODate);
    c.closesOn = QDate::fromString(q.value(7).toString(), Qt::ISODate);
    c.threshold = q.value(8).toDouble();
    c.closedAt = q.optionalId(9);
    c.periodFrom = QDate::fromString(q.value(10).toString(), Qt::ISODate);
    c.periodTo = QDate::fromString(q.value(11).toString(), Qt::ISODate);
    return c;
}

// Ten characters from an alphabet without look-alikes (no 0/O, 1/I/L): read off paper and typed
// without mistakes, 32^10 ≈ 10^15 of them.
QString newCode()
{
    static const char alphabet[] = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    constexpr int size = sizeof(alphabet) - 1;
    QString code;
    for (int i = 0; i < 10; ++i) {
        if (i == 5)
            code += QLatin1Char('-');
        code += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(size)]);
    }
    return code;
}

// A response's key: random, so its place in the table says nothing of when it came.
QString randomKey()
{
    quint32 words[4];
    QRandomGenerator::system()->fillRange(words);
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(words), sizeof words).toHex());
}

// A code as typed: spaces and hyphens dropped, letters in capitals.
QString normalised(const QString &code)
{
    QString out;
    for (const QChar c : code)
        if (c.isLetterOrNumber())
            out += c.toUpper();
    return out;
}

} // namespace

QString ReviewCycles::hashOf(const QString &code)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(normalised(code).toUtf8(), QCryptographicHash::Sha256).toHex());
}

Result<std::vector<ReviewCycle>> ReviewCycles::list(qint64 branchId) const
{
    SqlQuery q(m_db, selectCycle + QStringLiteral("WHERE branch_id = :branch ORDER BY opens_on "
                                                  "DESC, id DESC"));
    q.bind(QStringLiteral(":branch"), branchId);
    return q.all<ReviewCycle>(cycleOf);
}

Result<ReviewCycle> ReviewCycles::find(qint64 cycleId) const
{
    SqlQuery q(m_db, selectCycle + QStringLiteral("WHERE id = :id"));
    q.bind(QStringLiteral(":id"), cycleId);
    auto found = q.first<ReviewCycle>(cycleOf);
    if (!found)
        return found.error();
    if (!*found)
        return makeError(ErrorKind::NotFound, tr("This review cycle no longer exists."));
    return **found;
}

Result<std::optional<ReviewCycle>> ReviewCycles::findByCode(qint64 branchId,
                                                            const QString &code) const
{
    SqlQuery q(m_db, selectCycle + QStringLiteral("WHERE branch_id = :branch AND code = :code"));
    q.bind(QStringLiteral(":branch"), branchId).bind(QStringLiteral(":code"), code.trimmed());
    return q.first<ReviewCycle>(cycleOf);
}

Status ReviewCycles::create(ReviewCycle &c)
{
    c.code = c.code.trimmed();
    c.name = c.name.trimmed();
    if (c.code.isEmpty() || c.name.isEmpty())
        return makeError(ErrorKind::InvalidInput, tr("A review cycle needs a code and a name."));
    if (!c.opensOn.isValid() || !c.closesOn.isValid() || c.closesOn < c.opensOn)
        return makeError(ErrorKind::InvalidInput,
                         tr("A review cycle runs from its first day to its last, in that order."));
    if (!c.periodFrom.isValid() || !c.periodTo.isValid()) {
        c.periodFrom = c.opensOn;
        c.periodTo = c.closesOn;
    }
    if (c.periodTo < c.periodFrom || c.periodFrom > c.closesOn)
        return makeError(ErrorKind::InvalidInput,
                         tr("The period reviewed runs from its first day to its last, in that "
                            "order, and begins before the cycle's last day."));
    if (c.threshold < 1 || c.threshold > 5)
        return makeError(ErrorKind::InvalidInput,
                         tr("The training threshold is a rating between 1 and 5."));
    WriteTransaction tx(m_db);
    if (!tx.status())
        return tx.status();
    auto taken = findByCode(c.branchId, c.code);
    if (!taken)
        return taken.error();
    if (*taken)
        return makeError(ErrorKind::InvalidInput,
                         tr("The branch already has a review cycle %1.").arg(c.code));
    c.uid = m_db.uids().next();
    c.closedAt.reset();
    const qint64 now = m_db.clock().nowSecsSinceEpoch();
    SqlQuery q(m_db, QStringLiteral("INSERT INTO review_cycle (uid, branch_id, code, name, "
                                    "survey_id, opens_on, closes_on, period_from, period_to, "
                                    "threshold, created_at, updated_at) VALUES (:uid, :branch, "
                                    ":code, :name, :survey, :opens, :closes, :from, :to, "
                                    ":threshold, :now, :now)"));
    q.bind(QStringLiteral(":uid"), c.uid)
        .bind(QStringLiteral(":branch"), c.branchId)
        .bind(QStringLiteral(":code"), c.code)
        .bind(QStringLiteral(":name"), c.name)
        .bind(QStringLiteral(":survey"), c.surveyId)
        .bind(QStringLiteral(":opens"), c.opensOn.toString(Qt::ISODate))
        .bind(QStringLiteral(":closes"), c.closesOn.toString(Qt::ISODate))
        .bind(QStringLiteral(":from"), c.periodFrom.toString(Qt::ISODate))
        .bind(QStringLiteral(":to"), c.periodTo.toString(Qt::ISODate))
        .bind(QStringLiteral(":threshold"), c.threshold)
        .bind(QStringLiteral(":now"), now);
    const QJsonObject after{{QStringLiteral("code"), c.code},
                            {QStringLiteral("name"), c.name},
                            {QStringLiteral("survey_id"), double(c.surveyId)},
                            {QStringLiteral("opens_on"), c.opensOn.toString(Qt::ISODate)},
                            {QStringLiteral("closes_on"), c.closesOn.toString(Qt::ISODate)},
                            {QStringLiteral("period_from"), c.periodFrom.toString(Qt::ISODate)},
                            {QStringLiteral("period_to"), c.periodTo.toString(Qt::ISODate)},
                            {QStringLiteral("threshold"), c.threshold}};
    auto written = auditedWrite(m_db, q, true, QStringLiteral("review_cycle"), c.uid, {}, after);
    if (!written)
        return written.error();
    c.id = *written;
    return tx.commit();
}

Status ReviewCycles::setRaters(qint64 cycleId, const std::vector<RaterAssignment> &raters)
{
    WriteTransaction tx(m_db);
    if (!tx.status())
        return tx.status();
    auto cycle = find(cycleId);
    if (!cycle)
        return cycle.error();
    SqlQuery issued(m_db, QStringLiteral("SELECT count(*) FROM review_code WHERE cycle_id = :id"));
    issued.bind(QStringLiteral(":id"), cycleId);
    auto codes = issued.scalar();
    if (!codes)
        return codes.error();
    if (!cycle->isOpen() || codes->toInt() > 0)
        return makeError(ErrorKind::InvalidInput,
                         tr("The raters of %1 are fixed: its codes are issued.").arg(cycle->code));
    SqlQuery clear(m_db, QStringLiteral("DELETE FROM review_rater WHERE cycle_id = :id"));
    clear.bind(QStringLiteral(":id"), cycleId);
    if (auto s = clear.exec(); !s)
        return s;
    SqlQuery add(m_db, QStringLiteral("INSERT INTO review_rater (cycle_id, subject_id, rater_id, "
                                      "rater_group) VALUES (:cycle, :subject, :rater, :group)"));
    QJsonObject counts;
    for (const RaterAssignment &r : raters) {
        if ((r.group == RaterGroup::Self) != (r.raterId == r.subjectId) ||
            r.group == RaterGroup::Customer)
            return makeError(ErrorKind::InvalidInput,
                             tr("Only a person rates themself, in the self group; customers are "
                                "not named as raters."));
        add.bind(QStringLiteral(":cycle"), cycleId)
            .bind(QStringLiteral(":subject"), r.subjectId)
            .bind(QStringLiteral(":rater"), r.raterId)
            .bind(QStringLiteral(":group"), ReviewNames::code(r.group));
        if (auto s = add.exec(); !s)
            return makeError(ErrorKind::InvalidInput,
                             tr("A rater is named twice for the same person."));
    }
    if (auto s = AuditLog(m_db).record(AuditLog::Action::Update, QStringLiteral("review_cycle"),
                                       cycle->uid, {},
                                       {{QStringLiteral("raters"), double(raters.size())}});
        !s)
        return s;
    return tx.commit();
}

Result<std::vector<RaterAssignment>> ReviewCycles::raters(qint64 cycleId) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT subject_id, rater_id, rater_group FROM review_rater "
                                    "WHERE cycle_id = :id ORDER BY subject_id, rater_group, "
                                    "rater_id"));
    q.bind(QStringLiteral(":id"), cycleId);
    return q.all<RaterAssignment>([](const SqlQuery &r) {
        return RaterAssignment{
            r.value(0).toLongLong(), r.value(1).toLongLong(),
            ReviewNames::group(r.value(2).toString()).value_or(RaterGroup::Peer)};
    });
}

Result<std::vector<RaterAssignment>> ReviewCycles::suggestedRaters(qint64 branchId) const
{
    auto staff = org::StaffRepository(m_db).list();
    if (!staff)
        return staff.error();
    std::vector<org::StaffMember> active;
    for (const org::StaffMember &m : *staff)
        if (m.active && (!m.branchId || *m.branchId == branchId))
            active.push_back(m);
    std::optional<qint64> manager;
    for (const org::StaffMember &m : active)
        if (m.role == org::Role::Manager && !manager)
            manager = m.id;
    std::vector<RaterAssignment> out;
    for (const org::StaffMember &s : active) {
        if (s.role != org::Role::TechnicalSupport && s.role != org::Role::CustomerService)
            continue;
        out.push_back({s.id, s.id, RaterGroup::Self});
        if (manager)
            out.push_back({s.id, *manager, RaterGroup::Manager});
        int peers = 0;
        int others = 0;
        for (const org::StaffMember &r : active) {
            if (r.id == s.id || r.role == org::Role::Manager)
                continue;
            if (r.role == s.role && peers < 6) {
                out.push_back({s.id, r.id, RaterGroup::Peer});
                ++peers;
            } else if (r.role != s.role && others < 3) {
                out.push_back({s.id, r.id, RaterGroup::Other});
                ++others;
            }
        }
    }
    return out;
}

Result<std::vector<IssuedCode>> ReviewCycles::issueCodes(qint64 cycleId)
{
    WriteTransaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    auto cycle = find(cycleId);
    if (!cycle)
        return cycle.error();
    if (!cycle->isOpen())
        return makeError(ErrorKind::InvalidInput,
                         tr("%1 is closed: it takes no more answers.").arg(cycle->code));
    SqlQuery issued(m_db, QStringLiteral("SELECT count(*) FROM review_code WHERE cycle_id = :id"));
    issued.bind(QStringLiteral(":id"), cycleId);
    auto existing = issued.scalar();
    if (!existing)
        return existing.error();
    if (existing->toInt() > 0)
        return makeError(
            ErrorKind::InvalidInput,
            tr("The codes of %1 were issued already: they are shown only once.").arg(cycle->code));
    SqlQuery count(m_db, QStringLiteral("SELECT r.subject_id, s.name, r.rater_group, count(*) "
                                        "FROM review_rater r JOIN staff s ON s.id = "
                                        "r.subject_id WHERE r.cycle_id = :id GROUP BY "
                                        "r.subject_id, s.name, r.rater_group ORDER BY s.name, "
                                        "r.subject_id, r.rater_group"));
    count.bind(QStringLiteral(":id"), cycleId);
    if (auto s = count.exec(); !s)
        return s.error();
    std::vector<IssuedCode> codes;
    while (count.next())
        for (int n = 0; n < count.value(3).toInt(); ++n)
            codes.push_back(
                {count.value(0).toLongLong(), count.value(1).toString(),
                 ReviewNames::group(count.value(2).toString()).value_or(RaterGroup::Peer),
                 newCode()});
    if (codes.empty())
        return makeError(ErrorKind::InvalidInput,
                         tr("Name the raters of %1 first.").arg(cycle->code));
    SqlQuery add(m_db, QStringLiteral("INSERT INTO review_code (code_hash, cycle_id, subject_id, "
                                      "rater_group) VALUES (:hash, :cycle, :subject, :group)"));
    for (const IssuedCode &c : codes) {
        add.bind(QStringLiteral(":hash"), hashOf(c.code))
            .bind(QStringLiteral(":cycle"), cycleId)
            .bind(QStringLiteral(":subject"), c.subjectId)
            .bind(QStringLiteral(":group"), ReviewNames::code(c.group));
        if (auto s = add.exec(); !s)
            return s.error();
    }
    if (auto s = AuditLog(m_db).record(AuditLog::Action::Update, QStringLiteral("review_cycle"),
                                       cycle->uid, {},
                                       {{QStringLiteral("codes_issued"), double(codes.size())}});
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return codes;
}

Result<ReviewForm> ReviewCycles::openForm(qint64 branchId, const QString &code) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT k.cycle_id, k.subject_id, s.name, k.rater_group FROM "
                                    "review_code k JOIN review_cycle c ON c.id = k.cycle_id JOIN "
                                    "staff s ON s.id = k.subject_id WHERE k.code_hash = :hash "
                                    "AND k.used = 0 AND c.closed_at IS NULL AND c.branch_id = "
                                    ":branch"));
    q.bind(QStringLiteral(":hash"), hashOf(code)).bind(QStringLiteral(":branch"), branchId);
    auto found = q.first<ReviewForm>([](const SqlQuery &r) {
        return ReviewForm{r.value(0).toLongLong(), r.value(1).toLongLong(), r.value(2).toString(),
                          ReviewNames::group(r.value(3).toString()).value_or(RaterGroup::Peer)};
    });
    if (!found)
        return found.error();
    if (!*found)
        return makeError(ErrorKind::InvalidInput,
                         tr("This code opens no form: check it, or it was used already."));
    return **found;
}

Status ReviewCycles::submit(qint64 branchId, const QString &code,
                            const std::vector<ReviewAnswer> &answers)
{
    WriteTransaction tx(m_db);
    if (!tx.status())
        return tx.status();
    auto form = openForm(branchId, code);
    if (!form)
        return form.error();
    auto cycle = find(form->cycleId);
    if (!cycle)
        return cycle.error();
    // Every question of the questionnaire once; ratings 1–5 for the competencies.
    SqlQuery questions(m_db, QStringLiteral("SELECT id, type FROM survey_question WHERE "
                                            "survey_id = :survey"));
    questions.bind(QStringLiteral(":survey"), cycle->surveyId);
    if (auto s = questions.exec(); !s)
        return s;
    std::map<qint64, bool> rated; // question id -> takes a rating
    while (questions.next())
        rated[questions.value(0).toLongLong()] =
            questions.value(1).toString() != QLatin1String("text");
    for (const ReviewAnswer &a : answers) {
        const auto it = rated.find(a.questionId);
        if (it == rated.end())
            return makeError(ErrorKind::InvalidInput,
                             tr("An answer is for a question the questionnaire does not have."));
        if (a.rating && (!it->second || *a.rating < 1 || *a.rating > 5))
            return makeError(ErrorKind::InvalidInput, tr("A rating is a whole number 1 to 5."));
    }
    SqlQuery use(m_db, QStringLiteral("UPDATE review_code SET used = 1 WHERE code_hash = :hash"));
    use.bind(QStringLiteral(":hash"), hashOf(code));
    if (auto s = use.exec(); !s)
        return s;
    const QString key = randomKey();
    SqlQuery response(m_db, QStringLiteral("INSERT INTO review_response (id, cycle_id, subject_id, "
                                           "rater_group) VALUES (:id, :cycle, :subject, :group)"));
    response.bind(QStringLiteral(":id"), key)
        .bind(QStringLiteral(":cycle"), form->cycleId)
        .bind(QStringLiteral(":subject"), form->subjectId)
        .bind(QStringLiteral(":group"), ReviewNames::code(form->group));
    if (auto s = response.exec(); !s)
        return s;
    SqlQuery answer(m_db, QStringLiteral("INSERT INTO review_answer (response_id, question_id, "
                                         "rating, text) VALUES (:response, :question, :rating, "
                                         ":text)"));
    for (const ReviewAnswer &a : answers) {
        if (!a.rating && a.text.trimmed().isEmpty())
            continue; // left blank
        answer.bind(QStringLiteral(":response"), key)
            .bind(QStringLiteral(":question"), a.questionId)
            .bind(QStringLiteral(":rating"),
                  a.rating ? QVariant(*a.rating) : QVariant(QMetaType::fromType<int>()))
            .bind(QStringLiteral(":text"), a.text.trimmed());
        if (auto s = answer.exec(); !s)
            return s;
    }
    // The record says an answer came for the person and group: not which code, not whose.
    if (auto s = AuditLog(m_db).record(
            AuditLog::Action::Insert, QStringLiteral("review_response"), cycle->uid, {},
            {{QStringLiteral("subject_id"), double(form->subjectId)},
             {QStringLiteral("rater_group"), ReviewNames::code(form->group)}});
        !s)
        return s;
    return tx.commit();
}

Status ReviewCycles::close(qint64 cycleId)
{
    // The deleted codes are overwritten on disk, not only unlinked: no page of the file keeps
    // them (SQLite's secure_delete, for this connection while the codes go).
    if (m_db.isPostgres())
        return closeCycle(cycleId); // PostgreSQL's vacuum reclaims the rows' space itself
    if (auto s = m_db.execScript("PRAGMA secure_delete = ON"); !s)
        return s;
    const Status closed = closeCycle(cycleId);
    if (auto s = m_db.execScript("PRAGMA secure_delete = OFF"); !s)
        return s;
    return closed;
}

Status ReviewCycles::closeCycle(qint64 cycleId)
{
    WriteTransaction tx(m_db);
    if (!tx.status())
        return tx.status();
    auto cycle = find(cycleId);
    if (!cycle)
        return cycle.error();
    if (!cycle->isOpen())
        return makeError(ErrorKind::InvalidInput, tr("%1 is closed already.").arg(cycle->code));
    SqlQuery tally(m_db, QStringLiteral("INSERT INTO review_tally (cycle_id, subject_id, "
                                        "rater_group, asked, answered) SELECT cycle_id, "
                                        "subject_id, rater_group, count(*), sum(used) FROM "
                                        "review_code WHERE cycle_id = :id GROUP BY cycle_id, "
                                        "subject_id, rater_group"));
    tally.bind(QStringLiteral(":id"), cycleId);
    if (auto s = tally.exec(); !s)
        return s;
    SqlQuery drop(m_db, QStringLiteral("DELETE FROM review_code WHERE cycle_id = :id"));
    drop.bind(QStringLiteral(":id"), cycleId);
    if (auto s = drop.exec(); !s)
        return s;
    const qint64 now = m_db.clock().nowSecsSinceEpoch();
    SqlQuery closed(m_db, QStringLiteral("UPDATE review_cycle SET closed_at = :now, updated_at = "
                                         ":now WHERE id = :id"));
    closed.bind(QStringLiteral(":now"), now).bind(QStringLiteral(":id"), cycleId);
    if (auto s = closed.exec(); !s)
        return s;
    if (auto s = AuditLog(m_db).record(
            AuditLog::Action::Update, QStringLiteral("review_cycle"), cycle->uid, {},
            {{QStringLiteral("closed_at"), double(now)}, {QStringLiteral("codes_deleted"), true}});
        !s)
        return s;
    return tx.commit();
}

} // namespace servicelens::team

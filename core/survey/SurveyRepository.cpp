// SPDX-License-Identifier: GPL-3.0-or-later
#include "SurveyRepository.h"

#include "SurveyJson.h"
#include "storage/AuditLog.h"
#include "storage/Clock.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/WriteTransaction.h"

#include <QFile>
#include <QJsonDocument>

namespace servicelens::survey {

namespace {

const QString entity = QStringLiteral("survey");

QJsonObject auditJson(const Survey &s)
{
    return QJsonDocument::fromJson(SurveyJson::write(s).toUtf8()).object();
}

} // namespace

Status SurveyRepository::insertQuestions(const Survey &s)
{
    SqlQuery q(m_db,
               QStringLiteral("INSERT INTO survey_question (survey_id, position, code, type, "
                              "dimension, text, text_zh, options, options_zh) VALUES (:s, "
                              ":pos, :code, :type, :dim, :text, :zh, :options, :options_zh)"));
    for (std::size_t i = 0; i < s.questions.size(); ++i) {
        const Question &x = s.questions[i];
        q.bind(QStringLiteral(":s"), s.id)
            .bind(QStringLiteral(":pos"), static_cast<int>(i))
            .bind(QStringLiteral(":code"), x.code)
            .bind(QStringLiteral(":type"), SurveyNames::code(x.type))
            .bind(QStringLiteral(":dim"), x.dimension)
            .bind(QStringLiteral(":text"), x.text.en)
            .bind(QStringLiteral(":zh"), x.text.zh)
            .bind(QStringLiteral(":options"), x.options.join(QLatin1Char('\n')))
            .bind(QStringLiteral(":options_zh"), x.optionsZh.join(QLatin1Char('\n')));
        if (auto st = q.exec(); !st)
            return st;
    }
    return {};
}

Status SurveyRepository::insertVersion(Survey &s)
{
    s.uid = m_db.uids().next();
    SqlQuery q(m_db, QStringLiteral("INSERT INTO survey (uid, code, version, name, name_zh, intro, "
                                    "intro_zh, created_at, updated_at) VALUES (:uid, :code, :v, "
                                    ":name, :zh, :intro, :intro_zh, :now, :now)"));
    q.bind(QStringLiteral(":uid"), s.uid)
        .bind(QStringLiteral(":code"), s.code)
        .bind(QStringLiteral(":v"), s.version)
        .bind(QStringLiteral(":name"), s.name.en.isEmpty() ? s.name.zh : s.name.en)
        .bind(QStringLiteral(":zh"), s.name.zh)
        .bind(QStringLiteral(":intro"), s.intro.en)
        .bind(QStringLiteral(":intro_zh"), s.intro.zh)
        .bind(QStringLiteral(":now"), m_db.clock().nowSecsSinceEpoch());
    if (auto st = q.exec(); !st)
        return st;
    s.id = q.lastInsertId();
    if (auto st = insertQuestions(s); !st)
        return st;
    return AuditLog(m_db).record(AuditLog::Action::Insert, entity, s.uid, {}, auditJson(s));
}

Result<SurveyRepository::Saved> SurveyRepository::save(Survey &s)
{
    if (auto v = SurveyJson::validate(s); !v)
        return v.error();
    WriteTransaction tx(m_db);
    if (!tx.status())
        return tx.status().error();
    auto current = latest(s.code);
    if (!current)
        return current.error();
    Saved saved = Saved::Created;
    if (!*current) {
        s.version = std::max(1, s.version);
        if (auto st = insertVersion(s); !st)
            return st.error();
    } else if ((*current)->sameContent(s)) {
        s = **current;
        return Saved::Unchanged;
    } else {
        const Survey old = **current;
        SqlQuery used(m_db, QStringLiteral("SELECT EXISTS (SELECT 1 FROM survey_response WHERE "
                                           "survey_id = :s)"));
        used.bind(QStringLiteral(":s"), old.id);
        auto inUse = used.scalar();
        if (!inUse)
            return inUse.error();
        if (inUse->toInt() != 0) {
            s.version = old.version + 1;
            if (auto st = insertVersion(s); !st)
                return st.error();
            saved = Saved::NewVersion;
        } else {
            s.id = old.id;
            s.uid = old.uid;
            s.version = old.version;
            SqlQuery clear(m_db,
                           QStringLiteral("DELETE FROM survey_question WHERE survey_id = :s"));
            clear.bind(QStringLiteral(":s"), s.id);
            SqlQuery update(m_db, QStringLiteral("UPDATE survey SET name = :name, name_zh = :zh, "
                                                 "intro = :intro, intro_zh = :intro_zh, "
                                                 "updated_at = :now WHERE id = :id"));
            update.bind(QStringLiteral(":name"), s.name.en.isEmpty() ? s.name.zh : s.name.en)
                .bind(QStringLiteral(":zh"), s.name.zh)
                .bind(QStringLiteral(":intro"), s.intro.en)
                .bind(QStringLiteral(":intro_zh"), s.intro.zh)
                .bind(QStringLiteral(":now"), m_db.clock().nowSecsSinceEpoch())
                .bind(QStringLiteral(":id"), s.id);
            for (SqlQuery *q : {&clear, &update})
                if (auto st = q->exec(); !st)
                    return st.error();
            if (auto st = insertQuestions(s); !st)
                return st.error();
            if (auto st = AuditLog(m_db).record(AuditLog::Action::Update, entity, s.uid,
                                                auditJson(old), auditJson(s));
                !st)
                return st.error();
            saved = Saved::UpdatedInPlace;
        }
    }
    if (auto st = tx.commit(); !st)
        return st.error();
    if (auto stored = byId(s.id); stored && *stored)
        s = **stored;
    return saved;
}

Result<std::optional<Survey>> SurveyRepository::byId(qint64 id) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT id, uid, code, version, name, name_zh, intro, intro_zh "
                                    "FROM survey WHERE id = :id"));
    q.bind(QStringLiteral(":id"), id);
    if (auto st = q.exec(); !st)
        return st.error();
    if (!q.next())
        return std::optional<Survey>();
    Survey s;
    s.id = q.value(0).toLongLong();
    s.uid = q.value(1).toString();
    s.code = q.value(2).toString();
    s.version = q.value(3).toInt();
    s.name = {q.value(4).toString(), q.value(5).toString()};
    s.intro = {q.value(6).toString(), q.value(7).toString()};
    SqlQuery questions(m_db, QStringLiteral("SELECT id, code, type, dimension, text, text_zh, "
                                            "options, options_zh FROM survey_question WHERE "
                                            "survey_id = :s ORDER BY position"));
    questions.bind(QStringLiteral(":s"), id);
    auto list = questions.all<Question>([](const SqlQuery &r) {
        Question x;
        x.id = r.value(0).toLongLong();
        x.code = r.value(1).toString();
        x.type = SurveyNames::questionType(r.value(2).toString()).value_or(QuestionType::Text);
        x.dimension = r.value(3).toString();
        x.text = {r.value(4).toString(), r.value(5).toString()};
        if (!r.value(6).toString().isEmpty())
            x.options = r.value(6).toString().split(QLatin1Char('\n'));
        if (!r.value(7).toString().isEmpty())
            x.optionsZh = r.value(7).toString().split(QLatin1Char('\n'));
        return x;
    });
    if (!list)
        return list.error();
    s.questions = std::move(*list);
    return std::optional<Survey>(std::move(s));
}

Result<std::optional<Survey>> SurveyRepository::latest(const QString &code) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT id FROM survey WHERE code = :code ORDER BY version "
                                    "DESC LIMIT 1"));
    q.bind(QStringLiteral(":code"), code);
    auto id = q.scalar();
    if (!id)
        return id.error();
    if (!id->isValid())
        return std::optional<Survey>();
    return byId(id->toLongLong());
}

Result<std::vector<Survey>> SurveyRepository::list() const
{
    SqlQuery q(m_db, QStringLiteral("SELECT s.id FROM survey s WHERE s.version = (SELECT "
                                    "max(version) FROM survey u WHERE u.code = s.code) ORDER BY "
                                    "s.name"));
    auto ids = q.all<qint64>([](const SqlQuery &r) { return r.value(0).toLongLong(); });
    if (!ids)
        return ids.error();
    std::vector<Survey> surveys;
    for (qint64 id : *ids) {
        auto s = byId(id);
        if (!s)
            return s.error();
        if (*s)
            surveys.push_back(std::move(**s));
    }
    return surveys;
}

Result<Survey> SurveyRepository::shippedDefault()
{
    QFile file(QStringLiteral(":/servicelens/survey/default-csat.json"));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorKind::Io, tr("The default survey is missing."));
    return SurveyJson::parse(file.readAll());
}

Status SurveyRepository::installDefault()
{
    return installShipped(QStringLiteral(":/servicelens/survey/default-csat.json"));
}

Status SurveyRepository::installReview()
{
    return installShipped(QStringLiteral(":/servicelens/survey/review-360.json"));
}

Status SurveyRepository::installShipped(const QString &resource)
{
    QFile file(resource);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorKind::Io, tr("The shipped survey %1 is missing.").arg(resource));
    auto s = SurveyJson::parse(file.readAll());
    if (!s)
        return s.error();
    auto existing = latest(s->code);
    if (!existing)
        return existing.error();
    if (*existing)
        return {};
    auto saved = save(*s);
    if (!saved)
        return saved.error();
    return {};
}

} // namespace servicelens::survey
// SPDX-License-Identifier: GPL-3.0-or-later
#include "Survey.h"

#include "io/JsonFields.h"
#include "io/OrderedJson.h"
#include "storage/AuditLog.h"
#include "storage/Clock.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/WriteTransaction.h"

#include <QFile>
#include <QJsonDocument>
#include <QSet>

namespace servicelens::survey {

using io::JsonFields;
using io::OrderedJson;

QString SurveyNames::code(QuestionType type)
{
    switch (type) {
    case QuestionType::Likert5:
        return QStringLiteral("likert5");
    case QuestionType::Csat5:
        return QStringLiteral("csat5");
    case QuestionType::Ces7:
        return QStringLiteral("ces7");
    case QuestionType::Nps:
        return QStringLiteral("nps");
    case QuestionType::Single:
        return QStringLiteral("single");
    case QuestionType::Text:
        return QStringLiteral("text");
    }
    return {};
}

QString SurveyNames::label(QuestionType type)
{
    switch (type) {
    case QuestionType::Likert5:
        return tr("Scale 1–5");
    case QuestionType::Csat5:
        return tr("Satisfaction 1–5");
    case QuestionType::Ces7:
        return tr("Effort 1–7");
    case QuestionType::Nps:
        return tr("Recommend 0–10");
    case QuestionType::Single:
        return tr("Single choice");
    case QuestionType::Text:
        return tr("Text");
    }
    return {};
}

std::optional<QuestionType> SurveyNames::questionType(const QString &text)
{
    for (QuestionType t : allQuestionTypes)
        if (text.trimmed().compare(code(t), Qt::CaseInsensitive) == 0)
            return t;
    return std::nullopt;
}

const std::vector<QString> &SurveyNames::dimensions()
{
    static const std::vector<QString> codes = {
        QStringLiteral("response_speed"),  QStringLiteral("professionalism"),
        QStringLiteral("resolution"),      QStringLiteral("communication"),
        QStringLiteral("attitude"),        QStringLiteral("transparency"),
        QStringLiteral("brand_impression")};
    return codes;
}

QString SurveyNames::dimensionLabel(const QString &code)
{
    if (code == QLatin1String("response_speed"))
        return tr("Response speed");
    if (code == QLatin1String("professionalism"))
        return tr("Professionalism");
    if (code == QLatin1String("resolution"))
        return tr("Resolution");
    if (code == QLatin1String("communication"))
        return tr("Communication");
    if (code == QLatin1String("attitude"))
        return tr("Attitude");
    if (code == QLatin1String("transparency"))
        return tr("Transparency");
    if (code == QLatin1String("brand_impression"))
        return tr("Brand impression");
    if (code == QLatin1String("overall"))
        return tr("Overall");
    if (code == QLatin1String("suggestions"))
        return tr("Suggestions");
    return code;
}

std::optional<std::pair<int, int>> Question::range() const
{
    switch (type) {
    case QuestionType::Likert5:
    case QuestionType::Csat5:
        return std::pair{1, 5};
    case QuestionType::Ces7:
        return std::pair{1, 7};
    case QuestionType::Nps:
        return std::pair{0, 10};
    case QuestionType::Single:
        return std::pair{0, static_cast<int>(options.size()) - 1};
    case QuestionType::Text:
        break;
    }
    return std::nullopt;
}

const Question *Survey::question(const QString &c) const
{
    for (const Question &q : questions)
        if (q.code == c)
            return &q;
    return nullptr;
}

const Question *Survey::questionById(qint64 id) const
{
    for (const Question &q : questions)
        if (q.id == id)
            return &q;
    return nullptr;
}

const Question *Survey::overall() const
{
    for (const Question &q : questions)
        if (q.type == QuestionType::Csat5)
            return &q;
    return nullptr;
}

const Question *Survey::nps() const
{
    for (const Question &q : questions)
        if (q.type == QuestionType::Nps)
            return &q;
    return nullptr;
}

bool Survey::sameContent(const Survey &o) const
{
    if (code != o.code || !(name == o.name) || !(intro == o.intro) ||
        questions.size() != o.questions.size())
        return false;
    for (std::size_t i = 0; i < questions.size(); ++i) {
        const Question &a = questions[i];
        const Question &b = o.questions[i];
        if (a.code != b.code || a.type != b.type || a.dimension != b.dimension ||
            !(a.text == b.text) || a.options != b.options || a.optionsZh != b.optionsZh)
            return false;
    }
    return true;
}

Status SurveyJson::validate(const Survey &s)
{
    auto fail = [](const QString &where, const QString &what) {
        return makeError(ErrorKind::InvalidInput, QStringLiteral("%1: %2").arg(where, what));
    };
    if (s.code.trimmed().isEmpty())
        return fail(QStringLiteral("code"), tr("a survey needs a code"));
    if (s.name.en.trimmed().isEmpty() && s.name.zh.trimmed().isEmpty())
        return fail(QStringLiteral("name"), tr("a survey needs a name"));
    if (s.questions.empty())
        return fail(QStringLiteral("questions"), tr("a survey needs at least one question"));
    QSet<QString> codes;
    for (std::size_t i = 0; i < s.questions.size(); ++i) {
        const Question &q = s.questions[i];
        const QString at = QStringLiteral("questions[%1]").arg(i + 1);
        if (q.code.trimmed().isEmpty())
            return fail(at + QStringLiteral(".code"), tr("a question needs a code"));
        if (codes.contains(q.code))
            return fail(at + QStringLiteral(".code"),
                        tr("the question code “%1” is used twice").arg(q.code));
        codes.insert(q.code);
        if (q.text.en.trimmed().isEmpty() && q.text.zh.trimmed().isEmpty())
            return fail(at + QStringLiteral(".text"), tr("a question needs its words"));
        if (q.type == QuestionType::Single && q.options.size() < 2)
            return fail(at + QStringLiteral(".options"),
                        tr("a single-choice question needs two options or more"));
    }
    return {};
}

Result<Survey> SurveyJson::parse(const QByteArray &json)
{
    auto root = io::parseJsonObject(json);
    if (!root)
        return root.error();
    JsonFields f(*root, QString());
    Survey s;
    s.code = f.text(QStringLiteral("code"), JsonFields::Required).trimmed();
    s.version = static_cast<int>(f.integer(QStringLiteral("version")).value_or(1));
    s.name = {f.text(QStringLiteral("name")), f.text(QStringLiteral("name_zh"))};
    s.intro = {f.text(QStringLiteral("intro")), f.text(QStringLiteral("intro_zh"))};
    const QJsonArray questions = f.array(QStringLiteral("questions"), JsonFields::Required);
    if (!f.ok())
        return f.status().error();
    for (qsizetype i = 0; i < questions.size(); ++i) {
        JsonFields qf(questions[i], f.pathOf(QStringLiteral("questions"), i));
        Question q;
        q.code = qf.text(QStringLiteral("code"), JsonFields::Required).trimmed();
        const QString type = qf.text(QStringLiteral("type"), JsonFields::Required);
        q.dimension = qf.text(QStringLiteral("dimension")).trimmed();
        q.text = {qf.text(QStringLiteral("text")), qf.text(QStringLiteral("text_zh"))};
        for (const QJsonValue &o : qf.array(QStringLiteral("options")))
            q.options << o.toString();
        for (const QJsonValue &o : qf.array(QStringLiteral("options_zh")))
            q.optionsZh << o.toString();
        if (!qf.ok())
            return qf.status().error();
        const auto t = SurveyNames::questionType(type);
        if (!t)
            return makeError(
                ErrorKind::InvalidInput,
                QStringLiteral("%1: %2").arg(
                    qf.pathOf(QStringLiteral("type")),
                    tr("“%1”: expected likert5, csat5, ces7, nps, single or text").arg(type)));
        q.type = *t;
        s.questions.push_back(std::move(q));
    }
    if (auto v = validate(s); !v)
        return v.error();
    return s;
}

QString SurveyJson::write(const Survey &s)
{
    OrderedJson root = OrderedJson::object();
    root.add(QStringLiteral("code"), OrderedJson::string(s.code))
        .add(QStringLiteral("version"), OrderedJson::number(s.version))
        .add(QStringLiteral("name"), OrderedJson::string(s.name.en))
        .add(QStringLiteral("name_zh"), OrderedJson::string(s.name.zh))
        .add(QStringLiteral("intro"), OrderedJson::string(s.intro.en))
        .add(QStringLiteral("intro_zh"), OrderedJson::string(s.intro.zh));
    OrderedJson questions = OrderedJson::array();
    for (const Question &q : s.questions) {
        OrderedJson o = OrderedJson::object();
        o.add(QStringLiteral("code"), OrderedJson::string(q.code))
            .add(QStringLiteral("type"), OrderedJson::string(SurveyNames::code(q.type)))
            .add(QStringLiteral("dimension"), OrderedJson::string(q.dimension))
            .add(QStringLiteral("text"), OrderedJson::string(q.text.en))
            .add(QStringLiteral("text_zh"), OrderedJson::string(q.text.zh));
        if (!q.options.isEmpty()) {
            OrderedJson options = OrderedJson::array();
            for (const QString &x : q.options)
                options.append(OrderedJson::string(x));
            o.add(QStringLiteral("options"), std::move(options));
            OrderedJson optionsZh = OrderedJson::array();
            for (const QString &x : q.optionsZh)
                optionsZh.append(OrderedJson::string(x));
            o.add(QStringLiteral("options_zh"), std::move(optionsZh));
        }
        questions.append(std::move(o));
    }
    root.add(QStringLiteral("questions"), std::move(questions));
    return root.toString() + QLatin1Char('\n');
}

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
    auto s = shippedDefault();
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

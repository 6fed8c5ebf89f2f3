// SPDX-License-Identifier: GPL-3.0-or-later
#include "SurveyJson.h"

#include "io/JsonFields.h"
#include "io/OrderedJson.h"

#include <QJsonDocument>
#include <QSet>

namespace servicelens::survey {

using io::JsonFields;
using io::OrderedJson;

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

} // namespace servicelens::survey

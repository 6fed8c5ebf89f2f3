// SPDX-License-Identifier: GPL-3.0-or-later
#include "TemplateJson.h"

#include "io/JsonFields.h"
#include "io/OrderedJson.h"

#include <QDir>
#include <QFile>

namespace servicelens::inspection {

using io::JsonFields;
using io::OrderedJson;

namespace {

BilingualText bilingual(JsonFields &f, const QString &key, JsonFields::Need need)
{
    BilingualText t;
    t.en = f.text(key);
    t.zh = f.text(key + QStringLiteral("_zh"));
    if (need == JsonFields::Required && f.ok() && t.en.trimmed().isEmpty() &&
        t.zh.trimmed().isEmpty())
        f.fail(key, TemplateJson::tr("required (in English, Chinese or both)"));
    return t;
}

void addBilingual(OrderedJson &o, const QString &key, const BilingualText &t)
{
    if (!t.en.isEmpty() || t.zh.isEmpty())
        o.add(key, OrderedJson::string(t.en));
    if (!t.zh.isEmpty())
        o.add(key + QStringLiteral("_zh"), OrderedJson::string(t.zh));
}

Result<TemplateItem> readItem(const QJsonValue &value, const QString &path)
{
    JsonFields f(value, path);
    TemplateItem item;
    item.code = f.text(QStringLiteral("code"), JsonFields::Required).trimmed();
    const QString type = f.text(QStringLiteral("type"), JsonFields::Required);
    if (f.ok()) {
        if (auto t = InspectionNames::itemType(type))
            item.type = *t;
        else
            f.fail(QStringLiteral("type"),
                   TemplateJson::tr("“%1”: expected pass_fail, rating5, number, text or photo")
                       .arg(type));
    }
    item.text = bilingual(f, QStringLiteral("text"), JsonFields::Required);
    item.guidance = bilingual(f, QStringLiteral("guidance"), JsonFields::Optional);
    item.weight = f.number(QStringLiteral("weight")).value_or(1.0);
    item.critical = f.boolean(QStringLiteral("critical"), false);
    item.min = f.number(QStringLiteral("min"));
    item.max = f.number(QStringLiteral("max"));
    if (!f.ok())
        return f.status().error();
    return item;
}

} // namespace

Result<InspectionTemplate> TemplateJson::parse(const QByteArray &json)
{
    auto root = io::parseJsonObject(json);
    if (!root)
        return root.error();
    JsonFields f(*root, QString());
    InspectionTemplate t;
    t.code = f.text(QStringLiteral("code"), JsonFields::Required).trimmed();
    t.version = static_cast<int>(f.integer(QStringLiteral("version")).value_or(1));
    t.name = bilingual(f, QStringLiteral("name"), JsonFields::Required);
    const QString frequency = f.text(QStringLiteral("frequency"));
    if (f.ok() && !frequency.isEmpty()) {
        if (auto fr = InspectionNames::frequency(frequency))
            t.frequency = *fr;
        else
            f.fail(QStringLiteral("frequency"),
                   tr("“%1”: expected daily, weekly, monthly or quarterly").arg(frequency));
    }
    t.passScore = f.number(QStringLiteral("pass_score"), JsonFields::Required).value_or(0);
    const QString kind = f.text(QStringLiteral("kind"));
    if (f.ok() && !kind.isEmpty()) {
        if (auto k = InspectionNames::kind(kind))
            t.kind = *k;
        else
            f.fail(QStringLiteral("kind"), tr("“%1”: expected branch or maintenance").arg(kind));
    }
    const QJsonArray sections = f.array(QStringLiteral("sections"), JsonFields::Required);
    if (!f.ok())
        return f.status().error();
    for (qsizetype s = 0; s < sections.size(); ++s) {
        JsonFields sf(sections[s], f.pathOf(QStringLiteral("sections"), s));
        TemplateSection section;
        section.title = bilingual(sf, QStringLiteral("title"), JsonFields::Required);
        const QJsonArray items = sf.array(QStringLiteral("items"), JsonFields::Required);
        if (!sf.ok())
            return sf.status().error();
        for (qsizetype i = 0; i < items.size(); ++i) {
            auto item = readItem(items[i], sf.pathOf(QStringLiteral("items"), i));
            if (!item)
                return item.error();
            section.items.push_back(std::move(*item));
        }
        t.sections.push_back(std::move(section));
    }
    if (auto s = TemplateValidator::validate(t); !s)
        return s.error();
    return t;
}

Result<InspectionTemplate> TemplateJson::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(
            ErrorKind::Io,
            tr("“%1” cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    auto t = parse(file.readAll());
    if (!t)
        return makeError(t.error().kind, QStringLiteral("%1: %2").arg(
                                             QDir::toNativeSeparators(path), t.error().message));
    return t;
}

QString TemplateJson::write(const InspectionTemplate &t)
{
    OrderedJson root = OrderedJson::object();
    root.add(QStringLiteral("code"), OrderedJson::string(t.code))
        .add(QStringLiteral("version"), OrderedJson::number(t.version));
    addBilingual(root, QStringLiteral("name"), t.name);
    root.add(QStringLiteral("frequency"), OrderedJson::string(InspectionNames::code(t.frequency)))
        .add(QStringLiteral("pass_score"), OrderedJson::number(t.passScore));
    // A branch inspection's template is written as before kinds existed.
    if (t.kind != TemplateKind::Branch)
        root.add(QStringLiteral("kind"), OrderedJson::string(InspectionNames::code(t.kind)));
    OrderedJson sections = OrderedJson::array();
    for (const TemplateSection &s : t.sections) {
        OrderedJson section = OrderedJson::object();
        addBilingual(section, QStringLiteral("title"), s.title);
        OrderedJson items = OrderedJson::array();
        for (const TemplateItem &i : s.items) {
            OrderedJson item = OrderedJson::object();
            item.add(QStringLiteral("code"), OrderedJson::string(i.code));
            addBilingual(item, QStringLiteral("text"), i.text);
            if (!i.guidance.en.isEmpty() || !i.guidance.zh.isEmpty())
                addBilingual(item, QStringLiteral("guidance"), i.guidance);
            item.add(QStringLiteral("type"), OrderedJson::string(InspectionNames::code(i.type)));
            if (i.min)
                item.add(QStringLiteral("min"), OrderedJson::number(*i.min));
            if (i.max)
                item.add(QStringLiteral("max"), OrderedJson::number(*i.max));
            item.add(QStringLiteral("weight"), OrderedJson::number(i.weight))
                .add(QStringLiteral("critical"), OrderedJson::boolean(i.critical));
            items.append(std::move(item));
        }
        section.add(QStringLiteral("items"), std::move(items));
        sections.append(std::move(section));
    }
    root.add(QStringLiteral("sections"), std::move(sections));
    return root.toString() + QLatin1Char('\n');
}

} // namespace servicelens::inspection
